"""Readers' tables: whole text, words for headers, no index, formatted numbers, links, Arabic right to left."""

from __future__ import annotations

import pandas as pd
from bs4 import BeautifulSoup

from analysis import display

LONG_QUOTE = "ورفض المتحدث باسم الخارجية الأميركية التعليق على إمكانية اتخاذ خطوات عقابية تجاه بغداد " * 4


def frame() -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["relations_history", "caatsa_rapprochement"], "n_words": [31469, 598],
                         "share": [0.5, 2.284], "text": [LONG_QUOTE, "<script>alert(1)</script>"],
                         "source_url": ["https://example.org/a?b=1&c=2", None], "year": [1958, 2003]},
                        index=[7, 9])


def soup(table: display.Table) -> BeautifulSoup:
    return BeautifulSoup(table._repr_html_(), "html.parser")


def test_cells_keep_their_whole_text_and_markup_stays_text():
    page = soup(display.table(frame()))
    cells = [td.get_text() for td in page.find_all("td")]
    assert LONG_QUOTE in cells
    assert "<script>alert(1)</script>" in cells and page.find("script") is None


def test_headers_are_words_and_there_is_no_index():
    page = soup(display.table(frame(), labels={"share": "Share of words (%)"}))
    assert [th.get_text() for th in page.find_all("th")] == ["Article", "Words", "Share of words (%)", "Text",
                                                            "Source", "Year"]
    assert len(page.find("tr").find_all(["th", "td"])) == 6 and "9" not in [td.get_text() for td in page.find_all("td")]


def test_columns_pick_and_order():
    page = soup(display.table(frame(), ["year", "article_id"]))
    assert [th.get_text() for th in page.find_all("th")] == ["Year", "Article"]


def test_numbers_are_formatted_for_readers():
    cells = [td.get_text() for td in soup(display.table(frame())).find_all("td")]
    assert "31,469" in cells and "598" in cells and "1958" in cells, "thousands from 10,000; years stay plain"
    assert "0.50" in cells and "2.28" in cells, "one number of decimals per column"
    assert "—" in cells, "a missing value is a dash"


def test_addresses_are_links_and_arabic_cells_are_right_to_left():
    page = soup(display.table(frame()))
    link = page.find("a")
    assert link["href"] == "https://example.org/a?b=1&c=2" and link.get_text() == link["href"]
    arabic = page.find("td", string=LONG_QUOTE)
    assert "rtl" in arabic["class"]
    assert "number" in page.find("td", string="31,469")["class"]


def test_long_tables_scroll_in_their_own_labelled_box():
    page = soup(display.table(frame(), caption="Quotes", max_height="20rem"))
    box = page.find("div", class_="table-box")
    assert box["role"] == "region" and box["tabindex"] == "0" and box["aria-label"] == "Quotes"
    assert "max-height: 20rem" in box["style"] and "overflow: auto" in box["style"]
    assert page.find("caption").get_text() == "Quotes"


def test_output_is_deterministic_and_distinct_tables_get_distinct_ids():
    first, again = display.table(frame()), display.table(frame())
    assert first.html == again.html and repr(first) == repr(again)
    other = display.table(frame().head(1))
    assert soup(first).find("table")["id"] != soup(other).find("table")["id"]


def test_plain_text_for_terminals():
    text = repr(display.table(frame(), ["article_id", "n_words"]))
    assert text.splitlines()[0].split() == ["Article", "Words"] and "relations_history" in text


def test_a_long_table_shows_its_first_rows_and_says_how_many_are_left_out():
    long = pd.DataFrame({"article_id": [f"a{i:03d}" for i in range(130)], "n_words": range(130)})
    page = soup(display.table(long, max_rows=50, full="data/processed/articles.csv"))
    rows = page.find("table").find("tbody").find_all("tr")
    assert [r.find("td").get_text() for r in rows] == [f"a{i:03d}" for i in range(50)]
    note = page.find("p", class_="table-note").get_text()
    assert "50 of 130 rows" in note and "80 left out" in note and "data/processed/articles.csv" in note
    assert "80 left out" in repr(display.table(long, max_rows=50))


def test_a_table_within_the_cap_has_no_note():
    short = pd.DataFrame({"article_id": ["a", "b"], "n_words": [1, 2]})
    assert display.table(short, max_rows=2).html == display.table(short).html
    assert "table-note" not in display.table(short, max_rows=2).html
