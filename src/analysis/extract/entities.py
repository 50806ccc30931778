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
from ..normalize import MatchKey, match_key, normalize
from .records import Mention, mention


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


def _alternation(names) -> str:
    return "|".join(_SEPARATOR.join(map(re.escape, name.split())) for name in sorted(names, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern]:
    names = lexicon()
    article_names = [name[2:] for name in names if name.startswith("ال") and len(name) > 3]
    prefixes = "|".join(re.escape(p) for p in sorted(_WEAPON_PREFIXES, key=len, reverse=True))
    return {
        # a lazy, optional proclitic: the whole token is tried as a name first
        "name": re.compile(rf"(?<!\w)(?:(?:و|ف)?(?:ب|ل|ك)?)??(?P<name>{_alternation(names)})(?!\w)"),
        "lil": re.compile(rf"(?<!\w)(?:و|ف)?(?P<name>لل(?P<rest>{_alternation(article_names)}))(?!\w)"),
        "weapon": re.compile(rf"(?<!\w)(?:و|ف|ب|ل)?(?P<name>(?P<prefix>{prefixes})\s*[-–—]?\s*(?P<number>\d{{1,4}})"
                             rf"(?P<suffix>[a-z]{{0,3}}))(?![\w])"),
        "literal_place": re.compile(r"(?<!\w)(?:الي|نحو|مدينه|العاصمه|وصل|زار|زياره)\s+$"),
        "dateline": re.compile(r"\s*[-–—]\s"),  # «بغداد - يشكّل…»: the place a report was filed from
    }


def _entry(name: str) -> Entry:
    return lexicon()[" ".join(re.sub(r"[\"'«»“”]", " ", name).split())]


def _metonym(entry: Entry, mk: MatchKey, start: int, end: int) -> str | None:
    """A capital stands for its government unless it is a place: «إلى بغداد», or a dateline «بغداد -»."""
    if not entry.metonym_for:
        return None
    p = _patterns()
    line_start = mk.key.rfind("\n", 0, start) + 1
    dateline = not mk.key[line_start:start].strip() and p["dateline"].match(mk.key, end)
    return None if dateline or p["literal_place"].search(mk.key, max(0, start - 12), start) else entry.metonym_for


def find_entities(mk: MatchKey) -> list[Mention]:
    """Return the entity mentions of a match key, longest names first, without overlaps."""
    p = _patterns()
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, entry: Entry) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        found.append(mention(mk, "entity", start, end, entry.canonical, type=entry.type,
                             demonym=True if entry.demonym else None, metonym_for=_metonym(entry, mk, start, end)))

    for match in p["weapon"].finditer(mk.key):
        family = _WEAPON_PREFIXES[" ".join(match.group("prefix").split())]
        designation = f"{family}-{match.group('number')}{match.group('suffix').upper()}"
        add(match.start("name"), match.end("name"), Entry(designation, "weapon_system"))
    for match in p["name"].finditer(mk.key):
        add(match.start("name"), match.end("name"), _entry(match.group("name")))
    for match in p["lil"].finditer(mk.key):
        add(match.start("name"), match.end("name"), _entry("ال" + match.group("rest")))
    return sorted(found, key=lambda m: m.start)


def extract_entities(text: str) -> list[Mention]:
    """Return the entity mentions of *text*."""
    return find_entities(match_key(text))
