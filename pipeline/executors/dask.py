"""The Dask executor: shards of input files processed on a cluster; workers write the rows.

Two rounds of tasks, the driver only coordinating between them:
1. each shard's task reads its files, runs every new document through the stages, stages its
   rows under OUT/.staging/<run>/<shard>/ and returns one small `Fingerprint` per document;
2. the driver settles the fingerprints in input order as under every executor (base.Executor:
   duplicates, new versions of a page) and sends each shard its decisions; the shard's task
   applies them (settle.settled_rows) and commits its rows as one ordinary batch (documents last).
So a run gives the same rows as the local executor, and a run killed anywhere leaves only
committed batches (staging is removed by the next run).

On one machine `--executor dask` starts a LocalCluster with `--workers` processes; with
`--scheduler tcp://host:port` it uses a running cluster, whose workers must see the same
paths (a shared file system) and have the project installed.
"""
from __future__ import annotations

import logging
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..config import Options
from ..readers import iter_files, read_file
from ..records import article_rows
from ..writers import SCHEMAS, TABLES, write_batch
from .base import Executor, admitted
from .settle import Decision, Fingerprint, RunStats, settled_rows
from .state import Admission
from .worker import Workers

_WORKERS: dict = {}


def _workers(key: tuple[str, float | None, bool, float | None]) -> Workers:
    """This Dask worker's own worker process for (model, time limit, near, memory limit), started
    once and kept between tasks: the documents run there, so the per-document limits hold although
    Dask runs tasks in threads."""
    if key not in _WORKERS:
        _WORKERS[key] = Workers(1, *key)
    return _WORKERS[key]


class _Reporter:
    """A task's progress sent to the driver as Dask events (topic `topic`), at most every half second."""

    def __init__(self, topic: str | None):
        self.topic, self.done, self.worked, self.sent = topic, 0, 0, time.monotonic()

    def update(self, work: bool = True) -> None:
        self.done += 1
        self.worked += work
        if time.monotonic() - self.sent >= 0.5:
            self.flush()

    def flush(self) -> None:
        if self.topic and self.done:
            from dask.distributed import get_worker

            get_worker().log_event(self.topic, (self.done, self.worked))
        self.done = self.worked = 0
        self.sent = time.monotonic()


def stage_shard(files: list[str], shard_dir: str, options: Options, admission: Admission,
                near: bool, topic: str | None = None) -> tuple[list[Fingerprint], RunStats]:
    """Round 1, on a worker: process the shard's new documents (and those to process again),
    stage their rows; the counts of what was read come back in a RunStats, the progress as events
    of `topic`."""
    buffers: dict[str, list[dict]] = {t: [] for t in TABLES}
    fingerprints = []
    counts = RunStats()
    progress = _Reporter(topic)
    articles = (art for path in files for art in read_file(Path(path), max_bytes=options.max_html_bytes))

    key = (str(options.model), options.doc_timeout, near, options.doc_memory_mb)
    workers = _workers(key)
    try:
        for art, fingerprint in workers.map(admitted(articles, admission, counts, progress)):
            fingerprints.append(fingerprint)
            for table, rows in article_rows(art).items():
                buffers[table].extend(rows)
            progress.update()
        progress.flush()
    except BaseException:  # documents may be left in flight: the next task gets new processes
        _WORKERS.pop(key, None)
        workers.close()
        raise
    folder = Path(shard_dir)
    folder.mkdir(parents=True, exist_ok=True)
    for table, rows in buffers.items():
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[table]), folder / f"{table}.parquet")
    return fingerprints, counts


def commit_shard(shard_dir: str, out: str, decisions: dict[str, Decision | None], model_version: str) -> list[dict]:
    """Round 2, on a worker: the staged rows with the driver's decisions on them, committed as
    one batch; the batch's `documents` rows come back without their text, for the run's counts."""
    folder = Path(shard_dir)
    tables = settled_rows({t: pq.read_table(folder / f"{t}.parquet").to_pylist() for t in TABLES}, decisions,
                          model_version)
    write_batch(Path(out), tables)
    shutil.rmtree(folder, ignore_errors=True)
    return [{**row, "text": None} for row in tables["documents"]]


def _client(options: Options):
    """A client of the cluster at `--scheduler`, or of a new LocalCluster. A quiet run's cluster logs
    nothing below CRITICAL: a worker's task errors still reach the driver through its future, and
    what a closing cluster says (a worker's last heartbeat finding the scheduler gone) is no news."""
    from dask.distributed import Client, LocalCluster

    if options.scheduler:
        return Client(options.scheduler), None
    # no dashboard; the scheduler's own HTTP server (health checks) on a free port, not Dask's
    # usual 8787, which a researcher's notebook cluster may hold (a warning on every run)
    cluster = LocalCluster(n_workers=max(1, options.workers), threads_per_worker=1, processes=True,
                           dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"},
                           silence_logs=logging.CRITICAL if options.progress is False else logging.WARNING)
    return Client(cluster), cluster


def shards_of(files: list[Path], n: int) -> list[list[str]]:
    """Contiguous shards in input order, so the driver can settle in the local executor's order."""
    n = max(1, min(n, len(files)))
    size = -(-len(files) // n)
    return [[str(p) for p in files[i:i + size]] for i in range(0, len(files), size)]


class DaskExecutor(Executor):
    """Shards of input files, each processed by one Dask task and committed by another."""

    @contextmanager
    def session(self):
        """The cluster `process` starts and the staging folder, both gone on the way out."""
        self.staging = self.out / ".staging" / uuid.uuid4().hex[:8]
        self.client = self.cluster = None
        self.commits = []
        try:
            yield
        finally:
            if self.client is not None:
                self.client.close()
            if self.cluster is not None:
                self.cluster.close()
            shutil.rmtree(self.staging, ignore_errors=True)

    def process(self) -> Iterator[tuple[str, list[Fingerprint]]]:
        """Every shard's round 1 submitted at once (to a LocalCluster of `--workers` processes, or
        the cluster at `--scheduler`); their results in input order, each with the shard's
        staging folder."""
        options = self.options
        files = list(iter_files(options.inputs, self.stats.ignored))
        if not files:
            return
        self.client, self.cluster = _client(options)
        near = self.near_duplicates
        topic = f"sepakat-progress-{self.staging.name}" if self.progress.show else None
        if topic:
            def on_progress(event):  # (scheduler time, (documents done, of which processed))
                done, worked = event[1]
                self.progress.update(done - worked, work=False)
                self.progress.update(worked)

            self.client.subscribe_topic(topic, on_progress)
        shards = shards_of(files, max(1, options.workers) * 4)
        folders = [str(self.staging / f"{i:05d}") for i in range(len(shards))]
        futures = [self.client.submit(stage_shard, shard, folder, options, self.admission, near, topic, pure=False)
                   for shard, folder in zip(shards, folders)]
        for folder, future in zip(folders, futures):
            fingerprints, reads = future.result()
            self.stats.counted(reads)
            yield folder, fingerprints

    def commit(self, folder: str, decisions: dict[str, Decision | None]) -> None:
        """Round 2 of the shard, as soon as it is settled."""
        self.commits.append(self.client.submit(commit_shard, folder, str(self.out), decisions, self.version,
                                               pure=False))

    def finish(self) -> None:
        for future in self.commits:
            self.committed(future.result())
