"""Agreements merged across outlets: one signing reported by two outlets is one agreement, the
same parties on another date another, every current event in exactly one (fixture `nightly`).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter


from .nightly import doc


def test_two_outlets_reporting_one_signing_make_one_agreement(nightly):
    snap = nightly["snaps"]["night1"]
    a = doc(snap, "signing/kabar-tadulako.html")
    b = doc(snap, "signing/suara-lembah-palu.txt")
    assert a["status"] == b["status"] == "ok"
    assert a["outlet"] == "Kabar Tadulako"
    events = {d: [e for e in snap["events"] if e["doc_id"] == d] for d in (a["doc_id"], b["doc_id"])}
    assert all(len(es) == 1 for es in events.values()), events
    rows = [r for r in snap["agreements"] if a["doc_id"] in r["doc_ids"] or b["doc_id"] in r["doc_ids"]]
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["n_sources"] == 2
    assert row["doc_ids"] == sorted([a["doc_id"], b["doc_id"]])
    assert row["event_ids"] == sorted(es[0]["event_id"] for es in events.values())
    assert row["agreement_type"] == "nota_kesepahaman"
    assert row["event_date"] == dt.date(2024, 8, 14) and row["date_precision"] == "day"
    assert row["province_codes"] == ["ID-ST"]
    assert {"Burhanuddin Tawil Lasawedi", "Wahyuni Setyaningrum Harahap"} <= set(row["signatories"])


def test_same_parties_signing_on_another_date_is_another_agreement(nightly):
    snap = nightly["snaps"]["night1"]
    later = doc(snap, "signing/pemprov-sulteng-rsud-undata.txt")
    rows = [r for r in snap["agreements"] if later["doc_id"] in r["doc_ids"]]
    assert len(rows) == 1
    assert rows[0]["n_sources"] == 1 and rows[0]["event_date"] == dt.date(2024, 10, 18)


def test_every_current_event_is_in_exactly_one_agreement(nightly):
    snap = nightly["snaps"]["rerun"]
    superseded = {d["supersedes"] for d in snap["documents"] if d["supersedes"]}
    current = {e["event_id"] for e in snap["events"] if e["doc_id"] not in superseded}
    in_agreements = Counter(e for r in snap["agreements"] for e in r["event_ids"])
    assert set(in_agreements) == current and set(in_agreements.values()) == {1}
    ids = [r["agreement_id"] for r in snap["agreements"]]
    assert len(ids) == len(set(ids))
    assert all(r["n_sources"] == len(r["doc_ids"]) for r in snap["agreements"])
