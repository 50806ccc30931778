"""The command line: `python -m analysis build`, its summary, and its errors (no tracebacks)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import warnings

import pytest

from analysis import paths, tables
from analysis.build import SUMMARY_ARTICLES
from analysis.catalog import read_catalog
from tests.commandline import cli


@pytest.mark.corpus
def test_build_prints_a_summary_and_writes_tables(tmp_path):
    result = cli("build", "--raw", str(paths.RAW), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    ids = [e.article_id for e in read_catalog(paths.RAW)]
    assert f"{len(ids)} articles" in result.stdout
    listed = ids[:SUMMARY_ARTICLES]  # the first few, then a count: a large corpus does not flood the terminal
    assert all(f"  {article_id}: " in result.stdout for article_id in listed) and "sentences" in result.stdout
    assert not any(f"  {article_id}: " in result.stdout for article_id in ids[SUMMARY_ARTICLES:])
    assert (f"… and {len(ids) - SUMMARY_ARTICLES} more" in result.stdout) == (len(ids) > SUMMARY_ARTICLES)
    assert (tmp_path / "out" / "sentences.csv").is_file()


def test_bad_input_exits_non_zero_with_a_message_not_a_traceback(raw_copy, tmp_path):
    (raw_copy / "articles" / "relations_history_1944_2018.txt").write_bytes(b"\x00\x01binary\xff")
    # The program itself: its exit status, and no traceback on its stderr.
    result = cli("build", "--raw", raw_copy, "--out", tmp_path / "out", env={})
    assert result.returncode == 2
    assert "relations_history_1944_2018.txt" in result.stderr
    assert "What to do" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_missing_raw_folder(tmp_path):
    result = cli("build", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "articles.csv" in result.stderr and "Traceback" not in result.stderr


def test_a_dependency_compiled_for_the_first_time_warns_nothing_but_the_programs_own_warnings_show(monkeypatch):
    """On a fresh install Python compiles each dependency once, and warns of pyarabic's regex strings' bare
    backslashes; the build showed them as five unexplained ``warning:`` lines. Its own warnings still show."""
    from analysis import __main__ as program

    def run(args):
        compile("PATTERN = '\\w+\\s'", "dependency.py", "exec")  # as importing pyarabic without its bytecode does
        warnings.warn("an article was read in a legacy encoding", UserWarning)

    monkeypatch.setattr(program, "_extract", run)
    result = cli("extract", "any.txt")
    assert result.returncode == 0
    assert "escape" not in result.stderr
    assert result.stderr == "warning: an article was read in a legacy encoding\n"


def test_help_lists_the_commands():
    result = cli("--help")
    assert result.returncode == 0
    for command in ("build", "execute", "export", "index"):
        assert command in result.stdout


def slow_raw(tmp_path, copies: int = 60):
    """A raw folder whose build takes a second or two: the two articles, each catalogued many times."""
    raw = tmp_path / "raw"
    shutil.copytree(paths.RAW_ARTICLES, raw / "articles")
    rows = (paths.RAW / "articles.csv").read_text(encoding="utf-8").splitlines()
    catalog = [rows[0]] + [row.replace(row.split(",", 1)[0], f"{row.split(',', 1)[0]}_{n}", 1)
                           for n in range(copies) for row in rows[1:]]
    (raw / "articles.csv").write_text("\n".join(catalog) + "\n", encoding="utf-8")
    return raw


def as_from_a_terminal() -> None:
    """In the child, before it runs the build: Ctrl-C does what it does in a terminal, whatever this test run was
    started with. A script's shell starts a background job (``make test &``) with SIGINT ignored, and every process
    below keeps it ignored: the build then ran to its end, exit status 0, when this test sent it Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def start_build(raw, out, *extra):
    return subprocess.Popen([sys.executable, "-m", "analysis", "build", "--raw", str(raw), "--out", str(out), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONUTF8="1"), preexec_fn=as_from_a_terminal)


def wait_for_staging(out, process, seconds=30):
    deadline = time.monotonic() + seconds
    while not list(out.parent.glob(f".{out.name}.tmp-*/texts/*")) and process.poll() is None:
        assert time.monotonic() < deadline, "the build never started writing"
        time.sleep(0.01)


def test_ctrl_c_prints_one_line_exits_130_and_keeps_the_previous_output(tmp_path):
    from analysis.build import build

    out = tmp_path / "out"
    build(paths.RAW, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    # 400 articles: some seconds of writing, so a test process that a busy machine leaves waiting still finds the
    # build at work; Ctrl-C ends it within a second.
    process = start_build(slow_raw(tmp_path, copies=200), out)
    wait_for_staging(out, process)
    assert process.poll() is None, "the build ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    message = [line for line in stderr.splitlines() if line.strip() and "[" not in line]
    assert message == ["interrupted: `python -m analysis build` stopped before it finished "
                       "(nothing half-written is kept in the output folder)."]
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.") and p.name != ".out.lock"] == []


def test_a_bad_data_file_is_refused_before_the_build_writes_anything(tmp_path, data_copy):
    """Every curated data file is read and checked before the build takes its lock or makes its staging folder: a
    bad one is named, with what to do, while nothing exists yet (each file was read when a rule first needed it,
    in the middle of writing, before)."""
    rows = (data_copy / "name_compounds.csv").read_text(encoding="utf-8").splitlines()
    (data_copy / "name_compounds.csv").write_text("\n".join([*rows, rows[-1] + ",a cell too many"]) + "\n",
                                                  encoding="utf-8")
    result = cli("build", "--raw", paths.RAW, "--out", tmp_path / "out")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "src/analysis/data/name_compounds.csv" in result.stderr and "What to do" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["data"], "no output folder, lock or staging folder"


def test_the_build_reads_every_data_file_before_it_writes_and_none_once_it_has_begun(tmp_path, monkeypatch,
                                                                                    fresh_lexicons):
    from analysis import lexicons, schemas

    out, reads = tmp_path / "out", []
    real = lexicons.read_lexicon

    def read(name):
        reads.append((name, any(tmp_path.glob(".out.*"))))  # the lock, then the staging folder
        return real(name)

    monkeypatch.setattr(lexicons, "read_lexicon", read)
    assert cli("build", "--raw", slow_raw(tmp_path, copies=1), "--out", out).returncode == 0
    assert sorted(name for name, _ in reads) == sorted(schemas.lexicons()), "each file read once"
    assert [name for name, begun in reads if begun] == []


def test_ctrl_c_while_the_data_files_are_read_exits_130_with_nothing_written(tmp_path, monkeypatch, fresh_lexicons):
    from analysis import lexicons

    real, reads = lexicons.read_lexicon, []

    def read(name):
        reads.append(name)
        if len(reads) == 10:
            raise KeyboardInterrupt  # as Ctrl-C raises it in the main thread, here in the tenth file's read
        return real(name)

    monkeypatch.setattr(lexicons, "read_lexicon", read)
    result = cli("build", "--raw", paths.RAW, "--out", tmp_path / "out")
    assert result.returncode == 130 and len(reads) == 10
    assert result.stderr.strip() == ("interrupted: `python -m analysis build` stopped before it finished "
                                     "(nothing half-written is kept in the output folder).")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_a_second_build_refuses_while_the_first_writes_and_the_first_finishes_whole(tmp_path):
    out = tmp_path / "out"
    first = start_build(slow_raw(tmp_path, copies=20), out)
    wait_for_staging(out, first)
    assert first.poll() is None, "the first build ended before it could be paused mid-write"
    # Paused while it writes, so the second build meets it there however busy the machine is (a race otherwise:
    # the second's start-up could outlast the rest of the first).
    first.send_signal(signal.SIGSTOP)
    try:
        second = cli("build", "--raw", paths.RAW, "--out", out, env={})
    finally:
        first.send_signal(signal.SIGCONT)
    assert second.returncode == 2 and "another build is writing" in second.stderr and "Traceback" not in second.stderr
    stdout, stderr = first.communicate(timeout=60)
    assert first.returncode == 0, stderr
    assert f"{20 * len(read_catalog(paths.RAW))} articles" in stdout
    assert tables.check_fresh(tmp_path / "raw", out).startswith("Processed data is up to date")
