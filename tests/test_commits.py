"""Readers see committed batches only, before, during and after any run or compaction; `sepakat
check` finds what is missing or broken; recovery removes only the files of unfinished batches,
and says so. Real runs through the command line, real Parquet read back."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections import Counter
from contextlib import nullcontext
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.tables import load
from pipeline.writers import SCHEMAS

from .conftest import ROOT, run_cli
from .nightly import parts, read_rows, write_generated


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Twenty articles in batches of two: ten committed batches."""
    root = tmp_path_factory.mktemp("commits")
    write_generated(root / "in", range(20), seed=21)
    (root / "two-a-batch.toml").write_text("batch_size = 2\n", encoding="utf-8")
    run_cli("run", root / "in", "--out", root / "out", "--config", root / "two-a-batch.toml", "--quiet")
    return root / "out"


def copy_of(folder: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(folder, out)
    return out


def consistent(out: Path) -> tuple[int, list[str]]:
    """Load the folder; (its number of documents, what is inconsistent in what was read)."""
    t = load(out)
    wrong = []
    if not t.documents["doc_id"].is_unique:
        wrong.append("duplicate doc_id")
    docs = set(t.documents["doc_id"])
    for table in ("events", "people", "scores"):
        if set(getattr(t, table)["doc_id"]) - docs:
            wrong.append(f"{table} rows of no document")
    counts = Counter(t.events["doc_id"])
    if any((n or 0) != counts.get(d, 0) for d, n in zip(t.documents["doc_id"], t.documents["n_events"])):
        wrong.append("n_events disagrees with events")
    return len(t.documents), wrong


def load_while(proc: subprocess.Popen, out: Path) -> list[tuple[int, list[str]]]:
    seen = []
    while proc.poll() is None:
        seen.append(consistent(out))
    seen.append(consistent(out))
    return seen


def test_load_in_a_loop_while_a_run_and_a_compaction_write(folder, tmp_path):
    out = copy_of(folder, tmp_path)
    write_generated(tmp_path / "more", range(20, 50), seed=21)
    (tmp_path / "one-a-batch.toml").write_text("batch_size = 1\n", encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(tmp_path / "more"), "--out", str(out),
                            "--config", str(tmp_path / "one-a-batch.toml"), "--quiet"], cwd=ROOT)
    during_run = load_while(run, out)
    assert run.returncode == 0
    compact = subprocess.Popen([sys.executable, "-m", "pipeline", "compact", str(out)], cwd=ROOT,
                               stdout=subprocess.DEVNULL)
    during_compaction = load_while(compact, out)
    assert compact.returncode == 0
    for name, seen in (("run", during_run), ("compaction", during_compaction)):
        assert not [w for _, w in seen if w], (name, [w for _, w in seen if w][:3])
    sizes = [n for n, _ in during_run]
    assert sizes == sorted(sizes) and sizes[0] >= 20 and sizes[-1] == 50  # batches appear one by one, whole
    assert len({n for n, _ in during_compaction}) == 1
    assert len(parts(out, "documents")) == 1


@pytest.mark.parametrize("killed", ["after its documents part", "before its documents part"])
def test_a_killed_compaction_shows_every_row_once(folder, tmp_path, monkeypatch, killed):
    import pipeline.compact as compact

    out = copy_of(folder, tmp_path)
    before = consistent(out)
    if killed == "after its documents part":  # the old parts not yet deleted
        finish, calls = compact.finish_compaction, []

        def finishes_only_before(out_):  # compact() calls it first (to finish an earlier one) and last
            calls.append(out_)
            if len(calls) == 1:
                finish(out_)

        monkeypatch.setattr(compact, "finish_compaction", finishes_only_before)
    else:
        write = compact.write_part

        def dies_at_documents(folder_, name, table):
            if folder_.name == "documents":
                raise KeyboardInterrupt  # as a kill would stop it
            return write(folder_, name, table)

        monkeypatch.setattr(compact, "write_part", dies_at_documents)
    with pytest.raises(KeyboardInterrupt) if killed.startswith("before") else nullcontext():
        compact.compact(out)
    assert (out / compact.MARKER).exists()
    assert len(parts(out, "events")) == 11  # ten batches and the compaction's
    assert consistent(out) == before
    assert any("compaction was interrupted" in p for p in run_check(out, expect=1))
    monkeypatch.undo()
    run_cli("compact", out)
    assert consistent(out) == before and run_check(out, expect=0)


def run_check(out: Path, expect: int) -> list[str]:
    proc = run_cli("check", out, check=False)
    assert proc.returncode == expect, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout.splitlines()


def test_check_finds_a_deleted_part_and_its_repair_restores_the_rows(folder, tmp_path):
    out = copy_of(folder, tmp_path)
    assert run_check(out, expect=0)
    victim = parts(out, "events")[3]
    tok = victim.stem.split("-", 1)[1]
    victim.unlink()
    (problem,) = run_check(out, expect=1)
    assert f"{victim} missing" in problem and f"remove {out}/*/part-{tok}.parquet" in problem
    for p in out.glob(f"*/part-{tok}.parquet"):  # the repair it names
        p.unlink()
    run_cli("run", folder.parent / "in", "--out", out, "--config", folder.parent / "two-a-batch.toml", "--quiet")
    assert run_check(out, expect=0)
    for table in ("documents", "events", "people", "scores", "agreements"):
        key = lambda r: sorted((k, str(v)) for k, v in r.items())
        assert sorted(map(key, read_rows(out, table))) == sorted(map(key, read_rows(folder, table))), table


def test_files_that_are_not_parts(folder, tmp_path):
    out = copy_of(folder, tmp_path)
    before = consistent(out)
    (out / "events" / "catatan.txt").write_text("notes of a researcher")
    (out / "events" / "_SUCCESS").write_bytes(b"")
    assert consistent(out) == before  # only *.parquet files are read
    (out / "events" / "rusak.parquet").write_bytes(b"not parquet")
    with pytest.raises(ValueError, match="not Parquet.*sepakat check"):
        load(out)
    assert any(f"{out}/events/rusak.parquet is not readable Parquet" in p for p in run_check(out, expect=1))


def test_recovery_removes_only_unfinished_parts_and_logs_each(folder, tmp_path):
    out = copy_of(folder, tmp_path)
    orphan = out / "events" / "part-0badc0ffee00.parquet"
    shutil.copy(parts(out, "events")[0], orphan)  # a batch killed before its documents part
    mine = out / "events" / "part-mine.parquet"  # not a name this package writes
    pq.write_table(pa.Table.from_pylist([], schema=SCHEMAS["events"]), mine)
    time.sleep(1)  # another second: another run id
    run_cli("run", folder.parent / "in", "--out", out, "--quiet")
    assert not orphan.exists() and mine.exists()
    log = max((out / "logs").glob("*.log"), key=lambda p: p.stat().st_mtime).read_text(encoding="utf-8")
    assert f"removed {orphan}: left unfinished by an interrupted run" in log
    assert "part-mine" not in log


def test_parts_written_before_a_column_existed_are_read_with_it_null(tmp_path):
    """A folder of an earlier version (parts without `revision` or `model_version`) is read as
    the current schema, the columns it lacks null: by the run's state and by compaction."""
    from pipeline.executors.state import FolderState
    from pipeline.writers import read_parts

    schema = SCHEMAS["documents"]
    row = {name: None for name in schema.names} | {"doc_id": "d1", "source": "a.txt", "status": "ok",
                                                   "n_events": 0, "text": "teks", "url": "https://x.test/1"}
    old = pa.Table.from_pylist([row], schema=schema).drop_columns(["revision", "model_version"])
    new = pa.Table.from_pylist([row | {"doc_id": "d2", "revision": 1, "model_version": "m2"}], schema=schema)
    (tmp_path / "documents").mkdir()
    pq.write_table(old, tmp_path / "documents" / "part-a.parquet")
    pq.write_table(new, tmp_path / "documents" / "part-b.parquet")
    parts = sorted((tmp_path / "documents").glob("part-*.parquet"))

    table = read_parts(parts, schema)
    assert table.schema == schema
    assert table.column("revision").to_pylist() == [None, 1]
    assert read_parts(parts, schema, ["doc_id", "model_version"]).to_pylist() == [
        {"doc_id": "d1", "model_version": None}, {"doc_id": "d2", "model_version": "m2"}]
    state = FolderState.open(tmp_path, "m2")
    assert state.done == {"d1", "d2"} and set(state.stale) == {"d1"}
