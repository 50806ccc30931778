"""Benchmark: the build's time and peak memory on corpora of thousands of articles (not a test).

For each size, writes a raw folder into a temporary folder (``articles.csv`` and
one file per article: variations of the two real articles, as in
``bench_extract.py``, optionally cut to their first body lines to keep runs
short) and runs ``python -m analysis build`` on it under ``/usr/bin/time -v``,
then prints the wall time and the peak resident memory of each run. The aim:
the build streams, so peak memory at 20,000 articles is at most twice that at
2,000.

    python bench/bench_build.py --sizes 2000 20000 --lines 4
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from analysis import paths
from analysis.catalog import COLUMNS
from analysis.reading import read_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import variant  # noqa: E402  (a sibling script, not a package)


def make_raw(folder: Path, articles: int, lines: int | None = None, seed: int = 7) -> Path:
    """Write a raw folder of *articles* varied articles (each cut to *lines* body lines if given); return it."""
    rng = random.Random(seed)
    sources = [read_text(p).text for p in sorted(paths.RAW_ARTICLES.glob("*.txt"))]
    raw = folder / "raw"
    (raw / "articles").mkdir(parents=True)
    with open(raw / "articles.csv", "w", encoding="utf-8", newline="") as handle:
        catalog = csv.writer(handle, lineterminator="\n")
        catalog.writerow(COLUMNS)
        for index in range(articles):
            text = variant(sources[index % len(sources)], rng)
            if lines is not None:
                text = "\n".join(text.split("\n")[:lines + 1])
            name = f"articles/doc{index:06d}.txt"
            (raw / name).write_text(text, encoding="utf-8")
            catalog.writerow([f"doc{index:06d}", name, "", "news report", "ar", "", "synthetic", "", name])
    return raw


def run_build(raw: Path, out: Path) -> dict:
    """Run the build under ``/usr/bin/time -v``; return its wall time (s) and peak resident memory (MB)."""
    result = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "analysis", "build", "--raw", str(raw),
                             "--out", str(out)], capture_output=True, text=True,
                            env=dict(os.environ, PYTHONUTF8="1"))
    if result.returncode != 0:
        sys.exit(result.stderr)
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    hours, minutes, seconds = (float(part or 0) for part in wall.groups())
    return {"seconds": hours * 3600 + minutes * 60 + seconds, "peak_mb": peak_kb / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=(2000, 20000), help="numbers of articles")
    parser.add_argument("--lines", type=int, default=None, help="keep only this many body lines of each article")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            sub = Path(folder) / str(size)
            raw = make_raw(sub, size, args.lines)
            megabytes = sum(p.stat().st_size for p in (raw / "articles").iterdir()) / 1e6
            results.append({"articles": size, "mb": megabytes} | run_build(raw, sub / "processed"))
    print(f"\n{'articles':>9} {'MB':>7} {'build s':>8} {'peak RSS MB':>12}")
    for r in results:
        print(f"{r['articles']:>9} {r['mb']:>7.1f} {r['seconds']:>8.1f} {r['peak_mb']:>12.0f}")
    if len(results) > 1:
        print(f"\npeak memory, {results[-1]['articles']} / {results[0]['articles']} articles: "
              f"{results[-1]['peak_mb'] / results[0]['peak_mb']:.2f}× (aim: at most 2×)")


if __name__ == "__main__":
    main()
