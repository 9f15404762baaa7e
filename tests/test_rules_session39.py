"""Kinds of sentence read in session 39, on short invented articles."""
from pipeline.nlp import split_sentences

from .readings import by_name, events_of, scopes_of


def test_a_day_and_date_left_alone_by_a_stray_stop_stay_with_their_sentence():
    # "... di Pendopo, Pacitan. Selasa (4/6/2024)." ends its line: the day and date are the sentence's
    text = ("Pemerintah Kabupaten Pacitan dan Universitas Sebelas Maret menandatangani nota kesepahaman "
            "di Pendopo Kabupaten, Pacitan. Selasa (4/6/2024).\n\nKerja sama itu meliputi pendidikan.")
    assert [s.text for s in split_sentences(text)][0].endswith("Selasa (4/6/2024).")
    assert events_of(text, None, "event_date", "primary") == [("2024-06-04", True)]


def test_a_day_and_date_inside_a_paragraph_still_open_a_sentence():
    # only what is left at the end of a line is glued back: "Selasa (4/6) lalu, ..." opens a sentence
    text = "Kerja sama itu diteken di Pacitan. Selasa (4/6) lalu, Bupati Pacitan menerima rombongan."
    assert len(split_sentences(text)) == 2


def test_a_generic_paper_pointing_back_takes_the_type_of_the_paper_named_before_it():
    # "penandatanganan kerja sama tersebut" is the Letter of Intent named before it in the sentence,
    # not the MoU the headline hopes for
    text = ("Pemprov Minta LOI dengan Provinsi di Korea Ditindaklanjuti Menjadi MOU\n\n"
            "Gubernur Sumatera Barat mengatakan, Letter Of Intent (LOI) kerja sama Sister Province antara "
            "Provinsi Sumatera Barat dengan Provinsi Jeollabuk-Do, Korea Selatan telah resmi ditandatangani "
            "kedua belah pihak, penandatanganan kerja sama tersebut berlangsung di Batusangkar, Jumat (17/2/2023).")
    assert events_of(text, None) == [("lainnya", "2023-02-17")]


def test_a_word_in_capitals_before_a_dash_that_names_no_known_place_is_no_town():
    # an outlet's brand opens the body as a town would ("KABARKITA – ..."): no city of the signing
    text = ("Pemkab Merangin Teken MoU dengan Kejari\n\nKABARKITA – Pemerintah Kabupaten Merangin dan Kejaksaan "
            "Negeri Merangin menandatangani nota kesepahaman bidang perdata dan tata usaha negara, Senin (4/3/2024).")
    assert events_of(text, None, "city") == [(None,)]


def test_a_known_town_and_a_comma_opening_the_body_is_its_dateline():
    # "Bangko, Pemerintah ...": the seat of Merangin written as a name, no capitals, no dash
    text = ("Pemkab Merangin Teken MoU dengan Kejari\n\nBangko, Pemerintah Kabupaten Merangin dan Kejaksaan "
            "Negeri Merangin menandatangani nota kesepahaman bidang perdata dan tata usaha negara, Senin (4/3/2024).")
    assert events_of(text, None, "city") == [("Bangko",)]


def test_a_headline_with_a_comma_is_no_dateline():
    # "Dukung Tugas, Pemkab dan Kejari ...": words before a comma that name no place
    text = ("Dukung Tugas, Pemkab Merangin dan Kejari Jalin Kerja Sama\n\nPemerintah Kabupaten Merangin dan "
            "Kejaksaan Negeri Merangin menandatangani nota kesepahaman di Bangko, Senin (4/3/2024).")
    assert events_of(text, None, "city") == [("Bangko",)]


def test_dt_of_a_minangkabau_title_is_part_of_the_name():
    # "Dt." (Datuk) written short inside a name: no sentence ends there
    text = ("Pemerintah Kabupaten Tanah Datar dan Pemerintah Kota Pekanbaru menandatangani kesepakatan bersama "
            "di Batusangkar, Selasa (29/6/2021), disaksikan Ketua DPRD Kabupaten Tanah Datar Budi Santoso Dt. "
            "Rajo Mudo bersama sekda.")
    assert by_name(text, None, "role") == {"Budi Santoso Dt. Rajo Mudo": "ketua_dprd"}


def test_a_word_spelled_another_way_matches_every_title_that_holds_it():
    # spellings.tsv: "Assisten" is "Asisten", so "Assisten I Setda" is the title, not a name
    text = ("Pemerintah Kota Palembang dan Universitas Sriwijaya menandatangani nota kesepahaman di Palembang, "
            "Senin (30/5/2022), disaksikan Assisten I Setda Kota Palembang Budi Santoso.")
    assert by_name(text, None, "role") == {"Budi Santoso": "asisten_sekda"}


def test_a_title_after_a_street_word_names_the_street():
    # "jalan Gubernur Suryo": a street named for a governor, not a governor named Suryo
    text = ("Pemerintah Kota Surabaya dan Universitas Airlangga menandatangani nota kesepahaman di Gedung "
            "Grahadi, jalan Gubernur Suryo, Surabaya, Rabu (29/3/2017). Wali Kota Surabaya Budi Santoso hadir.")
    assert by_name(text, None, "role") == {"Budi Santoso": "wali_kota"}


def test_a_degree_written_with_a_space_for_its_dot_is_no_part_of_the_name():
    # "Nama S Sos", "Nama M Si": the degrees S.Sos and M.Si without their dots
    text = ("Pemerintah Provinsi Sumatera Utara dan Universitas Sumatera Utara menandatangani nota kesepahaman "
            "di Medan, Jumat (31/12/2021). Turut hadir Wakil Gubernur Sumatera Utara, H Budi Santoso S Sos, dan "
            "Sekretaris Daerah, Ahmad Yani M Si.")
    names = by_name(text, None, "role")
    assert names.get("Budi Santoso") == "wakil_gubernur" and names.get("Ahmad Yani") == "sekretaris_daerah"


def test_a_seat_the_town_list_leaves_out_is_a_dateline_town_in_capitals():
    # words.tsv dateline_town: "WONOSARI -" is the seat of Gunungkidul, though "Wonosari" names other places too
    text = ("Pemkab Gunungkidul Teken MoU dengan Kejari\n\nWONOSARI - Pemerintah Kabupaten Gunungkidul dan "
            "Kejaksaan Negeri Gunungkidul menandatangani nota kesepahaman bidang perdata, Senin (4/3/2024).")
    assert events_of(text, None, "city") == [("Wonosari",)]


def test_exchanging_information_said_with_a_verb_is_data_exchange():
    # "bertukar informasi dan data": the verb of pertukaran data, and its two nouns in the other order
    text = ("Pemerintah Kabupaten Lamandau dan Universitas Palangka Raya menandatangani kesepakatan bersama di "
            "Palangka Raya, Kamis (4/1/2024). Kesepakatan itu meliputi bertukar informasi dan data.")
    assert scopes_of(text) == [["pertukaran_data"]]
