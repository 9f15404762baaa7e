"""Kinds of sentence read from probe 18's unseen news, on short invented articles: a signing's
date followed by the part of the day and its time zone, honorifics glued by their stops or
written as a ship captain's, the office written before another office, and numbered offices."""
import datetime as dt

import pipeline
from pipeline.config import DEFAULT_MODEL
from pipeline.model import read_tsv
from pipeline.normalize import strip_name


def extract(text, published="2025-07-22"):
    return pipeline.extract(text, published=published)


def test_a_date_followed_by_the_part_of_the_day_and_its_zone_dates_the_signing():
    text = ("Menteri Pertahanan Ahmad Santoso dan Menteri Kesehatan Budi Hartono meneken nota kesepahaman di "
            "Jakarta, Selasa (22/7/2025) malam WIB.")
    (event,) = extract(text)["events"]
    assert event["event_date"].isoformat() == "2025-07-22"


def test_a_bylines_time_and_zone_after_a_date_still_date_nothing():
    from pipeline.fields import load_lexicon
    from pipeline.stages import _event_dates

    lexicon = load_lexicon(str(DEFAULT_MODEL))
    published = dt.date(2025, 7, 22)
    for byline in ("Selasa, 22 Juli 2025 | 09:27 WIB", "Selasa, 22 Juli 2025 pukul 09.27 WIB"):
        text = f"Penulis: Redaksi Kabar Nusantara | {byline} | Para menteri bertemu di Jakarta."
        assert _event_dates(lexicon, text, published) == [], byline
    told = "Kedua menteri meneken nota kesepahaman di Jakarta, Selasa (22/7/2025) malam WIB."
    assert [d.date for d, _s, _e in _event_dates(lexicon, told, published)] == [published]


def people(text, published="2024-03-04"):
    return {p["name"]: p["role"] for p in extract(text, published)["people"]}


def test_honorifics_glued_by_their_stops_or_a_captains_precede_the_name():
    text = ("Gubernur Bengkulu Dr.drh. H Ahmad Santoso dan Wali Kota Tidore Kepulauan Capt. H. Budi Hartono "
            "menandatangani MoU di Jakarta, Senin (4/3/2024).")
    assert people(text) == {"Ahmad Santoso": "gubernur", "Budi Hartono": "wali_kota"}


def test_initials_before_a_name_are_no_honorific():
    forms = read_tsv(DEFAULT_MODEL / "gazetteers" / "honorifics.tsv")
    prefixes = [r["form"] for r in forms if r["kind"] == "prefix"]
    suffixes = [r["form"] for r in forms if r["kind"] != "prefix"]
    assert strip_name("M.S. Budi Hartono, S.E., M.H.", prefixes, suffixes) == "M.S. Budi Hartono"
    assert strip_name("Ms. Jane Doe", prefixes, suffixes) == "Jane Doe"


def test_the_office_written_before_another_is_the_one_held():
    text = ("Pemprov Papua Selatan menandatangani nota kesepahaman dengan Universitas Gadjah Mada, Senin (4/3/2024). "
            "Pj Gubernur Papua Selatan yang diwakili oleh Asisten 1 Sekda Provinsi Papua Selatan, Drs. Ahmad "
            "Santoso, M.Si, menandatangani MoU itu.")
    assert people(text)["Ahmad Santoso"] == "asisten_sekda"


def test_numbered_offices_and_an_assistant_for_a_field_are_read():
    text = ("Pemkab Kepulauan Meranti menandatangani nota kesepakatan dengan Ombudsman RI di Jakarta, Senin "
            "(4/3/2024). Bupati yang diwakili Asisten Bidang Ekonomi dan Pembangunan Ahmad Santoso menjelaskan "
            "sejumlah poin. Hadir pula Wakil Rektor 3 Bidang Kerjasama Budi Hartono, SE, MSi.")
    assert people(text) == {"Ahmad Santoso": "asisten_sekda", "Budi Hartono": "lainnya"}


def test_a_paper_pointed_back_to_by_another_name_is_the_one_told():
    text = ("Wali Kota Tidore Kepulauan Ahmad Santoso bersama Gubernur Maluku Utara Budi Hartono melakukan "
            "penandatanganan Nota Kesepakatan Bersama dengan Ombudsman Republik Indonesia di Jakarta, Selasa "
            "(30/11/2021).\n\n"
            "Usai melakukan penandatanganan, Wali Kota Ahmad Santoso mengatakan pelaksanaan penandatanganan nota "
            "kesepahaman ini merupakan bentuk komitmen pemerintah.")
    events = extract(text, published="2021-11-30")["events"]
    assert [e["agreement_type"] for e in events] == ["nota_kesepakatan"]


def test_a_new_ministrys_words_and_an_editors_gloss_are_no_name():
    text = ("Menteri Desa Ahmad Santoso menandatangani nota kesepahaman dengan Wakil Menteri Pelindungan Pekerja "
            "Migran Budi Hartono di Jakarta, Kamis (27/2/2025). \"Kami mendorong Kapolri (Kepala Kepolisian "
            "Republik Indonesia, Red) menerbitkan surat edaran,\" kata Ahmad.")
    assert set(people(text, "2025-02-27")) == {"Ahmad Santoso", "Budi Hartono"}


def test_a_town_abroad_after_a_venue_is_where_it_was_signed():
    text = ("Menteri Luar Negeri Ahmad Santoso dan Menteri Luar Negeri Qatar Budi Hartono menandatangani nota "
            "kesepahaman di Istana Amiri Diwan, Doha, pada Minggu (13/4/2025).")
    (event,) = extract(text, published="2025-04-13")["events"]
    assert event["city"] == "Doha"


def test_a_streets_initials_end_no_sentence():
    text = ("Wali Kota Tidore Kepulauan Ahmad Santoso menandatangani Nota Kesepakatan Bersama dengan Ombudsman RI di "
            "Kantor Pusat Ombudsman RI Jln. HR. Rasuna Said Kav. C-19 Kuningan, Jakarta Selatan, Selasa "
            "(30/11/2021).")
    (event,) = extract(text, published="2021-11-30")["events"]
    assert event["city"] == "Jakarta"


def test_each_clause_of_a_sentence_tells_a_signing_of_its_own():
    text = ("AMBON - Kejaksaan Tinggi Maluku menandatangani Perjanjian Kerja Sama dengan Pemerintah Provinsi Maluku, "
            "sementara seluruh Kejaksaan Negeri di Maluku menandatangani Perjanjian Kerja Sama Khusus dengan "
            "Pemerintah Kabupaten/Kota se-provinsi, Kamis (11/12/2025).")
    events = extract(text, published="2025-12-11")["events"]
    assert [e["agreement_type"] for e in events] == ["perjanjian_kerja_sama", "perjanjian_kerja_sama"]


def test_a_dateline_of_the_sites_address_then_the_town_on_a_line_of_its_own():
    text = ("Kemendagri jalin nota kesepahaman dengan Kemensos\n\nKONTAN.CO.ID - JAKARTA.\n\n"
            "Menteri Dalam Negeri Ahmad Santoso menandatangani nota kesepahaman dengan Menteri Sosial Budi Hartono, "
            "Senin (29/3/2021).")
    (event,) = extract(text, published="2021-03-29")["events"]
    assert event["city"] == "Jakarta"


def test_a_resort_area_before_the_outlets_name_is_the_dateline_town():
    text = ("Nusa Dua, MINA – Kementerian Luar Negeri menandatangani nota kesepahaman dengan Universitas Udayana, "
            "Kamis (5/12/2019).")
    (event,) = pipeline.extract(text, url="https://minanews.net/kemenlu-teken-mou/", published="2019-12-05")["events"]
    assert event["city"] == "Nusa Dua"


def test_names_written_before_their_offices_in_a_list():
    text = ("Ombudsman RI dan Pemprov Aceh menandatangani nota kesepakatan di Banda Aceh, Senin (4/3/2024). Hadir "
            "Pj. Gubernur Aceh yang diwakili oleh Ahmad Santoso Asisten Bidang Administrasi Umum, Budi Hartono Kepala "
            "Ombudsman RI Perwakilan Aceh, para kepala dinas.")
    assert people(text) == {"Ahmad Santoso": "asisten_sekda", "Budi Hartono": "kepala_perwakilan_ombudsman"}


def test_a_point_of_the_compass_ends_a_places_name_not_begins_a_name():
    text = ("Bupati Bolmong Utara, Dr. Ahmad Santoso, SE., M.Si menandatangani MoU dengan BPN di Boroko, Senin "
            "(4/3/2024). Kata dia, Bupati Bolmong Utara menyambut baik langkah tersebut.")
    assert people(text) == {"Ahmad Santoso": "bupati"}


def zones(text, published="2023-02-14"):
    return {s["subject"]: s["zone"] for s in extract(text, published)["scores"]}


def test_a_list_of_as_many_as_a_group_named_before_takes_its_zone():
    text = ("BANJARMASIN – Lima pemerintah daerah masuk kategori zona hijau berdasarkan hasil penilaian kepatuhan "
            "Ombudsman RI tahun 2022.\n\n"
            "Sistem penilaian ini membaik dibanding tahun 2021, ketika dari 14 pemerintah daerah hanya 3 yang masuk "
            "zona hijau.\n\n"
            "Hal itu disampaikan Kepala Ombudsman Kalsel Ahmad Santoso, Selasa (14/2).\n\n"
            "Tahun 2022 ini, Banjarbaru mendapatkan nilai kepatuhan 84,74, Tanah Laut dengan nilai 86,61, Tanah Bumbu "
            "dengan nilai 84,57, Balangan dengan 80,78, Tabalong dengan nilai 79,36.")
    assert set(zones(text).values()) == {"hijau"} and len(zones(text)) == 5


def test_a_category_named_by_its_colour_is_the_zone():
    text = ("Hasil penilaian kepatuhan Ombudsman RI Perwakilan Aceh tahun 2023: masih ada dua kabupaten yang masuk "
            "dalam kategori kuning, yaitu Aceh Jaya dan Simeulue.")
    assert zones(text) == {"Aceh Jaya": "kuning", "Simeulue": "kuning"}


def test_who_came_to_sign_signed():
    text = ("MALANG – Ombudsman RI dan Universitas Brawijaya menandatangani nota kesepahaman di Malang, Rabu "
            "(29/10/2025).\n\nKetua Ombudsman RI Ahmad Santoso langsung hadir untuk menandatangani naskah MoU "
            "tersebut. Dari UB, Rektor Budi Hartono juga hadir dalam kegiatan tersebut.")
    (event,) = extract(text, published="2025-10-29")["events"]
    assert event["signatories"] == ["Ahmad Santoso"]
