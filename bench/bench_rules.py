"""Cost of the rule stage per article (spaCy rules + field extraction), text already extracted.

    python bench/bench_rules.py [--n 300] [--json report.json]

Uses real Indonesian news from ../shared/bench/news-id and the dev set's plain texts, so the
figure covers both articles that pass through every rule and articles with nothing to find.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from pathlib import Path

from pipeline.config import DEFAULT_MODEL
from pipeline.readers import doc_id_for
from pipeline.records import Article
from pipeline.stages import Processor

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def texts(n: int) -> list[tuple[str, str]]:
    out = [("dev", p.read_text(encoding="utf-8")) for p in sorted((SHARED / "eval/dev/txt").glob("*.txt"))]
    news = SHARED / "bench/news-id/news.jsonl.gz"
    if news.exists():
        with gzip.open(news, "rt", encoding="utf-8") as fh:
            for line in fh:
                if len(out) >= n:
                    break
                out.append(("news-id", json.loads(line)["text"]))
    return out[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="number of articles")
    ap.add_argument("--json", type=Path, help="write the report here")
    args = ap.parse_args()
    t0 = time.perf_counter()
    proc = Processor(DEFAULT_MODEL)
    startup = time.perf_counter() - t0
    timings, events = {"dev": [], "news-id": []}, {"dev": 0, "news-id": 0}
    for kind, text in texts(args.n):
        art = Article(doc_id=doc_id_for(kind, text), source=kind, fmt="text", text=text)
        t = time.perf_counter()
        art = proc.extract(art)
        timings[kind].append((time.perf_counter() - t) * 1000)
        events[kind] += any(e.primary for e in art.events)
    report = {"startup_s": round(startup, 2)}
    for kind, ms in timings.items():
        if ms:
            report[kind] = {"articles": len(ms), "median_ms": round(statistics.median(ms), 2),
                            "mean_ms": round(statistics.mean(ms), 2), "articles_with_event": events[kind]}
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
