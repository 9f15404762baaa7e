"""pipeline/fields/people.py: officials read beside their titles, on short invented sentences."""
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.fields import Context, load_lexicon
from pipeline.fields.people import _covered, _occurrences, _one_typo_apart, named_in, people_mentions
from pipeline.records import Person

PUB = "2024-11-13"
LEAD = "Pemprov Kalsel dan Ombudsman RI meneken nota kesepahaman di Banjarmasin. "  # passes the gate


def people(text, published=PUB):
    return {p["name"]: p for p in pipeline.extract(LEAD + text, published=published)["people"]}


def person(text, published=PUB):
    (p,) = people(text, published).values()
    return p["name"], p["role"], p["province_code"]


# ------------------------------------------------------------------------ ranks and units

@pytest.mark.parametrize("sentence, expected", [
    # a degree's letters right after a whole office are initials; after a head's title, the body
    ("Jaksa Agung ST Burhanuddin menyampaikan sambutan.", ("ST Burhanuddin", "kepala_kejaksaan", None)),
    ("Ketua MA Hatta Ali menyampaikan sambutan.", ("Hatta Ali", "lainnya", None)),
    # one word after a national body named whole is a name
    ("Kepala BNPB Suharyanto dan rombongan meninjau lokasi.", ("Suharyanto", "lainnya", None)),
    # every ministry and national commission is a body named whole (organisations.tsv)
    ("Ketua KPAI Susanto menyampaikan sambutan.", ("Susanto", "lainnya", None)),
    ("Plt. Sekjen Kementerian Kehutanan Mahfudz menyampaikan sambutan.", ("Mahfudz", "lainnya", None)),
    # a company's form in brackets is part of its name; "Pur" is a retired mark
    ("Direktur Utama PT Agro Pangan Nusa (Persero), Joao Mota, menyampaikan sambutan.",
     ("Joao Mota", "lainnya", None)),
    ("Kepala BSSN Letjen (Pur) Hinsa Siburian menyampaikan sambutan.", ("Hinsa Siburian", "lainnya", None)),
    # one word after the office's short form in brackets is a name
    ("Menteri Komunikasi dan Informatika (Menkominfo) Sukardiman di Jakarta menyampaikan sambutan.",
     ("Sukardiman", "lainnya", None)),
    # a Balinese name opens with words offices use too ("Perlindungan Anak", "Kejaksaan Agung")
    ("Bupati Gianyar Anak Agung Gde Agung Bharata menyampaikan sambutan.",
     ("Anak Agung Gde Agung Bharata", "bupati", "ID-BA")),
    ("Kepala Dinas Perlindungan Anak Agus Salim menyampaikan sambutan.",
     ("Agus Salim", "kepala_perangkat_daerah", "ID-KS")),
    # a short form of Muhammad ends no sentence
    ("Ketua Ombudsman RI, Mokh. Najih, menyampaikan sambutan.", ("Mokh. Najih", "ketua_ombudsman", None)),
    ("Ketua Ombudsman RI, Moch. Najih, menyampaikan sambutan.", ("Moch. Najih", "ketua_ombudsman", None)),
])
def test_initials_whole_bodies_and_company_forms(sentence, expected):
    assert person(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a title word that begins a longer rank is the rank's; the office is said after "selaku"
    ("Pernyataan itu disampaikan Inspektur Polisi Dua Budi Santoso selaku Kapolsek Banjarbaru Utara.",
     ("Budi Santoso", "lainnya", "ID-KS")),
    # a function word is never a name ("Wapres Dapat Gaji" is a headline's), but "Lalu" of a Sasak
    # name and "Hari" are names too
    ("Presiden-Wapres Dapat Gaji ke-13 Gubernur NTB Lalu Muhammad Iqbal hadir.",
     ("Lalu Muhammad Iqbal", "gubernur", "ID-NB")),
    ("Acara itu dihadiri perwakilan Jampidum Kejaksaan RI Dr. Hari Wibowo, S.H.",
     ("Hari Wibowo", "lainnya", None)),
])
def test_ranks_and_function_words_are_no_names(sentence, expected):
    assert person(sentence) == expected


def test_a_short_name_in_the_same_office_is_that_person():
    found = people("Penandatanganan dilakukan oleh Gubernur Rahmat Mirzani Djausal. Gubernur Mirza menyoroti "
                   "pembangunan SDM. Acara dihadiri Ketua Dewan Pers Komarudin Hidayat.")
    assert sorted(found) == ["Komarudin Hidayat", "Rahmat Mirzani Djausal"]


def test_a_governor_whose_title_names_no_province_governs_the_other_one():
    text = ("BANDAR LAMPUNG - Pemprov Lampung dan Pemprov Bengkulu meneken kesepakatan bersama. Penandatanganan "
            "dilakukan oleh Gubernur Rahmat Mirzani Djausal bersama Gubernur Bengkulu Helmi Hasan di Kantor "
            "Gubernur Lampung, Kamis (27/11/2025).")
    found = {p["name"]: p["province_code"] for p in pipeline.extract(text, published="2025-11-28")["people"]}
    assert found == {"Rahmat Mirzani Djausal": "ID-LA", "Helmi Hasan": "ID-BE"}


def test_a_capitalised_function_word_ends_a_name():
    found = people("Piagam diberikan oleh Ketua Ombudsman RI Mokhammad Najih Kepada Irjen Chatarina Girsang.")
    assert (found["Mokhammad Najih"]["role"], "Chatarina Girsang" in found) == ("ketua_ombudsman", False)


@pytest.mark.parametrize("sentence, expected", [
    # Aceh's regional parliament
    ("Ketua DPRK Aceh Jaya Muslem Daud menyampaikan sambutan.", ("Muslem Daud", "ketua_dprd", "ID-AC")),
    # a regional head's title in lower case, before the name
    ("Acara itu dihadiri walikota Ternate Burhan Abdurahman.", ("Burhan Abdurahman", "wali_kota", "ID-MU")),
])
def test_short_forms_aceh_and_titles_in_lower_case(sentence, expected):
    assert person(sentence) == expected


def test_a_places_short_form_in_brackets_is_no_body():
    found = people("Penjabat (Pj) Gubernur Sulawesi Selatan (Sulsel) Zudan Fakrulloh dan Pj Gubernur Papua "
                   "Barat Daya Mohammad Musa'ad menandatangani nota kesepahaman.")
    assert found["Zudan Fakrulloh"]["province_code"] == "ID-SN"


def test_a_title_in_lower_case_names_no_one_before_it_and_a_candidacy_covers_both_offices():
    assert people("Lalu, gubernur dan wakil gubernur juga menerima gaji ke-13.") == {}
    assert people("Partai itu mengusung calon gubernur dan wakil gubernur Kalsel Budi Santoso.") == {}


@pytest.mark.parametrize("sentence, expected", [
    # a state enterprise's name ends where the person's begins (organisations.tsv, bumn)
    ("Direktur Utama Pertamina Nicke Widyawati menyampaikan sambutan.", ("Nicke Widyawati", "lainnya", None)),
    ("Direktur Operasi III PT Hutama Karya Koentjoro menyampaikan sambutan.", ("Koentjoro", "lainnya", None)),
])
def test_a_state_enterprises_name_is_not_the_persons(sentence, expected):
    assert person(sentence) == expected


def test_the_title_runs_through_the_body_it_heads():
    found = people("Kepala BNPB Suharyanto dan Kepala BSSN Letjen (Pur) Hinsa Siburian menyampaikan sambutan.")
    assert (found["Suharyanto"]["title"], found["Hinsa Siburian"]["title"]) == ("Kepala BNPB", "Kepala BSSN")


def test_a_name_after_a_national_body_twice_is_no_place():
    # "ASDP Yossianis Marciano" twice: the word after the body begins a name, not a place's name
    found = people("Wakil Direktur Utama ASDP Yossianis Marciano menyampaikan sambutan. Menurut Wakil Direktur "
                   "Utama ASDP Yossianis Marciano, kerja sama itu penting.")
    assert "Yossianis Marciano" in found


def test_the_service_word_of_a_rank_is_no_agency_before_a_place():
    # "Jenderal TNI Maruli" twice: "Maruli" is a name after a rank, not a place after an agency
    found = people("Kepala Staf Angkatan Darat Jenderal TNI Maruli Simanjuntak menyampaikan sambutan. "
                   "Jenderal TNI Maruli menyatakan TNI AD mendukung program itu.")
    assert "Maruli Simanjuntak" in found


@pytest.mark.parametrize("sentence, expected", [
    ("Kapolda Kalimantan Selatan Brigjen Rosyid Hartanto menyampaikan apresiasi.",
     ("Rosyid Hartanto", "lainnya", "ID-KS")),
    ("Kapolres Tabalong, AKBP Dimas Prasetyo, S.I.K., M.H. hadir dalam acara itu.",
     ("Dimas Prasetyo", "lainnya", "ID-KS")),
    ("Dandim 1022/Tanah Bumbu Letkol Inf Wahyu Santosa menyampaikan sambutan.",
     ("Wahyu Santosa", "lainnya", "ID-KS")),
    ("Komandan Korem 101/Antasari, Kolonel Czi Benny Arifin, menyampaikan sambutan.",
     ("Benny Arifin", "lainnya", "ID-KS")),
    ("Acara itu dihadiri Kombes Pol. (Purn.) Hendra Wibisono selaku Staf Ahli Gubernur Kalsel.",
     ("Hendra Wibisono", "lainnya", "ID-KS")),
    ("Acara itu dihadiri KBP Hendra Wibisono selaku Staf Ahli Gubernur Kalsel.",
     ("Hendra Wibisono", "lainnya", "ID-KS")),
])
def test_a_rank_is_stripped_and_marks_where_the_name_begins(sentence, expected):
    assert person(sentence) == expected


def test_a_regional_command_has_a_province_only_when_the_text_names_one():
    # a Kodam is named for a hero or a number, not a province: no province unless one is written
    assert person("Pangdam XXI/Rajawali Mayjen TNI Irawan Siregar meninjau lokasi.") == \
        ("Irawan Siregar", "lainnya", None)


def test_a_units_number_after_an_agency_word_is_no_place():
    text = ("Kodam XXI/Rajawali mendukung program itu. Prajurit Kodam XXI/Rajawali siap membantu. "
            "Hadir Panglima Kodam XXI/Rajawali, Mayjen Irawan Siregar.")
    assert person(text) == ("Irawan Siregar", "lainnya", None)


def test_the_words_after_a_unit_number_name_the_unit():
    text = "Foto: Bupati Tabalong dan Danrem 101/Antasari usai meneken MoU di Tanjung."
    assert people(text) == {}


def test_initials_alone_are_no_name():
    # the name cut at the stop of its initials is none
    found = people("Pengumuman ditandatangani oleh Ketua Panitia Seleksi Nasional (Panselnas) A.S. Prawiro.")
    assert "A.S" not in found and "A.S." not in found


def test_a_rank_list_is_data_with_a_source():
    ranks = load_lexicon("models/sepakat").ranks
    assert ranks.match("Mayjen TNI (Purn.) Nama").group() == "Mayjen TNI (Purn.)"
    assert ranks.match("Kolonel Laut (P) Nama").group() == "Kolonel Laut (P)"
    assert ranks.match("Mayor S Nama").group() == "Mayor"  # a bare letter is an initial, not a corps
    # a corps written out, in its common misspelling too
    assert ranks.match("letkol Infantri Nama").group() == "letkol Infantri"
    assert ranks.match("Kolonel Kavaleri Nama").group() == "Kolonel Kavaleri"


# ------------------------------------------------------------------------ office words

@pytest.mark.parametrize("sentence, expected", [
    # a short form in brackets closes an organisation's name
    ("Ketua Komisi Pengawas Persaingan Usaha (KPPU) Ratna Dewi Lestari memberi sambutan.",
     ("Ratna Dewi Lestari", "lainnya", None)),  # a national commission: no province
    # ... but the person's own initials close the name (a guard on the rule above)
    ("Gubernur Kalsel Andi Surya Saputra (ASS) memberi sambutan.", ("Andi Surya Saputra", "gubernur", "ID-KS")),
    # an honorific marks where the name begins after office words no gazetteer holds
    ("Rektor Unsuka Dr. Hendrik Lumban Tobing membuka acara.", ("Hendrik Lumban Tobing", "rektor", None)),
    # degrees written without a comma end the name
    ("Kajari Banjar Heru Wicaksono SH MH dalam sambutannya menyambut baik.",
     ("Heru Wicaksono", "kepala_kejaksaan", "ID-KS")),
    # initials after a name are part of it
    ("Direktur Jenderal Otonomi Daerah Kemendagri Safrudin ZA dalam sambutannya berharap banyak.",
     ("Safrudin ZA", "lainnya", None)),
    # a unit's name before a name, then a comma and the rest of the sentence
    ("Turut hadir Kepala Biro Organisasi Rina Kartika, serta para asisten.",
     ("Rina Kartika", "kepala_perangkat_daerah", "ID-KS")),
    # glued and unusual degrees
    ("Wakil Gubernur Kalsel Dr H Rusdi Hamdani MMA memberi sambutan.", ("Rusdi Hamdani", "wakil_gubernur", "ID-KS")),
    ("Kepala Bappeda Kalsel Siti Nurjanah SE.Ak MPA memaparkan program.",
     ("Siti Nurjanah", "kepala_perangkat_daerah", "ID-KS")),
    ("Rektor Universitas Lambung Mangkurat, Dr. (Can) Ir. H. Ahmad Fauzi, MBA, membuka acara.",
     ("Ahmad Fauzi", "rektor", None)),
    # the last word of an office's list of fields ("... dan Media") is no name's
    ("Deputi Bidang Usaha Pertambangan, Industri Strategis dan Media Rina Kartika memberi sambutan.",
     ("Rina Kartika", "lainnya", None)),
    ("Dandim 1007/Banjarmasin Letnan Kolonel Inf M. Yusran.S.I.Kom menyambut tamu.",
     ("M. Yusran", "lainnya", "ID-KS")),
    # a name in capitals (words that can be said; a row of acronyms is not one: the second a guard)
    # and one in square brackets
    ("Kepala Bappeda Kalsel HARIADI SUBRATA menyampaikan paparan.", ("HARIADI SUBRATA", "kepala_perangkat_daerah", "ID-KS")),
    ("Kepala Dinas PUPR PKP Kalsel Hadi Susilo menyampaikan paparan.", ("Hadi Susilo", "kepala_perangkat_daerah", "ID-KS")),
    ("Kepala Bappeda Kalsel [Hariadi Subrata] menyampaikan paparan.", ("Hariadi Subrata", "kepala_perangkat_daerah", "ID-KS")),
    # a word that ends a place before a comma and a name ("Jakarta Raya") is no name
    ("Kepala Perwakilan Ombudsman RI Jakarta Raya, Dedi Irawan, menyampaikan paparan.",
     ("Dedi Irawan", "kepala_perwakilan_ombudsman", "ID-JK")),
    # a country after a title is the office's, after a name a surname
    ("Menteri Pertanian Republik Lebanon Ahmad Fauzi menyampaikan sambutan.", ("Ahmad Fauzi", "lainnya", None)),
    ("Kapolri Jenderal Badrun Kenya menyampaikan sambutan.", ("Badrun Kenya", "lainnya", None)),
    # "HM." (Haji and the initial of Muhammad: the initial is the name's) and a vet's "drh." are
    # honorifics whose stop ends no sentence
    ("Penandatanganan dilakukan oleh Bupati Inhil, HM. Sukardiman dan pejabat lain.",
     ("M. Sukardiman", "bupati", "ID-RI")),
    ("Rektor Undana, Prof. Dr. drh. Maxs U. E. Sanam, M.Sc., membuka acara.", ("Maxs U. E. Sanam", "rektor", None)),
    # a place's administrative word in lower case is the office's
    ("Bupati kabupaten Hulu Sungai Tengah (HST), H. Rina Kartika,S.T., S.H., hadir.",
     ("Rina Kartika", "bupati", "ID-KS")),
    # a title-case office's "Dan" joins office words
    ("Direktur Kerja Sama Dan Internasionalisasi Rina Kartika membuka acara.", ("Rina Kartika", "lainnya", None)),
])
def test_office_words_and_degrees_are_not_the_name(sentence, expected):
    assert person(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a noun made with pe-/ke- ... -an names a unit, whatever unit it is
    ("Menteri Koordinator Bidang Kemaritiman Budi Prasetyo meninjau pelabuhan.", ("Budi Prasetyo", "lainnya", None)),
    ("Direktur Kesiapsiagaan Wabah WHO Maria Lestari mengatakan penumpang aman.", ("Maria Lestari", "lainnya", None)),
    ("Direktur Jenderal Penyelenggaraan Haji dan Umrah Kementerian Agama Abdul Rahman hadir.",
     ("Abdul Rahman", "lainnya", None)),
    # after office words, the word after "dan" is one too
    ("Menteri Komunikasi dan Digital Siti Rahayu mengatakan pengawasan terus dilakukan.",
     ("Siti Rahayu", "lainnya", None)),
    ("Menteri Kesehatan dan Gizi Rudi Hartono menyampaikan sambutan.", ("Rudi Hartono", "lainnya", None)),
    # the country an ambassador serves, after "untuk"
    ("Duta Besar RI untuk Jepang Hendra Gunawan menerima rombongan.", ("Hendra Gunawan", "lainnya", None)),
    ("Duta Besar Luar Biasa dan Berkuasa Penuh RI untuk Malaysia Hendra Gunawan menerima rombongan.",
     ("Hendra Gunawan", "lainnya", None)),
    # the domains of a directorate (nonnames.tsv)
    ("Kepala Angkatan Udara Australia Mark Lewis menulis surat.", ("Mark Lewis", "lainnya", None)),
    ("Direktur Manajemen Proyek PLN, Rina Kartika, menjelaskan jadwalnya.", ("Rina Kartika", "lainnya", None)),
])
def test_the_words_of_a_national_office_are_not_the_name(sentence, expected):
    assert person(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the head of a national organisation (organisations.tsv level "nasional") has no province
    ("Kepala Badan Pengawas Obat dan Makanan Taruna Wijaya menjelaskan aturannya.", ("Taruna Wijaya", "lainnya", None)),
    ("Kepala BPOM Taruna Wijaya menjelaskan aturannya.", ("Taruna Wijaya", "lainnya", None)),
    # nor does a foreign state's officer
    ("Wakil Inspektur Jenderal Polisi Malaysia Ahmad Razak memberi keterangan.", ("Ahmad Razak", "lainnya", None)),
    # a Dinas is a regional office, whatever national body its domain shares a short name with
    ("Kepala Dinas Kominfo Rudi Hartono memberi keterangan.", ("Rudi Hartono", "kepala_perangkat_daerah", "ID-KS")),
])
def test_the_level_of_an_office_from_the_body_it_names(sentence, expected):
    assert person(sentence) == expected


def test_a_body_named_before_a_comma_and_a_marked_name_is_the_offices():
    """"Direktur RS X, dr. Nama": an honorific after the comma begins the name; the words before
    it name the body. Not where the marked name holds an office of its own (a list of officials)."""
    assert person("Direktur RS Sehat Sentosa, dr. Rina Kartika, M.K.M., menerima penghargaan.")[0] == "Rina Kartika"
    found = people("Hadir Kepala Inspektorat Herlina Sari, Drs. Sukisno selaku Asisten I Setda Kalsel.")
    assert {n: p["title"] for n, p in found.items()} == {"Herlina Sari": "Kepala Inspektorat",
                                                           "Sukisno": "Asisten I Setda Kalsel"}


@pytest.mark.parametrize("sentence", [
    "Partai itu membentuk Tim Pemenangan baru. Ketua Tim Pemenangan pada pemilihan itu belum ditunjuk.",
    # a list of a directorate's domains, one of them an office word
    "Ia menyuap Deputi Bidang Informasi, Hukum, dan Kerja Sama lembaga itu.",
    "Kata Direktur Jenderal Industri Logam, Mesin, Alat Transportasi, dan Elektronika kementerian itu.",
])
def test_a_unit_of_office_words_alone_names_no_one(sentence):
    assert people(sentence) == {}


def test_a_place_the_article_names_as_a_government_is_no_first_name():
    # "Sukamaju" is in no gazetteer, but "Pemkab Sukamaju" shows it is a place
    text = ("Pemkab Sukamaju meneken kerja sama dengan kejaksaan. "
            "Bupati Sukamaju H Darmawan Saleh menyampaikan terima kasih.")
    assert person(text)[0] == "Darmawan Saleh"


def test_a_campus_named_by_a_short_form_the_article_defines():
    text = ("Politeknik Negeri Sukamaju (Polsuka) meneken kerja sama dengan Pemprov Kalsel. "
            "Direktur Polsuka, Rahmat Hidayat, menyampaikan terima kasih. "
            "Wakil Direktur Polsuka ikut hadir.")
    assert person(text) == ("Rahmat Hidayat", "rektor", None)


def test_one_word_after_a_minor_office_needs_a_mark_where_the_name_begins():
    assert person("Penandatanganan disaksikan Direktur Umum, Iskandar.") == ("Iskandar", "lainnya", None)
    # a list of a ministry's fields is no name
    text = "MoU diteken Menteri Pendidikan Tinggi, Sains, dan Kebudayaan Timor-Leste."
    assert people(text) == {}


# ------------------------------------------------------------------------ which offices

@pytest.mark.parametrize("sentence, expected", [
    # a national body: no province, and not a regional agency's head
    ("Hadir Kepala Badan Narkotika Nasional (BNN) Komjen Budi Santoso.", ("Budi Santoso", "lainnya", None)),
    ("Hadir Sekretaris Jaksa Agung Muda Pembinaan Kejaksaan Agung RI, Dr. Rudi Hartono, S.H.",
     ("Rudi Hartono", "lainnya", None)),
    # an office over several provinces has none of them
    ("Hadir Kepala Kantor Wilayah Bali Nusa Tenggara Papua, Surya Pratama.", ("Surya Pratama", "lainnya", None)),
    # "Kepala Ombudsman RI" with no region is the chair
    ("Hadir Kepala Ombudsman RI, Mulyadi Rahman.", ("Mulyadi Rahman", "ketua_ombudsman", None)),
    # the head of a national agency's local office: the province of its place
    ("Hadir Kepala Basarnas Ambon, M. Yusran.", ("M. Yusran", "lainnya", "ID-MA")),
    # a minor office is regional where a place is written with it, not where a campus is named for one
    # (the second a guard on the first)
    ("Hadir Hendra Wijaya, Ketua Tim Percepatan Pembangunan Provinsi Jateng.", ("Hendra Wijaya", "lainnya", "ID-JT")),
    ("Hadir Wakil Rektor I Universitas Lampung, Dr. Rina Hapsari.", ("Rina Hapsari", "lainnya", None)),
    # "yang ... sebagai": the office of the name before it
    ("Rombongan dipimpin Rudi Hartanto, S.H., yang baru dilantik sebagai Kepala Perwakilan Ombudsman RI Jambi.",
     ("Rudi Hartanto", "kepala_perwakilan_ombudsman", "ID-JA")),
])
def test_the_level_of_an_office(sentence, expected):
    assert person(sentence) == expected


def test_a_party_office_a_former_office_and_one_sought_are_no_office():
    text = ("Ketua Umum Partai Sejahtera Bersama Hendra Gunawan datang bersama Bendahara Umum Rini Astuti. "
            "Hadir pula mantan Bupati Banjar Ahmad Subhan dan Calon Gubernur Kalsel Rudi Hartono.")
    assert people(text) == {}


def test_a_misspelt_name_is_the_same_person():
    text = ("Ketua Ombudsman RI, Mokhamad Nurjali, meneken nota kesepahaman. "
            "Ketua Ombudsman RI Mokhamad Nurjali berharap banyak. Ketua Ombudsman RI, Mokahamad Nurjali. [Foto]")
    assert list(people(text)) == ["Mokhamad Nurjali"]
    assert _one_typo_apart("Anar Ahmad", "Ansar Ahmad")
    assert not _one_typo_apart("Ahmad Luthfi", "Ahmad Lutfan")


def test_a_title_in_brackets_is_the_name_before_them():
    found = people("Tampak hadir Budi Santoso (Wali Kota Gorontalo), Agus Salim (Wali Kota Banda Aceh), dan Rina "
                   "Wati (Wali Kota Kediri).")
    assert {n: p["province_code"] for n, p in found.items()} == \
        {"Budi Santoso": "ID-GO", "Agus Salim": "ID-AC", "Rina Wati": "ID-JI"}
    assert person("Wakil Bupati (Wabup) Banjar Hendra Gunawan hadir.")[:2] == ("Hendra Gunawan", "wakil_bupati")


def test_a_town_right_after_an_offices_town_begins_the_name():
    assert person("Wali Kota Bogor Bima Arya menyambut tamu.") == ("Bima Arya", "wali_kota", "ID-JB")
    assert person("Bupati Sleman DIY Sri Purnomo menyambut tamu.") == ("Sri Purnomo", "bupati", "ID-YO")


def test_the_province_of_a_place_when_the_article_was_written():
    text = "Pemkab Sorong meneken nota kesepahaman. Bupati Sorong, Johan Kambu, menyampaikan sambutan."
    first = pipeline.extract(text, published="2018-02-03")["people"][0]
    assert first["province_code"] == "ID-PB"  # Papua Barat Daya was formed in December 2022
    first = pipeline.extract(text, published="2023-02-03")["people"][0]
    assert first["province_code"] == "ID-PD"


@pytest.mark.parametrize("text, expected", [
    ("Kepala Kejaksaan Negeri Sukamaju, Budi Santoso, dalam sambutannya berpesan.", ["Budi Santoso"]),
    ("Hadir Kepala Inspektorat Herlina Wati, Drs. Ahmad Sukri selaku Asisten I Setda.", ["Herlina Wati", "Ahmad Sukri"]),
    ("Dua Wakil Ketua DPR, Ahmad Fauzi dan Budi Hartono, hadir.", ["Ahmad Fauzi"]),
])
def test_the_words_after_a_bodys_head_before_a_comma_name_the_body_when_a_name_follows(text, expected):
    assert list(people(text)) == expected


@pytest.mark.parametrize("text, name", [
    ("Kepala Pusat Riset Contoh, Professor Ratno Wibowo, hadir.", "Ratno Wibowo"),
    ("Menteri Luar Negeri Malaysia Datuk Anwar Hamid hadir.", "Anwar Hamid"),
    ("Wali Kota Wewak, Hon Charles Mabo, hadir.", "Charles Mabo"),
])
def test_a_foreign_or_english_honorific_is_no_part_of_the_name(text, name):
    assert list(people(text)) == [name]


def test_a_name_given_an_acting_office_by_selaku_is_its_holders():
    found = people("Penandatanganan dilakukan oleh Sugiyanto, S.H., M.H. selaku Plt. Sekretaris Mahkamah Agung.")
    assert [(p["name"], p["acting"]) for p in found.values()] == [("Sugiyanto", True)]
    assert people("Hadir pula Budi, Kepala Bagian Umum.") == {}  # one word is a name only where marked


def test_a_headline_with_commas_under_a_sites_name_says_nothing_of_names():
    text = ("Kabar Sukamaju\n\nTeken NPHD Bersama KPU, dan Bawaslu, Pj Bupati Banjar Sebut Bukti Dukungan Pilkada\n\n"
            "Naskah perjanjian hibah daerah ditandatangani di Aula Kantor Bupati Banjar, Jumat (8/11/2024). "
            "Pj Bupati Banjar, Budi Santosa, hadir.")
    assert list(p["name"] for p in pipeline.extract(text, published=PUB)["people"]) == ["Budi Santosa"]


def test_one_word_after_a_units_words_is_a_name_only_where_it_closes_the_item():
    text = "Hadir Kabag Protokol Setda Aditya, serta Direktur Umum PDAM Sukamaju bersama stafnya."
    assert list(people(text)) == ["Aditya"]


# ------------------------------------------------------------- long articles: the same answers, fast

_NAME_TEXT = st.lists(st.sampled_from(["Ali", "Ali Ali", "Alimin", "Andi", "andi", "Andi Ali", "Nur'aini",
                                       "Éko", "(Andi)", " ", "  ", ",", ".", "-", "_", "\n", "7"]),
                      max_size=40).map("".join)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=_NAME_TEXT, forms=st.lists(_NAME_TEXT, min_size=1, max_size=4))
@example(text="Ali Ali Ali, (Andi) (Andi)", forms=["Ali Ali", "(Andi)", ""])
def test_a_persons_mentions_are_where_each_form_stands_as_whole_words(text, forms):
    """The word index gives what a regex search for each form through the text gives, overlaps,
    repeated words and forms that begin with punctuation included."""
    expected = {m.span() for f in forms for m in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", text)}
    assert _occurrences(text, tuple(sorted(set(forms)))) == tuple(sorted(expected))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(spans=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1]))),
       char=st.integers(-1, 80))
def test_a_character_inside_any_of_overlapping_spans(spans, char):
    assert _covered(spans)(char) == any(a <= char < b for a, b in spans)


def test_a_word_two_people_share_names_neither_alone():
    text = "Gubernur Andi Sudirman dan Bupati Andi Rahman tiba. Sudirman berbicara, Andi diam."
    ctx = Context(text, [], [], [], None, None)
    sudirman, rahman = Person("Andi Sudirman", "", "", 0, 0), Person("Andi Rahman", "", "", 0, 0)
    named = [[text[a:b] for a, b in spans] for spans in people_mentions(ctx, [sudirman, rahman])]
    assert named == [["Andi Sudirman", "Sudirman", "Sudirman"], ["Andi Rahman", "Rahman"]]
    # one person listed twice shares no word with itself: "Andi" alone is hers
    named = [[text[a:b] for a, b in spans] for spans in people_mentions(ctx, [sudirman, sudirman])]
    assert named[0] == ["Andi", "Andi Sudirman", "Sudirman", "Andi", "Sudirman", "Andi"]


def test_the_names_in_a_stretch_of_text_are_read_in_order_of_where_they_begin():
    text = "Gubernur Andi Sudirman dan Bupati Andi Rahman tiba. Rahman berbicara, Sudirman diam."
    ctx = Context(text, [], [], [], None, None)
    sudirman, rahman = Person("Andi Sudirman", "", "", 0, 0), Person("Andi Rahman", "", "", 0, 0)
    second = text.index("Rahman berbicara")
    found = named_in(ctx, [sudirman, rahman], second, len(text))
    assert [(text[a:b], p.name) for a, b, p in found] == [("Rahman", "Andi Rahman"), ("Sudirman", "Andi Sudirman")]
    # a stretch holds the names that begin in it: not one that begins before and runs into it
    # (a surname inside a full name is a naming of its own)
    assert [text[a:b] for a, b, _p in named_in(ctx, [sudirman, rahman], 10, second)] == \
        ["Sudirman", "Andi Rahman", "Rahman"]


@pytest.mark.parametrize("sentence, expected", [
    # a degree in small letters after its stop ends the name whole: no initial "S" left on it
    ("Bupati Boltim, Sam Sachrul Mamonto S.sos, M.Si hadir.", ("Sam Sachrul Mamonto", "bupati", "ID-SA")),
    # a professional engineer's title after a degree is no name of the office after it
    ("Hadir Prof. Dr. Ir. Samsul Rizal, M.Eng IPU, Ketua Dewan Riset Aceh.", None),
    # a regional office's name is no name: the official follows the comma
    ("Hal itu disampaikan Kepala Badan Penghubung, Doni Aprialdi, di Jakarta.",
     ("Doni Aprialdi", "kepala_perangkat_daerah", "ID-KS")),
    # two capitals after a name's first word are its initials, not an office's acronym
    ("Menteri Luar Negeri Retno LP Marsudi menyampaikan sambutan.", ("Retno LP Marsudi", "lainnya", None)),
    ("Bupati Sleman Retno LP Marsudi menyampaikan sambutan.", ("Retno LP Marsudi", "bupati", "ID-YO")),
    # an honorary doctorate's mark in brackets goes with the honorific, and ends no sentence
    ("Hadir Ketua MPR Dr.(HC) Zulkifli Hasan, SE.MM, di lokasi.", ("Zulkifli Hasan", "lainnya", None)),
    ("Hadir Menteri PUPR Dr. (H.C.) Ir. Basuki Hadimuljono di lokasi.", ("Basuki Hadimuljono", "lainnya", None)),
    # an office over several provinces names them all before the name
    ("Hadir Kepala Kantor Wilayah DJKN Sumsel, Jambi, dan Bangka Belitung, Ferdinan Lengkong, di lokasi.",
     ("Ferdinan Lengkong", "lainnya", None)),
    # an honorific in capitals does not end the sentence before the name
    ("Rektor Universitas Sam Ratulangi, Prof. DR. Ir. Ellen Joan Kumaat, M.Sc. hadir.",
     ("Ellen Joan Kumaat", "rektor", None)),
    # degrees between a name and the office after it: a bracket after a degree ends no sentence,
    # and a degree may have three parts
    ("Hadir pula Sugandi Rahmat, S.Pd. (Sekretaris Daerah Kabupaten Sleman), dan lainnya.",
     ("Sugandi Rahmat", "sekretaris_daerah", "ID-YO")),
    ("Hadir pula Prof. Dr. Ir. Rina Kartika, MP. (Sekretaris Daerah Kabupaten Sleman), dan lainnya.",
     ("Rina Kartika", "sekretaris_daerah", "ID-YO")),
    ("Hadir Letkol Inf Bayu Sasongko Putro, S.A.P., M.Sos., Komandan Kodim 0734/Yogyakarta, bersama bupati.",
     ("Bayu Sasongko Putro", "lainnya", "ID-YO")),
])
def test_degrees_and_offices_written_otherwise_stay_out_of_names(sentence, expected):
    found = people(sentence)
    if expected is None:
        assert not any(re.search(r"IPU|M\.?Eng", name) for name in found)
    else:
        assert person(sentence) == expected


def test_a_short_name_in_brackets_is_the_persons():
    """"Presiden Joko Widodo (Jokowi)": the bracket gives the person's short name, which names the
    same person later; it is no body's short form that would make the words before it an office."""
    found = people("Presiden Joko Widodo (Jokowi) menerima kunjungan. Presiden Jokowi lalu menyampaikan sambutan.")
    assert list(found) == ["Joko Widodo"]
    assert person("Bupati Sleman Kustini Sri Purnomo (Kustini) menerima kunjungan.") == \
        ("Kustini Sri Purnomo", "bupati", "ID-YO")
    # a body's short form stays one: the official after it is named, not the short form
    assert list(people("Hadir Sekretaris Direktorat Jenderal (Ditjen) Kebudayaan Lita Rahmiati; Sekretaris Ditjen "
                       "Pengembangan Kebudayaan Budi Santoso.")) == ["Lita Rahmiati", "Budi Santoso"]


def test_a_short_name_given_in_brackets_is_merged_into_the_full_name():
    """The merge itself (people._merge_short_names): "Jokowi" read as a person of its own, where the
    text wrote "Joko Widodo (Jokowi)", is Joko Widodo."""
    from types import SimpleNamespace

    from pipeline.fields.people import _merge_short_names

    text = "Presiden RI Joko Widodo (Jokowi) tiba di Singapura. Jokowi dan PM Lee menyaksikan penandatanganan."
    full = Person(name="Joko Widodo", title="Presiden RI", role="lainnya", start=12, end=23)
    short = Person(name="Jokowi", title="Presiden", role="lainnya", start=53, end=59)
    other = Person(name="Lee", title="PM", role="lainnya", start=66, end=69)
    assert _merge_short_names(SimpleNamespace(text=text), [full, short, other]) == [full, other]
    assert "Jokowi" in full.aliases


def test_a_one_word_name_after_the_offices_place_and_a_name_ending_in_an_office_word():
    found = people("Hadir Ketua KPU Sleman Sutrisno, Wali Kota Denpasar, I Gusti Ngurah Jaya Negara di aula.")
    assert found["Sutrisno"]["role"] == "lainnya" and found["Sutrisno"]["province_code"] == "ID-YO"
    assert found["I Gusti Ngurah Jaya Negara"]["role"] == "wali_kota"
    # a weekday after a name is the dateline's, not the name's
    assert "Amzulian Rifai" in people("Kata Ketua Ombudsman RI, Prof. Amzulian Rifai Rabu (27/11/2019) di Jakarta.")
    # one word after a place that a short form in brackets follows is a body's name
    assert "Propertindo" not in people("Direktur Utama Jakarta Propertindo (Jakpro) Iwan Takwin mengatakan itu.")


@pytest.mark.parametrize("aide", ["Staf Ahli Gubernur Bidang Pemerintahan dan Kesra", "Tenaga Ahli Gubernur"])
def test_a_heads_aide_holds_a_minor_office_not_the_heads(aide):
    (p,) = [p for n, p in people(f"Turut hadir {aide} Rohani Mastura.").items() if n == "Rohani Mastura"]
    assert p["role"] == "lainnya" and p["title"].startswith(aide.split()[0])


def test_the_head_of_an_ombudsman_office_in_a_province_is_its_representative():
    assert person("Kepala Kantor Ombudsman Sulawesi Tenggara Rustam mengatakan hal itu.") == \
        ("Rustam", "kepala_perwakilan_ombudsman", "ID-SG")


def test_an_english_honorific_neither_ends_the_sentence_nor_stays_in_the_name():
    assert person("Tim bertemu Duta Besar Sri Lanka Mr. Dharshana Perera di Jakarta.") == \
        ("Dharshana Perera", "lainnya", None)


def test_a_places_last_word_after_its_short_form_is_the_places():
    assert person("Bupati Ogan Komering Ulu (OKU) Timur Kholid Mawardi hadir di Palembang.") == \
        ("Kholid Mawardi", "bupati", "ID-SS")


@pytest.mark.parametrize("text, name", [
    ("Direktur Jenderal Pajak Suryo Utomo dalam sambutannya mengatakan kerja sama ini penting.", "Suryo Utomo"),
    ("Dirjen Bea dan Cukai Budi Santoso hadir dalam acara itu.", "Budi Santoso"),
])
def test_a_directorate_generals_domain_is_no_part_of_its_heads_name(text, name):
    assert list(people(text)) == [name]


def test_a_short_form_defined_after_a_glued_dateline_names_the_body():
    text = ("SULTENG RAYA-Universitas Contoh Raya (Ucora) membangun kemitraan dengan Kota Palu, dituangkan dalam "
            "bentuk penandatanganan Nota Kesepahaman di Aula Kantor Gubernur Sulteng, Selasa (11/04/2023) pagi.\n"
            "Dalam pemaparannya, Prof. Dr. Amar selaku Rektor Ucora menuturkan agar SDM dimanfaatkan.\n"
            "\u201cUntuk Rektor Ucora, kami berharap agar mempersiapkan kader terbaik,\u201d ujar Mamun Amir.")
    found = pipeline.extract(text, published="2023-04-12")["people"]
    assert [(p["name"], p["title"]) for p in found] == [("Amar", "Rektor")]


def test_the_subject_of_a_passive_witnessing_clause_signs():
    text = ("Wakil Gubernur Jambi Budi Santoso (ketiga kanan), disaksikan Menteri Dalam Negeri Ahmad Fauzi (kiri), "
            "menandatangani nota kesepahaman di Jambi, Senin (11/11/2024). Hadir pula Ketua DPRD Hajah Siti Aminah.")
    found = people(text)
    assert [n for n, p in found.items() if p["is_signatory"]] == ["Budi Santoso"]
    assert "Siti Aminah" in found


def test_a_seat_town_after_an_office_is_no_name():
    found = people("Bupati Kepulauan Aru Johan Gonga menandatangani MoU di ruang kerja Bupati Aru, Dobo, Senin "
                   "(4/9/2023).")
    assert list(found) == ["Johan Gonga"]


def test_the_head_of_a_ministrys_regional_office_by_its_short_title():
    found = people("Penandatanganan dilakukan oleh Walikota Palu, Hadiyanto Rasyid, dan Kakankemenag, Dr. H. "
                   "Nasruddin L. Midu, M.Ag. Ketua PA, Kankemenag, serta Kadis Dukcapil menyatakan siap.")
    assert [(n, p["role"]) for n, p in found.items()] == [("Hadiyanto Rasyid", "wali_kota"),
                                                          ("Nasruddin L. Midu", "lainnya")]


def test_a_sentence_adverb_before_a_title_is_no_name():
    assert people("Faktanya, Bupati Majene tidak pernah membentuk tim sebelum menandatangani kerja sama.") == {}
