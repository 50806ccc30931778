"""Load the curated word lists of ``analysis/data`` (see its README for sources)."""

from __future__ import annotations

import csv
from functools import cache

from .normalize import normalize
from .paths import PACKAGE_DATA


def _rows(name: str) -> list[dict[str, str]]:
    with open(PACKAGE_DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def table(name: str, key: str | None = None) -> tuple[dict[str, str], ...]:
    """Return the rows of ``data/<name>``; with *key*, each row also gets ``key``: that column's match key."""
    rows = _rows(name)
    if key:
        rows = [row | {"key": normalize(row[key])} for row in rows]
    return tuple(rows)


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
