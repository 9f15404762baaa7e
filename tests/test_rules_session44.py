"""Kinds of sentence read in session 44, on short invented articles."""
import pytest

from pipeline import extract

from .readings import by_name, events_of, scores_of

_SIGNING = ("Pemkab dan Kemenag Teken MoU\n\nPURWOKERTO - Pemkab Banyumas dan Kantor Kemenag menandatangani "
            "nota kesepahaman, Senin (5/8/2024). ")


@pytest.mark.parametrize("told, name", [
    ("Kasubbag TU Kantor Kemenag Banyumas Sudarmo Hadi mengatakan kerja sama itu penting.", "Sudarmo Hadi"),
    ("Hadir pula Kasi Bimas Islam, Ahmad Fauzi, dalam acara itu.", "Ahmad Fauzi"),
    ("Kasubdit Kerja Sama Daerah Rina Kartika menyampaikan materi.", "Rina Kartika"),
])
def test_the_short_forms_of_a_section_or_a_sub_unit_head_are_titles(told, name):
    # "Ka-" and the unit's short form (titles.tsv: Kasi, Kasubbag, Kasubdit ...), as Kabag and Kabid were
    assert by_name(_SIGNING + told, None, "role").get(name) == "lainnya"


def test_a_list_of_officials_goes_on_after_an_acting_word():
    # "..., Sudarmo dan Plt. Kasi ...": the next item is an office (after Plt.), so a one-word name
    # before it is a name, not an office word of a list
    text = _SIGNING + "Plt. Kasubbag TU H. Sudarmo dan Plt. Kasi Bimas Islam Moh. Nur Fauzi hadir."
    people = by_name(text, None, "acting")
    assert people.get("Sudarmo") is True and people.get("Moh. Nur Fauzi") is True


@pytest.mark.parametrize("told, name", [
    # "Dr. Eng." (a doctorate in engineering): "Eng." ends no sentence and is no name
    ("Hadir Ketua LPPM Universitas Jenderal Soedirman Dr. Eng. Ir. Rudi Santosa, S.T., M.T., dalam acara itu.",
     "Rudi Santosa"),
    # "Y.M." (Yang Mulia, His Excellency)
    ("MoU juga diteken Menteri Luar Negeri Malaysia, Y.M. Wang Lianhe, di Purwokerto.", "Wang Lianhe"),
])
def test_an_honorific_written_with_its_stops_is_no_part_of_the_name(told, name):
    people = by_name(_SIGNING + told, None, "role")
    assert name in people and not any(w in n.split() for n in people for w in ("Eng", "Eng.", "Y.M."))


def test_a_national_bodys_office_in_a_town_then_its_head():
    # "Kepala Balai Besar POM di Makassar, Nama": "di" and a town inside the office's words (words.tsv office_in)
    text = ("BBPOM dan Pemkot Teken MoU\n\nMAKASSAR - Pemkot Makassar menandatangani nota kesepahaman dengan "
            "Kepala Balai Besar POM di Makassar, Herlina Sari, Kamis (10/6/2021).")
    assert "Herlina Sari" in by_name(text, None, "role")


def test_a_place_right_after_a_balinese_names_opening_is_the_names():
    # "I Made" opens a name (words.tsv balinese_name): Gianyar, a regency too, is its next word
    text = ("Pemkab Teken MoU\n\nBANGLI - Bupati Bangli I Made Gianyar menandatangani nota kesepahaman dengan "
            "Bawaslu, Senin (5/8/2024).")
    assert by_name(text, None, "role", "province_code") == {"I Made Gianyar": ("bupati", "ID-BA")}


def test_the_head_of_a_forest_unit_by_its_title():
    # "Administratur KPH Cepu, Nama": the head of a Perhutani forest unit (titles.tsv, organisations.tsv KPH)
    text = ("Pemkab dan Perhutani Teken PKS\n\nBLORA - Pemkab Blora dan Perhutani menandatangani perjanjian kerja "
            "sama, Senin (5/8/2024). Administratur KPH Cepu, Mustofa Hadi, mengatakan kerja sama itu penting.")
    assert "Mustofa Hadi" in by_name(text, None, "role")


def test_a_sub_units_head_by_title_and_rank_is_of_the_body_the_sentence_named():
    # the title has no place of its own (Kasubbid, a unit of the Polda's Bidhumas); the rank after
    # it reads the province of the police body named before it in the sentence, as for a rank alone
    text = ("Polda dan Kampus Teken MoU\n\nPALEMBANG - Polda Sumsel dan Universitas Sukamaju menandatangani nota "
            "kesepahaman, Senin (5/8/2024). Kabid Humas Polda Sumsel, Kombes Pol Suharto, melalui Kasubbid "
            "Penmas, AKBP Yenni Lestari mengatakan kerja sama itu terkait keamanan.")
    assert by_name(text, None, "province_code")["Yenni Lestari"] == "ID-SS"


def test_a_weekday_spelt_the_malay_way_is_no_name():
    # "Jumaat" (calendar.tsv weekday, as "Jum'at"): after an office and its town it is the date's day
    text = ("BPJS dan Kejati Bertemu\n\nMANOKWARI - BPJS Kesehatan menandatangani perjanjian kerja sama dengan "
            "Pemprov Papua Barat usai menggelar pertemuan bersama Kejati di Manokwari, Jumaat (17/5/2024).")
    assert "Jumaat" not in by_name(text, None, "role")


def test_a_community_health_centre_is_a_subject_of_compliance_results():
    # "UPT Puskesmas X dengan nilai A" (organisations.tsv Puskesmas): a unit assessed as a Dinas is
    text = ("Perangkat Daerah Raih Zona Hijau\n\nSERPONG - Sejumlah perangkat daerah Pemkot Tangerang Selatan meraih "
            "penghargaan penilaian kepatuhan pelayanan publik Ombudsman RI tahun 2023. Di antaranya Dinas Sosial "
            "dengan nilai 92,40, UPT Puskesmas Pondok Ranji dengan nilai 95,97 dan UPT Puskesmas Serua meraih "
            "nilai 94,84.")
    assert [(s[0], s[2]) for s in scores_of(text, None, "subject", "year", "value")] == [
        ("Dinas Sosial", 92.4), ("UPT Puskesmas Pondok Ranji", 95.97), ("UPT Puskesmas Serua", 94.84)]
    assert {s[1] for s in scores_of(text, None, "subject", "year")} == {2023}


def test_survey_spelt_the_english_way_names_the_assessment_and_its_year():
    text = ("Kota Raih Predikat Kepatuhan\n\nWakil Wali Kota Lubuklinggau menerima penghargaan kepatuhan pelayanan "
            "publik di Jakarta, Rabu, 27 November 2019. Sepanjang 2019 Ombudsman telah melakukan survey terhadap "
            "199 pemerintah kabupaten dan kota. Kota Lubuklinggau menempati peringkat tiga dengan nilai 91,34.")
    assert scores_of(text, None, "value", "year") == [(91.34, 2019)]


def test_a_managers_office_of_a_state_company():
    # "Manager PLN UP3 Medan Nama" (titles.tsv Manager, Manajer: of the body named next, as General Manager)
    text = ("Pemkot dan PLN Teken MoU\n\nMEDAN - Penandatanganan MoU dilakukan Wali Kota Medan Rahmat Hidayat dan "
            "Manager PLN UP3 Medan Lelan Siregar, Senin (29/10/2018).")
    events = extract(text)["events"]
    assert by_name(text, None, "is_signatory") == {"Rahmat Hidayat": True, "Lelan Siregar": True}
    assert len(events) == 1


def test_the_head_of_a_regional_agency_for_national_unity_and_politics():
    # Bakesbangpol (organisations.tsv, titles.tsv Kepala Bakesbangpol): a perangkat daerah
    text = ("Pemprov dan Polda Teken Hibah\n\nSURABAYA - Pemprov Jatim dan Polda Jatim menandatangani naskah "
            "perjanjian hibah daerah, Senin (5/8/2024). Plt. Kepala Bakesbangpol Jatim Aries Budi Santoso "
            "memaparkan penggunaan dana itu.")
    assert by_name(text, None, "role", "province_code")["Aries Budi Santoso"] == ("kepala_perangkat_daerah", "ID-JI")


def test_penekenan_is_the_signing():
    # "Penekenan dilakukan antara A dengan B" (cues.tsv sign): the two signed; "meneken" and
    # "penekenan" pass the gate (gate.txt "neken")
    text = ("Siantar - Pemkot Pematangsiantar dan Kejari Pematangsiantar meneken Nota Kesepahaman terkait bidang "
            "Datun.\n\nPenekenan dilakukan langsung antara Wali Kota Pematangsiantar, Susanti Lestari dengan "
            "Kepala Kejaksaan Negeri (Kajari) Pematangsiantar Jurist Simanjuntak di Balai Kota, Senin, "
            "26 Agustus 2024.")
    assert by_name(text, None, "is_signatory") == {"Susanti Lestari": True, "Jurist Simanjuntak": True}
    (row,) = extract("Pemkot Sukamaju meneken naskah hibah dengan Polres, Senin (5/8/2024).")["documents"]
    assert row["reason"] != "gate"


@pytest.mark.parametrize("opening, city", [
    # a site's address, its comma, and the town in capitals glued to the first word
    ("LOKAWARTA.COM,SEMARANG-BBPVP Semarang menandatangani", "Semarang"),
    ("TERASMALUKU.COM,-AMBON-Pemprov Maluku menandatangani", "Ambon"),
    # a town as a name is written, a space before its comma
    ("Jakarta , Menteri Desa menandatangani", "Jakarta"),
])
def test_a_datelines_town_however_the_page_glued_or_spaced_it(opening, city):
    text = f"Judul Berita\n\n{opening} nota kesepahaman dengan Pemprov Jambi, Rabu (23/7/2025)."
    assert [e["city"] for e in extract(text)["events"]] == [city]


def test_bodies_that_only_place_the_assessed_units_are_no_subjects():
    # "empat polres di wilayah hukum Polda A dan Polda B masuk zona hijau": the Poldas locate the
    # police stations assessed (results.tsv aside "wilayah hukum"), the second as the first
    text = ("Ombudsman Serahkan Hasil Penilaian\n\nSERANG - Ombudsman RI menyampaikan hasil penilaian kepatuhan "
            "tahun 2022 di Aula Polda Banten, Kamis (3/2/2022). Dari delapan polres di wilayah hukum Polda Banten "
            "dan Polda Metro Jaya, empat di antaranya masuk zona hijau.")
    assert scores_of(text, None) == []
    told = "Ombudsman RI menyampaikan hasil penilaian kepatuhan tahun 2022. Polda Banten dan Polda Jambi masuk zona hijau."
    assert [s[0] for s in scores_of(told, None)] == ["Polda Banten", "Polda Jambi"]


def test_a_hyphenated_place_with_its_second_part_in_lower_case():
    # "Tojo Una-una" for the gazetteer's "Tojo Una-Una" (nlp._lower_after_hyphen): a subject of a result
    text = ("Ombudsman Umumkan Hasil Penilaian\n\nPALU - Ombudsman RI Perwakilan Sulteng mengumumkan hasil penilaian "
            "kepatuhan tahun 2024. Kabupaten Tojo Una-una di peringkat kelima dengan nilai 88,68.")
    assert [(s[0], s[2]) for s in scores_of(text, None, "subject", "year", "value")] == [("Kabupaten Tojo Una-una", 88.68)]


def test_a_paper_named_with_bersama_before_a_party_is_the_paper_of_the_words_before():
    # "nota kesepakatan bersama Pemerintah Daerah": "bersama" is "with", the paper a Nota Kesepakatan
    # (its words name one: instruments.tsv); "kesepakatan bersama Kementerian X" stays an agreement with it
    text = ("DPRD Teken KUA-PPAS\n\nAMBON - Rapat Paripurna DPRD Maluku dalam rangka penandatanganan nota "
            "kesepakatan bersama Pemerintah Daerah terhadap dokumen KUA-PPAS APBD 2024 berlangsung di gedung "
            "Parlemen, Selasa (28/11/2023).")
    assert [e[0] for e in events_of(text, None)] == ["nota_kesepakatan"]


def test_an_office_named_by_its_agent_word_then_the_name():
    # "Penyelenggara", "Umrah" (nonnames.tsv): words of the office, not of the name after it
    text = ("Kemenag dan Polda Teken MoU\n\nMAKASSAR - Kementerian Agama menandatangani nota kesepahaman dengan "
            "Polda Sulsel, Jumat (4/3/2016). Sekretaris Ditjen Penyelenggara Haji dan Umrah Khasan Hidayat dan "
            "Direktur Pembinaan Haji dan Umrah Rudi Yanis bertemu dengan Kapolda.")
    people = by_name(text, None, "role")
    assert "Khasan Hidayat" in people and "Rudi Yanis" in people


def test_the_head_of_a_metropolitan_police_station_by_its_short_form():
    # "Kapolrestro" (titles.tsv): the head of a Polres Metro
    text = ("Polrestro dan Pemkot Teken MoU\n\nTANGERANG - Polrestro Tangerang dan Pemkot Tangerang menandatangani "
            "nota kesepahaman, Kamis (4/1/2018). Kapolrestro Tangerang Kombes Harry Santoso hadir.")
    assert by_name(text, None, "province_code") == {"Harry Santoso": "ID-BT"}


def test_a_speaker_whose_title_holds_a_comma_signed_nothing():
    # ", jelas <title with a comma> <rank> Nama": the attribution names the speaker (assemble._SPEAKER)
    text = ("Bakamla dan Pemkab Teken Kerja Sama\n\nNunukan - Badan Keamanan Laut RI dengan Pemkab Nunukan telah "
            "meneken nota kesepahaman peningkatan keamanan laut, jelas Kasubbag Humas Bakamla RI, Letkol Bakamla "
            "Mardi Santoso di Nunukan, Kamis (5/9/2019).")
    assert by_name(text, None, "is_signatory").get("Mardi Santoso") is False
