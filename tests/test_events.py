"""Dated statements: the event type of each date comes from the cue lexicon, within its clause."""

from __future__ import annotations

import pytest

from analysis.extract import extract
from analysis.extract.events import dated_statements
from analysis.segment import segment


def events(text: str) -> list[tuple[str, str, str]]:
    rows = dated_statements("t", text, segment(text, "t"), tuple(extract(text)))
    return [(row["date_value"], row["event_type"], row["cue"]) for row in rows]


@pytest.mark.parametrize(("text", "expected"), [
    ("أُسِّست العلاقات في 9 سبتمبر 1944، وقُطِعَت في عام 1955، وأُعِيدَ بناؤها في يوليو 1958.",
     [("1944-09-09", "relations_established", "أُسِّست"), ("1955", "relations_severed", "قُطِعَت"),
      ("1958-07", "relations_restored", "أُعِيدَ بناؤها")]),
    ("وقّع البلدان معاهدة الصداقة في أبريل 1972.", [("1972-04", "treaty", "معاهدة")]),
    ("اجتاح العراق الكويت في 2 أغسطس 1990.", [("1990-08-02", "war_or_invasion", "اجتاح")]),
    ("افتتحت روسيا قنصلية في أربيل في نوفمبر 2007.", [("2007-11", "consulate_opened", "قنصلية")]),
    ("وقّعت بغداد صفقة أسلحة مع موسكو عام 2012.", [("2012", "arms_deal", "صفقة أسلحة")]),
    ("فرضت واشنطن عقوبات على أنقرة في ديسمبر 2020.", [("2020-12", "sanctions", "عقوبات")]),
    ("وصل شويغو في زيارة إلى بغداد في 16 سبتمبر 2025.", [("2025-09-16", "visit", "زيارة")]),
    ("قال المتحدث في مارس 2018 إن الأمر خطير.", [("2018-03", "statement", "قال")]),
    ("وقّع الطرفان اتفاقية تسوية الديون في فبراير 2008.", [("2008-02", "agreement", "تسوية الديون")]),  # the nearest cue
    ("كان الطقس جميلا عام 1999.", [("1999", "other", "")]),
])
def test_event_types(text, expected):
    assert events(text) == expected


def test_event_rows_quote_their_clause_and_list_the_sentence_entities():
    text = "أثَّر احتلال العراق للكويت في أغسطس 1990، والدعم السوفيتي لقرارات مجلس الأمن الدولي."
    (row,) = dated_statements("t", text, segment(text, "t"), tuple(extract(text)))
    assert text[row["start"]:row["end"]] == row["text"] == "أثَّر احتلال العراق للكويت في أغسطس 1990"
    assert text[row["cue_start"]:row["cue_end"]] == row["cue"] == "احتلال"
    assert text[row["date_start"]:row["date_end"]] == row["date_text"] == "أغسطس 1990"
    assert row["entities"] == "Iraq; Kuwait; Soviet Union; UN Security Council"
    assert (row["date_first"], row["date_last"]) == ("1990-08", "1990-08")


def test_periods_have_first_and_last():
    text = "بقيت القوات من عام 2003 إلى عام 2011 في العراق."
    (row,) = dated_statements("t", text, segment(text, "t"), tuple(extract(text)))
    assert (row["date_kind"], row["date_first"], row["date_last"]) == ("period", "2003", "2011")
