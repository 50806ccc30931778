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

from ..lexicons import table
from ..normalize import MatchKey, match_key, normalize, remove_diacritics, remove_tatweel
from .names import find_names, given_names, heads_in_names, media_heads
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
    forms = {stem, stem + "ه", stem + "ا", stem + "ين", stem + "ون", stem + "ات", stem + "يه"}
    return forms | {"ال" + form for form in forms}


@cache
def lexicon() -> dict[str, Entry]:
    """Return ``{match key: Entry}`` for every name the extractor knows."""
    names = dict(_cities())
    names.update(_countries())  # a country wins over a city of the same name («الكويت»)
    for row in table("entities.csv", key="alias"):
        names[" ".join(row["key"].split())] = Entry(row["canonical"], row["type"], row["metonym_for"] or None)
    for row in table("demonyms.csv", key="form"):
        forms = _demonym_forms(row["key"]) if row["generate"] == "yes" else {row["key"], "ال" + row["key"]}
        for form in forms:
            names.setdefault(form, Entry(row["canonical"], row["type"], demonym=True))
    return names


_WEAPON_PREFIXES = {  # prefix (match key) → designation family
    "اس": "S", "s": "S", "ام اي": "Mi", "مي": "Mi", "mi": "Mi", "ميغ": "MiG", "ميج": "MiG", "mig": "MiG",
    "سوخوي": "Su", "سو": "Su", "su": "Su", "تي": "T", "t": "T", "اف": "F", "f": "F", "بي ام بي": "BMP",
    "bmp": "BMP", "بي تي ار": "BTR", "btr": "BTR", "توس": "TOS", "tos": "TOS", "كا": "Ka", "ka": "Ka",
}
_SEPARATOR = r"(?:\s*[\"'«»“”]\s*|\s+)"  # «شفق" نيوز»: quotes may sit between the words of a name


@cache
def _first_words() -> dict[str, tuple[int, ...]]:
    """Map the first word of every name to the word counts of the names it starts, longest first."""
    index: dict[str, set[int]] = {}
    for name in lexicon():
        words = name.split()
        index.setdefault(words[0], set()).add(len(words))
    return {word: tuple(sorted(counts, reverse=True)) for word, counts in index.items()}


_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_WORD = re.compile(r"\w+")
_VARIANT_TAIL = re.compile(r"[-–]\w+(?:\s*\d+)?")
_JOINER = re.compile(rf"{_SEPARATOR}$")


@cache
def _surfaces() -> dict[str, tuple[tuple[str, int], ...]]:
    """Map every written form of a name's first word to its ``(word, offset)`` readings, whole word first.

    Written forms are the word itself, the word after a proclitic (و ف ب ل ك and their pairs), and «لل» for a
    word that starts with «ال». The offset is where the name's span starts inside the written word: after the
    proclitic, or at «لل» itself, where the name's own «ال» is not written. Generating the forms from the names
    that exist, instead of stripping letters from every word, is what keeps «بغداد» whole.
    """
    surfaces: dict[str, list[tuple[str, int]]] = {}
    for word in _first_words():
        surfaces.setdefault(word, []).insert(0, (word, 0))
        for proclitic in _PROCLITICS:
            surfaces.setdefault(proclitic + word, []).append((word, len(proclitic)))
        if word.startswith("ال") and len(word) > 3:
            for conjunction in ("", "و", "ف"):
                surfaces.setdefault(conjunction + "لل" + word[2:], []).append((word, len(conjunction)))
    return {form: tuple(readings) for form, readings in surfaces.items()}


@cache
def _patterns() -> dict[str, re.Pattern]:
    prefixes = "|".join(re.escape(p) for p in sorted(_WEAPON_PREFIXES, key=len, reverse=True))
    return {
        "weapon": re.compile(rf"(?<!\w)(?:و|ف|ب|ل)?(?P<name>(?P<prefix>{prefixes})\s*[-–—]?\s*(?P<number>\d{{1,4}})"
                             rf"(?P<suffix>[a-z]{{0,3}}))(?![\w])"),
        "literal_place": re.compile(r"(?<!\w)(?:الي|نحو|مدينه|العاصمه|وصل|زار|زياره)\s+$"),
        "dateline": re.compile(r"\s*[-–—]\s"),  # «بغداد - يشكّل…»: the place a report was filed from
    }


@cache
def field_phase() -> re.Pattern:
    """The phase after a field's name («غرب القرنة-2»، «غرب القرنة/ 2»), not a number that starts an amount."""
    from .numbers import patterns

    return re.compile(rf"(?:\s*[-/]\s*|[ \t]+)[1-9](?!\d|[.,]\d|\s*%|\s*(?:{patterns()['scale']})(?!\w))")


def _metonym(entry: Entry, mk: MatchKey, start: int, end: int) -> str | None:
    """A capital stands for its government unless it is a place: «إلى بغداد», or a dateline «بغداد -»."""
    if not entry.metonym_for:
        return None
    p = _patterns()
    line_start = mk.key.rfind("\n", 0, start) + 1
    dateline = not mk.key[line_start:start].strip() and p["dateline"].match(mk.key, end)
    return None if dateline or p["literal_place"].search(mk.key, max(0, start - 12), start) else entry.metonym_for


def _name_at(key: str, tokens: list[re.Match], index: int) -> tuple[int, int, int, Entry] | None:
    """Find the longest name starting at token *index*; return ``(start, end, tokens used, entry)``."""
    names, first_words = lexicon(), _first_words()
    for reading, offset in _surfaces().get(tokens[index].group(), ()):
        for count in first_words.get(reading, ()):
            if count == 1:
                if reading in names:
                    return tokens[index].start() + offset, tokens[index].end(), 1, names[reading]
                continue
            last = index + count - 1
            if last >= len(tokens) or not all(_JOINER.match(key, tokens[j].end(), tokens[j + 1].start())
                                               for j in range(index, last)):
                continue
            phrase = " ".join([reading] + [t.group() for t in tokens[index + 1:last + 1]])
            if phrase in names:
                return tokens[index].start() + offset, tokens[last].end(), count, names[phrase]
    return None


def find_entities(mk: MatchKey) -> list[Mention]:
    """Return the entity mentions of a match key: longest names first, without overlaps."""
    key, found = mk.key, []
    weapons = []
    if re.search(r"\d", key):
        for match in _patterns()["weapon"].finditer(key):
            if re.search(r"\w[-–]$", key[max(0, match.start("name") - 2):match.start("name")]):
                continue  # «بانتسير-إس1»: the tail of a name, not a designation of its own
            family = _WEAPON_PREFIXES[" ".join(match.group("prefix").split())]
            designation = f"{family}-{match.group('number')}{match.group('suffix').upper()}"
            weapons.append((match.start("name"), match.end("name"), Entry(designation, "weapon_system")))
    tokens = list(_WORD.finditer(key))
    surfaces = _surfaces()
    weapon_spans = Spans((start, end) for start, end, _ in weapons)
    spans, consumed = list(weapons), 0
    for index in [i for i, token in enumerate(tokens) if token.group() in surfaces]:  # words a name can start with
        if index < consumed:
            continue
        hit = _name_at(key, tokens, index)
        if hit and not weapon_spans.overlaps(hit[0], hit[1]):
            end = hit[1]
            entry = hit[3]
            if hit[3].type == "weapon_system" and (tail := _VARIANT_TAIL.match(key, end)):
                end = tail.end()  # «بانتسير-إس1»: the variant belongs to the system's name
            elif key[end:end + 1] == "+" and (plus := lexicon().get(" ".join(key[hit[0]:end].split()) + "+")):
                entry, end = plus, end + 1  # «أوبك+»
            elif hit[3].type == "oil_field" and (phase := field_phase().match(key, end)):
                end = phase.end()  # «غرب القرنة-2»، «غرب القرنة 1»: the field's phase belongs to its name
            spans.append((hit[0], end, entry))
            consumed = index + hit[2]
    spans = [(_with_given_name(key, start, entry), end, entry, "pattern" if (start, end, entry) in weapons else "lexicon")
             for start, end, entry in spans]
    not_names = Spans(found.span() for found in _not_entities().finditer(key))  # «القوة القاهرة»
    spans = [item for item in spans if not not_names.overlaps(item[0], item[1])]
    if any(head in key for head in media_heads()):
        spans = [_as_media(mk, item) for item in spans]
    spans += _surnames_alone(key, tokens, spans)
    names = find_names(mk, [(start, end) for start, end, entry, _ in spans if not entry.demonym],
                       [(start, end) for start, end, entry, _ in spans if entry.demonym], tokens)
    inside = Spans((name.start, name.end) for name in names)
    spans = [item for item in spans if not (item[2].demonym and inside.overlaps(item[0], item[1]))
             and not any(name.start <= item[0] and item[1] <= name.end for name in names)]
    for name in names:
        canonical = name.text if name.text.isascii() and name.text.isupper() else _as_written(mk, name.start, name.end)
        spans.append((name.start, name.end, Entry(canonical, name.type), name.found_by))
    for start, end, entry, found_by in sorted(spans, key=lambda item: item[0]):
        found.append(mention(mk, "entity", start, end, entry.canonical, type=entry.type,
                             demonym=True if entry.demonym else None, metonym_for=_metonym(entry, mk, start, end),
                             found_by=found_by))
    return found


@cache
def _not_entities() -> re.Pattern:
    phrases = sorted((row["key"] for row in table("not_entities.csv", key="phrase")), key=len, reverse=True)
    return re.compile("|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases))


def _as_media(mk: MatchKey, item: tuple) -> tuple:
    """A known name right after a newspaper's or channel's head noun is the outlet («صحيفة الشرق الأوسط»)."""
    key, (start, end, entry, found_by) = mk.key, item
    if entry.type in ("person", "weapon_system", "law") or entry.demonym:
        return item
    head = _HEAD_BEFORE.search(key, max(0, start - 12), start)
    if head and head.group("head") in media_heads() and entry.type != "organization":
        return start, end, Entry(_as_written(mk, start, end), "organization"), "pattern"
    return item


def _surnames_alone(key: str, tokens: list[re.Match], spans: list) -> list:
    """A known person named in full once («أليكسي كودرين») is named by the surname alone later («قال كودرين»).

    Only surnames that are not given names themselves («حسين» is not read alone).
    """
    surnames: dict[str, Entry] = {}
    for start, end, entry, _ in spans:
        words = key[start:end].split()
        if entry.type == "person" and len(words) >= 2 and words[-1] not in given_names() and len(words[-1]) >= 4 \
                and words[-1] not in lexicon():
            surnames.setdefault(words[-1], entry)
    if not surnames:
        return []
    taken = Spans((start, end) for start, end, _, _ in spans)
    found = []
    for token in tokens:
        word = token.group()
        for clitic in ("", "و", "ل", "ب", "ف"):
            bare = word[len(clitic):] if word.startswith(clitic) else None
            if bare in surnames and not taken.overlaps(token.start(), token.end()):
                found.append((token.start() + len(clitic), token.end(), surnames[bare], "lexicon"))
                break
    return found


_HEAD_BEFORE = re.compile(r"(?<!\w)(?:[وفبل]|ول|وب)?(?P<head>\w+)[ \t]+$")
_GIVEN_BEFORE = re.compile(r"(?<!\w)(\w+)[ \t]+$")


def _with_given_name(key: str, start: int, entry: Entry) -> int:
    """Extend a known surname back over the given name written before it («دميتري بيسكوف»), and a known
    organisation over a head noun that belongs to its name («وكالة شفق نيوز»)."""
    if entry.type == "organization":
        head = _HEAD_BEFORE.search(key, max(0, start - 12), start)
        return head.start("head") if head and head.group("head") in heads_in_names() else start
    if entry.type != "person":
        return start
    before = _GIVEN_BEFORE.search(key, max(0, start - 20), start)
    if before and before.group(1) in given_names() and not given_names()[before.group(1)]:
        return before.start(1)
    return start


def _as_written(mk: MatchKey, start: int, end: int) -> str:
    """The raw words of a key span, without diacritics or tatweel: the name of an entity not in the lexicon."""
    raw_start, raw_end = mk.raw_span(start, end)
    return " ".join(remove_tatweel(remove_diacritics(mk.raw[raw_start:raw_end])).split())


def extract_entities(text: str) -> list[Mention]:
    """Return the entity mentions of *text*."""
    return find_entities(match_key(text))
