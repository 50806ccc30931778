"""Shared fixtures: the project's real raw data, and a scratch copy to break."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from analysis import paths

# Property tests draw new random inputs on every local run, and a failing input is kept in .hypothesis/ and tried
# first next time. CI draws the same inputs each run (the examples follow from each test), so a clean clone's
# result never depends on luck; new inputs are found locally, and the ones that failed become @example rows.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI") == "true":  # as the browser tests read it
    settings.load_profile("ci")


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

