"""Iraq's oil sector by name: refineries, fields in their press spellings, the state companies and ministries.

Made-up sentences; the words come from the data files (``org_patterns.csv``, ``entities.csv``,
``gazetteer_oil_fields.csv``), each with its source.
"""

from __future__ import annotations

import pytest

from analysis.extract import extract


def found(text: str) -> list[tuple[str, str]]:
    """The entities of *text* as ``(text, type)``."""
    return [(m.text, m.type) for m in extract(text) if m.kind == "entity"]


@pytest.mark.parametrize(("text", "expected"), [
    # a refinery named by its town is a place of its own, head included, in both spellings of the head
    ("زار الوزير مصفاة كركوك ثم مصفى البصرة", [("مصفاة كركوك", "region"), ("مصفى البصرة", "region")]),
    # a refinery whose name alone is a common word («الشمال»: the north) is known with its head
    ("اكتمل تأهيل مصفى الشمال في بيجي", [("مصفى الشمال", "region"), ("بيجي", "city")]),
    ("وعاد العمل في مصفاة الدورة", [("مصفاة الدورة", "region")]),
    # the trade after the head names no refinery
    ("هي أكبر مصفاة تكرير في المنطقة", []),
    # the head with the article alone names nothing
    ("وقال إن المصفى سيعمل قريبا", []),
])
def test_refineries_named_by_town_or_known_name(text, expected):
    assert found(text) == expected
