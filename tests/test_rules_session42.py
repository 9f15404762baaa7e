"""Kinds of sentence read in session 42, on short invented articles."""
from .readings import by_name, people_of


def test_a_bodys_short_form_in_brackets_is_no_office():
    # "Kejari" is the short form of "Kejaksaan Negeri" and, loosely, its head's office; in brackets
    # right after the long form it names the body, and the place after it is no person
    text = ("Kejaksaan Dampingi Pemkab\n\nSUKAMAJU - Kejaksaan Negeri (Kejari) Sangkar siap mendampingi Pemkab "
            "Kutai Timur dalam sengketa lahan kantor dinas sesuai kerja sama keduanya, Senin (6/5/2024).")
    assert people_of(text, None) == []


def test_the_heads_short_title_in_brackets_still_names_the_head():
    text = ("Bank dan Kejaksaan Teken MoU\n\nPALEMBANG - Kepala Kejaksaan Negeri (Kajari) Palembang Rustam Gaos "
            "menandatangani nota kesepahaman dengan Bank Sumsel Babel, Kamis (20/10/2016).")
    assert by_name(text, None, "role", "province_code")["Rustam Gaos"] == ("kepala_kejaksaan", "ID-SS")
