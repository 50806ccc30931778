"""The README's "How to add an article" steps, walked on a copy of the project whose corpus is past every cap.

One copy serves two questions, so its notebooks run once for both (a kernel per notebook per run is most of what a
notebook test costs):

- **Adding articles ends green.** The copy already holds generated articles made of the real articles' lines
  (``bench/large_corpus.py``), recorded in its manifest. Two more are added as the README says: one whose file name
  holds spaces and Arabic letters, one saved in Windows-1256. Then `make raw-manifest`, `make report`, `make
  notebooks`, and the tests whose expectations come from the whole corpus (marked ``corpus``: the raw manifest, the
  catalog, the build, the stored notebooks and strict nbval over every notebook) run in the copy. The other tests
  use their own small inputs, which an added article cannot change.
- **The notebooks hold up on more articles than any cap.** The corpus ends with ``ARTICLES`` articles, a few past
  ``display.MAX_ROWS`` rows of one per article, ``plots.MAX_LANES`` timeline lanes and 8 names in a finding. In the
  notebooks `make notebooks` stored, each table shows at most ``display.MAX_ROWS`` rows (with a note of how many are
  left out), no generated Markdown grows with the corpus, and every chart keeps the size it has on the two-article
  corpus: capped small multiples and lanes, not one panel or lane per article.
"""

from __future__ import annotations

import base64
import csv
import os
import re
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import display, paths

sys.path.insert(0, str(paths.ROOT / "bench"))
from large_corpus import make_project  # noqa: E402  (a script folder, not a package)

pytestmark = pytest.mark.slow  # a copy of the project, its reports and its strict tests (tens of seconds)

SPACED = "زيارة لافروف 2013.txt"
LEGACY = "مقالة قديمة.txt"
SPACED_TEXT = ("زيارة لافروف إلى بغداد\n"
               "زار وزير الخارجية الروسي سيرغي لافروف بغداد في 20 فبراير/شباط 2013، وبحث مع نظيره العراقي "
               "صفقة الأسلحة البالغة 4.2 مليارات دولار التي وقعت عام 2012.\n")
LEGACY_TEXT = ("وقع العراق وروسيا اتفاقية للتعاون في مجال الطاقة في أبريل/نيسان 2009 في موسكو.\n")
ADDED = 2
# Past every cap by a few articles: more would cost each notebook run time and prove nothing the caps do not show.
ARTICLES = display.MAX_ROWS + 4
MAX_MARKDOWN = 12_000  # characters of one generated Markdown output; the two-article corpus's longest is ~4,000
# The copy shares this checkout's venv: make must never reinstall it from the copy (-o: take it as up to date).
MAKE = ("make", "--no-print-directory", "-o", ".venv/.installed")
CORPUS_MARK = re.compile(r"^(@pytest\.mark\.corpus|pytestmark = pytest\.mark\.corpus)", re.MULTILINE)
NBVAL = ["--nbval", "--nbval-current-env", "--nbval-sanitize-with", "tests/nbval_sanitize.cfg"]


def add_row(catalog: Path, article_id: str, file: str, original: str) -> None:
    ends_with_newline = catalog.read_bytes().endswith(b"\n")
    with open(catalog, "a", encoding="utf-8", newline="") as handle:
        if not ends_with_newline:
            handle.write("\n")
        csv.writer(handle, lineterminator="\n").writerow(
            [article_id, f"articles/{file}", "", "news report", "ar", "", "Not stated: a test article.", "", original])


@dataclass
class Walk:
    project: Path
    steps: dict[str, subprocess.CompletedProcess]
    stored: list[str]  # the notebooks, relative to the project

    def notebook(self, name: str) -> Path:
        return self.project / "notebooks" / name


@pytest.fixture(scope="module")
def walk(tmp_path_factory) -> Walk:
    project = make_project(tmp_path_factory.mktemp("walk") / "project", ARTICLES - ADDED)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "CI"))}
    env.update(ANALYSIS_PROJECT_ROOT=str(project), PYTHONPATH=str(project / "src"), PYTHONUTF8="1")
    steps = {}

    def run(step: str, *command: str, check: bool = True) -> None:
        result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=600)
        assert not check or result.returncode == 0, (
            f"{' '.join(command)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        steps[step] = result

    articles = project / "data" / "raw" / "articles"
    (articles / SPACED).write_text(SPACED_TEXT, encoding="utf-8")                         # step 1
    (articles / LEGACY).write_bytes(LEGACY_TEXT.encode("cp1256"))
    add_row(project / "data" / "raw" / "articles.csv", "lavrov_visit", SPACED, SPACED)    # step 2
    add_row(project / "data" / "raw" / "articles.csv", "energy_2009", LEGACY, LEGACY)
    run("forgot the manifest", *MAKE, "data", check=False)
    run("raw-manifest", *MAKE, "raw-manifest")                                            # step 3
    run("report", *MAKE, "report")                                                        # step 4
    stored = sorted(str(p.relative_to(project)) for p in (project / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    run("notebooks", *MAKE, "notebooks")                                                  # step 5
    # Step 6: the files that hold corpus tests (the others need not be imported), and strict nbval.
    corpus_files = sorted(str(p.relative_to(project)) for p in (project / "tests").glob("test_*.py")
                          if CORPUS_MARK.search(p.read_text(encoding="utf-8")))
    run("test", sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-n", "0", "-m", "corpus",
        *corpus_files, *stored, *NBVAL)
    return Walk(project, steps, stored)


def test_the_readme_steps_add_an_article_and_end_green(walk):
    early = walk.steps["forgot the manifest"]
    assert early.returncode != 0, "a raw file outside the manifest stops the build"
    assert "make raw-manifest" in early.stderr and "adding an article" in early.stderr  # forgot step 3: told so
    report = walk.steps["report"]
    assert f"{LEGACY}: not UTF-8" in report.stderr, "the legacy encoding is reported, and the build goes on"
    assert "Building tables" in report.stderr, "a build of this many articles shows its progress"
    overview = (walk.project / "reports" / "00_corpus_overview.html").read_text(encoding="utf-8")
    assert "lavrov_visit" in overview and "energy_2009" in overview
    events = pd.read_csv(walk.project / "data" / "processed" / "events.csv", encoding="utf-8")
    assert {"lavrov_visit", "energy_2009"} <= set(events["article_id"]), "both articles date events"
    # The history report's per-article table shows its first display.MAX_ROWS rows by article id: energy_2009
    # sorts before the generated articles and is shown; lavrov_visit after them, counted in the note.
    history = (walk.project / "reports" / "01_history_timeline.html").read_text(encoding="utf-8")
    assert "energy_2009" in history and f"of {events['article_id'].nunique()} rows are shown" in history
    assert f"0 executed, {len(walk.stored)} taken from the report run" in walk.steps["notebooks"].stdout, \
        "no notebook runs twice"
    tests = walk.steps["test"].stdout
    assert " passed" in tests and "deselected" in tests


def png_size(data: str) -> tuple[int, int]:
    """Width and height in pixels of a base64 PNG (from its IHDR chunk)."""
    return struct.unpack(">II", base64.b64decode(data)[16:24])


def outputs(notebook: Path) -> list[tuple[int, dict]]:
    cells = nbformat.read(notebook, as_version=4).cells
    return [(index, output) for index, cell in enumerate(cells) if cell.cell_type == "code" for output in cell.outputs]


@pytest.fixture(scope="module")
def executed(walk) -> dict[str, Path]:
    """The notebooks as `make notebooks` stored them in the copy: executed on the whole grown corpus."""
    return {Path(name).name: walk.project / name for name in walk.stored}


def test_the_notebooks_run_on_more_articles_than_any_cap_and_say_so(executed):
    assert len(executed) == len(list(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")))
    first = "".join(o.get("text", "") for _, o in outputs(executed["00_corpus_overview.ipynb"]))
    assert "Processed data is up to date" in first
    for name, path in executed.items():
        for _, output in outputs(path):
            assert output.output_type != "error", f"{name}: {output.get('evalue')}"


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
