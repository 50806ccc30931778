"""Load the curated word lists of ``analysis/data``, each checked against its schema (see its README for sources).

Every file is described in :mod:`analysis.schemas`; a file whose header or
cells do not fit its description is refused with an error naming the file
and the column, rather than failing later with a ``KeyError``. Each file is
parsed and checked once per process; :func:`read_all` reads every one of
them at once (the build does so before it writes anything).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from . import schemas
from .normalize import normalize
from .schemas import read_lexicon


@cache
def _records(name: str) -> tuple[dict[str, str], ...]:
    """Return the rows of ``data/<name>``, parsed and checked on the first call only."""
    return tuple(read_lexicon(name).to_dict("records"))


def _rows(name: str) -> list[dict[str, str]]:
    return list(_records(name))


def read_all() -> None:
    """Read and check every curated data file of the registry (:data:`analysis.schemas.LEXICONS`) now.

    Every later read in this process comes from memory. The build calls this before it writes anything, so a file
    that does not fit its schema is refused, naming the file and what to do, while no output exists yet, and no
    data file is parsed once the build has begun to write (Ctrl-C there meets no half-read file).
    """
    for name in schemas.lexicons():
        _records(name)
    boilerplate_phrases()
    stopwords()


@cache
def table(name: str, key: str | None = None) -> tuple[dict[str, str], ...]:
    """Return the rows of ``data/<name>``; with *key*, each row also gets ``key``: that column's match key."""
    rows = _rows(name)
    if key:
        rows = [row | {"key": normalize(row[key])} for row in rows]
    return tuple(rows)


def key_set(name: str, column: str, where: Callable[[dict[str, str]], bool] | None = None) -> frozenset[str]:
    """Return the match keys of *column* in ``data/<name>``, of the rows *where* accepts (every row without it)."""
    return frozenset(row["key"] for row in table(name, key=column) if where is None or where(row))


@cache
def boilerplate_phrases() -> tuple[str, ...]:
    """Return the boilerplate phrases as match keys."""
    return tuple(normalize(row["phrase"]) for row in _rows("boilerplate.csv"))


@cache
def stopwords() -> frozenset[str]:
    """Return Arabic stop words as match keys.

    The base is the Arabic-Stopwords list with all its inflected forms
    (clitics included), plus the project's ``stopwords_extra.csv``.

    >>> {"في", "والتي", normalize("إلى")} <= stopwords()
    True
    >>> "روسيا" in stopwords()
    False
    """
    from arabicstopwords.arabicstopwords import stopwords_list

    base = {normalize(word) for word in stopwords_list()}
    extra = {normalize(row["word"]) for row in _rows("stopwords_extra.csv")}
    return frozenset(base | extra)
