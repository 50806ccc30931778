"""Corpus-level summaries for the overview notebook: statistics, cleaning examples, top words.

Each function takes processed tables (and the article texts) and returns a
new table; nothing is mutated.
"""

from __future__ import annotations

import re

import pandas as pd

from .. import charsets as cs
from ..markdown import bullets, ids_by, listing
from ..normalize import STEPS, normalize
from ..lexicons import stopwords
from ..charsets import WORD
from ..words import _is_content, stem_map, tokens

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
        words=sentences["text"].str.count(WORD)).groupby("article_id")["words"].mean().round(1)
    base = articles.set_index("article_id")[["kind", "n_chars", "n_sentences", "n_words"]]
    diacritics = pd.Series({aid: len(_DIACRITIC.findall(text)) for aid, text in texts.items()}, name="diacritics")
    table = base.join(kinds).join(words_per_sentence.rename("words_per_sentence")).join(diacritics)
    table["diacritics_per_100_chars"] = (100 * table["diacritics"] / table["n_chars"]).round(2)
    return table.reset_index()


def top_content_words(sentences: pd.DataFrame, texts: dict[str, str], n: int = 10) -> pd.DataFrame:
    """Return the *n* most frequent content words of each article (boilerplate left out).

    The same table as :func:`analysis.words.content_word_counts` per article,
    each cut to its *n* first rows, counted for the whole corpus at once.
    """
    columns = ["article_id", "word", "key", "count", "start", "end", "text", "rank"]
    frame = _content_tokens(sentences, texts)
    if frame.empty:
        return pd.DataFrame(columns=columns)
    ids = ["article_id", "key"]
    counts = frame.groupby(ids, sort=False).agg(count=("start", "size"), start=("start", "first"),
                                                end=("end", "first")).reset_index()
    counts = counts.sort_values(["count", "key"], ascending=[False, True], kind="stable")
    counts["article_id"] = pd.Categorical(counts["article_id"], categories=list(texts))
    top = counts.sort_values("article_id", kind="stable").groupby("article_id", observed=True).head(n)
    top = top.assign(article_id=top["article_id"].astype(str))
    words = _most_frequent_forms(frame.merge(top[ids], on=ids))
    top = top.merge(words, on=ids, how="left")
    top["text"] = [texts[a][s:e] for a, s, e in zip(top["article_id"], top["start"], top["end"])]
    top["rank"] = top.groupby("article_id", sort=False).cumcount() + 1
    return top[columns].reset_index(drop=True)


def _content_tokens(sentences: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """One row per content word of every article's non-boilerplate sentences: its stem key, surface and span."""
    kept = sentences[~sentences["is_boilerplate"].astype(bool)]
    spans = {aid: list(zip(group["start"], group["end"])) for aid, group in kept.groupby("article_id", sort=False)}
    stop, rows = stopwords(), []
    for article_id, text in texts.items():
        found = tokens(text, spans.get(article_id, []))
        stems = stem_map(token.key for token in found)
        for token in found:
            key = stems.get(token.key, token.key)
            if _is_content(key, stop) and _is_content(token.key, stop):
                rows.append((article_id, key, token.text, token.start, token.end, token.key == key))
    return pd.DataFrame(rows, columns=["article_id", "key", "surface", "start", "end", "is_stem"])


def _most_frequent_forms(frame: pd.DataFrame) -> pd.DataFrame:
    """Each (article, key)'s most frequent surface form, preferring forms that are the stem itself.

    Ties are broken as :meth:`pandas.Series.value_counts` breaks them, by calling it on the tied groups only.
    """
    ids = ["article_id", "key"]
    forms = frame.groupby([*ids, "surface"], sort=False).agg(n=("start", "size"), stem=("is_stem", "any")).reset_index()
    forms = forms[forms["stem"] | ~forms.groupby(ids, sort=False)["stem"].transform("any")]
    best = forms.groupby(ids, sort=False)["n"].transform("max")
    leaders = forms[forms["n"] == best]
    tied = leaders.duplicated(ids, keep=False)
    words = leaders[~tied][[*ids, "surface"]]
    if tied.any():
        pool = frame.merge(forms[[*ids, "surface"]], on=[*ids, "surface"]).merge(leaders[tied][ids].drop_duplicates(),
                                                                                on=ids)
        broken = pool.groupby(ids, sort=False)["surface"].agg(lambda s: s.value_counts().index[0]).reset_index()
        words = pd.concat([words, broken], ignore_index=True)
    return words.rename(columns={"surface": "word"})


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


def _ids(frame: pd.DataFrame) -> str:
    return listing(list(frame["article_id"]), ", ", rest="more")


def key_findings(articles: pd.DataFrame, paragraphs: pd.DataFrame, sentences: pd.DataFrame,
                 texts: dict[str, str], spans_checked: int, stats: pd.DataFrame | None = None,
                 top_words: pd.DataFrame | None = None) -> str:
    """Write the corpus's key findings as Markdown bullets, every number computed from the tables given.

    *spans_checked* is the number of paragraph and sentence spans verified against the texts. *stats* and
    *top_words*, when the caller has them (from :func:`article_statistics` and :func:`top_content_words`),
    are not computed again.
    """
    stats = article_statistics(articles, paragraphs, sentences, texts) if stats is None else stats
    undated, no_outlet = articles[articles["published"] == ""], articles[articles["outlet"] == ""]
    most = stats.sort_values("diacritics_per_100_chars", ascending=False, kind="stable").iloc[0]
    least = stats.sort_values("diacritics_per_100_chars", kind="stable").iloc[0]
    top = top_content_words(sentences, texts, n=1) if top_words is None else top_words[top_words["rank"] == 1]
    words = listing([f"«{row.word}» in {row.article_id} ({row.count} times)" for row in top.itertuples()],
                    rest="more articles")
    boilerplate = paragraphs[paragraphs["kind"] == "boilerplate"]
    lines = [
        f"The corpus holds {len(articles)} articles ({_ids(articles)}): {int(stats['n_words'].sum())} words in "
        f"{len(sentences)} sentences and {len(paragraphs)} paragraphs.",
        f"{len(undated)} of {len(articles)} articles state no publication date and {len(no_outlet)} name no outlet; "
        "the catalog records what each text implies instead of guessing.",
        f"All {spans_checked} paragraph and sentence spans give back their exact text, so every quote below can be "
        "traced to its article.",
        f"{most.article_id} is the most vocalised text ({most.diacritics_per_100_chars:.2f} diacritics per 100 "
        f"characters, against {least.diacritics_per_100_chars:.2f} in {least.article_id}); the match key removes "
        "them for counting and matching, and quotes keep them.",
        f"The most frequent content word of each article: {words}.",
    ]
    if len(boilerplate):
        lines.append(f"{len(boilerplate)} paragraph(s) are web-page furniture, flagged and kept "
                     f"({', '.join(f'«{t}» in {ids}' for t, ids, _ in ids_by(boilerplate, 'text'))}): "
                     "the text they end is an excerpt.")
    return bullets(lines)


def limits(articles: pd.DataFrame, sentences: pd.DataFrame) -> str:
    """Write what the corpus overview cannot say, as Markdown bullets, with the numbers computed."""
    kinds = articles["kind"].value_counts()
    lines = [
        f"{len(articles)} articles ({', '.join(f'{n} {kind}' for kind, n in kinds.items())}) are not a sample of "
        "the Arabic press: counts describe these texts only.",
        f"Word frequencies come from {len(sentences)} sentences; a word counted a handful of times says little, and "
        "a stem counted with its clitics («والعراق» as «العراق») can merge words a reader would keep apart.",
        "Sentences are split at punctuation and line breaks; an abbreviation the rules do not know can split a "
        "sentence in two, and a quotation can run across sentences.",
        "Where the catalog leaves a date or an outlet empty, no later notebook can place the article in time or by "
        "outlet except from what its text says.",
    ]
    return bullets(lines)
