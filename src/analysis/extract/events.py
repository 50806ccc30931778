"""Dated statements: each date or period, with the event type its clause describes.

The event type comes from a curated cue lexicon (``data/event_cues.csv``):
the cue nearest the date inside its clause (the text between commas or
semicolons) decides; failing that, the nearest cue before it in the
sentence; failing that, ``other``. Cues match at the start of a word, after
an optional proclitic, on the match key. :func:`dated_statements` makes the
rows of ``events.csv``: the whole event stage lives here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from ..cues import Cues
from ..lexicons import table
from ..normalize import MatchKey, match_key
from ..segment import Segmentation, trimmed
from .records import Mention

_CLAUSE_END = re.compile(r"[،؛;,.؟?!]")
_WORD_REST = re.compile(r"\w*")


@dataclass(frozen=True)
class Cue:
    """An event cue found in the text."""

    event_type: str
    start: int  # raw offsets
    end: int
    text: str


@cache
def _cues() -> tuple[Cues, tuple[str, ...]]:
    rows = table("event_cues.csv", key="cue")
    types = {" ".join(row["key"].split()): row["event_type"] for row in rows}
    # a proclitic, then «ال» (or «لل» for ل + ال): «وقطعت»، «للغزو»، «والإطاحة»
    return Cues(types), tuple(types.values())


def find_cues(mk: MatchKey) -> list[Cue]:
    """Return every event cue of a match key, as raw spans."""
    cues, types = _cues()
    found = []
    for cue in cues.find(mk.key):
        start, end = mk.raw_span(cue.start, cue.end)
        word_end = _WORD_REST.match(mk.raw, end).end()  # the whole word: «قطعت» in «وقُطِعَت»
        found.append(Cue(types[cue.index], start, word_end, mk.raw[start:word_end]))
    return found


def clause_span(text: str, start: int, end: int, lower: int, upper: int) -> tuple[int, int]:
    """Return the clause around ``[start, end)``: between punctuation marks, within ``[lower, upper)``."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, lower, start) if not _decimal(text, m.start())]
    after = [m.start() for m in _CLAUSE_END.finditer(text, end, upper) if not _decimal(text, m.start())]
    return trimmed(text, before[-1] if before else lower, after[0] if after else upper)


def _decimal(text: str, at: int) -> bool:
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


def event_type(date: Mention, cues: list[Cue], clause: tuple[int, int], sentence: tuple[int, int]) -> Cue | None:
    """Pick the cue that types a dated statement (see the module docstring)."""
    def distance(cue: Cue) -> int:
        return date.start - cue.end if cue.end <= date.start else cue.start - date.end

    in_clause = [c for c in cues if clause[0] <= c.start and c.end <= clause[1] and not (date.start <= c.start < date.end)]
    if in_clause:
        return min(in_clause, key=lambda c: (distance(c), c.start > date.start))
    before = [c for c in cues if sentence[0] <= c.start and c.end <= date.start]
    return before[-1] if before else None


def _bounds(value: str) -> tuple[str, str]:
    first, _, last = str(value).partition("/")
    return first, last or first


def dated_statements(article_id: str, text: str, segmentation: Segmentation,
                     mentions: tuple[Mention, ...], key: MatchKey | None = None) -> tuple[dict, ...]:
    """Return one ``events.csv`` row per date or period: its clause, event type, cue and the sentence's entities.

    *key* is the text's match key, when the caller already has it.
    """
    cues = find_cues(key or match_key(text))
    cue_starts = [c.start for c in cues]
    names_by_sentence: dict[int, dict[str, None]] = {}
    for item in mentions:
        if item.kind == "entity" and (holder := segmentation.sentence_at(item.start)) is not None:
            names_by_sentence.setdefault(holder.sentence_index, {})[item.value] = None
    rows = []
    for date in (m for m in mentions if m.kind in ("date", "period")):
        sentence = segmentation.sentence_at(date.start)
        bounds = (sentence.start, sentence.end) if sentence else (0, len(text))
        start, end = clause_span(text, date.start, date.end, *bounds)
        nearby = cues[bisect.bisect_left(cue_starts, bounds[0]):bisect.bisect_left(cue_starts, bounds[1])]
        cue = event_type(date, nearby, (start, end), bounds)
        names = names_by_sentence.get(sentence.sentence_index, {}) if sentence else {}
        first, last = _bounds(date.value)
        rows.append({
            "article_id": article_id, "event_index": len(rows),
            "sentence_index": sentence.sentence_index if sentence else -1,
            "start": start, "end": end, "text": text[start:end],
            "event_type": cue.event_type if cue else "other", "cue": cue.text if cue else "",
            "cue_start": cue.start if cue else -1, "cue_end": cue.end if cue else -1,
            "date_kind": date.kind, "date_value": date.value, "date_first": first, "date_last": last,
            "granularity": date.granularity or "", "qualifier": date.qualifier or "",
            "date_start": date.start, "date_end": date.end, "date_text": date.text,
            "entities": "; ".join(names),
        })
    return tuple(rows)
