"""Dates and periods in Arabic text, with every month-name system CLDR knows.

Month names come from CLDR through Babel: the Egyptian/Gulf names (``ar``:
يناير…), the Syriac names of Iraq and the Levant (``ar_IQ``, ``ar_SY``:
كانون الثاني…), and the Maghrebi names (``ar_DZ``, ``ar_TN``: جانفي…;
``ar_MA``: يناير… غشت، شتنبر), plus a few press spellings in
``data/month_aliases.csv``. Matching runs on the match key, so hamza and
harakat do not matter.

Recognised: «9 سبتمبر/أيلول 1944» and every dual form (``/``, parentheses, a
dash or only a space, both names agreeing); ordinal days («التاسع من
سبتمبر»); years with or without عام/سنة and a trailing م; ranges (من … إلى
…، بين عامي … و…، «2013 – 2016»، «(1888-1978)»، and two time points joined
whatever opens them: «منذ … وحتى …»، «في … ولغاية …», each bound its own value); «منذ عام 2022» (a date with
``qualifier="since"``); «… من العام نفسه» (the year of the date before it);
Hijri dates (with هـ), converted with ``calendar="hijri"``.

>>> from analysis.normalize import match_key
>>> [(m.text, m.value) for m in find_dates(match_key("أسست في 9 سبتمبر/أيلول 1944، وقطعت في عام 1955."))]
[('9 سبتمبر/أيلول 1944', '1944-09-09'), ('عام 1955', '1955')]
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from collections.abc import Iterator
from functools import cache

from babel import Locale

from ..cues import AtWordStart, Tokens, alternation, around, initials, scan, word_starts
from ..lexicons import stopwords, table
from ..normalize import MatchKey, normalize
from ..slots import slot_init
from .amounts import currency_names
from .calendars import hijri_month_span, hijri_to_gregorian, hijri_year_span
from .numbers import _hedge_words, number_words
from .records import Mention, mention
from .spans import Spans

CLDR_LOCALES = ("ar", "ar_EG", "ar_SA", "ar_IQ", "ar_SY", "ar_LB", "ar_JO", "ar_PS", "ar_DZ", "ar_TN", "ar_MA",
                "ar_MR", "ar_LY")
FIRST_YEAR, LAST_YEAR = 1000, 2099  # years written with عام/سنة, or inside a range
FIRST_BARE_YEAR = 1900  # a four-digit number alone is a year only from here on
YEAR_PARTICLES = ("في", "من", "بين", "الي", "حتي", "وحتي", "خلال", "لغايه")  # match keys of the particles that may
# be glued to a year's digits («في2019»، «منذ2003» is read by the since-date, «عام2019» by the year word)
MIN_GLUED_MONTH = 4  # a month name glued to «ب»/«ل» («بنيسان») is read only from four letters («باب» is a door)
# A day/month/year date, or a year after a Hijri month's name («رمضان 1440»), with a year in this range is Hijri
# even without «هـ» (1300 AH began in 1882).
FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR = 1300, 1500
HIJRI_ERAS = ("ه", "هجري", "هجريه", "للهجره")


@cache
def gregorian_months() -> dict[str, int]:
    """Return ``{match key of a month name: month number}`` from CLDR and the alias list."""
    names: dict[str, int] = {}
    for code in CLDR_LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    names[" ".join(normalize(name).split())] = number
    for row in table("month_aliases.csv", key="name"):
        names[row["key"]] = int(row["month"])
    return names


SYRIAC_LOCALE = "ar_IQ"  # CLDR's locale of the Syriac month names («كانون الثاني»، «شباط»… the Levant and Iraq)


@cache
def syriac_months() -> frozenset[str]:
    """Return the match keys of the Syriac month names (CLDR ``ar_IQ``, and the aliases spelt on their first word,
    «كانون ثاني»), as against the names taken from the Latin ones («يناير»، «جانفي»…).

    >>> {"شباط", "تشرين الاول", "كانون ثاني"} <= syriac_months(), "فبراير" in syriac_months()
    (True, False)
    """
    months = Locale.parse(SYRIAC_LOCALE).months["format"]  # the stand-alone forms are aliases babel may resolve
    # to the parent locale's («يناير») once the parent's were read: the format forms are the locale's own
    names = {" ".join(normalize(name).split()) for width in ("wide", "abbreviated") for name in months[width].values()}
    first_words = {name.split()[0] for name in names if " " in name}  # «كانون»، «تشرين»
    return frozenset(names | {key for key in gregorian_months() if key.split()[0] in first_words})


def _paired_month(first: str, second: re.Match) -> int | None:
    """The month of a dual form whose two names disagree («يونيو/تموز», «تشرين الأول/ نوفمبر»): across a slash, a
    Syriac name and one taken from the Latin name pair the same month in the press, so one of them is a slip, and
    the Latin-derived name is read, the one the whole Arab press shares (the Syriac names are local, and a writer
    matching them to the other set is the one who errs). None where the two are not such a pair (two Latin-derived
    names across a slash may be a range: «يناير/فبراير»).

    >>> m = _patterns()["second_month"].match("/تموز")
    >>> _paired_month("يونيو", m), _paired_month("حزيران", m)
    (6, None)
    """
    other = " ".join(second.group("m2").split())
    if "/" not in second.group() or (first in syriac_months()) == (other in syriac_months()):
        return None
    return gregorian_months()[other if first in syriac_months() else first]


@cache
def hijri_months() -> dict[str, int]:
    """Return ``{match key: month number}`` for the Hijri month names."""
    return {row["key"]: int(row["month"]) for row in table("hijri_months.csv", key="name")}


def _names(names) -> str:
    return alternation(names)


def _by_length(words) -> list[list[str]]:
    """Group words by length (a lookbehind takes alternatives of one length only).

    >>> _by_length(("في", "من", "بين"))
    [['في', 'من'], ['بين']]
    """
    groups: dict[int, list[str]] = {}
    for word in words:
        groups.setdefault(len(word), []).append(word)
    return [groups[length] for length in sorted(groups)]


@cache
def ordinal_days() -> dict[str, int]:
    """Return ``{match key: day}`` for ordinal day words, «الأول» to «الحادي والثلاثين» (``data/ordinals.csv``)."""
    rows = {row["key"]: int(row["value"]) for row in table("ordinals.csv", key="word")}
    simple = {word: value for word, value in rows.items() if value <= 10 and word.startswith("ال") and word != "الحادي"}
    units = {word: value for word, value in rows.items() if value < 10 and value != 1 or word == "الحادي"}
    teen = next(word for word, value in rows.items() if value == 10 and word not in simple)
    days = dict(simple)
    days.update({f"{unit} {teen}": 10 + value for unit, value in units.items()})
    for tens, base in ((word, value) for word, value in rows.items() if value >= 20):
        days[tens] = base
        days.update({f"{unit} و{tens}": base + value for unit, value in units.items() if base + value <= 31})
    days.update({word[2:]: day for word, day in list(days.items()) if day <= 10})  # «أول», «ثاني»…
    return days


@cache
def _glued_year_words() -> frozenset[str]:
    """The words a year's digits may be glued to: the particles of :data:`YEAR_PARTICLES`, which stay out of its span
    («في2019»), and the one-word parts of a year of ``month_parts.csv``, which stay in it («نهاية2019»، «صيف2014»)."""
    return frozenset(YEAR_PARTICLES) | {row["key"] for row in table("month_parts.csv", key="phrase")
                                        if row["applies_to"] == "period" and " " not in row["key"]}


def _parts(applies_to: str) -> str:
    """The words before a date kept in its span (``data/month_parts.csv``): of a period («منتصف»), of a day («صباح»)."""
    return _names(row["key"] for row in table("month_parts.csv", key="phrase") if row["applies_to"] == applies_to)


def _with_part(key: str, start: int, unit: str) -> int:
    """Extend a date's start over «منتصف»، «مطلع»… (a month, week or year) or «صباح»، «مساء»… (a day)."""
    if unit == "written_year":  # «مطلع العام 2014»، «للسنة المالية 2019» (the longest words before a year)
        found = _patterns()["year_part_before"].search(key, max(0, start - 16), start)
        return found.start("part") if found else start
    pattern = _patterns()["day_part_before" if unit == "day" else "month_part_before"]
    found = pattern.search(key, max(0, start - 14), start)
    return found.start("part") if found else start


def _first_words(phrases) -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in phrases)


@cache
def _year_part_words() -> frozenset[str]:
    """The first words of the quarters and halves (``data/year_parts.csv``): a text without any has none."""
    return _first_words(year_parts())


@cache
def decades() -> dict[str, int]:
    """Return ``{match key: first year}`` for the decade words («الستينات»، «سبعينيات») of ``data/decades.csv``."""
    return {row["key"]: int(row["first_year"]) for row in table("decades.csv", key="word")}


@cache
def _decade_forms() -> frozenset[str]:
    """Every written form of a decade word: after «و»، «ف» or «ب», with or without the article («وفي الستينات»)."""
    return frozenset(clitic + article + word for word in decades() for clitic in ("", "و", "ف", "ب")
                     for article in ("", "ال"))


@cache
def year_parts() -> dict[str, tuple[str, int, int]]:
    """Return ``{match key: (part, first month, last month)}`` for quarters and halves (``data/year_parts.csv``)."""
    parts = {" ".join(row["key"].split()): (row["part"], int(row["first_month"]), int(row["last_month"]))
             for row in table("year_parts.csv", key="phrase")}
    # the same months in the other orders of the press: the numeral first, before an indefinite plural of «شهر»
    # («الثمانية أشهر الأولى من 2024»), in digits («الأشهر الـ9 الأولى»), or after «أول»/«آخر» («أول خمسة أشهر»)
    for phrase, value in list(parts.items()):
        words = phrase.split()
        if len(words) != 3 or words[0] not in _MONTH_PLURALS:
            continue
        count, side = value[2] - value[1] + 1, words[2]
        for plural in _MONTH_PLURALS:
            indefinite = plural.removeprefix("ال")
            parts.update({f"{words[1]} {indefinite} {side}": value, f"{plural} ال{count} {side}": value,
                          f"{plural} {count} {side}": value})
            if side in _ENDS:
                parts[f"{_ENDS[side]} {words[1].removeprefix('ال')} {indefinite}"] = value
    # «ل» before the article is written «لل», the whole word in the span as for a name: «للتسعة أشهر الأولى من العام»
    parts.update({"لل" + phrase[2:]: value for phrase, value in list(parts.items()) if phrase.startswith("ال")})
    return parts


_MONTH_PLURALS = ("الاشهر", "الشهور")  # match keys of the two plurals of «شهر» that head the rows of year_parts.csv
_ENDS = {"الاولي": "اول", "الاخيره": "اخر"}  # «الأشهر الخمسة الأولى» is also «أول خمسة أشهر», «الأخيرة» «آخر»


@cache
def lone_year_parts() -> frozenset[str]:
    """The quarters and halves that name a part of a year with no year after them («في الربع الثاني»، «خلال النصف
    الأول»; ``alone`` = yes)."""
    return frozenset(" ".join(row["key"].split()) for row in table("year_parts.csv", key="phrase")
                     if row.get("alone") == "yes")


@cache
def relative_dates() -> dict[str, tuple[str, int]]:
    """Return ``{match key: (unit, offset)}`` for relative dates («أمس»، «العام المقبل»; ``data/relative_dates.csv``)."""
    return {" ".join(row["key"].split()): (row["unit"], int(row["offset"]))
            for row in table("relative_dates.csv", key="phrase") if row["unit"] != "month_name"}


@cache
def month_adjectives() -> dict[str, int]:
    """Return ``{match key: offset}`` for words after a month name («أكتوبر المقبل»، «ديسمبر الماضي»)."""
    return {row["key"]: int(row["offset"]) for row in table("relative_dates.csv", key="phrase")
            if row["unit"] == "month_name"}


@cache
def weekdays() -> dict[str, int]:
    """Return ``{match key: weekday}`` (Monday 0) for the Arabic weekday names of CLDR and the spellings of
    ``data/weekday_aliases.csv`` («الثلثاء»), with and without «ال»."""
    names = {}
    spellings = [(number, normalize(name)) for number, name in Locale.parse("ar").days["format"]["wide"].items()]
    spellings += [(int(row["weekday"]), row["key"]) for row in table("weekday_aliases.csv", key="name")]
    for number, key in spellings:
        names[key] = number
        names[key[2:] if key.startswith("ال") else "ال" + key] = number
    return names


@cache
def weekday_words() -> dict[str, str]:
    """Return ``{match key: role}`` for the words around a weekday («اليوم»، «يوم»، «المقبل»; ``data/weekday_words.csv``)."""
    return {row["key"]: row["role"] for row in table("weekday_words.csv", key="phrase")}


@cache
def _patterns() -> dict[str, re.Pattern | AtWordStart]:
    month = _names(gregorian_months())
    hijri = _names(hijri_months())
    ordinal = _names(ordinal_days())
    year_word = r"(?:عام|العام|سنه|السنه|عامي|العامين|سنتي)"
    era_core = r"\s*(?P<era>م|ه|هجري|هجريه|للهجره|ميلادي|ميلاديه)(?!\w)"  # «1944م», «1445 هـ»
    era = rf"(?:{era_core})?"
    non_year = _names({row["key"] for row in table("non_year_words.csv", key="word") if row["position"] == "after"})
    events = table("named_event_words.csv", key="word")
    named_events = _names({row["key"] for row in events if row["reading"] == "event"})
    day_names = _names({row["key"] for row in events if row["reading"] == "name"})
    non_year_before = _names({row["key"] for row in table("non_year_words.csv", key="word") if row["position"] == "before"})
    relative = relative_dates()
    relative_years = _names(k for k, (unit, _) in relative.items() if unit == "year")
    current = _names(k for k, offset in month_adjectives().items() if offset == 0)  # «الجاري»، «الحالي»
    heads = {key.split()[0] for key in year_parts() if len(key.split()) == 2}  # «الربع»، «النصف»، «الفصل»
    ordinals = {key.split()[1] for key in year_parts() if len(key.split()) == 2}  # «الاول»، «الثاني»…
    # «في2019»، «بين2013 و2016»: a particle glued to the digits stays out of the span (a lookbehind per length)
    particles = {c + word for word in _glued_year_words() for c in ("", "و")}  # «وبين2013 و2016»
    glued_particle = "".join(f"|(?<=(?<!\\w)(?:{_names(group)}))" for group in _by_length(sorted(particles)))
    # «في 2019وقال»، «خلال 2018بلغ»: a year after such a particle, the next word glued to its digits
    glued_after = "".join(f"|(?<=(?<!\\w)(?:{_names(group)}){gap}\\d{{4}})" for group in _by_length(sorted(particles))
                          for gap in ("", "[ \\t]"))[1:]
    letter_before, letter_after = r"(?<![^\W\d_])", r"(?![^\W\d_])"  # digits may touch a month: «٢٣آب١٩٦٨»
    words = weekday_words()
    day_words = _names(w for w, role in words.items() if role in ("today", "day", "tomorrow"))
    after_words = _names(w for w, role in words.items() if role in ("next", "last", "before_last"))
    weekday_names = _names(w for w in weekdays() if w.startswith("ال"))
    relative_days = _names(w for w, role in words.items() if role in ("today", "day", "tomorrow") and w != "يوم")
    return {
        # «يوم غد الأربعاء»، «يوم أمس الأحد»: «يوم» before a relative day is inside the span, and so is the weekday
        # after a comma («أمس الأول، الخميس»: the day before yesterday, which was Thursday) or in parentheses
        # («اليوم (الجمعة)», its closing bracket too); a relative day in parentheses right after a weekday names the
        # same day, one span with it and its closing bracket («يوم الثلاثاء (غدا)»: the corpus guide, after `zt`)
        "weekday": re.compile(rf"(?<!\w)[وف]?(?:(?P<yom>يوم\s+)?(?P<pre>{day_words})(?:\s*(?P<comma>[،,])\s*"
                              rf"|\s*(?P<paren>\()\s*|\s+))?(?P<wd>{weekday_names})(?!\w)(?(paren)\s*\))"
                              rf"(?:\s+(?P<post>{after_words})(?!\w))?"
                              rf"(?:\s*\(\s*(?P<rel>{relative_days})\s*\))?"),
        "month_adjective": re.compile(rf"\s+(?P<adj>{_names(month_adjectives())})(?!\w)"),
        "since_before": re.compile(r"(?<!\w)[وف]?(?P<since>منذ)\s*$"),  # «ومنذ»: the conjunction stays out
        "month_part_before": re.compile(rf"(?<!\w)(?:[وفب]|وب)?(?P<part>{_parts('period')})\s+(?:شهر\s+)?$"),
        # «مطلع العام 2014»، «العام المالي 2020»: before a written year, a fiscal year's words too
        "year_part_before": re.compile(rf"(?<!\w)(?:[وفب]|وب)?(?P<part>{_parts('period')}|{_parts('year')})\s*$"),
        # «النصف الأول من يناير»: a half of a month (the halves of ``year_parts.csv``), days 1–15 or 16 to its end
        "month_half_before": re.compile(rf"(?<!\w)(?:[وفب]|وب)?(?P<part>{_names(k for k, v in year_parts().items() if v[0] == 'half')})"
                                        r"\s+(?:من\s+)?(?:شهر\s+)?$"),
        "day_part_before": re.compile(rf"(?<!\w)(?:[وفب]|وب)?(?P<part>{_parts('day')})\s+$"),
        "month_days_before": _month_days_before(),
        # «العام السابق»: the year before one the sentence writes («خلال عام 2017 … العام السابق»)
        "previous_year": re.compile(r"(?<!\w)(?:[وفبل]|وب)?(?P<rel>العام\s+السابق|السنه\s+السابقه)(?!\w)"),
        # the last relative year before «العام السابق» in its sentence («خلال العام الجاري … عن العام السابق»)
        "relative_year_before": re.compile(rf"(?<!\w)(?P<rel>{relative_years})(?!\w)(?!.*(?<!\w)(?:{relative_years})(?!\w))"
                                           r"(?:[^.؟!؛\n]|(?<=\d)\.(?=\d))*$"),  # «1.3» ends no sentence
        # «نهاية العام»، «مطلع الشهر»: a part of a bare year, month or week, not «العام الماضي»، «العام 2014»، «العام نفسه»
        "bare_part": re.compile(rf"(?<!\w)(?:[وفب]|وب)?(?P<part>{_parts('period')})\s+(?P<unit>العام|السنه|الشهر|الاسبوع)(?!\w)"
                                r"(?![ \t]*(?:ال(?!ي(?!\w))|\d|[(]|من\s|نفس|ذات))"),  # «الي» is «إلى», no article
        "hijri_era": re.compile(r"\d\s*(?:ه|هجري|هجريه|للهجره)(?!\w)"),
        "digit_separator": re.compile(r"\d[ \t]?[/.\-][ \t]?\d"),
        "day_this_month": re.compile(rf"(?<![\w.,/])(?P<day>\d{{1,2}})\s+(?P<adj>{_names(k for k, v in month_adjectives().items() if v == 0)})(?!\w)"),
        # «في 28 الماضي»، «يوم 5 المقبل» (agency copy): a day of the month before or after publication's, after a
        # particle or «يوم»; not the dual of two month names («الماضيين»)
        "day_other_month": AtWordStart(rf"(?:{_names(YEAR_PARTICLES)}|يوم)\s+(?P<day>\d{{1,2}})\s+"
                                       rf"(?P<adj>{_names(k for k, v in month_adjectives().items() if v and not k.endswith('ين'))})(?!\w)",
                                       clitics=("", "و", "ف")),
        "per_day": re.compile(r"(?<!\w)في\s+$"),
        "weekday_then_date": re.compile(r"[\s،,(]{0,4}(?:الموافق[\s،,]*)?\d"),  # «يوم الخميس الموافق 7 آذار»
        # «اليوم، 5 أيار 2020»، «اليوم (5/5/2020)»: today before its written date, which is the one marked, a weekday
        # between them or not («اليوم، السبت 15 من كانون الأول»، «أمس (الثلاثاء 12 آذار)»: the corpus guide, after `zt`)
        "today_then_date": re.compile(rf"[\s،,(]{{0,4}}(?:(?:{weekday_names})(?!\w)[\s،,()]{{0,4}})?(?:الموافق[\s،,]*)?"
                                      rf"\d{{1,2}}(?:\s+(?:من\s+)?(?:{month}){letter_after}|[ \t]?[/.\-][ \t]?\d)"),
        "and_weekday": re.compile(rf"\s*و\s*(?:{weekday_names})(?!\w)"),  # «الاثنين والخميس»
        "month_alone_before": re.compile(r"(?<!\w)[وف]?(?:في|منذ|خلال|حتي|مطلع|اواخر|اوائل|منتصف|نهايه|بدايه|شهري)\s+$"),
        # a month may carry the conjunction «و» («بين يناير ومارس 2019») or a glued «ب»/«ل» («مقارنة بنيسان»); the
        # span starts at the month
        "month": re.compile(rf"(?:{letter_before}|(?<=(?<![^\W\d_])و)|(?<=(?<![^\W\d_])[بل])|(?<=(?<![^\W\d_])و[بل]))"
                            rf"(?:{month}){letter_after}"),
        "glued_preposition": re.compile(r"(?<![^\W\d_])و?[بل]$"),
        "hijri_month": re.compile(rf"(?<!\w)(?:{hijri})(?!\w)"),
        # «من كانون الثاني حتى نهاية آذار 2020»، «من 25 أغسطس إلى 9 سبتمبر 1944»: a part of the month («نهاية») or
        # a day may stand before the range's end
        "month_range_after": re.compile(rf"(?:[ \t]{{2}}|\s*(?:(?:الي|حتي|وحتي|لغايه|ولغايه)\s+|و\s*|[-–—]\s*))"
                                       rf"(?:(?:{_parts('period')})\s+(?:شهر\s+)?|\d{{1,2}}\s+(?:من\s+)?)?"
                                       rf"(?:{month}){letter_after}(?:\s*/\s*(?:{month}){letter_after})?"  # «آذار/مارس»
                                       rf"\s*[,،]?\s*(?:من\s+)?(?:{year_word}\s+)?\d{{4}}"),
        "month_range_next": re.compile(rf"(?:[ \t]{{2}}|\s*(?:(?:الي|حتي|وحتي|لغايه|ولغايه)\s+|و\s*|[-–—]\s*))"
                                      rf"(?:(?:{_parts('period')})\s+(?:شهر\s+)?|\d{{1,2}}\s+(?:من\s+)?)?"
                                      rf"(?:{month}){letter_after}"),
        # «أكتوبر (تشرين الأول)»: the closing bracket is in the span only when the second name opened one, not in
        # «(… ينتهي في 20 آذار/مارس)»
        "second_month": re.compile(rf"\s*(?:[/\\\-–—]\s*|(?P<open>\(\s*)|\s+)(?P<m2>{month}){letter_after}"
                                   r"(?(open)(?P<close>\s*\))?)"),
        # «3سبتمبر عام2019»: the year word may be glued to the year's digits
        "year_after": re.compile(rf"\s*[,،]?\s*(?:من\s+)?(?:{year_word}\s*)?(?P<year>\d{{4}})(?![\d.,]\d){era}"),
        "same_year": re.compile(r"\s+من\s+(?:نفس\s+(?:العام|السنه)|(?:العام|السنه)\s+(?:نفسه|نفسها|ذاته|ذاتها)"
                                r"|ذات\s+(?:العام|السنه))(?!\w)"),
        # what it can start with is tested first (a digit, or a word's start), and a digit before the look-behinds
        "day_before": re.compile(rf"(?=\d|(?<!\w)(?:يوم|{initials(ordinal_days())}))"
                                 rf"(?:(?<!\w)(?P<yom>يوم)\s+)?(?:(?=\d)(?:(?<![\w.,])|(?<=(?<!\w)و)|(?<=(?<!\w)ال)"
                                 rf"{glued_particle}|(?<=(?<!\w)يوم)|(?<=[^\W\d_]{{3}}))(?P<day>\d{{1,2}})"  # «في15 أيار»
                                 rf"|(?<!\w)(?P<ord>{ordinal}))"  # «احمد20 يوليو»: glued to a byline's last word
                                 rf"(?:\s*من)?(?:\s+شهر)?\s*$"),  # «الـ15من آذار»: «من» may touch the digits
        "month_word_before": re.compile(r"(?<!\w)(?:[وفبل]|وب|ول)?(?P<word>شهر)\s+$"),  # «لشهر أيار الماضي»: «ل» stays out
        "relative_year_after": re.compile(rf"\s+(?:من\s+)?(?P<rel>{relative_years})(?!\w)"),
        # after a glued particle only the digits («في2019»), never «منذ» or a year word: those start a word
        "year": re.compile(rf"(?:(?<![\w.,])(?:[وف]?(?P<since>منذ)\s*)?(?:[وفبل]?(?P<kw>{year_word})\s*|و\s*)?"
                           rf"|(?=\d)(?:{glued_particle[1:]})|(?<=\d{{4}})و(?=\d{{4}}(?!\d)))(?P<year>\d{{4}})(?:{era_core}|(?![\w]|[.,]\d)"
                           r"|(?(kw)(?=[\u0621-\u064a])|(?!))"  # «عام 1979على»: after a year word, glued to the next
                           r"|(?(since)(?=[\u0621-\u064a])|(?!))"  # «منذ 2003حتى»: after «منذ» too
                           rf"|(?:{glued_after})(?=[\u0621-\u064a])"  # «في 2019وقال»: after a particle
                           r"|(?=و\d{4}(?!\d)))"  # «2016و2017»: «و» glued to the next year
                           rf"(?(kw)(?:[ \t]+(?:{current})(?!\w))?)"),  # «في العام 2012 الجاري»: the adjective too
        # «13 . 06 . 2018»: one separator, a space on each side of it, both times
        "numeric": re.compile(rf"(?:(?<![\w/.\-]){glued_particle}"
                              r"|(?<=[\u0621-\u064a])(?=\d{1,2}/\d{1,2}/\d{4}(?!\d)))"  # «بتاريخ25/3/2019»: a
                              # whole day/month/year glued to the word before it, slashes only
                              rf"(?:(?P<d>\d{{1,2}})(?:[/.\-](?P<m>\d{{1,2}})[/.\-]"
                              r"|[ \t](?P<spaced>[/.\-])[ \t](?P<sm>\d{1,2})[ \t](?P=spaced)[ \t])(?P<y>\d{4})"
                              r"|(?P<iy>\d{4})[ \t]?(?P<sep>[-/])[ \t]?(?P<im>\d{1,2})[ \t]?(?P=sep)[ \t]?(?P<id>\d{1,2})"
                              r"|(?P<mm>\d{1,2})/(?P<my>\d{4}))"  # «06/2019»: a month and its year
                              rf"(?:{era_core}|(?![\w/\-]|\.\d)"  # a full stop may end the sentence
                              r"|(?(d)(?<=\d/\d{4})(?=[\u0621-\u064a])|(?!)))"),  # «1/2/2024بمكتبه»: a whole
        # day/month/year in slashes glued to the word after it, as to the word before it
        "decade": re.compile(rf"(?<!\w)[وفب]?(?P<word>(?:ال)?(?P<decade>{_names(decades())}))(?!\w)"
                             # «من القرن الماضي»، «من القرن المنصرم» (a past month's adjectives), «القرن العشرين»
                             rf"(?P<century>\s+(?:من\s+)?القرن\s+(?:{_names(k for k, v in month_adjectives().items() if v < 0 and not k.endswith('ين'))}|العشرين))?"),
        "year_part": re.compile(rf"(?<!\w)(?:[وفبل]|وب)?(?P<part>{_names(year_parts())})(?!\w)"
                                rf"\s*(?:(?:من|في|ل)\s*)?(?:(?P<kw>{year_word})\s*)?"
                                rf"(?:(?P<year>\d{{4}})(?!\d)(?:[ \t]+(?:{current})(?!\w))?"  # «العام 2012 الجاري»
                                rf"|(?P<rel>{relative_years}|العام|السنه)(?!\w))"),
        "relative": re.compile(rf"(?<!\w)(?:[وفبل]|وب|ول)?(?:(?P<yom>يوم)\s+)?(?P<rel>{_names(relative)})(?!\w)"),
        # «في الربع الثاني»: a quarter with no year after it, not «الربع الأول من القرن»
        "lone_year_part": re.compile(rf"(?<!\w)(?:[وفبل]|وب)?(?P<part>{_names(lone_year_parts())})(?!\w)"
                                     rf"(?![ \t]*(?:من(?!\w)|\d|و\s*(?:{_names(ordinals)})(?!\w)))"),
        # «الربع الأول والثاني من 2019»، «الربعين الثاني والثالث من العام»: two parts of a year, one period
        "year_part_pair": re.compile(rf"(?<!\w)(?:[وفبل]|وب)?(?P<head>{_names(heads)})(?:ين)?\s+(?P<o1>{_names(ordinals)})"
                                     rf"\s+و\s*(?:(?P=head)\s+)?(?P<o2>{_names(ordinals)})(?!\w)"
                                     rf"\s*(?:(?:من|في|ل)\s*)?(?:(?P<kw>{year_word})\s*)?"
                                     rf"(?:(?P<year>\d{{4}})(?!\d)|(?P<rel>{relative_years}|العام|السنه)(?!\w))"),
        "not_a_year_after": re.compile(rf"\s*(?:%|٪|\$|(?:{non_year})(?!\w))"),
        "named_event_before": re.compile(rf"(?<!\w)(?:[وفبل]|وب|ال|بال|وال|لل)?(?:{named_events})\s+$"),
        "day_in_name_before": re.compile(rf"(?<!\w)(?:[وفبل]|وب)?(?:{day_names})\s+$"),  # «ساحة 14 تموز»: a name
        # «القانون رقم 2013»، «رقم 6/2019»
        "not_a_year_before": re.compile(rf"(?<!\w)[وفبل]?(?:{non_year_before})[\s:]*(?:\d{{1,4}}\s*/\s*)?$"),
        "range_before": re.compile(r"(?<!\w)[وف]?(?P<word>من|بين|منذ|شهري)\s*$"),  # «شهري أيار وحزيران»: the two
        # months; «بين2013 و2016»: the digits may be glued to the word
        # the first month of a range before a second month without a year: «من كانون الاول الي شباط»
        "month_range_before": re.compile(rf"(?<!\w)[وف]?(?P<word>من|بين|شهري)\s+(?:شهر\s+)?(?:{month}){letter_after}"
                                         rf"(?:\s*/\s*(?:{month}){letter_after})?\s*"
                                         rf"(?:(?:الي|حتي|وحتي|لغايه|ولغايه)\s+|[-–—]\s*|(?P<and>و)\s*)$"),
        # «من أبريل/نيسان، إلى يونيو/حزيران»: a comma may stand before the word that closes a range
        # «2020 ـ 2025»: two spaces alone, the trace of a tatweel used as a dash, join as a dash does
        "connector": re.compile(r"^(?:[ \t]{2}|\s*(?:[،,]\s*)?(?:(?P<word>الي|حتي|وحتي|لغايه|ولغايه|و)\s*|[-–—]\s*"
                                r"|(?P<slash>/)\s*))$"),
        # «5 ـ 6 فبراير»: a tatweel used as a dash leaves two spaces in the key, the trace of the dash
        "day_range": re.compile(r"(?:(?<!\w)[وف]?(?P<word>من|بين)\s+)?(?<![\w.,/])(?P<day>\d{1,2})"
                                r"(?:\s*(?(word)(?:الي|حتي|و|[-–—])|(?:[-–—]|و))\s*|[ \t]{2})$"),
    }


Windows = dict[str, list[tuple[int, int]]] | None  # per pattern, where it may match (None: anywhere)


@slot_init  # a few per page, each replaced once or twice: made fast
@dataclass(frozen=True, slots=True)
class _Point:
    """A date found in the key, before ranges are joined."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    calendar: str | None = None
    qualifier: str | None = None
    value_override: str | None = None  # a converted Hijri date, a decade, a quarter, a resolved relative date
    original: str | None = None
    grain: str | None = None  # the granularity when it is not the point's own (week, quarter, half, decade)
    unresolved: bool = False  # a relative date without a publication date, a Hijri date outside the tables
    span: bool = False  # a period even when unresolved («الأشهر الثلاثة الماضية» of a page dated to the year only)
    nearest: bool = False  # a month without a year, given the year of its occurrence nearest publication

    def iso(self) -> str | None:
        if self.unresolved:
            return None
        if self.value_override:
            return self.value_override
        year = f"{self.year:04d}" if self.year else "-"
        parts = [year] + [f"{p:02d}" for p in (self.month, self.day) if p]
        return "-".join(parts)

    @property
    def granularity(self) -> str:
        return self.grain or ("day" if self.day else "month" if self.month else "year")


def _plausible(year: int, low: int = FIRST_YEAR) -> bool:
    return low <= year <= LAST_YEAR


@cache  # asked for by several rules on every page, for one publication date
def _publication(published: str | None) -> tuple[int | None, int | None, dt.date | None]:
    """Read a publication date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) into its year, month and day-level date."""
    found = re.fullmatch(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*", published or "")
    if not found:
        return None, None, None
    year, month, day = (int(g) if g else None for g in found.groups())
    return year, month, dt.date(year, month, day) if month and day else None


def resolve_relative(unit: str, offset: int, published: str | None) -> str | None:
    """Resolve a relative date against a publication date; ``None`` when the publication date is too coarse.

    >>> resolve_relative("day", -1, "2019-06-05"), resolve_relative("week", -1, "2019-06-05")
    ('2019-06-04', '2019-W22')
    >>> resolve_relative("month", -1, "2019-01"), resolve_relative("year", 1, "2019"), resolve_relative("day", -1, "2019")
    ('2018-12', '2020', None)
    """
    year, month, day = _publication(published)
    if unit == "year" and year:
        return f"{year + offset:04d}"
    if unit == "month" and year and month:
        index = year * 12 + month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "day" and day:
        return (day + dt.timedelta(days=offset)).isoformat()
    if unit == "week" and day:
        iso = (day + dt.timedelta(weeks=offset)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if unit == "decade" and year:
        return f"{(year // 10 + offset) * 10:04d}"  # the decade's first year
    return None


def _relative_year(phrase: str, published: str | None) -> int | None:
    """The year a phrase such as «العام الماضي» (or a bare «العام»: the current one) names, if resolvable."""
    unit, offset = relative_dates().get(" ".join(phrase.split()), ("year", 0))
    value = resolve_relative(unit, offset, published) if unit == "year" else None
    return int(value) if value else None


def _relative_points(key: str, published: str | None, windows: Windows = None) -> list[_Point]:
    """Relative dates («أمس»، «الأسبوع الماضي»، «العام المقبل»), resolved when the publication date allows."""
    points = []
    for found in _matches("relative", key, windows):
        unit, offset = relative_dates()[" ".join(found.group("rel").split())]
        if unit == "day" and offset == 0 and (found.group("yom") or _patterns()["per_day"].search(
                key, max(0, found.start() - 4), found.start()) or _patterns()["weekday"].match(key, found.end() + 1)
                or (weekday := _patterns()["weekday"].match(key, found.start("rel"))) and weekday.group("paren")):
            continue  # «في اليوم» is «per day»; «اليوم الخميس» and «اليوم (الخميس)» are read as a weekday
        if unit == "day" and _patterns()["today_then_date"].match(key, found.end()):
            continue  # «اليوم، 5 أيار 2020»، «أمس (12 آذار)»: the written date is marked, not the relative day beside it
        if unit == "day" and offset > 0 and not found.group("yom") and (word := _WORD_BEFORE.search(
                key, max(0, found.start() - 12), found.start())) and weekday_words().get(word.group("word")) == "not_a_date":
            continue  # «فقد غدا النفط سلاحا»: after «قد», «غدا» is the verb «became», not tomorrow
        if unit == "day" and (after := _NEXT_WORD.match(key, found.end())) \
                and weekday_words().get(after.group("word")) == "not_a_date_after":
            continue  # «بأمس الحاجة»: «أمسّ» is «most in (need)», not yesterday
        if unit == "day" and offset == 0 and not _today_in_context(key, found.start("rel"), found.end()) \
                and not _patterns()["day_part_before"].search(key, max(0, found.start() - 14), found.start()):
            continue  # a bare «اليوم» is «nowadays» («العراق اليوم») unless a statement or «فجر» dates it
        value = resolve_relative(unit, offset, published)
        start = found.start("yom") if found.group("yom") and unit == "day" else found.start("rel")
        half = _patterns()["month_half_before"].search(key, max(0, start - 30), start) if unit == "month" else None
        if half:  # «النصف الثاني من الشهر الماضي»: a half of a month, not its second day
            points.append(_month_half(half, found.end(), *map(int, value.split("-")), "relative") if value else
                          _Point(half.start("part"), found.end(), None, qualifier="relative", grain="half",
                                 unresolved=True))
            continue
        days = _patterns()["month_days_before"].search(key, max(0, start - 40), start) if unit == "month" else None
        if days and value and (counted := _month_days(days, found.end(), *map(int, value.split("-")), "relative")):
            points.append(counted)  # «الأيام العشرة الأولى من الشهر الجاري»
            continue
        before = _patterns()["day_before"].search(key, max(0, start - 40), start) if unit == "month" else None
        if before and (before.group("day") or before.group("ord") and not _unit_ordinal(key, before.start("ord"))):
            # «العاشر من هذا الشهر»; not «الأسبوع الأول من الشهر الجاري»
            day = int(before.group("day")) if before.group("day") else ordinal_days()[" ".join(before.group("ord").split())]
            start = before.start("day") if before.group("day") else before.start("ord")
            if before.group("day") and not before.group("yom") and (article := _ARTICLE_BEFORE.search(
                    key, max(0, start - 4), start)):
                start = article.start()  # «الـ 15 من الشهر الجاري»: the article is part of the day
            value = f"{value}-{day:02d}" if value and 1 <= day <= 31 else None
            unit = "day"
        start, end = _with_part(key, start, unit), found.end()
        if unit == "year" and (written := _WRITTEN_AFTER.match(key, end)) and _plausible(int(written.group("year"))) \
                and not _patterns()["not_a_year_after"].match(key, written.end()):
            value, end = written.group("year"), written.end()  # «العام الماضي 2020»: the year is written too
        if unit in ("year", "month", "week") and (since := _patterns()["since_before"].search(key, max(0, start - 6),
                                                                                             start)):
            start = since.start("since")  # «منذ مطلع العام الجاري»: a since-date keeps «منذ» in its span
        points.append(_Point(start, end, None, qualifier="relative",
                             value_override=value, grain=unit, unresolved=value is None))
    return points


_YEAR_BEFORE = re.compile(r"(?<!\d)\d{4}(?!\d)[^\n]*$")  # a year written earlier in the paragraph


def _bare_part_points(key: str, published: str | None, windows: Windows = None) -> list[_Point]:
    """A part of the current year, month or week named bare («نهاية العام»، «مطلع الشهر»، «نهاية الأسبوع»), resolved
    against publication.

    In a paragraph that has already written a year the bare year may be that one («في عام 2003 … نهاية العام»),
    so it is left unmarked there.

    >>> [(p.start, p.end, p.value_override) for p in _bare_part_points("ينتهي نهايه العام", "2020-05-05")]
    [(6, 17, '2020')]
    """
    points = []
    for found in _matches("bare_part", key, windows):
        if _YEAR_BEFORE.search(key, max(0, found.start() - 400), found.start()):
            continue
        unit = {"الشهر": "month", "الاسبوع": "week"}.get(found.group("unit"), "year")
        value = resolve_relative(unit, 0, published)
        points.append(_Point(found.start("part"), found.end(), None, qualifier="relative", grain=unit,
                             value_override=value, unresolved=value is None))
    return points


_YEAR_IN_SENTENCE = re.compile(r"(?<!\d)\d{4}(?!\d)[^.؟!؛\n]*$")  # a year written earlier in the sentence


@cache
def _time_of_unit() -> re.Pattern:
    """«في وقت سابق من العام»، «في وقت لاحق من الشهر»: the bare unit after «في وقت» and a word that dates a time
    against publication (``data/today_cues.csv``, as in «في وقت سابق اليوم»), or a month named alone there
    («في وقت سابق من نيسان»)."""
    cues = alternation(sorted(today_cues()["before"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وف]?في\s+وقت\s+(?:{cues})\s+من\s+(?:(?P<unit>العام|السنه|الشهر|الاسبوع)"
                      rf"|(?:شهر\s+)?(?P<month>{_names(gregorian_months())}))(?!\w)"
                      r"(?![ \t]*(?:ال|\d|[(/]|نفس|ذات))")


def _time_of_unit_matches(key: str) -> list[re.Match]:
    """Return what ``_time_of_unit().finditer(key)`` yields, trying the pattern only before a written «وقت».

    A match starts at «في» (or «وفي»، «ففي») that ends right before the white space before «وقت»: the few places
    ``str.find`` gives are the only ones where a match can start, so the engine is not started at every character
    of the text (a property test checks the two readings agree).
    """
    starts = set()
    at = key.find("وقت")
    while at != -1:
        end = at
        while end and key[end - 1].isspace():  # what ``\s`` matches
            end -= 1
        if end < at:
            starts.update(range(max(0, end - 3), end - 1))
        at = key.find("وقت", at + 1)
    return list(scan(_time_of_unit(), key, [(start, start + 1) for start in sorted(starts)]))


def _time_of_unit_points(key: str, published: str | None) -> list[_Point]:
    """The bare year, month or week of «في وقت سابق من العام» (earlier this year): only the unit is marked, as only
    «اليوم» is in «في وقت سابق اليوم»; not after a year the same sentence writes («في عام 2003، وفي وقت لاحق من
    العام»: that year). A month named alone there («في وقت سابق من نيسان») is that month nearest publication.

    >>> [(p.start, p.end, p.value_override) for p in _time_of_unit_points("وقالت في وقت سابق من العام ان", "2012-11-10")]
    [(21, 26, '2012')]
    >>> [(p.start, p.end, p.value_override) for p in _time_of_unit_points("وقال في وقت سابق من نيسان", "2016-04-26")]
    [(20, 25, '2016-04')]
    """
    if "وقت" not in key:
        return []
    points = []
    for found in _time_of_unit_matches(key):
        if _YEAR_IN_SENTENCE.search(key, max(0, found.start() - 300), found.start()):
            continue
        if found.group("month"):
            month = gregorian_months()[" ".join(found.group("month").split())]
            year = _nearest_year(month, published)
            value = f"{year:04d}-{month:02d}" if year else None
            points.append(_Point(found.start("month"), found.end("month"), None, qualifier="relative", grain="month",
                                 value_override=value, unresolved=value is None))
            continue
        unit = {"الشهر": "month", "الاسبوع": "week"}.get(found.group("unit"), "year")
        value = resolve_relative(unit, 0, published)
        points.append(_Point(found.start("unit"), found.end("unit"), None, qualifier="relative", grain=unit,
                             value_override=value, unresolved=value is None))
    return points


_LAST_YEAR_WRITTEN = re.compile(r"(?<!\d)(\d{4})(?!\d)(?!.*(?<!\d)\d{4}(?!\d))[^.؟!؛\n]*$")


def _previous_year_points(key: str, published: str | None = None, windows: Windows = None) -> list[_Point]:
    """«العام السابق» (the previous year) after a year the same sentence writes is the year before that one; after a
    relative year of the sentence («العام الجاري»، «العام الماضي») the year before the one it names; with neither
    before it in its sentence it is left unmarked.

    >>> [(p.start, p.end, p.value_override) for p in _previous_year_points("بلغ خلال عام 2017 بعد العام السابق")]
    [(22, 34, '2016')]
    >>> [p.value_override for p in _previous_year_points("خلال العام الجاري اكثر من العام السابق", "2024-09")]
    ['2023']
    """
    points = []
    for found in _matches("previous_year", key, windows):
        written = _LAST_YEAR_WRITTEN.search(key, max(0, found.start() - 200), found.start())
        if written and _plausible(int(written.group(1)) - 1):
            points.append(_Point(found.start("rel"), found.end(), None, qualifier="relative", grain="year",
                                 value_override=f"{int(written.group(1)) - 1:04d}"))
        elif not written and (named := _patterns()["relative_year_before"].search(key, max(0, found.start() - 200),
                                                                                 found.start())):
            year = _relative_year(named.group("rel"), published)
            points.append(_Point(found.start("rel"), found.end(), None, qualifier="relative", grain="year",
                                 value_override=f"{year - 1:04d}" if year else None, unresolved=year is None))
    return points


_WRITTEN_AFTER = re.compile(r"[ \t]+(?P<year>\d{4})(?![\d.,]\d|[ \t]*[-–—/][ \t]*\d)")


@cache
def today_cues() -> dict[str, frozenset[str]]:
    """Return the words that make a bare «اليوم» the publication day, by where they stand (``data/today_cues.csv``)."""
    rows = table("today_cues.csv", key="phrase")
    return {position: frozenset(r["key"] for r in rows if r["position"] == position)
            for position in ("before", "after", "right_before", "to_place")}


_CLAUSE_GAP = re.compile(r"[\s،,]*")
_LIST_GAP = _CLAUSE_GAP  # between two months of a list («في نيسان، وتموز»)
_ARTICLE_BEFORE = re.compile(r"(?<!\w)ال[ \t]?$")  # «الـ15»، «الـ 15» (the tatweel is not in the key)
_NEXT_WORD = re.compile(r"\s+(?P<word>\w+)")
_WORD_BEFORE = re.compile(r"(?<!\w)[وف]?(?P<word>\w+)[\s،,]*$")


_SENTENCE_BREAK = re.compile(r"[.؟!؛\n]")
_TODAY = re.compile(r"(?<!\w)[وفبل]?اليوم(?!\w)")


def _sentence_start(key: str, start: int) -> int:
    breaks = [found.end() for found in _SENTENCE_BREAK.finditer(key, max(0, start - 300), start)]
    return breaks[-1] if breaks else max(0, start - 300)


def _sentence_end(key: str, end: int) -> int:
    found = _SENTENCE_BREAK.search(key, end, end + 300)
    return found.start() if found else min(len(key), end + 300)


@cache
def _other_day_in_sentence() -> re.Pattern:
    """The relative days other than today («أمس»، «غدا»; ``data/relative_dates.csv``), as words of a sentence."""
    days = [phrase for phrase, (unit, offset) in relative_dates().items() if unit == "day" and offset != 0]
    return re.compile(rf"(?<!\w)[وفبل]?(?:{_names(days)})(?!\w)")


def _today_in_context(key: str, start: int, end: int) -> bool:
    """Tell whether a bare «اليوم» at ``[start, end)`` dates a statement: set off by commas («زاخاروفا، اليوم، أن»),
    followed by «أن»/«إن», right after a verb of statement or event («أعلن اليوم»; ``data/today_cues.csv``), or in a
    sentence that also names another day («وصلت أمس … ونقلها اليوم») or dates another «اليوم» by such a cue («…
    في فيينا اليوم قبل … في وقت لاحق اليوم»).

    >>> _today_in_context("اعلنت الوزاره اليوم ان", 15, 20), _today_in_context("العراق اليوم يواجه", 7, 12)
    (True, False)
    >>> _today_in_context("وصلت امس ميناء ام قصر ونقلت اليوم الي بغداد", 28, 33)
    True
    >>> _today_in_context("تستانف المباحثات في فيينا اليوم ثم تنتقل في وقت لاحق اليوم", 26, 31)
    True
    """
    cues = today_cues()
    begins, ends = _sentence_start(key, start), _sentence_end(key, end)
    if _other_day_in_sentence().search(key[begins:ends]):
        return True  # «وصلت أمس ميناء أم قصر … ونقلها اليوم»: set against yesterday, today is a day
    for other in _TODAY.finditer(key, begins, ends):
        word = _WORD_BEFORE.search(key, max(0, other.start() - 30), other.start())
        if other.start() != start and word and word.group("word") in cues["before"] | cues["right_before"]:
            return True  # «تستأنف أوبك مباحثات في فيينا اليوم … في وقت لاحق اليوم»: a sentence that dates one
            # «اليوم» by its cue dates the other too
    after = _CLAUSE_GAP.match(key, end)
    following = re.match(r"\w+", key[after.end():after.end() + 20])
    if following and following.group() in cues["after"]:
        return True
    if (weekday := re.match(r"\s*\(\s*(\w+)\s*\)", key[end:end + 20])) and weekday.group(1) in weekdays():
        return True  # «اليوم (الجمعة)»: today, its weekday given in parentheses
    if "،" in key[max(0, start - 3):start] and "،" in key[end:after.end()]:
        return True
    for back in range(3):  # the verb may stand before its subject of one or two words: «أعلنت الوزارة اليوم»،
        # «أعلن البنك المركزي اليوم», not across a particle («قال إن روسيا اليوم»)
        word = _WORD_BEFORE.search(key, max(0, start - 30), start)
        if word is None:
            return False
        found = word.group("word")
        if (whole := key[word.start():word.end("word")]) != found and whole in cues["before"] | cues["right_before"]:
            found = whole  # «وقع الوزير اليوم»، «وصل اليوم»: a verb that starts with «و», not «و» and «قع»
        if not back and found in cues["right_before"]:
            return True  # «في تصريح صحفي اليوم»: a statement of today, the noun next to «اليوم»
        if back == 1 and found == "الي" and _arrival_before(key, word.start(), cues["to_place"]):
            return True  # «وصل الوفد إلى بغداد اليوم»: a verb of arrival, «إلى» and one word for the place
        if found[:1] == "س" and found[1:2] in ("ي", "ت") and found[1:] in cues["before"]:
            return True  # «ستعقد اليوم»: the future «س» on a verb of event
        if found in cues["before"] or found.endswith(_OBJECT_SUFFIXES) and any(
                found.removesuffix(suffix) in cues["before"] for suffix in _OBJECT_SUFFIXES):
            return True  # «خلال مؤتمر صحفي عقده اليوم»: the verb with its object pronoun
        if back and found in stopwords():
            return False
        start = word.start()
    return False


def _arrival_before(key: str, end: int, verbs: frozenset[str]) -> bool:
    """Tell whether a verb of arrival (``today_cues.csv``, ``to_place``) stands right before *end*, or one word (its
    subject) before that: «وصل إلى …»، «وصل الوفد إلى …».

    >>> _arrival_before("وصل الوفد ", 10, frozenset({"وصل"})), _arrival_before("قال الوفد ", 10, frozenset({"وصل"}))
    (True, False)
    """
    for _ in range(2):
        word = _WORD_BEFORE.search(key, max(0, end - 30), end)
        if word is None:
            return False
        whole = key[word.start():word.end()].strip(" \t\n،,")
        if whole in verbs or word.group("word") in verbs or whole[:1] in ("و", "ف") and whole[1:] in verbs:
            return True
        end = word.start()
    return False


_OBJECT_SUFFIXES = ("ه", "ها")  # match keys of the object pronouns a verb may carry («عقده»، «عقدها»)


@cache
def _day_adjectives() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the adjectives after a day of the month of publication («15 الجاري») and of the month
    before or after it («28 الماضي»): vocabularies of the shared trigger pass, which tells where the two rules of
    :func:`_day_this_month_points` can match."""
    return (frozenset(k.split()[0] for k, offset in month_adjectives().items() if offset == 0),
            frozenset(k.split()[0] for k, offset in month_adjectives().items() if offset and not k.endswith("ين")))


def _day_this_month_points(key: str, published: str | None, tokens: Tokens) -> list[_Point]:
    """«في 15 الجاري»: a day of the month of publication; «في 28 الماضي»، «يوم 5 المقبل»: of the month before or after it.

    The day is the word before the adjective, the particle the word before the day (bare or behind its clitic): the
    patterns are tried only there, back from each adjective the shared trigger pass finds, not along the whole text
    (``tests/test_properties.py`` checks it against the plain patterns).

    >>> key = "وصل يوم 28 الماضي ويغادر في 5 المقبل"
    >>> [p.value_override for p in _day_this_month_points(key, "2019-01-10", Tokens(key))]
    ['2018-12-28', '2019-02-05']
    """
    points, (year, month, _) = [], _publication(published)
    (this_month, other_months), words, starts = _day_adjectives(), tokens.words, tokens.starts
    days = [(starts[i - 1], starts[i - 1] + 1) for i in tokens.where(this_month) if i]
    for found in scan(_patterns()["day_this_month"], key, days):
        day = int(found.group("day"))
        if not 1 <= day <= 31:
            continue
        value = f"{year:04d}-{month:02d}-{day:02d}" if year and month else None
        points.append(_Point(found.start(), found.end(), None, qualifier="relative", grain="day", value_override=value,
                             unresolved=value is None))
    pattern = _patterns()["day_other_month"]
    particles = sorted({starts[i - 2] + len(clitic) for i in tokens.where(other_months) if i > 1
                        for clitic in pattern.clitics if words[i - 2].startswith(clitic)})
    for found in scan(pattern.core, key, [(at, at + 1) for at in particles]):
        day = int(found.group("day"))
        if not 1 <= day <= 31:
            continue
        value = None  # «28 الماضي»: a day of last month
        if other := resolve_relative("month", month_adjectives()[found.group("adj")], published):
            if day <= calendar.monthrange(*map(int, other.split("-")))[1]:
                value = f"{other}-{day:02d}"
        points.append(_Point(found.start("day"), found.end(), None, qualifier="relative", grain="day",
                             value_override=value, unresolved=value is None))
    return points


def _year_part_points(key: str, published: str | None, windows: Windows = None) -> list[_Point]:
    """Quarters and halves of a year («الربع الثالث من 2015»، «النصف الأول من العام»), as periods of months."""
    points = []
    if windows is None and not any(word in key for word in _year_part_words()):
        return points  # a cheap test before the scan
    for found in _matches("year_part_pair", key, windows):
        head = found.group("head")
        first_part, second_part = (year_parts().get(f"{head} {found.group(o)}") for o in ("o1", "o2"))
        if not first_part or not second_part or first_part[0] != second_part[0] or first_part[1] >= second_part[1]:
            continue
        year = int(found.group("year")) if found.group("year") else _relative_year(found.group("rel"), published)
        first, last = first_part[1], second_part[2]
        value = f"{year:04d}-{first:02d}/{year:04d}-{last:02d}" if year and _plausible(year) else None
        points.append(_Point(_with_part(key, found.start("head"), "quarter"), found.end(), None, value_override=value,
                             grain="month",
                             qualifier=None if found.group("year") else "relative", unresolved=value is None))
    paired = Spans([(pt.start, pt.end) for pt in points])
    for found in _matches("year_part", key, windows):
        if paired.overlaps(found.start("part"), found.end()):
            continue
        part, first, last = year_parts()[" ".join(found.group("part").split())]
        year = int(found.group("year")) if found.group("year") else _relative_year(found.group("rel"), published)
        value = f"{year:04d}-{first:02d}/{year:04d}-{last:02d}" if year and _plausible(year) else None
        # «نهاية الربع الأول من 2019»: the part of the quarter is kept in the span, the value stays the quarter
        points.append(_Point(_with_part(key, found.start("part"), part), found.end(), None, value_override=value,
                             grain=part, qualifier=None if found.group("year") else "relative",
                             unresolved=value is None))
    return points + _lone_year_part_points(key, published, points, windows)


_PARAGRAPH_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)[^\n]*$")  # a year written earlier in the paragraph
LONE_PART_REACH = 600  # how far back a quarter dated with its year gives its year to one without


def _lone_year_part_points(key: str, published: str | None, dated: list[_Point],
                           windows: Windows = None) -> list[_Point]:
    """Quarters and halves named with no year after them («خسارة في الربع الأول»، «خلال النصف الأول»; a half only
    after «في» or «خلال»): the year of the quarter or half written
    with its year last before it (within ``LONE_PART_REACH`` characters), else, where the paragraph writes no year
    before it, the year of the nearest such quarter to publication.

    >>> key = "تراجعت الارباح في الربع الثاني من 2020، بعد خساره في الربع الاول"
    >>> [p.value_override for p in _year_part_points(key, None)]
    ['2020-04/2020-06', '2020-01/2020-03']
    >>> [p.value_override for p in _year_part_points("الارباح في الربع الثالث", "2020-08-31")]
    ['2020-07/2020-09']
    """
    points, taken = [], Spans([(pt.start, pt.end) for pt in dated])
    for found in _matches("lone_year_part", key, windows):
        if taken.overlaps(found.start("part"), found.end()):
            continue
        part, first, last = year_parts()[" ".join(found.group("part").split())]
        if part == "half" and not _HALF_ALONE_BEFORE.search(key, max(0, found.start() - 8), found.start()):
            continue  # «خلال النصف الأول»: a half alone is of a year after «في» or «خلال» only, not «النصف الأول» of
            # a match or a book
        earlier = [pt for pt in dated if pt.end <= found.start() and pt.value_override
                   and found.start() - pt.end <= LONE_PART_REACH]
        if earlier:
            year = int(earlier[-1].value_override[:4])
        elif _PARAGRAPH_YEAR.search(key, max(0, found.start() - 400), found.start()):
            continue  # «في عام 2015 … في الربع الأول»: the year may be that one
        else:
            year = _nearest_year((first + last) // 2, published)
        value = f"{year:04d}-{first:02d}/{year:04d}-{last:02d}" if year and _plausible(year) else None
        points.append(_Point(_with_part(key, found.start("part"), part), found.end(), None, value_override=value,
                             grain=part, qualifier="relative", unresolved=value is None))
    return points


_HALF_ALONE_BEFORE = re.compile(r"(?<!\w)[وف]?(?:في|خلال)\s+$")  # the words before a half named alone


@cache
def _day_counts() -> dict[str, int]:
    """``{match key: count}`` of the number words that count the days of «العشرة أيام الأولى»: the units 3 to 10,
    twenty and thirty, and the teens of a unit and the ten-word («خمسة عشر»، «اثنتي عشرة»; ``data/number_words.csv``)."""
    words = number_words()
    counts = {word: int(value) for word, (value, role) in words.items()
              if role == "unit" and value >= 3 or role == "ten" and value in (10, 20, 30)}
    tens = [word for word, (value, role) in words.items() if role == "ten" and value == 10]
    counts.update({f"{unit} {ten}": 10 + int(value) for unit, (value, role) in words.items() if role == "unit"
                   for ten in tens})
    return counts


def _month_days_before() -> re.Pattern:
    """The first or last days of a month before its name or «الشهر الجاري»: «الـ24 يوما الأولى من»، «الأيام العشرة
    الأخيرة من»، «أول عشرة أيام من» (the day units of ``data/counted_relative_dates.csv``)."""
    number = rf"(?:\d{{1,2}}|{_names(_day_counts())})(?!\w)"
    units = _names(word for word, (unit, _) in counted_relative()["unit"].items() if unit == "day")
    sides, short = _names(_ENDS), _names(_ENDS.values())
    return re.compile(rf"(?<!\w)(?:[وفب]|وب)?(?P<part>(?:ال[ \t]?)?(?P<n1>{number})\s+(?:{units})\s+(?P<s1>{sides})"
                      rf"|الايام\s+(?:ال[ \t]?)?(?P<n2>{number})\s+(?P<s2>{sides})"
                      rf"|(?P<s3>{short})\s+(?P<n3>{number})\s+(?:{units}))(?!\w)\s+من\s+(?:شهر\s+)?$")


def _month_days(found: re.Match, end: int, year: int | None, month: int, qualifier: str | None) -> _Point | None:
    """The first or last days of a month («الـ24 يوما الأولى من نيسان» → days 1–24; «الأيام العشرة الأخيرة من
    آذار» → 22–31), a period of days; None for more days than the month has.

    >>> _month_days(_month_days_before().search("في ال24 يوما الاولي من "), 30, 2016, 4, None).iso()
    '2016-04-01/2016-04-24'
    >>> _month_days(_month_days_before().search("اخر عشره ايام من "), 30, 2016, 3, None).iso()
    '2016-03-22/2016-03-31'
    """
    number = found.group("n1") or found.group("n2") or found.group("n3")
    count = int(number) if number.isdigit() else _day_counts()[" ".join(number.split())]
    last = calendar.monthrange(year or 2000, month)[1]
    if not 1 <= count < last:
        return None
    side = found.group("s1") or found.group("s2") or found.group("s3")
    days = (1, count) if side in ("الاولي", "اول") else (last - count + 1, last)
    value = f"{year:04d}-{month:02d}-{days[0]:02d}/{year:04d}-{month:02d}-{days[1]:02d}" if year else None
    return _Point(found.start("part"), end, year, month, None, qualifier=qualifier, value_override=value, grain="day",
                  unresolved=value is None, span=True)


def _month_points(key: str, published: str | None = None, windows: Windows = None) -> list[_Point]:
    p, months = _patterns(), gregorian_months()
    points, consumed = [], 0
    for found in _matches("month", key, windows):
        if found.start() < consumed:
            continue  # the second name of a dual form already read
        month = months[" ".join(found.group().split())]
        start, end = found.span()
        glued = p["glued_preposition"].search(key, max(0, start - 2), start) is not None
        if glued and len(found.group()) < MIN_GLUED_MONTH:
            continue  # «باب» is a door, not «ب» + «اب»
        if key[start - 1:start] == "(" and key[end:end + 1] == ")" \
                and p["month_word_before"].search(key, max(0, start - 11), start - 1):
            start, end = start - 1, end + 1  # «بداية شهر (أغسطس) الحالي»: the name in brackets after «شهر», as bare
        second = p["second_month"].match(key, end)
        if second and months[" ".join(second.group("m2").split())] == month and \
                (second.group("close") or "(" not in second.group()):
            end = consumed = second.end()
        elif second and (paired := _paired_month(" ".join(found.group().split()), second)) is not None:
            month, end, consumed = paired, second.end(), second.end()  # «يونيو/تموز الماضي»: one date, June
        day = None
        half = p["month_half_before"].search(key, max(0, start - 30), start)
        days = None if half else p["month_days_before"].search(key, max(0, start - 40), start)
        before = None if half or days else p["day_before"].search(key, max(0, start - 40), start)
        if before and before.group("ord") and _unit_ordinal(key, before.start("ord")):
            before = None  # «الأسبوع الأول من آذار»: the first week, not the first day
        if before:
            day = int(before.group("day")) if before.group("day") else ordinal_days()[" ".join(before.group("ord").split())]
            if 1 <= day <= 31:
                # «يوم 30 أغسطس»: «يوم» (on the day of) stays out of a written date's span, as «في» does
                start = before.start("day") if before.group("day") else before.start("ord")
                if before.group("day") and not before.group("yom") and (article := _ARTICLE_BEFORE.search(
                        key, max(0, start - 4), start)):
                    start = article.start()  # «الـ15 من آذار»، «الـ 15»: the article is part of the day
            else:
                day = None
            if day is not None and p["day_in_name_before"].search(key, max(0, start - 8), start):
                continue  # «ساحة 14 تموز»، «تحالف 14 آذار»: the day and month name a place or a body, no date
        elif (word := p["month_word_before"].search(key, max(0, start - 10), start)):
            start = word.start("word")
        if day is None and (part := p["month_part_before"].search(key, max(0, start - 12), start)):
            start = part.start("part")  # «منتصف أبريل»
        year_match, year, qualifier, nearest = p["year_after"].match(key, end), None, None, False
        if year_match and _plausible(int(year_match.group("year"))) and year_match.group("era") not in ("ه", "هجري",
                                                                                                       "هجريه", "للهجره"):
            year, end = int(year_match.group("year")), year_match.end()
        elif (same := p["same_year"].match(key, end)):
            qualifier, end = "same_year", same.end()
        elif (relative := p["relative_year_after"].match(key, end)) and (
                (written := p["year_after"].match(key, relative.end())) and _plausible(int(written.group("year")))
                and written.group("era") not in HIJRI_ERAS):
            year, end = int(written.group("year")), written.end()  # «آذار من العام الماضي 2014»: the year is written
        elif (relative := p["relative_year_after"].match(key, end)) and _relative_year(relative.group("rel"), published):
            year, end, qualifier = _relative_year(relative.group("rel"), published), relative.end(), "relative"
        elif (adjective := p["month_adjective"].match(key, end)) and (pub_year := _publication(published)[0]):
            year, end, qualifier = _month_year(month, month_adjectives()[adjective.group("adj")], published), \
                adjective.end(), "relative"
        elif (pub_year := _publication(published)[0]) and (day is not None or end - found.start() > len(found.group())
                                                          or " " in found.group() or key[start:start + 3] == "شهر"
                                                          or glued or days
                                                          or p["month_alone_before"].search(key, max(0, start - 8), start)
                                                          or _closes_month_range(key, start)
                                                          or p["range_before"].search(key, max(0, start - 6), start)
                                                          and p["month_range_next"].match(key, end)) \
                and not _opens_range_with_year(key, start, end):
            year, nearest = _nearest_year(month, published), True  # «كانون الثاني/يناير», «شهر نوفمبر»: the
            # nearest such month (not a month opening a range whose end writes its year, «من كانون الثاني إلى آذار
            # 2020»), unless its sentence names the year of publication (:func:`_in_the_years_of_their_sentences`)
            if day is not None and p["named_event_before"].search(key, max(0, start - 16), start):
                year, nearest = None, False  # «ثورة 14 تموز»: a past event's day, its year unknown, not the nearest
            elif day is not None and (narrative := _narrative_year(key, start, month, day, points)):
                year, nearest = narrative, False  # «وفي 17 كانون الأول 2008 أعلن …، وقبل البرلمان استقالته في 23
                # كانون الأول»
        if day is None and year is None and qualifier is None and points and key[start - 1:start] == "و" \
                and points[-1].day is None and points[-1].year and (points[-1].month or 13) < month \
                and not _WRITTEN_YEAR.search(key, points[-1].start, points[-1].end) \
                and _LIST_GAP.fullmatch(key, points[-1].end, start - 1):
            year, nearest = points[-1].year, points[-1].nearest  # «في نيسان وتموز وآب»: a later month listed after a month dated without a
            # written year shares its year (not the verb of «في آذار 2019 ومارس الرئيس»)
        if day is None and year is None and qualifier is None \
                and (beside := _another_month_in_sentence(key, start, found.group(), points)):
            year, nearest = beside.year, beside.nearest  # «في ايار مقارنة بايرادات نيسان»: a Syriac name, no verb, beside a month of its
            # sentence, in that month's year
        if day is None and year is None and qualifier is None and not _opens_range_with_year(key, start, end):
            continue  # a month name alone («مارس» is also a verb) is not a date; «من يناير إلى مارس 2019» opens a range
        if year and qualifier is None and (since := p["since_before"].search(key, max(0, start - 6), start)):
            start, qualifier = since.start("since"), "since"  # «منذ شهر آب/أغسطس من العام 2014»
        if half:
            points.append(_month_half(half, end, year, month, qualifier))
            continue
        if days and (counted := _month_days(days, end, year, month, qualifier)):
            points.append(counted)  # «الـ24 يوما الأولى من نيسان»: the first 24 days of April
            continue
        points.append(_Point(start, end, year, month, day, qualifier=qualifier, nearest=nearest))
    return points


def _narrative_year(key: str, start: int, month: int, day: int, points: list[_Point]) -> int | None:
    """The written year of the day dated last before a day and month written without a year, in its sentence or the
    one before and the same paragraph, when the new day follows it in that year: a narrative of a past year goes on
    in it («وفي 17 كانون الأول 2008 أعلن أنه سيستقيل، وقبل البرلمان استقالته في 23 كانون الأول»). Another year
    written between them, or a later day of the year before it, leaves the year to the publication date.

    >>> key = "وفي 17 كانون الاول 2008 اعلن انه سيستقيل. وقبل البرلمان استقالته في 23 كانون الاول."
    >>> _narrative_year(key, 67, 12, 23, [_Point(4, 23, 2008, 12, 17)]), _narrative_year(key, 67, 11, 23, [_Point(4, 23, 2008, 12, 17)])
    (2008, None)
    """
    begins = _sentence_start(key, max(0, _sentence_start(key, start) - 2))
    dated = [point for point in points if point.day and point.year and point.month and point.qualifier is None
             and begins <= point.start < start and _WRITTEN_YEAR.search(key, point.start, point.end)]
    if not dated:
        return None
    last = dated[-1]
    if "\n" in key[last.end:start] or _WRITTEN_YEAR.search(key, last.end, start) \
            or (month, day) < (last.month, last.day):
        return None
    return last.year


def _another_month_in_sentence(key: str, start: int, name: str, points: list[_Point]) -> _Point | None:
    """The month already dated in the sentence of a bare month *name* at *start*, which makes it a date of that
    month's year («انخفضت في ايار مقارنة بايرادات نيسان»): only for a Syriac name of at least four letters, which is
    no verb or other word («مارس» is a verb, «اب» a father).

    >>> key = "انخفضت في ايار مقارنه بايرادات نيسان"
    >>> _another_month_in_sentence(key, 32, "نيسان", [_Point(10, 14, 2023, 5)]).year, _another_month_in_sentence(key, 32, "نيسان", [])
    (2023, None)
    """
    if name not in syriac_months() or len(name) < MIN_GLUED_MONTH:
        return None
    begins = _sentence_start(key, start)
    dated = [point for point in points if point.month and point.year and not point.day and begins <= point.start < start]
    return dated[-1] if dated else None


def _month_half(half: re.Match, end: int, year: int | None, month: int, qualifier: str | None) -> _Point:
    """The half of a month («النصف الأول من يناير» → days 1–15; the second half, 16 to the month's last day).

    >>> _month_half(_patterns()["month_half_before"].search("النصف الاول من "), 20, 2023, 1, None).iso()
    '2023-01-01/2023-01-15'
    """
    first_half = year_parts()[" ".join(half.group("part").split())][1] == 1
    last = calendar.monthrange(year or 2000, month)[1]
    days = (1, 15) if first_half else (16, last)
    value = f"{year:04d}-{month:02d}-{days[0]:02d}/{year:04d}-{month:02d}-{days[1]:02d}" if year else None
    return _Point(half.start("part"), end, year, month, None, qualifier=qualifier, value_override=value, grain="half",
                  unresolved=value is None)


def _opens_range_with_year(key: str, start: int, end: int) -> bool:
    """Tell whether the month at ``key[start:end]`` opens a range of months whose end writes its year
    («من كانون الثاني إلى آذار 2020»), so that the year is the end's, not the month's nearest to publication.

    >>> key = "من كانون الثاني الي اذار 2020"
    >>> _opens_range_with_year(key, 3, 15), _opens_range_with_year("من كانون الاول الي اذار", 3, 14)
    (True, False)
    >>> _opens_range_with_year("خلال يناير - مارس 2019", 5, 10), _opens_range_with_year("في يناير ومارس 2019", 3, 8)
    (True, False)
    >>> _opens_range_with_year("ارتفعت يوليو-نوفمبر من العام الماضي", 7, 12)
    True
    """
    p = _patterns()
    after = p["month_range_after"].match(key, end)
    # «يناير - مارس 2019»: a dash opens the range without «من» («و» may list two months); so it does before a
    # month dated relatively («يوليو-نوفمبر من العام الماضي»), whose year the first takes (:func:`_fill`)
    if not after and (nxt := p["month_range_next"].match(key, end)) and nxt.group().lstrip()[:1] in "-–—" and (
            p["relative_year_after"].match(key, nxt.end()) or p["month_adjective"].match(key, nxt.end())):
        return True
    return bool(after and (p["range_before"].search(key, max(0, start - 6), start)
                           or after.group().lstrip()[:1] in "-–—" or after.group()[:2] == "  "))  # «يناير ـ مارس»


def _closes_month_range(key: str, start: int) -> bool:
    """Tell whether the month at *start* ends a range of months opened just before it («من كانون الاول الي شباط»،
    «بين يناير ومارس»، «شهري ايار وحزيران»): a month name alone there is a date, not the verb «مارس».

    >>> _closes_month_range("من كانون الاول الي شباط", 19), _closes_month_range("من كانون الاول وشباط", 16)
    (True, False)
    """
    before = _patterns()["month_range_before"].search(key, max(0, start - 40), start)
    return bool(before) and not (before.group("and") and before.group("word") == "من")


def _unit_ordinal(key: str, start: int) -> bool:
    """Tell whether the ordinal at *start* counts a unit longer than a day named just before it («الأسبوع الأول»،
    «الشهر الثاني»; the units of ``counted_relative_dates.csv``), so that it is no day of the month.

    >>> key = "في الاسبوع الاول من اذار"
    >>> _unit_ordinal(key, key.index("الاول")), _unit_ordinal("في الاول من اذار", 3)
    (True, False)
    """
    words = key[max(0, start - 16):start].split()
    if not words:
        return False
    word = words[-1][2:] if words[-1].startswith("ال") else words[-1]
    unit = counted_relative()["unit"].get(word)
    return unit is not None and unit[0] not in ("day", "")


def _nearest_year(month: int, published: str | None) -> int | None:
    """The year of a month named without one: the occurrence nearest the publication month (ties go to the past).

    >>> _nearest_year(11, "2013-04-13"), _nearest_year(11, "2025-10-05"), _nearest_year(1, "2018-12"), _nearest_year(5, "2018")
    (2012, 2025, 2019, 2018)
    """
    year, pub_month, _ = _publication(published)
    if not year or not pub_month:
        return year
    if month - pub_month >= 6:
        return year - 1
    if pub_month - month > 6:
        return year + 1
    return year


def _month_year(month: int, offset: int, published: str | None) -> int | None:
    """The year of «أكتوبر المقبل» (+1), «ديسمبر الماضي» (-1) or «مارس الجاري» (0) against a publication date.

    Against a year alone, the month is taken in that year, but for the one month whose next (or last) occurrence is
    the same from every day of the year: «يناير المقبل» is the next year's January, «ديسمبر الماضي» the last year's.

    >>> _month_year(1, 1, "2007"), _month_year(3, 1, "2007"), _month_year(12, -1, "2007"), _month_year(1, 1, "2007-05")
    (2008, 2007, 2006, 2008)
    """
    year, pub_month, _ = _publication(published)
    if not year:
        return None
    if offset > 0:
        if pub_month is None:
            return year + 1 if month == 1 else year
        return year if month > pub_month else year + 1
    if offset < 0:
        if pub_month is None:
            return year - 1 if month == 12 else year
        return year if month < pub_month else year - 1
    return year


def _weekday_points(key: str, published: str | None, windows: Windows = None) -> list[_Point]:
    """Weekdays («اليوم الأحد»، «يوم الاثنين»، «الأحد المقبل»): the nearest such day up to (or after) publication."""
    points, day = [], _publication(published)[2]
    for found in _matches("weekday", key, windows):
        pre = " ".join(found.group("pre").split()) if found.group("pre") else None  # «بعد  غد»: one space, as listed
        if not found.group("post") and _patterns()["weekday_then_date"].match(key, found.end()):
            if pre and weekday_words()[pre] in ("today", "day", "tomorrow") and pre in relative_dates():
                points.append(_Point(found.start("pre"), found.start("wd"), None, grain="day", unresolved=True,
                                     qualifier="skip"))  # claims «اليوم» (and «أمس»، «غدا»: «أمس الثلاثاء (11
                # حزيران 2019)») so that it is not read alone, set off by a comma too («عقد اليوم، السبت 15 …»: one
                # date, the written one, as the corpus guide settles after `zt`)
            continue  # «الخميس، (19 تشرين الثاني، 2020)»: the date that follows is the one marked
        if not found.group("pre") and _not_a_date_before(key, found.start("wd")) \
                and not _patterns()["and_weekday"].match(key, found.end()):
            continue  # «صلاة الجمعة» is the Friday prayer, «بين الاثنين» between the two (not «بين الاثنين والخميس»)
        if not found.group("post") and (after := _NEXT_WORD.match(key, found.end())) \
                and weekday_words().get(after.group("word")) == "number_after":
            continue  # «الأحد عشر» is eleven
        weekday = weekdays()[found.group("wd")]
        relative_day = " ".join(found.group("rel").split()) if found.group("rel") else pre  # «يوم الأحد (غدا)»
        role = weekday_words().get(found.group("post") or "", "") or (
            "tomorrow" if relative_day and weekday_words()[relative_day] == "tomorrow" else "")
        if not role and not found.group("pre") and (pair := _patterns()["and_weekday"].match(key, found.end())) \
                and (second := _patterns()["weekday"].match(key, pair.start() + pair.group().index("و"))) \
                and second.end() > pair.end() and second.group("post"):
            role = weekday_words().get(second.group("post"), "")  # «يومي الأحد والاثنين المقبلين»: next for both
        value = None
        if day is not None:
            if role == "next":
                value = day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
            elif role == "tomorrow":  # «غدا الجمعة» on a page dated that Friday (copy of the day before): that day
                value = day + dt.timedelta(days=(weekday - day.weekday()) % 7)
            elif role == "last":
                value = day - dt.timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
            elif role == "before_last":  # «الخميس قبل الماضي»: the one before last Thursday
                value = day - dt.timedelta(days=(day.weekday() - weekday - 1) % 7 + 8)
            elif _in_future_clause(key, found.start()):
                value = day + dt.timedelta(days=(weekday - day.weekday()) % 7)  # «سيزور الوفد بغداد الأحد»
            else:
                value = day - dt.timedelta(days=(day.weekday() - weekday) % 7)
        start = _with_part(key, found.start("yom") if found.group("yom") else found.start("pre") if found.group("pre")
                           else found.start("wd"), "day")
        points.append(_Point(start, found.end(), None, qualifier="relative", grain="day",
                             value_override=value.isoformat() if value else None, unresolved=value is None))
    return points


@cache
def _future_cues() -> re.Pattern:
    """The words of ``data/future_cues.csv`` behind an optional «و»، «ف», ending the search window of a clause; a
    verb in the imperfect without «س» right after a relative pronoun describes («الشركة التي تشارك في تشغيل الحقل
    يوم الخميس»: which takes part), it does not look ahead."""
    cues = [row["key"] for row in table("future_cues.csv", key="cue")]
    imperfect = alternation(cue for cue in cues if cue[:1] in "يت")
    others = alternation(cue for cue in cues if cue[:1] not in "يت")
    return re.compile(rf"(?<!\w)(?:[وف]?(?:{others})|(?<!الذي )(?<!التي )(?<!الذين )[وف]?(?:{imperfect}))(?!\w)"
                      r"[^.؟!؛\n]*$")


def _in_future_clause(key: str, start: int) -> bool:
    """Tell whether a word of the future («سوف»، «سيزور»، «من المقرر») stands before *start* in its sentence, within
    ten words: a bare weekday there is ahead of the publication.

    >>> _in_future_clause("سيزور الوفد بغداد الاحد", 18), _in_future_clause("زار الوفد بغداد الاحد", 16)
    (True, False)
    """
    window = key[max(0, start - 80):start]
    return len(window.split()) > 0 and bool(_future_cues().search(" ".join(window.split()[-10:]) + " "))


def _not_a_date_before(key: str, start: int) -> bool:
    """Tell whether the word before a weekday at *start* makes it a rite, not a day («صلاة الجمعة»; the
    ``not_a_date`` words of ``weekday_words.csv``).

    >>> _not_a_date_before("خطبه صلاه الجمعه", 10), _not_a_date_before("يوم الجمعه", 4)
    (True, False)
    """
    words = key[max(0, start - 12):start].split()
    return bool(words) and weekday_words().get(words[-1].removeprefix("و")) == "not_a_date"


@cache
def counted_relative() -> dict[str, dict[str, tuple[str, int | None]]]:
    """Return ``{role: {match key: (unit, value)}}`` for counted relative dates (``data/counted_relative_dates.csv``)."""
    roles: dict[str, dict[str, tuple[str, int | None]]] = {"anchor": {}, "unit": {}, "direction": {}}
    for row in table("counted_relative_dates.csv", key="word"):
        roles[row["role"]][row["key"]] = (row["unit"], int(row["value"]) if row["value"] else None)
    return roles


@cache
def _counted_patterns() -> dict[str, re.Pattern]:
    roles = counted_relative()
    units, anchors, directions = _names(roles["unit"]), _names(roles["anchor"]), _names(roles["direction"])
    counts = _names(k for k, (value, role) in number_words().items()  # «ثلاثة»، «عشرة»، «ثلاثين» (3–10 and the tens)
                    if role in ("unit", "ten") and (3 <= value <= 10 or role == "ten" and value % 10 == 0))
    # «الاثنتي عشرة»، «خمسة عشر»: a unit word and the ten-word after it count 11 to 19
    teens = (rf"(?P<teen>{_names(k for k, (value, role) in number_words().items() if role == 'unit')})\s+"
             rf"(?:{_names(k for k, (value, role) in number_words().items() if role == 'ten' and value == 10)})")
    month = _names(list(gregorian_months()) + list(hijri_months()))  # «قبل شهر رمضان» is «before Ramadan»
    hedges = _hedge_words()  # «قبل نحو عامين»
    return {
        "ago": re.compile(rf"(?<!\w)(?:[وف])?(?P<anchor>{anchors})\s+(?:(?:{hedges})\s+)?"
                          rf"(?:(?P<num>\d{{1,2}}|{counts})\s+|{teens}\s+)?(?P<unit>{units})(?!\w)"
                          r"(?!\s+(?:واحد|واحده)\s+من(?!\w))"  # «قبل عام واحد من الانتخابات»: before an event
                          rf"(?(num)|(?P<one>\s+(?:واحد|واحده)(?!\w))?)"  # «قبل يوم واحد»، «قبل سنة واحدة»: «one»
                          rf"(?!\s*(?:(?:{hedges}|فقط)\s+)?(?:\d|من(?!\w)|علي(?!\w)(?!\s+الاقل)|(?:{month})(?!\w)))"),
        # not «على الأقل»; «قبل يومين فقط من الاجتماع» counts from the meeting, not from publication
        # «السنوات الثلاث الماضية», and with a teen or digits after the article («الأشهر الـ6 الماضية»)
        "span": re.compile(rf"(?<!\w)(?:[وفب]|وب)?(?P<unit>ال(?:{units}))(?:\s+ال(?:(?P<num>{counts})(?!\w)|{teens}"
                           rf"|\s?(?P<digits>\d{{1,2}})))?\s+(?P<direction>{directions})(?!\w)"),
        "anchor": re.compile(rf"(?<!\w)[وف]?(?:{anchors})(?!\w)"),  # where «ago» may start
        "direction": re.compile(rf"(?<!\w)(?:{directions})(?!\w)"),  # where a counted period may end
    }


@cache
def _dual_units() -> dict[str, str]:
    """``{match key: unit}``: the duals of ``data/counted_relative_dates.csv`` with the article («الشهرين»، «العامين»)."""
    return {"ال" + word: unit for word, (unit, count) in counted_relative()["unit"].items()
            if count == 2 and not word.endswith("ان")}  # the genitive and accusative dual, which takes the article


@cache
def _dual_pattern() -> re.Pattern:
    adjectives = _names(key for key in month_adjectives() if not key.endswith("ين"))  # «الماضي»، «الحالي»، «المقبل»
    return re.compile(rf"(?<!\w)(?:[وفب]|وب)?(?P<unit>{_names(_dual_units())})\s+(?P<a1>{adjectives})\s+و\s*"
                      rf"(?P<a2>{adjectives})(?!\w)")


def _dual_unit_points(key: str, published: str | None) -> list[_Point]:
    """A dual unit and the adjectives of its two units («الشهرين الحالي والمقبل»، «العامين الماضي والحالي»): one
    period of two units side by side, counted from the publication's own.

    >>> [p.iso() for p in _dual_unit_points("خلال الشهرين الحالي والمقبل", "2024-09-10")]
    ['2024-09/2024-10']
    """
    if not any(word in key for word in _dual_units()):
        return []
    points = []
    for found in _dual_pattern().finditer(key):
        unit = _dual_units()[found.group("unit")]
        first, last = month_adjectives()[found.group("a1")], month_adjectives()[found.group("a2")]
        if last != first + 1:
            continue  # two units side by side, the earlier first
        start, end = resolve_relative(unit, first, published), resolve_relative(unit, last, published)
        value = f"{start}/{end}" if start and end else None
        points.append(_Point(found.start("unit"), found.end(), None, qualifier="relative", grain=unit,
                             value_override=value, unresolved=value is None, span=True))
    return points


def _counted_points(key: str, published: str | None, windows: Windows = None) -> list[_Point]:
    """Counted relative dates: «قبل ثلاثة أعوام»، «منذ عامين» (a date, counted back from publication) and «الأعوام
    الثلاثة الماضية»، «السنوات الثلاث المقبلة» (a period of whole units before or after the publication's own)."""
    roles, points = counted_relative(), []
    def how_many(found: re.Match) -> tuple[str, int | None]:
        unit, count = roles["unit"][found.group("unit").removeprefix("ال")]
        number = found.group("num") or found.groupdict().get("digits")
        if number:
            count = int(number) if number.isdigit() else int(number_words()[number][0])
        elif found.groupdict().get("teen"):
            count = 10 + int(number_words()[found.group("teen")][0])  # «الاثنتي عشرة» is twelve
        return unit, count

    patterns = _counted_patterns()
    anchors = (start for start, _ in windows["counted_anchor"]) if windows is not None else \
        (found.start() for found in patterns["anchor"].finditer(key))
    for start in anchors:  # the pattern right where an anchor word stands
        if not (found := patterns["ago"].match(key, start)):
            continue
        unit, count = how_many(found)
        if unit == "decade" and found.group("unit") == "عقد":
            continue  # «قبل عقد الاجتماع» is «before holding the meeting»: only a counted decade is a date
        if unit == "decade" and count:
            unit, count = "year", count * 10  # «قبل عقدين» is twenty years back
        if count:
            value = resolve_relative(unit, -count, published)
            since = found.group("anchor") == "منذ"
            end = found.end("one") if found.group("one") else found.end("unit")
            points.append(_Point(found.start("anchor"), end, None, grain=unit, value_override=value,
                                 qualifier="since" if since else "relative", unresolved=value is None))
    directions = (patterns["direction"].match(key, start) for start, _ in windows["counted_direction"]) \
        if windows is not None else patterns["direction"].finditer(key)
    for direction in directions:  # the adjective first, then the units before it
        if direction is None:
            continue
        found = next((m for m in patterns["span"].finditer(key, max(0, direction.start() - 40), direction.end())
                      if m.end() == direction.end()), None)
        if found is None:
            continue
        unit, count = how_many(found)
        if not count or count < 2 and unit != "decade":
            continue  # «السنوات الماضية» says not how many; «العام الماضي» is a relative date of its own
        if unit != "decade" and found.group("direction") in ("الماضي", "المقبل", "القادم"):
            continue  # a singular adjective goes with a singular unit: only «العقد الماضي» is counted here
        step = roles["direction"][found.group("direction")][1]
        first, last = (-count, -1) if step < 0 else (1, count)
        begin, end = resolve_relative(unit, first, published), resolve_relative(unit, last, published)
        if unit == "decade" and end:
            end = f"{int(end) + 9:04d}"  # «العقدين الماضيين» (published 2025): 2000–2019
        value = f"{begin}/{end}" if begin and end else None
        points.append(_Point(found.start("unit"), found.end(), None, grain=unit, value_override=value,
                             qualifier="relative", unresolved=value is None, span=True))
    return points


def _hijri_points(key: str, windows: Windows = None) -> list[_Point]:
    """Hijri dates: a Hijri month with its year, marked «هـ» («5 رمضان 1440 هـ») or in the years the month's name
    alone marks as Hijri («في العاشر من رمضان 1440»); a day, in digits or an ordinal, before it.

    >>> [(p.original, p.iso()) for p in _hijri_points("في العاشر من رمضان 1440")]
    [('1440-09-10', '2019-05-15')]
    """
    p, months = _patterns(), hijri_months()
    points = []
    for found in _matches("hijri_month", key, windows):
        year_match = p["year_after"].match(key, found.end())
        if not year_match:
            continue
        year, era = int(year_match.group("year")), year_match.group("era")
        if era not in HIJRI_ERAS and not (era is None and FIRST_HIJRI_YEAR <= year <= LAST_HIJRI_YEAR):
            continue  # «رمضان 2019م»: no Hijri year
        month, start = months[" ".join(found.group().split())], found.start()
        before = p["day_before"].search(key, max(0, found.start() - 40), found.start())
        day = None
        if before and before.group("day"):
            day, day_start = int(before.group("day")), before.start("day")
        elif before and before.group("ord") and not _unit_ordinal(key, before.start("ord")):
            day, day_start = ordinal_days()[" ".join(before.group("ord").split())], before.start("ord")
        if day is not None and 1 <= day <= 30:
            converted = hijri_to_gregorian(year, month, day)
            value = converted.isoformat() if converted else None
            start = day_start
            original = f"{year:04d}-{month:02d}-{day:02d}"
        else:
            span = hijri_month_span(year, month)
            value = f"{span[0].isoformat()}/{span[1].isoformat()}" if span else None
            original = f"{year:04d}-{month:02d}"
        points.append(_Point(start, year_match.end(), None, calendar="hijri", value_override=value, original=original,
                             grain="day" if original.count("-") == 2 else "month", unresolved=value is None))  # outside the calendar's tables: found, not converted
    return points


def _numeric_points(key: str, windows: Windows = None) -> list[_Point]:
    """Dates written in digits: «2/8/1990» (day first, as Arabic writes it) and ISO «1990-08-02»."""
    points = []
    if windows is None and not _patterns()["digit_separator"].search(key):
        return points
    for found in _matches("numeric", key, windows):
        if found.group("my"):
            points += _numeric_month(key, found)
            continue
        if found.group("iy"):
            year, month, day = int(found.group("iy")), int(found.group("im")), int(found.group("id"))
        else:
            year, month, day = int(found.group("y")), int(found.group("m") or found.group("sm")), int(found.group("d"))
        if not (_plausible(year) and 1 <= month <= 12 and 1 <= day <= 31):
            continue
        if found.group("era") in HIJRI_ERAS or FIRST_HIJRI_YEAR <= year <= LAST_HIJRI_YEAR and not found.group("era"):
            if day > 30:
                continue  # «12/5/1433 هـ»: a Hijri date, never the Gregorian year 1433
            converted = hijri_to_gregorian(year, month, day)
            points.append(_Point(found.start(), found.end(), None, calendar="hijri", original=f"{year:04d}-{month:02d}-{day:02d}",
                                 value_override=converted.isoformat() if converted else None, grain="day",
                                 unresolved=converted is None))
        else:
            points.append(_Point(found.start(), found.end(), year, month, day))
    return points


# an agency's dateline that writes the day and month in digits between dashes, its name in brackets after them
# («بغداد - 21 - 11 (كونا) --», KUNA's form): the place opens a line, no digit before the day
_DATELINE_DAY = re.compile(r"(?m)^[^\W\d_][^\n\d()]{0,30}?[ \t][-–][ \t]*(?P<day>\d{1,2})[ \t]*[-–/][ \t]*"
                           r"(?P<month>\d{1,2})(?=[ \t]*\([ \t]*[^\W\d_])")


def _digit_before_bracket(key: str) -> bool:
    """Whether an opening bracket stands after a digit and spaces or tabs, as after a dateline's month: a text without
    one has no match of :data:`_DATELINE_DAY`, which ``str.find`` tells without the engine trying every line
    (a property test checks it).

    >>> _digit_before_bracket("بغداد - 21 - 11 (كونا)"), _digit_before_bracket("(كونا) 11")
    (True, False)
    """
    at = key.find("(")
    while at != -1:
        before = at
        while before and key[before - 1] in " \t":
            before -= 1
        if before and key[before - 1].isdecimal():  # what the engine's \d reads
            return True
        at = key.find("(", at + 1)
    return False


def _dateline_points(key: str, published: str | None) -> list[_Point]:
    """The day and month of a dateline written in digits («بغداد - 21 - 11 (كونا)»): the agency dates its copy
    without the year, which is the publication's (the month's occurrence nearest to it).

    >>> [p.iso() for p in _dateline_points("بغداد - 21 - 11 (كونا) -- بحث", "2024-11-21")]
    ['2024-11-21']
    >>> _dateline_points("وستبيع روسيا للعراق 2 - 3 (كتائب)", "2014-11-05")
    []
    >>> [p.iso() for p in _dateline_points("بغداد - 21/11 (كونا) -- بحث", "2024-11-21")]  # a slash between them
    ['2024-11-21']
    """
    points = []
    for found in _DATELINE_DAY.finditer(key) if _digit_before_bracket(key) else ():
        day, month = int(found.group("day")), int(found.group("month"))
        if 1 <= day <= 31 and 1 <= month <= 12:
            points.append(_Point(found.start("day"), found.end("month"), _nearest_year(month, published), month, day))
    return points


def _numeric_month(key: str, found: re.Match) -> list[_Point]:
    """A month written with its year in digits («06/2019»; «5/1433 هـ», a Hijri month), not a number after «رقم».

    >>> [p.iso() for p in _numeric_month("في 06/2019", _patterns()["numeric"].search("في 06/2019"))]
    ['2019-06']
    """
    year, month, era = int(found.group("my")), int(found.group("mm")), found.group("era")
    if not 1 <= month <= 12 or _patterns()["not_a_year_before"].search(key, max(0, found.start() - 12), found.start()):
        return []  # «القانون رقم 6/2019»: a number
    if era in HIJRI_ERAS or FIRST_HIJRI_YEAR <= year <= LAST_HIJRI_YEAR and not era:
        span = hijri_month_span(year, month)
        return [_Point(found.start(), found.end(), None, calendar="hijri", original=f"{year:04d}-{month:02d}",
                       value_override=f"{span[0].isoformat()}/{span[1].isoformat()}" if span else None, grain="month",
                       unresolved=span is None)]
    return [_Point(found.start(), found.end(), year, month)] if _plausible(year) else []


def _decade_points(key: str, tokens: Tokens | None = None) -> list[_Point]:
    """Decades («في السبعينيات»): a period of ten years, as a point whose value is already the period.

    A decade is a whole word (a proclitic and the article allowed): with *tokens*, a text none of whose words is one
    of :func:`_decade_forms` has none, which the shared trigger pass tells without searching the text."""
    points = []
    if not (tokens.where(_decade_forms()) if tokens is not None else any(word in key for word in decades())):
        return points
    previous = None
    for found in _patterns()["decade"].finditer(key):
        if _decade_age().match(key, found.end()):
            continue  # «في السبعينيات من عمره» is an age (in his seventies), not the 1970s
        first = decades()[found.group("decade")]
        if previous is not None and not previous.group("century") and first > decades()[previous.group("decade")]:
            gap, opened = key[previous.end():found.start()], points[-1].start
            before = _DECADE_RANGE_BEFORE.search(key, max(0, opened - 8), opened)
            joined_by_and = key[found.start()] == "و" and not gap.strip()
            if joined_by_and and (first == decades()[previous.group("decade")] + 10 or before and before.group("word")
                                  in ("بين", "عقدي")) or _DECADE_RANGE_LINK.fullmatch(gap) and before \
                    and before.group("word") == "من":
                # «ثمانينيات وتسعينيات القرن الماضي»: two decades that follow each other, joined by «و», are one span
                # of time, as years listed are (the century after the second is the first's too); «بين الستينيات
                # والثمانينيات» and «من الخمسينيات حتى الثمانينيات» are ranges, «عقدي …» the dual of «عقد»
                joined = points.pop()
                opens = ("بين", "عقدي") if joined_by_and else ("من",)  # the word kept inside the span
                start = before.start("word") if before and before.group("word") in opens else joined.start
                points.append(_Point(start, found.end(), None, grain="decade",
                                     value_override=f"{joined.value_override.split('/')[0]}/{first + 9}"))
                previous = None
                continue
        points.append(_Point(_with_part(key, found.start("word"), "decade"), found.end(), None,
                             value_override=f"{first}/{first + 9}", grain="decade"))  # «منتصف التسعينيات»
        previous = found
    return points


@cache
def _decade_age() -> re.Pattern:
    """«من عمره»، «من العمر» after a decade word (``after_decade`` in ``data/non_year_words.csv``): an age.

    >>> bool(_decade_age().match(" من عمره")), bool(_decade_age().match(" من القرن الماضي"))
    (True, False)
    """
    words = _names(row["key"] for row in table("non_year_words.csv", key="word") if row["position"] == "after_decade")
    return re.compile(rf"\s+من\s+(?:{words})(?!\w)")


_DECADE_RANGE_BEFORE = re.compile(r"(?<!\w)[وف]?(?P<word>من|بين|عقدي)\s+$")  # the word that opens two decades
_DECADE_RANGE_LINK = re.compile(r"\s+(?:الي|حتي|وحتي|لغايه|ولغايه)\s+")  # «من الخمسينيات حتى الثمانينيات»


_RANGE_AFTER = re.compile(r"(?:\s*[-–—]\s*|[ \t]{2})\d{4}")  # «1990 - 2003»، «1980 ـ 1988»: a year that opens a range…
_RANGE_BEFORE = re.compile(r"\d{4}(?:\s*[-–—]\s*|[ \t]{2})$")  # …or closes one


def _year_points(key: str, taken: list[tuple[int, int]], windows: Windows = None) -> list[_Point]:
    p, claimed = _patterns(), Spans(taken)
    points = []
    for found in _matches("year", key, windows):
        if claimed.overlaps(found.start("year"), found.start("year") + 1):
            continue
        year, era = int(found.group("year")), found.group("era")
        start = found.start("since") if found.group("since") else found.start("kw") if found.group("kw") \
            else found.start("year")
        qualifier = "since" if found.group("since") else None
        if not qualifier:
            start = _with_part(key, start, "written_year")  # «مطلع العام 2014», «العام المالي 2020»: in the span
            if start < found.start() and (since := p["since_before"].search(key, max(0, start - 6), start)):
                start, qualifier = since.start("since"), "since"  # «منذ مطلع 2019»: a since-date keeps «منذ»
        if era in ("ه", "هجري", "هجريه", "للهجره"):
            span = hijri_year_span(year)
            value = f"{span[0].isoformat()}/{span[1].isoformat()}" if span else None
            points.append(_Point(start, found.end(), None, calendar="hijri", qualifier=qualifier,
                                 value_override=value, original=f"{year:04d}", unresolved=value is None))
            continue
        explicit = bool(found.group("kw") or found.group("since") or era)
        in_range = bool(_RANGE_AFTER.match(key[found.end():found.end() + 8])) or \
            bool(_RANGE_BEFORE.search(key[max(0, found.start() - 8):found.start()]))
        if not _plausible(year, FIRST_YEAR if explicit or in_range else FIRST_BARE_YEAR):
            continue
        if not explicit and (p["not_a_year_after"].match(key, found.end())
                             or p["not_a_year_before"].search(key, max(0, start - 12), start)):
            continue  # «2000 جندي», «1990 ساعة»: a count or a duration; «رقم 2013», «ميراج 2000»: a number, a model
        if not explicit and _a_quantity(key, found.start("year"), found.end()):
            continue  # «بقيمة 2000 مليون»، «نحو 2000»، «بين 2000 و3000 جندي»: a quantity, not a year
        points.append(_Point(start, found.end(), year, qualifier=qualifier))
    return points


@cache
def _quantity_patterns() -> dict[str, re.Pattern]:
    """The words that make a bare four-digit number a quantity: a scale or currency after it («2000 مليون»، «2019
    دينارا»; ``data/number_words.csv``, the currencies of :mod:`analysis.extract.amounts`), a hedge before it («نحو
    2000»; ``data/hedges.csv``), and the other side of a range of numbers («بين 2000 و3000»)."""
    scales = {word for word, (_, role) in number_words().items() if role in ("scale", "dual")}
    nouns = {noun for noun, _ in currency_names()}
    hedges = _hedge_words()
    month = _names(gregorian_months())
    # «و» links a range only after «بين» («بين 2000 و3000»), not in a list («في 2003 و15 دولة»); a day of a month
    # after «حتى» is a date's («من 2003 حتى 15 آذار 2011»)
    link_after = r"(?:(?<=(?<!\w)بين\s\d{4})\s*و|\s*(?:[-–—]|الي|حتي))"
    link_before = r"(?:(?<!\w)بين\s+(?P<between>\d+(?:[.,]\d+)?)\s*و|(?P<number>\d+(?:[.,]\d+)?)\s*(?:[-–—]|الي|حتي))"
    return {
        "after": re.compile(rf"\s*(?:{_names(scales | nouns)})(?!\w)"),
        "hedge": re.compile(rf"(?<!\w)(?:{hedges})\s*$"),
        "range_after": re.compile(rf"{link_after}\s*(?P<number>\d+(?:[.,]\d+)?)(?!\d)(?!\s*(?:من\s+)?(?:{month}))"),
        "range_before": re.compile(rf"(?<![\d.,]){link_before}\s*$"),
    }


def _a_quantity(key: str, start: int, end: int) -> bool:
    """Tell whether the bare four-digit number at ``key[start:end]`` counts something rather than names a year: a
    scale or currency after it, a hedge before it, or a range whose other side is no year or a count.

    >>> _a_quantity("بقيمه 2000 مليون", 6, 10), _a_quantity("نحو 2000", 4, 8), _a_quantity("بين 2000 و3000 جندي", 4, 8)
    (True, True, True)
    >>> _a_quantity("بين 2003 و2011", 4, 8), _a_quantity("في 2003 وقع", 3, 7), _a_quantity("بين 500 و2000", 9, 13)
    (False, False, True)
    """
    q, p = _quantity_patterns(), _patterns()
    if q["after"].match(key, end) or q["hedge"].search(key, max(0, start - 16), start):
        return True
    for other, after in (((q["range_after"].match(key, end)), True),
                         (q["range_before"].search(key, max(0, start - 16), start), False)):
        if other is None:
            continue
        number = other.group("number") or other.group("between")
        if not (len(number) == 4 and number.isdigit() and _plausible(int(number))):
            return True  # «بين 500 و2000»، «من 1900 إلى 2100»: the other side is no year
        if after and (p["not_a_year_after"].match(key, other.end()) or q["after"].match(key, other.end())):
            return True  # «بين 2000 و3000 جندي»: the count's noun after the range
    return False


def _fill(first: _Point, second: _Point, key: str = "") -> _Point:
    """Complete the first side of a range from the second («من 25 أغسطس إلى 9 سبتمبر 1944»); a first month whose
    year the text does not write takes it from an end dated relatively («يوليو-نوفمبر من العام الماضي»).

    >>> _fill(_Point(0, 5, 2023, 7), _Point(6, 28, 2022, 11, qualifier="relative"), "يوليو").year
    2022
    >>> _fill(_Point(3, 14, None, 10), _Point(20, 30, 2020, 2)).year
    2019
    """
    if second.qualifier == "relative" and second.year and first.month and second.month \
            and not _WRITTEN_YEAR.search(key[first.start:first.end]):
        first = replace(first, year=second.year - (first.month > second.month))
    month = first.month or (second.month if first.day else None)
    year = first.year or (second.year and second.year - bool(month and second.month and month > second.month))
    return replace(first, year=year, month=month)  # «من تشرين الأول إلى شباط 2020»: October of 2019


_WRITTEN_YEAR = re.compile(r"\d{3,}")


def _after(key: str, first: _Point, second: _Point) -> _Point:
    """The end of a range of two months (or days) whose years the text does not write, each taken as the occurrence
    nearest the publication, moved to the first such month from the range's start: a range does not run backwards.

    >>> key = "من تشرين الاول الي كانون الاول"
    >>> _after(key, _Point(3, 14, 2019, 10), _Point(19, 30, 2018, 12)).year, _after(key, _Point(3, 14, 2019, 12), _Point(19, 30, 2018, 2)).year
    (2019, 2020)
    """
    unwritten = not _WRITTEN_YEAR.search(key[first.start:first.end] + " " + key[second.start:second.end])
    if second.qualifier == "relative":
        return second  # «من العام الماضي» gives the end its year
    if unwritten and first.month and second.month and first.year and second.year \
            and (second.year, second.month, second.day or 0) < (first.year, first.month, first.day or 0):
        return replace(second, year=first.year + ((second.month, second.day or 0) < (first.month, first.day or 0)))
    return second


def _join_ranges(key: str, points: list[_Point]) -> list[tuple[_Point, _Point | None, int]]:
    """Pair points joined by a range connector; return ``(first, second or None, start)`` items."""
    p = _patterns()
    items, index = [], 0
    while index < len(points):
        first = points[index]
        second = points[index + 1] if index + 1 < len(points) else None
        if (run := _year_run(key, points, index)) >= YEAR_LIST_RUN:  # «للسنوات 2016 و2017 و2018»: one period
            items.append((first, points[index + run - 1], first.start))
            index += run
            continue
        before = p["range_before"].search(key, max(0, first.start - 6), first.start)
        if second and first.calendar is None and second.calendar is None and not (first.value_override or first.unresolved
                                                                                  or second.value_override or second.unresolved):
            connector = p["connector"].match(key[first.end:second.start])
            word = connector.group("word") if connector else None
            dash = connector is not None and word is None
            if connector and connector.group("slash") and not (first.month is None and second.month is None
                                                                and first.year and second.year
                                                                and first.year < second.year):
                connector = None  # only two years joined by a slash make a range («2003/2011»)
            if connector and (dash or (before and (word != "و" or before.group("word") in ("بين", "شهري")))):
                start = before.start("word") if before and (not dash or before.group("word") == "بين") \
                    else first.start  # not «و» of «وبين»; «بين عامي 2009 — 2013» keeps «بين», as «بين … و…»
                first = replace(_fill(first, second, key), qualifier=None)
                second = _after(key, first, second)
                items.append((first, second, start))
                index += 2
                continue
        if second and before and _relative_range(key, first, second, before):  # «من العام الماضي إلى العام الحالي»
            items.append((first, second, before.start("word")))
            index += 2
            continue
        day_range = p["day_range"].search(key, max(0, first.start - 16), first.start)
        day_start = (day_range.start("word") if day_range.group("word") else day_range.start("day")) if day_range \
            else None
        if first.day and day_range:
            opening = replace(first, day=int(day_range.group("day")), qualifier=None)
            items.append((opening, first, day_start))
        elif day_range and first.grain == "day" and first.value_override and len(first.value_override) == 10 \
                and 1 <= int(day_range.group("day")) <= 31:
            # «من 14 إلى 18 من الشهر الجاري»: the first day of a range in a relative month
            opening = replace(first, value_override=f"{first.value_override[:8]}{int(day_range.group('day')):02d}")
            items.append((opening, first, day_start))
        elif day_range and first.grain == "day" and first.unresolved and first.qualifier == "relative" \
                and 1 <= int(day_range.group("day")) <= 31:
            items.append((first, first, day_start))  # «يومي 7 و8 من الشهر المقبل» of a page dated to the year only:
            # the same range, unresolved
        elif second and (opening := _points_range(key, first, second)) is not None:
            items.append((replace(first, qualifier=None), second, opening))
            index += 1
        else:
            items.append((first, None, first.start))
        index += 1
    return items


_POINT_RANGE_OPENER = re.compile(r"(?<!\w)[وف]?(?P<word>من|بين|منذ|في)\s*$")  # «في» stays out of the span
_POINT_RANGE_LINKS = ("الي", "حتي", "وحتي", "لغايه", "ولغايه")  # match keys of the words that join a range's two points


def _points_range(key: str, first: _Point, second: _Point) -> int | None:
    """Where a range of two time points, each with its own value and grain, opens («منذ 21 مايو 2012 وحتى 9 نوفمبر
    2020»، «في منتصف أبريل الماضي وحتى التاسع من مايو الجاري»، «في 27 أيلول 2025 ولغاية نهاية كانون الأول 2025»);
    None where the two are no range. «من»، «منذ» and «بين» before the first point are in the span, «في» is not; the
    word that joins them is «إلى»، «حتى» or «لغاية» («و» only after «بين»), and the range runs forwards (the corpus
    guide, two time points joined as a range). Two dates listed («في 2003 و2011») or one point after «حتى» alone stay
    dates.

    >>> key = "منذ 21 مايو 2012 وحتي 9 نوفمبر 2020"
    >>> _points_range(key, _Point(0, 16, 2012, 5, 21, qualifier="since"), _Point(22, 35, 2020, 11, 9))
    0
    >>> key = "في 2003 و2011"
    >>> _points_range(key, _Point(3, 7, 2003), _Point(9, 13, 2011)) is None
    True
    """
    first_iso, second_iso = first.iso(), second.iso()
    if first.calendar or second.calendar or not first_iso or not second_iso or "/" in first_iso + second_iso \
            or not first_iso < second_iso:
        return None
    connector = _patterns()["connector"].match(key[first.end:second.start])
    word = connector.group("word") if connector else None
    if first.qualifier == "since":  # «منذ» already opens the first point's span
        opener = "منذ"
        start = first.start
    elif opened := _POINT_RANGE_OPENER.search(key, max(0, first.start - 6), first.start):
        opener = opened.group("word")
        start = first.start if opener == "في" else opened.start("word")
    else:
        return None
    return start if word in _POINT_RANGE_LINKS or (word == "و" and opener == "بين") else None


YEAR_LIST_RUN = 3  # consecutive years joined by «و» that make one period («2016 و2017 و2018»; two stay two dates)


def _bare_year(point: _Point) -> bool:
    return point.year is not None and point.month is None and point.calendar is None and not (
        point.value_override or point.unresolved or point.qualifier)


def _year_run(key: str, points: list[_Point], index: int) -> int:
    """Count the bare years from *index* on that follow each other year by year, joined by «و» («2016 و2017 و2018»).

    >>> _year_run("للسنوات 2016 و2017 و2018", [_Point(8, 12, 2016), _Point(14, 18, 2017), _Point(20, 24, 2018)], 0)
    3
    """
    run = 0
    while index + run < len(points) and _bare_year(points[index + run]) and (run == 0 or (
            points[index + run].year == points[index + run - 1].year + 1
            and (connector := _patterns()["connector"].match(key[points[index + run - 1].end:points[index + run].start]))
            and connector.group("word") == "و")):
        run += 1
    return run


def _relative_range(key: str, first: _Point, second: _Point, before: re.Match) -> bool:
    """Tell whether two relative dates, each resolved (or neither, on a page dated too coarsely), of one grain make a
    range opened by «من» or «بين» before the first («من العام الماضي إلى العام الحالي»، «من الأحد إلى الخميس»، «بين
    الشهر الماضي والشهر الجاري»).

    >>> key = "من العام الماضي الي العام الحالي"
    >>> first = _Point(3, 15, None, qualifier="relative", value_override="2018", grain="year")
    >>> second = _Point(20, 32, None, qualifier="relative", value_override="2019", grain="year")
    >>> _relative_range(key, first, second, _patterns()["range_before"].search(key, 0, 3))
    True
    """
    unresolved = first.unresolved and second.unresolved and not (first.span or second.span) \
        and first.granularity != "day"  # a page dated too coarsely for either: the range is found, its value left
    # unresolved (not two days, whose order only their dates tell: «بين الاثنين والخميس» may be two days apart)
    if not (first.qualifier == second.qualifier == "relative" and first.granularity == second.granularity and (
            unresolved or first.value_override and second.value_override
            and "/" not in first.value_override + second.value_override
            and first.value_override < second.value_override)):
        return False
    connector = _patterns()["connector"].match(key[first.end:second.start])
    word = connector.group("word") if connector else None
    return word is not None and before.group("word") in ("من", "بين") and (word != "و") == (before.group("word") == "من")


def _resolve_same_year(points: list[_Point]) -> list[_Point]:
    resolved, last_year = [], None
    for point in points:
        if point.qualifier == "same_year":
            point = replace(point, year=last_year)
        if point.year:
            last_year = point.year
        resolved.append(point)
    return resolved


_SENTENCE_END = re.compile(r"[؟!؛\n]|\.(?!\d)")  # not the decimal point of «2.1 مليار»


def _in_the_years_of_their_sentences(key: str, points: list[_Point], published: str | None) -> list[_Point]:
    """A month named without a year (and its day, if any) in a sentence whose year word nearest it, before or after,
    names the year of publication («العام الجاري»، «هذا العام»، «منذ مطلع العام الحالي») is a month of that year,
    not the occurrence nearest publication: the sentence says which year it speaks of («تراجع الروبل العام الجاري
    من 61 روبلا في بداية يناير», published in November 2020, is January 2020). A year word naming another year
    («العام الماضي»، «عام 2013») nearest the month leaves it to the nearest occurrence: a month beside the year before
    is often the date of another event or a comparison («مقارنة بالعام الماضي»), and a year the text writes is often
    another event's. The month takes the year of publication where it is then past, unless its clause looks ahead
    (a word of ``future_cues.csv`` before it), and where it is then still to come only if its clause does («وكان
    الاتفاق وقع في ديسمبر، على أن يبدأ التنفيذ هذا العام», published in January, is the December before).

    >>> key = "تراجع الروبل العام الجاري من 61 روبلا في بدايه يناير الي 77 روبلا. وسيصل في يناير"
    >>> points = [_Point(13, 25, None, qualifier="relative", value_override="2020", grain="year"),
    ...           _Point(40, 52, 2021, 1, nearest=True), _Point(76, 81, 2021, 1, nearest=True)]
    >>> [point.iso() for point in _in_the_years_of_their_sentences(key, points, "2020-11-13")]
    ['2020', '2020-01', '2021-01']
    """
    year, month, _ = _publication(published)
    if year is None or not any(point.nearest and point.year != year for point in points):
        return points
    years = sorted((other.start, k) for k, other in enumerate(points)
                   if other.granularity == "year" and other.month is None)  # the year words, by where they start
    starts = [start for start, _ in years]
    resolved = []
    for point in points:
        if point.nearest and point.year != year:
            begins = max((found.end() for found in _SENTENCE_END.finditer(key, max(0, point.start - 400), point.start)),
                         default=max(0, point.start - 400))
            ends = found.start() if (found := _SENTENCE_END.search(key, point.end, point.end + 400)) else point.end + 400
            words = [points[k] for _, k in years[bisect.bisect_left(starts, begins):bisect.bisect_left(starts, ends)]
                     if points[k].end <= ends]
            word = min(words, key=lambda other: other.start - point.end if other.start >= point.end
                       else point.start - other.end, default=None)
            if word is not None and word.qualifier == "relative" and word.value_override \
                    and word.value_override.isdigit() and int(word.value_override) == year \
                    and ((point.month or 0) > (month or 12)) == _in_future_clause(key, point.start):
                point = replace(point, year=year)  # a month still to come only where the clause looks ahead
                # («من المقرر أن … في ديسمبر … هذا العام»); a past one unless it does
        resolved.append(point)
    return resolved


def _drop_overlaps(points: list[_Point]) -> list[_Point]:
    """Keep the earliest, then longest, of overlapping points."""
    kept, reach = [], -1
    for point in sorted(points, key=lambda pt: (pt.start, -pt.end)):
        if point.start >= reach:
            kept.append(point)
            reach = point.end
    return kept


def _matches(name: str, key: str, windows: Windows) -> Iterator[re.Match]:
    """The matches of pattern *name*: in the whole key, or only inside the windows its triggers give."""
    pattern = _patterns()[name]
    return pattern.finditer(key) if windows is None else scan(pattern, key, windows[name])


@cache
def _trigger_words() -> dict[str, frozenset[str]]:
    """The written forms of the words each word-led pattern can start with (a proclitic allowed where it is)."""
    def forms(words, proclitics=("",)) -> frozenset[str]:
        return frozenset(p + w for w in words for p in proclitics)

    weekday_pre = {w for w, role in weekday_words().items() if role in ("today", "day", "tomorrow")}
    return {
        "month": forms({name.split()[0] for name in gregorian_months()}, ("", "و", "ب", "ل", "وب", "ول")),
        "hijri_month": forms({name.split()[0] for name in hijri_months()}),  # «رمضان»، «ربيع الأول»
        # «الربع الثالث»، «والنصف الأول»، «الربعين الثاني والثالث»: one vocabulary for the three patterns of year parts
        "year_part": forms({key.split()[0] + ending for key in year_parts() for ending in ("", "ين")},
                           ("", "و", "ف", "ب", "ل", "وب")),
        "relative": forms({phrase.split()[0] for phrase in relative_dates()} | {"يوم"}, ("", "و", "ف", "ب", "وب", "ل", "ول")),
        "weekday": forms({w for w in weekdays() if w.startswith("ال")}, ("", "و", "ف"))  # «والخميس»
        | forms({w.split()[0] for w in weekday_pre}, ("", "و", "ف")),  # «بعد غد الخميس»: its first word
        "counted_anchor": forms(counted_relative()["anchor"], ("", "و", "ف")),  # «قبل ثلاثة أعوام»
        "counted_direction": forms(counted_relative()["direction"]),  # «الأعوام الثلاثة الماضية»
        "previous_year": forms({"العام", "السنه"}, ("", "و", "ف", "ب", "ل", "وب")),  # «العام السابق»
        "bare_part": forms({row["key"].split()[0] for row in table("month_parts.csv", key="phrase")
                            if row["applies_to"] == "period"}, ("", "و", "ف", "ب", "وب")),  # «نهاية العام»
    }


_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_SEPARATORS = ("/", ".", "-")


def _spaced_separator(gap: str) -> bool:
    """Tell whether *gap* is a separator of a numeric date with a space on each side («13 . 06 . 2018»)."""
    return len(gap) == 3 and gap[1] in _SEPARATORS and gap[0] in " \t" and gap[2] in " \t"


_YEARS_JOINED = re.compile(r"(?<=\d{4})و(?=\d{4}(?!\d))")  # «2014و2017»: two years, «و» glued to both


def _windows(tokens: Tokens) -> dict[str, list[tuple[int, int]]]:
    """Where each pattern can match: after a trigger word, or around a word with digits."""
    triggers, words, starts, ends = _trigger_words(), tokens.words, tokens.starts, tokens.ends
    digits = tokens.with_digits()
    glued = [i for i in digits if not words[i].isdigit()]  # «٢٣آب١٩٦٨»، «حزيران2019»: a month inside the word
    windows = {name: around(tokens, tokens.where(vocabulary)) for name, vocabulary in triggers.items()}
    windows["month"] = around(tokens, tokens.where(triggers["month"]), after=2)  # «ومارس»: after the conjunction
    windows["year_part_pair"] = windows["lone_year_part"] = windows["year_part"]
    if glued:
        windows["month"] = sorted(windows["month"] + [(starts[i], ends[i]) for i in glued])
    gaps = tokens.gaps
    # «2/8/1990», «1990-08-02»: a run of one, two or four digits with a separator after it
    windows["numeric"] = around(tokens, [i for i in digits if len(words[i]) in (1, 2, 4) and words[i].isdigit()
                                         and (gaps[i + 1][:1] in _SEPARATORS or _spaced_separator(gaps[i + 1]))])
    glued_numeric = [starts[i] + len(particle) for i in digits if gaps[i + 1][:1] in ("/", ".", "-")
                     and (particle := words[i].rstrip("0123456789"))
                     and (particle.removeprefix("و") in YEAR_PARTICLES or gaps[i + 1] == "/" and not particle.isascii())
                     and len(words[i]) - len(particle) in (1, 2, 4) and words[i][len(particle):].isdigit()]
    if glued_numeric:  # «في5/6/2019»: the digits after a glued particle
        windows["numeric"] = sorted(windows["numeric"] + [(position, position + 1) for position in glued_numeric])
    # a year is a run of four digits in its word («2019», «عام2019», «1944م»); «منذ العام 2022»: the words before it
    years = [i for i in digits if _FOUR_DIGITS.search(words[i])]
    windows["year"] = word_starts(tokens, years, words_before=2)
    inner = [starts[i] + found.start() for i in years if not words[i].isdigit() and (found := _FOUR_DIGITS.search(words[i]))
             and words[i][:found.start()].removeprefix("و") in _glued_year_words()]  # «في2019»، «نهاية2019»
    inner += [starts[i] + found.start() for i in years if not words[i].isdigit()
              for found in _YEARS_JOINED.finditer(words[i])]  # «2014و2017»: the second year after a glued «و»
    if inner:
        windows["year"] = sorted(set(windows["year"]) | {(position, position + 1) for position in inner})
    eras = set(HIJRI_ERAS)
    marked = any(words[i + 1] in eras for i in digits if i + 1 < len(words)) or any(
        words[i].endswith(tuple(eras)) for i in glued)  # «1433 هـ»، «1433هـ»: an era mark after digits
    windows["hijri_era"] = [(starts[i], ends[i]) for i in digits] if marked else []
    return windows


def find_dates(mk: MatchKey, published: str | None = None, tokens: Tokens | None = None) -> list[Mention]:
    """Return the date and period mentions of a match key, in text order.

    *published* resolves relative dates; without it they keep ``value=None``. *tokens*, the key's words,
    tell each pattern where it can match, so no pattern scans the whole text.
    """
    key = mk.key
    tokens = tokens if tokens is not None else Tokens(key)
    windows = _windows(tokens)
    anchored = _drop_overlaps(_year_part_points(key, published, windows) + _month_points(key, published, windows)
                              + _hijri_points(key, windows) + _numeric_points(key, windows) + _dateline_points(key, published)
                              + _decade_points(key, tokens)
                              + _relative_points(key, published, windows) + _weekday_points(key, published, windows)
                              + _day_this_month_points(key, published, tokens) + _counted_points(key, published, windows)
                              + _bare_part_points(key, published, windows) + _previous_year_points(key, published, windows)
                              + _dual_unit_points(key, published)
                              + _time_of_unit_points(key, published))
    taken = [(pt.start, pt.end) for pt in anchored]
    points = sorted(anchored + _year_points(key, taken, windows), key=lambda pt: pt.start)
    points = _resolve_same_year(points)
    points = _in_the_years_of_their_sentences(key, points, published)
    points = [_since_kept(key, point) if point.qualifier == "relative" else point for point in points
              if point.qualifier != "skip"]
    points = _without_days_beside_written_dates(key, points)
    mentions = []
    for first, second, start in _join_ranges(key, points):
        if second is None:
            kind = "period" if first.value_override and "/" in first.value_override or first.span or \
                first.grain in ("quarter", "half", "decade") or \
                first.calendar == "hijri" and first.unresolved and first.grain != "day" else "date"
            mentions.append(mention(mk, kind, start, first.end, first.iso(),
                                    granularity=(first.grain or ("year" if first.calendar is None else None))
                                    if kind == "period" else first.granularity,
                                    qualifier=first.qualifier, calendar=first.calendar, original=first.original))
        else:
            first_iso, second_iso = first.iso(), second.iso()
            mentions.append(mention(mk, "period", start, second.end,
                                    f"{first_iso}/{second_iso}" if first_iso and second_iso else None,
                                    granularity=_finer(first.granularity, second.granularity)))
    return mentions


_GRAINS = ("day", "week", "month", "quarter", "half", "year", "decade")  # finest first


def _finer(first: str, second: str) -> str:
    """The finer of a range's two grains (the corpus guide: «في 27 أيلول 2025 ولغاية نهاية كانون الأول 2025», a day).

    >>> _finer("day", "month"), _finer("year", "month")
    ('day', 'month')
    """
    return min(first, second, key=lambda grain: _GRAINS.index(grain) if grain in _GRAINS else len(_GRAINS))


_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_CLOSING_BRACKET = re.compile(r"\s*\)")


def _without_days_beside_written_dates(key: str, points: list[_Point]) -> list[_Point]:
    """Leave out a relative day or a weekday in parentheses right after a written date («15 آذار (الأربعاء)»،
    «العاشر من أكتوبر (غدا الثلاثاء)»): both name one day, and the written date alone is marked, as the corpus guide
    settles after `zt` (a table of dates holds the day once).

    >>> key = "وصل في 15 اذار (الاربعاء) الي بغداد"
    >>> [key[point.start:point.end] for point in _without_days_beside_written_dates(key, [
    ...     _Point(7, 14, 2021, 3, 15), _Point(16, 24, None, qualifier="relative", grain="day")])]
    ['15 اذار']
    """
    kept: list[_Point] = []
    for point in points:
        written = kept[-1] if kept else None
        if written is not None and point.qualifier == "relative" and point.granularity == "day" \
                and written.qualifier is None and written.granularity == "day" and written.end <= point.start \
                and _OPENING_BRACKET.fullmatch(key, written.end, point.start) and _CLOSING_BRACKET.match(key, point.end):
            continue
        kept.append(point)
    return kept


def _since_kept(key: str, point: _Point) -> _Point:
    """A relative date after «منذ» is a since-date, «منذ» in its span («منذ أمس»، «منذ بداية العام»، «منذ مارس
    الماضي»), as every since-date (tests/gold/README.md).

    >>> key = "ارتفع منذ امس"
    >>> _since_kept(key, _Point(10, 13, None, qualifier="relative")).start
    6
    """
    since = _patterns()["since_before"].search(key, max(0, point.start - 6), point.start)
    return replace(point, start=since.start("since")) if since else point
