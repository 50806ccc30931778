"""Write the processed folder: the tables as CSV in the registry's column order, the texts, the README.

Also what keeps a build's writing safe: one build at a time (a lock file
beside the output folder, :func:`exclusive`), a read-only folder refused
before anything is touched (:func:`check_writable`), and an operating-system
error (a full disk, a denied permission) turned into an
:class:`~analysis.errors.OutputError` that says what to do
(:func:`output_errors`). The folder itself is swapped in all at once by
:mod:`analysis.atomic`.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from . import paths, schemas
from .cells import escape_cell
from .errors import OutputError


def _cell(value):
    return "" if value is None else escape_cell(value)


class TableFiles(contextlib.AbstractContextManager):
    """The CSV files of every processed table, open for appending rows as articles stream through.

    Columns and their order come from :mod:`analysis.schemas`; a row that lacks one of them is refused.
    """

    def __init__(self, folder: Path) -> None:
        self._stack = contextlib.ExitStack()
        self._writers = {}
        self.rows = dict.fromkeys(schemas.tables(), 0)
        for name in schemas.tables():
            handle = self._stack.enter_context(open(folder / f"{name}.csv", "w", encoding="utf-8", newline=""))
            self._writers[name] = csv.writer(handle, lineterminator="\n")
            self._writers[name].writerow(schemas.columns(name))

    def write(self, name: str, rows: Iterable[dict]) -> None:
        """Append *rows* (dicts, made one at a time if an iterator) to table *name*, in its column order,
        escaping formula-like text."""
        columns, writer = schemas.columns(name), self._writers[name]
        for row in rows:
            try:
                writer.writerow([_cell(row[column]) for column in columns])
            except KeyError:
                missing = [column for column in columns if column not in row]
                raise ValueError(f"a row of {name}.csv lacks the column(s) {', '.join(missing)} of its schema") \
                    from None
            self.rows[name] += 1

    def __exit__(self, *exc) -> None:
        self._stack.close()


def write_text(path: Path, text: str) -> None:
    """Write *text* to *path* exactly (UTF-8, no newline translation), for files inside a staging folder."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def write_readme(folder: Path) -> None:
    """Write the README of the processed folder (its column tables generated from the registry)."""
    source = paths.package_data("processed_README.md").read_text(encoding="utf-8")
    write_text(folder / "README.md", source)


_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)


@contextlib.contextmanager
def output_errors(out_dir: Path) -> Iterator[None]:
    """Turn an operating-system error while writing into an :class:`OutputError` that says what to do."""
    try:
        yield
    except Timeout:
        raise  # the lock is busy: not a writing error (filelock's Timeout is an OSError)
    except OSError as error:
        where = error.filename or out_dir
        kept = f"{out_dir} is as it was before this build."
        if error.errno in _FULL:
            raise OutputError(where, f"the disk is full (no space left on device); {kept}",
                              "free some space (or build elsewhere with --out), then run `make data` again.") from None
        if error.errno in _DENIED:
            raise OutputError(where, f"cannot write here ({error.strerror}); {kept}",
                              "make the folder writable, or build elsewhere with --out.") from None
        raise OutputError(where, f"cannot write the output ({error.strerror or error}); {kept}",
                          "fix the problem, then run `make data` again.") from None


def _read_only(folder: Path) -> bool:
    return not folder.stat().st_mode & stat.S_IWUSR or not os.access(folder, os.W_OK)


def check_writable(out_dir: Path) -> None:
    """Refuse to build when the output folder or its parent is read-only: nothing is touched."""
    for folder in (out_dir, out_dir.parent):
        if folder.is_dir() and _read_only(folder):
            raise OutputError(folder, "the folder is read-only, so the build cannot replace the processed data; "
                                      "nothing was changed.",
                              f"make it writable (chmod -R u+w {folder}) and run again, or build elsewhere with --out.")


def lock_path(out_dir: Path) -> Path:
    """Return the lock file that lets one build at a time write *out_dir*."""
    return out_dir.with_name(f".{out_dir.name}.lock")


@contextlib.contextmanager
def exclusive(out_dir: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the build lock of *out_dir*; if another build holds it, wait up to *wait* seconds, then refuse."""
    lock = FileLock(lock_path(out_dir))
    try:
        with output_errors(out_dir):
            try:
                lock.acquire(timeout=0)
            except Timeout:
                if wait <= 0:
                    raise
                sys.stderr.write(f"Another build is writing {out_dir}; waiting for it (up to {wait:g} s)…\n")
                lock.acquire(timeout=wait)
    except Timeout:
        raise OutputError(lock_path(out_dir), f"another build is writing {out_dir} now; this one has not started, "
                                              "so that one is not disturbed.",
                          "let it finish, then run again (or pass --wait SECONDS to queue behind it).") from None
    try:
        yield
    finally:
        lock.release()
