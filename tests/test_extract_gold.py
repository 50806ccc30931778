"""The extractor against hand-made gold annotations of both articles: 100% precision and recall."""

from __future__ import annotations

import csv

import pytest

from analysis import paths
from analysis.extract import extract
from analysis.reading import read_text

ARTICLES = {"relations_history": "relations_history_1944_2018.txt",
            "caatsa_rapprochement": "caatsa_rapprochement_worries_washington.txt"}
FIELDS = ("kind", "start", "end", "text", "value", "unit", "granularity", "type", "hedge", "qualifier", "calendar",
          "demonym", "metonym_for", "found_by")  # found_by: how an entity was found (lexicon, pattern, title…)


def gold(article_id: str) -> list[dict[str, str]]:
    with open(paths.ROOT / "tests" / "gold" / f"{article_id}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def as_row(mention) -> dict[str, str]:
    record = mention.to_dict()
    return {field: "" if record.get(field) is None else str(record[field]) for field in FIELDS}


@pytest.fixture(params=list(ARTICLES), scope="module")
def article(request):
    text = read_text(paths.RAW_ARTICLES / ARTICLES[request.param]).text
    return request.param, text, gold(request.param), [as_row(m) for m in extract(text)]


def test_gold_spans_quote_the_text(article):
    _, text, expected, _ = article
    for row in expected:
        assert text[int(row["start"]):int(row["end"])] == row["text"]


@pytest.mark.parametrize("kind", ["date", "period", "amount", "percent", "entity"])
def test_precision_and_recall_are_100_percent(article, kind):
    article_id, _, expected, found = article
    key = lambda row: tuple(row[f] for f in FIELDS)  # noqa: E731 - every field must agree
    expected_set = {key(r) for r in expected if r["kind"] == kind}
    found_set = {key(r) for r in found if r["kind"] == kind}
    missed, spurious = expected_set - found_set, found_set - expected_set
    recall = 1 - len(missed) / len(expected_set) if expected_set else 1.0
    precision = 1 - len(spurious) / len(found_set) if found_set else 1.0
    assert (precision, recall) == (1.0, 1.0), f"{article_id} {kind}: missed {sorted(missed)}, spurious {sorted(spurious)}"


def test_gold_covers_the_expressions_the_notebooks_rely_on():
    history = {(r["kind"], r["value"]) for r in gold("relations_history")}
    assert {("date", "1944-09-09"), ("date", "1955"), ("date", "1958-07"), ("date", "1972-04"),
            ("period", "2003/2011"), ("amount", "4000000000"), ("date", "2012")} <= history
    caatsa = {(r["kind"], r["value"], r["qualifier"]) for r in gold("caatsa_rapprochement")}
    assert ("date", "2022", "since") in caatsa
    assert ("entity", "CAATSA", "") in caatsa and ("entity", "S-400", "") in caatsa


def test_gold_says_how_every_entity_is_found():
    for article_id in ARTICLES:
        rows = gold(article_id)
        assert all(r["found_by"] in ("lexicon", "pattern") for r in rows if r["kind"] == "entity")
        assert all(r["found_by"] == "" for r in rows if r["kind"] != "entity")
