"""Build ``data/processed/`` from ``data/raw/``, all or nothing: the pipeline's orchestration, and only that.

Each stage lives in the module named for it; this one calls them in order:

1. **read** the catalog (:mod:`analysis.catalog`) and each article
   (:mod:`analysis.reading`: decode, refuse an empty article, warn of bidi controls);
2. **normalise** it into a match key (:mod:`analysis.normalize`);
3. **segment** it into paragraphs and sentences (:mod:`analysis.segment`);
4. **extract** dates, numbers, amounts and entities (:mod:`analysis.extract`) and
   the dated statements with their event types (:mod:`analysis.extract.events`);
5. turn the article into table **rows** (:mod:`analysis.rows`) and **write** them
   (:mod:`analysis.outputs`, columns from :mod:`analysis.schemas`), then the
   **manifest** (:mod:`analysis.manifest`).

Before any of this, every curated data file of ``src/analysis/data/`` is read
and checked (:func:`analysis.lexicons.read_all`): a bad one is refused, named,
before anything is written, and none is parsed once writing has begun.
Every table is written into a fresh staging folder beside the output folder,
checked against the schema registry, then swapped in (:mod:`analysis.atomic`);
a failure at any point (bad input, a full disk, a read-only folder, Ctrl-C, a
killed process) leaves the previous ``data/processed/`` exactly as it was, and
the next build removes whatever an interrupted one left. One build at a time:
a lock file beside the output (``data/.processed.lock``) makes a second build
wait or refuse. ``data/raw/`` is only read, and only inside it: catalog paths
that leave it and symbolic links are refused.

Articles stream through one at a time: each is read, segmented and extracted,
its rows appended to the tables and its text written, before the next is read,
so memory does not grow with the number of articles. The tables and their
columns are documented in ``data/processed/README.md``, generated from
:mod:`analysis.schemas`. Text cells that a spreadsheet would run as a formula
are escaped (:mod:`analysis.cells`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pandas as pd
from tqdm import tqdm

from . import atomic, lexicons, outputs, rawdata, schemas
from .catalog import CatalogEntry, read_catalog
from .errors import InputError
from .extract import extract_key
from .extract.events import dated_statements
from .manifest import dumps, manifest, output_hashes, raw_hashes
from .normalize import match_key
from .reading import check_text, read_text
from .rows import Article, article_rows
from .segment import segment

SUMMARY_ARTICLES = 20
PROGRESS_FROM = 20  # fewer articles than this finish too fast to need a progress bar


@dataclass(frozen=True)
class BuildSummary:
    """What a build wrote: the number of rows of every table, of words, and the first rows of ``articles``.

    Only the first :data:`SUMMARY_ARTICLES` articles are kept, so memory does not grow with the corpus.
    """

    rows: dict[str, int]
    words: int
    first_articles: pd.DataFrame


def load_article(entry: CatalogEntry, raw_dir: Path) -> Article:
    """Read, check, normalise, segment and extract one catalogued article (a symbolic link is refused)."""
    raw = read_text(raw_dir / entry.file, follow_links=False)
    check_text(raw)
    key = match_key(raw.text)
    segmentation = segment(raw.text, entry.article_id)
    mentions = tuple(extract_key(key, entry.published or None))  # relative dates resolve against the catalog's date
    events = dated_statements(entry.article_id, raw.text, segmentation, mentions, key)
    return Article(entry, raw, segmentation, mentions, events)


def _write_corpus(entries: tuple[CatalogEntry, ...], raw_dir: Path, folder: Path,
                  inputs: dict[str, str]) -> BuildSummary:
    """Stream every article into the tables and texts of *folder*; return what was written."""
    (folder / "texts").mkdir()
    first, words = [], 0
    with outputs.TableFiles(folder) as files:
        # A bar only where one is shown: tqdm starts a monitor thread that outlives even a disabled bar, and a
        # process with a second thread starts its notebook workers from a fork server (publish._start_method).
        shown = entries if len(entries) < PROGRESS_FROM else tqdm(entries, desc="Building tables", unit="article")
        for entry in shown:
            article = load_article(entry, raw_dir)
            if inputs.get(PurePosixPath(entry.file).as_posix()) != article.raw.sha256:
                raise InputError(article.raw.path, "the file changed while the build was reading data/raw.",
                                 "run the build again once data/raw is no longer being written to.")
            rows = article_rows(article)
            for name in schemas.tables():
                files.write(name, rows[name])
            words += rows["articles"][0]["n_words"]
            if len(first) < SUMMARY_ARTICLES:
                first.extend(rows["articles"])
            outputs.write_text(folder / "texts" / f"{entry.article_id}.txt", article.raw.text)
        counts = dict(files.rows)
    outputs.write_readme(folder)
    return BuildSummary(counts, words, pd.DataFrame(first, columns=list(schemas.columns("articles"))))


def _check_tables(folder: Path) -> None:
    """Check every written table against the schema registry before it is swapped in."""
    from .tables import read_table

    for name in schemas.tables():
        read_table(folder / f"{name}.csv", name)


def build(raw_dir: Path, out_dir: Path, wait: float = 0.0) -> BuildSummary:
    """Read *raw_dir*, write every table to *out_dir* all at once, return what was written.

    *wait* is how long to queue behind another build of the same *out_dir* before refusing.
    """
    raw_dir, out_dir = Path(raw_dir).resolve(), Path(out_dir).resolve()
    if out_dir == raw_dir or raw_dir in out_dir.parents:
        raise InputError(out_dir, "the output folder is inside data/raw, which is never written to.",
                         "choose another --out folder, e.g. data/processed.")
    lexicons.read_all()  # a bad data file is refused before any output, or even the lock, exists
    outputs.check_writable(out_dir)
    with outputs.output_errors(out_dir):
        out_dir.parent.mkdir(parents=True, exist_ok=True)
    with outputs.exclusive(out_dir, wait):
        atomic.recover(out_dir)
        entries = read_catalog(raw_dir)  # refuses a row whose file leaves data/raw, naming the row
        inputs = raw_hashes(raw_dir)  # refuses any other symbolic link in data/raw
        rawdata.check_recorded(raw_dir, ["articles.csv", *(entry.file for entry in entries)])
        staging = None
        try:
            with outputs.output_errors(out_dir):
                staging = atomic.staging_folder(out_dir)
                summary = _write_corpus(entries, raw_dir, staging, inputs)
                _check_tables(staging)
                outputs.write_text(staging / "manifest.json", dumps(manifest(inputs, output_hashes(staging))))
                atomic.swap_in(staging, out_dir)
        finally:
            if staging is not None and staging.exists():
                atomic.remove_tree(staging)
    return summary
