"""Offices of national bodies (titles.tsv) on invented sentences, through pipeline.extract: the
short forms news write for ministers, Polri, TNI and Kejaksaan officers, and diplomats; and
titles whose words would otherwise be read as a name or as another office."""
import pytest

import pipeline

PUB = "2024-11-13"
SIGNING = "Nota kesepahaman itu ditandatangani di Jakarta, Selasa (12/11). "


def people(sentence):
    return {p["name"]: p for p in pipeline.extract(SIGNING + sentence, published=PUB)["people"]}


@pytest.mark.parametrize("title", [
    "Menlu", "Menkeu", "Menkumham", "Menkum HAM", "Mendikbud", "Mendikdasmen", "Menkopolhukam",
    "Menko Polhukam", "MenPAN-RB", "Mendes PDTT", "Menkop UKM", "Wamenkeu", "Sekjen Kemendagri", "Kabareskrim",
    "Kadiv Humas", "Kasum TNI", "Pangkostrad", "Jampidsus", "JAM Datun", "Kapuspenkum",
    "Konsul Jenderal", "Kuasa Usaha Ad Interim", "Atase Pertahanan", "Wapres", "Anggota DPR RI",
    "Pimpinan KPK", "Ketua Komisi Kejaksaan",
    "Gubernur Lemhannas", "Deputi Gubernur Senior Bank Indonesia",  # national offices, no regional heads
])
def test_a_national_office_names_its_holder_with_no_province(title):
    found = people(f"Acara itu dihadiri {title} Yohanes Wirasakti dan pejabat lain.")
    assert found["Yohanes Wirasakti"]["role"] == "lainnya"
    assert found["Yohanes Wirasakti"]["province_code"] is None


def test_a_rank_and_the_service_after_a_police_office_are_no_name():
    found = people("Kabareskrim Polri Komjen Pol Gatot Wirawan Saputra menyampaikan sambutan.")
    assert set(found) == {"Gatot Wirawan Saputra"}


def test_an_acting_secretary_general_is_acting():
    found = people("Plt. Sekjen Kementerian Kehutanan Darmawan Susetyo turut hadir.")
    assert found["Darmawan Susetyo"]["acting"] is True


def test_the_directorate_of_a_foreign_ministry_is_no_name():
    found = people("Hadir pula Dirjen Asia Pasifik dan Afrika Kementerian Luar Negeri Arif Kurniawan Putra.")
    assert set(found) == {"Arif Kurniawan Putra"}


def test_the_head_of_a_polda_directorate_has_the_polda_province():
    found = people("Dirreskrimsus Polda Kalsel Kombes Pol Hendra Saputra Wijaya memberi keterangan.")
    assert found["Hendra Saputra Wijaya"]["province_code"] == "ID-KS"


def test_a_vice_chancellor_heads_a_university_and_a_deputy_does_not():
    found = people("MoU itu diteken Vice Chancellor Prof. Mark Ellison dan Deputy Vice Chancellor "
                   "Prof. Linda Carrow.")
    assert found["Mark Ellison"]["role"] == "rektor"
    assert found["Linda Carrow"]["role"] == "lainnya"


def test_a_member_called_komisioner_of_the_ombudsman_is_a_member():
    found = people("Komisioner Ombudsman RI Yanuar Prasetyo Adi memberi sambutan.")
    assert found["Yanuar Prasetyo Adi"]["role"] == "anggota_ombudsman"


def test_a_party_secretary_general_is_no_official():
    assert people("Hadir pula Sekretaris Jenderal Partai Maju Bersama Heru Santoso Wibowo.") == {}


@pytest.mark.parametrize("office, province", [
    ("Kepala Badan Pusat Statistik (BPS) Kota Bitung", "ID-SA"),
    ("Kepala Badan Pengawasan Keuangan dan Pembangunan (BPKP) Perwakilan Provinsi Jambi", "ID-JA"),
])
def test_the_head_of_a_national_bodys_office_in_a_place_heads_no_regional_office(office, province):
    # a national body's office keeps its place's province, but its head is no head of a perangkat daerah
    found = people(f"Nota kesepahaman ditandatangani {office}, Yohanes Wirasakti, dan wali kota.")
    assert found["Yohanes Wirasakti"]["role"] == "lainnya"
    assert found["Yohanes Wirasakti"]["province_code"] == province


def test_a_country_after_office_words_ends_them_and_the_name_follows():
    found = people("Dokumen diteken Menteri Pendidikan Tinggi dan Riset Ilmiah Yordania Karim Haddadin.")
    assert set(found) == {"Karim Haddadin"}
    assert found["Karim Haddadin"]["role"] == "lainnya"


def test_a_foreign_states_governor_holds_no_regional_office_of_indonesia():
    found = people("MoU diteken Gubernur Prefektur Nagano Jepang, Takeshi Morimura, dan gubernur.")
    assert found["Takeshi Morimura"]["role"] == "lainnya"
    assert found["Takeshi Morimura"]["province_code"] is None


@pytest.mark.parametrize("sentence, name", [
    ("Hadir Dekan Fisip Ahmad Rozikin Suwarno dan undangan.", "Ahmad Rozikin Suwarno"),
    ("Hadir Presiden Terpilih Antonio Ribeiro Sales dan undangan.", "Antonio Ribeiro Sales"),
    ("Hadir Wakil Rektor Prof Doktor Wahyu Hidayat Lubis dan undangan.", "Wahyu Hidayat Lubis"),
])
def test_an_office_word_or_a_spelled_out_title_before_a_name_is_no_part_of_it(sentence, name):
    assert set(people(sentence)) == {name}


@pytest.mark.parametrize("title, role", [
    ("wakil ketua ombudsman", "wakil_ketua_ombudsman"),
    ("anggota Ombudsman RI", "anggota_ombudsman"),
    ("ketua Ombudsman RI", "ketua_ombudsman"),
])
def test_an_ombudsman_title_written_in_lower_case_is_read(title, role):
    # a title naming the Ombudsman is one office however it is written ("pimpinan Ombudsman RI" was already)
    found = people(f"Piagam diserahkan oleh {title} Yohanes Wirasakti kepada bupati.")
    assert found["Yohanes Wirasakti"]["role"] == role
