"""The build manifest, ``data/processed/manifest.json``: what a build read and what it wrote, by hash.

It records the package version, the build time, the SHA-256 of every file
under ``data/raw`` and of every file the build wrote. :mod:`analysis.tables`
compares it with the files on disk before a notebook reads anything.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from . import __version__
from .reading import raw_files, sha256_file

NAME = "manifest.json"


def raw_hashes(raw_dir: Path) -> dict[str, str]:
    """Return the SHA-256 of every file under *raw_dir*, by path relative to it; refuse symbolic links."""
    return {path.relative_to(raw_dir).as_posix(): sha256_file(path) for path in raw_files(Path(raw_dir))}


def output_hashes(folder: Path) -> dict[str, str]:
    """Return the SHA-256 of every file a build wrote into *folder* (all but ``manifest.json``)."""
    return {path.relative_to(folder).as_posix(): sha256_file(path)
            for path in sorted(Path(folder).rglob("*")) if path.is_file() and path.name != NAME}


def manifest(inputs: dict[str, str], outputs: dict[str, str] | None = None) -> dict:
    """Describe a build: package version, time, the hash of every raw file and of every output."""
    return {
        "package_version": __version__,
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "raw_inputs": inputs,
        "outputs": outputs or {},
    }


def dumps(record: dict) -> str:
    """Return a manifest as the JSON text the build writes (indented, Arabic kept readable)."""
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"
