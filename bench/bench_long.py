"""Cost of one long document: seconds through the text stage and the rules at 25, 50, 100, 200 KB.

    python bench/bench_long.py [--sizes 25 50 100 200] [--runs 3] [--json report.json]

A long text is the dev set's plain texts joined (blank line between them, in name order) and cut
at the size, so it reads as news: many signings, people and dates. The rules should cost about
in proportion to the text; the report gives each size's median seconds and its ratio to the
smallest size's, per KB.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from pipeline.config import DEFAULT_MODEL
from pipeline.readers import doc_id_for
from pipeline.records import Article
from pipeline.stages import Processor

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def long_text(kb: int) -> str:
    """The dev texts joined until the text has `kb` KB (of UTF-8), cut at a paragraph end."""
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted((SHARED / "eval/dev/txt").glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no dev texts in {SHARED / 'eval/dev/txt'}: ../shared must lie beside the repository")
    paragraphs, size, limit = [], 0, kb * 1000
    while size < limit:
        for text in texts:
            for para in text.split("\n"):
                if size >= limit:
                    break
                paragraphs.append(para)
                size += len(para.encode("utf-8")) + 1
    return "\n".join(paragraphs)


def timed(proc: Processor, text: str) -> tuple[float, float, int]:
    """(text stage seconds, rule stage seconds, events) of one document."""
    art = Article(doc_id=doc_id_for("long", text), source="long", fmt="text", raw=text)
    t0 = time.perf_counter()
    art = proc.text(art)
    t1 = time.perf_counter()
    art = proc.rules(art)
    t2 = time.perf_counter()
    assert art.status in ("ok", "no_event"), (art.status, art.error)
    return t1 - t0, t2 - t1, len(art.events)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 200], metavar="KB")
    ap.add_argument("--runs", type=int, default=3, help="runs per size (the median is reported)")
    ap.add_argument("--json", type=Path, help="write the report here")
    args = ap.parse_args()
    proc = Processor(DEFAULT_MODEL)
    timed(proc, long_text(5))  # warm-up: lazy tokenizer exceptions, caches
    report = {"sizes": []}
    for kb in args.sizes:
        text = long_text(kb)
        runs = [timed(proc, text) for _ in range(args.runs)]
        row = {"kb": kb, "chars": len(text), "events": runs[0][2],
               "text_s": round(statistics.median(r[0] for r in runs), 3),
               "rules_s": round(statistics.median(r[1] for r in runs), 3)}
        report["sizes"].append(row)
        print(f"{kb:>5} KB  text {row['text_s']:7.3f} s  rules {row['rules_s']:7.3f} s  "
              f"({row['events']} events)", flush=True)
    first = report["sizes"][0]
    for row in report["sizes"]:
        row["rules_per_kb_vs_smallest"] = round(row["rules_s"] / row["kb"] / (first["rules_s"] / first["kb"]), 2)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
