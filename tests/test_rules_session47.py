"""Kinds of sentence read in session 47, on short invented articles."""
import pytest

from .readings import by_name, events_of, scopes_of, scores_of, signers

_SIGNED = ("Pemkab Sleman dan KPU Teken Nota Kesepakatan\n\nSLEMAN - Pemerintah Kabupaten Sleman dan KPU Sleman "
           "menandatangani nota kesepakatan di Pendopo Parasamya, Rabu (26/11/2025). ")


@pytest.mark.parametrize("points, scope", [
    # a cue that opens a list of points: the list runs on into the next sentence with no list word of its own
    ("Ketua KPU mengatakan ruang lingkup kerja sama mencakup pendidikan pemilih. Ada pula kegiatan "
     "sosialisasi kepemiluan bagi pelajar.", ["sosialisasi_diseminasi"]),
    ("Kerja sama ini juga mencakup penyelesaian masalah hukum. Kedua pihak saling berbagi informasi untuk "
     "menentukan langkah yang tepat.", ["pertukaran_data"]),
    # a new paragraph goes on with the list only where it says so ("Serta", words.tsv list_goes_on)
    ("Ruang lingkup kerja sama mencakup pendidikan pemilih.\n\n\"Serta kegiatan sosialisasi kepemiluan,\" "
     "katanya.", ["sosialisasi_diseminasi"]),
    ("Ruang lingkup kerja sama mencakup pendidikan pemilih.\n\nKetua KPU berharap kampus menghasilkan riset "
     "tentang pemilih muda.", []),
    # a cue that only names the paper opens no list: the next sentence's words are the speaker's own
    ("Menurut Bupati, kerja sama ini juga menguntungkan pihak kampus. Kampus memerlukan mitra untuk kegiatan "
     "riset mahasiswa.", []),
    # the list ends where a sentence with no list word and no point comes between
    ("Ruang lingkup kerja sama mencakup pendidikan pemilih. Acara itu dihadiri para camat. Warga juga mengikuti "
     "sosialisasi.", []),
])
def test_a_list_of_points_runs_on_into_the_next_sentence(points, scope):
    assert scopes_of(_SIGNED + points) == [scope]


def test_a_list_headed_by_a_grade_of_its_own_takes_no_zone_from_the_list_before():
    # the frame of "kategori kuning atau kualitas sedang" is the first group's; the second list names
    # its own grade, so it is a new group and the yellow zone is not carried on to it
    text = ("Ombudsman Serahkan Hasil Penilaian\n\nBANDA ACEH - Hasil penilaian kepatuhan Ombudsman RI "
            "Perwakilan Aceh tahun 2022, masih ada dua kabupaten yang masuk dalam kategori kuning atau kualitas "
            "sedang. Kedua daerah tersebut yaitu Aceh Jaya dan Aceh Besar. Kemudian ada dua kota yang masuk dalam "
            "kategori tertinggi, yaitu Kota Banda Aceh dan Kota Lhokseumawe.")
    rows = {subject: (zone, grade) for subject, zone, grade in scores_of(text, None, "subject", "zone", "grade")}
    assert rows["Aceh Jaya"] == ("kuning", "kualitas_sedang")
    assert rows["Kota Banda Aceh"] == (None, "kualitas_tertinggi")


def test_each_value_takes_the_year_nearest_before_it():
    # the survey's own year comes first, then a year before each value: each value is its nearest year's
    text = ("Bombana Terima Penghargaan Ombudsman\n\nHasil Survei Kepatuhan Tahun 2020 Kabupaten Bombana pada "
            "tahun 2019 mencapai angka 95,98, sedangkan pada tahun 2021 mencapai angka 85,22 dengan total 50 "
            "produk layanan.")
    assert sorted(scores_of(text, None, "year", "value")) == [(2019, 95.98), (2021, 85.22)]


def test_a_unit_named_by_nouns_of_state_is_no_persons_name():
    # "Reformasi Birokrasi" (nouns in -asi, words.tsv loan_noun_suffix) and "Badan Bahasa" (nonnames.tsv)
    # are a unit's words; the holder is the name after them
    text = ("Ombudsman Kunjungi Kampus\n\nMAKASSAR - Tim yang dipimpin Kepala Bagian Organisasi dan Fasilitasi "
            "Reformasi Birokrasi, Biro Hukum dan Organisasi Ombudsman RI Yuni Susita Dewi diterima Rektor. "
            "Kepala Badan Bahasa, Hafidz Muksin, juga hadir.")
    names = set(by_name(text, None, "role"))
    assert {"Yuni Susita Dewi", "Hafidz Muksin"} <= names
    assert not names & {"Reformasi Birokrasi", "Bahasa"}


@pytest.mark.parametrize("told, name", [
    # a capitalised function word that closes a name set off by commas is the name's last word
    ("Kepala Bank NTT Cabang Bajawa, Lorenso Andri Bere Mau, menandatangani perjanjian kerja sama itu.",
     "Lorenso Andri Bere Mau"),
    # one before more capitalised words still ends the name ("... Nama Lengkap Kepada Irjen ...")
    ("Kepala Bank NTT Cabang Bajawa, Lorenso Andri Bere Kepada Bupati menyerahkan berkas.", "Lorenso Andri Bere"),
])
def test_a_function_word_closing_a_name_set_off_by_commas(told, name):
    text = f"Bank NTT Teken PKS\n\nBAJAWA - {told}"
    assert name in by_name(text, None, "role")


def test_a_brand_written_with_a_capital_inside_is_no_dateline_town():
    # "KabarSDGs" is the outlet's name; the province before it is no town either
    text = ("KALIMANTAN TIMUR, KabarSDGs – Universitas Indonesia dan Otorita IKN menandatangani nota "
            "kesepahaman, Jumat (12/5/2023).")
    assert events_of(text, None, "city") == [(None,)]


def test_a_cooperation_given_a_name_is_the_subject_of_its_signing():
    # "Kesepakatan yang dinamakan X ini ditandatangani A dan B" (words.tsv naming): the paper pointed
    # back to after the name a clause gives it, so A and B signed it
    text = ("Pemprov Bali Gandeng Kejati\n\nDENPASAR - Pemerintah Provinsi Bali menjalin kerja sama pendampingan "
            "hukum dengan Kejaksaan Tinggi Bali. Kesepakatan yang dinamakan Bale Kertha Adhyaksa ini "
            "ditandatangani Gubernur Wayan Koster dan Kajati Ketut Sumedana di Gedung Kertasabha, Denpasar, "
            "Senin (11/8/2025).")
    assert signers(text, None) == ["Ketut Sumedana", "Wayan Koster"]


@pytest.mark.parametrize("told, signed", [
    # another passive verb between the signing verb and the name: the name is that verb's agent
    ("Kesepakatan yang ditandatangani ini diharapkan Bupati Sukiman menjadi pembuka kerja sama.", []),
    # a verb of doing the signing, or one joined to the signing verb, still tells who signed
    ("Nota kesepakatan itu ditandatangani dan disahkan oleh Bupati Sukiman.", ["Sukiman"]),
    ("Penandatanganan nota kesepakatan itu dilakukan oleh Bupati Sukiman.", ["Sukiman"]),
])
def test_the_agent_of_another_passive_verb_signs_nothing(told, signed):
    text = ("Pemkab Lombok Timur Teken Nota Kesepakatan\n\nSELONG - Pemkab Lombok Timur dan Universitas Mataram "
            f"menandatangani nota kesepakatan di Pendopo Bupati, Rabu (30/8/2023). {told}")
    assert signers(text, None) == signed


def test_the_day_a_report_was_cited_from_a_site_dates_no_signing():
    # "Dilansir dari outlet.co.id, Jumat, (23/1/2026)": the site's address holds stops and the weekday
    # stands before the date; the day is the citing's, the signing's is the one the quote gives
    text = ("Pemprov Jatim Teken Nota Kesepahaman\n\nSURABAYA - Pemprov Jatim dan Pengadilan Tinggi Agama "
            "menandatangani nota kesepahaman penguatan ketahanan keluarga. Dilansir dari harianjatim.co.id, "
            "Jumat, (23/1/2026). \"Pola non-litigasi harus diperkuat,\" ujar Gubernur Khofifah, Kamis, (22/1/2026).")
    assert events_of(text, None) == [("nota_kesepahaman", "2026-01-22")]


@pytest.mark.parametrize("told, signed", [
    # an active signing verb told as the time ("Seusai menandatangani ..., X ..."): its subject is the
    # sentence's, the first named after it, who signed (the verb misspelt as news write it, cues.tsv)
    ("Seusai menandatangi Nota Kesepahaman, Bupati Simeulue, Erli Hasyim mengharapkan kampus segera dibuka.",
     ["Erli Hasyim"]),
    # the signing named as a noun says no one signed
    ("Usai penandatanganan Nota Kesepahaman, Bupati Simeulue, Erli Hasyim mengharapkan kampus segera dibuka.",
     []),
])
def test_the_subject_of_an_active_signing_told_as_the_time_signed(told, signed):
    text = ("Simeulue Gandeng Unsyiah\n\nBANDA ACEH - Pemkab Simeulue dan Universitas Syiah Kuala resmi menyepakati "
            f"kerja sama pembangunan SDM, Selasa (26/3/2019). {told}")
    assert signers(text, None) == signed


def test_the_head_of_a_district_religious_office_abbreviated():
    # "Ka Kankemenag" (titles.tsv): the head of the regency's office of the Ministry of Religious Affairs
    text = ("Kemenag Lebong Teken PKS\n\nLEBONG - Penandatanganan perjanjian kerja sama ini dilakukan langsung oleh "
            "Ka Kankemenag Lebong Drs. H. Tasri MA dengan Kepala Dukcapil Lebong, Senin (5/2/2024).")
    assert signers(text, None) == ["Tasri"]


def test_a_captions_credit_before_the_dateline_names_no_town():
    # "IST/BERITA SAMPIT - Foto ..." holds a town inside a credit, no dateline's; the body's own dateline
    # after it gives the town
    text = ("Danrem Tandatangani MOU Pengamanan Pilkada\n\nIST/BERITA SAMPIT - Foto bersama saat penandatanganan MOU."
            "\n\nPALANGKA RAYA – Pemerintah Provinsi, KPU Provinsi dan Polda Kalteng melakukan penandatanganan MOU "
            "kesiapan pengamanan Pilkada serentak 2020, Senin 24 Agustus 2020.")
    assert events_of(text, None, "city") == [("Palangka Raya",)]
