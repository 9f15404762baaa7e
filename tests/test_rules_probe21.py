"""Kinds of sentence read from probe 21's news, on short invented articles: the subject of a paper
written after its parties, a headline's name for the paper the body names otherwise, the day a
paper ends, a companion paper and one of its own, and people: a degree after a one-word name,
names written before their offices, the fullest of two forms of a name, a minister's short name,
the words of a firm's name."""
import pipeline


def extract(text, published="2025-11-21"):
    return pipeline.extract(text, published=published)


def people(text, published="2025-11-21"):
    return {p["name"]: p["role"] for p in extract(text, published)["people"]}


def test_papers_with_the_subject_after_their_parties_are_signings_of_their_own():
    text = ("Kupang - Pemprov NTT menandatangani nota kesepahaman antara Gubernur NTT dengan Kepala BPKP "
            "Perwakilan NTT tentang pendampingan pengelolaan dana desa, Senin (11/5/2020).\n\n"
            "Selain itu, dilakukan penandatanganan nota kesepahaman antara Gubernur NTT dan Kajati NTT tentang "
            "penanganan masalah hukum bidang perdata dan tata usaha negara.")
    events = extract(text, "2020-05-11")["events"]
    assert len(events) == 2
    assert {str(e["event_date"]) for e in events} == {"2020-05-11"}


def test_a_headlines_name_for_the_paper_points_to_the_one_the_body_tells():
    text = ("Pemkot dan Kejari Lahat Teken MoU Datun\n\n"
            "LAHAT - Pemerintah Kota Lahat menandatangani perjanjian kerja sama dengan Kejaksaan Negeri Lahat di "
            "ruang rapat Setda, Jumat 21 November 2025.\n\n"
            "Penandatanganan MoU ini merupakan lanjutan dari perjanjian kerja sama kedua pihak yang telah berakhir "
            "pada tanggal 13 November 2025.")
    events = extract(text)["events"]
    assert [(e["agreement_type"], str(e["event_date"])) for e in events] == [("perjanjian_kerja_sama", "2025-11-21")]


def test_the_day_a_paper_ends_dates_no_signing():
    import datetime as dt

    from pipeline.config import DEFAULT_MODEL
    from pipeline.fields import load_lexicon
    from pipeline.stages import _event_dates

    lexicon = load_lexicon(str(DEFAULT_MODEL))
    published = dt.date(2025, 11, 21)
    for ends in ("yang telah berakhir pada tanggal 13 November 2025", "yang berlaku hingga 13 November 2025",
                 "yang habis pada 13 November 2025"):
        text = f"Penandatanganan MoU ini lanjutan dari perjanjian kerja sama {ends}."
        assert _event_dates(lexicon, text, published) == [], ends
    signed = "Perjanjian kerja sama itu ditandatangani pada 13 November 2025."
    assert [d.date for d, _s, _e in _event_dates(lexicon, signed, published)] == [dt.date(2025, 11, 13)]


def test_a_paper_of_its_own_named_with_a_nota_kesepahaman_is_a_second_signing():
    text = ("Wamena - Pemerintah Provinsi Papua Pegunungan bersama Kejaksaan Tinggi Papua menandatangani nota "
            "kesepahaman (MoU) dan komitmen bersama terkait penyerahan tanah hibah, Selasa (11/11/2025).")
    events = extract(text, "2025-11-11")["events"]
    assert sorted(e["agreement_type"] for e in events) == ["lainnya", "nota_kesepahaman"]


def test_a_work_plan_signed_with_its_paper_is_that_paper():
    text = ("Tanjungpinang - Pemprov Kepri dan Ombudsman RI menandatangani Nota Kesepakatan dan Rencana Kerja "
            "tentang pelayanan publik, Senin (15/9/2025).")
    events = extract(text, "2025-09-15")["events"]
    assert [e["agreement_type"] for e in events] == ["nota_kesepakatan"]


def test_a_one_word_name_then_its_degrees_after_a_comma():
    text = ("Bupati Aceh Jaya menandatangani MoU dengan Universitas Teuku Umar, Kamis (13/8/2020). Bupati "
            "didampingi Sekda Aceh Jaya Mustafa, S.Pd., MAP, dan Ketua DPRK Aceh Jaya.")
    assert people(text, "2020-08-13") == {"Mustafa": "sekretaris_daerah"}


def test_names_written_before_their_offices_in_a_list():
    text = ("Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada Pemprov Sulsel di Makassar. Penyerahan "
            "dihadiri oleh Ahmad Santoso Hidayat Anggota Ombudsman RI, Budi Hartono Saleh selaku Pj Sekda Provinsi "
            "Sulawesi Selatan, dan Rahmat Hidayat Kepala Perwakilan Ombudsman RI Prov Sulsel.")
    assert people(text, "2024-01-29") == {"Ahmad Santoso Hidayat": "anggota_ombudsman",
                                          "Budi Hartono Saleh": "sekretaris_daerah",
                                          "Rahmat Hidayat": "kepala_perwakilan_ombudsman"}


def test_a_forums_name_after_and_is_no_person():
    text = ("Menteri Dalam Negeri Ahmad Santoso menandatangani nota kesepahaman antara Kemendagri, Kemensos, "
            "dan Forum Rektor Indonesia (FRI) di Jakarta, Senin (29/3/2021).")
    assert "Forum" not in people(text, "2021-03-29")


def test_a_name_with_an_initial_is_the_one_written_in_full():
    text = ("Jakarta - Gubernur Kaltara Drs. H. Zainal A Paliwang menandatangani nota kesepakatan dengan Ombudsman "
            "RI, Kamis (22/6/2023).\n\n\u201cKami menjaga integritas,\u201d ucap Gubernur Kaltara Zainal Arifin "
            "Paliwang.")
    assert people(text, "2023-06-22") == {"Zainal Arifin Paliwang": "gubernur"}


def test_a_degree_glued_to_an_initial_by_its_stop():
    text = ("Kotabaru - Asisten I Bidang Pemerintahan Kabupaten Kotabaru, Khairil Fajri S.STP menghadiri "
            "penandatanganan kesepakatan bersama dengan Ombudsman RI, Rabu (1/9/2021).")
    assert people(text, "2021-09-01") == {"Khairil Fajri": "asisten_sekda"}


def test_a_ministers_short_name_is_the_minister():
    text = ("Jakarta - Menteri Sosial Tri Rismaharini menandatangani Nota Kesepahaman dengan Basarnas, Selasa "
            "(14/5/2024).\n\n\u201cIni perpanjangannya,\u201d ujar Mensos Risma.")
    assert people(text, "2024-05-14") == {"Tri Rismaharini": "lainnya"}


def test_a_head_of_an_ombudsman_office_written_with_a_small_letter():
    text = ("Ombudsman menyerahkan hasil penilaian kepatuhan kepada Polda Bengkulu. Disampaikan Kepala "
            "perwakilan Ombudsman Republik Indonesia Provinsi Bengkulu, Ahmad Santoso, semua Polres di zona hijau.")
    assert people(text, "2024-12-10") == {"Ahmad Santoso": "kepala_perwakilan_ombudsman"}


def test_a_firms_name_after_its_directors_title_is_no_person():
    text = ("Gubernur Aceh Ahmad Santoso batal menandatangani MoU dengan Murban Energy. Sebelumnya Direktur "
            "Eksekutif Murban Energy sendiri dua kali datang ke Pulau Banyak.")
    assert "Murban Energy" not in people(text, "2021-11-07")
