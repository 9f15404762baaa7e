"""A page that changed under the same URL: the new version supersedes the old (three versions
on three nights; nights 1-2 of fixture `nightly`), agreements count only the latest version,
and an unchanged re-fetch is a copy.
"""
from __future__ import annotations

import json
from pathlib import Path


from .conftest import run_cli
from .nightly import TABLES, doc, generated_article, parts, read_rows


def test_the_third_version_of_a_page_supersedes_the_second_whatever_the_order_of_part_files(tmp_path):
    url = "https://kabarborneo.example/2024/ombudsman-kapuas-hulu"
    v1 = generated_article(18, seed=13)["text"]
    v2 = v1.replace("Kapuas Hulu,", "Kapuas Hulu, yang baru dilantik,", 1) + \
        "\nRalat: berita ini diperbarui untuk melengkapi keterangan jabatan.\n"
    v3 = v2 + "Pembaruan: daftar hadir pejabat yang menyaksikan penandatanganan telah dilengkapi.\n"
    assert v1 != v2 != v3
    out = tmp_path / "out"
    for night, text in enumerate((v1, v2, v3), 1):
        inp = tmp_path / f"night{night}"
        inp.mkdir()
        (inp / f"feed-{night}.jsonl").write_text(json.dumps(dict(url=url, text=text)) + "\n", encoding="utf-8")
        run_cli("run", inp, "--out", out, "--quiet")
        if night == 1:  # night 1's batch listed last, as a random token or a compaction may list it
            for table in TABLES:
                (part,) = parts(out, table)
                part.rename(part.with_name("part-ffffffffffff.parquet"))
    docs = {Path(d["source"]).name: d for d in read_rows(out, "documents")}
    first, second, third = (docs[f"feed-{n}.jsonl#0"] for n in (1, 2, 3))
    assert [d["status"] for d in (first, second, third)] == ["ok"] * 3, [d["error"] for d in (first, second, third)]
    assert (first["supersedes"], second["supersedes"], third["supersedes"]) == \
        (None, first["doc_id"], second["doc_id"])
    agreements = read_rows(out, "agreements")
    assert [a["doc_ids"] for a in agreements] == [[third["doc_id"]]]


def test_edited_page_under_the_same_url_supersedes_the_old_version(nightly):
    snap = nightly["snaps"]["night2"]
    old = doc(snap, "feed-2024-08-14.jsonl#0")
    new = doc(snap, "feed-2024-08-15.jsonl#0")
    assert old["url"] == new["url"] and old["doc_id"] != new["doc_id"]
    assert old["status"] == "ok" and new["status"] == "ok", (old["error"], new["error"])
    assert new["supersedes"] == old["doc_id"]
    assert old["supersedes"] is None


def test_agreements_count_only_the_latest_version_of_a_page(nightly):
    snap = nightly["snaps"]["night2"]
    old = doc(snap, "feed-2024-08-14.jsonl#0")["doc_id"]
    new = doc(snap, "feed-2024-08-15.jsonl#0")["doc_id"]
    assert not [a for a in snap["agreements"] if old in a["doc_ids"]]
    rows = [a for a in snap["agreements"] if new in a["doc_ids"]]
    assert len(rows) == 1 and rows[0]["n_sources"] == 1 and rows[0]["doc_ids"] == [new]
    # night 1 counted the old version
    assert [a["doc_ids"] for a in nightly["snaps"]["night1"]["agreements"] if old in a["doc_ids"]] == [[old]]


def test_unchanged_refetch_of_a_page_is_a_copy_and_keeps_its_agreement(nightly):
    """Found at 1e0ed7f (the copy got supersedes = the original, which dropped the original's events
    from agreements); correct since a3e6ca9. Kept as a regression test."""
    snap = nightly["snaps"]["night2"]
    first = doc(snap, "feed-2024-08-14.jsonl#1")
    again = doc(snap, "feed-2024-08-15.jsonl#1")
    assert first["status"] == "ok"
    assert again["status"] == "skipped" and again["error"] == f"duplicate of {first['doc_id']}"
    assert again["supersedes"] is None
    assert [a["doc_ids"] for a in snap["agreements"] if first["doc_id"] in a["doc_ids"]] == [[first["doc_id"]]]
