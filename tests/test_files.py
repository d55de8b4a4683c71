"""reader.files: the one place files are written."""

from __future__ import annotations

import pytest

from reader.files import write_atomic


def test_a_read_only_file_is_refused_not_replaced(tmp_path):
    kept = tmp_path / "learned.toml"
    kept.write_text("# my terms\n", encoding="utf-8")
    kept.chmod(0o444)
    with pytest.raises(PermissionError, match="read-only"):
        write_atomic(kept, "replaced\n")
    assert kept.read_text(encoding="utf-8") == "# my terms\n"
    assert [p.name for p in tmp_path.iterdir()] == ["learned.toml"]  # no temporary file left
    kept.chmod(0o644)
    write_atomic(kept, "replaced\n")
    assert kept.read_text(encoding="utf-8") == "replaced\n" and kept.stat().st_mode & 0o777 == 0o644
    write_atomic(tmp_path / "new.txt", "new\n")  # a new file is written as before
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == "new\n"


def test_a_file_larger_than_the_cap_is_refused_before_it_is_read(tmp_path, monkeypatch):
    """A 300 MB file named as an export is refused at once, not after the cap's worth of it
    has been read into memory."""
    import os

    from reader.errors import UserError
    from reader.files import read_regular

    big = tmp_path / "export.json"
    with open(big, "wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: no room taken on the disk
    read = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(UserError, match="larger than 256 MB"):
        read_regular(big, 256 * 1024 * 1024, "bookmarks export")
    assert sum(read) == 0
