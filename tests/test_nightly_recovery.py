"""Crash safety: runs killed with SIGKILL at several points and then run to the end equal an
uninterrupted run row for row (fixture `crashed`); a run with two worker processes stopped by a
full disk, Ctrl-C or SIGTERM ends the workers, releases the lock, records the run as failed or
interrupted and says so in one line, and a rerun gives the rows of the uninterrupted run.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, run_cli, start
from .nightly import (ALL_TABLES, hidden_tmp, lock_is_free, multiset, orphan_parts, parts, read_rows,
                      runs_in_order, snapshot, token, wait_for)


def test_killed_runs_then_a_rerun_equal_an_uninterrupted_run(crashed, contended):
    kills = crashed["kills"]
    assert all(k[1] == -signal.SIGKILL for k in kills), kills
    assert 1 <= kills[2][2] < kills[3][2] < 12, kills  # killed mid-run, twice
    clean, resumed = contended["snap"], crashed["snap"]
    assert {d["doc_id"] for d in resumed["documents"]} == {d["doc_id"] for d in clean["documents"]}
    assert len(resumed["documents"]) == 60
    key = ["doc_id", "agreement_type", "event_date", "province_codes"]
    assert multiset(resumed["events"], key) == multiset(clean["events"], key)
    for table in ALL_TABLES:  # every column, row for row (ids are deterministic)
        assert multiset(resumed[table]) == multiset(clean[table]), table


def test_a_rerun_after_kills_leaves_no_partial_batches(crashed):
    out = crashed["out"]
    assert hidden_tmp(out) == []
    assert orphan_parts(out) == []
    assert not (out / "events" / "part-0badc0ffee00.parquet").exists()
    for table in ("events", "people", "scores"):  # every batch complete: one part per table per batch
        assert {token(p) for p in parts(out, table)} == {token(p) for p in parts(out, "documents")}, table


def test_killed_runs_leave_no_runs_row_and_the_completing_run_counts_what_it_found(crashed):
    runs = crashed["snap"]["runs"]
    assert len(runs) == 1 and runs[0]["status"] == "complete", runs
    r = runs[0]
    done_before = crashed["kills"][-1][2] * 5  # documents committed by the killed runs (5 a batch)
    assert r["n_read"] == 60 and r["n_already_done"] == done_before
    assert r["n_ok"] + r["n_no_event"] + r["n_skipped"] + r["n_failed"] == 60 - done_before


# The command line with Parquet writes into OUT/events failing as on a full disk after AFTER of them.
FULL_DISK_RUN = """
import errno, sys, time
import pyarrow.parquet as pq
from pipeline.cli import main

real, calls = pq.write_table, []
def write_table(table, where, *args, **kwargs):
    if "/events/" in str(where):
        calls.append(where)
        if len(calls) > {after}:
            open({mark!r}, "w").write(str(time.monotonic()))
            raise OSError(errno.ENOSPC, "No space left on device")
    return real(table, where, *args, **kwargs)
pq.write_table = write_table
sys.exit(main(sys.argv[1:]))
"""


STOPS = {  # how -> (exit code, status, reason)
    "full-disk": (1, "failed", "disk full writing {out}/events"),
    "sigint-to-the-group-while-loading": (130, "interrupted", "SIGINT"),
    "sigint-to-the-group-mid-run": (130, "interrupted", "SIGINT"),
    "sigterm-mid-run": (143, "interrupted", "SIGTERM"),
}


def _children(pid: int) -> list[int]:
    """The child processes of `pid` (Linux's /proc; none where it cannot be read)."""
    try:
        return [int(c) for t in Path(f"/proc/{pid}/task").iterdir()
                for c in (t / "children").read_text().split()]
    except OSError:
        return []


@pytest.mark.parametrize("how", sorted(STOPS))
def test_a_stopped_run_with_workers_ends_at_once_and_a_rerun_completes_it(batch, contended, how):
    root = batch["root"]
    out, log = root / f"stopped-{how}", root / f"stopped-{how}.log"
    args = ["run", batch["inp"], "--out", out, "--config", batch["config"], "--workers", "2", "--quiet"]
    committed = lambda: len(parts(out, "documents"))
    with open(log, "w") as err:
        if how == "full-disk":
            mark = root / "full-disk.time"
            code = FULL_DISK_RUN.format(after=2, mark=str(mark))
            proc = subprocess.Popen([sys.executable, "-c", code, *map(str, args)], cwd=ROOT,
                                    stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
            assert wait_for(mark.exists, proc, timeout=300), log.read_text()
        else:
            proc = subprocess.Popen([sys.executable, "-m", "pipeline", *map(str, args)], cwd=ROOT,
                                    stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
            if how.endswith("while-loading"):  # the lock is taken; the workers load the rule model
                assert wait_for(lambda: (out / ".lock").exists() and "pid" in (out / ".lock").read_text(), proc)
                # both workers exist (they start before the lock) and take most of a second to load the
                # rules: the signal lands then (a fixed sleep after the lock raced the run's end on an idle
                # machine; landing this early, it found the run's row not yet guarded, now mended)
                assert wait_for(lambda: len(_children(proc.pid)) >= 2, proc), log.read_text()
            else:
                # the first batch committed: eleven more are to come, so the signal lands mid-run (a
                # later mark raced the run's end on a fast machine: SIGTERM during interpreter exit)
                assert wait_for(lambda: committed() >= 1, proc, timeout=300)
            assert proc.poll() is None, "the run finished before it could be stopped"
            if how.startswith("sigint"):
                os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C in a terminal: the parent and its workers
            else:
                os.kill(proc.pid, signal.SIGTERM)
        t0 = time.monotonic()
        try:
            rc = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            pytest.fail(f"{how}: the run did not end within 30 s")
    seconds = time.monotonic() - t0
    expected_rc, status, reason = STOPS[how]
    stderr = log.read_text()
    assert rc == expected_rc, (rc, stderr)
    assert stderr.strip() and "\n" not in stderr.strip() and "Traceback" not in stderr, stderr
    if how == "full-disk":
        assert stderr.strip() == (f"sepakat: disk full writing {out}/events: free space and run again; "
                                  "nothing committed is lost")
    assert lock_is_free(out), "a worker outlived the run and holds the folder's lock"
    (row,) = read_rows(out, "runs")
    assert row["status"] == status and reason.format(out=out) in row["reason"], row
    assert seconds < 30
    rerun = run_cli(*args)
    assert "Traceback" not in rerun.stderr
    clean, resumed = contended["snap"], snapshot(out)
    for table in ALL_TABLES:
        assert multiset(resumed[table]) == multiset(clean[table]), table
    assert [r["status"] for r in runs_in_order(resumed)] == [status, "complete"]
    assert orphan_parts(out) == [] and hidden_tmp(out) == []


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def test_a_killed_run_leaves_no_worker_holding_the_lock(batch, tmp_path):
    """SIGKILL to the run alone (not its workers): the lock is free at once (no worker shares the
    lock's file), and the workers exit within seconds."""
    out = tmp_path / "out"
    proc = start("run", batch["inp"], "--out", out, "--config", batch["config"], "--workers", "2", "--quiet",
                 log=tmp_path / "run.log")
    assert wait_for(lambda: len(parts(out, "documents")) >= 1, proc, timeout=300), (tmp_path / "run.log").read_text()
    workers = children(proc.pid)
    assert len(workers) >= 2, workers
    proc.kill()
    proc.wait()
    assert lock_is_free(out)
    assert wait_for(lambda: not any(Path(f"/proc/{w}").exists() and "zombie" not in
                                    Path(f"/proc/{w}/status").read_text(errors="replace").lower()
                                    for w in workers), timeout=10), "a worker outlived its run"


def test_a_stop_as_soon_as_the_lock_is_taken_leaves_an_interrupted_runs_row(tmp_path, monkeypatch):
    # Ctrl-C while the run makes its log file, right after it took the lock: the run's row is written
    from pipeline.executors import base

    def stopped_there(out, run_id):
        raise base.Stopped(signal.SIGINT)

    monkeypatch.setattr(base, "_log_file", stopped_there)
    _assert_stopped_by_ctrl_c(tmp_path)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the drop itself
def test_a_signal_whose_exception_python_drops_still_stops_the_run(tmp_path, monkeypatch):
    # Ctrl-C landing inside a weakref callback (the import system's module locks, while a run still
    # imports): Python prints "Exception ignored in ..." and drops the Stopped the handler raised; the
    # run went on and ended `complete` with exit code 0. It must stop all the same.
    import weakref

    from pipeline.executors import base

    make_log_file = base._log_file

    def signalled_in_a_callback(out, run_id):
        def callback(_ref):
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):  # Python code: the handler runs here, and its exception is dropped
                pass

        class Held:
            pass

        held = Held()
        ref = weakref.ref(held, callback)
        del held  # the callback runs now
        assert ref() is None
        return make_log_file(out, run_id)

    monkeypatch.setattr(base, "_log_file", signalled_in_a_callback)
    _assert_stopped_by_ctrl_c(tmp_path)


def _assert_stopped_by_ctrl_c(tmp_path):
    """A run of one text, stopped by Ctrl-C on its way: Stopped raised, an `interrupted` runs row, the lock free."""
    from pipeline.config import Options
    from pipeline.executors import base, run

    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Berita tanpa penandatanganan.\n", encoding="utf-8")
    with pytest.raises(base.Stopped):
        run(Options(inputs=(inputs,), out=out, progress=False))
    (row,) = read_rows(out, "runs")
    assert row["status"] == "interrupted" and row["reason"] == "Ctrl-C (SIGINT)", row
    assert lock_is_free(out)


STOPPED_WHILE_LOGGING = """
import sys
from pipeline import cli
from pipeline.executors import base

def stopped_there(out, run_id):
    raise base.Stopped(base.signal.SIGINT)

base._log_file = stopped_there
sys.exit(cli.main(["run", sys.argv[1], "--out", sys.argv[2], "--quiet"]))
"""


def test_a_stop_before_the_log_file_says_one_line(tmp_path):
    # Ctrl-C before the run's log file exists: the run's one-line message, not a second line that
    # the logging module's last resort prints for a log with no file yet
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Berita tanpa penandatanganan.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", STOPPED_WHILE_LOGGING, str(inputs), str(tmp_path / "out")],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.strip().startswith("sepakat: stopped by Ctrl-C") and "\n" not in proc.stderr.strip(), \
        proc.stderr
