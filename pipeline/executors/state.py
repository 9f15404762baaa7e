"""What an output folder already holds, and who may write to it.

The state of a folder is its committed `documents` parts: a document is processed once it has a
row there. Nothing else is kept, so there is no second record that can disagree with the tables.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path


class FolderLocked(RuntimeError):
    pass


class WriterLock:
    """One writer per output folder: an exclusive `flock` on OUT/.lock.

    The kernel releases the lock when its process dies, so a lock left by a killed run is never
    stale: the next run simply gets it. The file holds the holder's pid and start time, for the
    message a second run prints.
    """

    def __init__(self, out: Path, wait: bool = False, timeout: float | None = None, on_wait=None):
        self.path = Path(out) / ".lock"
        self.wait, self.timeout = wait, timeout
        self.on_wait = on_wait  # called once with a line saying who holds the folder, when waiting for it
        self.fh = None

    def __enter__(self) -> "WriterLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = open(self.path, "a+")
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                self.fh.seek(0)
                holder = self.fh.read().strip() or "another process"
                if not self.wait or (deadline is not None and time.monotonic() > deadline):
                    self.fh.close()
                    raise FolderLocked(f"{self.path.parent} is being written by {holder}; "
                                       f"wait for it to finish or run with --wait") from None
                if self.on_wait is not None:
                    self.on_wait(f"{self.path.parent} is being written by {holder}; waiting for it to finish (--wait)")
                    self.on_wait = None
                time.sleep(0.5)
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}")
        self.fh.flush()
        return self

    def __exit__(self, *exc) -> None:
        if self.fh:
            fcntl.flock(self.fh, fcntl.LOCK_UN)
            self.fh.close()


def text_key(text: str) -> str:
    """Identity of an article's text for exact duplicates: case and spacing do not count."""
    return hashlib.blake2b(re.sub(r"\W+", " ", text.lower()).strip().encode(), digest_size=12).hexdigest()


@dataclass(frozen=True)
class Earlier:
    """The current row of a document made with another rule model: what processing it again
    (--reprocess) carries over."""

    revision: int
    supersedes: str | None


@dataclass
class FolderState:
    """Documents already committed: by id, by URL (latest version) and by text (duplicates), and
    those made with another rule model than the run's (`stale`).

    The latest version of a URL is the one no other version supersedes (the `supersedes` chain
    the runs wrote, in the order they settled the versions), never the last in the order part
    files happen to be listed: their names are random tokens, and compaction renames them.
    Of a document processed again (--reprocess), only its current revision counts.
    """

    done: set[str] = field(default_factory=set)
    by_url: dict[str, str] = field(default_factory=dict)
    url_of: dict[str, str] = field(default_factory=dict)  # doc_id -> url, for versions of one page
    by_text: dict[str, str] = field(default_factory=dict)
    texts: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, text) for near-duplicates
    stale: dict[str, Earlier] = field(default_factory=dict)  # made with another rule model

    @classmethod
    def open(cls, out: Path, model_version: str | None = None) -> "FolderState":
        """Finish or roll back what an interrupted run left, then read the committed documents;
        with `model_version`, those made with another model (or an unknown one) are `stale`."""
        from ..writers import SCHEMAS, current_rows, read_parts, recover  # pyarrow: not in the workers

        recover(out)
        state = cls()
        folder = Path(out) / "documents"
        if not folder.exists() or not any(folder.glob("part-*.parquet")):
            return state
        columns = ["doc_id", "url", "status", "text", "supersedes", "model_version", "revision"]
        table = read_parts(sorted(folder.glob("part-*.parquet")), SCHEMAS["documents"], columns)
        table = current_rows(table, table)
        superseded = set(table.column("supersedes").drop_null().to_pylist())
        for doc_id, url, status, text, supersedes, model, revision in zip(
                *(table.column(c).to_pylist() for c in columns)):
            state.commit(doc_id, url, status, text, latest=doc_id not in superseded)
            if text and status in ("ok", "no_event"):
                state.texts.append((doc_id, text))  # read once, for the near-duplicate index
            if model_version is not None and model != model_version:
                state.stale[doc_id] = Earlier(revision or 0, supersedes)
        return state

    def commit(self, doc_id: str, url: str | None, status: str, text: str | None, latest: bool = True) -> None:
        """A committed document; `latest`: no later version of its page supersedes it."""
        self.done.add(doc_id)
        if url and status in ("ok", "no_event"):
            self.url_of[doc_id] = url
            if latest or url not in self.by_url:
                self.by_url[url] = doc_id
        if text and status in ("ok", "no_event"):
            self.by_text.setdefault(text_key(text), doc_id)

    def admission(self, reprocess: bool) -> "Admission":
        return Admission(frozenset(self.done), frozenset(self.stale), reprocess)


@dataclass(frozen=True)
class Admission:
    """Which documents a run processes, decided from what the folder held when the run began;
    small enough to send to every Dask worker."""

    done: frozenset[str]
    stale: frozenset[str]  # made with another rule model
    reprocess: bool

    def __call__(self, doc_id: str) -> str:
        """`new` (process it), `again` (process it again with the run's model), `done` (already in
        the folder), `other_model` (in the folder, made with another model; no --reprocess)."""
        if doc_id not in self.done:
            return "new"
        if doc_id not in self.stale:
            return "done"
        return "again" if self.reprocess else "other_model"
