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


def test_papers_named_by_other_terms_with_one_subject_are_one_paper():
    text = ("Ambon - Gubernur Maluku Ahmad Santoso dan Kepala LLDIKTI Wilayah XII Budi Hartono secara resmi "
            "menandatangani Nota Kesepakatan Bersama/Memorandum of Understanding (MoU) tentang Penyelenggaraan "
            "Pendidikan Tinggi di Provinsi Maluku, Jumat (22/8/2025).\n\n"
            "Seusai sambutan, keduanya melakukan penandatanganan Kesepakatan Bersama tentang Penyelenggaraan "
            "Pendidikan Tinggi di Provinsi Maluku.")
    events = pipeline.extract(text, published="2025-08-22")["events"]
    assert len(events) == 1
