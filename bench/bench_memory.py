"""Benchmark: the build's peak memory on one very large article (not a test).

Writes a raw folder holding a single article of about *megabytes* MB (the two real articles' lines, repeated with
their years shifted, as in ``large_corpus.py``) into a temporary folder and runs ``python -m analysis build`` on
it under ``/usr/bin/time -v`` (see ``bench_build.run_build``). Prints the wall time and peak resident memory, and
the peak per MB of text. The real ``data/raw`` is never touched.

    python bench/bench_memory.py --megabytes 100
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from pathlib import Path

from analysis import paths
from analysis.catalog import COLUMNS
from analysis.reading import read_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import run_build  # noqa: E402  (sibling scripts, not a package)
from large_corpus import variant  # noqa: E402


def make_raw(folder: Path, megabytes: float, seed: int = 7) -> Path:
    """Write a raw folder whose one article holds about *megabytes* MB of UTF-8; return it."""
    rng = random.Random(seed)
    sources = [read_text(p).text for p in sorted(paths.RAW_ARTICLES.glob("*.txt"))]
    raw = folder / "raw"
    (raw / "articles").mkdir(parents=True)
    size, index = 0, 0
    with open(raw / "articles" / "large.txt", "w", encoding="utf-8", newline="") as handle:
        while size < megabytes * 1_000_000:
            part = variant(sources[index % len(sources)], rng) + "\n"
            handle.write(part)
            size += len(part.encode("utf-8"))
            index += 1
    with open(raw / "articles.csv", "w", encoding="utf-8", newline="") as handle:
        catalog = csv.writer(handle, lineterminator="\n")
        catalog.writerow(COLUMNS)
        catalog.writerow(["large", "articles/large.txt", "", "news report", "ar", "", "synthetic", "",
                          "large.txt"])
    return raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=100.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        raw = make_raw(Path(folder), args.megabytes)
        megabytes = (raw / "articles" / "large.txt").stat().st_size / 1e6
        result = run_build(raw, Path(folder) / "processed")
    print(f"one article of {megabytes:.1f} MB: build {result['seconds']:.1f} s, peak RSS {result['peak_mb']:.0f} MB "
          f"({result['peak_mb'] / megabytes:.1f} MB per MB of text)")


if __name__ == "__main__":
    main()
