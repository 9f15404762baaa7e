"""Compaction of the three nights' small batches: one part per table and every row, and a
rerun after it adds nothing (fixture `nightly`).
"""
from __future__ import annotations

import re


from .nightly import ALL_TABLES, TABLES, hidden_tmp, multiset, orphan_parts


def test_compaction_leaves_one_part_per_table_and_every_row(nightly):
    before, after = nightly["snaps"]["night3"], nightly["snaps"]["compacted"]
    assert all(n > 3 for n in before["parts"].values()), before["parts"]  # three runs of small batches
    assert after["parts"] == {t: 1 for t in TABLES}
    for table in ALL_TABLES + ("runs",):
        assert multiset(after[table]) == multiset(before[table]), table
    out = nightly["out"]
    assert hidden_tmp(out) == [] and orphan_parts(out) == []
    assert not list(out.glob(".compacting*"))
    assert re.search(r"documents: \d+ part\(s\) -> 1", nightly["compact_stdout"]), nightly["compact_stdout"]


def test_rerun_after_compaction_adds_nothing(nightly):
    before, after = nightly["snaps"]["compacted"], nightly["snaps"]["rerun"]
    for table in ALL_TABLES:
        assert multiset(after[table]) == multiset(before[table]), table
    assert after["parts"] == {t: 1 for t in TABLES}
    assert len(after["runs"]) == len(before["runs"]) + 1
