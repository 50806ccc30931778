"""External reference data: SIPRI arms-transfer figures and dated context events.

Everything here reads ``data/raw/external/`` (see its README for sources) and
computes; nothing is typed in. TIV, SIPRI's trend-indicator value, measures
the volume of military capability transferred, in millions of TIV units: it
is **not money**. The yearly series (May 2022 scrape) and the itemised
register (generated 3 Jan 2025) are two releases and are never mixed in one
chart or sum: the functions below each read one release only.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pandas as pd

from . import paths
from .errors import InputError
from .lexicons import table

EXTERNAL = "external"
SCHEMAS = {
    "sipri_iraq_imports_by_supplier.csv": {"year": "int", "supplier": "str", "recipient": "str", "tiv_millions": "num"},
    "sipri_russia_ussr_exports_by_recipient.csv": {"year": "int", "supplier": "str", "recipient": "str",
                                                   "tiv_millions": "num"},
    "sipri_russia_ussr_exports_totals.csv": {"year": "str", "supplier": "str", "recipient": "str",
                                             "tiv_millions": "num", "row_type": "str"},
    "sipri_russia_to_iraq_deliveries.csv": {"sipri_deal_id": "int", "supplier": "str", "recipient": "str",
                                            "designation": "str", "description": "str", "order_year": "int",
                                            "order_year_estimate": "str", "delivery_year": "int",
                                            "number_delivered": "num", "tiv_unit": "num",
                                            "tiv_delivered_millions": "num", "status": "str"},
    "context_events.csv": {"date": "str", "event": "str", "figure": "str", "source_url": "str"},
    "sipri_russia_register_deliveries_2000_2023.csv": {
        "sipri_deal_id": "int", "supplier": "str", "recipient": "str", "designation": "str", "description": "str",
        "category": "str", "order_year": "int", "order_year_estimate": "str", "delivery_year": "int",
        "delivery_year_estimate": "str", "number_delivered": "num", "number_delivered_estimate": "str",
        "status": "str", "tiv_unit": "num", "tiv_delivered_millions": "num", "local_production": "str"},
    "chronology_reference.csv": {"article_id": "str", "article_quote": "str", "claim_en": "str",
                                 "article_date": "str", "reference_date": "str", "status": "str", "note": "str",
                                 "source_url": "str", "source_quote": "str"},
    "caatsa_cases.csv": {"country": "str", "purchase": "str", "deal_year": "str", "delivery_status": "str",
                         "us_response": "str", "response_date": "str", "instrument_or_detail": "str",
                         "source_url": "str", "source_quote": "str"},
    "energy_context.csv": {"date": "str", "company": "str", "event_en": "str", "figure": "str",
                           "source_url": "str", "source_quote": "str"},
}
YEARLY_RELEASE = "SIPRI Arms Transfers Database, May 2022 scrape (deliveries 1950–2021)"
REGISTER_RELEASE = "SIPRI trade register generated 3 Jan 2025"
SOVIET_OR_RUSSIAN = ("Soviet Union", "Russia")


def load(name: str, raw: Path = paths.RAW) -> pd.DataFrame:
    """Load one reference file, checking its columns and types; a malformed file is refused by name."""
    path = Path(raw) / EXTERNAL / name
    if name not in SCHEMAS:
        raise ValueError(f"unknown reference file {name!r}; known: {', '.join(SCHEMAS)}")
    if not path.is_file():
        raise InputError(path, "the reference file is missing.",
                         "copy the project's reference folder into data/raw/external/ (see data/raw/README.md).")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as error:
        raise InputError(path, f"the file is not a readable UTF-8 CSV ({error}).",
                         "restore the file from the project's reference folder.") from None
    missing = [column for column in SCHEMAS[name] if column not in frame.columns]
    if missing:
        raise InputError(path, f"the file lacks the column(s) {', '.join(missing)}.",
                         "restore the file from the project's reference folder.")
    for column, kind in SCHEMAS[name].items():
        if kind in ("int", "num"):
            values = pd.to_numeric(frame[column], errors="coerce")
            bad = frame.loc[values.isna() & (frame[column] != ""), column]
            if len(bad):
                raise InputError(path, f"column {column!r} holds {bad.iloc[0]!r}, which is not a number "
                                       f"(line {bad.index[0] + 2}).", "restore the file from the project's reference folder.")
            frame[column] = values.astype("Int64") if kind == "int" else values
    return frame


@cache
def periods() -> pd.DataFrame:
    """Return the analysis periods (``src/analysis/data/periods.csv``), each with the reason for its bounds."""
    frame = pd.DataFrame(table("periods.csv"))
    return frame.astype({"first_year": int, "last_year": int})


def deliveries_to_iraq(raw: Path = paths.RAW) -> pd.DataFrame:
    """Soviet and Russian deliveries to Iraq by year (TIV), every year from the first to the last, 0 where none."""
    imports = load("sipri_iraq_imports_by_supplier.csv", raw)
    rows = imports[imports["supplier"].isin(SOVIET_OR_RUSSIAN)]
    years = range(int(rows["year"].min()), int(rows["year"].max()) + 1)
    by_year = rows.groupby("year")["tiv_millions"].sum().reindex(years, fill_value=0)
    supplier = rows.groupby("year")["supplier"].first().reindex(years)
    supplier = supplier.fillna(pd.Series(["Soviet Union" if y <= 1991 else "Russia" for y in years], index=years))
    return pd.DataFrame({"year": list(years), "supplier": supplier.values, "tiv_millions": by_year.values})


def _in(frame: pd.DataFrame, first: int, last: int) -> pd.DataFrame:
    return frame[(frame["year"] >= first) & (frame["year"] <= last)]


def supplier_shares(raw: Path = paths.RAW, top: int = 4) -> pd.DataFrame:
    """Each supplier's share of Iraq's arms imports (TIV) in each analysis period; the rest as «Others»."""
    imports = load("sipri_iraq_imports_by_supplier.csv", raw)
    imports = imports[imports["supplier"] != "Total"]
    parts = []
    for row in periods().itertuples():
        window = _in(imports, row.first_year, row.last_year).groupby("supplier")["tiv_millions"].sum()
        window = window.sort_values(ascending=False, kind="stable")
        total = window.sum()
        shown = window.head(top)
        if len(window) > top:
            shown = pd.concat([shown, pd.Series({"Others": window.iloc[top:].sum()})])
        parts.append(pd.DataFrame({"period": row.period, "supplier": shown.index, "tiv_millions": shown.values,
                                   "share_pct": (100 * shown.values / total).round(1) if total else 0.0}))
    return pd.concat(parts, ignore_index=True)


def _state_recipients(exports: pd.DataFrame) -> pd.DataFrame:
    """Drop non-state recipients (SIPRI marks them with ``*`` or ``**``) and «Unknown recipient(s)»."""
    return exports[~exports["recipient"].str.contains(r"\*", regex=True) & ~exports["recipient"].str.startswith("Unknown")]


def iraq_rank_by_year(raw: Path = paths.RAW, first_year: int = 1958) -> pd.DataFrame:
    """Iraq's rank and share among the state recipients of Soviet/Russian arms, each year it received any."""
    exports = _state_recipients(load("sipri_russia_ussr_exports_by_recipient.csv", raw))
    exports = exports[exports["year"] >= first_year]
    rows = []
    for year, group in exports.groupby("year"):
        ordered = group.sort_values("tiv_millions", ascending=False, kind="stable").reset_index(drop=True)
        iraq = ordered.index[ordered["recipient"] == "Iraq"]
        if len(iraq):
            position = int(iraq[0])
            rows.append({"year": int(year), "supplier": ordered.loc[position, "supplier"],
                         "iraq_tiv_millions": ordered.loc[position, "tiv_millions"], "rank": position + 1,
                         "recipients": len(ordered),
                         "share_pct": round(100 * ordered.loc[position, "tiv_millions"] / ordered["tiv_millions"].sum(), 1),
                         "first_recipient": ordered.loc[0, "recipient"]})
    return pd.DataFrame(rows)


def iraq_rank_in_window(first: int, last: int, raw: Path = paths.RAW) -> dict:
    """Iraq's rank, share and the leading recipients of Soviet/Russian arms summed over ``first``–``last``."""
    exports = _state_recipients(load("sipri_russia_ussr_exports_by_recipient.csv", raw))
    window = _in(exports, first, last).groupby("recipient")["tiv_millions"].sum()
    window = window.sort_values(ascending=False, kind="stable")
    ranks = {name: i + 1 for i, name in enumerate(window.index)}
    return {"window": f"{first}–{last}", "rank": ranks.get("Iraq"), "recipients": len(window),
            "iraq_tiv_millions": float(window.get("Iraq", 0)),
            "share_pct": round(100 * float(window.get("Iraq", 0)) / float(window.sum()), 1) if window.sum() else 0.0,
            "leaders": ", ".join(window.index[:3])}


def iraq_rank_by_period(raw: Path = paths.RAW) -> pd.DataFrame:
    """:func:`iraq_rank_in_window` for every analysis period."""
    return pd.DataFrame([{"period": row.period} | iraq_rank_in_window(row.first_year, row.last_year, raw)
                         for row in periods().itertuples()])


def deal_contents(order_year: int = 2012, raw: Path = paths.RAW) -> pd.DataFrame:
    """What SIPRI's register records for Russian orders of *order_year*: systems, numbers, delivery years, TIV."""
    register = load("sipri_russia_to_iraq_deliveries.csv", raw)
    orders = register[register["order_year"] == order_year]
    grouped = orders.groupby(["designation", "description"], sort=False).agg(
        number_delivered=("number_delivered", "sum"), first_delivery=("delivery_year", "min"),
        last_delivery=("delivery_year", "max"), tiv_delivered_millions=("tiv_delivered_millions", "sum"))
    return grouped.reset_index()


_MONEY = re.compile(r"\$\s?(\d+(?:\.\d+)?)\s?(bn|billion|m|million)\b", re.IGNORECASE)


def reported_values(raw: Path = paths.RAW, first_year: int = 2012, last_year: int = 2013) -> pd.DataFrame:
    """Dollar figures of the context events dated *first_year*–*last_year*, parsed from their ``figure`` text."""
    events = load("context_events.csv", raw)
    rows = []
    for row in events.itertuples():
        year = int(row.date[:4])
        if not first_year <= year <= last_year:
            continue
        for match in _MONEY.finditer(row.figure):
            scale = 1e9 if match.group(2).lower() in ("bn", "billion") else 1e6
            rows.append({"date": row.date, "figure": row.figure, "value_usd": float(match.group(1)) * scale,
                         "more_than": "more than" in row.figure.lower(), "event": row.event,
                         "source_url": row.source_url})
    return pd.DataFrame(rows)
