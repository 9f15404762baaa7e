"""Worker processes and a real Dask cluster give the rows of the plain local run."""
import pandas as pd
import pytest

from .conftest import ROOT, run_pipeline

TABLES = ("documents", "events", "people", "scores", "agreements")


def rows(out, table):
    df = pd.read_parquet(out / table)
    as_text = df.astype(str)  # list columns compare by their text
    return sorted(map(tuple, as_text.itertuples(index=False)))


@pytest.fixture(scope="module")
def inputs(dev_dir):
    # the dev pages plus the sample corpus, and one copy of a page: a duplicate to settle
    return [str(dev_dir / "html"), str(ROOT / "corpus"), str(ROOT / "corpus" / "txt")]


@pytest.fixture(scope="module")
def local_out(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    proc = run_pipeline("run", *inputs, "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.mark.parametrize("args", [["--workers", "2"], ["--executor", "dask", "--workers", "2"]],
                         ids=["processes", "dask-localcluster"])
def test_same_rows_as_the_local_executor(inputs, local_out, tmp_path, args):
    out = tmp_path / "out"
    proc = run_pipeline("run", *inputs, "--out", str(out), "--quiet", *args)
    assert proc.returncode == 0, proc.stderr
    for table in TABLES:
        assert rows(out, table) == rows(local_out, table), table
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == len(pd.read_parquet(local_out / "documents")) > 40
    assert not (out / ".staging").exists() or not any((out / ".staging").iterdir())


def test_dask_rerun_adds_nothing(inputs, tmp_path):
    out = tmp_path / "out"
    for _ in range(2):
        proc = run_pipeline("run", *inputs, "--out", str(out), "--quiet", "--executor", "dask", "--workers", "2")
        assert proc.returncode == 0, proc.stderr
    runs = pd.read_parquet(out / "runs").sort_values("started")
    assert list(runs.n_ok + runs.n_no_event + runs.n_skipped + runs.n_failed)[1] == 0
    assert pd.read_parquet(out / "documents").doc_id.is_unique
