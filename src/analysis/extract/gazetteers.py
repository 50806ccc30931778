"""The lexicon: every name the extractor knows, read once into ``{match key: Entry}``.

Countries come from CLDR through Babel (each territory's Arabic names in the Arabic locales, its English name the
canonical value, less the codes ``data/gazetteer_exceptions.csv`` skips, with the other names of
``gazetteer_country_names.csv`` and the corrections of ``country_overrides.csv``), world regions from CLDR's
numbered territories, cities from its time-zone exemplar cities. The sourced gazetteers
(``gazetteer_places.csv``, ``gazetteer_organizations.csv``, ``gazetteer_companies.csv``,
``gazetteer_iraq_politics.csv``, and the fields and towns whose name alone is read) come over CLDR, the curated
``entities.csv`` over both; ``demonyms.csv`` and the nisbas generated from CLDR's one-word country names add the
demonyms. :func:`_matcher` compiles the whole once with the forms clitics give it. The canonical names of the
oil fields and of the Latin acronyms, which rules give the names they find by context, are read here too, and the
companies' short names that are also words (``bracketed_names.csv``).

The entity rules (:mod:`analysis.extract.entities`) and the name rules (:mod:`analysis.extract.names`) both read
the lexicon, so it sits below both and imports neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale, localedata

from ..cues import Lexicon
from ..lexicons import stopwords, table
from ..normalize import normalize


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
def _cldr_exceptions() -> dict[str, str]:
    """Return ``{CLDR territory code or time zone: action}`` from ``data/gazetteer_exceptions.csv``."""
    return {row["id"]: row["action"] for row in table("gazetteer_exceptions.csv", key="name") if row["id"]}


def _arabic_territories() -> list[tuple[str, str]]:
    """Every territory's Arabic name in CLDR (through Babel): the ``ar`` locale's, then the other names Arabic
    regional locales use («سبتة ومليلية» of ``ar_SA`` beside «سيوتا وميليلا»)."""
    pairs = dict.fromkeys(Locale.parse("ar").territories.items())  # ordered, each (code, name) once
    for ident in sorted(localedata.locale_identifiers()):
        if ident.startswith("ar_"):
            pairs.update(dict.fromkeys(Locale.parse(ident).territories.items()))
    return list(pairs)


@cache
def _countries() -> dict[str, Entry]:
    """Return ``{match key: Entry}`` for every territory CLDR names, less the codes ``gazetteer_exceptions.csv``
    skips, and the other names of ``gazetteer_country_names.csv`` («المجر»، «جمهورية مصر العربية»); a body that
    is not a country (the EU, the UN) is an organisation. A part in parentheses is another name only where the
    English name has one too («ميانمار (بورما)»), not a description («منطقة إدارية خاصة»).

    >>> _countries()["بورما"].canonical, "منطقه اداريه خاصه" in _countries(), "منطقه غير معروفه" in _countries()
    ('Myanmar', False, False)
    >>> _countries()["الاتحاد الاوروبي"].type, _countries()["سبته ومليليه"].canonical, _countries()["المجر"].canonical
    ('organization', 'Ceuta & Melilla', 'Hungary')
    """
    overrides = {row["code"]: row for row in table("country_overrides.csv")}
    english, exceptions = Locale.parse("en").territories, _cldr_exceptions()
    names = {}
    for code, name in _arabic_territories():
        if len(code) != 2 or not code.isalpha() or overrides.get(code, {}).get("exclude_bare_name") \
                or exceptions.get(code) == "skip":
            continue
        canonical = (overrides.get(code) or {}).get("canonical") or english.get(code, code)
        kind = "organization" if exceptions.get(code) == "organization" else "country"
        alternatives = re.findall(r"\(([^)]*)\)", name) if "(" in english.get(code, "") else []
        for part in [name, *alternatives]:
            names.setdefault(_clean(part), Entry(canonical, kind))
    for row in table("gazetteer_country_names.csv", key="alias"):  # other names the press uses, by ISO code
        canonical = (overrides.get(row["code"]) or {}).get("canonical") or english[row["code"]]
        names.setdefault(" ".join(row["key"].split()), Entry(canonical, "country"))
    return names


@cache
def _regions() -> dict[str, Entry]:
    """Continents and world regions by their CLDR names («أفريقيا»، «أمريكا اللاتينية»); not «العالم» (the world),
    nor a part named by a compass word («شمال أفريقيا»: the press names the continent, and the corpus guide marks
    «أفريقيا» alone).

    >>> _regions()["امريكا اللاتينيه"], "العالم" in _regions(), "شمال افريقيا" in _regions()
    (Entry(canonical='Latin America', type='region', metonym_for=None, demonym=False), False, False)
    """
    english, arabic = Locale.parse("en").territories, Locale.parse("ar").territories
    return {_clean(name): Entry(english[code], "region") for code, name in arabic.items()
            if code.isdigit() and code != "001" and code in english and _clean(name).split()[0] not in stopwords()}


@cache
def _cities() -> dict[str, Entry]:

    english = Locale.parse("en").time_zones
    cities, exceptions = {}, _cldr_exceptions()
    for zone, names in Locale.parse("ar").time_zones.items():
        if "city" in names and "/" in zone and exceptions.get(zone) != "skip":
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
    names.update(_gazetteer())  # sourced lists over CLDR; the curated entities.csv wins over both
    for row in table("entities.csv", key="alias"):
        names[" ".join(row["key"].split())] = Entry(row["canonical"], row["type"], row["metonym_for"] or None)
    for row in table("demonyms.csv", key="form"):
        forms = _demonym_forms(row["key"]) if row["generate"] == "yes" else {row["key"], "ال" + row["key"]}
        for form in forms:
            names.setdefault(form, Entry(row["canonical"], row["type"], demonym=True))
    for stem, canonical in _generated_nisbas().items():  # after the curated list, which wins
        for form in _demonym_forms(stem):
            names.setdefault(form, Entry(canonical, "country", demonym=True))
    for name, entry in list(names.items()):  # «الولاياتالمتحدة»: copied pages lose the space of a place's name
        if entry.type in ("country", "city", "region", "organization") and not entry.demonym \
                and (name.count(" ") == 1 or name.count(" ") == 2 and all(
                    word.startswith("ال") for word in name.split()[1:])) and len(name) >= 9:  # «الاممالمتحدة» too
            names.setdefault(name.replace(" ", ""), entry)  # and a third word with the article, lost before each
            # article as those pages lose it: «الولاياتالمتحدةالأمريكية»
    return names


@cache
def _gazetteer() -> dict[str, Entry]:
    """Return ``{match key: Entry}`` for the sourced gazetteers: Iraq's governorates and capitals, Russia's cities
    and republics (``gazetteer_places.csv``), international organisations and oil companies
    (``gazetteer_organizations.csv``, ``gazetteer_companies.csv``), Iraq's parties, factions and bodies and the people
    who led them (``gazetteer_iraq_politics.csv``) and the oil fields whose name alone is read as the field
    (``gazetteer_oil_fields.csv``, ``bare=yes``).

    >>> _gazetteer()["محافظه صلاح الدين"].type, "صلاح الدين" in _gazetteer(), _gazetteer()["الحلفايه"].canonical
    ('region', False, 'Halfaya')
    >>> "مجنون" in _gazetteer(), _gazetteer()["منظمه الصحه العالميه"].canonical
    (False, 'World Health Organization')
    """
    names = {}
    for file in ("gazetteer_places.csv", "gazetteer_organizations.csv", "gazetteer_companies.csv",
                 "gazetteer_iraq_politics.csv"):
        for row in table(file, key="alias"):
            names[" ".join(row["key"].split())] = Entry(row["canonical"], row["type"])
    for file in ("gazetteer_oil_fields.csv", "gazetteer_towns.csv"):  # fields, Iraq's towns and those on its borders
        for row in table(file, key="alias"):
            if row["bare"]:  # the name alone is read
                names[" ".join(row["key"].split())] = Entry(row["canonical"], row["type"])
    return names


@cache
def _field_names() -> dict[str, str]:
    """Return ``{match key: canonical}`` for every field of ``gazetteer_oil_fields.csv``, bare or not: the English
    name of a field found after its head noun («حقل مجنون» → Majnoon)."""
    return {" ".join(row["key"].split()): row["canonical"] for row in table("gazetteer_oil_fields.csv", key="alias")}


@cache
def _acronym_names() -> dict[str, str]:
    """Return ``{Latin acronym: canonical}`` from ``gazetteer_organizations.csv`` («IMF» → International Monetary
    Fund): the name of an acronym found by its shape."""
    return {row["acronym"]: row["canonical"] for row in table("gazetteer_organizations.csv") if row["acronym"]}


@cache
def _acronym_types() -> dict[str, str]:
    """Return ``{Latin acronym: type}`` from ``gazetteer_organizations.csv``: a bloc of states is a `group` («G7»،
    «BRICS»), every other acronym there an `organization`."""
    return {row["acronym"]: row["type"] for row in table("gazetteer_organizations.csv") if row["acronym"]}


@cache
def _bloc_names() -> frozenset[str]:
    """The canonical names of the blocs of states in ``gazetteer_organizations.csv`` («G7»، «BRICS»): a `group`."""
    return frozenset(row["canonical"] for row in table("gazetteer_organizations.csv") if row["type"] == "group")


@cache
def _known_acronyms() -> frozenset[str]:
    """The canonical names of the lexicon written as a Latin acronym («BP»، «IMF»)."""
    return frozenset(entry.canonical for entry in lexicon().values()
                     if entry.canonical.isascii() and entry.canonical.isupper())


@cache
def _company_canonicals() -> frozenset[str]:
    """The canonical names of ``gazetteer_companies.csv``: the companies a right spelling elsewhere vouches for."""
    return frozenset(row["canonical"] for row in table("gazetteer_companies.csv", key="alias"))


@cache
def _names_also_words() -> dict[str, Entry]:
    """``{match key: Entry}`` of ``bracketed_names.csv``: names that are also common words («بغداد اليوم»، «المدى»),
    left out of the lexicon and read only where a rule vouches for them (in brackets or quotes, opening a dateline,
    after a cue)."""
    return {" ".join(row["key"].split()): Entry(row["canonical"], row["type"])
            for row in table("bracketed_names.csv", key="alias")}


@cache
def _short_company_names() -> dict[str, Entry]:
    """``{match key: Entry}``: the names of :func:`_names_also_words` that are a company of ``gazetteer_companies.csv``
    by a short name that is also a word («شل»: Shell, also «paralysed»)."""
    companies = _company_canonicals()
    return {name: entry for name, entry in _names_also_words().items() if entry.canonical in companies}


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
    overrides = {row["code"]: row for row in table("country_overrides.csv")}
    english, arabic = Locale.parse("en").territories, Locale.parse("ar").territories
    stems: dict[str, str] = {}
    for code, name in arabic.items():
        row = overrides.get(code, {})
        words = _clean(name).split()
        if len(code) != 2 or not code.isalpha() or row.get("no_nisba") or row.get("exclude_bare_name") \
                or _cldr_exceptions().get(code, "keep") != "keep" or len(words) != 1 or words[0].endswith(("ي", "ه")):
            continue
        base = words[0][2:] if name.startswith("ال") else words[0]  # «الهند», not «ألمانيا»
        stem = base[:-1] if base.endswith("يا") else base[:-1] + "ي" if base.endswith("ا") else base + "ي"
        if len(stem) >= 4 and stem not in stopwords():
            stems.setdefault(stem, row.get("canonical") or english.get(code, code))
    return stems


_SEPARATOR = r"(?:\s*[\"'«»“”]\s*|\s+|-|[ \t]+-[ \t]+)"  # «شفق" نيوز»: quotes may sit between the words of a name;
# «ألماز-أنتي»: a hyphen, also between spaces, as an underscore typed for one is read («روسوبورون _ اكسبورت»)


@cache
def _matcher() -> Lexicon:
    """The lexicon's names compiled once with their clitic-bearing written forms (see :class:`analysis.cues.Lexicon`).

    Words of a name may be separated by spaces, a line break or quotes («شفق" نيوز»).
    """
    return Lexicon(lexicon(), joiner=re.compile(_SEPARATOR))
