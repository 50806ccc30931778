"""Overlap queries on many spans in logarithmic time (extraction runs on texts of tens of megabytes).

>>> taken = Spans([(10, 20), (30, 40), (12, 15)])
>>> taken.overlaps(18, 25), taken.overlaps(20, 30), taken.overlaps(0, 11), taken.overlaps(41, 50)
(True, False, True, False)
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from itertools import accumulate, islice
from operator import itemgetter, le


class Spans:
    """A fixed set of ``[start, end)`` spans that answers: does this span overlap any of them?"""

    def __init__(self, spans: Iterable[Sequence[int]]) -> None:
        """*spans*: ``(start, end)`` pairs, or longer tuples that start so, such as the entity rules' ``(start, end,
        entry, found_by)``: given as they are, their starts and ends are read in C, with no pair made per span."""
        # by start alone (integer keys): the spans that start before an end are the same whatever order those
        # with one start take, and so is the furthest end among them, the one thing :meth:`overlaps` reads
        ordered = sorted(spans, key=itemgetter(0))
        starts, ends = list(map(itemgetter(0), ordered)), list(map(itemgetter(1), ordered))
        self._starts = starts
        # the furthest end so far: the ends themselves when they never fall (no span inside another, the common
        # case, told in C), for ``accumulate`` calls ``max`` once per span
        self._reach = ends if all(map(le, ends, islice(ends, 1, None))) else list(accumulate(ends, max))

    def overlaps(self, start: int, end: int) -> bool:
        """Tell whether ``[start, end)`` shares at least one position with a span of the set."""
        last = bisect.bisect_left(self._starts, end) - 1  # the spans that start before this one ends
        return last >= 0 and self._reach[last] > start
