"""People on made-up sentences (batch zr's round): given names the lists lacked, read after a title, and the
same words where no title or speech verb stands before them."""

from __future__ import annotations

import pytest

from analysis.extract import extract


def people(text: str) -> list[str]:
    return [m.text for m in extract(text) if m.kind == "entity" and m.type == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    # «معتصم» (given_names.csv): after a title and its complement, the name runs to the comma
    ("واجتمع الوفد مع وكيل وزير المالية معتصم كريم ناصر، ومع مدير المصرف", ["معتصم كريم ناصر"]),
    # «طعمة»/«طعمه», also a word (bait): a name after a title, a word elsewhere
    ("وقال الدكتور طعمه جابر المستشار في السفارة إن التبادل ارتفع", ["طعمه جابر"]),
    ("كانت الشركة طعمة سهلة للمنافسين في السوق", []),
    # «بافال», a spelling of Pavel: a Russian given name before a surname of Russian shape, even after «،و »
    ("ضم الوفد نائب الوزير ،و بافال كوزنيتسوف رئيس الإدارة", ["بافال كوزنيتسوف"]),
])
def test_given_names_added_after_a_title(text: str, expected: list[str]) -> None:
    assert people(text) == expected
