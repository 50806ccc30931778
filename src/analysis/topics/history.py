"""The history of the relationship as the articles tell it: dated events, phases and coverage."""

from __future__ import annotations

from functools import cache

import pandas as pd

from ..lexicons import table
from ..markdown import bullets, ids_by, listing
from ..normalize import match_key, normalize


@cache
def event_types() -> pd.DataFrame:
    """Return the event types with their Arabic and English labels (``data/event_types.csv``)."""
    return pd.DataFrame(table("event_types.csv"))


def labelled_events(events: pd.DataFrame) -> pd.DataFrame:
    """Add Arabic and English event-type labels and the first year to ``events.csv`` rows, in date order."""
    labelled = events.merge(event_types(), on="event_type", how="left")
    labelled["year"] = labelled["date_first"].str[:4].astype(int)
    labelled["label"] = labelled["label_ar"] + " " + labelled["date_first"].str[:4]
    return labelled.sort_values(["date_first", "article_id", "event_index"], kind="stable").reset_index(drop=True)


def coverage(events: pd.DataFrame, checked: pd.DataFrame | None = None) -> pd.DataFrame:
    """Which years each article covers: its earliest and latest dated statement, and how many it has.

    With *checked* (from :func:`reference_check`), also the years its claims
    cover once the claims the article leaves undated take their reference
    date ("dated from sources"), and how many claims that adds.
    """
    years = events.assign(first=events["date_first"].str[:4].astype(int), last=events["date_last"].str[:4].astype(int))
    frame = years.groupby("article_id", sort=False).agg(first_year=("first", "min"), last_year=("last", "max"),
                                                        dated_statements=("event_index", "count")).reset_index()
    if checked is None:
        return frame
    sourced = checked[checked["dated_from"] == "sources"]
    dates = pd.concat([years[["article_id", "first", "last"]],
                       pd.DataFrame({"article_id": sourced["article_id"],
                                     "first": sourced["reference_date"].str[:4].astype(int),
                                     "last": sourced["reference_date"].str[:4].astype(int)})])
    with_sources = dates.groupby("article_id").agg(first_year_with_sources=("first", "min"),
                                                   last_year_with_sources=("last", "max"))
    added = sourced.groupby("article_id").size().rename("claims_dated_from_sources")
    return (frame.merge(with_sources, on="article_id", how="outer").merge(added, on="article_id", how="left")
            .fillna({"claims_dated_from_sources": 0}).astype({"claims_dated_from_sources": int}))


def phases(sentences: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The phases the articles describe, each with its own words and span.

    Each phase of ``data/phases.csv`` is located by a cue; it starts at the
    first date of its sentence (or, for a sentence without a date, at the last
    date before it) and ends where the next phase of the same article starts.
    """
    rows = []
    for phase in table("phases.csv"):
        article = sentences[sentences["article_id"] == phase["article_id"]]
        cue = normalize(phase["cue"])
        hits = article[article["text"].map(lambda t: cue in normalize(t))]
        if hits.empty:
            raise LookupError(f"phase {phase['phase_id']!r}: no sentence of {phase['article_id']} has {phase['cue']!r}")
        sentence = hits.iloc[0]
        dated = events[(events["article_id"] == phase["article_id"])]
        own = dated[dated["sentence_index"] == sentence["sentence_index"]]
        before = dated[dated["sentence_index"] < sentence["sentence_index"]]
        start = own["date_first"].min() if len(own) else (before["date_last"].max() if len(before) else "")
        own_periods = own[own["date_kind"] == "period"]
        own_end = own_periods["date_last"].max()[:4] if len(own_periods) else ""
        mk = match_key(sentence["text"])
        at = mk.key.index(cue)
        cue_start, cue_end = mk.raw_span(at, at + len(cue))
        rows.append({"phase_id": phase["phase_id"], "article_id": phase["article_id"], "label_en": phase["label_en"],
                     "label_ar": phase["label_ar"], "from": start[:4], "own_end": own_end,
                     "sentence_index": int(sentence["sentence_index"]),
                     "start": int(sentence["start"]) + cue_start, "end": int(sentence["start"]) + cue_end,
                     "text": sentence["text"][cue_start:cue_end], "sentence": sentence["text"]})
    frame = pd.DataFrame(rows)
    following = frame.groupby("article_id")["from"].shift(-1).fillna("")
    frame["to"] = frame["own_end"].where(frame["own_end"] != "", following)  # a period in the sentence ends it
    return frame[["phase_id", "article_id", "from", "to", "label_en", "label_ar", "start", "end", "text", "sentence"]]


# --- The statements beside the reference chronology -------------------------------------------------------------

AGREES = ("same day", "same month", "same year", "same month, different day", "same year, different month",
          "within the period")
NO_ARTICLE_DATE = "the article gives no date"
NO_REFERENCE_DATE = "no reference date"
NO_REFERENCE = "no reference claim"


def article_codes(articles: pd.DataFrame) -> dict[str, str]:
    """Map the prefix of each catalog entry's ``original_file`` («000_…») to its ``article_id``.

    The reference chronology names articles by that prefix.

    >>> article_codes(pd.DataFrame({"article_id": ["a"], "original_file": ["000_64084ab5.txt"]}))
    {'000': 'a'}
    """
    return {str(name).split("_")[0]: article_id
            for article_id, name in zip(articles["article_id"], articles["original_file"]) if name}


def _find(quote: str, text: str) -> tuple[int, int]:
    """Return the span of *quote* in *text*: exactly, else on the match key; ``(-1, -1)`` when absent."""
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    mk, key = match_key(text), normalize(quote)
    at = mk.key.find(key)
    return mk.raw_span(at, at + len(key)) if at >= 0 and key else (-1, -1)


def locate_reference(reference: pd.DataFrame, articles: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Give each reference claim its ``article_id`` and the span of its ``article_quote`` in the article text.

    ``reference`` is ``chronology_reference.csv``; a quote not found in its article keeps ``start == end == -1``.
    """
    codes = article_codes(articles)
    located = reference.rename(columns={"article_id": "article_code"}).assign(
        article_id=lambda f: f["article_code"].map(codes), reference_index=range(len(reference)))
    spans = [_find(row.article_quote, texts.get(row.article_id, "")) if isinstance(row.article_id, str) else (-1, -1)
             for row in located.itertuples()]
    return located.assign(quote_start=[s for s, _ in spans], quote_end=[e for _, e in spans])


def _parts(iso: str) -> list[int]:
    return [int(part) for part in iso.split("/")[0].split("-")]


def date_agreement(article: str, reference: str) -> str:
    """Compare an article's ISO date (or ``START/END`` period) with a reference date, at the coarser precision.

    >>> date_agreement("1958-07", "1958-07-18"), date_agreement("1955", "1955-01")
    ('same month', 'same year')
    >>> date_agreement("2022", "2014"), date_agreement("", "2025-09-16"), date_agreement("2011-08", "")
    ('off by 8 years', 'the article gives no date', 'no reference date')
    >>> date_agreement("2003/2011", "2008-02-11")
    'within the period'
    """
    if not article:
        return NO_ARTICLE_DATE
    if not reference:
        return NO_REFERENCE_DATE
    ref = _parts(reference)
    if "/" in article:
        first, last = (int(part[:4]) for part in article.split("/"))
        if first <= ref[0] <= last:
            return "within the period"
        gap = min(abs(ref[0] - first), abs(ref[0] - last))
        return f"off by {gap} year{'s' if gap != 1 else ''}"
    art = _parts(article)
    if art[0] != ref[0]:
        gap = abs(art[0] - ref[0])
        return f"off by {gap} year{'s' if gap != 1 else ''}"
    depth = min(len(art), len(ref))
    if depth == 1:
        return "same year"
    if art[1] != ref[1]:
        return "same year, different month"
    if depth == 2:
        return "same month"
    return "same day" if art[2] == ref[2] else "same month, different day"


def status_disagreement(agreement: str, status: str) -> str:
    """Say where the computed date agreement and the recorded status tell different stories ("" where they do not).

    >>> status_disagreement("same year", "partly")
    'the dates agree; the status records another difference (see note)'
    >>> status_disagreement("off by 8 years", "confirmed")
    'recorded as confirmed, but the dates differ'
    """
    if agreement in AGREES and status in ("partly", "differs"):
        return "the dates agree; the status records another difference (see note)"
    if agreement.startswith("off by") and status == "confirmed":
        return "recorded as confirmed, but the dates differ"
    if agreement == NO_REFERENCE_DATE and status == "confirmed":
        return "recorded as confirmed, with no reference date"
    return ""


_CHECK_COLUMNS = ["article_id", "event_index", "start", "end", "text", "article_date", "reference_date",
                  "agreement", "dated_from", "status", "where_they_disagree", "claim_en", "note", "source_url",
                  "reference_index", "recorded_article_date"]


def reference_check(events: pd.DataFrame, located: pd.DataFrame) -> pd.DataFrame:
    """Set every dated statement beside the reference claims its span overlaps, then list the claims none overlaps.

    The rule: a statement (``events`` row, span ``start``–``end``) matches a
    reference claim when the two spans overlap in the same article
    (``start < quote_end`` and ``quote_start < end``). A statement may match
    two claims (one sentence, two claims) and keeps one row for each; a
    statement that matches none keeps one row marked "no reference claim".
    Reference claims no statement overlaps follow, with the date the article
    records for them (often none): those the article does not date are
    placed at their reference date and marked ``dated_from == "sources"``.
    ``located`` comes from :func:`locate_reference`.
    """
    keys = ["article_id", "event_index", "start", "end", "text", "date_value"]
    pairs = (events[keys].assign(_event=range(len(events)))
             .merge(located.assign(_hit=range(len(located))), on="article_id", suffixes=("", "_ref")))
    pairs = pairs[(pairs["quote_start"] < pairs["end"]) & (pairs["quote_end"] > pairs["start"])]
    hits = pd.DataFrame([_reference_part(hit, hit.date_value) for hit in pairs.itertuples()],
                        columns=[c for c in _CHECK_COLUMNS if c not in _STATEMENT], index=pairs.index)
    found = pd.concat([pairs[keys + ["_event", "_hit"]], hits], axis=1)
    alone = events[keys].assign(_event=range(len(events)), _hit=-1)
    alone = alone[~alone["_event"].isin(found["_event"])].assign(
        reference_date="", agreement=NO_REFERENCE, status="", where_they_disagree="", claim_en="", note="",
        source_url="", reference_index=-1, recorded_article_date="")
    statements = (pd.concat([found, alone], ignore_index=True).sort_values(["_event", "_hit"], kind="stable")
                  .rename(columns={"date_value": "article_date"}).assign(dated_from="article"))
    rows = []
    for hit in located[~located["reference_index"].isin(found["reference_index"])].itertuples():
        dated = "article" if hit.article_date else ("sources" if hit.reference_date else "")
        rows.append({"article_id": hit.article_id, "event_index": -1, "start": hit.quote_start, "end": hit.quote_end,
                     "text": hit.article_quote, "article_date": hit.article_date, "dated_from": dated}
                    | _reference_part(hit, hit.article_date))
    missed = pd.DataFrame(rows, columns=_CHECK_COLUMNS)
    return pd.concat([statements[_CHECK_COLUMNS], missed], ignore_index=True) if len(missed) else \
        statements[_CHECK_COLUMNS].reset_index(drop=True)


_STATEMENT = ("article_id", "event_index", "start", "end", "text", "article_date", "dated_from")


def _reference_part(hit, article_date: str) -> dict:
    agreement = date_agreement(article_date, hit.reference_date)
    return {"reference_date": hit.reference_date, "agreement": agreement, "status": hit.status,
            "where_they_disagree": status_disagreement(agreement, hit.status), "claim_en": hit.claim_en,
            "note": hit.note, "source_url": hit.source_url, "reference_index": hit.reference_index,
            "recorded_article_date": hit.article_date}


def statements_vs_reference(checked: pd.DataFrame) -> pd.DataFrame:
    """The rows of :func:`reference_check` for the extracted statements, with readable column names."""
    found = checked[checked["event_index"] >= 0]
    return found.rename(columns=_READABLE)[[_READABLE[c] for c in _SHOWN]]


def missed_claims(checked: pd.DataFrame) -> pd.DataFrame:
    """The reference claims no extracted statement overlaps, with readable column names."""
    missed = checked[checked["event_index"] < 0]
    return missed.rename(columns=_READABLE)[[_READABLE[c] for c in _SHOWN]]


_SHOWN = ["article_id", "text", "start", "end", "article_date", "reference_date", "agreement", "status",
          "where_they_disagree", "dated_from", "note", "source_url"]
_READABLE = {"article_id": "article", "text": "the article's words", "start": "start", "end": "end",
             "article_date": "article date", "reference_date": "reference date", "agreement": "computed agreement",
             "status": "recorded status", "where_they_disagree": "where the two disagree",
             "dated_from": "dated from", "note": "note", "source_url": "source"}


def recall(checked: pd.DataFrame) -> pd.DataFrame:
    """Per article: reference claims, how many an extracted statement overlaps, and the share found.

    Counted over all claims and over the claims the article itself dates
    (``recorded_article_date`` not empty), which are the ones a date
    extractor can find.
    """
    claims = checked[checked["reference_index"] >= 0].drop_duplicates("reference_index")
    claims = claims.assign(found=claims["event_index"] >= 0, dated=claims["recorded_article_date"] != "")
    rows = []
    for article_id, group in list(claims.groupby("article_id", sort=False)) + [("all", claims)]:
        dated = group[group["dated"]]
        rows.append({"article": article_id, "reference claims": len(group), "found": int(group["found"].sum()),
                     "share found (%)": round(100 * group["found"].mean(), 1) if len(group) else 0.0,
                     "claims the article dates": len(dated), "of those found": int(dated["found"].sum()),
                     "share of dated claims found (%)": round(100 * dated["found"].mean(), 1) if len(dated) else 0.0})
    return pd.DataFrame(rows)


def agreement_class(agreement: str) -> str:
    """Group a computed agreement into the four classes the timeline colours.

    >>> agreement_class("same month"), agreement_class("off by 8 years"), agreement_class(NO_ARTICLE_DATE)
    ('dates agree', 'dates differ', 'dated from sources only')
    """
    if agreement in AGREES:
        return "dates agree"
    if agreement.startswith("off by"):
        return "dates differ"
    if agreement == NO_ARTICLE_DATE:
        return "dated from sources only"
    return "no reference date"


def timeline_points(checked: pd.DataFrame) -> pd.DataFrame:
    """One point per reference claim or unmatched statement: where to place it, its class and a short quote.

    A claim is placed at the article's date when it has one, otherwise at the
    reference date ("dated from sources"); claims with neither are left out.
    ``reference_claims`` is true on the rows of a reference claim.
    """
    statements = checked[checked["event_index"] >= 0].drop_duplicates(["article_id", "event_index"])
    points = pd.concat([statements, checked[checked["event_index"] < 0]], ignore_index=True)
    points["date"] = points["article_date"].where(points["article_date"] != "", points["reference_date"])
    points = points[points["date"] != ""]
    points["class"] = points["agreement"].map(agreement_class)
    points["reference_claims"] = points["reference_index"] >= 0  # ranks the lanes of a large corpus
    points["quote"] = points["text"].map(lambda t: " ".join(t.split()[:5]) + ("…" if len(t.split()) > 5 else ""))
    return points.sort_values(["article_id", "date"], kind="stable").reset_index(drop=True)


# --- Findings and limits, worded from the computed tables ---------------------------------------------------------

def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def key_findings(events: pd.DataFrame, checked: pd.DataFrame, covered: pd.DataFrame) -> str:
    """Return the notebook's key findings as Markdown bullets, every number taken from the tables given."""
    rec = recall(checked).set_index("article")
    found = checked[checked["event_index"] >= 0]
    matched = found[found["reference_index"] >= 0].drop_duplicates("reference_index")
    counts = matched["agreement"].value_counts()
    spans = listing([f"{r.article_id}: {r.dated_statements}, {year_range(r.first_year, r.last_year)}"
                     for r in covered.itertuples()], rest="more articles")
    off = matched[matched["agreement"].str.startswith("off by")]
    off_text = "; ".join(f"«{r.text}» is dated {r.article_date}, the sources {r.reference_date} ({r.agreement})"
                         for r in off.itertuples())
    agree = ", ".join(f"{counts[a]} to the {a.split()[1]}" for a in ("same day", "same month", "same year") if a in counts)
    split = found[found["where_they_disagree"] != ""].drop_duplicates("reference_index")
    statuses = checked[checked["reference_index"] >= 0].drop_duplicates("reference_index")["status"].value_counts()
    no_ref = matched[matched["agreement"] == NO_REFERENCE_DATE]
    sourced = covered[(covered["first_year_with_sources"] != covered["first_year"])
                      | (covered["last_year_with_sources"] != covered["last_year"])]
    lines = [
        f"The extractor finds {len(events)} dated statements ({spans}). They overlap {rec.loc['all', 'found']} of the "
        f"{rec.loc['all', 'reference claims']} claims of the reference chronology ({rec.loc['all', 'share found (%)']}%) "
        f"and {rec.loc['all', 'of those found']} of the {rec.loc['all', 'claims the article dates']} claims the articles "
        f"date themselves ({rec.loc['all', 'share of dated claims found (%)']}%).",
        f"Of the {len(matched) - len(no_ref)} matched claims the sources date, the article's date agrees {agree}"
        + (f"; {len(off)} {'is' if len(off) == 1 else 'are'} off by years: {off_text}." if len(off) else "."),
        f"The reference records {', '.join(f'{n} {s}' for s, n in statuses.items())}. Where the dates agree but the "
        "claim is not confirmed (see the note column): " + "; ".join(f"{r.claim_en.rstrip('.')} ({r.status})"
                                                                     for r in split.itertuples()) + ".",
        f"{_plural(len(no_ref), 'statement')} {'has' if len(no_ref) == 1 else 'have'} no reference date: "
        + "; ".join(f"{r.claim_en.rstrip('.')} ({r.status})" for r in no_ref.itertuples()) + ".",
    ]
    for r in sourced.itertuples():
        lines.append(f"{r.article_id} dates {r.dated_statements} of its claims itself "
                     f"({year_range(r.first_year, r.last_year)}); "
                     f"dated from the sources, {r.claims_dated_from_sources} more place it in "
                     f"{year_range(r.first_year_with_sources, r.last_year_with_sources)}.")
    return bullets(lines)


def year_range(first, last) -> str:
    """Write a span of years, one year alone when both ends agree.

    >>> year_range(2022, 2022), year_range(1944, 2018)
    ('2022', '1944–2018')
    """
    return f"{first}" if str(first) == str(last) else f"{first}–{last}"


def limits(checked: pd.DataFrame, sentences: pd.DataFrame) -> str:
    """Return the limits and uncertainties of the reference check as Markdown bullets, counted from the tables."""
    cut = sentences[sentences["is_boilerplate"].astype(str) == "True"]
    excerpts = "; ".join(f"{ids} ends with «{text}», so it is an excerpt and its later claims are missing" if n == 1
                         else f"{ids} end with «{text}», so they are excerpts and their later claims are missing"
                         for text, ids, n in ids_by(cut, "text"))
    claims = checked[checked["reference_index"] >= 0].drop_duplicates("reference_index")
    undated = claims[claims["dated_from"] == "sources"]
    nowhere = claims[claims["dated_from"] == ""]
    doubled = checked[checked["event_index"] >= 0].duplicated(["article_id", "event_index"], keep=False)
    unverified = claims[claims["status"] == "unverified"]
    lines = [
        excerpts + "." if excerpts else "No article is flagged as cut short.",
        "The status (confirmed, partly, differs, unverified) is a human judgement recorded with the reference; the "
        "computed agreement compares dates only, so a claim can agree on its date and still be wrong in substance.",
        f"{_plural(len(undated), 'claim')} the articles leave undated are placed at the date the sources give: that "
        f"says when the event happened, not that the article dates it; {_plural(len(nowhere), 'claim')} "
        "has neither date and is left off the chart.",
        f"Matching is by overlapping spans, not meaning: {int(doubled.sum())} rows belong to statements whose "
        "sentence carries two reference claims, and each is compared with both.",
        f"{_plural(len(unverified), 'claim')} ({'; '.join(unverified['claim_en'].str.rstrip('.'))}) "
        f"{'has' if len(unverified) == 1 else 'have'} no source at all; several other sources are mirrors or "
        "aggregators (the reference README names them), to be weighed accordingly.",
    ]
    return bullets(lines)
