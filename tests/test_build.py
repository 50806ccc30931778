"""The build: tables with exact spans, written all at once or not at all."""

from __future__ import annotations

import csv
import errno
import json
import os
import threading
import time

import pytest
from filelock import FileLock

from analysis import atomic, outputs
from analysis.cells import FORMULA_STARTS
from analysis import paths, tables
from analysis.atomic import recover, remove_tree
from analysis.build import build
from analysis.outputs import lock_path
from analysis.catalog import read_catalog
from analysis.errors import InputError, OutputError, StaleDataError


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed") / "processed"
    build(paths.RAW, out)
    return out


@pytest.mark.corpus
def test_tables_are_written_with_snake_case_columns(built):
    for name in tables.TABLES:
        frame = tables.load(name, built)
        assert len(frame) > 0
        assert all(column == column.lower() and " " not in column for column in frame.columns)
        assert "article_id" in frame.columns
    assert set(tables.load("paragraphs", built).columns) >= {"paragraph_index", "start", "end", "text", "kind"}
    assert set(tables.load("sentences", built).columns) >= {"sentence_index", "paragraph_index", "start", "end",
                                                           "text", "is_boilerplate"}


@pytest.mark.corpus
def test_every_span_gives_back_its_text(built):
    texts = tables.texts(built)
    for name in ("paragraphs", "sentences"):
        frame = tables.load(name, built)
        assert tables.verify_spans(frame, texts) == len(frame)


@pytest.mark.corpus
def test_texts_are_the_raw_articles_decoded(built):
    texts = tables.texts(built)
    for row in tables.load("articles", built).itertuples():
        if "+" not in row.encoding:  # a repaired text is not a plain decoding of its bytes
            assert texts[row.article_id] == (paths.RAW / row.file).read_bytes().decode(row.encoding)
        assert row.n_chars == len(texts[row.article_id])


@pytest.mark.corpus
def test_empty_catalog_cells_stay_empty_strings(built):
    articles = tables.load("articles", built)
    catalog = {entry.article_id: entry for entry in read_catalog(paths.RAW)}
    for row in articles.itertuples():
        assert (row.outlet, row.headline, row.published) == (catalog[row.article_id].outlet,
                                                            catalog[row.article_id].headline,
                                                            catalog[row.article_id].published)
    assert "" in set(articles["outlet"]), "an empty outlet stays an empty string, not NaN"


@pytest.mark.corpus
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


def test_a_build_too_small_for_a_progress_bar_leaves_no_thread_behind(raw_copy, tmp_path):
    """A second thread would make a later process pool in this process start from a fork server (slower), as in
    a notebook that builds and then publishes."""
    before = set(threading.enumerate())
    build(raw_copy, tmp_path / "out")
    assert set(threading.enumerate()) <= before


def test_missing_processed_data_says_what_to_do(tmp_path):
    with pytest.raises(StaleDataError, match="make data"):
        tables.check_fresh(paths.RAW, tmp_path / "nothing")
    with pytest.raises(StaleDataError, match="missing"):
        tables.load("sentences", tmp_path)


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def leftovers(out):
    """Staging, swapped-out or other temporary folders and files a build left beside *out* (the lock file aside)."""
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.") and p != lock_path(out))


def fail_on_call(monkeypatch, number, error):
    """Make the build's text writer raise *error* on its *number*-th call (the tables are already half-written)."""
    real, calls = outputs.write_text, []

    def failing(path, text):
        calls.append(path)
        if len(calls) == number:
            raise error
        return real(path, text)

    monkeypatch.setattr(outputs, "write_text", failing)


def test_a_full_disk_leaves_the_previous_output_exactly_as_it_was(raw_copy, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw_copy, out)
    before = snapshot(out)
    fail_on_call(monkeypatch, 2, OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x.txt")))
    with pytest.raises(OutputError, match="disk is full") as caught:
        build(raw_copy, out)
    assert "What to do: free some space" in str(caught.value) and "as it was before" in str(caught.value)
    assert snapshot(out) == before
    assert leftovers(out) == []  # no staging left behind


def test_a_failure_while_swapping_in_puts_the_previous_output_back(raw_copy, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw_copy, out)
    before = snapshot(out)
    real_replace, calls = os.replace, []

    def failing_replace(source, target):
        calls.append(target)
        if len(calls) == 2:  # the new folder cannot be moved in: the old one is already moved aside
            raise OSError(errno.EIO, "Input/output error", str(target))
        return real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(OutputError, match="Input/output error"):
        build(raw_copy, out)
    assert snapshot(out) == before
    assert leftovers(out) == []


@pytest.mark.parametrize("folder", ["out", "parent"])
def test_a_read_only_folder_is_refused_and_left_as_it_was(raw_copy, tmp_path, folder):
    out = tmp_path / "data" / "out"
    build(raw_copy, out)
    before = snapshot(out)
    locked = out if folder == "out" else out.parent
    locked.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="read-only") as caught:
            build(raw_copy, out)
        assert str(locked) in str(caught.value) and "chmod -R u+w" in str(caught.value)
    finally:
        locked.chmod(0o755)
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_read_only_leftover_of_a_killed_build_is_removed_at_the_next_start(raw_copy, tmp_path):
    out = tmp_path / "out"
    build(raw_copy, out)
    for name in (".out.old-999", ".out.tmp-abc"):  # as a killed build, or an older version, would leave them
        leftover = tmp_path / name
        (leftover / "texts").mkdir(parents=True)
        (leftover / "texts" / "a.txt").write_text("x", encoding="utf-8")
        (leftover / "texts").chmod(0o555)
        leftover.chmod(0o555)
    build(raw_copy, out)
    assert leftovers(out) == []
    assert tables.check_fresh(raw_copy, out).startswith("Processed data is up to date")


def test_a_build_killed_between_its_two_renames_gets_the_previous_output_back(raw_copy, tmp_path):
    out = tmp_path / "out"
    build(raw_copy, out)
    before = snapshot(out)
    os.replace(out, tmp_path / ".out.old-12345")  # the kill came after the first rename
    recover(out)
    assert snapshot(out) == before and leftovers(out) == []


def test_a_second_build_refuses_while_the_first_holds_the_lock_and_leaves_its_staging_alone(raw_copy, tmp_path):
    out = tmp_path / "out"
    build(raw_copy, out)
    before = snapshot(out)
    first = FileLock(lock_path(out))
    with first:  # the first build is at work: it holds the lock and is writing its staging folder
        staging = tmp_path / ".out.tmp-first"
        (staging / "texts").mkdir(parents=True)
        with pytest.raises(OutputError, match="another build is writing") as caught:
            build(raw_copy, out)
        assert "--wait" in str(caught.value)
        assert staging.is_dir() and (staging / "texts").is_dir(), "the second build must not touch the first's files"
        assert snapshot(out) == before
    remove_tree(staging)


def test_a_second_build_can_wait_for_the_first(raw_copy, tmp_path, capsys):
    out = tmp_path / "out"
    first = FileLock(lock_path(out), thread_local=False)  # released by a timer thread
    first.acquire()
    threading.Timer(0.3, first.release).start()
    started = time.monotonic()
    summary = build(raw_copy, out, wait=30)
    assert time.monotonic() - started >= 0.25
    assert "waiting" in capsys.readouterr().err
    assert summary.rows["articles"] == len(read_catalog(raw_copy)) and tables.check_fresh(raw_copy, out)


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y") انقر هنا', "+1 روسيا", "-سطر يبدأ بشرطة", "@SUM(A1) العراق",
                                  "\tبغداد بعد جدولة", "'اقتباس في البداية"])
def test_formula_cells_are_escaped_on_disk_and_come_back_whole_in_pandas(raw_copy, tmp_path, text):
    article = raw_copy / "articles" / "relations_history_1944_2018.txt"
    article.write_text(f"{text}\nزار وفد روسي بغداد في 9 سبتمبر 2012.\n", encoding="utf-8")
    out = tmp_path / "out"
    build(raw_copy, out)
    texts = tables.texts(out)
    for name in ("paragraphs", "sentences"):
        with open(out / f"{name}.csv", encoding="utf-8", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert not any(cell.startswith(FORMULA_STARTS) for cell in cells), f"{name}.csv has a live cell"
        frame = tables.load(name, out)
        assert text.strip() in frame["text"].tolist()
        assert tables.verify_spans(frame, texts) == len(frame)


def test_a_headline_formula_is_escaped_in_articles_csv(raw_copy, tmp_path):
    catalog = raw_copy / "articles.csv"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace(
        "التقارب الروسي العراقي يثير مخاوف واشنطن", '"=HYPERLINK(""http://x"",""y"")"'), encoding="utf-8")
    (raw_copy / "SHA256SUMS").unlink()  # the catalog was edited: no recorded hashes to hold it to
    out = tmp_path / "out"
    build(raw_copy, out)
    assert "'=HYPERLINK" in (out / "articles.csv").read_text(encoding="utf-8")
    assert '=HYPERLINK("http://x","y")' in tables.load("articles", out)["headline"].tolist()


@pytest.mark.corpus
def test_negative_numbers_stay_numbers(built):
    events = tables.load("events", built)
    assert events["cue_start"].dtype.kind == "i"


def test_a_deleted_or_edited_table_makes_processed_data_stale(raw_copy, tmp_path):
    out = tmp_path / "out"
    build(raw_copy, out)
    (out / "events.csv").unlink()
    with pytest.raises(StaleDataError, match=r"events.csv \(missing\).*\n.*make data"):
        tables.check_fresh(raw_copy, out)
    build(raw_copy, out)
    with open(out / "sentences.csv", "a", encoding="utf-8") as handle:
        handle.write("edited by hand\n")
    with pytest.raises(StaleDataError, match=r"sentences.csv \(changed\)"):
        tables.check_fresh(raw_copy, out)


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
    readme = paths.package_data("processed_README.md").read_text(encoding="utf-8")
    for name in tables.TABLES:
        assert f"`{name}.csv`" in readme


def test_the_catalogs_publication_date_resolves_relative_dates_and_names_the_nisbas_person(raw_copy, tmp_path):
    """An article whose catalog row gives its date: «أمس» becomes that day's eve, and «السوداني» the minister of then."""
    article = raw_copy / "articles" / "caatsa_rapprochement_worries_washington.txt"
    article.write_text("وزارة التجارة\nوأكد السوداني أمس أن الوزارة ستوزع الحصة التموينية كاملة.\n", encoding="utf-8")
    catalog = raw_copy / "articles.csv"
    with open(catalog, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["published"] = "2008-05-20" if row["article_id"] == "caatsa_rapprochement" else row["published"]
    with open(catalog, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    out = tmp_path / "out"
    build(raw_copy, out)
    mentions = tables.load("mentions", out)
    mine = mentions[mentions["article_id"] == "caatsa_rapprochement"]
    values = dict(zip(mine["text"], mine["value"]))
    assert values["أمس"] == "2008-05-19" and values["السوداني"] == "Abdel Falah al-Sudani"
    undated = mentions[(mentions["article_id"] == "relations_history") & (mentions["qualifier"] == "relative")]
    assert undated["value"].eq("").all(), "an article without a date keeps its relative dates unresolved"
