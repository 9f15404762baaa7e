"""The local executor: one writer process over a stream of documents, processed in this machine's
worker processes (which keep the per-document time and memory limits, see worker.Workers).

It processes and commits one document at a time in input order; the rows wait in a
writers.PartWriter and go to disk as one batch every `--batch-size` documents (see base for
what makes that safe to kill at any moment).
"""
from __future__ import annotations

import sys
from collections.abc import Iterator

import pyarrow as pa

from ..readers import read_inputs
from ..records import Article, article_rows
from ..writers import PartWriter, warm_pyarrow
from .base import Executor, admitted
from .settle import Decision, Fingerprint, settled_rows
from .worker import Workers


class LocalExecutor(Executor):
    """Each document is its own shard: processed in a worker process, settled, added to the batch."""

    def __init__(self, options, log_to=sys.stderr, workers: Workers | None = None):
        super().__init__(options, log_to)
        self.started = workers  # started by the caller (Workers.for_run), or None

    def session(self) -> Workers:
        """`options.workers` worker processes (those the caller started, if any); leaving the
        session (an error, a signal) kills them at once."""
        options = self.options
        self.workers = self.started or Workers.for_run(options)
        self.writer = PartWriter(self.out, rows_per_part=options.batch_size)
        self.writer.on_commit = self._on_commit
        warm_pyarrow()  # while the workers load the rule model, not after the last document
        return self.workers

    def process(self) -> Iterator[tuple[Article, list[Fingerprint]]]:
        articles = read_inputs(self.options.inputs, self.stats.ignored, self.options.max_html_bytes)
        for art, fingerprint in self.workers.map(admitted(articles, self.admission, self.stats, self.progress)):
            yield art, [fingerprint]

    def commit(self, art: Article, decisions: dict[str, Decision | None]) -> None:
        self.writer.add(settled_rows(article_rows(art), decisions, self.version))
        self.progress.update()

    def finish(self) -> None:
        self.writer.flush()

    def _on_commit(self, documents: list[dict]) -> None:
        self.committed(documents)
        _release_memory()


def _release_memory() -> None:
    """Hand freed memory back after each batch, so the peak does not creep up over a long night:
    Arrow's pool keeps buffers and glibc keeps freed arenas unless asked."""
    pa.default_memory_pool().release_unused()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: nothing to trim
