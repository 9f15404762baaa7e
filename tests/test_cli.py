"""Common mistakes on the command line end in one line naming the file and the reason, exit 2
(Ctrl-C: 130), never a traceback, and create nothing."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from .conftest import ROOT

TXT = ROOT / "corpus" / "txt"


def one_line(proc, code: int = 2) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    return proc.stderr.strip()


@pytest.mark.parametrize("value", ["0", "-5"])
def test_timeout_of_zero_or_less(cli, tmp_path, value):
    message = one_line(cli("run", TXT, "--out", tmp_path / "out", "--timeout", value, check=False))
    assert message == f"sepakat: --timeout must be more than 0 seconds, not {float(value):g}"
    assert not (tmp_path / "out").exists()


def test_workers_of_zero(cli, tmp_path):
    message = one_line(cli("run", TXT, "--out", tmp_path / "out", "--workers", "0", check=False))
    assert message == "sepakat: --workers must be at least 1, not 0"


def test_model_that_is_not_a_rule_model(cli, tmp_path):
    message = one_line(cli("run", TXT, "--out", tmp_path / "out", "--model", TXT, check=False))
    assert message == f"sepakat: {TXT}: not a rule model directory (no config.cfg)"


LONG = "x" * 300  # a name no file system takes: every look at it fails with "File name too long"


@pytest.mark.parametrize("args", [
    ["run", LONG, "--out", "{tmp}/out"],
    ["run", TXT, "--out", "{tmp}/" + LONG],
    ["run", TXT, "--out", "{tmp}/out", "--model", LONG],
    ["evaluate", "--gold", LONG, "{run}"],
])
def test_a_path_the_system_refuses_is_one_line_naming_it(cli, corpus_out, tmp_path, args):
    message = one_line(cli(*[str(a).format(tmp=tmp_path, run=corpus_out) for a in args], check=False))
    assert message.startswith("sepakat: ") and message.endswith("...: File name too long"), message
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("line, why", [
    ('workers = "two"', "workers must be a whole number of at least 1, not 'two'"),
    ("doc_timeout = 0", "doc_timeout must be a number of seconds more than 0, not 0"),
    ("dedup = 1", "dedup must be true or false, not 1"),
    ('executor = "spark"', "executor must be one of local, dask, not 'spark'"),
    ('model = 5', "model must be a path in quotes, not 5"),
], ids=["text-for-a-number", "zero-timeout", "number-for-a-bool", "unknown-executor", "number-for-a-path"])
def test_toml_value_of_the_wrong_type(cli, tmp_path, line, why):
    config = tmp_path / "nightly.toml"
    config.write_text(f'inputs = ["{TXT}"]\nout = "out"\n{line}\n', encoding="utf-8")
    proc = cli("run", "--config", config, check=False)
    assert one_line(proc) == f"sepakat: {config}: {why}"
    assert not (tmp_path / "out").exists()


def test_toml_inputs_that_are_not_a_list(cli, tmp_path):
    config = tmp_path / "nightly.toml"
    config.write_text(f'inputs = "{TXT}"\nout = "out"\n', encoding="utf-8")
    assert one_line(cli("run", "--config", config, check=False)).startswith(
        f"sepakat: {config}: inputs must be a list of paths")


def test_toml_syntax_error(cli, tmp_path):
    config = tmp_path / "nightly.toml"
    config.write_text('inputs = ["in"]\nout = "out\nworkers = 2\n', encoding="utf-8")
    message = one_line(cli("run", "--config", config, check=False))
    assert message.startswith(f"sepakat: {config}: not valid TOML: ") and "line 2" in message


def test_toml_file_missing(cli, tmp_path):
    message = one_line(cli("run", "--config", tmp_path / "none.toml", check=False))
    assert message == f"sepakat: {tmp_path / 'none.toml'}: configuration file not found"


def test_export_dest_that_is_a_file(cli, corpus_out, tmp_path):
    (tmp_path / "hasil.csv").write_text("not a folder")
    for dest in (tmp_path / "hasil.csv", tmp_path / "hasil.csv" / "sub"):
        message = one_line(cli("export", corpus_out, "--dest", dest, check=False))
        assert message == f"sepakat: {tmp_path / 'hasil.csv'} is a file, not a folder: give --dest a folder"


@pytest.mark.parametrize("command", ["compact", "check", "export", "review"])
def test_a_path_that_is_not_an_output_folder_is_never_created(cli, tmp_path, command):
    extra = {"export": ["--dest", tmp_path / "x"], "review": ["--html", tmp_path / "x.html"]}.get(command, [])
    missing = tmp_path / "no-such-output"
    assert one_line(cli(command, missing, *extra, check=False)) == f"sepakat: {missing}: output folder not found"
    assert not missing.exists()
    message = one_line(cli(command, TXT, *extra, check=False))
    assert message == f"sepakat: {TXT}: no documents table: is it the output folder of a run?"
    assert sorted(p.name for p in TXT.iterdir()) == sorted(p.name for p in TXT.iterdir() if p.suffix == ".txt")


def test_evaluate_of_an_output_holding_none_of_the_gold_articles(cli, corpus_out, tmp_path):
    """Never all-zero scores with exit 0: the output folder of other articles is a mistake."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "artikel-lain.gold.json").write_text('{"relevant": false, "events": [], "people": [], "scores": []}',
                                                 encoding="utf-8")
    message = one_line(cli("evaluate", corpus_out, "--gold", gold, check=False))
    assert message == (f"sepakat: {corpus_out}: none of its documents is one of the 1 articles of {gold} "
                       f"(matched by file name or url): is it the output of a run over those articles?")


def test_ctrl_c_in_any_command_is_one_line_and_exit_130():
    """`show -` waits for the article on standard input: Ctrl-C there (as in any command but `run`,
    whose own message is tested in test_nightly_recovery) ends it in one line."""
    # Ctrl-C as a terminal sends it: a job started in the background (`cmd &`) inherits SIGINT ignored
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "show", "-"], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(5)  # past the imports, reading standard input
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130 and stderr == "sepakat: interrupted by Ctrl-C\n", (proc.returncode, stderr)


def test_show_of_empty_standard_input_says_so():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "show", "-"], cwd=ROOT, input="  \n",
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stderr == "sepakat: -: no article on standard input\n", proc.stderr


def _worker_children() -> list[int]:
    """This process's children that are Sepakat worker processes (Linux /proc)."""
    import os
    from pathlib import Path

    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == os.getpid() and b"pipeline.executors.worker" in cmdline:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_run_refused_for_a_held_folder_ends_the_workers_it_started(tmp_path, capsys):
    """A local run starts its workers first (they load the rule model while the run is set up);
    refused because another run holds the folder, it ends them before it returns."""
    from pipeline.cli import main
    from pipeline.executors.state import WriterLock

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Pemkab Contoh menandatangani nota kesepahaman.", encoding="utf-8")
    with WriterLock(tmp_path / "out"):
        code = main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"])
        assert code == 3 and "being written by" in capsys.readouterr().err
        assert _worker_children() == []
