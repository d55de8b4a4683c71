import pytest

from reader.align import Glossary
from reader.corpus import load_article
from reader.differ import Differ


@pytest.fixture
def write_article(tmp_path):
    """An article loaded from a file holding `text` (paragraphs split by blank lines)."""
    names = (f"article{n}.txt" for n in range(1000))

    def make(text: str):
        path = tmp_path / next(names)
        path.write_text(text, encoding="utf-8")
        return load_article(path)

    return make


@pytest.fixture
def figures(write_article):
    """The number (or, given, another kind of) differences of two one-paragraph articles."""
    def run(a_text: str, b_text: str, kind: str = "number"):
        a, b = write_article(a_text + "\n"), write_article(b_text + "\n")
        return [(d.a_text, d.b_text) for d in Differ(a, b, a.passages, b.passages, Glossary()).between(0, 0)
                if d.kind == kind]
    return run


@pytest.fixture
def compared(write_article):
    """The differences of two one-paragraph articles under `glossary`; every span checked to be
    the source offsets of the text it holds."""
    def run(a_text: str, b_text: str, glossary: Glossary):
        a, b = write_article(a_text + "\n"), write_article(b_text + "\n")
        found = Differ(a, b, a.passages, b.passages, glossary).between(0, 0)
        for d in found:
            if d.a_span:
                assert a.text[d.a_span[0] : d.a_span[1]] == d.a_text
            if d.b_span:
                assert b.text[d.b_span[0] : d.b_span[1]] == d.b_text
        return found
    return run
