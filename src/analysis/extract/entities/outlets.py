"""Outlets, media and datelines: the news agencies, papers, channels and sites a text names or is filed by.

A known name right after a newspaper's or channel's head is the outlet («صحيفة الشرق الأوسط»), a place there
named as media; names that are also common words (``data/bracketed_names.csv``: «بغداد اليوم») are read in
parentheses or quotes, after «لموقع» (``website_names.csv``) or opening a dateline. The agency in parentheses
after a dateline or a paragraph's last sentence («(أ ف ب)»), the outlet after a dateline's slash or dash
(«بغداد/ سكاي برس»), the words that open a paragraph before a dash, a credit line «المصدر: …», a name after a
verb whose object is a statement (``outlet_cues.csv``) and a word before «نيوز» or «برس» (``outlet_words.csv``)
name the outlet. The rules that look at line starts share them for one text.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from ...cues import AtWordStart, Tokens, alternation, is_word_character, scan, word_before, written_at
from ...lexicons import key_set, stopwords, table
from ...normalize import MatchKey
from ..dates import weekdays
from ..gazetteers import Entry, _names_also_words, lexicon
from ..names import (_name_stops, _not_names, given_names, head_surfaces, heads_in_names, media_heads, place_heads,
                     region_heads, reporting_words, title_words)
from ..spans import Spans
from .common import _PLACE_TYPES, _as_written, _occurrences, _replacing, _strip_proclitic


@cache
def _media_forms() -> frozenset[str]:
    """Every word the head of :func:`_as_media` can be read from: a media or place head, alone or after a proclitic.
    A text without any has no name for :func:`_as_media` to change."""
    heads = media_heads() | place_heads()
    return heads | frozenset(clitic + head for head in heads for clitic in ("و", "ف", "ب", "ل", "ول", "وب"))


_CREDIT_LINE = re.compile(r"(?m)^[ \t]*المصدر[ \t]*[:|][ \t]*(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})[ \t]*$")


_LINE_WORD = re.compile(r"[^ \t]+")


@cache
def _medium_adjectives() -> frozenset[str]:
    """Adjectives of a channel's medium after its name («الفضائية»، «الإخبارية»), ``data/medium_adjectives.csv``."""
    return key_set("medium_adjectives.csv", "word")


def _without_the_medium(key: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the outlet's name in the line words *start*–*end*: a channel's head before it («قناة»،
    «تلفزيون»، «فضائية»: a media head the name is read without, ``org_patterns.csv``) and the adjectives of its medium
    after it (``medium_adjectives.csv``) left out, as the corpus guide settles after `zt`; a name of one word stays.

    >>> from analysis.normalize import match_key
    >>> key = match_key("المصدر| قناة الغدير الفضائية").key
    >>> key[slice(*_without_the_medium(key, 8, len(key)))]
    'الغدير'
    """
    words = [found.span() for found in _LINE_WORD.finditer(key, start, end)]
    heads = _naming_media() - heads_in_names()
    while len(words) > 1 and key[slice(*words[0])] in heads:
        words.pop(0)
    while len(words) > 1 and key[slice(*words[-1])] in _medium_adjectives():
        words.pop()
    return (words[0][0], words[-1][1]) if words else (start, end)


def _credit_lines(mk: MatchKey, spans: list) -> list:
    """A line «المصدر: …» (or «المصدر| …») that holds only a short name credits the outlet the text comes from
    («المصدر:المربد»، «المصدر| قناة الغدير الفضائية»): the name is one organisation, the names inside it not
    marked apart, a channel's head and the adjective of its medium left out («الغدير»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وقال إن العمل مستمر.\\nالمصدر:المربد") if m.kind == "entity"]
    [('المربد', 'organization')]
    """
    found = []
    for match in _CREDIT_LINE.finditer(mk.key):
        start, end = _without_the_medium(mk.key, *match.span("name"))
        if any(word in stopwords() for word in match.group("name").split()):
            continue  # «المصدر: إن الوضع مستقر»: a clause, not a name
        if match.group("name").strip() in _dateline_words():
            continue  # «المصدر: وكالات»: several agencies, no one named (dateline_words.csv)
        inside = [item for item in spans if start <= item[0] and item[1] <= end]
        if any(item[0] < end and start < item[1] for item in spans if item not in inside):
            continue
        if len(inside) == 1 and inside[0][:2] == (start, end):
            continue  # «المصدر: رويترز»: a known name already
        spans = [item for item in spans if item not in inside]
        found.append((start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"))
    return spans + found


def _outlets_after_a_common_noun(tokens: Tokens, spans: list) -> list:
    """A known outlet named with its head («وكالة الأناضول»), written with a common noun of ``not_names.csv`` between
    the head and the name («وكالة أنباء الأناضول»): the name alone, as after a description (the corpus guide;
    «وكالة أنباء نوفوستي»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وبحسب وكالة أنباء الأناضول، قال") if m.kind == "entity"]
    [('الأناضول', 'organization')]
    """
    words, starts, ends, n = tokens.words, tokens.starts, tokens.ends, len(tokens.words)
    heads, names, found, taken = heads_in_names(), lexicon(), [], None
    for j in tokens.where(_not_names()):
        head = _strip_proclitic(words[j - 1], heads) if j >= 1 else None
        if head is None or not tokens.joined(j - 1) or j + 1 >= n or not tokens.joined(j):
            continue
        for last in (j + 2, j + 1):  # the longer name first
            entry = names.get(" ".join([head, *words[j + 1:last + 1]])) if last < n else None
            if entry is None or entry.type != "organization" or entry.demonym:
                continue
            taken = taken or Spans(spans)
            if not taken.overlaps(starts[j + 1], ends[last]):
                found.append((starts[j + 1], ends[last], entry, "pattern"))
            elif (nisba := _outlet_with_its_nisba(tokens, spans, j, last)) is not None:
                spans = [item for item in spans if not (item[0] < ends[last] and starts[j + 1] < item[1])]
                found += [(starts[j + 1], ends[last], entry, "pattern"), nisba]  # «وكالة أنباء الأناضول التركية»:
                taken = None  # the name, then its country's nisba, a demonym (as «… نوفوستي الروسية», zd01)
            break
    return spans + found if found else spans


def _outlet_with_its_nisba(tokens: Tokens, spans: list, j: int, last: int) -> tuple | None:
    """The demonym span of the nisba right after the outlet's name ending at word *last*, where the head noun
    (word *j* - 1), the common noun, the name and that nisba were read as one body; else None."""
    starts, ends, words = tokens.starts, tokens.ends, tokens.words
    if last + 1 >= len(words) or not tokens.joined(last):
        return None
    nisba = lexicon().get(words[last + 1])
    if nisba is None or not nisba.demonym or not words[last + 1].startswith("ال"):
        return None
    whole = [item for item in spans if item[0] < ends[last] and starts[j + 1] < item[1]]
    if len(whole) != 1 or whole[0][2].type != "organization" or whole[0][1] != ends[last + 1] \
            or whole[0][0] > starts[j - 1] + len(words[j - 1]):
        return None
    return (starts[last + 1], ends[last + 1], nisba, "lexicon")


@cache
def _website_forms() -> frozenset[str]:
    """«لموقع» (to the website: «قال … لموقع العهد»), behind «و» too: the words before an outlet's name in
    ``website_names.csv``. Bare «موقع» is also a position («في موقع العهد الجديد»: in the place of the new era)."""
    return frozenset(("لموقع", "ولموقع"))


@cache
def _name_after_website() -> AtWordStart:
    """A name of ``website_names.csv`` (also in ``bracketed_names.csv``) right after «لموقع»."""
    names = alternation(sorted(" ".join(name.split()) for name in key_set("website_names.csv", "name")))
    return AtWordStart(rf"(?:{alternation(sorted(_website_forms()))})[ \t]+(?P<name>{names})(?![^\W\d_])",
                       clitics=("",), letters_only=True)  # the forms hold their clitics: no letter before them


def _bracketed_names_after(mk: MatchKey, spans: list, pattern: AtWordStart) -> list:
    """The names of ``bracketed_names.csv`` that *pattern* finds (its group ``name``) where nothing was read, each
    with its entry of that list, found by pattern: what a rule that reads such a name after a cue returns."""
    entries, taken, found = _bracketed_pattern()[1], Spans(spans), []
    for match in pattern.finditer(mk.key):
        if not taken.overlaps(*match.span("name")):
            found.append((*match.span("name"), entries[match.group("name")], "pattern"))
    return spans + found if found else spans


def _outlets_after_website(mk: MatchKey, spans: list) -> list:
    """An outlet's name that is also a common word, of ``website_names.csv``, right after «لموقع» (to the website) is
    the outlet, «موقع» left out as the corpus guide marks it («قال … لموقع العهد»); other names of
    ``bracketed_names.csv`` after it stay words («لموقع الحدث»: for the scene of the event).

    >>> from analysis.extract import extract
    >>> [(m.text, m.value) for m in extract("وقال الخبراء لموقع العهد اليوم إن") if m.kind == "entity"]
    [('العهد', 'Al-Ahd')]
    """
    return _bracketed_names_after(mk, spans, _name_after_website())


def _media_names(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """What ``[_as_media(mk, item) for item in spans]`` gives, asking :func:`_as_media` only about the names that start
    within :func:`_head_before`'s reach after a word that is a media or place head (from the shared trigger pass):
    only such a word before a name changes it, and most names have none."""
    ends = [tokens.ends[i] for i in tokens.where(_media_forms())]
    return [_as_media(mk, item) if (k := bisect.bisect_left(ends, item[0] - _HEAD_REACH)) < len(ends)
            and ends[k] <= item[0] else item for item in spans]


@cache
def _outer_heads() -> frozenset[str]:
    """Heads of organisations that ``org_patterns.csv`` keeps in a name (``head_in_name``), not of outlets nor of
    places: before the head of a body named by a place they are part of its name («قوات شرطة محافظة الأنبار»)."""
    return key_set("org_patterns.csv", "head", lambda row: row["head_in_name"] == "yes"
                   and row["type"] == "organization" and row["media"] != "yes" and not row["place_in_name"])


def _as_media(mk: MatchKey, item: tuple) -> tuple:
    """A known name right after a newspaper's or channel's head noun is the outlet («صحيفة الشرق الأوسط»); a place
    right after an institute's or university's head names the body, head included («معهد الشرق الأوسط»)."""
    key, (start, end, entry, found_by) = mk.key, item
    if entry.type in ("person", "weapon_system", "law") or entry.demonym:
        return item
    head, head_start = _head_before(key, start)
    if head and head in media_heads() and entry.type != "organization":
        return start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"
    if head and head in region_heads() and entry.type != "region":
        return item  # «إدارة روسيا للأزمة»: Russia's handling of the crisis
    if head and head in place_heads() and entry.type in ("country", "city", "region"):
        start = head_start  # «معهد الشرق الأوسط»: the head and the place name the institute
        outer, outer_start = _head_before(key, start)
        if outer and outer in _outer_heads():
            start = outer_start  # «قوات شرطة محافظة الأنبار»: a head kept in names before it, one body (j09)
        for _ in range(2):  # «منتدى بطرسبورغ الاقتصادي الدولي»: its adjectives, not a country's nisba
            after = _ADJECTIVE_AFTER.match(key, end)
            if not after or after.group("word") in lexicon():
                break
            end = after.end()
        return start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"
    return item


_ADJECTIVE_AFTER = re.compile(r"[ \t]+(?P<word>ال\w{2,}(?:ي|يه))(?!\w)")


_DATELINE_AGENCY = re.compile(r"[ \t]*(?:[-–—][ \t]*)?\([ \t]*(?P<agency>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})[ \t]*\)"
                              r"[ \t]*[-–—:]?")


@cache
def _bracketed_pattern() -> tuple[re.Pattern, dict[str, Entry]]:
    """Names that are also common words (``data/bracketed_names.csv``), in parentheses or quotes, or opening a line
    before a dash (a dateline)."""
    entries = _names_also_words()
    names = alternation(entries)
    opening, closing = r"[(\"«“”'‘/]", r"[)\"»”'’]"  # «و”الفتح”»: pages open a quote with «”» too; «بغداد/ المسلة:»
    return re.compile(rf"(?:{opening}\s?|لـ|^)(?P<name>{names})(?=\s?{closing}|\s?[-–—]|:|/)",  # the opening consumed:
                      re.MULTILINE), entries  # the names are tried only after it, not at every position


@cache
def _initials_pattern() -> tuple[re.Pattern, dict[str, Entry]]:
    r"""The names of ``data/bracketed_names.csv`` spelt as initials, each word one letter («أ ش أ»، «د ب أ»), opening
    a line: the agency of a dateline, whatever follows them, a space or the story's first word glued to the last
    letter as some pages print it («أ ش أأعلن الرئيس»). No word of Arabic is a run of single letters.

    >>> pattern, entries = _initials_pattern()
    >>> [entries[m.group("name")].canonical for m in pattern.finditer("عنوان\nا ش ااعلن الرئيس")]
    ['Middle East News Agency']
    """
    entries = {name: entry for name, entry in _names_also_words().items()
               if len(name.split()) > 1 and all(len(word) == 1 for word in name.split())}
    if not entries:
        return re.compile(r"(?!)"), entries
    return re.compile(rf"^(?P<name>{alternation(entries)})(?=[ \t]|[^\W\d_])", re.MULTILINE), entries


@cache
def _bracketed_firsts() -> frozenset[str] | None:
    """The first word (``\\w+`` run) of each bracketed name, or None if a name does not start with a word character."""
    firsts = [re.match(r"\w+", name) for name in _bracketed_pattern()[1]]
    return None if not all(firsts) else frozenset(first.group() for first in firsts)


def _bracketed_starts(tokens: Tokens) -> list[tuple[int, int]] | None:
    """The one-position windows (see :func:`scan`) where a bracketed name's match can start, or None to scan the
    whole key: a name starts a word (what stands before it, an opening mark, a space or a line break, is no word
    character), so a match starts there or one or two characters before it («(بغداد اليوم»، «( بغداد اليوم»).
    The «لـ» branch follows a tatweel, a word character, which a match key never holds (a key with one is scanned
    whole)."""
    firsts = _bracketed_firsts()
    if firsts is None or "ـ" in tokens.key:
        return None
    starts = tokens.starts
    positions = {position for i in tokens.where(firsts) for position in (starts[i] - 2, starts[i] - 1, starts[i])}
    return [(position, position + 1) for position in sorted(positions) if position >= 0]


def _bracketed_names(key: str, spans: list, tokens: Tokens | None = None) -> list:
    """Put the bracketed names of the key in place of whatever overlapped them («(بغداد اليوم)»: not the city).

    *tokens*, the key's words, let the pattern be tried only where a name's first word stands.

    >>> from analysis.normalize import match_key
    >>> key = match_key("وذكر بيان تلقته (بغداد اليوم) أن الوزير وصل إلى بغداد اليوم").key
    >>> [(key[s:e], entry.canonical) for s, e, entry, _ in _bracketed_names(key, [])]
    [('بغداد اليوم', 'Baghdad Today')]
    """
    pattern, entries = _bracketed_pattern()
    windows = _bracketed_starts(tokens) if tokens is not None else None
    matches = pattern.finditer(key) if windows is None else scan(pattern, key, windows)
    found = [(m.start("name"), m.end("name"), entries[m.group("name")], "lexicon") for m in matches
             if not (m.start() == m.start("name") and key.startswith(":", m.end("name")) and " " not in m.group("name"))]
    # a word alone opening a line before a colon is a label («الحدث:»، «المدى: 400 كم»), not an outlet
    initials, spelt = _initials_pattern()
    if spelt:
        read = Spans(found)
        found += [(m.start("name"), m.end("name"), spelt[m.group("name")], "lexicon")
                  for m in (initials.finditer(key) if windows is None else scan(initials, key, windows))
                  if not read.overlaps(m.start("name"), m.end("name"))]
    if not found:
        return spans
    names = Spans(found)
    return [item for item in spans if not names.overlaps(item[0], item[1])] + found


_CLOSING_AGENCY = re.compile(r"[.!؟][ \t]*\((?P<agency>[^\W\d_]{2,}(?:[ \t]+[^\W\d_]+){0,2})\)[ \t]*(?=\n|$)")
_SENTENCE_STOPS = (".", "!", "؟")  # what _CLOSING_AGENCY starts with


def _closing_agency_matches(key: str) -> list[re.Match]:
    """Return what ``_CLOSING_AGENCY.finditer(key)`` yields, trying the pattern only where ``str.find`` gives a full
    stop, «!» or «؟», not at every character of the key."""
    return list(scan(_CLOSING_AGENCY, key, written_at(key, _SENTENCE_STOPS)))


def _closing_agencies(mk: MatchKey, spans: list) -> list:
    r"""The agency credited in parentheses after a paragraph's last sentence, the line ending there: «… 50 مليار
    دولار. (بترا)». Not a known name read there already, a stop word or a mark of a report's kind.

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وقال الوزير إن العمل مستمر. (بترا)\nوأضاف") if m.kind == "entity"]
    [('بترا', 'organization')]
    """
    key, found, taken = mk.key, [], None
    for match in _closing_agency_matches(key):
        taken = taken or Spans(spans)
        words = match.group("agency").split()
        if not taken.overlaps(*match.span("agency")) and not any(
                word in stopwords() or word in _dateline_words() or word in title_words() for word in words):
            found.append((*match.span("agency"), Entry(_as_written(mk, *match.span("agency")), "organization"),
                          "pattern"))
    return found


def _dateline_agencies(mk: MatchKey, spans: list) -> list:
    """The agency in parentheses after a report's dateline, the place that opens a line: «بغداد (أ ف ب) -»،
    «عمان (بترا) -»، «موسكو - (رويترز)». Its span is the words in parentheses."""
    key, taken, found = mk.key, None, []  # the spans' index, made only if an agency is found
    for start, end, entry, _ in spans:
        if entry.type not in ("city", "country", "region") or "(" not in key[end:end + 4] \
                or key[key.rfind("\n", 0, start) + 1:start].strip():
            continue
        if not (match := _DATELINE_AGENCY.match(key, end)):
            continue
        taken = taken or Spans(spans)
        if not taken.overlaps(*match.span("agency")):
            agency = Entry(_as_written(mk, *match.span("agency")), "organization")
            found.append((*match.span("agency"), agency, "pattern"))
    return found


@cache
def _dateline_words() -> frozenset[str]:
    return key_set("dateline_words.csv", "word")


@cache
def _outlet_cues() -> tuple[re.Pattern, frozenset[str]]:
    """The pattern of :func:`_relayed_outlets` and the first words of its cues (``data/outlet_cues.csv``)."""
    cues = [" ".join(row["key"].split()) for row in table("outlet_cues.csv", key="cue")]
    words = r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}"
    firsts = frozenset(cue.split()[0] for cue in cues)  # and behind «و» or «ف» («وتابعته “خليك ويانة”»)
    return re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[وف]))(?:{alternation(cues)})[ \t]*(?:[\"«“]\s*(?P<quoted>{words})\s*[\"»”]"
                      rf"|\(\s*(?P<bracketed>{words})\s*\))"), firsts | {clitic + first for first in firsts for clitic in "وف"}


def _cue_starts(tokens: Tokens) -> list[tuple[int, int]]:
    """One-position windows where a cue of :func:`_relayed_outlets` can start: a cue's first word is a word of the
    text, bare or behind «و» or «ف» (white space or a quote follows it), which the shared trigger pass finds, not a
    search of the text for each form (``tests/test_properties.py`` checks it against that search)."""
    firsts, words, starts = _outlet_cues()[1], tokens.words, tokens.starts
    return [(at, at + 1) for at in sorted({starts[i] + skip for i in tokens.where(firsts) for skip in (0, 1)
                                           if words[i][skip:] in firsts})]  # at the word, or after its clitic


def _relayed_outlets(mk: MatchKey, spans: list, tokens: Tokens) -> list:
    """A quoted or parenthesised name after a verb whose object is a statement is the outlet that reports it («في
    تصريح تابعته “النعيم نيوز”»; ``data/outlet_cues.csv``); a place inside it names no place.

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("وقال في تصريح تابعته “الفرات نيوز” إن") if m.kind == "entity"]
    [('الفرات نيوز', 'organization')]
    """
    found, key = [], mk.key
    for match in scan(_outlet_cues()[0], key, _cue_starts(tokens)):
        group = "quoted" if match.group("quoted") else "bracketed"
        start, end = match.span(group)
        if any(s < end and start < e and not (start <= s and e <= end and (entry.type in ("city", "country", "region")
                                                                           or entry.type == "organization"))
               for s, e, entry, _ in spans) or any(s == start and e == end for s, e, _, _ in spans) \
                or mk.key[start:end].split()[0] in given_names():
            continue  # a known outlet is already read; a person or a name across its bounds is none
        found.append((start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"))
    return _replacing(spans, found)


_LINE_START = re.compile(r"[ \t]*")
_LINE_BREAK = re.compile(r"\n[ \t]*")  # led by a literal: the engine finds each line break without trying every position


@cache
def _outlet_words() -> frozenset[str]:
    """The English words that close a news site's name (``data/outlet_words.csv``)."""
    return key_set("outlet_words.csv", "word")


def _outlets_by_their_word(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """One word and «نيوز» or «برس» after it name a news site («وذكرت المربد نيوز»، «لـ"الرافدين نيوز"»): the two
    words, a place among them no place («بغداد نيوز»); not after a stop word, a head noun or a title, nor across a
    name already found. «و» or «ب» before a word with the article is left out, «لل» kept («للغد برس», as «للعراق»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("بحسب ما نقلت المربد نيوز عن مصدر") if m.kind == "entity"]
    [('المربد نيوز', 'organization')]
    """
    key, words, starts, ends = mk.key, tokens.words, tokens.starts, tokens.ends
    found = []
    for i in tokens.where(_outlet_words()):
        if i == 0 or not tokens.joined(i - 1):
            continue
        before = words[i - 1]
        if len(before) < 2 or before.isdigit() or before in stopwords() or before in head_surfaces() \
                or before in title_words() or before in _outlet_words():
            continue
        if words[i].isdigit() and not _number_closes_outlet(mk, tokens, i):
            continue  # «قتل في بغداد 24 شخصا»، «موسكو 24 فبراير»: a count, a dateline's day
        start = starts[i - 1]
        if before[:1] in "وب" and before[1:3] == "ال" and len(before) > 4:
            start += 1  # «والسومرية نيوز»: the conjunction left out
        end = ends[i]
        crossing = [item for item in spans if item[0] < end and start < item[1]]
        if any(item[2].type not in _PLACE_TYPES or item[0] < start or item[1] > end for item in crossing) \
                and not any(item[0] == start and item[1] == end for item in crossing):
            continue  # a name across the outlet's bounds, or a known body inside it, is read as found
        if any(item[0] == start and item[1] == end for item in crossing):
            continue  # already known («شفق نيوز»)
        found.append((start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"))
    return _replacing(spans, found)


_AFTER_NUMBERED_OUTLET = re.compile(r"\s*[\"”″»):]")  # «وكالة”بغداد 24″:»: a closing quote, bracket or colon
_DASH = re.compile(r"[-–—\u0640]")


def _number_closes_outlet(mk: MatchKey, tokens: Tokens, i: int) -> bool:
    """Tell whether the number at token *i* («24») closes an outlet's name («بغداد 24»، «فرانس 24»): a closing quote,
    bracket or colon after it, or, on a line the name opens, a dash (a tatweel among them) before the next word
    («بغداد 24 ــ العراق», the dateline); not a count («قتل في بغداد 24 شخصا») nor a dateline's day («موسكو 24
    فبراير»)."""
    key, starts, ends = mk.key, tokens.starts, tokens.ends
    if _AFTER_NUMBERED_OUTLET.match(key, ends[i]):
        return True
    if starts[i - 1] not in _line_starts(key) or i + 1 >= len(tokens.words):
        return False
    gap_start, gap_end = mk.raw_span(ends[i], starts[i + 1])
    return bool(_DASH.search(mk.raw, gap_start, gap_end))


@lru_cache(maxsize=1)  # asked for by two outlet rules on one text
def _line_starts(key: str) -> frozenset[int]:
    r"""Return where each line's first character after its leading spaces and tabs stands (a line starts at the
    text's start and after each ``\n``).

    >>> sorted(_line_starts("  بغداد\n\n\tموسكو"))
    [2, 8, 10]
    """
    return frozenset({_LINE_START.match(key).end(), *(found.end() for found in _LINE_BREAK.finditer(key))})


@lru_cache(maxsize=1)  # asked for by three patterns on one text
def _line_windows(key: str) -> list[tuple[int, int]]:
    r"""Return a one-position window (for :func:`analysis.cues.scan`) where each line starts: at the text's start
    and after each ``\n``, the only places a pattern led by ``(?:^|(?<=\n))`` can match.

    >>> _line_windows("بغداد\nموسكو\n")
    [(0, 1), (6, 7), (12, 13)]
    """
    return [(0, 1), *((at + 1, at + 2) for at in _occurrences(key, "\n"))]


def _at_line_starts(pattern: re.Pattern, key: str, marks: str = "") -> list[re.Match]:
    """Return what ``pattern.finditer(key)`` yields for a pattern that can match only where a line starts (led by
    ``(?:^|(?<=\n))``), trying it there alone instead of at every character (a property test checks they agree).

    With *marks*, for a pattern whose match stays on its line and holds one of them (a dash), a line without any
    is passed over: ``str.find`` looks for them once in the text, not the engine on every line.
    """
    windows = _line_windows(key)
    if marks:
        found = sorted(at for mark in marks for at in _occurrences(key, mark))
        ends = [start - 1 for start, _ in windows[1:]] + [len(key)]  # where each line ends (its «\n»)
        windows = [window for window, end in zip(windows, ends)
                   if bisect.bisect_left(found, window[0]) < bisect.bisect_left(found, end)]
    return list(scan(pattern, key, windows))


_DATELINE_OUTLET = re.compile(r"[ \t]*[/–—-][ \t]*(?P<outlet>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*"
                              r"(?::|/?[ \t]*(?:\n|$))")  # «بغداد - الأناضول: قال»، «بغداد / نينا /»
# «واشنطن -قريش :»: a colon may close the line, or a slash («العراق / بغداد / وطننا /»)
_DATELINE_SLASH = re.compile(r"[ \t]*/[ \t]*")
_DATELINE_OUTLET_AFTER_TATWEEL = re.compile(r"[ \t]+(?P<outlet>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*(?::|\n|$)")
_TATWEEL_DASH = re.compile(r"[ \t]+\u0640+[ \t]+")  # a tatweel standing alone between spaces is a dash


def _dateline_outlets(mk: MatchKey, spans: list) -> list:
    r"""A line of a place, a slash or dash and one to three words names the outlet that filed the report: «بغداد/ سكاي
    برس» (not «بغداد/ متابعة», ``data/dateline_words.csv``, nor a place, a stop word or a longer line); words that
    start with a given name are the reporter's byline, a person («موسكو ـ حسن عمارة»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("بغداد/ سكاي برس\nكشفت وسائل إعلام أن") if m.kind == "entity"]
    [('بغداد', 'city'), ('سكاي برس', 'organization')]
    >>> [(m.text, m.type) for m in extract("موسكو ـ حسن عمارة\nأعلن الوزير") if m.kind == "entity"]
    [('موسكو', 'city'), ('حسن عمارة', 'person')]
    """
    key, found = mk.key, []
    lines = _line_starts(key)  # where each line's first word starts
    heads = [item for item in spans if item[0] in lines and item[2].type in ("city", "country", "region")]
    if not heads:
        return []
    places = [(start, end) for start, end, entry, _ in spans if entry.type in ("city", "country", "region")
              or entry.demonym]  # a bloc's nisba, as a country's, may stand inside a name («العرب اليوم»)
    taken = Spans((start, end) for start, end, entry, _ in spans if entry.type not in ("city", "country", "region")
                  and not entry.demonym)
    place_at = {start: end for start, end in places}
    for start, end, entry, _ in heads:
        while (slash := _DATELINE_SLASH.match(key, end)) and slash.end() in place_at \
                and _DATELINE_SLASH.match(key, place_at[slash.end()]):  # a place that is a whole segment, not «مصر
            end = place_at[slash.end()]  # اليوم»: «العراق / بغداد / وطننا /», the country, the city, then the outlet
        match = _DATELINE_OUTLET.match(key, end)
        if not match and _TATWEEL_DASH.match(mk.raw, mk.raw_span(start, end)[1]):
            match = _DATELINE_OUTLET_AFTER_TATWEEL.match(key, end)  # «بغداد ـ مصر اليوم»: a tatweel as the dash
        if not match:
            continue
        words, (o_start, o_end) = match.group("outlet").split(), match.span("outlet")
        inside = [place for place in places if o_start <= place[0] and place[1] <= o_end]
        if len(inside) != sum(1 for place in places if place[0] < o_end and o_start < place[1]) \
                or inside and len(words) < 2:
            continue  # a place alone, or a name across the outlet's bounds, is no outlet («بغداد/ أربيل»)
        if not taken.overlaps(o_start, o_end) and (bracketed := _bracketed_pattern()[1].get(" ".join(words))):
            found.append((o_start, o_end, bracketed, "pattern"))  # «واشنطن – أ ف ب»: an agency's initials
            continue
        if not taken.overlaps(o_start, o_end) and not any(word in _dateline_words() or word in stopwords()
                                                          or word in reporting_words() for word in words):
            kind = "person" if len(words) >= 2 and (words[0] in given_names() or _family_byline(words)) \
                else "organization"  # a byline: a given name first, or a given name and a family nisba
            span = match.span("outlet") if kind == "person" else _without_the_medium(key, *match.span("outlet"))
            found.append((*span, Entry(_as_written(mk, *span), kind), "pattern"))
    return found


def _family_byline(words: list[str]) -> bool:
    """Tell whether two words of a dateline are a given name the lists do not know and a family nisba with the
    article («بغداد – نجلاء الطائي»), a reporter, not an outlet («العرب اليوم»، «سكاي برس»).

    >>> _family_byline(["نجلاء", "الطائي"]), _family_byline(["العرب", "اليوم"]), _family_byline(["صوت", "العراق"])
    (True, False, False)
    """
    return len(words) == 2 and not words[0].startswith("ال") and words[1].startswith("ال") and len(words[1]) >= 6 \
        and words[1].endswith("ي") and words[1] not in lexicon() and words[0] not in head_surfaces()


# The words are read possessively (``++``): what follows a word here is never a letter, so a shorter reading of it
# never matches, and the engine no longer tries one letter fewer at a time on every line (a property test checks it)
_OPENING_OUTLET = re.compile(r"(?:^|(?<=\n))[ \t]*(?:(?P<section>[^\W\d_]++)[ \t]*[–—-][ \t]*)?"
                             r"(?P<outlet>[^\W\d_]++(?:[ \t]+[^\W\d_]++)?)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?"
                             r"[–—-](?:[ \t]|$)", re.MULTILINE)  # «أوغاريت بوست (مركز الأخبار) –»: its desk between


# Its words read possessively too, as above
_OUTLET_THEN_PLACE = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<outlet>[^\W\d_]++(?:[ \t]+(?:[^\W\d_]++|\d{1,3}(?!\d)))?)"
                                r"[ \t]*(?P<mark>[:/–—-]|[ \t])[ \t]*(?P<place>[^\W\d_]++)[ \t]*\.*[ \t]*(?:\n|$)",
                                re.MULTILINE)  # a line «يس عراق: بغداد»، «الاقتصاد نيوز ـ بغداد» (the tatweel dropped),
# «يس عراق – بغداد»، «المعلومة نيوز/ بغداد..», «عراق 24: بغداد» (a channel's number: zj03)
_BRACKETED_DATELINE = re.compile(r"(?:^|(?<=\n))[ \t]*\([ \t]*(?P<outlet>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})[ \t]*/",
                                 re.MULTILINE)  # «(پاکستان پوائنٹ نیوز / سبوتنيك - 15 يونيو 2020ء)»


@cache
def _naming_media() -> frozenset[str]:
    """Media heads followed by an unquoted name («قناة الجزيرة»); the others («شبكة») name only in quotes."""
    return key_set("org_patterns.csv", "head", lambda row: row["media"] == "yes" and row["names"] == "yes")


@cache
def _headed_outlet() -> re.Pattern:
    """A media head of ``data/org_patterns.csv`` and one to three words, matched where a paragraph opens or after a
    dateline's slash, before a colon or a dash: the outlet («شبكة النبأ: …»، «بغداد/ شبكة أخبار العراق- …»)."""
    heads = alternation(sorted(key_set("org_patterns.csv", "head", lambda row: row["media"] == "yes")))
    return re.compile(rf"[ \t]*(?P<head>{heads})[ \t]+(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,2}})[ \t]*"
                      r"(?::|[–—-](?!\w))")


@cache
def _kind_then_outlet() -> re.Pattern:
    """A line of a mark of a report's kind (``data/dateline_words.csv``), a slash and one or two words: the outlet
    («متابعة / المدى»); or the outlet first, opening the text, then the slash and the mark or the weekday of its
    date («المعلومة/ ترجمة …»، «السيمر / الأربعاء 13 . 06 . 2018»); matched where a line starts."""
    kinds = alternation(sorted(_dateline_words()))
    marks = alternation(sorted(_dateline_words() | {day for day in weekdays() if day.startswith("ال")}))
    return re.compile(rf"(?:(?:{kinds})[ \t]*/[ \t]*(?P<outlet>[^\W\d_]++(?:[ \t]+[^\W\d_]++)?)[ \t]*(?:\n|$)"
                      rf"|(?P<first>[^\W\d_]++(?:[ \t]+[^\W\d_]++)?)[ \t]*/[ \t]*(?:{marks})(?!\w))")  # as above


def _opening_outlets(mk: MatchKey, spans: list) -> list:
    r"""One or two words that open a paragraph before a dash name the outlet of the report («الشرق اليوم – أعلن
    الوزير»، «أزد - محمد أحمد -» before a byline), after a section of the page if one is written first
    («اقتصاد – الرأي –»), or opening a dateline in parentheses before «/» («(پاکستان پوائنٹ نیوز / سبوتنيك -»),
    or after a mark of a report's kind and «/» on a line of their own («متابعة / المدى»), or a media head and its
    name before a colon or dash («شبكة النبأ: تعتمد»، «بغداد/ شبكة أخبار العراق- أعلنت»);
    not a known name, a place, a stop word, a mark of a report's kind or section (``data/dateline_words.csv``),
    nor words that start with «و» (a sentence: «وأضافت زاخاروفا - خلال …»).

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("الشرق اليوم – أعلن الوزير أن") if m.kind == "entity"]
    [('الشرق اليوم', 'organization')]
    >>> [(m.text, m.type) for m in extract("متابعة / المدى\nبدأ الوزير زيارة") if m.kind == "entity"]
    [('المدى', 'organization')]
    """
    key, found, taken = mk.key, [], None
    tatweel = "\u0640" in mk.raw
    colon = "" if tatweel else ":/–—-"  # without a tatweel, only a colon, slash or dash marks the outlet: the lines
    # without one passed over
    for match in _at_line_starts(_OUTLET_THEN_PLACE, key, colon):  # «يس عراق: بغداد»
        o_start, o_end = match.span("outlet")
        words = match.group("outlet").split()
        if match.group("mark") not in ":/–—-" \
                and not (tatweel and _TATWEEL_DASH.match(mk.raw, mk.raw_span(o_start, o_end)[1])):
            continue  # no colon or dash: only a tatweel standing alone, which the key drops, is one
        if any(start == match.start("place") and end == match.end("place") and entry.type == "city"
               for start, end, entry, _ in spans) \
                and not any(o_start <= start < o_end and not (end <= o_end and (entry.type in ("city", "country")
                                                                                 or entry.demonym))
                            for start, end, entry, _ in spans) \
                and not any(word in _dateline_words() or word in stopwords() or word in title_words()
                            or word in head_surfaces() or word in reporting_words() for word in words) \
                and sum(1 for start, _, _, _ in spans if o_start <= start < o_end) <= (len(words) > 1) \
                and (len(words) > 1 or match.group("mark") in "/–—-" and words[0] not in _name_stops()):
            # not «العراق وروسيا - بغداد»; one word
            # only before a slash or dash («المعلومة/ بغداد..»), no known name in it
            o_start, o_end = _without_the_medium(key, o_start, o_end)  # «الغدير الفضائية - بغداد»: the channel
            found.append((o_start, o_end, Entry(_as_written(mk, o_start, o_end), "organization"), "pattern"))
    for match in _at_line_starts(_BRACKETED_DATELINE, key) if "(" in key else ():  # the outlet, then «/» and its source
        words = match.group("outlet").split()
        taken = taken or Spans(spans)
        whole = any(start == match.start("outlet") and end == match.end("outlet") for start, end, _, _ in spans)
        if (len(words) >= 2 and not whole or not taken.overlaps(*match.span("outlet"))) \
                and not any(word in _dateline_words() or word in stopwords() for word in words):
            found.append((*match.span("outlet"), Entry(_as_written(mk, *match.span("outlet")), "organization"),
                          "pattern"))
    lines = _line_starts(key)
    slashes = {at + 1 for at in _occurrences(key, "/")} if "/" in key else set()
    headed = (_headed_outlet().match(key, at) for at in sorted(lines | slashes))
    unplaced = None  # the spans other than places, indexed once if an outlet with its head is met
    for match in filter(None, headed):  # «شبكة النبأ: تعتمد …»، «بغداد/ شبكة أخبار العراق- أعلنت»
        unplaced = unplaced or Spans((start, end) for start, end, entry, _ in spans if entry.type not in _PLACE_TYPES)
        head, words = match.group("head"), match.group("name").split()
        start = match.start("head") if head in heads_in_names() or head not in _naming_media() else match.start("name")
        if not unplaced.overlaps(start, match.end("name")) and not any(word in stopwords() for word in words):
            found.append((start, match.end("name"), Entry(_as_written(mk, start, match.end("name")), "organization"),
                          "pattern"))
    kinds = (_kind_then_outlet().match(key, at) for at in sorted(lines)) if slashes else ()
    for match in filter(None, kinds):  # «متابعة / المدى»: the outlet
        group = "outlet" if match.group("outlet") else "first"  # «المعلومة/ ترجمة»: the outlet first
        words = match.group(group).split()
        taken = taken or Spans(spans)
        if not taken.overlaps(*match.span(group)) and not any(word in _dateline_words() or word in stopwords()
                                                              for word in words):
            found.append((*match.span(group), Entry(_as_written(mk, *match.span(group)), "organization"), "pattern"))
    for match in _at_line_starts(_OPENING_OUTLET, key, "-–—"):  # its match holds a dash
        section, words, group = match.group("section"), match.group("outlet").split(), "outlet"
        if section and section not in _dateline_words():
            byline = match.group("outlet").split()
            if len(byline) == 2 and byline[0] in given_names():  # «أزد - محمد أحمد -»: the reporter, a person
                found.append((*match.span("outlet"), Entry(_as_written(mk, *match.span("outlet")), "person"), "pattern"))
            words, group, section = [section], "section", None  # «أزد - محمد أحمد -»: the outlet, then a byline
        if any(word in _dateline_words() or word in stopwords() or word.startswith("و") for word in words):
            continue
        taken = taken or Spans(spans)
        start, end = _without_the_medium(key, *match.span(group))  # «الغدير الفضائية –»: the channel alone
        if not taken.overlaps(start, end) and not (section and taken.overlaps(*match.span("section"))) \
                and not any(item[:2] == (start, end) for item in found):  # read already before its city
            found.append((start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"))
    return found


_HEAD_REACH = 12  # how far before a name :func:`_head_before` reads back for its head


def _head_before(key: str, start: int, reach: int = _HEAD_REACH) -> tuple[str | None, int]:
    r"""Return the word that ends, before spaces or tabs, right before *start* (within *reach* characters), without
    a proclitic «و», «ف», «ب» or «ل», and where it starts; ``(None, -1)`` if there is none.

    What ``_HEAD_BEFORE.search(key, start - reach, start)`` reads (a property test checks it), by a few character
    tests from *start* back instead of the engine trying a match at each position of the window (47 names a page).
    As there, «$» also matches before a line break that ends the window.

    >>> _head_before("نشرت وصحيفة  الشرق", 13), _head_before("قال روسيا", 4), _head_before("في روسيا", 0)
    (('صحيفة', 6), ('قال', 0), (None, -1))
    >>> _head_before("صحيفة \nالشرق", 7)
    ('صحيفة', 0)
    """
    word, begin = word_before(key, start, reach)
    if word is None or begin > 0 and is_word_character(key[begin - 1]):
        return None, -1  # no space before the name, no word before the space, or a word longer than the reach
    end = begin + len(word)
    if end - begin > 1 and key[begin] in "وفبل":
        begin += 1
    return key[begin:end], begin
