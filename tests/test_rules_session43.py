"""Kinds of sentence read in session 43, on short invented articles."""
from .readings import by_name


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
