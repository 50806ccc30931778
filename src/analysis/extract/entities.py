"""Named entities: countries, cities, people, organisations, laws and weapon systems.

Countries come from CLDR through Babel (every territory's Arabic name, with
its English name as the canonical value), cities from CLDR's time-zone
exemplar cities; ``data/entities.csv`` adds aliases, capitals (which may stand
for their governments), people, organisations, laws and weapon systems, and
``data/demonyms.csv`` the nisba adjectives («الروسية»، «العراقي»), flagged
``demonym=True``. Weapon designations («إس 400»، «إم آي – 28»، «S-400») are
read by pattern.

Clitics are matched, never stripped blindly: a name may follow و ف and ب ل ك
(and «لل» before a name that starts with «ال»), but a token that is itself a
name is read whole first, so «بغداد» is never ب + «غداد».

>>> [(m.text, m.value, m.type) for m in extract_entities("وصل شويغو إلى بغداد وللعراق علاقات مع موسكو")]
[('شويغو', 'Sergei Shoigu', 'person'), ('بغداد', 'Baghdad', 'city'), ('للعراق', 'Iraq', 'country'), ('موسكو', 'Moscow', 'city')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from ..cues import Lexicon, Tokens, alternation, scan, word_starts
from ..lexicons import table
from ..normalize import MatchKey, match_key, normalize, remove_diacritics, remove_tatweel
from .names import compound_surname, find_names, given_names, heads_in_names, media_heads, place_heads
from .records import Mention, mention
from .spans import Spans


@dataclass(frozen=True)
class Entry:
    """What a name in the lexicon stands for."""

    canonical: str
    type: str
    metonym_for: str | None = None
    demonym: bool = False


def _clean(name: str) -> str:
    return " ".join(normalize(re.sub(r"\s*\([^)]*\)", "", name)).split())


@cache
def _countries() -> dict[str, Entry]:
    from babel import Locale

    overrides = {row["code"]: row for row in table("country_overrides.csv")}
    english, arabic = Locale.parse("en").territories, Locale.parse("ar").territories
    names = {}
    for code, name in arabic.items():
        if len(code) != 2 or not code.isalpha() or overrides.get(code, {}).get("exclude_bare_name"):
            continue
        canonical = (overrides.get(code) or {}).get("canonical") or english.get(code, code)
        for part in [name, *re.findall(r"\(([^)]*)\)", name)]:
            names.setdefault(_clean(part), Entry(canonical, "country"))
    return names


@cache
def _regions() -> dict[str, Entry]:
    """Continents and world regions by their CLDR names («أفريقيا»، «أمريكا اللاتينية»); not «العالم» (the world),
    nor a part named by a compass word («شمال أفريقيا»: the press names the continent, and the corpus guide marks
    «أفريقيا» alone).

    >>> _regions()["امريكا اللاتينيه"], "العالم" in _regions(), "شمال افريقيا" in _regions()
    (Entry(canonical='Latin America', type='region', metonym_for=None, demonym=False), False, False)
    """
    from babel import Locale

    from ..lexicons import stopwords

    english, arabic = Locale.parse("en").territories, Locale.parse("ar").territories
    return {_clean(name): Entry(english[code], "region") for code, name in arabic.items()
            if code.isdigit() and code != "001" and code in english and _clean(name).split()[0] not in stopwords()}


@cache
def _bare_names() -> dict[str, Entry]:
    """Return ``{match key: Entry}`` for the countries whose bare name is also a common word («مالي»: financial),
    left out of the lexicon (``country_overrides.csv``) and read only in a list of countries."""
    from babel import Locale

    english, arabic = Locale.parse("en").territories, Locale.parse("ar").territories
    return {_clean(arabic[row["code"]]): Entry(row["canonical"] or english.get(row["code"], row["code"]), "country")
            for row in table("country_overrides.csv") if row["exclude_bare_name"] and row["code"] in arabic}


_LIST_GAP = re.compile(r"[ \t]*(?:[،,][ \t]*و?|و)")


def _listed_bare_names(key: str, tokens: Tokens, spans: list) -> list:
    """A bare name of ``_bare_names`` joined by «و» or a comma to a country of the same list is that country:
    «مالي وموريتانيا»، «العراق ومالي» (not «دعم مالي وعسكري»)."""
    bare = _bare_names()
    countries = [(start, end) for start, end, entry, _ in spans if entry.type == "country" and not entry.demonym]
    taken, found = Spans((start, end) for start, end, _, _ in spans), []
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
    return found


@cache
def _bare_forms() -> frozenset[str]:
    """The written forms of the bare names, alone or after «و» (one object, so the shared trigger pass finds them)."""
    return frozenset(_bare_names()) | frozenset("و" + name for name in _bare_names())


@cache
def _media_forms() -> frozenset[str]:
    """Every word the head of :func:`_as_media` can be read from: a media or place head, alone or after a proclitic.
    A text without any has no name for :func:`_as_media` to change."""
    heads = media_heads() | place_heads()
    return heads | frozenset(clitic + head for head in heads for clitic in ("و", "ف", "ب", "ل", "ول", "وب"))


@cache
def _cities() -> dict[str, Entry]:
    from babel import Locale

    english = Locale.parse("en").time_zones
    cities = {}
    for zone, names in Locale.parse("ar").time_zones.items():
        if "city" in names and "/" in zone:
            canonical = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
            cities.setdefault(_clean(names["city"]), Entry(canonical, "city"))
    return cities


def _demonym_forms(stem: str) -> set[str]:
    """The written forms of a nisba (its stem ends in «ي»): feminine, plural and dual («عراقيان»، «الروسيتين»).

    >>> sorted(f for f in _demonym_forms("عراقي") if f.endswith("ان") or f.endswith("تين"))
    ['العراقيان', 'العراقيتان', 'العراقيتين', 'عراقيان', 'عراقيتان', 'عراقيتين']
    """
    forms = {stem, stem + "ه", stem + "ا", stem + "ين", stem + "ون", stem + "ات", stem + "يه",
             stem + "ان", stem + "تان", stem + "تين"}
    return forms | {"ال" + form for form in forms}


@cache
def lexicon() -> dict[str, Entry]:
    """Return ``{match key: Entry}`` for every name the extractor knows."""
    names = dict(_cities())
    names.update(_countries())  # a country wins over a city of the same name («الكويت»)
    names.update({name: entry for name, entry in _regions().items() if name not in names})
    for row in table("entities.csv", key="alias"):
        names[" ".join(row["key"].split())] = Entry(row["canonical"], row["type"], row["metonym_for"] or None)
    for row in table("demonyms.csv", key="form"):
        forms = _demonym_forms(row["key"]) if row["generate"] == "yes" else {row["key"], "ال" + row["key"]}
        for form in forms:
            names.setdefault(form, Entry(row["canonical"], row["type"], demonym=True))
    for stem, canonical in _generated_nisbas().items():  # after the curated list, which wins
        for form in _demonym_forms(stem):
            names.setdefault(form, Entry(canonical, "country", demonym=True))
    return names


@cache
def _generated_nisbas() -> dict[str, str]:
    """Return ``{nisba stem: country}`` for the one-word Arabic country names of CLDR, by the regular rule.

    The nisba drops the article and a final «ا», and ends in «ي»: «فنزويلا» → «فنزويلي»، «الهند» → «هندي»،
    «ماليزيا» → «ماليزي». Names ending in «ي» or «ة», stems of fewer than four letters, stems that are stop
    words, and the countries marked ``no_nisba`` in ``country_overrides.csv`` (a stem that is also a common
    word) get none.

    >>> _generated_nisbas()["فنزويلي"], _generated_nisbas()["ماليزي"]
    ('Venezuela', 'Malaysia')
    """
    from babel import Locale

    from ..lexicons import stopwords

    overrides = {row["code"]: row for row in table("country_overrides.csv")}
    english, arabic = Locale.parse("en").territories, Locale.parse("ar").territories
    stems: dict[str, str] = {}
    for code, name in arabic.items():
        row = overrides.get(code, {})
        words = _clean(name).split()
        if len(code) != 2 or not code.isalpha() or row.get("no_nisba") or row.get("exclude_bare_name") \
                or len(words) != 1 or words[0].endswith(("ي", "ه")):
            continue
        base = words[0][2:] if name.startswith("ال") else words[0]  # «الهند», not «ألمانيا»
        stem = base[:-1] if base.endswith("يا") else base[:-1] + "ي" if base.endswith("ا") else base + "ي"
        if len(stem) >= 4 and stem not in stopwords():
            stems.setdefault(stem, row.get("canonical") or english.get(code, code))
    return stems


_SEPARATOR = r"(?:\s*[\"'«»“”]\s*|\s+)"  # «شفق" نيوز»: quotes may sit between the words of a name


_VARIANT_TAIL = re.compile(r"[-–]\w+(?:\s*\d+)?")


@cache
def _matcher() -> Lexicon:
    """The lexicon's names compiled once with their clitic-bearing written forms (see :class:`analysis.cues.Lexicon`).

    Words of a name may be separated by spaces, a line break or quotes («شفق" نيوز»).
    """
    return Lexicon(lexicon(), joiner=re.compile(_SEPARATOR))


@cache
def weapon_prefixes() -> dict[str, str]:
    """Weapon designation prefixes as match keys («ميغ», «mig») → the family they name (``data/weapon_prefixes.csv``)."""
    return {row["key"]: row["family"] for row in table("weapon_prefixes.csv", key="prefix")}


@cache
def _patterns() -> dict[str, re.Pattern]:
    prefixes = alternation(weapon_prefixes(), joiner=" ")  # «بي ام بي»: one space, as written in the key
    literal = alternation(row["key"] for row in table("literal_place_cues.csv", key="word"))
    return {
        "weapon": re.compile(rf"(?<!\w)(?:و|ف|ب|ل)?(?P<name>(?P<prefix>{prefixes})\s*[-–—]?\s*(?P<number>\d{{1,4}})"
                             rf"(?P<suffix>[a-z]{{0,3}}))(?![\w])"),
        "literal_place": re.compile(rf"(?<!\w)(?:{literal})\s+$"),
        "dateline": re.compile(r"\s*[-–—]\s"),  # «بغداد - يشكّل…»: the place a report was filed from
    }


@cache
def field_phase() -> re.Pattern:
    """The phase after a field's name («غرب القرنة-2»، «غرب القرنة/ 2»، «غرب القرنة المرحلة الثانية»), not a number
    that starts an amount. The ordinal of «المرحلة» is feminine: «الثاني» (``data/ordinals.csv``) + «ة», «الأول» + «ى»."""
    from .numbers import patterns

    ordinals = [row["key"] for row in table("ordinals.csv", key="word") if row["key"].startswith("ال")
                and int(row["value"]) <= 10 and row["key"] != "الحادي"]
    feminine = alternation(w + "ي" if w == "الاول" else w + "ه" for w in ordinals)
    return re.compile(rf"(?:\s*[-–—/]\s*|[ \t]+)[1-9](?!\d|[.,]\d|\s*%|\s*(?:{patterns()['scale']})(?!\w))"
                      rf"|[ \t]+(?:ال)?مرحله[ \t]+(?:{feminine})(?!\w)")


@cache
def _block_pattern() -> re.Pattern:
    """A numbered oil or gas block: a head of ``data/field_blocks.csv``, then «رقم» and a number, a number, or a
    feminine ordinal («الرقعة الاستكشافية العاشرة»، «الرقعة رقم 10»، «بلوك 10»; ``data/ordinals.csv``)."""
    heads = alternation(" ".join(row["key"].split()) for row in table("field_blocks.csv", key="head"))
    ordinals = {row["key"]: int(row["value"]) for row in table("ordinals.csv", key="word")
                if row["key"].startswith("ال") and int(row["value"]) <= 20}
    feminine = alternation(w + "ي" if w == "الاول" else w + "ه" for w in ordinals)
    return re.compile(rf"(?<!\w)(?:و|ب|ل|وب)?(?P<name>(?:{heads})\s+(?:(?:رقم\s+)?(?P<number>\d{{1,3}})(?![\d.,])"
                      rf"|(?P<ordinal>{feminine}))(?!\w))")


@cache
def _feminine_ordinals() -> dict[str, int]:
    ordinals = {row["key"]: int(row["value"]) for row in table("ordinals.csv", key="word") if row["key"].startswith("ال")}
    return {(w + "ي" if w == "الاول" else w + "ه"): value for w, value in ordinals.items()}


def _blocks(key: str, spans: list) -> list:
    """Numbered oil or gas blocks («الرقعة الاستكشافية العاشرة» → Block 10), outside the spans already found.

    >>> from analysis.normalize import match_key
    >>> [(e.canonical, e.type) for _, _, e, _ in _blocks(match_key("فاز بتطوير الرقعة الاستكشافية العاشرة").key, [])]
    [('Block 10', 'oil_field')]
    """
    if "رقع" not in key and "بلوك" not in key:
        return []
    taken = Spans((start, end) for start, end, _, _ in spans)
    found = []
    for match in _block_pattern().finditer(key):
        start, end = match.span("name")
        if taken.overlaps(start, end):
            continue
        number = int(match.group("number")) if match.group("number") else _feminine_ordinals()[match.group("ordinal")]
        found.append((start, end, Entry(f"Block {number}", "oil_field"), "pattern"))
    return found


@cache
def _pair_heads() -> frozenset[str]:
    return frozenset(row["key"] for row in table("pair_heads.csv", key="head"))


def _paired_companies(mk: MatchKey, tokens: Tokens, spans: list) -> list:
    """The second of two companies after a dual head, each followed by its country's nisba: «شركتي لوك أويل
    الروسية وانبكس اليابانية» → «انبكس» (``data/pair_heads.csv``); the first must be a known organisation.

    >>> from analysis.extract import extract
    >>> [m.text for m in extract("فاز ائتلاف شركتي لوك أويل الروسية وانبكس اليابانية بالرقعة") if m.type == "organization"]
    ['لوك أويل', 'انبكس']
    """
    words, starts, ends, n = tokens.words, tokens.starts, tokens.ends, len(tokens.words)
    heads = tokens.where(_pair_heads())
    if not heads:
        return []
    by_start = {start: (end, entry) for start, end, entry, _ in spans}
    index = {start: i for i, start in enumerate(starts)}
    taken, found = Spans((start, end) for start, end, _, _ in spans), []
    for i in heads:
        first = by_start.get(starts[i + 1]) if i + 1 < n else None
        if first is None or first[1].type != "organization":
            continue
        k = next((j for j in range(i + 1, n) if starts[j] >= first[0]), n)  # the token after the first name
        nisba = by_start.get(starts[k]) if k < n else None
        if nisba is None or not nisba[1].demonym or k + 2 >= n:
            continue
        k = index.get(_next_start(starts, nisba[0]), n)  # the token after the nisba
        if k + 1 >= n:
            continue
        word = words[k]
        second = by_start.get(starts[k + 1])
        if not word.startswith("و") or len(word) < 4 or word[1:].startswith("ال") or second is None \
                or not second[1].demonym or taken.overlaps(starts[k], ends[k]):
            continue
        found.append((starts[k] + 1, ends[k], Entry(_as_written(mk, starts[k] + 1, ends[k]), "organization"),
                      "pattern"))
    return found


def _next_start(starts, end: int) -> int:
    """The start of the first token at or after *end*."""
    return next((start for start in starts if start >= end), -1)


def _metonym(entry: Entry, mk: MatchKey, start: int, end: int) -> str | None:
    """A capital stands for its government unless it is a place: «إلى بغداد», or a dateline «بغداد -»."""
    if not entry.metonym_for:
        return None
    p = _patterns()
    dateline = p["dateline"].match(mk.key, end) and not mk.key[mk.key.rfind("\n", 0, start) + 1:start].strip()
    return None if dateline or p["literal_place"].search(mk.key, max(0, start - 12), start) else entry.metonym_for


def find_entities(mk: MatchKey, tokens: Tokens | None = None) -> list[Mention]:
    """Return the entity mentions of a match key: longest names first, without overlaps.

    *tokens*, the key's words, are shared with the other recognisers when the caller has them.
    """
    key, found = mk.key, []
    weapons = []
    tokens = tokens if tokens is not None else Tokens(key)
    digits = tokens.with_digits()
    if digits:  # «بي تي ار 80»: the designation starts up to three words before its number
        for match in scan(_patterns()["weapon"], key, word_starts(tokens, digits, words_before=3)):
            if re.search(r"\w[-–]$", key[max(0, match.start("name") - 2):match.start("name")]):
                continue  # «بانتسير-إس1»: the tail of a name, not a designation of its own
            family = weapon_prefixes()[" ".join(match.group("prefix").split())]
            designation = f"{family}-{match.group('number')}{match.group('suffix').upper()}"
            weapons.append((match.start("name"), match.end("name"), Entry(designation, "weapon_system")))
    spans = [(start, end, entry, "pattern") for start, end, entry in weapons] + _lexicon_spans(key, tokens, weapons)
    if any(word in key for word in _not_entity_words()):
        not_names = Spans(found.span() for found in _not_entities().finditer(key))  # «القوة القاهرة»
        spans = [item for item in spans if not not_names.overlaps(item[0], item[1])]
    if tokens.where(_media_forms()):
        spans = [_as_media(mk, item) for item in spans]
    spans += _surnames_alone(key, tokens, spans)
    names = find_names(mk, [(start, end) for start, end, entry, _ in spans if not entry.demonym],
                       [(start, end) for start, end, entry, _ in spans if entry.demonym], tokens)
    if names:
        inside = Spans((name.start, name.end) for name in names)
        spans = [item for item in spans if not inside.overlaps(item[0], item[1]) or not item[2].demonym
                 and not any(name.start <= item[0] and item[1] <= name.end for name in names)]
    for name in names:
        canonical = name.text if name.text.isascii() and name.text.isupper() else _as_written(mk, name.start, name.end)
        spans.append((name.start, name.end, Entry(canonical, name.type), name.found_by))
    spans += _acronyms_after(key, spans)
    spans += _blocks(key, spans)
    spans += _paired_companies(mk, tokens, spans)
    if any(name in key for name in _bracketed_pattern()[1]):
        spans = _bracketed_names(key, spans)
    spans += _dateline_agencies(mk, spans)
    spans = _surnames_not_nisbas(key, spans)
    if tokens.where(_bare_forms()):
        spans += _listed_bare_names(key, tokens, spans)
    raw, raw_span = mk.raw, mk.raw_span
    for start, end, entry, found_by in sorted(spans, key=itemgetter(0)):
        raw_start, raw_end = raw_span(start, end)
        found.append(Mention("entity", raw_start, raw_end, raw[raw_start:raw_end], entry.canonical, None, None,
                             entry.type, None, None, None, None, None, True if entry.demonym else None,
                             _metonym(entry, mk, start, end) if entry.metonym_for else None, found_by))
    return found


def _lexicon_spans(key: str, tokens: Tokens, weapons: list) -> list[tuple[int, int, Entry, str]]:
    """The lexicon's names in the key, longest first and without overlaps, outside the weapon designations.

    Most hits are one-word names («روسيا»، «العراقية»): they are read in one comprehension; only the words that
    can start a longer name are read one by one, left to right, and the one-word hits they cover are dropped.
    """
    names, matcher = lexicon(), _matcher()
    words, starts, ends, single = tokens.words, tokens.starts, tokens.ends, matcher.single
    candidates = tokens.where(matcher.surfaces)
    longer = [i for i in candidates if words[i] not in single]
    weapon_spans = Spans((start, end) for start, end, _ in weapons)
    hits, reached, covered = [], 0, set()
    for index in longer:
        if index < reached:
            continue
        hit = matcher.at(tokens, index)
        if hit and not (weapons and weapon_spans.overlaps(hit.start, hit.end)):
            quoted = _quote_opened_inside(key, tokens, index, hit.last, hit.end) if hit.last > index else None
            if quoted is not None:  # «تنظيم “الدولة”»: a quote opens inside the phrase; the name is what it quotes
                hits.append((starts[quoted], hit.end, hit.phrase, quoted))
            else:
                hits.append((hit.start, hit.end, hit.phrase, index))
            reached = hit.last + 1
            covered.update(range(index, reached))
    hits += [(starts[i] + single[words[i]][1], ends[i], single[words[i]][0], i) for i in candidates
             if words[i] in single and i not in covered]
    if weapons:
        hits = [hit for hit in hits if not weapon_spans.overlaps(hit[0], hit[1])]
    spans = []
    for start, end, phrase, index in hits:
        entry = names[phrase]
        if entry.type in _PLAIN_TYPES and key[end:end + 1] != "+":
            spans.append((start, end, entry, "lexicon"))
            continue
        if entry.type == "weapon_system" and (tail := _VARIANT_TAIL.match(key, end)):
            end = tail.end()  # «بانتسير-إس1»: the variant belongs to the system's name
        elif key[end:end + 1] == "+" and (plus := names.get(phrase + "+")):
            entry, end = plus, end + 1  # «أوبك+»
        elif entry.type == "oil_field" and (phase := field_phase().match(key, end)):
            end = phase.end()  # «غرب القرنة-2»، «غرب القرنة 1»: the field's phase belongs to its name
        if entry.type in ("person", "organization"):
            start = _with_given_name(tokens, index, start, entry)
        spans.append((start, end, entry, "lexicon"))
    return spans


_QUOTE = re.compile(r"[\"'«»“”]")
_CLOSING_QUOTE = re.compile(r"[ \t]*[\"'»”]")


def _quote_opened_inside(key: str, tokens: Tokens, first: int, last: int, end: int) -> int | None:
    """If a lexicon phrase from token *first* to *last* (ending at *end*) crosses an opening quote that closes right
    after it («تنظيم “الدولة”»، «تنظيم "الدولة الإسلامية"»), return the first quoted token: as with a head noun
    before a quoted name, the name is the quoted words only. A stray quote inside a name («شفق" نيوز») is not one.

    >>> from analysis.cues import Tokens
    >>> key = 'اعلن تنظيم "الدوله" مسووليته'
    >>> tokens = Tokens(key)
    >>> _quote_opened_inside(key, tokens, 1, 2, key.index('" م'))
    2
    >>> _quote_opened_inside('وكاله شفق" نيوز', Tokens('وكاله شفق" نيوز'), 0, 2, 15) is None
    True
    """
    if not _CLOSING_QUOTE.match(key, end):
        return None
    opened = [j for j in range(first, last) if _QUOTE.search(tokens.gaps[j + 1])]
    return opened[0] + 1 if len(opened) == 1 else None


_ACRONYM_AFTER = re.compile(r"[\"»”]?[ \t]*\([ \t]*(?P<acronym>[a-z]{2,6}|[^\W\d_a-z]{2,4}"
                            r"|(?:[^\W\d_a-z] ){2,3}[^\W\d_a-z])[ \t]*\)")  # spelt letter by letter: «(أ ف ب)»


def _acronyms_after(key: str, spans: list) -> list:
    """A short word in parentheses right after an organisation's name is its acronym: «قوات سوريا الديمقراطية
    (قسد)»، «منظمة البلدان المصدرة للنفط (OPEC)»، «وكالة فرانس برس (أ ف ب)»: Latin letters, two to four Arabic
    letters, or three or four Arabic letters spelt apart; not a word with the article, a stop word, a date word
    («أمس») or a name already read."""
    from ..lexicons import stopwords
    from .dates import relative_dates, weekdays

    taken, found = None, []  # the spans' index, made only if an acronym is found
    for start, end, entry, _ in spans:
        if entry.type != "organization" or not (match := _ACRONYM_AFTER.match(key, end)):
            continue
        word, at = match.group("acronym"), match.start("acronym")
        if word.startswith("ال") or word in stopwords() or word in relative_dates() or word in weekdays():
            continue
        taken = taken or Spans((start, end) for start, end, _, _ in spans)
        if not taken.overlaps(at, match.end("acronym")):
            found.append((at, match.end("acronym"), entry, "acronym"))
    return found


_PLAIN_TYPES = frozenset({"country", "city", "region", "group", "law"})  # no suffix or given name to read


@cache
def _not_entity_words() -> tuple[str, ...]:
    """The last word of each phrase of ``not_entities.csv``: a text without any of them has none of the phrases."""
    return tuple({row["key"].split()[-1] for row in table("not_entities.csv", key="phrase")})


@cache
def _not_entities() -> re.Pattern:
    return re.compile(alternation(row["key"] for row in table("not_entities.csv", key="phrase")))


def _as_media(mk: MatchKey, item: tuple) -> tuple:
    """A known name right after a newspaper's or channel's head noun is the outlet («صحيفة الشرق الأوسط»); a place
    right after an institute's or university's head names the body, head included («معهد الشرق الأوسط»)."""
    key, (start, end, entry, found_by) = mk.key, item
    if entry.type in ("person", "weapon_system", "law") or entry.demonym:
        return item
    head = _HEAD_BEFORE.search(key, max(0, start - 12), start)
    if head and head.group("head") in media_heads() and entry.type != "organization":
        return start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"
    if head and head.group("head") in place_heads() and entry.type in ("country", "city", "region"):
        start = head.start("head")  # «معهد الشرق الأوسط»: the head and the place name the institute
        return start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"
    return item


def _surnames_alone(key: str, tokens: Tokens, spans: list) -> list:
    """A known person named in full once («أليكسي كودرين») is named by the surname alone later («قال كودرين»).

    Only surnames that are not given names themselves («حسين» is not read alone).
    """
    surnames: dict[str, Entry] = {}
    pairs: dict[tuple[str, str], Entry] = {}
    for start, end, entry, _ in spans:
        if entry.type != "person":
            continue
        words = key[start:end].split()
        if len(words) >= 3 and compound_surname(words[-2], words[-1]):
            pairs.setdefault((words[-2], words[-1]), entry)  # «عادل عبد المهدي» … «عبد المهدي»
        elif len(words) >= 2 and words[-1] not in given_names() and len(words[-1]) >= 4 \
                and words[-1] not in lexicon():
            surnames.setdefault(words[-1], entry)
    found = _surname_pairs(tokens, spans, pairs) if pairs else []
    if not surnames:
        return found
    forms = {clitic + surname: (len(clitic), surname) for surname in surnames for clitic in ("", "و", "ل", "ب", "ف")}
    forms.update({surname: (0, surname) for surname in surnames})  # a surname that starts like a clitic is itself
    taken = Spans([(start, end) for start, end, _, _ in spans] + [(start, end) for start, end, _, _ in found])
    for index in tokens.where(forms):
        clitic, bare = forms[tokens.words[index]]
        if not taken.overlaps(tokens.starts[index], tokens.ends[index]):
            found.append((tokens.starts[index] + clitic, tokens.ends[index], surnames[bare], "lexicon"))
    return found


_DATELINE_AGENCY = re.compile(r"[ \t]*(?:[-–—][ \t]*)?\([ \t]*(?P<agency>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})[ \t]*\)"
                              r"[ \t]*[-–—:]?")


@cache
def _bracketed_pattern() -> tuple[re.Pattern, dict[str, Entry]]:
    """Names that are also common words (``data/bracketed_names.csv``), in parentheses or quotes, or opening a line
    before a dash (a dateline)."""
    entries = {" ".join(row["key"].split()): Entry(row["canonical"], row["type"])
               for row in table("bracketed_names.csv", key="alias")}
    names = alternation(entries)
    opening, closing = r"[(\"«“'‘]", r"[)\"»”'’]"
    return re.compile(rf"(?:(?<={opening})|(?<={opening}\s)|(?<=لـ)|^)(?P<name>{names})(?=\s?{closing}|\s?[-–—])",
                      re.MULTILINE), entries


def _bracketed_names(key: str, spans: list) -> list:
    """Put the bracketed names of the key in place of whatever overlapped them («(بغداد اليوم)»: not the city).

    >>> from analysis.normalize import match_key
    >>> key = match_key("وذكر بيان تلقته (بغداد اليوم) أن الوزير وصل إلى بغداد اليوم").key
    >>> [(key[s:e], entry.canonical) for s, e, entry, _ in _bracketed_names(key, [])]
    [('بغداد اليوم', 'Baghdad Today')]
    """
    pattern, entries = _bracketed_pattern()
    found = [(m.start("name"), m.end("name"), entries[m.group("name")], "lexicon") for m in pattern.finditer(key)]
    if not found:
        return spans
    names = Spans((start, end) for start, end, _, _ in found)
    return [item for item in spans if not names.overlaps(item[0], item[1])] + found


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
        taken = taken or Spans((start, end) for start, end, _, _ in spans)
        if not taken.overlaps(*match.span("agency")):
            agency = Entry(_as_written(mk, *match.span("agency")), "organization")
            found.append((*match.span("agency"), agency, "pattern"))
    return found


def _surnames_not_nisbas(key: str, spans: list) -> list:
    """A nisba that is the surname of a person named in full in the same text, and that follows no definite noun it
    could qualify, is that person: «محمد شياع السوداني» … «حكومة السوداني»، «وقال السوداني» (not «الرئيس السوداني»)."""
    people = {key[start:end].split()[-1]: entry for start, end, entry, _ in spans
              if entry.type == "person" and len(key[start:end].split()) >= 2}
    if not people:
        return spans
    result = spans  # copied only if a span changes
    for index, (start, end, entry, _) in enumerate(spans):
        if entry.demonym and key[start:end] in people:
            before = _GIVEN_BEFORE.search(key, max(0, start - 30), start)
            if not (before and before.group(1).startswith(("ال", "لل"))):
                result = list(spans) if result is spans else result
                result[index] = (start, end, people[key[start:end]], "lexicon")
    return result


def _surname_pairs(tokens: Tokens, spans: list, pairs: dict[tuple[str, str], Entry]) -> list:
    """Two-word surnames of known people met alone («عبد المهدي»), a proclitic on the first word left out."""
    taken = Spans((start, end) for start, end, _, _ in spans)
    words, found = tokens.words, []
    firsts = frozenset(clitic + first for first, _ in pairs for clitic in ("", "و", "ل", "ب", "ف"))
    for index in tokens.where(firsts):
        if index + 1 >= len(words):
            continue
        for clitic in ("", "و", "ل", "ب", "ف"):
            bare = words[index][len(clitic):] if words[index].startswith(clitic) else None
            if (bare, words[index + 1]) in pairs and tokens.joined(index) \
                    and not taken.overlaps(tokens.starts[index], tokens.ends[index + 1]):
                entry = pairs[(bare, words[index + 1])]
                found.append((tokens.starts[index] + len(clitic), tokens.ends[index + 1], entry, "lexicon"))
                break
    return found


_HEAD_BEFORE = re.compile(r"(?<!\w)(?:[وفبل]|ول|وب)?(?P<head>\w+)[ \t]+$")
_GIVEN_BEFORE = re.compile(r"(?<!\w)(\w+)[ \t]+$")


def _with_given_name(tokens: Tokens, index: int, start: int, entry: Entry) -> int:
    """Extend a known surname back over the given name written before it («دميتري بيسكوف»), and a known
    organisation over a head noun that belongs to its name («وكالة شفق نيوز»); *index* is the name's first word."""
    if index == 0 or start != tokens.starts[index] or not tokens.joined(index - 1):
        return start
    before = tokens.words[index - 1]
    if entry.type == "organization":
        head = _strip_proclitic(before, heads_in_names())
        return tokens.ends[index - 1] - len(head) if head else start
    if before in given_names() and not given_names()[before]:
        return tokens.starts[index - 1]
    return start


def _strip_proclitic(word: str, heads: frozenset[str]) -> str | None:
    """The head noun a word is, with or without a proclitic («ولوكالة» → «وكالة»), or None."""
    for clitic in ("", "و", "ف", "ب", "ل", "ول", "وب"):
        if word.startswith(clitic) and word[len(clitic):] in heads:
            return word[len(clitic):]
    return None


def _as_written(mk: MatchKey, start: int, end: int) -> str:
    """The raw words of a key span, without diacritics or tatweel: the name of an entity not in the lexicon."""
    raw_start, raw_end = mk.raw_span(start, end)
    return " ".join(remove_tatweel(remove_diacritics(mk.raw[raw_start:raw_end])).split())


def extract_entities(text: str) -> list[Mention]:
    """Return the entity mentions of *text*."""
    return find_entities(match_key(text))
