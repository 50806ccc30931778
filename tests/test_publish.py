"""Reports are redone exactly when their notebook, the data or the package changed, and record what made them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis import publish


def manifest(folder, article_hash: str, built_at: str = "2026-01-01T00:00:00+00:00"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").write_text(json.dumps({"package_version": "0", "built_at": built_at,
                                                      "raw_inputs": {"articles/a.txt": article_hash}}),
                                          encoding="utf-8")
    return folder


def test_the_data_hash_ignores_the_build_time_and_follows_the_inputs(tmp_path):
    first = publish.data_hash(manifest(tmp_path / "a", "1" * 64))
    assert publish.data_hash(manifest(tmp_path / "a", "1" * 64, built_at="2027-05-05T00:00:00+00:00")) == first
    assert publish.data_hash(manifest(tmp_path / "a", "2" * 64)) != first
    assert publish.data_hash(tmp_path / "missing") == ""


def test_a_page_records_its_hashes_in_its_head():
    page = publish.stamp("<!DOCTYPE html>\n<html><head><title>x</title></head><body></body></html>",
                         {publish.INPUTS_META: "ab" * 32, publish.DATA_META: "cd" * 32})
    assert page.index('<meta name="analysis-inputs"') < page.index("<title>")
    assert publish.recorded_text(page) == {publish.INPUTS_META: "ab" * 32, publish.DATA_META: "cd" * 32}


def test_the_package_hash_changes_with_a_template(tmp_path):
    package = tmp_path / "analysis"
    (package / "templates").mkdir(parents=True)
    (package / "templates" / "page.html.j2").write_text("<p>{{ x }}</p>", encoding="utf-8")
    before = publish.package_hash(package)
    (package / "templates" / "page.html.j2").write_text("<p>{{ x }}!</p>", encoding="utf-8")
    assert publish.package_hash(package) != before


def execute_here(source, output=None):
    """Run a notebook's code cells in this process, each cell's printed text its one output: what a kernel gives
    for the test notebook's one cell, without a kernel's start (a second or two each). A real kernel runs the
    notebook in the test of ``python -m analysis execute`` below, and in the walk through ``make report``
    (test_add_article)."""
    import contextlib
    import io

    notebook = nbformat.read(source, as_version=4)
    namespace: dict = {}
    for cell in (c for c in notebook.cells if c.cell_type == "code"):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(cell.source, namespace)
        cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=printed.getvalue())]
    output = Path(output or source)
    output.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, str(output))
    return output


def one_after_another(work, jobs, max_workers=None, on_done=None):
    """``publish.in_parallel`` in this process, so that the worker sees :func:`execute_here` (a worker started from
    a fork server would import the real one); the pool itself is tested below."""
    outcomes = []
    for job in jobs:
        outcomes.append(work(*job))
        if on_done:
            on_done(outcomes[-1])
    return outcomes


@pytest.fixture
def project(tmp_path, monkeypatch):
    from analysis import notebooks

    monkeypatch.setattr(notebooks, "execute", execute_here)
    monkeypatch.setattr(publish, "in_parallel", one_after_another)
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 99 · A test report\n\nIt adds."),
                                               nbformat.v4.new_code_cell("print(20 + 22)")])
    path = tmp_path / "notebooks" / "99_test.ipynb"
    path.parent.mkdir()
    nbformat.write(notebook, path)
    return {"notebook": path, "reports": tmp_path / "reports", "executed": tmp_path / "executed",
            "processed": manifest(tmp_path / "processed", "1" * 64)}


def run(project, **options):
    return [o.status for o in publish.publish([project["notebook"]], project["reports"], project["executed"],
                                              project["processed"], jobs=1, **options)]


def test_publish_builds_once_then_only_what_changed(project):
    assert run(project) == ["built"]
    page = (project["reports"] / "99_test.html").read_text(encoding="utf-8")
    assert "42" in page and publish.recorded(project["reports"] / "99_test.html")[publish.DATA_META]
    assert (project["reports"] / "full" / "99_test.html").is_file()
    assert run(project) == ["up to date"]

    manifest(project["processed"], "2" * 64)               # the data changed
    assert run(project) == ["built"]
    (project["reports"] / "full" / "99_test.html").unlink()  # an interrupted run left one page missing
    assert run(project) == ["built"]


def test_the_inputs_are_the_cells_not_their_outputs(project):
    path = project["notebook"]
    before = publish.cells_hash(path)
    notebook = nbformat.read(path, as_version=4)
    notebook.cells[1].outputs = [nbformat.v4.new_output("stream", text="42\n")]
    notebook.cells[1].execution_count = 7
    notebook.cells[1].metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00Z"}
    nbformat.write(notebook, path)
    assert publish.cells_hash(path) == before, "refreshed outputs leave the notebook's inputs unchanged"
    notebook.cells[1].source = "print(20 + 23)"
    nbformat.write(notebook, path)
    assert publish.cells_hash(path) != before


def refresh(project):
    return [o.status for o in publish.refresh([project["notebook"]], project["executed"], project["processed"],
                                              jobs=1)]


def test_refreshing_after_a_report_takes_the_report_runs_execution(project):
    assert run(project) == ["built"]
    executed = (project["executed"] / "99_test.ipynb").read_bytes()
    assert refresh(project) == ["reused"]
    assert project["notebook"].read_bytes() == executed and b"42" in executed
    assert run(project) == ["up to date"], "the stored notebook's new outputs do not make its report stale"

    manifest(project["processed"], "3" * 64)           # new data: the notebook runs again, and once only
    assert refresh(project) == ["executed"]
    assert run(project) == ["built"] and refresh(project) == ["reused"]


def test_an_execution_without_its_note_is_not_trusted(project):
    assert run(project) == ["built"]
    note = project["executed"] / "99_test.ipynb.inputs"
    note.unlink()                                       # as a run interrupted between the notebook and its note
    assert refresh(project) == ["executed"] and note.is_file()
    note.write_text("0" * 64 + "\n", encoding="ascii")  # a note of other inputs
    assert refresh(project) == ["executed"]


def test_importing_the_package_spares_processes_the_grammar_of_an_optional_json_schema_format():
    import subprocess
    import sys

    code = ("import analysis, nbformat, sys; nbformat.validate(nbformat.v4.new_notebook()); "
            "print(sys.modules.get('rfc3987_syntax', 'absent'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() in ("None", "absent"), result.stderr


def test_executing_a_notebook_prints_no_kernel_warning_and_leaves_no_kernel(project, tmp_path):
    import os
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "analysis", "execute", str(project["notebook"]),
                             "--output", str(tmp_path / "out.ipynb")], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, PYTHONUTF8="1"))
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "Unclosed" not in result.stderr, result.stderr
    assert "42" in (tmp_path / "out.ipynb").read_text(encoding="utf-8")


def test_workers_fork_from_one_thread_and_start_from_a_fork_server_beside_other_threads():
    """A fork beside other threads (a Jupyter kernel's) can leave a lock held in the worker for ever: the pool then
    starts its workers from a fork server, and they still do the work."""
    script = ("import operator, threading\n"
              "from analysis import publish\n"
              "alone = publish._start_method()\n"
              "release = threading.Event()\n"
              "other = threading.Thread(target=release.wait)\n"
              "other.start()\n"
              "import multiprocessing\n"
              "default = multiprocessing.get_context().get_start_method()\n"
              "done = sorted(publish.in_parallel(operator.add, [(1, 2), (3, 4)]))\n"
              "print(default, alone, publish._start_method(), done)\n"
              "release.set()\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    default, alone, beside_threads, done = result.stdout.split(maxsplit=3)
    assert alone == "None", "one thread: the system's default"
    # Where the default is to fork (Linux before Python 3.14), a fork server instead; elsewhere the default is safe.
    assert beside_threads == ("forkserver" if default == "fork" else "None")
    assert done == "[3, 7]\n"
