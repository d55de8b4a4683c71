"""`python -m reader` runs the same CLI as the `counterpoint` script."""

import sys

from reader.cli.main import main

sys.exit(main())
