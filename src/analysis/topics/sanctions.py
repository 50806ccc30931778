"""The CAATSA decision analysis: the article against the record, the law's record of cases, Iraq's exposure.

Everything here is computed from the reference files of ``data/raw/external/``
(``chronology_reference.csv``, ``caatsa_cases.csv``, ``energy_context.csv``,
``context_events.csv`` and the SIPRI register), each row with its source
address, and from curated indexes in ``src/analysis/data/`` that name rows of
those files (``record_keys.csv``, ``risk_indicators.csv``) or label them
(``caatsa_outcomes.csv``, ``precedent_labels.csv``, ``source_caveats.csv``).
Nothing here is a probability: the base rates are counts of recorded cases,
with their denominator.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from .. import paths
from . import narrative
from ..lexicons import table
from ..markdown import escape
from ..normalize import match_key
from .reference import load

NOT_A_PURCHASE = "n/a"  # delivery_status of a row that records a law event or a reply, not a purchase
US_GOVERNMENT = ("United States", "State Department")
_DATE_COLUMN = {"caatsa_cases.csv": "response_date", "chronology_reference.csv": "reference_date"}
_MATCH_COLUMN = {"caatsa_cases.csv": "country", "energy_context.csv": "company"}
_SAYS_COLUMN = {"caatsa_cases.csv": "instrument_or_detail", "chronology_reference.csv": "source_quote",
                "energy_context.csv": "event_en", "context_events.csv": "event"}


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """Return *frame* with snake_case column names written as words («source_url» → «Source url»)."""
    return frame.rename(columns=lambda c: c.replace("_", " ").capitalize())


def domain(url: str) -> str:
    """The host of *url* without «www.».

    >>> domain("https://www.shafaq.com/en/Iraq/x")
    'shafaq.com'
    """
    return re.sub(r"^www\.", "", urlparse(url).netloc)


def markdown_link(url: str, text: str | None = None) -> str:
    """A Markdown link to *url*, shown as *text* or the url's domain."""
    return f"[{text or domain(url)}]({url})" if url else (text or "")


# --- the article against the record -------------------------------------------------------------------------------

def article_ids_by_prefix(articles: pd.DataFrame) -> dict[str, str]:
    """Map the reference chronology's article numbers to catalog ids, by the prefix of ``original_file``.

    >>> article_ids_by_prefix(pd.DataFrame({"article_id": ["x"], "original_file": ["004_ab.txt"]}))
    {'004': 'x'}
    """
    return {row.original_file.split("_")[0]: row.article_id for row in articles.itertuples() if row.original_file}


def _locate(text: str, quote: str) -> tuple[int, int] | None:
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    mk = match_key(text)
    found = mk.key.find(match_key(quote).key)
    return mk.raw_span(found, found + len(match_key(quote).key)) if found >= 0 else None


def _date_check(article_date: str, reference_date: str) -> str:
    if not article_date:
        return "the article gives no date"
    if reference_date.startswith(article_date) or article_date.startswith(reference_date):
        return "same date"
    return f"differs: {article_date} in the article, {reference_date} in the sources"


def article_record(articles: pd.DataFrame, texts: dict[str, str], chronology: pd.DataFrame,
                   article_id: str | None = None) -> pd.DataFrame:
    """The reference chronology's claims located in their article, with what the sources say.

    Each row keeps the exact span of ``article_quote`` (``text`` is
    ``texts[article_id][start:end]``), the recorded ``status`` (a human
    judgement, kept as data) beside ``date_check`` (computed from the two
    dates), and the source. ``roles`` lists the stance classes of the cues
    inside the quote (``narrative_roles.csv``). A quote not found in its
    article raises ``LookupError``.
    """
    ids = article_ids_by_prefix(articles)
    rows = []
    for row in chronology.itertuples():
        found_id = ids.get(row.article_id)
        if found_id is None or (article_id and found_id != article_id):
            continue
        span = _locate(texts[found_id], row.article_quote)
        if span is None:
            raise LookupError(f"the chronology quote {row.article_quote!r} is not in article {found_id}")
        quote = texts[found_id][span[0]:span[1]]
        rows.append({"article_id": found_id, "start": span[0], "end": span[1], "text": quote,
                     "claim": row.claim_en, "article_date": row.article_date, "reference_date": row.reference_date,
                     "date_check": _date_check(row.article_date, row.reference_date), "status": row.status,
                     "what_the_sources_say": row.note, "source_quote": row.source_quote,
                     "source_url": row.source_url, "roles": ", ".join(dict.fromkeys(narrative.roles_in(quote)))})
    return pd.DataFrame(rows)


def record_sources(record: pd.DataFrame) -> str:
    """The sources of :func:`article_record` as Markdown links, each claim marked as the article's, with its status."""
    labelled = record.assign(label=[f"the article's claim \"{row.claim}\" (reference status: {row.status})"
                                    for row in record.itertuples()])
    return sources_markdown(labelled, "label")


def framing(speaking: pd.DataFrame, sentences: pd.DataFrame, record: pd.DataFrame,
            sources: tuple[str, ...] = US_GOVERNMENT) -> pd.DataFrame:
    """The sentences where the US government speaks, with the article's verb, its class and the source's words.

    ``stance`` is the class of the article's verb (denial, declines…); the
    source's words come from the record rows whose quote lies in the sentence.
    """
    chosen = speaking[speaking["speaker"].isin(sources)].merge(
        sentences[["article_id", "sentence_index", "start", "end"]].rename(
            columns={"start": "sentence_start", "end": "sentence_end"}), on=["article_id", "sentence_index"])
    rows = []
    for row in chosen.itertuples():
        inside = record[(record["article_id"] == row.article_id) & (record["start"] >= row.sentence_start)
                        & (record["end"] <= row.sentence_end)]
        rows.append({"sentence_index": row.sentence_index, "speaker": row.speaker, "verb": row.verb,
                     "stance": row.stance, "status": ", ".join(inside["status"]),
                     "source_quote": " / ".join(inside["source_quote"]),
                     "source_url": ", ".join(dict.fromkeys(inside["source_url"]))})
    return pd.DataFrame(rows, columns=["sentence_index", "speaker", "verb", "stance", "status", "source_quote",
                                       "source_url"])


def framing_finding(frame: pd.DataFrame, record: pd.DataFrame) -> str:
    """One Markdown paragraph: the article's «denied» set beside the source's own words, all from the tables."""
    return escape(_framing_text(frame, record))


def _framing_text(frame: pd.DataFrame, record: pd.DataFrame) -> str:
    denials = frame[frame["stance"] == "denial"]
    declines = record[record["roles"].str.contains("declines")]
    judged = record[record["roles"].str.contains("denial")]
    if denials.empty or declines.empty:
        return "The article does not characterise a US statement as a denial where the record holds its words."
    cited = ", ".join(f"{row.sentence_index} («{row.verb}», {row.speaker})" for row in denials.itertuples())
    words = declines.iloc[0]
    text = (f"**The article's «denied» is not the State Department's word.** It attributes a denial (نفي) to the US "
            f"government in {len(denials)} sentences: {cited}. On whether sanctions would follow, the words of the "
            f"Department it quotes decline to prejudge: «{words['text']}». The source they were given to reports, on {words['reference_date']}: "
            f"\"{words['source_quote']}\" ({markdown_link(words['source_url'])}).")
    if len(judged):
        row = judged.iloc[0]
        text += (f" The reference chronology rates the article's claim \"{row['claim']}\" as *{row['status']}*: "
                 f"{row['what_the_sources_say']}")
    return text


# --- the law's record ---------------------------------------------------------------------------------------------

@cache
def _outcomes() -> pd.DataFrame:
    return pd.DataFrame(table("caatsa_outcomes.csv"))


def outcome_labels() -> pd.DataFrame:
    """The US responses of ``caatsa_cases.csv`` in order, with English and Arabic labels and chart colours."""
    return _outcomes().copy()


def purchase_key(country: str, purchase: str, deal_year: str) -> str:
    """The key that makes rows one purchase: country, the purchase's name before any parenthesis, deal year.

    >>> purchase_key("Indonesia", "Su-35 fighters (11, ~$1.14bn, half barter)", "2018")
    'Indonesia | Su-35 fighters | 2018'
    """
    return f"{country} | {purchase.split('(')[0].strip()} | {deal_year}"


def purchases(cases: pd.DataFrame) -> pd.DataFrame:
    """One row per purchase of ``caatsa_cases.csv``, with its final US response.

    Rows are one purchase when :func:`purchase_key` agrees. Rows that record
    no purchase (``delivery_status`` «n/a»: the 2018 waiver authority, the
    2025 reply to Iraq) are left out. The **final outcome** is the response of
    the purchase's latest-dated row: a threat, then an outcome, counts as the
    outcome; ``path`` keeps every step. A purchase with no dated response
    keeps its only row.
    """
    rows = cases[cases["delivery_status"] != NOT_A_PURCHASE]
    rows = rows.assign(key=[purchase_key(*r) for r in rows[["country", "purchase", "deal_year"]].itertuples(index=False)])
    labels = _outcomes().set_index("us_response")["label_en"]
    found = []
    for key, group in rows.groupby("key", sort=False):
        ordered = group.sort_values("response_date", kind="stable")
        last = ordered.iloc[-1]
        found.append({"country": last["country"], "purchase": ordered.iloc[0]["purchase"],
                      "deal_year": last["deal_year"], "delivery_status": last["delivery_status"],
                      "path": " → ".join(labels[r] for r in ordered["us_response"]),
                      "final_outcome": labels[last["us_response"]], "us_response": last["us_response"],
                      "response_date": last["response_date"], "detail": last["instrument_or_detail"],
                      "source_url": last["source_url"]})
    return pd.DataFrame(found)


def base_rates(bought: pd.DataFrame) -> pd.DataFrame:
    """How the purchases ended, by final outcome, with both denominators: purchases and countries.

    A country with two purchases that ended differently counts once under
    each outcome, so the country column can sum to more than the countries.
    """
    order = _outcomes()
    total, countries = len(bought), bought["country"].nunique()
    rows = []
    for outcome in order.itertuples():
        chosen = bought[bought["us_response"] == outcome.us_response]
        rows.append({"final_outcome": outcome.label_en, "label_ar": outcome.label_ar,
                     "purchases": len(chosen), "of_purchases": total,
                     "share_of_purchases_pct": round(100 * len(chosen) / total, 1) if total else 0.0,
                     "countries": chosen["country"].nunique(), "of_countries": countries,
                     "which": ", ".join(f"{r.country} ({r.purchase.split('(')[0].strip()})" for r in chosen.itertuples()),
                     "us_response": outcome.us_response, "color": outcome.color})
    return pd.DataFrame(rows)


def ever_threatened(cases: pd.DataFrame) -> pd.DataFrame:
    """The purchases that drew a US warning at some point, with what followed."""
    bought = purchases(cases)
    return bought[bought["path"].str.contains(_outcomes().set_index("us_response").loc["sanction_threatened",
                                                                                           "label_en"])]


def sources_markdown(frame: pd.DataFrame, *labels: str, url: str = "source_url") -> str:
    """A Markdown list of *frame*'s sources: one link per row, named by its *labels* columns, duplicates once."""
    lines = [f"- {': '.join(str(row[c]) for c in labels)}: {markdown_link(row[url])}"
             for _, row in frame.iterrows() if row[url]]
    return escape("\n".join(dict.fromkeys(lines)))


# --- curated pointers into the record -----------------------------------------------------------------------------

def record_row(key: str, raw: Path | None = None) -> dict:
    """The one reference row that ``record_keys.csv`` names by *key*, with ``says`` (what it records)."""
    spec = next((row for row in table("record_keys.csv") if row["key"] == key), None)
    if spec is None:
        raise KeyError(f"no record key {key!r} in src/analysis/data/record_keys.csv")
    frame = load(spec["file"], raw)
    chosen = frame[frame[_DATE_COLUMN.get(spec["file"], "date")] == spec["date"]]
    if spec["match"]:
        chosen = chosen[chosen[_MATCH_COLUMN[spec["file"]]].str.startswith(spec["match"])]
    if len(chosen) != 1:
        raise LookupError(f"record key {key!r} names {len(chosen)} rows of {spec['file']}, not one: "
                          "fix src/analysis/data/record_keys.csv")
    row = chosen.iloc[0].to_dict()
    return row | {"key": key, "label_en": spec["label_en"], "file": spec["file"], "use": spec["use"],
                  "date": spec["date"], "says": row[_SAYS_COLUMN[spec["file"]]], "figure": row.get("figure", "")}


def record_table(use: str, raw: Path | None = None) -> pd.DataFrame:
    """Every row of ``record_keys.csv`` for *use* (``law`` or ``exposure``): what the record says, dated and sourced."""
    rows = [record_row(row["key"], raw) for row in table("record_keys.csv") if row["use"] == use]
    return pd.DataFrame([{"what": r["label_en"], "date": r["date"], "the_record_says": r["says"],
                          "figure": r["figure"], "source_url": r["source_url"], "key": r["key"]} for r in rows])


def law_basis(raw: Path | None = None) -> pd.DataFrame:
    """The law's logic in brief: what Section 231 targets, who decides, the 2018 waiver, its uses."""
    return record_table("law", raw)


# --- Iraq's exposure ----------------------------------------------------------------------------------------------

def register_deliveries(recipient: str = "Iraq", first: int = 2017, last: int = 2023,
                        raw: Path | None = None) -> pd.DataFrame:
    """Russian deliveries to *recipient* in *first*–*last*, one row per deal (SIPRI register, one release)."""
    register = load("sipri_russia_register_deliveries_2000_2023.csv", raw)
    rows = register[(register["recipient"] == recipient) & register["delivery_year"].between(first, last)]
    grouped = rows.groupby(["sipri_deal_id", "designation", "description", "category", "order_year"], sort=False).agg(
        first_delivery=("delivery_year", "min"), last_delivery=("delivery_year", "max"),
        number_delivered=("number_delivered", "sum"), tiv_delivered_millions=("tiv_delivered_millions", "sum"))
    return grouped.reset_index().sort_values(["first_delivery", "designation"], kind="stable").reset_index(drop=True)


def register_summary(recipient: str = "Iraq", first: int = 2017, last: int = 2023, raw: Path | None = None) -> dict:
    """*recipient*'s Russian deliveries in a window: TIV, share and rank among recipients, orders placed in it."""
    register = load("sipri_russia_register_deliveries_2000_2023.csv", raw)
    window = register[register["delivery_year"].between(first, last)]
    by_recipient = window.groupby("recipient")["tiv_delivered_millions"].sum().sort_values(ascending=False,
                                                                                             kind="stable")
    mine = register[register["recipient"] == recipient]
    in_window = mine[mine["delivery_year"].between(first, last)]
    return {"recipient": recipient, "window": f"{first}–{last}",
            "tiv_millions": float(by_recipient.get(recipient, 0.0)),
            "share_pct": round(100 * float(by_recipient.get(recipient, 0.0)) / float(by_recipient.sum()), 1),
            "rank": list(by_recipient.index).index(recipient) + 1 if recipient in by_recipient.index else None,
            "recipients": len(by_recipient),
            "last_delivery_year": int(in_window["delivery_year"].max()) if len(in_window) else None,
            "latest_order_year": int(mine["order_year"].max()) if len(mine) else None,
            "orders_placed_in_window": int(mine.loc[mine["order_year"].between(first, last), "sipri_deal_id"].nunique()),
            "source": "SIPRI trade register generated 3 Jan 2025"}


def energy_since(since: str = "2023", raw: Path | None = None) -> pd.DataFrame:
    """The dated facts on Russian oil companies in Iraq from *since* on (``energy_context.csv``)."""
    energy = load("energy_context.csv", raw)
    return energy[energy["date"] >= since].reset_index(drop=True)


def indicators(cases: pd.DataFrame, raw: Path | None = None) -> pd.DataFrame:
    """The indicators that would move the risk (``risk_indicators.csv``), each with the case that shows why.

    A case is a purchase (``country|name`` prefix) whose final outcome and
    source come from :func:`purchases`, or a row of ``record_keys.csv``.
    """
    bought = purchases(cases)
    rows = []
    for spec in table("risk_indicators.csv"):
        if spec["file"] == "record_keys.csv":
            case = record_row(spec["match"], raw)
            found = {"case": f"{case['company']}: {case['label_en']}", "what_followed": case["says"],
                     "date": case["date"], "source_url": case["source_url"]}
        else:
            country, name = spec["match"].split("|")
            hit = bought[(bought["country"] == country) & bought["purchase"].str.startswith(name)]
            if len(hit) != 1:
                raise LookupError(f"risk indicator case {spec['match']!r} names {len(hit)} purchases, not one")
            case = hit.iloc[0]
            found = {"case": f"{case['country']}: {case['purchase']}", "what_followed": case["path"],
                     "date": case["response_date"], "source_url": case["source_url"]}
        rows.append({"indicator": spec["indicator"], "moves_the_risk": spec["direction"]} | found
                    | {"why_it_matters": spec["why"]})
    return pd.DataFrame(rows)


# --- the precedents timeline --------------------------------------------------------------------------------------

def precedents(events: pd.DataFrame, pattern: str = r"CAATSA|Section 231|Shoigu|warn") -> pd.DataFrame:
    """The dated external events of the CAATSA story: the context events whose text matches *pattern*."""
    chosen = events[events["event"].str.contains(pattern, case=False, regex=True)]
    return chosen.assign(origin="external").sort_values("date", kind="stable").reset_index(drop=True)


@cache
def _arabic_countries() -> dict[str, str]:
    from babel import Locale

    overrides = {row["canonical"]: row["code"] for row in table("country_overrides.csv") if row["canonical"]}
    english = {name: code for code, name in Locale.parse("en").territories.items()} | overrides
    arabic = Locale.parse("ar").territories
    return {name: arabic[code] for name, code in english.items() if code in arabic}


def arabic_country(name: str) -> str:
    """The Arabic name of a country from CLDR (through Babel), or *name* when CLDR has none.

    >>> arabic_country("Iraq"), arabic_country("Turkey")
    ('العراق', 'تركيا')
    """
    return _arabic_countries().get(name, name)


CONTEXT = "context event"


def precedent_timeline(events: pd.DataFrame, cases: pd.DataFrame) -> pd.DataFrame:
    """The law's context events and every CAATSA case on one time axis, each case coloured by the US response.

    Context events carry the Arabic labels of ``precedent_labels.csv``; an
    event that is also a case (same date) is shown once, as the case. A
    case is placed at its response date (its deal year when none is
    recorded) and labelled with its country's Arabic name.
    """
    chosen = precedents(events)
    labelled = chosen.merge(pd.DataFrame(table("precedent_labels.csv")), on="date", how="left")
    missing = labelled[labelled["label_ar"].isna()]
    if len(missing):
        raise LookupError(f"no Arabic label for the precedent(s) dated {', '.join(missing['date'])}: "
                          "add them to src/analysis/data/precedent_labels.csv")
    countries = cases[~cases["country"].str.startswith("(")]
    labelled = labelled[~labelled["date"].isin(countries["response_date"])]  # told once, as a case
    context = labelled.assign(lane="context", category=CONTEXT, country="")
    labels = _outcomes().set_index("us_response")["label_en"]
    placed = countries.assign(
        date=countries["response_date"].where(countries["response_date"] != "", countries["deal_year"]),
        lane=countries["us_response"], category=countries["us_response"].map(labels),
        label_ar=countries["country"].map(arabic_country), label_en=countries["country"], event=countries["purchase"])
    columns = ["date", "lane", "category", "label_ar", "label_en", "event", "source_url"]
    frame = pd.concat([context[columns], placed[columns]], ignore_index=True)
    return frame.assign(timeline_date=frame["date"].str.replace(r"/\d+$", "", regex=True))


def timeline_lanes() -> dict[str, tuple[str, str]]:
    """The timeline's lanes, top to bottom: the law's context, then one per US response, as (Arabic, English)."""
    return {"context": ("سياق القانون", "The law (context events)")} | {
        row.us_response: (row.label_ar, row.label_en) for row in _outcomes().itertuples()}


def timeline_colors() -> dict[str, str]:
    """The colour of each category on the timeline: the context events, then each US response (six in all)."""
    return {CONTEXT: "#2a6f97"} | dict(zip(_outcomes()["label_en"], _outcomes()["color"]))


# --- findings and limits ------------------------------------------------------------------------------------------

def key_findings(record: pd.DataFrame, framed: pd.DataFrame, speaking: pd.DataFrame, bought: pd.DataFrame,
                 arms: dict, raw: Path | None = None) -> str:
    """The notebook's key findings as Markdown: every number, name and date taken from the tables given."""
    status = record["status"].value_counts()
    differs = record[record["status"] == "differs"]
    lines = [f"- **The article against the record.** Of the article's {len(record)} claims that the reference "
             f"chronology checks, " + ", ".join(f"{n} {s}" for s, n in status.items()) + "."]
    for row in differs.itertuples():
        lines[-1] += (f" The one that differs: \"{row.claim}\" («{row.text}»). The sources date it "
                      f"{row.reference_date}: {row.what_the_sources_say}")
    lines.append("- " + _framing_text(framed, record))
    named = speaking[speaking["speaker"] != narrative.ARTICLE]
    counts = named["speaker"].value_counts()
    own = speaking[speaking["speaker"] == narrative.ARTICLE]
    about_us = own["spoken_about"].str.split(", ").map(lambda actors: US_GOVERNMENT[0] in actors).sum()
    lines.append(f"- **Who speaks.** A source of speech is named in {len(named)} of the article's {len(speaking)} "
                 f"sentences (" + ", ".join(f"{name} {n}" for name, n in counts.items()) + "); the other "
                 f"{len(own)} are the article's own voice, {about_us} of them about the {US_GOVERNMENT[0]}.")
    rates = base_rates(bought)
    parts = [f"{r.final_outcome}: {r.purchases} ({r.which})" for r in rates.itertuples() if r.purchases]
    lines.append(f"- **The law's record.** Of the {len(bought)} major purchases of Russian arms in the record "
                 f"({bought['country'].nunique()} countries), by final outcome: " + "; ".join(parts) + ".")
    sanctioned = bought[bought["us_response"] == "sanctioned_sec231"].sort_values("response_date")
    lines.append(f"- **Sanctions came after delivery.** Section 231 was used on {len(sanctioned)} buyers: "
                 + "; ".join(f"{r.country} on {r.response_date} (delivery: {r.delivery_status})"
                             for r in sanctioned.itertuples()) + ".")
    stake, sanction, halt, takeover = (record_row(k, raw) for k in
                                       ("lukoil_stake", "ofac_designation", "force_majeure", "takeover"))
    lines.append(f"- **Iraq's exposure.** SIPRI's register records {arms['tiv_millions']:g} million TIV of Russian "
                 f"arms delivered to Iraq in {arms['window']} ({arms['share_pct']:g}% of Russia's deliveries, rank "
                 f"{arms['rank']} of {arms['recipients']} recipients), the last in {arms['last_delivery_year']}; "
                 f"the latest order with a delivery dates from {arms['latest_order_year']}. In energy, West Qurna-2 "
                 f"({stake['figure']}, since {stake['date']}): after OFAC designated "
                 f"Rosneft and Lukoil on {sanction['date']}, Lukoil declared force majeure ({halt['date']}: "
                 f"{halt['figure']}) and Iraq's cabinet moved the field's operations to Basra Oil Company "
                 f"({takeover['date']}).")
    return escape("\n".join(lines))


def _disagreements(bought: pd.DataFrame, raw: Path) -> str:
    years = order_years(bought, raw)
    differ = years[~years["agree"]]
    named = "; ".join(f"{r.country}'s {r.sipri_designation}: {r.deal_year_case_file} in the case file, "
                      f"{r.sipri_order_year} in SIPRI's register" for r in differ.itertuples())
    return (f"- **Where sources disagree.** Where both the case file and SIPRI's register date a deal "
            f"({len(years)} purchases), they disagree on {len(differ)}" + (f" ({named})" if named else "") + ".")


def limits(bought: pd.DataFrame, articles: int, raw: Path | None = None) -> str:
    """The notebook's limits and uncertainty as Markdown, with the counts behind each."""
    unknown = bought[bought["us_response"] == "unknown"]
    caveats = {row["domain"]: row for row in table("source_caveats.csv")}
    used = []
    for name in ("caatsa_cases.csv", "energy_context.csv", "chronology_reference.csv"):
        frame = load(name, raw)
        flagged = frame[frame["source_url"].map(lambda u: domain(u) in caveats)]
        used.append(f"{len(flagged)} of {len(frame)} rows of `{name}`")
    return "\n".join([
        f"- **One article.** The speaker, stance and framing analysis reads {articles} news report; another outlet "
        "may frame the same reply differently, and the lexicons were built on this text (the gold set tests them on "
        "the same text).",
        f"- **Few cases.** The law's record holds {len(bought)} purchases in {bought['country'].nunique()} countries, "
        f"{len(unknown)} of them with no US response found ({', '.join(unknown['country'])}). Counts this small "
        "describe what happened; they are not a probability for Iraq, and none is given.",
        "- **Outcomes are coded by hand** in the reference file; «no action» means no sanctions were found, not "
        "that a waiver was granted (no formal waiver was found for any buyer).",
        "- **Sources of uneven quality.** Aggregators, mirrors and state media (listed in "
        f"`src/analysis/data/source_caveats.csv`) carry {', '.join(used)}. "
        "SIPRI figures are TIV, a measure of military capability, not money; its register omits orders with no "
        "delivery by 2023.",
        _disagreements(bought, raw),
        "- **The statement itself** is known only as Shafaq News and other Arabic outlets report it; no State "
        "Department transcript was found.",
    ])


def order_years(bought: pd.DataFrame, raw: Path | None = None) -> pd.DataFrame:
    """Each purchase's deal year in the case file beside SIPRI's order year, where the register names the system.

    The register is matched on the recipient and on a SIPRI designation that
    appears in the purchase's name; a purchase with no such row (no delivery
    by 2023, or a designation spelt otherwise) is left out. ``agree`` says
    whether the SIPRI order year falls within the case file's deal year.
    """
    register = load("sipri_russia_register_deliveries_2000_2023.csv", raw)
    rows = []
    for purchase in bought.itertuples():
        mine = register[register["recipient"] == purchase.country]
        hits = mine[mine["designation"].map(lambda name: name in purchase.purchase).astype(bool)]
        for (designation, order_year), deal in hits.groupby(["designation", "order_year"]):
            years = [int(y) for y in purchase.deal_year.split("/")]
            rows.append({"country": purchase.country, "purchase": purchase.purchase,
                         "deal_year_case_file": purchase.deal_year, "sipri_designation": designation,
                         "sipri_order_year": int(order_year),
                         "sipri_order_year_estimated": deal["order_year_estimate"].iloc[0],
                         "agree": min(years) <= int(order_year) <= max(years)})
    return pd.DataFrame(rows, columns=["country", "purchase", "deal_year_case_file", "sipri_designation",
                                       "sipri_order_year", "sipri_order_year_estimated", "agree"])
