"""The article catalog: the real one is valid; broken ones are refused with the line and what to do."""

from __future__ import annotations

import csv

import pytest

from analysis import paths
from analysis.catalog import COLUMNS, read_catalog
from analysis.errors import InputError
from analysis.reading import read_text

SEEDS = ("000_64084ab58cd872a4.txt", "004_8d57f7b89ee9dd93.txt")  # the two articles as received


@pytest.mark.corpus
def test_the_real_catalog():
    with open(paths.CATALOG, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    entries = read_catalog(paths.RAW)
    assert [e.article_id for e in entries] == [row["article_id"] for row in rows]
    assert {e.kind for e in entries} <= {"historical analysis", "news report"}
    assert {e.language for e in entries} == {"ar"}


@pytest.mark.corpus
def test_headlines_are_quoted_exactly_and_unknowns_are_left_empty():
    for entry in read_catalog(paths.RAW):
        text = read_text(paths.RAW / entry.file).text
        if entry.headline:
            assert text.startswith(entry.headline), f"{entry.article_id}: headline is not the text's first line"
        if not entry.published:
            assert entry.published_note, f"{entry.article_id}: an empty date needs a note of what the text implies"
        if entry.original_file in SEEDS:
            assert entry.outlet == "", "neither seed text names its outlet: the catalog must not guess one"


def _rewrite(raw, edit):
    catalog = raw / "articles.csv"
    catalog.write_text(edit(catalog.read_text(encoding="utf-8")), encoding="utf-8")


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace("caatsa_rapprochement,", "relations_history,"), "used twice"),
    (lambda t: t.replace("articles/relations_history_1944_2018.txt", "articles/gone.txt"), "is not in"),
    (lambda t: t.replace("news report", "opinion"), "kind 'opinion'"),
    (lambda t: t.replace("relations_history,", "Relations History,"), "lower-case"),
    (lambda t: t.replace(",outlet,", ",source,"), "lacks the column"),
    (lambda t: t.splitlines()[0] + "\n", "lists no article"),
])
def test_broken_catalogs_are_refused(raw_copy, edit, message):
    _rewrite(raw_copy, edit)
    with pytest.raises(InputError, match=message) as caught:
        read_catalog(raw_copy)
    assert "articles.csv" in str(caught.value)


def test_published_must_be_iso(raw_copy):
    _rewrite(raw_copy, lambda t: t.replace("historical analysis,ar,,", "historical analysis,ar,22/11/2018,"))
    with pytest.raises(InputError, match="not an ISO date"):
        read_catalog(raw_copy)


def test_columns_are_documented():
    readme = (paths.RAW / "README.md").read_text(encoding="utf-8")
    for column in COLUMNS:
        assert f"`{column}`" in readme


@pytest.mark.parametrize(("file", "message"), [
    ("../../../../../../etc/passwd", "climbs out of data/raw"),
    ("articles/../../raw/articles/relations_history_1944_2018.txt", "climbs out of data/raw"),
    ("/etc/passwd", "absolute path"),
    ("C:\\Windows\\win.ini", "absolute path"),
    ("", "it is empty"),
])
def test_a_path_outside_data_raw_is_refused_naming_the_row(raw_copy, file, message):
    _rewrite(raw_copy, lambda t: t.replace("articles/relations_history_1944_2018.txt", file))
    with pytest.raises(InputError, match=message) as caught:
        read_catalog(raw_copy)
    assert "line 2" in str(caught.value) and "'relations_history'" in str(caught.value)
    assert "What to do" in str(caught.value)


def test_a_symlinked_article_is_refused_naming_the_link(raw_copy, tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("نص من خارج المشروع.", encoding="utf-8")
    link = raw_copy / "articles" / "relations_history_1944_2018.txt"
    link.unlink()
    link.symlink_to(target)
    with pytest.raises(InputError, match="is a symbolic link") as caught:
        read_catalog(raw_copy)
    assert "relations_history_1944_2018.txt" in str(caught.value) and "line 2" in str(caught.value)


def test_a_symlinked_catalog_is_refused(raw_copy, tmp_path):
    target = tmp_path / "catalog.csv"
    (raw_copy / "articles.csv").rename(target)
    (raw_copy / "articles.csv").symlink_to(target)
    with pytest.raises(InputError, match="symbolic link"):
        read_catalog(raw_copy)
