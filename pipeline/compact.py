"""Compaction: many small nightly part files become one per table, without changing a row.

Crash safety: the new parts share one token and `documents` is written last, like a run's batch;
a marker file lists the old parts to delete. A compaction killed before the new `documents`
part exists is rolled back by `writers.recover` (its other parts have no commit mark); one
killed after it is finished by `writers.finish_compaction` (the listed old parts are deleted).
"""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from .writers import MARKER, SCHEMAS, TABLES, finish_compaction, read_parts, recover, write_part


def compact(out: Path) -> dict[str, tuple[int, int]]:
    """Rewrite each table's committed parts as one part; returns {table: (parts before, rows)}."""
    out = Path(out)
    finish_compaction(out)
    recover(out)
    old = {t: sorted((out / t).glob("part-*.parquet")) for t in TABLES if (out / t).exists()}
    if len(old.get("documents", [])) <= 1:
        return {t: (len(p), -1) for t, p in old.items()}
    token = uuid.uuid4().hex[:12]
    tmp = out / f"{MARKER}.tmp"  # written whole, then renamed: a reader never sees half a plan
    tmp.write_text(json.dumps({"token": token, "old": [str(p.relative_to(out)) for ps in old.values() for p in ps]}))
    os.replace(tmp, out / MARKER)
    result = {}
    for table in TABLES:  # documents last: its part commits the compaction
        parts = old.get(table, [])
        data = read_parts(parts, SCHEMAS[table])
        write_part(out / table, f"part-{token}.parquet", data)
        result[table] = (len(parts), data.num_rows)
    finish_compaction(out)
    return result
