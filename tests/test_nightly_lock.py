"""One writer per output folder, and reruns that add nothing: sixty generated articles in
batches of five; a clean run A holds the folder while run B is refused and run C waits for it
(fixture `contended`, conftest.py). Real processes, real Parquet.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path


from .nightly import ALL_TABLES, multiset


def test_second_run_on_a_locked_folder_refuses_with_exit_3_naming_the_holder(contended):
    b = contended["b"]
    assert b.returncode == 3, (b.returncode, b.stderr)
    assert f"pid {contended['a_pid']}" in b.stderr, b.stderr
    assert "--wait" in b.stderr  # says what to do about it
    assert "Traceback" not in b.stderr


def test_a_run_with_wait_waits_for_the_holder_then_adds_nothing(contended, batch):
    assert contended["c_was_waiting"], f"run C did not wait for the lock: {contended['c_err']}"
    assert contended["a_rc"] == 0, contended["a_err"]
    assert contended["c_rc"] == 0, contended["c_err"]
    snap = contended["snap"]
    docs = snap["documents"]
    assert len(docs) == len({d["doc_id"] for d in docs}) == len(batch["articles"]) == 60
    assert snap["parts"]["documents"] == 12  # batch_size = 5 from the TOML file: 60 documents, 12 parts
    runs = sorted(snap["runs"], key=lambda r: r["started"])
    assert len(runs) == 2, runs  # A and C; B wrote nothing
    a_run, c_run = runs
    assert a_run["status"] == c_run["status"] == "complete"
    assert c_run["started"] >= a_run["ended"]
    assert (c_run["n_read"], c_run["n_already_done"]) == (60, 60)
    assert c_run["n_ok"] + c_run["n_no_event"] + c_run["n_skipped"] + c_run["n_failed"] + c_run["n_events"] == 0
    assert sum(d["n_events"] for d in docs) == len(snap["events"]) == a_run["n_events"]


def test_clean_run_processes_every_generated_article(contended):
    docs = contended["snap"]["documents"]
    assert Counter(d["status"] for d in docs) == Counter(ok=60), \
        [(d["source"], d["status"], d["error"]) for d in docs if d["status"] != "ok"]
    events = contended["snap"]["events"]
    assert {e["doc_id"] for e in events} == {d["doc_id"] for d in docs}


def test_every_generated_signatory_is_found_by_name(contended, batch):
    docs = {Path(d["source"]).name: d["doc_id"] for d in contended["snap"]["documents"]}
    names = Counter((p["doc_id"], p["name"]) for p in contended["snap"]["people"])
    missing = [(a["regency"], name) for a in batch["articles"] for name in (a["bupati"], a["ombud"])
               if (docs[a["name"]], name) not in names]
    assert not missing


def test_rerun_on_the_same_inputs_adds_no_rows(contended):
    before, after = contended["after_a"], contended["snap"]
    for table in ALL_TABLES:
        assert multiset(after[table]) == multiset(before[table]), table
    assert after["parts"] == before["parts"]
    assert len(after["runs"]) == len(before["runs"]) + 1


def test_run_ids_sort_in_the_order_runs_started_also_within_one_second():
    """`started` keeps whole seconds, and a run with nothing new to do ends in less than one:
    the `runs` table is read in order by (started, run_id)."""
    import datetime as dt

    from pipeline.executors.base import new_run_id

    second = dt.datetime(2026, 12, 3, 19, 0, 1, tzinfo=dt.timezone.utc)
    for _ in range(50):
        ids = [new_run_id(second.replace(microsecond=us)) for us in (0, 1, 250_000, 999_999)]
        assert ids == sorted(ids)
