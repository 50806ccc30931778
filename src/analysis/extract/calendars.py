"""Convert Hijri (Islamic) dates to Gregorian with the arithmetic (tabular) calendar.

The tabular calendar can differ from the observed (Umm al-Qura) calendar by a
day or two, so converted dates are marked with ``calendar="hijri"`` and keep the
Hijri original beside them.

>>> hijri_to_gregorian(1445, 1, 1)
datetime.date(2023, 7, 19)
>>> hijri_to_gregorian(1363, 9, 1)
datetime.date(1944, 8, 20)
"""

from __future__ import annotations

import datetime as dt

_EPOCH = 1948440  # Julian day number of 1 Muharram 1 AH (civil epoch: 16 July 622, Julian calendar)


def _julian_day(year: int, month: int, day: int) -> int:
    return day + -(-29.5 * (month - 1) // 1) + (year - 1) * 354 + (3 + 11 * year) // 30 + _EPOCH - 1


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Return the Gregorian date of a Hijri date (tabular Islamic calendar)."""
    jdn = int(_julian_day(year, month, day))
    return dt.date.fromordinal(jdn - 1721425)


def hijri_year_span(year: int) -> tuple[dt.date, dt.date]:
    """Return the first and last Gregorian day of a Hijri year."""
    return hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1) - dt.timedelta(days=1)


def hijri_month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """Return the first and last Gregorian day of a Hijri month."""
    following = (year + 1, 1) if month == 12 else (year, month + 1)
    return hijri_to_gregorian(year, month, 1), hijri_to_gregorian(*following, 1) - dt.timedelta(days=1)
