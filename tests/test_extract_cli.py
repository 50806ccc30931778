"""The stable command-line contract: `python -m analysis extract FILE` prints JSON lines."""

from __future__ import annotations

import json
import subprocess

import pytest

from analysis import paths
from tests.commandline import cli

REQUIRED = {"kind", "text", "start", "end", "value"}


def program(*args) -> subprocess.CompletedProcess:
    """The program itself, started on its own (the other cases run the same command in-process)."""
    return cli("extract", *args, env={})


def decoded(path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16", "cp1256"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("undecodable fixture")


@pytest.mark.parametrize("name", ["relations_history_1944_2018.txt", "caatsa_rapprochement_worries_washington.txt"])
def test_every_line_is_a_record_whose_span_quotes_the_file(name):
    path = paths.RAW_ARTICLES / name
    result = cli("extract", path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    text = decoded(path)
    for record in records:
        assert REQUIRED <= set(record)
        assert text[record["start"]:record["end"]] == record["text"]
        assert record["kind"] in {"date", "period", "amount", "percent", "quantity", "entity"}


@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""),
                                               ("cp1256", b"")])
def test_offsets_index_the_decoded_text_whatever_the_encoding(tmp_path, encoding, bom):
    text = "وقّعت روسيا والعراق صفقة بقيمة 4.2 مليار دولار\r\nفي 9 تشرين الأول 2012 بنسبة 15%."
    path = tmp_path / "article.txt"
    path.write_bytes(bom + text.encode(encoding))
    result = cli("extract", path)
    assert result.returncode == 0, result.stderr
    assert ("read as cp1256" in result.stderr) == (encoding == "cp1256"), "a legacy encoding is read, and said"
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_kind = {r["kind"]: r for r in records}
    assert by_kind["amount"]["value"] == 4200000000 and by_kind["amount"]["unit"] == "USD"
    assert by_kind["date"]["value"] == "2012-10-09" and by_kind["date"]["granularity"] == "day"
    assert by_kind["percent"]["value"] == 15
    for record in records:
        assert text[record["start"]:record["end"]] == record["text"]


def test_unreadable_input_exits_non_zero_with_a_message(tmp_path):
    path = tmp_path / "binary.bin"
    path.write_bytes(b"\x00\x01\x02binary")
    result = program(path)  # the program itself: its exit status and its stderr
    assert result.returncode == 2
    assert "binary.bin" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_empty_file_prints_nothing(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = cli("extract", path)
    assert (result.returncode, result.stdout) == (0, "")


def test_published_resolves_relative_dates(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("قال الوزير أمس إن العقد سيوقع العام المقبل.", encoding="utf-8")
    plain = [json.loads(line) for line in cli("extract", path).stdout.splitlines()]
    assert [(r["text"], r.get("value")) for r in plain if r["kind"] == "date"] == [("أمس", None), ("العام المقبل", None)]
    result = cli("extract", path, "--published", "2019-06-05")
    dated = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["value"]) for r in dated if r["kind"] == "date"] == [("أمس", "2019-06-04"),
                                                                               ("العام المقبل", "2020")]


def test_the_program_prints_what_the_command_prints():
    """The tests above run the command in-process; the program started on its own prints the same lines."""
    path = paths.RAW_ARTICLES / "caatsa_rapprochement_worries_washington.txt"
    result = program(path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == cli("extract", path).stdout != ""
