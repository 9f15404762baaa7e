"""Command line: argument parsing only; every command calls the library."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

from .config import Options


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="sepakat",
        description="Find agreement signings between Indonesian government bodies in news articles "
                    "and write them as Parquet tables (documents, events, people, scores).")
    sub = ap.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract events from articles into an output folder",
                         description="Read articles (.html .htm .html.gz .txt .jsonl .jsonl.gz .warc .warc.gz; "
                                     "folders are searched recursively) and write OUT/<table>/part-*.parquet. "
                                     "Documents already in OUT are not processed again (with --reprocess, those "
                                     "made with another rule model are); copies of an article already seen get a "
                                     "`skipped` row naming the original. One run at a time may write to a folder. "
                                     "Progress (documents done, of how many, time left) goes to standard error: "
                                     "redrawn every second on a terminal, a line a minute in a log.")
    run.add_argument("inputs", nargs="*", type=Path, metavar="INPUT", help="files or folders to read")
    run.add_argument("--out", type=Path, help="output folder (created if missing)")
    run.add_argument("--config", type=Path, metavar="TOML",
                     help="read the options from a TOML file (inputs, out, workers, doc_timeout, "
                          "doc_memory_mb, reprocess ...); "
                          "options given on the command line win")
    run.add_argument("--model", type=Path, default=None, metavar="DIR",
                     help="rule model directory (default: the project's models/sepakat); its version, a hash "
                          "of its files, is recorded in `runs` and in every `documents` row")
    run.add_argument("--timeout", type=float, default=None, metavar="S",
                     help="seconds one document may take before it is given up as failed, reason timeout "
                          "(default 60); its worker process is killed and replaced")
    run.add_argument("--memory", type=float, default=None, metavar="MB",
                     help="megabytes a worker process may hold while it reads one document before the "
                          "document is given up as failed, reason memory (default 2000; the rules "
                          "loaded take about 300; 0: no limit); its worker process is replaced")
    run.add_argument("--workers", type=int, default=None, metavar="N",
                     help="process documents in N rules worker processes (default 1); pages "
                          "(HTML) are read first by N text worker processes (trafilatura, no spaCy)")
    run.add_argument("--executor", choices=("local", "dask"), default=None,
                     help="local: this machine's processes (default); dask: a Dask cluster "
                          "(a LocalCluster of --workers processes unless --scheduler is given)")
    run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="use a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --executor dask)")
    run.add_argument("--reprocess", action="store_true",
                     help="process again the documents of OUT that were made with another rule model (after "
                          "editing a gazetteer, say); their new rows supersede the old ones, which stay in the "
                          "folder. Without it such documents are left as they are, and the run says how many")
    run.add_argument("--no-dedup", action="store_true", help="process copies of an article too")
    run.add_argument("--wait", action="store_true",
                     help="if another run is writing to OUT, wait for it instead of refusing (and say so)")
    run.add_argument("--quiet", action="store_true",
                     help="no progress and no summary (a warning that documents were made with another rule "
                          "model is still printed)")

    cp = sub.add_parser("compact", help="merge many small part files into one per table",
                        description="Rewrite each table of OUT as one part file, without changing a row.")
    cp.add_argument("out", type=Path, metavar="OUT")

    ck = sub.add_parser("check", help="find missing or unreadable parts and rows that disagree",
                        description="Check that every committed batch of OUT has all its part files, that "
                                    "every part is readable Parquet, and that events and documents agree; "
                                    "print each problem with how to repair it (exit 1), or that all is well.")
    ck.add_argument("out", type=Path, metavar="OUT")

    sh = sub.add_parser("show", help="one article's rows of every table, with their evidence",
                        description="Run the rules on one article (.html .htm .html.gz .txt, one record "
                                    "FILE#N of a .jsonl or .warc file, or '-' for standard input) and print "
                                    "its documents, events, people and scores rows. Nothing is written.")
    sh.add_argument("file", metavar="FILE",
                    help="an article file; FILE.jsonl#N or FILE.warc#N for record N (from 0, as in the "
                         "`source` column); '-' reads the article from standard input")
    sh.add_argument("--published", default=None, metavar="YYYY-MM-DD",
                    help="publication date, for dates written without a year")
    sh.add_argument("--model", type=Path, default=None, metavar="DIR",
                    help="rule model directory to read it with (default: the project's models/sepakat), "
                         "e.g. a copy with an edited gazetteer")

    rv = sub.add_parser("review", help="HTML pages showing every extracted span of an output folder",
                        description="Write an index page (counts by reason, a table of contents with filters "
                                    "by status, reason, agreement type and province) and pages of --per-page "
                                    "documents beside it (FILE-001.html ...): each article's text as stored "
                                    "with the extracted spans marked, its events and scores beside it.")
    rv.add_argument("out", type=Path, metavar="OUT")
    rv.add_argument("--html", type=Path, required=True, metavar="FILE", help="index page to write")
    rv.add_argument("--per-page", type=int, default=200, metavar="N", help="documents per page (default 200)")
    pick = rv.add_mutually_exclusive_group()
    pick.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N documents")
    pick.add_argument("--sample", type=int, default=None, metavar="N",
                      help="only N documents drawn at random, the same ones for the same --seed")
    rv.add_argument("--seed", type=int, default=0, help="seed of --sample (default 0)")

    ex = sub.add_parser("export", help="the tables as CSV files or one Excel workbook",
                        description="Write OUT's tables for Stata, R or Excel: one CSV per table, or one "
                                    "xlsx workbook with a sheet per table. List columns are joined with ' | '.")
    ex.add_argument("out", type=Path, metavar="OUT")
    ex.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    ex.add_argument("--dest", type=Path, required=True, metavar="DIR", help="folder to write to")

    ev = sub.add_parser("evaluate", help="score an output folder against gold annotations",
                        description="Print precision, recall and F1 per field and their mean, comparing "
                                    "OUT with the *.gold.json files of --gold (format: eval/GOLD.md).")
    ev.add_argument("out", type=Path, metavar="OUT", help="output folder of a run")
    ev.add_argument("--gold", required=True, type=Path, help="folder of *.gold.json files")
    ev.add_argument("--json", type=Path, metavar="FILE", help="also write the scores as JSON to FILE")
    ev.add_argument("--verbose", action="store_true",
                    help="also print, per document, the events, people and scores expected and found")

    an = sub.add_parser("annotate", help="gold files for your own articles, pre-filled with the pipeline's answer",
                        description="Run the rules on the articles and write GOLD_DIR/ID.gold.json for each, "
                                    "in the format `evaluate` reads (docs/gold.md), with the sentence each "
                                    "event, person and score was read from, for a researcher to correct. "
                                    "An existing gold file is never overwritten without --force.")
    an.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="files or folders to read")
    an.add_argument("--out", type=Path, required=True, metavar="GOLD_DIR",
                    help="folder of gold files (created if missing)")
    an.add_argument("--model", type=Path, default=None,
                    help="rule model directory (default: the project's models/sepakat)")
    an.add_argument("--force", action="store_true",
                    help="overwrite gold files that exist (a researcher's corrections in them are lost)")
    return ap


def _run(args) -> int:
    overrides = dict(out=args.out, model=args.model, doc_timeout=args.timeout, doc_memory_mb=args.memory,
                     workers=args.workers,
                     executor=args.executor, scheduler=args.scheduler,
                     inputs=tuple(args.inputs) or None, progress=False if args.quiet else None,
                     wait=True if args.wait else None, dedup=False if args.no_dedup else None,
                     reprocess=True if args.reprocess else None)
    for flag, value, least in (("--timeout", args.timeout, "more than 0 seconds"), ("--workers", args.workers, "at least 1")):
        if value is not None and value <= 0:
            print(f"sepakat: {flag} must be {least}, not {value:g}", file=sys.stderr)
            return 2
    try:
        if args.config:
            opts = Options.from_toml(args.config, **overrides)
        else:
            if not args.inputs or args.out is None:
                print("sepakat: give INPUT... and --out, or --config", file=sys.stderr)
                return 2
            opts = Options(**{k: v for k, v in overrides.items() if v is not None})
    except (OSError, ValueError) as exc:
        print(f"sepakat: {exc}", file=sys.stderr)
        return 2
    for p in opts.inputs:
        if not p.exists():
            print(f"sepakat: input not found: {p}", file=sys.stderr)
            return 2
    if _file_in_the_way(opts.out, "--out") or _inside_an_output(opts.out):
        return 2
    if not (opts.model / "config.cfg").is_file():
        print(f"sepakat: {opts.model}: not a rule model directory (no config.cfg)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    from .executors import is_dask, run
    from .executors.state import FolderLocked

    workers = None
    try:
        if not is_dask(opts):  # first: they load the rule model while the run is imported and set up
            from .executors.worker import Workers

            workers = Workers.for_run(opts)
        stats = run(opts, workers=workers)
    except FolderLocked as exc:
        print(f"sepakat: {exc}", file=sys.stderr)
        return 3
    except BaseException as exc:  # one line, the run's status and reason are in OUT/runs
        code, message = stopped(exc, opts.out)
        print(f"sepakat: {message}", file=sys.stderr)
        return code
    finally:
        if workers is not None:  # the run ended them, unless it stopped before it began (a lock held)
            workers.close()
    if opts.progress:
        print(stats.summary(), file=sys.stderr)
        print(f"wrote {opts.out} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    warning = stats.other_model_warning(opts.out)
    if warning:  # even with --quiet: the run left rows that the rules in use would not write
        print(f"sepakat: {warning}", file=sys.stderr)
    return 0


def _file_in_the_way(folder: Path, flag: str) -> bool:
    """Whether `folder`, or a folder above it, is a file (then says so in one line)."""
    file = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if file is not None:
        print(f"sepakat: {file} is a file, not a folder: give {flag} a folder", file=sys.stderr)
    return file is not None


def _inside_an_output(out: Path) -> bool:
    """Whether `out` lies inside another run's output folder (one with documents and runs tables),
    as a table's folder does (then says so in one line): the run's tables would be written among
    that folder's parts, and pandas could no longer read its table."""
    owner = next((p for p in out.absolute().parents if (p / "documents").is_dir() and (p / "runs").is_dir()), None)
    if owner is not None:
        print(f"sepakat: --out {out} is inside the output folder {owner}: give that folder, or one of its own",
              file=sys.stderr)
    return owner is not None


def _not_an_output_folder(out: Path) -> bool:
    """Whether `out` holds no documents table (then says so in one line): a command that reads an
    output folder must not create one, nor report on nothing."""
    if (out / "documents").is_dir():
        return False
    why = "no documents table: is it the output folder of a run?" if out.is_dir() else \
        "not a folder" if out.exists() else "output folder not found"
    print(f"sepakat: {out}: {why}", file=sys.stderr)
    return True


def stopped(exc: BaseException, out: Path) -> tuple[int, str]:
    """Exit code and one-line message for a run that did not complete: 130 for Ctrl-C, 143 for
    SIGTERM, 1 for an error (the traceback is in the run's log file, not on the terminal)."""
    from .executors.base import Stopped
    from .writers import OutputError, output_error

    if isinstance(exc, Stopped):
        return exc.exit_code, f"stopped by {exc}; nothing committed is lost, run again to finish"
    if isinstance(exc, KeyboardInterrupt):
        return 130, "stopped by Ctrl-C (SIGINT); nothing committed is lost, run again to finish"
    if isinstance(exc, OutputError):
        return 1, str(exc)
    if isinstance(exc, OSError):
        return 1, str(output_error(exc, Path(exc.filename) if exc.filename else out))
    if not isinstance(exc, Exception):
        raise exc  # SystemExit and the like are not ours to explain
    return 1, (f"run failed: {type(exc).__name__}: {exc}".splitlines()[0][:300]
               + f" (details in {out}/logs)")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _command(args)
    except KeyboardInterrupt:  # `run` has its own message (what was committed); every other command
        print("sepakat: interrupted by Ctrl-C", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `sepakat show ... | head`: the reader has gone, nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a path the system will not look at (a name too long ...): one line, not a traceback
        print(f"sepakat: {_path_problem(exc)}", file=sys.stderr)
        return 2


def _path_problem(exc: OSError) -> str:
    """"NAME: reason" of an argument the system refused, the name cut to a line's width."""
    name = str(exc.filename) if exc.filename is not None else ""
    name = name if len(name) <= 80 else name[:77] + "..."
    return f"{name}: {exc.strerror or exc}" if name else str(exc)


def _command(args) -> int:
    if args.command == "run":
        return _run(args)
    if args.command == "compact":
        from .compact import compact
        from .executors.state import FolderLocked, WriterLock

        if _not_an_output_folder(args.out):
            return 2
        try:
            with WriterLock(args.out):
                for table, (parts, rows) in compact(args.out).items():
                    print(f"{table}: {parts} part(s) -> 1" + (f", {rows} rows" if rows >= 0 else " (nothing to do)"))
        except FolderLocked as exc:
            print(f"sepakat: {exc}", file=sys.stderr)
            return 3
        return 0
    if args.command == "check":
        from .check import check

        if _not_an_output_folder(args.out):
            return 2
        problems = check(args.out)
        for line in problems:
            print(line)
        if not problems:
            print(f"{args.out}: every committed batch is whole and readable, events and documents agree")
        return 1 if problems else 0
    if args.command == "show":
        from .show import ShowError, exists, show

        if args.model is not None and not (args.model / "config.cfg").is_file():
            print(f"sepakat: {args.model}: not a rule model directory (no config.cfg)", file=sys.stderr)
            return 2
        file = args.file if exists(args.file) else re.sub(r"#\d+$", "", args.file)  # FILE#N: a record
        if args.file != "-" and not exists(file):
            print(f"sepakat: file not found: {file}", file=sys.stderr)
            return 2
        text = sys.stdin.read() if args.file == "-" else args.file
        if not text.strip():
            print("sepakat: -: no article on standard input", file=sys.stderr)
            return 2
        try:
            print(show(text, published=args.published, model=args.model))
        except (ShowError, FileNotFoundError) as exc:
            print(f"sepakat: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.command in ("review", "export"):
        if _not_an_output_folder(args.out) or args.command == "export" and _file_in_the_way(args.dest, "--dest"):
            return 2
        if args.command == "review":
            from .review import render_review

            for name, value in (("--per-page", args.per_page), ("--limit", args.limit), ("--sample", args.sample)):
                if value is not None and value < 1:
                    print(f"sepakat: {name} must be at least 1, not {value}", file=sys.stderr)
                    return 2
            if args.html.is_dir():
                print(f"sepakat: --html {args.html} is a folder: name the index page to write, "
                      f"e.g. {args.html / 'review.html'}", file=sys.stderr)
                return 2
            index = render_review(args.out, args.html, per_page=args.per_page, limit=args.limit,
                                  sample=args.sample, seed=args.seed)
            print(f"wrote {index}")
        else:
            from .export import export

            for path in export(args.out, args.dest, args.format):
                print(f"wrote {path}")
        return 0
    if args.command == "evaluate":
        from .evaluate import EvaluationError, evaluate, format_details, format_table

        try:
            result = evaluate(args.out, args.gold, details=args.verbose)
        except EvaluationError as exc:
            print(f"sepakat: {exc}", file=sys.stderr)
            return 2
        if args.verbose:
            print(format_details(result) + "\n")
            del result["documents"]
        print(format_table(result))
        if args.json:
            args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
        return 0
    if args.command == "annotate":
        from .annotate import AnnotateError, annotate

        try:
            report = annotate(args.inputs, args.out, model=args.model, force=args.force)
        except AnnotateError as exc:
            print(f"sepakat: {exc}", file=sys.stderr)
            return 2
        print(report.format())
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
