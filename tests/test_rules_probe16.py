"""Kinds of sentence read from probe 16's unseen news, on short invented articles: the year of an
assessment named before its list, a signing that is itself the follow-up of a programme, and a
second paper one of the signers signs with another partner."""
import pipeline


def extract(text, published="2021-12-29"):
    return pipeline.extract(text, published=published)


def test_the_assessment_year_named_before_a_list_is_the_lists():
    text = ("GORONTALO - Pemprov Gorontalo mendapat predikat zona kuning pada survei kepatuhan pelayanan publik "
            "2021, dari sebelumnya 2019 predikat zona hijau.\n\n"
            "Adapun hasil survei kepatuhan standar pelayanan publik 2021 untuk Gorontalo, dengan status zona "
            "kuning yaitu Kota Gorontalo (79,72), Kabupaten Boalemo (63,56) dan Kabupaten Pohuwato (54,84).")
    years = {s["subject"]: s["year"] for s in extract(text)["scores"] if s["value"] is not None}
    assert years == {"Kota Gorontalo": 2021, "Kabupaten Boalemo": 2021, "Kabupaten Pohuwato": 2021}


def test_a_signing_that_is_the_follow_up_of_a_programme_is_the_news():
    text = ("Pemerintah Kabupaten Nabire melakukan penandatanganan nota kesepahaman dengan Universitas Cenderawasih "
            "sebagai tindak lanjut program beasiswa daerah.")
    (event,) = extract(text)["events"]
    assert event["primary"]


def test_a_follow_up_of_an_earlier_paper_is_still_that_papers():
    text = ("Bupati Nabire Ahmad Santoso mengatakan perjanjian kerja sama ini merupakan tindak lanjut dari MoU yang "
            "ditandatangani dengan Universitas Cenderawasih pada 2019.")
    assert [e["primary"] for e in extract(text)["events"]] == [False]


def test_one_minister_signing_with_another_partner_signs_another_paper():
    text = ("Menteri Riset dan Teknologi Ahmad Santoso dan Menteri Pertahanan Budi Hartono menandatangani nota "
            "kesepahaman kerja sama antara kedua kementerian di Jakarta, Senin (20/12/2021).\n\n"
            "Selain itu, Menteri Ahmad Santoso dan Kepala Badan Informasi Geospasial Rahmat Hidayat menandatangani "
            "nota kesepahaman tentang pemanfaatan data geospasial.")
    events = extract(text)["events"]
    assert sorted(e["signatories"] for e in events) == [["Ahmad Santoso", "Budi Hartono"],
                                                         ["Ahmad Santoso", "Rahmat Hidayat"]]


def test_an_opini_named_by_its_level_alone_is_that_kualitas_grade():
    text = ("Ombudsman RI Perwakilan Aceh menyampaikan hasil penilaian kepatuhan 2024. Adapun pemerintah daerah yang "
            "meraih opini tertinggi yakni Pemkab Aceh Besar dan Pemkot Langsa.")
    grades = {s["subject"]: s["grade"] for s in extract(text, published="2025-01-21")["scores"]}
    assert grades == {"Pemkab Aceh Besar": "kualitas_tertinggi", "Pemkot Langsa": "kualitas_tertinggi"}
