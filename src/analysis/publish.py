"""Execute and export the notebooks as HTML reports: in-process, in parallel, and only what changed.

Each notebook is executed (nbclient) and exported (nbconvert) by one worker
process; independent notebooks run side by side on the available cores. A
report records, in a ``<meta>`` tag, the hash of everything it was made from:
the notebook's cells (not their outputs), the processed data (the build
manifest), the package's own files (code, lexicons, templates, styles) and the
installed packages' versions. ``publish`` redoes a report whose recorded hash
differs from the current one, so an interrupted run, a data change or a
template edit is caught up next time, and does nothing for the others.

Each execution is kept in ``build/executed/`` beside a note of that hash.
``refresh`` (``make notebooks``) stores a notebook's execution in place, and
takes it from there when it was made from the same inputs instead of running
the notebook again: after ``make report``, ``make notebooks`` only copies.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .atomic import write_text

INPUTS_META = "analysis-inputs"
DATA_META = "analysis-data-manifest"
_META = re.compile(r'<meta name="(analysis-[a-z-]+)" content="([0-9a-f]+)">')
PACKAGE_SUFFIXES = (".py", ".csv", ".j2", ".tpl", ".css", ".json", ".md")


@dataclass(frozen=True)
class Outcome:
    """What happened to one notebook, and the seconds it took.

    From :func:`publish`: ``built`` or ``up to date``, *report* being its page; from :func:`refresh`: ``executed``
    or ``reused``, *report* being the kept execution.
    """

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


def cells_hash(notebook: Path) -> bytes:
    """The notebook as its author wrote it: its cells and their metadata, without outputs or execution counts.

    Refreshing a notebook's outputs (``make notebooks``) leaves it unchanged, so its report stays up to date.
    """
    from .notebooks import VOLATILE_CELL_METADATA

    node = json.loads(Path(notebook).read_bytes())
    cells = [{**{k: v for k, v in cell.items() if k not in ("outputs", "execution_count", "metadata")},
              "metadata": {k: v for k, v in cell.get("metadata", {}).items() if k not in VOLATILE_CELL_METADATA}}
             for cell in node.get("cells", [])]
    return json.dumps({"cells": cells, "kernelspec": node.get("metadata", {}).get("kernelspec")},
                      sort_keys=True, ensure_ascii=False).encode("utf-8")


@functools.cache
def environment_hash() -> str:
    """Hash of the Python version and every installed distribution's name and version (they shape the outputs).

    Computed once per process: the installed packages do not change under a running command.
    """
    import platform
    from importlib.metadata import distributions

    names = sorted({f"{(d.metadata['Name'] or '').lower()}=={d.version}" for d in distributions()})
    return _digest(platform.python_version().encode(), "\n".join(names).encode())


def inputs_hash(notebook: Path, data: str, package: str, environment: str = "") -> str:
    """Hash of what one report is made from: the notebook's cells, the data, the package and the environment."""
    return _digest(cells_hash(notebook), data.encode(), package.encode(), environment.encode())


def _note(executed: Path) -> Path:
    return executed.with_name(executed.name + ".inputs")


def cached(executed: Path, key: str) -> bool:
    """Is *executed* an execution made from the inputs hashed as *key*?"""
    try:
        return executed.is_file() and _note(executed).read_text(encoding="ascii").strip() == key
    except (OSError, UnicodeDecodeError):
        return False


def execute_cached(notebook: Path, executed: Path, key: str) -> bool:
    """Execute *notebook* into *executed* unless it already holds the execution of these inputs; say if reused.

    The old note of inputs is removed first and the new one written last, so an interrupted run leaves no note
    that claims an execution it did not finish.
    """
    from .notebooks import execute

    if cached(executed, key):
        return True
    _note(executed).unlink(missing_ok=True)
    execute(notebook, executed)
    write_text(_note(executed), key + "\n")
    return False


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


def _executed_folder(executed: Path | None) -> Path:
    return Path(executed) if executed else paths.project_root() / "build" / "executed"


# What every worker imports: the notebook runner and exporter, and the package's modules that drive them.
_WORKER_MODULES = ("jupyter_client.manager", "nbclient", "nbconvert",
                   f"{__package__}.notebooks", f"{__package__}.report")


def _import_what_workers_use() -> None:
    """Import the notebook runner and exporter here, once: forked workers inherit them instead of each importing
    them again (about half a second each)."""
    import importlib

    for name in _WORKER_MODULES:
        importlib.import_module(name)


def _start_method() -> str | None:
    """How the pool starts its workers: the system's default (None), or a fork server where forking is unsafe.

    A fork copies only the thread that calls it: a lock another thread holds (ZeroMQ's, in a Jupyter kernel that
    calls :func:`publish`) stays held in the child for ever, and the worker can hang. The command line and the test
    processes run one Python thread and fork, so their workers inherit what the parent imported; a process with more
    threads starts its workers from a fork server instead, a clean process that imports the runner once.
    """
    import multiprocessing
    import threading

    if multiprocessing.get_context().get_start_method() == "fork" and threading.active_count() > 1:
        return "forkserver"
    return None


def in_parallel(work, jobs: list[tuple], max_workers: int | None = None, on_done=None) -> list:
    """Run ``work(*job)`` for every job on up to *max_workers* processes (default: one per core); return the
    results in the order they complete, each passed to *on_done* as it comes (see :func:`_start_method`)."""
    import multiprocessing

    outcomes: list = []
    if not jobs:
        return outcomes
    context = multiprocessing.get_context(_start_method())
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(list(_WORKER_MODULES))  # imported once, by the server
    else:
        _import_what_workers_use()
    with ProcessPoolExecutor(max_workers=max(1, min(len(jobs), max_workers or os.cpu_count() or 1)),
                             mp_context=context) as pool:
        for future in as_completed([pool.submit(work, *job) for job in jobs]):
            outcomes.append(future.result())
            if on_done:
                on_done(outcomes[-1])
    return outcomes


def _in_order(outcomes: list[Outcome], notebooks: list[Path]) -> list[Outcome]:
    order = {Path(n): i for i, n in enumerate(notebooks)}
    return sorted(outcomes, key=lambda o: order[o.notebook])


def _build_one(notebook: Path, executed: Path, report: Path, full: Path, hashes: dict[str, str]) -> Outcome:
    from .report import export

    started = time.perf_counter()
    execute_cached(notebook, executed, hashes[INPUTS_META])
    export(executed, report, full, stamp=hashes)
    return Outcome(notebook, report, "built", time.perf_counter() - started)


def publish(notebooks: list[Path], reports: Path | None = None, executed: Path | None = None,
            processed: Path | None = None, jobs: int | None = None, force: bool = False,
            on_done=None) -> list[Outcome]:
    """Execute and export every notebook whose report is missing or out of date; return one outcome each.

    *on_done* is called with each :class:`Outcome` as it completes (for progress lines).
    """
    reports, executed = paths.reports(reports), _executed_folder(executed)
    data, package, environment = data_hash(processed), package_hash(), environment_hash()
    todo, outcomes = [], []
    for notebook in map(Path, notebooks):
        report = reports / f"{notebook.stem}.html"
        full = reports / "full" / f"{notebook.stem}.html"
        hashes = {INPUTS_META: inputs_hash(notebook, data, package, environment), DATA_META: data}
        have = recorded(report)
        if not force and have.get(INPUTS_META) == hashes[INPUTS_META] and recorded(full) == have:
            outcomes.append(Outcome(notebook, report, "up to date", 0.0))
            if on_done:
                on_done(outcomes[-1])
        else:
            todo.append((notebook, executed / notebook.name, report, full, hashes))
    return _in_order(outcomes + in_parallel(_build_one, todo, jobs, on_done), notebooks)


def _refresh_one(notebook: Path, executed: Path, key: str) -> Outcome:
    started = time.perf_counter()
    reused = execute_cached(notebook, executed, key)
    write_text(notebook, executed.read_text(encoding="utf-8"))
    return Outcome(notebook, executed, "reused" if reused else "executed", time.perf_counter() - started)


def refresh(notebooks: list[Path], executed: Path | None = None, processed: Path | None = None,
            jobs: int | None = None, on_done=None) -> list[Outcome]:
    """Store each notebook executed top to bottom, in place; reuse the execution a report run made of the same inputs.

    The outcome's status is ``executed`` or ``reused``; *on_done* is called with each as it completes.
    """
    executed = _executed_folder(executed)
    data, package, environment = data_hash(processed), package_hash(), environment_hash()
    todo = [(Path(n), executed / Path(n).name, inputs_hash(n, data, package, environment)) for n in notebooks]
    return _in_order(in_parallel(_refresh_one, todo, jobs, on_done), notebooks)


def publish_index(notebooks: list[Path], output: Path, processed: Path | None = None,
                  force: bool = False) -> bool:
    """Write the index page unless it is up to date with the notebooks, the data and the package; say if written."""
    from .report import write_index

    hashes = {INPUTS_META: _digest(data_hash(processed).encode(), package_hash().encode(),
                                   environment_hash().encode(), *(cells_hash(n) for n in notebooks))}
    if not force and recorded(output).get(INPUTS_META) == hashes[INPUTS_META]:
        return False
    write_index(notebooks, output, processed, stamp=hashes)
    return True
