"""Kinds of sentence read in session 33, on short invented articles."""
import pytest

from .readings import by_name, events_of, scopes_of

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


def test_the_end_of_a_sites_address_written_apart_is_no_town():
    text = ("Kemendagri Teken MoU dengan Dua Kampus\n\nKABARDESA. COM - Kementerian Dalam Negeri menandatangani "
            "nota kesepahaman dengan Universitas Gadjah Mada, Senin (3/3/2025).")
    assert events_of(text, "2025-03-04", "city") == [(None,)]


def test_a_town_in_a_campus_name_is_not_where_it_was_signed():
    text = ("Tiga perguruan tinggi di Jawa Tengah yakni Universitas Negeri Semarang dan Universitas Sebelas Maret "
            "melakukan penandatanganan nota kesepahaman dengan Kementerian Desa secara daring, Selasa (1/7/2025).")
    assert events_of(text, "2025-07-02", "city") == [(None,)]


def test_an_mou_pointed_back_to_as_a_pks_is_a_pks():
    text = ("Pemkab Bener Meriah dan Kejari setempat menandatangani MoU bidang perdata dan tata usaha negara. "
            "Perjanjian kerjasama tersebut ditandatangani oleh Bupati Ahmad Salim dan Kepala Kejari Bener Meriah "
            "Rudi Hartono di pendopo, Senin (4/3/2024).")
    assert events_of(text, "2024-03-05") == [("perjanjian_kerja_sama", "2024-03-04")]


def test_a_unit_name_joined_by_a_hyphen_goes_on_to_its_heads_name():
    text = ("Pemkab Aceh Jaya dan Balai Diklat Industri meneken MoU. MoU itu ditandatangani oleh Kepala "
            "Disdagperinkop-UKM Aceh Jaya, Teuku Ramli Hasan selaku mewakili Bupati.")
    assert by_name(text, "2024-05-02", "role") == {"Teuku Ramli Hasan": "kepala_perangkat_daerah"}


def test_a_field_list_with_a_compound_in_lower_case_ends_at_the_name():
    text = ("Universitas Riau dan Pemkab Kampar meneken PKS. Penandatanganan dilakukan oleh Wakil Rektor Bidang "
            "Perencanaan, Kerja sama, dan Sistem Informasi Prof. Sukendi dan para kepala dinas.")
    assert "Sukendi" in by_name(text, "2024-05-02", "role")


@pytest.mark.parametrize("dateline, city", [
    # a town the gazetteer knows (the regency's seat), a comma, no dash: the regency head's house is there
    ("ATAMBUA, ", "Atambua"),
    ("REDAKSI, ", "Belu"),  # capitals that name no place: no dateline, the regency is all that is said
])
def test_a_town_in_capitals_with_only_a_comma_is_a_dateline_where_the_gazetteer_knows_it(dateline, city):
    text = (f"Belu dan Lembata Sepakat\n\n{dateline}Pemerintah Kabupaten Belu menandatangani kesepakatan bersama "
            "dengan Kabupaten Lembata di Rumah Jabatan Bupati Belu, Jumat (28/6/2024).")
    assert events_of(text, "2024-06-29", "city") == [(city,)]


def test_the_guests_after_a_place_do_not_place_the_signing():
    text = ("SINJAI - Pemkab Sinjai menandatangani MoU dengan BPJS Ketenagakerjaan, Rabu (4/6/2025). Acara yang "
            "berlangsung di Ruang Rapat Lantai 3 ini dihadiri Bupati Sinjai, Kepala BPJS Ketenagakerjaan Makassar "
            "dan para kepala OPD.")
    assert events_of(text, "2025-06-05", "city") == [("Sinjai",)]


def test_a_one_word_name_before_another_office_in_a_list_of_guests_is_a_name():
    text = (NATIONAL_LEAD + "Penandatanganan disaksikan Kepala Staf Kepresidenan Moeldoko, Menteri Kelautan dan "
            "Perikanan Sakti Wahyu Trenggono, serta para gubernur.")
    assert {"Moeldoko", "Sakti Wahyu Trenggono"} <= set(by_name(text, "2024-05-02", "role"))


def test_continents_in_an_office_name_are_office_words():
    text = (NATIONAL_LEAD + "Hadir Direktur Jenderal Kerja Sama Asia, Pasifik, dan Afrika Kementerian Luar Negeri "
            "Ahmad Rizal Purnama.")
    assert by_name(text, "2024-05-02", "role") == {"Ahmad Rizal Purnama": "lainnya"}


def test_a_signing_told_as_what_is_done_as_a_rule_is_no_event():
    # the secretary-general signs as a rule; this time the minister did: one event, not the Sekjen's
    text = ("Kerja sama ini tertuang dalam MoU yang ditandatangani langsung oleh Menteri Desa Abdul Halim Iskandar "
            "dengan Rektor Unkhair Ridha Ajam, di Hotel Bela, Ternate, Kamis (14/12/2023). Menteri menyampaikan "
            "sambutan. Umumnya, penandatanganan MoU dengan perguruan tinggi hanya dilakukan oleh Sekretaris "
            "Jenderal Kemendes Taufik Madjid.")
    assert events_of(text, "2023-12-15", "agreement_type", "signatories") == [
        ("mou", ["Abdul Halim Iskandar", "Ridha Ajam"])]


@pytest.mark.parametrize("paper", ["berita acara penegasan batas daerah", "akta pinjaman daerah"])
def test_boundary_minutes_and_a_loan_deed_between_governments_are_papers(paper):
    text = (f"Pemprov Kaltim dan Pemkab Kutai Kartanegara menandatangani {paper} di Samarinda, Selasa "
            "(21/10/2025).")
    assert events_of(text, "2025-10-22") == [("lainnya", "2025-10-21")]


def test_a_minor_office_of_the_ombudsman_is_its_staff():
    text = ("Nilai kepatuhan Kota Tual masuk zona merah, ungkap Kepala Tim Bidang Pencegahan Maladministrasi "
            "Ombudsman RI Perwakilan Provinsi Maluku, Yohanis Latuconsina, Rabu (16/3/2022).")
    assert by_name(text, "2022-03-17", "role", "province_code") == {
        "Yohanis Latuconsina": ("pejabat_ombudsman", "ID-MA")}


def test_the_common_misspelling_of_the_regional_secretary_is_the_same_office():
    text = ("KENDARI - Sekertaris Daerah Provinsi Sulawesi Tenggara, Asrun Lio, mengapresiasi kabupaten yang masuk "
            "zona hijau penilaian Ombudsman RI.")
    assert by_name(text, "2024-01-05", "role") == {"Asrun Lio": "sekretaris_daerah"}


def test_a_one_word_name_that_ends_its_sentence_after_an_offices_words_is_a_name():
    # the full stop after the name closes the list's item as a comma does
    text = (NATIONAL_LEAD + "Hadir antara lain Dirjen Pembangunan Kawasan Perdesaan Ibu Harlina. Acara berjalan "
            "lancar.")
    assert by_name(text, "2024-05-02", "role") == {"Harlina": "lainnya"}
