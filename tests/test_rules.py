"""Rules on short invented articles, through the one-article path (pipeline.extract)."""
import pytest

import pipeline

PUB = "2024-11-13"


def events(text, published=PUB):
    return pipeline.extract(text, published=published)["events"]


def people(text, published=PUB):
    return {p["name"]: p for p in pipeline.extract(text, published=published)["people"]}


def test_a_title_naming_a_building_is_no_person():
    text = ("Perjanjian Kerja Sama ditandatangani oleh Kepala Perwakilan Ombudsman RI Provinsi Jambi, "
            "Rahmat Fikri Harahap, dan Sekretaris Daerah Kabupaten Kerinci, Yusnaldi Pratama. "
            "Penandatanganan berlangsung di Kantor Bupati Kerinci, Selasa (12/11/2024).\n"
            "Bupati Kerinci, Darmadi Syahputra, hadir menyaksikan.")
    (event,) = events(text)
    assert set(event["signatories"]) == {"Rahmat Fikri Harahap", "Yusnaldi Pratama"}
    assert people(text)["Darmadi Syahputra"]["is_signatory"] is False


def test_a_degree_ends_the_sentence_before_an_earlier_signing():
    text = ("Pemprov Jambi dan Ombudsman RI meneken Nota Kesepahaman di Jambi, Selasa (12/11/2024). "
            "Nota Kesepahaman ditandatangani oleh Gubernur Jambi, Dr. Ir. Hendra Saputra Lubis, M.T. "
            "Nota Kesepahaman ini memperbarui MoU yang ditandatangani pada Maret 2021.")
    found = sorted((str(e["event_date"]), e["primary"], tuple(e["signatories"])) for e in events(text))
    assert found == [("2021-03-01", False, ()), ("2024-11-12", True, ("Hendra Saputra Lubis",))]


def test_two_instruments_in_one_sentence_keep_their_signatories_apart():
    text = ("Nota Kesepahaman ditandatangani oleh Gubernur Bengkulu, Rosjonsyah Aziz, dan Anggota Ombudsman RI, "
            "Hery Susanto Wijaya, di Bengkulu, Rabu (6/11/2024).\n"
            "Usai penandatanganan Nota Kesepahaman, acara dilanjutkan dengan penandatanganan Perjanjian Kerja Sama "
            "antara Kepala Perwakilan Ombudsman RI Provinsi Bengkulu, Irfan Hamdani, dengan Kepala Dinas "
            "Kesehatan Bengkulu, Rina Oktaviani.")
    by_type = {e["agreement_type"]: set(e["signatories"]) for e in events(text)}
    assert by_type["nota_kesepahaman"] == {"Rosjonsyah Aziz", "Hery Susanto Wijaya"}
    assert by_type["perjanjian_kerja_sama"] == {"Irfan Hamdani", "Rina Oktaviani"}


def test_the_city_is_the_last_place_of_the_venue_clause():
    text = ("Pemprov Papua Barat Daya dan Ombudsman RI menandatangani Nota Kesepakatan di Kantor Ombudsman RI, "
            "Kuningan, Jakarta Selatan, Kamis (7/11/2024).")
    (event,) = events(text)
    assert event["city"] == "Jakarta" and event["province_codes"] == ["ID-PD"]


def test_a_capital_that_is_no_regency_is_the_city():
    text = ("Nota Kesepahaman antara Pemprov Maluku Utara dan Ombudsman RI ditandatangani di Ruang Rapat "
            "Kantor Gubernur Maluku Utara, Sofifi, Selasa (12/11/2024).")
    (event,) = events(text)
    assert event["city"] == "Sofifi"


def test_a_deal_of_firms_is_no_government_agreement():
    text = ("PT Sinar Niaga Tbk dan PT Rantai Dingin Nusantara menandatangani nota kesepahaman distribusi "
            "logistik di Jakarta, Senin (11/11/2024).")
    assert events(text) == []


def test_one_compliance_result_told_twice_is_one_row():
    text = ("Pada Penilaian Kepatuhan 2023 dari Ombudsman RI, Pemkab Manggarai Barat meraih nilai 79,12. "
            "Dengan nilai itu Pemerintah Kabupaten Manggarai Barat masuk zona kuning pada Penilaian Kepatuhan 2023.")
    rows = pipeline.extract(text, published=PUB)["scores"]
    assert [(r["value"], r["zone"], r["year"]) for r in rows] == [(79.12, "kuning", 2023)]


def test_a_list_of_signatories_runs_on_into_the_next_sentence():
    text = ("Nota kesepahaman ditandatangani Ketua Ombudsman RI, Rasyid Hamzah Siregar, di Medan, Rabu (6/11/2024). "
            "Dari pemerintah daerah, yang ikut meneken ialah Gubernur Sumatera Utara Bobby Hasibuan, "
            "Wali Kota Binjai Amir Tarigan serta Bupati Langkat Syahrul Ginting. "
            "Sementara dari kalangan kampus ada Rektor Universitas Sumatera Utara Irma Dewi Lubis.\n"
            "Rektor Irma Dewi Lubis mengatakan kampus siap membantu.")
    (event,) = events(text)
    assert "Irma Dewi Lubis" in event["signatories"]
    assert {"Bobby Hasibuan", "Amir Tarigan", "Syahrul Ginting"} <= set(event["signatories"])


def test_a_word_of_a_cue_can_end_a_name():
    # "Utama" is a word of the cue "direktur utama" and a common surname
    text = ("Pemkab Agam dan Ombudsman RI meneken Nota Kesepahaman di Lubuk Basung, Senin (11/11/2024). "
            "Nota Kesepahaman diteken oleh Bupati Agam Rahmat Jaya Utama dan Anggota Ombudsman RI "
            "Hery Susanto Wijaya.")
    (event,) = events(text)
    assert set(event["signatories"]) == {"Rahmat Jaya Utama", "Hery Susanto Wijaya"}
    assert people(text)["Rahmat Jaya Utama"]["role"] == "bupati"


def test_ombudsman_board_and_staff_titles():
    text = ("Pemprov Riau dan Ombudsman RI meneken Nota Kesepakatan di Pekanbaru, Senin (11/11/2024). "
            "Prosesi itu disaksikan pimpinan Ombudsman RI Larasati Wibowo.\n"
            "Bambang Sutrisno, Kepala Asisten Pemeriksaan Ombudsman Riau, meminta laporan ditindaklanjuti.")
    found = people(text)
    assert found["Larasati Wibowo"]["role"] == "anggota_ombudsman"
    assert found["Bambang Sutrisno"]["role"] == "pejabat_ombudsman"


def test_scope_is_read_where_the_agreement_is_listed_not_in_speeches():
    text = ("Pemkot Bitung dan Ombudsman RI meneken Nota Kesepahaman di Bitung, Senin (11/11/2024). "
            "Ruang lingkup kerja sama meliputi percepatan penyelesaian pengaduan masyarakat dan pertukaran data.\n"
            "Ketua Ombudsman RI berharap kampus menghasilkan riset tentang model layanan yang inklusif.")
    (event,) = events(text)
    assert event["scope"] == ["penyelesaian_laporan", "pertukaran_data"]


def test_a_head_of_a_state_office_makes_the_signing_a_governments():
    # a Kapolda (an office of level region in titles.tsv) signs for the police though no body is named
    text = ("TERNATE - Rektor Universitas Khairun Husen Alting bersama Kapolda Malut Brigjen Pol Ahmad Juri "
            "melakukan penandatanganan MoU di Aula Nuku, Rabu (18/10/2017).")
    (event,) = events(text)
    assert event["agreement_type"] == "mou"
    # a company's director is no such office: a private campus and a firm make no government agreement
    private = text.replace("Universitas Khairun", "Universitas Muhammadiyah Maluku Utara")
    assert events(private.replace("Kapolda Malut Brigjen Pol", "Direktur Utama PT Sinar Jaya")) == []


def test_who_stood_in_for_the_other_parties_signs():
    text = ("JAKARTA - Kementerian Agama, BKKBN dan BRIN menjalin sinergi mencegah stunting. Kerja sama ini "
            "ditandai dengan penandatanganan MoU di Kantor BKKBN, Jakarta, Kamis (16/12/2021). Dalam "
            "penandatanganan tersebut Kemenag diwakili oleh Dirjen Bimas Islam, Kamaruddin Amin. Sementara itu "
            "BKKBN diwakili oleh Sekretaris Utama, Tavip Agus Rayanto, dan BRIN diwakili oleh Kepala Organisasi "
            "Riset, Dadan Nurjaman.")
    found = pipeline.extract(text, published="2021-12-17")["people"]
    assert {p["name"] for p in found if p["is_signatory"]} == {"Kamaruddin Amin", "Tavip Agus Rayanto", "Dadan Nurjaman"}


@pytest.mark.parametrize("text, published, city", [
    # towns.tsv: seats whose name is no regency's, in a dateline written in any case and after "di"
    ("Ruteng - Pemkab Manggarai dan Universitas Nusa Cendana menandatangani nota kesepahaman, Senin (13/6/2022).",
     "2022-06-14", "Ruteng"),
    ("Pemkab Manggarai dan Universitas Nusa Cendana menandatangani nota kesepahaman di Sentani, Senin (13/6/2022).",
     "2022-06-14", "Sentani"),
    # the regency's own office under its seat's dateline is in the seat
    ("KALIANDA - Bupati Lampung Selatan dan Rektor Universitas Lampung menandatangani nota kesepakatan di Rumah "
     "Dinas Bupati Lamsel, Selasa (6/7/2021).", "2021-07-07", "Kalianda"),
    # a town no gazetteer holds, before its province
    ("JAKARTA - Kementerian PUPR menandatangani MoU dengan Pemerintah Turki di Nusa Dua, Bali, Senin (14/11/2022).",
     "2022-11-15", "Nusa Dua"),
    # a building abroad: the town after its country, not the building's words
    ("JAKARTA - Pemerintah Indonesia dan Pemerintah Turki menandatangani nota kesepahaman di Istana Kepresidenan "
     "Turki, Ankara, Kamis (10/4/2025).", "2025-04-11", "Ankara"),
])
def test_where_it_was_signed_a_regency_seat_or_a_town_before_its_province(text, published, city):
    (event,) = events(text, published=published)
    assert event["city"] == city


def test_scope_read_after_a_field_of_cooperation_and_in_its_common_words():
    text = ("Pemkot Yogyakarta dan Universitas Negeri Yogyakarta menandatangani nota kesepakatan, Senin "
            "(2/12/2024). Kerja sama di bidang pengembangan sumber daya dan penyuluhan hukum itu meliputi "
            "pula tukar menukar informasi, pengkajian, dan kerja sama lainnya yang disepakati kedua pihak.")
    (event,) = events(text, published="2024-12-03")
    assert event["scope"] == ["pengembangan_sdm", "sosialisasi_diseminasi", "pertukaran_data", "kajian",
                              "kegiatan_lain"]


def test_a_complaints_service_in_the_points_listed_is_handling_reports():
    text = ("Kemendikbud dan KPK menandatangani nota kesepahaman di Jakarta, Kamis (3/8/2017). Kerja sama "
            "tersebut meliputi pertukaran data, serta pelayanan pengaduan masyarakat.")
    (event,) = events(text, published="2017-08-03")
    assert event["scope"] == ["pertukaran_data", "penyelesaian_laporan"]


def test_a_regulation_signed_is_not_the_paper():
    # "... yang diteken pada 3 Maret 2011" signs the Perpres the paper refers to, not the paper
    text = ("Panglima TNI Agus Subiyanto dan Menteri Pertanian Andi Amran Sulaiman menandatangani nota "
            "kesepahaman di Jakarta, Senin (4/12/2023). Menurut Andi, nota kesepahaman ini merujuk pada "
            "Perpres nomor 5 tahun 2011 yang diteken pada 3 Maret 2011.")
    (event,) = events(text, published="2023-12-04")
    assert event["event_date"] is not None and event["event_date"].year == 2023


def test_a_national_bodys_provincial_office_has_no_province():
    # a Polda or a BPOM office is an office of a national body (instansi vertikal), not a regional government
    text = ("SERANG - BMKG Wilayah II dan Polda Banten menandatangani perjanjian kerja sama peringatan dini "
            "bencana, Rabu (28/4/2021).")
    (event,) = events(text, published="2021-04-29")
    assert event["province_codes"] == []
    (event,) = events(text.replace("Polda Banten", "Pemprov Banten"), published="2021-04-29")
    assert event["province_codes"] == ["ID-BT"]


def test_the_witnesses_of_a_signing_named_after_it_are_no_parties():
    text = ("SEMARANG - Penandatanganan nota kesepakatan dilakukan oleh Mendagri Muhammad Tito Karnavian dan "
            "Direktur Utama Pertamina, Nicke Widyawati, Selasa (18/2/2020). Turut menyaksikan penandatanganan "
            "nota kesepakatan ini Gubernur Jawa Tengah, Ganjar Pranowo.")
    (event,) = events(text, published="2020-02-19")
    assert event["province_codes"] == []


def test_both_parties_stood_in_for_and_the_office_then():
    text = ("PEKANBARU - Pemerintah Kota Pekanbaru dan Pemerintah Kabupaten Pelalawan melakukan "
            "penandatanganan kesepakatan kerjasama (MoU) pembangunan daerah, Rabu (24/6/2014). Kedua belah "
            "pihak langsung diwakili Walikota Pekanbaru, Firdaus dan Bupati Pelalawan, Harris Hasan.")
    found = pipeline.extract(text, published="2014-06-25")["people"]
    assert {p["name"] for p in found if p["is_signatory"]} == {"Firdaus", "Harris Hasan"}
    text = ("Nota kesepahaman pencegahan korupsi itu pada 16 Januari 2013 ditandatangani oleh Ketua KPK saat itu "
            "Abraham Samad dan Ketua KY saat itu Suparman Marzuki.")
    found = pipeline.extract(text, published="2018-01-10")["people"]
    assert {p["name"] for p in found if p["is_signatory"]} == {"Abraham Samad", "Suparman Marzuki"}


def test_a_later_report_of_other_signers_is_another_paper():
    text = ("JAKARTA - Kementerian PUPR menandatangani MoU dengan Pemerintah Turki di Jakarta, Senin (14/11/2022). "
            "Penandatanganan ini dilakukan oleh Wakil Menteri PUPR Hedy Rahadian dan Duta Besar Turki Talip Kucukcan. "
            "Kemudian, MoU di bidang pertahanan juga diteken oleh Menteri Pertahanan Prabowo Subianto dan "
            "Menteri Pertahanan Turki Hulusi Akar.")
    found = events(text, published="2022-11-15")
    assert len(found) == 2
    people_of = pipeline.extract(text, published="2022-11-15")["people"]
    signers = {p["name"]: p["event_id"] for p in people_of if p["is_signatory"]}
    assert signers["Hedy Rahadian"] == signers["Talip Kucukcan"] != signers["Prabowo Subianto"] == signers["Hulusi Akar"]


def test_an_exchange_of_notes_is_a_paper_signed():
    text = ("Pemerintah Indonesia dan Jepang menandatangani pertukaran nota atau E/N untuk pinjaman penanganan "
            "bencana, Selasa (30/3/2021). Penandatanganan diwakili oleh Duta Besar Jepang Kanasugi Kenji dan "
            "Direktur Jenderal Asia Pasifik dan Afrika Abdul Kadir Jailani.")
    (event,) = events(text, published="2021-04-01")
    assert event["agreement_type"] == "lainnya" and event["agreement_label"] == "pertukaran nota"


def test_a_whole_named_alone_is_no_scope_value():
    # "Tri Dharma" is the whole its parts (penelitian ...) belong to: never itself a scope value
    text = ("Pemkab Sikka dan Universitas Nusa Nipa menandatangani Nota Kesepahaman terkait Tri Dharma "
            "Perguruan Tinggi di Maumere, Senin (11/11/2024). Ruang lingkup kerja sama meliputi pertukaran data.")
    (event,) = events(text)
    assert event["scope"] == ["pertukaran_data"]


def test_a_part_of_a_whole_named_two_ways_is_still_the_part():
    # "penelitian/pengkajian" in the Tri Dharma's list: one item, no scope; "pengkajian" listed on
    # its own beside it is a joint study
    said = ("Pemkab Sikka dan Universitas Nusa Nipa menandatangani Nota Kesepahaman di Maumere, Senin "
            "(11/11/2024). Ruang lingkup kerja sama meliputi pendidikan, {}, dan pengabdian masyarakat.")
    assert events(said.format("penelitian/pengkajian"))[0]["scope"] == []
    assert events(said.format("penelitian, pengkajian"))[0]["scope"] == ["kajian"]


def test_a_place_clause_ends_at_a_signing_verb():
    # "di Maluku menandatangani PKS dengan Pemerintah Kabupaten ...": the regencies' governments
    # are parties after the verb, not the venue; the dateline names the town
    text = ("AMBON, outlet.id – Kejati Maluku menandatangani PKS dengan Pemprov Maluku, sementara seluruh "
            "Kejari di Maluku menandatangani PKS dengan Pemerintah Kabupaten/Kota se-provinsi, Kamis (11/12/2025).")
    # (each clause tells a signing of its own: two events)
    assert [e["city"] for e in events(text, published="2025-12-12")] == ["Ambon", "Ambon"]


def test_the_dateline_town_when_the_venue_is_a_regency_office():
    body = ("Pemkab Batanghari dan Ombudsman RI meneken Nota Kesepahaman di Kantor Bupati Batanghari, "
            "Senin (11/11/2024). Bupati Batanghari, Fadhil Arief Nugraha, hadir.")
    (event,) = events("KABARSATU.COM, MUARA BULIAN - " + body)
    assert event["city"] == "Muara Bulian"  # a town no gazetteer holds, from the dateline
    (event,) = events(body)
    assert event["city"] == "Batang Hari"   # no dateline: the regency itself, by its canonical name


def test_a_scope_word_inside_a_bodys_defined_name_is_no_scope():
    text = ("Pemprov Contoh melalui Badan Riset dan Inovasi Daerah (Brida) dan Universitas Contoh menandatangani "
            "nota kesepakatan di bidang pengembangan Sumber Daya Manusia (SDM), Senin (11/11/2024).")
    (event,) = events(text)
    assert event["scope"] == ["pengembangan_sdm"]
