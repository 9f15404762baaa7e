"""Kinds of sentence read in session 31, on short invented articles."""
import pytest

from .readings import by_name, events_of, people_of

LEAD = "Pemprov Kalimantan Tengah dan Ombudsman RI meneken nota kesepahaman di Palangka Raya. "


@pytest.mark.parametrize("sentence, name", [
    ("Kerja sama ini mendukung visi Presiden Prabowo di bidang pangan.", "Prabowo"),
    ("Hal itu sejalan dengan arahan Presiden Jokowi kepada kepala daerah.", "Jokowi"),
    ("Menteri Luar Negeri Retno hadir menyaksikan penandatanganan itu.", "Retno"),
])
def test_a_national_office_names_its_holder_by_one_word(sentence, name):
    # a one-word name after a minor office needs a mark ("Lurah Tamalanrea" is a place), not after
    # the President's or a minister's
    assert by_name(LEAD + sentence, "2024-11-13", "role") == {name: "lainnya"}


@pytest.mark.parametrize("sentence, expected", [
    ("Hadir Menteri Pendidikan Tinggi, Sains, dan Teknologi Brian Yuliarto di lokasi.",
     [("Brian Yuliarto", "lainnya")]),
    # a ministry's or a directorate general's short name is no name
    ("Hadir pula Wamen Diktisaintek dan Dirjen Binapenta di lokasi.", []),
    # nor a function word a headline in capitals put after the office
    ("Presiden-Wapres Dapat Gaji ke-13 Tahun Ini", []),
])
def test_one_word_after_a_national_office_that_is_no_name(sentence, expected):
    assert people_of(LEAD + sentence, "2024-11-13") == expected


@pytest.mark.parametrize("sentence", [
    # text written in capitals word by word: the nouns of the ceremony and of its topic are no names
    "Setelah Selesai Bupati Memberi Sambutan, Acara dilanjutkan dengan makan siang.",
    "Menurut Gubernur NTT, Stunting hingga saat ini masih menjadi permasalahan serius.",
    # a room's name that ends with an office's title names no one before the title (with "di" before
    # it, the run after "di" is a place anyway)
    "Kegiatan itu dilaksanakan pagi tadi, Ruang Rapat Utama Bupati. Jumat (31/01/2020).",
    "Kegiatan itu dilaksanakan siang tadi, Aula Serbaguna Bupati.",
])
def test_ceremony_words_and_rooms_are_no_names(sentence):
    assert people_of(LEAD + sentence, "2024-11-13") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Program ini sejalan dengan misi Gubernur dan Wakil Gubernur Sulawesi Barat, Suhardi Duka dan "
     "Salim S. Mengga, dalam mewujudkan pemerintahan yang bersih.",
     {"Suhardi Duka": ("gubernur", "ID-SR"), "Salim S. Mengga": ("wakil_gubernur", "ID-SR")}),
    ("Hadir Bupati dan Wakil Bupati Sleman, Kustini Sri Purnomo dan Danang Maharsa.",
     {"Kustini Sri Purnomo": ("bupati", "ID-YO"), "Danang Maharsa": ("wakil_bupati", "ID-YO")}),
])
def test_two_offices_joined_name_two_people_in_turn(sentence, expected):
    assert by_name(LEAD + sentence, "2024-11-13", "role", "province_code") == expected


def test_two_offices_and_one_name_then_another_office_are_no_pair():
    # the second item is an office of its own: the name is the nearer office's
    text = LEAD + "Hadir Bupati dan Wakil Bupati Sleman, Kustini Sri Purnomo, dan Kapolres Sleman Budi Santoso."
    assert by_name(text, "2024-11-13", "role") == {"Kustini Sri Purnomo": "wakil_bupati", "Budi Santoso": "lainnya"}


BROKEN = ("Pemkot Tegal Jalin MoU dengan Universitas Nusantara\n\n"
          "MoU tersebut ditandatangani oleh Wali Kota Tegal Dadang Somantri bersama Rektor Universitas Nusantara "
          "Hamam Hadi di Auditorium Utama, Kampus Universitas Nusantara, Bantul, Daerah Istimewa Yogyakarta,"
          "\n\nSelasa (23/7/2024).\n\nKerja sama ini mencakup pelatihan aparatur.")


def test_a_sentence_a_page_broke_after_a_comma_goes_on_in_the_next_paragraph():
    assert events_of(BROKEN, None, "event_date") == [("2024-07-23",)]


def test_after_a_regency_a_city_inside_its_provinces_name_names_the_province():
    # "Bantul, Daerah Istimewa Yogyakarta": the venue is in Bantul, not in the city of Yogyakarta
    assert events_of(BROKEN, None, "city") == [("Bantul",)]
    # the city named alone is still the place
    alone = BROKEN.replace("Bantul, Daerah Istimewa Yogyakarta", "Kota Yogyakarta")
    assert events_of(alone, None, "city") == [("Yogyakarta",)]


@pytest.mark.parametrize("sentence, expected", [
    # the word before the place a national body's office serves, in lower case inside the title
    ("Hadir Plt Kepala Ombudsman RI wilayah Aceh, Abyadi Siregar, di lokasi.",
     {"Abyadi Siregar": ("kepala_perwakilan_ombudsman", "ID-AC")}),
    # after the office's comma, a regency's seat once the name has begun is the name's last word
    ("Hadir Kepala Biro Hukum Setda Kalteng, Mohammad Koba.", {"Mohammad Koba": ("kepala_perangkat_daerah", "ID-KT")}),
    # a name's abbreviated middle word, an old spelling's "Dj.", does not end the name
    ("Wakil Bupati Buol, Moh. Nasir Dj. Daimaroto menegaskan hal itu.",
     {"Moh. Nasir Dj. Daimaroto": ("wakil_bupati", "ID-ST")}),
])
def test_titles_and_names_written_the_way_regional_news_write_them(sentence, expected):
    assert by_name(LEAD + sentence, "2024-11-13", "role", "province_code") == expected


def test_a_town_before_the_name_is_still_the_offices():
    # "Wali Kota Bogor Bima Arya": the town comes before any name word
    assert by_name(LEAD + "Hadir Bupati Bangka Tengah, Mohammad Koba, di lokasi.", "2024-11-13", "role") == \
        {"Mohammad Koba": "bupati"}


def test_haji_written_whole_is_an_honorific():
    text = LEAD + "Penandatanganan itu dilakukan Bupati Sarolangun Haji Cek Endra dan Bupati Batanghari Fadhil Arif."
    assert by_name(text, "2024-11-13", "role") == {"Cek Endra": "bupati", "Fadhil Arif": "bupati"}


SPEECH_THEN_SIGNING = (
    "Dua Kabupaten Teken Kesepakatan Bersama\n\n"
    "Pemerintah Kabupaten Tebo dan Pemerintah Kabupaten Bungo melakukan penandatanganan Kesepakatan "
    "Bersama tentang kerja sama antardaerah pada Senin (28/3/2022).\n\n"
    "Bupati Tebo dalam sambutannya berharap kerja sama itu bermanfaat bagi masyarakat.\n\n"
    "Setelah bupati memberi sambutan, acara dilanjutkan dengan penandatanganan kerja sama antardaerah yang "
    "ditandatangani Bupati Tebo Ahmad Fauzi dan Bupati Bungo Rudi Hartono.")


def test_a_signing_the_ceremony_went_on_to_after_a_speech_is_the_one_reported():
    # "dilanjutkan dengan penandatanganan ..." after a signing is another paper; after a speech it is
    # the signing the article reports
    assert events_of(SPEECH_THEN_SIGNING, None, "agreement_type", "event_date", "signatories") == \
        [("kesepakatan_bersama", "2022-03-28", ["Ahmad Fauzi", "Rudi Hartono"])]


def test_a_signing_the_ceremony_went_on_to_after_a_signing_is_another():
    text = SPEECH_THEN_SIGNING.replace(
        "Bupati Tebo dalam sambutannya berharap kerja sama itu bermanfaat bagi masyarakat.",
        "Kesepakatan itu ditandatangani kedua bupati di Aula Pendopo.")
    assert len(events_of(text, None)) == 2


@pytest.mark.parametrize("sentence, expected", [
    ("Hadir Presiden Joko Widodo. Menurut Presiden Jokowi, kerja sama itu penting.", {"Joko Widodo": "lainnya"}),
    ("Hadir Ketua MPR Zulkifli Hasan. Menurut Ketua MPR Zulhas, kerja sama itu penting.",
     {"Zulkifli Hasan": "lainnya"}),
    # one word that is no contraction of the other's name is another person
    ("Hadir Presiden Joko Widodo. Menurut Presiden Prabowo, kerja sama itu penting.",
     {"Joko Widodo": "lainnya", "Prabowo": "lainnya"}),
])
def test_a_name_made_of_the_beginnings_of_a_full_names_words_is_that_person(sentence, expected):
    assert by_name(LEAD + sentence, "2024-11-13", "role") == expected
