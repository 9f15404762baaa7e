"""The Dask executor: shards of input files processed on a cluster; workers write the rows.

Two rounds of tasks, the driver only coordinating between them:
1. each shard's task reads its files, runs every new document through the stages, stages its
   rows under OUT/.staging/<run>/<shard>/ and returns one small `Fingerprint` per document;
2. the driver settles the fingerprints in input order exactly as the local executor does
   (duplicates, new versions of a page) and sends each shard its decisions; the shard's task
   applies them and commits its rows as ordinary part files (documents last).
So a run gives the same rows as the local executor, and a run killed anywhere leaves only
committed batches (staging is removed by the next run).

On one machine `--executor dask` starts a LocalCluster with `--workers` processes; with
`--scheduler tcp://host:port` it uses a running cluster, whose workers must see the same
paths (a shared file system) and have the project installed.
"""
from __future__ import annotations

import shutil
import time
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..config import Options
from ..readers import iter_files, read_file
from ..records import FAILED, SKIPPED, reason_code
from ..writers import SCHEMAS, TABLES, article_rows, write_part
from .progress import Progress
from .settle import Decision, Fingerprint, RunStats
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
    fingerprints, seen = [], set()
    counts = RunStats()
    progress = _Reporter(topic)

    def new_articles():
        for path in files:
            for art in read_file(Path(path), max_bytes=options.max_html_bytes):
                if counts.admitted("done" if art.doc_id in seen else admission(art.doc_id)):
                    seen.add(art.doc_id)
                    yield art
                else:
                    progress.update(work=False)

    key = (str(options.model), options.doc_timeout, near, options.doc_memory_mb)
    workers = _workers(key)
    try:
        for art, fingerprint in workers.map(new_articles()):
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


def commit_shard(shard_dir: str, out: str, decisions: dict[str, Decision], drop: frozenset[str],
                 model_version: str) -> dict:
    """Round 2, on a worker: apply the driver's decisions to the staged rows, commit them."""
    folder = Path(shard_dir)
    tables = {t: pq.read_table(folder / f"{t}.parquet").to_pylist() for t in TABLES}
    skipped = {d for d, dec in decisions.items() if dec.skip} | set(drop)
    for table in ("events", "people", "scores"):
        tables[table] = [r for r in tables[table] if r["doc_id"] not in skipped]
        for row in tables[table]:
            row["revision"] = decisions[row["doc_id"]].revision
    docs = []
    for row in tables["documents"]:
        if row["doc_id"] in drop:
            continue
        row["model_version"] = model_version
        dec = decisions.get(row["doc_id"])
        if dec is not None:
            row["supersedes"], row["revision"] = dec.supersedes, dec.revision
            if dec.skip:
                row.update(status=SKIPPED, error=dec.skip, reason=reason_code(SKIPPED, dec.skip), n_events=0)
        docs.append(row)
    tables["documents"] = docs
    token = uuid.uuid4().hex[:12]
    statuses: dict[str, int] = {}
    if docs:
        for table in TABLES:  # documents last: the commit mark
            write_part(Path(out) / table, f"part-{token}.parquet", pa.Table.from_pylist(tables[table], schema=SCHEMAS[table]))
        for row in docs:
            statuses[row["status"]] = statuses.get(row["status"], 0) + 1
    shutil.rmtree(folder, ignore_errors=True)
    return {"status": statuses, "events": len(tables["events"]),
            "errors": [r["error"] for r in docs if r["status"] in (SKIPPED, FAILED)]}


def _client(options: Options):
    from dask.distributed import Client, LocalCluster

    if options.scheduler:
        return Client(options.scheduler), None
    cluster = LocalCluster(n_workers=max(1, options.workers), threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def shards_of(files: list[Path], n: int) -> list[list[str]]:
    """Contiguous shards in input order, so the driver can settle in the local executor's order."""
    n = max(1, min(n, len(files)))
    size = -(-len(files) // n)
    return [[str(p) for p in files[i:i + size]] for i in range(0, len(files), size)]


def run_shards(options: Options, state, settler, stats: RunStats, admission: Admission, model_version: str,
               progress: Progress) -> None:
    """Both rounds over every input file; counts go into `stats`, documents done into `progress`."""
    files = list(iter_files(options.inputs, stats.ignored))
    if not files:
        return
    staging = Path(options.out) / ".staging" / uuid.uuid4().hex[:8]
    client, cluster = _client(options)
    try:
        shards = shards_of(files, max(1, options.workers) * 4)
        near = settler.near is not None
        topic = f"sepakat-progress-{staging.name}" if progress.show else None
        if topic:
            def on_progress(event):  # (scheduler time, (documents done, of which processed))
                done, worked = event[1]
                progress.update(done - worked, work=False)
                progress.update(worked)

            client.subscribe_topic(topic, on_progress)
        futures = [client.submit(stage_shard, shard, str(staging / f"{i:05d}"), options, admission, near,
                                 topic, pure=False) for i, shard in enumerate(shards)]
        commits, seen = [], set()
        for i, future in enumerate(futures):  # settle in input order, commit as soon as settled
            fingerprints, counts = future.result()
            for name in ("read", "already_done", "reprocessed", "other_model"):
                setattr(stats, name, getattr(stats, name) + getattr(counts, name))
            decisions, drop = {}, set()
            for fp in fingerprints:
                if fp.doc_id in seen:  # the same file in two shards' inputs
                    drop.add(fp.doc_id)
                    stats.already_done += 1
                    stats.reprocessed -= admission(fp.doc_id) == "again"  # counted by both shards
                    continue
                seen.add(fp.doc_id)
                decisions[fp.doc_id] = settler.decide(fp)
            commits.append(client.submit(commit_shard, str(staging / f"{i:05d}"), str(options.out),
                                         decisions, frozenset(drop), model_version, pure=False))
        for future in commits:
            result = future.result()
            for status, n in result["status"].items():
                stats.status[status] += n
            stats.events += result["events"]
            for error in result["errors"]:
                from .settle import _reason_kind

                stats.reasons[_reason_kind(error)] += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        shutil.rmtree(staging, ignore_errors=True)
