"""The notebooks on a corpus larger than any of their caps: they run, and their tables, findings and charts stay capped.

A copy of the project gains generated articles made of the real articles' lines (``bench/large_corpus.py``), is
built, and every notebook is executed there. Each table then shows at most ``display.MAX_ROWS`` rows (with a note
of how many are left out), no generated Markdown grows with the corpus, and every chart keeps the size it has on
the two-article corpus: capped small multiples and lanes, not one panel or lane per article.
"""

from __future__ import annotations

import base64
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis import display, paths

sys.path.insert(0, str(paths.ROOT / "bench"))
from large_corpus import make_project  # noqa: E402  (a script folder, not a package)

# Past every cap (display.MAX_ROWS rows of one per article, plots.MAX_LANES timeline lanes, 8 names in a finding),
# by a few articles: more would cost each notebook run time and prove nothing the caps do not already show.
ARTICLES = display.MAX_ROWS + 4
MAX_MARKDOWN = 12_000  # characters of one generated Markdown output; the two-article corpus's longest is ~4,000


def png_size(data: str) -> tuple[int, int]:
    """Width and height in pixels of a base64 PNG (from its IHDR chunk)."""
    return struct.unpack(">II", base64.b64decode(data)[16:24])


def outputs(notebook: Path) -> list[tuple[int, dict]]:
    cells = nbformat.read(notebook, as_version=4).cells
    return [(index, output) for index, cell in enumerate(cells) if cell.cell_type == "code" for output in cell.outputs]


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> dict[str, Path]:
    project = make_project(tmp_path_factory.mktemp("scale") / "project", ARTICLES)
    env = dict(os.environ, ANALYSIS_PROJECT_ROOT=str(project), PYTHONPATH=str(project / "src"), PYTHONUTF8="1",
               PYTHONHASHSEED="0")
    notebooks = sorted((project / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    for command in (["build"], ["execute", *map(str, notebooks)]):
        result = subprocess.run([sys.executable, "-m", "analysis", *command], cwd=project, env=env,
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        if command == ["build"]:
            assert "Building tables" in result.stderr, "a build of this many articles shows its progress"
    return {path.name: path for path in notebooks}


@pytest.mark.slow
def test_the_notebooks_run_on_more_articles_than_any_cap_and_say_so(executed):
    first = "".join(o.get("text", "") for _, o in outputs(executed["00_corpus_overview.ipynb"]))
    assert "Processed data is up to date" in first
    for name, path in executed.items():
        for _, output in outputs(path):
            assert output.output_type != "error", f"{name}: {output.get('evalue')}"


@pytest.mark.slow
def test_tables_show_at_most_max_rows_and_count_the_rest(executed):
    capped = 0
    for name, path in executed.items():
        for index, output in outputs(path):
            html = output.get("data", {}).get("text/html", "")
            if "reader-table" not in html:
                continue
            rows = len(re.findall(r"<tr>", html.split("<tbody>")[1]))
            assert rows <= display.MAX_ROWS, f"{name} cell {index}: {rows} rows"
            if rows == display.MAX_ROWS:
                assert re.search(r"The first 60 of [\d,]+ rows are shown \([\d,]+ left out\)", html), f"{name} {index}"
                capped += 1
    assert capped >= 3, "the per-article tables (articles, statistics, events…) are capped on this corpus"


@pytest.mark.slow
def test_findings_stay_a_few_sentences(executed):
    for name, path in executed.items():
        for index, output in outputs(path):
            markdown = output.get("data", {}).get("text/markdown", "")
            assert len(markdown) <= MAX_MARKDOWN, f"{name} cell {index}: {len(markdown)} characters"
    findings = [o["data"]["text/markdown"] for _, o in outputs(executed["00_corpus_overview.ipynb"])
                if "text/markdown" in o.get("data", {})][0]
    assert f"The corpus holds {ARTICLES} articles" in findings and "more)" in findings


def chart_sizes(notebook: Path) -> dict[int, tuple[int, int]]:
    return {index: png_size(o["data"]["image/png"]) for index, o in outputs(notebook) if "image/png" in o.get("data", {})}


@pytest.mark.slow
def test_charts_stay_within_the_largest_chart_of_two_articles(executed):
    """One panel or lane per article would make a chart hundreds of inches tall; the caps keep it a page.

    The bound is a square as wide as the widest stored chart: capped small multiples (two columns of at most
    ``plots.MAX_PANELS`` panels) grow to a square at most.
    """
    stored = [size for path in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")) for size in chart_sizes(path).values()]
    widest = max(w for w, _ in stored)
    tallest = widest
    for name, path in executed.items():
        large = chart_sizes(path)
        assert large.keys() == chart_sizes(paths.NOTEBOOKS / name).keys(), f"{name}: the same charts"
        for index, (width, height) in large.items():
            assert width <= 1.1 * widest and height <= 1.1 * tallest, (
                f"{name} cell {index}: {width}×{height} px, beyond the largest chart of the stored notebooks "
                f"({widest}×{tallest})")
