"""The history of the relationship as the articles tell it: dated events, phases and coverage."""

from __future__ import annotations

from functools import cache

import pandas as pd

from .lexicons import table
from .normalize import match_key, normalize


@cache
def event_types() -> pd.DataFrame:
    """Return the event types with their Arabic and English labels (``data/event_types.csv``)."""
    return pd.DataFrame(table("event_types.csv"))


def labelled_events(events: pd.DataFrame) -> pd.DataFrame:
    """Add Arabic and English event-type labels and the first year to ``events.csv`` rows, in date order."""
    labelled = events.merge(event_types(), on="event_type", how="left")
    labelled["year"] = labelled["date_first"].str[:4].astype(int)
    labelled["label"] = labelled["label_ar"] + " " + labelled["date_first"].str[:4]
    return labelled.sort_values(["date_first", "article_id", "event_index"], kind="stable").reset_index(drop=True)


def coverage(events: pd.DataFrame) -> pd.DataFrame:
    """Which years each article covers: its earliest and latest dated statement, and how many it has."""
    years = events.assign(first=events["date_first"].str[:4].astype(int), last=events["date_last"].str[:4].astype(int))
    return years.groupby("article_id", sort=False).agg(first_year=("first", "min"), last_year=("last", "max"),
                                                       dated_statements=("event_index", "count")).reset_index()


def phases(sentences: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The phases the articles describe, each with its own words and span.

    Each phase of ``data/phases.csv`` is located by a cue; it starts at the
    first date of its sentence (or, for a sentence without a date, at the last
    date before it) and ends where the next phase of the same article starts.
    """
    rows = []
    for phase in table("phases.csv"):
        article = sentences[sentences["article_id"] == phase["article_id"]]
        cue = normalize(phase["cue"])
        hits = article[article["text"].map(lambda t: cue in normalize(t))]
        if hits.empty:
            raise LookupError(f"phase {phase['phase_id']!r}: no sentence of {phase['article_id']} has {phase['cue']!r}")
        sentence = hits.iloc[0]
        dated = events[(events["article_id"] == phase["article_id"])]
        own = dated[dated["sentence_index"] == sentence["sentence_index"]]
        before = dated[dated["sentence_index"] < sentence["sentence_index"]]
        start = own["date_first"].min() if len(own) else (before["date_last"].max() if len(before) else "")
        own_periods = own[own["date_kind"] == "period"]
        own_end = own_periods["date_last"].max()[:4] if len(own_periods) else ""
        mk = match_key(sentence["text"])
        at = mk.key.index(cue)
        cue_start, cue_end = mk.raw_span(at, at + len(cue))
        rows.append({"phase_id": phase["phase_id"], "article_id": phase["article_id"], "label_en": phase["label_en"],
                     "label_ar": phase["label_ar"], "from": start[:4], "own_end": own_end,
                     "sentence_index": int(sentence["sentence_index"]),
                     "start": int(sentence["start"]) + cue_start, "end": int(sentence["start"]) + cue_end,
                     "text": sentence["text"][cue_start:cue_end], "sentence": sentence["text"]})
    frame = pd.DataFrame(rows)
    following = frame.groupby("article_id")["from"].shift(-1).fillna("")
    frame["to"] = frame["own_end"].where(frame["own_end"] != "", following)  # a period in the sentence ends it
    return frame[["phase_id", "article_id", "from", "to", "label_en", "label_ar", "start", "end", "text", "sentence"]]
