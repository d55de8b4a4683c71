"""config.toml for the commands: read by the reading room's own loader, its problems said.

`align` takes `granularity`, `min_score` and `glossary` from it (a flag on the command line
wins), `map` takes `glossary`, and `themes` takes `theme`. A broken file or a bad value is
never fatal, as in the reading room: each problem is one warning line on stderr naming the
file and the setting, the defaults stand in, and the file is left as it is.
"""

from __future__ import annotations

import argparse

from reader import paths
from reader.cli.common import warn


def user_config(args: argparse.Namespace):
    """The settings in `<config dir>/config.toml` (`--config-dir`, $COUNTERPOINT_CONFIG_DIR or
    the platform's), after one warning per problem found in it."""
    from reader.align.policy import LINK_THRESHOLD
    from reader.config import load_config

    config, problems = load_config(paths.config_dir(getattr(args, "config_dir", None)), aligner_min_score=LINK_THRESHOLD)
    warn(problems)
    return config
