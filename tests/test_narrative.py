"""The sanctions narrative: roles, speakers, hedges and the risk register, from cue lexicons, with spans."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import narrative, reference, tables


def frame(text: str) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": "t", "sentence_index": 0, "start": 0, "end": len(text), "text": text}])


@pytest.mark.parametrize(("text", "roles"), [
    ("نفت الوزارة وجود نوايا لفرض عقوبات", {"denial", "consequence"}),
    ("حذر المسؤول من أن ذلك يمثل خطًا أحمرًا", {"warning"}),
    ("وكان القانون قد استخدم سابقًا ضد تركيا", {"precedent"}),
    ("تبدي الأوساط قلقًا من تقليص المساعدات", {"concern", "consequence"}),
    ("الولايات المتحدة ملتزمة بشراكتها مع العراق", {"commitment"}),
])
def test_roles_come_from_the_cue_lexicon(text, roles):
    found = narrative.sentence_roles(frame(text))
    assert set(found["role"]) == roles
    for row in found.itertuples():
        assert text[row.start:row.end] == row.text


def test_speaker_follows_the_verb_and_the_rest_are_spoken_about():
    text = "ورفض المتحدث باسم الخارجية الأميركية التعليق على خطوات تجاه بغداد وموسكو"
    sentences = frame(text)
    from analysis.extract import extract

    mentions = pd.DataFrame([m.to_dict() | {"article_id": "t", "sentence_index": 0} for m in extract(text)])
    speaking = narrative.speakers(sentences, narrative.actor_mentions(sentences, mentions))
    assert speaking[["speaker", "about"]].values.tolist() == [["State Department", "Baghdad, Moscow"]]
    assert text[speaking["start"].iloc[0]:speaking["end"].iloc[0]] == "الخارجية الأميركية"


def test_unnamed_voices_are_actors():
    text = "ويقول مراقبون إن التوقيت حساس"
    sentences = frame(text)
    speaking = narrative.speakers(sentences, narrative.actor_mentions(sentences, pd.DataFrame(
        columns=["article_id", "sentence_index", "kind", "value", "start", "end", "text"])))
    assert speaking["speaker"].tolist() == ["observers"]


def test_hedges_are_whole_words():
    found = narrative.hedges(frame("قد يتأثر التعاون إذا ازداد، والقدرة لا تكفي"))
    assert found["marker"].tolist() == ["قد", "إذا"]  # «القدرة» is not «قد»


def test_risk_register_quotes_evidence_in_the_real_article():
    sentences = tables.load("sentences")
    register = narrative.risk_register(sentences[sentences["article_id"] == "caatsa_rapprochement"])
    texts = tables.texts()
    assert (register["evidence_sentences"] >= 1).all()
    for row in register.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    assert set(register["direction"]) <= {"raises", "lowers"}


def test_precedents_are_external_and_labelled_in_arabic():
    timeline = narrative.precedent_timeline(reference.load("context_events.csv"))
    assert (timeline["origin"] == "external").all() and timeline["label_ar"].notna().all()
    assert {"2017-08-02", "2018-09-20", "2018-02-22", "2020-12-14", "2025-09-16"} <= set(timeline["date"])
