"""Real PDF files for the tests, written object by object: pages of text set with text-showing
operators (Tj, TJ, T*), each page's content stream deflated or left plain, a running header and
a page number per page where asked, text in two columns, and an /Info dictionary. What a word
processor's "Save as PDF" writes, without anything the reader does not look at."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

PAGE_WIDTH, PAGE_HEIGHT = 612, 792
MARGIN = 72
COLUMN_SIZE = 9  # the type size of a two-column page
INDENT = 18  # points a paragraph's first line is set in, where a line of the page starts with a tab


@dataclass
class Page:
    """A page: its lines of body text (one column, or two: `right` the right column's lines; a
    line that starts with a tab set in), and its running header and footer (the page number)
    when the document has them."""

    lines: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)
    header: str = ""
    footer: str = ""
    spacing: float = 0  # where set, a blank line is not a line's space but these points (a "spacing after")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _encoded(text: str) -> str:
    """A string of the page's font (WinAnsi): Latin-1, the few characters past it left out."""
    return _escape(text.encode("cp1252", "replace").decode("latin-1"))


def _string(text: str, cids: dict[str, int] | None) -> str:
    """A string operand: WinAnsi's, or where the font is a composite one the glyphs' numbers
    (`cids`, two bytes each) in hex."""
    if cids is None:
        return f"({_encoded(text)})"
    return "<" + "".join(f"{cids[c]:04X}" for c in text) + ">"


def glyph_numbers(pages: list[Page]) -> dict[str, int]:
    """The glyph number of each character the pages set, as a subset TrueType font numbers
    them: printable ASCII in the Macintosh standard order (a space 3, "A" 36: each letter 29
    below its code, so text read without a map comes out as shifted letters), the rest after."""
    chars = {c for page in pages for line in [*page.lines, *page.right, page.header, page.footer] for c in line}
    numbers = {c: ord(c) - 29 for c in chars if " " <= c <= "~"}
    numbers.update((c, 0x100 + n) for n, c in enumerate(sorted(chars - numbers.keys())))
    return numbers


def _column(lines: list[str], x: int, y: int, *, kerned: bool, size: int = 11,
            cids: dict[str, int] | None = None, spacing: float = 0) -> str:
    out = [f"BT /F1 {size} Tf {size + 3} TL {x} {y} Td"]
    for n, line in enumerate(lines):
        if spacing and not line:
            out.append(f"0 -{spacing} Td")
            continue
        indent = line.startswith("\t")  # a paragraph's first line, set in by INDENT points
        if indent:
            line = line[1:]
            out.append(f"{INDENT} 0 Td")
        if kerned and " " in line:  # a TJ array with a kerned gap, as typesetters write
            head, tail = line.split(" ", 1)
            out.append(f"[{_string(head, cids)} -250 {_string(tail, cids)}] TJ T*")
        else:
            out.append(f"{_string(line, cids)} Tj T*")
        if indent:
            out.append(f"-{INDENT} 0 Td")
    out.append("ET")
    return "\n".join(out)


def page_content(page: Page, *, kerned: bool = False, cids: dict[str, int] | None = None) -> bytes:
    parts = []
    if page.header:
        parts.append(_column([page.header], MARGIN, PAGE_HEIGHT - 40, kerned=False, cids=cids))
    top = PAGE_HEIGHT - MARGIN - 10
    if page.right:
        # a column's lines in a smaller type, as two columns set them (some 50 characters a line)
        parts.append(_column(page.lines, MARGIN // 2, top, kerned=kerned, size=COLUMN_SIZE, cids=cids))
        parts.append(_column(page.right, PAGE_WIDTH // 2 + 6, top, kerned=kerned, size=COLUMN_SIZE, cids=cids))
    else:
        parts.append(_column(page.lines, MARGIN, top, kerned=kerned, cids=cids, spacing=page.spacing))
    if page.footer:
        parts.append(_column([page.footer], PAGE_WIDTH // 2, 40, kerned=False, cids=cids))
    return "\n".join(parts).encode("latin-1")


def _info_string(text: str) -> bytes:
    """A text string of the /Info dictionary: PDFDocEncoding's ASCII as it is, else UTF-16BE."""
    if text.isascii():
        return b"(" + _escape(text).encode("ascii") + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def make_pdf(pages: list[Page], *, info: dict[str, str] | None = None, compress: bool = True,
             kerned: bool = False, contents: list[bytes] | None = None, count: int | None = None,
             form: bytes = b"", form_names: tuple[str, ...] = ("X1",), cut: tuple[int, ...] = (),
             glyphs: str = "", unmapped_font: bool = False, rotate: int = 0, turn_back: bool = True) -> bytes:
    """A PDF of `pages` (or of raw `contents` streams, one per page): an /Info dictionary of
    `info` ("Title", "Author", "CreationDate", …), streams deflated when `compress`; `count` a
    page count the page tree declares instead of its true one; `form` the content of a form
    every page may draw ("/X1 Do"), under each of `form_names`; `cut` the pages (from 0) whose
    deflated content stream stops halfway, as a download cut short leaves it. `glyphs`: "" for
    Helvetica in WinAnsi; "mapped" for a composite font (Identity-H, the glyphs' numbers of
    `glyph_numbers`) with a /ToUnicode map, as a PDF of any script carries it; "unmapped" for that
    font without the map, whose text no reader can tell. `unmapped_font`: every page may set
    text in that font too, as /F2 (`unmapped_run`), beside its own. `rotate`: each page turned
    that many degrees clockwise for viewing (/Rotate), its box and its drawing turned the other
    way, so that it reads upright as the pages without it do (a landscape page a driver saves
    turned, a scan's page set right); unless not `turn_back`, which leaves box and drawing as they
    are, so that a viewer shows the page turned (a page turned in a viewer and saved)."""
    cids = glyph_numbers(pages) if glyphs else None
    streams = contents if contents is not None else [page_content(p, kerned=kerned, cids=cids) for p in pages]
    width, height = (PAGE_HEIGHT, PAGE_WIDTH) if rotate % 180 and turn_back else (PAGE_WIDTH, PAGE_HEIGHT)
    if rotate and turn_back:
        turn = _UNTURN[rotate % 360]
        streams = [b"q %s cm\n" % turn + stream + b"\nQ" for stream in streams]
    objects: list[bytes] = []  # object n+1's body

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree's number is known
    tree = add(b"")
    if cids is None:
        font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    else:
        to_unicode = b""
        if glyphs == "mapped":
            cmap = _to_unicode(cids)
            to_unicode = b" /ToUnicode %d 0 R" % add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
        font = add(_composite(to_unicode))
    fonts = b" /F2 %d 0 R" % add(_composite(b"")) if unmapped_font else b""  # the page's other font
    xobjects = b""
    if form:
        packed = zlib.compress(form)
        number = add(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> "
            b"/Length %d /Filter /FlateDecode >>\nstream\n" % (PAGE_WIDTH, PAGE_HEIGHT, font, len(packed))
            + packed + b"\nendstream")
        xobjects = b" /XObject << %s >>" % b" ".join(b"/%s %d 0 R" % (name.encode(), number) for name in form_names)
    kids = []
    for n, stream in enumerate(streams):
        data = zlib.compress(stream) if compress else stream
        data = data[:len(data) // 2] if n in cut else data
        flt = b" /Filter /FlateDecode" if compress else b""
        content = add(b"<< /Length %d%s >>\nstream\n" % (len(data), flt) + data + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Rotate %d /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R%s >>%s >> >>"
                        % (tree, width, height, rotate, content, font, fonts, xobjects)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids) if count is None else count)
    info_ref = b""
    if info:
        entries = b" ".join(b"/" + key.encode("ascii") + b" " + _info_string(value) for key, value in info.items())
        info_ref = b" /Info %d 0 R" % add(b"<< " + entries + b" >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info_ref, xref))
    return bytes(out)


# The matrix that draws an upright page into a box a viewer turns `rotate` degrees clockwise: it
# turns the drawing as far the other way (and moves it back into the box).
_UNTURN = {90: b"0 1 -1 0 %d 0" % PAGE_HEIGHT, 180: b"-1 0 0 -1 %d %d" % (PAGE_WIDTH, PAGE_HEIGHT),
           270: b"0 -1 1 0 0 %d" % PAGE_WIDTH}


def _composite(to_unicode: bytes) -> bytes:
    """A composite font of the Identity encoding, with the /ToUnicode entry `to_unicode` (or none)."""
    return (b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Serif /Encoding /Identity-H%s /DescendantFonts "
            b"[<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Serif /CIDSystemInfo << /Registry "
            b"(Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>] >>" % to_unicode)


def unmapped_run(lines: list[str], y: int) -> bytes:
    """`lines` set from height `y` down in the font with no map to Unicode (/F2: see make_pdf),
    by their glyphs' numbers."""
    cids = glyph_numbers([Page(lines=lines)])
    return b"\n" + _column(lines, MARGIN, y, kerned=False, cids=cids).replace("/F1", "/F2").encode("latin-1")


def _to_unicode(cids: dict[str, int]) -> bytes:
    """A /ToUnicode CMap from the glyphs' numbers back to their characters."""
    pairs = sorted((n, c) for c, n in cids.items())
    blocks = []
    for at in range(0, len(pairs), 100):  # at most 100 mappings a block
        chunk = pairs[at:at + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "".join(f"<{n:04X}> <{c.encode('utf-16-be').hex().upper()}>\n"
                                                              for n, c in chunk) + "endbfchar")
    return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def "
            "/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + "\n".join(blocks)
            + "\nendcmap CMapName currentdict /CMap defineresource pop end end").encode("ascii")


def wrap(text: str, width: int = 78) -> list[str]:
    """A paragraph's lines as a page sets them, at most `width` characters each."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line] if line else lines
