"""HTML export: reader's and full reports, and the index page."""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis import paths
from analysis.report import describe, export, write_index


@pytest.fixture
def executed(tmp_path):
    nb = new_notebook()
    nb.cells = [
        new_markdown_cell("# 09 · A test report\n\nThis report *summarises* the [corpus](x.html) in one line."),
        new_code_cell("secret_variable_name = 41 + 1\nsecret_variable_name",
                      outputs=[new_output("execute_result", {"text/plain": "42"}, execution_count=1)],
                      execution_count=1),
        new_markdown_cell("## Summary\n\nDone.\n\n## Sources\n\nNone."),
    ]
    path = tmp_path / "09_test.ipynb"
    nbformat.write(nb, path)
    return path


def test_describe_takes_the_title_and_first_paragraph(executed):
    title, summary = describe(nbformat.read(executed, as_version=4))
    assert title == "09 · A test report"
    assert summary == "This report summarises the corpus in one line."


def test_reader_report_hides_code_and_full_report_shows_it(executed, tmp_path):
    reader, full = export(executed, tmp_path / "r.html", tmp_path / "full" / "r.html")
    reader_html, full_html = reader.read_text(encoding="utf-8"), full.read_text(encoding="utf-8")
    assert "<title>09 · A test report</title>" in reader_html
    assert "secret_variable_name" not in reader_html
    assert "42" in reader_html
    assert "secret_variable_name" in full_html


def test_index_lists_reports_and_sources(executed, tmp_path):
    index = write_index([executed], tmp_path / "index.html", paths.PROCESSED).read_text(encoding="utf-8")
    assert 'href="09_test.html"' in index and 'href="full/09_test.html"' in index
    assert "This report summarises the corpus in one line." in index
    assert "التقارب الروسي العراقي يثير مخاوف واشنطن" in index
    assert "000_64084ab58cd872a4.txt" in index


def test_mark_directions_sets_rtl_on_arabic_blocks_and_isolates_mixed_runs():
    from analysis.report import mark_directions

    html = mark_directions("<p>العلاقات الروسية العراقية عام 2012 ومنظومة S-400</p>"
                           "<p>The deal «صفقة الأسلحة» was signed.</p>"
                           "<pre>العراق</pre><td>&lt;script&gt;العراق</td>")
    assert '<p dir="rtl" lang="ar">' in html and '<bdi dir="ltr">S-400</bdi>' in html
    assert '<p dir="ltr">The deal <bdi dir="rtl" lang="ar">«صفقة الأسلحة»</bdi> was signed.</p>' in html
    assert "<pre>العراق</pre>" in html, "preformatted text is left alone"
    assert "&lt;" in html and "<script" not in html, "escaped text stays escaped: nothing becomes markup"


def test_reports_load_nothing_from_a_cdn(executed, tmp_path):
    reader, full = export(executed, tmp_path / "r.html", tmp_path / "full.html")
    for page in (reader, full):
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html and "cdnjs" not in html and "require.js" not in html
        assert '<html lang="en">' in html
