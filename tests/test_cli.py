"""The command line: `python -m analysis build`, its summary, and its errors (no tracebacks)."""

from __future__ import annotations

import os
import subprocess
import sys

from analysis import paths
from analysis.catalog import read_catalog


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONUTF8="1")
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, env=env,
                          cwd=cwd or paths.ROOT, timeout=120)


def test_build_prints_a_summary_and_writes_tables(tmp_path):
    result = run("build", "--raw", str(paths.RAW), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    ids = [e.article_id for e in read_catalog(paths.RAW)]
    assert f"{len(ids)} articles" in result.stdout
    assert all(f"  {article_id}: " in result.stdout for article_id in ids) and "sentences" in result.stdout
    assert (tmp_path / "out" / "sentences.csv").is_file()


def test_bad_input_exits_non_zero_with_a_message_not_a_traceback(raw_copy, tmp_path):
    (raw_copy / "articles" / "relations_history_1944_2018.txt").write_bytes(b"\x00\x01binary\xff")
    result = run("build", "--raw", str(raw_copy), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "relations_history_1944_2018.txt" in result.stderr
    assert "What to do" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_missing_raw_folder(tmp_path):
    result = run("build", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "articles.csv" in result.stderr and "Traceback" not in result.stderr


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("build", "execute", "export", "index"):
        assert command in result.stdout
