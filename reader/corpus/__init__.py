"""Articles, passages and their loading; plain Python, no UI."""

from reader.corpus.loader import load_article, load_beside, load_paths, load_seeds, manifest_corpus
from reader.corpus.model import GRANULARITIES, KINDS, Article, Corpus, Kind, Passage

__all__ = ["GRANULARITIES", "KINDS", "Article", "Corpus", "Kind", "Passage", "load_article", "load_beside",
           "load_paths", "load_seeds", "manifest_corpus"]
