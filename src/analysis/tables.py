"""Load the processed tables, after checking they match ``data/raw``.

Notebooks read data only through this module, so they never analyse a stale
or half-built ``data/processed/``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from . import paths
from .build import raw_hashes
from .errors import StaleDataError

TABLES = ("articles", "paragraphs", "sentences", "mentions", "events", "amounts", "entities")
_REBUILD = "run `make data` (or `python -m analysis build`) in the project folder, then re-run the notebook."


def read_manifest(processed: Path = paths.PROCESSED) -> dict:
    """Return the build manifest of *processed*, or raise :class:`StaleDataError`."""
    path = Path(processed) / "manifest.json"
    if not path.is_file():
        raise StaleDataError(path, "processed data is missing.", _REBUILD)
    return json.loads(path.read_text(encoding="utf-8"))


def check_fresh(raw: Path = paths.RAW, processed: Path = paths.PROCESSED) -> str:
    """Check that *processed* was built from the current *raw* files; return a one-line status."""
    built = read_manifest(processed)["raw_inputs"]
    current = raw_hashes(Path(raw))
    changed = sorted(name for name in built.keys() | current.keys() if built.get(name) != current.get(name))
    if changed:
        raise StaleDataError(Path(processed), f"processed data is stale: {', '.join(changed)} changed since the last build.",
                             _REBUILD)
    return f"Processed data is up to date with data/raw ({len(current)} files)."


def load(name: str, processed: Path = paths.PROCESSED) -> pd.DataFrame:
    """Load one processed table by name (see :data:`TABLES`).

    Empty text cells stay empty strings, not NaN; ``value`` stays text (an ISO
    date, a number or a name, by ``kind``).
    """
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; the tables are: {', '.join(TABLES)}")
    path = Path(processed) / f"{name}.csv"
    if not path.is_file():
        raise StaleDataError(path, "this processed table is missing.", _REBUILD)
    return pd.read_csv(path, encoding="utf-8", keep_default_na=False, dtype={"value": str, "date_value": str,
                                                                             "date_first": str, "date_last": str})


def texts(processed: Path = paths.PROCESSED) -> dict[str, str]:
    """Return every article's decoded text by ``article_id``; spans index these strings."""
    articles = load("articles", processed)
    return {row.article_id: _read_exact(Path(processed) / row.text_file) for row in articles.itertuples()}


def _read_exact(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:  # no newline translation: offsets stay exact
        return handle.read()


def verify_spans(frame: pd.DataFrame, texts_by_id: dict[str, str]) -> int:
    """Check ``texts[article_id][start:end] == text`` for every row; return the number of rows checked.

    Raises ``AssertionError`` naming the first row whose span does not give back its text.
    """
    for row in frame.itertuples():
        quoted = texts_by_id[row.article_id][row.start:row.end]
        assert quoted == row.text, (
            f"{row.article_id}[{row.start}:{row.end}] gives {quoted!r}, but the table says {row.text!r}")
    return len(frame)
