"""Claim checks and the history tables: computed from data, quoting the articles with exact spans."""

from __future__ import annotations

from analysis import claims, history, tables


def test_claim_checks_quote_the_article_and_compute_verdicts():
    checks = claims.claim_checks(tables.load("sentences"), tables.load("mentions")).set_index("claim_id")
    texts = tables.texts()
    for row in checks.reset_index().itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    assert checks.loc["deal_value", "text"] == "(4) مليارات دولار"
    assert "below every figure" in checks.loc["deal_value", "verdict"]
    assert "4.2–4.3" in checks.loc["deal_value", "reference_value"]
    assert checks.loc["second_largest_buyer", "text"] == "ثاني أكبر مشترٍ"
    assert checks.loc["second_largest_buyer", "verdict"].startswith("Not borne out")
    assert "defense-arab.com" in checks.loc["second_largest_buyer", "sources"]


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
