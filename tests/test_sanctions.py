"""The CAATSA decision analysis: the article against the record, base rates, Iraq's exposure, indicators, timeline."""

from __future__ import annotations

import re

import matplotlib
import nbformat
import pandas as pd
import pytest

from analysis import paths, tables
from analysis.topics import narrative, reference, sanctions
from analysis.lexicons import table

matplotlib.use("Agg")


def case(country, purchase, response, date, year="2018", delivery="Delivered", url="https://example.org/x"):
    return {"country": country, "purchase": purchase, "deal_year": year, "delivery_status": delivery,
            "us_response": response, "response_date": date, "instrument_or_detail": "", "source_url": url,
            "source_quote": ""}


CASES = pd.DataFrame([
    case("A", "S-400 (5 units)", "sanction_threatened", "2019-01"),
    case("A", "S-400 (5 units, ~$1bn)", "deal_cancelled_or_shelved", "2020"),  # the same purchase, later
    case("B", "Su-35", "sanctioned_sec231", "2018-09-20"),
    case("B", "T-90 (tanks)", "waiver_or_no_action", "2019-05"),
    case("C", "S-400 (talks)", "unknown", ""),
    case("(all countries: waiver authority)", "n/a", "waiver_or_no_action", "2018-08", delivery="n/a"),
])


@pytest.fixture(scope="module")
def caatsa():
    mentions, sentences = tables.load("mentions"), tables.load("sentences")
    article_id = mentions.loc[mentions["value"] == "CAATSA", "article_id"].iloc[0]
    sentences = sentences[sentences["article_id"] == article_id]
    speaking = narrative.speakers(sentences, narrative.actor_mentions(sentences, mentions))
    record = sanctions.article_record(tables.load("articles"), tables.texts(),
                                      reference.load("chronology_reference.csv"), article_id)
    return {"sentences": sentences, "speaking": speaking, "record": record,
            "framed": sanctions.framing(speaking, sentences, record)}


def test_chronology_numbers_map_to_articles_through_the_catalog():
    ids = sanctions.article_ids_by_prefix(tables.load("articles"))
    assert ids == {"000": "relations_history", "004": "caatsa_rapprochement"}


def test_every_chronology_claim_is_located_exactly(caatsa):
    record, texts = caatsa["record"], tables.texts()
    chronology = reference.load("chronology_reference.csv")
    assert len(record) == (chronology["article_id"] == "004").sum()
    assert tables.verify_spans(record, texts) == len(record)


def test_a_missing_quote_is_refused_by_name():
    chronology = pd.DataFrame([{"article_id": "004", "article_quote": "نص غير موجود", "claim_en": "", "article_date": "",
                                "reference_date": "", "status": "", "note": "", "source_url": "", "source_quote": ""}])
    articles = pd.DataFrame({"article_id": ["x"], "original_file": ["004_a.txt"]})
    with pytest.raises(LookupError, match="not in article x"):
        sanctions.article_record(articles, {"x": "نص آخر"}, chronology)


@pytest.mark.parametrize(("article", "reference_date", "expected"), [
    ("", "2025-09-18", "the article gives no date"),
    ("2022", "2014", "differs: 2022 in the article, 2014 in the sources"),
    ("2017", "2017-08-02", "same date"),
])
def test_date_check(article, reference_date, expected):
    assert sanctions._date_check(article, reference_date) == expected


def test_framing_sets_the_articles_denials_beside_the_source(caatsa):
    framed = caatsa["framed"]
    assert framed.loc[framed["stance"] == "denial", "sentence_index"].tolist() == [1, 5, 15]
    assert framed.loc[framed["stance"] == "declines", "sentence_index"].tolist() == [6, 7]
    finding = sanctions.framing_finding(framed, caatsa["record"])
    assert "prejudge" in finding and "لن تستبق" in finding and "partly" in finding
    assert "[shafaq.com](https://www.shafaq.com/" in finding


def test_the_notebook_never_repeats_a_contradicted_claim_as_fact():
    notebook = nbformat.read(paths.NOTEBOOKS / "03_sanctions_risk.ipynb", as_version=4)
    texts = [cell.source for cell in notebook.cells if cell.cell_type == "markdown"]
    texts += [output.data.get("text/markdown", "") for cell in notebook.cells if cell.cell_type == "code"
              for output in cell.outputs if "data" in output]
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?])\s+|\n", text) if "combat mission" in s.lower()]
    assert sentences, "the notebook reports the article's combat-mission claim"
    for sentence in sentences:
        assert re.search(r"differ|ended|Global Coalition", sentence), sentence


def test_purchases_take_the_outcome_of_the_latest_row():
    bought = sanctions.purchases(CASES)
    assert bought["country"].tolist() == ["A", "B", "B", "C"]
    first = bought.iloc[0]
    assert first["us_response"] == "deal_cancelled_or_shelved"
    assert first["path"] == "Threatened only → Deal cancelled or shelved"


def test_base_rates_show_both_denominators():
    rates = sanctions.base_rates(sanctions.purchases(CASES)).set_index("us_response")
    assert rates["purchases"].sum() == 4 and (rates["of_purchases"] == 4).all() and (rates["of_countries"] == 3).all()
    assert rates.loc["sanctioned_sec231", "purchases"] == 1
    assert rates.loc["sanctioned_sec231", "share_of_purchases_pct"] == 25.0
    assert rates["countries"].sum() == 4  # country B counts under two outcomes
    assert rates.loc["deal_cancelled_or_shelved", "which"] == "A (S-400)"


def test_the_real_record_of_cases():
    cases = reference.load("caatsa_cases.csv")
    bought = sanctions.purchases(cases)
    assert len(bought) == cases.loc[cases["delivery_status"] != "n/a"].pipe(
        lambda c: c["country"] + c["purchase"].str.split("(").str[0] + c["deal_year"]).str.strip().nunique()
    sanctioned = bought[bought["us_response"] == "sanctioned_sec231"]
    assert sorted(sanctioned["country"]) == ["China", "Turkey"]
    assert set(sanctions.ever_threatened(cases)["country"]) >= {"India", "Egypt", "Indonesia", "Iraq"}
    assert len(sanctions.outcome_labels()) <= 6


def test_every_record_key_names_one_row():
    for row in table("record_keys.csv"):
        found = sanctions.record_row(row["key"])
        assert found["source_url"].startswith("http"), row["key"]


def test_register_summary_is_the_sum_of_the_deals():
    deals = sanctions.register_deliveries("Iraq", 2017, 2023)
    summary = sanctions.register_summary("Iraq", 2017, 2023)
    assert summary["tiv_millions"] == pytest.approx(deals["tiv_delivered_millions"].sum())
    assert summary["last_delivery_year"] == deals["last_delivery"].max()
    assert 0 < summary["share_pct"] < 100 and 1 <= summary["rank"] <= summary["recipients"]
    assert "T-90S" in set(deals["designation"])


def test_indicators_are_tied_to_sourced_cases():
    signals = sanctions.indicators(reference.load("caatsa_cases.csv"))
    assert len(signals) == len(table("risk_indicators.csv"))
    assert set(signals["moves_the_risk"]) <= {"raises", "lowers", "neither"}
    assert signals["source_url"].str.startswith("http").all() and signals["case"].str.len().gt(0).all()
    assert not signals["indicator"].str.contains("%|probab", case=False).any()


def test_timeline_has_the_cases_coloured_by_response():
    cases = reference.load("caatsa_cases.csv")
    timeline = sanctions.precedent_timeline(reference.load("context_events.csv"), cases)
    colors = sanctions.timeline_colors()
    assert len(colors) <= 6 and set(timeline["category"]) <= set(colors)
    assert set(timeline["lane"]) <= set(sanctions.timeline_lanes())
    assert timeline["label_ar"].notna().all() and (timeline["label_ar"] != "").all()
    placed = timeline[timeline["lane"] != "context"]
    assert len(placed) == (~cases["country"].str.startswith("(")).sum()
    assert not set(timeline.loc[timeline["lane"] == "context", "date"]) & set(placed["date"])


def test_key_findings_and_limits_carry_computed_numbers(caatsa):
    bought = sanctions.purchases(reference.load("caatsa_cases.csv"))
    arms = sanctions.register_summary("Iraq", 2017, 2023)
    text = sanctions.key_findings(caatsa["record"], caatsa["framed"], caatsa["speaking"], bought, arms)
    assert f"Of the {len(bought)} major purchases" in text
    assert f"{len(caatsa['record'])} claims" in text and str(arms["last_delivery_year"]) in text
    assert "$" not in text.replace(r"\$", "")
    limits = sanctions.limits(bought, articles=1)
    assert f"{len(bought)} purchases" in limits and "not a probability" in limits


def test_markdown_helpers():
    assert sanctions.domain("https://www.example.org/a") == "example.org"
    assert sanctions.markdown_link("https://x.org/a") == "[x.org](https://x.org/a)"
    frame = pd.DataFrame({"name": ["a", "a"], "source_url": ["https://x.org/1", "https://x.org/1"]})
    assert sanctions.sources_markdown(frame, "name") == "- a: [x.org](https://x.org/1)"


def test_charts_count_with_integer_ticks_and_colour_with_a_legend():
    from analysis import plots

    rates = sanctions.base_rates(sanctions.purchases(CASES))
    fig = plots.count_bars(rates, label="label_ar", value="purchases", color="color", note="which")
    ticks = fig.axes[0].get_xticks()
    assert all(float(t).is_integer() for t in ticks)
    timeline = sanctions.precedent_timeline(reference.load("context_events.csv"), CASES)
    fig = plots.category_timeline(timeline, date="timeline_date", label="label_ar", lane="lane", category="category",
                                  lanes=sanctions.timeline_lanes(), colors=sanctions.timeline_colors())
    legend = fig.axes[0].get_legend()
    assert legend is not None and len(legend.get_texts()) == timeline["category"].nunique()


def test_order_years_set_the_case_file_beside_sipri():
    bought = pd.DataFrame([{"country": "Iraq", "purchase": "T-90S/SK tanks (73)", "deal_year": "2017"},
                           {"country": "Iraq", "purchase": "Pantsyr (talks)", "deal_year": "2011/2012"}])
    years = sanctions.order_years(bought).set_index("sipri_designation")
    assert years.loc["T-90S", "sipri_order_year"] == 2016 and not years.loc["T-90S", "agree"]
    assert years.loc["Pantsyr", "agree"]  # SIPRI's 2012 falls within 2011/2012
    assert "Iraq's T-90S: 2017 in the case file, 2016" in sanctions.limits(
        sanctions.purchases(reference.load("caatsa_cases.csv")), articles=1)
