"""Normalisation: each step, the match key, and its offset map back to the raw text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import normalize as n

STEP_EXAMPLES = [
    (n.remove_diacritics, "رُوسْيَا", "روسيا"),
    (n.remove_diacritics, "مُعاهدةٌ", "معاهدة"),
    (n.remove_tatweel, "روســـيا", "روسيا"),
    (n.remove_invisibles, "روس\u200cيا\u200f", "روسيا"),
    (n.remove_invisibles, "\ufeff\u202bبغداد\u202c", "بغداد"),
    (n.fold_presentation_forms, "ﺭﻭﺳﻴﺎ", "روسيا"),
    (n.fold_presentation_forms, "ﻻ", "لا"),
    (n.fold_alef, "أإآٱ", "اااا"),
    (n.fold_alef_maqsura, "موسى", "موسي"),
    (n.fold_persian_letters, "روسیا", "روسيا"),  # Farsi yeh
    (n.fold_persian_letters, "کرکوک", "كركوك"),  # keheh
    (n.fold_persian_letters, "مدینۀ", "مدينه"),  # heh with yeh above
    (n.fold_persian_letters, "ہے", "هي"),  # Urdu heh goal, yeh barree
    (n.fold_teh_marbuta, "معاهدة", "معاهده"),
    (n.fold_digits, "١٩٧٢", "1972"),
    (n.fold_digits, "۱۹۷۲", "1972"),
    (n.fold_digits, "٤٫٢", "4.2"),
    (n.fold_latin_case, "CAATSA", "caatsa"),
]


@pytest.mark.parametrize(("step", "raw", "expected"), STEP_EXAMPLES)
def test_each_step(step, raw, expected):
    assert step(raw) == expected


@pytest.mark.parametrize("variant", ["رُوسْيَا", "روســـيا", "ﺭﻭﺳﻴﺎ", "روس\u200fيا", "روسيا", "روسیا", "\u202eروسيا\u202c",
                                     "\u2067روسیا\u2069", "ﺭﻭﺳﯿﺎ"])
def test_spelling_variants_share_one_key(variant):
    assert n.normalize(variant) == "روسيا"


@pytest.mark.parametrize("raw", ["أُسِّست في ٩ سبتمبر ١٩٤٤", "ﻻ ﺭﻭﺳﻴﺎ", "S-400 «اس 400»", ""])
def test_normalize_is_idempotent(raw):
    once = n.normalize(raw)
    assert n.normalize(once) == once


@pytest.mark.parametrize("raw", ["أُسِّست العلاقاتُ", "ﻻ ﺭﻭﺳﻴﺎ\u200f ١٩٧٢", "روســـيا", "abc ABC", "الحکومة العراقیة",
                                 "\u202eروسیا\u202c ﯾ"])
def test_match_key_equals_normalize_and_offsets_are_monotonic(raw):
    mk = n.match_key(raw)
    assert mk.key == n.normalize(raw)
    assert len(mk.offsets) == len(mk.key)
    assert all(a <= b for a, b in zip(mk.offsets, mk.offsets[1:]))
    assert all(0 <= offset < len(raw) for offset in mk.offsets)


def test_a_key_match_maps_back_to_the_words_as_written(history_text):
    mk = n.match_key(history_text)
    found = mk.key.index(n.normalize("وأعيد بناؤها"))  # written without the text's harakat
    start, end = mk.raw_span(found, found + len("واعيد"))
    assert history_text[start:end] == "وأُعِيدَ"


def test_raw_span_keeps_final_diacritics_and_drops_trailing_controls():
    raw = "عُدَّتْ\u200f بغداد"
    mk = n.match_key(raw)
    assert raw.__getitem__(slice(*mk.raw_span(0, 3))) == "عُدَّتْ"
    start, end = mk.raw_span(4, 9)
    assert raw[start:end] == "بغداد"


def test_raw_span_inside_a_presentation_form_ligature():
    mk = n.match_key("ﻻ")
    assert mk.key == "لا"
    assert mk.raw_span(0, 1) == (0, 1)
    assert mk.raw_span(1, 2) == (0, 1)


def test_raw_span_rejects_spans_outside_the_key():
    with pytest.raises(ValueError, match="outside"):
        n.match_key("روسيا").raw_span(2, 9)


def test_bidi_controls_stay_out_of_the_key_and_out_of_quotes():
    raw = "قال \u202eروسيا\u202c اليوم"
    mk = n.match_key(raw)
    assert "\u202e" not in mk.key and "\u202c" not in mk.key
    start = mk.key.index("روسيا")
    s, e = mk.raw_span(start, start + len("روسيا"))
    assert raw[s:e] == "روسيا"


def test_persian_letter_variants_are_recognised_by_the_extractor():
    from analysis.extract import extract

    found = {(m.value, m.text) for m in extract("زار وزیر الخارجیة الروسی کرکوک، وقالت روسیا إن العلاقات جیدة")}
    assert {("Russia", "الروسی"), ("Russia", "روسیا"), ("Kirkuk", "کرکوک")} <= found


def _raw_span_plainly(mk, start: int, end: int) -> tuple[int, int]:
    """The raw span of a key span, read the plain way: to just before the next kept character, trailing
    invisible controls and white space left out (but never the span's own last character)."""
    if start == end:
        at = mk.offsets[start] if start < len(mk.key) else len(mk.raw)
        return at, at
    last = mk.offsets[end - 1]
    raw_end = max(mk.offsets[end] if end < len(mk.key) else len(mk.raw), last + 1)
    while raw_end - 1 > last and mk.raw[raw_end - 1] in n._TRAILING:
        raw_end -= 1
    return mk.offsets[start], raw_end


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="روسيا \n\t\u064e\u0651\u0640\u200f\u200b\ufefb1٢", max_size=25), st.data())
def test_raw_span_equals_its_plain_reading(raw, data):
    mk = n.match_key(raw)
    start = data.draw(st.integers(0, len(mk.key)))
    end = data.draw(st.integers(start, len(mk.key)))
    assert mk.raw_span(start, end) == _raw_span_plainly(mk, start, end)
