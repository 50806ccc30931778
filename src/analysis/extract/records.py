"""The record every extractor returns: what was found, where, and what it means."""

from __future__ import annotations

from dataclasses import dataclass

from ..normalize import MatchKey
from ..slots import as_row, slot_init

KINDS = ("date", "period", "amount", "percent", "quantity", "entity")


@slot_init  # about 90 records an article page: made fast
@dataclass(frozen=True, slots=True)
class Mention:
    """One extracted expression: ``text == source[start:end]`` always.

    ``value`` is an ISO date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``), a period
    ``START/END``, a number, or a canonical English name, by ``kind``.
    """

    kind: str
    start: int
    end: int
    text: str
    value: str | float | int | None
    unit: str | None = None
    granularity: str | None = None
    type: str | None = None
    hedge: str | None = None
    hedge_type: str | None = None
    qualifier: str | None = None
    calendar: str | None = None
    original: str | None = None
    demonym: bool | None = None
    metonym_for: str | None = None
    found_by: str | None = None  # entities: lexicon, title, speech, shape or pattern (see analysis.extract.names)

    def to_dict(self) -> dict:
        """Return the record as a dict without empty fields (the JSON-lines form); ``value`` is always there
        (``None`` for a relative date that no publication date resolves)."""
        return {key: value for key, value in as_row(self).items() if value is not None or key == "value"}


def mention(mk: MatchKey, kind: str, key_start: int, key_end: int, value, **fields) -> Mention:
    """Build a :class:`Mention` from a span of the match key, mapped back to the raw text."""
    start, end = mk.raw_span(key_start, key_end)
    return Mention(kind, start, end, mk.raw[start:end], value, **fields)


def number_value(value: float) -> int | float:
    """Return whole numbers as ``int`` (``4200000000``), others as ``float`` (``27.31``)."""
    return int(value) if float(value).is_integer() else round(float(value), 6)
