"""Kinds of sentence read in session 35, on short invented articles."""
from .readings import by_name, signers


def test_degrees_close_a_name_that_its_title_follows_without_a_comma():
    # "Nama, SE,M.Si Kepala Badan X dan Nama Lain ST,MT Kepala Lembaga Y": each name before its office
    text = ("Pemerintah Kabupaten Ende dan Universitas Flores menandatangani perjanjian kerja sama riset di Ende, "
            "Senin (4/3/2024). Perjanjian ditandatangani oleh Yosef Bala Lamak, SE,M.Si Kepala Bappeda Ende "
            "dan Maria Goreti Wula ST,MT,Ph.D Kepala LPPM Universitas Flores.")
    people = by_name(text, "2024-03-05", "role")
    assert people.get("Yosef Bala Lamak") == "kepala_perangkat_daerah"
    assert "Maria Goreti Wula" in people
    assert sorted(signers(text, "2024-03-05")) == ["Maria Goreti Wula", "Yosef Bala Lamak"]
