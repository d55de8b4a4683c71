"""The wheel carries the seeds and themes, and the installed reader finds them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import reader
from reader.paths import seeds_dir, themes_dir

SOURCE_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    if not (SOURCE_ROOT / "pyproject.toml").is_file():
        pytest.skip("needs the source tree")
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
         str(SOURCE_ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (path,) = out.glob("counterpoint_reader-*.whl")
    return path


def test_wheel_ships_seeds_themes_and_console_script(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    seeds = sorted(n for n in names if n.startswith("reader/seeds/"))
    assert "reader/seeds/corpus.toml" in seeds
    assert sum(n.endswith(".txt") for n in seeds) == 5
    shipped_themes = [n for n in names if n.startswith("reader/themes/") and n.endswith(".toml")]
    assert len(shipped_themes) == len(list((SOURCE_ROOT / "themes").glob("*.toml")))
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "counterpoint = reader.cli:start" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_imported_reader_finds_its_data():
    """Run against an installed package (as CI does), this checks the wheel's own data."""
    assert (seeds_dir() / "corpus.toml").is_file()
    assert len(list(seeds_dir().glob("*.txt"))) == 5
    assert themes_dir().is_dir()
    package = Path(reader.__file__).resolve().parent
    if SOURCE_ROOT not in package.parents:
        # Installed: the data must come from inside the package, not from a checkout nearby.
        assert package in seeds_dir().parents and package in themes_dir().parents


def test_benchmarks_find_shared_data_beside_the_checkout():
    """No benchmark hard-codes one machine's absolute path to the shared data (ecb.ECB_DEFAULT
    looks beside the checkout); the docstrings may mention where it usually is."""
    import ast

    folder = SOURCE_ROOT / "benchmarks"
    if not folder.is_dir():
        pytest.skip("needs the source tree")
    for script in folder.glob("*.py"):
        tree = ast.parse(script.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                assert "/work/" not in node.value, f"{script.name}: {node.value!r}"


def test_the_installed_wheel_opens_a_saved_web_page(wheel, tmp_path):
    """Installed from the wheel (not this checkout), the reader extracts an .html article."""
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert install.returncode == 0, install.stderr
    names = zipfile.ZipFile(wheel).namelist()
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "Requires-Dist: trafilatura" in metadata  # the extractor comes with the reader
    page = tmp_path / "saved.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Talks resume in Geneva</title>"
        "<meta name='author' content='Jane Roe'></head><body><nav><a href='/'>Home</a></nav><article>"
        + "".join(f"<p>Paragraph {n} of the article says something about the talks in Geneva and the "
                  f"families waiting to return home.</p>" for n in range(1, 4))
        + "</article></body></html>", encoding="utf-8")
    script = ("import json, sys, reader; from reader.cli.main import main; "
              "print(reader.__file__, file=sys.stderr); sys.exit(main(['list', sys.argv[1], '--format', 'json']))")
    result = subprocess.run(
        [sys.executable, "-c", script, str(page)], capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target), "COUNTERPOINT_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stderr.strip()).is_relative_to(target)
    (article,) = json.loads(result.stdout)["articles"]
    assert (article["title"], article["author"], article["passages"]["body"]) == ("Talks resume in Geneva", "Jane Roe", 3)
