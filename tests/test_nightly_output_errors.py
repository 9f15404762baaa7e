"""An output folder that cannot be written (a file, a read-only or a full file system): one
line and an exit code, and after a full disk a rerun with space completes the run.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest

from .conftest import ROOT, run_cli
from .nightly import lock_is_free, parts, read_rows


@contextmanager
def tmpfs(path: Path, *options: str):
    """A small tmpfs mounted at `path` (root only); skips where it cannot be mounted."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(path)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def one_line_failure(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    return proc.stderr.strip()


def test_output_that_is_a_file_is_one_line_and_exit_2(tmp_path):
    """A wrong command line (exit 2), found before the run starts."""
    (tmp_path / "hasil").write_text("not a folder")
    for out in (tmp_path / "hasil", tmp_path / "hasil" / "sub"):
        proc = run_cli("run", ROOT / "corpus" / "txt", "--out", out, "--quiet", check=False)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
        assert proc.stderr.strip() == f"sepakat: {tmp_path / 'hasil'} is a file, not a folder: give --out a folder"


def test_read_only_output_is_one_line(tmp_path):
    with tmpfs(tmp_path / "ro", "size=1m", "ro") as ro:
        message = one_line_failure(run_cli("run", ROOT / "corpus" / "txt", "--out", ro / "out", "--quiet",
                                           check=False))
    assert message == f"sepakat: {ro / 'out'} is on a read-only file system: give --out a writable folder"


def test_a_really_full_disk_is_one_line_and_a_rerun_with_space_completes(tmp_path):
    config = tmp_path / "one-a-batch.toml"
    config.write_text("batch_size = 1\n", encoding="utf-8")
    with tmpfs(tmp_path / "small", "size=200k") as small:
        proc = run_cli("run", ROOT / "corpus", "--out", small / "out", "--config", config, "--quiet", check=False)
        message = one_line_failure(proc)
        assert re.fullmatch(rf"sepakat: disk full writing {small}/out/\w+: free space and run again; "
                            r"nothing committed is lost", message), message
        assert lock_is_free(small / "out")
        committed = len(parts(small / "out", "documents"))
        assert 1 <= committed < 12
        shutil.copytree(small / "out", tmp_path / "out")  # "free space": the folder moved to a larger disk
    run_cli("run", ROOT / "corpus", "--out", tmp_path / "out", "--config", config, "--quiet")
    assert len({d["doc_id"] for d in read_rows(tmp_path / "out", "documents")}) == 12


def test_output_inside_another_runs_output_is_refused_and_that_output_stays_readable(tmp_path):
    """--out given a table's folder of an earlier run ("hasil/documents"): the run would write its
    tables among that table's parts and pandas could no longer read it."""
    out = tmp_path / "hasil"
    run_cli("run", ROOT / "corpus" / "txt", "--out", out, "--quiet")
    before = pd.read_parquet(out / "documents")
    for inner in (out / "documents", out / "documents" / "malam-2"):
        proc = run_cli("run", ROOT / "corpus" / "txt", "--out", inner, "--quiet", check=False)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
        assert proc.stderr.strip() == (f"sepakat: --out {inner} is inside the output folder {out}: "
                                       "give that folder, or one of its own")
    assert pd.read_parquet(out / "documents").equals(before)
