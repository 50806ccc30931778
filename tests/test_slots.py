"""The records' fast constructor behaves as the one ``dataclasses`` writes."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from analysis.extract.records import Mention
from analysis.segment import Paragraph, Sentence
from analysis.slots import slot_init


def _plain(cls: type) -> type:
    """The same record made by ``dataclasses`` alone (its generated ``__init__`` kept)."""
    return dataclasses.make_dataclass("Plain", [(f.name, f.type, f) for f in dataclasses.fields(cls)],
                                      frozen=True, slots=True)


@pytest.mark.parametrize("cls", [Mention, Paragraph, Sentence])
def test_the_constructor_takes_the_fields_in_order_with_their_defaults(cls):
    assert cls.__init__.__qualname__ == f"{cls.__name__}.__init__"  # the fast one, not the generated one
    params = list(inspect.signature(cls).parameters.values())
    assert [p.name for p in params] == [f.name for f in dataclasses.fields(cls)]
    assert [p.default for p in params] == [inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
                                          for f in dataclasses.fields(cls)]


@pytest.mark.parametrize("cls, args, kwargs", [
    (Mention, ("date", 3, 11, "عام 2012", "2012"), {"granularity": "year"}),
    (Mention, ("entity", 0, 5, "روسيا", "Russia", None, None, "country"), {"found_by": "lexicon", "demonym": True}),
    (Mention, ("amount", 4, 19, "4.2 مليار دولار", 4200000000, "USD"), {}),
    (Paragraph, ("a1", 0, 0, 13, "تاريخ العلاقة", "heading"), {}),
    (Sentence, ("a1", 2, 1, 14, 20, "ثم ألغيت!"), {"is_boilerplate": False}),
])
def test_a_record_holds_what_it_was_given_like_a_plain_dataclass(cls, args, kwargs):
    made, plain = cls(*args, **kwargs), _plain(cls)(*args, **kwargs)
    assert dataclasses.astuple(made) == dataclasses.astuple(plain)
    assert made == cls(*args, **kwargs) and hash(made) == hash(cls(*args, **kwargs))
    assert dataclasses.replace(made, start=1).start == 1


def test_a_record_stays_frozen_and_refuses_a_wrong_call():
    made = Mention("date", 0, 4, "2012", "2012")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.kind = "period"
    with pytest.raises(TypeError):
        Mention("date", 0, 4)  # text and value missing
    with pytest.raises(TypeError):
        Mention("date", 0, 4, "2012", "2012", colour="red")


def test_a_class_with_a_default_factory_is_refused():
    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: list = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError, match="default factory"):
        slot_init(Listed)
