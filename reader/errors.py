"""The one exception type that means "the user asked for something we cannot do".

The CLI turns it into a single line on stderr and exit status 2; anything else is a bug.
"""


class UserError(Exception):
    """A mistake in the user's input (path, file, flag value), reported without a traceback."""
