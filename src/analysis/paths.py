"""Every path the project uses, resolved in one place, when it is asked for.

Two kinds of path:

- **package data** (lexicons, templates, styles) ships inside the package and
  is found through :mod:`importlib.resources`, so it works from a checkout, an
  installed wheel or anywhere else (:func:`package_data`, :func:`templates`);
- **project folders** (``data/raw``, ``data/processed``, ``notebooks``,
  ``reports``) live in the project root, the folder holding
  ``pyproject.toml`` and ``data/raw``: ``$ANALYSIS_PROJECT_ROOT`` when set,
  otherwise the working directory or its nearest parent that looks like the
  project (never the place the package is installed in).

Nothing is resolved at import time: ``paths.RAW`` and the other upper-case
names are computed each time they are read, so importing the package never
fails outside a project, and an environment variable set later is honoured.
Functions that take a folder accept ``None`` for the default
(:func:`raw`, :func:`processed`, …). Nothing else in the package spells out a path.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from .errors import AnalysisError

try:
    from importlib.resources.abc import Traversable
except ImportError:  # pragma: no cover - Python 3.10
    from importlib.abc import Traversable

ROOT_ENV = "ANALYSIS_PROJECT_ROOT"
PACKAGE = __name__.rpartition(".")[0] or "analysis"


class ProjectNotFoundError(AnalysisError):
    """No project folder (``pyproject.toml`` and ``data/raw``) around the working directory, and none named."""


def _looks_like_root(folder: Path) -> bool:
    return (folder / "pyproject.toml").is_file() and (folder / "data" / "raw").is_dir()


def project_root() -> Path:
    """Return the project root folder.

    Order: ``$ANALYSIS_PROJECT_ROOT``; the working directory or its nearest
    parent that looks like the project.
    """
    override = os.environ.get(ROOT_ENV)
    if override:
        return Path(override).resolve()
    cwd = Path.cwd()
    for folder in (cwd, *cwd.parents):
        if _looks_like_root(folder):
            return folder
    raise ProjectNotFoundError(cwd, "cannot find the project folder (one with pyproject.toml and data/raw) "
                                    "here or above.", f"run from inside the project, or set {ROOT_ENV} to it.")


def raw(given: str | Path | None = None) -> Path:
    """Return *given*, or the project's ``data/raw`` when it is ``None``."""
    return Path(given) if given is not None else project_root() / "data" / "raw"


def processed(given: str | Path | None = None) -> Path:
    """Return *given*, or the project's ``data/processed`` when it is ``None``."""
    return Path(given) if given is not None else project_root() / "data" / "processed"


def reports(given: str | Path | None = None) -> Path:
    """Return *given*, or the project's ``reports`` when it is ``None``."""
    return Path(given) if given is not None else project_root() / "reports"


def notebooks() -> Path:
    """Return the project's ``notebooks`` folder."""
    return project_root() / "notebooks"


def corpus(given: str | Path | None = None) -> Path:
    """Return *given*, or the excerpts of real Arabic press with gold annotations (``tests/corpus``, ``make eval``)."""
    return Path(given) if given is not None else project_root() / "tests" / "corpus"


def package_data(name: str | None = None) -> Traversable:
    """Return the package's ``data`` folder, or the file *name* in it, wherever the package is installed.

    >>> package_data().name, package_data("README.md").is_file()
    ('data', True)
    """
    folder = resources.files(PACKAGE) / "data"
    return folder if name is None else folder / name


def templates(name: str | None = None) -> Traversable:
    """Return the package's ``templates`` folder (page layouts and styles), or the file *name* in it."""
    folder = resources.files(PACKAGE) / "templates"
    return folder if name is None else folder / name


def package_folder() -> Path:
    """Return the folder of the installed package (to hash its files; :mod:`analysis.publish`)."""
    return Path(str(resources.files(PACKAGE)))


# The upper-case names, each computed when read (PEP 562), never at import.
_LAZY = {
    "ROOT": project_root,
    "DATA": lambda: project_root() / "data",
    "RAW": raw,
    "RAW_ARTICLES": lambda: raw() / "articles",
    "CATALOG": lambda: raw() / "articles.csv",
    "RAW_MANIFEST": lambda: raw() / "SHA256SUMS",
    "PROCESSED": processed,
    "NOTEBOOKS": notebooks,
    "REPORTS": reports,
    "FIGURES": lambda: reports() / "figures",
    "CORPUS": corpus,
    "PACKAGE_DATA": lambda: Path(str(package_data())),
}


def __getattr__(name: str) -> Path:
    """Resolve ``paths.RAW`` and the other upper-case names when they are read."""
    if name in _LAZY:
        return _LAZY[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
