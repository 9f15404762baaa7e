"""From files to Parquet: the contract's tables, types and vocabularies; the dev set; formats."""
import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from .conftest import DEV, ROOT, SHARED, run_pipeline

CONTRACT = {
    "documents": {"doc_id": pa.string(), "source": pa.string(), "url": pa.string(), "title": pa.string(),
                  "outlet": pa.string(), "published_date": pa.date32(), "status": pa.string(), "error": pa.string()},
    "events": {"event_id": pa.string(), "doc_id": pa.string(), "agreement_type": pa.string(),
               "agreement_label": pa.string(), "event_date": pa.date32(), "date_precision": pa.string(),
               "province_codes": pa.list_(pa.string()), "city": pa.string(), "venue": pa.string(),
               "parties": pa.list_(pa.string()), "scope": pa.list_(pa.string()), "primary": pa.bool_(),
               "evidence": pa.string(), "start_char": pa.int32(), "end_char": pa.int32()},
    "people": {"doc_id": pa.string(), "event_id": pa.string(), "name": pa.string(), "title": pa.string(),
               "role": pa.string(), "acting": pa.bool_(), "province_code": pa.string(),
               "is_signatory": pa.bool_(), "start_char": pa.int32(), "end_char": pa.int32()},
    "scores": {"doc_id": pa.string(), "event_id": pa.string(), "subject": pa.string(), "province_code": pa.string(),
               "year": pa.int16(), "value": pa.float64(), "zone": pa.string(), "grade": pa.string(),
               "kind": pa.string(), "evidence": pa.string()},
}
VOCAB = {
    "agreement_type": {"nota_kesepahaman", "nota_kesepakatan", "kesepakatan_bersama", "perjanjian_kerja_sama", "mou", "lainnya"},
    "role": {"gubernur", "wakil_gubernur", "sekretaris_daerah", "asisten_sekda", "bupati", "wakil_bupati", "wali_kota",
             "wakil_wali_kota", "ketua_dprd", "kepala_perangkat_daerah", "ketua_ombudsman", "wakil_ketua_ombudsman",
             "anggota_ombudsman", "kepala_perwakilan_ombudsman", "sekjen_ombudsman", "pejabat_ombudsman", "rektor",
             "kepala_kejaksaan", "lainnya"},
    "scope": {"pencegahan_maladministrasi", "penyelesaian_laporan", "pertukaran_data", "sosialisasi_diseminasi",
              "pengembangan_sdm", "pendampingan", "inovasi_pelayanan", "pengawasan_pelayanan", "kajian", "kegiatan_lain"},
    "grade": {"kualitas_tertinggi", "kualitas_tinggi", "kualitas_sedang", "kualitas_rendah", "kualitas_terendah",
              "kepatuhan_tinggi", "kepatuhan_sedang", "kepatuhan_rendah"},
    "zone": {"hijau", "kuning", "merah"},
    "kind": {"achieved", "target"},
    "status": {"ok", "no_event", "skipped", "failed"},
    "date_precision": {"day", "month", "year"},
}


def province_codes() -> set[str]:
    path = SHARED / "eval" / "provinces.tsv"
    if not path.exists():
        return set()
    return {line.split("\t")[0] for line in path.read_text().splitlines()[1:] if line.strip()}


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    proc = run_pipeline("run", "corpus", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "documents read: 12" in proc.stderr
    return out


@pytest.mark.parametrize("table", list(CONTRACT))
def test_tables_follow_the_contract(corpus_out, table):
    schema = pq.read_table(corpus_out / table).schema
    for column, type_ in CONTRACT[table].items():
        assert schema.field(column).type == type_, (table, column)
    df = pd.read_parquet(corpus_out / table)
    assert len(df) > 0
    for column, allowed in VOCAB.items():
        if column in df:
            values = set(df[column].dropna()) if column != "scope" else {v for vs in df[column] for v in vs}
            assert values <= allowed, (table, column, values - allowed)
    codes = province_codes()
    if codes and "province_codes" in df:
        assert {c for cs in df["province_codes"] for c in cs} <= codes
    if codes and "province_code" in df:
        assert set(df["province_code"].dropna()) <= codes


def test_corpus_events_are_read(corpus_out):
    events = pd.read_parquet(corpus_out / "events")
    docs = pd.read_parquet(corpus_out / "documents")
    assert set(docs.status) <= {"ok", "no_event"}
    assert (docs.status == "ok").sum() >= 6
    sulteng = events[events.evidence.str.contains("Sulteng|Sulawesi Tengah", regex=True)]
    assert "nota_kesepakatan" in set(events.agreement_type)
    assert {"ID-ST"} <= {c for cs in sulteng.province_codes for c in cs}


def test_rerun_adds_nothing(corpus_out):
    before = {t: len(pd.read_parquet(corpus_out / t)) for t in CONTRACT}
    proc = run_pipeline("run", "corpus", "--out", str(corpus_out))
    assert proc.returncode == 0, proc.stderr
    assert "already in the output" in proc.stderr
    assert {t: len(pd.read_parquet(corpus_out / t)) for t in CONTRACT} == before


def test_evaluate_agrees_with_reference_scorer(dev_dir, dev_out, tmp_path):
    ours = tmp_path / "ours.json"
    proc = run_pipeline("evaluate", "--gold", str(dev_dir / "gold"), str(dev_out), "--json", str(ours))
    assert proc.returncode == 0, proc.stderr
    assert "mean F1" in proc.stdout
    ref = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(dev_out), str(dev_dir / "gold"),
                          "--json"], capture_output=True, text=True, check=True)
    theirs = json.loads(ref.stdout.strip().splitlines()[-1])
    mine = json.loads(ours.read_text())
    for field, v in theirs["fields"].items():
        assert abs(mine["fields"][field]["f1"] - v["f1"]) <= 0.01, field
        assert mine["fields"][field]["f1"] > 0, field


def _events_by_article(out: Path) -> dict[str, list[tuple]]:
    docs = pd.read_parquet(out / "documents")
    events = pd.read_parquet(out / "events")
    key = {r.doc_id: r.title for r in docs.itertuples()}  # the same page's headline in every format
    found: dict[str, list[tuple]] = {}
    for e in events.itertuples():
        found.setdefault(key[e.doc_id], []).append(
            (e.agreement_type, str(e.event_date), tuple(sorted(e.province_codes)), bool(e.primary)))
    return {k: sorted(v) for k, v in found.items()}


def test_same_events_from_html_jsonl_and_warc(dev_dir, tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = sorted((dev_dir / "html").glob("*.html"))[:12]
    html_dir, jsonl, warc = tmp_path / "html", tmp_path / "pages.jsonl", tmp_path / "pages.warc.gz"
    html_dir.mkdir()
    with open(jsonl, "w", encoding="utf-8") as jf, open(warc, "wb") as wf:
        writer = WARCWriter(wf, gzip=True)
        for p in pages:
            body = p.read_bytes()
            # the URL a scraper fetched the page from: its own canonical URL where it gives one
            m = re.search(rb'property="og:url" content="([^"]+)"', body)
            url = m.group(1).decode() if m else f"https://example.test/{p.stem}"
            (html_dir / p.name).write_bytes(body)
            jf.write(json.dumps({"url": url, "html": body.decode("utf-8")}) + "\n")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            import io
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    results = []
    for name, inputs in (("html", [html_dir]), ("jsonl", [jsonl]), ("warc", [warc])):
        out = tmp_path / f"out-{name}"
        proc = run_pipeline("run", *map(str, inputs), "--out", str(out), "--quiet")
        assert proc.returncode == 0, proc.stderr
        by = _events_by_article(out)
        results.append(by)
    assert results[0] and results[0] == results[1] == results[2]


def test_help_explains_the_options():
    proc = run_pipeline("run", "--help")
    assert proc.returncode == 0 and "--out" in proc.stdout and "--model" in proc.stdout


def test_missing_input_is_a_clear_error(tmp_path):
    proc = run_pipeline("run", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2 and "input not found" in proc.stderr
