"""Untrusted XML (a word processor's document parts, a feed, an Evernote export) parsed the one
safe way: no entity resolved, no DTD loaded, no network touched, no tree past lxml's default
limits (no huge_tree)."""

from __future__ import annotations

from reader.errors import UserError

DUBLIN_CORE = "{http://purl.org/dc/elements/1.1/}"  # the namespace of a title's or creator's element


def parse_xml(data: bytes, damaged: str):
    """The root element of `data`; UserError "`damaged` (its XML does not parse)" when it does not."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise UserError(f"{damaged} (its XML does not parse)") from None
