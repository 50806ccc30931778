"""Load the processed tables, after checking they match ``data/raw``.

Notebooks read data only through this module, so they never analyse a stale
or half-built ``data/processed/``. The CSV files are escaped for spreadsheet
users (a text cell starting with ``=`` ``+`` ``-`` ``@``, a tab or a carriage
return is written with a leading apostrophe: see
:func:`analysis.cells.escape_cell`); :func:`load` takes the apostrophe off, so
pandas users see the original text and every span still gives back its text.

Every table is read with the column types of the schema registry
(:mod:`analysis.schemas`) and checked against it: a table whose columns or
cells do not fit is refused with an error naming the file and the column.
The build checks each table before it records the table's hash in its
manifest; a table whose bytes still match that hash is not checked again.
This module reads what the build wrote and never imports the build.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from . import paths, schemas
from .cells import unescape
from .errors import InputError, StaleDataError
from .manifest import raw_hashes
from .reading import sha256_file

TABLES = tuple(schemas.tables())
CHUNK_ROWS = 100_000  # a table is read and checked this many rows at a time
_REBUILD = "run `make data` (or `python -m analysis build`) in the project folder, then re-run the notebook."


def read_manifest(processed: Path | None = None) -> dict:
    """Return the build manifest of *processed* (default: the project's), or raise :class:`StaleDataError`."""
    path = paths.processed(processed) / "manifest.json"
    if not path.is_file():
        raise StaleDataError(path, "processed data is missing.", _REBUILD)
    return json.loads(path.read_text(encoding="utf-8"))


def check_fresh(raw: Path | None = None, processed: Path | None = None) -> str:
    """Check that *processed* was built from the current *raw* files and is whole; return a one-line status.

    Raises :class:`StaleDataError` when a raw file changed since the build, or a file the build wrote is
    missing or was edited (the manifest records the hash of each).
    """
    raw, processed = paths.raw(raw), paths.processed(processed)
    built = read_manifest(processed)["raw_inputs"]
    current = raw_hashes(raw)
    changed = sorted(name for name in built.keys() | current.keys() if built.get(name) != current.get(name))
    if changed:
        raise StaleDataError(processed, f"processed data is stale: {', '.join(changed)} changed since the last build.",
                             _REBUILD)
    _check_outputs(processed)
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


def load(name: str, processed: Path | None = None) -> pd.DataFrame:
    """Load one processed table by name (see :data:`TABLES`), checked against its schema.

    Empty text cells stay empty strings, not NaN; ``value`` stays text (an ISO
    date, a number or a name, by ``kind``); text escaped against spreadsheet
    formulas comes back as written (see :func:`analysis.cells.unescape`).
    """
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; the tables are: {', '.join(TABLES)}")
    path = paths.processed(processed) / f"{name}.csv"
    if not path.is_file():
        raise StaleDataError(path, "this processed table is missing.", _REBUILD)
    return unescape(read_table(path, name, check=not _as_built(path)))


def _as_built(path: Path) -> bool:
    """Is *path* byte for byte the table the build checked against its schema and recorded in its manifest?"""
    try:
        recorded = read_manifest(path.parent).get("outputs", {}).get(path.name)
    except (StaleDataError, OSError, ValueError):
        return False
    return recorded is not None and sha256_file(path) == recorded


_UNFIT = "rebuild it with `make data`; if it persists, the build writes something its schema does not describe."


def read_table(path: Path, name: str, check: bool = True) -> pd.DataFrame:
    """Read the CSV file *path* of processed table *name* with the registry's types, checking it a chunk at a time.

    Raises :class:`~analysis.errors.InputError` naming the file and the column when it does not fit. With
    *check* false (a file the build already checked, unchanged since), only the types are applied.
    """
    if not check:
        frames = list(_chunks(path, name))
        if not frames:
            return pd.read_csv(path, encoding="utf-8", dtype=schemas.read_dtypes(name), nrows=0)
        return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    frames = [schemas.validate(chunk, name, path, _UNFIT) for chunk in _chunks(path, name)]
    if not frames:  # a header and no row
        frames = [schemas.validate(pd.read_csv(path, encoding="utf-8", dtype=schemas.read_dtypes(name), nrows=0),
                                   name, path, _UNFIT)]
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def _chunks(path: Path, name: str):
    try:
        with pd.read_csv(path, encoding="utf-8", keep_default_na=False, dtype=schemas.read_dtypes(name),
                         chunksize=CHUNK_ROWS) as reader:
            yield from reader
    except (ValueError, TypeError) as error:  # a cell pandas cannot read as its column's type
        raise InputError(path, f"the file does not fit its schema ({name}): {error}.", _UNFIT) from None


def texts(processed: Path | None = None) -> dict[str, str]:
    """Return every article's decoded text by ``article_id``; spans index these strings."""
    processed = paths.processed(processed)
    articles = load("articles", processed)
    return {row.article_id: _read_exact(processed / row.text_file) for row in articles.itertuples()}


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
