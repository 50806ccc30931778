"""The word lists behind names found by context: well-formed, documented, and read as the rules expect."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import paths
from analysis.extract.names import given_names, media_heads, heads_in_names
from analysis.normalize import match_key, normalize

TABLES = {  # file: (the column holding the words, the column that says what each is or where it comes from)
    "given_names.csv": ("name", "source"), "name_shapes.csv": ("ending", "gloss"),
    "person_titles.csv": ("title", "gloss"), "name_stops.csv": ("word", "gloss"), "org_patterns.csv": ("head", "gloss"),
    "not_names.csv": ("word", "gloss"), "not_acronyms.csv": ("acronym", "gloss"), "decades.csv": ("word", "gloss"),
    "year_parts.csv": ("phrase", "gloss"), "relative_dates.csv": ("phrase", "gloss"), "ordinals.csv": ("word", "gloss"),
    "weekday_words.csv": ("phrase", "gloss"), "month_parts.csv": ("phrase", "gloss"),
    "vague_quantities.csv": ("word", "gloss"), "letter_names.csv": ("name", "gloss"), "not_entities.csv": ("phrase", "why"),
}


def rows(name: str) -> list[dict[str, str]]:
    with open(paths.PACKAGE_DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("name", sorted(TABLES))
def test_word_lists_are_documented_glossed_and_free_of_duplicates(name):
    word, gloss = TABLES[name]
    table = rows(name)
    assert table and all(row[word].strip() for row in table)
    assert gloss in table[0], f"{name} needs a {gloss} column"
    assert f"`{name}`" in (paths.PACKAGE_DATA / "README.md").read_text(encoding="utf-8")
    keys = [(normalize(row[word]), row.get("unit", ""), row.get("applies_to", ""), row.get("letter", "")) for row in table]
    assert len(keys) == len(set(keys)), f"{name} repeats an entry"


def test_given_names_that_are_common_words_are_marked_ambiguous():
    names = given_names()
    for word in ("صالح", "علي", "حسن", "سعيد", "صباح"):
        assert names[normalize(word)] is True
    for word in ("دميتري", "سيرغي", "فؤاد"):
        assert names[normalize(word)] is False


def test_head_nouns_say_how_they_name():
    assert normalize("وكالة") in heads_in_names() and normalize("شركة") not in heads_in_names()
    assert normalize("قناة") in media_heads() and normalize("موقع") not in media_heads()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["وزير", "الخارجية", "سيرغي", "لافروف", "،", " ", "  ", "\n"]), max_size=12).map(" ".join),
       st.lists(st.tuples(st.integers(0, 80), st.integers(0, 20)), max_size=8))
def test_the_words_a_span_covers_are_those_a_plain_loop_flags(text, spans):
    from analysis.extract.names import _Text

    mk = match_key(text)
    spans = [(start, start + length) for start, length in spans]
    flagged = _Text(mk, spans)._covered(spans)
    plain = [any(start < e and s < end for start, end in spans) for s, e in zip(*_word_spans(mk.key))]
    assert flagged == plain


def _word_spans(key: str) -> tuple[list[int], list[int]]:
    import re

    words = list(re.finditer(r"\w+", key))
    return [w.start() for w in words], [w.end() for w in words]
