"""Segmentation: paragraphs and sentences with exact spans, on real and made-up text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.segment import segment


def sentences_of(text: str) -> list[str]:
    return [s.text for s in segment(text, "t").sentences]


@pytest.mark.parametrize(("text", "expected"), [
    ("بلغت الصفقة 4.2 مليار دولار. ثم ألغيت.", ["بلغت الصفقة 4.2 مليار دولار.", "ثم ألغيت."]),
    ("قال المتحدث (أ.ب) إن الزيارة ناجحة. وأضاف.", ["قال المتحدث (أ.ب) إن الزيارة ناجحة.", "وأضاف."]),
    ("نقلت (أ.ف.ب) الخبر. ثم نفته.", ["نقلت (أ.ف.ب) الخبر.", "ثم نفته."]),
    ("قال د. علي إن الأمر خطير. وسكت.", ["قال د. علي إن الأمر خطير.", "وسكت."]),
    ("وُقعت عام 1972م. ثم جاءت الحرب.", ["وُقعت عام 1972م.", "ثم جاءت الحرب."]),
    ("هل تفرض عقوبات؟ لا أحد يعرف!", ["هل تفرض عقوبات؟", "لا أحد يعرف!"]),
    ("اتفاقية الديون في فبراير 2008؛ جزءاً من الاتفاقات.", ["اتفاقية الديون في فبراير 2008؛", "جزءاً من الاتفاقات."]),
    ('قال: "لن نستبق القرارات." ثم غادر.', ['قال: "لن نستبق القرارات."', "ثم غادر."]),
    ("سطر أول بلا نقطة\nسطر ثان بلا نقطة", ["سطر أول بلا نقطة", "سطر ثان بلا نقطة"]),
    ("النسبة ٢٧٫٣١ في المئة. انتهى.", ["النسبة ٢٧٫٣١ في المئة.", "انتهى."]),
    ("Reuters reported it... Then more.", ["Reuters reported it...", "Then more."]),
    ("موقع example.com نشره. انتهى.", ["موقع example.com نشره.", "انتهى."]),
])
def test_sentence_boundaries(text, expected):
    assert sentences_of(text) == expected


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_spans_index_the_text_whatever_the_line_ends(newline):
    text = newline.join(["عنوان قصير", "", "الجملة الأولى. الجملة الثانية.", "  سطر بمسافات  "]) + newline
    seg = segment(text, "t")
    assert [p.text for p in seg.paragraphs] == ["عنوان قصير", "الجملة الأولى. الجملة الثانية.", "سطر بمسافات"]
    for item in seg.paragraphs + seg.sentences:
        assert text[item.start:item.end] == item.text


def test_paragraph_kinds_and_boilerplate_flag():
    text = "تاريخ العلاقة\nأسست العلاقات في عام 1944 وقطعت بعد ذلك.\n\nلقراءة المزيد اضغط هنا"
    seg = segment(text, "t")
    assert [p.kind for p in seg.paragraphs] == ["heading", "body", "boilerplate"]
    assert [s.is_boilerplate for s in seg.sentences] == [False, False, True]
    assert seg.sentences[-1].text == "لقراءة المزيد اضغط هنا"  # flagged, not deleted


def test_boilerplate_phrase_inside_a_long_body_line_is_still_body():
    line = "وقال المتحدث إن على من يريد معرفة المزيد أن يضغط هنا أو هناك لأن " * 2 + "اضغط هنا."
    assert segment(line, "t").paragraphs[0].kind == "body"


def test_indices_and_article_id():
    seg = segment("أ. ب.\nجملة. جملة أخرى.", "x")
    assert [s.sentence_index for s in seg.sentences] == list(range(len(seg.sentences)))
    assert {s.article_id for s in seg.sentences} == {"x"}
    assert [p.paragraph_index for p in seg.paragraphs] == [0, 1]


def test_whitespace_only_text_has_no_paragraphs():
    assert segment(" \n\t\n", "t").paragraphs == ()


def test_real_articles(history_text, caatsa_text):
    history = segment(history_text, "relations_history")
    assert [p.kind for p in history.paragraphs].count("heading") == 2
    assert history.paragraphs[-1].kind == "boilerplate"
    assert any(s.text == "أُسِّست العلاقات السوفيتية العراقية في 9 سبتمبر/أيلول 1944، وقُطِعَت في عام 1955، "
                         "وأُعِيدَ بناؤها في يوليو/تموز 1958." for s in history.sentences)
    caatsa = segment(caatsa_text, "caatsa")
    assert caatsa.paragraphs[0].text == "التقارب الروسي العراقي يثير مخاوف واشنطن"
    assert caatsa.paragraphs[0].kind == "heading"
    for seg, text in ((history, history_text), (caatsa, caatsa_text)):
        for item in seg.paragraphs + seg.sentences:
            assert text[item.start:item.end] == item.text


def _abbreviation_point_plainly(text: str, at: int) -> bool:
    """The rule for a full stop, read without the shortcut: the letters before it found by one regex each time."""
    import re

    before = text[at - 1] if at > 0 else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if before.isdigit() and after.isdigit():
        return True
    word = re.search(r"[^\W\d_]+$", text[max(0, at - 20):at])
    if word is None:
        return False
    token = word.group()
    before_token = text[at - len(token) - 1] if at - len(token) > 0 else " "
    if len(token) == 1 and not before_token.isalpha():
        return not (token in ("م", "هـ", "ه") and re.search(r"\d\s*$", text[max(0, at - 12):at - 1]))
    return bool(re.match(r"[^\W\d_]", after)) and (len(token) <= 2 or token.isascii())


@settings(max_examples=1000, deadline=None)
@example("²\n.")  # «$» also matches before a final line break: the letters before the break are the word
@given(st.text(alphabet="أبدم ه12.xY_²(\n", max_size=40))
def test_a_full_stop_is_read_as_the_plain_rule_reads_it(text):
    from analysis.segment import _is_abbreviation_point

    for at in [i for i, char in enumerate(text) if char == "."]:
        assert _is_abbreviation_point(text, at) == _abbreviation_point_plainly(text, at), (text, at)


def _segment_plainly(text: str) -> tuple[list, list]:
    """Paragraphs and sentences as the plain reading finds them: each line and sentence trimmed character by
    character, each paragraph's words counted one by one (the sentence ends are the package's own)."""
    import re
    from itertools import islice

    from analysis.charsets import WORD
    from analysis.segment import (_CLOSERS, _LINE, _TERMINATORS, BOILERPLATE_MAX_WORDS, HEADING_MAX_WORDS,
                                  _has_boilerplate, _sentence_cuts, trimmed)
    from analysis.normalize import normalize

    word = re.compile(WORD)
    paragraphs, sentences = [], []
    for line in _LINE.finditer(text):
        start, end = trimmed(text, line.start(), line.end())
        if not word.search(text, start, end):
            continue
        body = text[start:end]
        words = len(list(islice(word.finditer(body), max(HEADING_MAX_WORDS, BOILERPLATE_MAX_WORDS) + 1)))
        if words <= BOILERPLATE_MAX_WORDS and _has_boilerplate(normalize(body)):
            kind = "boilerplate"
        elif words <= HEADING_MAX_WORDS and body.rstrip(_CLOSERS)[-1:] not in _TERMINATORS:
            kind = "heading"
        else:
            kind = "body"
        paragraphs.append((start, end, body, kind))
        for a, b in _sentence_cuts(text, start, end):  # where sentences end is not what this test compares
            a, b = trimmed(text, a, b)
            if word.search(text, a, b):
                sentences.append((a, b, text[a:b], len(paragraphs) - 1, kind == "boilerplate"))
    return paragraphs, sentences


WORDS = st.sampled_from(["قال", "الوزير", "يُعد", "روســيا", "4.2", "_", "x_y", "ـ", "أ", "د", "اضغط هنا", "لقراءة المزيد",
                         "example.com", "1944م", "(أ.ب)"])
SEPARATORS = st.sampled_from([" ", "  ", ". ", "؟ ", "!", "…", "\n", "\r\n", "\r", "\u2028", "\t", "\x85", "\x0c",
                              "\u00a0", '." ', "»", "،", "\u064e", "", "\U0001d400"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(WORDS, SEPARATORS), max_size=60).map("".join))
def test_segmentation_equals_the_plain_reading(text):
    """Lines and sentences trimmed by ``str.strip`` and long paragraphs told apart by one regex give what trimming
    character by character and counting every word gives."""
    paragraphs, sentences = _segment_plainly(text)
    seg = segment(text, "t")
    assert [(p.start, p.end, p.text, p.kind) for p in seg.paragraphs] == paragraphs
    assert [(s.start, s.end, s.text, s.paragraph_index, s.is_boilerplate) for s in seg.sentences] == sentences


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(WORDS, SEPARATORS, st.sampled_from(["...", "؟!", "…»", ".)", "?"])), max_size=40).map("".join),
       st.integers(0, 10), st.integers(0, 10))
def test_sentence_ends_tried_at_the_marks_found_once_are_those_a_scan_of_the_paragraph_finds(text, left, right):
    from analysis.segment import _sentence_cuts, _sentence_marks

    start, end = min(left, len(text)), max(min(left, len(text)), len(text) - right)
    assert _sentence_cuts(text, start, end, _sentence_marks(text)) == _sentence_cuts(text, start, end)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([".", "؟", "?", "!", "؛", "…", "،", "أ", " ", "\n", "\U0001d400", "\ud800"]),
               max_size=40))
def test_the_marks_found_by_searching_for_each_terminator_are_every_terminator_in_text_order(text):
    from analysis.segment import _TERMINATORS, _sentence_marks

    assert _sentence_marks(text) == [at for at, char in enumerate(text) if char in _TERMINATORS]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(WORDS, SEPARATORS, st.sampled_from(["...", "؟!", "…»", ".)", "?", ". \n", " .", "\n."])),
                max_size=40).map("".join))
def test_sentence_ends_found_once_in_the_whole_text_are_those_a_scan_of_each_paragraph_finds(text):
    """The ends read in one pass over the whole text's marks, taken per paragraph, are the cuts the regex finds when
    it scans that paragraph alone (the plain reading)."""
    from analysis.segment import _LINE, _sentence_cuts, _sentence_ends, _sentence_marks, trimmed

    ends = _sentence_ends(text, _sentence_marks(text))
    for line in _LINE.finditer(text):
        start, end = trimmed(text, line.start(), line.end())
        inner = [at for at in ends if start < at <= end]
        assert list(zip([start, *inner], [*inner, end])) == _sentence_cuts(text, start, end), (text, start, end)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(["أ", "ب", " ", "\t", "\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c",
                                         "\U0001d400"]), max_size=30))
def test_lines_cut_at_line_feeds_are_those_the_line_pattern_finds(text):
    from analysis.segment import _LINE, _lines

    assert _lines(text) == [line.span() for line in _LINE.finditer(text)]


def test_a_letter_told_by_string_methods_is_what_the_letter_pattern_matches_in_all_of_unicode():
    from analysis.segment import _LETTER, _is_letter

    every = "".join(map(chr, range(0x110000)))
    matched = {found.start() for found in _LETTER.finditer(every)}
    assert [code for code in range(0x110000) if _is_letter(every[code]) != (code in matched)] == []
    assert not _is_letter("")


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(["ب", "ق", "3", "٣", "²", "_", "\u064e", "\u0670", "ـ", " ", ".", "-",
                                                  "،", "\U0001d400", "x"]), min_size=1, max_size=3),
                min_size=10, max_size=22).map(" ".join))  # about as many words as the limit, give or take
def test_a_line_has_many_words_when_counting_its_words_finds_more_than_a_heading_may_have(text):
    """The possessive pattern that tells a long paragraph says what counting the word matches one by one says."""
    import re
    from itertools import islice

    from analysis.charsets import WORD
    from analysis.segment import _MANY_WORDS, BOILERPLATE_MAX_WORDS, HEADING_MAX_WORDS

    limit = max(HEADING_MAX_WORDS, BOILERPLATE_MAX_WORDS) + 1
    for start in range(len(text)):
        line = text[start:]
        assert bool(_MANY_WORDS.match(line)) == (len(list(islice(re.finditer(WORD, line), limit))) >= limit), line


@pytest.mark.parametrize(("words", "kind"), [(15, "heading"), (16, "body")])
def test_a_line_of_fifteen_words_without_a_full_stop_is_a_heading_and_of_sixteen_body(words, kind):
    assert segment(" ".join(["كلمةُ_ـ"] * words), "t").paragraphs[0].kind == kind


@pytest.mark.parametrize(("words", "kind"), [(10, "heading"), (11, "body")])
def test_with_a_shorter_heading_limit_the_words_of_a_short_line_are_counted(monkeypatch, words, kind):
    """When the two limits differ, a line shorter than the longer one has its words counted against the shorter."""
    import analysis.segment as segmentation

    monkeypatch.setattr(segmentation, "HEADING_MAX_WORDS", 10)
    assert segmentation.segment(" ".join(["كلمة"] * words), "t").paragraphs[0].kind == kind
