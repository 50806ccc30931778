"""The benchmark of the two commands (`bench/bench_workflow.py`): what it measures on a copy stays on the copy."""

from __future__ import annotations

import os
import sys

import nbformat
import pytest

from analysis import notebooks, paths

sys.path.insert(0, str(paths.ROOT / "bench"))
import bench_workflow  # noqa: E402  (a script folder, not a package)


@pytest.mark.parametrize("root_before", [None, "/somewhere/else"])
def test_a_kernel_timed_on_the_copy_leaves_the_project_root_as_it_found_it(tmp_path, monkeypatch, root_before):
    """The report rebuild is timed on a temporary copy, then the test suite on this checkout: a root left pointing
    at the deleted copy made `make bench` stop with "No such file or directory" before timing the tests."""
    if root_before is None:
        monkeypatch.delenv(paths.ROOT_ENV, raising=False)
    else:
        monkeypatch.setenv(paths.ROOT_ENV, root_before)
    seen = []
    monkeypatch.setattr(notebooks, "execute", lambda probe: seen.append((os.environ.get(paths.ROOT_ENV), probe.name)))
    notebook = tmp_path / "notebooks" / "01_x.ipynb"
    notebook.parent.mkdir()
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import json\nprint(json)")]), notebook)

    bench_workflow.imports_kernel(notebook, tmp_path)

    assert seen == [(str(tmp_path), ".imports-01_x.ipynb")], "the kernel runs the imports in the copy"
    assert os.environ.get(paths.ROOT_ENV) == root_before
    assert list(notebook.parent.iterdir()) == [notebook], "the probe notebook is removed"
    assert (bench_workflow.CHECKOUT / "bench" / "bench_workflow.py").is_file(), "the tests are timed on this checkout"
