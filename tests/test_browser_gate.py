"""Without Chromium the browser tests skip with a message, and fail under CI=true; nothing else depends on them.

The browser test module is run in a child pytest with the browser hidden (a PATH that holds no Chromium, and no
``CHROMIUM`` variable), once as a contributor's machine and once as CI.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import paths

MESSAGE = "Chromium is not installed"


def run_hidden(ci: bool) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items()
           if key not in ("CHROMIUM", "CI", "PYTEST_XDIST_WORKER", "PYTEST_ADDOPTS") and not key.startswith("PYTEST_")}
    env["PATH"] = str(Path(sys.executable).parent)  # the venv's own programs, no browser
    if ci:
        env["CI"] = "true"
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs", "-n", "0",
                           "tests/test_reports_browser.py"], cwd=paths.ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("ci", [False, True], ids=["contributor", "ci"])
def test_a_missing_browser_skips_outside_ci_and_fails_in_ci(ci):
    result = run_hidden(ci)
    output = result.stdout + result.stderr
    assert MESSAGE in output, output[-3000:]
    if ci:
        assert result.returncode == 1, output[-3000:]
        assert "failed" in output.splitlines()[-1]
    else:
        assert result.returncode == 0, output[-3000:]
        last = output.strip().splitlines()[-1]
        assert "skipped" in last and "failed" not in last and "passed" not in last, last
