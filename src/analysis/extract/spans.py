"""Overlap queries on many spans in logarithmic time (extraction runs on texts of tens of megabytes).

>>> taken = Spans([(10, 20), (30, 40), (12, 15)])
>>> taken.overlaps(18, 25), taken.overlaps(20, 30), taken.overlaps(0, 11), taken.overlaps(41, 50)
(True, False, True, False)
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate
from operator import itemgetter


class Spans:
    """A fixed set of ``[start, end)`` spans that answers: does this span overlap any of them?"""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = list(map(itemgetter(0), ordered))
        self._reach = list(accumulate(map(itemgetter(1), ordered), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """Tell whether ``[start, end)`` shares at least one position with a span of the set."""
        last = bisect.bisect_left(self._starts, end) - 1  # the spans that start before this one ends
        return last >= 0 and self._reach[last] > start
