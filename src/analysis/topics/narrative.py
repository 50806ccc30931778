"""The sanctions narrative: what each sentence does, who speaks about whom, and how hedged it is.

Every lexicon is data in ``src/analysis/data/``: ``narrative_roles.csv``
(stance and role cues, one class each), ``hedge_cues.csv`` (possibility and
condition, with look-alikes that are not hedges), ``speech_cues.csv`` (verbs
of speech and relays), ``actors.csv`` (entities and phrases grouped into
actors) and ``narrative_labels.csv`` (each class and actor with its Arabic
label, gloss and an example). Cues match on the match key at the start of a
word, after an optional proclitic; a ``…`` in a cue lets up to six words stand
between its parts. Every match keeps its span. Counts here are counts of
words in one text: they say how much the text talks, never how likely
anything is.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from ..lexicons import table
from ..cues import Cues
from ..normalize import match_key, normalize

ARTICLE = "article"  # the speaker of a sentence that names no source of speech
ANAPHOR = "(previous speaker)"
SPEAKER_COLUMNS = ["article_id", "sentence_index", "speaker", "start", "end", "text", "verb", "stance", "via",
                   "spoken_about"]


@cache
def _cues(name: str) -> tuple[Cues, tuple[dict, ...]]:
    rows = table(name, key="cue")
    cues = Cues([row["key"] for row in rows], whole_word=name == "hedge_cues.csv",
                followed_by=[row.get("next_word", "") for row in rows])
    return cues, rows


def _matches(name: str, text: str) -> list[tuple[int, int, dict]]:
    """Every cue of lexicon *name* in *text*: ``(start, end, row)`` with raw-text offsets."""
    cues, rows = _cues(name)
    mk = match_key(text)
    return [(*mk.raw_span(found.start, found.end), rows[found.index]) for found in cues.find(mk.key)]


def sentence_roles(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence and role cue found in it (``narrative_roles.csv``), with its absolute span."""
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
def _actor_map() -> tuple[dict[str, str], Cues, tuple[str, ...]]:
    rows = table("actors.csv")
    by_entity = {row["entity"]: row["actor"] for row in rows if row["entity"]}
    by_cue = {normalize(row["cue"]): row["actor"] for row in rows if row["cue"]}
    return by_entity, Cues(by_cue), tuple(by_cue.values())


def actor_mentions(sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Every mention of an actor (``actors.csv``), with its span.

    Entities of the extractor are mapped to actors (a capital to its state,
    an office to its actor); phrases such as «مراقبون» are found by cue. A
    bare «المتحدث» is kept as the anaphor ``(previous speaker)``, resolved by
    :func:`speakers`. Regions, cities that are not capitals, laws and weapons
    are not actors.
    """
    by_entity, cues, cue_actors = _actor_map()
    entities = mentions[(mentions["kind"] == "entity") & mentions["value"].isin(by_entity)]
    rows = [{"article_id": m.article_id, "sentence_index": m.sentence_index, "actor": by_entity[m.value],
             "start": m.start, "end": m.end, "text": m.text} for m in entities.itertuples()]
    for sentence in sentences.itertuples():
        mk = match_key(sentence.text)
        for found in cues.find(mk.key):
            start, end = mk.raw_span(found.start, found.end)
            rows.append({"article_id": sentence.article_id, "sentence_index": sentence.sentence_index,
                         "actor": cue_actors[found.index], "start": sentence.start + start,
                         "end": sentence.start + end, "text": sentence.text[start:end]})
    columns = ["article_id", "sentence_index", "actor", "start", "end", "text"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def _words_between(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _source_after(sentence, actors: pd.DataFrame, position: int, gap: int = 1):
    """The first actor mention that starts within *gap* words after *position* (absolute)."""
    for actor in actors.itertuples():
        if actor.start >= position and _words_between(sentence.text[position - sentence.start:
                                                                     actor.start - sentence.start]) <= gap:
            return actor
    return None


def _source_before(sentence, actors: pd.DataFrame, position: int):
    """The actor mention that ends right before *position* (absolute), nothing but spaces between."""
    before = actors[actors["end"] <= position]
    if len(before) and not sentence.text[before.iloc[-1]["end"] - sentence.start:position - sentence.start].strip():
        return next(before.iloc[[-1]].itertuples())
    return None


def _resolve(sentence, actors: pd.DataFrame, mention, previous: str | None) -> tuple[str | None, int, int]:
    """The actor, start and end of a source mention; an anaphor takes the office named right after it."""
    if mention.actor != ANAPHOR:
        return mention.actor, mention.start, mention.end
    named = _source_after(sentence, actors[actors["actor"] != ANAPHOR], mention.end, gap=1)
    if named is not None:
        return named.actor, mention.start, named.end
    return previous, mention.start, mention.end


def _stance(sentence, verb: tuple[int, int, dict], source_end: int) -> str:
    """The role of the cue at the verb, else of the first cue within two words after the source; else «statement»."""
    roles = _matches("narrative_roles.csv", sentence.text)
    for start, _, row in roles:
        if start == verb[0]:
            return row["role"]
    relative = source_end - sentence.start
    for start, _, row in roles:
        if start >= relative and _words_between(sentence.text[relative:start]) <= 2:
            return row["role"]
    return "statement"


def _sentence_speaker(sentence, present: pd.DataFrame, previous: str | None) -> dict:
    found = {"speaker": ARTICLE, "start": None, "end": None, "text": "", "verb": "", "stance": "", "via": ""}
    for start, end, cue in _matches("speech_cues.csv", sentence.text):
        if cue["kind"] in ("name", "surname"):
            continue  # a verb or noun read for people's names only: the attribution keeps its own cues
        verb_start, verb_end = sentence.start + start, sentence.start + end
        mention = _source_after(sentence, present, verb_end)
        if mention is None and cue["kind"] == "speech":
            mention = _source_before(sentence, present, verb_start)
        if mention is None:
            continue
        actor, source_start, source_end = _resolve(sentence, present, mention, previous)
        if actor is None:
            continue
        if cue["kind"] == "relay":
            found["via"] = found["via"] or actor
            continue
        if found["speaker"] == ARTICLE:
            found |= {"speaker": actor, "start": source_start, "end": source_end,
                      "text": sentence.text[source_start - sentence.start:source_end - sentence.start],
                      "verb": sentence.text[start:end], "stance": _stance(sentence, (start, end, cue), source_end)}
    if found["speaker"] == ARTICLE and found["via"]:
        found["speaker"], found["via"] = found["via"], ""
    return found


def speakers(sentences: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Who speaks in each sentence, through whom, and about whom: one row per sentence.

    A sentence has a speaker only where it names a source of speech: an actor
    right after a verb of speech (at most one word between: «تُبدي بعض
    الأوساط»), or right before it («إدارة ترامب تنفي»), or the source a relay
    names («وفق ما نقله موقع …», kept in ``via``). Otherwise the speaker is
    ``article``: the text's own voice, even when it analyses an actor.
    ``stance`` is the class of the speech act (``narrative_roles.csv``), or
    ``statement``. ``spoken_about`` lists, in order of first mention, every
    other actor the sentence names.
    """
    rows = []
    previous: dict[str, str | None] = {}
    for sentence in sentences.sort_values(["article_id", "sentence_index"]).itertuples():
        present = actors[(actors["article_id"] == sentence.article_id)
                         & (actors["sentence_index"] == sentence.sentence_index)]
        found = _sentence_speaker(sentence, present, previous.get(sentence.article_id))
        if found["speaker"] != ARTICLE:
            previous[sentence.article_id] = found["speaker"]
        inside = (present["start"] >= (found["start"] or 0)) & (present["end"] <= (found["end"] or -1))
        others = present[~inside & ~present["actor"].isin({found["speaker"], found["via"], ANAPHOR})]
        rows.append({"article_id": sentence.article_id, "sentence_index": sentence.sentence_index} | found
                    | {"spoken_about": ", ".join(dict.fromkeys(others["actor"]))})
    frame = pd.DataFrame(rows, columns=SPEAKER_COLUMNS)
    return frame.astype({"start": "Int64", "end": "Int64"})


def hedges(sentences: pd.DataFrame) -> pd.DataFrame:
    """Every hedge of possibility or condition (``hedge_cues.csv``), with its class and span.

    Look-alikes that are not hedges («عمّا إذا» "whether", «قد» before a
    perfect verb) are left out.
    """
    rows = []
    for sentence in sentences.itertuples():
        for start, end, row in _matches("hedge_cues.csv", sentence.text):
            if row["class"] == "not_a_hedge":
                continue
            rows.append({"article_id": sentence.article_id, "sentence_index": sentence.sentence_index,
                         "marker": row["cue"], "class": row["class"], "gloss": row["gloss"],
                         "start": sentence.start + start, "end": sentence.start + end,
                         "text": sentence.text[start:end]})
    return pd.DataFrame(rows, columns=["article_id", "sentence_index", "marker", "class", "gloss", "start", "end",
                                       "text"])


@cache
def labels() -> dict[str, str]:
    """Arabic labels of roles, hedge classes and actors (``narrative_labels.csv``)."""
    return {row["name"]: row["label_ar"] for row in table("narrative_labels.csv")}


def classes() -> pd.DataFrame:
    """Every role and hedge class with its Arabic label, gloss, an example and where the example comes from."""
    frame = pd.DataFrame(table("narrative_labels.csv"))
    return frame[frame["kind"] != "actor"].reset_index(drop=True)


def role_counts(roles: pd.DataFrame) -> pd.DataFrame:
    """How many sentences carry each role: a count of textual evidence, most frequent first."""
    counts = roles.drop_duplicates(["article_id", "sentence_index", "role"]).groupby("role").size()
    counts = counts.sort_values(ascending=False, kind="stable").rename("sentences").reset_index()
    return counts.assign(label_ar=counts["role"].map(labels()))


def speaker_counts(speaking: pd.DataFrame) -> pd.DataFrame:
    """How many sentences each speaker (the article included) speaks in, most first."""
    counts = speaking.groupby("speaker").size().sort_values(ascending=False, kind="stable").rename("sentences")
    counts = counts.reset_index()
    return counts.assign(label_ar=counts["speaker"].map(labels()))


def attribution_scores(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """Precision and recall of named speakers and of spoken-about pairs against a gold table.

    A named speaker counts as right when the actor matches and its span
    overlaps the gold span; ``article`` is not a named speaker. Spoken-about
    is scored as (sentence, actor) pairs. Both tables hold one row per
    sentence with ``speaker``, ``start``, ``end`` and ``spoken_about``
    (actors separated by ``, ``).
    """
    keys = ["article_id", "sentence_index"]
    both = predicted.merge(gold, on=keys, suffixes=("", "_gold"), how="outer")
    named = both["speaker"].fillna(ARTICLE) != ARTICLE
    named_gold = both["speaker_gold"].fillna(ARTICLE) != ARTICLE
    right = named & named_gold & (both["speaker"] == both["speaker_gold"]) & (
        both["start"].astype("Float64") < both["end_gold"].astype("Float64")) & (
        both["start_gold"].astype("Float64") < both["end"].astype("Float64"))
    pairs = {side: {(row.article_id, row.sentence_index, actor) for row in frame.itertuples()
                    for actor in str(row.spoken_about or "").split(", ") if actor}
             for side, frame in (("predicted", predicted), ("gold", gold))}
    common = len(pairs["predicted"] & pairs["gold"])
    right_count = int(right.fillna(False).sum())
    return {"speaker_precision": right_count / max(int(named.sum()), 1),
            "speaker_recall": right_count / max(int(named_gold.sum()), 1),
            "about_precision": common / max(len(pairs["predicted"]), 1),
            "about_recall": common / max(len(pairs["gold"]), 1)}


def roles_in(text: str) -> list[str]:
    """The role classes of the cues in *text*, in text order (``narrative_roles.csv``).

    >>> roles_in("رفض المتحدث في تصريحات التعليق")
    ['declines']
    """
    return [row["role"] for _, _, row in _matches("narrative_roles.csv", text)]
