"""Check the articles' quantitative claims against the external reference data.

The claims to check are data (``src/analysis/data/claims.csv``): which article,
a cue that locates the claim's sentence, and which check to run. Each check
finds the claim in the processed tables (with its span), computes the
comparison from ``data/raw/external`` and words a verdict from the numbers.
"""

from __future__ import annotations

import re

import pandas as pd

from . import reference
from .extract.dates import ordinal_days
from .lexicons import table
from .normalize import match_key, normalize


def _sentence_with(cue: str, article_id: str, sentences: pd.DataFrame) -> pd.Series:
    rows = sentences[(sentences["article_id"] == article_id)
                     & sentences["text"].map(lambda t: normalize(cue) in normalize(t))]
    if rows.empty:
        raise LookupError(f"no sentence of {article_id} contains the cue {cue!r} (src/analysis/data/claims.csv)")
    return rows.iloc[0]


def _check_amount(claim: dict, sentence: pd.Series, mentions: pd.DataFrame) -> dict:
    amount = mentions[(mentions["article_id"] == claim["article_id"]) & (mentions["kind"] == "amount")
                      & (mentions["sentence_index"] == sentence["sentence_index"])].iloc[0]
    year = mentions[(mentions["article_id"] == claim["article_id"]) & (mentions["kind"] == "date")
                    & (mentions["sentence_index"] == sentence["sentence_index"])]["value"].iloc[0][:4]
    reported = reference.reported_values(first_year=int(year), last_year=int(year) + 1)
    low, high = reported["value_usd"].min(), reported["value_usd"].max()
    value = float(amount["value"])
    if value < low:
        verdict = (f"Rounded down: the article's ${value / 1e9:g} billion is below every figure reported in "
                   f"{year}–{int(year) + 1} (${low / 1e9:g}–{high / 1e9:g} billion); the order of magnitude holds.")
    elif value > high:
        verdict = f"Higher than every reported figure (${low / 1e9:g}–{high / 1e9:g} billion)."
    else:
        verdict = f"Consistent with the reported figures (${low / 1e9:g}–{high / 1e9:g} billion)."
    sources = "; ".join(dict.fromkeys(f"{r.date}: {r.source_url}" for r in reported.itertuples()))
    return {"article_value": f"{amount['text']} = ${value / 1e9:g} billion ({amount['unit']})",
            "reference_value": f"${low / 1e9:g}–{high / 1e9:g} billion reported ({len(reported)} reports)",
            "verdict": verdict, "sources": sources, "start": int(amount["start"]), "end": int(amount["end"]),
            "text": amount["text"]}


def _check_rank(claim: dict, sentence: pd.Series, mentions: pd.DataFrame) -> dict:
    cue = normalize(claim["cue"])
    ordinal = ordinal_days()[cue.split()[0]]  # «ثاني أكبر مشتر»: the rank the article claims
    year = int(mentions[(mentions["article_id"] == claim["article_id"]) & (mentions["kind"] == "date")
                        & (mentions["sentence_index"] == sentence["sentence_index"])]["value"].iloc[0][:4])
    yearly = reference.iraq_rank_by_year()
    later = yearly[(yearly["year"] > year)]
    best = later.sort_values(["rank", "year"]).iloc[0]
    in_year = yearly[yearly["year"] == year]
    events = reference.load("context_events.csv")
    forecast = events[events["figure"].str.contains("forecast", case=False)]
    window = [int(y) for y in re.findall(r"(\d{4})[–-](\d{4})", forecast["event"].iloc[0])[0]] if len(forecast) else None
    in_window = reference.iraq_rank_in_window(*window) if window else None
    year_text = (f"rank {int(in_year['rank'].iloc[0])} in {year}" if len(in_year)
                 else f"no deliveries to Iraq recorded in {year}")
    window_text = (f"; rank {in_window['rank']} over {in_window['window']} (leaders: {in_window['leaders']})"
                   if in_window else "")
    supported = (len(in_year) and int(in_year["rank"].iloc[0]) <= ordinal) or int(best["rank"]) <= ordinal
    reverse = events[events["event"].str.contains("second-biggest|second-largest", case=False)]
    said = " ".join(f"{r.date} report: «{r.event}»." for r in reverse.itertuples())
    forecast_text = (f" Forecast: «{forecast['event'].iloc[0]}»; SIPRI's deliveries over {in_window['window']} "
                     f"rank Iraq {in_window['rank']}." if in_window else "")
    verdict = ("Supported by SIPRI's yearly deliveries." if supported else
               f"Not borne out by SIPRI deliveries: Iraq never ranked {ordinal} or better after {year} (best: "
               f"{int(best['rank'])} in {int(best['year'])}). {said}{forecast_text}")
    sources = "; ".join([reference.YEARLY_RELEASE] + [f"{r.date}: {r.source_url}" for r in reverse.itertuples()]
                        + [f"{r.date}: {r.source_url}" for r in forecast.itertuples()])
    return {"article_value": f"rank {ordinal} among buyers of Russian arms ({year})",
            "reference_value": f"SIPRI: {year_text}; best later year rank {int(best['rank'])} "
                               f"({int(best['year'])}){window_text}",
            "verdict": verdict, "sources": sources} | _cue_span(claim["cue"], sentence)


def _cue_span(cue: str, sentence: pd.Series) -> dict:
    """Return the span of the claim's own words: from the cue to the end of its word group in the sentence."""
    mk = match_key(sentence["text"])
    at = mk.key.index(normalize(cue))
    start, end = mk.raw_span(at, at + len(normalize(cue)))
    end += len(re.match(r"[^\s،.]*", sentence["text"][end:]).group())  # finish the last word («مشترٍ»)
    base = int(sentence["start"])
    return {"start": base + start, "end": base + end, "text": sentence["text"][start:end]}


CHECKS = {"amount_vs_reported": _check_amount, "rank_among_recipients": _check_rank}


def claim_checks(sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Return one row per claim of ``claims.csv``: the article's words (with span) beside the data, and a verdict."""
    rows = []
    for claim in table("claims.csv"):
        sentence = _sentence_with(claim["cue"], claim["article_id"], sentences)
        result = CHECKS[claim["check"]](claim, sentence, mentions)
        rows.append({"claim_id": claim["claim_id"], "article_id": claim["article_id"]} | result)
    columns = ["claim_id", "article_id", "start", "end", "text", "article_value", "reference_value", "verdict", "sources"]
    return pd.DataFrame(rows, columns=columns)
