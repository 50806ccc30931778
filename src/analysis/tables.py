"""Load the processed tables, after checking they match ``data/raw``.

Notebooks read data only through this module, so they never analyse a stale
or half-built ``data/processed/``. The CSV files are escaped for spreadsheet
users (a text cell starting with ``=`` ``+`` ``-`` ``@``, a tab or a carriage
return is written with a leading apostrophe: see
:func:`analysis.build.escape_cell`); :func:`load` takes the apostrophe off, so
pandas users see the original text and every span still gives back its text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from . import paths
from .build import ESCAPE, raw_hashes
from .reading import sha256_file
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
    """Check that *processed* was built from the current *raw* files and is whole; return a one-line status.

    Raises :class:`StaleDataError` when a raw file changed since the build, or a file the build wrote is
    missing or was edited (the manifest records the hash of each).
    """
    built = read_manifest(processed)["raw_inputs"]
    current = raw_hashes(Path(raw))
    changed = sorted(name for name in built.keys() | current.keys() if built.get(name) != current.get(name))
    if changed:
        raise StaleDataError(Path(processed), f"processed data is stale: {', '.join(changed)} changed since the last build.",
                             _REBUILD)
    _check_outputs(Path(processed))
    return f"Processed data is up to date with data/raw ({len(current)} files)."


def _check_outputs(processed: Path) -> None:
    """Raise :class:`StaleDataError` when a file the build wrote is missing or was changed since."""
    outputs = read_manifest(processed).get("outputs")
    if not outputs:
        raise StaleDataError(processed / "manifest.json", "processed data was built by an older version of the "
                                                          "package, which did not record its outputs.", _REBUILD)
    missing = sorted(name for name in outputs if not (processed / name).is_file())
    changed = sorted(name for name, digest in outputs.items()
                     if name not in missing and sha256_file(processed / name) != digest)
    if missing or changed:
        lost = [f"{name} (missing)" for name in missing] + [f"{name} (changed)" for name in changed]
        raise StaleDataError(processed, f"processed data was changed since the build: {', '.join(lost)}.", _REBUILD)


def load(name: str, processed: Path = paths.PROCESSED) -> pd.DataFrame:
    """Load one processed table by name (see :data:`TABLES`).

    Empty text cells stay empty strings, not NaN; ``value`` stays text (an ISO
    date, a number or a name, by ``kind``); text escaped against spreadsheet
    formulas comes back as written (see :func:`unescape`).
    """
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; the tables are: {', '.join(TABLES)}")
    path = Path(processed) / f"{name}.csv"
    if not path.is_file():
        raise StaleDataError(path, "this processed table is missing.", _REBUILD)
    return unescape(pd.read_csv(path, encoding="utf-8", keep_default_na=False,
                                dtype={"value": str, "date_value": str, "date_first": str, "date_last": str}))


def unescape(frame: pd.DataFrame) -> pd.DataFrame:
    """Return *frame* with the apostrophe that the build puts before formula-like text taken off.

    >>> unescape(pd.DataFrame({"text": ["'=1+1", "''quoted", "روسيا"], "start": [0, 5, 9]}))["text"].tolist()
    ['=1+1', "'quoted", 'روسيا']
    """
    result = frame.copy()
    for column in frame.columns:
        values = frame[column]
        if not (pd.api.types.is_string_dtype(values) or pd.api.types.is_object_dtype(values)):
            continue
        escaped = values.map(lambda cell: isinstance(cell, str) and cell.startswith(ESCAPE)).astype(bool)
        if escaped.any():
            result[column] = values.where(~escaped, values[escaped].str[len(ESCAPE):])
    return result


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
