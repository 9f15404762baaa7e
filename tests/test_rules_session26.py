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
