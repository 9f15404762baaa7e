"""Shared fixtures: paths, the command line, the province list, one run over the development set
and the runs of the nightly batch (tests/test_nightly_*.py, their material in tests/nightly.py).

The evaluation data lives beside the repository (`../shared`); tests that need it skip when it is
absent. The development set is run once per session: it is the slow part of the suite.
"""
from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from .nightly import (SEPAKAT, hidden_tmp, orphan_parts, parts, runs_in_order, snapshot, wait_for, write_bad_inputs,
                      write_generated, write_nights_1_and_2)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVAL = SHARED / "eval"
DEV = EVAL / "dev"
MODEL = ROOT / "models" / "sepakat"

# The gazetteers' patterns the suite makes are kept apart from the user's own cache
# (`nlp._PatternCache`), in one folder every run of the suite (and the commands it starts) shares.
os.environ.setdefault("SEPAKAT_CACHE_DIR", str(Path(tempfile.gettempdir()) / "sepakat-test-cache"))


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


def start(*args, log: Path) -> subprocess.Popen:
    """`python -m pipeline ARGS` in the background, stderr to `log` (a pipe could fill and block)."""
    fh = open(log, "w")
    try:
        return subprocess.Popen([sys.executable, "-m", "pipeline", *map(str, args)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=fh)
    finally:
        fh.close()


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


# ---------------------------------------------------------------------------------------------
# The nightly batch (tests/test_nightly_*.py): its runs happen once per session; tests read their output

@pytest.fixture(scope="session")
def batch(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("batch")
    articles = write_generated(root / "in", range(60), seed=1)
    config = root / "small-batches.toml"
    config.write_text("# a killed run loses at most five documents of work\nbatch_size = 5\n", encoding="utf-8")
    return dict(root=root, inp=root / "in", config=config, articles=articles)


@pytest.fixture(scope="session")
def contended(batch) -> dict:
    """A clean run A into a fresh folder. While A holds the folder's lock (A is stopped with SIGSTOP
    right after taking it, so the timing cannot vary) run B is started plainly and run C with --wait."""
    root, out = batch["root"], batch["root"] / "clean"
    args = ("run", batch["inp"], "--out", out, "--config", batch["config"], "--quiet")
    a = start(*args, log=root / "a.log")
    lock = out / ".lock"
    assert wait_for(lambda: lock.exists() and "pid" in lock.read_text(), a, timeout=120), \
        f"run A never took the lock: {(root / 'a.log').read_text()}"
    os.kill(a.pid, signal.SIGSTOP)
    try:
        t0 = time.monotonic()
        b = run_cli(*args, check=False)
        b_seconds = time.monotonic() - t0
        c = start(*args, "--wait", log=root / "c.log")
        time.sleep(max(2.0, 1.5 * b_seconds))  # long enough for C to reach the lock, as B did
        c_was_waiting = c.poll() is None
        if c_was_waiting:
            os.kill(c.pid, signal.SIGSTOP)  # C waits on until A's rows are looked at
    finally:
        os.kill(a.pid, signal.SIGCONT)
    a_rc = a.wait(timeout=300)
    after_a = snapshot(out)  # the folder as A left it: C, stopped, has not taken the lock yet
    if c_was_waiting:
        os.kill(c.pid, signal.SIGCONT)
    c_rc = c.wait(timeout=300)
    return dict(out=out, a_pid=a.pid, a_rc=a_rc, a_err=(root / "a.log").read_text(), b=b,
                c_rc=c_rc, c_err=(root / "c.log").read_text(), c_was_waiting=c_was_waiting,
                after_a=after_a, snap=snapshot(out))


@pytest.fixture(scope="session")
def crashed(batch, contended) -> dict:
    """The same inputs into another folder, killed with SIGKILL at several points, then run to the end."""
    root, out = batch["root"], batch["root"] / "crashed"
    args = ("run", batch["inp"], "--out", out, "--config", batch["config"], "--quiet")
    kills = []
    committed = lambda: len(parts(out, "documents"))
    for seconds in (0.5, 1.5):  # while starting up / loading the model (or at its first batch, on a fast machine)
        p = start(*args, log=root / f"kill-{seconds}.log")
        before = committed()
        wait_for(lambda: committed() > before, p, timeout=seconds, poll=0.001)
        p.kill()
        p.wait()
        kills.append((f"after {seconds} s", p.returncode, len(parts(out, "documents")), {}))
    # mid-run, twice: at the first sight of a batch being written (a part without its documents
    # part, or a temporary file) once one / six batches are committed, or else three batches later
    for after in (1, 6):
        p = start(*args, log=root / f"kill-after-{after}.log")
        caught = wait_for(lambda: committed() >= after and bool(orphan_parts(out) or hidden_tmp(out))
                          or committed() >= after + 3, p, poll=0.001)
        p.kill()
        p.wait()
        kills.append((f"mid-run after {after} batches", p.returncode, committed(),
                      dict(caught_writing=caught, orphans=len(orphan_parts(out)), tmp=len(hidden_tmp(out)))))
    # A kill between the parts of a batch, made certain: an events part and a half-written file of a
    # batch that never got its documents part.
    events_part = parts(out, "events")[0]
    (out / "events" / "part-0badc0ffee00.parquet").write_bytes(events_part.read_bytes())
    (out / "people" / ".part-0badc0ffee00.parquet.tmp").write_bytes(b"PAR1 half a file")
    final = run_cli(*args)
    return dict(out=out, kills=kills, final=final, snap=snapshot(out))


@pytest.fixture(scope="session")
def nightly(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("nightly")
    nights = [root / "in" / f"night{n}" for n in (1, 2, 3)]
    gen1 = write_nights_1_and_2(nights[0], nights[1])
    write_bad_inputs(nights[2])

    def toml(*inputs: str) -> str:
        return ("[sepakat]\ninputs = [" + ", ".join(f'"{i}"' for i in inputs) + "]\n"
                'out = "out"\nbatch_size = 2\ndoc_timeout = 30\ndoc_memory_mb = 1500\n')

    for n in (1, 2, 3):
        (root / f"night{n}.toml").write_text(toml(f"in/night{n}"), encoding="utf-8")
    (root / "all.toml").write_text(toml("in/night1", "in/night2", "in/night3"), encoding="utf-8")
    out = root / "out"

    def sepakat(*args, check: bool = True) -> subprocess.CompletedProcess:
        """As a cron job calls it: the console script. PYTHONPATH makes it run this checkout's
        code (the script imports the package installed in the venv, which may be another's)."""
        cmd = [str(SEPAKAT)] if SEPAKAT.exists() else [sys.executable, "-m", "pipeline"]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        proc = subprocess.run(cmd + [*map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=300,
                              env=env)
        if check:
            assert proc.returncode == 0, f"{args}: exit {proc.returncode}\n{proc.stderr}"
        return proc

    snaps = {}
    sepakat("run", "--config", root / "night1.toml", "--quiet")
    snaps["night1"] = snapshot(out)
    sepakat("run", "--config", root / "night2.toml", "--quiet")
    snaps["night2"] = snapshot(out)
    night3 = sepakat("run", "--config", root / "night3.toml", check=False)  # with its summary
    snaps["night3"] = snapshot(out)
    compacted = run_cli("compact", out)
    snaps["compacted"] = snapshot(out)
    sepakat("run", "--config", root / "all.toml", "--quiet")
    snaps["rerun"] = snapshot(out)
    (nights[2] / "huge.html").unlink()  # 50 MB: not kept in pytest's temporary folders
    return dict(root=root, out=out, nights=nights, snaps=snaps, gen1=gen1, night3=night3,
                compact_stdout=compacted.stdout)


@pytest.fixture(scope="session")
def bad(nightly) -> dict:
    folder = nightly["nights"][2]
    snap = nightly["snaps"]["night3"]
    docs = [d for d in snap["documents"] if Path(d["source"].split("#")[0]).is_relative_to(folder)]
    ids = {d["doc_id"] for d in docs}
    run = runs_in_order(snap)[2]
    return dict(folder=folder, proc=nightly["night3"], docs=docs, run=run,
                events=[e for e in snap["events"] if e["doc_id"] in ids])
