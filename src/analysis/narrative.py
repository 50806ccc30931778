"""The sanctions-risk narrative: sentence roles, speakers, hedges and a risk register, from cue lexicons.

Every lexicon is data in ``src/analysis/data/`` (``narrative_roles.csv``,
``speech_cues.csv``, ``actors.csv``, ``hedge_cues.csv``, ``risk_drivers.csv``).
Cues match on the match key at the start of a word, after an optional
proclitic; each match keeps its span. Scores are counts of textual evidence,
never probabilities.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from .lexicons import table
from .normalize import match_key

_PROCLITIC = r"(?<!\w)(?:و|ف)?(?:ب|ل|ك|لل)?"


@cache
def _cue_regex(name: str, column: str = "cue") -> tuple[re.Pattern, dict[str, dict]]:
    rows = {" ".join(row["key"].split()): row for row in table(name, key=column)}
    alternation = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in sorted(rows, key=len, reverse=True))
    return re.compile(rf"{_PROCLITIC}(?P<cue>{alternation})(?!\w)" if name == "hedge_cues.csv"
                      else rf"{_PROCLITIC}(?P<cue>{alternation})"), rows


def _matches(name: str, text: str) -> list[tuple[int, int, dict]]:
    pattern, rows = _cue_regex(name)
    mk = match_key(text)
    found = []
    for match in pattern.finditer(mk.key):
        start, end = mk.raw_span(match.start("cue"), match.end("cue"))
        found.append((start, end, rows[" ".join(match.group("cue").split())]))
    return found


def sentence_roles(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence and role found in it, with the cue that shows it (absolute span)."""
    rows = []
    for sentence in sentences.itertuples():
        for start, end, row in _matches("narrative_roles.csv", sentence.text):
            rows.append({"article_id": sentence.article_id, "sentence_index": sentence.sentence_index,
                         "role": row["role"], "start": sentence.start + start, "end": sentence.start + end,
                         "text": sentence.text[start:end]})
    return pd.DataFrame(rows, columns=["article_id", "sentence_index", "role", "start", "end", "text"])


def role_summary(roles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Each sentence with its roles (in lexicon order) and the number of cues behind them."""
    order = list(dict.fromkeys(row["role"] for row in table("narrative_roles.csv")))
    grouped = roles.groupby(["article_id", "sentence_index"])["role"].agg(
        lambda r: ", ".join(sorted(set(r), key=order.index))).rename("roles")
    counts = roles.groupby(["article_id", "sentence_index"]).size().rename("cues")
    table_ = sentences.set_index(["article_id", "sentence_index"])[["start", "end", "text"]].join(grouped).join(counts)
    return table_.fillna({"roles": "", "cues": 0}).astype({"cues": int}).reset_index()


@cache
def _actor_map() -> tuple[dict[str, str], dict[str, str]]:
    rows = table("actors.csv")
    by_entity = {row["entity"]: row["actor"] for row in rows if row["entity"]}
    by_cue = {row["cue"]: row["actor"] for row in rows if row["cue"]}
    return by_entity, by_cue


def actor_mentions(sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Every mention of an actor (``actors.csv``): entities mapped to actors, plus actor phrases, with spans."""
    by_entity, by_cue = _actor_map()
    entities = mentions[(mentions["kind"] == "entity") & mentions["value"].isin(by_entity)]
    rows = [{"article_id": m.article_id, "sentence_index": m.sentence_index, "actor": by_entity[m.value],
             "start": m.start, "end": m.end, "text": m.text} for m in entities.itertuples()]
    for sentence in sentences.itertuples():
        mk = match_key(sentence.text)
        for cue, actor in by_cue.items():
            for found in re.finditer(rf"{_PROCLITIC}(?P<cue>{re.escape(match_key(cue).key)})", mk.key):
                start, end = mk.raw_span(found.start("cue"), found.end("cue"))
                rows.append({"article_id": sentence.article_id, "sentence_index": sentence.sentence_index,
                             "actor": actor, "start": sentence.start + start, "end": sentence.start + end,
                             "text": sentence.text[start:end]})
    return pd.DataFrame(rows).sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def speakers(sentences: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Who speaks in each sentence, and about whom.

    The speaker is the first actor within six words after a speech or stance
    verb (``speech_cues.csv``), as Arabic puts the subject after the verb;
    failing that, the last actor before it. Every other actor in the sentence
    is spoken about.
    """
    rows = []
    for sentence in sentences.itertuples():
        verbs = _matches("speech_cues.csv", sentence.text)
        present = actors[(actors["article_id"] == sentence.article_id)
                         & (actors["sentence_index"] == sentence.sentence_index)]
        if not verbs or present.empty:
            continue
        verb_start, verb_end, _ = verbs[0]
        absolute = sentence.start + verb_end
        window = sentence.start + verb_end + len(" ".join(sentence.text[verb_end:].split()[:6])) + 1
        after = present[(present["start"] >= absolute) & (present["start"] <= window)]
        before = present[present["end"] <= sentence.start + verb_start]
        speaker = after.iloc[0] if len(after) else (before.iloc[-1] if len(before) else None)
        if speaker is None:
            continue
        about = list(dict.fromkeys(a for a in present["actor"] if a != speaker["actor"]))
        rows.append({"article_id": sentence.article_id, "sentence_index": sentence.sentence_index,
                     "speaker": speaker["actor"], "verb": sentence.text[verb_start:verb_end],
                     "start": int(speaker["start"]), "end": int(speaker["end"]), "text": speaker["text"],
                     "about": ", ".join(about)})
    return pd.DataFrame(rows, columns=["article_id", "sentence_index", "speaker", "verb", "start", "end", "text",
                                       "about"])


def hedges(sentences: pd.DataFrame) -> pd.DataFrame:
    """Every hedging or uncertainty marker (``hedge_cues.csv``), with its span."""
    rows = []
    for sentence in sentences.itertuples():
        for start, end, row in _matches("hedge_cues.csv", sentence.text):
            rows.append({"article_id": sentence.article_id, "sentence_index": sentence.sentence_index,
                         "marker": row["cue"], "gloss": row["gloss"], "start": sentence.start + start,
                         "end": sentence.start + end, "text": sentence.text[start:end]})
    return pd.DataFrame(rows, columns=["article_id", "sentence_index", "marker", "gloss", "start", "end", "text"])


def risk_register(sentences: pd.DataFrame) -> pd.DataFrame:
    """The risk drivers of ``risk_drivers.csv`` with their evidence: the first quote, its span, and a count.

    ``evidence_sentences`` counts the sentences that carry the driver's cue:
    a transparent measure of how much the text says about it, not a probability.
    """
    rows = []
    for driver in table("risk_drivers.csv", key="cue"):
        pattern = re.compile(rf"{_PROCLITIC}{re.escape(driver['key'])}")
        hits = [s for s in sentences.itertuples() if pattern.search(match_key(s.text).key)]
        first = hits[0] if hits else None
        quote = {}
        if first is not None:
            mk = match_key(first.text)
            found = pattern.search(mk.key)
            start, end = mk.raw_span(found.start(), found.end())
            quote = {"article_id": first.article_id, "start": first.start + start, "end": first.start + end,
                     "text": first.text[start:end], "sentence": first.text}
        rows.append({"driver": driver["driver"], "direction": driver["direction"],
                     "evidence_sentences": len(hits)} | quote | {"raise_if": driver["raise_if"],
                                                                 "lower_if": driver["lower_if"]})
    return pd.DataFrame(rows)


def precedents(events: pd.DataFrame, pattern: str = r"CAATSA|Section 231|Shoigu|warn") -> pd.DataFrame:
    """The dated external events of the CAATSA story: the context events whose text matches *pattern*."""
    chosen = events[events["event"].str.contains(pattern, case=False, regex=True)]
    return chosen.assign(origin="external").sort_values("date", kind="stable").reset_index(drop=True)


@cache
def labels() -> dict[str, str]:
    """Arabic labels of roles and actors (``narrative_labels.csv``)."""
    return {row["name"]: row["label_ar"] for row in table("narrative_labels.csv")}


def role_counts(roles: pd.DataFrame) -> pd.DataFrame:
    """How many sentences carry each role: a count of textual evidence, most frequent first."""
    counts = roles.drop_duplicates(["article_id", "sentence_index", "role"]).groupby("role").size()
    counts = counts.sort_values(ascending=False, kind="stable").rename("sentences").reset_index()
    return counts.assign(label_ar=counts["role"].map(labels()))


def speaker_counts(speaking: pd.DataFrame) -> pd.DataFrame:
    """How many sentences each actor speaks in, most first."""
    counts = speaking.groupby("speaker").size().sort_values(ascending=False, kind="stable").rename("sentences")
    counts = counts.reset_index()
    return counts.assign(label_ar=counts["speaker"].map(labels()))


def precedent_timeline(events: pd.DataFrame) -> pd.DataFrame:
    """The CAATSA precedents with their Arabic labels (``precedent_labels.csv``), ready for a timeline."""
    chosen = precedents(events)
    labelled = chosen.merge(pd.DataFrame(table("precedent_labels.csv")), on="date", how="left")
    missing = labelled[labelled["label_ar"].isna()]
    if len(missing):
        raise LookupError(f"no Arabic label for the precedent(s) dated {', '.join(missing['date'])}: "
                          "add them to src/analysis/data/precedent_labels.csv")
    return labelled.assign(lane="precedents", timeline_date=labelled["date"].str.replace(r"/\d+$", "", regex=True))
