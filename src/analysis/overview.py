"""Corpus-level summaries for the overview notebook: statistics, cleaning examples, top words.

Each function takes processed tables (and the article texts) and returns a
new table; nothing is mutated.
"""

from __future__ import annotations

import re

import pandas as pd

from . import charsets as cs
from .normalize import STEPS, normalize
from .words import content_word_counts, tokens

_DIACRITIC = re.compile(f"[{cs.DIACRITICS}]")


def trace(text: str) -> pd.DataFrame:
    """Show *text* after each normalisation step, in order.

    >>> trace("أُسِّست")["text"].tolist()[-1]
    'اسست'
    """
    rows, current = [("raw text", text)], text
    for step in STEPS:
        current = step(current)
        rows.append((step.__name__, current))
    return pd.DataFrame(rows, columns=["step", "text"])


def cleaning_examples(sentences: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """Pick the *n* sentences with the most diacritics in each article; show raw text beside match key."""
    frame = sentences.assign(diacritics=sentences["text"].str.count(_DIACRITIC.pattern))
    picked = (frame.sort_values(["article_id", "diacritics", "sentence_index"], ascending=[True, False, True])
              .groupby("article_id", sort=False).head(n))
    return pd.DataFrame({
        "article_id": picked["article_id"], "start": picked["start"], "end": picked["end"],
        "diacritics": picked["diacritics"], "raw": picked["text"], "match_key": picked["text"].map(normalize),
    }).reset_index(drop=True)


def article_statistics(articles: pd.DataFrame, paragraphs: pd.DataFrame, sentences: pd.DataFrame,
                       texts: dict[str, str]) -> pd.DataFrame:
    """Return one row per article: paragraphs by kind, sentences, words, and share of diacritics."""
    kinds = paragraphs.pivot_table(index="article_id", columns="kind", values="paragraph_index",
                                   aggfunc="count", fill_value=0)
    kinds = kinds.reindex(columns=["heading", "body", "boilerplate"], fill_value=0).add_prefix("paragraphs_")
    words_per_sentence = sentences.assign(
        words=[len(tokens(t)) for t in sentences["text"]]).groupby("article_id")["words"].mean().round(1)
    base = articles.set_index("article_id")[["kind", "n_chars", "n_sentences", "n_words"]]
    diacritics = pd.Series({aid: len(_DIACRITIC.findall(text)) for aid, text in texts.items()}, name="diacritics")
    table = base.join(kinds).join(words_per_sentence.rename("words_per_sentence")).join(diacritics)
    table["diacritics_per_100_chars"] = (100 * table["diacritics"] / table["n_chars"]).round(2)
    return table.reset_index()


def top_content_words(sentences: pd.DataFrame, texts: dict[str, str], n: int = 10) -> pd.DataFrame:
    """Return the *n* most frequent content words of each article (boilerplate left out)."""
    parts = []
    for article_id, text in texts.items():
        rows = sentences[(sentences["article_id"] == article_id) & ~sentences["is_boilerplate"]]
        counts = content_word_counts(text, article_id, zip(rows["start"], rows["end"]))
        parts.append(counts.head(n).assign(rank=range(1, min(n, len(counts)) + 1)))
    return pd.concat(parts, ignore_index=True)


def panel_titles(articles: pd.DataFrame, paragraphs: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """Title each article's chart panel: its headline, else its first heading line (Arabic), and its id and kind."""
    first_heading = paragraphs[paragraphs["kind"] == "heading"].groupby("article_id")["text"].first()
    return {row.article_id: (row.headline or first_heading.get(row.article_id, row.article_id),
                             f"{row.article_id} ({row.kind})")
            for row in articles.itertuples()}


def most_vocalised_word(sentences: pd.DataFrame) -> str:
    """Return the word of the corpus that carries the most diacritics (the first, if several tie).

    >>> most_vocalised_word(pd.DataFrame({"text": ["كتب الدرسَ", "أُسِّست العلاقات"]}))
    'أُسِّست'
    """
    words = [word for text in sentences["text"] for word in text.split()]
    return max(words, key=lambda word: len(_DIACRITIC.findall(word)), default="")
