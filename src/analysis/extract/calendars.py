"""Convert Hijri (Islamic) dates to Gregorian with the Umm al-Qura calendar.

The conversion uses the ``hijridate`` library (the maintained successor of
``hijri-converter``), whose Umm al-Qura tables cover the Hijri years 1343–1500
(1 August 1924 to 16 November 2077). Outside that range, or for a day its month
does not have, there is no conversion: the functions return ``None`` and the
date is kept unresolved rather than guessed. Converted dates are marked with
``calendar="hijri"`` and keep the Hijri original beside them.

>>> hijri_to_gregorian(1445, 1, 1)
datetime.date(2023, 7, 19)
>>> hijri_to_gregorian(1424, 2, 5)  # the Umm al-Qura date, not the arithmetic calendar's 8 April
datetime.date(2003, 4, 7)
>>> hijri_to_gregorian(1300, 9, 1) is None  # before the tables begin (1343 AH)
True
>>> hijri_to_gregorian(1424, 2, 30) is None  # Safar 1424 has 29 days
True
>>> hijri_month_span(1445, 9)
(datetime.date(2024, 3, 11), datetime.date(2024, 4, 9))
"""

from __future__ import annotations

import datetime as dt

from hijridate import Hijri
from hijridate.ummalqura import HIJRI_RANGE

FIRST_YEAR, LAST_YEAR = HIJRI_RANGE[0][0], HIJRI_RANGE[1][0]  # the Hijri years the Umm al-Qura tables cover


def _gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        converted = Hijri(year, month, day).to_gregorian()
    except (OverflowError, ValueError):  # a year outside the tables, a month or day that does not exist
        return None
    return dt.date(converted.year, converted.month, converted.day)


def _month_length(year: int, month: int) -> int | None:
    try:
        return Hijri(year, month, 1).month_length()
    except (OverflowError, ValueError):
        return None


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Return the Gregorian date of a Hijri date (Umm al-Qura), or None when it cannot be converted."""
    return _gregorian(year, month, day)


def hijri_year_span(year: int) -> tuple[dt.date, dt.date] | None:
    """Return the first and last Gregorian day of a Hijri year, or None outside the tables."""
    first, last = hijri_month_span(year, 1), hijri_month_span(year, 12)
    return (first[0], last[1]) if first and last else None


def hijri_month_span(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """Return the first and last Gregorian day of a Hijri month, or None outside the tables."""
    length = _month_length(year, month)
    first, last = _gregorian(year, month, 1), length and _gregorian(year, month, length)
    return (first, last) if first and last else None
