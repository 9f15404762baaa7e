"""Kinds of sentence read in session 33, on short invented articles."""
import pytest

from .readings import scopes_of

LEAD = "Pemprov Kalimantan Tengah dan Ombudsman RI meneken nota kesepahaman di Palangka Raya. "
NATIONAL_LEAD = "Kementerian Kesehatan dan Badan Narkotika Nasional meneken nota kesepahaman di Jakarta. "


def test_a_list_told_by_ordinals_goes_on_past_the_fifth_point():
    text = (NATIONAL_LEAD + "Pertama, pertukaran data. Kedua, dukungan program desa. Ketiga, penegakan hukum. "
            "Keempat, rehabilitasi. Kelima, pengamanan. Keenam, peningkatan kapasitas petugas.")
    assert scopes_of(text, "2026-03-02") == [["pertukaran_data", "pengembangan_sdm"]]


@pytest.mark.parametrize("sentence", [
    "Kolaborasi kedua lembaga akan fokus pada bidang pariwisata dan peningkatan kapasitas sumber daya manusia.",
    "Langkah bersama itu difokuskan untuk peningkatan kapasitas pegawai kedua instansi.",
    "Acara itu bertajuk “Sinergi dan Peningkatan Kapasitas Sumber Daya Manusia”.",
    "Bentuk kerja samanya berupa pelatihan bagi petugas lapangan.",
])
def test_a_focus_a_title_or_a_form_of_the_cooperation_tells_its_scope(sentence):
    assert scopes_of(NATIONAL_LEAD + sentence, "2026-03-02") == [["pengembangan_sdm"]]


@pytest.mark.parametrize("phrase", ["pengembangan kompetensi aparatur", "peningkatan kapabilitas APIP"])
def test_competence_and_capability_are_human_resources(phrase):
    text = NATIONAL_LEAD + f"Ruang lingkup kesepakatan meliputi {phrase}."
    assert scopes_of(text, "2026-03-02") == [["pengembangan_sdm"]]


@pytest.mark.parametrize("opening", ["Serta", "Kemudian,", "Selanjutnya,"])
def test_a_sentence_carrying_a_list_on_names_more_points(opening):
    text = LEAD + (f"Ruang lingkup kerja sama ini meliputi pertukaran data. {opening} pelatihan bagi petugas "
                   "pelayanan.")
    assert scopes_of(text, "2024-11-13") == [["pertukaran_data", "pengembangan_sdm"]]


def test_a_sentence_that_goes_on_from_a_sentence_of_no_scope_names_none():
    text = LEAD + "Gubernur menyambut baik langkah itu. Kemudian, ia meminta pelatihan bagi petugas pelayanan."
    assert scopes_of(text, "2024-11-13") == [[]]


def test_besides_that_turns_to_another_matter_and_goes_on_with_no_list():
    text = LEAD + ("Ruang lingkup kerja sama ini meliputi pertukaran data. Selain itu, pendidikan menghasilkan "
                   "sumber daya manusia yang unggul.")
    assert scopes_of(text, "2024-11-13") == [["pertukaran_data"]]
