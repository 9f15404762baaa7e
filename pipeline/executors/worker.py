"""Worker processes that can always be stopped: the per-document limits of every executor.

A signal cannot bound a document's time where the work does not run in a main thread (a Dask
worker runs tasks in threads, where SIGALRM does nothing) or stays in C code (a regex, a
parser). So documents go through the stages in a child process, and the process that feeds
it keeps the clock: a document still running at its limit gets a `failed` row ("timed out"),
its worker is killed and a new one takes its place. A worker that dies (the kernel's OOM
killer, a crash in C code) costs only the document it held: a `failed` row, and a new worker.

Memory is bounded the same way (Linux): the feeding process reads a busy worker's resident
memory every `MEMORY_POLL_SECONDS` and kills it over the limit. A sudden allocation could take
the machine's memory between two looks, so the worker's address space is limited too
(RLIMIT_AS: what it held once the model was loaded, and twice the limit, since thread stacks and
malloc arenas reserve address space that never becomes resident): beyond it an allocation fails
at once with MemoryError, on which the worker exits with `OUT_OF_MEMORY`. Either way the document
gets a `failed` row ("out of memory", reason `memory`) and a new worker takes the old one's place.

A page goes through two children: a text worker (trafilatura only, no spaCy) reads its text,
and a rules worker the text (`Workers`): the second core works on pages of real weight while
`--workers 1` has one worker of each. The limits hold in each, and the time limit for the two
stages together.

The children are plain `python -m pipeline.executors.worker` processes (not multiprocessing's,
which a daemonic Dask worker may not start) speaking pickled frames over their stdin and
stdout. They hold no file of the output folder (nor its lock), ignore Ctrl-C (their parent
decides when to stop) and exit when their parent does.
"""
from __future__ import annotations

import collections
import importlib
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from ..records import FAILED, OK, Article

_HEADER = struct.Struct("!Q")
# Documents in flight per worker: while it works on one, more wait in its pipe, so it never idles
# for a round trip nor while its parent writes a batch (news texts of a few KB: 32 are a few
# milliseconds of work; 8 gave two workers 5% less), and not many more: one long document holds
# up those behind it in its worker's pipe. Only what fits in the pipe is sent ahead (PIPE_BUDGET:
# a few pages of real weight).
QUEUE_DEPTH = 32
# Documents read ahead of the one the caller waits for (they are given back in input order), per
# worker, and their bytes at most: while one worker is on a long document, the others go on with
# the documents after it. A news text that passes the gate takes fifty times one that does not.
READ_AHEAD = 128
READ_AHEAD_BYTES = 8 * 1024 * 1024
PIPE_BUDGET = 256 * 1024
STARTUP_SECONDS = 600.0  # loading the rule model takes seconds; a worker that takes this long is broken
MEMORY_POLL_SECONDS = 0.2  # a document that takes 1 GB a second overshoots the limit by 0.2 GB at most
OUT_OF_MEMORY = 75  # the exit code of a worker whose document needed more memory than the limit
WORKER_DIED = "worker died (killed, or out of memory)"
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
# What a worker process runs: the rules (the whole of `stages.Processor`), or only the text stage
# of a page (`text.TextStage`: trafilatura, no spaCy), whose output its parent gives a rules worker.
RULES, TEXT = "rules", "text"


class Job(NamedTuple):
    """A document on its way through the workers: its number in the input, its pickled frame,
    the seconds it may still take (None: no limit), and the stage it waits for: TEXT (a page) or
    RULES (a text)."""

    seq: int
    frame: bytes
    seconds: float | None
    stage: str


class WorkerFailed(RuntimeError):
    """A worker process could not start (the rule model does not load, the package is missing)."""


def _frame(obj) -> bytes:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(data)) + data


def _write(fd: int, frame: bytes) -> None:
    view = memoryview(frame)
    while view:
        view = view[os.write(fd, view):]


def _send(fd: int, obj) -> None:
    _write(fd, _frame(obj))


def _widen_pipe(fd: int) -> int:
    """Widen the pipe to a worker (Linux) and say how many bytes may wait in it; 0 where it
    cannot be widened: there documents wait their turn in the parent, one at a time per worker."""
    try:
        import fcntl

        return min(PIPE_BUDGET, fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20) // 2)
    except (ImportError, OSError):
        return 0


def _receive(stream):
    """One frame from a buffered stream, or None when the other end has closed."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    size = _HEADER.unpack(header)[0]
    data = stream.read(size)
    return None if len(data) < size else pickle.loads(data)


class _Replies:
    """The frames a worker has written, read as they come: each read takes whatever the pipe
    holds (several answers, when the worker was quicker than its parent), so a document costs
    the parent no read of its own."""

    def __init__(self, fd: int):
        self.fd, self.buffer, self.closed = fd, bytearray(), False

    def read(self) -> list:
        """The whole frames that have arrived (after `select` saw the pipe readable: one read,
        which does not block); `closed` says whether the other end has closed."""
        chunk = os.read(self.fd, 1 << 20)
        if not chunk:
            self.closed = True
        self.buffer += chunk
        frames, at = [], 0
        while len(self.buffer) - at >= _HEADER.size:
            end = at + _HEADER.size + _HEADER.unpack_from(self.buffer, at)[0]
            if end > len(self.buffer):
                break
            frames.append(pickle.loads(memoryview(self.buffer)[at + _HEADER.size:end]))
            at = end
        del self.buffer[:at]
        return frames


class Worker:
    """One child process with the rule model loaded; `send` a document, `receive` it processed."""

    def __init__(self, model: str, near: bool, memory_mb: float | None = None, stage: str = RULES):
        import pipeline

        package_root = str(Path(pipeline.__file__).resolve().parents[1])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
        self.errors = tempfile.TemporaryFile()  # the child's stderr: read only if it fails to start
        self.stage = stage
        self.proc = subprocess.Popen([sys.executable, "-m", "pipeline.executors.worker", model, str(int(near)),
                                      str(memory_mb or 0), stage],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors,
                                     env=env, bufsize=0)
        self.fd = self.proc.stdout.fileno()
        self.replies = _Replies(self.fd)
        self.outbox: list[bytes] = []  # frames given to it and not yet written (see `flush`)
        self.budget = _widen_pipe(self.proc.stdin.fileno())
        self.ready = False
        # (sequence number, the document's frame, its time limit) sent and not yet answered: the
        # first is the one it works on, the rest wait in the pipe. Only frames are held (a page
        # once, as bytes): a lost worker's documents are read back from them.
        self.jobs: collections.deque[Job] = collections.deque()
        self.waiting = 0  # the bytes of the frames waiting in the pipe (all jobs but the first)
        self.deadline = time.monotonic() + STARTUP_SECONDS
        self.started = 0.0  # when it began the document it works on

    def can_take(self, size: int) -> bool:
        """Idle, or the frame fits in the pipe beside those waiting there: a write never blocks
        on a worker busy with a long document (the parent must keep the clock)."""
        return not self.jobs or (len(self.jobs) < QUEUE_DEPTH and self.waiting + size <= self.budget)

    def send(self, job: Job) -> None:
        """Give it a document; the frames given at one go are written together by `flush`."""
        if not self.jobs:
            self._begin(job)
        else:
            self.waiting += len(job.frame)
        self.jobs.append(job)
        self.outbox.append(job.frame)

    def _begin(self, job: Job) -> None:
        """The clock of the document it works on now."""
        self.started = time.monotonic()
        self.deadline = self.started + job.seconds if job.seconds else float("inf")

    def flush(self) -> None:
        """Write the frames given since the last flush, in one write (OSError: it has died)."""
        frames, self.outbox = self.outbox, []
        if frames:
            _write(self.proc.stdin.fileno(), frames[0] if len(frames) == 1 else b"".join(frames))

    def answer(self) -> tuple[Job, float]:
        """The document it has answered for and the seconds it took; the clock starts on the next
        one waiting."""
        job, took = self.jobs.popleft(), time.monotonic() - self.started
        if self.jobs:
            self.waiting -= len(self.jobs[0].frame)  # the next one is worked on, out of the pipe
            self._begin(self.jobs[0])
        else:
            self.deadline = float("inf")
        return job, took

    def resident_mb(self) -> float:
        """Its resident memory (0 where /proc cannot tell: not Linux, or it has just ended)."""
        try:
            with open(f"/proc/{self.proc.pid}/statm", "rb") as fh:
                return int(fh.read().split()[1]) * _PAGE / 1e6
        except (OSError, ValueError, IndexError):
            return 0.0

    def exit_code(self) -> int | None:
        """How it ended, once its end of the pipe has closed (None: it has not ended)."""
        try:
            return self.proc.wait(timeout=5.0)
        except subprocess.TimeoutExpired:
            return None

    def startup_error(self) -> str:
        self.kill()
        self.errors.seek(0)
        lines = self.errors.read().decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else f"exit code {self.proc.returncode}"

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            stream.close()
        self.errors.close()


class Workers:
    """`n` rules workers, and `n` text workers once a page needs trafilatura, fed by the calling
    thread; `map` keeps the input order.

    A page that passes the gate goes to a text worker, then with its text to a rules worker: on
    pages of real weight trafilatura costs twice the rules, and the two stages run side by side on
    two cores. A rules worker with nothing to do takes a page itself (its stages read pages too),
    and plain texts go to the rules workers directly.
    At most READ_AHEAD documents per worker (and READ_AHEAD_BYTES) are read ahead of the one the
    caller waits for, so memory does not grow with the corpus, while a worker on a long document
    does not hold up the others. Each document goes to the ready worker with the fewest in hand;
    while a worker works on one document, up to QUEUE_DEPTH - 1 more wait in its pipe (as many as
    fit in it, so a write never blocks): no round trip idles it.
    The time limit runs on the document a worker works on, across both stages (a rules worker
    has what the text worker left of it); when the document is lost (timed out, over memory, dead),
    the documents in the worker's pipe go to be sent again. `close` (also on an error or a signal
    in the caller) kills the workers at once: no thread of this pool waits on anything the caller
    would have to release.
    """

    def __init__(self, n: int, model: str, seconds: float | None, near: bool, memory_mb: float | None = None):
        self.model, self.seconds, self.near, self.memory_mb = str(model), seconds, near, memory_mb
        self.n = max(1, n)
        self.workers = [Worker(self.model, near, memory_mb) for _ in range(self.n)]
        self.text_workers: list[Worker] = []  # started when the first page needs one
        self.replaced = 0
        self.next_look = 0.0  # when to read the busy workers' memory next

    @classmethod
    def for_run(cls, options) -> "Workers":
        """The workers of a local run of `options` (config.Options). Started before anything else
        of the run is imported (`cli`): they load the rule model, the second of a run's start-up,
        while the run opens its folder."""
        return cls(options.workers, options.model, options.doc_timeout, options.dedup and options.near_duplicates,
                   options.doc_memory_mb)

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for w in self._all():
            w.kill()
        self.workers, self.text_workers = [], []

    def _all(self) -> list[Worker]:
        return self.workers + self.text_workers

    def map(self, articles: Iterable[Article]) -> Iterator[tuple[Article, object]]:
        """(processed document, its Fingerprint) for each document, in input order. A document the
        gate skips (most of a night's pages), or one its reader failed, is settled here: its row
        needs no worker, and the workers spend their time on those that may hold an agreement."""
        from ..text import gate, load_gate
        from .settle import Fingerprint

        gated = load_gate(self.model) is not None
        articles = iter(articles)
        ahead = READ_AHEAD * self.n
        done: dict[int, tuple[Article, object]] = {}
        # read and numbered, not yet sent, by the stage they wait for: new documents, pages with
        # their text, and those a lost worker had not reached
        waiting: dict[str, collections.deque[Job]] = {RULES: collections.deque(), TEXT: collections.deque()}
        read = next_out = 0
        sizes: dict[int, int] = {}  # bytes of each frame read and not yet given back, by number
        held = 0                    # their sum
        exhausted = False
        while True:
            while not exhausted and read - next_out < ahead and held < READ_AHEAD_BYTES:
                art = next(articles, None)
                if art is None:
                    exhausted = True
                    continue
                if art.status == OK:
                    art = gate(art, self.model)  # linear searches of the text: no limit to keep
                    art.passed_gate = gated and art.status == OK
                if art.status == OK:
                    job = Job(read, _frame(art), self.seconds, TEXT if art.fmt == "html" else RULES)
                    waiting[job.stage].append(job)
                    sizes[read] = len(job.frame)
                    held += sizes[read]
                else:
                    art.raw = ""
                    done[read], sizes[read] = (art, Fingerprint.of(art, self.near)), 0
                read += 1
            if waiting[TEXT] and not self.text_workers:
                self.text_workers = [Worker(self.model, self.near, self.memory_mb, TEXT) for _ in range(self.n)]
            self._dispatch(waiting)
            for w in self._all():
                try:
                    w.flush()
                except OSError:  # it died (idle, or with the document before these)
                    self._lose(w, "worker_died", done, waiting)
            while next_out in done:
                held -= sizes.pop(next_out)
                yield done.pop(next_out)
                next_out += 1
            if exhausted and next_out == read:
                return
            for w in self._wait():
                messages = w.replies.read()
                if not w.ready:
                    if messages[:1] != ["ready"]:
                        raise WorkerFailed(f"a worker process could not start: {w.startup_error()}")
                    w.ready, messages = True, messages[1:]
                for message in messages:
                    job, took = w.answer()
                    if w.stage == RULES:
                        done[job.seq] = message
                    elif message.status == OK:  # its text, for a rules worker
                        left = None if job.seconds is None else max(job.seconds - took, 0.001)
                        text = Job(job.seq, _frame(message), left, RULES)
                        waiting[RULES].append(text)
                        held += len(text.frame) - sizes[job.seq]
                        sizes[job.seq] = len(text.frame)
                    else:
                        done[job.seq] = message, Fingerprint.of(message, self.near)
                if w.replies.closed:  # it died with a document, or left it for want of memory
                    over = w.exit_code() == OUT_OF_MEMORY
                    self._lose(w, "memory" if over else "worker_died", done, waiting)
            now = time.monotonic()
            for w in [w for w in self._all() if w.ready and w.jobs and w.deadline <= now]:
                self._lose(w, "timeout", done, waiting)
            for w in self._over_memory(now):
                self._lose(w, "memory", done, waiting)

    def _dispatch(self, waiting: dict[str, collections.deque[Job]]) -> None:
        """Each waiting document to the ready worker of its stage with the fewest in hand; a page
        to an idle rules worker too, when no text waits for one and the text workers have more than
        they can take."""
        for stage, pool in ((RULES, self.workers), (TEXT, self.text_workers)):
            queue = waiting[stage]
            while queue:
                able = [w for w in pool if w.ready and w.can_take(len(queue[0].frame))]
                if not able:
                    break
                min(able, key=lambda w: len(w.jobs)).send(queue.popleft())
        if not all(t.ready for t in self.text_workers):
            return  # the pages wait for the text workers' start-up, a third of a rules worker's
        for w in self.workers:
            if waiting[TEXT] and w.ready and not w.jobs:
                w.send(waiting[TEXT].popleft())

    def _lose(self, w: Worker, code: str, done: dict, waiting: dict[str, collections.deque[Job]]) -> None:
        """The document a worker was on gets its `failed` row (reason `code`: timeout, memory,
        worker_died); those waiting in its pipe go back to be sent again (to its successor or
        another worker)."""
        if not w.jobs:  # it died idle: only a new worker in its place
            self._replace(w)
            return
        lost, *rest = w.jobs
        done[lost.seq] = self._lost(w, pickle.loads(lost.frame[_HEADER.size:]), code)
        for job in reversed(rest):  # a page a rules worker took goes back with the pages
            waiting[job.stage].appendleft(job)

    def _replace(self, w: Worker) -> None:
        w.kill()
        pool = self.workers if w.stage == RULES else self.text_workers
        pool[pool.index(w)] = Worker(self.model, self.near, self.memory_mb, w.stage)
        self.replaced += 1

    def _over_memory(self, now: float) -> list[Worker]:
        """The busy workers holding more than the memory limit, read every MEMORY_POLL_SECONDS."""
        if not self.memory_mb or now < self.next_look:
            return []
        self.next_look = now + MEMORY_POLL_SECONDS
        return [w for w in self._all() if w.ready and w.jobs and w.resident_mb() > self.memory_mb]

    def _message(self, code: str) -> str:
        """The `error` of a document lost with reason `code`."""
        if code == "timeout":
            return f"timed out: took longer than {self.seconds:g} s"
        if code == "memory":
            return f"out of memory: needed more than the limit of {self.memory_mb:g} MB"
        return WORKER_DIED

    def _wait(self) -> list[Worker]:
        """The workers with something to read, waiting at most until the nearest deadline."""
        busy = [w for w in self._all() if w.jobs or not w.ready]
        if not busy:
            return []
        wake = min(w.deadline for w in busy)
        if self.memory_mb and any(w.jobs for w in busy):
            wake = min(wake, self.next_look)
        timeout = max(0.0, wake - time.monotonic())
        fds = {w.fd: w for w in busy}
        readable, _, _ = select.select(list(fds), [], [], None if timeout == float("inf") else timeout)
        late = [w for w in busy if not w.ready and w.deadline <= time.monotonic() and w.fd not in readable]
        if late:
            raise WorkerFailed(f"a worker process did not start within {STARTUP_SECONDS:g} s: {late[0].startup_error()}")
        return [fds[fd] for fd in readable]

    def _lost(self, w: Worker, art: Article, code: str) -> tuple[Article, object]:
        """The document a worker was killed or died with, as its `failed` row (and fingerprint);
        a new worker in its place."""
        from .settle import Fingerprint

        self._replace(w)
        art.raw, art.events, art.people, art.scores = "", [], [], []
        art.fail(FAILED, self._message(code), code)
        return art, Fingerprint.of(art, self.near)


def _serve(model: str, near: bool, memory_mb: float, stage: str) -> None:
    """The child: load the model (or only its text stage), say ready, then process documents until
    the parent closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent decides
    reply_fd = os.dup(1)
    os.dup2(2, 1)  # a library's print must not corrupt the frames
    parent = os.getppid()

    def orphaned() -> None:  # the parent was killed: stop, even in the middle of a long document
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=orphaned, daemon=True).start()
    from ..startup import loading
    from .settle import Fingerprint

    with loading():  # it keeps its model to the end
        processor = _processor(model, stage)
    if memory_mb:
        _limit_address_space(memory_mb)
    _send(reply_fd, "ready")
    documents = os.fdopen(0, "rb", buffering=1 << 20)  # the frames waiting in the pipe, read in one go
    while (art := _receive(documents)) is not None:
        try:
            art = _processed(processor, art)
            art.raw = ""  # the parent holds the page and writes no part of it: half the bytes back
            _send(reply_fd, art if stage == TEXT else (art, Fingerprint.of(art, near)))
        except MemoryError:
            os._exit(OUT_OF_MEMORY)  # the parent writes the document's row and starts a new worker


def _processed(processor, art: Article) -> Article:
    try:
        return processor(art)
    except MemoryError:
        raise  # the memory limit: the worker ends, and its parent says so
    except Exception as exc:  # the stages catch their own; anything else is still one row
        art.events, art.people, art.scores = [], [], []
        return art.fail(FAILED, f"processing failed: {type(exc).__name__}: {exc}", "rules_error")


def _processor(model: str, stage: str):
    """The stages (`stages.Processor`) or, for a text worker, the text stage (`text.TextStage`); or
    the subclass SEPAKAT_PROCESSOR (SEPAKAT_TEXT_PROCESSOR) names ("module:Class"): tests use one to
    make a document take too long or too much memory."""
    name = os.environ.get("SEPAKAT_TEXT_PROCESSOR" if stage == TEXT else "SEPAKAT_PROCESSOR")
    if name:
        module, _, attr = name.partition(":")
        return getattr(importlib.import_module(module), attr)(model)
    if stage == TEXT:
        from ..text import TextStage

        return TextStage(model)
    from ..stages import Processor

    return Processor(model)


def _limit_address_space(memory_mb: float) -> None:
    """Let the address space grow by twice `memory_mb` at most from what the loaded model holds:
    a sudden allocation beyond it fails at once (MemoryError) instead of racing the parent's look."""
    import resource

    try:
        with open("/proc/self/statm", "rb") as fh:
            size = int(fh.read().split()[0]) * _PAGE
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = size + int(2 * memory_mb * 1e6)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError):
        pass  # not Linux: the parent's look at the resident memory still holds


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2] == "1", float(sys.argv[3]), sys.argv[4])
