"""`sepakat check OUT`: does an output folder hold what its commits promise?

    >>> from pipeline.check import check
    >>> check("outputs")          # [] when all is well, else one line per problem with its repair

A batch of a run (and a compaction) writes one part per table under one token, `documents`
last (writers.write_batch). So every `documents` part must have its `events`, `people` and
`scores` parts beside it, every part must be readable Parquet, and the rows must agree: each
event's document is there, and each document's `n_events` is the number of its events. The
check reads the folder as readers do (committed batches only) and never changes it.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

from .writers import TABLES, committed_files, compaction_plan, token


def check(out: str | Path) -> list[str]:
    """The problems of the output folder `out`, each a line saying what is wrong and how to repair it."""
    out = Path(out)
    problems = []
    files = committed_files(out)
    for table, paths in files.items():
        for p in paths:
            try:
                pq.read_metadata(p)
            except Exception as exc:  # any reason a reader would fail on it
                problems.append(f"{p} is not readable Parquet ({type(exc).__name__}): move it out of the folder"
                                + ("; if it was a part of a batch, see that batch below" if p.name.startswith("part-")
                                   else ""))
    batches = {token(p) for p in files["documents"] if p.name.startswith("part-")}
    for tok in sorted(batches):
        missing = [t for t in TABLES[:-1] if not (out / t / f"part-{tok}.parquet").exists()]
        if missing:
            problems.append(
                f"batch {tok}: {', '.join(f'{out}/{t}/part-{tok}.parquet' for t in missing)} missing, so the "
                f"{' and '.join(missing)} of its documents are lost; repair: remove {out}/*/part-{tok}.parquet "
                f"and run again over the same inputs (those documents are processed again)")
    unfinished = sorted({token(p) for t in TABLES[:-1] for p in (out / t).glob("part-*.parquet")} - batches)
    if unfinished:
        problems.append(f"{len(unfinished)} batch(es) without a documents part ({', '.join(unfinished[:5])}): "
                        f"left by an interrupted run, or their documents part was deleted; the next run removes "
                        f"them and processes those documents again")
    if compaction_plan(out) is not None:
        problems.append(f"a compaction was interrupted: `sepakat compact {out}` finishes it "
                        f"(readers already see each row once)")
    if not problems:
        problems += _rows_disagree(out)
    return problems


def _rows_disagree(out: Path) -> list[str]:
    """Documents and events that disagree: duplicate ids, events of no document, wrong counts."""
    from .tables import load

    t = load(out)
    problems = []
    dup = t.documents["doc_id"][t.documents["doc_id"].duplicated()].unique()
    if len(dup):
        problems.append(f"{len(dup)} document(s) committed twice (e.g. doc_id {dup[0]}): remove the later "
                        f"batch holding them ({out}/*/part-TOKEN.parquet) and run again")
    orphans = set(t.events["doc_id"]) - set(t.documents["doc_id"])
    if orphans:
        problems.append(f"events of {len(orphans)} document(s) with no documents row (e.g. doc_id "
                        f"{sorted(orphans)[0]}): remove the batch holding them and run again")
    counts = Counter(t.events["doc_id"])
    wrong = [d for d, n in zip(t.documents["doc_id"], t.documents["n_events"]) if (n or 0) != counts.get(d, 0)]
    if wrong:
        problems.append(f"{len(wrong)} document(s) whose n_events is not their number of events (e.g. doc_id "
                        f"{wrong[0]}): remove the batch holding them ({out}/*/part-TOKEN.parquet) and run again")
    return problems
