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


# --- Right to left: the two cases of notebook 00, exactly ---------------------------------------------------

def test_an_arabic_phrase_before_an_opening_bracket_leaves_the_punctuation_to_the_english():
    from analysis.report import mark_directions

    html = mark_directions('<p>web-page furniture such as «لقراءة المزيد اضغط هنا» ("read more, click here") is '
                           'flagged as <code>boilerplate</code></p>')
    assert '<bdi dir="rtl" lang="ar">«لقراءة المزيد اضغط هنا»</bdi> ("read more, click here")' in html


def test_a_list_of_arabic_items_is_isolated_item_by_item_and_keeps_its_order():
    from analysis.report import mark_directions

    html = mark_directions("<p>A word carrying a conjunction or preposition («والعراق»، «للعراق») is counted "
                           "with its stem only when the stem itself occurs, so names such as «بغداد» are never cut.</p>")
    assert ('(<bdi dir="rtl" lang="ar">«والعراق»</bdi>، <bdi dir="rtl" lang="ar">«للعراق»</bdi>)' in html)
    assert '<bdi dir="rtl" lang="ar">«بغداد»</bdi> are never cut' in html


@pytest.mark.parametrize(("text", "runs"), [
    ("the phrase «صفقة الأسلحة» was", ["«صفقة الأسلحة»"]),
    ('he said "العراق" twice', ['"العراق"']),
    ("the stem (العراق) only", ["العراق"]),
    ("«قال، إن العراق» as one quote", ["«قال، إن العراق»"]),
    ("names: بغداد, موسكو and more", ["بغداد", "موسكو"]),
])
def test_arabic_runs_keep_quotes_whole_and_split_lists(text, runs):
    from analysis.report import arabic_runs

    assert [text[start:end] for start, end in arabic_runs(text)] == runs


# --- Pages: navigation, contents, figures, tables, provenance ------------------------------------------------

@pytest.fixture(scope="module")
def series(tmp_path_factory):
    """Three executed notebooks of a series; the middle one has a figure, a wide table and links to the others.

    Exported once for the module: the tests only read the pages.
    """
    tmp_path = tmp_path_factory.mktemp("series")
    import base64

    png = base64.b64encode(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000002000000020806000000f278d4fa0000001649444154789c63f8cf"
        "c0f01f0418c0c0f0ffff3f0003fe01fd6c7ba1550000000049454e44ae426082")).decode()
    table_html = ("<div><style scoped>.dataframe tbody tr th {}</style><table class=\"dataframe\"><thead><tr><th></th>"
                  "<th>article_id</th><th>n_words</th></tr></thead><tbody><tr><th>0</th><td>a</td><td>31,469</td>"
                  "</tr></tbody></table></div>")
    paths_ = []
    for number, name in enumerate(("07_first", "08_middle", "09_last")):
        nb = new_notebook()
        nb.cells = [new_markdown_cell(f"# {number + 7:02d} · {name.split('_')[1].title()} report\n\nAbout it."),
                    new_markdown_cell("## Part one\n\nSee [the last](09_last.ipynb#Part-two) and [first](07_first.ipynb)."),
                    new_markdown_cell("### A detail\n\nText.\n\n## Part two\n\nMore.")]
        if name == "08_middle":
            figure = new_code_cell("plt.show()", execution_count=1, outputs=[new_output(
                "display_data", {"image/png": png, "text/plain": "<Figure>"}, metadata={"image/png": {"width": 1, "height": 1}})])
            figure.metadata.update(alt="A tiny test chart of two by two pixels.", caption="Words by article",
                                   source="The catalog, https://example.org/catalog")
            plain = new_code_cell("plt.show()", execution_count=2, outputs=[new_output(
                "display_data", {"image/png": png, "text/plain": "<Figure>"})])
            plain.metadata["alt"] = "A second chart with no caption metadata."
            frame = new_code_cell("frame", execution_count=3, outputs=[new_output(
                "execute_result", {"text/html": table_html, "text/plain": "frame"}, execution_count=3)])
            nb.cells[2:2] = [figure, plain, frame]
        path = tmp_path / "executed" / f"{name}.ipynb"
        path.parent.mkdir(exist_ok=True)
        nbformat.write(nb, path)
        paths_.append(path)
    out = tmp_path / "site"
    pages = []
    for path in paths_:
        pages += export(path, out / f"{path.stem}.html", out / "full" / f"{path.stem}.html", siblings=paths_)
    pages.append(write_index(paths_, out / "index.html"))
    return out, pages


def _soup(path):
    from bs4 import BeautifulSoup

    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_every_local_link_of_every_page_resolves_to_a_page_and_an_anchor(series):
    from urllib.parse import unquote, urlsplit

    out, pages = series
    checked = 0
    for page in pages:
        for anchor in _soup(page).find_all("a", href=True):
            href = urlsplit(anchor["href"])
            if href.scheme:
                continue
            target = (page.parent / unquote(href.path)).resolve() if href.path else page
            assert target.is_file(), f"{page.name}: {anchor['href']} does not exist"
            if href.fragment:
                assert _soup(target).find(id=unquote(href.fragment)), f"{page.name}: no #{href.fragment}"
            checked += 1
    assert checked > 30


def test_header_links_index_neighbours_and_the_other_version(series):
    out, _ = series
    reader = _soup(out / "08_middle.html")
    links = {a.get_text(strip=True): a["href"] for a in reader.select("header nav a")}
    assert links["All reports"] == "index.html"
    assert links["← Previous: 07 · First report"] == "07_first.html"
    assert links["Next: 09 · Last report →"] == "09_last.html"
    assert links["Full version with code"] == "full/08_middle.html"
    full = {a.get_text(strip=True): a["href"] for a in _soup(out / "full" / "08_middle.html").select("header nav a")}
    assert full["All reports"] == "../index.html" and full["Reader's version (code hidden)"] == "../08_middle.html"
    assert full["Next: 09 · Last report →"] == "09_last.html"
    first = [a.get_text(strip=True) for a in _soup(out / "07_first.html").select("header nav a")]
    assert not any(text.startswith("← Previous") for text in first)
    assert reader.find("a", string="the last")["href"] == "09_last.html#Part-two", ".ipynb links are rewritten"


def test_contents_list_the_headings_under_the_title(series):
    out, _ = series
    toc = _soup(out / "08_middle.html").find("nav", class_="toc")
    assert [a.get_text() for a in toc.find_all("a")] == ["Part one", "A detail", "Part two"]
    assert toc.find("ol").find("ol").find("a").get_text() == "A detail", "### nests under its ##"


def test_figures_are_numbered_captioned_sourced_and_described(series):
    out, _ = series
    figures = _soup(out / "08_middle.html").find_all("figure")
    assert len(figures) == 2
    first, second = figures
    assert first.find(class_="figure-number").get_text() == "Figure 1."
    assert first.find(class_="figure-title").get_text() == "Words by article"
    assert first.find(class_="figure-source").get_text() == "Source: The catalog, https://example.org/catalog"
    assert first.find(class_="figure-source").find("a")["href"] == "https://example.org/catalog"
    assert first.img["alt"] == "A tiny test chart of two by two pixels." and first.img["width"] == "1"
    assert second.find(class_="figure-number").get_text() == "Figure 2."
    assert second.find(class_="figure-title").get_text() == "A second chart with no caption metadata."
    assert "08_middle.ipynb" in second.find(class_="figure-source").get_text()
    assert second.img["width"] == "2", "without metadata the PNG's own size"


def test_tables_scroll_in_their_own_box_without_pandas_leftovers(series):
    out, _ = series
    soup = _soup(out / "08_middle.html")
    table_ = soup.find("table")
    box = table_.find_parent(class_="table-box")
    assert box is not None and box["role"] == "region" and box["tabindex"] == "0" and box["aria-label"]
    assert all(th.get_text(strip=True) for th in table_.find_all("th")), "no empty header"
    assert ".dataframe" not in str(soup)
    assert "number" in table_.find("td", string="31,469")["class"]


def test_every_page_states_commit_date_data_and_versions(series):
    import re

    from analysis.report import data_hash

    out, pages = series
    digest, files = data_hash()
    for page in pages:
        footer = _soup(page).find("footer")
        commit = footer.find(attrs={"data-provenance": "commit"}).get_text()
        assert commit == "unknown" or re.fullmatch(r"[0-9a-f]{40}", commit)
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", footer.find(attrs={"data-provenance": "date"}).get_text())
        assert footer.find(attrs={"data-provenance": "data"})["title"] == digest and files > 0
        versions = footer.find(attrs={"data-provenance": "versions"}).get_text()
        assert "pandas " in versions and "matplotlib " in versions


def test_the_data_hash_ignores_the_build_time(tmp_path):
    import json

    from analysis.report import data_hash

    manifest = {"built_at": "2020-01-01T00:00:00", "raw_inputs": {"a.txt": "00"}}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    first = data_hash(tmp_path)
    (tmp_path / "manifest.json").write_text(json.dumps(manifest | {"built_at": "2030-01-01"}), encoding="utf-8")
    assert data_hash(tmp_path) == first and first[1] == 1
    assert data_hash(tmp_path / "missing") == ("unknown", 0)


def test_pages_carry_only_their_own_css_and_no_jupyterlab_theme(series):
    out, pages = series
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "jp-" not in html and "--jp-" not in html
        assert len(html.encode("utf-8")) < 40_000, f"{page.name} weighs {len(html.encode()) // 1000} KB"
    assert ".highlight" in (out / "full" / "08_middle.html").read_text(encoding="utf-8")
    assert ".highlight" not in (out / "08_middle.html").read_text(encoding="utf-8"), "code colours only with code"


def test_index_has_landmarks_and_links_every_report(series):
    out, _ = series
    soup = _soup(out / "index.html")
    assert soup.find("header") and soup.find("main") and soup.find("footer")
    hrefs = {a["href"] for a in soup.find("main").find_all("a")}
    assert {"07_first.html", "full/08_middle.html", "09_last.html"} <= hrefs
