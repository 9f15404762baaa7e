"""Start-up: `python -m pipeline show FILE` on one article, each run in a fresh process.

    python bench/bench_startup.py [--runs 7] [--file corpus/txt/...] [--json report.json]

The interpreter alone (`python -c pass`) and `import spacy` (the floor of any command that
reads text) are timed the same way, interleaved with the `show` runs so that a busy machine
weighs on all three alike. Start-up is a `show` run less the interpreter alone: imports, the
rule model, the article and its rows printed. Wall seconds are reported with the CPU seconds
(user + system) of each child, which a machine shared with other work inflates less.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "txt" / "pks-ombudsman-kalbar-sanggau.txt"

COMMANDS = {
    "interpreter": [sys.executable, "-c", "pass"],
    "import_spacy": [sys.executable, "-c", "import spacy"],
}


# Each run as on a user's machine: Python keeps the compiled modules (a shell that sets
# PYTHONDONTWRITEBYTECODE would make every run compile the package's sources again, 0.1 s).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall, cpu) seconds of one run of `cmd` from the repository root."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env=ENV)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def summary(values: list[float]) -> dict:
    """Median and spread of several runs."""
    q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return {"median": round(statistics.median(values), 3), "min": round(min(values), 3),
            "max": round(max(values), 3), "iqr": round(q[2] - q[0], 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="fresh processes of each command")
    ap.add_argument("--file", type=Path, default=ARTICLE, help="the article `show` reads")
    ap.add_argument("--json", type=Path, help="write the report here")
    args = ap.parse_args()
    commands = {**COMMANDS, "show": [sys.executable, "-m", "pipeline", "show", str(args.file.resolve())]}
    timed(commands["show"])  # a first run warms the disk cache and writes the caches (compiled modules, programs)
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            w, c = timed(cmd)
            wall[name].append(w)
            cpu[name].append(c)
    startup = [s - i for s, i in zip(wall["show"], wall["interpreter"])]
    startup_cpu = [s - i for s, i in zip(cpu["show"], cpu["interpreter"])]
    report = {
        "file": str(args.file), "runs": args.runs, "load_average": [round(x, 2) for x in os.getloadavg()],
        "startup_s": summary(startup), "startup_cpu_s": summary(startup_cpu),
        "wall_s": {name: summary(v) for name, v in wall.items()},
        "cpu_s": {name: summary(v) for name, v in cpu.items()},
        "target_s": 1.0,
    }
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
