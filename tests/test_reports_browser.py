"""HTML reports in a real browser: offline, right to left where Arabic, figures with alt text, hostile text inert.

Screenshots of every report are kept in build/screenshots/ as test artefacts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from analysis import paths
from analysis.report import export, write_index
from tests.browser import chromium_path, inspect_pages

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
SCREENSHOTS = paths.ROOT / "build" / "screenshots"


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    chromium_path()
    folder = tmp_path_factory.mktemp("reports")
    pages = []
    for notebook in NOTEBOOKS:
        pages += export(notebook, folder / f"{notebook.stem}.html", folder / "full" / f"{notebook.stem}.html")
    pages.append(write_index(NOTEBOOKS, folder / "index.html"))
    seen = inspect_pages({page: SCREENSHOTS / page.relative_to(folder).with_suffix(".png") for page in pages})
    return {page.relative_to(folder).as_posix(): result for page, result in seen.items()}


def test_every_report_loads_nothing_from_outside(reports):
    for name, result in reports.items():
        outside = [url for url in result["requests"] if not url.startswith(("file:", "data:"))]
        assert not outside, f"{name} requests {outside[:3]}"


def test_no_script_errors_and_every_image_decodes_with_alt_text(reports):
    for name, result in reports.items():
        assert result["errors"] == [], f"{name}: {result['errors'][:3]}"
        assert all(ok for ok, _ in result["images"]), f"{name}: an image does not decode"
        assert all(alt.strip() for _, alt in result["images"]), f"{name}: an image has no alt text"


def test_reader_reports_have_a_title_a_language_and_figures(reports):
    for notebook in NOTEBOOKS:
        result = reports[f"{notebook.stem}.html"]
        assert result["lang"] == "en" and result["title"].startswith(notebook.stem[:2])
    assert any(result["images"] for result in reports.values())


def test_arabic_blocks_are_right_to_left_against_the_right_edge(reports):
    checked = 0
    for name, result in reports.items():
        assert result["directions"]["problems"] == [], f"{name}: {result['directions']['problems'][:5]}"
        checked += result["directions"]["checked"]
    assert checked > 50, "the reports quote Arabic in many blocks; the check must have seen them"


def test_screenshots_are_kept(reports):  # written by the fixture above: skipped with it when there is no browser
    assert all((SCREENSHOTS / f"{notebook.stem}.png").stat().st_size > 10_000 for notebook in NOTEBOOKS)


HOSTILE = ("مقالة عدائية\n"
           "زار الوفد موسكو <script>window.pwned = 1; alert('script')</script> ثم بغداد عام 2012.\n"
           "وقالت المصادر <img src=x onerror=\"window.pwned = 2; alert('img')\"> إن الصفقة بلغت 4 مليارات دولار.\n"
           "للمزيد <a href=\"javascript:window.pwned = 3\">اضغط هنا</a> عن العلاقات الروسية العراقية.\n")


def test_a_hostile_article_renders_as_inert_text(tmp_path):
    chromium_path()
    project = tmp_path / "project"
    (project / "data" / "raw" / "articles").mkdir(parents=True)
    shutil.copy(paths.ROOT / "pyproject.toml", project / "pyproject.toml")
    (project / "data" / "raw" / "articles" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (project / "data" / "raw" / "articles.csv").write_text(
        "article_id,file,headline,kind,language,published,published_note,outlet,original_file\n"
        "hostile,articles/hostile.txt,مقالة عدائية,news report,ar,,a test fixture,,hostile.txt\n", encoding="utf-8")
    env = dict(os.environ, ANALYSIS_PROJECT_ROOT=str(project), PYTHONUTF8="1")
    run = lambda *args: subprocess.run([sys.executable, "-m", "analysis", *args], env=env, capture_output=True,  # noqa: E731
                                       text=True, timeout=300)
    assert run("build").returncode == 0
    executed = project / "00.ipynb"
    result = run("execute", str(paths.NOTEBOOKS / "00_corpus_overview.ipynb"), "--output", str(executed))
    assert result.returncode == 0, result.stderr[-2000:]
    page = export(executed, project / "00.html")[0]
    seen = inspect_pages({page: SCREENSHOTS / "hostile.png"})[page]
    assert seen["dialogs"] == [] and seen["pwned"] is None, "nothing in the article may run"
    assert seen["javascript_links"] == 0
    assert "<script>window.pwned = 1;" in seen["text"], "the markup shows as the text it is"
