"""Words with their spans, and content-word counts that leave names intact.

Arabic attaches conjunctions and prepositions to the next word (و ف ب ل ك,
and لل before ال). Stripping them blindly breaks names: «بغداد» is not
ب + «غداد». Instead, a prefixed token is merged into its stem only when the
stem itself occurs as a word of the same text: the prefixed forms are
generated from the stems that are there, and matched.

>>> counts = content_word_counts("زار الوفد بغداد والعراق، ثم العراق وبغداد.", "demo")
>>> counts[["word", "count"]].values.tolist()
[['العراق', 2], ['بغداد', 2], ['الوفد', 1], ['زار', 1]]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from .charsets import WORD
from .lexicons import stopwords
from .normalize import normalize

_WORD = re.compile(WORD)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
MIN_KEY_LENGTH = 3  # shorter words are particles or abbreviations

# Proclitics, in the order they attach: conjunction, then preposition.
CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")


@dataclass(frozen=True)
class Token:
    """One word of a text: its span, surface form and match key."""

    start: int
    end: int
    text: str
    key: str


def tokens(text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[Token]:
    """Return the words of *text* (only inside *spans*, when given).

    >>> [t.text for t in tokens("ورُوسيا، (2012)")]
    ['ورُوسيا', '2012']
    """
    spans = [(0, len(text))] if spans is None else spans
    return [Token(m.start(), m.end(), m.group(), normalize(m.group()))
            for start, end in spans for m in _WORD.finditer(text, start, end)]


def count_words(text: str) -> int:
    """Return how many words *text* has: ``len(tokens(text))``, without making a token per word.

    >>> count_words("ورُوسيا، (2012)")
    2
    """
    return sum(1 for _ in _WORD.finditer(text))


def prefixed_forms(stem: str) -> set[str]:
    """Return the match keys of *stem* with every proclitic combination.

    >>> sorted(prefixed_forms("العراق"))[:4]
    ['بالعراق', 'فالعراق', 'فبالعراق', 'فكالعراق']
    >>> "للعراق" in prefixed_forms("العراق")
    True
    """
    forms = set()
    for conjunction in CONJUNCTIONS:
        for preposition in PREPOSITIONS:
            if conjunction or preposition:
                forms.add(conjunction + preposition + stem)
        if stem.startswith("ال"):
            forms.add(conjunction + "لل" + stem[2:])
    return forms


def stem_map(keys: Iterable[str]) -> dict[str, str]:
    """Map each prefixed key to its stem, where the stem is itself one of *keys*."""
    present = set(keys)
    mapping = {}
    for stem in sorted(present, key=len):
        for form in prefixed_forms(stem):
            if form in present and form not in mapping:
                mapping[form] = stem
    return mapping


def _is_content(key: str, stop: frozenset[str]) -> bool:
    return len(key) >= MIN_KEY_LENGTH and bool(_ARABIC_LETTER.search(key)) and key not in stop


def content_word_counts(text: str, article_id: str, spans: Iterable[tuple[int, int]] | None = None) -> pd.DataFrame:
    """Count the content words of *text*, most frequent first.

    Columns: ``article_id``, ``word`` (the most frequent surface form, as
    written), ``key``, ``count``, and ``start``/``end``/``text`` of the word's
    first occurrence. Stop words come from :func:`analysis.lexicons.stopwords`.
    """
    words = tokens(text, spans)
    stems = stem_map(token.key for token in words)
    stop = stopwords()
    rows = [(stems.get(token.key, token.key), token) for token in words]
    rows = [(key, token) for key, token in rows if _is_content(key, stop) and _is_content(token.key, stop)]
    columns = ["article_id", "word", "key", "count", "start", "end", "text"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame({"key": [key for key, _ in rows], "surface": [t.text for _, t in rows],
                          "start": [t.start for _, t in rows], "end": [t.end for _, t in rows],
                          "is_stem": [t.key == key for key, t in rows]})
    first = frame.groupby("key", sort=False).first()[["start", "end"]]
    stem_forms = frame[frame.is_stem].groupby("key")["surface"].agg(lambda s: s.value_counts().index[0])
    any_forms = frame.groupby("key")["surface"].agg(lambda s: s.value_counts().index[0])
    counts = frame.groupby("key").size().rename("count")
    result = pd.concat([counts, first], axis=1).reset_index()
    result["word"] = result["key"].map(stem_forms).fillna(result["key"].map(any_forms))
    result["text"] = [text[s:e] for s, e in zip(result["start"], result["end"])]
    result["article_id"] = article_id
    result = result.sort_values(["count", "key"], ascending=[False, True], kind="stable")
    return result[columns].reset_index(drop=True)
