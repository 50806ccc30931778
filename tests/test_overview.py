"""The corpus overview's findings and limits: sentences written from the tables, every number computed."""

from __future__ import annotations

import pandas as pd

from analysis.topics import overview

TEXTS = {"a": "العراق وروسيا.\nالعراق والعراق بغداد.\nلقراءة المزيد اضغط هنا", "b": "زارَ الوفدُ موسكو."}


def frames():
    articles = pd.DataFrame({"article_id": ["a", "b"], "kind": ["news report", "news report"],
                             "published": ["", "2020-01-02"], "outlet": ["", ""], "headline": ["", ""],
                             "n_chars": [len(TEXTS["a"]), len(TEXTS["b"])], "n_sentences": [2, 1],
                             "n_words": [5, 3]})
    paragraphs = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "paragraph_index": [0, 1, 2, 0],
                               "kind": ["body", "body", "boilerplate", "body"],
                               "text": ["العراق وروسيا.", "العراق والعراق بغداد.", "لقراءة المزيد اضغط هنا",
                                        "زارَ الوفدُ موسكو."]})
    sentences = pd.DataFrame({"article_id": ["a", "a", "b"], "start": [0, 15, 0], "end": [14, 36, 18],
                              "text": [TEXTS["a"][0:14], TEXTS["a"][15:36], TEXTS["b"]],
                              "is_boilerplate": [False, False, False]})
    return articles, paragraphs, sentences


def test_key_findings_carry_the_computed_numbers():
    articles, paragraphs, sentences = frames()
    text = overview.key_findings(articles, paragraphs, sentences, TEXTS, spans_checked=7)
    assert "2 articles (a, b)" in text and "8 words in 3 sentences and 4 paragraphs" in text
    assert "1 of 2 articles state no publication date and 2 name no outlet" in text
    assert "All 7 paragraph and sentence spans" in text
    assert "b is the most vocalised text" in text
    assert "«العراق» in a (3 times)" in text
    assert "«لقراءة المزيد اضغط هنا» in a" in text
    assert all(line.startswith("- ") for line in text.splitlines())


def test_limits_count_the_corpus():
    articles, _, sentences = frames()
    text = overview.limits(articles, sentences)
    assert "2 articles (2 news report)" in text and "from 3 sentences" in text


def test_quoted_article_text_is_inert_in_the_findings():
    articles, paragraphs, sentences = frames()
    paragraphs.loc[2, "text"] = 'للمزيد <a href="javascript:alert(1)">اضغط هنا</a>'
    text = overview.key_findings(articles, paragraphs, sentences, TEXTS, spans_checked=7)
    assert "<a " not in text and '&lt;a href="javascript:alert(1)"&gt;' in text


def test_top_words_for_the_whole_corpus_at_once_match_each_articles_own_count():
    from analysis.words import content_word_counts

    _, _, sentences = frames()
    texts = {**TEXTS, "c": "العراق بغداد العراق وبغداد موسكو موسكو"}
    sentences = pd.concat([sentences, pd.DataFrame({"article_id": ["c"], "start": [0], "end": [len(texts["c"])],
                                                    "text": [texts["c"]], "is_boilerplate": [False]})])
    top = overview.top_content_words(sentences, texts, n=2)
    for article_id, text in texts.items():
        rows = sentences[sentences["article_id"] == article_id]
        expected = content_word_counts(text, article_id, zip(rows["start"], rows["end"])).head(2)
        got = top[top["article_id"] == article_id]
        assert got[["word", "key", "count", "start", "end", "text"]].values.tolist() == \
            expected[["word", "key", "count", "start", "end", "text"]].values.tolist()
        assert got["rank"].tolist() == list(range(1, len(got) + 1))
