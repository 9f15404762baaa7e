"""The executor base: everything a run does besides processing documents, the same under every
executor.

A run takes the output folder's lock, finishes or rolls back what an interrupted run left
(state.FolderState.open), settles each processed document in input order (settle.Settler: a
copy? a new version of a page?), counts what it committed, shows its progress, writes its log
file, its `runs` row and the `agreements` table. An executor (local.LocalExecutor: worker
processes on this machine; dask.DaskExecutor: a Dask cluster) implements only `process` (the
documents of the inputs through the stages, shard by shard in input order, as `Fingerprint`s)
and `commit` (a shard's rows with the decisions settled on them, written as committed batches).

Crash safety: rows are written in batches; a batch's `documents` part is written last and is
what marks its documents done (see writers.write_batch). A run killed at any point leaves either
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
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager, nullcontext
from pathlib import Path

import pyarrow as pa

from .. import __version__
from ..config import Options, model_version
from ..records import Article
from ..writers import SCHEMAS, OutputError, current_rows, output_error, read_parts, write_part
from .progress import Progress
from .settle import Decision, Fingerprint, RunStats, Settler
from .state import Admission, FolderState, WriterLock

log = logging.getLogger("sepakat")


class Stopped(BaseException):
    """A signal asked the run to stop (SIGINT: Ctrl-C; SIGTERM: a service manager, `kill`).
    A BaseException, like KeyboardInterrupt, so no handler of one document's errors swallows it."""

    def __init__(self, signum: int):
        self.signum = signum
        self.exit_code = 128 + signum  # what a shell reports for a process the signal killed
        super().__init__("Ctrl-C (SIGINT)" if signum == signal.SIGINT else signal.Signals(signum).name)


class Signals:
    """The stop signal a run received (None: none yet). The handler raises `Stopped` at once, but
    Python drops an exception raised where it cannot propagate: a signal that lands inside a
    weakref callback (the import system's module locks, while the run still imports) only prints
    "Exception ignored in ..." and the run went on to complete. So the signal is also kept, and
    the run asks `check` between batches and before it counts itself complete."""

    received: int | None = None

    def check(self) -> None:
        if self.received is not None:
            raise Stopped(self.received)


@contextmanager
def stop_on_signals() -> Iterator[Signals]:
    """SIGINT and SIGTERM raise `Stopped` in the main thread, so the run ends through its cleanup:
    workers ended, `runs` row written, lock released. Only the first signal counts: the cleanup is
    short and a second Ctrl-C must not cut it."""
    signals = Signals()
    if threading.current_thread() is not threading.main_thread():
        yield signals
        return

    def _stop(signum, frame):
        for s in (signal.SIGINT, signal.SIGTERM):
            signal.signal(s, signal.SIG_IGN)
        signals.received = signum
        raise Stopped(signum)

    previous = {s: signal.signal(s, _stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield signals
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


def admitted(articles: Iterable[Article], admission: Admission, stats: RunStats, progress) -> Iterator[Article]:
    """The documents read that the run processes (state.Admission), each once: a file among two
    inputs is read twice. Each is counted in `stats`; one passed over moves `progress` only."""
    seen: set[str] = set()
    for art in articles:
        if stats.admitted("done" if art.doc_id in seen else admission(art.doc_id)):
            seen.add(art.doc_id)
            yield art
        else:
            progress.update(work=False)


class Executor(ABC):
    """One run of `options` over its output folder. A subclass opens what it needs in `session`
    (worker processes, a cluster), yields the shards it processed from `process`, writes them in
    `commit` and waits for what is still being written in `finish`; the base does the rest."""

    def __init__(self, options: Options, log_to=sys.stderr):
        self.options, self.log_to = options, log_to
        self.out = Path(options.out)
        self.stats = RunStats()
        self.version = model_version(options.model)
        # near-duplicates are looked for (MinHash signatures made with each document's fingerprint)
        self.near_duplicates = options.dedup and options.near_duplicates

    # What an executor implements.

    def session(self) -> AbstractContextManager:
        """What the executor holds for the run (worker processes, a cluster), ended on the way out
        whatever happens: an error, a signal."""
        return nullcontext()

    @abstractmethod
    def process(self) -> Iterator[tuple[object, list[Fingerprint]]]:
        """Every document of the inputs that `self.admission` admits through the stages: shard by
        shard in input order, each shard (what `commit` needs to find its rows) with its documents'
        fingerprints in input order. Documents read are counted in `self.stats`."""

    @abstractmethod
    def commit(self, shard: object, decisions: dict[str, Decision | None]) -> None:
        """Write a shard's rows with the decisions settled on them (settle.settled_rows), as
        committed batches; `self.committed` counts each batch once it is durable."""

    def finish(self) -> None:
        """Write or wait for whatever `commit` has left in flight."""

    # What the base does.

    def run(self) -> RunStats:
        """The run under the folder's lock, with its log file and its `runs` row (also when it
        fails or a signal stops it)."""
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise output_error(exc, self.out) from exc

        def say(line: str) -> None:
            print(f"sepakat: {line}", file=self.log_to, flush=True)

        progress = self.options.progress
        # the signals stop the run from before it takes the lock, and every stop after that (its log file
        # made, the workers loading) leaves the run's row: the row's try opens as soon as the lock is held
        with stop_on_signals() as self.signals, \
                WriterLock(self.out, wait=self.options.wait, on_wait=say if progress else None):
            started = dt.datetime.now(dt.timezone.utc)
            run_id, handler, error = new_run_id(started), None, None
            try:
                handler = _log_file(self.out, run_id)
                log.info("run %s: inputs %s, rule model %s", run_id, [str(p) for p in self.options.inputs],
                         self.version)
                self._run()
                self.signals.check()  # a signal whose exception was dropped still stops the run
                warning = self.stats.other_model_warning(self.out)
                if warning:
                    log.warning(warning)
                return self.stats
            except BaseException as exc:
                error = exc
                if handler is not None:  # stopped before its log file was made: no log to write (and
                    # the logging module's last resort would print the line beside the run's own message)
                    log.error("run %s stopped: %s", run_id, ending(exc)[1], exc_info=not isinstance(exc, Stopped))
                raise
            finally:
                status, reason = ending(error)
                try:
                    self._write_run(run_id, started, status, reason)
                except OSError as exc:  # a full disk: the run's rows are safe, only its record is lost
                    log.error("runs row not written: %s", exc)
                log.info("run %s %s\n%s", run_id, status, self.stats.summary())
                if handler is not None:
                    logging.getLogger("sepakat").removeHandler(handler)
                    handler.close()

    def _run(self) -> None:
        """Every new document of the inputs (and with --reprocess every one made with another rule
        model) through the stages into committed batches, then the agreements rebuild."""
        options = self.options
        with Progress(self.log_to, options.inputs, show=options.progress) as self.progress:
            with self.session():  # first: worker processes load the rule model while the folder is read
                self.state = FolderState.open(self.out, self.version)
                self.settler = Settler(self.state, options.dedup, self.near_duplicates)
                self.admission = self.state.admission(options.reprocess)
                self._settle_and_commit()
            self.progress.settle(self.stats.read)
        log.info("agreements rebuilt: %d", rebuild_agreements(self.out))

    def _settle_and_commit(self) -> None:
        """Each shard's documents settled in input order, then the shard committed. A document in
        two shards (the same file among two inputs) is kept from the first; the second has no
        decision (None: its rows are dropped) and counts as already done."""
        seen: set[str] = set()
        with closing(self.process()) as shards:
            for shard, fingerprints in shards:
                decisions: dict[str, Decision | None] = {}
                for fp in fingerprints:
                    if fp.doc_id in seen:
                        decisions[fp.doc_id] = None
                        self.stats.already_done += 1
                        self.stats.reprocessed -= self.admission(fp.doc_id) == "again"  # counted twice
                        continue
                    seen.add(fp.doc_id)
                    decisions[fp.doc_id] = self.settler.decide(fp)
                self.commit(shard, decisions)
                self.signals.check()
            self.finish()

    def committed(self, documents: list[dict]) -> None:
        """A batch is durable: count its `documents` rows, log the skipped and failed ones but
        those the gate skipped (most pages of a night's news: counted in the summary, each with
        its row and reason in `documents`)."""
        for row in documents:
            if row["status"] in ("skipped", "failed") and row["reason"] != "gate":
                log.info("%s %s: %s", row["status"], row["source"], row["error"])
        self.stats.committed(documents)

    def _write_run(self, run_id: str, started, status: str, reason: str | None) -> None:
        stats = self.stats
        row = dict(run_id=run_id, started=started, ended=dt.datetime.now(dt.timezone.utc),
                   code_version=__version__, model_version=self.version,
                   options=json.dumps(self.options.describe(), sort_keys=True), status=status,
                   n_read=stats.read, n_already_done=stats.already_done,
                   n_ok=stats.status.get("ok", 0), n_no_event=stats.status.get("no_event", 0),
                   n_skipped=stats.status.get("skipped", 0), n_failed=stats.status.get("failed", 0),
                   n_events=stats.events, reason=reason, n_reprocessed=stats.reprocessed,
                   n_other_model=stats.other_model)
        write_part(self.out / "runs", f"run-{run_id}.parquet", pa.Table.from_pylist([row], schema=SCHEMAS["runs"]))


class _QuietFileHandler(logging.FileHandler):
    """A log file that, when it cannot be written (a full disk), drops the record instead of
    printing a traceback: the run's own error says what is wrong, in one line."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def new_run_id(started: dt.datetime) -> str:
    """A run's id: its start (UTC, to the microsecond) and a random suffix, so that runs sort by
    their id in the order they started, also two in one second (`started` keeps whole seconds)."""
    return started.strftime("%Y%m%dT%H%M%S.%f") + "-" + uuid.uuid4().hex[:6]


def _log_file(out: Path, run_id: str) -> logging.Handler:
    (out / "logs").mkdir(exist_ok=True)
    handler = _QuietFileHandler(out / "logs" / f"{run_id}.log", encoding="utf-8", errors="backslashreplace")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("sepakat")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return handler


def rebuild_agreements(out: Path) -> int:
    """The `agreements` table from every current event (of the latest version of a page, and of
    the latest revision of a document processed again): one file, replaced atomically."""
    from ..merge import Source, merge

    out = Path(out)
    if not (out / "events").exists() or not any((out / "events").glob("part-*.parquet")):
        return 0
    docs = read_parts(sorted((out / "documents").glob("part-*.parquet")), SCHEMAS["documents"],
                      ["doc_id", "supersedes", "revision"])
    superseded = {s for s in docs.column("supersedes").to_pylist() if s}
    events = read_parts(sorted((out / "events").glob("part-*.parquet")), SCHEMAS["events"])
    events = current_rows(docs, events).to_pylist()
    sources = [Source(e["event_id"], e["doc_id"], e["agreement_type"], e["event_date"], e["date_precision"],
                      e["province_codes"] or [], e.get("signatories") or [], e["scope"] or [])
               for e in events if e["doc_id"] not in superseded]
    rows = merge(sources)
    write_part(out / "agreements", "part-all.parquet", pa.Table.from_pylist(rows, schema=SCHEMAS["agreements"]))
    return len(rows)
