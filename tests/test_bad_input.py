"""Bad input and data integrity: every hostile or odd input is read correctly or refused clearly.

Each fixture of tests/fixtures/inputs goes through the command line twice: `extract` (one file) and `build`
(a catalog holding it). Refusals exit 2, name the file, say what to do, print no traceback and write nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis import paths
from analysis.atomic import recover
from analysis.reading import read_text
from tests.commandline import cli

FIXTURES = paths.ROOT / "tests" / "fixtures" / "inputs"
ARTICLE = {("entity", "Russia"), ("entity", "Baghdad"), ("date", "2012-09-09"), ("amount", 4200000000),
           ("entity", "Government of Iraq")}
READ = {  # fixture → what a careful reader finds in it
    "utf8.txt": ARTICLE, "utf8_bom.txt": ARTICLE, "utf16_bom.txt": ARTICLE, "windows_1256.txt": ARTICLE,
    "iso_8859_6.txt": ARTICLE, "mojibake.txt": ARTICLE, "crlf.txt": ARTICLE, "lone_cr.txt": ARTICLE,
    "html_markup.txt": {("entity", "Vladimir Putin"), ("entity", "Baghdad"), ("date", "2012"), ("amount", 4000000000)},
    "bidi_controls.txt": {("entity", "Russia"), ("entity", "Baghdad"), ("entity", "Iraq"), ("date", "2012")},
    "presentation_forms.txt": {("entity", "Russia"), ("entity", "Iraq"), ("date", "1972")},
    "full_diacritics.txt": {("entity", "Russia"), ("entity", "Baghdad"), ("date", "1972")},
    "tatweel.txt": {("entity", "Russia"), ("entity", "Baghdad"), ("date", "2012")},
    "persian_letters.txt": ARTICLE | {("entity", "Kirkuk")},
    "bidi_override.txt": {("entity", "Russia"), ("entity", "Baghdad"), ("entity", "Government of Iraq"), ("date", "2012")},
    "formula_cells.txt": ARTICLE,
}
REFUSED = {"invalid_utf8.txt": "invalid bytes", "nul_bytes.txt": "binary", "binary.png": "binary",
           "no_letters.txt": "no letters"}
BIDI_WARNED = ("bidi_controls.txt", "bidi_override.txt")
EMPTY = ("empty.txt", "blank.txt")
CATALOG_HEADER = "article_id,file,headline,kind,language,published,published_note,outlet,original_file\n"


def records(result: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def assert_refused(result: subprocess.CompletedProcess, name: str, message: str) -> None:
    assert result.returncode == 2, result.stderr
    assert name in result.stderr and message in result.stderr and "What to do" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_fixture_is_covered():
    assert {p.name for p in FIXTURES.iterdir() if p.name != "README.md"} == set(READ) | set(REFUSED) | set(EMPTY)


@pytest.mark.filterwarnings("ignore::UserWarning")  # legacy encodings, mojibake and markup warn: that is tested apart
@pytest.mark.parametrize("name", sorted(READ))
def test_extract_reads_it_with_a_careful_readers_findings(name):
    result = cli("extract", str(FIXTURES / name))
    assert result.returncode == 0, result.stderr
    found = records(result)
    assert READ[name] <= {(r["kind"], r["value"]) for r in found}
    text = read_text(FIXTURES / name).text
    assert all(text[r["start"]:r["end"]] == r["text"] for r in found)


@pytest.mark.parametrize(("name", "warning"), [("windows_1256.txt", "read as cp1256"), ("iso_8859_6.txt", "read as iso8859-6"),
                                             ("mojibake.txt", "repaired"), ("html_markup.txt", "looks like HTML")])
def test_odd_but_readable_inputs_warn(name, warning):
    result = cli("extract", str(FIXTURES / name))
    assert result.returncode == 0 and warning in result.stderr and name in result.stderr


@pytest.mark.parametrize("name", sorted(set(REFUSED) - {"no_letters.txt"}))
def test_extract_refuses_it_clearly(name):
    result = cli("extract", str(FIXTURES / name))
    assert_refused(result, name, REFUSED[name])
    assert result.stdout == ""


@pytest.mark.parametrize("name", EMPTY)
def test_extract_of_an_empty_text_prints_nothing(name):
    result = cli("extract", str(FIXTURES / name))
    assert (result.returncode, result.stdout) == (0, "")


@pytest.mark.parametrize(("path", "message"), [("missing.txt", "does not exist"), (".", "folder")])
def test_extract_refuses_a_missing_file_or_a_folder(tmp_path, path, message):
    result = cli("extract", str(tmp_path / path))
    assert_refused(result, str(tmp_path / path).rstrip("/."), message)


def one_article_raw(tmp_path: Path, name: str) -> Path:
    raw = tmp_path / "raw"
    (raw / "articles").mkdir(parents=True)
    shutil.copy(FIXTURES / name, raw / "articles" / name)
    (raw / "articles.csv").write_text(CATALOG_HEADER + f"fixture,articles/{name},,news report,ar,,,,{name}\n",
                                      encoding="utf-8")
    return raw


@pytest.fixture(scope="module")
def real_build(tmp_path_factory) -> Path:
    """The real data built once for the module: every test that needs a previous build gets a copy of it."""
    out = tmp_path_factory.mktemp("real") / "processed"
    assert cli("build", "--raw", str(paths.RAW), "--out", str(out)).returncode == 0
    return out


@pytest.fixture
def previous_build(tmp_path, real_build):
    """A processed folder from the real data, to check that a refused build leaves it exactly as it was."""
    out = tmp_path / "processed"
    shutil.copytree(real_build, out)
    return out, {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def unchanged(out: Path, before: dict) -> bool:
    return {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("name", sorted(READ))
def test_build_reads_it_and_every_span_holds(tmp_path, name):
    out = tmp_path / "out"
    result = cli("build", "--raw", str(one_article_raw(tmp_path, name)), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert ("bidi embedding, override or isolate" in result.stderr) == (name in BIDI_WARNED), result.stderr
    from analysis import tables

    texts = tables.texts(out)
    for table in ("sentences", "mentions", "events"):
        tables.verify_spans(tables.load(table, out), texts)
    found = {(row.kind, row.value) for row in tables.load("mentions", out).itertuples()}
    assert {(kind, str(value)) for kind, value in READ[name]} <= found


@pytest.mark.parametrize("name", sorted(REFUSED) + list(EMPTY))
def test_build_refuses_it_and_keeps_the_previous_output(tmp_path, previous_build, name):
    out, before = previous_build
    result = cli("build", "--raw", str(one_article_raw(tmp_path, name)), "--out", str(out))
    assert_refused(result, name, REFUSED.get(name, "empty"))
    assert unchanged(out, before)


def test_bidi_controls_are_counted_and_kept_out_of_the_match_key(tmp_path):
    from analysis import tables

    out = tmp_path / "out"
    assert cli("build", "--raw", str(one_article_raw(tmp_path, "bidi_override.txt")), "--out", str(out)).returncode == 0
    assert tables.load("articles", out)["n_bidi_controls"].tolist() == [2]
    russia = tables.load("entities", out).query("value == 'Russia'")
    assert russia["text"].tolist() == ["روسيا"]  # the override is left out of the quote and of the key


def test_formula_cells_are_escaped_in_every_table(tmp_path):
    import csv

    out = tmp_path / "out"
    assert cli("build", "--raw", str(one_article_raw(tmp_path, "formula_cells.txt")), "--out", str(out)).returncode == 0
    for table in ("articles", "paragraphs", "sentences", "mentions", "events"):
        with open(out / f"{table}.csv", encoding="utf-8", newline="") as handle:
            live = [cell for row in csv.reader(handle) for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert live == [], f"{table}.csv"
    from analysis import tables

    assert '=HYPERLINK("http://example.com","روسيا")' in tables.load("paragraphs", out)["text"].tolist()


OUTSIDE = [  # a catalog path → what the refusal says
    ("../../../../../../../../etc/passwd", "climbs out of data/raw"),
    ("articles/../../outside.txt", "climbs out of data/raw"),
    ("/etc/passwd", "absolute path"),
    ("~/outside.txt", "absolute path"),
]


@pytest.mark.parametrize(("file", "message"), OUTSIDE)
def test_build_refuses_a_catalog_path_that_leaves_data_raw(tmp_path, previous_build, file, message):
    out, before = previous_build
    raw = one_article_raw(tmp_path, "utf8.txt")
    (tmp_path / "outside.txt").write_text("سر من خارج المشروع.", encoding="utf-8")
    (raw / "articles.csv").write_text(CATALOG_HEADER + f"fixture,articles/utf8.txt,,news report,ar,,,,x\n"
                                                       f"leak,{file},,news report,ar,,,,y\n", encoding="utf-8")
    result = cli("build", "--raw", str(raw), "--out", str(out))
    assert_refused(result, "articles.csv", message)
    assert "line 3" in result.stderr and "'leak'" in result.stderr
    assert unchanged(out, before)


@pytest.mark.parametrize("where", ["file", "folder", "unlisted"])
def test_build_refuses_a_symlink_in_data_raw(tmp_path, previous_build, where):
    out, before = previous_build
    raw = one_article_raw(tmp_path, "utf8.txt")
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "utf8.txt").write_text("سر من خارج المشروع: روسيا.", encoding="utf-8")
    if where == "file":  # the catalogued article itself is a link to a file outside
        (raw / "articles" / "utf8.txt").unlink()
        (raw / "articles" / "utf8.txt").symlink_to(secret / "utf8.txt")
        expected = "utf8.txt is a symbolic link"
    elif where == "folder":  # a folder on the article's path is a link
        shutil.rmtree(raw / "articles")
        (raw / "articles").symlink_to(secret)
        expected = "articles is a symbolic link"
    else:  # a link that no catalog row names
        (raw / "passwd").symlink_to("/etc/passwd")
        expected = "passwd: this is a symbolic link"
    result = cli("build", "--raw", str(raw), "--out", str(out))
    assert_refused(result, expected, "symbolic link")
    assert "سر" not in result.stderr + result.stdout
    assert unchanged(out, before)


def test_build_refuses_an_input_that_sha256sums_does_not_record(tmp_path):
    raw = one_article_raw(tmp_path, "utf8.txt")
    (raw / "SHA256SUMS").write_text("0" * 64 + "  articles.csv\n", encoding="utf-8")
    result = cli("build", "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert_refused(result, "articles/utf8.txt", "not recorded in data/raw/SHA256SUMS")
    assert "make raw-manifest" in result.stderr


def test_the_manifest_covers_exactly_the_inputs_read(tmp_path):
    """Every file the build reads is a regular file inside data/raw, recorded in SHA256SUMS and manifest.json."""
    import json

    from analysis.catalog import read_catalog

    out = tmp_path / "out"
    assert cli("build", "--raw", str(paths.RAW), "--out", str(out)).returncode == 0
    read = {"articles.csv", *(entry.file for entry in read_catalog(paths.RAW))}
    recorded = {line.split("  ", 1)[1] for line in paths.RAW_MANIFEST.read_text(encoding="utf-8").splitlines()}
    built = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["raw_inputs"]
    assert read <= recorded and read <= set(built)
    assert set(built) - {"SHA256SUMS"} == recorded
    assert not any((paths.RAW / name).is_symlink() for name in built)


@pytest.mark.parametrize(("rows", "message"), [
    ("a,articles/utf8.txt,,news report,ar,,,,x\nb,articles/gone.txt,,news report,ar,,,,y\n", "is not in"),
    ("a,articles/utf8.txt,,news report,ar,,,,x\na,articles/utf8.txt,,news report,ar,,,,y\n", "used twice"),
])
def test_build_refuses_a_broken_catalog(tmp_path, previous_build, rows, message):
    out, before = previous_build
    raw = one_article_raw(tmp_path, "utf8.txt")
    (raw / "articles.csv").write_text(CATALOG_HEADER + rows, encoding="utf-8")
    assert_refused(cli("build", "--raw", str(raw), "--out", str(out)), "articles.csv", message)
    assert unchanged(out, before)


def test_build_refuses_a_malformed_reference_file_by_name(tmp_path):
    from analysis.topics import reference
    from analysis.errors import InputError

    raw = tmp_path / "raw"
    shutil.copytree(paths.RAW / "external", raw / "external")
    (raw / "external" / "context_events.csv").write_text("date;event\n2012;x\n", encoding="utf-8")
    with pytest.raises(InputError, match="context_events.csv.*column 'date' is missing"):
        reference.load("context_events.csv", raw)


@pytest.mark.slow
def test_a_multi_megabyte_single_line(tmp_path):
    line = ("زار بوتين بغداد عام 2012 ووقع صفقة بقيمة 4.2 مليار دولار، " * 12_000).encode("utf-8")
    assert len(line) > 1_000_000 and b"\n" not in line
    path = tmp_path / "one_line.txt"
    path.write_bytes(line)
    result = cli("extract", str(path))
    assert result.returncode == 0, result.stderr
    found = records(result)
    assert sum(1 for r in found if r["kind"] == "amount") == 12_000


@pytest.mark.slow
def test_a_large_file_builds(tmp_path):
    article = (FIXTURES / "utf8.txt").read_text(encoding="utf-8")
    raw = one_article_raw(tmp_path, "utf8.txt")
    (raw / "articles" / "utf8.txt").write_text(article * 1_000, encoding="utf-8")  # a quarter of a MB, 25 articles' worth
    assert (raw / "articles" / "utf8.txt").stat().st_size > 200_000
    result = cli("build", "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "2000 sentences" in result.stdout


@pytest.mark.slow
def test_an_interrupted_build_leaves_the_previous_data_intact(tmp_path):
    """Kill a build midway, as a user's Ctrl-C or a crash would: the old output survives, or the new one whole."""
    raw = one_article_raw(tmp_path, "utf8.txt")
    out = tmp_path / "processed"
    assert cli("build", "--raw", str(raw), "--out", str(out)).returncode == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    article = raw / "articles" / "utf8.txt"
    # A quarter of a megabyte: the build writes its tables for most of a second, long enough to be killed in it.
    article.write_text(article.read_text(encoding="utf-8") * 1_000, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "analysis", "build", "--raw", str(raw), "--out", str(out)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, PYTHONUTF8="1"))
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if any(tmp_path.glob(".processed.tmp-*/*.csv")):  # it is writing the new tables
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    process.wait()
    recover(out)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    manifest = json.loads(after[Path("manifest.json")])
    finished = manifest["raw_inputs"]["articles/utf8.txt"] != json.loads(before[Path("manifest.json")])[
        "raw_inputs"]["articles/utf8.txt"]
    assert after == before or (finished and Path("sentences.csv") in after), "never a half-written folder"
    assert [p.name for p in tmp_path.glob(".processed.*")] == [".processed.lock"], "no staging folder left behind"
    assert cli("build", "--raw", str(raw), "--out", str(out)).returncode == 0
