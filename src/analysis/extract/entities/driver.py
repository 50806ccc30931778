"""The driver: :func:`find_entities` runs the rules over a match key in a fixed order (a text's entities come with
its other mentions from :func:`analysis.extract.extract`).

Weapon designations are read first, by pattern (:mod:`.weapons`), then the lexicon's names around them
(:mod:`.known`); each rule after that adds spans, drops them or puts a longer name in their place, most of them
only where a cheap test of the key (a character, a word of the shared trigger pass) says they can find something.
The names the name rules of :mod:`analysis.extract.names` find by shape or title get their canonical name here (a
gazetteer's, an acronym the lexicon knows), and every span becomes a :class:`~analysis.extract.records.Mention`
with its raw text and what a capital stands for where it is not the place itself.
"""

from __future__ import annotations

import re
from functools import cache
from operator import attrgetter, itemgetter

from ...cues import Tokens, alternation
from ...lexicons import table
from ...normalize import MatchKey
from ..gazetteers import Entry, _acronym_names, _bloc_names, _field_names, _known_acronyms, _short_company_names
from ..names import _not_names, company_words, find_names, head_surfaces, spelled_variants
from ..records import Mention
from ..spans import Spans
from .common import _as_written
from .fields import _blocks, _facilities, _facility_parts, _fields_again, _fields_by_cue, _unmarked_facility_heads
from .known import _lexicon_spans, _not_entity_matches, _not_entity_words, _quoted_names
from .organisations import (_acronyms_after, _bodies_of_countries, _bodies_of_regions, _bodies_quoted_again,
                            _committee_and_ministry_heads, _committees_of_bodies, _committees_of_councils,
                            _companies_again,
                            _companies_named_with_places, _companies_with_their_words, _company_head_forms,
                            _company_heads_spaced, _described_by_own_name, _descriptions_before_quoted_bodies,
                            _descriptions_before_quoted_names, _descriptions_before_their_names, _government_heads,
                            _governments_of_capitals, _governments_of_people, _group_description_forms,
                            _groups_after_descriptions, _headed_names_before_acronyms, _headless_companies,
                            _honorifics_inside_names, _initials_acronyms, _joint_bodies,
                            _joint_heads, _joint_pattern, _known_bodies_of_countries, _laws_with_their_head,
                            _ministries_of_countries, _misspelt_names, _numbered_acronyms, _organ_heads,
                            _organs_of_bodies, _paired_companies, _regions_joined, _short_companies_again,
                            _short_names_after_full, _short_names_again, _slashed_names, _unions)
from .outlets import (_bracketed_names, _closing_agencies, _credit_lines, _dateline_agencies, _dateline_outlets,
                      _line_starts, _line_windows, _media_forms, _media_names, _opening_outlets, _outlet_cues,
                      _outlet_words, _outlets_after_a_common_noun, _outlets_after_website, _outlets_by_their_word,
                      _relayed_outlets, _website_forms)
from .people import (_family_names_again, _family_names_alone, _given_names_before_surnames, _initial_written, _latin_names,
                     _latin_surnames, _nisba_persons, _nisba_surname_forms, _nisba_surnames, _other_family_members,
                     _russian_initials, _surnames_alone, _surnames_not_nisbas)
from .places import (_bare_forms, _currencies_not_demonyms, _directions_not_demonyms, _glued_names, _glued_nisbas,
                     _glued_pairs, _languages_not_demonyms, _listed_bare_names, _names_glued_to_verbs, _paired_places,
                     _towns_after_heads)
from .weapons import _aircraft_words, _designations, _makers_as_aircraft, _prefixes_as_aircraft


def _known_canonical(mk: MatchKey, start: int, end: int, kind: str) -> str:
    """The canonical name of a name found by context: a gazetteer's where it knows the field or the acronym, else
    the name as written.

    >>> from analysis.normalize import match_key
    >>> mk = match_key("وقالت IMF إن حقل مجنون")
    >>> _known_canonical(mk, 6, 9, "organization"), _known_canonical(mk, 13, 22, "oil_field")
    ('International Monetary Fund', 'Majnoon')
    """
    written = _as_written(mk, start, end)
    if kind == "organization":
        return _acronym_names().get(written, written)
    if kind == "oil_field":
        words = mk.key[start:end].split()
        if len(words) > 1 and words[0] in head_surfaces():
            words = words[1:]  # «حقل مجنون» → «مجنون»
        return _field_names().get(" ".join(words), written)
    return written


@cache
def _literal_place() -> re.Pattern:
    """A word of ``data/literal_place_cues.csv`` right before a capital, which makes it the place itself («وصل إلى
    موسكو»)."""
    literal = alternation(row["key"] for row in table("literal_place_cues.csv", key="word"))
    return re.compile(rf"(?<!\w)(?:{literal})\s+$")


_DATELINE = re.compile(r"\s*[-–—]\s")  # «بغداد - يشكّل…»: the place a report was filed from


def _metonym(entry: Entry, mk: MatchKey, start: int, end: int) -> str | None:
    """A capital stands for its government unless it is a place: «إلى بغداد», or a dateline «بغداد -»."""
    if not entry.metonym_for:
        return None
    dateline = _DATELINE.match(mk.key, end) and not mk.key[mk.key.rfind("\n", 0, start) + 1:start].strip()
    return None if dateline or _literal_place().search(mk.key, max(0, start - 12), start) else entry.metonym_for


def _nisba_shaped(key: str, start: int, end: int, entry: Entry) -> bool:
    """Tell whether a country's name is written as its nisba adjective («السعودية»): after a body's head and its
    description it is the adjective, inside the body's name («وزارة الطاقة السعودية», as «وزارة الخارجية
    الروسية»), and stands for the country elsewhere.

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("وقالت وزارة الطاقة السعودية إن السعودية") if m.kind == "entity"]
    ['وزارة الطاقة السعودية', 'السعودية']
    """
    return entry.type == "country" and key.startswith("ال", start) and key.endswith("يه", start, end) \
        and " " not in key[start:end]


def find_entities(mk: MatchKey, tokens: Tokens | None = None, published: str | None = None) -> list[Mention]:
    """Return the entity mentions of a match key: longest names first, without overlaps.

    *tokens*, the key's words, are shared with the other recognisers when the caller has them. *published*
    (``YYYY…``), when known, tells which person a surname that is also a nisba names (``nisba_surnames.csv``).
    """
    key, found = mk.key, []
    tokens = tokens if tokens is not None else Tokens(key)
    digits = tokens.with_digits()
    weapons = _designations(key, tokens) if digits else []
    spans = [(start, end, entry, "pattern") for start, end, entry in weapons] + _lexicon_spans(key, tokens, weapons)
    spans = _other_family_members(mk, spans)
    spans += _glued_names(key, tokens, spans)
    spans += _names_glued_to_verbs(tokens, spans)
    spans += _glued_pairs(tokens, spans)
    spans += _glued_nisbas(tokens, spans)
    if tokens.where(_nisba_surname_forms()) \
            and tokens.where(surnames := _nisba_surnames(int(published[:4]) if published else None)):
        spans = _nisba_persons(mk, tokens, spans, surnames)
    if "المصدر" in key:
        spans = _credit_lines(mk, spans)
    if '"' in key or "«" in key or "“" in key:
        spans = _quoted_names(mk, spans)
    if any(word in key for word in _not_entity_words()):
        not_names = Spans(found.span() for found in _not_entity_matches(key))  # «القوة القاهرة»
        spans = [item for item in spans if not not_names.overlaps(item[0], item[1])]
    if tokens.where(_media_forms()):
        spans = _regions_joined(_media_names(mk, tokens, spans), mk)
    spans += _surnames_alone(key, tokens, spans)
    people = [item for item in spans if item[2].type == "person"]
    names = find_names(mk, [(start, end) for start, end, entry, _ in spans if not entry.demonym],
                       [(start, end) for start, end, entry, _ in spans if entry.demonym or _nisba_shaped(key, start, end, entry)],
                       tokens, [(start, end) for start, end, _, _ in people], _family_names_alone(key, people))
    if names:
        inside = Spans((name.start, name.end) for name in names)
        spans = [item for item in spans if not inside.overlaps(item[0], item[1]) or not item[2].demonym
                 and not any(name.start <= item[0] and item[1] <= name.end for name in names)]
    for name in names:
        canonical = name.text if name.text.isascii() and name.text.isupper() \
            else _known_canonical(mk, name.start, name.end, name.type)
        if canonical.isascii() and canonical.isupper() and not key[name.start:name.end].isascii() \
                and canonical not in _known_acronyms():  # «بي بي» spells BP: Arabic has no P
            canonical = next((v for v in spelled_variants(canonical) if v in _known_acronyms()), canonical)
        kind = "group" if name.type == "organization" and canonical in _bloc_names() else name.type  # «BRICS»
        spans.append((name.start, name.end, Entry(canonical, kind), name.found_by))
    if any(entry.type == "person" for _, _, entry, _ in spans):
        spans = _family_names_again(key, _given_names_before_surnames(key, spans))
    if "(" in key:
        spans = _honorifics_inside_names(mk, spans)  # «وكالة أهل البيت (ع) للأنباء»
    spans += _acronyms_after(key, spans)
    if any(word.isascii() for word in tokens.words):
        spans += _latin_surnames(mk, tokens, spans)
        spans += _latin_names(mk, tokens, spans)
    if digits:
        spans += _numbered_acronyms(mk, tokens, spans)
    if "(" in key:
        spans = _initials_acronyms(mk, spans)
        spans = _headed_names_before_acronyms(mk, spans)
    if "/" in key:
        spans += _slashed_names(mk, spans)
    if blocks := _blocks(key, spans):  # a block named after a place («رقعة "السماوة"») names no place there
        named = Spans(blocks)
        spans = [item for item in spans if not named.overlaps(item[0], item[1])] + blocks
    if '"' in key or "“" in key or "«" in key:
        spans = _descriptions_before_their_names(mk, tokens, spans)
    if _initial_written(key):
        spans = _russian_initials(mk, spans)
    spans = _bodies_of_countries(mk, tokens, spans)
    spans = _known_bodies_of_countries(mk, spans)
    if tokens.where(_not_names()):
        spans = _outlets_after_a_common_noun(tokens, spans)  # «وكالة أنباء الأناضول»
    if "“" in key or '"' in key or "«" in key:
        spans = _descriptions_before_quoted_bodies(mk, spans)  # «مجلس النواب “الدوما”»
    if any(organ in key for organ in _organ_heads()):
        spans = _organs_of_bodies(mk, spans)  # «اللجنة المركزية للحزب الديمقراطي الكردستاني»
    if "لجنه" in key:
        spans = _committees_of_bodies(mk, spans)  # «لجنة مراقبة اتفاق أوبك+»
    if any(head in key for head in _government_heads()):
        spans = _governments_of_people(mk, spans)  # «حكومة نوري المالكي»
        spans = _governments_of_capitals(mk, spans)  # «حكومة بغداد المركزية»
    if "وزار" in key:
        spans = _ministries_of_countries(mk, tokens, spans)  # «وزارة خارجية إيران»
    if "قانون" in key:
        spans = _laws_with_their_head(key, spans)  # «قانون كاتسا»
    if tokens.where(company_words()):  # (from the shared trigger pass)
        spans = _companies_with_their_words(mk, spans)
    if "اتحاد" in key:
        spans = _unions(mk, tokens, spans)
    if any(word in key for word in _joint_pattern()[1]) or any(f"{head} ال" in key for head in _joint_heads()):
        spans = _joint_bodies(mk, spans)
    if paired := _paired_companies(mk, tokens, spans):
        inside = Spans(paired)  # the place in «هلال البصرة» names no place
        spans = [item for item in spans if not inside.overlaps(item[0], item[1])] + paired
    spans = _bracketed_names(key, spans, tokens)  # tried only where a name's first word stands: no gate needed
    spans += _dateline_agencies(mk, spans)
    if ")" in key:
        spans += _closing_agencies(mk, spans)
    if "/" in key or "-" in key or "–" in key or "—" in key or "\u0640" in mk.raw:
        if datelines := _dateline_outlets(mk, spans):  # a place inside an outlet's name names no place
            inside = Spans(datelines)
            spans = [item for item in spans if not inside.overlaps(item[0], item[1])] + datelines
    if "/" in key or "-" in key or "–" in key or "—" in key or ":" in key or "\u0640" in mk.raw:
        if outlets := _opening_outlets(mk, spans):  # a place inside an outlet's name names no place («مصر اليوم»)
            inside = Spans(outlets)
            spans = [item for item in spans if not inside.overlaps(item[0], item[1])] + outlets
    if tokens.where(_outlet_cues()[1]):  # a cue's first word is a word of its own (before a quote or a bracket)
        spans = _relayed_outlets(mk, spans, tokens)
    if tokens.where(_group_description_forms()):
        spans = _groups_after_descriptions(mk, spans)  # «تنظيم القاعدة»، «ميليشيا الحوثي»
    if tokens.where(_website_forms()):
        spans = _outlets_after_website(mk, spans)  # «لموقع العهد»
    if tokens.where(_outlet_words()):
        spans = _outlets_by_their_word(mk, tokens, spans)
    spans = _makers_as_aircraft(key, spans)  # a look at each span costs less than a search for each aircraft word
    if any(word in key for word in _aircraft_words()) or "و\"" in key or "و“" in key or "و«" in key:
        spans = _prefixes_as_aircraft(key, spans)  # «بمقاتلات من طراز "سو" و"ميغ"»
    if any(key.startswith(_company_heads_spaced(), start) for start, _, entry, _ in spans
           if entry.type == "organization"):
        spans = _short_names_again(mk, spans)
    spans = _short_names_after_full(mk, spans)
    spans = _surnames_not_nisbas(key, spans)
    if "region" in map(_TYPE, map(_ENTRY, spans)):  # (in C: no Python per span)
        spans = _bodies_of_regions(mk, spans)
    if any(head in key for head in _facility_parts()[0]) or any(head in key for head in _unmarked_facility_heads()):
        spans = _facilities(mk, spans)
    if any(head in key for head in _committee_and_ministry_heads()):  # «لجنة»، «وزارة»
        spans = _committees_of_councils(mk, spans)
    if '"' in key or "«" in key or "“" in key:
        spans = _descriptions_before_quoted_names(key, spans)
    if any(entry.demonym and entry.type == "group" for _, _, entry, _ in spans):
        spans = _directions_not_demonyms(key, spans)
    if "دولار" in key or "دينار" in key or "روبل" in key:  # the currencies named with a country's nisba in the corpus
        spans = _currencies_not_demonyms(key, spans)
    spans = _languages_not_demonyms(key, spans)  # «اللغة العربية»، «بالعربية»: the language
    if tokens.where(_bare_forms()):
        spans += _listed_bare_names(key, tokens, spans)
    if any(name.type == "oil_field" for name in names):  # the fields found after a head (few names, many spans)
        spans += _fields_again(mk, spans)
    spans += _fields_by_cue(mk, spans, tokens)
    spans = _towns_after_heads(mk, spans, tokens)
    if "-" in key or "–" in key or "—" in key or "نابيب" in key or "نبوب" in key:
        spans = _paired_places(mk, spans)
    if '"' in key or "«" in key or "“" in key:
        spans += _bodies_quoted_again(mk, spans)
    if any(name.type == "organization" and name.found_by == "pattern" for name in names) \
            or any(word in key for word in company_words()):  # «أنتون أويل فيلد» … «أنتون»
        spans += _companies_again(mk, spans)
    spans += _misspelt_names(mk, tokens, spans)  # «لوك أويك»، «مؤسسة روسوبورون-إسبورت»
    if any(name in key for name in _short_company_names()):  # «شل» again after «شركة (شل)» or «رويال داتش شل»
        spans += _short_companies_again(mk, spans)
    if "نفط " in key or "غاز " in key:  # the state companies' names start so («نفط البصرة»، «غاز الشمال»)
        spans = _headless_companies(mk, spans, tokens)
    if tokens.where(_company_head_forms()):
        spans = _companies_named_with_places(mk, tokens, spans)
    spans = _described_by_own_name(key, spans)
    raw, raw_span = mk.raw, mk.raw_span
    for start, end, entry, found_by in sorted(spans, key=itemgetter(0)):
        raw_start, raw_end = raw_span(start, end)
        found.append(Mention("entity", raw_start, raw_end, raw[raw_start:raw_end], entry.canonical, None, None,
                             entry.type, None, None, None, None, None, True if entry.demonym else None,
                             _metonym(entry, mk, start, end) if entry.metonym_for else None, found_by))
    _line_starts.cache_clear()  # the line starts shared by the outlet rules keep no text alive once it is read
    _line_windows.cache_clear()
    return found


_ENTRY, _TYPE = itemgetter(2), attrgetter("type")  # a span's entry, an entry's type
