"""The build: tables with exact spans, written all at once or not at all."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import build as build_module
from analysis import paths, tables
from analysis.build import build
from analysis.catalog import read_catalog
from analysis.errors import InputError, StaleDataError


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed") / "processed"
    build(paths.RAW, out)
    return out


def test_tables_are_written_with_snake_case_columns(built):
    for name in tables.TABLES:
        frame = tables.load(name, built)
        assert len(frame) > 0
        assert all(column == column.lower() and " " not in column for column in frame.columns)
        assert "article_id" in frame.columns
    assert set(tables.load("paragraphs", built).columns) >= {"paragraph_index", "start", "end", "text", "kind"}
    assert set(tables.load("sentences", built).columns) >= {"sentence_index", "paragraph_index", "start", "end",
                                                           "text", "is_boilerplate"}


def test_every_span_gives_back_its_text(built):
    texts = tables.texts(built)
    for name in ("paragraphs", "sentences"):
        frame = tables.load(name, built)
        assert tables.verify_spans(frame, texts) == len(frame)


def test_texts_are_the_raw_articles_decoded(built):
    texts = tables.texts(built)
    for row in tables.load("articles", built).itertuples():
        if "+" not in row.encoding:  # a repaired text is not a plain decoding of its bytes
            assert texts[row.article_id] == (paths.RAW / row.file).read_bytes().decode(row.encoding)
        assert row.n_chars == len(texts[row.article_id])


def test_empty_catalog_cells_stay_empty_strings(built):
    articles = tables.load("articles", built)
    catalog = {entry.article_id: entry for entry in read_catalog(paths.RAW)}
    for row in articles.itertuples():
        assert (row.outlet, row.headline, row.published) == (catalog[row.article_id].outlet,
                                                            catalog[row.article_id].headline,
                                                            catalog[row.article_id].published)
    assert "" in set(articles["outlet"]), "an empty outlet stays an empty string, not NaN"


def test_manifest_records_every_raw_input(built):
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["raw_inputs"]) >= {"articles.csv", "articles/relations_history_1944_2018.txt"}
    assert manifest["package_version"]
    assert tables.check_fresh(paths.RAW, built).startswith("Processed data is up to date")


def test_a_changed_raw_file_makes_processed_data_stale(raw_copy, tmp_path):
    out = tmp_path / "out"
    build(raw_copy, out)
    (raw_copy / "articles" / "relations_history_1944_2018.txt").write_text("نص آخر.", encoding="utf-8")
    with pytest.raises(StaleDataError, match="make data"):
        tables.check_fresh(raw_copy, out)


def test_missing_processed_data_says_what_to_do(tmp_path):
    with pytest.raises(StaleDataError, match="make data"):
        tables.check_fresh(paths.RAW, tmp_path / "nothing")
    with pytest.raises(StaleDataError, match="missing"):
        tables.load("sentences", tmp_path)


def test_a_failed_build_leaves_the_previous_output_exactly_as_it_was(raw_copy, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw_copy, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    real_to_csv = pd.DataFrame.to_csv
    calls = []

    def failing_to_csv(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # the second table: the first is already written
            raise OSError("disk full")
        return real_to_csv(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", failing_to_csv)
    with pytest.raises(OSError, match="disk full"):
        build(raw_copy, out)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []  # no staging left behind


def test_bad_input_fails_before_anything_is_written(raw_copy, tmp_path):
    out = tmp_path / "out"
    (raw_copy / "articles" / "relations_history_1944_2018.txt").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        build(raw_copy, out)
    assert not out.exists()


def test_output_inside_raw_is_refused(raw_copy):
    with pytest.raises(InputError, match="never written"):
        build(raw_copy, raw_copy / "processed")


def test_build_is_repeatable(raw_copy, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    build(raw_copy, first)
    build(raw_copy, second)
    for name in ("articles.csv", "paragraphs.csv", "sentences.csv", "README.md"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_crlf_article_keeps_its_offsets(raw_copy, tmp_path):
    article = raw_copy / "articles" / "relations_history_1944_2018.txt"
    article.write_bytes(article.read_bytes().replace(b"\n", b"\r\n"))
    out = tmp_path / "out"
    build(raw_copy, out)
    texts = tables.texts(out)
    assert "\r\n" in texts["relations_history"]
    tables.verify_spans(tables.load("sentences", out), texts)


def test_processed_readme_documents_every_table():
    readme = build_module.PROCESSED_README.read_text(encoding="utf-8")
    for name in tables.TABLES:
        assert f"`{name}.csv`" in readme
