"""Read and check the article catalog, ``data/raw/articles.csv``."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .reading import outside_problem, read_text

COLUMNS = ("article_id", "file", "headline", "kind", "language", "published",
           "published_note", "outlet", "original_file")
KINDS = ("historical analysis", "news report")
_ID = re.compile(r"[a-z0-9_]+")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class CatalogEntry:
    """One article as the catalog describes it."""

    article_id: str
    file: str
    headline: str
    kind: str
    language: str
    published: str
    published_note: str
    outlet: str
    original_file: str


def _check_row(row: dict[str, str], line: int, raw_dir: Path, catalog: Path, seen: set[str]) -> CatalogEntry:
    entry = CatalogEntry(**{column: (row.get(column) or "").strip() for column in COLUMNS})
    where = f"line {line}"
    if not _ID.fullmatch(entry.article_id):
        raise InputError(catalog, f"{where}: article_id {entry.article_id!r} is not lower-case letters, digits and _.",
                         "give the article a short id such as `caatsa_2025`.")
    if entry.article_id in seen:
        raise InputError(catalog, f"{where}: article_id {entry.article_id!r} is used twice.", "give each article its own id.")
    if entry.kind not in KINDS:
        raise InputError(catalog, f"{where}: kind {entry.kind!r} is not one of {', '.join(KINDS)}.", "use one of those kinds.")
    if entry.published and not _ISO_DATE.fullmatch(entry.published):
        raise InputError(catalog, f"{where}: published {entry.published!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD).",
                         "write the date as the text states it, in ISO form, or leave it empty.")
    problem = outside_problem(raw_dir, entry.file)
    if problem:
        raise InputError(catalog, f"{where}: the file {entry.file!r} of article {entry.article_id!r} is refused: "
                                  f"{problem}. Only files inside data/raw are read.",
                         "copy the article's text file under data/raw/articles/ and give its path relative to "
                         "data/raw/ (e.g. articles/my_article.txt).")
    path = raw_dir / entry.file
    if not path.is_file():
        raise InputError(catalog, f"{where}: the file {entry.file!r} of article {entry.article_id!r} is not in {raw_dir}.",
                         "put the article's text file under data/raw/articles/ and give its path relative to data/raw/.")
    return entry


def read_catalog(raw_dir: Path) -> tuple[CatalogEntry, ...]:
    """Read ``articles.csv`` in *raw_dir*; check ids, kinds, dates and files."""
    catalog = raw_dir / "articles.csv"
    text = read_text(catalog, follow_links=False).text
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or ()
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise InputError(catalog, f"the catalog lacks the column(s) {', '.join(missing)}.",
                         f"the header must be: {','.join(COLUMNS)}")
    seen: set[str] = set()
    entries = []
    for row in reader:
        line = reader.line_num
        entry = _check_row(row, line, raw_dir, catalog, seen)
        seen.add(entry.article_id)
        entries.append(entry)
    if not entries:
        raise InputError(catalog, "the catalog lists no article.", "add one row per article (see data/raw/README.md).")
    return tuple(entries)
