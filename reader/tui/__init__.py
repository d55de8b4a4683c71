"""The reading room: the Textual application. The only package that imports Textual.

Everything here is a shell over the headless core (`reader.corpus`, `reader.align`); pure
helpers (`layout`, `links`, `keys`) carry the logic that tests can check without a screen.
"""
