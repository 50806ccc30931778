"""Build ``data/processed/`` from ``data/raw/``, all or nothing.

Every table is written into a fresh temporary folder beside the output
folder, which is then swapped in; a failure at any point leaves the previous
``data/processed/`` exactly as it was. ``data/raw/`` is only read.

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
- ``manifest.json``: the hash of every raw input, the package version and the build time.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import __version__
from .catalog import CatalogEntry, read_catalog
from .errors import InputError
from .extract import Mention, extract_key
from .extract.events import clause_span, event_type, find_cues
from .normalize import MatchKey, match_key
from .progress import progress
from .reading import RawText, read_text, sha256_file
from .segment import Segmentation, segment
from .words import tokens

PROCESSED_README = Path(__file__).resolve().parent / "data" / "processed_README.md"


@dataclass(frozen=True)
class Article:
    """A catalogued article with its decoded text, segmentation and extracted mentions."""

    entry: CatalogEntry
    raw: RawText
    segmentation: Segmentation
    mentions: tuple[Mention, ...]
    events: tuple[dict, ...]


@dataclass(frozen=True)
class Tables:
    """The processed tables of a corpus."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame
    amounts: pd.DataFrame
    entities: pd.DataFrame


TABLE_NAMES = ("articles", "paragraphs", "sentences", "mentions", "events", "amounts", "entities")
MENTION_COLUMNS = ("article_id", "mention_index", "sentence_index", "kind", "start", "end", "text", "value", "unit",
                   "granularity", "type", "hedge", "hedge_type", "qualifier", "calendar", "original", "demonym",
                   "metonym_for")
EVENT_COLUMNS = ("article_id", "event_index", "sentence_index", "start", "end", "text", "event_type", "cue",
                 "cue_start", "cue_end", "date_kind", "date_value", "date_first", "date_last", "granularity",
                 "qualifier", "date_start", "date_end", "date_text", "entities")


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


def load_articles(raw_dir: Path) -> tuple[Article, ...]:
    """Read the catalog and every article it lists; refuse blank articles."""
    articles = []
    entries = read_catalog(raw_dir)
    for entry in progress(entries, len(entries), "Reading articles"):
        raw = read_text(raw_dir / entry.file)
        if not raw.text.strip():
            raise InputError(raw.path, "the article is empty (or only white space).",
                             "put the article's text in the file, or remove its row from data/raw/articles.csv.")
        segmentation = segment(raw.text, entry.article_id)
        key = match_key(raw.text)
        mentions = tuple(extract_key(key))
        events = dated_statements(entry.article_id, raw.text, segmentation, mentions, key)
        articles.append(Article(entry, raw, segmentation, mentions, events))
    return tuple(articles)


def _records(items) -> pd.DataFrame:
    return pd.DataFrame([dataclasses.asdict(item) for item in items])


def make_tables(articles: tuple[Article, ...]) -> Tables:
    """Turn articles into the ``articles``, ``paragraphs`` and ``sentences`` tables."""
    rows = [dataclasses.asdict(a.entry) | {
        "encoding": a.raw.encoding,
        "sha256": a.raw.sha256,
        "text_file": f"texts/{a.entry.article_id}.txt",
        "n_chars": len(a.raw.text),
        "n_paragraphs": len(a.segmentation.paragraphs),
        "n_sentences": len(a.segmentation.sentences),
        "n_words": len(tokens(a.raw.text)),
    } for a in articles]
    paragraphs = _records(p for a in articles for p in a.segmentation.paragraphs)
    sentences = _records(s for a in articles for s in a.segmentation.sentences)
    mentions = pd.DataFrame([_mention_row(a, i, m) for a in articles for i, m in enumerate(a.mentions)],
                            columns=list(MENTION_COLUMNS))
    events = pd.DataFrame([e for a in articles for e in a.events], columns=list(EVENT_COLUMNS))
    amounts = mentions[mentions["kind"] == "amount"].drop(columns=["kind", "granularity", "type", "demonym",
                                                                     "metonym_for", "calendar", "original"])
    entities = mentions[mentions["kind"] == "entity"][["article_id", "mention_index", "sentence_index", "start",
                                                        "end", "text", "value", "type", "demonym", "metonym_for"]]
    return Tables(pd.DataFrame(rows), paragraphs, sentences, mentions, events,
                  amounts.reset_index(drop=True), entities.reset_index(drop=True))


def _mention_row(article: Article, index: int, item: Mention) -> dict:
    sentence = article.segmentation.sentence_at(item.start)
    row = dataclasses.asdict(item)
    row["demonym"] = bool(item.demonym)
    return {"article_id": article.entry.article_id, "mention_index": index,
            "sentence_index": sentence.sentence_index if sentence else -1} | row


def raw_hashes(raw_dir: Path) -> dict[str, str]:
    """Return the SHA-256 of every file under *raw_dir*, by path relative to it."""
    return {path.relative_to(raw_dir).as_posix(): sha256_file(path)
            for path in sorted(raw_dir.rglob("*")) if path.is_file()}


def manifest(raw_dir: Path) -> dict:
    """Describe a build: package version, time, and the hash of every raw file."""
    return {
        "package_version": __version__,
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "raw_inputs": raw_hashes(raw_dir),
    }


def _write(tables: Tables, articles: tuple[Article, ...], raw_dir: Path, folder: Path) -> None:
    for name in TABLE_NAMES:
        getattr(tables, name).to_csv(folder / f"{name}.csv", index=False, encoding="utf-8", lineterminator="\n")
    (folder / "texts").mkdir()
    for article in articles:
        with open(folder / "texts" / f"{article.entry.article_id}.txt", "w", encoding="utf-8", newline="") as handle:
            handle.write(article.raw.text)
    shutil.copyfile(PROCESSED_README, folder / "README.md")
    (folder / "manifest.json").write_text(json.dumps(manifest(raw_dir), indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")


def _swap_in(new: Path, out_dir: Path) -> None:
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    if out_dir.exists():
        os.replace(out_dir, old)
    os.replace(new, out_dir)
    if old.exists():
        shutil.rmtree(old)


def recover(out_dir: Path) -> None:
    """Clean up after a build that was killed: restore a swapped-out folder, remove staging folders."""
    parent = out_dir.parent
    if not parent.is_dir():
        return
    old = sorted(parent.glob(f".{out_dir.name}.old-*"))
    if not out_dir.exists() and old:
        os.replace(old[-1], out_dir)  # killed between its two renames: the previous build comes back
    for leftover in [*parent.glob(f".{out_dir.name}.tmp-*"), *parent.glob(f".{out_dir.name}.old-*")]:
        shutil.rmtree(leftover, ignore_errors=True)


def build(raw_dir: Path, out_dir: Path) -> Tables:
    """Read *raw_dir*, write every table to *out_dir* atomically, return the tables."""
    raw_dir, out_dir = Path(raw_dir).resolve(), Path(out_dir).resolve()
    recover(out_dir)
    if out_dir == raw_dir or raw_dir in out_dir.parents:
        raise InputError(out_dir, "the output folder is inside data/raw, which is never written to.",
                         "choose another --out folder, e.g. data/processed.")
    articles = load_articles(raw_dir)
    tables = make_tables(articles)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the swapped-in folder should look like any other
    try:
        _write(tables, articles, raw_dir, staging)
        _swap_in(staging, out_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return tables
