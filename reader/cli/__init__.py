"""The command line: a thin layer of argument parsing and output over the core."""
