"""Kinds of sentence read in session 46, on short invented articles."""
import pytest

from pipeline import extract
from pipeline.nlp import split_sentences

from .readings import by_name, events_of, signers


@pytest.mark.parametrize("told", [
    "Kerja sama itu ditandai dengan tanda tangan bersama nota kesepahaman antara Pemkot Kediri dan Universitas "
    "Brawijaya di Balai Kota, Senin (5/8/2024).",
    "Wali Kota menyaksikan tandatangan kerja sama antara Pemkot Kediri dan Universitas Brawijaya, Senin (5/8/2024).",
])
def test_the_signature_as_a_noun_reports_a_signing(told):
    # "tanda tangan" / "tandatangan" (cues.tsv sign): the act named as a thing, as "penandatanganan" is
    text = f"Pemkot Kediri Gandeng Universitas Brawijaya\n\nKEDIRI - {told}"
    assert [date for _type, date in events_of(text, None)] == ["2024-08-05"]


@pytest.mark.parametrize("text, sentences", [
    # two capitals and a stop after a degree, a rank or an initial are a name's initials
    ("Rektor UM Prof. Dr. AH. Rofiudin M.Pd pada akhirnya sepakat.", 1),
    ("Hadir Brigjen Pol. AB. Nama dan lainnya.", 1),
    ("Oleh H. AM. Nama dan lainnya.", 1),
    # a body's short form after an office or a place's abbreviation ends its sentence
    ("Hadir Kepala BPN. Ia datang.", 2),
    ("Dia datang di Kab. OKU. Bupati menyambutnya.", 2),
])
def test_initials_after_a_degree_end_no_sentence(text, sentences):
    assert len(split_sentences(text)) == sentences


def test_initials_after_a_degree_keep_the_signing_with_its_parties():
    # the sentence that names the parties is not cut at "AH.", so the signing told next finds them
    text = ("PSDKU di Trenggalek\n\nTRENGGALEK - Bupati Trenggalek Mochamad Nur Arifin dan Rektor Universitas "
            "Negeri Malang Prof. Dr. AH. Rofiudin M.Pd sepakat melakukan kerja sama. Kesepakatan itu diwujudkan "
            "dengan penandatanganan nota kesepahaman di Malang, Senin (18/10/2021).")
    assert events_of(text, None) == [("nota_kesepahaman", "2021-10-18")]
    assert by_name(text, None, "role")["AH. Rofiudin"] == "rektor"


def test_a_function_word_inside_a_unit_spelled_by_its_short_form():
    # "Jauh" is a function word, but "Unit Program Belajar Jarak Jauh (UPBJJ)" is spelled by its short
    # form, initial by initial: the words are the unit's, and the name comes after the comma
    text = ("UT dan Polda Teken MoU\n\nKENDARI - Polda Sultra dan Universitas Terbuka menandatangani nota "
            "kesepahaman, Selasa (31/1/2017). Kepala Unit Program Belajar Jarak Jauh (UPBJJ) Universitas "
            "Terbuka, Wawan Ruswanto, mengatakan kerja sama itu penting.")
    people = by_name(text, None, "role")
    assert "Wawan Ruswanto" in people and not any("Jarak" in name for name in people)


def test_a_signature_with_no_paper_in_its_sentence_is_no_signing_cue():
    # an autograph is no agreement's signature: with no paper in the sentence the noun is no cue at all,
    # so the document says it found nothing, not that a signing lacked its paper
    text = ("Pebalap Lokal Jadi Idola\n\nJAKARTA - Para penggemar meminta foto bareng dan tanda tangan Sean di "
            "sesi pit walk, Senin (5/8/2024).")
    assert [d["reason"] for d in extract(text)["documents"]] == ["nothing_found"]


def test_a_person_named_in_a_programme_they_own_signs_nothing():
    # "Asta Cita Presiden X", "Nawacita Presiden X" (words.tsv owned_by cita, nawacita): the President's
    # programme, as "visi Presiden X" is; the President did not sign
    text = ("Polres dan Pemkab Teken MoU\n\nBLITAR - Dalam rangka mendukung Asta Cita Presiden RI Prabowo Subianto, "
            "Polres Blitar menandatangani MoU dengan Pemerintah Kabupaten Blitar, Kamis (31/10/2024).")
    assert not signers(text, None)


def test_a_title_inside_a_palace_name_is_no_signer():
    # "di Istana Presiden Korea" (cues.tsv venue istana) names a building, as "Kantor Bupati" does: the
    # bare title there stands for no President the article names
    text = ("KPK Teken Kerja Sama\n\nJAKARTA - KPK menandatangani nota kesepahaman dengan ACRC, Senin (5/8/2024)."
            "\n\nPenandatanganan dilakukan di Istana Presiden Korea dan disaksikan Presiden Joko Widodo.")
    assert not signers(text, None)


def test_the_director_of_a_hospital_written_out_heads_a_regional_office():
    # "Direktur Rumah Sakit X" is read as "Direktur RS X" is (titles.tsv)
    text = ("RSUD Teken PKS\n\nKOTABARU - Penandatanganan perjanjian kerja sama dilakukan oleh Direktur Rumah Sakit "
            "Pangeran Jaya Sumitra, Andrian Wijaya, dan Direktur RSUD Ulin Banjarmasin, Diaudin, Senin (5/8/2024).")
    roles = by_name(text, None, "role")
    assert roles["Andrian Wijaya"] == roles["Diaudin"] == "kepala_perangkat_daerah"


def test_a_date_and_time_before_the_venue_dates_the_signing():
    # a byline's date and time name no building; "Jumat 7 Mei 2021, pukul 16.00 WIB di Ruang X" tells when
    # and where the signing took place
    text = ("MoU BBWS dan Kodam\n\nKabar Citarum - Jumat 7 Mei 2021, pukul 16.00 WIB di Ruang Bina Yudha Kodam "
            "III/Siliwangi, Kota Bandung, diselenggarakan kegiatan penandatanganan MoU penggunaan lahan antara "
            "BBWS Citarum dan Kodam III/Siliwangi.")
    assert events_of(text, None) == [("mou", "2021-05-07")]


@pytest.mark.parametrize("told, name", [
    # a body's own name, then the name set off by commas before a verb of speech
    ("Kepala BBWS Pompengan Jeneberang, Iskandar, mengatakan kanal itu penting.", "Iskandar"),
    # a name before a comma, no name between commas after it: the name
    ("Kepala BBWS Iskandar Malik, Senin (5/8/2024), mengatakan kanal itu penting.", "Iskandar Malik"),
])
def test_the_speaker_set_off_by_commas_after_a_bodys_name(told, name):
    text = f"BBWS Teken MoU\n\nMAKASSAR - BBWS dan Kodam menandatangani MoU, Senin (5/8/2024). {told}"
    assert list(by_name(text, None, "role")) == [name]


@pytest.mark.parametrize("told, name", [
    # a campus named after a person, closed by a comma: the rector is named after it
    ("Rektor Universitas Andi Djemma, Annas Boceng mengatakan kerja sama itu penting.", "Annas Boceng"),
    # the rector's own name, after an honorific, before the comma and the degree: still the rector's
    ("Rektor Universitas Bengkulu, Dr. Ridwan Nurazi, M. Sc mengatakan kerja sama itu penting.", "Ridwan Nurazi"),
])
def test_a_campus_name_closed_by_a_comma_before_the_rector(told, name):
    text = f"Polres Teken MoU\n\nPALOPO - Polres Palopo dan kampus menandatangani MoU, Senin (5/8/2024). {told}"
    assert by_name(text, None, "role") == {name: "rektor"}


def test_a_name_after_a_body_an_office_names_twice_stays_a_name():
    # "Deputi Direksi Wilayah X BPJS Kesehatan Sofiani", twice: the body is the office's, with the
    # office's own words between the title and the body, so the word after it is no place of its own
    text = ("Pemprov Gorontalo Teken MoU\n\nJAKARTA - Gubernur Gorontalo Gusnar Ismail menandatangani MoU bersama "
            "Deputi Direksi Wilayah X BPJS Kesehatan Sofiani di Jakarta, Kamis (18/12/2025).\n\nDeputi Direksi "
            "Wilayah X BPJS Kesehatan Sofiani menilai kerja sama ini memperkuat komitmen bersama.")
    assert signers(text, None) == ["Gusnar Ismail", "Sofiani"]
