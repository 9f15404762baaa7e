"""Kinds of sentence read in session 43, on short invented articles."""
import pytest

from pipeline import extract

from .readings import by_name, events_of, scores_of


def test_an_office_of_the_place_the_news_is_about_then_the_name():
    # "setempat" (words.tsv office_here) stands where the office's place would: the name follows it
    text = ("Pemprov Teken MoU dengan Kampus\n\nSOFIFI - Pemprov Maluku Utara menandatangani nota kesepahaman "
            "dengan Universitas Sukamaju, Rabu (12/1/2022). \"Petani akan terbantu,\" kata Kadis Pertanian "
            "setempat, Rahmat Sulaiman di Sofifi. Kapolres setempat AKBP Joko Purnomo ikut hadir.")
    people = by_name(text, None, "role")
    assert people["Rahmat Sulaiman"] == "kepala_perangkat_daerah"
    assert "Joko Purnomo" in people


def test_the_words_after_a_team_name_the_team_not_its_head():
    # "Tim" (nonnames.tsv): "Ketua Tim Sinergi, Nama" is the team's head, not a person called "Tim
    # Sinergi"; nor is "Terima Tim" of the headline a Bupati's name
    text = ("Bupati Terima Tim Kemenag\n\nNAMLEA - Bupati Buru menerima Tim Sinergi Kantor Wilayah "
            "Kementerian Agama, Senin (6/5/2024). Ketua Tim Sinergi, Hasan Basri, memaparkan rencana kerja "
            "sama kedua pihak.")
    people = by_name(text, None, "role")
    assert "Hasan Basri" in people and not any("Tim" in name.split() for name in people)


def test_a_name_then_yang_merupakan_and_its_office_without_a_comma():
    text = ("DPRD Pertanyakan MoU\n\nMARISA - Anggota dewan mempertanyakan MoU Pemda dengan sejumlah kampus, "
            "Senin (6/5/2024). Rudi Hartono yang merupakan Sekretaris Komisi III DPRD Pohuwato mengatakan MoU "
            "itu belum dijalankan.")
    assert by_name(text, None, "role", "province_code")["Rudi Hartono"] == ("lainnya", "ID-GO")


def test_a_person_told_by_what_they_are_is_no_name():
    # "Pria" (nonnames.tsv) opens the sentence as the person, not their name
    text = ("BPN dan Kejari Teken MoU\n\nKAYUAGUNG - BPN Ogan Ilir menandatangani nota kesepahaman dengan Kejari, "
            "Senin (6/5/2024). Pria yang juga menjabat sebagai Kepala BPN Ogan Ilir ini mengaku belum menemukan "
            "kasus.")
    assert by_name(text, None, "role") == {}


def test_a_town_after_the_comma_that_closes_an_office_and_its_place_begins_the_name():
    # the office already has its place (Lampung Barat); "Padang", a city too, is the name's first word
    text = ("Pemkab Teken PKS dengan BPBD\n\nLIWA - Pemkab Lampung Barat menandatangani perjanjian kerja sama "
            "dengan BPBD, Selasa (22/4/2025). Kepala BPBD Kabupaten Lampung Barat, Padang Suryo Nugroho, "
            "menyampaikan terima kasih.")
    people = by_name(text, None, "role", "province_code")
    assert people == {"Padang Suryo Nugroho": ("kepala_perangkat_daerah", "ID-LA")}


@pytest.mark.parametrize("told", [
    # in the sentence of the new value, after a verb of change (results.tsv value_verb)
    "Pemprov Bengkulu mendapatkan nilai 88,81 pada penilaian kepatuhan tahun 2024, naik dari 79,35 pada tahun 2023.",
    # in the next sentence, of the one subject of the sentence before
    "Pemprov Bengkulu mendapatkan nilai 88,81 pada penilaian kepatuhan tahun 2024. Nilai ini meningkat dari "
    "79,35 pada tahun 2023.",
    # the year before the round the text reports (results.tsv year_before)
    "Pemprov Bengkulu mendapatkan nilai 88,81 pada penilaian kepatuhan tahun 2024. Nilai ini meningkat dari "
    "79,35 pada tahun sebelumnya.",
])
def test_a_value_a_subject_left_with_a_year_of_its_own_is_that_years_result(told):
    text = "Nilai Kepatuhan Pemprov Naik\n\nBENGKULU - " + told
    rows = scores_of(text, None, "subject", "year", "value")
    assert sorted(rows, key=lambda r: r[1]) == [("Pemprov Bengkulu", 2023, 79.35), ("Pemprov Bengkulu", 2024, 88.81)]


def test_a_value_a_subject_left_without_a_year_is_no_result():
    text = ("Nilai Kepatuhan Pemprov Naik\n\nBENGKULU - Pemprov Bengkulu mendapatkan nilai 88,81 pada penilaian "
            "kepatuhan tahun 2024, naik dari 79,35.")
    assert scores_of(text, None, "subject", "year", "value") == [("Pemprov Bengkulu", 2024, 88.81)]


def test_two_initials_that_end_a_name_and_its_sentence_are_the_names():
    # "ZA." is the name's initials and the sentence's full stop, not an office's acronym
    text = ("Kesepakatan Batas Daerah\n\nBANJARBARU - Kesepakatan batas daerah ditandatangani oleh Bupati Tanah "
            "Laut Rahmat Hidayat dan Penjabat (Pj) Gubernur Kalsel Safri ZA.")
    assert by_name(text, None, "role")["Safri ZA"] == "gubernur"


def test_the_chair_of_a_dprd_body_is_an_office_not_part_of_the_name():
    # titles.tsv: "Ketua Bapemperda", like "Ketua Pansus" and "Ketua Banggar"
    text = ("DPRD Setujui Propemperda\n\nSELATPANJANG - DPRD dan Pemkab Kepulauan Meranti menandatangani "
            "kesepakatan bersama Propemperda, Senin (6/5/2024). Ketua Bapemperda Joko Susilo menyampaikan laporan.")
    assert by_name(text, None, "role")["Joko Susilo"] == "lainnya"


def test_a_one_word_name_after_an_offices_national_body_told_twice_is_still_a_name():
    # "KPAI" is named whole (organisations.tsv); the word after it as "Ketua KPAI" is its head's name,
    # however often the article repeats it, not a place of the body's
    text = ("Lima Lembaga Teken MoU\n\nJAKARTA - Hadir Ketua Komnas HAM Budi Santoso, Ketua Komnas Perempuan Rina "
            "Wahyuni, Ketua KPAI Sumarno, Ketua Ombudsman RI Ahmad Fauzi.\n\nDalam kesempatan tersebut Ketua KPAI "
            "Sumarno menyampaikan bahwa penandatanganan ini penting.")
    assert by_name(text, None, "role")["Sumarno"] == "lainnya"


def test_the_parts_of_a_unit_after_a_heads_title_name_no_one():
    # "Sub", "Seksi" (nonnames.tsv): "para Kepala Sub Seksi (Kasubsi)" is a group of offices
    text = ("Kejari Teken PKS\n\nSEMARANG - Kejari Kota Semarang menandatangani PKS dengan BPJS, Selasa (16/8/2022). "
            "Turut hadir para Kasi, para Kepala Sub Seksi (Kasubsi), dan staf.")
    assert by_name(text, None, "role") == {}


def test_a_date_a_body_is_named_after_dates_neither_the_article_nor_its_signing():
    # "Universitas 17 Agustus 1945" (words.tsv campus, date_name) is no byline: an undated article's
    # "Selasa (27/6)" has no year to take, not the Tuesday nearest 1945
    text = ("Pemprov Teken Kerja Sama dengan Untag\n\nJAYAPURA - Pemprov Papua Pegunungan menjalin kerja sama dengan "
            "Universitas 17 Agustus 1945 (Untag) Semarang. Penjabat Gubernur Papua Pegunungan Nikolaus Kodomo dan "
            "Rektor Untag Semarang menandatangani kesepakatan kerja sama pada Selasa (27/6).")
    rows = extract(text)
    assert rows["documents"][0]["published_date"] is None
    assert events_of(text, None) == [("lainnya", "None")]
    assert by_name(text, None, "province_code")["Nikolaus Kodomo"] == "ID-PE"  # a province of 2022


def test_the_datelines_town_the_gazetteers_lack_is_an_offices_place_not_a_name():
    # "Martapura (ANTARA) -": the town of the dateline, unknown to the gazetteers, after "Kepala Kejaksaan
    # Negeri" is the office's place; a name before a headline's colon is no such town
    text = ("Pemkab dan Kejari Teken MoU\n\nMartapura (ANTARA) - Bupati Banjar Rahmat Hidayat bersama Kepala Kejaksaan "
            "Negeri Martapura Joko Susilo menandatangani nota kesepakatan bersama zona bebas korupsi.")
    assert by_name(text, None, "role")["Joko Susilo"] == "kepala_kejaksaan"
