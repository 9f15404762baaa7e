"""Kinds of sentence read in session 32, on short invented articles."""
import pytest

from .readings import by_name, events_of, people_of

LEAD = "Pemprov Kalimantan Tengah dan Ombudsman RI meneken nota kesepahaman di Palangka Raya. "
NATIONAL_LEAD = "Kementerian Kesehatan dan Badan Narkotika Nasional meneken nota kesepahaman di Jakarta. "


@pytest.mark.parametrize("sentence, name", [
    ("Hal itu disampaikan Kepala Biro Komunikasi dan Pelayanan Publik Sri Wahyuni, Senin (18/5/2026).",
     "Sri Wahyuni"),
    ("Inspektur Jenderal itu diwakili Inspektur Bambang Hartono dalam rapat.", "Bambang Hartono"),
])
def test_a_bureau_of_no_region_is_a_national_bodys_office(sentence, name):
    # a bureau or an inspector with no region anywhere in the article heads no regional government's
    # office (perangkat daerah): the ministry's Kepala Biro is `lainnya`
    assert by_name(NATIONAL_LEAD + sentence, "2026-05-18", "role", "province_code") == {name: ("lainnya", None)}


def test_a_bureau_in_a_regional_article_stays_a_regional_office():
    text = LEAD + "Hadir Kepala Biro Organisasi Setda Kalteng Sri Wahyuni."
    assert by_name(text, "2024-11-13", "role", "province_code") == {
        "Sri Wahyuni": ("kepala_perangkat_daerah", "ID-KT")}


@pytest.mark.parametrize("sentence", [
    # a body listed after an office: its words taken from Dutch are no one's name
    "Sidang itu juga menghadirkan Ketua Komisi VIII DPR RI, Badan Meteorologi, Klimatologi dan "
    "Geofisika (BMKG), serta Lembaga Penerbangan.",
    # a candidate's campaign team is no office
    "Ia dahulu menjadi Ketua Timses Anies - Sandi saat pemilihan.",
])
def test_words_of_a_body_or_a_team_are_no_names(sentence):
    assert people_of(LEAD + sentence, "2024-11-13") == []


def test_a_name_after_office_words_taken_from_dutch_is_found():
    text = LEAD + "Hadir pula Direktur Pusat Teknologi dan Klimatologi Budi Santoso."
    assert people_of(text, "2024-11-13") == [("Budi Santoso", "lainnya")]


@pytest.mark.parametrize("sentence, expected", [
    ("Presiden didampingi putranya Didit Hediprasetyo, Menteri Investasi/Kepala BPI Danantara Rosan "
     "Roeslani, dan Seskab Teddy Indra Wijaya.",
     ["Rosan Roeslani", "Teddy Indra Wijaya"]),
    ("Acara dihadiri Budi Santoso, Menteri PPN/Kepala Bappenas Suharso Monoarfa.", ["Suharso Monoarfa"]),
])
def test_two_offices_joined_by_a_slash_are_held_by_the_name_after_them(sentence, expected):
    # the first office's holder is the second's, named after it: not the name before the first
    # office; the agency's short name is no part of the name
    assert sorted(by_name(NATIONAL_LEAD + sentence, "2026-05-18", "role")) == expected


@pytest.mark.parametrize("text, city", [
    # the short form the article uses, where the gazetteer's name is not written
    ("Pemkab Sidrap dan Ombudsman RI menandatangani nota kesepahaman di Baruga Kompleks SKPD Sidrap, "
     "Selasa (2/3/2021).", "Sidrap"),
    ("SIDRAP - Pemkab Sidrap dan Ombudsman RI menandatangani nota kesepahaman, Selasa (2/3/2021).", "Sidrap"),
    # the gazetteer's name where the article writes it too, or writes it spelt apart
    ("Pemkab Sidenreng Rappang dan Ombudsman RI menandatangani nota kesepahaman di Baruga Kompleks "
     "SKPD Sidrap, Selasa (2/3/2021).", "Sidenreng Rappang"),
    ("Pemkot dan Ombudsman RI menandatangani nota kesepahaman di Palangkaraya, Selasa (2/3/2021).",
     "Palangka Raya"),
])
def test_the_city_is_named_as_the_article_writes_it(text, city):
    assert events_of(text, "2021-03-02", "city") == [(city,)]


def test_a_dateline_of_a_town_in_capitals_and_the_outlet_in_brackets_names_the_city():
    text = ("Pemprov Sumbar dan BPKP Teken Kesepakatan\n\nPADANG, (Media.com) Pemerintah Provinsi Sumatera "
            "Barat menandatangani nota kesepakatan dengan Perwakilan BPKP Sumbar, Rabu (2/12/2020).")
    assert events_of(text, "2020-12-03", "city") == [("Padang",)]


def test_a_bracketed_short_form_in_the_first_sentence_is_no_dateline():
    text = ("Pemprov Sumbar dan BPKP Teken Kesepakatan\n\nPemerintah Provinsi (Pemprov) Sumbar menandatangani "
            "nota kesepakatan dengan Perwakilan BPKP, Rabu (2/12/2020).")
    assert events_of(text, "2020-12-03", "city") == [(None,)]
