"""Kinds of sentence read in session 45, on short invented articles."""
import pytest

from pipeline import extract

from .readings import by_name, events_of


def test_a_name_word_spelled_like_a_degree_stays_in_the_name():
    # "Meng" written as names are is no "M.Eng." (honorifics.tsv compares degrees without dots or case);
    # "MEng", in the degree's own letters, still is
    text = ("Pemkot dan Singapura Teken MoU\n\nBATAM - Pemkot Batam menandatangani nota kesepahaman dengan "
            "Menteri Pendidikan Singapura Ng Chee Meng, Senin (5/8/2024). Kepala Dinas Pendidikan Kota Batam "
            "Hendri Arulan MEng mengatakan kerja sama itu penting.")
    people = by_name(text, None, "role")
    assert "Ng Chee Meng" in people and "Hendri Arulan" in people


@pytest.mark.parametrize("told, name, role", [
    # the head of a campus of the home ministry (state_campuses.tsv, campus kedinasan), once titled Gubernur
    ("didampingi Gubernur IPDN, Ermaya Suradinata.", "Ermaya Suradinata", "rektor"),
    ("didampingi Gubernur Akademi Militer, Mayjen TNI Arnold Tamba.", "Arnold Tamba", "rektor"),
    ("didampingi Gubernur Bank Indonesia Perry Warjiyo.", "Perry Warjiyo", "lainnya"),
])
def test_gubernur_of_a_body_heads_the_body_not_a_province(told, name, role):
    text = ("Pemkab Lamandau Teken Nota Kesepakatan\n\nNANGA BULIK - Penandatanganan dilakukan oleh Bupati "
            f"Lamandau Marukan, Senin (3/6/2019), {told}")
    people = by_name(text, None, "role", "province_code")
    assert people[name] == (role, None)
    assert people["Marukan"] == ("bupati", "ID-KT")


def test_a_service_school_of_the_state_is_a_government_party():
    # Akademi Kepolisian is a state campus (state_campuses.tsv): its MoU with a bank is a government
    # agreement, as a state university's is
    text = ("Akpol dan Bank Teken MoU\n\nSEMARANG - Akademi Kepolisian (Akpol) dan PT Bank Rakyat Indonesia "
            "menandatangani nota kesepahaman tentang layanan perbankan taruna, Senin (5/8/2024).")
    assert events_of(text, None) == [("nota_kesepahaman", "2024-08-05")]


def test_panglima_before_its_bodys_whole_name():
    # "Panglima" is an office of the body named right after it (titles.tsv level body), written whole
    # ("Panglima Tentara Nasional Indonesia (TNI)") as well as short ("Panglima TNI")
    text = ("BUMN dan TNI Teken Nota Kesepahaman\n\nJAKARTA - Nota kesepahaman diteken oleh Menteri BUMN Rini M. "
            "Soemarno dan Panglima Tentara Nasional Indonesia (TNI) Marsekal Hadi Tjahjanto, di Cilangkap, "
            "Jakarta, Senin (5/3/2018).")
    people = by_name(text, None, "title", "is_signatory")
    assert people["Rini M. Soemarno"] == ("Menteri BUMN", True)
    assert people["Hadi Tjahjanto"][0].startswith("Panglima Tentara Nasional Indonesia")


def test_the_headline_takes_no_place_of_the_first_reports_in_the_body():
    # no date with a year: the ceremony is told in the headline and the first two reports of the body,
    # where the second names the town
    text = ("Pemprov Jabar-LKPP Teken MoU E-Katalog\n\nPemerintah Provinsi Jawa Barat dan LKPP menandatangani MoU "
            "dalam rangka pengembangan e-Katalog daerah, yang merupakan upaya untuk mencegah penyimpangan dalam "
            "pengadaan barang dan jasa.\n\nPenjabat Gubernur Jawa Barat Mochamad Iriawan bersama Kepala LKPP "
            "Agus Prabowo menandatangani langsung MoU tersebut dalam acara Sosialisasi Katalog Daerah di Kota "
            "Bandung, kemarin (5/7).")
    assert [e["city"] for e in extract(text)["events"]] == ["Bandung"]


def test_a_battalion_is_a_government_party_and_its_commander_an_official():
    # "Batalyon Arhanud 12/SBP" (organisations.tsv Batalyon: a TNI unit): its MoU with a private campus
    # is a government agreement, and "Komandan" heads it (titles.tsv level body)
    text = ("Kampus Teken MoU dengan Batalyon\n\nPenandatanganan MoU bidang pertanian dilaksanakan oleh Rektor "
            "Universitas Muhammadiyah Palembang Abid Djazuli dan Komandan Batalyon Arhanud 12/SBP, Letkol Arh "
            "Faris Kurniawan, di Aula Kantor Pusat Universitas Muhammadiyah Palembang, Rabu (20/3/2019).")
    assert events_of(text, None) == [("mou", "2019-03-20")]
    assert by_name(text, None, "role", "is_signatory")["Faris Kurniawan"] == ("lainnya", True)


def test_the_year_of_a_round_named_by_its_standard_and_a_province_that_only_places_the_subjects():
    # "hasil standar pelayanan publik Tahun 2021" names the round (results.tsv assessment); "dalam
    # Provinsi Jambi" only says where the subjects are (results.tsv aside)
    text = ("Dua Kabupaten Masuk Zona Kuning\n\nJAMBI - Ombudsman RI memaparkan hasil standar pelayanan publik "
            "Tahun 2021 pada 34 provinsi, 98 kota dan 416 kabupaten di Jakarta.\n\nMasih ditemukan penyelenggara "
            "yang berpredikat zona kuning di pemerintah daerah dalam Provinsi Jambi.\n\nYang berpredikat zona "
            "kuning adalah Kabupaten Batanghari dan Tanjung Jabung Barat dengan nilai masing-masing Batanghari "
            "78,40 dan Tanjung Jabung Barat 79,42.")
    rows = extract(text)["scores"]
    assert sorted((r["subject"], r["year"], r["value"]) for r in rows) == [
        ("Kabupaten Batanghari", 2021, 78.4), ("Tanjung Jabung Barat", 2021, 79.42)]


def test_a_bare_title_before_another_titled_signer_stands_for_its_holder():
    # "dilakukan oleh Kepala BNN RI dan Ketua Umum ADI Prof. Nama": the name is the second title's, and
    # the first is the one person the article titled so, with the body's long name
    text = ("BNN dan ADI Teken Nota Kesepahaman\n\nJAKARTA - Kepala Badan Narkotika Nasional (BNN) RI Komjen Pol. "
            "Marthinus Hukom mengatakan dosen harus menjadi duta antinarkotika, Selasa (28/5/2024).\n\nBNN dan ADI "
            "sepakat bersinergi melalui penandatanganan nota kesepahaman, yang dilakukan oleh Kepala BNN RI dan "
            "Ketua Umum ADI Prof. Mohammed Ali Berawi di Jakarta, Selasa (28/5/2024).")
    signed = {name for name, signer in by_name(text, None, "is_signatory").items() if signer}
    assert signed == {"Marthinus Hukom", "Mohammed Ali Berawi"}


def test_one_who_adds_a_word_about_the_signed_papers_is_a_speaker():
    # "Nama menambahkan ketiga MoU yang ditandatangani ini ...": a verb of speech (cues.tsv) between the
    # name and the signing word
    text = ("Pemkab Teken Kesepakatan Bersama\n\nGUNUNGKIDUL - Pemkab Gunungkidul menandatangani kesepakatan bersama "
            "dengan Universitas Diponegoro pada Selasa, (5/8/2025).\n\nAsisten Pemerintahan Setda Gunungkidul, "
            "Dewi Irawati, menjelaskan kerja sama ini sejalan dengan visi daerah. Dewi menambahkan MoU yang "
            "ditandatangani ini berlaku untuk lima tahun ke depan.")
    assert by_name(text, None, "is_signatory") == {"Dewi Irawati": False}


def test_the_holder_of_a_mandate_the_signing_follows_is_no_signer():
    # "menindaklanjuti amanah Presiden Indonesia Nama" (words.tsv owned_by), though the name is also
    # found by its last word alone
    text = ("Pemkot dan BI Teken MoU\n\nPALEMBANG - Penandatanganan MoU dilakukan Sekda Palembang Ratu Dewa dengan "
            "Kepala Perwakilan BI Sumsel Erwin Soeriadimadja, dalam rapat TPID menindaklanjuti amanah Presiden "
            "Indonesia Joko Widodo, di Palembang, Jumat (4/3/2022).")
    signed = {name for name, signer in by_name(text, None, "is_signatory").items() if signer}
    assert signed == {"Ratu Dewa", "Erwin Soeriadimadja"}


@pytest.mark.parametrize("told, name, role, province", [
    # "Kadis" glued to its office's short form (patterns/titles.jsonl): the head of a regional office
    ("Kadisdukcapil Kota Pekanbaru, Baharuddin mengatakan program ini berjalan.", "Baharuddin",
     "kepala_perangkat_daerah", "ID-RI"),
    ("Kadishub Pekanbaru Yuliarso hadir.", "Yuliarso", "kepala_perangkat_daerah", "ID-RI"),
    # a member of a DPR commission, written in lower case (titles.tsv "anggota Komisi")
    ("Penandatanganan disaksikan oleh anggota Komisi IX DPR RI, drg. Hasnah Syam.", "Hasnah Syam", "lainnya", None),
])
def test_offices_written_as_the_press_writes_them(told, name, role, province):
    text = ("Pemko Teken MoU\n\nPEKANBARU - Pemko Pekanbaru menandatangani nota kesepahaman dengan RS Andini, "
            f"Senin (5/8/2024). {told}")
    assert by_name(text, None, "role", "province_code")[name] == (role, province)


@pytest.mark.parametrize("told, name", [
    # the person's short form in brackets: initials and a letter from a word's inside ("ASR")
    ("Gubernur Sultra, Andi Sumangerukka (ASR), dalam sambutannya mengapresiasi kerja sama itu.",
     "Andi Sumangerukka"),
    # initials inside a name end no sentence: a degree follows a comma or another degree
    ("Hadir pula Sekda Kendari Micler C.S. Lakat dalam acara itu.", "Micler C.S. Lakat"),
    # a directorate general's short form between the title and the name (organisations.tsv)
    ("Dirjen Diktiristek Nizam menyampaikan apresiasi.", "Nizam"),
])
def test_names_beside_their_short_forms_and_initials(told, name):
    text = ("Kejati Teken MoU\n\nKENDARI - Kejati Sultra dan BPJS Ketenagakerjaan menandatangani nota kesepahaman, "
            f"Senin (5/8/2024). {told}")
    assert name in by_name(text, None, "role")


@pytest.mark.parametrize("text, city", [
    # the outlet's name before its address in brackets is no town
    ("Kampus dan PTDI Teken MoU\n\nAIRSPACE REVIEW (airspace-review.com) – PT Dirgantara Indonesia dan "
     "Universitas Pertahanan menandatangani nota kesepahaman, Kamis (5/11/2020).", None),
    # a first line of its own, the town and the site's address, is the dateline
    ("Rembang, Warta-rembang.co.id\n\nPemerintah Kabupaten Rembang dan BPN menandatangani nota kesepakatan "
     "tentang sertifikasi tanah, Senin (07/03/2022).", "Rembang"),
])
def test_a_dateline_names_a_town_not_the_outlet(text, city):
    assert [e["city"] for e in extract(text)["events"]] == [city]


@pytest.mark.parametrize("told, name", [
    # "Anggota" is an office of the state body named right after it (titles.tsv level body)
    ("Hadir pula Anggota BPKH Harry Alexander dalam acara itu.", "Harry Alexander"),
    ("Kegiatan itu dihadiri oleh Ukay Karyadi (Anggota KPPU) dan undangan lainnya.", "Ukay Karyadi"),
    # "Protokoler", as "Protokol", is a unit's word, no name's (nonnames.tsv)
    ("Hadir Kabag Protokoler Zakaria Abdul Latif dalam acara itu.", "Zakaria Abdul Latif"),
])
def test_members_and_units_before_a_name(told, name):
    text = ("KPPU Teken MoU\n\nJAKARTA - KPPU dan PBNU menandatangani nota kesepahaman, Senin (5/8/2024). " + told)
    assert name in by_name(text, None, "role")


def test_anggota_of_no_state_body_is_no_office():
    # "Anggota" before a party or an association names no official
    text = ("KPPU Teken MoU\n\nJAKARTA - KPPU dan PBNU menandatangani nota kesepahaman, Senin (5/8/2024). "
            "Hadir pula Anggota Komunitas Pecinta Alam Budi Santoso.")
    assert "Budi Santoso" not in by_name(text, None, "role")


def test_the_round_reported_is_the_latest_year_told_not_one_compared_with():
    # "tahun 2022 ... zona kuning, dibandingkan dengan tahun 2021 ... hijau", "mencapai zona hijau seperti
    # tahun 2021 lalu": the units' values after them are the 2022 round's
    text = ("Pelayanan Publik Lotim Turun\n\nSELONG - Tingkat pelayanan publik Kabupaten Lombok Timur tahun 2022 "
            "mengalami penurunan menjadi zona kuning, dibandingkan dengan tahun 2021 masuk dalam zona hijau.\n\n"
            "Kedepannya pelayanan harus ditingkatkan lagi sehingga bisa mencapai zona hijau seperti tahun 2021 lalu.\n\n"
            "Dari pemaparan Ombudsman terdapat dua unit layanan yang dinilai kepatuhannya yaitu Puskesmas Denggen "
            "(nilai 62,41) dan Puskesmas Selong (61,21).")
    years = {r["subject"]: r["year"] for r in extract(text)["scores"] if r["value"]}
    assert years == {"Puskesmas Denggen": 2022, "Puskesmas Selong": 2022}


def test_a_grade_with_the_word_pelayanan_inside():
    # "opini kualitas pelayanan tertinggi" (zones.tsv), as "opini kualitas tertinggi"
    text = ("Pemalang Raih Zona Hijau\n\nPEMALANG - Ombudsman RI melakukan penilaian kepatuhan standar pelayanan "
            "publik. Pada tahun 2024, Pemerintah Kabupaten Pemalang memperoleh nilai 98,59 zonasi hijau kategori A "
            "opini kualitas pelayanan tertinggi.")
    assert [(r["year"], r["value"], r["zone"], r["grade"]) for r in extract(text)["scores"]] == [
        (2024, 98.59, "hijau", "kualitas_tertinggi")]
