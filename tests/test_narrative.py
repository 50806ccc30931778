"""The sanctions narrative: stance roles, hedges and speakers, from cue lexicons, with spans; speakers against gold."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import paths, tables
from analysis.topics import narrative
from analysis.extract import extract
from analysis.lexicons import table

GOLD = paths.ROOT / "tests" / "gold" / "speakers.csv"


def frame(text: str, index: int = 0, article_id: str = "t") -> pd.DataFrame:
    return pd.DataFrame([{"article_id": article_id, "sentence_index": index, "start": 0, "end": len(text),
                          "text": text}])


def attribute(*texts: str) -> pd.DataFrame:
    """Speakers of a hand-made article whose sentences are *texts*, entities found by the extractor."""
    rows, mentions, offset = [], [], 0
    for index, text in enumerate(texts):
        rows.append({"article_id": "t", "sentence_index": index, "start": offset, "end": offset + len(text),
                     "text": text})
        for m in extract(text):
            mentions.append(m.to_dict() | {"article_id": "t", "sentence_index": index,
                                           "start": m.start + offset, "end": m.end + offset})
        offset += len(text) + 1
    sentences = pd.DataFrame(rows)
    columns = ["article_id", "sentence_index", "kind", "value", "start", "end", "text"]
    found = pd.DataFrame(mentions) if mentions else pd.DataFrame(columns=columns)
    return narrative.speakers(sentences, narrative.actor_mentions(sentences, found))


@pytest.mark.parametrize(("text", "roles"), [
    ("نفت الوزارة وجود نوايا لفرض عقوبات", {"denial", "consequence"}),
    ("حذر المسؤول من أن ذلك يمثل خطًا أحمرًا", {"warning"}),
    ("وكان القانون قد استخدم سابقًا ضد تركيا", {"precedent"}),
    ("تبدي الأوساط قلقًا من تقليص المساعدات", {"concern", "consequence"}),
    ("الولايات المتحدة ملتزمة بشراكتها مع العراق", {"commitment"}),
    ("ورفض المتحدث باسم الوزارة في تصريحات التعليق على الأمر", {"declines"}),
    ("وقال إن الولايات المتحدة لن تستبق أية قرارات", {"declines"}),
    ("وهو ما يُعد تحذيرًا مبطنًا", {"interpretation", "warning"}),
])
def test_roles_come_from_the_cue_lexicon(text, roles):
    found = narrative.sentence_roles(frame(text))
    assert set(found["role"]) == roles
    for row in found.itertuples():
        assert text[row.start:row.end] == row.text


def test_declining_to_comment_or_prejudge_is_neither_denial_nor_warning():
    for text in ("رفض التعليق", "لن تستبق أية قرارات محتملة", "ورفض المتحدث في تصريحات التعليق"):
        assert set(narrative.roles_in(text)) == {"declines"}, text


def test_a_gap_cue_does_not_reach_past_six_words():
    assert narrative.roles_in("رفض واحد اثنان ثلاثة أربعة خمسة ستة سبعة التعليق") == []


def test_every_cue_class_is_documented_with_a_gloss_and_an_example_that_shows_it():
    documented = {row["name"]: row for row in table("narrative_labels.csv") if row["kind"] != "actor"}
    used = {row["role"] for row in table("narrative_roles.csv")} | {row["class"] for row in table("hedge_cues.csv")}
    assert used == set(documented)
    for name, row in documented.items():
        assert row["gloss"] and row["label_ar"] and row["example"] and row["example_source"], name
        example = frame(row["example"])
        if row["kind"] == "role":
            assert name in narrative.roles_in(row["example"]), name
        elif name == "not_a_hedge":
            assert narrative.hedges(example).empty, "a look-alike example yields no hedge"
        else:
            assert name in set(narrative.hedges(example)["class"]), name


def test_examples_are_quoted_exactly_from_their_article():
    texts = tables.texts()
    for row in narrative.classes().itertuples():
        article_id = row.example_source.split()[0]
        assert row.example in texts[article_id], row.name


@pytest.mark.parametrize(("text", "markers"), [
    ("قد يتأثر التعاون إذا ازداد، والقدرة لا تكفي", ["قد", "إذا"]),  # «القدرة» is not «قد»
    ("وكان القانون قد استخدم سابقًا", []),  # «قد» before a perfect verb marks the past
    ("دون الإفصاح عمّا إذا كانت واشنطن قد نقلت مخاوف", []),  # «عمّا إذا» is "whether"
    ("مجرد طرح القانون يُعد تحذيرًا", []),  # «مجرد» (mere) and «يُعد» are not hedges
    ("قد تجد نفسها قريبًا أمام اختبار", ["قد"]),  # «قريبًا» (soon) is time, not doubt
])
def test_hedges_are_hedges(text, markers):
    assert narrative.hedges(frame(text))["marker"].tolist() == markers


def test_speaker_after_the_verb_with_the_relay_apart():
    speaking = attribute("ورفض المتحدث باسم الخارجية الأميركية التعليق على خطوات تجاه بغداد وموسكو "
                         "وفق ما نقله موقع شفق نيوز")
    row = speaking.iloc[0]
    assert (row.speaker, row.via, row.stance) == ("State Department", "Shafaq News", "declines")
    assert row.text == "المتحدث باسم الخارجية الأميركية"
    assert row.spoken_about == "Iraq, Russia"


def test_speaker_before_the_verb_and_the_spokesperson_referred_back():
    speaking = attribute("إدارة ترامب تنفي وجود نوايا لفرض عقوبات على بغداد.",
                         "ورفض المتحدث باسم الخارجية الأميركية التعليق.", "واكتفى المتحدث بالقول إن الأمر مهم.")
    assert speaking["speaker"].tolist() == ["United States", "State Department", "State Department"]
    assert speaking["stance"].tolist() == ["denial", "declines", "declines"]


@pytest.mark.parametrize("text", [
    "إذ يُنظر إليها في واشنطن باعتبارها محاولة روسية",  # a view placed in Washington, no source of speech
    "ما يجعل أي تقارب مع الكرملين محط مراقبة أميركية دقيقة",  # the author analyses Washington
    "وكان المسؤول الروسي قد ناقش خلال الزيارة ملفات التعاون",  # an activity, not speech
    "قالت مصادر إن الاجتماع انتهى",  # a speech verb with no actor named
])
def test_without_a_named_source_of_speech_the_article_speaks(text):
    speaking = attribute(text)
    assert speaking["speaker"].tolist() == [narrative.ARTICLE]


def test_unnamed_voices_are_sources_and_others_are_spoken_about():
    speaking = attribute("ويقول مراقبون إن واشنطن قلقة من التقارب مع موسكو")
    assert speaking[["speaker", "spoken_about"]].values.tolist() == [["observers", "United States, Russia"]]


def test_a_relay_alone_is_the_speaker():
    speaking = attribute("وأن الاجتماع انتهى بحسب شفق نيوز")
    assert (speaking.iloc[0].speaker, speaking.iloc[0].via) == ("Shafaq News", "")


def test_attribution_scores_count_wrong_and_missing_speakers():
    gold = pd.DataFrame({"article_id": ["a"] * 3, "sentence_index": [0, 1, 2], "speaker": ["X", "Y", "article"],
                         "start": [0, 10, None], "end": [5, 15, None], "spoken_about": ["Y", "", "X, Y"]})
    predicted = gold.assign(speaker=["X", "Z", "article"], spoken_about=["Y", "X", "X"])
    scores = narrative.attribution_scores(predicted, gold)
    assert scores == {"speaker_precision": 0.5, "speaker_recall": 0.5, "about_precision": 2 / 3,
                      "about_recall": 2 / 3}


def _gold() -> pd.DataFrame:
    return pd.read_csv(GOLD, keep_default_na=False,
                       converters={"start": lambda v: pd.NA if v == "" else int(v),
                                   "end": lambda v: pd.NA if v == "" else int(v)})


def test_gold_covers_every_sentence_with_exact_spans():
    gold, sentences, texts = _gold(), tables.load("sentences"), tables.texts()
    assert sorted(zip(gold["article_id"], gold["sentence_index"])) == sorted(
        zip(sentences["article_id"], sentences["sentence_index"]))
    named = gold[gold["speaker"] != narrative.ARTICLE]
    assert len(named) and named["note"].str.len().gt(0).all(), "every named speaker carries the note behind it"
    for row in named.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    assert (gold.loc[gold["speaker"] == narrative.ARTICLE, "text"] == "").all()


def test_speakers_match_the_gold_set():
    sentences, mentions = tables.load("sentences"), tables.load("mentions")
    predicted = narrative.speakers(sentences, narrative.actor_mentions(sentences, mentions))
    scores = narrative.attribution_scores(predicted, _gold())
    assert min(scores.values()) >= 0.9, scores
    texts = tables.texts()
    named = predicted[predicted["speaker"] != narrative.ARTICLE]
    for row in named.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
