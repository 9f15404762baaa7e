"""Shared fixtures: paths, the command line, the province list and one run over the development set.

The evaluation data lives beside the repository (`../shared`); tests that need it skip when it is
absent. The development set is run once per session: it is the slow part of the suite.
"""
from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVAL = SHARED / "eval"
DEV = EVAL / "dev"
MODEL = ROOT / "models" / "sepakat"


def run_cli(*args, check: bool = True, timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m pipeline ARGS` from the repository root, as a user would type it (with `env`
    added to the environment)."""
    proc = subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **env} if env else None)
    if check:
        assert proc.returncode == 0, \
            f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    return proc


def run_pipeline(*args, env: dict | None = None) -> subprocess.CompletedProcess:
    """`run_cli` without the exit check: the caller looks at `returncode` itself."""
    return run_cli(*args, check=False, env=env)


@pytest.fixture(scope="session")
def cli():
    """The command line as a function: `cli("run", INPUT, "--out", OUT)`; a non-zero exit fails
    the test unless called with `check=False`."""
    return run_cli


@pytest.fixture(scope="session")
def model_dir() -> Path:
    assert (MODEL / "config.cfg").is_file(), f"rule model not found at {MODEL}"
    return MODEL


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not (DEV / "html").is_dir() or not (DEV / "gold").is_dir():
        pytest.skip("../shared/eval/dev not found: the development set lives beside the repo")
    return DEV


@pytest.fixture(scope="session")
def eval_province_codes() -> set[str]:
    """The 38 ISO 3166-2:ID codes of ../shared/eval/provinces.tsv, the contract's list."""
    path = EVAL / "provinces.tsv"
    if not path.is_file():
        pytest.skip("../shared/eval/provinces.tsv not found: the evaluation data lives beside the repo")
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["code"] for row in csv.DictReader(fh, delimiter="\t")}


@pytest.fixture(scope="session")
def dev_out(dev_dir: Path, tmp_path_factory) -> Path:
    """One batch run over the development set's HTML pages, shared by the whole session."""
    out = tmp_path_factory.mktemp("dev") / "out"
    run_cli("run", dev_dir / "html", "--out", out, "--quiet")
    return out


@pytest.fixture(scope="session")
def corpus_out(tmp_path_factory) -> Path:
    """One run over the sample corpus, shared by the tests that only read its output."""
    out = tmp_path_factory.mktemp("corpus-run") / "out"
    run_cli("run", "corpus", "--out", out, "--quiet")
    return out
