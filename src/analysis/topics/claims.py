"""Find the articles' checkable claims and check them against the reference data, naming the basis of each verdict.

Claims are *found*, not listed: every amount the extractor finds, and every
rank or superlative expression of ``data/claim_cues.csv`` («ثاني أكبر»،
«أكبر»، «أول»…) in any sentence of any article. What a claim is about comes
from the words after its cue (or, for an amount, anywhere in its sentence)
through ``data/claim_topics.csv``, which also names the check to run. A claim
with no check, no year or no subject stays in the table as "not checked",
with the reason. Nothing here knows the articles.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from math import floor, log10
from urllib.parse import urlparse

import pandas as pd

from . import reference
from ..cues import PROCLITIC_OR_ARTICLE, Cues
from ..lexicons import table
from ..markdown import ids_by, listing
from ..normalize import match_key, normalize

TOPIC_WINDOW = 3  # a rank cue's topic is one of the next three words («ثاني أكبر مشترٍ للأسلحة»)
SUPPLIERS = reference.SOVIET_OR_RUSSIAN
NOT_CHECKED = "not checked"
_WORD = re.compile(r"\w+")


@cache
def _cues() -> tuple[Cues, tuple[dict, ...]]:
    """The claim cues: whole words after an optional clitic or article, longest first over the whole sentence, so
    «ثاني أكبر» wins over «أكبر»; a cue followed by its ``unless_followed_by`` word («أكبر من») is no claim."""
    rows = table("claim_cues.csv", key="cue")
    cues = Cues([row["key"] for row in rows], before=PROCLITIC_OR_ARTICLE, whole_word=True, joiner=" ",
                resolve="longest", unless_followed_by=[normalize(row["unless_followed_by"]) for row in rows])
    return cues, rows


@cache
def _topics() -> tuple[Cues, tuple[dict, ...]]:
    """The topic cues: the start of a word, after an optional clitic or article, first in lexicon order."""
    rows = table("claim_topics.csv", key="cue")
    return Cues([row["key"] for row in rows], before=PROCLITIC_OR_ARTICLE, joiner=" "), rows


def _topic(words: list[re.Match]) -> tuple[dict, re.Match] | tuple[None, None]:
    """Return the first topic row whose cue starts one of *words* (match keys, clitics allowed), and that word."""
    cues, rows = _topics()
    for word in words:
        index = cues.first(word.group())
        if index is not None:
            return rows[index], word
    return None, None


def _cue_hits(text: str) -> list[tuple[int, int, dict]]:
    """Return ``(key_start, key_end, cue row)`` for each cue in the match key of *text*, overlaps resolved longest-first."""
    cues, rows = _cues()
    return [(hit.start, hit.end, rows[hit.index]) for hit in cues.find(normalize(text))]


def _mentions_in(mentions: pd.DataFrame, article_id: str, sentence_index: int, kinds: tuple[str, ...]) -> pd.DataFrame:
    """The mentions of one sentence of the given kinds; *mentions* is a :class:`_BySentence` or a frame."""
    if isinstance(mentions, _BySentence):
        mentions = mentions.of(article_id, sentence_index)
    return mentions[(mentions["article_id"] == article_id) & (mentions["sentence_index"] == sentence_index)
                    & mentions["kind"].isin(kinds)]


class _BySentence:
    """The mentions table grouped once by sentence, so each sentence's lookup costs no scan of the whole table."""

    COLUMNS = ("article_id", "sentence_index", "kind", "type", "start", "end", "text", "value", "unit")

    def __init__(self, mentions: pd.DataFrame):
        self.frame = mentions[[c for c in self.COLUMNS if c in mentions.columns]].copy()  # one block per dtype
        self.positions = mentions.groupby(["article_id", "sentence_index"], sort=False).indices
        self.amounts = set(mentions.loc[mentions["kind"] == "amount", ["article_id", "sentence_index"]]
                           .itertuples(index=False, name=None))

    def of(self, article_id: str, sentence_index: int) -> pd.DataFrame:
        return self.frame.iloc[self.positions.get((article_id, sentence_index), [])]


def _nearest_year(dates: pd.DataFrame, at: int) -> int | None:
    """The year of the date nearest before *at* in the sentence, else of the first after it."""
    if dates.empty:
        return None
    before = dates[dates["end"] <= at]
    row = before.iloc[-1] if len(before) else dates.iloc[0]
    return int(str(row["value"])[:4])


def find_claims(sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Return every rank, superlative or amount claim of every article, typed, with its span and context.

    Columns: ``article_id``, ``sentence_index``, ``start``, ``end``, ``text``
    (the claim's words, ``texts[article_id][start:end]``), ``claim_type``,
    ``rank`` (claimed, for rank claims), ``value`` and ``unit`` (amounts),
    ``topic``, ``check``, ``unchecked_reason``, ``year``, ``subject`` and
    ``supplier`` (countries before and after the cue).
    """
    rows = []
    grouped = _BySentence(mentions)
    for sentence in sentences.itertuples():
        if getattr(sentence, "is_boilerplate", False) is True:
            continue
        rows += _rank_claims(sentence, grouped)
        if (sentence.article_id, sentence.sentence_index) in grouped.amounts:
            rows += _amount_claims(sentence, grouped)
    columns = ["article_id", "sentence_index", "start", "end", "text", "claim_type", "rank", "value", "unit", "topic",
               "check", "unchecked_reason", "year", "subject", "supplier"]
    frame = pd.DataFrame(rows, columns=columns).astype({"rank": "Int64", "year": "Int64", "value": float})
    return frame.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def _rank_claims(sentence, mentions: pd.DataFrame) -> list[dict]:
    text, base = sentence.text, int(sentence.start)
    hits = _cue_hits(text)
    if not hits:
        return []
    mk = match_key(text)
    dates = _mentions_in(mentions, sentence.article_id, sentence.sentence_index, ("date", "period"))
    countries = _mentions_in(mentions, sentence.article_id, sentence.sentence_index, ("entity",))
    countries = countries[countries["type"] == "country"]
    rows = []
    for start, end, cue in hits:
        raw_start, raw_end = mk.raw_span(start, end)
        if ((dates["start"] < base + raw_end) & (dates["end"] > base + raw_start)).any():
            continue  # «الأول» inside «كانون الأول» is a month, not a claim
        topic, word = _topic(list(islice(_WORD.finditer(mk.key, end), TOPIC_WINDOW)))
        if topic:  # the claim's words run to the end of its topic word («ثاني أكبر مشترٍ»)
            raw_end = mk.raw_span(start, word.end())[1]
        at = base + raw_start
        before = countries[countries["end"] <= at]
        after = countries[countries["start"] >= base + raw_end]
        rows.append({"article_id": sentence.article_id, "sentence_index": sentence.sentence_index,
                     "start": at, "end": base + raw_end, "text": text[raw_start:raw_end],
                     "claim_type": cue["claim_type"], "rank": int(cue["rank"]) if cue["rank"] else None,
                     "value": None, "unit": "", "topic": topic["topic"] if topic else "",
                     "check": topic["check"] if topic else "",
                     "unchecked_reason": topic["unchecked_reason"] if topic else "no topic word follows the cue",
                     "year": _nearest_year(dates, at), "subject": before["value"].iloc[-1] if len(before) else "",
                     "supplier": after["value"].iloc[0] if len(after) else ""})
    return rows


def _amount_claims(sentence, mentions: pd.DataFrame) -> list[dict]:
    amounts = _mentions_in(mentions, sentence.article_id, sentence.sentence_index, ("amount",))
    dates = _mentions_in(mentions, sentence.article_id, sentence.sentence_index, ("date", "period"))
    topic, _ = _topic(list(_WORD.finditer(normalize(sentence.text))))
    rows = []
    for amount in amounts.itertuples():
        rows.append({"article_id": sentence.article_id, "sentence_index": sentence.sentence_index,
                     "start": int(amount.start), "end": int(amount.end), "text": amount.text, "claim_type": "amount",
                     "rank": None, "value": float(amount.value), "unit": amount.unit,
                     "topic": topic["topic"] if topic else "",
                     "check": "amount_vs_reported" if topic and topic["check"] == "amount_vs_reported" else "",
                     "unchecked_reason": "" if topic and topic["check"] == "amount_vs_reported"
                     else "the sentence names no deal, so no reported figure is comparable",
                     "year": _nearest_year(dates, int(amount.start)), "subject": "", "supplier": ""})
    return rows


# --- Checks -------------------------------------------------------------------------------------------------------

def rounding_half_unit(value: float) -> float:
    """Half the unit of the last non-zero digit of *value*: the rounding a figure written that way allows.

    >>> rounding_half_unit(4e9), rounding_half_unit(4.2e9), rounding_half_unit(12.9e9)
    (500000000.0, 50000000.0, 50000000.0)
    """
    if value == 0:
        return 0.0
    exponent = floor(log10(abs(value)))
    while exponent > -6 and round(value / 10 ** exponent) * 10 ** exponent != value:
        exponent -= 1
    return 0.5 * 10 ** exponent


_ATTRIBUTED = re.compile(r"\(?\b([A-Z][\w.]+)(?: had)? (?:said|gave|reported)\s*(?=\$)")


def reported_by_source(reported: pd.DataFrame) -> pd.DataFrame:
    """One figure per distinct source: the outlet a figure is attributed to («Vedomosti had said $4.3bn»),
    else the host of the row's address; a source's earliest figure counts once."""
    rows = []
    for row in reported.itertuples():
        for match in reference._MONEY.finditer(row.figure):
            said = _ATTRIBUTED.search(row.figure[:match.start()] + row.figure[match.start():match.end()])
            attributed = said and said.end() == match.start()
            source = said.group(1) if attributed else urlparse(row.source_url).netloc.removeprefix("www.")
            scale = 1e9 if match.group(2).lower() in ("bn", "billion") else 1e6
            more = bool(re.search(r"more than\s*$", row.figure[:match.start()], re.IGNORECASE))
            rows.append({"source": source, "date": row.date, "value_usd": float(match.group(1)) * scale,
                         "more_than": more, "via": row.source_url})
    frame = pd.DataFrame(rows, columns=["source", "date", "value_usd", "more_than", "via"])
    return frame.sort_values("date", kind="stable").drop_duplicates("source").reset_index(drop=True)


def value_comparison(value: float, by_source: pd.DataFrame) -> pd.DataFrame:
    """Compare an article's figure with each source's: the relative difference, and whether rounding explains it.

    "consistent (rounded)" when the source's figure lies within the rounding
    of the article's (a whole number of billions allows ±0.5 billion).
    """
    half = rounding_half_unit(value)
    frame = by_source.copy()
    frame["relative difference (%)"] = (100 * (value - frame["value_usd"]) / frame["value_usd"]).round(1)
    frame["verdict"] = ["same figure" if v == value else "consistent (rounded)" if abs(v - value) <= half
                        else ("article higher" if value > v else "article lower") for v in frame["value_usd"]]
    return frame


def _money(value: float) -> str:
    return f"${value / 1e9:g} billion" if value >= 1e9 else f"${value / 1e6:g} million"


def check_amount(claim: pd.Series, raw=None) -> dict:
    """Check an amount against the dollar figures of the context events dated in its year or the next."""
    reported = reference.reported_values(raw, int(claim["year"]), int(claim["year"]) + 1)
    if reported.empty:
        return _unchecked(f"no dollar figure is reported for {claim['year']}–{int(claim['year']) + 1}")
    compared = value_comparison(claim["value"], reported_by_source(reported))
    counts = compared.groupby("value_usd").size()
    figures = ", ".join(f"{_money(v)} from {n} source{'s' if n > 1 else ''}" for v, n in counts.items())
    consistent = compared["verdict"].isin(["same figure", "consistent (rounded)"])
    diffs = compared["relative difference (%)"]
    spread = f"{diffs.min():+.1f}%" if diffs.min() == diffs.max() else f"{diffs.min():+.1f}% to {diffs.max():+.1f}%"
    head = ("Consistent (rounded)" if consistent.all() else
            f"Consistent with {int(consistent.sum())} of {len(compared)} sources" if consistent.any() else
            "Not consistent")
    verdict = (f"{head}: the article's {_money(claim['value'])} against {len(compared)} distinct sources ({figures}); "
               f"difference {spread}; a figure written as {_money(claim['value'])} allows "
               f"±{_money(rounding_half_unit(claim['value']))}.")
    return {"basis": f"money reported in {claim['year']}–{int(claim['year']) + 1}, one figure per distinct source",
            "reference_value": figures, "verdict": verdict,
            "sources": "; ".join(f"{r.source}: {r.via}" for r in compared.itertuples())}


def check_rank(claim: pd.Series, raw=None) -> dict:
    """Check a rank among Russia's arms recipients on the orders basis and on the delivery bases, each named."""
    if claim["supplier"] not in SUPPLIERS:
        return _unchecked("the reference data ranks recipients of Soviet and Russian arms only; "
                          f"the claim's supplier is {claim['supplier'] or 'not named'}")
    year, subject, claimed = int(claim["year"]), claim["subject"], int(claim["rank"])
    ranks = reference.rank_by_basis(subject, range(year, year + 1), raw)
    parts, holds, said = [], {}, {}
    for row in ranks.itertuples():
        holds[row.basis] = not pd.isna(row.rank) and int(row.rank) <= claimed
        place = (f"rank {row.rank} of {row.recipients} ({row.tiv_millions:g} TIV millions; first: {row.first})"
                 if not pd.isna(row.rank) else f"nothing recorded for {subject} in {year}")
        ties = f"; near-tie within {100 * reference.NEAR_TIE:g}%: {row.near_ties}" if row.near_ties else ""
        said[row.basis] = f"{row.basis} basis ({row.release}): {place}{ties}"
        parts.append(said[row.basis])
    supported = [basis for basis, ok in holds.items() if ok]
    unsupported = [basis for basis, ok in holds.items() if not ok]
    later = reference.rank_by_basis(subject, range(year + 1, year + 4), raw)
    later = later[later["basis"] != "orders"].dropna(subset=["rank"])
    best = later.sort_values(["rank", "year"]).iloc[0] if len(later) else None
    why = (" The bases differ because a deal counts in the year it is ordered, while its arms are delivered in "
           "later years" + (f" (best delivery rank in the next three years: {best['rank']}, in {best['year']}, "
                            f"{best['basis']})" if best is not None else "") + "." if supported and unsupported else "")
    verdict = (f"Supported on the {' and '.join(said[b] for b in supported)}." if supported
               else f"Not supported on any basis (claimed: rank {claimed} in {year}).")
    if supported and unsupported:
        verdict += f" Not supported on the {'; '.join(said[b] for b in unsupported)}."
    verdict += why
    money = reference.reported_values(raw, year, year)
    if len(money):
        verdict += (f" In money, the sources report {subject}'s deal at {_money(money['value_usd'].min())}–"
                    f"{_money(money['value_usd'].max())} but give no other buyer's contracts of {year}, so no "
                    "money-basis rank can be computed.")
    return {"basis": "; ".join(ranks["basis"]), "reference_value": " | ".join(parts), "verdict": verdict,
            "sources": "; ".join(dict.fromkeys(ranks["release"]))}


def _unchecked(reason: str) -> dict:
    return {"basis": "", "reference_value": "", "verdict": f"{NOT_CHECKED}: {reason}", "sources": ""}


CHECKS = {"amount_vs_reported": check_amount, "rank_among_recipients": check_rank}
_CHECK_INPUTS = ("check", "year", "subject", "supplier", "rank", "value")  # all that a check reads of its claim


def check_claims(found: pd.DataFrame, raw=None) -> pd.DataFrame:
    """Run each found claim's check; a claim without a check, a year or a subject is "not checked", with why.

    A check depends only on the claim's check, year, subject, supplier, rank
    and value: claims that share them (the same claim in many articles) are
    checked once.
    """
    rows, done = [], {}
    for claim in found.to_dict("records"):
        if not claim["check"]:
            result = _unchecked(claim["unchecked_reason"] or "no check exists for this kind of claim")
        elif pd.isna(claim["year"]):
            result = _unchecked("the sentence gives no year")
        elif claim["check"] == "rank_among_recipients" and not claim["subject"]:
            result = _unchecked("no country is named before the claim")
        else:
            key = tuple(None if pd.isna(claim[c]) else claim[c] for c in _CHECK_INPUTS)
            if key not in done:
                done[key] = CHECKS[claim["check"]](pd.Series(claim), raw)
            result = done[key]
        rows.append(claim | result)
    frame = pd.DataFrame(rows, columns=list(found.columns) + ["basis", "reference_value", "verdict", "sources"])
    return frame.astype({"rank": "Int64", "year": "Int64"})


def claim_checks(sentences: pd.DataFrame, mentions: pd.DataFrame, raw=None) -> pd.DataFrame:
    """Find every claim of every article and check it: the article's words (with span), the basis and the verdict."""
    return check_claims(find_claims(sentences, mentions), raw)


def claim_table(checks: pd.DataFrame) -> pd.DataFrame:
    """The claim checks with readable column names, for display."""
    columns = {"article_id": "article", "text": "the article's words", "start": "start", "end": "end",
               "claim_type": "claim type", "topic": "about", "year": "year", "basis": "basis",
               "reference_value": "reference figures", "verdict": "verdict", "sources": "sources"}
    return checks.rename(columns=columns)[list(columns.values())]


# --- Findings and limits, worded from the computed tables ---------------------------------------------------------

def key_findings(checks: pd.DataFrame, ranks: pd.DataFrame, life: pd.DataFrame, ordered: pd.DataFrame) -> str:
    """Return 02's key findings as Markdown bullets, every number taken from the tables given.

    *ranks* comes from :func:`reference.rank_by_basis`, *life* from
    :func:`reference.deal_life_cycle`, *ordered* from
    :func:`reference.ordered_vs_delivered`.
    """
    from ..markdown import bullets

    lines = []
    for claim, ids in _distinct(checks[checks["check"] == "rank_among_recipients"], ["text", "year", "subject", "rank"]):
        year = ranks[ranks["year"] == claim.year]
        if year.empty or (year["basis"] == "orders").sum() == 0:
            continue  # a year outside the ranked window: its verdict stays in the claims table
        orders = year[year["basis"] == "orders"].iloc[0]
        delivered = year[(year["basis"] != "orders")]
        later = ranks[(ranks["year"] > claim.year) & (ranks["basis"] != "orders")].dropna(subset=["rank"])
        best = later.sort_values(["rank", "year"]).iloc[0] if len(later) else None
        ties = f", with {orders['near_ties']} within {100 * reference.NEAR_TIE:g}%: a near-tie" if orders["near_ties"] else ""
        place = (f"ranks {orders['rank']} of {orders['recipients']} by TIV ordered in {claim.year} "
                 f"({orders['tiv_millions']:g} TIV millions; first {orders['first']}{ties})"
                 if not pd.isna(orders["rank"]) else f"ordered nothing recorded in {claim.year}")
        got = "; ".join(f"{r.basis}: rank {r.rank}" if not pd.isna(r.rank) else f"{r.basis}: nothing delivered"
                        for r in delivered.itertuples())
        holds = [r.basis for r in year.itertuples() if not pd.isna(r.rank) and r.rank <= claim.rank]
        fails = [r.basis for r in year.itertuples() if r.basis not in holds]
        lines.append(f"«{claim.text}» ({ids}, {claim.year}): on the orders basis (register of 3 Jan 2025) "
                     f"{claim.subject} {place}; in {claim.year} itself ({got})"
                     + (f", and its best delivery rank up to {later['year'].max()} is {best['rank']} ({best['year']})"
                        if best is not None else "")
                     + f". The claim holds on the {', '.join(holds) or 'no'} basis"
                     + (f", not on the {', '.join(fails)} basis." if fails else "."))
    checked_amounts = checks[(checks["check"] == "amount_vs_reported") & ~checks["verdict"].str.startswith(NOT_CHECKED)]
    lines += [f"«{claim.text}» ({ids}, {claim.year}): {claim.verdict}"
              for claim, ids in _distinct(checked_amounts, ["text", "year", "verdict"])]
    stages = life[life["stage"] != "delivery (SIPRI)"].drop_duplicates(["date", "stage"])
    steps = "; ".join(f"{stage} {', '.join(group['date'])}" for stage, group in stages.groupby("stage", sort=False))
    items = ", ".join(f"{r._5} {r.item} (reported ordered: {r._3})" for r in ordered.itertuples())
    sipri = life[life["stage"] == "delivery (SIPRI)"]
    if len(life):
        lines.append(f"The deal's life in the context events: {steps}. SIPRI's register records deliveries in "
                     f"{sipri['date'].min()}–{sipri['date'].max()}: {items}.")
    unchecked = checks[checks["verdict"].str.startswith(NOT_CHECKED)]
    cannot = [f"«{r.text}» cannot ({r.verdict.removeprefix(NOT_CHECKED + ': ')})"
              for r, _ in _distinct(unchecked, ["text", "verdict"])]
    lines.append(f"The articles hold {_count(len(checks), 'rank, superlative or amount claim')}; "
                 f"{len(checks) - len(unchecked)} can be checked against the reference data"
                 + (", and " + listing(cannot, rest="more distinct claims") if len(unchecked) else "") + ".")
    return bullets(lines)


def _distinct(frame: pd.DataFrame, by: list[str]) -> list[tuple]:
    """One ``(first row, the articles that make it)`` per distinct value of *by*, in first-seen order.

    The same claim told by many articles is one finding, naming its articles (at most a few, the rest counted).
    """
    return [(next(group.itertuples()), listing(list(dict.fromkeys(group["article_id"])), ", ", rest="more articles"))
            for _, group in frame.groupby(by, sort=False, dropna=False)] if len(frame) else []


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def limits(checks: pd.DataFrame, life: pd.DataFrame, ordered: pd.DataFrame, sentences: pd.DataFrame,
           raw=None) -> str:
    """Return 02's limits and uncertainties as Markdown bullets, counted from the tables given."""
    from ..markdown import bullets

    register = reference.load(reference.REGISTER, raw)
    last = int(register["delivery_year"].max())
    reported_first = life[life["stage"] == "delivery"]["date"].min()
    sipri_first = life[life["stage"] == "delivery (SIPRI)"]["date"].min()
    spread = "; ".join(f"{r.item}: {r._3} reported, {r._5} delivered" for r in ordered.itertuples()
                       if r._3 != "not reported")
    estimated = ordered[ordered["order year estimated by SIPRI"] == "Yes"]["item"]
    cut = sentences[sentences["is_boilerplate"].astype(str) == "True"]
    lines = [
        "TIV measures military capability, not money: no TIV figure is set beside a dollar amount, and each rank is "
        "computed within one SIPRI release (the register of 3 Jan 2025, or the yearly series of May 2022), never "
        "summed across them.",
        f"The orders basis counts what was delivered by {last} from each year's orders: orders with no delivery yet "
        "are missing, so recent order years are undercounted, and SIPRI estimates the order year of "
        f"{len(estimated)} of the {len(ordered)} items of the deal ({', '.join(estimated)}).",
        f"Sources disagree on the deal's contents ({spread}) and on its value (see the per-source table)"
        + (f"; the first reported delivery ({reported_first}) precedes the register's first delivery year of the "
           f"deal's items ({sipri_first}): the press may count items SIPRI files under other orders."
           if isinstance(reported_first, str) and reported_first[:4] < str(sipri_first)[:4] else "."),
        "No source here gives other buyers' contracts in money, so the claim cannot be ranked on a money basis.",
        "Claims are found by the cue words of the claim lexicon: a claim worded otherwise is not found, and "
        f"{int(checks['verdict'].str.startswith(NOT_CHECKED).sum())} found claim(s) have no check.",
    ]
    lines += [f"{ids} ends with «{text}»: it is an excerpt, and claims after the cut are missing." if n == 1 else
              f"{ids} end with «{text}»: they are excerpts, and claims after the cut are missing."
              for text, ids, n in ids_by(cut, "text")]
    return bullets(lines)


def value_details(checks: pd.DataFrame, raw=None) -> pd.DataFrame:
    """One row per checked amount claim and distinct source: the source's figure and the difference from the article's."""
    parts, done = [], {}
    for claim in checks[(checks["check"] == "amount_vs_reported") & ~checks["verdict"].str.startswith(NOT_CHECKED)].itertuples():
        key = (int(claim.year), claim.value)  # all the comparison reads of a claim: many articles share it
        if key not in done:
            done[key] = value_comparison(claim.value, reported_by_source(
                reference.reported_values(raw, int(claim.year), int(claim.year) + 1)))
        parts.append(done[key].assign(article=claim.article_id, claim=claim.text, article_usd=claim.value))
    if not parts:
        return pd.DataFrame(columns=["article", "the article's words", "article (USD)", "source", "date",
                                     "source (USD)", "more than", "relative difference (%)", "verdict", "via"])
    frame = pd.concat(parts, ignore_index=True)
    return frame.rename(columns={"claim": "the article's words", "article_usd": "article (USD)",
                                 "value_usd": "source (USD)", "more_than": "more than"})[
        ["article", "the article's words", "article (USD)", "source", "date", "source (USD)", "more than",
         "relative difference (%)", "verdict", "via"]]
