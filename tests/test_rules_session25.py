"""Kinds of sentence read in session 25, on short invented articles."""
from pipeline import extract

from .readings import scopes_of, signers


def test_the_day_a_report_was_quoted_is_no_day_of_the_signing():
    # "dikutip dari <source>, <day>" dates the writer's quoting: the signing keeps the day the lead gives
    text = ("BNN dan Pemprov NTT Teken Nota Kesepahaman\n\n"
            "KUPANG - Badan Narkotika Nasional dan Pemerintah Provinsi Nusa Tenggara Timur bertemu di Kupang "
            "pada Jumat (2/6/2023).\n\n"
            "Nota kesepahaman itu diteken Gubernur NTT Viktor Laiskodat dan Kepala BNN Petrus Golose, seperti "
            "dikutip dari laman resmi BNN, Senin (5/6/2023).")
    events = extract(text, published="2023-06-05")["events"]
    assert [str(e["event_date"]) for e in events] == ["2023-06-02"]


def test_a_report_opened_with_its_source_keeps_its_own_date():
    # the source opens the sentence; the date closes the report, after a comma: the signing's day
    text = ("BNN dan Pemprov NTT Teken Nota Kesepahaman\n\n"
            "Dilansir dari Antara, Gubernur NTT Viktor Laiskodat dan Kepala BNN Petrus Golose meneken nota "
            "kesepahaman di Kupang pada Jumat (2/6/2023).")
    events = extract(text, published="2023-06-05")["events"]
    assert [str(e["event_date"]) for e in events] == ["2023-06-02"]


def test_a_scope_phrase_read_with_a_preposition_inside():
    # "penanganan terhadap laporan", "tindak lanjut atas aduan": the phrase with its object marked
    text = ("Ombudsman dan Pemkab Teken Nota Kesepahaman\n\n"
            "MAMUJU - Ombudsman RI Perwakilan Sulawesi Barat dan Pemerintah Kabupaten Mamuju menandatangani "
            "nota kesepahaman di Mamuju, Senin (4/3/2024). Nota kesepahaman itu meliputi penanganan terhadap "
            "laporan masyarakat dan tindak lanjut atas aduan warga.")
    assert scopes_of(text, "2024-03-05") == [["penyelesaian_laporan"]]


def test_an_agreement_pointed_back_to_names_its_points():
    # "Kesepakatan ini ...": the agreement told of again, its aims are its points
    text = ("KPK dan Kementerian Teken Kesepakatan Bersama\n\n"
            "JAKARTA - Komisi Pemberantasan Korupsi dan Kementerian Perumahan menandatangani kesepakatan "
            "bersama di Jakarta, Senin (4/3/2024).\n\n"
            "Kesepakatan ini diharapkan memperkuat kompetensi SDM di bidang pencegahan korupsi.")
    assert scopes_of(text, "2024-03-05") == [["pengembangan_sdm"]]


def test_an_earlier_paper_alone_has_the_points_its_sentence_names():
    # no signing is the news: the MoU referred to keeps the points named with it
    text = ("Ombudsman NTT Kunjungi Pemkab Malaka\n\n"
            "KUPANG - Kepala Ombudsman RI Perwakilan NTT berkunjung ke Pemerintah Kabupaten Malaka, Senin "
            "(4/3/2024).\n\nIa mengingatkan bahwa kerja sama Ombudsman dan Pemkab Malaka telah terjalin sejak tahun "
            "2022 melalui penandatanganan Nota Kesepahaman (MoU) yang mencakup koordinasi dalam penanganan "
            "laporan masyarakat.")
    events = extract(text, published="2024-03-05")["events"]
    assert [(e["primary"], e["scope"]) for e in events] == [(False, ["penyelesaian_laporan"])]


def test_a_space_inside_brackets_is_dropped_from_the_text():
    # "( Menteri Desa PDT) Nama": a linked word's space inside the brackets, as some portals write it;
    # left in, the bracket's end was read as the first word of the name
    from pipeline.text import clean_text

    text = clean_text("Menteri Desa dan Pembangunan Daerah Tertinggal ( Menteri Desa PDT) Yandri Susanto dan "
                      "Kepala Kepolisian Negara Republik Indonesia ( Kapolri ) Jenderal Listyo Sigit Prabowo", ())
    assert "(Menteri Desa PDT) Yandri" in text and "(Kapolri) Jenderal" in text
    text += " menandatangani nota kesepahaman di Jakarta, Senin (4/3/2024)."
    assert signers("Kemendes dan Polri Teken Nota Kesepahaman\n\n" + text, "2024-03-05") == ["Listyo Sigit Prabowo",
                                                                                 "Yandri Susanto"]


def test_a_bare_title_stands_for_the_holder_of_that_office_only():
    # "Kepala Perwakilan BPKP" is not the "Kepala BPKP" the article names
    text = ("BPKP dan Pemprov Kalteng Teken Nota Kesepakatan\n\n"
            "PALANGKA RAYA - Pemerintah Provinsi Kalimantan Tengah dan BPKP menandatangani nota kesepakatan "
            "pengawasan intern.\n\n"
            "Penandatanganan nota kesepakatan itu dilakukan oleh Gubernur dan Kepala Perwakilan BPKP "
            "se-Indonesia secara virtual, Senin (4/3/2024).\n\n"
            "Pada kesempatan itu hadir pula Kepala BPKP Muhammad Yusuf Ateh.")
    assert "Muhammad Yusuf Ateh" not in signers(text, "2024-03-05")


def test_each_of_two_titled_subjects_signs():
    # "Kepala A ... dan Kepala B ... menandatangani": the first title is a subject as the second is
    text = ("Basarnas dan BMKG Teken MoU\n\n"
            "AMBON - Kantor Basarnas Ambon dan BMKG Stasiun Ambon meneken MoU, Senin (4/3/2024).\n\n"
            "Kepala Basarnas kelas A Ambon dan Kepala BMKG Kelas 1 Ambon menandatangani naskah MoU itu.\n\n"
            "Dalam sambutannya, Kepala Basarnas Ambon, Muhammad Arafah, menekankan arti penting kerja sama. "
            "Hal itu dibenarkan Kepala BMKG Kelas 1 Ambon, Rudi Hartono.")
    assert signers(text, "2024-03-05") == ["Muhammad Arafah", "Rudi Hartono"]


def test_a_curly_apostrophe_in_an_honorific():
    # "Dato’" is the honorific "Dato'" as typeset, not a word of the name
    text = ("Unesa dan KBRI Kuala Lumpur Teken Nota Kesepahaman\n\n"
            "KUALA LUMPUR - Universitas Negeri Surabaya dan KBRI Kuala Lumpur menandatangani nota kesepahaman, "
            "Senin (4/3/2024). Acara dihadiri Duta Besar Republik Indonesia untuk Malaysia, Dato’ Indera Hermono.")
    names = [p["name"] for p in extract(text, published="2024-03-05")["people"]]
    assert "Indera Hermono" in names


def test_a_statement_dates_the_saying_where_another_day_dates_the_signing():
    # the day after "dalam keterangan tertulis" is the statement's; the ceremony's day is named after it
    text = ("KKP Gandeng Kementerian Teken Nota Kesepahaman\n\n"
            "JAKARTA - Kementerian Kelautan dan Perikanan menggandeng sejumlah kementerian.\n\n"
            "\u201cKolaborasi ini memperkuat tata kelola perikanan,\u201d ujar Menteri Kelautan dan Perikanan Sakti "
            "Wahyu Trenggono, dalam keterangan tertulis, Selasa (6/2/2024).\n\n"
            "Kerja sama ditandai dengan penandatanganan nota kesepahaman antara Menteri KP bersama pimpinan "
            "Kementerian Dalam Negeri dan Kementerian Pertanian. Ada juga tiga perguruan tinggi pada acara forum "
            "bisnis di Jakarta, Senin (5/2).")
    events = extract(text)["events"]
    assert [str(e["event_date"]) for e in events] == ["2024-02-05"]


def test_a_statements_day_dates_the_signing_where_no_other_day_does():
    text = ("Gubernur NTB Tandatangani MoU\n\n"
            "MATARAM - Gubernur NTB menandatangani MoU dengan bupati dan wali kota se-NTB.\n\n"
            "\u201cMudah-mudahan pembangunannya bisa dimulai Januari,\u201d ungkap Gubernur pada ramah tamah usai "
            "upacara di Gedung Sangkareang, Mataram (17/12/2021).\n\n"
            "Dalam penandatanganan MoU tersebut, turut hadir Wakil Gubernur NTB.")
    events = extract(text)["events"]
    assert [str(e["event_date"]) for e in events] == ["2021-12-17"]


def test_a_list_of_offices_names_no_person():
    # "Deputi ... Bidang Pengawasan Investigasi": the unit's field, not a name
    text = ("BPKP dan Papua Pegunungan Teken MoU\n\n"
            "JAKARTA - BPKP dan Pemerintah Provinsi Papua Pegunungan menandatangani MoU, Rabu (22/2/2023). Hadir "
            "Deputi Kepala BPKP Bidang Pengawasan Akuntan Negara, Deputi Kepala BPKP Bidang Pengawasan "
            "Investigasi, dan Penjabat Gubernur Papua Pegunungan Nikolaus Kondomo.")
    names = [p["name"] for p in extract(text, published="2023-02-23")["people"]]
    assert names == ["Nikolaus Kondomo"]
