"""Russia–Iraq relations from Arabic press articles: provenance-carrying tables.

Data flows one way: ``data/raw`` (never edited) → :mod:`analysis` →
``data/processed`` → notebooks → ``reports``. Every record the package
extracts keeps its ``article_id`` and the exact character span
``text[start:end]`` of the decoded raw article it came from.
"""

__version__ = "0.1.0"
