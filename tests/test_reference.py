"""Reference data: loaders refuse malformed files by name; computations agree with SIPRI's own totals."""

from __future__ import annotations

import shutil

import pytest

from analysis import paths, schemas
from analysis.topics import reference
from analysis.errors import InputError


@pytest.fixture
def external_copy(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(paths.RAW / "external", raw / "external")
    return raw


def test_every_reference_file_is_registered_and_loads_with_its_schema():
    on_disk = sorted(p.name for p in (paths.RAW / "external").glob("*.csv"))
    assert sorted(schemas.references()) == on_disk
    for name, schema in schemas.references().items():
        frame = reference.load(name)
        assert len(frame) > 0 and list(frame.columns) == list(schema.columns)
        for column in schema.columns:
            if schema.kind(column) == schemas.INT:
                assert str(frame[column].dtype) == "Int64", (name, column)
            elif schema.kind(column) == schemas.NUMBER:
                assert frame[column].dtype.kind == "f" or str(frame[column].dtype) == "Int64" or \
                    frame[column].dtype.kind == "i", (name, column)


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace("tiv_millions", "tiv"), r"column 'tiv_millions' is missing"),
    (lambda t: t.replace("1958,Soviet Union,Iraq,128", "1958,Soviet Union,Iraq,lots"),
     r"column 'tiv_millions' on line \d+: 'lots' must be a number"),
])
def test_malformed_reference_files_are_refused_by_name(external_copy, edit, message):
    path = external_copy / "external" / "sipri_iraq_imports_by_supplier.csv"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        reference.deliveries_to_iraq(external_copy)
    assert "sipri_iraq_imports_by_supplier.csv" in str(caught.value)


def test_missing_reference_file(tmp_path):
    with pytest.raises(InputError, match="missing"):
        reference.load("context_events.csv", tmp_path)


def test_deliveries_cover_every_year_and_match_sipri_totals():
    deliveries = reference.deliveries_to_iraq()
    assert deliveries["year"].tolist() == list(range(deliveries["year"].min(), deliveries["year"].max() + 1))
    exports = reference.load("sipri_russia_ussr_exports_by_recipient.csv")
    iraq = exports[exports["recipient"] == "Iraq"].groupby("year")["tiv_millions"].sum()
    merged = deliveries.set_index("year")["tiv_millions"]
    assert merged.loc[iraq.index].tolist() == iraq.tolist(), "imports and exports series agree year by year"
    assert set(deliveries.loc[deliveries["year"] <= 1991, "supplier"]) == {"Soviet Union"}


def test_supplier_shares_sum_to_100_in_every_period():
    shares = reference.supplier_shares()
    for period, rows in shares.groupby("period"):
        assert abs(rows["share_pct"].sum() - 100) < 0.6, period
    assert shares.groupby("period")["supplier"].apply(lambda s: s.iloc[-1]).eq("Others").sum() >= 1


def test_iraq_rank_is_its_position_among_state_recipients():
    ranks = reference.iraq_rank_by_year()
    exports = reference.load("sipri_russia_ussr_exports_by_recipient.csv")
    row = ranks[ranks["year"] == 2015].iloc[0]
    year = exports[(exports["year"] == 2015) & ~exports["recipient"].str.contains(r"\*") &
                   ~exports["recipient"].str.startswith("Unknown")]
    larger = (year["tiv_millions"] > row["iraq_tiv_millions"]).sum()
    assert row["rank"] == larger + 1


def test_the_2012_deal_contents_come_from_the_register_only():
    deal = reference.deal_contents(2012)
    assert set(deal["designation"]) == {"Mi-28N", "Pantsyr", "Igla-S"}
    assert deal.set_index("designation").loc["Mi-28N", "number_delivered"] == 19
    assert deal.set_index("designation").loc["Pantsyr", "number_delivered"] == 48


def test_reported_values_are_parsed_from_the_figures():
    reported = reference.reported_values()
    assert reported["value_usd"].min() == 4.2e9 and reported["value_usd"].max() == 4.3e9
    assert reported["source_url"].str.startswith("http").all()


def _register_row(recipient, order_year, delivery_year, tiv, designation="X"):
    return {"sipri_deal_id": 1, "supplier": "Russia", "recipient": recipient, "designation": designation,
            "description": "d", "category": "c", "order_year": order_year, "order_year_estimate": "No",
            "delivery_year": delivery_year, "delivery_year_estimate": "No", "number_delivered": 1,
            "number_delivered_estimate": "No", "status": "New", "tiv_unit": tiv, "tiv_delivered_millions": tiv,
            "local_production": "No"}


@pytest.fixture
def small_raw(tmp_path):
    """A hand-made register and yearly series: ordered in 2012, delivered in 2014; a tie and a near-tie."""
    import pandas as pd

    raw = tmp_path / "raw"
    (raw / "external").mkdir(parents=True)
    pd.DataFrame([_register_row("India", 2012, 2013, 300), _register_row("Iraq", 2012, 2014, 100),
                  _register_row("China", 2012, 2013, 95), _register_row("Egypt", 2012, 2014, 100),
                  _register_row("Group*", 2012, 2013, 500)]).to_csv(raw / "external" / reference.REGISTER, index=False)
    pd.DataFrame({"year": [2012, 2014, 2014], "supplier": "Russia", "recipient": ["India", "Iraq", "India"],
                  "tiv_millions": [300, 200, 50]}).to_csv(raw / "external" / reference.YEARLY, index=False)
    return raw


def test_rank_bases_disagree_and_name_ties(small_raw):
    ranks = reference.rank_by_basis("Iraq", range(2012, 2015), small_raw).set_index(["basis", "year"])
    orders = ranks.loc[("orders", 2012)]
    assert orders["rank"] == 2 and orders["recipients"] == 4, "the non-state recipient is left out; Egypt ties"
    assert orders["near_ties"] == "Egypt (100, 0.0% equal); China (95, 5.0% below)"
    assert pd_isna(ranks.loc[("deliveries (register)", 2012), "rank"]), "nothing delivered in the order year"
    assert ranks.loc[("deliveries (register)", 2014), "rank"] == 1 and ranks.loc[("deliveries (yearly series)", 2014), "rank"] == 1
    assert set(ranks["release"]) == {reference.REGISTER_RELEASE, reference.YEARLY_RELEASE}


def pd_isna(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def test_the_2012_deal_life_cycle_is_dated_and_ordered_against_delivered():
    life = reference.deal_life_cycle(2012)
    assert life["date"].tolist() == sorted(life["date"])
    signed = life[life["stage"] == "contracts signed"]["date"].tolist()
    assert signed == ["2012-04", "2012-07", "2012-08"]
    assert {"disclosure", "cancellation announced", "revival", "delivery (SIPRI)"} <= set(life["stage"])
    assert not life["what"].str.contains("Su-25|T-90S|S-400").any(), "other deals are left out"
    ordered = reference.ordered_vs_delivered(2012).set_index("item")
    assert ordered.loc["Mi-28N", "ordered, as reported"] == "30–36" and ordered.loc["Mi-28N", "delivered (SIPRI)"] == 19
    assert ordered.loc["Igla-S", "ordered, as reported"] == "not reported"


def test_orders_basis_ranks_iraq_second_in_2012_with_a_near_tie():
    row = reference.rank_by_basis("Iraq", range(2012, 2013)).set_index("basis").loc["orders"]
    assert row["rank"] == 2 and row["near_ties"].startswith("China")


def test_a_reference_file_is_checked_once_for_its_bytes_and_each_caller_gets_its_own_frame(external_copy, monkeypatch,
                                                                                            tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(reference, "_LOADED", {})
    checked = []
    real = schemas.validate
    monkeypatch.setattr(schemas, "validate", lambda frame, name, *rest: checked.append(name) or real(frame, name, *rest))
    name = "context_events.csv"
    first = reference.load(name, external_copy)
    first.loc[0, "event"] = "changed by a caller"
    again = reference.load(name, external_copy)
    assert checked == [name] and again.loc[0, "event"] != "changed by a caller", "parsed once, a fresh frame each"
    monkeypatch.setattr(reference, "_LOADED", {})  # a new process: the note of the check is kept on disk
    assert reference.load(name, external_copy).equals(again) and checked == [name]
    path = external_copy / "external" / name
    path.write_text(path.read_text(encoding="utf-8").replace("date,", "day,", 1), encoding="utf-8")
    with pytest.raises(InputError, match=name):  # new bytes: checked again, and refused
        reference.load(name, external_copy)
