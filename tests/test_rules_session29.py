"""Kinds of sentence read in session 29, on short invented articles."""
from .readings import people_of, signers

SIGNED_BY_OFFICE = ("Kementan Teken Nota Kesepahaman dengan Universitas\n\n"
                    "Pada hari Rabu 6 Maret 2024, Direktur Jenderal Perkebunan{office} telah menandatangani nota "
                    "kesepahaman dengan Universitas Andalas di Padang. Penandatanganan dihadiri {guests}para dosen.\n\n"
                    "Direktur Jenderal Perkebunan, Ir. Suharyanto Wibisono, M.Si, dalam sambutannya mengatakan kerja "
                    "sama ini penting bagi petani.")


def test_a_bare_title_with_its_ministry_before_the_signing_verb_signs():
    # "Direktur Jenderal X Kementerian Y Republik Indonesia telah menandatangani": the office's name
    # between the title and the verb keeps the title the verb's subject; its holder is named later
    text = SIGNED_BY_OFFICE.format(office=" Kementerian Pertanian Republik Indonesia", guests="")
    assert signers(text, "2024-03-06") == ["Suharyanto Wibisono"]


def test_a_bare_title_stands_for_the_holder_of_the_closest_title():
    # a Direktur and a Direktur Jenderal in one article: "Direktur Jenderal Perkebunan" is the latter's
    text = SIGNED_BY_OFFICE.format(office="", guests="oleh Direktur Tanaman Semusim, Budi Hartawan, serta ")
    assert signers(text, "2024-03-06") == ["Suharyanto Wibisono"]


def test_a_directorate_of_an_age_group_is_no_name():
    # "Direktur Usia Produktif dan Lansia": the directorate's words after a title, not a person
    text = ("Kemenkes Teken PKS dengan Mitra\n\n"
            "Direktur Jenderal Kesehatan Masyarakat menandatangani perjanjian kerja sama dengan PT Sehat Sentosa di "
            "Jakarta, Rabu (6/3/2024). Penandatanganan dihadiri oleh Direktur Promosi Kesehatan, Direktur Usia "
            "Produktif dan Lansia, serta pimpinan perusahaan mitra.")
    assert people_of(text, "2024-03-06") == []
