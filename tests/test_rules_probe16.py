"""Kinds of sentence read from probe 16's unseen news, on short invented articles: the year of an
assessment named before its list, a signing that is itself the follow-up of a programme, a second
paper one of the signers signs with another partner, a dateline with its outlet after a bar, Haji
glued to a name's initials, and head words that are offices only of the state body after them."""
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


def test_a_dateline_with_the_outlet_after_a_bar_names_the_town():
    text = ("GRESIK | kabarjatim.co – Bupati Gresik Ahmad Santoso dan Kapolres Gresik AKBP Budi Hartono menandatangani "
            "nota kesepahaman tentang pengawasan dana desa, Rabu (22/11/2017) di Gedung Serbaguna.")
    (event,) = extract(text, published="2017-11-22")["events"]
    assert event["city"] == "Gresik"


def people(text):
    return {p["name"]: p["title"] for p in extract(text, published="2020-08-11")["people"]}


def test_haji_glued_to_the_initials_of_a_name_is_no_degree_and_no_part_of_it():
    text = ("MoU tersebut ditandatangani oleh Gubernur Kepri H.M. Sani dengan Kepala LKPP Agus Rahardjo. "
            "Kerja sama dituangkan dalam nota kesepahaman antara Jaksa Agung HM. Prasetyo dan Menteri Perhubungan "
            "Budi Karya Sumadi, disaksikan Jaksa Agung Muda Dr HST Burhanuddin, SH, MH.")
    assert set(people(text)) == {"M. Sani", "Agus Rahardjo", "M. Prasetyo", "Budi Karya Sumadi", "ST Burhanuddin"}


def test_a_head_word_is_an_office_of_the_state_body_after_it_and_of_no_other():
    text = ("Nota kesepahaman itu ditandatangani Sekjen DPR RI Indra Wijaya dan Juru Bicara KPK Febri Santoso. "
            "Hadir pula Sekjen Partai Maju Budi Hartono.")
    assert people(text) == {"Indra Wijaya": "Sekjen DPR RI", "Febri Santoso": "Juru Bicara KPK"}


def test_the_speaker_an_attribution_gives_did_not_sign_by_that():
    text = ("DPRD Kabupaten Bangka menandatangani nota kesepahaman dengan Universitas Bangka Belitung, Senin "
            "(10/8/2020).\n\n"
            "“Dengan ditandatanganinya nota kesepahaman ini, kajian naskah akademik makin kuat,” lanjut Ketua DPRD "
            "Bangka Ahmad Santoso.")
    (event,) = extract(text)["events"]
    assert event["signatories"] == []


def test_a_balinese_name_after_a_comma_is_the_name_and_a_regional_offices_area_is_not():
    text = ("MoU itu diteken Kepala Kantor Wilayah BPJS Ketenagakerjaan Sumbagut, I Made Santika, dan Kepala Kantor "
            "Wilayah BPJS Kesehatan Sumbagsel, Budi Hartono.")
    assert set(people(text)) == {"I Made Santika", "Budi Hartono"}


def test_a_speaker_who_says_after_the_quote_that_he_signed_did():
    text = ("Pemkab Contoh dan Bank Indonesia menandatangani MoU pengendalian inflasi, Senin (10/8/2020).\n\n"
            "“Kami punya tanggung jawab yang tidak ringan,” kata Sekda Kabupaten Pesisir Selatan Ahmad Santoso usai "
            "menandatangani MoU mewakili pemerintah daerah.")
    (event,) = extract(text)["events"]
    assert event["signatories"] == ["Ahmad Santoso"]


def test_a_speaker_named_between_commas_does_not_go_on_with_the_list_of_signers():
    text = ("Penandatanganan nota kesepahaman dilakukan oleh Wali Kota Kendari Ahmad Santoso dan Wakil Bupati Konawe "
            "Selatan Budi Hartono, Kamis (21/10/2021).\n\n"
            "Selain itu, tambah Sekda Kota Kendari Rahmat Hidayat, ruang lingkup kerja sama ada di sektor pertanian.")
    (event,) = extract(text, published="2021-10-21")["events"]
    assert event["signatories"] == ["Ahmad Santoso", "Budi Hartono"]


def test_a_signing_wished_to_take_place_is_a_plan_and_a_signings_wished_fruit_is_not():
    planned = ("Sekda Provinsi Kalimantan Timur Ahmad Santoso setuju atas usulan tim Otorita IKN agar penandatanganan "
               "MoU kedua pihak dilakukan saat groundbreaking di kawasan IKN awal Juni nanti.")
    assert extract(planned, published="2024-05-28")["events"] == []
    done = ("Pemprov Kalimantan Selatan dan Ombudsman RI menandatangani nota kesepahaman di Banjarmasin, Senin "
            "(27/5/2024). Dalam sambutannya disampaikan harapan agar penandatanganan MoU ini membawa berkah bagi "
            "pelayanan publik.")
    assert [e["primary"] for e in extract(done, published="2024-05-28")["events"]] == [True]
