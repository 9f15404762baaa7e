"""A run's progress: a total and the time left where the inputs tell it, redrawn every second on a
terminal, a line now and then in a log, nothing with --quiet; --wait says it waits."""
from __future__ import annotations

import gzip
import io
import threading
import time

import pytest

from pipeline.executors.progress import Progress, count_documents, format_eta, progress_line

from .conftest import ROOT


@pytest.mark.parametrize("seconds, shown", [
    (0, "0:00"), (42.4, "0:42"), (59.6, "1:00"), (725, "12:05"), (3600, "1:00:00"), (10929, "3:02:09"),
    (100 * 3600 + 61, "100:01:01"), (None, "?"), (float("inf"), "?"), (float("nan"), "?"), (-1, "?"),
])
def test_format_eta(seconds, shown):
    assert format_eta(seconds) == shown


def test_progress_line():
    assert progress_line(1234, 5235, 12.3) == "1,234/5,235 documents (24%), 12.3/s, 5:25 left"
    assert progress_line(0, 80, None) == "0/80 documents (0%), ? left"
    assert progress_line(7, None, 2.0) == "7 documents, 2.0/s"
    assert progress_line(12, 10, 1.0) == "12/12 documents (100%), 1.0/s, 0:00 left"  # a file grew since counted


def test_count_documents():
    assert count_documents([ROOT / "corpus" / "txt"]) == 4
    assert count_documents([ROOT / "corpus" / "txt", ROOT / "corpus" / "jsonl"]) == 4 + 2 + 1  # .jsonl (2 records), .jsonl.gz (1)
    assert count_documents([ROOT / "corpus"]) is None  # a WARC file: records not counted


def test_a_truncated_gzip_leaves_the_total_unknown_without_an_error(tmp_path, monkeypatch):
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "a"}\n' * 1000)[:60])  # cut off: EOFError while counting
    errors = []
    monkeypatch.setattr(threading, "excepthook", errors.append)
    with Progress(Terminal(), [path]) as bar:
        for counting in [t for t in threading.enumerate() if t.name.endswith("(_count)")]:
            counting.join(10)
    assert errors == [] and bar.total is None


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_line_is_redrawn_every_second_while_nothing_finishes():
    screen = Terminal()
    with Progress(screen, [ROOT / "corpus" / "txt"]) as bar:
        bar.update(work=False)
        time.sleep(3.5)  # a long document: no update, yet the line stays alive
    draws = screen.getvalue().split("\r")
    assert sum("1/4 documents (25%)" in d for d in draws) >= 3
    assert draws[-1].startswith("sepakat: 1/4 documents in 0:0") and draws[-1].endswith("\n")


def test_in_a_log_only_the_last_line_of_a_short_run():
    log = io.StringIO()
    with Progress(log, [ROOT / "corpus" / "txt"]) as bar:
        time.sleep(0.2)
        for _ in range(4):
            bar.update()
    assert log.getvalue().startswith("sepakat: 4/4 documents in 0:00") and log.getvalue().count("\n") == 1


def test_quiet_writes_nothing():
    log = Terminal()
    with Progress(log, [ROOT / "corpus" / "txt"], show=False) as bar:
        bar.update()
        time.sleep(1.2)
    assert log.getvalue() == ""


@pytest.mark.parametrize("executor", [[], ["--executor", "dask", "--workers", "2"]], ids=["local", "dask"])
def test_a_run_reports_its_total(cli, tmp_path, executor):
    proc = cli("run", ROOT / "corpus" / "txt", "--out", tmp_path / "out", *executor)
    assert "sepakat: 4/4 documents in " in proc.stderr, proc.stderr
    quiet = cli("run", ROOT / "corpus" / "txt", "--out", tmp_path / "out", "--quiet", *executor)
    assert quiet.stderr == ""


def test_wait_says_it_is_waiting_for_the_folder(tmp_path):
    import fcntl

    from pipeline.executors.state import WriterLock

    (tmp_path / ".lock").write_text("pid 4242 since 2024-06-04 01:00:00")
    holder = open(tmp_path / ".lock", "a+")
    fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)
    threading.Timer(1.5, holder.close).start()  # the other run ends
    said = []
    with WriterLock(tmp_path, wait=True, on_wait=said.append):
        pass
    assert said == [f"{tmp_path} is being written by pid 4242 since 2024-06-04 01:00:00; "
                    f"waiting for it to finish (--wait)"]


def test_a_quiet_dask_run_says_nothing_when_the_dashboards_port_is_taken(cli, tmp_path):
    """A researcher's notebook may hold Dask's usual port (8787): the run's own cluster takes
    another and says nothing of it."""
    import socket

    holder = socket.socket()
    try:
        holder.bind(("", 8787))
        holder.listen()
    except OSError:
        pass  # something else holds it already: the same case
    try:
        quiet = cli("run", ROOT / "corpus" / "txt", "--out", tmp_path / "out", "--quiet",
                    "--executor", "dask", "--workers", "1")
    finally:
        holder.close()
    assert quiet.returncode == 0 and quiet.stderr == ""
