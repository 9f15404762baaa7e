"""Kinds of sentence read in session 38, on short invented articles."""
from .readings import by_name, scores_of


def test_bpk_before_a_name_is_an_honorific():
    # "Bpk." is "Bapak" written short: not a word of the name
    text = ("Pemerintah Kabupaten Lahat dan Pemerintah Kota Pagar Alam menandatangani kesepakatan bersama di "
            "Lahat, Senin (6/5/2024). Bupati Lahat, Bpk. Cik Ujang, didampingi Sekda Kabupaten Lahat, "
            "Bpk. H. Chandra, menyambut baik kesepakatan itu.")
    names = by_name(text, "2024-05-06", "role")
    assert names.get("Cik Ujang") == "bupati"
    assert names.get("Chandra") == "sekretaris_daerah"


def test_a_title_whose_first_word_is_in_capitals_is_the_title():
    # a photo caption or a lead paragraph opens with its first word in capitals
    text = ("KEPALA Ombudsman RI Provinsi Jambi, Dian Vitasari (kanan), menyerahkan penghargaan kepada "
            "Pemerintah Kabupaten Bungo di Muara Bungo, Rabu (17/1/2024). Penilaian kepatuhan tahun 2023 "
            "menempatkan Kabupaten Bungo di zona hijau dengan nilai 88,10.")
    assert by_name(text, "2024-01-17", "role") == {"Dian Vitasari": "kepala_perwakilan_ombudsman"}


def test_a_year_written_right_after_a_value_is_its_year():
    # "dari nilai X tahun 2022 menjadi Y": the year after X is X's; the sentence's other year is Y's
    text = ("Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada Pemerintah Kabupaten Bangli. "
            "Kabupaten Bangli mengalami peningkatan nilai tahun 2023, dari nilai 93,55 tahun 2022 menjadi "
            "96,13, kata Kepala Ombudsman RI Perwakilan Bali.")
    rows = scores_of(text, "2024-01-17", "year", "value")
    assert (2022, 93.55) in rows and (2023, 96.13) in rows


def test_a_year_still_to_come_is_no_assessment_year():
    # "di tahun 2023 mendatang penilaian ...": a hope for the next round, not the year of the one reported
    text = ("Ombudsman RI Perwakilan Bengkulu menetapkan Polres Kepahiang masuk zona kuning dengan nilai 74,36 "
            "dalam penilaian kepatuhan pelayanan publik.\n\nIa berharap di tahun 2023 mendatang penilaian "
            "layanan publik di kepolisian tidak ada lagi yang masuk zona kuning.")
    assert scores_of(text, None, "year", "value") == [(None, 74.36)]


def test_mentri_is_a_ministers_title_and_a_chief_minister_a_foreign_one():
    # "Mentri" is how many outlets spell "Menteri"; an English title names a foreign partner's head
    text = ("MoU antara Kementerian Pertanian dengan Kepolisian Negara Republik Indonesia di Jakarta pada Kamis "
            "(25/04/2024) diteken langsung oleh Mentri Pertanian Republik Indonesia Dr. Ir. Andi Amran Sulaiman, "
            "M.P dan Kapolri Jenderal Pol. Drs. Listyo Sigit Prabowo. Pemerintah Kota Surabaya menandatangani "
            "MoU dengan Pemerintah Kota Busan yang diwakili oleh Mayor Busan Korea Selatan, Park Hyung-joon, "
            "dan Chief Minister Victoria Australia, Jacinta Allan MP.")
    names = by_name(text, "2024-04-26", "role")
    assert names.get("Andi Amran Sulaiman") == "lainnya"
    assert names.get("Park Hyung-joon") == names.get("Jacinta Allan") == "lainnya"


def test_a_rank_written_with_a_full_stop_goes_on_to_the_name():
    # "AKBP." is a short rank, not a sentence's end
    text = ("Pemerintah Kabupaten Halmahera Barat, Kejaksaan Negeri dan Polres menandatangani MoU di Jailolo, "
            "Rabu (5/9/2018). Bupati Halbar Danny Missy menandatangani MoU bersama Kapolres Halbar AKBP. Rudi "
            "Hartono, SIK, di ruang rapat Bupati.")
    assert by_name(text, "2018-09-05", "is_signatory").get("Rudi Hartono") is True


def test_the_head_of_a_regional_coordinating_body_heads_a_regional_office():
    text = ("Pemerintah Kabupaten Bojonegoro dan Pemerintah Kabupaten Blora menandatangani kesepakatan bersama "
            "di Bojonegoro, Kamis (20/10/2022). Hadir Kepala Bakorwil Bojonegoro, Bambang Irawan.")
    assert by_name(text, "2022-10-20", "role").get("Bambang Irawan") == "kepala_perangkat_daerah"
