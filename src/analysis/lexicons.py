"""Load the curated word lists of ``analysis/data``, each checked against its schema (see its README for sources).

Every file is described in :mod:`analysis.schemas`; a file whose header or
cells do not fit its description is refused with an error naming the file
and the column, rather than failing later with a ``KeyError``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from .normalize import normalize
from .schemas import read_lexicon


def _rows(name: str) -> list[dict[str, str]]:
    return read_lexicon(name).to_dict("records")


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
