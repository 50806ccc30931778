"""External reference data: SIPRI arms-transfer figures and dated context events.

Everything here reads ``data/raw/external/`` (see its README for sources) and
computes; nothing is typed in. TIV, SIPRI's trend-indicator value, measures
the volume of military capability transferred, in millions of TIV units: it
is **not money**. The yearly series (May 2022 scrape) and the itemised
register (generated 3 Jan 2025) are two releases and are never mixed in one
chart or sum: the functions below each read one release only.
"""

from __future__ import annotations

import hashlib
import io
import re
from functools import cache
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import InputError
from ..lexicons import table

EXTERNAL = "external"
YEARLY_RELEASE = "SIPRI Arms Transfers Database, May 2022 scrape (deliveries 1950–2021)"
REGISTER_RELEASE = "SIPRI trade register generated 3 Jan 2025"
SOVIET_OR_RUSSIAN = ("Soviet Union", "Russia")


# Each reference file, parsed and checked once per process for the bytes it holds: a notebook checking many claims
# reads the same few files dozens of times, and the schema check is most of a read's cost.
_LOADED: dict[tuple[str, str], pd.DataFrame] = {}
_RANKS: dict[tuple[str, tuple[str, str]], pd.DataFrame] = {}


def load(name: str, raw: Path | None = None) -> pd.DataFrame:
    """Load one reference file, checked against its schema (:data:`analysis.schemas.REFERENCES`).

    Whole-number columns come back as ``Int64`` and other numbers as floats (empty cells as missing); a
    malformed file is refused with an error naming the file, the column and the line. Each call returns a frame of
    its own; the bytes are parsed and checked once per process.
    """
    return _LOADED[_loaded(name, raw)].copy()


def _loaded(name: str, raw: Path | None) -> tuple[str, str]:
    """Read *name*, parse and check it if these bytes are new to the process; return its key in ``_LOADED``."""
    from .. import schemas

    path = paths.raw(raw) / EXTERNAL / name
    if name not in schemas.references():
        raise ValueError(f"unknown reference file {name!r}; known: {', '.join(schemas.references())}")
    restore = "restore the file from the project's reference folder."
    if not path.is_file():
        raise InputError(path, "the reference file is missing.",
                         "copy the project's reference folder into data/raw/external/ (see data/raw/README.md).")
    data = path.read_bytes()
    key = (name, hashlib.sha256(data).hexdigest())
    if key not in _LOADED:
        _LOADED[key] = _parse(data, name, path, restore)
    return key


def _parse(data: bytes, name: str, path: Path, restore: str) -> pd.DataFrame:
    from .. import schemas

    try:
        frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as error:
        raise InputError(path, f"the file is not a readable UTF-8 CSV ({error}).", restore) from None
    frame = schemas.validate_once(frame, name, data, path, restore)
    schema = schemas.references()[name]
    for column in schema.columns:
        if schema.kind(column) in (schemas.INT, schemas.NUMBER):
            values = pd.to_numeric(frame[column].replace("", None))
            frame[column] = values.astype("Int64") if schema.kind(column) == schemas.INT else values
    return frame


@cache
def periods() -> pd.DataFrame:
    """Return the analysis periods (``src/analysis/data/periods.csv``), each with the reason for its bounds."""
    frame = pd.DataFrame(table("periods.csv"))
    return frame.astype({"first_year": int, "last_year": int})


def deliveries_to_iraq(raw: Path | None = None) -> pd.DataFrame:
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


def supplier_shares(raw: Path | None = None, top: int = 4) -> pd.DataFrame:
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


def iraq_rank_by_year(raw: Path | None = None, first_year: int = 1958) -> pd.DataFrame:
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


def iraq_rank_in_window(first: int, last: int, raw: Path | None = None) -> dict:
    """Iraq's rank, share and the leading recipients of Soviet/Russian arms summed over ``first``–``last``."""
    exports = _state_recipients(load("sipri_russia_ussr_exports_by_recipient.csv", raw))
    window = _in(exports, first, last).groupby("recipient")["tiv_millions"].sum()
    window = window.sort_values(ascending=False, kind="stable")
    ranks = {name: i + 1 for i, name in enumerate(window.index)}
    return {"window": f"{first}–{last}", "rank": ranks.get("Iraq"), "recipients": len(window),
            "iraq_tiv_millions": float(window.get("Iraq", 0)),
            "share_pct": round(100 * float(window.get("Iraq", 0)) / float(window.sum()), 1) if window.sum() else 0.0,
            "leaders": ", ".join(window.index[:3])}


def iraq_rank_by_period(raw: Path | None = None) -> pd.DataFrame:
    """:func:`iraq_rank_in_window` for every analysis period."""
    return pd.DataFrame([{"period": row.period} | iraq_rank_in_window(row.first_year, row.last_year, raw)
                         for row in periods().itertuples()])


def deal_contents(order_year: int = 2012, raw: Path | None = None) -> pd.DataFrame:
    """What SIPRI's register records for Russian orders of *order_year*: systems, numbers, delivery years, TIV."""
    register = load("sipri_russia_to_iraq_deliveries.csv", raw)
    orders = register[register["order_year"] == order_year]
    grouped = orders.groupby(["designation", "description"], sort=False).agg(
        number_delivered=("number_delivered", "sum"), first_delivery=("delivery_year", "min"),
        last_delivery=("delivery_year", "max"), tiv_delivered_millions=("tiv_delivered_millions", "sum"))
    return grouped.reset_index()


_MONEY = re.compile(r"\$\s?(\d+(?:\.\d+)?)\s?(bn|billion|m|million)\b", re.IGNORECASE)


def reported_values(raw: Path | None = None, first_year: int = 2012, last_year: int = 2013) -> pd.DataFrame:
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


# --- Ranks on named bases, and the 2012 deal's life --------------------------------------------------------------

REGISTER = "sipri_russia_register_deliveries_2000_2023.csv"
YEARLY = "sipri_russia_ussr_exports_by_recipient.csv"
RANK_BASES = {  # basis: (file, year column, release, what the year means)
    "orders": (REGISTER, "order_year", REGISTER_RELEASE, "TIV of arms ordered that year (delivered 2000–2023)"),
    "deliveries (register)": (REGISTER, "delivery_year", REGISTER_RELEASE, "TIV delivered that year"),
    "deliveries (yearly series)": (YEARLY, "year", YEARLY_RELEASE, "TIV delivered that year"),
}
NEAR_TIE = 0.10  # two recipients within 10% of the larger one's TIV are a near-tie


def recipient_ranks(basis: str, raw: Path | None = None) -> pd.DataFrame:
    """Every state recipient's TIV and rank among Russia's (and the USSR's) recipients, each year, on one basis.

    Bases (:data:`RANK_BASES`): ``"orders"`` sums the register's deliveries
    by the year the arms were *ordered*; ``"deliveries (register)"`` and
    ``"deliveries (yearly series)"`` by the year they were *delivered*, each
    from one release only. Rank is 1 + the number of recipients with more TIV,
    so an exact tie shares a rank.
    """
    name, column, release, _ = RANK_BASES[basis]
    loaded = _loaded(name, raw)  # ranked once per basis and content of the file: claims ask many times
    if (basis, loaded) not in _RANKS:
        _RANKS[basis, loaded] = _recipient_ranks(_state_recipients(_LOADED[loaded]), name, column, basis, release)
    return _RANKS[basis, loaded].copy()


def _recipient_ranks(frame: pd.DataFrame, name: str, column: str, basis: str, release: str) -> pd.DataFrame:
    sums = frame.groupby([column, "recipient"])["tiv_millions" if name == YEARLY else "tiv_delivered_millions"].sum()
    sums = sums.rename("tiv_millions").reset_index().rename(columns={column: "year"})
    sums["rank"] = sums.groupby("year")["tiv_millions"].rank(method="min", ascending=False).astype(int)
    sums["recipients"] = sums.groupby("year")["recipient"].transform("size")
    return sums.assign(basis=basis, release=release).sort_values(["year", "rank", "recipient"], kind="stable")


def near_ties(value: float, others: pd.DataFrame, share: float = NEAR_TIE) -> str:
    """Name the recipients whose TIV is within *share* of *value* (relative to the larger of the two).

    >>> near_ties(862.0, pd.DataFrame({"recipient": ["China", "India"], "tiv_millions": [822.0, 2517.0]}))
    'China (822, 4.6% below)'
    """
    names = []
    for row in others.itertuples():
        gap = abs(row.tiv_millions - value) / max(row.tiv_millions, value) if max(row.tiv_millions, value) else 0.0
        if gap <= share:
            side = "equal" if row.tiv_millions == value else ("below" if row.tiv_millions < value else "above")
            names.append(f"{row.recipient} ({row.tiv_millions:g}, {100 * gap:.1f}% {side})")
    return "; ".join(names)


def rank_by_basis(recipient: str, years: range, raw: Path | None = None) -> pd.DataFrame:
    """*recipient*'s rank each year on every basis of :data:`RANK_BASES`, with leaders and near-ties named.

    A year with nothing for *recipient* on a basis has no rank (``<NA>``) and
    says so; bases of different releases sit in different rows, never summed.
    """
    rows = []
    for basis, (_, _, release, meaning) in RANK_BASES.items():
        ranks = recipient_ranks(basis, raw)
        for year in years:
            group = ranks[ranks["year"] == year]
            own = group[group["recipient"] == recipient]
            leader = group.iloc[0] if len(group) else None
            row = {"year": year, "basis": basis, "what is counted": meaning, "release": release,
                   "rank": pd.NA, "recipients": len(group), "tiv_millions": 0.0,
                   "first": f"{leader.recipient} ({leader.tiv_millions:g})" if leader is not None else "",
                   "near_ties": ""}
            if len(own):
                value = float(own["tiv_millions"].iloc[0])
                row |= {"rank": int(own["rank"].iloc[0]), "tiv_millions": value,
                        "near_ties": near_ties(value, group[group["recipient"] != recipient])}
            rows.append(row)
    return pd.DataFrame(rows).astype({"rank": "Int64"})


def aliases() -> pd.DataFrame:
    """Return the weapon designations (SIPRI's) with the spellings the reports use (``data/weapon_aliases.csv``)."""
    return pd.DataFrame(table("weapon_aliases.csv"))


def items_named(text: str) -> list[str]:
    """Return the SIPRI designations whose alias *text* names (in order of the alias file, each once).

    *text* is the Latin text of a reference file (a SIPRI description, a figure's note), not Arabic press: the
    aliases of ``weapon_aliases.csv`` are searched one by one as literal Latin strings, case kept, so this is no
    cue lexicon over a match key and does not go through :mod:`analysis.cues`.

    >>> items_named("30 Mi-28NE + 42 Pantsir-S1")
    ['Mi-28N', 'Pantsyr']
    """
    found = [row.designation for row in aliases().itertuples() if re.search(rf"\b{re.escape(row.alias)}", text)]
    return list(dict.fromkeys(found))


def ordered_numbers(text: str) -> dict[str, int]:
    """Return ``{designation: number}`` for counts written before a weapon's name («30 Mi-28NE + 42 Pantsir-S1»).

    Latin reference text, searched alias by alias like :func:`items_named` (no cue lexicon over Arabic).

    >>> ordered_numbers("Vedomosti: 48 Pantsir + 36 Mi-28")
    {'Mi-28N': 36, 'Pantsyr': 48}
    """
    numbers = {}
    for row in aliases().itertuples():
        match = re.search(rf"(?<![\w.])(\d+)\s+{re.escape(row.alias)}", text)
        if match and row.designation not in numbers:
            numbers[row.designation] = int(match.group(1))
    return numbers


_MONTH_RUN = re.compile(r"\b((?:[A-Z][a-z]{2}/)*[A-Z][a-z]{2}) (\d{4})\b")


def _signing_months(text: str) -> list[str]:
    """Return ISO months of a run like «signed … in Apr/Jul/Aug 2012» (English abbreviations, from the stdlib)."""
    import calendar

    months = {calendar.month_abbr[i]: i for i in range(1, 13)}
    if "signed" not in text:
        return []
    run = _MONTH_RUN.search(text[text.index("signed"):])
    if not run or not all(m in months for m in run.group(1).split("/")):
        return []
    return [f"{run.group(2)}-{months[m]:02d}" for m in run.group(1).split("/")]


def _stage(text: str) -> str:
    for row in table("deal_stages.csv"):
        if re.search(row["cue"], text, re.IGNORECASE):
            return row["stage"]
    return "reported"


def deal_register(order_year: int, recipient: str = "Iraq", raw: Path | None = None) -> pd.DataFrame:
    """The register's deliveries of *recipient*'s orders of *order_year* (release of 3 Jan 2025), one row per year and item."""
    register = load(REGISTER, raw)
    return register[(register["recipient"] == recipient) & (register["order_year"] == order_year)].reset_index(drop=True)


def deal_life_cycle(order_year: int = 2012, recipient: str = "Iraq", raw: Path | None = None) -> pd.DataFrame:
    """Return the dated life of a deal: signing, disclosure, cancellation, revival, deliveries.

    A context event belongs to the deal when it is dated from *order_year*
    on and names either an item of the deal (by ``weapon_aliases.csv``) or a
    dollar figure within 10% of a figure reported in *order_year*. Its stage
    comes from ``deal_stages.csv``; contracts the disclosure says were
    «signed … in Apr/Jul/Aug» get one signing row per month. Each delivery year
    of each item follows, from the register (``source``: the release).
    """
    deal = deal_register(order_year, recipient, raw)
    items = set(deal["designation"])
    values = reported_values(raw, order_year, order_year)["value_usd"]
    rows = []
    for event in load("context_events.csv", raw).itertuples():
        if int(event.date[:4]) < order_year:
            continue
        text = f"{event.event} {event.figure}"
        money = [float(m.group(1)) * (1e9 if m.group(2).lower() in ("bn", "billion") else 1e6)
                 for m in _MONEY.finditer(event.figure)]
        if not (set(items_named(text)) & items) and not any(abs(v - r) <= NEAR_TIE * r for v in money for r in values):
            continue
        for month in _signing_months(event.event):
            rows.append({"date": month, "stage": "contracts signed", "what": event.event, "figure": "",
                         "source": event.source_url})
        rows.append({"date": event.date, "stage": _stage(event.event), "what": event.event, "figure": event.figure,
                     "source": event.source_url})
    for (year, designation), group in deal.groupby(["delivery_year", "designation"], sort=True):
        rows.append({"date": str(int(year)), "stage": "delivery (SIPRI)",
                     "what": f"{int(group['number_delivered'].sum())} {designation} ({group['description'].iloc[0]})",
                     "figure": f"{group['tiv_delivered_millions'].sum():g} TIV (millions)", "source": REGISTER_RELEASE})
    frame = pd.DataFrame(rows)
    return frame.sort_values("date", kind="stable").reset_index(drop=True)


def ordered_vs_delivered(order_year: int = 2012, recipient: str = "Iraq", raw: Path | None = None) -> pd.DataFrame:
    """Per item of the deal: the numbers ordered as each report gives them, beside what SIPRI records delivered."""
    life = deal_life_cycle(order_year, recipient, raw)
    reports = life[~life["stage"].isin(["delivery", "delivery (SIPRI)", "contracts signed"])]
    deal = deal_register(order_year, recipient, raw)
    rows = []
    for designation, group in deal.groupby("designation", sort=False):
        said = [(n, row.date, row.source) for row in reports.itertuples()
                for d, n in ordered_numbers(f"{row.what} {row.figure}").items() if d == designation]
        numbers = sorted({n for n, _, _ in said})
        rows.append({"item": designation, "description": group["description"].iloc[0],
                     "ordered, as reported": "–".join(str(n) for n in (numbers[0], numbers[-1])) if len(numbers) > 1
                     else (str(numbers[0]) if numbers else "not reported"),
                     "reports": len(said), "delivered (SIPRI)": int(group["number_delivered"].sum()),
                     "delivery years": f"{int(group['delivery_year'].min())}–{int(group['delivery_year'].max())}",
                     "TIV delivered (millions)": float(group["tiv_delivered_millions"].sum()),
                     "order year estimated by SIPRI": group["order_year_estimate"].iloc[0]})
    return pd.DataFrame(rows)


def rank_table(ranks: pd.DataFrame) -> pd.DataFrame:
    """:func:`rank_by_basis` with readable column names, for display."""
    return ranks.rename(columns={"tiv_millions": "TIV (millions)", "first": "first recipient",
                                 "near_ties": f"near-ties (within {100 * NEAR_TIE:g}%)"})
