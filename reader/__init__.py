"""Counterpoint: a terminal reader for opposing articles."""

__version__ = "0.1.0"
