"""The nightly batch's test material, shared by the tests/test_nightly_*.py files and the fixtures
of conftest.py: reading an output folder back (parts, rows, snapshots), a generator of distinct
press releases, a few articles written by hand, and the inputs of the three nights.

Every article here is written for these tests (names are invented; places and offices are real).
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import random
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

TABLES = ("documents", "events", "people", "scores")
ALL_TABLES = TABLES + ("agreements",)
STATUSES = {"ok", "no_event", "skipped", "failed"}
SEPAKAT = Path(sys.executable).with_name("sepakat")  # the console script, as a cron job calls it


# ---------------------------------------------------------------------------------------------
# Helpers: processes and tables

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


def doc(snap: dict, suffix: str) -> dict:
    return by_source(snap["documents"], suffix)


def runs_in_order(snap: dict) -> list[dict]:
    return sorted(snap["runs"], key=lambda r: (r["started"], r["run_id"]))


def lock_is_free(out: Path) -> bool:
    import fcntl

    with open(out / ".lock", "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        fcntl.flock(fh, fcntl.LOCK_UN)
    return True


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
# The inputs of nights 1-3 (night 3 is a folder of broken inputs)

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
    "blank.jsonl": ("no jsonl record",),
    "nothing.warc.gz": ("no html response record",),
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
    # files of records that hold none: each is still a row, not left out unsaid
    (inp / "blank.jsonl").write_text("\n  \n", encoding="utf-8")
    (inp / "nothing.warc.gz").write_bytes(gzip.compress(b""))
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
