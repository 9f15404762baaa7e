"""The local executor: reads inputs as a stream, runs each document, writes part files, counts.

The executor owns progress, statistics and what was already written; the stages know nothing
about it. A document whose `doc_id` is already in the output folder is not processed again,
so rerunning on the same inputs adds no rows.
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Options
from ..readers import read_inputs
from ..records import Article
from ..stages import Processor
from ..writers import PartWriter


@dataclass
class RunStats:
    read: int = 0
    already_done: int = 0
    status: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)
    ignored: Counter = field(default_factory=Counter)
    events: int = 0

    def add(self, art: Article) -> None:
        self.status[art.status] += 1
        self.events += len(art.events)
        if art.error:
            self.reasons[art.error.split(":")[0][:80]] += 1

    def summary(self) -> str:
        lines = [f"documents read: {self.read}"]
        if self.already_done:
            lines.append(f"  already in the output (not processed again): {self.already_done}")
        for s in ("ok", "no_event", "skipped", "failed"):
            label = {"ok": "with events", "no_event": "no event"}.get(s, s)
            lines.append(f"  {label}: {self.status.get(s, 0)}")
        for reason, n in self.reasons.most_common():
            lines.append(f"    {n} x {reason}")
        lines.append(f"events: {self.events}")
        if self.ignored:
            lines.append("files ignored (unknown extension): " +
                         ", ".join(f"{k} x{v}" for k, v in self.ignored.most_common()))
        return "\n".join(lines)


def existing_doc_ids(out: Path) -> set[str]:
    folder = Path(out) / "documents"
    if not folder.exists() or not any(folder.glob("*.parquet")):
        return set()
    import pyarrow.dataset as ds

    return set(ds.dataset(folder, format="parquet").to_table(columns=["doc_id"]).column(0).to_pylist())


def run(options: Options, log=sys.stderr) -> RunStats:
    stats = RunStats()
    done = existing_doc_ids(options.out)
    processor = Processor(options.model)
    writer = PartWriter(options.out)
    articles = read_inputs(options.inputs, stats.ignored, options.max_html_bytes)
    bar = None
    if options.progress and log.isatty():
        from tqdm import tqdm

        bar = tqdm(unit="doc", file=log, desc="sepakat")
    try:
        for art in articles:
            stats.read += 1
            if bar is not None:
                bar.update(1)
            if art.doc_id in done:
                stats.already_done += 1
                continue
            done.add(art.doc_id)
            art = processor(art)
            stats.add(art)
            writer.add(art)
    finally:
        writer.flush()
        if bar is not None:
            bar.close()
    return stats
