"""Without Chromium the browser tests skip with a message, and fail under CI=true; nothing else depends on them.

The browser test module is run in a pytest of its own with the browser hidden (a PATH that holds no Chromium, and no
``CHROMIUM`` variable), once as a contributor's machine and once as CI.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from analysis import paths
# What the browser module imports, imported here once: each run below forgets the modules it imported itself, and
# numpy cannot be imported twice in one process.
import analysis.report  # noqa: E402,F401
import tests.browser  # noqa: E402,F401

MESSAGE = "Chromium is not installed"
ROOT = paths.ROOT  # resolved now: the pytester fixture moves the working folder to a scratch one


def run_hidden(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, ci: bool) -> pytest.RunResult:
    """Run the browser module in a pytest of its own (in this process: no second interpreter to start)."""
    for key in ("CHROMIUM", "CI"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent))  # the venv's own programs, no browser
    if ci:
        monkeypatch.setenv("CI", "true")
    monkeypatch.chdir(ROOT)
    return pytester.runpytest_inprocess("-p", "no:cacheprovider", "-q", "-rs", "-n", "0", "--rootdir", str(ROOT),
                                        "-c", str(ROOT / "pyproject.toml"),
                                        str(ROOT / "tests" / "test_reports_browser.py"))


@pytest.mark.parametrize("ci", [False, True], ids=["contributor", "ci"])
def test_a_missing_browser_skips_outside_ci_and_fails_in_ci(pytester, monkeypatch, ci):
    result = run_hidden(pytester, monkeypatch, ci)
    output = result.stdout.str() + result.stderr.str()
    assert MESSAGE in output, output[-3000:]
    if ci:
        assert result.ret == pytest.ExitCode.TESTS_FAILED, output[-3000:]
        assert "failed" in output.splitlines()[-1]
    else:
        assert result.ret == pytest.ExitCode.OK, output[-3000:]
        last = output.strip().splitlines()[-1]
        assert "skipped" in last and "failed" not in last and "passed" not in last, last
