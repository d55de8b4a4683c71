"""Print the WCAG contrast ratio of every pairing the reader paints, for every shipped theme.

    python benchmarks/theme_contrast.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.config import load_themes  # noqa: E402
from reader.config.readability import checks, weakest_text  # noqa: E402


def main() -> None:
    for spec in load_themes().available():
        weakest = weakest_text(spec)
        print(f"{spec.name}: weakest text {weakest.ratio:.2f}:1 ({weakest.what}; needs {weakest.minimum})")
        for check in checks(spec):
            flag = "" if check.passes else "  FAILS"
            print(f"    {check.ratio:6.2f}  >= {check.minimum:<4}  {check.what}{flag}")


if __name__ == "__main__":
    main()
