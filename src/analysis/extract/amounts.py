"""Money amounts, percentages and counted quantities.

Currency names are generated from CLDR through Babel (every currency in use
today, by its Arabic name «دولار أمريكي»، «روبل روسي»، «دينار عراقي», with the
noun inflected: دولارات، الدولارات، دولارا…), plus bare nouns that mean one
currency in Arabic news (``data/currencies.csv``) and symbols
(``data/currency_symbols.csv``). Hedges («نحو»، «أكثر من»…) come from
``data/hedges.csv``.

>>> from analysis.normalize import match_key
>>> [(m.text, m.value, m.unit, m.hedge) for m in find_numeric(match_key("صفقة بقيمة تزيد على 4.2 مليار دولار"))]
[('4.2 مليار دولار', 4200000000, 'USD', 'تزيد على')]
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from babel import Locale
from babel.core import get_global
from babel.numbers import get_territory_currencies

from ..cues import Tokens, alternation, initials
from ..lexicons import stopwords, table
from ..normalize import MatchKey, normalize
from .numbers import _hedge_words, hedge_types, number_words, parse_number, patterns, plural_scales
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
    current = current_codes()
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


@cache
def _patterns() -> dict[str, re.Pattern]:
    names = currency_names()
    nouns = alternation({noun for noun, _ in names})
    adjectives = alternation({adjective for _, adjective in names if adjective})
    symbols = alternation(_symbol_codes())
    hedge_words, hedges = hedge_types(), _hedge_words()
    vague = [row["key"] for row in table("vague_quantities.csv", key="word")]  # the initials of each word list lead
    # its backward search: a cheap test at each position before the alternation (see analysis.cues.initials)
    counted = alternation(row["key"] for row in table("counted_nouns.csv", key="word"))
    return {  # one pass finds the numbers; everything else is matched next to them
        "number": re.compile(patterns()["number"]),
        "currency_after": re.compile(rf"\s*(?:من\s+)?(?P<noun>{nouns})(?:(?!\w)(?:\s+(?P<adj>{adjectives})(?:(?!\w)|(?=و[^\W\d_]{{2}})))?"
                                     r"|(?=و[^\W\d_]{2}))"),  # «دولاروقال»: «و» and the next word glued to it
        "symbol_after": re.compile(rf"\s*(?P<symbol>{symbols})(?!\w)"),
        "subunit_after": re.compile(rf"\s*(?P<noun>{alternation(_subunits())})(?!\w)"),
        "symbol_before": re.compile(rf"(?={initials(_symbol_codes())})(?<![\w$])(?P<symbol>{symbols})\s*$"),
        "percent_after": re.compile(r"\s*(?:%|٪|(?<![^\W\d_])(?:في\s+(?:المائه|المئه|الميه)|بالمائه|بالمئه|بالميه)"
                                    r"(?:(?!\w)|(?=و[^\W\d_]{2})))"),  # «15بالمئة»; «بالمئةوقال»: «و» glued after it
        "percent_before": re.compile(r"(?:%|٪)\s*$"),
        "counted_after": re.compile(rf"\s+(?P<noun>{counted})(?!\w)"),
        "vague": re.compile(rf"(?={initials(vague)})(?<!\w)(?:{alternation(vague)})\s+$"),
        "hedge": re.compile(rf"(?=[وفبل]|{initials(hedge_words)})(?<!\w)(?:و|ف)?(?:ب|ل)?(?P<hedge>{hedges})\s+$"),
        # «بنحو»، «وبحوالي»: a clitic may come first
    }


@cache
def _subunits() -> dict[str, tuple[str, int]]:
    """Return ``{noun form: (ISO code, how many make one unit)}`` for the hundredths of a currency written after a
    number («47 سنتا»، «50 كوبيك»; ``data/currency_subunits.csv``)."""
    return {form: (row["code"], int(row["per_unit"])) for row in table("currency_subunits.csv", key="noun")
            for form in _noun_forms(row["key"])}


@cache
def _symbol_codes() -> dict[str, str]:
    """Return ``{symbol or ISO code, lower case: ISO code}``: ``data/currency_symbols.csv``, then every ISO 4217
    code of a currency in use today (CLDR through Babel)."""
    codes = {row["symbol"].lower(): row["code"] for row in table("currency_symbols.csv")}
    for code in current_codes():
        codes.setdefault(code.lower(), code)
    for symbol, code in arabic_symbols().items():
        codes.setdefault(symbol, code)
    return codes


@cache
def arabic_symbols() -> dict[str, str]:
    """Return ``{match key: ISO code}`` for the Arabic abbreviations CLDR gives the currencies in use («د.ع» for the
    Iraqi dinar, «ر.س» for the riyal), without their closing full stop; two that fold to one key («د.أ» and «د.إ»)
    are left out, as neither can be told from the other.

    >>> arabic_symbols()["د.ع"], "د.ا" in arabic_symbols()
    ('IQD', False)
    """
    found: dict[str, set[str]] = {}
    symbols = Locale("ar").currency_symbols
    for code in current_codes():
        symbol = symbols.get(code, "").replace("\u200f", "").strip().rstrip(".")
        if "." in symbol and any("\u0600" <= ch <= "\u06ff" for ch in symbol):  # «د.ع», not «US$» or «€»
            found.setdefault(normalize(symbol), set()).add(code)
    return {symbol: codes.pop() for symbol, codes in found.items() if len(codes) == 1}


@cache
def current_codes() -> frozenset[str]:
    """Return the ISO 4217 codes of the currencies that are legal tender somewhere today (CLDR through Babel)."""
    return frozenset(code for territory in get_global("territory_currencies")
                     for code in get_territory_currencies(territory, tender=True))


@cache
def _counted_units() -> dict[str, str]:
    return {" ".join(row["key"].split()): row["unit"] for row in table("counted_nouns.csv", key="word")}


def _value(found: re.Match) -> float:
    return parse_number(found.group("num"), found.group("scale") or found.group("bare"), found.group("dual"),
                        bool(found.group("half") or found.group("bare_half") or found.group("dual_half")))


def _hedge(mk: MatchKey, start: int) -> dict:
    found = _patterns()["hedge"].search(mk.key, max(0, start - 20), start)
    if not found:
        return {}
    raw_start, raw_end = mk.raw_span(found.start("hedge"), found.end("hedge"))
    return {"hedge": mk.raw[raw_start:raw_end], "hedge_type": hedge_types()[" ".join(found.group("hedge").split())]}


def _currency(found: re.Match, key: str) -> str | None:
    names = currency_names()
    noun, adjective = found.group("noun"), found.group("adj")
    code = names.get((noun, adjective)) or names.get((noun, None))
    if code is None and adjective is None and noun in _noun_forms("دينار") and "عراق" in key:
        code = "IQD"  # a bare «دينار» («دنانير»، «الدينار») in a text about Iraq
    if code is None and adjective is None:
        code = _named_country_currency(noun, key)
    return code


@lru_cache(maxsize=64)  # a text's amounts ask for one noun again and again (a string's hash is kept by Python)
def _named_country_currency(noun: str, key: str) -> str | None:
    """The currency a bare noun («جنيه»، «ريال»، «ليرة») names in a text that names the country of exactly one of the
    currencies so called (CLDR: the countries where each is legal tender, and the adjective of its Arabic name).

    >>> _named_country_currency("جنيه", "قالت مصر ان 50 مليون جنيه"), _named_country_currency("جنيه", "50 مليون جنيه")
    ('EGP', None)
    """
    found = {code for (name, adjective), code in currency_names().items() if name == noun and adjective
             and _country_pattern(code).search(key)}
    return found.pop() if len(found) == 1 else None


@cache
def _country_pattern(code: str) -> re.Pattern:
    """The names of the countries where *code* is legal tender and the adjective of its name, with their clitics
    («مصر»، «السعودية»، «العراقي»; CLDR through Babel)."""
    names = {normalize(Locale("ar").territories[territory]) for territory in get_global("territory_currencies")
             if territory in Locale("ar").territories and code in get_territory_currencies(territory, tender=True)}
    names |= {adjective for (_, adjective), other in currency_names().items() if other == code and adjective}
    names = {name.removeprefix("ال") for name in names if name}
    return re.compile(rf"(?<!\w)(?:[وفبل]|وب|ال|بال|وال|لل)?(?:{alternation(names)})(?!\w)")


_AND = re.compile(r"\s+و\s*")
@cache
def fractions() -> dict[str, int]:
    """Return ``{match key: denominator}`` for the fractions before a bare scale word (``data/fractions.csv``)."""
    return {row["key"]: int(row["denominator"]) for row in table("fractions.csv", key="word")}


@cache
def _fraction_of() -> re.Pattern:
    """A fraction before a bare scale word («نصف مليار»، «ربع مليار»)."""
    return re.compile(rf"(?<!\w)(?P<fraction>{alternation(fractions())})\s+$")


def _chain(key: str, number: re.Match) -> tuple[float, int]:
    """Add the smaller parts of «4 مليارات و200 مليون»; return the value and where the chain ends."""
    words, pattern = number_words(), _patterns()["number"]
    value, end = _value(number), number.end()
    while (scale := number.group("scale") or number.group("bare") or number.group("dual")) and \
            (link := _AND.match(key, end)):
        following = pattern.match(key, link.end())
        if not (following and following.group("num") and following.group("scale")
                and words[following.group("scale")][0] < words[scale][0] % 2_000_000_000_000):
            break
        value, end, number = value + _value(following), following.end(), following
    return value, end


_DIGIT = re.compile(r"\d")
_RANGE_LINK = re.compile(r"\s*(?:و|الي|حتي|[-–—])\s*")


def _range_partner(key: str, end: int) -> tuple[str, float] | None:
    """Return the currency and scale of the amount that closes a range («4 و5 مليارات دولار»), if any."""
    link = _RANGE_LINK.match(key, end)
    following = link and _patterns()["number"].match(key, link.end())
    if not following or not (following.group("scale") or following.group("num")):
        return None
    currency = _patterns()["currency_after"].match(key, _chain(key, following)[1])
    code = _currency(currency, key) if currency else None
    scale = number_words()[following.group("scale")][0] if following.group("scale") else 1.0  # «من 60 إلى 65 دولارا»
    return (code, scale) if code else None


def _percent_partner(key: str, end: int, first: re.Match) -> bool:
    """Tell whether a percentage closes a range after the number *first* ending at *end* («بين 10 و12 في المئة»، «من 5
    إلى 7%»): the first number is a percentage too, as the first bound of an amount's range is an amount. (Its value
    is read only when a percentage follows: most numbers have none.)"""
    link = _RANGE_LINK.match(key, end)
    following = link and _patterns()["number"].match(key, link.end())
    if not (following and following.group("num") and _DIGIT.search(following.group("num"))
            and not following.group("scale") and _patterns()["percent_after"].match(key, following.end())):
        return False
    return _value(first) < _value(following) <= 100  # a rising range of shares, not «في 2019 و20%»


def _read(mk: MatchKey, number: re.Match) -> tuple[Mention | None, int]:
    """Read what a number is: money (currency or symbol beside it), a percentage, or a count.

    Returns the mention (or None) and where it ends in the key.
    """
    p, key = _patterns(), mk.key
    start = number.start()
    num, scale_word, bare = number.group("num", "scale", "bare")  # read once: most numbers pass every test below
    if bare and (bare in plural_scales() or p["vague"].search(key, max(0, start - 12), start)):
        return None, number.end()  # «مليارات الدولارات»، «بضعة مليارات من الدولارات»: no figure
    scaled = scale_word or bare or number.group("dual")
    value, end = _chain(key, number) if scaled else (None, number.end())  # a plain number is read only if needed
    if bare and (fraction := _fraction_of().search(key, max(0, start - 6), start)):
        # «نصف مليار دولار»: half a billion, «ربع مليار» a quarter; the fraction in the span
        value, start = value / fractions()[fraction.group("fraction")], fraction.start()
    digits = bool(num and _DIGIT.search(num))
    if (currency := p["currency_after"].match(key, end)) and (code := _currency(currency, key)):
        if value is None:
            value = _barrel_price(key, number, start, currency.end())  # «سعر البرميل … (110,090) دولارات»
        return mention(mk, "amount", start, currency.end(), number_value(_value(number) if value is None else value),
                       unit=code, **_hedge(mk, start)), currency.end()
    if (symbol := p["symbol_after"].match(key, end)) and num:
        return mention(mk, "amount", start, symbol.end(), number_value(_value(number) if value is None else value),
                       unit=_symbol_codes()[symbol.group("symbol")], **_hedge(mk, start)), symbol.end()
    if digits and not scaled and (subunit := p["subunit_after"].match(key, end)):
        code, per_unit = _subunits()[subunit.group("noun")]  # «ارتفع 47 سنتا»: 0.47 dollars
        return mention(mk, "amount", start, subunit.end(), number_value(_value(number) / per_unit), unit=code,
                       **_hedge(mk, start)), subunit.end()
    if number.group("wordglue") is not None:
        if num and (percent := p["percent_after"].match(key, end)):
            return mention(mk, "percent", start, percent.end(), number_value(_value(number)),
                           **_hedge(mk, start)), percent.end()
        return None, number.end()  # «اف16»: digits glued to a word make an amount or a percentage only
    if (scale_word or digits) and (partner := _range_partner(key, end)):  # «بين 4 و5 مليارات دولار»
        code, scale = partner
        value = _value(number) if value is None else value
        value = value if scale_word else value * scale
        return mention(mk, "amount", start, end, number_value(value), unit=code, **_hedge(mk, start)), end
    end = number.end()  # percentages and counts take one number only (read when one is found)
    if digits and (symbol := p["symbol_before"].search(key, max(0, start - 6), start)):
        return mention(mk, "amount", symbol.start("symbol"), end, number_value(_value(number)),
                       unit=_symbol_codes()[symbol.group("symbol")], **_hedge(mk, symbol.start("symbol"))), end
    if num and (percent := p["percent_after"].match(key, end)):
        return mention(mk, "percent", start, percent.end(), number_value(_value(number)), **_hedge(mk, start)), percent.end()
    if digits and not scale_word and (percent := p["percent_before"].search(key, max(0, start - 3), start)):
        return mention(mk, "percent", percent.start(), end, number_value(_value(number)), **_hedge(mk, percent.start())), end
    if digits and not scale_word and _percent_partner(key, end, number):  # «بين 10 و12 في المئة»
        return mention(mk, "percent", start, end, number_value(_value(number)), **_hedge(mk, start)), end
    if num and (counted := p["counted_after"].match(key, end)):
        unit = _counted_units()[" ".join(counted.group("noun").split())]
        return mention(mk, "quantity", start, counted.end(), number_value(_value(number)), unit=unit,
                       **_hedge(mk, start)), counted.end()
    return None, end


# a price of one barrel in dollars written with a comma before three digits: the Iraqi oil ministry's copy writes
# «معدل سعر البرميل الواحد بلغ اكثر من (110,090) دولارات» for 110.09, the comma a decimal mark (no barrel costs
# thousands of dollars)
_BARREL_PRICE = re.compile(r"\(?[ \t]*\d{2,3},\d{3}[ \t]*\)?")
_BARREL_BEFORE = re.compile(r"(?<!\w)سعر\s+(?:ال)?برميل(?!\w)")  # «سعر البرميل»، «سعر برميل النفط»
_BARREL_AFTER = re.compile(r"\s*(?:لل|ل\s*)برميل(?!\w)")  # «دولارات للبرميل»


def _of_a_barrel(key: str, start: int, end: int) -> bool:
    """Tell whether an amount at ``key[start:end]`` is the price of a barrel: «سعر البرميل» earlier in its sentence,
    or «للبرميل» right after it.

    >>> _of_a_barrel("بلغ سعر البرميل (110,090) دولارات", 16, 33), _of_a_barrel("بلغت قيمة الصفقة 150,000 دولار لشراء برميل", 17, 30)
    (True, False)
    """
    before = max(key.rfind(mark, 0, start) for mark in ".؟!\n") + 1
    return bool(_BARREL_BEFORE.search(key, before, start) or _BARREL_AFTER.match(key, end))


def _barrel_price(key: str, number: re.Match, start: int, end: int) -> float | None:
    """Return the price of a barrel in dollars that a *number* with a comma before three digits gives, the comma
    a decimal mark («سعر البرميل … (110,090) دولارات»: 110.09), the amount at ``key[start:end]``; None if the number
    is not so written or the amount is not the price of a barrel (:func:`_of_a_barrel`)."""
    if not _BARREL_PRICE.fullmatch(number.group("num") or "") or not _of_a_barrel(key, start, end):
        return None
    return _value(number) / 1000


_DIGIT_RUN = re.compile(r"\d+")
_NOT_BEFORE = frozenset("0123456789.,")


@cache
def _number_forms() -> dict[str, int]:
    """Map the written forms of number and scale words (also after «و», «ب», «وب») to where the number starts in them."""
    words = number_words()
    forms = {"و" + word: 1 for word in words}
    forms.update({"ب" + word: 1 for word in words})  # «بعشرين مليار دولار»
    forms.update({"وب" + word: 2 for word in words})
    forms.update({word: 0 for word in words})
    return forms


def _number_starts(key: str, tokens: Tokens) -> list[int]:
    """Return where a number may start: digit runs, and words that are number or scale words.

    Trying the number pattern only there is what keeps the scan fast; the
    pattern itself still decides what a number is.
    """
    forms, words, gaps, first = _number_forms(), tokens.words, tokens.gaps, tokens.starts
    starts = {first[i] + forms[words[i]] for i in tokens.where(forms)}
    for i in tokens.with_digits():  # the words that hold digits: where each run of digits starts
        for run in _DIGIT_RUN.finditer(words[i]):
            at = first[i] + run.start()
            if run.start() or gaps[i][-1:] not in _NOT_BEFORE:  # not the «2» of «4.2»
                starts.add(at)
            if not run.start() and (bracket := gaps[i].rfind("(")) >= 0 and not gaps[i][bracket + 1:].strip():
                starts.add(at - len(gaps[i]) + bracket)  # «(4) مليارات»: the bracket starts the number
    return sorted(starts)


def find_numeric(mk: MatchKey, tokens: Tokens | None = None) -> list[Mention]:
    """Return the amounts, percentages and quantities of a match key, in text order (*tokens*: its words, if
    the caller has them)."""
    pattern, found, reached = _patterns()["number"], [], 0
    scaled = None  # the last amount written with a scale word: (where it ends, its currency, the scale's value)
    for start in _number_starts(mk.key, tokens if tokens is not None else Tokens(mk.key)):
        if start < reached or not (number := pattern.match(mk.key, start)):
            continue
        item, reached = _read(mk, number)
        scale = number.group("scale")
        if item is None and scale and number.group("num") and _DIGIT.search(number.group("num")) and scaled \
                and number_words()[scale][0] == scaled[2] and number.start() - scaled[0] <= 60 \
                and (_ELIDED_LINK.search(mk.key[scaled[0]:number.start()]) and _ends_elided(mk.key, number.end())
                     or _COMMA_LINK.fullmatch(mk.key, scaled[0], number.start())
                     and _PART_OF.match(mk.key, number.end())):
            # «منها 73 مليار دولار واجبة الدفع، و40 مليارا معلقة»: the currency of the amount just before, of the
            # same scale, in the same sentence and after «و» or «مقابل», is this one's too; and so right after it
            # and a comma, of a part of it («133 مليار دولار، 40 مليار منها معلق»)
            item = mention(mk, "amount", number.start(), number.end(), number_value(_value(number)), unit=scaled[1],
                           **_hedge(mk, number.start()))
        if item is not None:
            found.append(item)
            if item.kind == "amount" and scale:
                scaled = (reached, item.unit, number_words()[scale][0])
    return found


def _ends_elided(key: str, end: int) -> bool:
    """Tell whether the words after a scale word leave its noun unsaid: the sentence ends, a particle follows («3
    مليارات في العام الماضي»), or an adjective that agrees with the amount («40 مليارا معلقة»: a feminine participle
    in «م…ة»), not a noun it counts («30 مليار متر مكعب»).

    >>> _ends_elided("و40 مليارا معلقه لـ8 دول", 10), _ends_elided("و30 مليار متر مكعب", 9)
    (True, False)
    """
    following = re.match(r"[ \t]*(\w*)", key[end:end + 30]).group(1)
    return not following or following in stopwords() or (following[:1] == "م" and following[-1:] == "ه"
                                                          and len(following) >= 4)


_ELIDED_LINK = re.compile(r"^[^.؟!؛\n]*(?:(?<!\w)و|(?<!\w)مقابل\s*)$")  # one sentence, «و» or «مقابل» last
_COMMA_LINK = re.compile(r"[ \t]*[،,][ \t]*")  # only a comma between the amount and the next
_PART_OF = re.compile(r"[ \t]+(?:منها|منه)(?!\w)")  # «40 مليار منها»: a part of the amount before
