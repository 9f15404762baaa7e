"""Does memory grow with the corpus? Peak RSS of Sepakat on N pages and on 10 x N pages.

    python bench/bench_memory.py --n 2000 --scale 10 [--mix 0.1] [--format html] [--json report.json]

Builds the nightly corpus of bench_nightly.py twice (N and scale x N inputs, same mix), runs
`python -m pipeline run` on each in its own process and reads that process's peak RSS
(from wait4, for that child alone), so the two figures are comparable. The target: the larger run's peak
within 10% of the smaller one's. Also prints RSS sampled through the larger run, to show
whether it levels off or keeps climbing.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_nightly import ROOT, build_corpus  # noqa: E402


def peak_rss(inputs: list[Path], out: Path, workers: int) -> dict:
    """Run Sepakat on `inputs` in a child process; its own peak RSS (and its workers', if any)
    from wait4, and its RSS sampled over time."""
    cmd = [sys.executable, "-m", "pipeline", "run", str(inputs[0].parent), "--out", str(out),
           "--quiet", "--no-dedup", "--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT)
    samples = []
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        rss = _rss_mb(proc.pid)
        if rss is not None:
            samples.append((round(time.perf_counter() - t0, 1), rss))
        time.sleep(0.5)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"pipeline run failed with exit {proc.returncode}")
    step = max(1, len(samples) // 12)
    return {"seconds": round(time.perf_counter() - t0, 1), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "rss_mb_over_time": samples[::step]}


def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="the smaller corpus")
    ap.add_argument("--scale", type=int, default=10, help="the larger corpus is scale x n")
    ap.add_argument("--mix", type=float, default=0.1, help="share of agreement pages")
    ap.add_argument("--format", choices=("html", "jsonl"), default="html")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--json", type=Path, help="write the report here")
    args = ap.parse_args()
    report = {"mix": args.mix, "format": args.format, "workers": args.workers}
    for n in (args.n, args.n * args.scale):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            (tmp / "in").mkdir()
            inputs = build_corpus(tmp / "in", n, args.mix, args.format)
            report[str(n)] = peak_rss(inputs, tmp / "out", args.workers)
            print(f"{n} inputs: peak RSS {report[str(n)]['peak_rss_mb']} MB in {report[str(n)]['seconds']} s",
                  file=sys.stderr)
    small, large = report[str(args.n)]["peak_rss_mb"], report[str(args.n * args.scale)]["peak_rss_mb"]
    report["growth"] = round(large / small - 1, 3)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
