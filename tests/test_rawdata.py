"""The raw manifest: written whole, and every difference explained as an edit (refused) or an addition (recorded)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from analysis import rawdata
from analysis.errors import InputError


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    (folder / "articles").mkdir(parents=True)
    (folder / "articles.csv").write_text("article_id,file\na,articles/a.txt\n", encoding="utf-8")
    (folder / "articles" / "a.txt").write_text("نص المقالة.\n", encoding="utf-8")
    rawdata.write(folder)
    return folder


def test_the_manifest_matches_sha256sum_and_names_every_file(raw):
    text = (raw / "SHA256SUMS").read_text(encoding="utf-8")
    assert [line.split("  ", 1)[1] for line in text.splitlines()] == ["articles.csv", "articles/a.txt"]
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=raw, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert rawdata.differences(raw) == []


def test_a_name_with_spaces_and_arabic_letters_is_recorded(raw):
    (raw / "articles" / "زيارة لافروف 2013.txt").write_text("زار لافروف بغداد.\n", encoding="utf-8")
    rawdata.write(raw)
    assert "articles/زيارة لافروف 2013.txt" in rawdata.read(raw)
    assert subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=raw, capture_output=True).returncode == 0


def test_a_name_it_cannot_record_is_refused_and_the_old_manifest_stays(raw):
    before = (raw / "SHA256SUMS").read_bytes()
    (raw / "articles" / "back\\slash.txt").write_text("نص.\n", encoding="utf-8")
    with pytest.raises(InputError, match="backslash"):
        rawdata.write(raw)
    assert (raw / "SHA256SUMS").read_bytes() == before
    assert [p.name for p in raw.iterdir() if p.name.startswith(".")] == [], "no temporary file left"


def test_adding_an_article_without_recording_it_is_explained_as_an_addition(raw):
    (raw / "articles" / "b.txt").write_text("نص آخر.\n", encoding="utf-8")
    (raw / "articles.csv").write_text("article_id,file\na,articles/a.txt\nb,articles/b.txt\n", encoding="utf-8")
    advice = rawdata.advice(raw)
    assert len(advice) == 2
    assert all("make raw-manifest" in sentence for sentence in advice)
    assert any("adding an article" in sentence for sentence in advice)
    assert not any("never edited" in sentence for sentence in advice)


def test_editing_an_article_is_explained_as_an_edit_to_restore(raw):
    (raw / "articles" / "a.txt").write_text("نص معدل.\n", encoding="utf-8")
    [sentence] = rawdata.advice(raw)
    assert "was edited" in sentence and "never edited" in sentence and "git checkout" in sentence


def test_a_removed_file_is_named(raw):
    (raw / "articles" / "a.txt").unlink()
    [difference] = rawdata.differences(raw)
    assert difference == rawdata.Difference("articles/a.txt", "removed")


def test_the_build_command_says_which_of_the_two_the_user_meant(raw, tmp_path):
    (raw / "articles.csv").write_text("article_id,file,headline,kind,language,published,published_note,outlet,"
                                      "original_file\na,articles/a.txt,,news report,ar,,note,,a.txt\n",
                                      encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "analysis", "build", "--raw", str(raw), "--out",
                             str(tmp_path / "out")], capture_output=True, text=True, env={"PYTHONUTF8": "1",
                                                                                          "PATH": "/usr/bin:/bin"})
    assert "articles.csv was edited" in result.stderr and "make raw-manifest" in result.stderr


def test_a_folder_that_keeps_no_manifest_has_nothing_to_report(raw):
    (raw / "SHA256SUMS").unlink()
    (raw / "articles" / "b.txt").write_text("نص آخر.\n", encoding="utf-8")
    assert rawdata.differences(raw) == [] and rawdata.advice(raw) == []
