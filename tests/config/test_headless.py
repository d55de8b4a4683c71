"""The config core and the themes command work without Textual ever being imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import reader  # noqa: E402

# Where the imported package lives (site-packages in CI): subprocesses run that same code.
ROOT = Path(reader.__file__).resolve().parent.parent


def test_config_core_does_not_import_textual(tmp_path):
    code = (
        "import sys, io, contextlib\n"
        "import reader.config as c\n"
        "catalog = c.load_themes()\n"
        "spec, _ = catalog.select(None)\n"
        "kwargs = spec.theme_kwargs()\n"
        "c.save_setting(sys.argv[1], 'theme', spec.name)\n"
        "assert c.load_config(sys.argv[1])[0].theme == spec.name\n"
        "from reader.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['themes', '--format', 'json']) == 0\n"
        "    assert main(['themes']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
