"""Nightly-mix benchmark: Sepakat against trafilatura alone, on the same pages.

    python bench/bench_nightly.py --n 2000 --mix 0.1 --format html --workers 1 --json report.json

Builds a corpus of N inputs in a temporary folder: a share `--mix` of agreement pages (the dev
set's saved news pages, repeated with a marker so each copy is a distinct page) and the rest
real scraped news pages from ../shared/bench/pages (or, with `--format jsonl`, real Indonesian
news texts from ../shared/bench/news-id). Then, in the same process run:
- Sepakat end to end (`python -m pipeline run`, a subprocess: start-up included, then reported
  apart), pages/s and peak memory (RSS) of the run;
- trafilatura's `bare_extraction(with_metadata=True)` alone on the same pages, pages/s;
- the time per stage of Sepakat on the same pages (gate, text, rules), in this process.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def build_corpus(folder: Path, n: int, mix: float, fmt: str, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    agreement = sorted((SHARED / "eval/dev/html").glob("*.html"))
    n_agree = round(n * mix)
    files = []
    if fmt == "html":
        other = sorted((SHARED / "bench/pages").glob("*.html.gz"))
        sources = [agreement[i % len(agreement)] if i < n_agree else other[(i - n_agree) % len(other)]
                   for i in range(n)]
        rng.shuffle(sources)  # the agreement pages spread through the night, as in a real scrape
        for i, src in enumerate(sources):
            data = src.read_bytes() if src.suffix == ".html" else gzip.decompress(src.read_bytes())
            # a distinct copy: the same page again would be a duplicate, not more work
            data = data.replace(b"</body>", f"<!-- copy {i} -->\n</body>".encode(), 1)
            path = folder / f"{i:06d}.html"  # named in that order: the folder reads in it
            path.write_bytes(data)
            files.append(path)
        return files
    texts = []
    with gzip.open(SHARED / "bench/news-id/news.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n:
                break
    dev = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "eval/dev/txt").glob("*.txt"))]
    path = folder / "nightly.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = dev[i % len(dev)] + f"\n(salinan {i})" if i < n_agree else texts[i % len(texts)]
            fh.write(json.dumps({"url": f"https://bench.test/{i}", "text": text}, ensure_ascii=False) + "\n")
    return [path]


def time_trafilatura(pages: list[Path]) -> float:
    from trafilatura import bare_extraction

    t = time.perf_counter()
    for p in pages:
        bare_extraction(p.read_text(encoding="utf-8", errors="replace"), with_metadata=True)
    return time.perf_counter() - t


def time_stages(inputs: list[Path]) -> dict[str, float]:
    """Seconds spent in each stage over all documents, in this process."""
    from pipeline.config import DEFAULT_MODEL
    from pipeline.readers import read_inputs
    from pipeline.stages import Processor
    from pipeline.text import extract_text, gate

    proc = Processor(DEFAULT_MODEL)
    spent = {"read": 0.0, "gate": 0.0, "text": 0.0, "rules": 0.0}
    t = time.perf_counter()
    for art in read_inputs(inputs):
        t1 = time.perf_counter()
        spent["read"] += t1 - t
        art = gate(art, proc.model_dir)
        t2 = time.perf_counter()
        spent["gate"] += t2 - t1
        if art.status == "ok":
            art = extract_text(art, proc.model_dir)
        t3 = time.perf_counter()
        spent["text"] += t3 - t2
        if art.status == "ok":
            proc.extract(art)
        t = time.perf_counter()
        spent["rules"] += t - t3
    return {k: round(v, 3) for k, v in spent.items()}


def run_sepakat(inputs: list[Path], out: Path, workers: int, executor: str) -> dict:
    # --no-dedup: each agreement page here is a copy of a dev page, and a copy would cost nothing
    opts = ["--quiet", "--no-dedup", "--workers", str(workers)]
    if executor != "local":
        opts += ["--executor", executor]
    one = out.parent / "one"
    one.mkdir(exist_ok=True)
    # start-up: interpreter, imports, the rule model in every worker, the output folder; measured
    # as a run over one short article that goes through every stage
    (one / "satu.txt").write_text("Pemkab Sigi dan Ombudsman RI meneken nota kesepahaman di Sigi, "
                                  "Senin (3/6/2024).\n", encoding="utf-8")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(one), "--out", str(out.parent / "o0"), *opts],
                   check=True, cwd=ROOT)
    startup = time.perf_counter() - t
    t = time.perf_counter()
    # the folder, as a nightly run is given it (not N paths on the command line)
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(inputs[0].parent), "--out", str(out), *opts],
                   check=True, cwd=ROOT)
    total = time.perf_counter() - t
    rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": round(total, 2), "startup_seconds": round(startup, 2), "peak_rss_mb": round(rss_kb / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="number of inputs")
    ap.add_argument("--mix", type=float, default=0.1, help="share of agreement pages")
    ap.add_argument("--format", choices=("html", "jsonl"), default="html")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--executor", default="local")
    ap.add_argument("--no-baseline", action="store_true", help="skip trafilatura alone")
    ap.add_argument("--json", type=Path, help="write the report here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "in").mkdir()
        inputs = build_corpus(tmp / "in", args.n, args.mix, args.format)
        report = {"n": args.n, "mix": args.mix, "format": args.format, "workers": args.workers,
                  "executor": args.executor}
        run = run_sepakat(inputs, tmp / "out", args.workers, args.executor)
        work = max(run["seconds"] - run["startup_seconds"], 1e-9)
        report["sepakat"] = {**run, "docs_per_s": round(args.n / work, 1)}
        import pandas as pd

        docs = pd.read_parquet(tmp / "out" / "documents")
        events = pd.read_parquet(tmp / "out" / "events")
        report["documents"] = docs.status.value_counts().to_dict()
        report["docs_with_primary_event"] = int(events[events.primary].doc_id.nunique()) if len(events) else 0
        report["stages_seconds"] = time_stages(inputs)
        if args.format == "html" and not args.no_baseline:
            secs = time_trafilatura(inputs)
            report["trafilatura_alone"] = {"seconds": round(secs, 2), "pages_per_s": round(args.n / secs, 1)}
            report["speedup"] = round(report["sepakat"]["docs_per_s"] / report["trafilatura_alone"]["pages_per_s"], 2)
            # the all-agreement target: Sepakat's seconds per page over trafilatura's alone
            report["per_page_cost_ratio"] = round(1 / report["speedup"], 2)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
