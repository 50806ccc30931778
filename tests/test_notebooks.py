"""The stored notebooks: executed top to bottom, clean, thin, and with the house skeleton.

nbval (run by `make test`) re-executes each notebook and compares its outputs;
these tests check what nbval does not.
"""

from __future__ import annotations

import ast
import re

import nbformat
import pytest

from analysis import paths
from analysis.notebooks import clean

pytestmark = pytest.mark.corpus

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def test_there_are_notebooks_with_numbered_names():
    assert NOTEBOOKS, "notebooks/NN_topic.ipynb expected"
    for path in NOTEBOOKS:
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", path.name)


@pytest.fixture(params=NOTEBOOKS, ids=lambda p: p.name)
def notebook(request):
    return request.param, nbformat.read(request.param, as_version=4)


def code_cells(nb):
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def test_stored_executed_top_to_bottom_without_errors(notebook):
    _, nb = notebook
    cells = code_cells(nb)
    assert [c.execution_count for c in cells] == list(range(1, len(cells) + 1)), "restart the kernel and run all"
    for cell in cells:
        assert all(output.output_type != "error" for output in cell.outputs)
        assert not any(output.get("name") == "stderr" for output in cell.outputs), "no warnings in stored outputs"


def test_no_volatile_metadata_or_machine_paths(notebook):
    path, nb = notebook
    text = path.read_text(encoding="utf-8")
    for cell in nb.cells:
        assert "execution" not in cell.metadata, "run `make notebooks` to clear execution timestamps"
    assert "version" not in nb.metadata.get("language_info", {})
    assert not re.search(r"(/root/|/home/|/tmp/|/work/|[A-Z]:\\\\Users)", text)


def test_cleaning_is_what_was_stored(notebook):
    path, nb = notebook
    cleaned = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    clean(cleaned)
    assert nbformat.writes(cleaned) + "\n" == path.read_text(encoding="utf-8")


def test_skeleton_title_overview_imports_summary_sources(notebook):
    path, nb = notebook
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith(f"# {path.name[:2]} ")
    assert len(first.source.split("\n\n")) >= 2, "the first cell has an overview paragraph under the title"
    headings = [line for cell in nb.cells if cell.cell_type == "markdown" for line in cell.source.splitlines()
                if line.startswith("## ")]
    closing = "## Summary" in headings or {"## Key findings", "## Limits and uncertainty"} <= set(headings)
    assert closing and "## Sources" in headings, "a summary, or key findings and limits; then sources"
    imports = [c for c in code_cells(nb) if re.search(r"^(import|from) ", c.source, re.M)]
    assert imports == code_cells(nb)[:1], "one imports cell, the first code cell"


def test_code_cells_stay_thin(notebook):
    _, nb = notebook
    for cell in code_cells(nb):
        tree = ast.parse(cell.source)
        assert not [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))]
        assert len(cell.source.splitlines()) <= 8, f"a code cell of {len(cell.source.splitlines())} lines"
        assert "arabic_reshaper" not in cell.source and "get_display" not in cell.source, "use analysis.plots"


def test_figures_are_png_and_plot_cells_end_with_show(notebook):
    _, nb = notebook
    for cell in code_cells(nb):
        images = [o for o in cell.outputs if "data" in o and any(k.startswith("image/") for k in o.data)]
        for output in images:
            assert set(k for k in output.data if k.startswith("image/")) == {"image/png"}
        if images:
            assert cell.source.rstrip().endswith("plt.show()")


def test_every_figure_has_alt_text_in_its_cell_metadata(notebook):
    _, nb = notebook
    for cell in code_cells(nb):
        if any("image/png" in output.get("data", {}) for output in cell.outputs):
            assert len(cell.metadata.get("alt", "")) > 20, "describe the chart in the cell's `alt` metadata"
