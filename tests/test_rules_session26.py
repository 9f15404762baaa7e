"""Kinds of sentence read in session 26, on short invented articles."""
from pipeline import extract

from .readings import people_of, scopes_of


def scores_of(text, published="2023-01-10"):
    return sorted((s["subject"], s["value"], s["zone"]) for s in extract(text, published=published)["scores"])


def test_a_zone_heads_every_item_of_a_list_cut_by_semicolons():
    # "zona kuning yakni A dengan nilai ...; B dengan nilai ...; serta C ...": one list, one zone
    text = ("Ombudsman Umumkan Hasil Penilaian Kepatuhan\n\n"
            "AMBON - Ombudsman RI Perwakilan Maluku mengumumkan hasil penilaian kepatuhan tahun 2022. Yang masih "
            "berada di zona kuning yakni Kabupaten Buru dengan nilai 68,84; Kabupaten Maluku Tenggara dengan nilai "
            "64,04; serta Kabupaten Maluku Tengah dengan nilai 55,74.")
    assert scores_of(text) == [("Kabupaten Buru", 68.84, "kuning"), ("Kabupaten Maluku Tengah", 55.74, "kuning"),
                               ("Kabupaten Maluku Tenggara", 64.04, "kuning")]


def test_places_that_locate_a_counted_group_have_no_result():
    # "Untuk wilayah A, B dan C, hanya sepuluh Pemkab yang masuk zona hijau": the zone is the ten's
    text = ("Ombudsman Umumkan Hasil Penilaian Kepatuhan\n\n"
            "JAKARTA - Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2022. Dari 415 Pemkab, sebanyak "
            "170 masuk zona hijau. Untuk wilayah Bali, NTB, dan NTT, hanya sepuluh Pemkab yang masuk zona hijau.")
    assert scores_of(text) == []


def test_a_coordinating_ministrys_short_field_is_no_name():
    # "Deputi ... Bidang Polhukam OMK": the field of the coordinating ministry, no person
    text = ("Pemprov dan BPKP Teken MoU\n\n"
            "JAKARTA - Pemerintah Provinsi Papua Pegunungan dan BPKP menandatangani MoU di Jakarta, Rabu "
            "(22/2/2023). Hadir Deputi Kepala BPKP Bidang Pengawasan Instansi Pemerintah Bidang Polhukam OMK "
            "dan Penjabat Gubernur Papua Pegunungan Nikolaus Kondomo.")
    assert [name for name, _role in people_of(text, "2023-02-22")] == ["Nikolaus Kondomo"]


def test_an_office_word_written_in_lower_case_stays_in_the_office():
    # "Kepala Dinas Pariwisata dan ekonomi Kreatif Papua, Nama": a slip of case inside the office's name
    text = ("Poltekpar dan Pemprov Papua Teken Nota Kesepahaman\n\n"
            "BADUNG - Penandatanganan nota kesepahaman dilakukan antara Direktur Poltekpar Bali, Ida Bagus Putu "
            "Puja dan Kepala Dinas Pariwisata dan ekonomi Kreatif Papua, Yimin Weya di Badung pada Jumat "
            "(26/2/2021).")
    assert ("Yimin Weya", "kepala_perangkat_daerah") in people_of(text, "2021-02-26")


def test_the_head_of_a_kejati_written_kepala_kejati_is_a_prosecutors_head():
    text = ("Pemprov dan Kejati Teken Nota Kesepakatan\n\n"
            "KENDARI - Nota kesepakatan ditandatangani Gubernur Sultra Ali Mazi dan Kepala Kejati Sultra, Raimel "
            "Jesaja di Kendari, Senin (30/1/2023).")
    assert ("Raimel Jesaja", "kepala_kejaksaan") in people_of(text, "2023-01-31")


def test_a_function_word_with_its_clitic_is_no_name_before_a_title():
    # "Menurutnya, Kejati layaknya ...": "Menurutnya" is "menurut" + -nya, no person
    text = ("Pemprov dan Kejati Teken MoU\n\n"
            "GORONTALO - Gubernur Gorontalo Rusli Habibie dan Kepala Kejati Gorontalo Jaja Subagja menandatangani "
            "MoU di Gorontalo, Selasa (14/1/2020). Menurutnya, Kejati layaknya pengacara negara yang bisa membantu "
            "Pemprov.")
    assert [name for name, _role in people_of(text, "2020-01-14")] == ["Jaja Subagja", "Rusli Habibie"]


def dates_of(text, published=None):
    return [str(e["event_date"]) for e in extract(text, published=published)["events"]]


def test_a_signings_day_told_with_its_time_of_day_dates_it():
    # "pada Kamis (16/10/2025) pukul 10.30 WIB": the news's day and hour, not a byline's
    text = ("Pemprov Jambi dan Korem Teken MoU\n\n"
            "JAMBI - Penandatanganan MoU antara Pemprov Jambi dan Korem 042/Gapu dilaksanakan pada Kamis "
            "(16/10/2025) pukul 10.30 WIB di Aula Kantor Dinas.")
    assert dates_of(text) == ["2025-10-16"]


def test_a_headline_signing_the_body_tells_as_a_plan_is_no_event():
    # "1 April, A-B Tanda Tangani MoU" over "A dan B akan menandatangani MoU ... pada Jumat (1/4/2022)"
    text = ("1 April, Malaysia-RI Tanda Tangani MoU Perlindungan PRT Migran\n\n"
            "Malaysia dan Indonesia akan menandatangani Memorandum of Understanding (MoU) tentang perlindungan "
            "pekerja pada Jumat (1/4/2022).")
    doc = extract(text)
    assert [e for e in doc["events"] if e["primary"]] == []


def test_the_venue_said_in_the_sentence_after_the_signing_places_it():
    # "Kegiatan berlangsung di ruang rapat kantor Bupati Tabanan": the signing's venue, told next
    text = ("Tabanan Tingkatkan Kualitas Pelayanan Publik\n\n"
            "Bupati Tabanan I Komang Gede Sanjaya menandatangani Nota Kesepakatan dengan Ketua Ombudsman RI "
            "Mokhammad Najih, Rabu (23/3/2022). Kegiatan berlangsung di ruang rapat lantai III kantor Bupati "
            "Tabanan.")
    assert [e["city"] for e in extract(text)["events"]] == ["Tabanan"]


def test_a_dateline_of_the_outlet_then_the_town_closed_by_a_bar():
    # "Outlet.id - Pematangsiantar | ...": the town after the site's address
    text = ("Pemko dan BPJS Teken MoU\n\n"
            "Kabarsiantar.id - Pematangsiantar | Pemko Pematangsiantar dan BPJS Ketenagakerjaan menandatangani "
            "nota kesepakatan di ruang kerja wali kota, Jumat (16/5/2025).")
    assert [e["city"] for e in extract(text)["events"]] == ["Pematangsiantar"]


def test_the_secretary_of_a_council_heads_a_regional_office():
    text = ("Pemkab dan Kejari Teken MoU\n\n"
            "MUSI RAWAS - Bupati Musi Rawas Ratna Machmud dan Kajari Musi Rawas Abu Nawas menandatangani MoU di "
            "Musi Rawas, Jumat (31/1/2025). Turut hadir Sekretaris DPRD Elbaroma, serta Kakanwil Hukum Budi "
            "Argap Situngkir yang didampingi Kepala Divisi Peraturan Perundang-undangan, Zulfahmi, Kadiv Pelayanan "
            "Hukum, Chusni Thamrin dan jajaran.")
    people = people_of(text, "2025-01-31")
    assert ("Elbaroma", "kepala_perangkat_daerah") in people and ("Chusni Thamrin", "lainnya") in people


def test_a_datelines_dash_glued_to_the_outlet_and_the_first_word():
    # "TANJUNGPINANG (outlet.com)-Gubernur Riau ...": the dateline, then the governor
    text = ("Gubernur Riau Teken Kesepakatan Bersama dengan Kepri\n\n"
            "TANJUNGPINANG (kabarkepri.com)-Gubernur Riau Syamsuar hadir pada penandatanganan Kesepakatan Bersama "
            "dengan Pemerintah Provinsi Kepulauan Riau, Kamis (9/7/2021).")
    doc = extract(text)
    assert [sorted(e["province_codes"]) for e in doc["events"]] == [["ID-KR", "ID-RI"]]
    assert [(p["name"], p["role"]) for p in doc["people"]] == [("Syamsuar", "gubernur")]


def test_the_theme_a_signing_is_given_names_its_scope():
    text = ("Kejaksaan dan Dewan Pers Teken MoU\n\n"
            "JAKARTA - Kejaksaan Republik Indonesia dan Dewan Pers menandatangani Nota Kesepahaman pada Selasa, "
            "15 Juli 2025. Penandatanganan tersebut mengusung tema Koordinasi Penegakan Hukum serta Peningkatan "
            "Kapasitas Sumber Daya Manusia.")
    assert scopes_of(text) == [["pengembangan_sdm"]]


def test_an_office_after_a_short_form_and_a_slash_names_its_holder():
    # "Menteri Agraria dan Tata Ruang (ATR)/Kepala BPN Nama": ")/" glued to the next office
    text = ("Kemendagri dan Kementerian ATR Teken Nota Kesepahaman\n\n"
            "JAKARTA - Nota kesepahaman ditandatangani oleh Menteri Dalam Negeri Muhammad Tito Karnavian dan "
            "Menteri Agraria dan Tata Ruang (ATR)/Kepala BPN Nusron Wahid di Jakarta, Senin (3/2/2025).")
    assert "Nusron Wahid" in [p["name"] for p in extract(text)["people"]]
