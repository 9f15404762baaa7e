"""Kinds of sentence read in session 40, on short invented articles."""
import pytest

from pipeline import extract

from .readings import events_of, people_of, scores_of


@pytest.mark.parametrize("grade, said", [
    ("kepatuhan_sedang", "masuk dalam zona kuning, atau tingkat kepatuhan yang sedang"),
    ("kepatuhan_rendah", "masuk zona merah atau kepatuhannya rendah"),
    ("kepatuhan_rendah", "masuk zona merah (atau kepatuhan buruk)"),
])
def test_a_grade_told_as_a_clause_after_the_zone_is_the_subjects(grade, said):
    # the predikat told in the reporter's words: "yang" before the level, "-nya" on the noun,
    # "buruk" for "rendah"
    text = ("Ombudsman Rilis Hasil Penilaian Kepatuhan\n\nKENDARI - Ombudsman RI merilis hasil penilaian "
            f"kepatuhan standar pelayanan publik 2017. Provinsi Sulawesi Tenggara {said}, kata Kepala "
            "Perwakilan, Selasa (5/12/2017).")
    assert scores_of(text, None, "subject", "grade") == [("Provinsi Sulawesi Tenggara", grade)]


@pytest.mark.parametrize("office", [
    "Menteri Agraria dan Tata Ruang/Badan Pertanahan Nasional",
    "Menteri Agraria dan Tata Ruang/Badan Pertanahan Nasional (ATR/BPN)",
    "Menteri Perencanaan Pembangunan Nasional/Kepala Badan Perencanaan Pembangunan Nasional (PPN/Bappenas)",
])
def test_an_office_of_two_bodies_joined_by_a_slash_runs_on_to_the_name(office):
    # one minister heads a ministry and an agency: the office's words go on after the slash, and
    # its short form in brackets is both bodies' ("(ATR/BPN)")
    text = (f"Kementerian Teken MoU dengan Polri\n\nJAKARTA - {office} Rahmat Wijaya dan Kapolri "
            "menandatangani nota kesepahaman di Jakarta, Jumat (17/3/2017).")
    assert ("Rahmat Wijaya", "lainnya") in people_of(text, None)


def test_a_signing_sentence_naming_no_party_is_between_those_the_sentence_before_names():
    # the parties are named as what a place "menjadi saksi" of (not witnesses), the signing in the
    # next sentence of the paragraph names none, and the commitment set there is no second paper
    text = ("Polda dan Pemprov Jalin Sinergi\n\n"
            "Aula Kantor Gubernur, Mataram, menjadi saksi terjalinnya sinergi antara Polda Nusa Tenggara Barat "
            "dan Pemerintah Provinsi Nusa Tenggara Barat. Dalam rapat koordinasi dan penandatanganan nota "
            "kesepakatan, komitmen bersama ditetapkan untuk menjaga ketertiban umum, Senin (3/2/2025).")
    assert events_of(text, None, "agreement_type", "event_date", "province_codes") == \
        [("nota_kesepakatan", "2025-02-03", ["ID-NB"])]


def test_a_signing_sentence_naming_no_party_looks_no_further_than_its_paragraph():
    # the paragraph before names a government; the signing's own paragraph names no party: none known
    text = ("Kerja Sama Dua Perusahaan\n\nBupati Sukamaju membuka pameran dagang di alun-alun.\n\n"
            "Dalam pameran itu juga dilakukan penandatanganan nota kesepahaman, Senin (3/2/2025).")
    assert events_of(text, None) == []


def test_did_an_mou_with_is_a_signing():
    # "melakukan MoU dengan": the regional press's way of saying the paper was signed; "Negri" is "Negeri"
    text = ("Perumda Air Minum Teken MoU\n\nSUKAMAJU - Perusahaan Umum Daerah Air Minum Kabupaten Pandeglang "
            "melakukan Memorandum of Understanding (MoU) dengan Kejaksaan Negri (Kejari) Pandeglang, "
            "Selasa (10/1/2023).")
    rows = extract(text)
    assert [(e["agreement_type"], str(e["event_date"])) for e in rows["events"]] == [("mou", "2023-01-10")]
    assert "Kejaksaan Negri Pandeglang" in rows["events"][0]["parties"]


def test_a_paper_the_news_follows_on_from_was_signed_on_its_own_day():
    # "Dalam rangka mengimplementasikan Nota Kesepahaman ... yang ditandatangani pada <day>": that
    # paper's signing is an earlier one, and its day is not the article's; the news is the PKS after it
    text = ("Kerja Sama Pemajuan HAM\n\nDalam rangka mengimplementasikan Nota Kesepahaman antara Komnas HAM dan "
            "Polri yang ditandatangani pada 16 Maret 2017, pada Senin (21/8), dilakukan penandatanganan "
            "Perjanjian Kerja Sama antara Komnas HAM dengan Polda Jawa Tengah di Semarang.")
    assert events_of(text, None, "agreement_type", "event_date", "primary") == \
        [("nota_kesepahaman", "2017-03-16", False), ("perjanjian_kerja_sama", "2017-08-21", True)]


@pytest.mark.parametrize("sentence", [
    "Menteri Sosial Budi Santoso mengucapkan terima kasih atas predikat zona hijau tersebut.",
    "Menteri Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan, Budi Santoso, "
    "mengucapkan selamat kepada penyelenggara yang meraih predikat kepatuhan dalam kategori zona hijau.",
])
def test_a_ministers_office_is_no_body_assessed(sentence):
    # "Menteri X" names the ministry's head, who speaks of the result: no row of its own
    text = ("Ombudsman Umumkan Hasil Penilaian\n\nJAKARTA - Ombudsman RI mengumumkan hasil penilaian kepatuhan "
            f"2023. Kementerian Sosial meraih nilai 88,50 dan masuk zona hijau. {sentence}")
    assert scores_of(text, None, "subject", "value", "zone") == [("Kementerian Sosial", 88.5, "hijau")]


def test_the_special_region_written_with_one_stop_is_the_province():
    # "D.I Yogyakarta" (Daerah Istimewa, its second stop left out) is the province, not the city
    text = ("Hasil Penilaian Ombudsman\n\nJAKARTA - Ombudsman RI merilis hasil penilaian kepatuhan 2024. "
            "Pemprov D.I Yogyakarta meraih nilai 97,22 dan masuk zona hijau.")
    assert scores_of(text, None, "subject", "province_code", "value") == [("Pemprov D.I Yogyakarta", "ID-YO", 97.22)]


@pytest.mark.parametrize("said, kind", [
    ("Pada 2017, Kotamobagu harus raport hijau, ujarnya.", "target"),
    ("Pada 2017, Kotamobagu wajib meraih zona hijau, ujarnya.", "target"),
    ("Kotamobagu yang harus berbenah kini masuk zona hijau.", "achieved"),
])
def test_a_zone_right_after_a_word_of_duty_is_an_aim(said, kind):
    # "harus raport hijau": what the city must reach, not what it got; a duty told further back is not the zone's
    text = ("Ombudsman Serahkan Hasil Penilaian Kepatuhan\n\nKOTAMOBAGU - Ombudsman RI menyerahkan hasil penilaian "
            f"kepatuhan 2016 kepada Pemkot Kotamobagu yang masuk zona merah. {said}")
    assert scores_of(text, None, "subject", "zone", "kind") == \
        [("Pemkot Kotamobagu", "merah", "achieved"), ("Kotamobagu", "hijau", kind)]


def test_the_air_forces_military_police_corps_after_a_rank_is_no_part_of_the_name():
    # "Mayor Pom": the rank and its corps (Polisi Militer of the air force), then the name
    text = ("Pemkab Teken MoU dengan Lanud\n\nNATUNA - Bupati Natuna Hamid Rizal dan Komandan Lanud Raden Sadjad, "
            "Kolonel Pnb Dedy Salam, menandatangani nota kesepahaman, Senin (3/2/2025). Hadir Kepala Hukum Lanud "
            "Raden Sadjad, Mayor Pom Rendra Wijaya.")
    assert ("Rendra Wijaya", "lainnya") in people_of(text, None)
