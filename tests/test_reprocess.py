"""The researcher's loop: edit a gazetteer, rerun into the same folder.

Without --reprocess the run says in one line how many documents were made with another rule model
and changes nothing; with it (or `reprocess = true` in the TOML file) those documents are processed
again, their new rows supersede the old ones (which stay in the folder, as an older version of a page
does), and `pipeline.load` and `agreements` read the new ones. With the local executor and with a
real Dask LocalCluster. The articles are invented for this test.
"""
from __future__ import annotations

import json
import shutil
from collections import Counter

import pyarrow.parquet as pq
import pytest

import pipeline

from .conftest import MODEL, run_cli

URL = "https://kabarsultra.example/2024/03/kejari-pemkot-kendari"
SIGNING = ("Kejari Kendari dan Pemkot Kendari Teken Kesepakatan Bersama Bidang Datun\n\n"
           "KENDARI – Kepala Kejaksaan Negeri Kendari, Rudi Hartawan Simanjorang, dan Wali Kota Kendari, "
           "Siti Nurhalizah Batara, menandatangani Kesepakatan Bersama bidang perdata dan tata usaha negara di "
           "Aula Balai Kota Kendari, Selasa (12/3/2024).\n\n"
           "Kesepakatan itu mencakup pendampingan hukum dan sosialisasi kepada aparatur pemerintah kota.\n")
EDITED = SIGNING + "Rudi berharap kerja sama ini membantu pemerintah kota menyelesaikan persoalan hukum perdata.\n"
OTHER = ("Ombudsman Kalbar dan Pemkab Landak Tandatangani PKS\n\n"
         "NGABANG – Kepala Perwakilan Ombudsman RI Kalimantan Barat, Yohanes Bimo Prasetyo, dan Sekretaris "
         "Daerah Kabupaten Landak, Markus Aleksius Dinata, menandatangani Perjanjian Kerja Sama tentang "
         "penyelesaian laporan masyarakat di Kantor Bupati Landak, Kamis (6/6/2024).\n\n"
         "Perjanjian itu juga mengatur pertukaran data dan informasi pengaduan pelayanan publik.\n")
# The edit: "kesepakatan bersama" now names a Nota Kesepakatan (as a researcher might decide).
BEFORE, AFTER = "kesepakatan bersama\tkesepakatan_bersama", "kesepakatan bersama\tnota_kesepakatan"


def rows(out, table) -> list[dict]:
    return pq.read_table(out / table).to_pylist()


def multiset(records: list[dict]) -> Counter:
    return Counter(json.dumps(r, sort_keys=True, default=str) for r in records)


@pytest.fixture(scope="module", params=["local", "dask"])
def loop(request, tmp_path_factory):
    """Two nights (a page, then its edited version under the same URL; another article), one run with
    the rules as they are, the gazetteer edit, a run without --reprocess, one with it, one more."""
    executor = request.param
    root = tmp_path_factory.mktemp(f"reprocess-{executor}")
    model = root / "model"
    shutil.copytree(MODEL, model)
    (root / "in" / "night1").mkdir(parents=True)
    (root / "in" / "night2").mkdir()
    (root / "in" / "night1" / "feed.jsonl").write_text(json.dumps({"url": URL, "text": SIGNING}) + "\n", encoding="utf-8")
    (root / "in" / "night1" / "landak.txt").write_text(OTHER, encoding="utf-8")
    (root / "in" / "night2" / "feed.jsonl").write_text(json.dumps({"url": URL, "text": EDITED}) + "\n", encoding="utf-8")
    out = root / "out"
    extra = ["--executor", "dask", "--workers", "2"] if executor == "dask" else []

    def run(*args):
        return run_cli("run", root / "in", "--out", out, "--model", model, *extra, *args)

    snaps = {}
    run("--quiet")
    snaps["first"] = {t: rows(out, t) for t in ("documents", "events", "people", "scores", "agreements")}
    instruments = model / "gazetteers" / "instruments.tsv"
    text = instruments.read_text(encoding="utf-8")
    assert BEFORE in text
    instruments.write_text(text.replace(BEFORE, AFTER), encoding="utf-8")
    warned = run("--quiet")
    snaps["warned"] = {t: rows(out, t) for t in ("documents", "events", "people", "scores", "agreements")}
    if executor == "dask":  # the configuration key, as a nightly job would set it
        config = root / "again.toml"
        config.write_text("reprocess = true\n", encoding="utf-8")
        reprocessed = run("--config", config)
    else:
        reprocessed = run("--reprocess")
    snaps["reprocessed"] = {t: rows(out, t) for t in ("documents", "events", "agreements")}
    again = run("--reprocess", "--quiet")
    return dict(out=out, snaps=snaps, warned=warned, reprocessed=reprocessed, again=again)


def runs(out) -> list[dict]:
    return sorted(rows(out, "runs"), key=lambda r: (r["started"], r["run_id"]))


def test_without_reprocess_the_run_says_so_in_one_line_and_changes_nothing(loop):
    out = loop["out"]
    assert loop["warned"].stderr == (f"sepakat: 3 document(s) already in {out} were made with another rule model "
                                     f"and were not processed again: use --reprocess to process them with this one\n")
    for table, before in loop["snaps"]["first"].items():
        assert multiset(loop["snaps"]["warned"][table]) == multiset(before), table
    first, warned = runs(out)[:2]
    assert first["model_version"] != warned["model_version"]
    assert (warned["n_read"], warned["n_already_done"], warned["n_other_model"], warned["n_reprocessed"]) == (3, 3, 3, 0)


def test_every_documents_row_records_its_rule_model(loop):
    first = runs(loop["out"])[0]
    docs = loop["snaps"]["first"]["documents"]
    assert {(d["model_version"], d["revision"]) for d in docs} == {(first["model_version"], 0)}
    assert first["model_version"].startswith("0.1.0+")


def test_with_reprocess_the_edit_changes_the_row_and_the_old_row_is_kept(loop):
    out = loop["out"]
    snap = loop["snaps"]["reprocessed"]
    third = runs(out)[2]
    assert (third["n_read"], third["n_reprocessed"], third["n_other_model"]) == (3, 3, 0)
    assert "processed again with this rule model (--reprocess): 3" in loop["reprocessed"].stderr
    assert "--reprocess to process them" not in loop["reprocessed"].stderr
    docs = snap["documents"]
    assert len(docs) == 6 and Counter(d["revision"] for d in docs) == {0: 3, 1: 3}
    assert {d["model_version"] for d in docs if d["revision"] == 1} == {third["model_version"]}
    latest = pipeline.load(out)
    assert len(latest.documents) == 3 and set(latest.documents.revision) == {1}
    by_url = latest.events_with_documents().query("url == @URL")
    assert set(by_url.agreement_type) == {"nota_kesepakatan"}
    everything = pipeline.load(out, history=True)
    old = everything.events.query("agreement_type == 'kesepakatan_bersama'")
    assert len(old) == 2 and set(old.revision) == {0}  # both versions of the page, as first read
    assert len(everything.documents) == 6
    pks = latest.events.query("agreement_type == 'perjanjian_kerja_sama'")
    assert len(pks) == 1  # the other article: the same row, processed again
    assert not latest.documents.doc_id.duplicated().any()


def test_a_reprocessed_page_keeps_its_place_among_the_versions(loop):
    docs = [d for d in loop["snaps"]["reprocessed"]["documents"] if d["url"] == URL]
    v1, v2 = (next(d["doc_id"] for d in docs if d["source"].endswith(f"night{n}/feed.jsonl#0")) for n in (1, 2))
    assert {(d["doc_id"], d["revision"], d["supersedes"]) for d in docs} == {
        (v1, 0, None), (v2, 0, v1), (v1, 1, None), (v2, 1, v1)}
    agreements = loop["snaps"]["reprocessed"]["agreements"]
    page = [a for a in agreements if v2 in a["doc_ids"] or v1 in a["doc_ids"]]
    assert [(a["doc_ids"], a["agreement_type"]) for a in page] == [([v2], "nota_kesepakatan")]
    assert len(agreements) == 2


def test_reprocess_again_adds_nothing(loop):
    out = loop["out"]
    assert len(rows(out, "documents")) == 6
    last = runs(out)[3]
    assert (last["n_read"], last["n_already_done"], last["n_reprocessed"], last["n_other_model"]) == (3, 3, 0, 0)
    assert loop["again"].stderr == ""


def test_the_model_version_is_the_models_files(tmp_path):
    """A copy has the same version; an edit to a gazetteer another; an editor's hidden swap file none."""
    from pipeline.config import model_version

    model = tmp_path / "model"
    shutil.copytree(MODEL, model)
    assert model_version(model) == model_version(MODEL)
    (model / "gazetteers" / ".instruments.tsv.swp").write_bytes(b"\0vim")
    assert model_version(model) == model_version(MODEL)
    with open(model / "gazetteers" / "instruments.tsv", "a", encoding="utf-8") as fh:
        fh.write("nota kesepahaman bersama\tnota_kesepahaman\n")
    assert model_version(model) != model_version(MODEL)
