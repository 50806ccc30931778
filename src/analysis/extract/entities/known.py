"""Known names: the lexicon's names read in a text, longest first and without overlaps.

A name is read with the quotes that open or close inside it («تنظيم “الدولة”»، «"الحشد الشعبي" العراقي»), a
field's phase («غرب القرنة-2»), a weapon system's variant («بانتسير-إس1»), «+» («أوبك+») and, for a person or a
body, the given name or the head written before it («دميتري بيسكوف»، «منظمة أوبك»); a portfolio and a nisba
that qualify the noun before them («السياسة الخارجية الروسية») name no ministry. Known organisations that open a
longer quoted name give way to it, and the phrases of ``data/not_entities.csv`` («القوة القاهرة») hold no name.
"""

from __future__ import annotations

import re
from functools import cache

from ...cues import Tokens, alternation, scan, written_at
from ...lexicons import key_set, table
from ...normalize import MatchKey
from ..gazetteers import Entry, _matcher, lexicon
from ..names import field_phase, given_names, head_surfaces, heads_in_names
from ..spans import Spans
from .common import _OPENING_QUOTE, _OPENING_QUOTES, _PLAIN_TYPES, _as_written, _strip_proclitic


_VARIANT_TAIL = re.compile(r"[-–]\w+(?:\s*\d+)?")


_PLUS = re.compile(r"\+|[ \t]\+(?![ \t]*\w)")  # «أوبك +» only where no word follows: «أوبك + روسيا» is two names


def _lexicon_spans(key: str, tokens: Tokens, weapons: list) -> list[tuple[int, int, Entry, str]]:
    """The lexicon's names in the key, longest first and without overlaps, outside the weapon designations.

    Most hits are one-word names («روسيا»، «العراقية»): they are read in one comprehension; only the words that
    can start a longer name are read one by one, left to right, and the one-word hits they cover are dropped.
    """
    names, matcher = lexicon(), _matcher()
    words, starts, ends, single = tokens.words, tokens.starts, tokens.ends, matcher.single
    candidates = tokens.where(matcher.surfaces)
    readings = list(map(single.get, map(words.__getitem__, candidates)))  # one look-up per candidate, in C
    longer = [i for i, reading in zip(candidates, readings) if reading is None]
    weapon_spans = Spans(weapons)
    hits, reached, covered = [], 0, set()
    for index in longer:
        if index < reached:
            continue
        hit = matcher.at(tokens, index)
        if hit and not (weapons and weapon_spans.overlaps(hit.start, hit.end)):
            quoted = _quote_opened_inside(key, tokens, index, hit.last, hit.end) if hit.last > index else None
            if quoted is not None:  # «تنظيم “الدولة”»: a quote opens inside the phrase; the name is what it quotes
                hits.append((starts[quoted], hit.end, hit.phrase, quoted))
            elif hit.last > index and (cut := _quote_closed_inside(key, tokens, index, hit.last)) is not None \
                    and (short := " ".join(words[index:cut + 1])) in names:
                hits.append((hit.start, ends[cut], short, index))  # «"الحشد الشعبي" العراقي»: the quoted name alone,
                reached = cut + 1  # the nisba after its closing quote read on its own (a demonym)
                covered.update(range(index, reached))
                continue
            elif hit.last > index and (closing := _CLOSING_QUOTE.match(key, hit.end)) \
                    and any(_QUOTE.search(tokens.gaps[j + 1]) for j in range(index, hit.last)):
                hits.append((hit.start, closing.end(), hit.phrase, index))  # «شركة نفط "الشمال"»: its quotes whole
            else:
                hits.append((hit.start, hit.end, hit.phrase, index))
            reached = hit.last + 1
            covered.update(range(index, reached))
    hits += [(starts[i] + reading[1], ends[i], reading[0], i) for i, reading in zip(candidates, readings)
             if reading is not None and i not in covered]
    if weapons:
        hits = [hit for hit in hits if not weapon_spans.overlaps(hit[0], hit[1])]
    spans = []
    for start, end, phrase, index in hits:
        entry = names[phrase]
        if entry.type in _PLAIN_TYPES and not key.startswith("+", end):
            spans.append((start, end, entry, "lexicon"))
            continue
        if entry.type == "weapon_system" and index > 0 and tokens.joined(index - 1) \
                and given_names().get(tokens.words[index - 1]) is False:
            continue  # «ياسر اسكندر وتوت»: after an unambiguous given name a weapon's name is a person's
        if entry.type == "weapon_system" and (tail := _VARIANT_TAIL.match(key, end)):
            end = tail.end()  # «بانتسير-إس1»: the variant belongs to the system's name
        elif (plus_at := _PLUS.match(key, end)) and ((plus := names.get(phrase + "+"))
                                                   or (plus := names.get(phrase.rsplit(maxsplit=1)[-1] + "+"))):
            entry, end = plus, plus_at.end()  # «أوبك+»; «(أوبك +)»: a space before a «+» that ends the phrase;
            # «منظمة أوبك+»: the head and the name with its «+», OPEC+
        elif entry.type == "oil_field" and (phase := field_phase().match(key, end)):
            end = phase.end()  # «غرب القرنة-2»، «غرب القرنة 1»: the field's phase belongs to its name
            if (digit := re.search(r"\d", phase.group())) and not entry.canonical[-1:].isdigit():
                entry = Entry(f"{entry.canonical}-{digit.group()}", entry.type)  # West Qurna-2
            if len(_QUOTE.findall(key, start, end)) % 2 and (closing := _CLOSING_QUOTE.match(key, end)):
                end = closing.end()  # «غرب "القرنة-2"»: a quote opened inside the name closes after its phase
        if entry.type == "organization" and _qualifies_noun_before(tokens, index, phrase):
            if (nisba := phrase.split(maxsplit=1)[-1]) in names and names[nisba].demonym:
                spans.append((starts[index + 1], end, names[nisba], "lexicon"))  # «السياسة الخارجية الروسية»
            continue
        if entry.type in ("person", "organization"):
            start = _with_given_name(tokens, index, start, entry)
        spans.append((start, end, entry, "lexicon"))
    return spans


@cache
def _portfolios() -> frozenset[str]:
    """The portfolios of ``ministry_portfolios.csv`` with the article («الخارجية»)."""
    return frozenset(row["key"] for row in table("ministry_portfolios.csv", key="portfolio"))


_QUALIFIED_ENDING = re.compile(r"^ال\w{2,}(?:ه|ات|ون)$")  # a definite feminine noun or a plural (match key: «ة» → «ه»)


def _qualifies_noun_before(tokens: Tokens, index: int, phrase: str) -> bool:
    """Tell whether a short form of a ministry (a portfolio and a nisba: «الخارجية الروسية») is an adjective of the
    definite noun right before it («السياسة الخارجية الروسية»: Russia's foreign policy; «الاستخبارات الخارجية
    الروسية»: its foreign intelligence), not the ministry whose «وزارة» the press dropped."""
    first = phrase.split(maxsplit=1)[0]
    return index > 0 and first in _portfolios() and " " in phrase and tokens.joined(index - 1) \
        and bool(_QUALIFIED_ENDING.match(tokens.words[index - 1]))


_QUOTED_TAIL = re.compile(r"(?:(?:[ \t]+|[ \t]*[-–_][ \t]*)[^\W\d_]+){1,3}(?=[ \t]*[\"»”])")


def _quoted_longer(key: str, start: int, end: int) -> int | None:
    """If a quote opens right before a known organisation's name and closes one to three words after it, return
    where the quoted name ends: the quoted words are one name («"غازبروم نفط ميدل إيست"»، «"لوك أويل ميد إيست"»).

    >>> _quoted_longer('شركتها "غازبروم نفط ميدل ايست" تخفيض', 8, 19), _quoted_longer('"لوك اويل" الروسيه', 1, 9)
    (29, None)
    """
    if not _OPENING_QUOTE.search(key, max(0, start - 3), start) or not (tail := _QUOTED_TAIL.match(key, end)):
        return None
    return tail.end()


_QUOTE_OPENS = re.compile(r"[\"«“][ \t]*")


def _quote_opens(key: str) -> list[re.Match]:
    """Return what ``_QUOTE_OPENS.finditer(key)`` yields, trying the pattern only where ``str.find`` gives a quote."""
    return list(scan(_QUOTE_OPENS, key, written_at(key, _OPENING_QUOTES)))


def _quoted_names(mk: MatchKey, spans: list) -> list:
    """Known organisations that open a longer quoted name give way to it (see :func:`_quoted_longer`).

    Only the spans that start right after an opening quote are looked at (the quotes are few, the spans many).
    """
    key = mk.key
    at = {item[0]: k for k, item in enumerate(spans)}
    changed = {}
    for quote in _quote_opens(key):
        k = at.get(quote.end())
        if k is None:
            continue
        start, end, entry, _ = spans[k]
        if entry.type == "organization" and (longer := _quoted_longer(key, start, end)) is not None:
            changed[k] = (start, longer, Entry(_as_written(mk, start, longer), "organization"), "pattern")
    for k, (start, end, entry, _) in enumerate(spans):
        if entry.type != "organization" or k in changed or not _CLOSING_QUOTE.match(key, end) \
                or not (dashed := _DASHED_OPENING.search(key, max(0, start - 40), start)):
            continue  # «وكالة "إيتار – تاس"»: a known name closing a quoted name whose words a dash joins
        changed[k] = (dashed.start("name"), end, Entry(_as_written(mk, dashed.start("name"), end), "organization"),
                      "pattern")
    return [changed.get(k, item) for k, item in enumerate(spans)] if changed else spans


_DASHED_OPENING = re.compile(r"[\"«“][ \t]*(?P<name>(?:[^\W\d_]+[ \t]+)?[^\W\d_]+[ \t]*[-–_][ \t]*)$")


_QUOTE = re.compile(r"[\"'«»“”]")
_CLOSING_QUOTE = re.compile(r"[ \t]*[\"'»”]")


def _quote_closed_inside(key: str, tokens: Tokens, first: int, last: int) -> int | None:
    """If a quote opens right before word *first* and closes before word *last*, return the word it closes after:
    a phrase of the lexicon read across the closing quote is the quoted name and the words after it («ميليشيا
    "الحشد الشعبي" العراقي»: the name quoted, then a nisba), not one longer name.

    >>> key = 'ميليشيا "الحشد الشعبي" العراقي وصلت'
    >>> _quote_closed_inside(key, Tokens(key), 1, 3), _quote_closed_inside('شركة نفط "الشمال" العراقية', Tokens('شركة نفط "الشمال" العراقية'), 0, 3)
    (2, None)
    """
    if not _OPENING_QUOTE.search(key, max(0, tokens.starts[first] - 3), tokens.starts[first]):
        return None
    return next((j for j in range(first, last) if _QUOTE.search(tokens.gaps[j + 1])), None)


def _quote_opened_inside(key: str, tokens: Tokens, first: int, last: int, end: int) -> int | None:
    """If a lexicon phrase from token *first* to *last* (ending at *end*) crosses an opening quote that closes right
    after it («تنظيم “الدولة”»، «تنظيم "الدولة الإسلامية"»), return the first quoted token: as with a head noun
    before a quoted name, the name is the quoted words only. A stray quote inside a name («شفق" نيوز») is not one,
    nor a quote after a word of the name that is no head («شركة نفط "الشمال"»: the name whole).

    >>> from analysis.cues import Tokens
    >>> key = 'اعلن تنظيم "الدوله" مسووليته'
    >>> tokens = Tokens(key)
    >>> _quote_opened_inside(key, tokens, 1, 2, key.index('" م'))
    2
    >>> _quote_opened_inside('وكاله شفق" نيوز', Tokens('وكاله شفق" نيوز'), 0, 2, 15) is None
    True
    >>> key = 'لشركه نفط "الشمال" امس'
    >>> _quote_opened_inside(key, Tokens(key), 0, 2, key.index('" ا')) is None
    True
    """
    if not _CLOSING_QUOTE.match(key, end):
        return None
    opened = [j for j in range(first, last) if _QUOTE.search(tokens.gaps[j + 1])]
    if len(opened) != 1 or not all(tokens.words[j] in head_surfaces() for j in range(first, opened[0] + 1)):
        return None  # «لشركة نفط "الشمال"»: a word of the name before the quote, which holds the rest of it
    return opened[0] + 1


@cache
def _not_entity_words() -> tuple[str, ...]:
    """The last word of each phrase of ``not_entities.csv``: a text without any of them has none of the phrases."""
    return tuple({phrase.split()[-1] for phrase in _not_entity_phrases()})


def _not_entity_phrases() -> list[str]:
    """The phrases in which a known name is not one: ``not_entities.csv`` and the ``not_a_name`` rows of
    ``gazetteer_exceptions.csv`` («صلاة المغرب»، «مسقط رأسه»)."""
    return [row["key"] for row in table("not_entities.csv", key="phrase")] + \
        [row["key"] for row in table("gazetteer_exceptions.csv", key="name") if row["action"] == "not_a_name"]


@cache
def _not_entities() -> re.Pattern:
    return re.compile(alternation(_not_entity_phrases()))


@cache
def _not_entity_firsts() -> tuple[str, ...]:
    """The first word of each phrase of :func:`_not_entity_phrases`: where one of the phrases can start."""
    return tuple(dict.fromkeys(phrase.split()[0] for phrase in _not_entity_phrases()))


def _not_entity_matches(key: str) -> list[re.Match]:
    """Return what ``_not_entities().finditer(key)`` yields, trying the pattern only where the first word of one of
    its phrases is written (``str.find``): the alternation starts with «ا», which most words of a text hold."""
    return list(scan(_not_entities(), key, written_at(key, _not_entity_firsts())))


def _with_given_name(tokens: Tokens, index: int, start: int, entry: Entry) -> int:
    """Extend a known surname back over the given name written before it («دميتري بيسكوف»), and a known
    organisation over a head noun that belongs to its name («وكالة شفق نيوز»); *index* is the name's first word."""
    if index == 0 or start != tokens.starts[index] or not tokens.joined(index - 1):
        return start
    before = tokens.words[index - 1]
    if entry.type == "organization":
        head = _strip_proclitic(before, _heads_before_bodies())  # not a head written twice: «لوكالة
        # وكالة فرانس برس»; «منظمة اليونسكو» (body_heads.csv)
        return tokens.ends[index - 1] - len(head) if head and head != tokens.words[index] else start
    if before in given_names() and not given_names()[before]:
        return tokens.starts[index - 1]
    if before[:1] == "و" and before[1:] in given_names() and not given_names()[before[1:]]:
        return tokens.starts[index - 1] + 1  # «وألكساندر نوفاك»: the given name behind «و»
    return start


@cache
def _heads_before_bodies() -> frozenset[str]:
    """The heads a known organisation's span may take before it: the heads inside names and ``body_heads.csv``."""
    return heads_in_names() | _body_heads()


@cache
def _body_heads() -> frozenset[str]:
    """Heads inside the span of a known body's unquoted name after them («منظمة أوبك»: ``body_heads.csv``)."""
    return key_set("body_heads.csv", "head")
