"""Nightly-mix benchmark: Sepakat against trafilatura alone, on the same pages.

    python bench/bench_nightly.py --n 2000 --mix 0.1 --format html --workers 1 --json report.json

Builds a corpus of N inputs in a temporary folder: a share `--mix` of agreement pages of real
weight (../shared/bench/heavy: the dev set's articles inside real sites' pages of 30-600 KB,
repeated with a marker so each copy is a distinct page) and the rest real scraped news pages
from ../shared/bench/pages (or, with `--format jsonl`, the dev set's texts and real Indonesian
news texts from ../shared/bench/news-id). Then, in the same process run:
- Sepakat end to end (`python -m pipeline run`, a subprocess: start-up included, then reported
  apart), pages/s and peak memory (RSS) of the run;
- trafilatura's `bare_extraction(with_metadata=True)` alone on the same pages: in this process
  (pages/s, ms a page) and as a whole process of its own (start-up included, seconds, peak RSS);
- the time per stage of Sepakat on the same pages (read, gate, text, rules), in this process.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
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
    n_agree = round(n * mix)
    files = []
    if fmt == "html":
        agreement = sorted((SHARED / "bench/heavy").glob("*.html.gz"))
        other = sorted((SHARED / "bench/pages").glob("*.html.gz"))
        sources = [agreement[i % len(agreement)] if i < n_agree else other[(i - n_agree) % len(other)]
                   for i in range(n)]
        rng.shuffle(sources)  # the agreement pages spread through the night, as in a real scrape
        for i, src in enumerate(sources):
            data = gzip.decompress(src.read_bytes())
            # a distinct copy: the same page again would be a duplicate, not more work
            mark = f"<!-- copy {i} -->\n".encode()
            data = data.replace(b"</body>", mark + b"</body>", 1) if b"</body>" in data else data + mark
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


_TRAFILATURA_RUN = """
import sys
from pathlib import Path
from trafilatura import bare_extraction
for p in sorted(Path(sys.argv[1]).iterdir()):
    bare_extraction(p.read_text(encoding="utf-8", errors="replace"), with_metadata=True)
"""


def trafilatura_process(folder: Path) -> dict:
    """trafilatura alone over the folder as a process of its own, as Sepakat's run is measured:
    interpreter, imports and every page; its wall seconds and peak RSS (from wait4)."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _TRAFILATURA_RUN, str(folder)], cwd=ROOT)
    _pid, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit("trafilatura alone failed")
    return {"seconds": round(time.perf_counter() - t, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


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
        work = run["seconds"] - run["startup_seconds"]
        # a run that is mostly start-up says nothing of the steady rate (start-up varies by seconds)
        rate = round(args.n / work, 1) if work >= max(1.0, 0.2 * run["seconds"]) else None
        report["sepakat"] = {**run, "docs_per_s": rate}
        import pandas as pd

        docs = pd.read_parquet(tmp / "out" / "documents")
        events = pd.read_parquet(tmp / "out" / "events")
        report["documents"] = docs.status.value_counts().to_dict()
        report["docs_with_primary_event"] = int(events[events.primary].doc_id.nunique()) if len(events) else 0
        report["stages_seconds"] = stages = time_stages(inputs)
        report["stages_ms_per_doc"] = round(sum(stages.values()) / args.n * 1000, 2)
        if args.format == "html" and not args.no_baseline:
            secs = time_trafilatura(inputs)
            report["trafilatura_alone"] = {"seconds": round(secs, 2), "pages_per_s": round(args.n / secs, 1),
                                           "ms_per_page": round(secs / args.n * 1000, 2),
                                           "process": trafilatura_process(tmp / "in")}
            report["speedup"] = round(rate / report["trafilatura_alone"]["pages_per_s"], 2) if rate else None
            # Sepakat's seconds per page over trafilatura's alone: steady state (the run less its
            # start-up), in this process (every stage against trafilatura, page by page), and
            # whole processes (start-up included)
            report["per_page_cost_ratio"] = round(1 / report["speedup"], 2) if rate else None
            report["in_process_cost_ratio"] = round(report["stages_ms_per_doc"] /
                                                    report["trafilatura_alone"]["ms_per_page"], 2)
            report["whole_process_ratio"] = round(report["sepakat"]["seconds"] /
                                                  report["trafilatura_alone"]["process"]["seconds"], 2)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
