import pytest

from reader.corpus import load_article


@pytest.fixture
def write_article(tmp_path):
    """An article loaded from a file holding `text` (paragraphs split by blank lines)."""
    names = (f"article{n}.txt" for n in range(1000))

    def make(text: str):
        path = tmp_path / next(names)
        path.write_text(text, encoding="utf-8")
        return load_article(path)

    return make
