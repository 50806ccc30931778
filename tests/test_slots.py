"""The records' fast constructor behaves as the one ``dataclasses`` writes."""

from __future__ import annotations

import dataclasses
import inspect

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract import in_text_order
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


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3), st.sampled_from(["date", "amount", "entity"]),
                          st.integers(0, 99)), max_size=12))
def test_mentions_in_text_order_sort_by_start_then_longest_then_kind_keeping_ties(items):
    mentions = [Mention(kind, start, start + length, "x", value) for start, length, kind, value in items]
    expected = sorted(mentions, key=lambda m: (m.start, -m.end, m.kind))
    assert [id(m) for m in in_text_order(mentions)] == [id(m) for m in expected]  # equal records keep their order


def test_as_row_gives_what_asdict_gives_for_every_record_of_an_article(history_text):
    from analysis.extract import extract
    from analysis.segment import segment
    from analysis.slots import as_row

    segmentation = segment(history_text, "history")
    records = [*extract(history_text), *segmentation.paragraphs, *segmentation.sentences]
    assert len(records) > 100
    assert all(list(as_row(r).items()) == list(dataclasses.asdict(r).items()) for r in records)


def test_a_record_is_of_its_own_class_once_made_and_pickles_as_one():
    import pickle

    made = Mention("entity", 0, 5, "روسيا", "Russia", type="country")
    assert type(made) is Mention and pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "العراق"


def test_a_subclass_of_a_record_is_filled_slot_by_slot_and_keeps_its_class():
    @slot_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Point:
        start: int
        end: int = 0

    @dataclasses.dataclass(frozen=True, slots=True)
    class Marked(Point):
        mark: str = ""

    Marked.__init__ = Point.__init__  # the base's fast constructor, called on an instance of the subclass
    made = Marked(3, 5)
    assert type(made) is Marked and (made.start, made.end) == (3, 5)
    assert type(Point(3)) is Point and Point(3) == Point(3, 0)
