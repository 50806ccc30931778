"""A minimal progress bar on standard error, for long builds and the benchmark."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
MIN_ITEMS = 20  # fewer items than this finish too fast to need a bar


def progress(items: Iterable[T], total: int, label: str, stream=None) -> Iterator[T]:
    """Yield *items*, drawing ``label [####    ] done/total`` on *stream* (standard error) as they pass."""
    stream = stream or sys.stderr
    if total < MIN_ITEMS:
        yield from items
        return
    width, last = 30, 0.0
    for done, item in enumerate(items, start=1):
        yield item
        now = time.monotonic()
        if done == total or now - last > 0.2:
            filled = width * done // total
            stream.write(f"\r{label} [{'#' * filled}{' ' * (width - filled)}] {done}/{total}")
            stream.flush()
            last = now
    stream.write("\n")
