"""Kinds of sentence read in session 26, on short invented articles."""
import pipeline


def extract(text, published=None):
    return pipeline.extract(text, published=published)


def scores_of(text, published="2023-01-10"):
    return sorted((s["subject"], s["value"], s["zone"]) for s in extract(text, published=published)["scores"])


def test_a_zone_heads_every_item_of_a_list_cut_by_semicolons():
    # "zona kuning yakni A dengan nilai ...; B dengan nilai ...; serta C ...": one list, one zone
    text = ("Ombudsman Umumkan Hasil Penilaian Kepatuhan\n\n"
            "AMBON - Ombudsman RI Perwakilan Maluku mengumumkan hasil penilaian kepatuhan tahun 2022. Yang masih "
            "berada di zona kuning yakni Kabupaten Buru dengan nilai 68,84; Kabupaten Maluku Tenggara dengan nilai "
            "64,04; serta Kabupaten Maluku Tengah dengan nilai 55,74.")
    assert scores_of(text) == [("Kabupaten Buru", 68.84, "kuning"), ("Kabupaten Maluku Tengah", 55.74, "kuning"),
                               ("Kabupaten Maluku Tenggara", 64.04, "kuning")]


def test_places_that_locate_a_counted_group_have_no_result():
    # "Untuk wilayah A, B dan C, hanya sepuluh Pemkab yang masuk zona hijau": the zone is the ten's
    text = ("Ombudsman Umumkan Hasil Penilaian Kepatuhan\n\n"
            "JAKARTA - Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2022. Dari 415 Pemkab, sebanyak "
            "170 masuk zona hijau. Untuk wilayah Bali, NTB, dan NTT, hanya sepuluh Pemkab yang masuk zona hijau.")
    assert scores_of(text) == []


def people_of(text, published="2023-02-22"):
    return sorted((p["name"], p["role"]) for p in extract(text, published=published)["people"])


def test_a_coordinating_ministrys_short_field_is_no_name():
    # "Deputi ... Bidang Polhukam OMK": the field of the coordinating ministry, no person
    text = ("Pemprov dan BPKP Teken MoU\n\n"
            "JAKARTA - Pemerintah Provinsi Papua Pegunungan dan BPKP menandatangani MoU di Jakarta, Rabu "
            "(22/2/2023). Hadir Deputi Kepala BPKP Bidang Pengawasan Instansi Pemerintah Bidang Polhukam OMK "
            "dan Penjabat Gubernur Papua Pegunungan Nikolaus Kondomo.")
    assert [name for name, _role in people_of(text)] == ["Nikolaus Kondomo"]


def test_an_office_word_written_in_lower_case_stays_in_the_office():
    # "Kepala Dinas Pariwisata dan ekonomi Kreatif Papua, Nama": a slip of case inside the office's name
    text = ("Poltekpar dan Pemprov Papua Teken Nota Kesepahaman\n\n"
            "BADUNG - Penandatanganan nota kesepahaman dilakukan antara Direktur Poltekpar Bali, Ida Bagus Putu "
            "Puja dan Kepala Dinas Pariwisata dan ekonomi Kreatif Papua, Yimin Weya di Badung pada Jumat "
            "(26/2/2021).")
    assert ("Yimin Weya", "kepala_perangkat_daerah") in people_of(text, "2021-02-26")
