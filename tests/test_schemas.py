"""The schema registry: every table and data file described, checked on load, and the READMEs generated from it."""

from __future__ import annotations

import shutil
import signal
import time

import pandas as pd
import pytest

from analysis import lexicons, paths, schemas, tables
from analysis.errors import InputError


@pytest.fixture(autouse=True)
def no_checked_notes(tmp_path, monkeypatch):
    """Each test starts with no note of lexicons already checked: every file read here is checked in full."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def test_every_data_csv_is_registered_and_every_entry_has_a_file():
    assert schemas.every_data_file() == sorted(schemas.lexicons())


def test_every_lexicon_has_a_purpose_a_source_and_a_meaning_for_each_column():
    for lexicon in schemas.lexicons().values():
        assert lexicon.purpose and lexicon.source, lexicon.file
        assert all(lexicon.meaning(column) for column in lexicon.columns), lexicon.file
        assert set(lexicon.types) <= set(lexicon.columns) and set(lexicon.required) <= set(lexicon.columns)


@pytest.mark.parametrize("name", schemas.every_data_file())
def test_every_lexicon_fits_its_schema(name):
    frame = schemas.read_lexicon(name)
    assert list(frame.columns) == list(schemas.lexicons()[name].columns)


@pytest.mark.parametrize("name", schemas.every_data_file())
def test_no_lexicon_holds_a_row_twice(name):
    """Two rows alike in every column but their source are one entry written twice (branches that each add it merge
    into a repeat): the second is dead weight, and the next edit of one copy leaves the other behind."""
    frame = pd.read_csv(paths.package_data(name), dtype=str, keep_default_na=False)  # its schema: the test above
    columns = [column for column in frame.columns if column != "source"]
    repeated = frame[frame.duplicated(columns, keep="first")]
    assert repeated.empty, f"{name} repeats: {repeated[columns[0]].tolist()}"


def test_the_readmes_are_up_to_date_with_the_registry():
    assert schemas.stale_readmes() == [], "run `python -m analysis docs` and commit the READMEs"


def test_the_processed_readme_documents_every_column_of_every_table():
    readme = paths.package_data("processed_README.md").read_text(encoding="utf-8")
    for table in schemas.tables().values():
        section = readme.split(f"### `{table.file}`", 1)[1].split("###", 1)[0]
        assert all(f"| `{column}` |" in section for column in table.columns), table.name


@pytest.mark.parametrize(("header", "named"), [
    ("phrase,glos,source", "'glos'"),  # a typo
    ("phrase,source", "'gloss'"),  # a column missing
])
def test_a_typo_in_a_lexicon_header_names_the_file_and_the_column(data_copy, header, named):
    rows = (data_copy / "boilerplate.csv").read_text(encoding="utf-8").splitlines()[1:]
    if header == "phrase,source":
        rows = [",".join(row.split(",")[::2]) for row in rows[:1]]
    (data_copy / "boilerplate.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        lexicons.boilerplate_phrases()
    message = str(caught.value)
    assert "boilerplate.csv" in message and named in message and "What to do" in message


@pytest.mark.parametrize(("frame", "named"), [
    (pd.DataFrame({"word": ["عشرة"], "value": ["ten"], "role": ["unit"], "note": [""]}), "'value'"),
    (pd.DataFrame({"word": [""], "value": ["10"], "role": ["unit"], "note": [""]}), "'word'"),
])
def test_a_bad_cell_names_the_column_and_the_line(frame, named):
    with pytest.raises(InputError, match=rf"number_words.csv.*{named} on line 2"):
        schemas.validate(frame, "number_words.csv", "number_words.csv", "fix it")


def test_an_unregistered_data_file_is_refused():
    with pytest.raises(InputError, match="not in the schema registry"):
        schemas.validate(pd.DataFrame(), "unknown.csv", "unknown.csv", "fix it")


def test_the_build_writes_the_registry_columns_in_order(tmp_path):
    from analysis.build import build

    build(paths.RAW, tmp_path / "out")
    for name in schemas.tables():
        header = (tmp_path / "out" / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert tuple(header.split(",")) == schemas.columns(name)
        assert tuple(tables.load(name, tmp_path / "out").columns) == schemas.columns(name)


def test_loading_a_table_with_a_renamed_column_names_the_file_and_the_column(tmp_path):
    from analysis.build import build

    out = tmp_path / "out"
    build(paths.RAW, out)
    events = out / "events.csv"
    events.write_text(events.read_text(encoding="utf-8").replace("event_type", "event_kind", 1), encoding="utf-8")
    with pytest.raises(InputError, match=r"events.csv.*'event_kind'"):
        tables.load("events", out)


def test_a_cell_of_the_wrong_type_is_refused_by_name(tmp_path):
    from analysis.build import build

    out = tmp_path / "out"
    build(paths.RAW, out)
    sentences = out / "sentences.csv"
    lines = sentences.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",", ",x", 1)  # sentence_index "x0"
    sentences.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="sentences.csv"):
        tables.load("sentences", out)


def test_a_lexicon_that_passed_is_not_checked_again_until_it_changes(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(paths.package_data(), data, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(schemas.paths, "package_data", lambda name=None: data if name is None else data / name)
    checked = []
    real = schemas.validate
    monkeypatch.setattr(schemas, "validate", lambda frame, name, *rest: checked.append(name) or real(frame, name, *rest))
    first = schemas.read_lexicon("boilerplate.csv")
    assert checked == ["boilerplate.csv"] and len(list(schemas.checked_folder().iterdir())) == 1
    assert schemas.read_lexicon("boilerplate.csv").equals(first) and checked == ["boilerplate.csv"]
    with open(data / "boilerplate.csv", "a", encoding="utf-8") as handle:
        handle.write("عبارة جديدة,a new phrase,a test\n")  # an edit: checked again
    assert len(schemas.read_lexicon("boilerplate.csv")) == len(first) + 1 and checked == ["boilerplate.csv"] * 2
    with open(data / "boilerplate.csv", "a", encoding="utf-8") as handle:
        handle.write("x,y,z,w\n")  # a cell with an unquoted comma: refused, naming the file
    with pytest.raises(InputError, match=r"boilerplate\.csv: the file cannot be read as UTF-8 CSV.*line \d+, saw 4"):
        schemas.read_lexicon("boilerplate.csv")


def test_ctrl_c_inside_the_csv_parser_is_an_interrupt_not_a_bad_file(data_copy):
    """Ctrl-C that lands while pandas parses a lexicon stays an interrupt (exit 130), never a complaint about a sound
    file. Python's Ctrl-C handler raises KeyboardInterrupt from C, and pandas, when that happens inside a read it
    calls (it read text through a Python wrapper), reported a parser error instead: a third of the interrupts below
    did. The signal lands at 24 moments spread over the read of a lexicon of a megabyte in 500 rows."""
    rows = (data_copy / "boilerplate.csv").read_text(encoding="utf-8").splitlines()
    long_rows = [row.replace(",", " " + "كلمة " * 200 + ",", 1) for row in rows[1:]]  # the phrase made long
    (data_copy / "boilerplate.csv").write_text("\n".join([rows[0], *long_rows * (500 // len(long_rows))]) + "\n",
                                               encoding="utf-8")
    schemas.read_lexicon("boilerplate.csv")  # checked in full once; the reads below parse only
    started = time.perf_counter()
    schemas.read_lexicon("boilerplate.csv")
    took = time.perf_counter() - started
    armed, outcomes = [], []

    def ctrl_c(signum, frame):
        if armed:  # once, and only while a read below is under way
            armed.clear()
            signal.default_int_handler(signum, frame)  # Python's handler of SIGINT, as Ctrl-C calls it

    previous = signal.signal(signal.SIGALRM, ctrl_c)
    try:
        for moment in range(24):
            try:
                armed.append(True)
                signal.setitimer(signal.ITIMER_REAL, took * (moment + 0.5) / 24)
                schemas.read_lexicon("boilerplate.csv")
                armed.clear()
                outcomes.append("read")
            except KeyboardInterrupt:
                outcomes.append("interrupted")
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        armed.clear()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert "interrupted" in outcomes, "no read was interrupted: the signal came too late to test anything"


def test_a_table_as_the_build_checked_it_is_not_checked_again(tmp_path, monkeypatch):
    from analysis.build import build

    out = tmp_path / "out"
    build(paths.RAW, out)
    checked_frame = tables.read_table(out / "sentences.csv", "sentences")
    checked = []
    real = schemas.validate
    monkeypatch.setattr(schemas, "validate", lambda frame, name, *rest: checked.append(name) or real(frame, name, *rest))
    assert tables.load("sentences", out).equals(tables.unescape(checked_frame)) and checked == []
    (out / "manifest.json").unlink()  # no record of what the build checked: checked on load
    tables.load("sentences", out)
    assert checked == ["sentences"]
