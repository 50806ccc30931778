"""Property tests: no crash on arbitrary Unicode, idempotent normalisation, spans that always map back."""

from __future__ import annotations

from string import ascii_letters

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import charsets as cs
from analysis.normalize import match_key, normalize
from analysis.segment import segment
from analysis.words import content_word_counts, tokens

# Arbitrary Unicode, weighted towards the characters Arabic news text is made of.
ARABIC_BITS = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى") + list(cs.DIACRITICS[:12])
                              + list(cs.INVISIBLES) + [cs.TATWEEL, "ﻻ", "ﺭ", "٫", "٬", "١", "٩", "۴"]
                              + list(" .،؛؟!()«»\"'-/\n\r\t0123456789") + ["هـ", "(أ.ب)", "4.2", "م."])
TEXT = st.one_of(st.text(max_size=300), st.lists(ARABIC_BITS, max_size=120).map("".join),
                 st.lists(st.one_of(ARABIC_BITS, st.characters()), max_size=120).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_normalising_twice_equals_normalising_once(text):
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_match_key_offsets_are_monotonic_and_map_back(text):
    mk = match_key(text)
    assert mk.key == normalize(text)
    assert len(mk.offsets) == len(mk.key)
    assert all(0 <= a <= b < len(text) for a, b in zip(mk.offsets, mk.offsets[1:]))
    for start in range(0, len(mk.key), 7):
        end = min(len(mk.key), start + 5)
        raw_start, raw_end = mk.raw_span(start, end)
        assert 0 <= raw_start <= raw_end <= len(text)
        assert mk.key[start:end] in normalize(text[raw_start:raw_end])


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_every_segment_span_gives_back_its_text(text):
    seg = segment(text, "p")
    for item in seg.paragraphs + seg.sentences:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start:item.end] == item.text
        assert item.text == item.text.strip()
    for sentence in seg.sentences:
        paragraph = seg.paragraphs[sentence.paragraph_index]
        assert paragraph.start <= sentence.start and sentence.end <= paragraph.end


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_words_and_counts_keep_their_spans(text):
    for token in tokens(text):
        assert text[token.start:token.end] == token.text
    counts = content_word_counts(text, "p")
    for row in counts.itertuples():
        assert text[row.start:row.end] == row.text


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_extraction_never_crashes_and_every_span_is_valid(text):
    from analysis.extract import extract

    for item in extract(text):
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start:item.end] == item.text
        assert item.kind in ("date", "period", "amount", "percent", "quantity", "entity")


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_the_fused_normalize_equals_the_steps_in_order(text):
    from analysis.normalize import normalize_stepwise

    assert normalize(text) == normalize_stepwise(text)


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_the_fast_match_key_equals_the_character_by_character_one(text):
    from analysis.normalize import _match_key_slow

    fast, slow = match_key(text), _match_key_slow(text)
    assert fast.key == slow.key and fast.offsets.tolist() == slow.offsets.tolist()


def _pieces_text(words: list[str]):
    """Texts of *words*, each followed by a space, a tab, a line break, nothing or a mark (a strategy)."""
    gaps = st.sampled_from([" ", " ", "\t", "\n", "", " - ", " – ", "/", ": ", "(", ")", "،", "\n  "])
    return st.lists(st.tuples(st.sampled_from(words), gaps), max_size=16).map(
        lambda pairs: "".join(word + gap for word, gap in pairs))


def _joint_words() -> list[str]:
    from analysis.extract.entities.organisations import _joint_pattern, _joint_surfaces

    surfaces = list(_joint_surfaces())
    return surfaces + [clitic + surface for surface in surfaces for clitic in ("و", "ب", "وب", "ف", "5", "_")] \
        + sorted(_joint_pattern()[1]) + ["الروسيه", "العراقيه", "الامنيه", "لجنه", "x", "روسيا"]


@settings(max_examples=250, deadline=None)
@given(_pieces_text(_joint_words()))
def test_the_joint_bodies_read_where_a_head_is_written_are_those_of_the_whole_text(text):
    """The joint-body pattern tried only at the heads that ``str.find`` gives matches what a scan of every
    character finds (the plain reading)."""
    from analysis.extract.entities.organisations import _joint_matches, _joint_pattern

    key = match_key(text).key
    plain = [(m.span(), m.groups()) for m in _joint_pattern()[0].finditer(key)]
    assert [(m.span(), m.groups()) for m in _joint_matches(key)] == plain


def _block_words() -> list[str]:
    from analysis.extract.entities.fields import _block_words

    heads = ["الرقعه", "رقعه", "للرقعه", "البلوك", "بلوك", "منطقه الامتياز", "الرقعه الاستكشافيه", "الرقعه النفطيه"]
    return heads + [clitic + head for head in heads for clitic in ("و", "ب", "ل", "وب", "ف", "5", "_")] \
        + sorted(_block_words()) + ["رقم", "10", "(12)", "( 7 )", "العاشره", "الاولي", "الثانيه", "1,5", "x", "روسيا"]


@settings(max_examples=100, deadline=None)
@given(_pieces_text(_block_words()))
def test_the_blocks_read_where_a_block_word_is_written_are_those_of_the_whole_text(text):
    """The numbered-block pattern tried only where ``str.find`` gives a block word matches what a scan of every
    character finds (the plain reading)."""
    from analysis.extract.entities.fields import _block_matches, _block_pattern

    key = match_key(text).key
    plain = [(m.span(), m.groups()) for m in _block_pattern().finditer(key)]
    assert [(m.span(), m.groups()) for m in _block_matches(key)] == plain


def _not_entity_words() -> list[str]:
    from analysis.extract.entities.known import _not_entity_phrases

    phrases = sorted(_not_entity_phrases())
    words = sorted({word for phrase in phrases for word in phrase.split()})
    return phrases + words + [clitic + word for word in words[:8] for clitic in ("و", "ب", "ال", "5", "_")] \
        + ["القاهره", "روسيا", "x", "ا", "ال", "صلا", "قوه\nالقاهره"]


@settings(max_examples=100, deadline=None)
@given(_pieces_text(_not_entity_words()))
def test_the_phrases_of_no_name_read_where_a_first_word_is_written_are_those_of_the_whole_text(text):
    """The pattern of the phrases in which a name is none («القوة القاهرة»), tried only where ``str.find`` gives the
    first word of one of them, matches what a scan of every character finds (the plain reading)."""
    from analysis.extract.entities.known import _not_entities, _not_entity_matches

    key = match_key(text).key
    plain = [(m.span(), m.groups()) for m in _not_entities().finditer(key)]
    assert [(m.span(), m.groups()) for m in _not_entity_matches(key)] == plain


@settings(max_examples=100, deadline=None)
@given(_pieces_text(['"', "«", "»", "“", "”", '"الشمال"', "«القرنين»", "“ السماوه ”", "الرقعه", "نفط", "الشمال",
                     "5", "x", "_", ".", "!", "؟", "(بترا)", "( سانا )", "(", ")", "قال.", "\t", " ", "\n",
                     '" نفط الشمال "', "«ا ب ت ث»"]))
def test_the_patterns_led_by_a_quote_or_a_stop_tried_where_one_is_written_match_as_on_the_whole_text(text):
    """The quoted-name, opening-quote and closing-agency patterns, tried only where ``str.find`` gives the quote or
    the stop that each starts with, match what a scan of every character finds (the plain reading)."""
    from analysis.extract.entities.common import _QUOTED_NAME, _quoted_name_matches
    from analysis.extract.entities.known import _QUOTE_OPENS, _quote_opens
    from analysis.extract.entities.outlets import _CLOSING_AGENCY, _closing_agency_matches

    key = match_key(text).key
    for pattern, fast in ((_QUOTED_NAME, _quoted_name_matches), (_QUOTE_OPENS, _quote_opens),
                          (_CLOSING_AGENCY, _closing_agency_matches)):
        plain = [(m.span(), m.groups()) for m in pattern.finditer(key)]
        assert [(m.span(), m.groups()) for m in fast(key)] == plain


@settings(max_examples=100, deadline=None)
@given(_pieces_text(["في", "وفي", "ففي", "بفي", "وقت", "سابق", "لاحق", "من", "العام", "الشهر", "الاسبوع", "السنه",
                     "2003", "(", "x", "في وقت", "\u2003", "\u00a0", "وفي وقت سابق من العام", "في\n وقت لاحق من",
                     "ففي وقت سابق من الشهر"]))
def test_the_time_of_a_unit_read_before_a_written_word_for_time_is_what_the_whole_text_gives(text):
    """The pattern of «في وقت سابق من العام», tried only at the «في» before each «وقت» that ``str.find`` gives,
    matches what a scan of every character finds (the plain reading)."""
    from analysis.extract.dates import _time_of_unit, _time_of_unit_matches

    key = match_key(text).key
    plain = [(m.span(), m.groups()) for m in _time_of_unit().finditer(key)]
    assert [(m.span(), m.groups()) for m in _time_of_unit_matches(key)] == plain


@settings(max_examples=300, deadline=None)
@given(_pieces_text(["جنوبالعراق", "فيالعراق", "منال", "الياليمن", "فيال", "والعراق", "العراق", "جنوب", "في", "ال",
                     "وسطالبلاد", "x", "_", "5", "شمالالعراقي", "بينالاطراف", "الحال", "فيالنجف", "فيالنجفي"]))
def test_the_glued_words_read_among_the_long_words_are_those_read_word_by_word(text):
    """The words of a prefix glued to the article, read among the long words alone, are those a reading of every
    word finds (the plain reading)."""
    from analysis.cues import Tokens
    from analysis.extract.entities.places import _glued_prefixes, _glued_words

    key = match_key(text).key
    tokens = Tokens(key)
    plain = [i for i, word in enumerate(tokens.words) if (at := word.find("ال", 2)) >= 2 and len(word) - at >= 5
             and word[:at] in _glued_prefixes()]
    assert _glued_words(tokens) == plain


def _cued_field_words() -> list[str]:
    from analysis.extract.entities.fields import _cued_fields

    names = sorted(_cued_fields())[:12] + ["شرق بغداد", "نفط خانه", "الفرات الاوسط"]
    return names + [clitic + name for name in names for clitic in ("و", "ب", "ل", "وب", "ف", "_", "5", "x")] \
        + [name + tail for name in names[:4] for tail in ("ي", "_", "-2", " 2")] + ["تطوير", "لتطوير", "حقل", "في"]


@settings(max_examples=150, deadline=None)
@given(_pieces_text(_cued_field_words()))
def test_the_cued_fields_looked_for_among_the_words_are_those_the_whole_text_gives(text):
    """The fields read after a cue, looked for only where a word of the text is a name's first word, are those a
    search of the whole key for every name finds (the plain reading)."""
    from analysis.cues import Tokens
    from analysis.extract import _triggers
    from analysis.extract.entities.fields import _fields_by_cue

    mk = match_key(text)
    tokens = Tokens(mk.key)
    tokens.narrow(_triggers())
    assert _fields_by_cue(mk, [], tokens) == _fields_by_cue(mk, [], None)


def _headless_words() -> list[str]:
    from analysis.extract.entities.organisations import _headless_names

    names = sorted(_headless_names())[:10]
    return names + [clitic + name for name in names for clitic in ("و", "ب", "ف", "_", "5", "x")] \
        + [name + tail for name in names[:4] for tail in ("ي", "_", " العراقيه")] \
        + ["مدير", "وقالت", "قال", "شركتي", "شركه", "نفط", "غاز", "الشمال", "و", "مدير ونفط البصره", "مدير وغاز الشمال",
           "وقالت نفط الجنوب", "مدير _نفط الوسط", "مدير بنفط ميسان"]


@settings(max_examples=100, deadline=None)
@given(_pieces_text(_headless_words()))
def test_the_headless_companies_looked_for_among_the_words_are_those_the_whole_text_gives(text):
    """The state companies named without their head, looked for only where a word of the text is a name's first
    word, are those a search of the whole key for every name finds (the plain reading)."""
    from analysis.cues import Tokens
    from analysis.extract import _triggers
    from analysis.extract.entities.organisations import _headless_companies

    mk = match_key(text)
    tokens = Tokens(mk.key)
    tokens.narrow(_triggers())
    assert _headless_companies(mk, [], tokens) == _headless_companies(mk, [], None)


def _day_words() -> list[str]:
    from analysis.extract.dates import ordinal_days

    ordinals = sorted(ordinal_days())[:10] + ["الحادي والعشرين", "الثامن"]
    return ordinals + ["يوم", "يومي", "15", "3", "123", "في15", "الـ15", "ال15", "و7", "احمد20", "من", "15من", "شهر",
                       "اشهر", "ثامن", "x", "_", ".", "،", "\u2003", "في", "الي", "ايار", "بيان", "الاول"]


@settings(max_examples=300, deadline=None)
@given(_pieces_text(_day_words()))
def test_the_day_before_a_month_tested_digit_first_is_what_the_plain_pattern_finds(text):
    """The pattern of a day before a month's name, which tests a digit or a word's start before its look-behinds,
    finds in a window what the pattern without those tests finds (the plain reading)."""
    import re

    from analysis.extract.dates import _patterns

    fast = _patterns()["day_before"]
    starts, digit_first = r"(?=\d|(?<!\w)(?:يوم|", r"(?:(?=\d)(?:(?<![\w.,])"  # the two tests, as written
    assert fast.pattern.count(starts) == 1 and fast.pattern.count(digit_first) == 1
    plain = re.compile(fast.pattern.replace(starts, r"(?=\d|(?:يوم|").replace(digit_first, r"(?:(?:(?<![\w.,])"))
    key = match_key(text).key
    for end in range(len(key) + 1):  # the window before each position, as before a month's name
        found, expected = fast.search(key, max(0, end - 40), end), plain.search(key, max(0, end - 40), end)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_the_long_words_picked_from_the_spans_are_those_counted_word_by_word(text):
    """The words longer than a length, read from the spans of the words in numpy (or, beyond the Basic Multilingual
    Plane, from the words), are those a count of every word's letters gives, and a Latin letter is told as a look
    at every character tells it (the plain readings)."""
    from analysis.cues import Tokens

    tokens = Tokens(match_key(text).key)
    assert tokens.holds_latin() == bool(set(tokens.key) & set(ascii_letters))
    for length in (0, 3, 7, 8):
        assert tokens.longer_than(length) == [i for i, word in enumerate(tokens.words) if len(word) > length]


@settings(max_examples=100, deadline=None)
@given(_pieces_text(["تابعته", "وتابعته", "تابعتها", "تلقت", "تلقته", "نقلته", "اطلعت عليه", "اطلعت", "عليه",
                     "حصلت\nعليه", '"', "«", "»", "“", "”", "(", ")", "الفرات نيوز", "بغداد اليوم", "السومريه", "x", "5",
                     'اطلعت عليه "الفرات نيوز"', "تابعته “السومريه”", "تلقته (بغداد اليوم)", "وتابعته «x»",
                     "تابعتهم «السومريه»", "حصلت عليه\t(x)", "فتابعته", "ابعته"]))
def test_the_relayed_outlets_are_read_only_where_a_cue_s_first_word_is_a_word_of_its_own(text):
    """The outlet named after a cue («في تصريح تابعته “الفرات نيوز”») is read only where the shared trigger pass
    finds a cue's first word as a word of the text, bare or behind «و» or «ف»: the same matches as trying the cue at
    every place a search of the key finds one of its written forms (the plain reading), and none in a text where the
    pass finds no such word."""
    from analysis.cues import Tokens, scan
    from analysis.extract import _triggers
    from analysis.extract.entities.common import _occurrences
    from analysis.extract.entities.outlets import _cue_starts, _outlet_cues, _relayed_outlets

    mk = match_key(text)
    tokens = Tokens(mk.key)
    tokens.narrow(_triggers())
    pattern, firsts = _outlet_cues()
    plain = sorted((at, at + 1) for first in firsts for at in _occurrences(mk.key, first))
    assert [m.span() for m in scan(pattern, mk.key, _cue_starts(tokens))] == \
        [m.span() for m in scan(pattern, mk.key, plain)]
    if not tokens.where(firsts):
        assert _relayed_outlets(mk, [], tokens) == []


@settings(max_examples=100, deadline=None)
@given(_pieces_text(["د.", "د", "ا.د.", "ا.م.د.", "م.م.", "م.د.", "م", "ا", ".", "دكتور", "جوتيار", "عادل", "x", "5"]))
def test_an_academic_title_is_skipped_as_a_look_at_every_title_skips_it(text):
    """The academic title at a word, looked for only at a word of one letter, is the one a look at every title
    finds (the plain reading)."""
    from analysis.cues import Tokens
    from analysis.extract.names import _academic_titles, _after_academic_title, _Text

    mk = match_key(text)
    tokens = Tokens(mk.key)
    words, gaps = tokens.words, tokens.gaps
    names = _Text(mk, [], [], tokens)
    for k in range(len(words) + 1):
        plain = next((k + len(letters) for letters in _academic_titles() if k + len(letters) < len(words)
                      and tuple(words[k:k + len(letters)]) == letters
                      and all(gaps[j + 1].lstrip().startswith(".") for j in range(k, k + len(letters)))), k)
        assert _after_academic_title(names, k) == plain


@settings(max_examples=300, deadline=None)
@given(_pieces_text(["طرازf16", "الs", "s-400", "اس", "400", "f16", "بيa", "بaجb", "mig", "29", "نوع", "منظومه",
                     "طائرات", "x", "5", "_", "x5", "ابc", "بيان", "عام", "2019", "بz", "z"]))
@example("بz 5")  # the last Latin letter glued to an Arabic one, and no other Latin letter in the key
def test_the_latin_letters_glued_to_arabic_ones_looked_for_in_a_key_with_latin_are_those_of_each_word(text):
    """The windows of the weapon designations, the words near a digit searched for a Latin letter glued to an Arabic
    one only in a key that holds a Latin letter (told by the character table), are those a search of each word near
    a digit finds (the plain reading)."""
    from analysis.cues import Tokens, word_starts
    from analysis.extract.entities import weapon_windows
    from analysis.extract.entities.weapons import _LATIN_AFTER_ARABIC

    tokens = Tokens(match_key(text).key)
    assert tokens.holds_latin() == bool(set(tokens.key) & set(ascii_letters))
    digits = tokens.with_digits()
    glued = {(tokens.starts[j] + latin.start(1), tokens.starts[j] + latin.start(1) + 1)
             for i in digits for j in range(max(0, i - 3), i + 1)
             for latin in _LATIN_AFTER_ARABIC.finditer(tokens.words[j])}
    assert weapon_windows(tokens) == sorted(set(word_starts(tokens, digits, words_before=3)) | glued)


def _glued_words_of_names() -> list[str]:
    return ["روسياوالعراق", "المانياوفرنسا", "عمانوقطر", "الخالروسي", "الخلالروس", "العراقوروسيا", "روسياوالعراقي", "الخارجيهالروسي", "الوزراءالعراقي",
            "العاصمهالروسيه", "العراقيهالروسيه", "الخارجيه", "الروسي", "و", "روسيا", "العراق", "shoigu", "Shoigu",
            "lavrov", "SHOIGU", "x", "5", "_", "الالالالالا", "وووووووووو"]


@settings(max_examples=100, deadline=None)
@given(_pieces_text(_glued_words_of_names()))
def test_the_glued_names_read_among_the_long_words_are_those_read_word_by_word(text):
    """Two places glued by «و», a nisba glued to the word before it and a surname in Latin letters, looked for only
    among the words long enough (or, for the surname, among the words that are one), are those a reading of every
    word finds (the plain reading)."""
    from analysis.cues import Tokens
    from analysis.extract import _triggers
    from analysis.extract.entities.people import _latin_surnames
    from analysis.extract.entities.places import _glued_nisbas, _glued_pairs

    class WordByWord(Tokens):
        def longer_than(self, length):
            return [i for i, word in enumerate(self.words) if len(word) > length]

        def where(self, vocabulary):
            return [i for i, word in enumerate(self.words) if word in vocabulary]

    mk = match_key(text)
    tokens, plain = Tokens(mk.key), WordByWord(mk.key)
    tokens.narrow(_triggers())  # the surnames in Latin letters come from the shared trigger pass
    assert tokens.longer_than(7) == plain.longer_than(7) and tokens.longer_than(0) == plain.longer_than(0)
    assert _glued_pairs(tokens, []) == _glued_pairs(plain, [])
    assert _glued_nisbas(tokens, []) == _glued_nisbas(plain, [])
    assert _latin_surnames(mk, tokens, []) == _latin_surnames(mk, plain, [])


@settings(max_examples=300, deadline=None)
@given(_pieces_text(["Sputnik", "Akhbar", "Al", "al", "Khaleej", "of", "the", "NOC", "Lebanon", "24", "1234", "Interfax",
                     "BP", "x", "Xy", "وكالة", "بوتين", "(Vladimir", "Putin)", "ShoiguRT", "روسياRT", "Gazprom", "Neft"]))
def test_the_latin_names_read_among_the_words_that_end_in_a_latin_letter_are_those_read_word_by_word(text):
    """The capitalised Latin names, whose first word is looked for only among the words that end in a Latin letter
    (from the character table), are those a reading of every word finds (the plain reading)."""
    from analysis.cues import Tokens
    from analysis.extract.entities.people import _latin_names

    class WordByWord(Tokens):
        def latin_end(self):
            return list(range(len(self.words)))

    mk = match_key(text)
    assert _latin_names(mk, Tokens(mk.key), []) == _latin_names(mk, WordByWord(mk.key), [])
    spans = [(0, 3, None, "lexicon")] if len(mk.key) >= 3 else []
    assert _latin_names(mk, Tokens(mk.key), spans) == _latin_names(mk, WordByWord(mk.key), spans)


@settings(max_examples=300, deadline=None)
@given(_pieces_text(["محمود", "احمد20", "احمد", "20", "يوليو", "2017", "محمد", "علي5", "ايار", "x7", "العنوان", "_",
                     "حسن12", "مايو"]))
@example("محمود احمد20 يوليو 2017")
@example("العنوان\nمحمود احمد20 يوليو 2017آخر تحديث")
def test_the_bylines_glued_to_a_date_read_before_the_words_with_digits_are_those_read_word_by_word(text):
    """A reporter's name glued to the day after it, looked for only before the words that hold a digit (picked
    from the character table), is what a reading of every word finds (the plain reading)."""
    from analysis.cues import Tokens
    from analysis.extract.names import _bylines_glued_to_dates, _Text

    class EveryWord(Tokens):
        def with_digits(self):
            return list(range(len(self.words)))

    mk = match_key(text)
    assert _bylines_glued_to_dates(_Text(mk, [], [], Tokens(mk.key))) \
        == _bylines_glued_to_dates(_Text(mk, [], [], EveryWord(mk.key)))
    edges = match_key("محمود احمد20 يوليو")  # the text's first word, the month its last
    assert _bylines_glued_to_dates(_Text(edges, [])) == [(0, 10)]


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.none(), st.integers(1900, 2100)), _pieces_text(["السوداني", "والسوداني", "للسوداني", "الرئيس",
                                                                     "وبحث", "المربد", "نيوز", "برس", "x", "5"]))
def test_the_nisba_surnames_of_any_year_are_words_of_the_trigger_pass_that_gates_them(year, text):
    """The nisba surnames are looked for in a text only when the shared trigger pass finds one of their forms of any
    year: every form of every year is one of them, so the gate passes over no text that holds a surname of its
    year; and the outlet words, now found by that pass, are the words a look at each word finds."""
    from analysis.cues import Tokens
    from analysis.extract import _triggers
    from analysis.extract.entities.outlets import _outlet_words
    from analysis.extract.entities.people import _nisba_surname_forms, _nisba_surnames

    assert set(_nisba_surnames(year)) <= _nisba_surname_forms()
    key = match_key(text).key
    tokens, plain = Tokens(key), Tokens(key)
    tokens.narrow(_triggers())
    for vocabulary in (_nisba_surname_forms(), _outlet_words(), _nisba_surnames(year)):
        assert tokens.where(vocabulary) == [i for i, word in enumerate(plain.words) if word in vocabulary]


SPAN = st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda pair: (pair[0], pair[0] + pair[1]))


@settings(max_examples=500, deadline=None)
@given(st.lists(SPAN, max_size=30), st.lists(SPAN, min_size=1, max_size=20))
def test_the_overlap_index_answers_as_a_look_at_every_span(spans, queries):
    """``Spans.overlaps`` (spans sorted by start, the furthest end so far read in C when ends never fall) answers
    as a look at every span does: some span starts before the query ends and ends after it starts."""
    from analysis.extract.spans import Spans

    taken = Spans(spans)
    wide = Spans([(s, e, object(), "lexicon") for s, e in spans])  # the entity rules' spans, given as they are
    for start, end in queries:
        assert taken.overlaps(start, end) == any(s < end and e > start for s, e in spans)
        assert wide.overlaps(start, end) == taken.overlaps(start, end)


@settings(max_examples=100, deadline=None)
@given(_pieces_text(["الشرق", "اليوم", "بغداد", "متابعه", "سكاي", "برس", "اقتصاد", "(بغداد", "7", "x", "يس", "عراق",
                     "\nيس عراق: بغداد", "\n(سبوتنيك", "الشرق -", "\nاليوم –"]))
def test_the_outlet_patterns_tried_where_lines_start_find_what_a_scan_of_every_character_finds(text):
    """A pattern led by ``(?:^|(?<=\\n))``, tried only where a line starts, matches as ``finditer`` does."""
    from analysis.extract.entities.outlets import (_BRACKETED_DATELINE, _OPENING_OUTLET, _OUTLET_THEN_PLACE,
                                                   _at_line_starts)

    key = match_key(text).key
    for pattern in (_OPENING_OUTLET, _OUTLET_THEN_PLACE, _BRACKETED_DATELINE):
        plain = [(m.span(), m.groups()) for m in pattern.finditer(key)]
        assert [(m.span(), m.groups()) for m in _at_line_starts(pattern, key)] == plain
        if pattern is _OPENING_OUTLET:  # its lines without a dash passed over
            assert [(m.span(), m.groups()) for m in _at_line_starts(pattern, key, "-–—")] == plain
    colon = [(m.span(), m.groups()) for m in _OUTLET_THEN_PLACE.finditer(key) if m.group("mark") == ":"]
    assert [(m.span(), m.groups()) for m in _at_line_starts(_OUTLET_THEN_PLACE, key, ":")] == colon  # those with
    # a colon, on the lines that hold one


@settings(max_examples=300, deadline=None)
@given(_pieces_text(["الشرق", "اليوم", "متابعه", "المدي", "الاربعاء", "اقتصاد", "محمد", "احمد", "7", "x", "وكالات",
                     "-", "/ ", "–", "\n", ": ", "بغداد", "24", "..", "\t"]))
def test_the_outlet_patterns_that_read_words_possessively_match_as_the_plain_ones(text):
    """Reading a word of the outlet patterns possessively (``[^\\W\\d_]++``) changes no match: what follows a word
    there is never a letter (the plain pattern, with ``+``, is the oracle)."""
    import re

    from analysis.extract.entities.outlets import _OPENING_OUTLET, _OUTLET_THEN_PLACE, _kind_then_outlet

    key = match_key(text).key
    for pattern in (_OPENING_OUTLET, _OUTLET_THEN_PLACE, _kind_then_outlet()):
        assert "]++" in pattern.pattern
        plain = re.compile(pattern.pattern.replace("]++", "]+"), pattern.flags)
        assert [(m.span(), m.groups()) for m in pattern.finditer(key)] == \
            [(m.span(), m.groups()) for m in plain.finditer(key)]
        assert [(m.span(), m.groups()) for m in (pattern.match(key, at) for at in range(len(key))) if m] == \
            [(m.span(), m.groups()) for m in (plain.match(key, at) for at in range(len(key))) if m]


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, _pieces_text(["صحيفه", "وصحيفه", "لمعهد", "وبمعهد", "و", "ب", "x_1", "٣", "الشرق", "روسيا"])))
def test_the_word_before_a_name_read_back_from_it_is_what_the_pattern_finds(text):
    """The head before a name, read character by character from the name back, is the word the plain pattern
    ``_HEAD_BEFORE`` finds in the twelve characters before it, at every position of a text."""
    from analysis.extract.entities.organisations import _HEAD_BEFORE
    from analysis.extract.entities.outlets import _head_before

    key = match_key(text).key
    for start in range(len(key) + 1):
        found = _HEAD_BEFORE.search(key, max(0, start - 12), start)
        assert _head_before(key, start) == ((found.group("head"), found.start("head")) if found else (None, -1))


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, _pieces_text(["خالد", "وخالد", "الحلبوسي", "و", "ب", "x_1", "٣", "\n", "\t", "  "])),
       st.integers(min_value=0, max_value=32))
def test_the_word_before_a_position_read_back_from_it_is_what_the_pattern_finds(text, reach):
    """The word before spaces that end a window, read character by character from its end back (``word_before``),
    is the word the plain pattern ``(\\w+)[ \\t]+$`` finds in the window, at every position of a text."""
    import re

    from analysis.cues import word_before

    plain = re.compile(r"(\w+)[ \t]+$")
    key = match_key(text).key
    for at in (text, key):
        for start in range(len(at) + 1):
            found = plain.search(at, max(0, start - reach), start)
            assert word_before(at, start, reach) == ((found.group(1), found.start(1)) if found else (None, -1))


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, _pieces_text(["بغداد", "-", " - ", "21", "11", "/", "(", " (", "كونا", ")", "\n", "\t", "٣"])))
@example("بغداد - 21 - 11 (كونا) -- بحث")
def test_a_text_without_a_digit_before_a_bracket_has_no_dateline_day(text):
    """The gate of the datelines' day and month (a digit, spaces or tabs, then «(», as a search for them finds it)
    passes every text in which the pattern ``_DATELINE_DAY`` finds a match (the plain reading)."""
    import re

    from analysis.extract.dates import _DATELINE_DAY, _digit_before_bracket

    for key in (text, match_key(text).key):
        assert _digit_before_bracket(key) or _DATELINE_DAY.search(key) is None
        assert _digit_before_bracket(key) == (re.search(r"\d[ \t]*\(", key) is not None)


def test_reading_a_text_s_entities_keeps_no_reference_to_it():
    """The line starts that the outlet rules share for one text are dropped once its entities are read, so a text
    of 100 MB is not kept alive by them after extraction."""
    import gc
    import weakref

    from analysis.extract import extract_key

    class Key(str):  # a str subclass, so that a weak reference to the key can be taken
        pass

    mk = match_key("بغداد - الشرق اليوم\nمتابعة / المدى\nقال الوزير")
    key = Key(mk.key)
    mk = type(mk)(mk.raw, key, mk.offsets)
    extract_key(mk)
    alive = weakref.ref(key)
    del key, mk
    gc.collect()
    assert alive() is None


def test_ci_draws_the_same_inputs_every_run_and_a_contributor_new_ones():
    """With CI=true the property tests are derandomised (tests/conftest.py), so CI's result does not depend on luck."""
    import os

    from hypothesis import settings as current

    assert current.default.derandomize is (os.environ.get("CI") == "true")


def _misspelt_names_plain(mk, tokens, spans):
    """The misspelt organisations read by looking at every word and every filter in its first order (the reading
    ``organisations._misspelt_names`` replaced: words from the trigger pass, names read already passed over first)."""
    from analysis.extract.entities import lexicon
    from analysis.extract.entities.organisations import (_NAME_GAP, _VOUCHING_QUOTE, _company_canonicals,
                                                         _company_heads, _one_letter_off, _spelling_index)
    from analysis.extract.spans import Spans
    from analysis.lexicons import stopwords

    key, words, index = mk.key, tokens.words, _spelling_index()
    heads, names, common, taken = _company_heads(), lexicon(), stopwords(), Spans(spans)
    found, reached = [], -1
    for i, word in enumerate(words):
        for name, place, entry in index.get(word, ()):
            first, last = i - place, i - place + len(name) - 1
            if first <= reached or first < 0 or last >= len(words) \
                    or not all(_NAME_GAP.fullmatch(tokens.gaps[j]) for j in range(first + 1, last + 1)):
                continue
            written = words[first:last + 1]
            off = [k for k in range(len(name)) if written[k] != name[k]]
            if len(off) != 1 or not _one_letter_off(written[off[0]], name[off[0]]) \
                    or written[off[0]] in names or written[off[0]] in common:
                continue
            start, end = tokens.starts[first], tokens.ends[last]
            if taken.overlaps(start, end):
                continue
            before = key[max(0, start - 12):start]
            if not (before.split()[-1:] and before.split()[-1] in heads or _VOUCHING_QUOTE.search(before)
                    or " ".join(name) in key and entry.canonical in _company_canonicals() or name[0] in heads):
                continue
            found.append((start, end, entry, "pattern"))
            reached = last
            break
    return found


@settings(max_examples=300, deadline=None)
@given(_pieces_text(["لوك", "أويل", "أويك", "غازبروم", "غاوبروم", "نفط", "روسوبورون-إسبورت", "روسوبورون", "إسبورت",
                     "شركة", "مؤسسة", "الاستكشافات", "الاستكشفات", "النفطية", "وزارة", "الدفاع", "الدفاغ", "«",
                     "مجلس", "الأمن", "الأمة", "x", "5"]))
def test_misspelt_names_read_from_the_trigger_pass_as_from_every_word(text):
    """``_misspelt_names`` reads the words of known names from the shared trigger pass and passes over a name read
    already before anything else: it finds what a look at every word, each filter in its first order, finds."""
    from analysis.cues import Tokens
    from analysis.extract import _triggers
    from analysis.extract.entities.known import _lexicon_spans
    from analysis.extract.entities.organisations import _misspelt_names

    mk = match_key(text)
    tokens, plain = Tokens(mk.key), Tokens(mk.key)
    tokens.narrow(_triggers())
    spans = _lexicon_spans(mk.key, tokens, [])
    assert _misspelt_names(mk, tokens, spans) == _misspelt_names_plain(mk, plain, spans)


def _spans_of_words(key: str, picks: list[tuple[int, int, str]]) -> list:
    """Entity spans over runs of the key's words: ``(first word, words, type)`` picks, each found by a pattern."""
    from analysis.cues import Tokens
    from analysis.extract.entities import Entry

    tokens = Tokens(key)
    spans = []
    for first, count, kind in picks:
        if first < len(tokens.words):
            last = min(first + count, len(tokens.words)) - 1
            spans.append((tokens.starts[first], tokens.ends[last], Entry("X", kind), "pattern"))
    return spans


PICKS = st.lists(st.tuples(st.integers(0, 15), st.integers(1, 3), st.sampled_from(["organization", "oil_field"])),
                 max_size=5)


@settings(max_examples=400, deadline=None)
@given(_pieces_text(["بتروفاك", "وبتروفاك", "لبتروفاك", "أنتون", "أويل", "فيلد", "مع", "ترانسماش", "بترانسماش",
                     "غروب", "ليتاسكو", "بدرة", "حقل", "الأحدب", "والأحدب", "مجنون", '"بدرة"', "«الأحدب»", "5", "x"]),
       PICKS)
def test_the_names_read_again_only_where_one_is_written_outside_the_spans_are_those_of_the_plain_reading(text, picks):
    """``_companies_again`` and ``_fields_again`` compile no pattern when none of their names' first words is written
    outside the spans read already: they find what they find with the pattern compiled whenever there is a name."""
    from unittest import mock

    from analysis.extract.entities import fields, organisations

    mk = match_key(text)
    spans = _spans_of_words(mk.key, picks)
    gated = organisations._companies_again(mk, spans), fields._fields_again(mk, spans)
    with mock.patch.object(fields, "_written_outside", lambda key, taken, names: bool(names)), \
            mock.patch.object(organisations, "_written_outside", lambda key, taken, names: bool(names)):
        assert (organisations._companies_again(mk, spans), fields._fields_again(mk, spans)) == gated


@settings(max_examples=200, deadline=None)
@given(_pieces_text(["الدولار", "بالدولار", "للدولار", "دولار", "الأمريكي", "الامريكي", "الأمريكية", "الدينار",
                     "العراقي", "العراقية", "الروبل", "الروسي", "الروسية", "البنوك", "الصيني", "اليوان", "5", "x"]))
def test_the_currencies_read_only_after_a_currency_s_nisba_are_those_of_a_look_before_every_demonym(text):
    """``_currencies_not_demonyms`` reads the word before a demonym only when the demonym is a currency's nisba: it
    keeps what a look before every demonym keeps."""
    from unittest import mock

    from analysis.cues import Tokens
    from analysis.extract.entities import known, places

    mk = match_key(text)
    spans = known._lexicon_spans(mk.key, Tokens(mk.key), [])
    kept = places._currencies_not_demonyms(mk.key, spans)
    every = mock.MagicMock(__contains__=lambda *_: True)  # every demonym taken for a currency's nisba
    with mock.patch.object(places, "_currency_adjectives", lambda: every):
        assert places._currencies_not_demonyms(mk.key, spans) == kept


def _gate_words() -> list[str]:
    from analysis.extract.entities.organisations import _company_head_forms
    from analysis.extract.names import _not_names, company_words

    return sorted(_not_names())[:40] + sorted(_company_head_forms()) + sorted(company_words()) \
        + ["شركة", "وكالة", "انباء", "روسيا", "x", "5"]


@settings(max_examples=300, deadline=None)
@given(_pieces_text(_gate_words()))
def test_every_vocabulary_of_the_trigger_pass_gives_the_words_a_look_at_every_word_gives(text):
    """The shared trigger pass answers each of its vocabularies (the gates' «شركة», the words that are no name and
    the words of company names among them) as a look at every word does (the plain reading)."""
    from analysis.cues import Tokens
    from analysis.extract import _triggers

    key = match_key(text).key
    tokens, plain = Tokens(key), Tokens(key)
    tokens.narrow(_triggers())
    for vocabulary in _triggers().vocabularies:
        assert tokens.where(vocabulary) == plain.where(vocabulary)


@settings(max_examples=300, deadline=None)
@given(_pieces_text(["قال سعد جواد قنديل إن", "قال حسين الكعبي ان", "وقال وزير النفط حيان عبد الغني إن", "قنديل",
                     "وقنديل", "لقنديل", "بقنديل", "الكعبي", "للكعبي", "والكعبي", "بالكعبي", "عبد الغني", "لعبد الغني",
                     "وعبد الغني", "الغني", "التقى", "امس", ".", "x", "5"]))
def test_the_surnames_met_again_read_among_the_words_written_so_are_those_read_word_by_word(text):
    """``_surnames_again`` reads only the words written as a surname found in a full name (or the first word of a
    compound one), with or without «و»، «ل»، «ب»: it finds what a look at every word finds (the plain reading)."""
    from unittest import mock

    from analysis.extract import extract, names

    found = [(m.start, m.end, m.value) for m in extract(text) if m.kind == "entity"]
    with mock.patch.object(names, "_surname_candidates", lambda text, surnames, pairs: range(len(text.words))):
        assert [(m.start, m.end, m.value) for m in extract(text) if m.kind == "entity"] == found


def _headed_town_words() -> list[str]:
    heads = ["قضاء", "بلده", "مدينه", "مدينتي", "قريه", "منفذ", "غرب", "ناحيه"]
    towns = ["القائم", "ربيعه", "زمار", "الفرات", "البوكمال", "الدوير"]
    return heads + towns + [clitic + word for word in heads for clitic in ("و", "ب", "ل", "ف", "وب", "ول", "ا", "5", "_")] \
        + ["و", " ", "\t", "\n", "-", "x", "ال", "(", "بلدهالقائم"]


@settings(max_examples=300, deadline=None)
@given(_pieces_text(_headed_town_words()))
@example("ولقضاء القائم وفقضاء ربيعه")
@example("ابلده القائم 5بلده زمار _غرب الفرات وبلده الدوير")
def test_the_towns_read_after_a_head_at_a_word_start_are_those_of_the_plain_pattern(text):
    """The towns after a head, searched for by the pattern's core and kept where a word starts there, bare or behind a
    proclitic (``AtWordStart``), or tried only where the shared trigger pass finds a head's first word, are those the
    plain pattern, led by its look-behind and optional proclitic, finds trying every character (the plain reading)."""
    import re

    from analysis.cues import AtWordStart, Tokens
    from analysis.extract import _triggers
    from analysis.extract.entities.places import _headed_towns

    key = match_key(text).key
    tokens = Tokens(key)
    tokens.narrow(_triggers())
    for pattern in _headed_towns():
        if isinstance(pattern, AtWordStart):
            plain = re.compile(r"(?<!\w)(?:[وبلف]|وب|ول)?" + pattern.core.pattern)
            expected = [(m.span("name"), m.group("name")) for m in plain.finditer(key)]
            assert [(m.span("name"), m.group("name")) for m in pattern.finditer(key)] == expected
            assert [(m.span("name"), m.group("name")) for m in pattern.finditer(key, tokens)] == expected


@settings(max_examples=300, deadline=None)
@given(_pieces_text(["س.", "ي.", "س.ف.", "لافروف", "بروكوفييف", "الوزير.", "د.", "5.", "_.", "x.", ".", "ا", "«", "(",
                     "،", "قال"]))
@example("قال س. ي. بروكوفييف")
@example("(س.ف.لافروف")
def test_the_initials_gate_lets_through_every_text_the_initials_pattern_matches(text):
    """The gate of the initials rule (a letter alone before a full stop, found by ``str.find``) never turns away a
    text in which the initials pattern, tried at every character, finds initials before a surname."""
    from analysis.extract.entities.people import _INITIALS, _initial_written

    key = match_key(text).key
    if _INITIALS.search(key):
        assert _initial_written(key)


@settings(max_examples=300, deadline=None)
@given(_pieces_text(["تنظيم", "وتنظيم", "لتنظيم", "ميليشيا", "القاعده", "الحوثي", "داعش", "في", "يوم", "وفي", "فيوم",
                     "28", "5", "2019", "الماضي", "المقبل", "ا", "x", "_", "5في", "اتنظيم"]))
@example("وفي 28 الماضي 5تنظيم القاعده اتنظيم داعش _في 5 المقبل")
@example("فيوم 28 الماضي")
def test_the_patterns_read_at_a_word_start_match_as_their_plain_patterns(text):
    """The armed group after its description and a day of another month («في 28 الماضي»), searched for by their
    cores and kept where a word starts (``AtWordStart``), are what their plain patterns find trying every character."""
    import re

    from analysis.extract.dates import _patterns
    from analysis.extract.entities.organisations import _group_after_description

    key = match_key(text).key
    for pattern, before, group in ((_group_after_description(), r"(?<![^\W\d_])", "name"),
                                   (_patterns()["day_other_month"], r"(?<!\w)[وف]?", "day")):
        plain = re.compile(before + pattern.core.pattern)  # the pattern as it was written before, led by its look-behind
        # the whole match of the plain pattern holds the proclitic; the groups' spans and values must agree
        assert [(m.span(group), m.groupdict()) for m in pattern.finditer(key)] == \
            [(m.span(group), m.groupdict()) for m in plain.finditer(key)]


@settings(max_examples=350, deadline=None)
@given(_pieces_text(["في", "وفي", "ففي", "يوم", "فيوم", "من", "وحتي", "لغايه", "28", "5", "31", "2019", "0", "الماضي",
                     "المقبل", "الجاري", "الحالي", "الماضيين", "المنصرم", "والماضي", "x", "_", ".", ",", "/", "ا", "5في",
                     "x28"]))
@example("وفي 28 الماضي ويوم 5 المقبل في 15 الجاري")
@example("5 الجاري في 28 الماضي")
@example("ففي 28 الماضي .5 الجاري /5 الحالي x28 الماضي")
def test_the_days_of_a_month_read_back_from_their_adjectives_are_those_of_the_plain_patterns(text):
    """The days before «الجاري» and the particle, day and adjective of «في 28 الماضي», tried only back from each
    adjective the shared trigger pass finds, are at the spans the plain patterns find trying every character (the
    plain readings), in the same order."""
    import re

    from analysis.cues import Tokens
    from analysis.extract import _triggers
    from analysis.extract.dates import _day_this_month_points, _patterns

    key = match_key(text).key
    tokens = Tokens(key)
    tokens.narrow(_triggers())
    this_month = [m.span() for m in _patterns()["day_this_month"].finditer(key) if 1 <= int(m.group("day")) <= 31]
    plain = re.compile(r"(?<!\w)[وف]?" + _patterns()["day_other_month"].core.pattern)
    other_months = [(m.start("day"), m.end()) for m in plain.finditer(key) if 1 <= int(m.group("day")) <= 31]
    assert [(p.start, p.end) for p in _day_this_month_points(key, "2019-03-10", tokens)] == this_month + other_months


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, _pieces_text(["مطار", "ومطار", "بمطار", "وبمطار", "ولمطار", "فمطار", "امطار", "و", "ب", "ل",
                                     "وب", "x_", "_", "٣", "5"])))
@example("ومطار")
@example("وبمطار")
@example("مطار وب")
def test_a_clitic_before_a_word_start_reads_as_each_test_it_replaces(text):
    """``after_clitic`` says what each test written by hand before it said, at every position of a text: the first
    clitic of a list found before the position (``_paired_places``, ``_facilities``, ``_committees_of_councils``),
    one letter of a set before it (``_short_names_after_full``, ``_short_names_again``, the streets of
    ``_facilities``) and the same test written the other way round (``_organs_of_bodies``)."""
    from analysis.cues import after_clitic

    def first_of(key, at, clitics):
        return next((len(c) for c in clitics if key.startswith(c, at - len(c))
                     and (at - len(c) == 0 or not key[at - len(c) - 1].isalnum())), None) is not None

    def one_of(key, at, letters):
        return at == 0 or not key[at - 1].isalnum() or key[at - 1] in letters and (at == 1 or not key[at - 2].isalnum())

    def not_inside(key, at):
        return not (at and key[at - 1].isalnum() and not (at == 1 and key[0] in "وبل" or key[at - 1] in "وبل"
                                                            and (at == 1 or not key[at - 2].isalnum())))

    for key in (text, match_key(text).key):
        for at in range(len(key) + 1):
            for clitics in (("وب", "ول", "و", "ب", "ل", ""), ("و", "")):  # read where a head of three letters
                if at + 3 <= len(key):  # or more starts: near the end, ``at - len(c)`` reads the text from its end
                    assert after_clitic(key, at, clitics) == first_of(key, at, clitics)
            for letters in ("وفب", "وفلب", "وبل"):
                assert after_clitic(key, at, ("", *letters)) == bool(one_of(key, at, letters))
            assert after_clitic(key, at, ("", "و", "ب", "ل")) == not_inside(key, at)
