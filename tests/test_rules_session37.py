"""Kinds of sentence read in session 37, on short invented articles."""
from .readings import by_name, events_of, scores_of, signers


def test_a_body_named_after_a_person_is_no_holders_name():
    # hospitals and airports bear a person's name, honorific and all; the name after the comma is its head's
    text = ("Pemerintah Provinsi Kalimantan Tengah dan RSUP Dr. Sardjito menandatangani perjanjian kerja sama di "
            "Palangka Raya, Senin (4/7/2022). Hadir Direktur Utama RSUP Dr. Sardjito Yogyakarta, dr. Eniarti, "
            "serta Direktur RSUD dr Doris Sylvanus, Yayu Indriaty. Kepala Bandara Tjilik Riwut, Agus Nugroho, "
            "ikut menyaksikan.")
    names = by_name(text, "2022-07-04", "role")
    assert {"Eniarti", "Yayu Indriaty", "Agus Nugroho"} <= set(names)
    assert not {"Sardjito", "Doris Sylvanus", "Tjilik Riwut"} & set(names)
    assert names["Yayu Indriaty"] == "kepala_perangkat_daerah"


def test_a_head_named_right_after_a_hospital_keeps_his_name():
    # no comma and name after it: the honorific's name is the director's; a degree or a day after the
    # comma is no second name
    text = ("Pemerintah Kabupaten Bogor dan RS Permata Jonggol menandatangani perjanjian kerja sama di Bogor, "
            "Selasa (5/3/2024). Bantuan diserahkan kepada Direktur RS Permata Jonggol dr. Sri Handayani, MARS, "
            "disaksikan camat. Direktur RSUD dr. Agus Salim, Selasa (5/3), mengatakan hal itu.")
    names = by_name(text, "2024-03-05", "role")
    assert {"Sri Handayani", "Agus Salim"} <= set(names)


def test_a_date_a_span_starts_at_is_not_the_signings_day():
    # "dimulai sejak tahun 2021": the cooperation's start; the day the sentence names after it is the signing's
    text = ("MAGELANG - Pemerintah Kabupaten Sragen memperpanjang kerja sama dengan Universitas Tidar.\n\n"
            "Perpanjangan kerja sama yang sudah dimulai sejak tahun 2021 lalu ini ditandai dengan penandatanganan "
            "nota kesepahaman antara Bupati Sragen Kusdinar Untung Yuni Sukowati dan Rektor Universitas Tidar "
            "Sugiyarto, berlangsung di Ruang Rapat Rektorat, Kamis (1/8/2024).")
    assert events_of(text, "2024-08-02", "event_date") == [("2024-08-01",)]


def test_a_date_nearer_another_paper_in_the_sentence_is_that_papers():
    # the letter of intent's day opens the sentence; the MoU's day is the one after its own paper
    text = ("Diawali penandatanganan Letter of Intent (LoI) pada 28 Maret 2022, Pemerintah Provinsi NTB yang "
            "diwakili oleh Gubernur NTB Zulkieflimansyah menandatangani Memorandum of Understanding (MoU) "
            "kerja sama sister province dengan Pemerintah Wilayah Australia Utara pada Senin, 10 Juli 2023 di "
            "Kantor Gubernur NTB.")
    assert ("mou", "2023-07-10") in events_of(text, None)
    assert ("mou", "2022-03-28") not in events_of(text, None)


def test_the_field_of_a_directorate_general_is_no_name():
    text = ("Kementerian Pertanian dan TNI AD menandatangani nota kesepahaman di Jakarta, Senin (4/3/2024). "
            "Direktur Jenderal Prasarana dan Sarana Pertanian, Ali Jamil mengatakan penandatanganan ini "
            "menindaklanjuti MoU sebelumnya. Hadir pula Dirjen Peternakan dan Kesehatan Hewan Nasrullah.")
    names = by_name(text, "2024-03-05", "role")
    assert "Ali Jamil" in names and "Nasrullah" in names
    assert not {"Prasarana", "Hewan"} & set(names)


def test_an_assistant_of_the_sekda_named_with_the_fields_of_his_office():
    # the Sekda's title after an assistant's office words names his office, not him; "dan" before a
    # title joins two offices
    text = ("Pemerintah Kabupaten Buton dan Universitas Halu Oleo menandatangani nota kesepahaman di Pasarwajo, "
            "Senin (13/3/2023). Hadir Asisten Administrasi Perekonomian dan Pembangunan Sekda Buton, Murad, "
            "serta Gubernur dan Wakil Gubernur Sulawesi Tenggara, Ali Mazi dan Lukman Abunawas.")
    roles = by_name(text, "2023-03-14", "role")
    assert roles.get("Murad") == "asisten_sekda"
    assert roles.get("Lukman Abunawas") == "wakil_gubernur"


def test_one_subjects_values_over_the_years_each_take_their_own_year():
    # the years stand before some values and after others; a contrast ("namun") with no subject of its
    # own goes on with the subject before; a decimal after "ke" is a value, no rank
    text = ("Ombudsman RI memuji reformasi birokrasi di Banjarmasin. Menurut Kepala Perwakilan, skor kepatuhan "
            "Kota Banjarmasin terhadap standar pelayanan publik naik tajam. Berdasarkan data Ombudsman, nilai "
            "kepatuhan pada 2021 tercatat sebesar 83,98, turun menjadi 69,63 pada 2022, namun kembali melonjak "
            "ke 88,02 di tahun 2023, dan akhirnya mencapai angka tertinggi 95,45 pada tahun 2024.")
    assert scores_of(text, "2025-05-27", "subject", "value", "year") == [
        ("Kota Banjarmasin", 83.98, 2021), ("Kota Banjarmasin", 69.63, 2022),
        ("Kota Banjarmasin", 88.02, 2023), ("Kota Banjarmasin", 95.45, 2024)]


def test_a_signing_word_spelled_apart_is_a_signing():
    # "penanda-tanganan", "penanda tanganan": the one word written in two
    text = ("Polda Sulawesi Tengah dan Kodam XIII/Merdeka menjalin kerja sama. Kapolda Sulteng Irjen Agus Nugroho "
            "bersama Pangdam Mayjen Legowo Jatmiko melakukan penanda-tanganan Perjanjian Kerjasama di Palu, Rabu "
            "(13/12/2023).")
    assert events_of(text, "2023-12-14") == [("perjanjian_kerja_sama", "2023-12-13")]
    assert set(signers(text, "2023-12-14")) == {"Agus Nugroho", "Legowo Jatmiko"}
