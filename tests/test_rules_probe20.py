"""Kinds of sentence read from probe 20's news, on short invented articles: the assistants of a
prosecutor's office in a list of those present, and a speaker with an honorific before the office
he is said by."""
import pipeline


def people(text, published="2024-07-19"):
    return {p["name"]: p["role"] for p in pipeline.extract(text, published=published)["people"]}


def test_the_assistants_of_a_high_prosecutors_office_are_officials():
    text = ("Kejati Maluku dan Pemkot Ambon menandatangani MoU di Ambon, Jumat (19/7/2024). Penandatanganan itu "
            "disaksikan para pejabat kedua belah pihak.\n\nHadir Asisten Intelijen Ahmad Santoso, S.H., Asisten "
            "Pembinaan Budi Hartono, S.H., dan Asisten Pengawasan Rahmat Hidayat, S.H., M.H.")
    assert people(text) == {"Ahmad Santoso": "lainnya", "Budi Hartono": "lainnya", "Rahmat Hidayat": "lainnya"}


def test_a_speaker_with_an_honorific_before_his_office():
    text = ("Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada Pemkot Makassar. \u201cKami mendorong pemda "
            "mematuhi aturan,\u201d ujar Prof. Ahmad Santoso Ketua Ombudsman RI di Makassar.")
    assert people(text, "2019-04-01") == {"Ahmad Santoso": "ketua_ombudsman"}
