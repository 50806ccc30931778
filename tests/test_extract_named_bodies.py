"""Organisations named by a head noun, a quotation or a list, and the false organisations they must not give, each
rule on made-up sentences: a quoted name before a nisba, banks, alliances and militias, outlets without a head."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def found(text: str, published: str | None = None) -> list[tuple[str, str]]:
    """The entities of *text* as ``(text, type)``."""
    return [(m.text, m.type) for m in extract(text, published) if m.kind == "entity"]


@pytest.mark.parametrize(("text", "expected"), [
    # a name of the lexicon quoted whole, then a nisba after the closing quote: the quoted name, and a demonym
    ('وقال قائد ميليشيا "الحشد الشعبي" العراقي إن', [("الحشد الشعبي", "organization"), ("العراقي", "country")]),
    # unquoted, the nisba stays inside the body's name (entities.csv)
    ("وقال قائد الحشد الشعبي العراقي إن", [("الحشد الشعبي العراقي", "organization")]),
    # a quote that opens inside the name keeps the nisba after it (j05)
    ('وقالت شركة نفط "الشمال" العراقية إن', [('شركة نفط "الشمال" العراقية', "organization")]),
])
def test_a_quoted_name_before_a_nisba(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a head, each quoted name joined by «و» is a body of its own, the first known or not
    ('وهاجم زعماء مليشيات "عصائب أهل الحق" و"سرايا الفجر" الحكومة', [("عصائب أهل الحق", "organization"),
                                                                     ("سرايا الفجر", "organization")]),
    ('وقالت شركتا "غالف كيستون" و"دانة غاز" إن', [("غالف كيستون", "organization"), ("دانة غاز", "organization")]),
    # a quoted clause after «و» that runs past four words is no name
    ('وقالت فصائل "المقاومة" و"إن الحكومة لن تتراجع عن قرارها هذا أبدا"', [("المقاومة", "organization")]),
])
def test_quoted_names_listed_after_a_head(text, expected):
    assert found(text) == expected
