"""Parties of any government agreement and their provinces (pipeline/fields/parties.py and the
party rules of pipeline/assemble.py), on invented articles through pipeline.extract."""
import pytest

import pipeline
from pipeline.nlp import read_tsv

PUB = "2024-11-13"


def events(text, published=PUB):
    return pipeline.extract(text, published=published)["events"]


def one(text, published=PUB):
    (event,) = events(text, published)
    return event


def test_two_national_agencies_sign_an_agreement_of_no_province():
    event = one("Kantor SAR Kendari dan BMKG Stasiun Kelas II Kendari menandatangani nota kesepahaman "
                "tentang pertukaran data cuaca di Kendari, Senin (11/11/2024).")
    assert event["province_codes"] == []
    assert event["parties"] == ["Kantor SAR Kendari", "BMKG Stasiun Kelas II Kendari"]


def test_a_regional_enterprise_and_a_district_prosecutor_have_no_province():
    event = one("Perumda Air Minum Tirta Lestari menandatangani perjanjian kerja sama dengan Kejaksaan Negeri "
                "Pangkep tentang bantuan hukum perdata, Selasa (12/11/2024). Pangkep dan Sulawesi Selatan "
                "disebut berulang kali dalam berita ini: Pangkep, Sulawesi Selatan.")
    assert event["province_codes"] == []
    assert event["parties"] == ["Perumda Air Minum Tirta Lestari", "Kejaksaan Negeri Pangkep"]


def test_a_provincial_office_of_a_national_body_is_no_regional_government():
    # a Kejati is the prosecution service's office in a province (instansi vertikal), not the
    # province's own agency: no province (parties.tsv), nor from the regions named elsewhere
    event = one("Kejaksaan Tinggi Kalimantan Barat menandatangani nota kesepakatan dengan Universitas Tanjungpura "
                "di Pontianak, Senin (11/11/2024). Kampus itu juga bekerja sama dengan Pemkot Bandung, "
                "Pemkab Bandung Barat dan Pemkot Bogor di Jawa Barat.")
    assert event["province_codes"] == []
    assert event["parties"] == ["Kejaksaan Tinggi Kalimantan Barat", "Universitas Tanjungpura"]


def test_a_national_body_named_with_provinsi_is_its_provincial_office():
    event = one("BNN Provinsi Sulawesi Tengah dan Universitas Tadulako menandatangani nota kesepahaman "
                "di Palu, Senin (11/11/2024).")
    assert event["province_codes"] == []
    assert event["parties"][0] == "BNN Provinsi Sulawesi Tengah"
    event = one("BNN Provinsi Sulawesi Tengah dan Pemerintah Kota Palu menandatangani nota kesepahaman "
                "di Palu, Senin (11/11/2024).")
    assert event["province_codes"] == ["ID-ST"]  # the city's province


def test_an_office_in_a_town_no_gazetteer_holds_is_named_by_the_town():
    event = one("Pengadilan Negeri Pelaihari dan Kejaksaan Negeri Pelaihari menandatangani nota kesepakatan "
                "tentang sidang keliling, Kamis (7/11/2024).")
    assert event["parties"] == ["Pengadilan Negeri Pelaihari", "Kejaksaan Negeri Pelaihari"]


def test_a_regency_and_a_city_of_one_name_are_told_apart_by_the_word_before():
    event = one("Pemerintah Kabupaten Banjar dan Pemerintah Kota Banjar menandatangani nota kesepahaman "
                "kerja sama pariwisata, Kamis (7/11/2024).")
    assert sorted(event["province_codes"]) == ["ID-JB", "ID-KS"]
    assert event["parties"] == ["Pemerintah Kabupaten Banjar", "Pemerintah Kota Banjar"]


def test_units_of_the_police_and_the_army_are_read_whole():
    event = one("Kodim 1207/Pontianak, Polresta Pontianak dan Pemerintah Kota Pontianak menandatangani "
                "nota kesepakatan di Pontianak, Rabu (6/11/2024).")
    assert event["parties"] == ["Kodim 1207/Pontianak", "Polresta Pontianak", "Pemerintah Kota Pontianak"]
    assert event["province_codes"] == ["ID-KB"]


def test_a_foreign_government_beside_indonesia_is_a_party():
    event = one("Indonesia dan Vietnam menandatangani nota kesepahaman kerja sama perikanan di Hanoi, "
                "Selasa (12/11/2024).")
    assert event["parties"] == ["Indonesia", "Vietnam"] and event["province_codes"] == []


def test_a_ministry_named_by_its_fields_is_one_party():
    event = one("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi menandatangani nota kesepahaman "
                "dengan Pemerintah Provinsi (Pemprov) Kalimantan Tengah di Palangka Raya, Senin (11/11/2024). "
                "Nota kesepahaman itu diteken Pemprov Kalteng dan Kementerian Pendidikan.")
    assert event["parties"] == ["Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
                                "Pemerintah Provinsi Kalimantan Tengah"]


def test_a_deal_of_firms_witnessed_by_a_governor_is_no_government_agreement():
    assert events("PT Sinar Niaga Tbk dan PT Rantai Dingin Nusantara menandatangani nota kesepahaman distribusi "
                  "logistik di Surabaya, disaksikan Gubernur Jawa Timur, Senin (11/11/2024).") == []


def test_a_body_quoted_in_the_lead_does_not_make_a_deal_of_firms_a_government_agreement():
    text = ("PT Listrik Kepulauan dan PT Awan Data Nusantara menandatangani perjanjian jual beli listrik.\n"
            "Perusahaan itu membangun pusat data di Nongsa.\n"
            "\"Kami menyambut baik investasi ini,\" kata Kepala BP Batam.\n"
            "Penandatanganan perjanjian ini merupakan komitmen bersama, ujarnya.")
    assert events(text) == []


def test_provinces_of_all_the_heads_the_next_sentence_lists():
    event = one("Gubernur Bengkulu Rosjonsyah Aziz meneken MoU kerja sama antardaerah dengan tiga gubernur "
                "di Bengkulu, Jumat (8/11/2024). Ketiga gubernur itu ialah Gubernur Jambi Hendra Lubis, "
                "Gubernur Lampung Ahmad Saputra, dan Gubernur Sumatera Selatan Indra Wijaya.")
    assert sorted(event["province_codes"]) == ["ID-BE", "ID-JA", "ID-LA", "ID-SS"]


def test_a_government_word_with_two_places_is_two_governments():
    event = one("Pemprov Kalbar dan Kalteng menandatangani MoU kerja sama perbatasan di Pontianak, "
                "Kamis (7/11/2024).")
    assert sorted(event["province_codes"]) == ["ID-KB", "ID-KT"]


def test_two_places_joined_in_the_lead_are_the_two_sides():
    text = ("Kota Depok-DKI Perpanjang Kerja Sama Pengelolaan Air\n"
            "Kerja sama Kota Depok dan DKI Jakarta soal air baku diperpanjang lima tahun.\n"
            "\"Kerja sama ini bermanfaat,\" kata Direktur Jenderal Kemendagri dalam acara penandatanganan "
            "perjanjian kerja sama itu, Rabu (6/11/2024).")
    assert sorted(one(text)["province_codes"]) == ["ID-JB", "ID-JK"]


def test_regencies_of_a_province_by_se_but_not_offices_of_a_national_body():
    text = ("Kejaksaan Negeri se-Jawa Tengah menandatangani perjanjian kerja sama dengan Asosiasi Kepala Desa "
            "Nusantara, Selasa (12/11/2024).\n"
            "Sebelumnya para bupati dan wali kota se-Jawa Timur menandatangani nota kesepakatan dengan "
            "Kejaksaan Negeri masing-masing, Selasa (12/11/2024).")
    by_type = {e["agreement_type"]: e["province_codes"] for e in events(text)}
    assert by_type == {"perjanjian_kerja_sama": [], "nota_kesepakatan": ["ID-JI"]}


def test_regions_named_by_their_administrative_word_where_a_party_stands_are_governments():
    # after "dengan", and joined on to one in a list: the regions' governments
    event = one("Universitas Contoh menandatangani nota kesepahaman dengan Kabupaten Agam, Kabupaten Bojonegoro, "
                "Universitas Lain, serta LIPI, Jumat (8/11/2024).")
    assert event["province_codes"] == ["ID-SB", "ID-JI"]
    assert {"Kabupaten Agam", "Kabupaten Bojonegoro"} <= set(event["parties"])
    # but not a place things happen in, the town of a venue, a head's title, nor a party's province
    event = one("Kejati Malut menandatangani nota kesepahaman dengan Pemkab Halmahera Barat untuk pembangunan di "
                "Kabupaten Agam, di Aula Kejati Malut, Kota Ternate, Jumat (8/11/2024).")
    assert event["province_codes"] == ["ID-MU"] and not any(p.startswith(("Kota", "Kabupaten")) for p in event["parties"])
    event = one("Wali Kota Bogor dan Pemerintah Kabupaten Sumba Barat, Provinsi Nusa Tenggara Timur, menandatangani "
                "nota kesepahaman, Jumat (8/11/2024).")
    assert sorted(event["province_codes"]) == ["ID-JB", "ID-NT"]
    assert not any(p.startswith(("Kota", "Provinsi")) for p in event["parties"])


def test_a_regency_is_in_the_province_it_belonged_to_when_the_article_was_written():
    text = ("Universitas Cenderawasih menandatangani nota kesepahaman dengan Bupati Raja Ampat di Waisai, "
            "Jumat (3/2/2017).")
    assert one(text, published="2017-02-04")["province_codes"] == ["ID-PB"]
    assert one(text.replace("2017", "2024"), published="2024-02-04")["province_codes"] == ["ID-PD"]


def test_an_office_of_several_provinces_gives_none():
    event = one("Pemerintah Kabupaten Sorong Selatan dan BPJS Kesehatan Kantor Wilayah Bali Nusa Tenggara Papua "
                "menandatangani perjanjian kerja sama, Senin (11/11/2024).")
    assert event["province_codes"] == ["ID-PD"]
    assert event["parties"][1] == "BPJS Kesehatan Kantor Wilayah Bali Nusa Tenggara Papua"


def test_every_kind_of_body_says_whether_it_governs(model_dir):
    gazetteers = model_dir / "gazetteers"
    kinds = {(r["label"], r["id"]) for r in read_tsv(gazetteers / "parties.tsv")}
    for row in read_tsv(gazetteers / "organisations.tsv"):
        assert row["tail"] in ("place", "unit", "name", "eponym", "country", "body", "generic"), row
        assert row["level"] in ("nasional", "provinsi", "daerah", "-"), row
        assert row["kind"] == "kantor" or ("ORG", row["kind"]) in kinds, row


@pytest.mark.parametrize("code,law,before", [("ID-PD", "2022-12-08", "ID-PB"), ("ID-PS", "2022-07-25", "ID-PA"),
                                             ("ID-KU", "2012-11-16", "ID-KI")])
def test_new_provinces_say_where_they_came_from(model_dir, code, law, before):
    rows = {r["code"]: r for r in read_tsv(model_dir / "gazetteers" / "provinces.tsv")}
    assert (rows[code]["formed"], rows[code]["formed_from"]) == (law, before)


def test_a_name_that_begins_with_a_whole_body_ends_before_the_next_party():
    event = one("Pemerintah Provinsi Jambi meneken nota kesepakatan dengan Lembaga Penyiaran Publik TVRI, dan "
                "Lembaga Sertifikasi Profesi Pariwisata, Senin (11/11/2024).")
    assert event["parties"][1] == "Lembaga Penyiaran Publik TVRI"


def test_who_attends_a_signing_between_others_is_no_party():
    text = ("Pj Bupati Barito Utara Muhlis menghadiri Penandatanganan Nota Kesepahaman (MoU) antara Kementerian "
            "Dalam Negeri dengan Kementerian Pertanian di Jakarta, Jumat (7/6/2024).")
    (event,) = pipeline.extract(text, published="2024-06-08")["events"]
    assert event["province_codes"] == [] and "Kementerian Pertanian" in event["parties"]
