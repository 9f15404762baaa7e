"""`sepakat annotate` (pipeline/annotate.py) and `evaluate --verbose`: gold files pre-filled with
the rules' answer score the rules' own output at F1 1.0, keep a researcher's corrections, and a
corrected value shows as a difference. The articles are invented, plus two of corpus/."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluate import FIELDS, EvaluationError, evaluate, read_gold

from .conftest import EVAL, ROOT

CORPUS = [ROOT / "corpus" / "txt" / "pks-ombudsman-kalbar-sanggau.txt",
          ROOT / "corpus" / "html" / "nota-kesepakatan-ombudsman-pemprov-sulteng.html"]

SIGNING = """Ombudsman Kalsel dan Pemkab Banjar Teken Dua Kerja Sama

MARTAPURA - Ombudsman RI Perwakilan Kalimantan Selatan dan Pemerintah Kabupaten Banjar menandatangani Nota Kesepahaman tentang pencegahan maladministrasi di Aula Barakat, Martapura, Senin (3/6/2024).

Nota Kesepahaman ditandatangani oleh Kepala Ombudsman RI Perwakilan Kalimantan Selatan, Budi Santoso, dan Bupati Banjar, H. Ahmad Fauzan, S.Sos., disaksikan Sekretaris Daerah Kabupaten Banjar, Rahmat Hidayat.

Sesudahnya, Kepala Dinas Kesehatan Kabupaten Banjar, dr. Nur Aisyah, menandatangani Perjanjian Kerja Sama tentang penyelesaian laporan masyarakat dengan Ombudsman.

Pada Penilaian Kepatuhan tahun 2023, Pemkab Banjar meraih nilai 84,5 dan masuk zona hijau.
"""

PLANNED = """Ombudsman Sulbar Akan Teken MoU dengan Pemkab Mamuju

Kepala Ombudsman RI Perwakilan Sulawesi Barat, Andi Rahman, mengatakan pihaknya akan menandatangani Nota Kesepahaman dengan Pemerintah Kabupaten Mamuju bulan depan.

Rencananya penandatanganan dilakukan bersama Bupati Mamuju, Siti Nurbaya.
"""

PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Pemkot Kendari dan Ombudsman Sultra Teken Kesepakatan Bersama</title>
<link rel="canonical" href="https://berita-contoh.id/2024/05/08/pemkot-kendari-ombudsman-sultra">
<meta property="article:published_time" content="2024-05-08T10:00:00+08:00"></head>
<body><article><h1>Pemkot Kendari dan Ombudsman Sultra Teken Kesepakatan Bersama</h1>
<p>KENDARI - Pemerintah Kota Kendari dan Ombudsman RI Perwakilan Sulawesi Tenggara menandatangani Kesepakatan Bersama tentang pengawasan pelayanan publik di Balai Kota Kendari, Rabu (8/5/2024).</p>
<p>Kesepakatan Bersama itu diteken oleh Wali Kota Kendari, Yusuf Mansur, dan Kepala Ombudsman RI Perwakilan Sulawesi Tenggara, Laode Halim.</p>
<p>Menurut Yusuf, kerja sama ini mencakup pertukaran data dan sosialisasi standar pelayanan kepada masyarakat di setiap kecamatan.</p>
</article></body></html>
"""

RECORD = ("Pemprov Gorontalo Teken Nota Kesepakatan dengan Ombudsman\n\nGORONTALO - Pemerintah Provinsi Gorontalo "
          "dan Ombudsman Republik Indonesia menandatangani Nota Kesepakatan tentang penyelesaian laporan "
          "masyarakat, Kamis (14/3/2024). Nota Kesepakatan ditandatangani oleh Gubernur Gorontalo, Rusli Wahab, "
          "dan Anggota Ombudsman RI, Dewi Lestari.")
# Compliance results with an official each: rows a wrong pairing would add to another article.
PALU = ("Pemkot Palu Raih Zona Hijau\n\nWali Kota Palu, Arif Budiman, mengatakan Pemkot Palu meraih nilai 80,1 "
        "dan zona hijau pada Penilaian Kepatuhan tahun 2023 dari Ombudsman RI.")
SIGI = ("Pemkab Sigi Kejar Zona Hijau\n\nBupati Sigi, Hendra Wijaya, menargetkan Pemkab Sigi meraih zona hijau "
        "pada Penilaian Kepatuhan tahun 2024 dengan memperbaiki standar pelayanan di semua dinas.")
POSO = ("Ombudsman Nilai Pelayanan Pemkab Poso\n\nKepala Dinas Kesehatan Poso, Yohanes Tandi, menyebut "
        "puskesmas di Poso masih di zona merah pada Penilaian Kepatuhan tahun 2023 dengan nilai 48,9.")
DONGGALA = ("Pemkab Donggala Raih Nilai 75,3\n\nBupati Donggala, Rahmat Sulaiman, mengatakan Pemkab Donggala "
            "meraih nilai 75,3 dan zona kuning pada Penilaian Kepatuhan tahun 2023.")
DONGGALA_LATER = ("Sekda Donggala Minta Dinas Benahi Pelayanan\n\nSekretaris Daerah Donggala, Nur Halimah, meminta "
                  "setiap kepala dinas membenahi ruang pengaduan agar Pemkab Donggala naik ke zona hijau pada "
                  "Penilaian Kepatuhan berikutnya.")

def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def annotated(tmp_path_factory) -> dict[str, Path]:
    """Invented articles (and two of corpus/), with the cases annotate must not write: a copy, two
    files with one id, a record with no url and two records with one url. Annotated, and run."""
    base = tmp_path_factory.mktemp("annotate")
    src = base / "articles"
    (src / "more").mkdir(parents=True)
    (src / "banjar-2024.txt").write_text(SIGNING, encoding="utf-8")
    (src / "more" / "banjar-2024-copy.txt").write_text(SIGNING, encoding="utf-8")  # a copy: skipped by the run
    (src / "mamuju.txt").write_text(PLANNED, encoding="utf-8")
    (src / "kendari.page.html").write_text(PAGE, encoding="utf-8")
    (src / "same.txt").write_text(PALU, encoding="utf-8")
    (src / "same.html").write_text(f"<html><body><article><p>{SIGI}</p></article></body></html>", encoding="utf-8")
    records = [dict(url="https://berita-contoh.id/gorontalo", published="2024-03-14", text=RECORD),
               dict(text=POSO),
               dict(url="https://berita-contoh.id/donggala", text=DONGGALA),
               dict(url="https://berita-contoh.id/donggala", text=DONGGALA_LATER)]
    (src / "scrape.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    gold, out = base / "gold", base / "out"
    proc = cli("annotate", src, *CORPUS, "--out", gold)
    assert proc.returncode == 0, proc.stderr
    run = cli("run", src, *CORPUS, "--out", out, "--quiet")
    assert run.returncode == 0, run.stderr
    return dict(base=base, src=src, gold=gold, out=out, stdout=proc.stdout)


def test_fresh_gold_scores_the_rules_own_output_at_one(annotated):
    result = evaluate(annotated["out"], annotated["gold"])
    assert {f: v["f1"] for f, v in result["fields"].items()} == {f: 1.0 for f in FIELDS}
    assert result["unmatched_docs"] == []
    scorer = EVAL / "score.py"
    if scorer.is_file():  # the reference scorer reads the same files, evidence keys and all
        ref = subprocess.run([sys.executable, str(scorer), str(annotated["out"]), str(annotated["gold"]), "--json"],
                             capture_output=True, text=True, timeout=300)
        assert ref.returncode == 0, ref.stderr
        theirs = json.loads(ref.stdout.strip().splitlines()[-1])
        assert theirs["mean_f1"] == 1.0 and theirs["unmatched_docs"] == []


def test_what_was_written_and_skipped(annotated):
    names = sorted(p.name for p in annotated["gold"].glob("*.gold.json"))
    assert names == sorted(["banjar-2024.gold.json", "mamuju.gold.json", "kendari.gold.json", "scrape-0.gold.json",
                            "pks-ombudsman-kalbar-sanggau.gold.json",
                            "nota-kesepakatan-ombudsman-pemprov-sulteng.gold.json"])
    said = annotated["stdout"]
    assert "6 written, 0 kept, 6 skipped" in said
    assert f"skipped {annotated['src'] / 'more' / 'banjar-2024-copy.txt'}: duplicate of " \
           f"{annotated['src'] / 'banjar-2024.txt'}" in said
    assert said.count("would have the id 'same'") == 2
    assert f"skipped {annotated['src'] / 'scrape.jsonl'}#1: a record with no url" in said
    assert said.count("is another document's too") == 2


def test_gold_file_holds_the_answer_and_its_evidence(annotated):
    g = json.loads((annotated["gold"] / "banjar-2024.gold.json").read_text(encoding="utf-8"))
    assert g["id"] == "banjar-2024" and g["relevant"] is True and g["pipeline"] == "ok"
    assert g["source"] == str(annotated["src"] / "banjar-2024.txt")
    nks = next(e for e in g["events"] if e["type"] == "nota_kesepahaman")
    assert (nks["date"], nks["provinces"], nks["city"]) == ("2024-06-03", ["ID-KS"], "Martapura")
    assert set(nks["signatories"]) == {"Budi Santoso", "Ahmad Fauzan"}
    assert nks["evidence"].startswith("MARTAPURA - Ombudsman RI") and nks["label"] == "Nota Kesepahaman"
    person = {p["name"]: p for p in g["people"]}
    assert person["Ahmad Fauzan"]["role"] == "bupati" and person["Ahmad Fauzan"]["province"] == "ID-KS"
    assert "Bupati Banjar, H. Ahmad Fauzan" in person["Ahmad Fauzan"]["evidence"]
    assert "Rahmat Hidayat" in person and "Rahmat Hidayat" not in nks["signatories"]  # a witness
    score = g["scores"][0]
    assert (score["value"], score["zone"], score["year"], score["kind"]) == (84.5, "hijau", 2023, "achieved")
    assert "84,5" in score["evidence"]
    planned = json.loads((annotated["gold"] / "mamuju.gold.json").read_text(encoding="utf-8"))
    assert planned["relevant"] is False and planned["events"] == []
    assert planned["pipeline"] == "no_event (planned_signing)"
    record = json.loads((annotated["gold"] / "scrape-0.gold.json").read_text(encoding="utf-8"))
    assert record["url"] == "https://berita-contoh.id/gorontalo"  # a record pairs by its url


def test_dates_keep_their_precision(annotated):
    golds = read_gold(annotated["gold"])
    events = pd.read_parquet(annotated["out"] / "events")
    found = {d for e in golds.values() for d in (ev["date"] for ev in e["events"]) if d}
    assert found and all(len(d) in (4, 7, 10) for d in found)
    assert len(found) == len({d.isoformat()[:{"year": 4, "month": 7}.get(p, 10)]
                              for d, p in zip(events.event_date, events.date_precision) if d is not None})


def test_a_corrected_value_lowers_its_field_and_shows_in_verbose(annotated, tmp_path):
    gold = tmp_path / "gold"
    shutil.copytree(annotated["gold"], gold)
    path = gold / "banjar-2024.gold.json"
    g = json.loads(path.read_text(encoding="utf-8"))
    nks = next(e for e in g["events"] if e["type"] == "nota_kesepahaman")
    nks["city"] = "Banjarbaru"
    path.write_text(json.dumps(g), encoding="utf-8")
    result = evaluate(annotated["out"], gold)
    assert result["fields"]["city"]["f1"] < 1.0
    assert all(v["f1"] == 1.0 for f, v in result["fields"].items() if f != "city")
    proc = cli("evaluate", "--gold", gold, annotated["out"], "--verbose")
    assert proc.returncode == 0, proc.stderr
    block = proc.stdout.split("banjar-2024  (", 1)[1].split("\n\n", 1)[0]
    assert "1 difference(s)" in block and "(city)" in block
    assert "expected nota_kesepahaman 2024-06-03, provinces ID-KS, city Banjarbaru" in block
    assert "found    nota_kesepahaman 2024-06-03, provinces ID-KS, city Martapura" in block
    assert "same     Ahmad Fauzan (bupati, ID-KS)" in block
    assert "mamuju  (" in proc.stdout and "all as expected" in proc.stdout.split("mamuju  (", 1)[1].split("\n")[0]
    assert "mean F1" in proc.stdout


def test_verbose_names_misses_and_extras(annotated, tmp_path):
    gold = tmp_path / "gold"
    shutil.copytree(annotated["gold"], gold)
    path = gold / "mamuju.gold.json"
    g = json.loads(path.read_text(encoding="utf-8"))
    g["people"] = [p for p in g["people"] if p["name"] != "Andi Rahman"]
    g["people"].append(dict(name="Rudi Hartono", role="sekretaris_daerah", province="ID-SR"))
    path.write_text(json.dumps(g), encoding="utf-8")
    from pipeline.evaluate import format_details

    text = format_details(evaluate(annotated["out"], gold, details=True))
    block = text.split("mamuju  (", 1)[1].split("\n\n", 1)[0]
    assert "missed   Rudi Hartono (sekretaris_daerah, ID-SR)" in block
    assert "extra    Andi Rahman (kepala_perwakilan_ombudsman, ID-SR)" in block


def test_existing_gold_is_kept_unless_force(annotated, tmp_path):
    from pipeline.annotate import _write_golds

    tables = {t: pd.read_parquet(annotated["out"] / t) for t in ("documents", "events", "people", "scores")}
    gold = tmp_path / "gold"
    shutil.copytree(annotated["gold"], gold)
    path = gold / "banjar-2024.gold.json"
    corrected = json.loads(path.read_text(encoding="utf-8"))
    corrected["events"][0]["city"] = "Banjarbaru"
    path.write_text(json.dumps(corrected), encoding="utf-8")
    report = _write_golds(tables, gold, force=False)
    assert json.loads(path.read_text(encoding="utf-8")) == corrected
    assert report.count("kept") == 6 and report.count("written") == 0
    assert f"kept {path}: it exists" in report.format()
    report = _write_golds(tables, gold, force=True)
    assert report.count("written") == 6
    assert json.loads(path.read_text(encoding="utf-8"))["events"][0]["city"] != "Banjarbaru"


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "nothing-here", "input not found"),
    (lambda d: (d / "notes.md").write_text("x") and d / "notes.md", "not an article file"),
    (lambda d: (d / "empty").mkdir() or d / "empty", "no article files in this folder"),
])
def test_annotate_refuses_what_is_not_an_input(tmp_path, make, message):
    path = make(tmp_path)
    proc = cli("annotate", path, "--out", tmp_path / "gold")
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"sepakat: {path}: {message}") and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "gold").exists()


def test_annotate_refuses_a_file_as_gold_folder_and_a_missing_model(tmp_path):
    (tmp_path / "gold").write_text("")
    proc = cli("annotate", CORPUS[0], "--out", tmp_path / "gold")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"sepakat: {tmp_path / 'gold'}: a file, not a folder for gold files"
    proc = cli("annotate", CORPUS[0], "--out", tmp_path / "g", "--model", tmp_path / "no-model")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"sepakat: {tmp_path / 'no-model'}: not a rule model directory (no config.cfg)"


def test_evaluate_refuses_what_it_cannot_read(annotated, tmp_path):
    out, gold = annotated["out"], annotated["gold"]
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.gold.json").write_text('{"relevant": tru', encoding="utf-8")
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    (wrong / "x.gold.json").write_text('{"relevant": true, "events": [{"type": "mou", "date": "12/06/2024"}]}')
    cases = [((gold, tmp_path / "no-out"), f"{tmp_path / 'no-out'}: output folder not found"),
             ((gold, annotated["src"]), f"{annotated['src']}: no documents table: is it the output folder of a run?"),
             ((tmp_path / "no-gold", out), f"{tmp_path / 'no-gold'}: gold folder not found"),
             ((annotated["src"], out), f"{annotated['src']}: no *.gold.json files"),
             ((bad, out), f"{bad / 'x.gold.json'}: not valid JSON ("),
             ((wrong, out), f"{wrong / 'x.gold.json'}: event 1: \"date\" must be YYYY, YYYY-MM, YYYY-MM-DD or null")]
    for (g, o), message in cases:
        proc = cli("evaluate", "--gold", g, o)
        assert proc.returncode == 2, (g, o, proc.stdout)
        assert proc.stderr.startswith(f"sepakat: {message}") and len(proc.stderr.strip().splitlines()) == 1
        with pytest.raises(EvaluationError):
            evaluate(o, g)
