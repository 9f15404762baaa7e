"""Command line: argument parsing only; every command calls the library."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .config import DEFAULT_MODEL, Options


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="sepakat",
        description="Find agreement signings between Indonesian government bodies in news articles "
                    "and write them as Parquet tables (documents, events, people, scores).")
    sub = ap.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract events from articles into an output folder",
                         description="Read articles (.html .htm .html.gz .txt .jsonl .jsonl.gz .warc .warc.gz; "
                                     "folders are searched recursively) and write OUT/<table>/part-*.parquet. "
                                     "Documents already in OUT are not processed again.")
    run.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="files or folders to read")
    run.add_argument("--out", required=True, type=Path, help="output folder (created if missing)")
    run.add_argument("--model", type=Path, default=DEFAULT_MODEL,
                     help="rule model directory (default: the project's models/sepakat)")
    run.add_argument("--quiet", action="store_true", help="no progress bar and no summary")

    ev = sub.add_parser("evaluate", help="score an output folder against gold annotations",
                        description="Print precision, recall and F1 per field and their mean, comparing "
                                    "OUT with the *.gold.json files of --gold (format: eval/GOLD.md).")
    ev.add_argument("out", type=Path, metavar="OUT", help="output folder of a run")
    ev.add_argument("--gold", required=True, type=Path, help="folder of *.gold.json files")
    ev.add_argument("--json", type=Path, metavar="FILE", help="also write the scores as JSON to FILE")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "run":
        from .executors.local import run

        for p in args.inputs:
            if not p.exists():
                print(f"sepakat: input not found: {p}", file=sys.stderr)
                return 2
        opts = Options(inputs=tuple(args.inputs), out=args.out, model=args.model, progress=not args.quiet)
        t0 = time.perf_counter()
        stats = run(opts)
        if not args.quiet:
            print(stats.summary(), file=sys.stderr)
            print(f"wrote {args.out} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        return 0
    if args.command == "evaluate":
        from .evaluate import evaluate, format_table

        if not args.gold.is_dir():
            print(f"sepakat: gold folder not found: {args.gold}", file=sys.stderr)
            return 2
        result = evaluate(args.out, args.gold)
        print(format_table(result))
        if args.json:
            args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
