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


MEETING = ("Ombudsman Contoh dan Pemkot Contoh Sepakati Delapan Program Kerja\n"
           "KOTA CONTOH - Ombudsman Perwakilan Provinsi Sulawesi Tenggara dan Pemerintah Kota Kendari menyepakati "
           "delapan program kerja. Penyusunan program kerja tersebut merupakan kelanjutan dari penandatanganan MoU "
           "di antara keduanya.\nDiketahui, penandatanganan MoU pencegahan maladministrasi antara Ombudsman dengan "
           "Pemkot Kendari dilakukan pada 16 Desember 2021 lalu di Rujab Wali Kota Kendari.\nKepala Perwakilan "
           "Ombudsman Sultra, Budi Susilo, Rabu (28/9/2022) mengatakan, rapat hari ini menyepakati program itu.")


def test_a_meeting_that_follows_on_from_an_earlier_signing_reports_that_signing_as_earlier():
    out = pipeline.extract(MEETING)
    assert out["documents"][0]["published_date"].isoformat() == "2022-09-28"  # not the day told as past
    (event,) = out["events"]
    assert not event["primary"] and event["event_date"].isoformat() == "2021-12-16"


def test_an_earlier_signing_takes_the_place_its_own_sentence_names_never_the_datelines():
    text = ("KOTA CONTOH - Ombudsman Sultra dan Pemkot Kendari menggelar rapat evaluasi program kerja, Rabu "
            "(28/9/2022).\nMoU antara Ombudsman Sultra dan Pemkot Kendari ditandatangani pada 16 Desember 2021 "
            "lalu di Rujab Wali Kota Kendari.")
    (event,) = pipeline.extract(text, published="2022-09-28")["events"]
    assert not event["primary"] and event["city"] == "Kendari"
    text = text.replace(" di Rujab Wali Kota Kendari", "")
    (event,) = pipeline.extract(text, published="2022-09-28")["events"]
    assert event["city"] is None


def test_a_draft_being_finalised_or_a_signing_proposed_is_no_event():
    text = ("Duta Besar Negeri Contoh menuturkan dokumen rancangan nota kesepahaman bidang pertahanan masih dalam "
            "tahap finalisasi.\n\"Draf penandatanganan MoU antara Kementerian Pertahanan masih di tahap finalisasi "
            "dokumen,\" katanya di Jakarta, Senin (9/3/2015).\nDubes Indonesia Budi Mahendra menyarankan agar "
            "penandatanganan MoU tersebut digelar saat kunjungan Presiden pada akhir Maret.")
    assert pipeline.extract(text, published="2015-03-09")["events"] == []


def test_one_word_after_a_ministers_office_and_country_is_his_name():
    text = ("Nota kesepahaman itu ditandatangani oleh Menteri Luar Negeri Indonesia Sugiono dan Menteri Luar Negeri "
            "Qatar Ahmad Khalil di Doha, Rabu (5/11/2025).")
    names = {p["name"] for p in people(text, published="2025-11-05") if p["is_signatory"]}
    assert names == {"Sugiono", "Ahmad Khalil"}


def test_a_second_paper_joined_after_the_first_papers_parties_is_a_second_event():
    text = ("Wali Kota Contoh melakukan penandatanganan Nota Kesepahaman (MoU) antara Pemerintah Kota Kendari dan "
            "Kejaksaan Negeri Kendari serta Kesepakatan Bersama antara organisasi perangkat daerah lingkup Pemerintah "
            "Kota Kendari di Rujab Wali Kota Kendari, Rabu (9/3/2022).")
    assert sorted(e["agreement_type"] for e in events(text, published="2022-03-09")) == \
        ["kesepakatan_bersama", "nota_kesepahaman"]


def test_an_outlets_name_in_the_dateline_is_no_town():
    text = ("VIVA BANTEN - Pemerintah Kota Serang dan Kantor Pertanahan Kota Serang menandatangani nota "
            "kesepahaman sertifikasi aset daerah, Kamis (27/3/2025).")
    (event,) = pipeline.extract(text, url="https://banten.viva.co.id/news/123-aset", published="2025-03-27")["events"]
    assert event["city"] is None


def test_an_act_promised_after_a_signing_makes_the_signing_a_condition():
    text = ("Wali Kota Contoh Budi Santoso mengungkapkan kerja sama dengan BPN akan dituangkan dalam MoU. Pemkot "
            "berkomitmen menyerahkan seluruh data aset ke BPN usai MoU ditandatangani.")
    assert events(text, published="2025-03-27") == []


def test_one_papers_subject_named_in_other_words_is_one_event():
    text = ("Pemko Contoh teken MoU Bidang Perdata dan TUN dengan Kejaksaan\n\n"
            "Wali Kota Contoh, Andri Nourman bersama Kajari Contoh, Milono Raharjo menandatangani MoU bidang perdata "
            "dan tata usaha negara di Ruang Rapat Kantor Wali Kota Sabang, Selasa, 22 Mei 2025.\n\n"
            "Pemerintah Kota Sabang menandatangani kerja sama dengan Kejaksaan Negeri Sabang dalam bidang perdata.")
    assert len(events(text, published="2025-05-22")) == 1


def test_a_minor_office_in_an_article_of_national_bodies_alone_takes_no_province_from_the_venue():
    text = ("Kementerian Agama dan Badan Intelijen Negara menandatangani nota kesepahaman di Kantor Pusat Kementerian "
            "Agama, Jakarta Pusat, Senin (6/1/2025). Hadir Sekretaris Jenderal Kemenag Muhammad Ali Ramdhani dan "
            "Kepala Biro Hukum dan Kerja Sama Luar Negeri Imam Syaukani.")
    by_name = {p["name"]: p for p in people(text, published="2025-01-06")}
    assert by_name["Imam Syaukani"]["province_code"] is None


SERBIA = ("Menlu RI dan Menlu Serbia Teken Kerja Sama Konsultasi Politik Dua Negara\n\n"
          "JAKARTA - Menteri Luar Negeri Indonesia Retno Marsudi menerima kunjungan Menlu Serbia Nikola Selakovic di "
          "Kantor Kemlu RI, Jakarta, Senin (23/5/2022). Keduanya menandatangani MoU Konsultasi Politik antara "
          "Indonesia dan Serbia.\nDibahas pula kemajuan kerja sama pasca penandatanganan MoU Pencegahan dan "
          "Pemberantasan Kejahatan Lintas Negara yang ditandatangani Desember 2021.")


def test_a_papers_own_title_after_its_name_keeps_an_earlier_paper_apart():
    found = sorted((e["primary"], e["event_date"].isoformat()) for e in events(SERBIA, published="2022-05-23"))
    assert found == [(False, "2021-12-01"), (True, "2022-05-23")]


def test_in_an_article_of_national_bodies_the_venues_province_is_no_partys():
    text = ("JAKARTA - Kementerian Agama dan Badan Intelijen Negara menandatangani nota kesepahaman di Kantor "
            "Kemenag, Jakarta Pusat, Senin (6/1/2025).\nSebelumnya, sebuah MoU juga diteken pada Maret 2020 lalu.")
    found = events(text, published="2025-01-06")
    assert len(found) == 2 and all(list(e["province_codes"]) == [] for e in found)


def test_a_bare_title_that_does_the_signing_stands_for_its_one_holder():
    text = ("Wali Kota Kendari melakukan penandatanganan Nota Kesepahaman antara Pemerintah Kota Kendari dan Kejaksaan "
            "Negeri Kendari di Rujab Wali Kota, Rabu (9/3/2022).\nWali Kota Kendari H. Sulkarnain Kadir mengatakan, "
            "penandatanganan MoU ini dilakukan untuk koordinasi.")
    (event,) = events(text, published="2022-03-09")
    assert list(event["signatories"]) == ["Sulkarnain Kadir"]
