"""The local executor: one writer process over a stream of documents, safe to kill at any moment.

It owns what the stages know nothing about: the output folder's lock, what is already done,
duplicates, the worker processes (which keep the time limits), progress, statistics, the `runs` row
and the `agreements` rebuild.

Crash safety: rows are written in batches; a batch's `documents` part is written last and is
what marks its documents done (see writers.PartWriter). A run killed at any point leaves either
whole batches or parts that the next run removes before it starts, so rerunning gives exactly
the rows of an uninterrupted run.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import signal
import sys
import threading
import time
import uuid
from contextlib import closing, contextmanager
from pathlib import Path

import pyarrow as pa

from .. import __version__
from ..config import Options, model_version
from ..readers import read_inputs
from ..records import FAILED, SKIPPED, Article
from ..writers import SCHEMAS, OutputError, PartWriter, current_rows, output_error, write_part
from .progress import Progress
from .settle import Decision, RunStats, Settler
from .state import Admission, FolderState, WriterLock
from .worker import Workers

log = logging.getLogger("sepakat")


def apply(art: Article, decision: Decision, model_version: str | None) -> Article:
    art.supersedes, art.revision, art.model_version = decision.supersedes, decision.revision, model_version
    if decision.skip:
        art.events, art.people, art.scores = [], [], []
        art.fail(SKIPPED, decision.skip)
    return art


def processed(articles, options: Options, near: bool):
    """Documents through the stages with their fingerprints, in input order, in `options.workers`
    worker processes that hold the per-document time and memory limits (see worker.Workers).
    Closing this generator (an error, a signal) kills the workers at once."""
    with Workers(options.workers, options.model, options.doc_timeout, near, options.doc_memory_mb) as workers:
        yield from workers.map(articles)


class Stopped(BaseException):
    """A signal asked the run to stop (SIGINT: Ctrl-C; SIGTERM: a service manager, `kill`).
    A BaseException, like KeyboardInterrupt, so no handler of one document's errors swallows it."""

    def __init__(self, signum: int):
        self.signum = signum
        self.exit_code = 128 + signum  # what a shell reports for a process the signal killed
        super().__init__("Ctrl-C (SIGINT)" if signum == signal.SIGINT else signal.Signals(signum).name)


@contextmanager
def stop_on_signals():
    """SIGINT and SIGTERM raise `Stopped` in the main thread, so the run ends through its cleanup:
    workers ended, `runs` row written, lock released. Only the first signal counts: the cleanup is
    short and a second Ctrl-C must not cut it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _stop(signum, frame):
        for s in (signal.SIGINT, signal.SIGTERM):
            signal.signal(s, signal.SIG_IGN)
        raise Stopped(signum)

    previous = {s: signal.signal(s, _stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def ending(exc: BaseException | None) -> tuple[str, str | None]:
    """The `runs` row's status and reason for a run that ended with `exc` (None: it completed)."""
    if exc is None:
        return "complete", None
    if isinstance(exc, (Stopped, KeyboardInterrupt)):
        return "interrupted", str(exc) if isinstance(exc, Stopped) else "Ctrl-C (SIGINT)"
    if isinstance(exc, OutputError):
        return "failed", str(exc)
    return "failed", f"{type(exc).__name__}: {exc}".splitlines()[0][:300]


def run(options: Options, log_to=sys.stderr) -> RunStats:
    out = Path(options.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(exc, out) from exc

    def say(line: str) -> None:
        print(f"sepakat: {line}", file=log_to, flush=True)

    with WriterLock(out, wait=options.wait, on_wait=say if options.progress else None), stop_on_signals():
        run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        handler = _log_file(out, run_id)
        started = dt.datetime.now(dt.timezone.utc)
        stats = RunStats()
        version = model_version(options.model)
        error = None
        try:
            log.info("run %s: inputs %s, rule model %s", run_id, [str(p) for p in options.inputs], version)
            _run(options, out, stats, log_to, version)
            warning = stats.other_model_warning(out)
            if warning:
                log.warning(warning)
            return stats
        except BaseException as exc:
            error = exc
            log.error("run %s stopped: %s", run_id, ending(exc)[1], exc_info=not isinstance(exc, Stopped))
            raise
        finally:
            status, reason = ending(error)
            try:
                _write_run(out, run_id, started, options, version, stats, status, reason)
            except OSError as exc:  # a full disk: the run's rows are safe, only its record is lost
                log.error("runs row not written: %s", exc)
            log.info("run %s %s\n%s", run_id, status, stats.summary())
            logging.getLogger("sepakat").removeHandler(handler)
            handler.close()


def _run(options: Options, out: Path, stats: RunStats, log_to, version: str) -> None:
    """Every new document of the inputs (and with --reprocess every one made with another rule
    model) through the stages into committed batches, then the agreements rebuild."""
    state = FolderState.open(out, version)
    settler = Settler(state, options.dedup, options.near_duplicates)
    admission = state.admission(options.reprocess)
    with Progress(log_to, options.inputs, show=options.progress) as bar:
        if options.executor == "dask" or options.scheduler:
            from .dask import run_shards

            run_shards(options, state, settler, stats, admission, version, bar)
        else:
            _run_local(options, out, state, settler, stats, admission, version, bar)
        bar.settle(stats.read)
    n_agreements = rebuild_agreements(out)
    log.info("agreements rebuilt: %d", n_agreements)


def _run_local(options: Options, out: Path, state: FolderState, settler: Settler, stats: RunStats,
               admission: Admission, version: str, bar: Progress) -> None:
    """The documents through this machine's worker processes, settled and written in input order."""
    writer = PartWriter(out, rows_per_part=options.batch_size)
    again: set[str] = set()  # processed again: an older version of a page must not become the latest

    def on_commit(rows):
        for r in rows:
            state.commit(r["doc_id"], r["url"], r["status"], r["text"], latest=r["doc_id"] not in again)
        _release_memory()

    writer.on_commit = on_commit
    seen: set[str] = set()

    def new_articles():
        for art in read_inputs(options.inputs, stats.ignored, options.max_html_bytes):
            verdict = "done" if art.doc_id in seen else admission(art.doc_id)
            if not stats.admitted(verdict):
                bar.update(work=False)
                continue
            if verdict == "again":
                again.add(art.doc_id)
            seen.add(art.doc_id)
            yield art

    with closing(processed(new_articles(), options, settler.near is not None)) as results:
        for art, fingerprint in results:
            art = apply(art, settler.decide(fingerprint), version)
            if art.status in (SKIPPED, FAILED):
                log.info("%s %s: %s", art.status, art.source, art.error)
            stats.add(art)
            writer.add(art)
            bar.update()
    writer.flush()


def _release_memory() -> None:
    """Hand freed memory back after each batch, so the peak does not creep up over a long night:
    Arrow's pool keeps buffers and glibc keeps freed arenas unless asked."""
    pa.default_memory_pool().release_unused()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: nothing to trim


class _QuietFileHandler(logging.FileHandler):
    """A log file that, when it cannot be written (a full disk), drops the record instead of
    printing a traceback: the run's own error says what is wrong, in one line."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def _log_file(out: Path, run_id: str) -> logging.Handler:
    (out / "logs").mkdir(exist_ok=True)
    handler = _QuietFileHandler(out / "logs" / f"{run_id}.log", encoding="utf-8", errors="backslashreplace")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("sepakat")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return handler


def _write_run(out: Path, run_id: str, started, options: Options, version: str, stats: RunStats, status: str,
               reason: str | None) -> None:
    row = dict(run_id=run_id, started=started, ended=dt.datetime.now(dt.timezone.utc),
               code_version=__version__, model_version=version,
               options=json.dumps(options.describe(), sort_keys=True), status=status,
               n_read=stats.read, n_already_done=stats.already_done,
               n_ok=stats.status.get("ok", 0), n_no_event=stats.status.get("no_event", 0),
               n_skipped=stats.status.get("skipped", 0), n_failed=stats.status.get("failed", 0),
               n_events=stats.events, reason=reason, n_reprocessed=stats.reprocessed,
               n_other_model=stats.other_model)
    write_part(out / "runs", f"run-{run_id}.parquet", pa.Table.from_pylist([row], schema=SCHEMAS["runs"]))


def rebuild_agreements(out: Path) -> int:
    """The `agreements` table from every current event (of the latest version of a page, and of
    the latest revision of a document processed again): one file, replaced atomically."""
    import pyarrow.dataset as ds

    from ..merge import Source, merge

    out = Path(out)
    if not (out / "events").exists() or not any((out / "events").glob("part-*.parquet")):
        return 0
    docs = ds.dataset(sorted((out / "documents").glob("part-*.parquet")), format="parquet",
                      schema=SCHEMAS["documents"]).to_table(columns=["doc_id", "supersedes", "revision"])
    superseded = {s for s in docs.column("supersedes").to_pylist() if s}
    events = ds.dataset(sorted((out / "events").glob("part-*.parquet")), format="parquet",
                        schema=SCHEMAS["events"]).to_table()
    events = current_rows(docs, events).to_pylist()
    sources = [Source(e["event_id"], e["doc_id"], e["agreement_type"], e["event_date"], e["date_precision"],
                      e["province_codes"] or [], e.get("signatories") or [], e["scope"] or [])
               for e in events if e["doc_id"] not in superseded]
    rows = merge(sources)
    write_part(out / "agreements", "part-all.parquet", pa.Table.from_pylist(rows, schema=SCHEMAS["agreements"]))
    return len(rows)
