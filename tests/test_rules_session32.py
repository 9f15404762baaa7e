"""Kinds of sentence read in session 32, on short invented articles."""
import pytest

from .readings import by_name, events_of, people_of, scores_of, signers

LEAD = "Pemprov Kalimantan Tengah dan Ombudsman RI meneken nota kesepahaman di Palangka Raya. "
NATIONAL_LEAD = "Kementerian Kesehatan dan Badan Narkotika Nasional meneken nota kesepahaman di Jakarta. "


@pytest.mark.parametrize("sentence, name", [
    ("Hal itu disampaikan Kepala Biro Komunikasi dan Pelayanan Publik Sri Wahyuni, Senin (18/5/2026).",
     "Sri Wahyuni"),
    ("Inspektur Jenderal itu diwakili Inspektur Bambang Hartono dalam rapat.", "Bambang Hartono"),
])
def test_a_bureau_of_no_region_is_a_national_bodys_office(sentence, name):
    # a bureau or an inspector with no region anywhere in the article heads no regional government's
    # office (perangkat daerah): the ministry's Kepala Biro is `lainnya`
    assert by_name(NATIONAL_LEAD + sentence, "2026-05-18", "role", "province_code") == {name: ("lainnya", None)}


def test_a_bureau_in_a_regional_article_stays_a_regional_office():
    text = LEAD + "Hadir Kepala Biro Organisasi Setda Kalteng Sri Wahyuni."
    assert by_name(text, "2024-11-13", "role", "province_code") == {
        "Sri Wahyuni": ("kepala_perangkat_daerah", "ID-KT")}


@pytest.mark.parametrize("sentence", [
    # a body listed after an office: its words taken from Dutch are no one's name
    "Sidang itu juga menghadirkan Ketua Komisi VIII DPR RI, Badan Meteorologi, Klimatologi dan "
    "Geofisika (BMKG), serta Lembaga Penerbangan.",
    # a candidate's campaign team is no office
    "Ia dahulu menjadi Ketua Timses Anies - Sandi saat pemilihan.",
])
def test_words_of_a_body_or_a_team_are_no_names(sentence):
    assert people_of(LEAD + sentence, "2024-11-13") == []


def test_a_name_after_office_words_taken_from_dutch_is_found():
    text = LEAD + "Hadir pula Direktur Pusat Teknologi dan Klimatologi Budi Santoso."
    assert people_of(text, "2024-11-13") == [("Budi Santoso", "lainnya")]


@pytest.mark.parametrize("sentence, expected", [
    ("Presiden didampingi putranya Didit Hediprasetyo, Menteri Investasi/Kepala BPI Danantara Rosan "
     "Roeslani, dan Seskab Teddy Indra Wijaya.",
     ["Rosan Roeslani", "Teddy Indra Wijaya"]),
    ("Acara dihadiri Budi Santoso, Menteri PPN/Kepala Bappenas Suharso Monoarfa.", ["Suharso Monoarfa"]),
])
def test_two_offices_joined_by_a_slash_are_held_by_the_name_after_them(sentence, expected):
    # the first office's holder is the second's, named after it: not the name before the first
    # office; the agency's short name is no part of the name
    assert sorted(by_name(NATIONAL_LEAD + sentence, "2026-05-18", "role")) == expected


@pytest.mark.parametrize("text, city", [
    # the short form the article uses, where the gazetteer's name is not written
    ("Pemkab Sidrap dan Ombudsman RI menandatangani nota kesepahaman di Baruga Kompleks SKPD Sidrap, "
     "Selasa (2/3/2021).", "Sidrap"),
    ("SIDRAP - Pemkab Sidrap dan Ombudsman RI menandatangani nota kesepahaman, Selasa (2/3/2021).", "Sidrap"),
    # the gazetteer's name where the article writes it too, or writes it spelt apart
    ("Pemkab Sidenreng Rappang dan Ombudsman RI menandatangani nota kesepahaman di Baruga Kompleks "
     "SKPD Sidrap, Selasa (2/3/2021).", "Sidenreng Rappang"),
    ("Pemkot dan Ombudsman RI menandatangani nota kesepahaman di Palangkaraya, Selasa (2/3/2021).",
     "Palangka Raya"),
])
def test_the_city_is_named_as_the_article_writes_it(text, city):
    assert events_of(text, "2021-03-02", "city") == [(city,)]


def test_a_dateline_of_a_town_in_capitals_and_the_outlet_in_brackets_names_the_city():
    text = ("Pemprov Sumbar dan BPKP Teken Kesepakatan\n\nPADANG, (Media.com) Pemerintah Provinsi Sumatera "
            "Barat menandatangani nota kesepakatan dengan Perwakilan BPKP Sumbar, Rabu (2/12/2020).")
    assert events_of(text, "2020-12-03", "city") == [("Padang",)]


def test_a_bracketed_short_form_in_the_first_sentence_is_no_dateline():
    text = ("Pemprov Sumbar dan BPKP Teken Kesepakatan\n\nPemerintah Provinsi (Pemprov) Sumbar menandatangani "
            "nota kesepakatan dengan Perwakilan BPKP, Rabu (2/12/2020).")
    assert events_of(text, "2020-12-03", "city") == [(None,)]


# --- probe 31 ---

@pytest.mark.parametrize("sentence, expected", [
    ("Penandatanganan dilakukan oleh Asisten Ekonomi dan Pembangunan Kabupaten Kapuas, Ayis Yusuf, pada "
     "Kamis (2/10/2025).", {"Ayis Yusuf": ("asisten_sekda", "ID-KT")}),
    # a regional unit's name in one of its forms ("Dinas Kominfotik") is no part of a name
    ("Senada dengan itu, Kadis Kominfotik Sri Wahyuni menjelaskan pentingnya data.",
     {"Sri Wahyuni": ("kepala_perangkat_daerah", "ID-KT")}),
])
def test_regional_offices_written_short(sentence, expected):
    assert by_name(LEAD + sentence, "2025-10-03", "role", "province_code") == expected


def test_a_bureau_heads_short_title_names_no_regency():
    # "Karo" is also a regency of North Sumatra: at the start of a title it votes for no province
    text = ("Pemprov Kalsel dan Ombudsman RI meneken nota kesepahaman di Banjarmasin. Turut hadir Kepala Brida "
            "Farida Lamarauna, Karo Pemerintahan Dahri Saleh, Karo Administrasi Pimpinan Eddy Lesnusa.")
    assert by_name(text, "2025-10-03", "role", "province_code") == {
        "Farida Lamarauna": ("kepala_perangkat_daerah", "ID-KS"), "Dahri Saleh": ("kepala_perangkat_daerah", "ID-KS"),
        "Eddy Lesnusa": ("kepala_perangkat_daerah", "ID-KS")}


def test_a_name_and_its_short_form_in_brackets_after_an_offices_words():
    text = NATIONAL_LEAD + ("Penandatanganan itu disaksikan Menteri Koordinator Bidang Pangan Zulkifli Hasan "
                            "(Zulhas) yang didampingi Menteri Pertanian Andi Amran Sulaiman.")
    assert sorted(by_name(text, "2024-11-06", "role")) == ["Andi Amran Sulaiman", "Zulkifli Hasan"]


@pytest.mark.parametrize("text, expected", [
    # the subject of the signing verb after a list of guests signed
    ("Pemkab Bolmong dan Kejari Kotamobagu Teken MoU\n\nDalam acara yang dihadiri Wakil Bupati Dony Lumenta, "
     "Sekda Abdullah Mokoginta, para asisten, serta pimpinan OPD, Bupati Yusra Alhabsyi menandatangani dokumen "
     "bersama Kepala Kejari Kotamobagu, Saptono SH, Senin (29/9/2025).", ["Saptono", "Yusra Alhabsyi"]),
    # officials whose presence is told as a noun ("dengan hadirnya") did not sign
    ("Bupati se-Sulut Teken MoU dengan Kejati\n\nMANADO - Bupati Bolaang Mongondow Selatan Iskandar Kamaru "
     "menandatangani nota kesepahaman dengan Kejaksaan Tinggi Sulawesi Utara, Rabu (3/9/2025). Suasana "
     "penandatanganan berjalan khidmat, dengan hadirnya Gubernur Sulut Yulius Selvanus dan Kajati Sulut Yacob "
     "Hendrik Pattipeilohy.", ["Iskandar Kamaru"]),
])
def test_who_signed_beside_guests(text, expected):
    assert signers(text, "2025-09-30") == expected


def test_a_grade_named_in_quotation_marks_stays_in_its_clause():
    # the marks around a few words name the grade; they do not cut the clause as a quotation would
    text = ("Jakarta - Sebagai referensi, pada tahun 2023 Kemlu mendapatkan opini “Kualitas Tertinggi” dengan "
            "nilai 94,85 pada Penilaian Kepatuhan dari Ombudsman RI.")
    assert scores_of(text, "2024-11-14", "subject", "year", "value", "grade") == [
        ("Kemlu", 2023, 94.85, "kualitas_tertinggi")]


def test_a_subject_named_twice_with_atau_has_one_result():
    text = ("Pandeglang - Kantor Pertanahan (Kantah) atau Badan Pertanahan Nasional (BPN) Kabupaten Pandeglang "
            "menerima Predikat Kepatuhan Tahun 2023 dari Ombudsman RI dengan nilai 80,80 dan opini Kualitas "
            "Tertinggi.")
    assert scores_of(text, "2024-01-10", "value", "grade") == [(80.8, "kualitas_tertinggi")]


@pytest.mark.parametrize("place, city", [
    ("di Puskesmas Ilugwa, Distrik Kobakma, Mamberamo Tengah, Provinsi Papua Pegunungan", "Kobakma"),
    # a town inside a hotel's name, then its regency, which shares its name with a province's capital
    ("di Hotel Suni Garden Lake Sentani, Kabupaten Jayapura, Provinsi Papua", "Sentani"),
    # a regency alone names the regency
    ("di Aula Kantor Camat, Mamberamo Tengah", "Mamberamo Tengah"),
])
def test_a_town_named_before_its_regency_is_where_it_was_signed(place, city):
    text = (f"Pemkab dan BPJS Kesehatan Teken MoU\n\nPemkab Mamberamo Tengah dan BPJS Kesehatan menandatangani "
            f"MoU {place}, Senin (3/6/2024).")
    assert events_of(text, "2024-06-04", "city") == [(city,)]


def test_all_of_a_place_is_no_name():
    text = LEAD + "Hadir Ketua Forum Warek Bidang Kerja Sama PTN Se-Indonesia, agar kerja sama berjalan."
    assert people_of(text, "2025-02-20") == []


@pytest.mark.parametrize("text, city", [
    # "BJ." are the initials of a name ("Gedung BJ. Habibie"), no sentence's end: the city after it is the venue's
    ("BRIN dan Pemkab Teken Nota Kesepakatan\n\nPenandatanganan nota kesepakatan itu berlangsung di Gedung BJ. "
     "Habibie, Jakarta, pada Senin (6/1/2025).", "Jakarta"),
    # a dateline on a line of its own that ends with its dash
    ("LPSK dan Pemprov Teken Kesepakatan\n\nSBN, MEDAN-\n\nLPSK dan Pemprov Sumatera Utara menandatangani "
     "kesepakatan bersama, Senin (6/1/2025).", "Medan"),
])
def test_where_the_venue_or_the_dateline_says(text, city):
    assert events_of(text, "2025-01-07", "city") == [(city,)]


def test_officials_a_signing_featured_did_not_sign():
    text = ("BRIN dan Pemkab Teken Nota Kesepakatan\n\nAcara penandatanganan ini berlangsung di Jakarta, Senin "
            "(6/1/2025), dengan menghadirkan Bupati Belitung Timur, Burhanudin, dan Deputi Bidang Riset BRIN, Yopi.")
    assert signers(text, "2025-01-07") == []
