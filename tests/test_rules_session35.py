"""Kinds of sentence read in session 35, on short invented articles."""
from pipeline import extract

from .readings import by_name, events_of, scopes_of, scores_of, signers


def test_degrees_close_a_name_that_its_title_follows_without_a_comma():
    # "Nama, SE,M.Si Kepala Badan X dan Nama Lain ST,MT Kepala Lembaga Y": each name before its office
    text = ("Pemerintah Kabupaten Ende dan Universitas Flores menandatangani perjanjian kerja sama riset di Ende, "
            "Senin (4/3/2024). Perjanjian ditandatangani oleh Yosef Bala Lamak, SE,M.Si Kepala Bappeda Ende "
            "dan Maria Goreti Wula ST,MT,Ph.D Kepala LPPM Universitas Flores.")
    people = by_name(text, "2024-03-05", "role")
    assert people.get("Yosef Bala Lamak") == "kepala_perangkat_daerah"
    assert "Maria Goreti Wula" in people
    assert sorted(signers(text, "2024-03-05")) == ["Maria Goreti Wula", "Yosef Bala Lamak"]


def test_an_office_of_a_body_in_capitals_names_its_holder_though_written_in_lower_case():
    # "ketua DPRD Kabupaten X Nama": the acronym keeps it one body's office; "para anggota DPRD" names no one
    text = ("Pemerintah Kabupaten Karimun dan Kejaksaan Negeri Karimun menandatangani nota kesepahaman di "
            "Tanjung Balai Karimun, Senin (4/3/2024). Penandatanganan disaksikan oleh ketua DPRD Kabupaten "
            "Karimun Raja Ahmad Fauzi dan para anggota DPRD.")
    assert by_name(text, "2024-03-05", "role").get("Raja Ahmad Fauzi") == "ketua_dprd"


def test_research_is_part_of_the_tri_dharma_the_article_names_in_another_sentence():
    # GOLD.md: the Tri Dharma's parts map to nothing, where they are listed apart from its name too
    text = ("Pemerintah Kota Bitung dan Universitas Sam Ratulangi menandatangani nota kesepahaman di Bitung, "
            "Rabu (6/3/2024). Kerja sama ini mendukung pelaksanaan Tri Dharma Perguruan Tinggi. Nota "
            "kesepahaman meliputi penelitian, pendidikan dan juga pelatihan aparatur.")
    assert scopes_of(text, "2024-03-07") == [["pengembangan_sdm"]]


def test_research_beside_service_to_society_is_the_tri_dharma():
    # "penelitian dan pengabdian": the third part named short is the whole too
    text = ("Pemerintah Kabupaten Bone dan Universitas Hasanuddin menandatangani nota kesepahaman di "
            "Watampone, Rabu (6/3/2024). Nota kesepahaman itu meliputi penelitian dan pengabdian yang "
            "dilakukan mahasiswa dan dosen.")
    assert scopes_of(text, "2024-03-07") == [[]]


def test_the_town_of_a_dateline_after_the_sites_address_is_no_subject():
    text = ("Outletaceh.com, Banda Aceh | Hasil penilaian kepatuhan Ombudsman RI Perwakilan Aceh tahun 2023 "
            "menempatkan beberapa kabupaten di zona merah.")
    assert scores_of(text, "2024-01-20", "subject", "zone") == []


def test_a_list_of_a_group_larger_than_the_one_a_zone_was_said_of_takes_no_zone():
    # "beberapa daerah ... zona merah", then the ten assessed: the ten are not all red
    text = ("Ombudsman RI Perwakilan Aceh menyampaikan hasil penilaian kepatuhan tahun 2023. \"Ada beberapa "
            "daerah yang masuk zona merah,\" kata Kepala Ombudsman. Penilaian dilakukan untuk empat kabupaten "
            "yaitu Aceh Selatan, Nagan Raya, Aceh Jaya dan Bireuen. Yang masuk zona hijau adalah Aceh Jaya.")
    assert scores_of(text, "2024-01-20", "subject", "zone") == [("Aceh Jaya", "hijau")]


def test_the_town_of_a_venue_is_no_subject_of_the_result_after_it():
    text = ("Ombudsman RI merilis hasil penilaian kepatuhan tahun 2023 dalam acara yang digelar di Hotel "
            "Aryaduta Jakarta Pusat. Terdapat peningkatan jumlah penyelenggara yang masuk zona hijau.")
    assert scores_of(text, "2023-12-15", "subject", "zone") == []


def test_the_items_a_signing_sentence_opens_with_a_colon_name_its_signers():
    text = ("Universitas Tadulako menandatangani nota kesepahaman dengan tiga mitra di Palu, Kamis (2/9/2021). "
            "Penandatanganan berlangsung antara Rektor Untad Prof. Mahfudz bersama pimpinan masing-masing mitra, yaitu:\n\n"
            "1. Pemerintah Kota Palu (oleh Wali Kota Hadianto Rasyid, SE),\n\n"
            "2. Pemerintah Kabupaten Sigi (oleh Bupati Mohamad Irwan Lapatta),\n\n"
            "3. Pemerintah Kabupaten Donggala (oleh Bupati Kasman Lassa).\n\n"
            "Rektor berharap kerja sama berjalan baik.")
    assert signers(text, "2021-09-03") == ["Hadianto Rasyid", "Kasman Lassa", "Mahfudz", "Mohamad Irwan Lapatta"]


def test_items_that_each_name_their_own_paper_give_the_signing_before_them_no_signers():
    # "... adalah: 1. Persetujuan ... Dokumen tersebut ditandatangani oleh A dan B": each item's signers are its paper's
    text = ("Presiden Prabowo Subianto bertemu Raja Abdullah II di Amman, Senin (14/4/2025). Adapun empat dokumen "
            "kerja sama yang ditandatangani dalam kesempatan tersebut adalah:\n\n"
            "1. Persetujuan antara Pemerintah RI dan Pemerintah Yordania mengenai Kerja Sama di Bidang Pertahanan. "
            "Dokumen tersebut ditandatangani oleh Menteri Pertahanan RI Sjafrie Sjamsoeddin dan Menteri Luar Negeri "
            "Yordania Ayman Safadi.\n\n"
            "2. Memorandum Saling Pengertian antara Kementerian Pertanian RI dan Kementerian Pertanian Yordania. "
            "Dokumen tersebut ditandatangani oleh Menteri Pertanian RI Andi Amran Sulaiman dan Menteri Pertanian "
            "Yordania Khaled Huneifat.")
    r = extract(text, published="2025-04-15")
    signed = [{p["name"] for p in r["people"] if p["is_signatory"] and p["event_id"] == e["event_id"]}
              for e in r["events"]]
    assert {"Sjafrie Sjamsoeddin", "Ayman Safadi"} in signed
    assert {"Andi Amran Sulaiman", "Khaled Huneifat"} in signed


def test_an_offices_field_in_lower_case_runs_on_to_the_name():
    text = ("Pemerintah Provinsi Sumatera Barat dan Polda Sumbar menandatangani nota kesepahaman di Padang, "
            "Senin (1/3/2021). Hadir Asisten II bidang Ekonomi dan Pembangunan Benni Warlis.")
    assert by_name(text, "2021-03-02", "role").get("Benni Warlis") == "asisten_sekda"


def test_a_cabinets_name_after_a_ministers_title_is_no_name():
    text = ("Kementerian Agama dan Pemerintah Provinsi Aceh menandatangani nota kesepahaman di Banda Aceh, "
            "Senin (1/3/2021). Acara dihadiri sejumlah Menteri Kabinet Indonesia Maju. Menag berterima kasih "
            "kepada Menag Kabinet Kerja Lukman Hakim Saifuddin.")
    assert set(by_name(text, "2021-03-02", "role")) == {"Lukman Hakim Saifuddin"}


def test_the_bantenese_tubagus_written_short_is_an_honorific_before_a_name_and_a_word_after_one():
    text = ("Lemhannas dan TNI Angkatan Darat menandatangani nota kesepahaman di Jakarta, Senin (3/3/2025). "
            "Hadir Gubernur Lemhannas Dr. H. TB. Ace Hasan Syadzily, M.Si. dan Bupati Aceh Jaya, H. T. Irfan TB.")
    assert set(by_name(text, "2025-03-04", "role")) == {"Ace Hasan Syadzily", "T. Irfan TB"}


def test_a_signing_as_the_means_of_a_planned_act_is_a_plan():
    text = ("Pemerintah Kabupaten Buru bakal menjalin kerja sama dengan Pemerintah Kabupaten Kepulauan Sula "
            "melalui penandatanganan nota kesepahaman. Kerja sama itu untuk membuka jalur perhubungan laut.")
    assert events_of(text, "2025-08-27") == []


def test_an_acting_mark_after_a_comma_begins_the_next_office_not_a_name():
    text = ("Antara Pemko Medan dan Kejari Belawan, Pelaksana tugas (Plt) Wali Kota Medan Akhyar Nasution dan "
            "Kajari Belawan Ikeu Bachtiar menandatangani nota kesepahaman di Medan, Rabu (26/8/2020).")
    assert "Pelaksana" not in by_name(text, "2020-08-27", "role")


def test_what_a_clause_after_this_signing_tells_of_another_thing_makes_no_earlier_signing():
    # "Penandatanganan ini menjadi kelanjutan dari <a forum> yang sebelumnya digelar ... pada 3 November"
    text = ("Gubernur Bali dan Gubernur NTB menandatangani nota kesepahaman kerja sama di Mandalika, Selasa "
            "(25/11/2025). Penandatanganan ini menjadi kelanjutan dari Forum Regional Bali Nusa Tenggara yang "
            "sebelumnya digelar di Bali pada 3 November 2025.")
    assert events_of(text, "2025-11-26") == [("nota_kesepahaman", "2025-11-25")]


def test_a_name_before_a_clause_that_says_it_holds_an_office_too_is_that_offices():
    text = ("Universitas Hasanuddin dan KKSS menandatangani nota kesepahaman di Jakarta, Minggu (22/6/2025). "
            "Dalam pidatonya, Dr. Andi Amran Sulaiman, yang saat ini juga menjabat Menteri Pertanian RI, "
            "menegaskan dukungannya. Kata Budi, yang didampingi Kepala Dinas Kesehatan Sulsel Rosmini Pandin.")
    assert set(by_name(text, "2025-06-23", "role")) == {"Andi Amran Sulaiman", "Rosmini Pandin"}


def test_a_ministrys_field_in_short_words_after_a_ministers_title_is_no_name():
    text = ("Universitas Hasanuddin dan KKSS menandatangani nota kesepahaman di Jakarta, Minggu (22/6/2025). "
            "Rektor menyampaikan gagasan mendirikan kampus kepada Menteri Dikti Saintek.")
    assert by_name(text, "2025-06-23", "role") == {}
