"""Turn one article, read and extracted, into the rows of every processed table.

Each row is a dict keyed by the columns of :mod:`analysis.schemas`; the
mention tables (``amounts``, ``entities``) are slices of ``mentions``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .catalog import CatalogEntry
from .extract import Mention
from .reading import RawText, bidi_controls
from .segment import Segmentation
from .slots import as_row
from .words import count_words


@dataclass(frozen=True)
class Article:
    """A catalogued article with its decoded text, segmentation, extracted mentions and dated statements."""

    entry: CatalogEntry
    raw: RawText
    segmentation: Segmentation
    mentions: tuple[Mention, ...]
    events: tuple[dict, ...]


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
        "n_bidi_controls": bidi_controls(article.raw.text),
    }


def _mention_row(article: Article, index: int, item: Mention) -> dict:
    sentence = article.segmentation.sentence_at(item.start)
    row = as_row(item)
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
        "paragraphs": (as_row(p) for p in article.segmentation.paragraphs),
        "sentences": (as_row(s) for s in article.segmentation.sentences),
        "mentions": mentions(),
        "events": iter(article.events),
        "amounts": mentions("amount"),
        "entities": mentions("entity"),
    }
