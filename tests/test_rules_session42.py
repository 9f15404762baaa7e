"""Kinds of sentence read in session 42, on short invented articles."""
from .readings import by_name, events_of, people_of, scopes_of, scores_of


def test_a_bodys_short_form_in_brackets_is_no_office():
    # "Kejari" is the short form of "Kejaksaan Negeri" and, loosely, its head's office; in brackets
    # right after the long form it names the body, and the place after it is no person
    text = ("Kejaksaan Dampingi Pemkab\n\nSUKAMAJU - Kejaksaan Negeri (Kejari) Sangkar siap mendampingi Pemkab "
            "Kutai Timur dalam sengketa lahan kantor dinas sesuai kerja sama keduanya, Senin (6/5/2024).")
    assert people_of(text, None) == []


def test_the_heads_short_title_in_brackets_still_names_the_head():
    text = ("Bank dan Kejaksaan Teken MoU\n\nPALEMBANG - Kepala Kejaksaan Negeri (Kajari) Palembang Rustam Gaos "
            "menandatangani nota kesepahaman dengan Bank Sumsel Babel, Kamis (20/10/2016).")
    assert by_name(text, None, "role", "province_code")["Rustam Gaos"] == ("kepala_kejaksaan", "ID-SS")


def test_a_word_between_listed_offices_is_another_office():
    # "Dirpamobvit" is no title of the gazetteers, but it stands between two listed bare offices
    text = ("Ombudsman Sambangi Polda\n\nBANDA ACEH - Kepala Ombudsman RI Perwakilan Aceh, Dian Rubianty, "
            "bertemu Kapolda Aceh Irjen Pol Achmad Kartiko membahas kepatuhan pelayanan publik, Senin "
            "(6/5/2024). Kapolda didampingi Karo Ops, Dirlantas, Dirreskrimum, Dirpamobvit, Kabid Humas dan "
            "Kapolres Pidie, Imam Asfali.")
    assert sorted(by_name(text, None, "role")) == ["Achmad Kartiko", "Dian Rubianty", "Imam Asfali"]


def test_a_directorate_generals_name_after_its_title_is_no_person():
    # "Kekayaan Intelektual" (nonnames.tsv) names the directorate general, not its head
    text = ("MoU Kekayaan Intelektual\n\nKUPANG - Menteri Hukum dan HAM menyaksikan penandatanganan nota "
            "kesepahaman antara Direktur Jenderal Kekayaan Intelektual dengan Kepala Daerah se-NTT, Jumat "
            "(6/4/2018).")
    assert people_of(text, None) == []


def test_a_separator_typed_twice_in_a_bracketed_date_is_still_the_date():
    text = ("Kejagung Teken MoU dengan Kemendag\n\nJAKARTA - Jaksa Agung dan Menteri Perdagangan menandatangani "
            "nota kesepahaman di Jakarta, Jumat (16/9//2022).")
    assert events_of(text, None) == [("nota_kesepahaman", "2022-09-16")]


def test_a_one_word_name_after_the_offices_place_ends_at_its_full_stop():
    text = ("Pemkot Teken Kerja Sama UHC\n\nBONTANG - Penandatanganan kerja sama dilakukan langsung Wali Kota "
            "Bontang Neni Moerniaeni dengan Kepala Cabang BPJS Kesehatan Samarinda Nurifansyah. Kamis, "
            "23 November 2017.")
    assert by_name(text, None, "role", "province_code")["Nurifansyah"] == ("lainnya", "ID-KI")


def test_a_national_bodys_region_named_by_its_provinces_parts_is_no_name():
    # "Kaltimtengseltara" (nonnames.tsv): the provinces a BPJS deputy covers, then the name
    text = ("Pemkot Teken Kerja Sama UHC\n\nBONTANG - Wali Kota Bontang menandatangani kerja sama UHC, Kamis "
            "(23/11/2017). Deputi Direksi BPJS Kesehatan Kaltimtengseltara, Ni Mas Ratna Sudewi, hadir.")
    assert "Ni Mas Ratna Sudewi" in by_name(text, None, "role")


def test_hi_before_a_name_is_the_haji_honorific():
    text = ("Kotamobagu Raih Penghargaan Kepatuhan\n\nKOTAMOBAGU - Penjabat Wali Kota Kotamobagu DR Drs Hi "
            "Asripan Nani MSi menerima penghargaan kepatuhan pelayanan publik dari Ombudsman RI, Rabu (23/4/2024).")
    assert by_name(text, None, "role") == {"Asripan Nani": "wali_kota"}


def test_a_ministers_fields_listed_with_commas_are_the_office_before_the_name():
    text = ("Denpasar Raih Opini Ombudsman\n\nDENPASAR - Menko Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan "
            "RI, Yusril Ihza Mahendra, menegaskan pelayanan publik adalah hak warga, saat penyerahan opini "
            "pengawasan Ombudsman RI.")
    assert by_name(text, None, "role", "province_code")["Yusril Ihza Mahendra"] == ("lainnya", None)


def test_the_venue_clause_ends_at_the_signers_office_after_a_comma():
    # "Gubernur Gorontalo" after the venue's comma begins the signer, not more of the place
    text = ("Pemprov Gorontalo Gandeng UI\n\nJumat (10/5/2016), bertempat di Gedung Pusat Administrasi Universitas, "
            "Kampus UI Depok, Gubernur Gorontalo Rusli Habibie menandatangani MoU dengan Rektor UI.")
    assert events_of(text, None, "city") == [("Depok",)]


def test_the_day_of_the_paper_followed_on_from_does_not_date_the_news():
    # the MoU told as followed on from keeps its day; the PKS of the news, undated, takes none of it
    text = ("PKS APIP dan APH di Papua Tengah\n\nNabire - Kejaksaan Tinggi Papua menggelar penandatanganan Perjanjian "
            "Kerja Sama (PKS) dengan Pemprov Papua Tengah. PKS ini merupakan tindak lanjut dari Nota Kesepahaman "
            "(MoU) yang ditandatangani pada 25 Januari 2023 antara Kemendagri, Kejaksaan Agung, dan Polri.")
    assert events_of(text, None, "agreement_type", "event_date", "primary") == [
        ("perjanjian_kerja_sama", "None", True), ("nota_kesepahaman", "2023-01-25", False)]


def test_the_one_signer_of_counted_papers_signed_each():
    text = ("UPR Teken Tiga MoU\n\nSecara bersamaan, Rektor Universitas Palangka Raya Dr Andrie Elia SE MSi, Rabu "
            "(12/12/2018), menandatangani nota kesepahaman (MoU) dengan Pengadilan Tinggi Kalimantan Tengah, "
            "Pengadilan Negeri Palangka Raya dan Bawaslu Palangka Raya.")
    assert events_of(text, None, "agreement_type", "signatories") == [("nota_kesepahaman", ["Andrie Elia"])] * 3


def test_the_word_pemerintah_alone_is_the_states_government_not_a_regions():
    # a private campus and a ministry: no regional party, so no province (not the dateline's)
    text = ("Unsuri Teken MoU dengan Kemendes\n\nSidoarjo - Universitas Sunan Giri Surabaya melaksanakan "
            "penandatanganan MoU dengan Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi, Senin "
            "(21/2/2022).\n\n\u201cPenandatanganan kesepahaman ini adalah upaya sinergitas yang melibatkan Pemerintah dan "
            "Perguruan Tinggi untuk desa\u201d kata Menteri Desa Abdul Halim Iskandar.")
    assert events_of(text, None, "province_codes") == [([],)]


def test_a_zones_range_written_with_words_is_no_result_of_the_subject_before():
    # "0 hingga 50,99" describes the red zone (results.tsv range), like "51-80,99"
    text = ("Ombudsman Nilai Kota Tangerang Masuk Zona Kuning\n\nTANGERANG - Ombudsman Perwakilan Banten menilai "
            "kepatuhan Pemkot Tangerang masuk zona kuning.\n\nDedi merinci, Pemkot Tangerang mendapatkan skor 74.\n\n"
            "Zona merah dengan tingkat kepatuhan buruk mendapat skor di antara 0 hingga 50,99.")
    assert scores_of(text, None, "value", "zone") == [(74.0, "kuning")]


def test_the_cooperation_between_the_parties_as_a_subject_names_its_fields():
    text = ("KPU dan Universitas Bhayangkara Jalin Kerja Sama\n\nJAKARTA - Ketua KPU dan Dekan Fakultas Hukum "
            "Universitas Bhayangkara menandatangani nota kesepahaman di Jakarta, Senin (9/1/2023).\n\nKerja sama "
            "antara KPU dan Universitas Bhayangkara khususnya dilakukan pada bidang sosialisasi mahasiswa di "
            "kampus dan kajian kepemiluan.")
    assert sorted(scopes_of(text)[0]) == ["kajian", "sosialisasi_diseminasi"]


def test_an_office_word_that_ends_a_ranked_name_before_its_degree_is_the_names():
    # "Negara" (nonnames.tsv) is the name's last word where only a degree follows it
    text = ("Kotamobagu dan Boltim Teken Kerja Sama\n\nKOTAMOBAGU - Wali Kota Kotamobagu dan Bupati Boltim "
            "menandatangani perjanjian kerja sama, Rabu (22/12/2021), disaksikan Kapolres Boltim AKBP I Dewa "
            "Nyoman Agung Surya Negara SIK, serta jajaran pimpinan.")
    assert "I Dewa Nyoman Agung Surya Negara" in by_name(text, None, "role")


def test_a_name_after_an_offices_comma_ends_at_its_full_stop_before_a_weekday():
    text = ("PLN dan Kejaksaan Teken Kesepakatan\n\nSAMARINDA - PLN UIW Kaltimra dan Kejaksaan Negeri se-Kaltim "
            "menandatangani nota kesepakatan bersama di Samarinda. Acara ini dihadiri oleh Kepala Kejaksaan "
            "Tinggi Kalimantan Timur, Ely Shahputra. Kamis (11/7/2019).")
    assert by_name(text, None, "role", "province_code")["Ely Shahputra"] == ("kepala_kejaksaan", "ID-KI")


def test_the_highest_compliance_is_the_high_compliance_grade():
    text = ("Penilaian Kepatuhan Ombudsman 2018\n\nSEMARANG - Dari 63 pemerintah kabupaten, Predikat kepatuhan "
            "tertinggi diraih oleh Kabupaten Ciamis dengan nilai kepatuhan sebesar 99,96 pada penilaian "
            "Ombudsman RI tahun 2018.")
    assert scores_of(text, None, "subject", "value", "grade") == [("Kabupaten Ciamis", 99.96, "kepatuhan_tinggi")]


def test_compliance_of_services_high_medium_low_is_the_grade():
    text = ("Survei Kepatuhan Ombudsman Papua Barat\n\nMANOKWARI - Ombudsman RI Perwakilan Papua Barat menyampaikan "
            "hasil penilaian kepatuhan tahun 2023. Adapun kepatuhan pelayanan rendah (zona merah) terdapat satu "
            "kabupaten, yaitu Kabupaten Teluk Wondama.")
    assert scores_of(text, None, "subject", "zone", "grade") == [("Kabupaten Teluk Wondama", "merah", "kepatuhan_rendah")]


def test_a_paper_renewed_is_signed_again():
    text = ("KPK dan LPSK Perpanjang MoU\n\nJAKARTA - Komisi Pemberantasan Korupsi (KPK) dan Lembaga Perlindungan "
            "Saksi dan Korban (LPSK) memperpanjang nota kesepahaman untuk perlindungan saksi di Jakarta, Selasa "
            "(17/4/2018).")
    assert events_of(text, None) == [("nota_kesepahaman", "2018-04-17")]


def test_a_name_after_an_offices_body_is_its_holders_not_the_bodys():
    # one result of LKPP, under its long name and its short one, not a body "LKPP Agus Prabowo"
    text = ("LKPP Raih Zona Hijau\n\nJakarta - Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP) memperoleh "
            "predikat Zona Hijau dari Ombudsman RI tahun 2015. Penghargaan Zona Hijau diserahkan Ketua Ombudsman RI "
            "kepada Kepala LKPP Agus Prabowo di Jakarta, Rabu (16/12/2015).")
    assert [s[0] for s in scores_of(text, None)] == ["Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah"]


def test_capitals_right_after_the_offices_place_are_the_names_initials():
    text = ("Pemprov Riau dan Kejati Teken Kesepakatan\n\nPEKANBARU - Gubernur Riau dan Kepala Kejaksaan Tinggi Riau "
            "menandatangani kesepakatan bersama, disaksikan Sekretaris Daerah Provinsi (Sekdaprov) Riau SF "
            "Hariyanto, Senin (6/6/2022).")
    assert by_name(text, None, "role")["SF Hariyanto"] == "sekretaris_daerah"


def test_an_office_holder_whose_vision_a_signing_serves_did_not_sign():
    text = ("Polri dan Kementerian Imipas Teken MoU\n\nJAKARTA - MoU ditandatangani oleh Kapolri Jenderal Pol. "
            "Listyo Sigit Prabowo dan Menteri Imipas Agus Andrianto di Jakarta, Senin (4/8/2025).\n\n"
            "Penandatanganan MoU ini juga mendukung visi besar Presiden Prabowo Subianto untuk mewujudkan "
            "Indonesia Emas 2045.")
    assert events_of(text, None, "signatories") == [(["Listyo Sigit Prabowo", "Agus Andrianto"],)]


def test_a_bare_title_of_each_regions_office_stands_for_no_one_person():
    # "Kepala Kejaksaan Negeri di masing-masing wilayah" are many heads, not the one Kepala Kejaksaan named
    text = ("Jaksa Garda Desa\n\nBengkulu - Pemprov Bengkulu bersama Kejaksaan Tinggi Bengkulu menggelar "
            "penandatanganan MoU dengan seluruh Bupati se-Provinsi Bengkulu, Senin (17/11/2025).\n\nProsesi "
            "penandatanganan dilakukan oleh Kepala Kejaksaan Negeri di masing-masing wilayah bersama para Kepala "
            "Daerah.\n\nPenandatanganan disaksikan Gubernur Bengkulu Helmi Hasan serta Kepala Kejaksaan Tinggi "
            "Bengkulu Vicktor Antonius Saragih Sisabutar.")
    assert events_of(text, None, "signatories") == [([],)]


def test_a_list_after_an_offices_comma_that_holds_another_office_is_of_officials():
    # the office's fields are skipped only where the list holds no office: here it lists officials
    text = ("Pemprov Sulteng dan Kejati Teken MoU\n\nPALU - Gubernur Sulteng menandatangani MoU dengan Kepala Kejaksaan "
            "Tinggi Sulteng, Senin (4/3/2019), disaksikan Asisten Administrasi Umum, Hukum dan Organisasi, Mulyono, "
            "SE, Ak, MM, Kepala Biro Humas dan Protokol, Drs. Moh. Haris, dan pejabat lainnya.")
    roles = by_name(text, None, "role")
    assert (roles["Mulyono"], roles["Moh. Haris"]) == ("asisten_sekda", "kepala_perangkat_daerah")
