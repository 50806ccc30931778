"""Numbers as Arabic news writes them: digits, number words and scale words, and the hedges before them («نحو»).

All patterns here run on the match key (see :mod:`analysis.normalize`):
Arabic-Indic digits and the Arabic separators are already folded to ``0-9``,
``.`` and ``,``; hamza forms, teh marbuta and alef maqsura are folded too.

>>> parse_number("(4)", "مليارات")
4000000000.0
>>> parse_number("اربعه", "مليارات")
4000000000.0
>>> parse_number("4,2", None), parse_number("1,000", None), parse_number("خمسه وعشرين", None)
(4.2, 1000.0, 25.0)
"""

from __future__ import annotations

import re
from functools import cache

from ..cues import alternation
from ..lexicons import table

# «7ر4»: the agency decimal mark (4.7), also spaced («2 ر 4», as a page may lay it out), or 4.2, 1,000
# «4،2 مليار»: some outlets write the decimal mark as the Arabic comma, with no space around it (a list writes
# «2014، 900»)
DIGITS = r"(?:\d{1,3}[ \t]?ر[ \t]?\d{1,3}(?!\d)|\d{1,3}،\d{1,2}(?![\d،])|\d+(?:[.,]\d+)*)"
# A number may be glued to a one-letter proclitic («ب5»، «و42») or the article («الـ15» → «ال15»); the span starts
# at the digits.
GLUED = r"(?:(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)(?:وب|ول|فب|فل|ال|لل))|(?<=(?<!\w)(?:بال|وال)))"
GLUED_PERCENT = r"(?=(?:بالمائه|بالمئه|بالميه)(?!\w))"  # «15بالمئة»: the word of a percentage glued to the digits


@cache
def number_words() -> dict[str, tuple[float, str]]:
    """Return ``{match key: (value, role)}`` for every number word (``data/number_words.csv``)."""
    return {row["key"]: (float(row["value"]), row["role"]) for row in table("number_words.csv", key="word")}


@cache
def plural_scales() -> frozenset[str]:
    """Return the match keys of the plural scale words («مليارات»، «ملايين»; ``plural`` = yes in the data file)."""
    return frozenset(row["key"] for row in table("number_words.csv", key="word") if row.get("plural") == "yes")


def feminine_ordinal(word: str) -> str:
    """The feminine of an ordinal with the article (a match key of ``data/ordinals.csv``), as it agrees with
    «المرحلة» or «الرقعة»: «الاول» → «الاولي» (the key of «الأولى»), any other + «ه» («الثانيه»).

    >>> feminine_ordinal("الاول"), feminine_ordinal("العاشر")
    ('الاولي', 'العاشره')
    """
    return word + "ي" if word == "الاول" else word + "ه"


@cache
def feminine_ordinals() -> dict[str, int]:
    """``{match key: value}`` of the feminine ordinals with the article (``data/ordinals.csv``), as they agree with
    «الرقعة»: «الأولى» to «العاشرة», the compounds «الحادية عشرة» to «التاسعة عشرة» (also with the masculine «عشر»
    the press often writes after the feminine unit: «الحادية عشر»), the tens, which have one form for both genders
    («العشرين»), and a unit before them («الحادية والعشرين»). Words of a compound are joined by one space.

    >>> ordinals = feminine_ordinals()
    >>> ordinals["الحاديه عشره"], ordinals["التاسعه عشر"], ordinals["العشرين"], ordinals["الثانيه والثلاثين"]
    (11, 19, 20, 32)
    >>> "العشرينه" in ordinals, "الحاديه" in ordinals
    (False, False)
    """
    rows = {row["key"]: int(row["value"]) for row in table("ordinals.csv", key="word")}
    simple = {word: value for word, value in rows.items() if value <= 10 and word.startswith("ال") and word != "الحادي"}
    units = {feminine_ordinal(word): value for word, value in rows.items()
             if word.startswith("ال") and (1 < value < 10 or word == "الحادي")}
    teen = next(word for word, value in rows.items() if value == 10 and not word.startswith("ال"))  # «عشر»
    ordinals = {feminine_ordinal(word): value for word, value in simple.items()}
    for unit, value in units.items():
        ordinals.update({f"{unit} {teen}ه": 10 + value, f"{unit} {teen}": 10 + value})
    for tens, base in ((word, value) for word, value in rows.items() if value >= 20):
        ordinals[tens] = base
        ordinals.update({f"{unit} و{tens}": base + value for unit, value in units.items()})
    return ordinals


@cache
def hedge_types() -> dict[str, str]:
    """``{match key: hedge_type}`` of ``hedges.csv`` («نحو»، «أكثر من»), in the table's order: the one reading of the
    table, for the amounts' hedges and the counted dates («قبل نحو عامين»)."""
    return {row["key"]: row["hedge_type"] for row in table("hedges.csv", key="phrase")}


@cache
def _hedge_words() -> str:
    """The hedges of ``hedges.csv`` («نحو»، «أكثر من») as one alternation, for the counted dates and the quantities."""
    return alternation(hedge_types())


@cache
def patterns() -> dict[str, str]:
    """Return the regex pieces: ``word`` (a number word), ``scale``, ``dual`` and ``number``."""
    words = number_words()
    plain = alternation(w for w, (_, role) in words.items() if role in ("unit", "ten", "hundred"))
    scale = alternation(w for w, (_, role) in words.items() if role == "scale")
    dual = alternation(w for w, (_, role) in words.items() if role == "dual")
    word_number = rf"(?:{plain})(?:\s+و?\s*(?:{plain}))*"
    # «مليار ونصف»، «3 مليارات ونصف المليار»، «4 مليارات ونصف مليار»: a half of the scale, the scale word repeated
    # with or without the article
    half = rf"\s+ونصف(?:\s+(?:ال)?(?:{scale}))?(?!\w)"
    after_conjunction = r"(?<=(?<!\w)و)"  # «و42 منظومة»: the conjunction is not part of the number
    # «بعشرين مليار دولار»، «بمليار دولار»: nor is a glued «ب» before a number or scale word
    after_particle = rf"{after_conjunction}|(?<=(?<!\w)ب)|(?<=(?<!\w)وب)"
    glued_scale = rf"(?=(?:{scale})(?!\w))"  # «5مليارات»: a scale word glued to the digits
    # «بنسبة5%»: digits glued to a word («wordglue») are read, and taken only before a currency or a percent sign
    number = (rf"(?:(?P<num>\(\s*{DIGITS}\s*\)|(?:(?<![\w.,])(?<!\d،)|{GLUED}|(?<=[^\W\d_])(?P<wordglue>))"
              rf"{DIGITS}(?!\d|[.,]\d)(?:(?!\w)|{glued_scale}|{GLUED_PERCENT})"
              rf"|(?:(?<!\w)|{after_particle})(?:{word_number})(?!\w))"
              rf"(?:\s*(?P<scale>(?<![^\s\d])(?:{scale}))(?!\w)(?P<half>{half})?)?"
              rf"|(?<!\w)(?P<dual>{dual})(?!\w)(?P<dual_half>{half})?|(?:(?<!\w)|{after_particle})(?P<bare>{scale})(?!\w)(?P<bare_half>{half})?)")  # «ومليار دولار»
    return {"word": plain, "scale": scale, "dual": dual, "number": number}


def parse_digits(text: str) -> float:
    """Read a run of digits with ``.``/``,`` separators.

    A comma followed only by groups of three digits separates thousands;
    otherwise it is a decimal comma. A point is a decimal point unless it
    repeats (``1.000.000``).

    News agencies write a decimal with «ر» and the fraction first, as the
    digits appear on a left-to-right screen: «7ر4» is 4.7.

    >>> parse_digits("4.2"), parse_digits("1,250,000"), parse_digits("27,31"), parse_digits("1.000.000")
    (4.2, 1250000.0, 27.31, 1000000.0)
    >>> parse_digits("7ر4"), parse_digits("25ر1"), parse_digits("2 ر 4"), parse_digits("4،2")
    (4.7, 1.25, 4.2, 4.2)
    """
    text = text.strip("() \t")
    if "،" in text:  # «4،2»: the Arabic comma as a decimal mark
        return float(text.replace("،", "."))
    if "ر" in text:
        fraction, _, whole = text.partition("ر")
        return float(f"{whole.strip()}.{fraction.strip()}")
    if text.count(".") > 1:
        return float(text.replace(".", "").replace(",", "."))
    if "," in text:
        groups = text.split(",")
        if all(len(g) == 3 for g in groups[1:]) and "." not in groups[0] and len(groups[0]) <= 3:
            return float("".join(groups))
        if len(groups) == 2 and "." not in text:
            return float(".".join(groups))
        return float(text.replace(",", ""))
    return float(text)


def parse_words(text: str) -> float:
    """Read Arabic number words (match keys), e.g. «ثلاثمائة» or «خمسة وعشرون»."""
    words = number_words()
    total = 0.0
    previous_unit = 0.0
    for token in re.findall(r"[^\s]+", text):
        token = token[1:] if token.startswith("و") and token[1:] in words else token
        value, role = words[token]
        if role == "ten" and value == 10 and previous_unit:  # «ثلاثة عشر»: the unit already counted
            total += 10
        else:
            total += value
        previous_unit = value if role == "unit" else 0.0
    return total


def parse_number(number: str | None, scale: str | None, dual: str | None = None, half: bool = False) -> float:
    """Combine a number (digits or words) with a scale word, a dual scale word, or ``ونصف``."""
    words = number_words()
    if dual:  # «مليارين ونصف المليار»: two and a half of the scale
        return words[dual][0] * (1.25 if half else 1.0)
    if number is None:  # a bare scale word: «مليار دولار» is one billion, «مليار ونصف» one and a half
        return words[scale][0] * (1.5 if half else 1.0) if scale else 0.0
    base = parse_digits(number) if re.search(r"\d", number) else parse_words(number)
    if scale:
        factor = words[scale][0]
        return base * factor + (factor / 2 if half else 0.0)
    return base
