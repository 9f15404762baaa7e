"""Kinds of sentence read in session 28, on short invented articles."""
from pipeline import extract
from pipeline.nlp import split_sentences

from . import readings
from .readings import by_name, people_of


def events_of(text, published):
    """(type, date, city) of each event, in order."""
    return readings.events_of(text, published, "agreement_type", "event_date", "city")


def test_a_markets_and_a_rupiahs_abbreviation_end_no_sentence():
    # "Ps. Minggu" (Pasar Minggu) of an address, "Rp. 2 miliar": the full stop closes the short form
    text = "Acara digelar di Jalan Raya No. 9, Ps. Minggu, Jakarta Selatan. Anggarannya Rp. 2 miliar dari APBD."
    assert [s.text for s in split_sentences(text)] == [
        "Acara digelar di Jalan Raya No. 9, Ps. Minggu, Jakarta Selatan.", "Anggarannya Rp. 2 miliar dari APBD."]


SIGNED_AT = ("Pemkab Teken Kesepakatan dengan Kementerian\n\n"
             "JAKARTA - Bupati Pesisir Selatan Rusma Yul Anwar menandatangani nota kesepahaman dengan Kementerian "
             "Pertanian, Selasa (5/3/2024). Penandatanganan dilaksanakan di {}, dihadiri para kepala dinas.")


def test_an_address_that_runs_on_by_commas_is_in_its_last_town():
    # a provincial capital's name inside a neighbourhood's ("Rawa Padang"), then the address's city
    venue = "Gedung Serbaguna Jalan Harsono No. 3, Rawa Padang, Ps. Minggu, Kota Jakarta Selatan"
    assert [city for *_, city in events_of(SIGNED_AT.format(venue), "2024-03-05")] == ["Jakarta"]


def test_a_capital_before_the_regency_its_town_is_in_is_still_the_town():
    # "di Wamena, Kabupaten Jayawijaya": the address's last place is the regency, not a town
    venue = "Aula Hotel Baliem, Wamena, Kabupaten Jayawijaya"
    assert [city for *_, city in events_of(SIGNED_AT.format(venue), "2024-03-05")] == ["Wamena"]


CEREMONY = ("Pemkab Teken MoU dan Dua PKS dengan Kementerian\n\n"
            "JAKARTA - Bupati Pesisir Selatan Rusma Yul Anwar menandatangani nota kesepahaman dengan Badan "
            "Penyuluhan Kementerian Pertanian, Selasa (5/3/2024).\n\n"
            "{}\n\n"
            "- Perjanjian Kerja Sama antara Pemerintah Kabupaten Pesisir Selatan dengan Balai Besar Pelatihan "
            "Pertanian tentang pelatihan petani muda.\n\n"
            "- PKS antara Dinas Pertanian Pesisir Selatan dan Politeknik Pembangunan Pertanian tentang magang "
            "penyuluh.\n\n"
            "Bupati berharap kerja sama ini segera dijalankan di lapangan.")


def test_each_paper_of_a_list_of_those_signed_is_an_event_of_the_ceremony():
    intro = "Selain nota kesepahaman tersebut, pada kesempatan itu juga dilakukan;"
    assert events_of(CEREMONY.format(intro), "2024-03-05") == [
        ("nota_kesepahaman", "2024-03-05", "Jakarta"),
        ("perjanjian_kerja_sama", "2024-03-05", "Jakarta"),
        ("perjanjian_kerja_sama", "2024-03-05", "Jakarta")]


def test_a_list_after_a_line_that_names_no_paper_is_no_list_of_papers():
    # the line before the items speaks of something else: the items are not told as signed
    intro = "Bupati juga menyampaikan dua usulan ke depan:"
    assert [t for t, *_ in events_of(CEREMONY.format(intro), "2024-03-05")] == ["nota_kesepahaman"]


def test_the_list_of_the_papers_a_count_told_gives_them_their_kinds():
    # "tiga perjanjian ... Tiga dokumen yang disepakati meliputi: - Nota Kesepahaman ...; - PKS ...; - PKS ..."
    text = ("Kementerian dan Polri Teken Tiga Perjanjian\n\n"
            "JAKARTA - Kementerian Hukum dan Kepolisian Negara Republik Indonesia menandatangani tiga perjanjian "
            "kerja sama di Jakarta, Senin (4/8/2025).\n\n"
            "Tiga dokumen yang disepakati meliputi:\n\n"
            "- Nota Kesepahaman tentang sinergi tugas dan fungsi di bidang penegakan hukum.\n"
            "- Perjanjian Kerja Sama antara Badan Pembinaan Hukum dan Lemdiklat Polri tentang pendidikan.\n"
            "- Perjanjian Kerja Sama antara Direktorat Jenderal Peraturan dan Bareskrim Polri tentang data.")
    assert [t for t, *_ in events_of(text, "2025-08-04")] == [
        "nota_kesepahaman", "perjanjian_kerja_sama", "perjanjian_kerja_sama"]


def test_a_numbered_list_of_papers_named_outside_the_vocabulary_takes_the_articles_term():
    # "Keempat MoU yang ditandatangani yaitu: 1. Memorandum Saling Pengertian antara A dan B ...": each a paper,
    # the article's own term ("nota kesepahaman atau MoU") its type
    items = "\n\n".join(f"{n}. Memorandum Saling Pengertian antara Kementerian {a} Republik Indonesia dan "
                        f"Kementerian {a} Kerajaan Yordania tentang kerja sama {b}."
                        for n, (a, b) in enumerate([("Pertanian", "pangan"), ("Agama", "pendidikan"),
                                                    ("Pertahanan", "latihan"), ("Kesehatan", "obat")], 1))
    text = ("Presiden Saksikan Penandatanganan Empat Nota Kesepahaman\n\n"
            "AMMAN - Presiden Republik Indonesia dan Raja Yordania menyaksikan penandatanganan empat nota "
            "kesepahaman atau memorandum of understanding (MoU) kerja sama kedua negara, Rabu (14/5/2025).\n\n"
            "Keempat MoU yang ditandatangani yaitu:\n\n" + items)
    assert [(t, d) for t, d, _ in events_of(text, "2025-05-14")] == [("nota_kesepahaman", "2025-05-14")] * 4


def scores_of(text, published):
    return sorted((s["subject"], s["value"], s["zone"], s["grade"], s["year"])
                  for s in extract(text, published=published)["scores"])


def test_diantaranya_written_as_one_word_opens_the_list_of_a_group():
    # "ada tiga kabupaten yang masuk zona merah ... Tiga kabupaten itu diantaranya A, B dan C"
    text = ("Ombudsman Umumkan Hasil Penilaian Kepatuhan\n\n"
            "SOFIFI - Menurut Kepala Ombudsman, hasil penilaian kepatuhan tahun 2023 menunjukkan ada tiga kabupaten "
            "di Maluku Utara yang masuk dalam zona merah. Tiga kabupaten itu diantaranya Kabupaten Pulau Morotai, "
            "Kabupaten Halmahera Barat dan Kabupaten Pulau Taliabu.")
    assert [(s, z, y) for s, _v, z, _g, y in scores_of(text, "2023-12-20")] == [
        ("Kabupaten Halmahera Barat", "merah", 2023), ("Kabupaten Pulau Morotai", "merah", 2023),
        ("Kabupaten Pulau Taliabu", "merah", 2023)]


def test_a_list_headed_by_a_zone_not_reached_takes_no_zone_from_the_sentences_before():
    # "daerah yang belum mencapai zona hijau yaitu A, B": not the green zone of the award told before
    text = ("Ombudsman Serahkan Penghargaan Kepatuhan\n\n"
            "BANDAR LAMPUNG - Ombudsman memberikan penghargaan kepada pemerintah daerah yang memperoleh zona hijau "
            "atau predikat kepatuhan tinggi dalam penilaian kepatuhan tahun 2021. Daerah yang belum mencapai zona "
            "hijau yaitu Pemerintah Kota Metro, Pemerintah Kabupaten Mesuji dan Pemerintah Kabupaten Pesisir Barat.")
    assert [row for row in scores_of(text, "2021-12-29") if row[2] == "hijau" or row[3]] == []


def test_a_zone_left_with_a_year_of_its_own_is_that_years_result():
    # "bergerak dari zona kuning di tahun 2022 menjadi zona hijau": kuning is 2022's, hijau not 2022's
    text = ("Penilaian Kepatuhan Tahun 2023, Kalsel Zona Hijau\n\n"
            "BANJARMASIN - Berdasarkan hasil penilaian kepatuhan tahun 2023, Pemprov Kalsel bergerak dari zona kuning "
            "di tahun 2022 menjadi zona hijau pada tahun ini.")
    assert [(z, y) for _s, _v, z, _g, y in scores_of(text, "2023-12-15")] == [("hijau", 2023), ("kuning", 2022)]


def test_a_regions_name_after_a_landforms_word_is_no_party_of_the_signing():
    # "perjanjian batas laut segmen Selat Malaka": the strait, not the regency Malaka (NTT)
    text = ("Indonesia dan Malaysia Teken Enam Nota Kesepahaman\n\n"
            "JAKARTA - Presiden Joko Widodo dan Perdana Menteri Malaysia menyaksikan penandatanganan enam nota "
            "kesepahaman di Putrajaya, Kamis (8/6/2023). Keenam nota kesepahaman itu meliputi perjanjian batas laut "
            "segmen Selat Malaka bagian selatan dan segmen Laut Sulawesi.")
    assert {tuple(e["province_codes"]) for e in extract(text, published="2023-06-09")["events"]} == {()}


def test_a_plan_word_inside_a_bodys_name_plans_no_signing():
    # "Badan Kependudukan dan Keluarga Berencana Nasional": family planning, not a signing planned
    text = ("Kemenag Teken Nota Kesepahaman\n\n"
            "JAKARTA - Kementerian Agama menandatangani nota kesepahaman dengan Kementerian Kesehatan dan Badan "
            "Kependudukan dan Keluarga Berencana Nasional (BKKBN) di Jakarta, Rabu (19/2/2020).")
    assert [(t, d) for t, d, _c in events_of(text, "2020-02-19")] == [("nota_kesepahaman", "2020-02-19")]


def test_a_head_of_bureau_written_kabiro_is_a_regional_office():
    # "Kabiro Organisasi Setdaprov Kalsel, Nama": the short form of Kepala Biro
    text = ("Pemprov Kalsel Teken MoU dengan Kejati\n\n"
            "BANJARMASIN - Gubernur Kalimantan Selatan Sahbirin Noor menandatangani nota kesepahaman dengan Kejaksaan "
            "Tinggi Kalsel, Senin (9/12/2024). Hadir pula Kabiro Organisasi Setdaprov Kalsel, Galuh Tantri Narindra.")
    office = by_name(text, "2024-12-10", "role", "province_code")["Galuh Tantri Narindra"]
    assert office == ("kepala_perangkat_daerah", "ID-KS")


def test_a_venue_abroad_takes_the_town_its_headline_names():
    # "... Saksikan Penandatanganan MoU di Ankara" over "di Istana Kepresidenan Turkiye": the town is Ankara
    text = ("Presiden Saksikan Penandatanganan Nota Kesepahaman di Ankara\n\n"
            "Presiden Republik Indonesia dan Presiden Republik Turkiye menyaksikan penandatanganan nota kesepahaman "
            "antara Badan Nasional Penanggulangan Bencana dan Kementerian Dalam Negeri Turkiye di Istana "
            "Kepresidenan Turkiye, pada Kamis, 10 April 2025.")
    assert [city for *_, city in events_of(text, "2025-04-11")] == ["Ankara"]


def test_a_list_of_a_groups_names_goes_on_over_their_degrees():
    # "para Anggota Komisi I A, H. B, SH, C dan Ir. D": each listed name holds the office, a degree no name
    text = ("Komisi I DPR Aceh Teken Nota Kesepahaman dengan Ombudsman\n\n"
            "BANDA ACEH - Komisi I DPR Aceh menandatangani nota kesepahaman dengan Ombudsman RI Perwakilan Aceh, "
            "Selasa (3/3/2020). Kerja sama ini untuk meningkatkan pengawasan pelayanan publik di seluruh kabupaten "
            "dan kota di Aceh. Hadir para Anggota Komisi I Darwati A. Gani, H. Ridwan Yunus, SH, Fuadri, S.Si, "
            "Bardan Sahidi dan Ir. H. Azhar Abdurrahman. Pertemuan membahas tindak lanjut laporan masyarakat yang "
            "masuk selama tahun lalu.")
    members = sorted(name for name, title in by_name(text, "2020-03-04", "title").items() if title == "Anggota Komisi")
    assert members == ["Azhar Abdurrahman", "Bardan Sahidi", "Darwati A. Gani", "Fuadri", "Ridwan Yunus"]


VISIT = ("Wali Kota Kunjungi Ombudsman Kalbar\n\n"
         "PONTIANAK - Wali Kota Pontianak Edi Rusdi Kamtono menandatangani nota kesepahaman dengan Ombudsman RI "
         "Perwakilan Kalimantan Barat, Senin (13/1/2025). {}")


def test_a_run_of_capitals_after_di_is_a_place_not_the_name_of_the_title_after_it():
    # "di Jalan Surya, Wali Kota didampingi ...": the street, not a person named Surya
    text = VISIT.format("Dalam kunjungan yang berlangsung di Jalan Surya, Wali Kota didampingi Sekretaris Daerah "
                        "Kota Pontianak, Amirullah.")
    assert sorted(p["name"] for p in extract(text, published="2025-01-13")["people"]) == [
        "Amirullah", "Edi Rusdi Kamtono"]


def test_one_word_after_a_bare_titles_comma_is_no_name():
    # "ungkap Wali Kota, Poldasu mendukung ...": the police's short form after the speech's title
    text = VISIT.format("Pasalnya ungkap Wali Kota, Poldasu mendukung penuh seluruh program pembangunan kota.")
    assert sorted(p["name"] for p in extract(text, published="2025-01-13")["people"]) == ["Edi Rusdi Kamtono"]


SIGNED_IN_TOWN = ("Pemkot Teken Nota Kesepahaman dengan Universitas\n\n"
                  "{} Pemerintah Kota Banda Aceh menandatangani nota kesepahaman dengan Universitas Islam Indonesia "
                  "di Gedung Kuliah Umum kampus itu, Kamis, 7 Agustus 2025. Kerja sama ini meliputi pendidikan dan "
                  "pelatihan aparatur.")


def test_a_datelines_town_after_the_sites_address_with_no_comma():
    # "Outlet.com Ambon – ...": the site's address, then the town
    assert [city for *_, city in events_of(SIGNED_IN_TOWN.format("Beritaku.com Yogyakarta –"), "2025-08-08")] == [
        "Yogyakarta"]


def test_a_datelines_dash_glued_to_the_lead_after_a_site_and_a_town():
    # "Outlet.com | Yogyakarta –Pemerintah ...": the dash glued to the lead's first word
    text = SIGNED_IN_TOWN.format("Beritaku.com | Yogyakarta –").replace("– Pemerintah", "–Pemerintah")
    assert [city for *_, city in events_of(text, "2025-08-08")] == ["Yogyakarta"]


def test_a_value_a_change_is_told_from_is_of_the_year_written_before_it():
    # "meraih skor 92,08 ..., meningkat dari skor tahun 2023 sebesar 88,81": 92,08 is the round reported
    text = ("Pemprov Jatim Raih Predikat Kepatuhan Tahun 2024\n\n"
            "SURABAYA - Pemprov Jatim menerima penghargaan Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
            "Tahun 2024 dari Ombudsman RI. Pemprov Jatim meraih skor 92,08 dalam kategori A (Kualitas Tertinggi), "
            "meningkat dari skor tahun 2023 sebesar 88,81.")
    assert [(v, g, y) for _s, v, _z, g, y in scores_of(text, "2024-12-14")] == [
        (88.81, None, 2023), (92.08, "kualitas_tertinggi", 2024)]


def test_a_secretary_of_a_regency_is_its_regional_secretary():
    # "Sekretaris Kabupaten Sidrap Nama": the Sekkab, the regency's Sekda
    text = ("Pemkab Sidrap Teken Nota Kesepahaman\n\n"
            "SIDRAP - Bupati Sidrap Dollah Mando menandatangani nota kesepahaman dengan Kepala Kejaksaan Negeri "
            "Sidrap, Rabu (16/9/2020). Hadir dalam acara itu Sekretaris Kabupaten Sidrap Sudirman Bungi.")
    assert by_name(text, "2020-09-16", "role")["Sudirman Bungi"] == "sekretaris_daerah"


def test_one_named_before_a_signing_told_as_witnessed_is_a_witness():
    # "Selain Wakapolda X, penandatanganan MoU turut disaksikan Bupati Y": X watched, as Y did
    text = ("Pemkot Medan dan Polda Teken Kesepakatan Bersama\n\n"
            "MEDAN - Penandatanganan kesepakatan bersama dilakukan langsung Wali Kota Medan Dzulmi Eldin dan Kapolda "
            "Sumut Irjen Agus Andrianto, Selasa (9/7/2019). Selain Wakapolda Sumut Brigjen Pol Mardiaz Khusin "
            "Dwihananto, penandatanganan MoU turut disaksikan Bupati Deli Serdang Ashari Tambunan.")
    assert by_name(text, "2019-07-10", "is_signatory") == {
        "Dzulmi Eldin": True, "Agus Andrianto": True, "Mardiaz Khusin Dwihananto": False, "Ashari Tambunan": False}


def test_the_signing_an_event_follows_on_from_is_another_earlier_one():
    # "Acara tersebut merupakan tindak lanjut dari Penandatanganan Nota Kesepakatan antara Gubernur dengan
    # Kepala BPS": not the news's ceremony, though "acara tersebut" names an occasion
    text = ("Bupati Musi Rawas Teken Nota Kesepakatan dengan BPS\n\n"
            "PALEMBANG - Bupati Musi Rawas Ratna Machmud menandatangani Nota Kesepakatan dengan Kepala BPS "
            "Kabupaten Musi Rawas di Griya Agung Palembang, Jumat (12/9/2024). Acara tersebut merupakan tindak "
            "lanjut dari Penandatanganan Nota Kesepakatan antara Gubernur Sumsel dengan Kepala BPS RI.")
    events = extract(text, published="2024-09-13")["events"]
    assert [(str(e["event_date"]), e["primary"]) for e in events] == [("2024-09-12", True), ("None", False)]


def test_a_paper_wished_signed_is_no_signing():
    # "Kami ingin agar dokumen kerja sama ini tidak hanya ditandatangani ...": a wish, in a talk of no signing
    text = ("Kementerian Dorong Kampus Perluas Mitra\n\n"
            "SEMARANG - Kementerian Pendidikan mendorong perguruan tinggi memperluas mitra kerja sama dengan kampus "
            "di luar negeri. Ada 439 dokumen kerja sama yang tercatat sejak 2021, berupa nota kesepahaman dan "
            "letter of intent. \"Kami ingin agar dokumen kerja sama ini tidak hanya ditandatangani, tetapi ada "
            "kelanjutannya,\" katanya.")
    assert extract(text, published="2023-06-12")["events"] == []


def test_a_paper_signed_that_a_wish_is_said_of_is_still_signed():
    # "agar nota kesepahaman yang telah ditandatangani ... segera dijalankan": told as done inside the wish
    text = ("Pemkab dan Kejari Jalankan Nota Kesepahaman\n\n"
            "UNAAHA - Bupati Konawe Harmin Ramba berharap agar nota kesepahaman yang telah ditandatangani bersama "
            "Kejaksaan Negeri Konawe pada Senin (12/6/2023) segera dijalankan oleh semua perangkat daerah.")
    assert [(t, d) for t, d, _c in events_of(text, "2023-06-12")] == [("nota_kesepahaman", "2023-06-12")]


def test_a_paper_with_its_partner_then_another_paper_with_its_own_are_two_events():
    # "penandatanganan perjanjian kerja sama dengan A serta kesepakatan bersama dengan B": two papers
    text = ("Pemkot Kotamobagu Teken Tiga Dokumen Kerja Sama\n\n"
            "KOTAMOBAGU - Penjabat Wali Kota Kotamobagu Abdullah Mokoginta menandatangani Nota Kesepakatan dengan "
            "Kantor Wilayah Kementerian Hukum dan HAM Sulawesi Utara, Senin (4/3/2024). Acara ini juga mencakup "
            "penandatanganan perjanjian kerja sama dengan Balai Pemasyarakatan Kelas I Manado serta kesepakatan "
            "bersama dengan Pemerintah Kabupaten Bolaang Mongondow mengenai kerja sama lintas daerah.")
    assert [t for t, *_ in events_of(text, "2024-03-05")] == [
        "nota_kesepakatan", "perjanjian_kerja_sama", "kesepakatan_bersama"]


def test_each_listed_paper_is_signed_by_the_signer_its_own_line_names():
    # "- MoU antara A dan B .... MoU diteken oleh Kepala A." / "- Persetujuan antara C dan D .... MoU diteken
    # oleh Menteri C.": each item a paper with its signer, a term outside the vocabulary too
    items = [("MoU antara Badan Nasional Penanggulangan Bencana Republik Indonesia dan Badan Penanggulangan "
              "Bencana Turki di bidang kebencanaan.", "Kepala BNPB Suharyanto"),
             ("MoU antara Kantor Komunikasi Kepresidenan Republik Indonesia dan Direktorat Komunikasi Turki "
              "tentang kerja sama media.", "Kepala Kantor Komunikasi Kepresidenan Hasan Hasbi"),
             ("Persetujuan antara Pemerintah Republik Indonesia dan Pemerintah Republik Turki tentang kerja sama "
              "kebudayaan.", "Menteri Kebudayaan Fadli Zon")]
    text = ("Indonesia dan Turki Teken Tiga Nota Kesepahaman\n\n"
            "ANKARA - Pemerintah Indonesia dan Turki meneken tiga nota kesepahaman atau memorandum of "
            "understanding (MoU), Kamis (10/4/2025).\n\n"
            "Adapun tiga dokumen yang ditandatangani tersebut adalah:\n\n" +
            "\n\n".join(f"- {paper} MoU diteken oleh {signer}." for paper, signer in items))
    events = extract(text, published="2025-04-11")["events"]
    assert [(e["agreement_type"], e["signatories"]) for e in events] == [
        ("nota_kesepahaman", ["Suharyanto"]), ("nota_kesepahaman", ["Hasan Hasbi"]),
        ("nota_kesepahaman", ["Fadli Zon"])]


def test_a_units_short_form_after_a_title_is_no_name():
    # "dihadiri Gubernur, Bupati/Walikota Se-Sulawesi Selatan, Dinas PMD, ...": the office of villages
    text = ("Gubernur Teken Nota Kesepahaman dengan Ombudsman\n\n"
            "MAKASSAR - Gubernur Sulsel Nurdin Abdullah menandatangani nota kesepahaman dengan Kepala Ombudsman RI "
            "Perwakilan Sulsel, Senin (1/4/2019). Acara dihadiri Bupati/Walikota Se-Sulawesi Selatan, Dinas PMD, "
            "Kabag Pemerintahan dan para camat.")
    assert [name for name, _role in people_of(text, "2019-04-02")] == ["Nurdin Abdullah"]


def test_an_application_is_a_units_word_not_a_persons():
    # "Kepala Seksi Pengembangan Aplikasi Nama": "Aplikasi" ends the unit's name, it opens no person's
    text = ("Pemkab Teken Nota Kesepahaman dengan Ombudsman\n\n"
            "GIRI MENANG - Bupati Lombok Barat Fauzan Khalid menandatangani nota kesepahaman dengan Kepala "
            "Ombudsman NTB, Rabu (10/3/2021). Kepala Seksi Pengembangan Aplikasi Sumirah mengatakan kerja sama "
            "ini penting.")
    assert "Aplikasi Sumirah" not in [name for name, _role in people_of(text, "2021-03-11")]


def test_a_building_a_headline_ends_with_is_no_town():
    # "... Penandatanganan Nota Kesepahaman di Istana": the building words of buildings.tsv name no town
    text = ("Presiden Saksikan Penandatanganan Nota Kesepahaman di Istana\n\n"
            "Presiden Republik Indonesia dan Presiden Republik Turkiye menyaksikan penandatanganan nota kesepahaman "
            "antara Badan Nasional Penanggulangan Bencana dan Kementerian Dalam Negeri Turkiye di Istana "
            "Kepresidenan Turkiye, pada Kamis, 10 April 2025.")
    assert [city for *_, city in events_of(text, "2025-04-11")] == [None]
