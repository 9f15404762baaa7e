"""Inputs as they come: night 3, a folder of broken inputs and one good article (fixture `bad`):
every input gets a row with an understandable reason and the run completes; file names as a
scraper leaves them (Latin-1 bytes, a newline) get their rows, locally and under Dask.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.records import SKIP_REASONS

from .conftest import run_cli
from .nightly import BAD_INPUTS, STATUSES, by_source, generated_article, read_rows


def test_bad_inputs_run_exits_0(bad):
    assert bad["proc"].returncode == 0, bad["proc"].stderr
    assert "Traceback" not in bad["proc"].stderr
    assert bad["run"]["status"] == "complete"
    assert bad["run"]["n_failed"] >= 3 and bad["run"]["n_skipped"] >= 5


def test_the_good_article_among_bad_inputs_is_ok(bad):
    good = by_source(bad["docs"], "/good.txt")
    assert good["status"] == "ok" and good["error"] is None and good["n_events"] >= 1


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_every_bad_input_gets_a_row_with_an_understandable_reason(bad, name):
    row = by_source(bad["docs"], "/" + name)
    assert row["status"] in ("skipped", "failed"), (row["status"], row["error"], row["text"])
    error = row["error"] or ""
    assert error.strip() and "\n" not in error and len(error) < 300 and "Traceback" not in error, error
    assert any(w in error.lower() for w in BAD_INPUTS[name]), (name, error)
    assert row["reason"] in SKIP_REASONS, (name, error)  # a short code for every reason
    assert row["n_events"] == 0


def test_bad_inputs_contribute_no_event_rows(bad):
    not_ok = {d["doc_id"] for d in bad["docs"] if d["status"] != "ok"}
    assert not {e["doc_id"] for e in bad["events"]} & not_ok
    assert all(d["status"] in STATUSES for d in bad["docs"])


def test_bad_inputs_summary_counts_reasons(bad):
    err = bad["proc"].stderr
    assert "documents read:" in err
    for reason in ("skipped: empty", "failed: malformed", "skipped: binary"):  # counted by their codes
        assert reason in err, err


def test_truncated_warc_record_is_failed_as_truncated(bad):
    rows = [d for d in bad["docs"] if "truncated.warc.gz" in d["source"]]
    assert rows, "no documents row for truncated.warc.gz"
    assert all(r["status"] == "failed" for r in rows), [(r["source"], r["status"], r["error"]) for r in rows]
    assert any("truncat" in (r["error"] or "").lower() for r in rows)


def test_the_records_beside_one_nested_too_deep_get_their_rows(bad):
    assert [by_source(bad["docs"], f"/deep.jsonl#{n}")["status"] for n in range(3)] == ["ok", "failed", "ok"]


def test_two_unreadable_files_with_one_name_get_a_row_each(bad):
    rows = [d for d in bad["docs"] if d["source"].endswith("halaman.html.gz")]
    assert sorted(Path(r["source"]).parent.name for r in rows) == ["2024-08-14", "2024-08-15"]


FORGED = "1999-01-01 00:00:00,000 INFO run forged complete"


@pytest.fixture(scope="module")
def odd_names(tmp_path_factory) -> Path:
    inp = tmp_path_factory.mktemp("odd-names") / "in"
    inp.mkdir()
    folder = os.fsencode(inp)
    for name, i in ((b"pemkab-caf\xe9.txt", 50), (b"ombudsman-\xe9t\xe9.txt", 51), (b"biasa.txt", 52)):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
            fh.write(generated_article(i, seed=8)["text"])
    (inp / f"kosong\n{FORGED}.html").write_bytes(b"")
    return inp


@pytest.mark.parametrize("executor", ["local", "dask"])
def test_file_names_that_are_not_utf8_or_hold_a_newline_get_their_rows(odd_names, executor, tmp_path):
    out = tmp_path / "out"
    extra = ["--executor", "dask", "--workers", "2"] if executor == "dask" else []
    proc = run_cli("run", odd_names, "--out", out, "--quiet", *extra, check=False)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    docs = {d["source"]: d for d in read_rows(out, "documents")}
    assert sorted(docs) == sorted(f"{odd_names}/{n}" for n in (
        "pemkab-caf\\xe9.txt", "ombudsman-\\xe9t\\xe9.txt", "biasa.txt", f"kosong\\n{FORGED}.html"))
    assert [docs[f"{odd_names}/{n}"]["status"] for n in ("pemkab-caf\\xe9.txt", "ombudsman-\\xe9t\\xe9.txt")] \
        == ["ok", "ok"]
    assert docs[f"{odd_names}/kosong\\n{FORGED}.html"]["status"] == "skipped"
    (log,) = (out / "logs").glob("*.log")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert any("kosong\\n1999" in line for line in lines) or executor == "dask"
    assert not [line for line in lines if line.startswith("1999")]
    rerun = run_cli("run", odd_names, "--out", out, "--quiet", *extra)
    assert len(read_rows(out, "documents")) == 4, rerun.stderr  # the same ids: nothing added
