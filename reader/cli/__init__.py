"""The command line: a thin layer of argument parsing and output over the core."""

import sys


def start() -> int:
    """The `counterpoint` script and `python -m reader`: the command line, and a Ctrl-C pressed
    while its modules are still being imported (the first fraction of a second) said in the same
    one line as one pressed later, not as a traceback."""
    try:
        from reader.cli.main import main
    except KeyboardInterrupt:
        sys.stderr.write("counterpoint: error: interrupted\n")
        return 130
    return main()
