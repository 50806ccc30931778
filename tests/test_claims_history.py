"""Claim finding and checks, the reference check of the history timeline: on small hand-made frames and the real data."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import tables
from analysis.topics import claims, history, reference


# --- Matching statements to the reference chronology ---------------------------------------------------------------

TEXT = "أسست العلاقات في 9 سبتمبر 1944، وقطعت في عام 1955. وزار الوزير بغداد."


def _frames():
    articles = pd.DataFrame({"article_id": ["demo"], "original_file": ["007_abc.txt"]})
    events = pd.DataFrame({"article_id": ["demo", "demo"], "event_index": [0, 1], "start": [0, 34], "end": [29, 49],
                           "text": [TEXT[0:29], TEXT[34:49]], "date_value": ["1944-09-09", "1960"]})
    ref = pd.DataFrame({"article_id": ["007", "007"], "article_quote": ["أسست العلاقات", "وزار الوزير بغداد"],
                        "claim_en": ["Relations established", "The minister visited Baghdad"],
                        "article_date": ["1944-09-09", ""], "reference_date": ["1944-09-09", "2025-09-16"],
                        "status": ["confirmed", "confirmed"], "note": ["", ""], "source_url": ["https://a", "https://b"],
                        "source_quote": ["", ""]})
    return articles, events, ref


def test_article_codes_come_from_the_catalog_prefix():
    assert history.article_codes(_frames()[0]) == {"007": "demo"}


@pytest.mark.parametrize(("article", "ref", "expected"), [
    ("1944-09-09", "1944-09-09", "same day"), ("1958-07", "1958-07-18", "same month"),
    ("1955", "1955-01", "same year"), ("1972-04", "1972-05-01", "same year, different month"),
    ("2022", "2014", "off by 8 years"), ("2011", "2012-01", "off by 1 year"),
    ("", "2025-09-16", "the article gives no date"), ("2011-08", "", "no reference date"),
    ("2003/2011", "2008-02-11", "within the period"), ("2003/2011", "2014", "off by 3 years"),
])
def test_date_agreement(article, ref, expected):
    assert history.date_agreement(article, ref) == expected


def test_overlap_matches_statements_and_lists_claims_with_no_statement():
    articles, events, ref = _frames()
    located = history.locate_reference(ref, articles, {"demo": TEXT})
    assert TEXT[located["quote_start"][1]:located["quote_end"][1]] == "وزار الوزير بغداد"
    checked = history.reference_check(events, located)
    matched = checked[checked["event_index"] == 0].iloc[0]
    assert (matched["agreement"], matched["claim_en"]) == ("same day", "Relations established")
    no_reference = checked[checked["event_index"] == 1].iloc[0]  # a statement with no reference claim
    assert no_reference["agreement"] == history.NO_REFERENCE and no_reference["reference_index"] == -1
    missed = checked[checked["event_index"] < 0].iloc[0]  # a reference claim with no statement
    assert (missed["agreement"], missed["dated_from"]) == ("the article gives no date", "sources")
    assert TEXT[missed["start"]:missed["end"]] == missed["text"]
    rec = history.recall(checked).set_index("article")
    assert rec.loc["demo", "found"] == 1 and rec.loc["demo", "share found (%)"] == 50.0
    assert rec.loc["demo", "share of dated claims found (%)"] == 100.0
    points = history.timeline_points(checked)
    assert set(points["class"]) == {"dates agree", "no reference date", "dated from sources only"}


def test_status_and_computed_agreement_disagree_where_they_should():
    assert history.status_disagreement("same year", "partly").startswith("the dates agree")
    assert history.status_disagreement("off by 2 years", "confirmed") == "recorded as confirmed, but the dates differ"
    assert history.status_disagreement("same day", "confirmed") == ""


def test_real_reference_check_covers_every_statement_and_dates_article_004_from_sources():
    articles, events = tables.load("articles"), history.labelled_events(tables.load("events"))
    located = history.locate_reference(reference.load("chronology_reference.csv"), articles, tables.texts())
    assert (located["quote_start"] >= 0).all(), "every article_quote is found in its article"
    checked = history.reference_check(events, located)
    assert set(zip(events["article_id"], events["event_index"])) <= set(zip(checked["article_id"], checked["event_index"]))
    assert tables.verify_spans(checked, tables.texts()) == len(checked)
    covered = history.coverage(events, checked).set_index("article_id")
    assert covered.loc["caatsa_rapprochement", "last_year_with_sources"] == 2025
    findings = history.key_findings(events, checked, covered.reset_index())
    assert "31" in findings and 3 <= findings.count("\n- ") + 1 <= 6


# --- Claims found from the cue lexicon -----------------------------------------------------------------------------

def _corpus(sentence: str, mentions: list[dict]):
    sentences = pd.DataFrame({"article_id": ["new"], "sentence_index": [0], "start": [0], "end": [len(sentence)],
                              "text": [sentence], "is_boilerplate": [False]})
    rows = [{"article_id": "new", "sentence_index": 0, "type": "", "unit": ""} | m for m in mentions]
    columns = ["article_id", "sentence_index", "kind", "start", "end", "text", "value", "unit", "type"]
    return sentences, pd.DataFrame(rows, columns=columns)


def _span(text: str, words: str) -> dict:
    at = text.index(words)
    return {"start": at, "end": at + len(words), "text": words}


def test_a_new_article_with_a_rank_claim_is_found_and_checked_on_both_bases():
    text = "وفي عام 2012 أصبح العراق ثاني أكبر مستورد للأسلحة الروسية."
    sentences, mentions = _corpus(text, [
        {"kind": "date", "value": "2012"} | _span(text, "عام 2012"),
        {"kind": "entity", "type": "country", "value": "Iraq"} | _span(text, "العراق"),
        {"kind": "entity", "type": "country", "value": "Russia"} | _span(text, "الروسية")])
    checks = claims.claim_checks(sentences, mentions)
    row = checks.iloc[0]
    assert (row["text"], row["claim_type"], row["rank"], row["topic"]) == ("ثاني أكبر مستورد", "rank", 2, "buyer of arms")
    assert row["verdict"].startswith("Supported on the orders basis")
    assert "Not supported on the deliveries (register) basis" in row["verdict"]  # the bases disagree
    assert "near-tie" in row["verdict"] and "China" in row["verdict"]


def test_a_new_article_with_an_amount_is_checked_per_distinct_source():
    text = "بلغت قيمة صفقة الأسلحة 4.2 مليار دولار في عام 2012."
    sentences, mentions = _corpus(text, [
        {"kind": "amount", "value": "4200000000", "unit": "USD"} | _span(text, "4.2 مليار دولار"),
        {"kind": "date", "value": "2012"} | _span(text, "عام 2012")])
    row = claims.claim_checks(sentences, mentions).iloc[0]
    assert row["claim_type"] == "amount" and row["verdict"].startswith("Consistent with 6 of 8 sources")


def test_claims_without_a_check_or_a_year_are_shown_as_not_checked():
    text = "كانت بغداد أحد أهم الشركاء، وأكبر مشترٍ للأسلحة الروسية."
    sentences, mentions = _corpus(text, [
        {"kind": "entity", "type": "country", "value": "Russia"} | _span(text, "الروسية")])
    checks = claims.claim_checks(sentences, mentions)
    assert checks["text"].tolist() == ["أحد أهم الشركاء", "أكبر مشترٍ"]
    assert checks["verdict"].tolist() == ["not checked: no reference data measures or ranks partnerships",
                                          "not checked: the sentence gives no year"]


def test_a_cue_inside_a_date_is_not_a_claim():
    text = "في كانون الأول 2012 وصلت الشحنة."
    sentences, mentions = _corpus(text, [{"kind": "date", "value": "2012-12"} | _span(text, "كانون الأول 2012")])
    assert claims.find_claims(sentences, mentions).empty


@pytest.mark.parametrize(("value", "half"), [(4e9, 5e8), (4.2e9, 5e7), (12e9, 5e8), (900e6, 5e7)])
def test_rounding_of_a_figure(value, half):
    assert claims.rounding_half_unit(value) == half


def test_value_comparison_marks_rounded_figures():
    by_source = pd.DataFrame({"source": ["a", "b", "c"], "value_usd": [4.2e9, 4.3e9, 4.6e9]})
    compared = claims.value_comparison(4e9, by_source)
    assert compared["verdict"].tolist() == ["consistent (rounded)", "consistent (rounded)", "article lower"]
    assert compared["relative difference (%)"].tolist() == [-4.8, -7.0, -13.0]


def test_reported_figures_count_once_per_distinct_source():
    reported = pd.DataFrame({"date": ["2012-10-09", "2012-10-09", "2012-11"],
                             "figure": ["more than $4.2 billion (Vedomosti had said $4.3bn)", "$4.2bn", "$4.2bn"],
                             "source_url": ["https://www.reuters.com/x", "https://bbc.co.uk/y", "https://www.reuters.com/z"]})
    by_source = claims.reported_by_source(reported)
    assert by_source[["source", "value_usd", "more_than"]].values.tolist() == [
        ["reuters.com", 4.2e9, True], ["Vedomosti", 4.3e9, False], ["bbc.co.uk", 4.2e9, False]]


def test_real_claims_quote_the_article_and_name_their_basis():
    checks = claims.claim_checks(tables.load("sentences"), tables.load("mentions"))
    assert tables.verify_spans(checks, tables.texts()) == len(checks)
    rank = checks[checks["claim_type"] == "rank"].iloc[0]
    assert rank["text"] == "ثاني أكبر مشترٍ" and rank["basis"].startswith("orders")
    amount = checks[checks["claim_type"] == "amount"].iloc[0]
    assert amount["verdict"].startswith("Consistent (rounded)") and "8 distinct sources" in amount["verdict"]


# --- The history tables ---------------------------------------------------------------------------------------------

def test_phases_quote_their_cue_and_follow_each_other():
    phases = history.phases(tables.load("sentences"), tables.load("events"))
    texts = tables.texts()
    for row in phases.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    history_phases = phases[phases["article_id"] == "relations_history"]
    starts = [int(year) for year in history_phases["from"] if year]
    assert starts == sorted(starts)


def test_labelled_events_are_in_date_order_with_arabic_labels():
    events = history.labelled_events(tables.load("events"))
    assert events["date_first"].tolist() == sorted(events["date_first"])
    assert events["label_ar"].notna().all() and events["label"].str.contains(r"\d{4}$").all()


def test_coverage_spans_each_articles_dates():
    coverage = history.coverage(tables.load("events")).set_index("article_id")
    events = tables.load("events")
    for article_id, rows in events.groupby("article_id"):
        assert coverage.loc[article_id, "first_year"] == int(rows["date_first"].str[:4].min())
        assert coverage.loc[article_id, "dated_statements"] == len(rows)


def test_a_comparative_is_not_a_superlative_claim():
    sentences, mentions = _corpus("كانت الصفقة أكبر من سابقتها.", [])
    assert claims.find_claims(sentences, mentions).empty


def test_the_same_claim_in_many_articles_is_checked_once_and_named_once_in_the_findings(monkeypatch):
    text = "بلغت قيمة صفقة الأسلحة 4.2 مليار دولار في عام 2012."
    sentences, mentions = _corpus(text, [
        {"kind": "amount", "value": "4200000000", "unit": "USD"} | _span(text, "4.2 مليار دولار"),
        {"kind": "date", "value": "2012"} | _span(text, "عام 2012")])
    ids = [f"a{i:02d}" for i in range(12)]
    sentences = pd.concat([sentences.assign(article_id=i) for i in ids], ignore_index=True)
    mentions = pd.concat([mentions.assign(article_id=i) for i in ids], ignore_index=True)
    calls = []
    check = claims.CHECKS["amount_vs_reported"]
    monkeypatch.setitem(claims.CHECKS, "amount_vs_reported", lambda claim, raw: calls.append(1) or check(claim, raw))
    checks = claims.claim_checks(sentences, mentions)
    assert len(checks) == 12 and len(calls) == 1 and checks["verdict"].nunique() == 1
    ranks = reference.rank_by_basis("Iraq", range(2010, 2019))
    findings = claims.key_findings(checks, ranks, reference.deal_life_cycle(2012), reference.ordered_vs_delivered(2012))
    amount_lines = [line for line in findings.splitlines() if line.startswith("- «4.2 مليار دولار»")]
    assert len(amount_lines) == 1 and "a00, a01" in amount_lines[0] and "and 4 more articles, 2012)" in amount_lines[0]


def test_reference_check_on_many_statements_keeps_event_order_and_one_row_per_match():
    events = pd.DataFrame({"article_id": ["a", "b", "a", "a"], "event_index": [0, 0, 1, 2], "start": [0, 0, 20, 40],
                           "end": [10, 10, 30, 50], "text": ["x"] * 4, "date_value": ["1944", "1958", "1972", "2012"]})
    located = pd.DataFrame({"article_id": ["a", "a", "b"], "quote_start": [22, 25, 100], "quote_end": [28, 29, 110],
                            "reference_index": [0, 1, 2], "reference_date": ["1972-04-09", "1972", "1990"],
                            "article_date": ["1972", "1972", ""], "status": ["confirmed"] * 3,
                            "claim_en": ["c0", "c1", "c2"], "note": [""] * 3, "source_url": [""] * 3,
                            "article_quote": ["q0", "q1", "q2"]})
    checked = history.reference_check(events, located)
    found = checked[checked["event_index"] >= 0]
    assert list(zip(found["article_id"], found["event_index"], found["reference_index"])) == [
        ("a", 0, -1), ("b", 0, -1), ("a", 1, 0), ("a", 1, 1), ("a", 2, -1)]
    assert checked.iloc[-1]["reference_index"] == 2 and checked.iloc[-1]["dated_from"] == "sources"
