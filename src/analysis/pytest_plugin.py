"""Loaded first by pytest (``-p analysis.pytest_plugin`` in pyproject.toml), before nbval and the other plugins.

Importing the package declines jsonschema's slow optional import (see ``analysis/__init__.py``) before any plugin
reads a notebook. Its one hook marks nbval's notebook cells ``corpus``: their outputs follow the whole of
``data/raw``. PYTEST_DONT_REWRITE
"""

from __future__ import annotations


def pytest_collection_modifyitems(items) -> None:
    import pytest

    for item in items:
        if item.path.suffix == ".ipynb":
            item.add_marker(pytest.mark.corpus)
