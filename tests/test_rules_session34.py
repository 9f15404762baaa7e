"""Kinds of sentence read in session 34, on short invented articles."""
from pipeline import extract

from .readings import by_name, scores_of, signers


def test_his_excellency_written_without_its_inner_dot_is_an_honorific():
    # "HE." before a foreign minister's name: neither the end of a sentence nor Haji and an initial
    text = ("Menteri Pertahanan RI dan Menteri Pertahanan Republik Singapura HE. Dr. Lim Boon Keng "
            "menandatangani perjanjian kerja sama pertahanan di Jakarta, Selasa (5/3/2024).")
    assert "Lim Boon Keng" in by_name(text, "2024-03-06", "role")
    assert "Lim Boon Keng" in signers(text, "2024-03-06")


def test_a_signing_after_a_turn_from_what_is_done_as_a_rule_is_told():
    text = ("Kementerian Desa dan Universitas Riau meneken nota kesepahaman di Pekanbaru. Biasanya "
            "penandatanganan MoU dengan perguruan tinggi hanya dilakukan oleh Sekjen, namun kali ini Menteri "
            "Desa Yandri Susanto menandatangani langsung.")
    assert signers(text, "2025-02-03") == ["Yandri Susanto"]


def test_a_list_in_a_zone_with_the_aim_beyond_it_is_in_that_zone_and_aims_at_nothing():
    text = ("Ombudsman RI Perwakilan Sulawesi Tengah menyerahkan hasil penilaian kepatuhan tahun 2023. "
            "Kabupaten yang berkategori zona kuning atau masih harus diperbaiki kedepan untuk meraih predikat "
            "zona hijau yaitu Donggala, Sigi dan Parigi Moutong.")
    assert scores_of(text, "2024-01-20", "subject", "zone", "kind") == [
        ("Donggala", "kuning", "achieved"), ("Sigi", "kuning", "achieved"), ("Parigi Moutong", "kuning", "achieved")]


def test_a_value_given_after_yakni_is_the_value_a_score_word_named_before():
    text = ("Pemerintah Kota Palu masuk zona hijau hasil penilaian kepatuhan Ombudsman tahun 2023. Pemerintah "
            "Kota Palu meraih nilai yang tinggi dari Ombudsman RI perwakilan Sulawesi Tengah, yakni 81,37.")
    assert scores_of(text, "2024-01-20", "value") == [(81.37,)]


def test_a_zone_told_of_a_span_of_years_is_no_years_result():
    text = ("Pemerintah Kota Palu masuk zona hijau hasil penilaian kepatuhan Ombudsman tahun 2023. Sebelumnya "
            "Pemerintah Kota Palu sempat berada di zona merah pada penilaian awal, yaitu 2015 hingga 2018.")
    assert scores_of(text, "2024-01-20", "zone", "year") == [("hijau", 2023)]


def test_a_subject_a_clause_sets_against_another_does_not_share_its_zone():
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2022 diumumkan. Kabupaten Muna menggeser Kabupaten "
            "Konawe yang tahun 2021 lalu berada pada zona hijau dengan nilai 85,22.")
    assert scores_of(text, "2022-12-20", "subject", "zone") == [("Kabupaten Konawe", "hijau")]


def test_the_day_a_regulation_was_signed_does_not_date_the_paper_that_follows_it():
    text = ("Kepala BNPB dan Menteri Sosial menandatangani nota kesepahaman penanggulangan bencana.\n\n"
            "Ruang lingkupnya meliputi pertukaran data dan pelatihan relawan.\n\n"
            "Kerja sama itu juga mencakup logistik.\n\n"
            "Nota kesepahaman ini merujuk pada Perpres nomor 7 tahun 2012 yang diteken pada 5 Maret 2012.\n\n"
            "\"Kita bersinergi,\" kata Menteri di Jakarta, Senin (4/12/2023).")
    assert [str(e["event_date"]) for e in extract(text, published=None)["events"]] == ["2023-12-04"]


def test_many_regional_governments_not_named_give_no_province():
    text = ("JAKARTA - Ditjen Pajak dan Ditjen Perimbangan Keuangan menandatangani perjanjian kerja sama "
            "optimalisasi pajak daerah dengan 109 pemerintah daerah, Rabu (15/10/2025).")
    assert [e["province_codes"] for e in extract(text, published="2025-10-15")["events"]] == [[]]


def test_a_foreign_head_of_state_named_with_the_initials_of_his_first_names_is_a_person():
    text = ("Presiden Prabowo Subianto bersama Presiden Persatuan Emirat Arab (PEA) Mohamed bin Zayed Al Nahyan "
            "(MBZ) menyaksikan penandatanganan delapan nota kesepahaman di Abu Dhabi, Minggu (12/1/2025).")
    assert "Mohamed bin Zayed Al Nahyan" in by_name(text, "2025-01-13", "role")


def test_the_area_word_of_a_national_office_in_lower_case_before_a_province_word_runs_on_to_the_name():
    text = ("Kepala Ombudsman RI perwakilan Provinsi Sulawesi Tenggara (Sultra), Mastri Susilo, S. Pd, "
            "melakukan kunjungan ke Kabupaten Wakatobi untuk menjalin kerja sama.")
    assert by_name(text, "2021-09-15", "role") == {"Mastri Susilo": "kepala_perwakilan_ombudsman"}


def test_short_offices_written_with_a_full_stop_name_their_holders():
    text = ("Nota kesepahaman itu ditandatangani di Mamuju. Dari Pemkab Mamuju hadir Kabag. Pemerintahan "
            "Hairunasrillah, Kabid. Ekonomi Bappeda Tri Ubaya Sakti dan Kabag. Hukum Ida.")
    assert {"Hairunasrillah", "Tri Ubaya Sakti", "Ida"} <= set(by_name(text, "2024-05-02", "role"))


def test_a_military_units_name_after_its_number_and_an_advisers_office_are_no_names():
    text = ("Gubernur Kalimantan Selatan H. Muhidin menandatangani kesepakatan bersama dengan Pangdam "
            "XXII/Tambun Bungai. Acara turut dihadiri Ketua DPRD Kalsel, Danrem 101/Antasari, Sekdaprov "
            "Kalsel, Tenaga Ahli Gubernur, serta seluruh Kepala SKPD.")
    assert set(by_name(text, "2025-12-11", "role")) == {"Muhidin"}


def test_a_title_cased_first_line_is_a_headline_though_a_full_stop_ends_it():
    text = ("Pj Wali Kota Bima Bangun Silaturahmi Dengan Ombudsman RI.\n\n"
            "Penjabat Wali Kota Bima, Drs. H. Muhktar, menerima kunjungan Ombudsman RI untuk memperkuat "
            "kerja sama pengawasan pelayanan publik.")
    assert by_name(text, "2024-11-20", "role") == {"Muhktar": "wali_kota"}


def test_a_paper_pointed_back_to_after_the_mou_and_the_pks_were_named_is_theirs_again():
    text = ("Pemkab Tanah Datar teken MoU dengan Pemko Pekanbaru tentang kepariwisataan.\n\n"
            "Perjanjian kerjasama di tiga bidang itu ditandatangani bupati Eka Putra dan walikota Firdaus, Selasa 29 Juni 2021.\n\n"
            "Menurut bupati, kesepakatan bersama ini adalah komitmen untuk belajar satu sama lain.")
    assert [e["agreement_type"] for e in extract(text, published="2021-06-30")["events"]] == ["perjanjian_kerja_sama"]


def test_the_ceremony_named_for_its_signing_going_on_to_the_signing_is_one_signing():
    text = ("Universitas Tadulako dan Pemkab Poso menandatangani nota kesepahaman di Palu, Selasa (11/4/2023).\n\n"
            "Usai sambutan, acara penandatanganan yang dirangkaikan dengan penyampaian hasil evaluasi tersebut "
            "kemudian dilanjutkan dengan penandatanganan MoU oleh Rektor Untad Amar dan Bupati Poso Verna Inkiriwang.")
    assert [e["agreement_type"] for e in extract(text, published="2023-04-12")["events"]] == ["nota_kesepahaman"]


def test_two_signings_of_papers_joined_by_serta_are_two_papers():
    text = ("Pemko Tebing Tinggi dan Pemko Pekanbaru Jalin MoU\n\n"
            "Pertemuan itu juga diisi penandatanganan Memorandum of Understanding (MoU) antara Pemko Pekanbaru "
            "dengan Pemko Tebing Tinggi, serta penandatanganan Perjanjian Kerjasama (PKS) antara DPMPTSP Kota "
            "Pekanbaru dengan DPMPTSP Kota Tebing Tinggi, Kamis (2/12/2021).")
    assert [e["agreement_type"] for e in extract(text, published="2021-12-03")["events"]] == [
        "mou", "perjanjian_kerja_sama"]
