"""Places: countries by a bare name, names glued to the word before them, towns, crossings and pipelines,
and the nisbas that name no country.

A country whose bare name is a common word («مالي») is read only in a list of countries; copied pages glue a
known place to a compass noun, a preposition or «و» («جنوبالعراق»، «روسياوالعراق») and a nisba to the word
before it. A town whose name alone is a word («القائم») is read after a head of ``data/place_heads.csv``
(``gazetteer_towns.csv``), a crossing or a pipeline by the places at its two ends («معبر القائم-البوكمال»,
``paired_heads.csv``). A bloc's nisba before a place is a direction («غربي العراق») and a country's nisba after
a currency's noun names the currency («الدولار الأمريكي»): neither is a demonym.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from babel import Locale

from ...cues import AtWordStart, Tokens, after_clitic, alternation, word_before
from ...lexicons import key_set, stopwords, table
from ...normalize import MatchKey, match_key
from ..amounts import currency_names
from ..gazetteers import Entry, _clean, _demonym_forms, lexicon
from ..names import _speech_verbs
from ..spans import Spans
from .common import _GAP, _PLACE_TYPES, _as_written, _occurrences, _replacing


@cache
def _bare_names() -> dict[str, Entry]:
    """Return ``{match key: Entry}`` for the countries whose bare name is also a common word («مالي»: financial),
    left out of the lexicon (``country_overrides.csv``) and read only in a list of countries."""
    english, arabic = Locale.parse("en").territories, Locale.parse("ar").territories
    return {_clean(arabic[row["code"]]): Entry(row["canonical"] or english.get(row["code"], row["code"]), "country")
            for row in table("country_overrides.csv") if row["exclude_bare_name"] and row["code"] in arabic}


_LIST_GAP = re.compile(r"[ \t]*(?:[،,][ \t]*و?|و)")


def _listed_bare_names(key: str, tokens: Tokens, spans: list) -> list:
    """A bare name of ``_bare_names`` joined by «و» or a comma to a country of the same list is that country:
    «مالي وموريتانيا»، «العراق ومالي» (not «دعم مالي وعسكري»); once so read, it is the country again right after
    «في»، «إلى» or «من» in the same text («موطئًا في مالي»), where «مالي» (financial) would qualify no noun.

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("زار مالي وموريتانيا. ووجد الروس موطئا في مالي") if m.kind == "entity"]
    ['مالي', 'موريتانيا', 'الروس', 'مالي']
    >>> [m.text for m in extract("قدم دعما في مالي") if m.kind == "entity"]
    []
    """
    bare = _bare_names()
    countries = [(start, end) for start, end, entry, _ in spans if entry.type == "country" and not entry.demonym]
    taken, found = Spans(spans), []
    for index in tokens.where(_bare_forms()):
        word = tokens.words[index]
        clitic = "و" if word not in bare else ""
        start, end = tokens.starts[index] + len(clitic), tokens.ends[index]
        if taken.overlaps(start, end):
            continue
        listed = any(_LIST_GAP.fullmatch(key[e:tokens.starts[index]] + clitic) and e <= tokens.starts[index]
                     for _, e in countries) or any(_LIST_GAP.fullmatch(key[end:s]) and s >= end for s, _ in countries)
        if listed:
            found.append((start, end, bare[word[len(clitic):]], "lexicon"))
    if found:  # «… مالي وموريتانيا … موطئًا في مالي»: once listed, the country after a preposition of place
        read = {key[start:end] for start, end, _, _ in found}
        listed_at = {start for start, _, _, _ in found}
        for index in tokens.where(_bare_forms()):
            word, start = tokens.words[index], tokens.starts[index]
            if word in read and start not in listed_at and index and tokens.words[index - 1] in _PLACE_PREPOSITIONS \
                    and not tokens.gaps[index].strip() and not taken.overlaps(start, tokens.ends[index]):
                found.append((start, tokens.ends[index], bare[word], "lexicon"))
    return found


_PLACE_PREPOSITIONS = frozenset({"في", "الى", "من"})  # match keys: «في مالي»، «إلى مالي»، «من مالي»


@cache
def _bare_forms() -> frozenset[str]:
    """The written forms of the bare names, alone or after «و» (one object, so the shared trigger pass finds them)."""
    return frozenset(_bare_names()) | frozenset("و" + name for name in _bare_names())


@cache
def _glued_prefixes() -> frozenset[str]:
    """The words of ``data/glued_prefixes.csv``, alone and behind «و» («ووزيرالعراق»)."""
    words = key_set("glued_prefixes.csv", "word")
    return words | {"و" + word for word in words}


def _glued_words(tokens: Tokens) -> list[int]:
    """Return the indices of the words that are a prefix of ``glued_prefixes.csv``, the article and at least three
    letters («جنوبالعراق»), in text order.

    Such a word has seven letters or more: only the long words (picked in C) are read. A ``str.find`` of each
    prefix and «ال» cost more: it passes over the whole key once per prefix, and on Arabic text, where the letters
    of «ال» are everywhere, at about a character a step (a property test checks this against reading every word).
    """
    prefixes, words = _glued_prefixes(), tokens.words
    return [i for i in tokens.longer_than(6) if (at := words[i].find("ال", 2)) >= 2 and len(words[i]) - at >= 5
            and words[i][:at] in prefixes]


def _glued_names(key: str, tokens: Tokens, spans: list) -> list:
    """A known place or body with the article glued to a compass noun or a preposition before it («جنوبالعراق»،
    «فيالعراق»; ``data/glued_prefixes.csv``): the name alone, outside the spans already found.

    >>> from analysis.normalize import match_key
    >>> mk = match_key("تقع في جنوبالعراق قرب")
    >>> [(mk.key[s:e], x.canonical) for s, e, x, _ in _glued_names(mk.key, Tokens(mk.key), [])]
    [('العراق', 'Iraq')]
    """
    names, found, taken = lexicon(), [], None
    for i in _glued_words(tokens):
        word = tokens.words[i]
        at = word.find("ال", 2)
        entry = names.get(word[at:])
        if entry is None or entry.demonym or entry.type not in ("country", "city", "region", "organization"):
            continue
        taken = taken or Spans(spans)
        start, end = tokens.starts[i] + at, tokens.ends[i]
        if not taken.overlaps(start, end):
            found.append((start, end, entry, "lexicon"))
    return found


def _names_glued_to_verbs(tokens: Tokens, spans: list) -> list:
    """A known name glued to a verb of speech before it, as copied pages lose the space after a word («وقالبوتين»،
    «وأكدلافروف»; the verbs of ``speech_cues.csv``): the name alone, outside the spans already found. No Arabic word
    is a verb of three letters or more and a name of four letters or more of the lexicon; a nisba is left alone.

    >>> from analysis.normalize import match_key
    >>> mk = match_key("وقالبوتين إن روسيا")
    >>> [(mk.key[s:e], x.canonical) for s, e, x, _ in _names_glued_to_verbs(Tokens(mk.key), [])]
    [('بوتين', 'Vladimir Putin')]
    """
    names, verbs, found, taken = lexicon(), _speech_verbs(), [], None
    for i in tokens.longer_than(6):
        word = tokens.words[i]
        if word in names or word in verbs:
            continue
        for at in range(3, len(word) - 3):
            entry = names.get(word[at:]) if word[:at] in verbs else None
            if entry is not None and not entry.demonym:
                taken = taken or Spans(spans)
                start, end = tokens.starts[i] + at, tokens.ends[i]
                if not taken.overlaps(start, end):
                    found.append((start, end, entry, "lexicon"))
                break
    return found


def _glued_pairs(tokens: Tokens, spans: list) -> list:
    """Two known places glued by «و» into one word, as copied pages write them («روسياوالعراق»،
    «ألمانياوفرنسا»), or with no «و» before the second's article («روسياالعراق»): each name alone, outside the spans
    already found.

    >>> from analysis.normalize import match_key
    >>> mk = match_key("التعاون بين روسياوالعراق في مجال النفط")
    >>> [(mk.key[s:e], x.canonical) for s, e, x, _ in _glued_pairs(Tokens(mk.key), [])]
    [('روسيا', 'Russia'), ('العراق', 'Iraq')]
    """
    names, found, taken = lexicon(), [], None
    for i in tokens.longer_than(7):  # the words of eight letters or more (picked in C)
        word = tokens.words[i]
        if word in names:
            continue
        # glued by «و», or with no «و» between them: the second name's article glued to the first («روسياالعراق»)
        if pair := _place_pair(word, names, "و", 1, 4) or _place_pair(word, names, "ال", 0, 5):
            first_end, second_start, first, second = pair
            taken = taken or Spans(spans)
            start = tokens.starts[i]
            if not taken.overlaps(start, tokens.ends[i]):
                found += [(start, start + first_end, first, "lexicon"),
                          (start + second_start, tokens.ends[i], second, "lexicon")]
    return found


def _place_pair(word: str, names: dict[str, Entry], joint: str, dropped: int,
                shortest: int) -> tuple[int, int, Entry, Entry] | None:
    """The first split of *word* at *joint* (after three letters at least, *shortest* letters at least from the joint
    on) into two known places, neither a demonym: where the first ends, where the second starts (*dropped* letters of
    the joint, «و», left out of both) and their entries; else None."""
    at = word.find(joint, 3)
    while at != -1 and len(word) - at >= shortest:
        first, second = names.get(word[:at]), names.get(word[at + dropped:])
        if first and second and first.type in _PLACE_TYPES and second.type in _PLACE_TYPES \
                and not (first.demonym or second.demonym):
            return at, at + dropped, first, second
        at = word.find(joint, at + 1)
    return None


GLUED_NISBA_AFTER = 5  # the definite word a nisba is glued to has three letters or more after «ال» («الامن»); in
# «الطالباني» the «الباني» after «الط» is no nisba of Albania but the rest of a surname


def _glued_nisbas(tokens: Tokens, spans: list) -> list:
    """A country's nisba with the article glued to the definite word before it, as copied pages write it
    («الخارجيةالروسي»، «الوزراءالعراقي»، «العاصمةالروسية»): the nisba alone, a demonym.

    >>> from analysis.normalize import match_key
    >>> mk = match_key("وقال وزير الخارجيةالروسي إن")
    >>> [(mk.key[s:e], x.canonical) for s, e, x, _ in _glued_nisbas(Tokens(mk.key), [])]
    [('الروسي', 'Russia')]
    """
    names, found, taken = lexicon(), [], None
    for i in tokens.longer_than(8):  # the words of nine letters or more (picked in C)
        word = tokens.words[i]
        if not word.startswith("ال") or word in names:
            continue
        at = word.find("ال", GLUED_NISBA_AFTER)
        while at != -1:
            entry = names.get(word[at:])
            if entry is not None and entry.demonym and len(word) - at >= 5:
                taken = taken or Spans(spans)
                start = tokens.starts[i] + at
                if not taken.overlaps(tokens.starts[i], tokens.ends[i]):
                    before = names.get(word[:at])
                    if before is not None and before.demonym:  # «العراقيةالروسية»: two nisbas, each marked
                        found.append((tokens.starts[i], start, before, "lexicon"))
                    found.append((start, tokens.ends[i], entry, "lexicon"))
                break
            at = word.find("ال", at + 1)
    return found


@cache
def _headed_town_rows() -> tuple[tuple[str, str, str], ...]:
    """``(match key, canonical, type)`` of the towns of ``gazetteer_towns.csv`` whose name alone is a word or another
    name (``bare`` empty), in the table's order: what :func:`_headed_towns` and :func:`_headed_town_entries` read."""
    return tuple((" ".join(row["key"].split()), row["canonical"], row["type"])
                 for row in table("gazetteer_towns.csv", key="alias") if not row["bare"])


@cache
def _headed_towns() -> tuple[AtWordStart | re.Pattern, ...] | None:
    """The towns of ``gazetteer_towns.csv`` whose name alone is a word or another name (``bare`` empty: «القائم»,
    «standing»): right after a head of ``place_heads.csv`` («قضاء»، «بلدة»); after a dual head, a word or two and «و»
    («مدينتي البوكمال والميادين»); behind «و» or a dash (matched at the end of a town found: «زمار وربيعة»، the pair of
    a crossing «"البوكمال- القائم"», the town before «و» one of the gazetteer's);
    after the head of a crossing, which names the crossing («منفذ إبراهيم الخليل»); and a river after a word of
    ``river_cues.csv`` («غرب الفرات»). None if there is no such town."""
    rows = _headed_town_rows()
    if not rows:
        return None
    towns = alternation(key for key, _, _ in rows)
    cities = alternation(key for key, _, kind in rows if kind == "city")  # not the rivers
    heads = key_set("place_heads.csv", "head")
    duals = key_set("place_heads.csv", "head", lambda row: row["list"] == "yes")
    crossings = [key for key, kind in _paired_heads().items() if kind == "region"]
    rivers = alternation(key for key, _, kind in rows if kind == "region")
    cues = key_set("river_cues.csv", "cue")
    villages = key_set("place_heads.csv", "head", lambda row: row["any_name"] == "yes")

    def headed(core: str, first: Iterable[str]) -> AtWordStart:  # tried where a head's first word is written
        return AtWordStart(core, first_words={phrase.split()[0] for phrase in first})

    return (headed(rf"(?:{alternation(heads)})[ \t]+(?P<name>{towns})(?!\w)", heads),
            headed(rf"(?:{alternation(duals)})[ \t]+\w+(?:[ \t]+\w+)?[ \t]+و(?P<name>{towns})(?!\w)", duals),
            re.compile(rf"(?:[ \t]+و|[ \t]*[-–—][ \t]*)(?P<name>{cities})(?!\w)"),
            headed(rf"(?P<crossing>(?:{alternation(crossings)})[ \t]+(?P<name>{towns}))(?!\w)", crossings),
            headed(rf"(?:{alternation(cues)})[ \t]+(?:(?:{rivers})[ \t]+و)?(?P<name>{rivers})(?!\w)", cues),
            headed(rf"(?:{alternation(cues)})[ \t]+(?P<name>{rivers})(?!\w)", cues),
            headed(rf"(?:{alternation(villages)})[ \t]+(?P<name>ال\w{{3,}})(?!\w)", villages))


def _headed_town_triggers() -> tuple[frozenset[str], ...]:
    """The words where the patterns of :func:`_headed_towns` can start, for the shared trigger pass."""
    return tuple(pattern.triggers for pattern in _headed_towns() or () if isinstance(pattern, AtWordStart))


@cache
def _headed_town_entries() -> dict[str, Entry]:
    """``{match key: Entry}`` of the towns of :func:`_headed_town_rows`."""
    return {key: Entry(canonical, kind) for key, canonical, kind in _headed_town_rows()}


@cache
def _town_canonicals() -> frozenset[str]:
    """The canonical names of the towns of ``gazetteer_towns.csv`` (not its rivers), bare or read after a head; from
    the one reading of the table the lexicon and :func:`_headed_town_rows` share."""
    return frozenset(row["canonical"] for row in table("gazetteer_towns.csv", key="alias") if row["type"] == "city")


def _towns_after_heads(mk: MatchKey, spans: list, tokens: Tokens | None = None) -> list:
    """A town whose name alone is a word or another name («القائم»، «الميادين»: a channel too) right after a head
    that names a town («قضاء»، «بلدة»، «مدينة»; ``place_heads.csv``), after a dual head and a first town and «و»,
    behind «و» right after a town of the same gazetteer («زمار وربيعة»), or behind a dash right after a city (the
    two sides of a crossing, «"التنف- الوليد"»): the town, the head left out (as the corpus gold leaves
    «قضاء» and «مدينة» out); a name read otherwise inside it gives way, one that starts before it stays («غرب
    القرنة», the field).

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("عادت إلى بلدة القائم وبين مدينتي البوكمال والميادين ثم زمار وربيعة")
    ...  if m.kind == "entity"]
    ['القائم', 'البوكمال', 'الميادين', 'زمار', 'ربيعة']
    """
    patterns = _headed_towns()
    if patterns is None:
        return spans
    key, entries = mk.key, _headed_town_entries()
    after_head, after_dual, after_and, crossing, rivers, river, village = patterns
    crossings = [(match.start("crossing"), match.end("crossing"),
                  Entry(_as_written(mk, match.start("crossing"), match.end("crossing")), "region"), "pattern")
                 for match in crossing.finditer(key, tokens)]  # «منفذ إبراهيم الخليل»: the crossing, head included
    if crossings:
        inside = Spans(crossings)
        spans = [item for item in spans if not inside.overlaps(item[0], item[1])] + crossings
    matches = [*after_head.finditer(key, tokens), *after_dual.finditer(key, tokens), *rivers.finditer(key, tokens),
               *river.finditer(key, tokens)]
    villages = [match for match in village.finditer(key, tokens) if match.group("name") not in entries]  # «بلدة الدوير»
    listed = _town_canonicals()  # a list of towns («زمار وربيعة»), not a capital and a word («بغداد والحي»)
    towns = sorted((end, entry) for _, end, entry, _ in spans if entry.type == "city")
    matches += [match for end, entry in towns if (match := after_and.match(key, end))
                and (entry.canonical in listed or match.group(0).lstrip(" \t")[:1] in "-–—"
                     and not entry.metonym_for)]  # a dash after a capital is a dateline's («بغداد - …»)
    found, seen = [], set()
    for match in matches:
        start, end = match.span("name")
        if start in seen or any(s < start < e or s == start and e > end for s, e, _, _ in spans):
            continue  # a name that starts before the town and runs into it stays («غرب القرنة»)
        seen.add(start)
        found.append((start, end, entries[match.group("name")], "pattern"))
    taken = Spans(spans + found)
    for match in villages:  # a name no list knows: only where nothing else was read
        if not taken.overlaps(*match.span("name")) and match.group("name") not in stopwords():  # «بلدة المذكورة»
            found.append((*match.span("name"), Entry(_as_written(mk, *match.span("name")), "city"), "pattern"))
    return _replacing(spans, found)


@cache
def _paired_heads() -> dict[str, str]:
    """``{match key: type}`` of ``paired_heads.csv``: heads of a crossing or a pipeline named by two places."""
    return {" ".join(row["key"].split()): row["type"] for row in table("paired_heads.csv", key="head")}


_PAIR_DASH = re.compile(r"[ \t]*[-–—][ \t]*")


def _paired_places(mk: MatchKey, spans: list) -> list:
    """A crossing or a pipeline named by the places at its two ends, a dash between them («معبر القائم-البوكمال»،
    «معبر البوكمال – القائم»، «خط أنابيب العراق-تركيا»): one name, head included, the places inside it not marked
    (``paired_heads.csv``). Each end is a place found, or a town of ``gazetteer_towns.csv`` read only after a head.

    >>> from analysis.extract import extract
    >>> [(m.text, m.type) for m in extract("افتتح معبر البوكمال – القائم وعاد النفط عبر خط أنابيب كركوك-جيهان")
    ...  if m.kind == "entity"]
    [('معبر البوكمال – القائم', 'region'), ('خط أنابيب كركوك-جيهان', 'oil_field')]
    """
    key, heads = mk.key, _paired_heads()
    places = {}
    for start, end, entry, _ in spans:
        if entry.type in _PLACE_TYPES and not entry.demonym or entry.type == "region":
            places[start] = max(end, places.get(start, end))
    towns = _headed_town_entries()
    found = []
    for head, kind in heads.items():
        for at in _occurrences(key, head):
            gap = _GAP.match(key, at + len(head))
            if not after_clitic(key, at, ("", "و", "ب", "ل", "وب", "ول")) or not gap \
                    or any(key.startswith(other + " ", gap.end()) for other in heads):
                continue  # «فتح معبر معبر القائم-البوكمال»: the page's head written twice, the name after the second
            first = max([places.get(gap.end(), 0), places.get(at, 0)])  # «كركوك», or a crossing read whole
            dash = _PAIR_DASH.match(key, first) if first > gap.end() else None
            if not dash and first > gap.end() and ("نابيب" in head or "نبوب" in head):
                dash = _GAP.match(key, first)  # «خط أنابيب كركوك جيهان»: a pipe's two ends without a dash
            if not dash:
                continue
            second = places.get(dash.end()) or next((dash.end() + len(town) for town in towns
                                                      if key.startswith(town, dash.end())
                                                      and not key[dash.end() + len(town):][:1].isalnum()), None)
            if second:
                found.append((at, second, Entry(_as_written(mk, at, second), kind), "pattern"))
    if not found:
        return spans
    found.sort(key=lambda item: (item[0], -item[1]))
    found = [item for k, item in enumerate(found) if not any(item[0] < e for _, e, _, _ in found[:k])]
    inside = Spans(found)
    return [item for item in spans if not inside.overlaps(item[0], item[1])] + found


def _directions_not_demonyms(key: str, spans: list) -> list:
    """A bloc's nisba without the article right before a place is a direction, not the bloc: «غربي العراق» (the west
    of Iraq), not the West; so is one with the article after a compass noun («الجنوب الغربي»: the south-west, a
    compass noun of ``glued_prefixes.csv``); «العقوبات الغربية» stays.

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("حقل عكاز غربي العراق والعقوبات الغربية") if m.kind == "entity"]
    ['حقل عكاز', 'العراق', 'الغربية']
    """
    places = {start for start, _, entry, _ in spans if entry.type in _PLACE_TYPES and not entry.demonym}
    kept = []
    for item in spans:
        start, end, entry, _ = item
        if entry.demonym and entry.type == "group" and not key.startswith("ال", start):
            gap = _GAP.match(key, end)
            if gap and gap.end() in places:
                continue
        if entry.demonym and entry.type == "group" and key.startswith("ال", start) \
                and (before := _COMPASS_BEFORE.search(key, max(0, start - 10), start)) \
                and before.group(1) in _glued_prefixes():
            continue  # «إلى الجنوب الغربي من …»: the south-west, a direction
        kept.append(item)
    return kept


@cache
def _language_cues() -> dict[str, frozenset[str]]:
    """``{form of a nisba: the words before it that make it a language}`` (``data/language_cues.csv``): «اللغة
    العربية»، «يجيد العربية»، «بالعربية» («ب» glued to the nisba alone)."""
    cues: dict[str, set[str]] = {}
    for row in table("language_cues.csv", key="word"):
        for form in _demonym_forms(match_key(row["nisba"]).key):
            cues.setdefault(form, set()).add(row["key"])
    return {form: frozenset(words) for form, words in cues.items()}


def _languages_not_demonyms(key: str, spans: list) -> list:
    """A nisba that names a language is not marked: after a word of ``data/language_cues.csv`` («اللغة العربية»،
    «ولا يجيد العربية») or with «ب» glued to it alone («بالعربية»), the language is meant, not the Arab states (the
    corpus guide, the nisba of a region or of the Arab states, settled after zu).

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("كتب البيان باللغة العربية وبالعربية وأرسله إلى الدول العربية") if m.kind == "entity"]
    ['العربية']
    """
    cues, kept = _language_cues(), []
    for item in spans:
        start, end, entry, _ = item
        words = cues.get(key[start:end]) if entry.demonym else None
        if words:
            glued = start > 0 and key[start - 1] == "ب" and (start < 2 or not key[start - 2].isalpha()
                                                              or start > 2 and key[start - 2] == "و"
                                                              and not key[start - 3].isalpha())
            before, _ = word_before(key, start, 16)
            if glued and "ب" in words or before is not None and any(
                    before[len(clitic):] in words for clitic in ("", "و", "ف", "ب", "ل", "وب") if before.startswith(clitic)):
                continue
        kept.append(item)
    return kept


_COMPASS_BEFORE = re.compile(r"(?<!\w)(?:[وبل]|وب|ول)?ال(\w+)[ \t]+$")  # «الجنوب الغربي»: the compass noun before


@cache
def _currency_adjectives() -> frozenset[str]:
    """The nisbas that name a currency with its noun («الأمريكي» of «الدولار الأمريكي»): a demonym that is none of
    them is no currency's, and the word before it is not read."""
    return frozenset(adjective for _, adjective in currency_names() if adjective)


def _currencies_not_demonyms(key: str, spans: list) -> list:
    """A country's nisba after a currency's noun names the currency with it («بالدولار الأمريكي»، «الدينار
    العراقي»: CLDR's names, as the amounts read them), not a demonym; the currency alone is not marked (the corpus
    guide, i01).

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("أوقف معاملاته بالدولار الأمريكي مع البنوك الأمريكية") if m.kind == "entity"]
    ['الأمريكية']
    """
    names, adjectives = currency_names(), _currency_adjectives()
    kept = []
    for item in spans:
        start, end, entry, _ = item
        if entry.demonym and key[start:end] in adjectives \
                and (noun := word_before(key, start, 24)[0]):
            nouns = {noun, noun[1:] if noun[:1] in "وبل" else noun, "ال" + noun[2:] if noun.startswith("لل") else noun}
            if any((form, key[start:end]) in names for form in nouns):
                continue
        kept.append(item)
    return kept
