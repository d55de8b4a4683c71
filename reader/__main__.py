"""`python -m reader` runs the same CLI as the `counterpoint` script."""

import sys

from reader.cli import start

sys.exit(start())
