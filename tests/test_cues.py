"""One tokenisation shared by the recognisers, the compiled phrase lexicon, and scans restricted to windows.

The windowed scans are an optimisation: each is checked here against the whole-text scan it replaces, on
hand-made sentences and on generated text made of the pieces dates, designations and acronyms are made of.
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.cues import Lexicon, Tokens, Vocabularies, alternation, around, initials, scan, word_starts
from analysis.extract import amounts, dates, entities, names
from analysis.extract.entities import outlets, weapons
from analysis.normalize import match_key


def test_tokens_give_back_every_word_with_its_span_and_the_gaps_between():
    key = "«وصل» الوفد، إلى بغداد 2019م"
    tokens = Tokens(key)
    assert tokens.words == [key[s:e] for s, e in zip(tokens.starts, tokens.ends)]
    assert tokens.words == re.findall(r"\w+", key)
    assert "".join(g + w for g, w in zip(tokens.gaps, tokens.words)) + tokens.gaps[-1] == key
    assert tokens.joined(1) is False and tokens.joined(3) is True  # «الوفد، إلى»: a comma; «إلى بغداد»: a space


def test_tokens_pick_words_by_vocabulary_digits_and_latin_ending():
    tokens = Tokens("زار NATO وNATO بغداد ب5 و2019 عام")
    assert tokens.where({"بغداد", "عام"}) == [3, 6]
    assert tokens.with_digits() == [4, 5]
    assert tokens.latin_end() == [1, 2]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["زار", "الوفد", "بغداد", "ثم", "غادر", "2019", "NATO"]), max_size=15))
def test_narrowed_tokens_find_each_vocabularys_words_as_a_pass_over_every_word_does(words):
    first, second, third = frozenset({"بغداد", "زار"}), {"زار": 1, "غادر": 2}, frozenset({"NATO", "بغداد", "ثم"})
    narrowed, key = Tokens(" ".join(words)), " ".join(words)
    narrowed.narrow(Vocabularies([first, second, third]))
    for vocabulary in (first, second, third, frozenset({"الوفد"})):
        assert narrowed.where(vocabulary) == Tokens(key).where(vocabulary)


def test_an_empty_text_has_no_words():
    tokens = Tokens("")
    assert (tokens.words, tokens.starts, tokens.ends, tokens.gaps) == ([], [], [], [""])
    assert tokens.where({"x"}) == [] and tokens.with_digits() == []


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("بغد اﻻ19٣_²½Az,.\n\u064e\t\x1c\x85\u2028\u3000\uffff") + ["\U0001d400", "\U00010330"]), max_size=30))
def test_tokens_read_from_tables_equal_the_words_read_one_by_one(key):
    """The spans, the words and gaps, the words with a digit and those ending in a Latin letter, computed from
    character tables (or word by word for a text beyond the Basic Multilingual Plane), are those a plain reading of
    the words gives."""
    tokens, words = Tokens(key), list(re.finditer(r"\w+", key))
    assert (tokens.starts, tokens.ends) == ([w.start() for w in words], [w.end() for w in words])
    parts = re.split(r"(\w+)", key)
    assert (tokens.words, tokens.gaps) == (parts[1::2], parts[0::2])
    assert tokens.with_digits() == [i for i, w in enumerate(words) if not w.group().isalpha()]
    assert tokens.latin_end() == [i for i, w in enumerate(words) if w.group()[-1] in string.ascii_letters]


@pytest.mark.parametrize(("text", "expected"), [
    ("زار بغداد", [(4, 9, "بغداد")]),
    ("وبغداد", [(1, 6, "بغداد")]),  # a conjunction and a preposition are left out of the span
    ("وللعراق", [(1, 7, "العراق")]),  # «لل» stands for ل + the article: the span starts at it
    ("البغدادي", []),  # a longer word is not the name
    ("بغدادي", []),
    ("مجلس الأمن الروسي", [(0, 17, "مجلس الامن الروسي")]),  # the longest phrase wins
    ("مجلس الأمن", [(0, 10, "مجلس الامن")]),
    ("مجلس، الأمن", []),  # a comma breaks a phrase
])
def test_lexicon_finds_the_longest_phrase_in_its_written_forms(text, expected):
    lexicon = Lexicon(["بغداد", "العراق", "مجلس الامن", "مجلس الامن الروسي"])
    key = match_key(text).key
    assert [(m.start, m.end, m.phrase) for m in lexicon.find(Tokens(key))] == expected


def test_lexicon_joiner_says_what_may_stand_between_the_words_of_a_name():
    lexicon = Lexicon(["شفق نيوز"], joiner=re.compile(r"(?:\s*[\"«»]\s*|\s+)"))
    assert [m.phrase for m in lexicon.find(Tokens('وكالة «شفق" نيوز'))] == ["شفق نيوز"]
    assert Lexicon(["شفق نيوز"]).find(Tokens('«شفق" نيوز')) == []


def test_a_word_that_starts_like_a_proclitic_is_read_whole_first():
    lexicon = Lexicon(["بغداد", "غداد"])
    assert [(m.start, m.phrase) for m in lexicon.find(Tokens("بغداد"))] == [(0, "بغداد")]


def _longest_at(lexicon: Lexicon, tokens: Tokens, i: int):
    """The longest phrase at word *i* read the plain way: every reading of the word, every phrase, in order."""
    for reading, offset in lexicon.surfaces.get(tokens.words[i], ()):
        for phrase in lexicon.phrases[reading]:
            last = i + len(phrase) - 1
            if last < len(tokens) and tokens.words[i + 1:last + 1] == list(phrase[1:]) \
                    and all(tokens.joined(j) for j in range(i, last)):
                return tokens.starts[i] + offset, tokens.ends[last], " ".join(phrase)
    return None


_PHRASES = ["بغداد", "غداد", "مجلس الامن", "مجلس الامن الروسي", "لمجلس", "العراق", "بحر قزوين", "بحر"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["بغداد", "وبغداد", "مجلس", "لمجلس", "ولمجلس", "الامن", "الروسي", "للعراق",
                                 "بحر", "وبحر", "قزوين", "غداد", "،", "و"]), max_size=12))
def test_the_lexicons_shortcuts_read_each_word_as_the_plain_loop_does(words):
    lexicon, tokens = Lexicon(_PHRASES), Tokens(" ".join(words))
    for i in range(len(tokens)):
        found = lexicon.at(tokens, i)
        assert (None if found is None else (found.start, found.end, found.phrase)) == _longest_at(lexicon, tokens, i)


def test_scan_in_windows_equals_the_whole_text_scan_where_the_windows_cover_the_matches():
    pattern = re.compile(r"(?<!\w)(?:منذ\s+)?(?:عام\s+)?\d{4}(?!\w)")
    key = "منذ عام 1990 ثم 2003، و2011 وعام2019 و 1234x"
    tokens = Tokens(key)
    windows = word_starts(tokens, tokens.with_digits(), words_before=2)
    assert [m.span() for m in scan(pattern, key, windows)] == [m.span() for m in pattern.finditer(key)]
    assert [m.group() for m in scan(pattern, key, around(tokens, tokens.with_digits(), before=8))] == \
        [m.group() for m in pattern.finditer(key)]


def test_scan_takes_each_match_against_the_whole_text_not_the_window():
    pattern = re.compile(r"\d{4}(?:\s*م)?(?!\w)")
    key = "عام 1990" + " " * 100 + "م"  # the era mark lies beyond the window's reach
    assert [m.group() for m in scan(pattern, key, [(4, 5)], reach=5)] == [m.group() for m in pattern.finditer(key)]


PIECES = st.sampled_from([
    " ", " ", "  ", "،", ".", "/", "-", "–", "(", ")", "\n", "و", "ب", "ف", "ال", "منذ", "عام", "العام", "سنة", "من",
    "إلى", "حتى", "بين", "عامي", "1990", "2019", "٢٣", "12", "5", "1433", "هـ", "م", "آب", "أيلول", "سبتمبر",
    "كانون", "الثاني", "حزيران", "أمس", "اليوم", "الأسبوع", "الماضي", "المقبل", "يوم", "الخميس", "الأحد", "الجاري",
    "إس", "400", "إم", "آي", "28", "S-400", "NATO", "OPEC", "وNATO", "G20", "سي", "إن", "في", "الستينات", "الربع", "الأول",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
@example("فيمنذ2828")  # the whole-text scan once read «منذ2828» after a glued «في», where no window starts
def test_every_windowed_date_pattern_finds_what_the_whole_text_scan_finds(text):
    key = match_key(text).key
    windows = dates._windows(Tokens(key))
    for name in ("month", "relative", "weekday", "numeric", "year"):
        pattern = dates._patterns()[name]
        assert [m.span() for m in scan(pattern, key, windows[name])] == [m.span() for m in pattern.finditer(key)], name
    assert bool(list(scan(dates._patterns()["hijri_era"], key, windows["hijri_era"]))) == \
        bool(dates._patterns()["hijri_era"].search(key))


@settings(max_examples=250, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_designations_and_acronyms_in_windows_equal_the_whole_text_scan(text):
    mk = match_key(text)
    tokens = Tokens(mk.key)
    weapon = weapons._weapon_pattern()
    assert [m.span() for m in scan(weapon, mk.key, entities.weapon_windows(tokens))] == \
        [m.span() for m in weapon.finditer(mk.key)]
    assert [(f.start, f.end) for f in names._acronyms(mk, tokens)] == \
        [m.span() for m in names._ACRONYM.finditer(mk.key) if _acronym_like(mk.raw[slice(*mk.raw_span(*m.span()))])]


BRACKETED = st.sampled_from(["(", ")", "( ", " )", "«", "»", '"', "“", "”", "'", "-", " - ", "—", "\n", " ", "  ", "\t",
                             "بغداد", "اليوم", "المدى", "الصباح", "الزمان", "لـ", "ل", "و", "(بغداد اليوم)", "ـ"])


@settings(max_examples=100, deadline=None)
@given(st.lists(BRACKETED, max_size=30).map("".join))
def test_bracketed_names_tried_where_a_first_word_stands_equal_the_whole_text_scan(text):
    """Bracketed names («(بغداد اليوم)»، «"المدى"») tried only at the words that can start them are those a scan of
    the whole key finds."""
    key = match_key(text).key
    pattern = outlets._bracketed_pattern()[0]
    windows = outlets._bracketed_starts(Tokens(key))
    assert windows is not None or "ـ" in key
    found = pattern.finditer(key) if windows is None else scan(pattern, key, windows)
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(key)]


@given(st.lists(st.sampled_from(["\n", " ", "\t", "\r", "بغداد", "-", "\u2028"]), max_size=20).map("".join))
def test_line_starts_found_from_the_line_breaks_are_those_of_a_multiline_scan(key):
    assert outlets._line_starts(key) == {found.end() for found in re.finditer(r"^[ \t]*", key, re.MULTILINE)}


def _acronym_like(raw: str) -> bool:
    return raw.isupper() and raw.isascii() and raw.rstrip("+") not in names._not_acronyms()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(PIECES, st.sampled_from(["(", "( ", "4.2", "1,000", "ب5", "الـ15", "ثلاثة", "مليار", "x9"])),
                max_size=40).map("".join))
def test_numbers_are_tried_wherever_a_digit_scan_would_try_them(text):
    key = match_key(text).key
    tokens = Tokens(key)
    digit_starts = {m.start() for m in re.finditer(r"\((?=\s*\d)|\d(?<![\d.,]\d)", key)}
    word_starts_ = {tokens.starts[i] + amounts._number_forms()[tokens.words[i]] for i in tokens.where(amounts._number_forms())}
    assert amounts._number_starts(key, tokens) == sorted(digit_starts | word_starts_)


# --- Cue lexicons: one matcher, one alternation builder ---------------------------------------------------------

from pathlib import Path  # noqa: E402

from analysis.cues import PROCLITIC_OR_ARTICLE, Cues, alternation, plain_alternation  # noqa: E402


@pytest.mark.parametrize("phrases, kwargs, expected", [
    (["مليون", "مليار دولار", "مليار"], {}, r"مليار\s+دولار|مليون|مليار"),
    (["اكبر", "من", "اكبر"], {}, "اكبر|من"),  # a duplicate once
    (["ام اي", "مي"], {"joiner": " "}, "ام اي|مي"),
    (["a.b", "cd"], {"longest_first": False}, r"a\.b|cd"),
])
def test_alternation_escapes_joins_and_orders_longest_first(phrases, kwargs, expected):
    assert plain_alternation(phrases, **kwargs) == expected


@pytest.mark.parametrize("phrases, kwargs, expected", [
    (["مليون", "مليار دولار", "مليار"], {}, r"ملي(?:ار(?:\s+دولار)?|ون)"),
    (["اكبر", "من", "اكبر"], {}, "اكبر|من"),
    (["ام اي", "ام", "مي"], {"joiner": " "}, "ام(?: اي)?|مي"),
    (["a.b", "a.c"], {}, r"a\.(?:b|c)"),
    (["a.b", "cd"], {"longest_first": False}, r"a\.b|cd"),  # in the given order: one branch per phrase
    (["اب", "اج"], {"joiner": r"\s*"}, "اب|اج"),  # a joiner that may match nothing: one branch per phrase
])
def test_alternation_shares_the_start_of_phrases_that_start_alike(phrases, kwargs, expected):
    assert alternation(phrases, **kwargs) == expected


PHRASE_WORDS = st.sampled_from(["ا", "ال", "الا", "الاول", "اول", "ب", "بي", "a", "a.", "ab", "[x]", "ملي", "مليار"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(PHRASE_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=8),
       st.sampled_from([r"\s+", r"[ \t]+", " "]),
       st.lists(st.sampled_from(["ا", "ل", "و", "ي", "ب", "ر", "م", "a", ".", "b", "[x]", " ", "  ", "\t", "\n"]),
                max_size=25).map("".join))
def test_the_trie_alternation_matches_what_one_branch_per_phrase_matches(phrases, joiner, text):
    """Written as a trie or as one branch per phrase, an alternation finds the same matches, also where what
    follows it makes the engine go back into it for a shorter phrase."""
    trie, plain = alternation(phrases, joiner), plain_alternation(phrases, joiner)
    for template in ("(?:{})", "(?<!\\w)(?P<x>{})(?!\\w)", "(?:{})(?:\\s+ب|ا)", "(?:{})$", "(?:{}) ?(?:{})"):
        fast, slow = re.compile(template.format(trie, trie)), re.compile(template.format(plain, plain))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], template
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
        assert [m.groups() for m in fast.finditer(text)] == [m.groups() for m in slow.finditer(text)]


def _found(cues: Cues, key: str) -> list[tuple[str, int]]:
    return [(key[m.start:m.end], m.index) for m in cues.find(key)]


def test_a_cue_matches_after_a_proclitic_at_the_start_of_a_word_only():
    cues = Cues(["قطع", "غزو"])
    assert _found(cues, "وقطعت العلاقات بعد الغزو وللغزو") == [("قطع", 0), ("غزو", 1)]  # «الغزو»: «ال» is no proclitic
    assert _found(cues, "انقطع") == []  # inside a word: no cue


def test_a_whole_word_cue_does_not_run_into_the_rest_of_the_word():
    assert _found(Cues(["قد"], whole_word=True), "قدم قد") == [("قد", 0)]
    assert _found(Cues(["قد"]), "قدم") == [("قد", 0)]


def test_the_longest_cue_at_a_position_wins_and_a_gap_allows_up_to_six_words():
    cues = Cues(["نفي", "نفي … ان"])
    assert _found(cues, "نفي الوزير ان") == [("نفي الوزير ان", 1)]
    assert _found(cues, "نفي ا ب ج د ه و ان") == [("نفي ا ب ج د ه و ان", 1)]
    assert _found(cues, "نفي ا ب ج د ه و ز ان") == [("نفي", 0)]  # seven words between: too far


def test_resolving_longest_first_over_the_text_takes_the_article_with_the_cue():
    leftmost = Cues(["اول", "الاول"], before=PROCLITIC_OR_ARTICLE, whole_word=True)
    longest = Cues(["اول", "الاول"], before=PROCLITIC_OR_ARTICLE, whole_word=True, resolve="longest")
    assert _found(leftmost, "الاول") == [("اول", 0)]  # the article taken as a clitic
    assert _found(longest, "الاول") == [("الاول", 1)]
    with pytest.raises(ValueError, match="resolve"):
        Cues(["اول"], resolve="first")


def test_a_cue_may_require_or_forbid_its_next_word_and_still_consumes_its_words():
    hedges = Cues(["قد"], whole_word=True, followed_by=[r"[يت]\w+"])
    assert _found(hedges, "قد يتاثر و قد استخدم") == [("قد", 0)]
    superlatives = Cues(["من اكبر", "اكبر"], whole_word=True, resolve="longest", unless_followed_by=["", "من"])
    assert _found(superlatives, "اكبر من ذلك") == []
    assert _found(superlatives, "من اكبر مشتر") == [("من اكبر", 0)]


def test_first_names_the_first_cue_in_lexicon_order_that_starts_a_word():
    topics = Cues(["مشتر", "مستورد"], before=PROCLITIC_OR_ARTICLE, joiner=" ")
    assert topics.first("والمستوردين") == 1
    assert topics.first("مشتري") == 0
    assert topics.first("سلاح") is None
    assert topics.first("للمستوردين") == 1  # «ل» with the article is written «لل»
    assert topics.first("وللمشترين") == 0


# Regex alternations built from a word list outside ``analysis.cues``, allowed for a stated reason.
_ALLOWED = {
    ("reference.py", "re.escape(row.alias)"): "Latin SIPRI aliases searched one by one in reference text, no Arabic cue",
    ("normalize.py", "re.escape(_DELETED)"): "a character class of deleted characters, no word list",
    ("schemas.py", "re.escape(GENERATED_START)"): "the markers of a generated README section",
    ("schemas.py", "re.escape(GENERATED_END)"): "the markers of a generated README section",
    ("segment.py", "re.escape(_TERMINATORS)"): "a character class of sentence terminators, no word list",
    ("segment.py", "re.escape(_CLOSERS)"): "a character class of closing marks, no word list",
}


def test_no_module_outside_cues_builds_a_regex_alternation_from_a_word_list():
    package = Path(__file__).resolve().parents[1] / "src" / "analysis"
    found = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "cues.py" and path.parent == package:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for needle in ('"|".join(', "'|'.join(", "re.escape("):
                at = line.find(needle)
                while at != -1:
                    call = line[at:line.find(")", at) + 1]
                    if (path.name, call) not in _ALLOWED:
                        found.append(f"{path.relative_to(package)}: {line.strip()}")
                    at = line.find(needle, at + 1)
    assert not found, "build the alternation with analysis.cues.alternation or Cues instead:\n" + "\n".join(found)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["الثاني", "ثالث", "الاول", "a.b", "[x]", "يوم"]), min_size=1, max_size=4),
       st.text(alphabet="الثانيوم a.b[x]", max_size=30))
def test_a_pattern_led_by_the_initials_of_its_words_finds_what_it_found_without_them(words, text):
    plain = re.compile(f"(?:{alternation(words)})")
    led = re.compile(f"(?={initials(words)})(?:{alternation(words)})")
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


# --- A word's start behind a clitic -----------------------------------------------------------------------------------

from analysis.cues import after_clitic  # noqa: E402


@pytest.mark.parametrize("text, start, clitics, expected", [
    ("مطار بغداد", 0, ("",), True),  # the text's first word
    ("في مطار", 3, ("",), True),  # after a space
    ("(مطار", 1, ("",), True),  # after a mark
    ("ومطار", 1, ("",), False),  # inside a word, no clitic allowed
    ("ومطار", 1, ("", "و"), True),  # behind «و»
    ("وبمطار", 2, ("", "و", "ب"), False),  # «وب» is not one of the clitics
    ("وبمطار", 2, ("", "وب"), True),
    ("في ومطار", 4, ("", "و"), True),  # the clitic after a space
    ("اومطار", 2, ("", "و"), False),  # «و» inside a word is no clitic
    ("1ومطار", 2, ("", "و"), False),  # nor after a digit
    ("_ومطار", 2, ("", "و"), True),  # «_» is no letter or digit (``str.isalnum``)
    ("مطار", 0, ("و",), False),  # a clitic that is not written before the start
    ("مطارو", 0, ("و",), False),  # not read from the text's end
])
def test_a_word_starts_behind_a_clitic_only_where_no_letter_or_digit_stands_before_the_clitic(text, start, clitics,
                                                                                              expected):
    assert after_clitic(text, start, clitics) is expected
