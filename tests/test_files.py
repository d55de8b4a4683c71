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
