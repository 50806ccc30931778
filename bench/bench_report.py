"""Benchmark: `make report` on a corpus of 2,000 articles, against the aim of 5 minutes on 2 cores (not a test).

Builds a copy of the project in a temporary folder whose corpus holds the two real articles and generated ones
made of their lines (``large_corpus.py``: catalog rows and ``SHA256SUMS`` as a user adding articles would make
them), then times a cold ``make report`` there under ``/usr/bin/time -v``, in two steps: ``make data`` (the
build), then ``make report`` (every notebook and every report). Prints the wall time, the largest peak memory
of any one process, each notebook's time as ``make report`` reports it, and the load of the machine at the
end (absolute times on a shared machine are inflated). The real ``data/raw`` is never touched.

    python bench/bench_report.py --articles 2000
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from large_corpus import make_project  # noqa: E402  (a sibling script, not a package)

AIM_SECONDS = 300  # the issue's aim: 2,000 articles of the seed articles' size within 5 minutes on 2 cores
MAKE = ("make", "--no-print-directory", "-o", ".venv/.installed")  # the copy shares this venv: never reinstall it


def timed_make(project: Path, target: str) -> dict:
    """Run ``make TARGET`` in *project* under ``/usr/bin/time -v``; return wall time, peak memory and its output."""
    env = dict(os.environ, ANALYSIS_PROJECT_ROOT=str(project), PYTHONPATH=str(project / "src"), PYTHONUTF8="1")
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v", *MAKE, target], cwd=project, env=env, capture_output=True,
                            text=True)
    seconds = time.perf_counter() - started
    if result.returncode:
        sys.exit(f"make {target} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    return {"seconds": seconds, "peak_mb": peak_kb / 1024, "output": result.stdout + result.stderr}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="build the copy here and keep it (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        project = make_project((args.keep or Path(folder)) / "project", args.articles)
        megabytes = sum(p.stat().st_size for p in (project / "data" / "raw" / "articles").iterdir()) / 1e6
        data, result = timed_make(project, "data"), timed_make(project, "report")
        reports = sorted(p.name for p in (project / "reports").glob("[0-9][0-9]_*.html"))
    per_notebook = [line.strip() for line in result["output"].splitlines()
                    if ".ipynb" in line or line.startswith(("Reports:", "Built", "Wrote"))]
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}; load average at the end: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    total = data["seconds"] + result["seconds"]
    print(f"`make report` on {args.articles:,} articles ({megabytes:.1f} MB), cold: {total:.0f} s "
          f"(aim: {AIM_SECONDS} s, {total / AIM_SECONDS:.2f}× the aim): the build {data['seconds']:.0f} s, then the "
          f"notebooks and reports {result['seconds']:.0f} s; largest process peak "
          f"{max(data['peak_mb'], result['peak_mb']):.0f} MB; {len(reports)} reports written")
    for line in per_notebook:
        print(f"  {line}")


if __name__ == "__main__":
    main()
