import pytest

from reader.corpus import load_article


@pytest.fixture
def write_article(tmp_path):
    """Write text to a file and load it as an article."""
    counter = iter(range(1000))

    def make(text: str, name: str | None = None):
        path = tmp_path / (name or f"art{next(counter)}.txt")
        path.write_text(text, encoding="utf-8")
        return load_article(path)

    return make
