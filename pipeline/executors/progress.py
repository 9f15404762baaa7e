"""A run's progress on stderr: documents done out of the total when the inputs tell it, the rate
and the time left.

On a terminal the line is redrawn in place every second, whether or not a document finished
meanwhile (a long document, workers loading the rules); in a log (not a terminal: cron, a service)
one line is written every LOG_SECONDS, so a night's log holds a few dozen lines, not thousands.
The total is counted in a thread beside the run (one document per page file, one per non-empty
line of a JSONL file); a WARC file's records are not counted, and with one among the inputs the
total stays unknown.
"""
from __future__ import annotations

import gzip
import threading
import time
from collections import Counter

from ..readers import JSONL_SUFFIXES, WARC_SUFFIXES, iter_files

LOG_SECONDS = 60.0  # a line every minute in a log: enough to see a night's run move


def format_eta(seconds: float | None) -> str:
    """Time left as a clock reads it: "0:42", "12:05", "3:02:09"; "?" when not known."""
    if seconds is None or seconds != seconds or seconds < 0 or seconds == float("inf"):
        return "?"
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def progress_line(done: int, total: int | None, rate: float | None) -> str:
    """`1,234/5,235 documents (24%), 12.3/s, 5:26 left`; without a total, `1,234 documents, 12.3/s`."""
    speed = f", {rate:.1f}/s" if rate else ""
    if total is None:
        return f"{done:,} documents{speed}"
    total = max(total, done)  # a file changed since it was counted
    left = format_eta((total - done) / rate) if rate else "?"
    share = f"{100 * done / total:.0f}%" if total else "100%"
    return f"{done:,}/{total:,} documents ({share}){speed}, {left} left"


def count_documents(inputs) -> int | None:
    """The number of documents of the inputs, or None when a file's count is not known (WARC)."""
    total = 0
    for path in iter_files(inputs, Counter()):
        name = path.name.lower()
        if name.endswith(WARC_SUFFIXES):
            return None
        if name.endswith(JSONL_SUFFIXES):
            with (gzip.open if name.endswith(".gz") else open)(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total


class Progress:
    """Documents done, redrawn every second on a terminal, a line every LOG_SECONDS elsewhere;
    nothing at all unless `show`. `update(work=False)` counts a document that cost nothing (already
    in the folder): it moves the count but not the rate the time left is reckoned from."""

    def __init__(self, stream, inputs=None, show: bool = True, interval: float = 1.0):
        self.stream, self.show, self.interval = stream, show, interval
        self.tty = show and stream.isatty()
        self.done = self.worked = 0
        self.total: int | None = None
        self.first_work: float | None = None  # when the first document was processed (after the rules loaded)
        self.started = time.monotonic()
        self._stop = threading.Event()
        self._last_log = self.started
        self._ticker = threading.Thread(target=self._tick, daemon=True)
        if show:
            if inputs is not None:
                threading.Thread(target=self._count, args=(inputs,), daemon=True).start()
            self._ticker.start()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _count(self, inputs) -> None:
        try:
            self.total = count_documents(inputs)
        except (OSError, EOFError):
            self.total = None  # the run itself reports unreadable and truncated files

    def update(self, n: int = 1, work: bool = True) -> None:
        if n <= 0:
            return
        if work:
            if self.first_work is None:
                self.first_work = time.monotonic()
            self.worked += n
        self.done += n

    def settle(self, done: int) -> None:
        """The exact count, once the run knows it (Dask's progress events may trail its results)."""
        self.done = max(self.done, done)

    def rate(self) -> float | None:
        """Documents processed a second since the first one was (loading the rules does not count)."""
        if self.first_work is None:
            return None
        seconds = time.monotonic() - self.first_work
        return self.worked / seconds if seconds > 0.5 else None

    def line(self) -> str:
        return "sepakat: " + progress_line(self.done, self.total, self.rate())

    def _tick(self) -> None:
        while not self._stop.wait(self.interval):
            if self.tty:
                self.stream.write("\r" + self.line() + "\x1b[K")
                self.stream.flush()
            elif time.monotonic() - self._last_log >= LOG_SECONDS:
                self._last_log = time.monotonic()
                self.stream.write(self.line() + "\n")
                self.stream.flush()

    def close(self) -> None:
        """The last line: what was done, in how long."""
        if not self.show or self._stop.is_set():
            return
        self._stop.set()
        self._ticker.join()
        done = f"{self.done:,}" + (f"/{self.total:,}" if self.total is not None else "")
        line = f"sepakat: {done} documents in {format_eta(time.monotonic() - self.started)}"
        self.stream.write(("\r" + line + "\x1b[K\n") if self.tty else line + "\n")
        self.stream.flush()
