"""Every path the project uses, resolved in one place.

The project root is the folder holding ``pyproject.toml`` and ``data/raw``.
It is found from this file's location (the package is installed in editable
mode from ``src/``) and can be overridden with the environment variable
``ANALYSIS_PROJECT_ROOT``. Nothing else in the package spells out a path.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT_ENV = "ANALYSIS_PROJECT_ROOT"


def _looks_like_root(folder: Path) -> bool:
    return (folder / "pyproject.toml").is_file() and (folder / "data" / "raw").is_dir()


def project_root() -> Path:
    """Return the project root folder.

    Order: ``$ANALYSIS_PROJECT_ROOT``; the checkout this package sits in;
    the nearest parent of the working directory that looks like the project.
    """
    override = os.environ.get(ROOT_ENV)
    if override:
        return Path(override).resolve()
    here = Path(__file__).resolve().parent
    for folder in (here, *here.parents, Path.cwd(), *Path.cwd().parents):
        if _looks_like_root(folder):
            return folder
    raise FileNotFoundError(
        "Cannot find the project folder (one with pyproject.toml and data/raw). "
        f"Run from inside the project or set {ROOT_ENV}."
    )


ROOT = project_root()
DATA = ROOT / "data"
RAW = DATA / "raw"
RAW_ARTICLES = RAW / "articles"
CATALOG = RAW / "articles.csv"
RAW_MANIFEST = RAW / "SHA256SUMS"
PROCESSED = DATA / "processed"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
PACKAGE_DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT / "tests" / "corpus"  # excerpts of real Arabic press with gold annotations (`make eval`)
