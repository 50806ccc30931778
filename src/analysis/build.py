"""Build ``data/processed/`` from ``data/raw/``, all or nothing.

Every table is written into a fresh temporary folder beside the output
folder, which is then swapped in; a failure at any point (bad input, a full
disk, a read-only folder, Ctrl-C, a killed process) leaves the previous
``data/processed/`` exactly as it was, and the next build removes whatever an
interrupted one left. One build at a time: a lock file beside the output
(``data/.processed.lock``) makes a second build wait or refuse. ``data/raw/``
is only read, and only inside it: catalog paths that leave it and symbolic
links are refused.

Articles stream through one at a time: each is read, segmented and extracted,
its rows appended to the tables and its text written, before the next is read,
so memory does not grow with the number of articles.

Tables (UTF-8 CSV, snake_case columns; every row carries ``article_id`` and,
where it quotes the text, ``start``/``end``/``text``):

- ``articles.csv``: the catalog plus encoding, hash and counts;
- ``paragraphs.csv``: one row per non-blank line, with its ``kind``;
- ``sentences.csv``: one row per sentence, flagged when boilerplate;
- ``mentions.csv``: every extracted date, period, amount, percentage,
  quantity and entity (see :mod:`analysis.extract`);
- ``events.csv``: one row per dated statement, with its event type and entities;
- ``amounts.csv`` and ``entities.csv``: the money amounts and the entity mentions;
- ``texts/<article_id>.txt``: the decoded text all offsets index;
- ``manifest.json``: the hash of every raw input and of every output, the package version and the build time.

Text cells that a spreadsheet would run as a formula (starting with ``=``
``+`` ``-`` ``@``, a tab or a carriage return) are written with a leading
apostrophe, as OWASP advises against CSV injection; :func:`analysis.tables.load`
takes it off again (see :func:`escape_cell`).
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import dataclasses
import datetime as dt
import errno
import json
import os
import re
import shutil
import signal
import stat
import sys
import tempfile
import threading
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pandas as pd
from filelock import FileLock, Timeout

from . import __version__
from .catalog import CatalogEntry, read_catalog
from .charsets import BIDI_FORMATTING
from .errors import InputError, OutputError
from .extract import Mention, extract_key
from .extract.events import clause_span, event_type, find_cues
from .normalize import MatchKey, match_key
from .progress import progress
from .reading import RawText, raw_files, read_text, sha256_file
from .segment import Paragraph, Segmentation, Sentence, segment
from .words import count_words

PROCESSED_README = Path(__file__).resolve().parent / "data" / "processed_README.md"

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP, "CSV Injection"
ESCAPE = "'"  # the prefix that makes a spreadsheet read a cell as text

_LETTER = re.compile(r"[^\W\d_]")
_BIDI = re.compile(f"[{BIDI_FORMATTING}]")


class BidiControlWarning(UserWarning):
    """An article holds bidi embeddings, overrides or isolates, which change how its text looks on screen."""


@dataclass(frozen=True)
class Article:
    """A catalogued article with its decoded text, segmentation and extracted mentions."""

    entry: CatalogEntry
    raw: RawText
    segmentation: Segmentation
    mentions: tuple[Mention, ...]
    events: tuple[dict, ...]


@dataclass(frozen=True)
class BuildSummary:
    """What a build wrote: the number of rows of every table, of words, and the first rows of ``articles``.

    Only the first :data:`SUMMARY_ARTICLES` articles are kept, so memory does not grow with the corpus.
    """

    rows: dict[str, int]
    words: int
    first_articles: pd.DataFrame


SUMMARY_ARTICLES = 20


TABLE_NAMES = ("articles", "paragraphs", "sentences", "mentions", "events", "amounts", "entities")
ARTICLE_COLUMNS = (*(f.name for f in dataclasses.fields(CatalogEntry)), "encoding", "sha256", "text_file", "n_chars",
                   "n_paragraphs", "n_sentences", "n_words", "n_bidi_controls")
PARAGRAPH_COLUMNS = tuple(f.name for f in dataclasses.fields(Paragraph))
SENTENCE_COLUMNS = tuple(f.name for f in dataclasses.fields(Sentence))
MENTION_COLUMNS = ("article_id", "mention_index", "sentence_index", "kind", "start", "end", "text", "value", "unit",
                   "granularity", "type", "hedge", "hedge_type", "qualifier", "calendar", "original", "demonym",
                   "metonym_for", "found_by")
EVENT_COLUMNS = ("article_id", "event_index", "sentence_index", "start", "end", "text", "event_type", "cue",
                 "cue_start", "cue_end", "date_kind", "date_value", "date_first", "date_last", "granularity",
                 "qualifier", "date_start", "date_end", "date_text", "entities")
AMOUNT_COLUMNS = ("article_id", "mention_index", "sentence_index", "start", "end", "text", "value", "unit", "hedge",
                  "hedge_type", "qualifier")
ENTITY_COLUMNS = ("article_id", "mention_index", "sentence_index", "start", "end", "text", "value", "type",
                  "demonym", "metonym_for", "found_by")
COLUMNS = dict(zip(TABLE_NAMES, (ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, SENTENCE_COLUMNS, MENTION_COLUMNS,
                                 EVENT_COLUMNS, AMOUNT_COLUMNS, ENTITY_COLUMNS)))


def _bounds(value: str) -> tuple[str, str]:
    first, _, last = str(value).partition("/")
    return first, last or first


def dated_statements(article_id: str, text: str, segmentation: Segmentation,
                     mentions: tuple[Mention, ...], key: MatchKey | None = None) -> tuple[dict, ...]:
    """Return one row per date or period: its clause, event type, cue and the sentence's entities.

    *key* is the text's match key, when the caller already has it.
    """
    cues = find_cues(key or match_key(text))
    cue_starts = [c.start for c in cues]
    names_by_sentence: dict[int, dict[str, None]] = {}
    for item in mentions:
        if item.kind == "entity" and (holder := segmentation.sentence_at(item.start)) is not None:
            names_by_sentence.setdefault(holder.sentence_index, {})[item.value] = None
    rows = []
    for date in (m for m in mentions if m.kind in ("date", "period")):
        sentence = segmentation.sentence_at(date.start)
        bounds = (sentence.start, sentence.end) if sentence else (0, len(text))
        start, end = clause_span(text, date.start, date.end, *bounds)
        nearby = cues[bisect.bisect_left(cue_starts, bounds[0]):bisect.bisect_left(cue_starts, bounds[1])]
        cue = event_type(date, nearby, (start, end), bounds)
        names = names_by_sentence.get(sentence.sentence_index, {}) if sentence else {}
        first, last = _bounds(date.value)
        rows.append({
            "article_id": article_id, "event_index": len(rows),
            "sentence_index": sentence.sentence_index if sentence else -1,
            "start": start, "end": end, "text": text[start:end],
            "event_type": cue.event_type if cue else "other", "cue": cue.text if cue else "",
            "cue_start": cue.start if cue else -1, "cue_end": cue.end if cue else -1,
            "date_kind": date.kind, "date_value": date.value, "date_first": first, "date_last": last,
            "granularity": date.granularity or "", "qualifier": date.qualifier or "",
            "date_start": date.start, "date_end": date.end, "date_text": date.text,
            "entities": "; ".join(names),
        })
    return tuple(rows)


# --- reading one article -----------------------------------------------------

def check_text(raw: RawText) -> None:
    """Refuse an article with no letters; warn about bidi formatting characters in it."""
    if not raw.text.strip():
        raise InputError(raw.path, "the article is empty (or only white space).",
                         "put the article's text in the file, or remove its row from data/raw/articles.csv.")
    if not _LETTER.search(raw.text):
        raise InputError(raw.path, "the article has no letters (only digits, punctuation, diacritics or other marks), "
                                   "so there is nothing to read in it.",
                         "check that the file holds the article's text, or remove its row from data/raw/articles.csv.")
    controls = len(_BIDI.findall(raw.text))
    if controls:
        warnings.warn(f"{raw.path}: {controls} bidi embedding, override or isolate character(s) (U+202A–U+202E, "
                      "U+2066–U+2069) change how the text looks on screen. They are kept in the text and its spans, "
                      "left out of the match key, and counted in articles.csv (n_bidi_controls).",
                      BidiControlWarning, stacklevel=2)


def load_article(entry: CatalogEntry, raw_dir: Path) -> Article:
    """Read, check, segment and extract one catalogued article (a symbolic link is refused)."""
    raw = read_text(raw_dir / entry.file, follow_links=False)
    check_text(raw)
    segmentation = segment(raw.text, entry.article_id)
    key = match_key(raw.text)
    mentions = tuple(extract_key(key))
    events = dated_statements(entry.article_id, raw.text, segmentation, mentions, key)
    return Article(entry, raw, segmentation, mentions, events)


# --- one article's rows ------------------------------------------------------

def article_row(article: Article) -> dict:
    """Return the ``articles.csv`` row of an article."""
    return dataclasses.asdict(article.entry) | {
        "encoding": article.raw.encoding,
        "sha256": article.raw.sha256,
        "text_file": f"texts/{article.entry.article_id}.txt",
        "n_chars": len(article.raw.text),
        "n_paragraphs": len(article.segmentation.paragraphs),
        "n_sentences": len(article.segmentation.sentences),
        "n_words": count_words(article.raw.text),
        "n_bidi_controls": len(_BIDI.findall(article.raw.text)),
    }


def _mention_row(article: Article, index: int, item: Mention) -> dict:
    sentence = article.segmentation.sentence_at(item.start)
    row = dataclasses.asdict(item)
    row["demonym"] = bool(item.demonym)
    return {"article_id": article.entry.article_id, "mention_index": index,
            "sentence_index": sentence.sentence_index if sentence else -1} | row


def article_rows(article: Article) -> dict[str, Iterable[dict]]:
    """Return every table's rows for one article, by table name, each made as it is written.

    A row is a dict only while it is written, so a very long article never holds all its rows at once.
    """
    def mentions(kind: str | None = None) -> Iterator[dict]:
        return (_mention_row(article, i, m) for i, m in enumerate(article.mentions) if kind in (None, m.kind))

    return {
        "articles": [article_row(article)],
        "paragraphs": (dataclasses.asdict(p) for p in article.segmentation.paragraphs),
        "sentences": (dataclasses.asdict(s) for s in article.segmentation.sentences),
        "mentions": mentions(),
        "events": iter(article.events),
        "amounts": mentions("amount"),
        "entities": mentions("entity"),
    }


def escape_cell(value):
    """Return *value* as a CSV cell that a spreadsheet shows as text, never runs as a formula.

    Text starting with ``=`` ``+`` ``-`` ``@``, a tab or a carriage return gets a leading apostrophe
    (OWASP, "CSV Injection"); so does text that already starts with one, so that
    :func:`analysis.tables.unescape_cell` gives every cell back exactly. Numbers, booleans and None
    are left alone (a negative number is not a formula).

    >>> escape_cell('=HYPERLINK("http://x","y")'), escape_cell("-5"), escape_cell(-5), escape_cell("روسيا")
    ('\\'=HYPERLINK("http://x","y")', "'-5", -5, 'روسيا')
    """
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, ESCAPE)):
        return ESCAPE + value
    return value


def _cell(value):
    return "" if value is None else escape_cell(value)


class _TableFiles(contextlib.AbstractContextManager):
    """The seven CSV files of a build, open for appending rows as articles stream through."""

    def __init__(self, folder: Path) -> None:
        self._stack = contextlib.ExitStack()
        self._writers = {}
        self.rows = dict.fromkeys(TABLE_NAMES, 0)
        for name in TABLE_NAMES:
            handle = self._stack.enter_context(open(folder / f"{name}.csv", "w", encoding="utf-8", newline=""))
            self._writers[name] = csv.writer(handle, lineterminator="\n")
            self._writers[name].writerow(COLUMNS[name])

    def write(self, name: str, rows: Iterable[dict]) -> None:
        """Append *rows* (dicts, made one at a time if an iterator) to table *name*, in its column order,
        escaping formula-like text."""
        columns, writer = COLUMNS[name], self._writers[name]
        for row in rows:
            writer.writerow([_cell(row.get(column)) for column in columns])
            self.rows[name] += 1

    def __exit__(self, *exc) -> None:
        self._stack.close()


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def _write_corpus(entries: tuple[CatalogEntry, ...], raw_dir: Path, folder: Path,
                  inputs: dict[str, str]) -> BuildSummary:
    """Stream every article into the tables and texts of *folder*; return what was written."""
    (folder / "texts").mkdir()
    first, words = [], 0
    with _TableFiles(folder) as files:
        for entry in progress(entries, len(entries), "Building tables"):
            article = load_article(entry, raw_dir)
            if inputs.get(PurePosixPath(entry.file).as_posix()) != article.raw.sha256:
                raise InputError(article.raw.path, "the file changed while the build was reading data/raw.",
                                 "run the build again once data/raw is no longer being written to.")
            rows = article_rows(article)
            for name in TABLE_NAMES:
                files.write(name, rows[name])
            words += rows["articles"][0]["n_words"]
            if len(first) < SUMMARY_ARTICLES:
                first.extend(rows["articles"])
            _write_text(folder / "texts" / f"{entry.article_id}.txt", article.raw.text)
        counts = dict(files.rows)
    shutil.copyfile(PROCESSED_README, folder / "README.md")
    return BuildSummary(counts, words, pd.DataFrame(first, columns=list(ARTICLE_COLUMNS)))


# --- hashes and the manifest -------------------------------------------------

def raw_hashes(raw_dir: Path) -> dict[str, str]:
    """Return the SHA-256 of every file under *raw_dir*, by path relative to it; refuse symbolic links."""
    return {path.relative_to(raw_dir).as_posix(): sha256_file(path) for path in raw_files(Path(raw_dir))}


def output_hashes(folder: Path) -> dict[str, str]:
    """Return the SHA-256 of every file a build wrote into *folder* (all but ``manifest.json``)."""
    return {path.relative_to(folder).as_posix(): sha256_file(path)
            for path in sorted(Path(folder).rglob("*")) if path.is_file() and path.name != "manifest.json"}


def manifest(inputs: dict[str, str], outputs: dict[str, str] | None = None) -> dict:
    """Describe a build: package version, time, the hash of every raw file and of every output."""
    return {
        "package_version": __version__,
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "raw_inputs": inputs,
        "outputs": outputs or {},
    }


def _check_recorded(raw_dir: Path, entries: tuple[CatalogEntry, ...]) -> None:
    """Refuse an input that ``data/raw/SHA256SUMS`` (when there is one) does not record."""
    sums = raw_dir / "SHA256SUMS"
    if not sums.is_file():
        return
    recorded = {line.split("  ", 1)[1] for line in read_text(sums).text.splitlines() if "  " in line}
    for name in ("articles.csv", *(PurePosixPath(entry.file).as_posix() for entry in entries)):
        if name not in recorded:
            raise InputError(raw_dir / name, "this input is not recorded in data/raw/SHA256SUMS, which lists every "
                                             "file the build may read.",
                             "if you added it on purpose, run `make raw-manifest` to record its hash, then build again.")


# --- writing safely ----------------------------------------------------------

_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)


@contextlib.contextmanager
def _output_errors(out_dir: Path) -> Iterator[None]:
    """Turn an operating-system error while writing into an :class:`OutputError` that says what to do."""
    try:
        yield
    except Timeout:
        raise  # the lock is busy: not a writing error (filelock's Timeout is an OSError)
    except OSError as error:
        where = error.filename or out_dir
        kept = f"{out_dir} is as it was before this build."
        if error.errno in _FULL:
            raise OutputError(where, f"the disk is full (no space left on device); {kept}",
                              "free some space (or build elsewhere with --out), then run `make data` again.") from None
        if error.errno in _DENIED:
            raise OutputError(where, f"cannot write here ({error.strerror}); {kept}",
                              "make the folder writable, or build elsewhere with --out.") from None
        raise OutputError(where, f"cannot write the output ({error.strerror or error}); {kept}",
                          "fix the problem, then run `make data` again.") from None


def _read_only(folder: Path) -> bool:
    return not folder.stat().st_mode & stat.S_IWUSR or not os.access(folder, os.W_OK)


def _check_writable(out_dir: Path) -> None:
    """Refuse to build when the output folder or its parent is read-only: nothing is touched."""
    for folder in (out_dir, out_dir.parent):
        if folder.is_dir() and _read_only(folder):
            raise OutputError(folder, "the folder is read-only, so the build cannot replace the processed data; "
                                      "nothing was changed.",
                              f"make it writable (chmod -R u+w {folder}) and run again, or build elsewhere with --out.")


def remove_tree(path: Path) -> None:
    """Remove a folder the build left, even a read-only one (permissions are restored first)."""
    with contextlib.suppress(OSError):
        path.chmod(stat.S_IRWXU)
    for folder, subfolders, _ in os.walk(path):
        for name in subfolders:
            with contextlib.suppress(OSError):
                (Path(folder) / name).chmod(stat.S_IRWXU)
    shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def _uninterrupted() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back while the output folders are swapped, then deliver them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {number: signal.signal(number, lambda number, frame: received.append(number))
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in received[:1]:
            signal.raise_signal(number)


def _swap_in(new: Path, out_dir: Path) -> None:
    """Put *new* in place of *out_dir*; on failure the previous folder is put back."""
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    with _uninterrupted():
        had_old = out_dir.exists()
        if had_old:
            os.replace(out_dir, old)
        try:
            os.replace(new, out_dir)
        except BaseException:
            if had_old:
                os.replace(old, out_dir)
            raise
        if had_old:
            remove_tree(old)  # if this fails, the next build removes it


def recover(out_dir: Path) -> None:
    """Clean up after a build that was killed: restore a swapped-out folder, remove staging folders.

    Only call it holding the build lock (as :func:`build` does): it removes other builds' staging folders.
    """
    parent = out_dir.parent
    if not parent.is_dir():
        return
    old = sorted(parent.glob(f".{out_dir.name}.old-*"), key=lambda path: path.stat().st_mtime)
    if not out_dir.exists() and old:
        os.replace(old[-1], out_dir)  # killed between its two renames: the previous build comes back
    for leftover in [*parent.glob(f".{out_dir.name}.tmp-*"), *parent.glob(f".{out_dir.name}.old-*")]:
        remove_tree(leftover)


def lock_path(out_dir: Path) -> Path:
    """Return the lock file that lets one build at a time write *out_dir*."""
    return out_dir.with_name(f".{out_dir.name}.lock")


@contextlib.contextmanager
def exclusive(out_dir: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the build lock of *out_dir*; if another build holds it, wait up to *wait* seconds, then refuse."""
    lock = FileLock(lock_path(out_dir))
    try:
        with _output_errors(out_dir):
            try:
                lock.acquire(timeout=0)
            except Timeout:
                if wait <= 0:
                    raise
                sys.stderr.write(f"Another build is writing {out_dir}; waiting for it (up to {wait:g} s)…\n")
                lock.acquire(timeout=wait)
    except Timeout:
        raise OutputError(lock_path(out_dir), f"another build is writing {out_dir} now; this one has not started, "
                                              "so that one is not disturbed.",
                          "let it finish, then run again (or pass --wait SECONDS to queue behind it).") from None
    try:
        yield
    finally:
        lock.release()


def build(raw_dir: Path, out_dir: Path, wait: float = 0.0) -> BuildSummary:
    """Read *raw_dir*, write every table to *out_dir* all at once, return what was written.

    *wait* is how long to queue behind another build of the same *out_dir* before refusing.
    """
    raw_dir, out_dir = Path(raw_dir).resolve(), Path(out_dir).resolve()
    if out_dir == raw_dir or raw_dir in out_dir.parents:
        raise InputError(out_dir, "the output folder is inside data/raw, which is never written to.",
                         "choose another --out folder, e.g. data/processed.")
    _check_writable(out_dir)
    with _output_errors(out_dir):
        out_dir.parent.mkdir(parents=True, exist_ok=True)
    with exclusive(out_dir, wait):
        recover(out_dir)
        entries = read_catalog(raw_dir)  # refuses a row whose file leaves data/raw, naming the row
        inputs = raw_hashes(raw_dir)  # refuses any other symbolic link in data/raw
        _check_recorded(raw_dir, entries)
        staging = None
        try:
            with _output_errors(out_dir):
                staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
                staging.chmod(0o755)  # mkdtemp makes it private; the swapped-in folder should look like any other
                summary = _write_corpus(entries, raw_dir, staging, inputs)
                _write_text(staging / "manifest.json",
                            json.dumps(manifest(inputs, output_hashes(staging)), indent=2, ensure_ascii=False) + "\n")
                _swap_in(staging, out_dir)
        finally:
            if staging is not None and staging.exists():
                remove_tree(staging)
    return summary
