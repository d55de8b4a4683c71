"""Random file names — any bytes, escape sequences, newlines, bidi controls — through `list`,
`align` and `bookmarks add/list/export`: the output never carries ESC, a C1 control or a bidi
control, it is always valid UTF-8, and the exit status is 0 or 2 (never a traceback)."""

from __future__ import annotations

import io
import os
import re
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli.main import main

ARTICLE = ("Talks in Geneva\n\nThe delegations met in Geneva on Monday to discuss the ceasefire "
           "along the border.\n\nBoth sides agreed to exchange prisoners before the winter.\n")
OTHER = ("Geneva meeting\n\nOn Monday the delegations discussed the border ceasefire in Geneva.\n\n"
         "A prisoner exchange is planned for the winter.\n")
QUOTE = "exchange prisoners"
# ESC, C1 controls, bidi embeddings/overrides/isolates: what steers a terminal or reorders text.
FORBIDDEN = re.compile(r"[\x1b\x80-\x9f\u202a-\u202e\u2066-\u2069]")

_PIECES = list("ab é漢 \n\t\r\x07\x1b\x9b\x85\u202e\u2066\u200d]0;[]#`*|<>&\\~-")
_ANY_BYTES = st.binary(min_size=1, max_size=24)
_HOSTILE = st.text(st.sampled_from(_PIECES), min_size=1, max_size=24).map(lambda s: s.encode("utf-8"))
NAMES = st.one_of(_ANY_BYTES, _HOSTILE).map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_"))


def run(*argv: str) -> tuple[int, str]:
    """`counterpoint ARGV` in this process, writing to UTF-8 byte streams as a terminal would
    (stdout strict, stderr backslash-escaping, as Python sets them up); (status, all output)."""
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", errors="strict", newline="\n")
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", newline="\n")
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = stdout, stderr
    try:
        status = main(list(argv))
    finally:
        stdout.flush()
        stderr.flush()
        sys.stdout, sys.stderr = saved
    text = (out.getvalue() + err.getvalue()).decode("utf-8")  # raises if a stray byte got out
    assert status in (0, 2), (argv, status, text)
    assert "Traceback" not in text, text
    found = FORBIDDEN.search(text)
    assert found is None, (argv, repr(found[0]), text)
    return status, text


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(NAMES)
def test_random_file_names_never_steer_the_terminal(name: bytes):
    with tempfile.TemporaryDirectory(prefix="counterpoint-fuzz-") as root:
        folder = Path(root) / "articles"
        folder.mkdir()
        path = Path(os.fsdecode(bytes(folder) + b"/" + name + b".txt"))
        try:
            path.write_text(ARTICLE, encoding="utf-8")
        except OSError:  # a name the file system refuses (too long): nothing to test
            return
        other = folder / "other.txt"
        other.write_text(OTHER, encoding="utf-8")
        data = ["--data-dir", str(Path(root) / "data")]
        run("list", str(folder))
        run("list", str(folder), "--format", "json")
        run("align", str(path), str(other))
        run("align", str(path), str(other), "--format", "markdown")
        note = "--note=" + name.decode("utf-8", "replace")  # "=": a note may start with "-"
        status, _ = run("bookmarks", "add", str(path), "--quote", QUOTE, note, *data)
        assert status == 0
        run("bookmarks", "add", str(path), "--quote", "words that are not there", *data)
        run("bookmarks", "list", *data)
        status, text = run("bookmarks", "list", "--format", "json", *data)
        assert status == 0 and '"status": "anchored"' in text
        run("bookmarks", "export", "--format", "md", *data)
        run("bookmarks", "export", "--format", "json", *data)
