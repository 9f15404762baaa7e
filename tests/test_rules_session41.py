"""Kinds of sentence read in session 41, on short invented articles."""
import pytest

from pipeline import extract
from pipeline.nlp import split_sentences

from .readings import by_name, events_of, people_of

HEAD = "Pemprov dan DPRD Bahas APBD\n\nSUKAMAJU - "


@pytest.mark.parametrize("said", [
    "Penandatanganan MoU APBD Perubahan antara Pemprov Jawa Barat dan DPRD Jawa Barat, batal dilakukan",
    "Penandatanganan nota kesepahaman antara Pemprov Jawa Barat dan DPRD Jawa Barat ditunda",
    "Gubernur Jawa Barat batal menandatangani nota kesepahaman dengan DPRD Jawa Barat",
    "Ketua DPRD Jawa Barat tak mau menandatangani nota kesepahaman dengan Pemprov Jawa Barat",
    "Gubernur Jawa Barat membenarkan penundaan penandatanganan nota kesepahaman dengan DPRD Jawa Barat",
])
def test_a_signing_called_off_put_off_or_refused_is_none(said):
    # the calling off after the signing word ("..., batal dilakukan", "ditunda", words.tsv
    # `called_off`) or before it ("batal", "tak mau", "penundaan": `negation`)
    assert events_of(HEAD + said + ", Senin (24/9/2018).", None) == []


def test_a_signing_put_off_once_and_then_done_is_one():
    # "yang sempat ditunda": the putting off lies behind the signing the sentence tells
    text = (HEAD + "Penandatanganan nota kesepahaman antara Pemprov Jawa Barat dan DPRD Jawa Barat yang "
            "sempat ditunda akhirnya dilakukan di Bandung, Senin (24/9/2018).")
    assert events_of(text, None) == [("nota_kesepahaman", "2018-09-24")]


def test_an_officer_named_by_rank_after_an_unknown_office_is_one_of_the_people():
    # "Kasiwas" (head of the supervision section) is no title of the gazetteers; the rank after the
    # Polres's comma begins a name, of the Polres's province
    text = ("Polres Terima Penghargaan Ombudsman\n\nPALU - Penghargaan diserahkan Ketua Ombudsman RI Perwakilan "
            "Sulawesi Tengah, Mohammad Iqbal, kepada Kasiwas Polres Banggai, IPTU Danang Wijaya, di Palu, "
            "Jumat (17/5/2024).")
    assert by_name(text, None, "role", "province_code")["Danang Wijaya"] == ("lainnya", "ID-ST")


def test_an_officer_of_a_national_body_has_no_province():
    text = ("Unand Teken Kerja Sama dengan Polri\n\nPADANG - Universitas Andalas menandatangani kerja sama "
            "dengan Kepolisian Negara Republik Indonesia, Kamis (8/12/2022). Kompol Dian Lestari, SH, SIK "
            "sebagai perwakilan dari Kepolisian Negara Republik Indonesia menyampaikan terima kasih.")
    assert by_name(text, None, "role", "province_code")["Dian Lestari"] == ("lainnya", None)


@pytest.mark.parametrize("sentence", [
    "Kapten tim Persib Bandung, Achmad Santoso, hadir di stadion.",  # no police or military body named
    "Kantor Polres Banggai di Jalan Jenderal Sudirman dibuka.",        # a street
])
def test_a_rank_word_is_no_officer_without_a_force_or_before_a_street(sentence):
    text = "Kabar Kota\n\nSUKAMAJU - " + sentence
    assert people_of(text, None) == []


def test_initials_after_a_rank_begin_a_name_and_end_no_sentence():
    # "R.Z." has a degree's shape ("S.T."), but after "Irjen Pol." only a name follows
    text = ("Penyerahan penghargaan kepatuhan dari Ombudsman disaksikan Kapolda Sumut Irjen Pol. R.Z. Panca Putra, Waka Polda Brigjen Pol. Drs. Jawari, "
            "dan Irwasda Kombes Pol. Armia Fahmi.")
    assert len(split_sentences(text)) == 1
    assert [s.text for s in split_sentences("Ditandatangani Nama Satu, S.T. Nota Kesepahaman ini berlaku.")] == \
        ["Ditandatangani Nama Satu, S.T.", "Nota Kesepahaman ini berlaku."]
    people = by_name("Kunjungan Kapolda\n\nMEDAN - " + text, None, "province_code")
    assert people == {"R.Z. Panca Putra": "ID-SU", "Jawari": "ID-SU", "Armia Fahmi": "ID-SU"}


def test_a_campus_named_in_english_after_an_office_is_no_name():
    # "University" is a body's word, as "Universitas" is: never a rector's name
    text = ("Undip Teken MoU dengan Kampus Filipina\n\nSEMARANG - Penandatanganan MoU dilakukan oleh Rektor "
            "Universitas Diponegoro, Yos Johan Utama dengan Rektor Saint Paul University Philippines, "
            "Merceditas Ang, Senin (3/8/2020).")
    names = [name for name, _role in people_of(text, None)]
    assert names == ["Merceditas Ang", "Yos Johan Utama"]


@pytest.mark.parametrize("honorific", ["Romo", "Sr.", "Pastor"])
def test_a_catholic_honorific_is_no_part_of_the_name(honorific):
    text = ("Pemkot Teken MoU dengan USD\n\nYOGYAKARTA - Wali Kota Yogyakarta Haryadi Suyuti dan Rektor "
            f"Universitas Sanata Dharma, {honorific} Albertus Bagus Laksana, menandatangani nota kesepahaman, "
            "Senin (3/8/2020).")
    assert ("Albertus Bagus Laksana", "rektor") in people_of(text, None)


def test_a_meeting_following_up_the_occasion_of_a_signing_reports_no_signing():
    # "menindaklanjuti kegiatan penandatanganan": the signing the meeting follows up, named by its
    # occasion (words.tsv `ceremony`), is an earlier one: the news is the meeting
    text = ("UTU dan BNN Aceh Bertemu\n\nMEULABOH - Universitas Teuku Umar bersama Badan Narkotika Nasional "
            "Provinsi Aceh menindaklanjuti kegiatan penandatanganan nota kesepahaman tentang pencegahan "
            "narkoba. Rektor diterima di Kantor BNN Aceh di Banda Aceh, Rabu (17/5/2023).")
    assert [e for e in extract(text)["events"] if e["primary"]] == []


def test_a_town_the_article_names_after_kota_is_the_office_s_place_after_a_title():
    # no gazetteer holds Yantai; "Kota Yantai" names it a town, so after "Walikota" it is the office's
    # place and the name follows its comma ("Wali Kota Nama" stays a name: the word is the title's)
    text = ("Tangerang Jalin Persahabatan dengan Yantai\n\nJAKARTA - Penandatanganan Letter of Intent antara "
            "Pemkot Tangerang dengan Kota Yantai dilakukan oleh Walikota Tangerang Nurdin dengan Walikota "
            "Yantai, Zheng Deyan, Rabu (24/4/2024). Wali kota Firdaus hadir.")
    assert [name for name, _role in people_of(text, None)] == ["Firdaus", "Nurdin", "Zheng Deyan"]


@pytest.mark.parametrize("date", ["(18/3/2019)", "Senin (18/3/2019)", "Senin, 18 Maret 2019"])
def test_a_town_set_off_by_commas_before_the_signing_s_date_is_where_it_was_signed(date):
    # no "di": the town stands where a dateline's would, between the occasion and the date
    text = ("Unpad Teken MoU dengan BPOM\n\nKOMPAS.com - Universitas Padjadjaran melakukan kerja sama dengan "
            "BPOM ditandai dengan penandatanganan nota kesepahaman oleh Rektor Unpad dan Kepala BPOM pada acara "
            f"Dies Natalis Fakultas Farmasi Unpad, Bandung, {date}.")
    assert events_of(text, None, "city") == [("Bandung",)]


@pytest.mark.parametrize("office, name", [
    ("Duta Besar Republik Indonesia di Port Moresby", "Andiyana Supandi"),
    ("Konsul Jenderal RI di Davao", "Berlian Napitupulu"),
    ("Dubes RI di Kuala Lumpur", "Hermono"),
])
def test_an_envoy_s_post_abroad_is_part_of_the_office_before_the_name(office, name):
    # "di <town>" after an envoy's title (words.tsv `envoy`) names the post, not where the act was
    text = ("Kampus Teken MoA dengan Papua Nugini\n\nSORONG - Universitas Pendidikan Muhammadiyah Sorong "
            f"menandatangani MoA bersama {office}, {name}, di Jakarta, Kamis (31/3/2022).")
    assert (name, "lainnya") in people_of(text, None)


def test_a_campus_s_short_form_in_brackets_makes_the_words_before_it_the_campus_s():
    # "(Unadri)" spells "Universitas Aryasatya Deo Muri": "Deo Muri" is no rector; the name follows the comma
    text = ("Pemkab Teken PKS dengan Unadri\n\nKUPANG - Bupati Kupang menandatangani Perjanjian Kerja Sama (PKS) "
            "dengan Rektor Universitas Aryasatya Deo Muri (Unadri), Yohanes Paulus S. Bataona, S.Fil., M.Pd. di "
            "Kupang, Senin (3/4/2023).")
    assert ("Yohanes Paulus S. Bataona", "rektor") in people_of(text, None)


def test_a_provincial_inflation_team_is_a_regional_party():
    # the TPID (Tim Pengendali Inflasi Daerah) a region sets up signs for that region
    text = ("TPID Kalsel Teken Kesepakatan dengan Blitar\n\nBANJARMASIN - Tim Pengendali Inflasi Daerah (TPID) "
            "Provinsi Kalsel menandatangani nota kesepakatan dengan Pemerintah Kabupaten Blitar, Selasa "
            "(30/10/2018).")
    assert events_of(text, None, "province_codes") == [(["ID-KS", "ID-JI"],)]
