"""Loaded first by pytest (``-p analysis.pytest_plugin`` in pyproject.toml), before nbval and the other plugins.

Importing the package declines jsonschema's slow optional import (see ``analysis/__init__.py``) before any plugin
reads a notebook. Its hook marks nbval's notebook cells ``corpus`` (their outputs follow the whole of
``data/raw``) and runs the files that hold ``slow`` tests first: pytest-xdist hands out whole files in collection
order (``make test`` turns off its reordering by test count), so the long files start at once and the many short
ones fill the workers' ends, which then finish together. PYTEST_DONT_REWRITE
"""

from __future__ import annotations


def pytest_collection_modifyitems(items) -> None:
    import pytest

    for item in items:
        if item.path.suffix == ".ipynb":
            item.add_marker(pytest.mark.corpus)
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)  # stable: each file keeps its own order
