"""Normalisation: each step, the match key, and its offset map back to the raw text."""

from __future__ import annotations

import pytest

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
    (n.fold_teh_marbuta, "معاهدة", "معاهده"),
    (n.fold_digits, "١٩٧٢", "1972"),
    (n.fold_digits, "۱۹۷۲", "1972"),
    (n.fold_digits, "٤٫٢", "4.2"),
    (n.fold_latin_case, "CAATSA", "caatsa"),
]


@pytest.mark.parametrize(("step", "raw", "expected"), STEP_EXAMPLES)
def test_each_step(step, raw, expected):
    assert step(raw) == expected


@pytest.mark.parametrize("variant", ["رُوسْيَا", "روســـيا", "ﺭﻭﺳﻴﺎ", "روس\u200fيا", "روسيا"])
def test_spelling_variants_share_one_key(variant):
    assert n.normalize(variant) == "روسيا"


@pytest.mark.parametrize("raw", ["أُسِّست في ٩ سبتمبر ١٩٤٤", "ﻻ ﺭﻭﺳﻴﺎ", "S-400 «اس 400»", ""])
def test_normalize_is_idempotent(raw):
    once = n.normalize(raw)
    assert n.normalize(once) == once


@pytest.mark.parametrize("raw", ["أُسِّست العلاقاتُ", "ﻻ ﺭﻭﺳﻴﺎ\u200f ١٩٧٢", "روســـيا", "abc ABC"])
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
