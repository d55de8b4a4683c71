"""The pair a folder opens on: two articles of different sides, in one language where the folder
has two such (two languages share few words to link: the panes would show almost nothing linked)."""

from __future__ import annotations

from reader.corpus import load_paths
from reader.tui.app import first_pair

GERMAN = ("Brand im Chemiewerk\n\nAm Samstag brach in der Lagerhalle des Werks ein Feuer aus. Die Anwohner wurden "
          "erst nach mehr als einer Stunde gewarnt, und die Feuerwehr war bis zum Abend im Einsatz. Die "
          "Bürgerinitiative fordert eine unabhängige Untersuchung und eine höhere Entschädigung. Das Unternehmen "
          "weist die Vorwürfe zurück: Es habe die Behörden rechtzeitig informiert, und die Messwerte hätten zu "
          "keinem Zeitpunkt über dem Grenzwert gelegen.\n")
ENGLISH = ("Fire at the chemical plant\n\nA fire broke out in the plant's warehouse on Saturday. Residents were "
           "warned more than an hour later, and firefighters worked until the evening. The {who} says the "
           "warning came {when}. The company rejects the criticism: it informed the authorities in time, it says, "
           "and its measurements never showed values above the legal limit at any point during the night.\n")


def folder(tmp_path, files: dict[str, tuple[str, str]]):
    entries = []
    for name, (side, text) in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        entries.append(f'[[article]]\nfile = "{name}"\nside = "{side}"\n')
    (tmp_path / "corpus.toml").write_text("\n".join(entries), encoding="utf-8")
    return load_paths([tmp_path])


def test_a_folder_in_two_languages_opens_on_two_sides_in_one(tmp_path):
    corpus = folder(tmp_path, {
        "a-initiative.txt": ("residents", GERMAN),
        "b-company.txt": ("company", ENGLISH.format(who="company", when="as soon as it could")),
        "c-residents.txt": ("residents", ENGLISH.format(who="residents' group", when="far too late")),
    })
    assert [a.path.name for a in first_pair(corpus)] == ["b-company.txt", "c-residents.txt"]


def test_a_folder_in_one_language_opens_on_its_first_article_and_another_sides(tmp_path):
    corpus = folder(tmp_path, {
        "a-residents.txt": ("residents", ENGLISH.format(who="residents' group", when="far too late")),
        "b-residents.txt": ("residents", ENGLISH.format(who="parish council", when="late")),
        "c-company.txt": ("company", ENGLISH.format(who="company", when="as soon as it could")),
    })
    assert [a.path.name for a in first_pair(corpus)] == ["a-residents.txt", "c-company.txt"]


def test_with_no_two_sides_in_one_language_the_first_two_sides_are_shown(tmp_path):
    corpus = folder(tmp_path, {
        "a-initiative.txt": ("residents", GERMAN),
        "b-company.txt": ("company", ENGLISH.format(who="company", when="as soon as it could")),
    })
    assert [a.path.name for a in first_pair(corpus)] == ["a-initiative.txt", "b-company.txt"]


class _Counted:
    """An article of a large folder that counts how often its side is asked."""
    asked = 0

    def __init__(self, side: str):
        self._side = side

    @property
    def side(self) -> str:
        _Counted.asked += 1
        return self._side


def test_a_large_folder_opens_without_listing_every_pair_of_its_articles(tmp_path):
    corpus = folder(tmp_path, {
        "a-residents.txt": ("residents", ENGLISH.format(who="residents' group", when="far too late")),
        "b-company.txt": ("company", ENGLISH.format(who="company", when="as soon as it could")),
    })
    many = 2_000
    corpus.articles.extend(_Counted("residents" if n % 2 else "company") for n in range(many))
    _Counted.asked = 0
    assert [a.path.name for a in first_pair(corpus)] == ["a-residents.txt", "b-company.txt"]
    assert _Counted.asked < many  # the first two sides were found at once
