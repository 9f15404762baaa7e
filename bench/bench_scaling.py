"""What a second core gives the stages themselves: the ceiling of `--workers 2` over `--workers 1`.

    python bench/bench_scaling.py [--pairs 3] [--json report.json]

The rule model is loaded once, then forked: one child processes the `news-id` texts that pass the
gate, then two children process them each at the same time (twice the work). No driver, no
reading, no pipes, no writing: `2 x t(one) / t(two)` is what two workers could give over one if
the driver cost nothing. The same is measured for a plain Python loop (regular expressions and
dictionaries, no spaCy), which shows what the machine gives any CPU-bound process. Pairs are
interleaved, and the median and range of the ratios reported: the machine is shared.
"""
from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing as mp
import os
import re
import statistics
import time
from pathlib import Path

from pipeline.config import DEFAULT_MODEL
from pipeline.readers import doc_id_for
from pipeline.records import Article
from pipeline.stages import Processor
from pipeline.text import load_gate

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NEWS = SHARED / "bench/news-id/news.jsonl.gz"

_PROCESSOR: Processor | None = None
_TEXTS: list[str] = []


def passing_texts(model: str) -> list[str]:
    """The news-id texts the gate lets through (those a worker receives in a news run)."""
    gate = load_gate(model)
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    return [t for t in texts if gate is None or gate.passes(t)]


def _stages(_: int) -> float:
    """CPU-bound work of one worker: every passing text through the rules. Seconds of wall time."""
    t = time.perf_counter()
    for i, text in enumerate(_TEXTS):
        _PROCESSOR.extract(Article(doc_id=doc_id_for("scaling", f"{i}"), source="scaling", fmt="text", text=text))
    return time.perf_counter() - t


_WORD = re.compile(r"\b(\w+)an\b")


def _plain(_: int) -> float:
    """A CPU-bound loop of the same length with no spaCy: regular expressions and a dictionary."""
    t = time.perf_counter()
    counts: dict[str, int] = {}
    for text in _TEXTS:
        for m in _WORD.finditer(text):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        counts[str(len(text.lower().split()))] = 1
    for _ in range(40):
        for text in _TEXTS[:200]:
            sorted(text.split())
    return time.perf_counter() - t


def _wall(fn, procs: int) -> float:
    """Wall seconds of `procs` forked children each doing `fn` (all of it), started together."""
    ctx = mp.get_context("fork")
    t = time.perf_counter()
    with ctx.Pool(procs) as pool:
        pool.map(fn, range(procs), chunksize=1)
    return time.perf_counter() - t


def scaling(fn, pairs: int) -> dict:
    ones, twos, ratios = [], [], []
    for _ in range(pairs):
        one, two = _wall(fn, 1), _wall(fn, 2)
        ones.append(one)
        twos.append(two)
        ratios.append(2 * one / two)
    return {"one_process_s": round(statistics.median(ones), 2), "two_processes_s": round(statistics.median(twos), 2),
            "two_over_one": round(statistics.median(ratios), 2),
            "two_over_one_range": [round(min(ratios), 2), round(max(ratios), 2)]}


def main() -> None:
    global _PROCESSOR, _TEXTS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=3, help="pairs of runs (one process, then two)")
    ap.add_argument("--json", type=Path, help="write the report here")
    args = ap.parse_args()
    if not NEWS.exists():
        raise SystemExit(f"bench_scaling: {NEWS} is missing (../shared/bench beside the repository)")
    _TEXTS = passing_texts(DEFAULT_MODEL)
    _PROCESSOR = Processor(DEFAULT_MODEL)
    for i, text in enumerate(_TEXTS[:300]):  # warm: the tokenizer's cache and the lazy exceptions
        _PROCESSOR.extract(Article(doc_id=f"warm{i}", source="warm", fmt="text", text=text))
    report = {"texts": len(_TEXTS), "cpus": os.cpu_count(),
              "stages": scaling(_stages, args.pairs), "plain_python": scaling(_plain, args.pairs)}
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
