"""Dated statements: each date or period, with the event type its clause describes.

The event type comes from a curated cue lexicon (``data/event_cues.csv``):
the cue nearest the date inside its clause (the text between commas or
semicolons) decides; failing that, the nearest cue before it in the
sentence; failing that, ``other``. Cues match at the start of a word, after
an optional proclitic, on the match key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicons import table
from ..normalize import MatchKey
from ..segment import trimmed
from .records import Mention

_CLAUSE_END = re.compile(r"[،؛;,.؟?!]")


@dataclass(frozen=True)
class Cue:
    """An event cue found in the text."""

    event_type: str
    start: int  # raw offsets
    end: int
    text: str


@cache
def _cue_pattern() -> tuple[re.Pattern, dict[str, str]]:
    rows = table("event_cues.csv", key="cue")
    types = {" ".join(row["key"].split()): row["event_type"] for row in rows}
    alternation = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in sorted(types, key=len, reverse=True))
    # a proclitic, then «ال» (or «لل» for ل + ال): «وقطعت»، «للغزو»، «والإطاحة»
    return re.compile(rf"(?<!\w)(?:و|ف)?(?:ب|ل|ك|لل)?(?P<cue>{alternation}|(?<=لل){alternation})"), types


def find_cues(mk: MatchKey) -> list[Cue]:
    """Return every event cue of a match key, as raw spans."""
    pattern, types = _cue_pattern()
    cues = []
    for found in pattern.finditer(mk.key):
        start, end = mk.raw_span(found.start("cue"), found.end("cue"))
        word_end = re.match(r"\w*", mk.raw[end:]).end()  # the whole word: «قطعت» in «وقُطِعَت»
        cues.append(Cue(types[" ".join(found.group("cue").split())], start, end + word_end, mk.raw[start:end + word_end]))
    return cues


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
