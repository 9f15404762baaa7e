"""The nightly batch, through the command line with real processes and real Parquet: crash safety
(SIGKILL at several points, then a rerun equals an uninterrupted run row for row), one writer per
folder, idempotent reruns, duplicates and near-duplicates, new versions of a page, agreements
merged across outlets, a corpus of broken inputs, TOML configuration, the runs table and logs,
compaction.

Every article here is written for these tests (names are invented; places and offices are real).
The slow parts (runs of the pipeline) happen once per module in fixtures; tests read their output.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from .conftest import ROOT, run_cli

TABLES = ("documents", "events", "people", "scores")
ALL_TABLES = TABLES + ("agreements",)
STATUSES = {"ok", "no_event", "skipped", "failed"}
SEPAKAT = Path(sys.executable).with_name("sepakat")  # the console script, as a cron job calls it


# ---------------------------------------------------------------------------------------------
# Helpers: processes and tables

def start(*args, log: Path) -> subprocess.Popen:
    """`python -m pipeline ARGS` in the background, stderr to `log` (a pipe could fill and block)."""
    fh = open(log, "w")
    try:
        return subprocess.Popen([sys.executable, "-m", "pipeline", *map(str, args)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=fh)
    finally:
        fh.close()


def wait_for(condition, proc: subprocess.Popen | None = None, timeout: float = 120, poll: float = 0.01) -> bool:
    """Poll `condition` until it holds (True) or `proc` exits or time runs out (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        if proc is not None and proc.poll() is not None:
            return bool(condition())
        time.sleep(poll)
    return False


def parts(out: Path, table: str) -> list[Path]:
    return sorted((Path(out) / table).glob("part-*.parquet"))


def token(part: Path) -> str:
    return part.stem.split("-", 1)[1]


def read_rows(out: Path, table: str) -> list[dict]:
    """A table's rows as researchers load it: the whole dataset folder (hidden files are skipped)."""
    folder = Path(out) / table
    if not folder.is_dir() or not any(folder.glob("*.parquet")):
        return []
    return pq.read_table(folder).to_pylist()


def freeze(v):
    return tuple(freeze(x) for x in v) if isinstance(v, (list, tuple)) else v


def multiset(rows: list[dict], columns=None) -> Counter:
    """Rows as a multiset of tuples (all columns unless given): order-free, duplicates counted."""
    if not rows:
        return Counter()
    columns = columns or sorted(rows[0])
    return Counter(tuple(freeze(r[c]) for c in columns) for r in rows)


def snapshot(out: Path) -> dict:
    snap = {t: read_rows(out, t) for t in ALL_TABLES + ("runs",)}
    snap["parts"] = {t: len(parts(out, t)) for t in TABLES}
    return snap


def orphan_parts(out: Path) -> list[Path]:
    """Parts of events/people/scores whose batch has no `documents` part (its commit mark)."""
    committed = {token(p) for p in parts(out, "documents")}
    return [p for t in ("events", "people", "scores") for p in parts(out, t) if token(p) not in committed]


def hidden_tmp(out: Path) -> list[Path]:
    return sorted(Path(out).rglob(".*.tmp"))


def by_source(rows: list[dict], suffix: str) -> dict:
    found = [r for r in rows if r["source"].endswith(suffix)]
    assert len(found) == 1, (suffix, [r["source"] for r in rows])
    return found[0]


# ---------------------------------------------------------------------------------------------
# Articles: a generator of distinct press releases, and a few written by hand

REGENCIES = [
    ("Aceh Besar", "Aceh", "ID-AC"), ("Aceh Jaya", "Aceh", "ID-AC"), ("Bangli", "Bali", "ID-BA"),
    ("Buleleng", "Bali", "ID-BA"), ("Bangka Barat", "Kepulauan Bangka Belitung", "ID-BB"),
    ("Bangka Tengah", "Kepulauan Bangka Belitung", "ID-BB"), ("Kepahiang", "Bengkulu", "ID-BE"),
    ("Lebong", "Bengkulu", "ID-BE"), ("Pandeglang", "Banten", "ID-BT"), ("Bone Bolango", "Gorontalo", "ID-GO"),
    ("Bungo", "Jambi", "ID-JA"), ("Kerinci", "Jambi", "ID-JA"), ("Bandung Barat", "Jawa Barat", "ID-JB"),
    ("Bekasi", "Jawa Barat", "ID-JB"), ("Banyuwangi", "Jawa Timur", "ID-JI"), ("Blitar", "Jawa Timur", "ID-JI"),
    ("Banyumas", "Jawa Tengah", "ID-JT"), ("Batang", "Jawa Tengah", "ID-JT"),
    ("Kapuas Hulu", "Kalimantan Barat", "ID-KB"), ("Kayong Utara", "Kalimantan Barat", "ID-KB"),
    ("Kutai Barat", "Kalimantan Timur", "ID-KI"), ("Kutai Timur", "Kalimantan Timur", "ID-KI"),
    ("Karimun", "Kepulauan Riau", "ID-KR"), ("Lingga", "Kepulauan Riau", "ID-KR"),
    ("Banjar", "Kalimantan Selatan", "ID-KS"), ("Barito Kuala", "Kalimantan Selatan", "ID-KS"),
    ("Barito Utara", "Kalimantan Tengah", "ID-KT"), ("Gunung Mas", "Kalimantan Tengah", "ID-KT"),
    ("Malinau", "Kalimantan Utara", "ID-KU"), ("Nunukan", "Kalimantan Utara", "ID-KU"),
    ("Lampung Timur", "Lampung", "ID-LA"), ("Lampung Utara", "Lampung", "ID-LA"),
    ("Buru Selatan", "Maluku", "ID-MA"), ("Kepulauan Aru", "Maluku", "ID-MA"),
    ("Pulau Taliabu", "Maluku Utara", "ID-MU"), ("Dompu", "Nusa Tenggara Barat", "ID-NB"),
    ("Lombok Barat", "Nusa Tenggara Barat", "ID-NB"), ("Belu", "Nusa Tenggara Timur", "ID-NT"),
    ("Ende", "Nusa Tenggara Timur", "ID-NT"), ("Keerom", "Papua", "ID-PA"), ("Kaimana", "Papua Barat", "ID-PB"),
    ("Raja Ampat", "Papua Barat Daya", "ID-PD"), ("Lanny Jaya", "Papua Pegunungan", "ID-PE"),
    ("Boven Digoel", "Papua Selatan", "ID-PS"), ("Mappi", "Papua Selatan", "ID-PS"),
    ("Dogiyai", "Papua Tengah", "ID-PT"), ("Kampar", "Riau", "ID-RI"), ("Pelalawan", "Riau", "ID-RI"),
    ("Dharmasraya", "Sumatera Barat", "ID-SB"), ("Pasaman", "Sumatera Barat", "ID-SB"),
    ("Buton", "Sulawesi Tenggara", "ID-SG"), ("Buton Selatan", "Sulawesi Tenggara", "ID-SG"),
    ("Barru", "Sulawesi Selatan", "ID-SN"), ("Mamasa", "Sulawesi Barat", "ID-SR"),
    ("Empat Lawang", "Sumatera Selatan", "ID-SS"), ("Lahat", "Sumatera Selatan", "ID-SS"),
    ("Banggai Laut", "Sulawesi Tengah", "ID-ST"), ("Buol", "Sulawesi Tengah", "ID-ST"),
    ("Batu Bara", "Sumatera Utara", "ID-SU"), ("Dairi", "Sumatera Utara", "ID-SU"),
    ("Gunungkidul", "DI Yogyakarta", "ID-YO"), ("Kulon Progo", "DI Yogyakarta", "ID-YO"),
]
FIRST = ["Andi", "Budi", "Citra", "Dedi", "Erna", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kurnia",
         "Lestari", "Maman", "Nurul", "Oktavia", "Putu", "Rahmat", "Sari", "Taufik", "Umar", "Vera", "Wahyu",
         "Yusuf", "Zainal"]
MIDDLE = ["Ardiansyah", "Bayu", "Cahya", "Darma", "Eka", "Firman", "Gunawan", "Hakim", "Iskandar", "Jaya"]
LAST = ["Simanjuntak", "Lubis", "Pakpahan", "Wenas", "Rumbiak", "Tanjung", "Siregar", "Latuconsina",
        "Mandagi", "Purba", "Hutapea", "Kaligis", "Nainggolan", "Sembiring", "Rompas", "Tuasikal"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
INSTRUMENTS = ["Nota Kesepahaman", "Perjanjian Kerja Sama", "Kesepakatan Bersama", "Nota Kesepakatan"]
TOPICS = ["pengawasan penyelenggaraan pelayanan publik", "penanganan pengaduan masyarakat",
          "peningkatan kualitas pelayanan perizinan", "pencegahan maladministrasi di sektor pendidikan",
          "perbaikan layanan administrasi kependudukan", "pengelolaan laporan masyarakat di bidang kesehatan"]
VENUES = ["Aula Kantor Bupati {reg}", "Ruang Rapat Sekretariat Daerah {reg}", "Pendopo Rumah Jabatan Bupati {reg}",
          "Gedung Serbaguna Pemkab {reg}", "Ruang Rapat Bappeda {reg}"]
KELUHAN = ["pengurusan akta kelahiran", "izin mendirikan bangunan", "antrean di puskesmas",
           "penerbitan KTP elektronik", "sertifikat tanah", "bantuan sosial", "penerimaan peserta didik baru"]
QUOTES = [
    '"Kami ingin setiap warga {reg} dilayani dengan cepat, murah dan tanpa pungutan liar. Kerja sama ini '
    'menjadi pengingat bagi seluruh jajaran," ujar {bupati_short}.',
    '"Selama ini keluhan warga soal {keluhan} masih sering kami terima. Dengan pendampingan Ombudsman, kami '
    'berharap jumlahnya turun tahun depan," kata {bupati_short}.',
    'Menurut {bupati_short}, Pemkab {reg} sudah menyiapkan petugas penghubung di setiap organisasi perangkat '
    'daerah agar laporan masyarakat tidak berhenti di meja pelayanan.',
    '{bupati_short} mengakui masih ada unit layanan yang belum memajang standar pelayanan, terutama di '
    'kecamatan yang jauh dari ibu kota kabupaten.',
    '"Pelayanan publik adalah wajah pemerintah. Kalau {keluhan} masih berbelit, masyarakat yang dirugikan," '
    'tutur {bupati_short} di hadapan para camat.',
]
OMBUD = [
    'Sementara itu, {ombud_short} menyebutkan bahwa sepanjang tahun {prev} pihaknya menerima {n} laporan dari '
    'warga {reg}, sebagian besar soal {keluhan}.',
    '{ombud_short} menjelaskan, Ombudsman akan menurunkan tim asistensi ke {k} unit layanan yang paling sering '
    'dikeluhkan warga {reg}.',
    'Di sisi lain, {ombud_short} mengingatkan bahwa penilaian kepatuhan standar pelayanan publik tahun ini akan '
    'dimulai pada bulan {bulan}.',
    'Ombudsman, lanjut {ombud_short}, mencatat ada {n} laporan yang masuk dari {reg} dalam dua tahun terakhir '
    'dan {k} di antaranya sudah selesai ditangani.',
]
SCOPE = [
    'Ruang lingkup kerja sama meliputi pencegahan maladministrasi, penyelesaian laporan masyarakat serta '
    'pertukaran data dan informasi.',
    'Kesepakatan itu mencakup sosialisasi pelayanan publik kepada masyarakat dan peningkatan kapasitas aparatur.',
    'Poin kerja sama antara lain pendampingan peningkatan kualitas pelayanan publik dan kajian bersama tentang '
    'inovasi layanan.',
    'Kedua pihak juga sepakat melakukan pengawasan pelayanan publik secara berkala serta kegiatan lain yang '
    'disepakati.',
]
CLOSE = [
    'Acara tersebut turut dihadiri unsur Forkopimda, para kepala perangkat daerah dan camat se-Kabupaten {reg}.',
    'Usai penandatanganan, rombongan Ombudsman meninjau mal pelayanan publik yang baru dibuka di pusat kota.',
    'Kegiatan ditutup dengan diskusi tentang mekanisme tindak lanjut laporan antara petugas penghubung dan '
    'asisten Ombudsman.',
    'Pemkab {reg} menargetkan seluruh puskesmas dan kantor kecamatan memajang standar pelayanan paling lambat '
    'akhir tahun.',
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(MIDDLE)} {rng.choice(LAST)}"


def generated_article(i: int, seed: int = 0) -> dict:
    """A press release on a regency-Ombudsman signing: regency, date, officials, instrument and most
    sentences vary with (seed, i), so no two are near-duplicates (5-gram Jaccard well under 0.5)."""
    rng = random.Random(f"{seed}-{i}")
    reg, prov, code = REGENCIES[i % len(REGENCIES)]
    date = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(0, 700))
    instrument = rng.choice(INSTRUMENTS)
    bupati, ombud = person(rng), person(rng)
    v = dict(reg=reg, bupati_short=bupati.split()[0], ombud_short=ombud.split()[0], keluhan=rng.choice(KELUHAN),
             prev=date.year - 1, n=rng.randrange(12, 240), k=rng.randrange(3, 11), bulan=rng.choice(BULAN))
    when = f"{WEEKDAYS[date.weekday()]} ({date.day}/{date.month}/{date.year})"
    title = rng.choice([f"Pemkab {reg} dan Ombudsman {prov} Teken {instrument}",
                        f"Ombudsman RI Perwakilan {prov} Jalin {instrument} dengan Pemkab {reg}",
                        f"Tingkatkan Pelayanan Publik, Bupati {reg} Teken {instrument} dengan Ombudsman"])
    paras = [
        title,
        f"{reg.upper()} – Pemerintah Kabupaten {reg} dan Ombudsman Republik Indonesia Perwakilan Provinsi {prov} "
        f"menandatangani {instrument} tentang {rng.choice(TOPICS)} di {rng.choice(VENUES).format(reg=reg)}, {when}.",
        f"{instrument} itu ditandatangani langsung oleh Bupati {reg}, {bupati}, dan Kepala Perwakilan Ombudsman "
        f"RI Provinsi {prov}, {ombud}.",
    ]
    paras += [p.format(**v) for p in rng.sample(QUOTES, 2) + rng.sample(OMBUD, 2) + [rng.choice(SCOPE),
                                                                                     rng.choice(CLOSE)]]
    slug = re.sub(r"\W+", "-", f"{reg} {instrument}".lower())
    return dict(name=f"{seed}{i:03d}-{slug}.txt", text="\n\n".join(paras) + "\n", regency=reg, code=code,
                date=date, bupati=bupati, ombud=ombud)


def write_generated(folder: Path, indices, seed: int) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    arts = [generated_article(i, seed) for i in indices]
    for a in arts:
        (folder / a["name"]).write_text(a["text"], encoding="utf-8")
    return arts


# Two outlets report one signing (same day, province and signatories, different words); a third
# article reports another signing by the same parties two months later.
OUTLET_A_HTML = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pemprov Sulteng dan Ombudsman RI Teken Nota Kesepahaman Pengawasan Pelayanan Publik | Kabar Tadulako</title>
<meta property="og:site_name" content="Kabar Tadulako">
<meta property="og:url" content="https://kabartadulako.example/2024/08/14/pemprov-sulteng-ombudsman-nota-kesepahaman">
<meta property="article:published_time" content="2024-08-14T15:30:00+08:00">
</head><body>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a></nav>
<article>
<h1>Pemprov Sulteng dan Ombudsman RI Teken Nota Kesepahaman Pengawasan Pelayanan Publik</h1>
<p>PALU – Pemerintah Provinsi Sulawesi Tengah dan Ombudsman Republik Indonesia menandatangani Nota Kesepahaman
tentang pengawasan penyelenggaraan pelayanan publik di Ruang Polibu Kantor Gubernur Sulteng, Rabu (14/8/2024).</p>
<p>Nota Kesepahaman itu ditandatangani oleh Gubernur Sulteng, Burhanuddin Tawil Lasawedi, dan Ketua Ombudsman RI,
Wahyuni Setyaningrum Harahap. Penandatanganan disaksikan Kepala Perwakilan Ombudsman RI Provinsi Sulawesi Tengah,
Idrus Malonda Pakaya.</p>
<p>Dalam sambutannya, Burhanuddin mengatakan pemerintah provinsi membutuhkan mitra yang berani mengkritik agar
pelayanan di rumah sakit daerah, samsat dan dinas perizinan terus membaik. "Kami tidak alergi terhadap teguran.
Justru teguran itu yang membuat kami bekerja lebih baik," ujarnya.</p>
<p>Wahyuni menjelaskan, kerja sama ini meliputi pencegahan maladministrasi, penyelesaian laporan masyarakat, serta
pertukaran data dan informasi tentang pengaduan. Ombudsman juga akan mendampingi unit layanan yang nilainya masih
rendah.</p>
<p>Sepanjang 2023, Ombudsman Perwakilan Sulawesi Tengah menerima 187 laporan masyarakat, sebagian besar terkait
pertanahan, kepegawaian dan layanan kesehatan.</p>
</article>
<footer>© 2024 Kabar Tadulako</footer>
</body></html>
"""

OUTLET_B_TXT = """Gubernur dan Ketua Ombudsman Sepakat Perkuat Pengawasan Layanan Publik di Sulteng

PALU, Suara Lembah Palu – Upaya memperbaiki mutu layanan publik di Sulawesi Tengah memasuki babak baru. Gubernur Sulteng, Burhanuddin Tawil Lasawedi, bersama Ketua Ombudsman RI, Wahyuni Setyaningrum Harahap, meneken nota kesepahaman di Kantor Gubernur, Rabu (14/8/2024) siang.

Penandatanganan nota kesepahaman tersebut dihadiri para kepala organisasi perangkat daerah, bupati dan wali kota se-Sulawesi Tengah, serta jajaran Ombudsman perwakilan.

Menurut Wahyuni, pemerintah daerah yang terbuka terhadap pengawasan biasanya lebih cepat menyelesaikan keluhan warga. Ia mencontohkan antrean panjang di kantor samsat yang berkurang setelah loket daring dibuka tahun lalu.

Burhanuddin menegaskan seluruh kepala dinas wajib menindaklanjuti rekomendasi Ombudsman paling lambat tiga puluh hari. "Saya akan evaluasi sendiri setiap tiga bulan," katanya.

Kedua lembaga juga akan menggelar pelatihan pengelolaan pengaduan bagi aparatur pemerintah provinsi mulai bulan depan.
"""

OTHER_DATE_TXT = """Ombudsman dan Pemprov Sulteng Kembali Teken Nota Kesepahaman, Kali Ini Soal Layanan Kesehatan

PALU – Dua bulan setelah kerja sama pengawasan pelayanan publik, Pemerintah Provinsi Sulawesi Tengah dan Ombudsman RI kembali menandatangani Nota Kesepahaman, kali ini khusus tentang perbaikan layanan di rumah sakit milik daerah. Penandatanganan berlangsung di Aula RSUD Undata Palu, Jumat (18/10/2024).

Nota Kesepahaman ditandatangani oleh Gubernur Sulteng, Burhanuddin Tawil Lasawedi, dan Ketua Ombudsman RI, Wahyuni Setyaningrum Harahap.

Direktur RSUD Undata, Ketut Suarjana Mahendra, mengatakan rumah sakit telah menyiapkan kanal pengaduan daring yang langsung terhubung ke Ombudsman.

Menurut Wahyuni, keluhan soal layanan kesehatan adalah yang paling banyak diterima Ombudsman di Sulawesi Tengah sepanjang tahun ini.
"""

# One press release as two outlets carry it: another byline in the dateline, one sentence changed.
COPIED_TXT = """Pemkab Donggala dan Ombudsman Sulteng Teken Perjanjian Kerja Sama Penanganan Pengaduan

DONGGALA, {byline} – Pemerintah Kabupaten Donggala dan Ombudsman Republik Indonesia Perwakilan Provinsi Sulawesi Tengah menandatangani Perjanjian Kerja Sama tentang penanganan pengaduan pelayanan publik di Aula Kantor Bupati Donggala, Selasa (3/9/2024).

Perjanjian Kerja Sama itu ditandatangani oleh Bupati Donggala, Rahmat Kasim Lamarauna, dan Kepala Perwakilan Ombudsman RI Provinsi Sulawesi Tengah, Idrus Malonda Pakaya. Hadir menyaksikan Sekretaris Daerah Kabupaten Donggala, Nurhayati Labolo, beserta para camat.

Rahmat mengatakan warga di kecamatan pesisir seperti Sirenja, Balaesang dan Sojol masih harus menempuh perjalanan berjam-jam untuk mengurus dokumen kependudukan. Karena itu, Pemkab Donggala akan membuka layanan keliling yang jadwalnya diumumkan di setiap kantor desa.

"Kami ingin warga tahu ke mana harus mengadu kalau pelayanan tidak sesuai standar. Tidak boleh ada lagi pungutan di luar ketentuan," kata Rahmat di hadapan kepala organisasi perangkat daerah.

Idrus menjelaskan, perjanjian tersebut mengatur penyelesaian laporan masyarakat, pertukaran data pengaduan, serta pendampingan bagi unit layanan yang nilainya masih rendah dalam penilaian kepatuhan. {sentence}

Menurut Idrus, sepanjang 2023 Ombudsman Sulteng menerima 64 laporan dari warga Donggala. Sebagian besar menyangkut layanan administrasi kependudukan, pertanahan dan penyaluran bantuan sosial.

Ia juga meminta setiap perangkat daerah menunjuk petugas penghubung yang bertugas meneruskan laporan warga dan memantau tindak lanjutnya setiap bulan.

Usai penandatanganan, rombongan Ombudsman meninjau Mal Pelayanan Publik Donggala yang baru beroperasi sejak Juli lalu dan berdialog dengan sejumlah warga yang sedang mengurus izin usaha.

Penulis: {writer}
"""
COPY_1 = COPIED_TXT.format(byline="Donggala Ekspres", writer="Rini Pratiwi",
                           sentence="Ombudsman juga akan melatih petugas pengaduan di dua puluh tiga puskesmas.")
COPY_2 = COPIED_TXT.format(byline="Warta Teluk Palu", writer="Agus Salim",
                           sentence="Pelatihan bagi petugas pengaduan di seluruh puskesmas dijadwalkan mulai "
                                    "bulan depan.")

ENGLISH_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Central Sulawesi signs memorandum with ombudsman</title></head>
<body><article><h1>Central Sulawesi signs memorandum of understanding with national ombudsman</h1>
<p>PALU — The provincial government of Central Sulawesi on Wednesday signed a memorandum of understanding with the
Indonesian Ombudsman, pledging to speed up the handling of public complaints about hospitals, vehicle registration
offices and land certificates. Officials said the agreement would give the ombudsman's regional office access to
complaint data held by provincial agencies and allow joint inspections of service units that score poorly in the
annual compliance survey.</p>
<p>The governor told reporters after the ceremony that residents in remote districts still travel for hours to
obtain basic documents, and that the province would open mobile service counters in the coming months. "We would
rather be criticised now than fail the people we serve," he said. The ombudsman's chair said her office had
received more than one hundred and eighty reports from the province last year, most of them concerning land
disputes, civil service recruitment and health care. Observers welcomed the deal but warned that similar pledges in
other provinces had produced few visible changes, and urged both sides to publish regular progress reports so that
the public can judge whether services actually improve over the next year.</p>
</article></body></html>
"""

NO_ARTICLE_HTML = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Beranda - Portal Berita Daerah</title></head>
<body><nav><a href="/">Beranda</a> | <a href="/pelayanan-publik">Pelayanan Publik</a> |
<a href="/kerja-sama">Kerja Sama</a> | <a href="/kontak">Kontak</a></nav>
<footer>© 2024 Portal Berita Daerah</footer></body></html>
"""


# ---------------------------------------------------------------------------------------------
# 1-2. Sixty articles in batches of five: a clean run contended by two others; a run killed and resumed

@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("batch")
    articles = write_generated(root / "in", range(60), seed=1)
    config = root / "small-batches.toml"
    config.write_text("# a killed run loses at most five documents of work\nbatch_size = 5\n", encoding="utf-8")
    return dict(root=root, inp=root / "in", config=config, articles=articles)


@pytest.fixture(scope="module")
def contended(batch) -> dict:
    """A clean run A into a fresh folder. While A holds the folder's lock (A is stopped with SIGSTOP
    right after taking it, so the timing cannot vary) run B is started plainly and run C with --wait."""
    root, out = batch["root"], batch["root"] / "clean"
    args = ("run", batch["inp"], "--out", out, "--config", batch["config"], "--quiet")
    a = start(*args, log=root / "a.log")
    lock = out / ".lock"
    assert wait_for(lambda: lock.exists() and "pid" in lock.read_text(), a, timeout=120), \
        f"run A never took the lock: {(root / 'a.log').read_text()}"
    os.kill(a.pid, signal.SIGSTOP)
    try:
        t0 = time.monotonic()
        b = run_cli(*args, check=False)
        b_seconds = time.monotonic() - t0
        c = start(*args, "--wait", log=root / "c.log")
        time.sleep(max(2.0, 1.5 * b_seconds))  # long enough for C to reach the lock, as B did
        c_was_waiting = c.poll() is None
    finally:
        os.kill(a.pid, signal.SIGCONT)
    a_rc = a.wait(timeout=300)
    # C now holds the lock but is loading the rule model: it writes nothing for seconds, and then
    # only whole files under new names, so this is the folder as A left it.
    after_a = snapshot(out)
    c_rc = c.wait(timeout=300)
    return dict(out=out, a_pid=a.pid, a_rc=a_rc, a_err=(root / "a.log").read_text(), b=b,
                c_rc=c_rc, c_err=(root / "c.log").read_text(), c_was_waiting=c_was_waiting,
                after_a=after_a, snap=snapshot(out))


@pytest.fixture(scope="module")
def crashed(batch, contended) -> dict:
    """The same inputs into another folder, killed with SIGKILL at several points, then run to the end."""
    root, out = batch["root"], batch["root"] / "crashed"
    args = ("run", batch["inp"], "--out", out, "--config", batch["config"], "--quiet")
    kills = []
    for seconds in (0.5, 1.5):  # while starting up / loading the model
        p = start(*args, log=root / f"kill-{seconds}.log")
        time.sleep(seconds)
        p.kill()
        p.wait()
        kills.append((f"after {seconds} s", p.returncode, len(parts(out, "documents")), {}))
    # mid-run, twice: at the first sight of a batch being written (a part without its documents
    # part, or a temporary file) once one / six batches are committed, or else three batches later
    committed = lambda: len(parts(out, "documents"))
    for after in (1, 6):
        p = start(*args, log=root / f"kill-after-{after}.log")
        caught = wait_for(lambda: committed() >= after and bool(orphan_parts(out) or hidden_tmp(out))
                          or committed() >= after + 3, p, poll=0.001)
        p.kill()
        p.wait()
        kills.append((f"mid-run after {after} batches", p.returncode, committed(),
                      dict(caught_writing=caught, orphans=len(orphan_parts(out)), tmp=len(hidden_tmp(out)))))
    # A kill between the parts of a batch, made certain: an events part and a half-written file of a
    # batch that never got its documents part.
    events_part = parts(out, "events")[0]
    (out / "events" / "part-0badc0ffee00.parquet").write_bytes(events_part.read_bytes())
    (out / "people" / ".part-0badc0ffee00.parquet.tmp").write_bytes(b"PAR1 half a file")
    final = run_cli(*args)
    return dict(out=out, kills=kills, final=final, snap=snapshot(out))


def test_second_run_on_a_locked_folder_refuses_with_exit_3_naming_the_holder(contended):
    b = contended["b"]
    assert b.returncode == 3, (b.returncode, b.stderr)
    assert f"pid {contended['a_pid']}" in b.stderr, b.stderr
    assert "--wait" in b.stderr  # says what to do about it
    assert "Traceback" not in b.stderr


def test_a_run_with_wait_waits_for_the_holder_then_adds_nothing(contended, batch):
    assert contended["c_was_waiting"], f"run C did not wait for the lock: {contended['c_err']}"
    assert contended["a_rc"] == 0, contended["a_err"]
    assert contended["c_rc"] == 0, contended["c_err"]
    snap = contended["snap"]
    docs = snap["documents"]
    assert len(docs) == len({d["doc_id"] for d in docs}) == len(batch["articles"]) == 60
    assert snap["parts"]["documents"] == 12  # batch_size = 5 from the TOML file: 60 documents, 12 parts
    runs = sorted(snap["runs"], key=lambda r: r["started"])
    assert len(runs) == 2, runs  # A and C; B wrote nothing
    a_run, c_run = runs
    assert a_run["status"] == c_run["status"] == "complete"
    assert c_run["started"] >= a_run["ended"]
    assert (c_run["n_read"], c_run["n_already_done"]) == (60, 60)
    assert c_run["n_ok"] + c_run["n_no_event"] + c_run["n_skipped"] + c_run["n_failed"] + c_run["n_events"] == 0
    assert sum(d["n_events"] for d in docs) == len(snap["events"]) == a_run["n_events"]


def test_clean_run_processes_every_generated_article(contended):
    docs = contended["snap"]["documents"]
    assert Counter(d["status"] for d in docs) == Counter(ok=60), \
        [(d["source"], d["status"], d["error"]) for d in docs if d["status"] != "ok"]
    events = contended["snap"]["events"]
    assert {e["doc_id"] for e in events} == {d["doc_id"] for d in docs}


def test_every_generated_signatory_is_found_by_name(contended, batch):
    docs = {Path(d["source"]).name: d["doc_id"] for d in contended["snap"]["documents"]}
    names = Counter((p["doc_id"], p["name"]) for p in contended["snap"]["people"])
    missing = [(a["regency"], name) for a in batch["articles"] for name in (a["bupati"], a["ombud"])
               if (docs[a["name"]], name) not in names]
    assert not missing


def test_killed_runs_then_a_rerun_equal_an_uninterrupted_run(crashed, contended):
    kills = crashed["kills"]
    assert all(k[1] == -signal.SIGKILL for k in kills), kills
    assert 1 <= kills[2][2] < kills[3][2] < 12, kills  # killed mid-run, twice
    clean, resumed = contended["snap"], crashed["snap"]
    assert {d["doc_id"] for d in resumed["documents"]} == {d["doc_id"] for d in clean["documents"]}
    assert len(resumed["documents"]) == 60
    key = ["doc_id", "agreement_type", "event_date", "province_codes"]
    assert multiset(resumed["events"], key) == multiset(clean["events"], key)
    for table in ALL_TABLES:  # every column, row for row (ids are deterministic)
        assert multiset(resumed[table]) == multiset(clean[table]), table


def test_a_rerun_after_kills_leaves_no_partial_batches(crashed):
    out = crashed["out"]
    assert hidden_tmp(out) == []
    assert orphan_parts(out) == []
    assert not (out / "events" / "part-0badc0ffee00.parquet").exists()
    for table in ("events", "people", "scores"):  # every batch complete: one part per table per batch
        assert {token(p) for p in parts(out, table)} == {token(p) for p in parts(out, "documents")}, table


def test_killed_runs_leave_no_runs_row_and_the_completing_run_counts_what_it_found(crashed):
    runs = crashed["snap"]["runs"]
    assert len(runs) == 1 and runs[0]["status"] == "complete", runs
    r = runs[0]
    done_before = crashed["kills"][-1][2] * 5  # documents committed by the killed runs (5 a batch)
    assert r["n_read"] == 60 and r["n_already_done"] == done_before
    assert r["n_ok"] + r["n_no_event"] + r["n_skipped"] + r["n_failed"] == 60 - done_before


def test_rerun_on_the_same_inputs_adds_no_rows(contended):
    before, after = contended["after_a"], contended["snap"]
    for table in ALL_TABLES:
        assert multiset(after[table]) == multiset(before[table]), table
    assert after["parts"] == before["parts"]
    assert len(after["runs"]) == len(before["runs"]) + 1


# ---------------------------------------------------------------------------------------------
# Stopping a run with two worker processes: a full disk, Ctrl-C, SIGTERM. Each must end the workers,
# release the lock, record the run as failed or interrupted, and say so in one line; a rerun then
# gives the rows of the uninterrupted run.

# The command line with Parquet writes into OUT/events failing as on a full disk after AFTER of them.
FULL_DISK_RUN = """
import errno, sys, time
import pyarrow.parquet as pq
from pipeline.cli import main

real, calls = pq.write_table, []
def write_table(table, where, *args, **kwargs):
    if "/events/" in str(where):
        calls.append(where)
        if len(calls) > {after}:
            open({mark!r}, "w").write(str(time.monotonic()))
            raise OSError(errno.ENOSPC, "No space left on device")
    return real(table, where, *args, **kwargs)
pq.write_table = write_table
sys.exit(main(sys.argv[1:]))
"""


def lock_is_free(out: Path) -> bool:
    import fcntl

    with open(out / ".lock", "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        fcntl.flock(fh, fcntl.LOCK_UN)
    return True


STOPS = {  # how -> (exit code, status, reason)
    "full-disk": (1, "failed", "disk full writing {out}/events"),
    "sigint-to-the-group-while-loading": (130, "interrupted", "SIGINT"),
    "sigint-to-the-group-mid-run": (130, "interrupted", "SIGINT"),
    "sigterm-mid-run": (143, "interrupted", "SIGTERM"),
}


@pytest.mark.parametrize("how", sorted(STOPS))
def test_a_stopped_run_with_workers_ends_at_once_and_a_rerun_completes_it(batch, contended, how):
    root = batch["root"]
    out, log = root / f"stopped-{how}", root / f"stopped-{how}.log"
    args = ["run", batch["inp"], "--out", out, "--config", batch["config"], "--workers", "2", "--quiet"]
    committed = lambda: len(parts(out, "documents"))
    with open(log, "w") as err:
        if how == "full-disk":
            mark = root / "full-disk.time"
            code = FULL_DISK_RUN.format(after=2, mark=str(mark))
            proc = subprocess.Popen([sys.executable, "-c", code, *map(str, args)], cwd=ROOT,
                                    stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
            assert wait_for(mark.exists, proc, timeout=300), log.read_text()
        else:
            proc = subprocess.Popen([sys.executable, "-m", "pipeline", *map(str, args)], cwd=ROOT,
                                    stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
            if how.endswith("while-loading"):  # the lock is taken; the workers load the rule model
                assert wait_for(lambda: (out / ".lock").exists() and "pid" in (out / ".lock").read_text(), proc)
                time.sleep(1.0)
            else:
                assert wait_for(lambda: committed() >= (1 if "sigint" in how else 3), proc, timeout=300)
            assert proc.poll() is None, "the run finished before it could be stopped"
            if how.startswith("sigint"):
                os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C in a terminal: the parent and its workers
            else:
                os.kill(proc.pid, signal.SIGTERM)
        t0 = time.monotonic()
        try:
            rc = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            pytest.fail(f"{how}: the run did not end within 30 s")
    seconds = time.monotonic() - t0
    expected_rc, status, reason = STOPS[how]
    stderr = log.read_text()
    assert rc == expected_rc, (rc, stderr)
    assert stderr.strip() and "\n" not in stderr.strip() and "Traceback" not in stderr, stderr
    if how == "full-disk":
        assert stderr.strip() == (f"sepakat: disk full writing {out}/events: free space and run again; "
                                  "nothing committed is lost")
    assert lock_is_free(out), "a worker outlived the run and holds the folder's lock"
    (row,) = read_rows(out, "runs")
    assert row["status"] == status and reason.format(out=out) in row["reason"], row
    assert seconds < 30
    rerun = run_cli(*args)
    assert "Traceback" not in rerun.stderr
    clean, resumed = contended["snap"], snapshot(out)
    for table in ALL_TABLES:
        assert multiset(resumed[table]) == multiset(clean[table]), table
    assert [r["status"] for r in runs_in_order(resumed)] == [status, "complete"]
    assert orphan_parts(out) == [] and hidden_tmp(out) == []


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def test_a_killed_run_leaves_no_worker_holding_the_lock(batch, tmp_path):
    """SIGKILL to the run alone (not its workers): the lock is free at once (no worker shares the
    lock's file), and the workers exit within seconds."""
    out = tmp_path / "out"
    proc = start("run", batch["inp"], "--out", out, "--config", batch["config"], "--workers", "2", "--quiet",
                 log=tmp_path / "run.log")
    assert wait_for(lambda: len(parts(out, "documents")) >= 1, proc, timeout=300), (tmp_path / "run.log").read_text()
    workers = children(proc.pid)
    assert len(workers) >= 2, workers
    proc.kill()
    proc.wait()
    assert lock_is_free(out)
    assert wait_for(lambda: not any(Path(f"/proc/{w}").exists() and "zombie" not in
                                    Path(f"/proc/{w}/status").read_text(errors="replace").lower()
                                    for w in workers), timeout=10), "a worker outlived its run"


@contextmanager
def tmpfs(path: Path, *options: str):
    """A small tmpfs mounted at `path` (root only); skips where it cannot be mounted."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(path)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def one_line_failure(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    return proc.stderr.strip()


def test_output_that_is_a_file_is_one_line_and_exit_2(tmp_path):
    """A wrong command line (exit 2), found before the run starts."""
    (tmp_path / "hasil").write_text("not a folder")
    for out in (tmp_path / "hasil", tmp_path / "hasil" / "sub"):
        proc = run_cli("run", ROOT / "corpus" / "txt", "--out", out, "--quiet", check=False)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
        assert proc.stderr.strip() == f"sepakat: {tmp_path / 'hasil'} is a file, not a folder: give --out a folder"


def test_read_only_output_is_one_line(tmp_path):
    with tmpfs(tmp_path / "ro", "size=1m", "ro") as ro:
        message = one_line_failure(run_cli("run", ROOT / "corpus" / "txt", "--out", ro / "out", "--quiet",
                                           check=False))
    assert message == f"sepakat: {ro / 'out'} is on a read-only file system: give --out a writable folder"


def test_a_really_full_disk_is_one_line_and_a_rerun_with_space_completes(tmp_path):
    config = tmp_path / "one-a-batch.toml"
    config.write_text("batch_size = 1\n", encoding="utf-8")
    with tmpfs(tmp_path / "small", "size=200k") as small:
        proc = run_cli("run", ROOT / "corpus", "--out", small / "out", "--config", config, "--quiet", check=False)
        message = one_line_failure(proc)
        assert re.fullmatch(rf"sepakat: disk full writing {small}/out/\w+: free space and run again; "
                            r"nothing committed is lost", message), message
        assert lock_is_free(small / "out")
        committed = len(parts(small / "out", "documents"))
        assert 1 <= committed < 12
        shutil.copytree(small / "out", tmp_path / "out")  # "free space": the folder moved to a larger disk
    run_cli("run", ROOT / "corpus", "--out", tmp_path / "out", "--config", config, "--quiet")
    assert len({d["doc_id"] for d in read_rows(tmp_path / "out", "documents")}) == 12


# ---------------------------------------------------------------------------------------------
# Three versions of one page on three nights

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


# ---------------------------------------------------------------------------------------------
# File names as a scraper leaves them: Latin-1 bytes, a newline

FORGED = "1999-01-01 00:00:00,000 INFO run forged complete"


@pytest.fixture(scope="module")
def odd_names(tmp_path_factory) -> Path:
    inp = tmp_path_factory.mktemp("odd-names") / "in"
    inp.mkdir()
    folder = os.fsencode(inp)
    for name, i in ((b"pemkab-caf\xe9.txt", 50), (b"ombudsman-\xe9t\xe9.txt", 51), (b"biasa.txt", 52)):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
            fh.write(generated_article(i, seed=8)["text"])
    (inp / f"kosong\n{FORGED}.html").write_bytes(b"")
    return inp


@pytest.mark.parametrize("executor", ["local", "dask"])
def test_file_names_that_are_not_utf8_or_hold_a_newline_get_their_rows(odd_names, executor, tmp_path):
    out = tmp_path / "out"
    extra = ["--executor", "dask", "--workers", "2"] if executor == "dask" else []
    proc = run_cli("run", odd_names, "--out", out, "--quiet", *extra, check=False)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    docs = {d["source"]: d for d in read_rows(out, "documents")}
    assert sorted(docs) == sorted(f"{odd_names}/{n}" for n in (
        "pemkab-caf\\xe9.txt", "ombudsman-\\xe9t\\xe9.txt", "biasa.txt", f"kosong\\n{FORGED}.html"))
    assert [docs[f"{odd_names}/{n}"]["status"] for n in ("pemkab-caf\\xe9.txt", "ombudsman-\\xe9t\\xe9.txt")] \
        == ["ok", "ok"]
    assert docs[f"{odd_names}/kosong\\n{FORGED}.html"]["status"] == "skipped"
    (log,) = (out / "logs").glob("*.log")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert any("kosong\\n1999" in line for line in lines) or executor == "dask"
    assert not [line for line in lines if line.startswith("1999")]
    rerun = run_cli("run", odd_names, "--out", out, "--quiet", *extra)
    assert len(read_rows(out, "documents")) == 4, rerun.stderr  # the same ids: nothing added


# ---------------------------------------------------------------------------------------------
# 3-9. Three nights, each configured by a TOML file with small batches (night 3 is a folder of
# broken inputs), a compaction, and a rerun over all three

def _warc_gz(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                      http_headers=headers))
    return buf.getvalue()


def _as_html(article: dict) -> str:
    title, *paras = article["text"].strip().split("\n\n")
    return (f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")


def write_nights_1_and_2(n1: Path, n2: Path) -> list[dict]:
    gen1 = write_generated(n1, range(6), seed=2)
    dup = n1 / "dup"
    dup.mkdir()
    (dup / "a-original.txt").write_text(COPY_1, encoding="utf-8")
    (dup / "b-same-bytes.txt").write_text(COPY_1, encoding="utf-8")
    (dup / "c-other-outlet.txt").write_text(COPY_2, encoding="utf-8")
    sig = n1 / "signing"
    sig.mkdir()
    (sig / "kabar-tadulako.html").write_text(OUTLET_A_HTML, encoding="utf-8")
    (sig / "suara-lembah-palu.txt").write_text(OUTLET_B_TXT, encoding="utf-8")
    (sig / "pemprov-sulteng-rsud-undata.txt").write_text(OTHER_DATE_TXT, encoding="utf-8")
    # A scraper's feed: page U1 (edited before the next night) and page U2 (fetched again unchanged).
    v1 = generated_article(20, seed=3)["text"]
    v2 = v1.replace("Kutai Barat,", "Kutai Barat, yang baru dilantik,", 1) + (
        "\nRalat: berita ini diperbarui untuk melengkapi keterangan jabatan Bupati Kutai Barat.\n")
    assert v2.count("yang baru dilantik") == 1
    page = generated_article(27, seed=3)["text"]
    u1 = "https://kabarborneo.example/2024/ombudsman-kutai-barat"
    u2 = "https://kabarborneo.example/2024/ombudsman-gunung-mas"

    def feed(fetched_at: str, first: str) -> str:
        return "".join(json.dumps(dict(url=u, text=t, fetched_at=fetched_at)) + "\n"
                       for u, t in ((u1, first), (u2, page)))

    (n1 / "feed-2024-08-14.jsonl").write_text(feed("2024-08-14T22:00:00Z", v1), encoding="utf-8")
    n2.mkdir(parents=True)
    (n2 / "feed-2024-08-15.jsonl").write_text(feed("2024-08-15T22:00:00Z", v2), encoding="utf-8")
    (n2 / "copy-of-an-old-article.txt").write_text(gen1[2]["text"], encoding="utf-8")
    write_generated(n2, range(6, 8), seed=2)
    return gen1


# input file (relative to the night-3 folder) -> words one of which its `error` should contain
BAD_INPUTS = {
    "empty.html": ("empty",),
    "binary.html": ("binary",),
    "truncated.html.gz": ("truncat", "ended", "cannot read", "corrupt"),
    "feed.jsonl#0": ("malformed", "json"),
    "feed.jsonl#1": ("malformed", "json", "object"),
    "feed.jsonl#2": ("empty",),
    "huge.html": ("too large", "size"),
    "deep.html": ("no article text", "depth", "nest", "too deep", "failed"),
    "english.html": ("indonesian", "language"),
    "no-article.html": ("no article text", "no trace", "navigation", "menu"),
    "nights/2024-08-14/halaman.html.gz": ("truncat", "ended", "cannot read", "corrupt"),
    "deep.jsonl#1": ("nested too deep",),
}


def write_bad_inputs(inp: Path) -> None:
    inp.mkdir(parents=True)
    (inp / "good.txt").write_text(generated_article(40, seed=4)["text"], encoding="utf-8")
    (inp / "empty.html").write_bytes(b"")
    rng = random.Random(7)
    (inp / "binary.html").write_bytes(bytes(rng.randrange(256) for _ in range(20_000)))
    page = gzip.compress(_as_html(generated_article(41, seed=4)).encode("utf-8"))
    (inp / "truncated.html.gz").write_bytes(page[: len(page) // 2])
    # one response record, cut near its end: most of the page is there, the rest is missing
    warc = _warc_gz([("https://kabar.example/2024/08/pemkab-dompu", _as_html(generated_article(42, seed=4)))])
    (inp / "truncated.warc.gz").write_bytes(warc[: int(len(warc) * 0.85)])
    (inp / "feed.jsonl").write_text(
        '{"url": "https://kabar.example/a", "text": "Pemkab Buol dan Ombudsman menandatangani\n'
        "[1, 2, 3]\n"
        '{"url": "https://kabar.example/c", "title": "Kosong", "text": ""}\n', encoding="utf-8")
    para = ("<p>Pemerintah kabupaten dan Ombudsman membahas kerja sama pelayanan publik di daerah itu, "
            "termasuk penanganan laporan masyarakat dan standar pelayanan.</p>\n")
    with open(inp / "huge.html", "w", encoding="utf-8") as fh:  # 50 MB
        fh.write("<!DOCTYPE html><html><body><article>")
        fh.write(para * (50_000_000 // len(para) + 1))
        fh.write("</article></body></html>")
    inner = "".join(f"<p>{p}</p>" for p in generated_article(43, seed=4)["text"].split("\n\n"))
    (inp / "deep.html").write_text("<html><body>" + "<div>" * 10_000 + inner + "</div>" * 10_000 + "</body></html>",
                                   encoding="utf-8")
    # three records, the second nested 100,000 deep (more than the JSON parser's recursion allows)
    (inp / "deep.jsonl").write_text("\n".join([
        json.dumps({"text": generated_article(46, seed=4)["text"]}),
        '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps({"text": generated_article(47, seed=4)["text"]})]) + "\n", encoding="utf-8")
    (inp / "english.html").write_text(ENGLISH_HTML, encoding="utf-8")
    (inp / "no-article.html").write_text(NO_ARTICLE_HTML, encoding="utf-8")
    # the same file name on two nights, both truncated (differently)
    for night, i in (("2024-08-14", 44), ("2024-08-15", 45)):
        (inp / "nights" / night).mkdir(parents=True)
        data = gzip.compress(_as_html(generated_article(i, seed=4)).encode("utf-8"))
        (inp / "nights" / night / "halaman.html.gz").write_bytes(data[: len(data) // 3])


@pytest.fixture(scope="module")
def nightly(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("nightly")
    nights = [root / "in" / f"night{n}" for n in (1, 2, 3)]
    gen1 = write_nights_1_and_2(nights[0], nights[1])
    write_bad_inputs(nights[2])

    def toml(*inputs: str) -> str:
        return ("[sepakat]\ninputs = [" + ", ".join(f'"{i}"' for i in inputs) + "]\n"
                'out = "out"\nbatch_size = 2\ndoc_timeout = 30\ndoc_memory_mb = 1500\n')

    for n in (1, 2, 3):
        (root / f"night{n}.toml").write_text(toml(f"in/night{n}"), encoding="utf-8")
    (root / "all.toml").write_text(toml("in/night1", "in/night2", "in/night3"), encoding="utf-8")
    out = root / "out"

    def sepakat(*args, check: bool = True) -> subprocess.CompletedProcess:
        """As a cron job calls it: the console script. PYTHONPATH makes it run this checkout's
        code (the script imports the package installed in the venv, which may be another's)."""
        cmd = [str(SEPAKAT)] if SEPAKAT.exists() else [sys.executable, "-m", "pipeline"]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        proc = subprocess.run(cmd + [*map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=300,
                              env=env)
        if check:
            assert proc.returncode == 0, f"{args}: exit {proc.returncode}\n{proc.stderr}"
        return proc

    snaps = {}
    sepakat("run", "--config", root / "night1.toml", "--quiet")
    snaps["night1"] = snapshot(out)
    sepakat("run", "--config", root / "night2.toml", "--quiet")
    snaps["night2"] = snapshot(out)
    night3 = sepakat("run", "--config", root / "night3.toml", check=False)  # with its summary
    snaps["night3"] = snapshot(out)
    compacted = run_cli("compact", out)
    snaps["compacted"] = snapshot(out)
    sepakat("run", "--config", root / "all.toml", "--quiet")
    snaps["rerun"] = snapshot(out)
    (nights[2] / "huge.html").unlink()  # 50 MB: not kept in pytest's temporary folders
    return dict(root=root, out=out, nights=nights, snaps=snaps, gen1=gen1, night3=night3,
                compact_stdout=compacted.stdout)


def doc(snap: dict, suffix: str) -> dict:
    return by_source(snap["documents"], suffix)


def runs_in_order(snap: dict) -> list[dict]:
    return sorted(snap["runs"], key=lambda r: (r["started"], r["run_id"]))


# -- 8. configuration, logs, runs table

def test_toml_config_relative_paths_resolve_against_the_toml_file(nightly):
    root = nightly["root"]
    docs = nightly["snaps"]["night1"]["documents"]
    assert docs and all(Path(d["source"]).is_relative_to(root / "in" / "night1") for d in docs)
    assert (root / "out" / "documents").is_dir()
    options = json.loads(nightly["snaps"]["night1"]["runs"][0]["options"])
    assert options["batch_size"] == 2 and options["doc_timeout"] == 30 and options["doc_memory_mb"] == 1500
    assert Path(options["out"]) == root / "out"
    assert [Path(p) for p in options["inputs"]] == [root / "in" / "night1"]


def test_unknown_toml_key_exits_2_and_names_it(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "nightly.toml").write_text('inputs = ["in"]\nout = "out"\nbatch_sise = 5\n', encoding="utf-8")
    proc = run_cli("run", "--config", tmp_path / "nightly.toml", check=False)
    assert proc.returncode == 2, proc.stderr
    assert "batch_sise" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


def test_one_log_file_per_run(nightly):
    out = nightly["out"]
    runs = nightly["snaps"]["rerun"]["runs"]
    logs = sorted((out / "logs").glob("*.log"))
    assert len(logs) == len(runs) == 4
    assert {p.stem for p in logs} == {r["run_id"] for r in runs}
    assert all(p.stat().st_size > 0 for p in logs)


def test_runs_table_one_complete_row_per_run_with_counts_matching_documents(nightly):
    snaps = nightly["snaps"]
    runs = runs_in_order(snaps["rerun"])
    assert [r["status"] for r in runs] == ["complete"] * 4
    for r in runs:
        assert r["n_read"] == r["n_already_done"] + r["n_ok"] + r["n_no_event"] + r["n_skipped"] + r["n_failed"]
        assert r["ended"] >= r["started"]
    docs = snaps["rerun"]["documents"]
    status = Counter(d["status"] for d in docs)
    for s in STATUSES:
        assert sum(r[f"n_{s}"] for r in runs) == status[s], s
    assert sum(r["n_events"] for r in runs) == len(snaps["rerun"]["events"])
    # each night's row counts exactly the documents that night added
    for n, (prev, snap) in enumerate([(None, "night1"), ("night1", "night2"), ("night2", "night3")]):
        old = {d["doc_id"] for d in snaps[prev]["documents"]} if prev else set()
        added = Counter(d["status"] for d in snaps[snap]["documents"] if d["doc_id"] not in old)
        assert {s: runs[n][f"n_{s}"] for s in STATUSES} == {s: added[s] for s in STATUSES}, snap
    # the rerun over all three nights found everything done
    last = runs[3]
    assert last["n_read"] == last["n_already_done"] == sum(r["n_read"] for r in runs[:3])


# -- 3. reruns and new inputs

def test_new_inputs_add_only_their_rows(nightly):
    first, second = nightly["snaps"]["night1"], nightly["snaps"]["night2"]
    night2 = nightly["nights"][1]
    for table in ALL_TABLES[:4]:
        assert not multiset(first[table]) - multiset(second[table]), f"{table}: rows of night 1 changed"
    new_ids = {d["doc_id"] for d in second["documents"]} - {d["doc_id"] for d in first["documents"]}
    assert len(new_ids) == 5  # two feed records, the copy, two new articles
    assert len(second["documents"]) == len(first["documents"]) + 5
    assert all(Path(d["source"].split("#")[0]).is_relative_to(night2)
               for d in second["documents"] if d["doc_id"] in new_ids)
    for table in ("events", "people", "scores"):
        old = multiset(first[table])
        added = [r for r in second[table] if multiset([r]) - old]
        assert {r["doc_id"] for r in added} <= new_ids, table
    assert {r["doc_id"] for r in second["events"]} - {r["doc_id"] for r in first["events"]}  # some were added


# -- 4. copies

def test_exact_copy_under_another_name_is_skipped_naming_the_original(nightly):
    snap = nightly["snaps"]["night1"]
    original = doc(snap, "dup/a-original.txt")
    copy = doc(snap, "dup/b-same-bytes.txt")
    assert original["status"] == "ok"
    assert copy["status"] == "skipped" and copy["error"] == f"duplicate of {original['doc_id']}"
    assert copy["doc_id"] != original["doc_id"]


def test_near_copy_from_another_outlet_is_skipped_naming_the_original(nightly):
    snap = nightly["snaps"]["night1"]
    original = doc(snap, "dup/a-original.txt")
    near = doc(snap, "dup/c-other-outlet.txt")
    assert near["status"] == "skipped" and near["error"] == f"duplicate of {original['doc_id']}"


def test_copy_fed_in_a_later_run_is_skipped_naming_the_original(nightly):
    snap = nightly["snaps"]["night2"]
    original = doc(snap, nightly["gen1"][2]["name"])
    copy = doc(snap, "night2/copy-of-an-old-article.txt")
    assert copy["status"] == "skipped" and copy["error"] == f"duplicate of {original['doc_id']}"
    assert copy["supersedes"] is None


def test_skipped_copies_contribute_no_rows(nightly):
    snap = nightly["snaps"]["night2"]
    copies = {d["doc_id"] for d in snap["documents"] if (d["error"] or "").startswith("duplicate of")}
    assert len(copies) == 4  # same bytes, other outlet, the later copy, the unchanged re-fetch
    for table in ("events", "people", "scores"):
        assert not {r["doc_id"] for r in snap[table]} & copies, table
    assert all(d["n_events"] == 0 for d in snap["documents"] if d["doc_id"] in copies)
    assert not [a for a in snap["agreements"] if set(a["doc_ids"]) & copies]


# -- 5. a page that changed under the same URL

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


# -- 6. one signing, two outlets

def test_two_outlets_reporting_one_signing_make_one_agreement(nightly):
    snap = nightly["snaps"]["night1"]
    a = doc(snap, "signing/kabar-tadulako.html")
    b = doc(snap, "signing/suara-lembah-palu.txt")
    assert a["status"] == b["status"] == "ok"
    assert a["outlet"] == "Kabar Tadulako"
    events = {d: [e for e in snap["events"] if e["doc_id"] == d] for d in (a["doc_id"], b["doc_id"])}
    assert all(len(es) == 1 for es in events.values()), events
    rows = [r for r in snap["agreements"] if a["doc_id"] in r["doc_ids"] or b["doc_id"] in r["doc_ids"]]
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["n_sources"] == 2
    assert row["doc_ids"] == sorted([a["doc_id"], b["doc_id"]])
    assert row["event_ids"] == sorted(es[0]["event_id"] for es in events.values())
    assert row["agreement_type"] == "nota_kesepahaman"
    assert row["event_date"] == dt.date(2024, 8, 14) and row["date_precision"] == "day"
    assert row["province_codes"] == ["ID-ST"]
    assert {"Burhanuddin Tawil Lasawedi", "Wahyuni Setyaningrum Harahap"} <= set(row["signatories"])


def test_same_parties_signing_on_another_date_is_another_agreement(nightly):
    snap = nightly["snaps"]["night1"]
    later = doc(snap, "signing/pemprov-sulteng-rsud-undata.txt")
    rows = [r for r in snap["agreements"] if later["doc_id"] in r["doc_ids"]]
    assert len(rows) == 1
    assert rows[0]["n_sources"] == 1 and rows[0]["event_date"] == dt.date(2024, 10, 18)


def test_every_current_event_is_in_exactly_one_agreement(nightly):
    snap = nightly["snaps"]["rerun"]
    superseded = {d["supersedes"] for d in snap["documents"] if d["supersedes"]}
    current = {e["event_id"] for e in snap["events"] if e["doc_id"] not in superseded}
    in_agreements = Counter(e for r in snap["agreements"] for e in r["event_ids"])
    assert set(in_agreements) == current and set(in_agreements.values()) == {1}
    ids = [r["agreement_id"] for r in snap["agreements"]]
    assert len(ids) == len(set(ids))
    assert all(r["n_sources"] == len(r["doc_ids"]) for r in snap["agreements"])


# -- 9. compaction

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


# -- 7. night 3: a folder of broken inputs and one good article

@pytest.fixture(scope="module")
def bad(nightly) -> dict:
    folder = nightly["nights"][2]
    snap = nightly["snaps"]["night3"]
    docs = [d for d in snap["documents"] if Path(d["source"].split("#")[0]).is_relative_to(folder)]
    ids = {d["doc_id"] for d in docs}
    run = runs_in_order(snap)[2]
    return dict(folder=folder, proc=nightly["night3"], docs=docs, run=run,
                events=[e for e in snap["events"] if e["doc_id"] in ids])


def test_bad_inputs_run_exits_0(bad):
    assert bad["proc"].returncode == 0, bad["proc"].stderr
    assert "Traceback" not in bad["proc"].stderr
    assert bad["run"]["status"] == "complete"
    assert bad["run"]["n_failed"] >= 3 and bad["run"]["n_skipped"] >= 5


def test_the_good_article_among_bad_inputs_is_ok(bad):
    good = by_source(bad["docs"], "/good.txt")
    assert good["status"] == "ok" and good["error"] is None and good["n_events"] >= 1


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_every_bad_input_gets_a_row_with_an_understandable_reason(bad, name):
    row = by_source(bad["docs"], "/" + name)
    assert row["status"] in ("skipped", "failed"), (row["status"], row["error"], row["text"])
    error = row["error"] or ""
    assert error.strip() and "\n" not in error and len(error) < 300 and "Traceback" not in error, error
    assert any(w in error.lower() for w in BAD_INPUTS[name]), (name, error)
    assert row["reason"] not in (None, "other"), (name, error)  # a short code for every reason
    assert row["n_events"] == 0


def test_bad_inputs_contribute_no_event_rows(bad):
    not_ok = {d["doc_id"] for d in bad["docs"] if d["status"] != "ok"}
    assert not {e["doc_id"] for e in bad["events"]} & not_ok
    assert all(d["status"] in STATUSES for d in bad["docs"])


def test_bad_inputs_summary_counts_reasons(bad):
    err = bad["proc"].stderr
    assert "documents read:" in err
    for reason in ("empty document", "malformed JSONL line", "binary content"):
        assert reason in err, err


def test_truncated_warc_record_is_failed_as_truncated(bad):
    rows = [d for d in bad["docs"] if "truncated.warc.gz" in d["source"]]
    assert rows, "no documents row for truncated.warc.gz"
    assert all(r["status"] == "failed" for r in rows), [(r["source"], r["status"], r["error"]) for r in rows]
    assert any("truncat" in (r["error"] or "").lower() for r in rows)


def test_the_records_beside_one_nested_too_deep_get_their_rows(bad):
    assert [by_source(bad["docs"], f"/deep.jsonl#{n}")["status"] for n in range(3)] == ["ok", "failed", "ok"]


def test_two_unreadable_files_with_one_name_get_a_row_each(bad):
    rows = [d for d in bad["docs"] if d["source"].endswith("halaman.html.gz")]
    assert sorted(Path(r["source"]).parent.name for r in rows) == ["2024-08-14", "2024-08-15"]


# ---------------------------------------------------------------------------------------------
# Near-duplicates, in process: the dedup index over many realistic near-copies

def _long_release(i: int) -> str:
    """A release of about 300 words: one generated article followed by the body of another."""
    a, b = generated_article(i, seed=6)["text"], generated_article(i + 1, seed=7)["text"]
    return a + "\n\n" + "\n\n".join(b.split("\n\n")[3:])


def test_near_copies_with_one_sentence_changed_are_found():
    from pipeline.dedup import NearDuplicates, _shingles

    changed = ("Dalam kesempatan itu Bupati juga menyerahkan piagam penghargaan kepada tiga kepala desa yang "
               "dinilai paling responsif menindaklanjuti keluhan warga.")
    missed = []
    for i in range(60):
        text = _long_release(i)
        paras = text.split("\n\n")
        copy = "\n\n".join(paras[:-1] + [changed])
        a, b = _shingles(text), _shingles(copy)
        jaccard = len(a & b) / len(a | b)
        if jaccard < 0.85:  # the premise: a near-copy by any standard, well above the 0.8 threshold
            raise ValueError(f"generated pair {i} is not a near-copy: Jaccard {jaccard:.3f}")
        index = NearDuplicates()
        index.add("original", index.signature(text))
        if index.query(index.signature(copy)) != "original":
            missed.append(round(jaccard, 3))
    assert not missed, f"{len(missed)} of 60 near-copies missed, Jaccard {missed}"


def test_generated_articles_are_not_near_duplicates_of_each_other():
    """The generator's premise (else test 1 would be about dedup, not crashes)."""
    from pipeline.dedup import _shingles

    shingles = [_shingles(generated_article(i, seed=1)["text"]) for i in range(60)]
    worst = max(len(a & b) / len(a | b) for n, a in enumerate(shingles) for b in shingles[:n])
    assert worst < 0.5
