"""Nights configured by TOML files (the console script, as a cron job calls it): paths relative
to the file, unknown keys refused, one log file and one `runs` row per run, and a night's new
inputs add only their rows (fixture `nightly`).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path


from .conftest import run_cli
from .nightly import ALL_TABLES, STATUSES, multiset, runs_in_order


def test_toml_config_relative_paths_resolve_against_the_toml_file(nightly):
    root = nightly["root"]
    docs = nightly["snaps"]["night1"]["documents"]
    assert docs and all(Path(d["source"]).is_relative_to(root / "in" / "night1") for d in docs)
    assert (root / "out" / "documents").is_dir()
    options = json.loads(nightly["snaps"]["night1"]["runs"][0]["options"])
    assert options["batch_size"] == 2 and options["doc_timeout"] == 30 and options["doc_memory_mb"] == 1500
    assert Path(options["out"]) == root / "out"
    assert [Path(p) for p in options["inputs"]] == [root / "in" / "night1"]


def test_unknown_toml_key_exits_2_and_names_it(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "nightly.toml").write_text('inputs = ["in"]\nout = "out"\nbatch_sise = 5\n', encoding="utf-8")
    proc = run_cli("run", "--config", tmp_path / "nightly.toml", check=False)
    assert proc.returncode == 2, proc.stderr
    assert "batch_sise" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


def test_one_log_file_per_run(nightly):
    out = nightly["out"]
    runs = nightly["snaps"]["rerun"]["runs"]
    logs = sorted((out / "logs").glob("*.log"))
    assert len(logs) == len(runs) == 4
    assert {p.stem for p in logs} == {r["run_id"] for r in runs}
    assert all(p.stat().st_size > 0 for p in logs)


def test_runs_table_one_complete_row_per_run_with_counts_matching_documents(nightly):
    snaps = nightly["snaps"]
    runs = runs_in_order(snaps["rerun"])
    assert [r["status"] for r in runs] == ["complete"] * 4
    for r in runs:
        assert r["n_read"] == r["n_already_done"] + r["n_ok"] + r["n_no_event"] + r["n_skipped"] + r["n_failed"]
        assert r["ended"] >= r["started"]
    docs = snaps["rerun"]["documents"]
    status = Counter(d["status"] for d in docs)
    for s in STATUSES:
        assert sum(r[f"n_{s}"] for r in runs) == status[s], s
    assert sum(r["n_events"] for r in runs) == len(snaps["rerun"]["events"])
    # each night's row counts exactly the documents that night added
    for n, (prev, snap) in enumerate([(None, "night1"), ("night1", "night2"), ("night2", "night3")]):
        old = {d["doc_id"] for d in snaps[prev]["documents"]} if prev else set()
        added = Counter(d["status"] for d in snaps[snap]["documents"] if d["doc_id"] not in old)
        assert {s: runs[n][f"n_{s}"] for s in STATUSES} == {s: added[s] for s in STATUSES}, snap
    # the rerun over all three nights found everything done
    last = runs[3]
    assert last["n_read"] == last["n_already_done"] == sum(r["n_read"] for r in runs[:3])


def test_new_inputs_add_only_their_rows(nightly):
    first, second = nightly["snaps"]["night1"], nightly["snaps"]["night2"]
    night2 = nightly["nights"][1]
    for table in ALL_TABLES[:4]:
        assert not multiset(first[table]) - multiset(second[table]), f"{table}: rows of night 1 changed"
    new_ids = {d["doc_id"] for d in second["documents"]} - {d["doc_id"] for d in first["documents"]}
    assert len(new_ids) == 5  # two feed records, the copy, two new articles
    assert len(second["documents"]) == len(first["documents"]) + 5
    assert all(Path(d["source"].split("#")[0]).is_relative_to(night2)
               for d in second["documents"] if d["doc_id"] in new_ids)
    for table in ("events", "people", "scores"):
        old = multiset(first[table])
        added = [r for r in second[table] if multiset([r]) - old]
        assert {r["doc_id"] for r in added} <= new_ids, table
    assert {r["doc_id"] for r in second["events"]} - {r["doc_id"] for r in first["events"]}  # some were added
