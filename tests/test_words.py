"""Words and content-word counts: clitics merged only into stems that occur, names never cut."""

from __future__ import annotations

import pytest

from analysis.lexicons import stopwords
from analysis.words import content_word_counts, prefixed_forms, stem_map, tokens


def test_tokens_keep_diacritics_and_spans():
    text = "وقُطِعَت العلاقات، عام ١٩٥٥."
    found = tokens(text)
    assert [t.text for t in found] == ["وقُطِعَت", "العلاقات", "عام", "١٩٥٥"]
    assert all(text[t.start:t.end] == t.text for t in found)
    assert found[-1].key == "1955"


@pytest.mark.parametrize(("present", "form", "stem"), [
    ({"العراق", "والعراق"}, "والعراق", "العراق"),
    ({"العراق", "للعراق"}, "للعراق", "العراق"),
    ({"الولايات", "للولايات"}, "للولايات", "الولايات"),
    ({"موسكو", "وموسكو"}, "وموسكو", "موسكو"),
    ({"روسيا", "بروسيا"}, "بروسيا", "روسيا"),
])
def test_prefixed_forms_merge_into_stems_that_occur(present, form, stem):
    assert stem_map(present)[form] == stem


@pytest.mark.parametrize("name", ["بغداد", "بيروت", "لبنان", "فرنسا", "كردستان", "واشنطن", "ليبيا"])
def test_names_that_begin_like_a_clitic_are_never_cut(name):
    # «غداد», «يروت», «بنان»… are not words of the text, so nothing is merged
    assert name not in stem_map({name, "العراق"})


def test_the_stem_must_be_in_the_text():
    assert stem_map({"والعراق"}) == {}
    assert "والعراق" in prefixed_forms("العراق")


def test_stopwords_include_clitic_forms_and_exclude_content_words():
    stop = stopwords()
    assert {"في", "والتي", "الي", "عام"} <= stop
    assert not {"روسيا", "العراق", "بغداد", "كاتسا"} & stop


def test_counts_merge_forms_and_keep_the_surface_spelling():
    text = "زار الوزير بغداد. وفي بغداد التقى بالعراقيين، ثم غادر العراق إلى موسكو وعاد للعراق."
    counts = content_word_counts(text, "demo").set_index("word")["count"].to_dict()
    assert counts["بغداد"] == 2
    assert counts["العراق"] == 2
    assert "في" not in counts and "إلى" not in counts


def test_first_occurrence_span_quotes_the_text():
    text = "والعراق بلد. العراق بلد كبير."
    row = content_word_counts(text, "demo").iloc[0]
    assert (row.word, row["count"]) == ("العراق", 2)
    assert text[row.start:row.end] == row.text == "والعراق"


def test_no_content_words():
    assert content_word_counts("في من إلى", "demo").empty
