"""The Russian side learnt from development batch zk, each on made-up sentences: a ministry's short form that is an
adjective of the noun before it, SIPRI and Russian bodies in the spellings of the press, ranges of years with a long
dash."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def entities(text: str) -> list[tuple[str, str]]:
    """The entities of *text* as ``(text, type)``."""
    return [(m.text, m.type) for m in extract(text) if m.kind == "entity"]


@pytest.mark.parametrize(("text", "expected"), [
    # «الخارجية» qualifies the definite noun before it: foreign policy, foreign intelligence; the nisba is a demonym
    ("ارتبط اسمه بتوجيه السياسة الخارجية الروسية في المنطقة", [("الروسية", "country")]),
    ("وقالت الاستخبارات الخارجية الروسية إن الخطر قائم", [("الروسية", "country")]),
    # after a verb, a particle or «باسم», the short form is the ministry whose «وزارة» the press dropped
    ("وأفادت الخارجية الروسية بأن الوفد وصل", [("الخارجية الروسية", "organization")]),
    ("وقال المتحدث باسم الخارجية العراقية إن الوفد وصل", [("الخارجية العراقية", "organization")]),
])
def test_a_ministrys_short_form_after_a_definite_noun_is_an_adjective(text, expected):
    assert entities(text) == expected
