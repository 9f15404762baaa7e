"""`make bench`: every benchmark of issue #15 in one run, one JSON report with its targets.

    python bench/bench_report.py [--n 2000] [--news-runs 3] [--startup-runs 7] [--dir bench/reports]

Runs the benchmark scripts beside it, each in its own process (so each measures only its own
runs), in this order, and writes bench/reports/bench-<UTC time>-n<N>.json:
- `startup`: a one-article `show` in fresh processes (bench_startup.py);
- `heavy`: min(400, N) agreement pages of real weight (../shared/bench/heavy), per page and as a
  whole process, against trafilatura's `bare_extraction(with_metadata=True)` alone on the same
  pages in the same run (bench_nightly.py --mix 1.0);
- `news_1_worker`, `news_2_workers`: `--news-n` real Indonesian news texts (JSONL; all 5,235 of
  ../shared/bench/news-id by default), every stage to Parquet, with 1 and 2 workers, in
  `--news-runs` (3) pairs of runs: the median run, every run's rate, the paired ratio
  (bench_nightly.py --format jsonl --mix 0.0); trafilatura has no part in plain text;
- `nightly_mix`: N pages, 10% heavy agreement pages and 90% other scraped pages, against
  trafilatura alone (bench_nightly.py --mix 0.1);
- `scaling`: the stages alone in one forked process and in two at once, no driver: the most two
  workers could give over one on this machine, beside a plain Python loop's (bench_scaling.py);
- `memory`: peak RSS of a run on N and on 10 x N pages of the nightly mix (bench_memory.py);
- `rules` and `long_text`: the rule stage alone per article and on texts of 25-200 KB.
`targets` sets each figure beside its target (`met` is null where a run was too short to tell
its steady rate from its start-up). The machine is shared: the load average at the start and
the end of each part is in the report, and ratios from paired runs are what to quote.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def part(script: str, *args, tmp: Path) -> dict:
    """One benchmark script in its own process, this checkout's code first on its path; its
    JSON report, with its wall seconds and the load average around it."""
    out = tmp / f"{script}-{len(list(tmp.iterdir()))}.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    load_before = os.getloadavg()
    t = time.perf_counter()
    print(f"bench: {script} {' '.join(map(str, args))}", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, str(BENCH / script), *map(str, args), "--json", str(out)], cwd=ROOT,
                   env=env, check=True, stdout=subprocess.DEVNULL)
    report = json.loads(out.read_text())
    report["bench"] = {"wall_s": round(time.perf_counter() - t, 1),
                       "load_average_before": [round(x, 2) for x in load_before],
                       "load_average_after": [round(x, 2) for x in os.getloadavg()]}
    return report


def _spread(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 2), "min": round(min(values), 2),
            "max": round(max(values), 2), "runs": [round(v, 2) for v in values]}


def news_runs(n: int, runs: int, tmp: Path) -> dict:
    """The news text runs, 1 and 2 workers one after the other, `runs` times: a run of 5,235
    short texts lasts about ten seconds, and its steady rate (the run less a start-up measured
    apart) varies by a tenth from run to run, the ratio of two such rates by more. Each part's
    report is that of its median run, with the rates of every run (`docs_per_s_runs`); the ratio
    of the two is the median of the paired runs' ratios."""
    reports: dict[int, list[dict]] = {1: [], 2: []}
    for _ in range(runs):
        for workers in (1, 2):
            reports[workers].append(part("bench_nightly.py", "--n", n, "--format", "jsonl", "--mix", 0.0,
                                         "--workers", workers, tmp=tmp))
    out = {}
    for workers, key in ((1, "news_1_worker"), (2, "news_2_workers")):
        rates = [r["sepakat"]["docs_per_s"] for r in reports[workers] if r["sepakat"]["docs_per_s"]]
        median_run = sorted(reports[workers], key=lambda r: r["sepakat"]["docs_per_s"] or 0.0)[runs // 2]
        out[key] = {**median_run, "docs_per_s_runs": _spread(rates) if rates else None,  # None: runs too short
                    "whole_run_docs_per_s": _spread([n / r["sepakat"]["seconds"] for r in reports[workers]])}
    ratios = [two["sepakat"]["docs_per_s"] / one["sepakat"]["docs_per_s"]
              for one, two in zip(reports[1], reports[2]) if one["sepakat"]["docs_per_s"] and two["sepakat"]["docs_per_s"]]
    out["news_2_workers_over_1"] = _spread(ratios) if ratios else None
    return out


def targets(r: dict) -> dict:
    """Issue #15's targets beside the figures measured."""
    two = (r["news_2_workers"]["docs_per_s_runs"] or {}).get("median")
    news_ratio = (r["news_2_workers_over_1"] or {}).get("median")  # of the paired runs
    long = {row["kb"]: row["rules_s"] for row in r["long_text"]["sizes"]}
    rows = {
        "startup_s": (r["startup"]["startup_s"]["median"], "<= 1.0"),
        "heavy_whole_process_vs_trafilatura": (r["heavy"]["whole_process_ratio"], "<= 1.0"),
        "heavy_per_page_vs_trafilatura": (r["heavy"]["per_page_cost_ratio"], "<= 1.0"),
        "news_articles_per_s_2_workers": (two, ">= 2000"),
        "news_2_workers_over_1": (news_ratio, ">= 1.8"),
        "nightly_mix_vs_trafilatura": (r["nightly_mix"]["speedup"], ">= 6.0"),
        f"peak_rss_growth_{r['n']}_to_{10 * r['n']}_pages": (r["memory"]["growth"], "<= 0.10"),
        "long_text_rules_200_kb_over_50_kb": (round(long[200] / long[50], 2), "<= 5.0"),  # issue #13
    }
    out = {}
    for name, (value, target) in rows.items():
        op, bound = target.split()
        met = None if value is None else value <= float(bound) if op == "<=" else value >= float(bound)
        out[name] = {"value": value, "target": target, "met": met}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="pages of the nightly-mix run; the memory run "
                    "uses N and 10 x N, the heavy run min(400, N)")
    ap.add_argument("--news-n", type=int, default=5235, help="news texts of the news runs (default: all)")
    ap.add_argument("--news-runs", type=int, default=3, help="paired runs (1 worker, then 2) of the news texts")
    ap.add_argument("--startup-runs", type=int, default=7, help="fresh processes of each start-up command")
    ap.add_argument("--dir", type=Path, default=BENCH / "reports", help="folder of the reports")
    args = ap.parse_args()
    n, heavy = args.n, min(400, args.n)
    started = dt.datetime.now(dt.timezone.utc)
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip() or None
    report = {"measured_at": started.isoformat(timespec="seconds"), "commit": commit, "n": n, "news_n": args.news_n,
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "platform": platform.platform()}}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        report["startup"] = part("bench_startup.py", "--runs", args.startup_runs, tmp=tmp)
        report["heavy"] = part("bench_nightly.py", "--n", heavy, "--mix", 1.0, tmp=tmp)
        report.update(news_runs(args.news_n, args.news_runs, tmp))
        report["scaling"] = part("bench_scaling.py", tmp=tmp)
        report["nightly_mix"] = part("bench_nightly.py", "--n", n, "--mix", 0.1, tmp=tmp)
        report["memory"] = part("bench_memory.py", "--n", n, "--scale", 10, tmp=tmp)
        report["rules"] = part("bench_rules.py", "--n", 1000, tmp=tmp)
        report["long_text"] = part("bench_long.py", tmp=tmp)
    report["targets"] = targets(report)
    report["wall_s"] = round((dt.datetime.now(dt.timezone.utc) - started).total_seconds(), 1)
    args.dir.mkdir(parents=True, exist_ok=True)
    path = args.dir / f"bench-{started:%Y%m%dT%H%M%SZ}-n{n}.json"
    path.write_text(json.dumps(report, indent=2))
    print(json.dumps(report["targets"], indent=2))
    print(f"report: {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
