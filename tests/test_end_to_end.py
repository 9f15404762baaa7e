"""From files to Parquet through the command line: the contract's tables, types and vocabularies;
idempotent reruns; the evaluator against the reference scorer; the same events from every format."""
from __future__ import annotations

import gzip
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.readers import KNOWN_SUFFIXES

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

_s, _d, _b, _i32 = pa.types.is_string, pa.types.is_date32, pa.types.is_boolean, pa.types.is_int32


def _list_of_strings(t: pa.DataType) -> bool:
    return (pa.types.is_list(t) or pa.types.is_large_list(t)) and pa.types.is_string(t.value_type)


# CONTRACT.md: the required columns of each table and their types (more columns are welcome).
CONTRACT = {
    "documents": dict(doc_id=_s, source=_s, url=_s, title=_s, outlet=_s, published_date=_d, status=_s, error=_s),
    "events": dict(event_id=_s, doc_id=_s, agreement_type=_s, agreement_label=_s, event_date=_d,
                   date_precision=_s, province_codes=_list_of_strings, city=_s, venue=_s,
                   parties=_list_of_strings, scope=_list_of_strings, primary=_b, evidence=_s,
                   start_char=_i32, end_char=_i32),
    "people": dict(doc_id=_s, event_id=_s, name=_s, title=_s, role=_s, acting=_b, province_code=_s,
                   is_signatory=_b, start_char=_i32, end_char=_i32),
    "scores": dict(doc_id=_s, event_id=_s, subject=_s, province_code=_s, year=pa.types.is_int16,
                   value=pa.types.is_float64, zone=_s, grade=_s, kind=_s, evidence=_s),
}
VOCAB = {
    ("documents", "status"): {"ok", "no_event", "skipped", "failed"},
    ("events", "agreement_type"): {"nota_kesepahaman", "nota_kesepakatan", "kesepakatan_bersama",
                                   "perjanjian_kerja_sama", "mou", "lainnya"},
    ("events", "date_precision"): {"day", "month", "year"},
    ("events", "scope"): {"pencegahan_maladministrasi", "penyelesaian_laporan", "pertukaran_data",
                          "sosialisasi_diseminasi", "pengembangan_sdm", "pendampingan", "inovasi_pelayanan",
                          "pengawasan_pelayanan", "kajian", "kegiatan_lain"},
    ("people", "role"): {"gubernur", "wakil_gubernur", "sekretaris_daerah", "asisten_sekda", "bupati",
                         "wakil_bupati", "wali_kota", "wakil_wali_kota", "ketua_dprd", "kepala_perangkat_daerah",
                         "ketua_ombudsman", "wakil_ketua_ombudsman", "anggota_ombudsman",
                         "kepala_perwakilan_ombudsman", "sekjen_ombudsman", "pejabat_ombudsman", "rektor",
                         "kepala_kejaksaan", "lainnya"},
    ("scores", "grade"): {"kualitas_tertinggi", "kualitas_tinggi", "kualitas_sedang", "kualitas_rendah",
                          "kualitas_terendah", "kepatuhan_tinggi", "kepatuhan_sedang", "kepatuhan_rendah"},
    ("scores", "zone"): {"hijau", "kuning", "merah"},
    ("scores", "kind"): {"achieved", "target"},
}
TABLES = tuple(CONTRACT)


def values(df: pd.DataFrame, column: str) -> set:
    """The non-null values of a column, list columns flattened."""
    out = set()
    for v in df[column]:
        if isinstance(v, (list, tuple)) or hasattr(v, "tolist") and not isinstance(v, str):
            out.update(x for x in list(v) if x is not None)
        elif v is not None and not pd.isna(v):
            out.add(v)
    return out


def tables(out: Path) -> dict[str, pd.DataFrame]:
    return {t: pd.read_parquet(out / t) for t in TABLES}


def expected_documents(folder: Path) -> int:
    """How many documents the inputs hold, counted without the pipeline's readers."""
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    for p in folder.rglob("*"):
        name = p.name.lower()
        if not p.is_file() or not name.endswith(KNOWN_SUFFIXES):
            continue
        if name.endswith((".jsonl", ".jsonl.gz")):
            data = gzip.decompress(p.read_bytes()) if name.endswith(".gz") else p.read_bytes()
            n += sum(1 for line in data.splitlines() if line.strip())
        elif name.endswith((".warc", ".warc.gz")):
            with open(p, "rb") as fh:
                n += sum(1 for r in ArchiveIterator(fh) if r.rec_type == "response")
        else:
            n += 1
    return n


# ------------------------------------------------------------------------- (a) the sample corpus

@pytest.fixture(scope="module")
def corpus_out(cli, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "out"
    cli("run", "corpus", "--out", out)
    return out


@pytest.mark.parametrize("table", TABLES)
def test_contract_columns_and_types(corpus_out, table):
    schema = pq.read_table(corpus_out / table).schema
    for column, is_type in CONTRACT[table].items():
        assert column in schema.names, f"{table}.{column} missing"
        assert is_type(schema.field(column).type), f"{table}.{column}: {schema.field(column).type}"
    df = pd.read_parquet(corpus_out / table)
    assert set(CONTRACT[table]) <= set(df.columns)
    assert len(df) == pq.read_table(corpus_out / table).num_rows > 0


@pytest.mark.parametrize("table,column", sorted(VOCAB))
def test_vocabularies_are_closed(corpus_out, table, column):
    found = values(pd.read_parquet(corpus_out / table), column)
    assert found, f"{table}.{column} is empty: nothing to check"
    assert found <= VOCAB[(table, column)], found - VOCAB[(table, column)]


def test_province_codes_are_iso(corpus_out, eval_province_codes):
    t = tables(corpus_out)
    codes = values(t["events"], "province_codes") | values(t["people"], "province_code") \
        | values(t["scores"], "province_code")
    assert codes and codes <= eval_province_codes, codes - eval_province_codes


def test_every_input_document_has_one_row(corpus_out):
    docs = pd.read_parquet(corpus_out / "documents")
    assert len(docs) == expected_documents(ROOT / "corpus")
    assert docs.doc_id.is_unique
    assert not (docs.status == "failed").any(), docs[docs.status == "failed"][["source", "error"]]
    assert docs[docs.status.isin(["skipped", "failed"])].error.notna().all()
    records = docs[docs.source.str.contains(r"\.(?:jsonl|warc)(?:\.gz)?#", regex=True)]
    assert len(records) >= 2 and records.source.str.fullmatch(r".+#\d+").all()


def test_rows_hang_together(corpus_out):
    t = tables(corpus_out)
    docs, events, people, scores = t["documents"], t["events"], t["people"], t["scores"]
    assert events.event_id.is_unique
    for df in (events, people, scores):
        assert df.doc_id.isin(docs.doc_id).all()
    for df in (people, scores):
        assert df.event_id.dropna().isin(events.event_id).all()
    # a document is `ok` exactly when one of its events is its news
    primary_docs = set(events[events.primary].doc_id)
    assert set(docs[docs.status == "ok"].doc_id) == primary_docs
    assert (events.event_date.isna() == events.date_precision.isna()).all()
    assert (events.start_char < events.end_char).all() and (people.start_char < people.end_char).all()
    signed = people[people.is_signatory]
    assert len(signed) and signed.event_id.notna().all()


def test_offsets_point_into_the_text(corpus_out):
    docs = pd.read_parquet(corpus_out / "documents")
    if "text" not in docs:
        pytest.skip("documents has no `text` column to check offsets against")
    text = dict(zip(docs.doc_id, docs.text))
    events = pd.read_parquet(corpus_out / "events")
    for e in events.itertuples():
        assert text[e.doc_id][e.start_char:e.end_char] == e.evidence
    for p in pd.read_parquet(corpus_out / "people").itertuples():
        assert p.name.split()[-1] in text[p.doc_id][p.start_char:p.end_char]


def test_corpus_sulteng_signing(corpus_out):
    events = pd.read_parquet(corpus_out / "events")
    sulteng = events[events.evidence.str.contains("Sulteng|Sulawesi Tengah", regex=True)]
    assert "nota_kesepakatan" in set(sulteng.agreement_type)
    assert "ID-ST" in values(sulteng, "province_codes")


@pytest.mark.parametrize("name,status", [
    ("banjir-luwu-ratusan-rumah-terendam.txt", "no_event"),  # unrelated news
    ("rencana-mou-ombudsman-jatim-banyuwangi.txt", "no_event"),  # a planned signing only
    ("pks-ombudsman-kalbar-sanggau.txt", "ok"),
    ("nota-kesepakatan-ombudsman-pemprov-sulteng.html", "ok"),
])
def test_corpus_document_status(corpus_out, name, status):
    docs = pd.read_parquet(corpus_out / "documents")
    assert list(docs[docs.source.map(lambda s: Path(s).name) == name].status) == [status]


def _snapshot(out: Path) -> dict:
    return {t: (sorted(pd.read_parquet(out / t).doc_id), sorted(p.name for p in (out / t).glob("*")))
            for t in TABLES}


def test_rerun_adds_nothing(cli, corpus_out):
    before = _snapshot(corpus_out)
    proc = cli("run", "corpus", "--out", corpus_out)
    assert "already in the output" in proc.stderr
    assert _snapshot(corpus_out) == before


def test_new_inputs_add_only_their_rows(cli, corpus_out, tmp_path):
    out = tmp_path / "out"
    cli("run", "corpus/txt", "--out", out, "--quiet")
    first = set(pd.read_parquet(out / "documents").doc_id)
    cli("run", "corpus", "--out", out, "--quiet")
    after = tables(out)
    full = tables(corpus_out)
    assert after["documents"].doc_id.is_unique
    assert set(after["documents"].doc_id) == set(full["documents"].doc_id) > first
    for t in TABLES:
        assert len(after[t]) == len(full[t]), t


# ---------------------------------------------------------------------------- (b) the dev set

def test_evaluator_agrees_with_reference_scorer(cli, dev_dir, dev_out, tmp_path):
    scorer = SHARED / "eval" / "score.py"
    if not scorer.is_file():
        pytest.skip("../shared/eval/score.py not found: the reference scorer lives beside the repo")
    ours_json = tmp_path / "ours.json"
    proc = cli("evaluate", "--gold", dev_dir / "gold", dev_out, "--json", ours_json)
    assert "mean F1" in proc.stdout
    ref = subprocess.run([sys.executable, str(scorer), str(dev_out), str(dev_dir / "gold"), "--json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert ref.returncode == 0, ref.stderr
    theirs = json.loads(ref.stdout.strip().splitlines()[-1])
    ours = json.loads(ours_json.read_text(encoding="utf-8"))
    assert set(ours["fields"]) == set(theirs["fields"])
    for field, ref_prf in theirs["fields"].items():
        for k in ("p", "r", "f1"):
            assert ours["fields"][field][k] == pytest.approx(ref_prf[k], abs=0.01), (field, k)
        assert ref_prf["f1"] > 0, field
    assert ours["mean_f1"] == pytest.approx(theirs["mean_f1"], abs=0.01)
    assert theirs["unmatched_docs"] == [] == ours["unmatched_docs"]
    assert ours["docs"] == theirs["docs"] == len(list((dev_dir / "gold").glob("*.gold.json")))


# -------------------------------------------------------------- (c) one article, every format

def _events_by_record(out: Path, name_of) -> dict[str, list[tuple]]:
    docs = pd.read_parquet(out / "documents")
    events = pd.read_parquet(out / "events")
    found: dict[str, list[tuple]] = {}
    for d in docs.itertuples():
        key = name_of(d.source)
        if key is None:
            continue
        assert key not in found, key
        rows = events[events.doc_id == d.doc_id]
        found[key] = sorted((e.agreement_type, str(e.event_date), tuple(sorted(e.province_codes)), bool(e.primary))
                            for e in rows.itertuples())
    return found


def page_url(html: bytes, stem: str) -> str:
    """The address the page gives itself (og:url, canonical), as a crawler would have fetched it."""
    m = re.search(rb'<meta\s+property="og:url"\s+content="([^"]+)"', html) or \
        re.search(rb'<link\s+rel="canonical"\s+href="([^"]+)"', html)
    return m.group(1).decode() if m else f"https://berita.contoh.id/dev/{stem}"


def test_same_events_from_html_jsonl_and_warc(cli, dev_dir, dev_out, tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = sorted((dev_dir / "html").glob("*.html"))
    jsonl, warc = tmp_path / "dev.jsonl", tmp_path / "dev.warc.gz"
    with open(jsonl, "w", encoding="utf-8") as jf, open(warc, "wb") as wf:
        writer = WARCWriter(wf, gzip=True)
        for p in pages:
            body = p.read_bytes()
            url = page_url(body, p.stem)
            jf.write(json.dumps({"url": url, "html": body.decode("utf-8")}, ensure_ascii=False) + "\n")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    # separate folders: in one folder the second copy of each page is (rightly) a duplicate
    cli("run", jsonl, "--out", tmp_path / "out-jsonl", "--quiet")
    cli("run", warc, "--out", tmp_path / "out-warc", "--quiet")

    def record(kind):
        def name_of(source: str):
            path, _, n = source.partition("#")
            return pages[int(n)].stem if path.endswith(kind) else None
        return name_of

    by_html = _events_by_record(dev_out, lambda s: Path(s).stem)
    by_jsonl = _events_by_record(tmp_path / "out-jsonl", record(".jsonl"))
    by_warc = _events_by_record(tmp_path / "out-warc", record(".warc.gz"))
    assert set(by_html) == {p.stem for p in pages}
    assert sum(map(len, by_html.values())) > 0
    assert by_jsonl == by_html
    assert by_warc == by_html


# ------------------------------------------------------------------------ (d) the command line

def test_run_help(cli):
    proc = cli("run", "--help")
    assert "--out" in proc.stdout and "--model" in proc.stdout


def test_missing_input_is_a_clear_error(cli, tmp_path):
    proc = cli("run", tmp_path / "tidak-ada", "--out", tmp_path / "out", check=False)
    assert proc.returncode == 2
    assert "input not found" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_no_event_date_after_publication_or_before_independence(dev_out):
    """Across the development set: a signing is dated on or before its article's publication
    (a day's slack for time zones) and never before 1945: a yearless date is never completed
    with a year decades away."""
    docs = pd.read_parquet(dev_out / "documents")[["doc_id", "published_date"]]
    events = pd.read_parquet(dev_out / "events").merge(docs, on="doc_id")
    dated = events[events.event_date.notna()]
    assert len(dated) > 40  # the development set dates most of its signings
    assert (pd.to_datetime(dated.event_date) >= pd.Timestamp("1945-01-01")).all()
    published = dated[dated.published_date.notna()]
    late = published[pd.to_datetime(published.event_date) > pd.to_datetime(published.published_date) + pd.Timedelta(days=1)]
    assert late.empty, late[["doc_id", "event_date", "published_date"]]
