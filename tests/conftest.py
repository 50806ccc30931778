"""Shared fixtures: the project's real raw data, and a scratch copy to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import paths


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A copy of data/raw that a test may modify freely."""
    target = tmp_path / "raw"
    shutil.copytree(paths.RAW, target)
    return target


@pytest.fixture(scope="session")
def history_text() -> str:
    with open(paths.RAW_ARTICLES / "relations_history_1944_2018.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.fixture(scope="session")
def caatsa_text() -> str:
    with open(paths.RAW_ARTICLES / "caatsa_rapprochement_worries_washington.txt", encoding="utf-8", newline="") as handle:
        return handle.read()

