"""Worker processes and a real Dask cluster give the rows of the plain local run."""
import os

import pandas as pd
import pytest

from .conftest import ROOT, run_pipeline
from .worker_hooks import AT_ONCE, ENV as HOOKS, GREEDY, PAUSE, SLOW

TABLES = ("documents", "events", "people", "scores", "agreements")


def rows(out, table):
    df = pd.read_parquet(out / table)
    # every cell as its text, list columns too; astype(object) first: pandas 3's astype(str) keeps a
    # missing value missing (NaN), which does not sort among strings
    as_text = df.astype(object).map(str)
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


@pytest.fixture(scope="module")
def limit_inputs(tmp_path_factory):
    """Four short articles, and three that misbehave in a test worker process (tests/worker_hooks.py):
    one takes too long, one takes more and more memory, one asks for too much at once."""
    from .nightly import generated_article, write_generated

    inp = tmp_path_factory.mktemp("limits") / "in"
    write_generated(inp, range(4), seed=11)
    for i, (name, marker) in enumerate([("lambat.txt", SLOW), ("rakus.txt", GREEDY), ("sekaligus.txt", AT_ONCE)]):
        (inp / name).write_text(generated_article(i, seed=12)["text"] + marker + "\n", encoding="utf-8")
    return inp


def run_with_limits(inp, out, *args):
    proc = run_pipeline("run", str(inp), "--out", str(out), "--quiet", "--timeout", "20", "--memory", "700", *args,
                        env=HOOKS)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def limits_local_out(limit_inputs, tmp_path_factory):
    return run_with_limits(limit_inputs, tmp_path_factory.mktemp("limits-local") / "out")


@pytest.mark.parametrize("executor", ["local", "dask-localcluster"])
def test_documents_over_the_time_or_memory_limit_fail_and_the_run_goes_on(limit_inputs, limits_local_out,
                                                                        tmp_path, executor):
    """Dask runs tasks in threads, where SIGALRM does nothing: the limits are kept by the process
    that feeds a worker process, which kills and replaces it; a sudden allocation fails in the
    worker (its address space is limited), which ends and is replaced."""
    out = limits_local_out if executor == "local" else \
        run_with_limits(limit_inputs, tmp_path / "out", "--executor", "dask", "--workers", "2")
    docs = pd.read_parquet(out / "documents").set_index("source")
    failed = docs.loc[[str(limit_inputs / name) for name in ("lambat.txt", "rakus.txt", "sekaligus.txt")]]
    assert list(zip(failed.status, failed.reason, failed.error)) == [
        ("failed", "timeout", "timed out: took longer than 20 s"),
        ("failed", "memory", "out of memory: needed more than the limit of 700 MB"),
        ("failed", "memory", "out of memory: needed more than the limit of 700 MB")]
    others = docs.drop(index=failed.index)
    assert list(others.status) == ["ok"] * 4 and others.reason.isna().all()
    assert pd.read_parquet(out / "runs").status.tolist() == ["complete"]
    for table in TABLES:  # the same rows as the local executor
        assert rows(out, table) == rows(limits_local_out, table), table


def test_worker_processes_are_replaced_after_a_limit_or_a_death_and_serve_again(limit_inputs, model_dir,
                                                                                 monkeypatch):
    """pipeline.executors.worker.Workers, as a Dask worker keeps it between tasks: a document over
    the time limit, one over the memory limit, then a worker killed under a document (as the OOM
    killer would), each cost only that document; the pool goes on serving, map after map."""
    import signal
    import threading

    from pipeline.executors.worker import Workers
    from pipeline.readers import read_inputs

    for key, value in HOOKS.items():
        monkeypatch.setenv(key, value)

    def read():  # the documents as read (processing changes an Article in place)
        arts = {a.source.rsplit("/", 1)[1]: a for a in read_inputs([limit_inputs])}
        odd = [arts.pop(name) for name in ("lambat.txt", "rakus.txt", "sekaligus.txt")]
        return odd, sorted(arts.values(), key=lambda a: a.source)

    (slow, greedy, at_once), short = read()
    with Workers(1, model_dir, 10, near=False, memory_mb=700) as pool:
        results = list(pool.map([short[0], slow, short[1], greedy, at_once]))
        assert [(a.status, a.error) for a, _ in results] == [
            ("ok", None), ("failed", "timed out: took longer than 10 s"), ("ok", None),
            ("failed", "out of memory: needed more than the limit of 700 MB"),
            ("failed", "out of memory: needed more than the limit of 700 MB")]
        assert results[1][1].status == "failed" and pool.replaced == 3
        pool.seconds = None  # no limit: the document runs until its worker is killed
        first = next(pool.map([short[2]]))[0]
        assert first.status == "ok"
        child = pool.workers[0].proc.pid
        threading.Timer(5.0, os.kill, (child, signal.SIGKILL)).start()
        (slow, _, _), short = read()
        results = list(pool.map([slow, short[3]]))
        assert [(a.status, a.error) for a, _ in results] == [
            ("failed", "worker died (killed, or out of memory)"), ("ok", None)]
        assert pool.replaced == 4 and pool.workers[0].proc.pid != child
        procs = [w.proc for w in pool.workers]
    assert all(p.poll() is not None for p in procs)  # closing the pool ended its processes


def test_a_worker_has_the_next_documents_in_its_pipe_while_it_works(limit_inputs, model_dir, monkeypatch):
    """No round trip idles a worker: while it works on one document the next few wait in its
    pipe (as many as fit), and the answers still come in input order."""
    from pipeline.executors import worker
    from pipeline.readers import read_inputs

    depths = []
    send = worker.Worker.send

    def counting(self, *args):
        send(self, *args)
        depths.append(len(self.jobs))

    monkeypatch.setattr(worker.Worker, "send", counting)
    arts = sorted((a for a in read_inputs([limit_inputs]) if "[[" not in str(a.raw)), key=lambda a: a.source)
    with worker.Workers(1, model_dir, 60, near=False) as pool:
        results = [a.source for a, _ in pool.map(arts)]
    assert results == [a.source for a in arts]
    assert max(depths) > 1


def test_a_page_the_gate_skips_is_settled_without_a_worker(limit_inputs, model_dir, tmp_path, monkeypatch):
    """Most of a night's pages hold no agreement: the process that feeds the workers gates them
    itself (the same rows: the gate's words are the model's), so a worker never spends a round
    trip on them. A page that would keep a worker an hour, but holds no gate word, is a skipped row
    at once; one that may hold an agreement still goes through the stages in a worker."""
    from pipeline.executors import worker
    from pipeline.readers import read_inputs

    for key, value in HOOKS.items():
        monkeypatch.setenv(key, value)
    (tmp_path / "cuaca.txt").write_text("Hujan deras mengguyur kota sejak pagi. " + SLOW + "\n", encoding="utf-8")
    arts = list(read_inputs([tmp_path / "cuaca.txt", limit_inputs / "lambat.txt"]))
    assert [a.source.rsplit("/", 1)[1] for a in arts] == ["cuaca.txt", "lambat.txt"]
    sent = []
    send = worker.Worker.send
    monkeypatch.setattr(worker.Worker, "send", lambda self, job: (sent.append(job.seq), send(self, job)))
    with worker.Workers(1, model_dir, 10, near=False) as pool:
        results = [(a.status, a.reason) for a, _ in pool.map(arts)]
    assert results == [("skipped", "gate"), ("failed", "timeout")]
    assert sent == [1]


def test_while_a_worker_is_on_a_long_document_the_other_goes_on_past_it(model_dir, tmp_path, monkeypatch):
    """Answers come back in input order, but the documents after a long one are not held up
    behind it: the other worker processes them meanwhile (the read-ahead holds well more than a
    few documents a worker). Only the few sent to the long one's pipe before it was known to be
    long wait with it."""
    from pipeline.executors import worker
    from pipeline.readers import read_inputs

    from .nightly import generated_article, write_generated

    for key, value in HOOKS.items():
        monkeypatch.setenv(key, value)
    write_generated(tmp_path / "in", range(40), seed=31)
    (tmp_path / "in" / "0-jeda.txt").write_text(generated_article(0, seed=32)["text"] + PAUSE + "\n",
                                                encoding="utf-8")
    arts = sorted(read_inputs([tmp_path / "in"]), key=lambda a: a.source)
    assert PAUSE in arts[0].raw and len(arts) == 41
    answered = []
    answer = worker.Worker.answer

    def noting(self):
        job, took = answer(self)
        answered.append(job.seq)
        return job, took

    monkeypatch.setattr(worker.Worker, "answer", noting)
    with worker.Workers(2, model_dir, 60, near=False) as pool:
        results = [a for a, _ in pool.map(arts)]
    assert [a.source for a in results] == [a.source for a in arts]
    assert all(a.status in ("ok", "no_event") for a in results)
    assert answered.index(0) >= 40 - worker.QUEUE_DEPTH  # the long document, first in, answered (nearly) last


def page_of(text: str) -> str:
    """A plain-text article as a news page: its headline in <title> and <h1>, a menu, its
    paragraphs in <article>."""
    title, *paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav><article><h1>{title}</h1>\n{body}\n'
            f"</article><footer>Portal Berita Daerah</footer></body></html>")


def test_a_page_is_read_by_a_text_worker_and_its_text_by_a_rules_worker(model_dir, tmp_path, monkeypatch):
    """trafilatura costs twice the rules on a page of real weight: a text worker (no spaCy) reads
    each page while a rules worker reads the text of the one before, on the machine's other core.
    The rows are those of the stages in one process; plain texts go to the rules worker at once."""
    from pipeline.executors import worker
    from pipeline.readers import read_inputs
    from pipeline.stages import Processor

    from .nightly import generated_article, write_generated

    write_generated(tmp_path / "in", range(2), seed=41)
    for i in range(2, 5):
        (tmp_path / "in" / f"halaman-{i}.html").write_text(page_of(generated_article(i, seed=41)["text"]),
                                                           encoding="utf-8")
    sent = []
    send = worker.Worker.send
    monkeypatch.setattr(worker.Worker, "send", lambda self, job: (sent.append((self.stage, job.stage)),
                                                                  send(self, job)))
    arts = sorted(read_inputs([tmp_path / "in"]), key=lambda a: a.source)
    with worker.Workers(1, model_dir, 60, near=False) as pool:
        results = [a for a, _ in pool.map(arts)]
        assert len(pool.text_workers) == 1
    assert sorted(sent) == [("rules", "rules")] * 5 + [("text", "text")] * 3  # each page twice, each text once
    processor = Processor(model_dir)
    alone = [processor(a) for a in sorted(read_inputs([tmp_path / "in"]), key=lambda a: a.source)]
    assert [a.status for a in results] == ["ok"] * 5
    for a, b in zip(results, alone):
        assert (a.title, a.text, a.published) == (b.title, b.text, b.published)
        assert [(e.agreement_type, e.event_date, e.province_codes) for e in a.events] == \
               [(e.agreement_type, e.event_date, e.province_codes) for e in b.events]
        assert sorted(p.name for p in a.people) == sorted(p.name for p in b.people)


def test_a_page_over_the_time_limit_in_the_text_stage_fails_alone(model_dir, tmp_path, monkeypatch):
    """A page trafilatura would read for an hour is a `failed` row at the limit; its text worker is
    replaced and the pages after it go through both stages."""
    from pipeline.executors import worker
    from pipeline.readers import read_inputs

    from .nightly import generated_article

    for key, value in HOOKS.items():
        monkeypatch.setenv(key, value)
    (tmp_path / "in").mkdir()
    for i in range(3):
        text = generated_article(i, seed=43)["text"] + ("\n\n" + SLOW if i == 0 else "")
        (tmp_path / "in" / f"halaman-{i}.html").write_text(page_of(text), encoding="utf-8")
    arts = sorted(read_inputs([tmp_path / "in"]), key=lambda a: a.source)
    with worker.Workers(1, model_dir, 3, near=False) as pool:
        results = [(a.status, a.reason) for a, _ in pool.map(arts)]
        assert pool.replaced == 1 and len(pool.text_workers) == 1
    assert results == [("failed", "timeout"), ("ok", None), ("ok", None)]


def test_the_time_limit_holds_for_the_two_stages_together(model_dir, tmp_path, monkeypatch):
    """A document's limit is its own, not each stage's: a page that takes 3 s in the text stage
    and 3 s in the rules fails at a limit of 5 s (the rules worker has what the text worker left)."""
    from pipeline.executors import worker
    from pipeline.readers import read_inputs

    from .nightly import generated_article

    for key, value in HOOKS.items():
        monkeypatch.setenv(key, value)
    (tmp_path / "in").mkdir()
    text = generated_article(0, seed=44)["text"]
    (tmp_path / "in" / "jeda.html").write_text(page_of(text + "\n\n" + PAUSE), encoding="utf-8")
    (tmp_path / "in" / "jeda.txt").write_text(text + "\n" + PAUSE + "\n", encoding="utf-8")  # one stage: 3 s
    arts = sorted(read_inputs([tmp_path / "in"]), key=lambda a: a.source)
    with worker.Workers(1, model_dir, 5, near=False) as pool:
        results = {a.source.rsplit("/", 1)[1]: (a.status, a.error) for a, _ in pool.map(arts)}
    assert results == {"jeda.html": ("failed", "timed out: took longer than 5 s"), "jeda.txt": ("ok", None)}
