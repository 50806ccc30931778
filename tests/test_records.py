"""The extraction record: its fast constructor behaves as the dataclass one would."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from analysis.extract.records import Mention, _slot_init


def _reference() -> type:
    """The same record made by ``dataclasses`` alone (its generated ``__init__`` kept)."""
    return dataclasses.make_dataclass(
        "Reference", [(f.name, f.type, f) for f in dataclasses.fields(Mention)], frozen=True, slots=True)


def test_the_constructor_takes_the_fields_in_order_with_their_defaults():
    params = list(inspect.signature(Mention).parameters.values())
    assert [p.name for p in params] == [f.name for f in dataclasses.fields(Mention)]
    assert [p.default for p in params] == [inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
                                          for f in dataclasses.fields(Mention)]


@pytest.mark.parametrize("args, kwargs", [
    (("date", 3, 11, "عام 2012", "2012"), {"granularity": "year"}),
    (("entity", 0, 5, "روسيا", "Russia", None, None, "country"), {"found_by": "lexicon", "demonym": True}),
    (("amount", 4, 19, "4.2 مليار دولار", 4200000000, "USD"), {}),
])
def test_a_record_holds_what_it_was_given_like_a_plain_dataclass(args, kwargs):
    made, reference = Mention(*args, **kwargs), _reference()(*args, **kwargs)
    assert dataclasses.astuple(made) == dataclasses.astuple(reference)
    assert made == Mention(*args, **kwargs) and hash(made) == hash(Mention(*args, **kwargs))
    assert made.to_dict()["value"] == args[4]


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
        _slot_init(Listed)
