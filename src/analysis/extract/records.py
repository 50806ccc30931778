"""The record every extractor returns: what was found, where, and what it means."""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, fields

from ..normalize import MatchKey

KINDS = ("date", "period", "amount", "percent", "quantity", "entity")


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
        return {key: value for key, value in asdict(self).items() if value is not None or key == "value"}


def _slot_init(cls: type) -> type:
    """Give a frozen, slotted dataclass an ``__init__`` that sets each slot through its own descriptor.

    The generated ``__init__`` of a frozen dataclass calls ``object.__setattr__`` once per field, which looks the
    slot up by name every time; a record of sixteen fields then costs more to make than most of the work that
    found it (about 90 records per article page). Same signature, defaults and result, two to three times faster.
    """
    if any(f.default_factory is not MISSING for f in fields(cls)):
        raise TypeError(f"{cls.__name__} has a default factory, which this __init__ would share between records")
    params = ", ".join(f.name if f.default is MISSING else f"{f.name}=_default_{f.name}" for f in fields(cls))
    body = "".join(f"    _set_{f.name}(self, {f.name})\n" for f in fields(cls))
    namespace = {f"_set_{f.name}": cls.__dict__[f.name].__set__ for f in fields(cls)}
    namespace |= {f"_default_{f.name}": f.default for f in fields(cls) if f.default is not MISSING}
    exec(f"def __init__(self, {params}):\n{body}", namespace)  # as dataclasses itself builds __init__
    namespace["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = namespace["__init__"]
    return cls


_slot_init(Mention)


def mention(mk: MatchKey, kind: str, key_start: int, key_end: int, value, **fields) -> Mention:
    """Build a :class:`Mention` from a span of the match key, mapped back to the raw text."""
    start, end = mk.raw_span(key_start, key_end)
    return Mention(kind, start, end, mk.raw[start:end], value, **fields)


def number_value(value: float) -> int | float:
    """Return whole numbers as ``int`` (``4200000000``), others as ``float`` (``27.31``)."""
    return int(value) if float(value).is_integer() else round(float(value), 6)
