"""Money amounts, percentages and counted quantities.

Currency names are generated from CLDR through Babel (every currency in use
today, by its Arabic name «دولار أمريكي»، «روبل روسي»، «دينار عراقي», with the
noun inflected: دولارات، الدولارات، دولارا…), plus bare nouns that mean one
currency in Arabic news (``data/currencies.csv``) and symbols
(``data/currency_symbols.csv``). Hedges («نحو»، «أكثر من»…) come from
``data/hedges.csv``.

>>> [(m.text, m.value, m.unit, m.hedge) for m in extract_amounts("صفقة بقيمة تزيد على 4.2 مليار دولار")]
[('4.2 مليار دولار', 4200000000, 'USD', 'تزيد على')]
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import table
from ..normalize import MatchKey, match_key, normalize
from .numbers import parse_number, patterns
from .records import Mention, mention, number_value

_IRREGULAR_PLURALS = {"دينار": ["دنانير"], "درهم": ["دراهم"], "جنيه": ["جنيهات"], "ريال": ["ريالات"],
                      "ليره": ["ليرات"], "روبيه": ["روبيات"], "دولار": ["دولارات"], "روبل": ["روبلات"]}


def _noun_forms(noun: str) -> set[str]:
    forms = {noun, noun + "ا", noun + "ات", noun + "ان", noun + "ين", *_IRREGULAR_PLURALS.get(noun, [])}
    return forms | {"ال" + form for form in forms}


def _adjective_forms(adjective: str) -> set[str]:
    forms = {adjective, adjective + "ه", adjective + "ا"}
    if "امريكي" in adjective:
        forms |= {form.replace("امريكي", "اميركي") for form in forms}
    return forms | {"ال" + form for form in forms}


@cache
def currency_names() -> dict[tuple[str, str | None], str]:
    """Return ``{(noun form, adjective form or None): ISO code}`` for the currencies in use today."""
    from babel import Locale
    from babel.numbers import get_territory_currencies
    from babel.core import get_global

    current = {code for territory in get_global("territory_currencies")
               for code in get_territory_currencies(territory, tender=True)}
    names: dict[tuple[str, str | None], str] = {}
    for code, name in Locale.parse("ar").currencies.items():
        words = normalize(name).split()
        if code not in current or "(" in name or len(words) != 2:
            continue
        for noun in _noun_forms(words[0]):
            for adjective in _adjective_forms(words[1]):
                names.setdefault((noun, adjective), code)
    for row in table("currencies.csv", key="noun"):
        for noun in _noun_forms(row["key"]):
            names[(noun, None)] = row["code"]
            names.setdefault((noun, "امريكي" if row["code"] == "USD" else None), row["code"])
    return names


def _alternation(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words), key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern]:
    names = currency_names()
    nouns = _alternation({noun for noun, _ in names})
    adjectives = _alternation({adjective for _, adjective in names if adjective})
    symbols = _alternation(row["symbol"].lower() for row in table("currency_symbols.csv"))
    hedges = _alternation(row["key"] for row in table("hedges.csv", key="phrase"))
    number = patterns()["number"]
    currency = rf"(?:من\s+)?(?P<noun>{nouns})(?!\w)(?:\s+(?P<adj>{adjectives})(?!\w))?"
    counted = _alternation(row["key"] for row in table("counted_nouns.csv", key="word"))
    return {
        "number_currency": re.compile(rf"{number}\s*{currency}"),
        "symbol_number": re.compile(rf"(?<![\w$])(?P<symbol>{symbols})\s*{number}"),
        "number_symbol": re.compile(rf"{number}\s*(?P<symbol>{symbols})(?!\w)"),
        "percent": re.compile(rf"{number}\s*(?:%|٪|(?<!\w)(?:في\s+(?:المائه|المئه|الميه)|بالمائه|بالمئه|بالميه)(?!\w))"),
        "percent_before": re.compile(r"(?:%|٪)\s*(?P<num>\d+(?:[.,]\d+)?)(?![\w.,])"),
        "hedge": re.compile(rf"(?<!\w)(?:و|ف)?(?:ب|ل)?(?P<hedge>{hedges})\s+$"),  # «بنحو»، «وبحوالي»
        "quantity": re.compile(rf"{number}\s+(?P<noun>{counted})(?!\w)"),
    }


@cache
def _symbol_codes() -> dict[str, str]:
    return {row["symbol"].lower(): row["code"] for row in table("currency_symbols.csv")}


@cache
def _counted_units() -> dict[str, str]:
    return {" ".join(row["key"].split()): row["unit"] for row in table("counted_nouns.csv", key="word")}


def _value(found: re.Match) -> float:
    return parse_number(found.group("num"), found.group("scale") or found.group("bare"), found.group("dual"),
                        bool(found.group("half") or found.group("bare_half")))


def _hedge(mk: MatchKey, start: int) -> dict:
    found = _patterns()["hedge"].search(mk.key, max(0, start - 20), start)
    if not found:
        return {}
    raw_start, raw_end = mk.raw_span(found.start("hedge"), found.end("hedge"))
    hedge_type = {row["key"]: row["hedge_type"] for row in table("hedges.csv", key="phrase")}
    return {"hedge": mk.raw[raw_start:raw_end], "hedge_type": hedge_type[" ".join(found.group("hedge").split())]}


def _currency(found: re.Match, key: str) -> str | None:
    names = currency_names()
    noun, adjective = found.group("noun"), found.group("adj")
    code = names.get((noun, adjective)) or names.get((noun, None))
    if code is None and adjective is None and noun.lstrip("ال").startswith("دينار") and "عراق" in key:
        code = "IQD"  # a bare «دينار» in a text about Iraq
    return code


def find_amounts(mk: MatchKey) -> list[Mention]:
    """Return the money amounts of a match key."""
    p, found_spans, mentions = _patterns(), [], []
    for name in ("number_currency", "symbol_number", "number_symbol"):
        for found in p[name].finditer(mk.key):
            if any(a < found.end() and found.start() < b for a, b in found_spans):
                continue
            code = _currency(found, mk.key) if name == "number_currency" else _symbol_codes()[found.group("symbol")]
            if code is None:
                continue
            end = found.end("adj") if name == "number_currency" and found.group("adj") else found.end()
            found_spans.append((found.start(), end))
            mentions.append(mention(mk, "amount", found.start(), end, number_value(_value(found)), unit=code,
                                    **_hedge(mk, found.start())))
    return sorted(mentions, key=lambda m: m.start)


def find_percents(mk: MatchKey) -> list[Mention]:
    """Return the percentages of a match key («27.31 في المائة»، «15%»، «٪15»)."""
    p, mentions = _patterns(), []
    for found in p["percent"].finditer(mk.key):
        mentions.append(mention(mk, "percent", found.start(), found.end(), number_value(_value(found)),
                                **_hedge(mk, found.start())))
    for found in p["percent_before"].finditer(mk.key):
        if not any(m.start <= mk.offsets[found.start()] < m.end for m in mentions):
            mentions.append(mention(mk, "percent", found.start(), found.end(),
                                    number_value(parse_number(found.group("num"), None))))
    return sorted(mentions, key=lambda m: m.start)


def find_quantities(mk: MatchKey) -> list[Mention]:
    """Return counted quantities («30 طائرة»، «ثلاثين مروحية»); ``unit`` is the thing counted, in English."""
    mentions = []
    for found in _patterns()["quantity"].finditer(mk.key):
        unit = _counted_units()[" ".join(found.group("noun").split())]
        mentions.append(mention(mk, "quantity", found.start(), found.end(), number_value(_value(found)), unit=unit,
                                **_hedge(mk, found.start())))
    return mentions


def extract_amounts(text: str) -> list[Mention]:
    """Return the money amounts of *text*."""
    return find_amounts(match_key(text))
