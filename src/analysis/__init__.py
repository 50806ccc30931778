"""Russia–Iraq relations from Arabic press articles: provenance-carrying tables.

Data flows one way: ``data/raw`` (never edited) → :mod:`analysis` →
``data/processed`` → notebooks → ``reports``. Every record the package
extracts keeps its ``article_id`` and the exact character span
``text[start:end]`` of the decoded raw article it came from.
"""

__version__ = "0.1.0"

import sys as _sys

# Reading a notebook imports nbformat, then jsonschema, which imports rfc3987_syntax when it is installed (JupyterLab
# brings it) and compiles that package's grammar: 1.5–3 s in every process that executes, exports or tests a
# notebook. Nothing here validates IRI formats, so that optional import is declined and jsonschema goes on
# without it. (pytest loads `analysis.pytest_plugin` first, so its plugins benefit too.)
_sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
