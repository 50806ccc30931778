"""Execute and export the notebooks as HTML reports: in-process, in parallel, and only what changed.

Each notebook is executed (nbclient) and exported (nbconvert) by one worker
process; independent notebooks run side by side on the available cores. A
report records, in a ``<meta>`` tag, the hash of everything it was made from:
the notebook, the processed data (the build manifest) and the package's own
files (code, lexicons, templates, styles). ``publish`` redoes a report whose
recorded hash differs from the current one, so an interrupted run, a data
change or a template edit is caught up next time, and does nothing for the
others.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from . import paths

INPUTS_META = "analysis-inputs"
DATA_META = "analysis-data-manifest"
_META = re.compile(r'<meta name="(analysis-[a-z-]+)" content="([0-9a-f]+)">')
PACKAGE_SUFFIXES = (".py", ".csv", ".j2", ".tpl", ".css", ".json", ".md")


@dataclass(frozen=True)
class Outcome:
    """What happened to one notebook: ``built`` or ``up to date``, and the seconds it took."""

    notebook: Path
    report: Path
    status: str
    seconds: float


def _digest(*parts: bytes) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(hashlib.sha256(part).digest())
    return hasher.hexdigest()


def package_hash(package: Path | None = None) -> str:
    """Hash every file of the package that can change a report (code, lexicons, templates, styles)."""
    package = Path(package) if package is not None else paths.package_folder()
    files = sorted(p for p in package.rglob("*")
                   if p.is_file() and p.suffix in PACKAGE_SUFFIXES and "__pycache__" not in p.parts)
    return _digest(*(str(p.relative_to(package)).encode() + b"\0" + p.read_bytes() for p in files))


def data_hash(processed: Path | None = None) -> str:
    """The hash of the raw inputs the processed data was built from (the one a report's footer shows); "" if none.

    The build time is left out, so a rebuild from unchanged inputs redoes no report.
    """
    from .report import data_hash as raw_inputs_hash

    digest, _ = raw_inputs_hash(processed)
    return "" if digest == "unknown" else digest


def inputs_hash(notebook: Path, data: str, package: str) -> str:
    """Hash of what one report is made from: the notebook, the data and the package."""
    return _digest(Path(notebook).read_bytes(), data.encode(), package.encode())


def recorded(report: Path) -> dict[str, str]:
    """The hashes a report recorded when it was written (empty if it is missing or has none)."""
    try:
        with open(report, encoding="utf-8", errors="replace") as handle:
            return recorded_text(handle.read(20_000))
    except OSError:
        return {}


def recorded_text(page: str) -> dict[str, str]:
    """The hashes recorded in the ``<meta>`` tags of a page's text."""
    return dict(_META.findall(page))


def stamp(html: str, hashes: dict[str, str]) -> str:
    """Insert the ``<meta>`` tags recording *hashes* at the top of the page's ``<head>``."""
    tags = "".join(f'<meta name="{name}" content="{value}">' for name, value in hashes.items())
    return html.replace("<head>", "<head>\n" + tags, 1) if "<head>" in html else tags + html


def _build_one(notebook: Path, executed: Path, report: Path, full: Path, hashes: dict[str, str]) -> float:
    from .notebooks import execute
    from .report import export

    started = time.perf_counter()
    execute(notebook, executed)
    export(executed, report, full, stamp=hashes)
    return time.perf_counter() - started


def publish(notebooks: list[Path], reports: Path | None = None, executed: Path | None = None,
            processed: Path | None = None, jobs: int | None = None, force: bool = False,
            on_done=None) -> list[Outcome]:
    """Execute and export every notebook whose report is missing or out of date; return one outcome each.

    *on_done* is called with each :class:`Outcome` as it completes (for progress lines).
    """
    reports = paths.reports(reports)
    executed = Path(executed) if executed else paths.project_root() / "build" / "executed"
    data, package = data_hash(processed), package_hash()
    todo, outcomes = [], []
    for notebook in map(Path, notebooks):
        report = reports / f"{notebook.stem}.html"
        full = reports / "full" / f"{notebook.stem}.html"
        hashes = {INPUTS_META: inputs_hash(notebook, data, package), DATA_META: data}
        have = recorded(report)
        if not force and have.get(INPUTS_META) == hashes[INPUTS_META] and recorded(full) == have:
            outcome = Outcome(notebook, report, "up to date", 0.0)
            outcomes.append(outcome)
            if on_done:
                on_done(outcome)
        else:
            todo.append((notebook, executed / notebook.name, report, full, hashes))
    if todo:
        workers = max(1, min(len(todo), jobs or os.cpu_count() or 1))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_build_one, *job): job for job in todo}
            for future in as_completed(futures):
                job = futures[future]
                outcome = Outcome(job[0], job[2], "built", future.result())
                outcomes.append(outcome)
                if on_done:
                    on_done(outcome)
    order = {Path(n): i for i, n in enumerate(notebooks)}
    return sorted(outcomes, key=lambda o: order[o.notebook])


def publish_index(notebooks: list[Path], output: Path, processed: Path | None = None,
                  force: bool = False) -> bool:
    """Write the index page unless it is up to date with the notebooks, the data and the package; say if written."""
    from .report import write_index

    hashes = {INPUTS_META: _digest(data_hash(processed).encode(), package_hash().encode(),
                                   *(Path(n).read_bytes() for n in notebooks))}
    if not force and recorded(output).get(INPUTS_META) == hashes[INPUTS_META]:
        return False
    write_index(notebooks, output, processed, stamp=hashes)
    return True
