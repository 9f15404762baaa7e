"""Kinds of sentence read from probe 14's unseen news, on short invented articles: a place clause
that ends with the day, a dateline with its outlet between dashes, and the day of a signing told
in the sentence after it or after an earlier agreement's day."""
import pipeline


def events(text, published="2024-03-28"):
    return pipeline.extract(text, published=published)["events"]


def test_a_town_followed_by_the_day_is_the_place_of_signing():
    text = ("Gubernur Lampung Budi Santoso dan Kepala Kejaksaan Tinggi Lampung Rudi Hartono menandatangani Nota "
            "Kesepakatan di Ruang Rapat Utama, Komplek Kantor Gubernur, Bandarlampung Kamis (27/03/2024).")
    (event,) = events(text)
    assert event["city"] == "Bandar Lampung"


def test_a_dateline_with_its_outlet_between_dashes_names_the_town():
    text = ("PRINGSEWU -(Kabar)- Pemerintah Kabupaten Pringsewu dan Kejaksaan Negeri Pringsewu menandatangani "
            "nota kesepakatan bidang perdata dan tata usaha negara, Kamis (27/03/2024).")
    (event,) = events(text)
    assert event["city"] == "Pringsewu"


def test_the_sentence_after_that_points_back_dates_the_signing():
    text = ("21 November 2024\n\nPemkab Contoh dan Pemkot Contoh Tandatangani MoU\n\n"
            "Pj Bupati Contoh Amri Yusuf bersama Pj Wali Kota Contoh Dedi Irawan melakukan penandatanganan "
            "Kesepakatan Bersama antara Pemerintah Kabupaten Contoh dan Pemerintah Kota Contoh terkait kerja sama "
            "antar daerah. Acara ini berlangsung di Ruang Rapat Kantor Bupati pada Rabu, 5 September 2024.")
    (event,) = events(text, published="2024-11-21")
    assert event["event_date"].isoformat() == "2024-09-05"


def test_an_earlier_agreements_day_named_first_does_not_hide_the_news_day():
    text = ("Polda Contoh dan Korem Contoh Tandatangani Perjanjian Kerja Sama\n\n"
            "Menindaklanjuti MoU Kapolri dan Panglima TNI 5 Oktober 2023, Kapolda Contoh Irjen Pol Adi Wibowo "
            "mengingatkan pentingnya sinergi TNI dan Polri. Kegiatan perjanjian kerja sama berlangsung di Aula "
            "Makorem Contoh, Senin (6/11).")
    primary = [e for e in events(text, published="2023-11-06") if e["primary"]]
    assert [e["event_date"].isoformat() for e in primary] == ["2023-11-06"]


def people(text, published="2024-03-28"):
    return pipeline.extract(text, published=published)["people"]


def test_a_countrys_last_word_before_a_title_is_no_name():
    text = ("Saat Pemda Contoh membuat nota kesepahaman investasi nikel dengan PT Contoh, sebuah perusahaan asal "
            "Korea Selatan, Bupati Contoh tidak melibatkan DPRD, kata anggota DPRD Rudi Santoso pada 25 Agustus 2017.")
    assert "Selatan" not in [p["name"] for p in people(text)]


def test_the_head_of_a_regional_disaster_agency_by_his_short_title_signs():
    text = ("Penandatanganan PKS pemanfaatan informasi gempa bumi dilakukan oleh Kepala Stasiun Geofisika Contoh "
            "Agus Riyadi bersama Kalak BPBD Lombok Tengah H. Muhammad di Praya, Senin (4/9/2017).")
    by_name = {p["name"]: p for p in people(text, published="2017-09-05")}
    assert by_name["Muhammad"]["role"] == "kepala_perangkat_daerah" and by_name["Muhammad"]["is_signatory"]


def test_oversight_named_bare_is_public_service_oversight_only_with_the_ombudsman():
    def scope(parties):
        text = (f"{parties} menandatangani nota kesepahaman di Jakarta, Kamis (27/3/2024). Nota kesepahaman ini "
                "mencakup pengawasan, pertukaran data dan peningkatan kapasitas sumber daya manusia.")
        (event,) = events(text)
        return set(event["scope"])
    assert "pengawasan_pelayanan" in scope("Ombudsman RI dan Pemprov Contoh")
    assert scope("Badan POM dan Universitas Contoh") == {"pertukaran_data", "pengembangan_sdm"}
