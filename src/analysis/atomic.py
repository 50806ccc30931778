"""Write files and folders all or nothing: the one atomic writer of the package.

A file is written to a temporary file beside it and renamed over it
(:func:`write_text`); a folder is built in a staging folder beside it and
swapped in (:func:`staging_folder`, :func:`swap_in`), with Ctrl-C and SIGTERM
held back during the two renames. Whatever fails, the previous file or folder
stays as it was; :func:`recover` cleans up after a process that was killed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path


def write_text(path: str | Path, text: str, mode: int = 0o644) -> Path:
    """Write *text* (UTF-8, ``\\n`` line ends kept as they are) to *path* all at once; return *path*.

    The parent folder is created if needed; the file gets permissions *mode*.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def remove_tree(path: Path) -> None:
    """Remove a folder left behind, even a read-only one (permissions are restored first)."""
    with contextlib.suppress(OSError):
        path.chmod(stat.S_IRWXU)
    for folder, subfolders, _ in os.walk(path):
        for name in subfolders:
            with contextlib.suppress(OSError):
                (Path(folder) / name).chmod(stat.S_IRWXU)
    shutil.rmtree(path, ignore_errors=True)


def staging_folder(target: Path) -> Path:
    """Create an empty folder beside *target* to build its replacement in (see :func:`swap_in`)."""
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the swapped-in folder should look like any other
    return staging


@contextlib.contextmanager
def _uninterrupted() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back while the folders are swapped, then deliver them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {number: signal.signal(number, lambda number, frame: received.append(number))
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in received[:1]:
            signal.raise_signal(number)


def swap_in(new: Path, target: Path) -> None:
    """Put folder *new* in place of *target*; on failure the previous folder is put back."""
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    with _uninterrupted():
        had_old = target.exists()
        if had_old:
            os.replace(target, old)
        try:
            os.replace(new, target)
        except BaseException:
            if had_old:
                os.replace(old, target)
            raise
        if had_old:
            remove_tree(old)  # if this fails, the next recover() removes it


def recover(target: Path) -> None:
    """Clean up after a swap that was killed: restore a swapped-out folder, remove staging folders.

    Only call it holding the lock that guards *target* (as :func:`analysis.build.build` does):
    it removes other writers' staging folders.
    """
    parent = target.parent
    if not parent.is_dir():
        return
    old = sorted(parent.glob(f".{target.name}.old-*"), key=lambda path: path.stat().st_mtime)
    if not target.exists() and old:
        os.replace(old[-1], target)  # killed between its two renames: the previous folder comes back
    for leftover in [*parent.glob(f".{target.name}.tmp-*"), *parent.glob(f".{target.name}.old-*")]:
        remove_tree(leftover)
