"""Benchmark the two commands a contributor waits for (`make bench`): a warm `make report` and a warm `make test`.

Report rebuild: on a copy of the project, one article gains a sentence (and `make raw-manifest` records it), then
`make report` is timed: it rebuilds the tables and every report, since every notebook reads every article. Its floor
is the least that work can cost: one build (`python -m analysis build`), plus, per notebook, a fresh kernel that
runs only the notebook's imports cell. The ratio of the two is the number to watch (the aim is 1.5× or less).

Test suite: `make test` on this checkout, data and venv already built (the aim is 90 s or less on 2 cores).
Each figure is the median of its runs. Not a test: it prints numbers for the README.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import paths

CHECKOUT = paths.ROOT  # this checkout, where the test suite is timed (resolved before any copy is made)
MAKE = ("make", "--no-print-directory", "-o", ".venv/.installed")  # the copy shares this venv: never reinstall it


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return time.perf_counter() - started


def copy_project(target: Path) -> Path:
    ignore = shutil.ignore_patterns(".venv", ".venv-*", ".git", "build", "reports", "__pycache__", ".pytest_cache")
    shutil.copytree(CHECKOUT, target, ignore=ignore)
    (target / ".venv").symlink_to(Path(sys.prefix))
    return target


def imports_kernel(notebook: Path, project: Path) -> float:
    """Seconds for a fresh kernel to run only *notebook*'s first code cell (its imports), started as the package
    starts every kernel (:func:`analysis.notebooks.execute`, over local sockets), in the notebook's folder, with
    *project* as the project root (for this call only: the test suite is timed afterwards on this checkout)."""
    import nbformat

    from analysis.notebooks import execute

    source = nbformat.read(notebook, as_version=4)
    first = next(cell for cell in source.cells if cell.cell_type == "code")
    imports = "\n".join(line for line in first.source.splitlines() if line.startswith(("import ", "from ")))
    probe = notebook.parent / f".imports-{notebook.stem}.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(imports)]), probe)
    before = os.environ.get(paths.ROOT_ENV)
    os.environ[paths.ROOT_ENV] = str(project)
    try:
        started = time.perf_counter()
        execute(probe)
        return time.perf_counter() - started
    finally:
        probe.unlink()
        if before is None:
            del os.environ[paths.ROOT_ENV]
        else:
            os.environ[paths.ROOT_ENV] = before


def report_rebuild(runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        project = copy_project(Path(folder) / "project")
        env = dict(os.environ, ANALYSIS_PROJECT_ROOT=str(project), PYTHONPATH=str(project / "src"), PYTHONUTF8="1")
        timed([*MAKE, "report"], project, env)
        article = sorted((project / "data" / "raw" / "articles").glob("*.txt"))[0]
        notebooks = sorted((project / "notebooks").glob("[0-9][0-9]_*.ipynb"))
        warm, floor = [], []
        for run in range(runs):
            with open(article, "a", encoding="utf-8") as handle:
                handle.write(f"\nجملة مضافة للقياس رقم {run + 1}.\n")
            timed([*MAKE, "raw-manifest"], project, env)
            warm.append(timed([*MAKE, "report"], project, env))
            build = timed([sys.executable, "-m", "analysis", "build"], project, env)
            floor.append(build + sum(imports_kernel(notebook, project) for notebook in notebooks))
    return {"warm": statistics.median(warm), "floor": statistics.median(floor)}


def test_suite(runs: int) -> float:
    env = dict(os.environ, PYTHONUTF8="1")
    timed([*MAKE, "data"], CHECKOUT, env)
    return statistics.median(timed([*MAKE, "test"], CHECKOUT, env) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-tests", action="store_true", help="time only the report rebuild")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, median of {args.runs} runs")
    report = report_rebuild(args.runs)
    print(f"| warm `make report` after one article changed | {report['warm']:.1f} s | floor {report['floor']:.1f} s "
          f"(one build + a fresh kernel per notebook running its imports) | {report['warm'] / report['floor']:.2f}× |")
    if not args.skip_tests:
        print(f"| warm `make test` | {test_suite(args.runs):.1f} s | | |")


if __name__ == "__main__":
    main()
