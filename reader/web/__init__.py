"""Pages from the web into a corpus folder: fetching, and adding to `corpus.toml`; no UI."""
