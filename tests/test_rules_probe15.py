"""Kinds of sentence read from probe 15's unseen news, on short invented articles: a subject that
counts two people ("Keduanya menandatangani ...", "kedua kepala daerah ...")."""
import pipeline


def primary(text, published="2025-10-11"):
    (event,) = [e for e in pipeline.extract(text, published=published)["events"] if e["primary"]]
    return event


def test_keduanya_as_the_subject_of_a_signing_is_the_two_named_before():
    text = ("Menteri Luar Negeri Indonesia Ahmad Santoso menerima kunjungan Menteri Luar Negeri Peru "
            "Pedro Alvarez di Jakarta, Senin (6/10/2025).\n\n"
            "Keduanya menandatangani Nota Kesepahaman antara Indonesia dan Peru tentang Konsultasi Bilateral.")
    assert primary(text)["signatories"] == ["Ahmad Santoso", "Pedro Alvarez"]


def test_kedua_and_a_title_counts_the_two_holders_of_that_title():
    text = ("Bupati Pesisir Selatan Rahmat Hidayat dan Bupati Solok Budi Hartono bertemu di Aula Kantor Gubernur, "
            "Senin (6/10/2025), didampingi Sekda Pesisir Selatan Andi Wijaya.\n\n"
            "Usai pertemuan, kedua bupati itu pun menandatangani Kesepakatan Bersama antara Pemkab Pesisir Selatan "
            "dan Pemkab Solok tentang pengelolaan sampah regional.")
    assert primary(text)["signatories"] == ["Rahmat Hidayat", "Budi Hartono"]


def test_two_bodies_counted_as_the_subject_name_no_signer():
    text = ("Menteri Luar Negeri Indonesia Ahmad Santoso menerima kunjungan Menteri Luar Negeri Peru "
            "Pedro Alvarez di Jakarta, Senin (6/10/2025).\n\n"
            "Kedua negara menandatangani Nota Kesepahaman antara Indonesia dan Peru tentang Konsultasi Bilateral.")
    assert primary(text)["signatories"] == []


def test_kedua_kepala_daerah_counts_the_two_regional_heads_and_makes_the_signing_theirs():
    # read from probe 16: the only word of who signed is the count of the heads (the Sekda was named last)
    text = ("Wali Kota Padang Budi Hartono menerima kunjungan Bupati Solok Rahmat Hidayat beserta Sekda Solok "
            "Andi Wijaya, Senin (6/10/2025).\n\n"
            "Dalam kesempatan tersebut kedua kepala daerah juga menandatangani perjanjian kerja sama di bidang "
            "pertanian.")
    assert primary(text)["signatories"] == ["Budi Hartono", "Rahmat Hidayat"]
