"""pipeline/fields/scores.py through the public one-article path `pipeline.extract`.

Each sentence is set in a short article that names the Ombudsman, so that only the sentence itself
decides what the scores table holds.
"""
from __future__ import annotations

import pytest

import pipeline

PUBLISHED = "2024-03-05"


def article(sentence: str) -> str:
    return ("Ombudsman Umumkan Hasil Penilaian\n\n"
            "JAKARTA - Ombudsman RI mengumumkan hasil penilaian standar pelayanan publik pemerintah daerah. "
            f"{sentence} Hasil itu disampaikan dalam acara di Jakarta.")


def scores_of(sentence: str) -> list[dict]:
    return pipeline.extract(article(sentence), published=PUBLISHED)["scores"]



# sentence, expected fields of its one score row (None: the sentence has no score)
CASES = [
    ("Pemprov Kalteng meraih nilai 86,6 dan zona hijau pada Penilaian Kepatuhan Tahun 2023.",
     dict(value=86.6, zone="hijau", grade=None, kind="achieved", province_code="ID-KT")),
    ("Pemprov Kalsel meraih zona hijau dengan nilai tertinggi (93,29) pada Penilaian Kepatuhan tahun 2022.",
     dict(value=93.29, zone="hijau", grade=None, kind="achieved", province_code="ID-KS")),
    ("Pada Penilaian Kepatuhan tahun 2023, Pemkab Nunukan memperoleh nilai kepatuhan 81,43 persen.",
     dict(value=81.43, zone=None, grade=None, kind="achieved", province_code=None)),  # a regency
    ("Pemprov Jatim masuk zona hijau atau kepatuhan tinggi dalam Penilaian Kepatuhan 2022.",
     dict(value=None, zone="hijau", grade="kepatuhan_tinggi", kind="achieved", province_code="ID-JI")),
    ("Pemprov Sulsel meraih Opini Kualitas Tinggi dari Ombudsman RI pada Penilaian Kepatuhan tahun 2023.",
     dict(value=None, zone=None, grade="kualitas_tinggi", kind="achieved", province_code="ID-SN")),
    ("Pemprov Sultra ditargetkan zona hijau pada Penilaian Kepatuhan tahun 2024.",
     dict(value=None, zone="hijau", grade=None, kind="target", province_code="ID-SG")),
    ("Pemprov Kalbar berada di zona hijau dengan rentang nilai 78-100 pada Penilaian Kepatuhan tahun 2022.",
     dict(value=None, zone="hijau", grade=None, kind="achieved", province_code="ID-KB")),  # a range
    ("Pemprov Kaltim menempati peringkat 3 dan masuk zona hijau pada Penilaian Kepatuhan tahun 2022.",
     dict(value=None, zone="hijau", grade=None, kind="achieved", province_code="ID-KI")),  # a rank
    ("Dalam Penilaian Kepatuhan 2021, Pemprov Jabar memperoleh nilai 88,50 dan masuk zona hijau.",
     dict(value=88.5, zone="hijau", grade=None, kind="achieved", province_code="ID-JB")),
    ("Pemprov Sumbar masih berada di zona kuning dengan nilai 65,2 pada Penilaian Kepatuhan tahun 2022.",
     dict(value=65.2, zone="kuning", grade=None, kind="achieved", province_code="ID-SB")),
    ("Pemprov Malut masuk zona merah pada Penilaian Kepatuhan tahun 2021.",
     dict(value=None, zone="merah", grade=None, kind="achieved", province_code="ID-MU")),
    ("Pemkot Kendari meraih predikat kepatuhan sedang pada Penilaian Kepatuhan tahun 2022.",
     dict(value=None, zone="kuning", grade="kepatuhan_sedang", kind="achieved", province_code=None)),  # its zone
    ("Pemprov NTB meraih nilai 90.12 dan zona hijau pada Penilaian Kepatuhan tahun 2023.",
     dict(value=90.12, zone="hijau", grade=None, kind="achieved", province_code="ID-NB")),
    ("Pemprov Kepri meraih Opini Kualitas Tertinggi pada Penilaian Kepatuhan tahun 2024.",
     dict(value=None, zone=None, grade="kualitas_tertinggi", kind="achieved", province_code="ID-KR")),
    ("Pemprov Babel memperoleh skor 72,40 dan masuk zona kuning pada Penilaian Kepatuhan tahun 2023.",
     dict(value=72.4, zone="kuning", grade=None, kind="achieved", province_code="ID-BB")),
    pytest.param("Nilai kepatuhan Pemprov Kalteng tahun 2023 sebesar 86,6 atau masuk zona hijau.",
                 dict(value=86.6, zone="hijau", grade=None, kind="achieved", province_code="ID-KT"),
                 id="value-after-subject"),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_score_fields(sentence, expected):
    rows = scores_of(sentence)
    assert len(rows) == 1, rows
    row = rows[0]
    got = {k: row[k] for k in expected}
    if expected["value"] is not None:
        assert got.pop("value") == pytest.approx(expected["value"])
        expected = {k: v for k, v in expected.items() if k != "value"}
    assert got == expected
    assert row["subject"] and row["subject"] in row["evidence"]
    assert row["evidence"].strip() == sentence


# sentence, the assessment year
YEARS = [
    pytest.param(CASES[0][0], 2023, id="year-after-result"),
    pytest.param(CASES[1][0], 2022, id="year-after-value"),
    (CASES[2][0], 2023),
    pytest.param(CASES[3][0], 2022, id="year-after-zone"),
    pytest.param(CASES[5][0], 2024, id="year-after-target"),
    (CASES[8][0], 2021),
    ("Pada Penilaian Kepatuhan tahun 2022, Pemprov Kaltim meraih zona hijau.", 2022),
    ("Tahun lalu Pemprov Kaltara meraih zona hijau dalam penilaian Ombudsman.", 2023),  # published 2024
]


@pytest.mark.parametrize("sentence,year", YEARS)
def test_score_year(sentence, year):
    rows = scores_of(sentence)
    assert [r["year"] for r in rows] == [year]


@pytest.mark.parametrize("sentence", [
    "Pemprov Kaltim tidak lagi berada di zona merah pada Penilaian Kepatuhan tahun 2022.",  # negated
    "Ombudsman RI menilai 34 provinsi dengan rentang nilai 0-100.",  # a range, no subject's result
])
def test_no_score(sentence):
    assert scores_of(sentence) == []


def test_covid_zone_without_compliance_context_is_no_score():
    text = ("Kasus Covid-19 Menurun\n\nTANJUNG SELOR - Kabupaten Nunukan kini masuk zona hijau Covid-19 "
            "setelah kasus aktif menurun. Pemprov Kaltara meminta warga tetap memakai masker.")
    rows = pipeline.extract(text, published="2021-03-05")
    assert rows["scores"] == []
    assert [d["status"] for d in rows["documents"]] == ["no_event"]


def test_a_grade_in_another_assessment_is_no_compliance_result():
    text = ("Penilaian Adipura\n\nMAKASSAR - Kabupaten Sinjai meraih nilai 78,50 dalam penilaian Adipura "
            "dan masuk kategori kualitas tinggi.")
    assert pipeline.extract(text, published=PUBLISHED)["scores"] == []


def test_target_and_achieved_in_one_sentence():
    rows = scores_of("Pemprov Gorontalo meraih zona kuning pada Penilaian Kepatuhan 2023 "
                     "dan ditargetkan masuk zona hijau tahun depan.")
    assert sorted((r["zone"], r["kind"]) for r in rows) == [("hijau", "target"), ("kuning", "achieved")]


def test_extract_stays_callable():
    """`pipeline.extract` is the function, not shadowed by a subpackage once the stages are loaded."""
    first = pipeline.extract(article(CASES[0][0]), published=PUBLISHED)
    assert callable(pipeline.extract)
    second = pipeline.extract(article(CASES[0][0]), published=PUBLISHED)
    assert first == second
    assert set(first) >= {"documents", "events", "people", "scores"}


# ------------------------------------------------------------------ results announced as lists

def rows_of(text: str, published: str = PUBLISHED) -> list[tuple]:
    """(subject, value, zone, grade, kind, year) of each score row of an article."""
    return [(r["subject"], r["value"], r["zone"], r["grade"], r["kind"], r["year"])
            for r in pipeline.extract(text, published=published)["scores"]]


def news(*sentences: str) -> str:
    return "Hasil Penilaian Ombudsman\n\nMAKASSAR - " + " ".join(sentences)


def test_one_sentence_lists_several_subjects_under_one_zone():
    text = news("Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2023.",
                "Empat pemda masuk zona hijau, yaitu Pemprov Sultra dengan nilai 82,40, Konawe 81,15, "
                "Kota Kendari 83,02 serta Kabupaten Muna 85,10.")
    assert rows_of(text) == [("Pemprov Sultra", 82.4, "hijau", None, "achieved", 2023),
                             ("Konawe", 81.15, "hijau", None, "achieved", 2023),
                             ("Kota Kendari", 83.02, "hijau", None, "achieved", 2023),
                             ("Kabupaten Muna", 85.1, "hijau", None, "achieved", 2023)]
    assert [r["province_code"] for r in pipeline.extract(text, published=PUBLISHED)["scores"]] == \
        ["ID-SG", None, None, None]


def test_a_zone_closing_a_run_of_subjects_is_theirs_and_a_contrast_starts_another():
    text = news("Menurut hasil penilaian kepatuhan, Kabupaten Sinjai, Bantaeng dan Kota Parepare berada di "
                "zona hijau, sedangkan Kabupaten Jeneponto masih di zona kuning.")
    assert [(r[0], r[2]) for r in rows_of(text)] == [
        ("Kabupaten Sinjai", "hijau"), ("Bantaeng", "hijau"), ("Kota Parepare", "hijau"),
        ("Kabupaten Jeneponto", "kuning")]


def test_a_zone_introducing_the_subjects_after_it_is_theirs():
    text = news("Dalam penilaian kepatuhan, Kota Bitung dan Kota Tomohon berada pada zona hijau dan satu "
                "kota pada zona kuning, yaitu Kota Kotamobagu.")
    assert [(r[0], r[2]) for r in rows_of(text)] == [
        ("Kota Bitung", "hijau"), ("Kota Tomohon", "hijau"), ("Kota Kotamobagu", "kuning")]


def test_a_zone_said_for_a_group_carries_to_the_list_of_the_next_sentences():
    text = news("Ombudsman menyampaikan hasil penilaian kepatuhan.",
                "Sebanyak lima kabupaten masih berada di zona kuning atau kepatuhan sedang.",
                "Kelima kabupaten itu adalah Bombana, Kolaka Utara dan Wakatobi.",
                "Selanjutnya Buton Utara dan Konawe Kepulauan.",
                "Bupati Muna dan Bupati Konawe Selatan hadir dalam acara itu.")
    assert [(r[0], r[2], r[3]) for r in rows_of(text)] == [
        (name, "kuning", "kepatuhan_sedang")
        for name in ("Bombana", "Kolaka Utara", "Wakatobi", "Buton Utara", "Konawe Kepulauan")]


def test_a_zone_heading_a_ranking_carries_to_its_next_entries_only():
    text = news("Untuk kategori pemerintah kota dengan zona hijau kualitas tertinggi, peringkat pertama "
                "diraih Pemkot Bitung dengan nilai 95,10.",
                "Peringkat kedua ditempati Pemkot Tomohon dengan nilai 93,20.",
                "Penghargaan diserahkan dalam acara penilaian kepatuhan di Manado.",
                "Pemkot Kotamobagu meraih nilai 70,15.")
    assert rows_of(text) == [("Pemkot Bitung", 95.1, "hijau", "kualitas_tertinggi", "achieved", None),
                             ("Pemkot Tomohon", 93.2, "hijau", "kualitas_tertinggi", "achieved", None),
                             ("Pemkot Kotamobagu", 70.15, None, None, "achieved", None)]


def test_a_result_without_subject_is_the_one_subject_of_the_sentence_before():
    text = news("Dalam penilaian kepatuhan, Kabupaten Bantaeng menempati urutan 12 dari 24 daerah.",
                "Nilai kepatuhan yang diperolehnya 88,31.")
    assert rows_of(text) == [("Kabupaten Bantaeng", 88.31, None, None, "achieved", None)]


def test_values_in_order_and_a_decimal_written_with_a_space():
    text = news("Dalam penilaian kepatuhan, Pemkab Bone dan Pemkab Wajo masing-masing memperoleh nilai "
                "85,20 dan 83,10.",
                "Pada tahun 2016 Kabupaten Pohuwato masih di zona merah dengan nilai 21, 45.")
    assert rows_of(text) == [("Pemkab Bone", 85.2, None, None, "achieved", None),
                             ("Pemkab Wajo", 83.1, None, None, "achieved", None),
                             ("Kabupaten Pohuwato", 21.45, "merah", None, "achieved", 2016)]


@pytest.mark.parametrize("text,year", [
    pytest.param(news("Ombudsman mengumumkan hasil penilaian kepatuhan tahun 2022.", "Pemkab Sinjai masuk zona hijau."),
                 2022, id="said-before"),
    pytest.param(news("Pemkab Sinjai masuk zona hijau.", "Ini hasil penilaian kepatuhan tahun 2022."),
                 2022, id="said-after"),
    pytest.param(news("Pemkab Sinjai masuk zona hijau dalam penilaian kepatuhan.",
                      "Pembandingnya, hasil survei kepatuhan 2019."), None, id="a-round-compared-with"),
    pytest.param(news("Pemkab Sinjai masuk zona hijau dalam penilaian kepatuhan terhadap Undang-Undang "
                      "Nomor 25 Tahun 2009."), None, id="a-law"),
    pytest.param(news("Kala itu, pada tahun 2021, Pemkab Sinjai di zona kuning.",
                      "Sinjai memperoleh nilai kepatuhan 66,10."), 2021, id="the-result-before"),
])
def test_the_year_of_a_result_said_elsewhere(text, year):
    assert [r[5] for r in rows_of(text, published="2023-01-20")] == [year]


@pytest.mark.parametrize("sentence", [
    "Sebanyak 12 pemda di Sulawesi Selatan masuk zona hijau.",  # a group and where it lies
    "Kepala Ombudsman RI Perwakilan Sulawesi Selatan menyebut sebagian pemda masuk zona hijau.",  # an office
    "Zona hijau diberikan untuk nilai 81-100 dan zona kuning untuk nilai 51-80,99.",  # categories
    "Pemkab Sinjai menempati peringkat 5 dengan nilai B.",  # a rank and a letter
    "Pemkab Sinjai belum berhasil masuk zona hijau.",  # negated
    "Pemprov Sulsel mencatat kenaikan layanan daring mencapai 52,96 persen.",  # a percentage
    "Capaian Sulsel baik, sebab tidak satu pun daerahnya yang masuk zona merah atau kepatuhan rendah.",  # negated
    "MAKASSAR, KABARSULSEL - Sebagian besar pemda masuk zona hijau.",  # a dateline
])
def test_no_result_of_a_subject(sentence):
    assert scores_of(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    ("Ke depan, Pemkot Parepare diharapkan bisa meraih zona hijau.", [("hijau", None, "target")]),
    ("Kami berharap rapor kuning yang diterima Pemkab Sinjai menjadi bahan evaluasi.",
     [("kuning", None, "achieved")]),
    pytest.param("Gubernur meminta OPD bekerja keras supaya pada penilaian tahun 2025 nanti Pemerintah Provinsi "
                 "Sulawesi Barat bisa mencapai tingkat kepatuhan tinggi atau zona hijau.",
                 [("hijau", "kepatuhan_tinggi", "target")], id="one-aim-named-twice"),
])
def test_aims_are_targets(sentence, expected):
    assert [(r["zone"], r["grade"], r["kind"]) for r in scores_of(sentence)] == expected


def test_one_result_told_twice_is_one_row_and_two_results_stay_two():
    """The headline's predikat is the 2023 result: "kepatuhan tinggi" is no "zona kuning"."""
    text = ("Pemkab Sinjai Raih Kepatuhan Tinggi\n\nMAKASSAR - Sebelumnya, pada tahun 2022, Pemkab Sinjai "
            "masih berada di zona kuning. Pada tahun 2023, Pemkab Sinjai meraih nilai 84,50 dan masuk zona "
            "hijau dalam penilaian kepatuhan.")
    assert rows_of(text) == [("Pemkab Sinjai", 84.5, "hijau", "kepatuhan_tinggi", "achieved", 2023),
                             ("Pemkab Sinjai", None, "kuning", None, "achieved", 2022)]


def test_a_contrast_ends_the_list_a_zone_heads():
    text = news("Dalam penilaian kepatuhan, zona hijau diraih Pemkab Sinjai, sedangkan Pemkab Bantaeng "
                "memperoleh nilai 70,10.")
    assert [(r[0], r[1], r[2]) for r in rows_of(text)] == [("Pemkab Sinjai", None, "hijau"),
                                                           ("Pemkab Bantaeng", 70.1, None)]


def test_another_name_or_the_province_of_a_subject_is_no_subject_of_its_own():
    text = news("Dalam penilaian kepatuhan, Kutai Timur (Kutim) dan Kabupaten Belitung Timur, Provinsi "
                "Bangka Belitung, berada di zona kuning.")
    assert [r[0] for r in rows_of(text)] == ["Kutai Timur", "Kabupaten Belitung Timur"]


def test_a_national_body_named_is_a_subject_and_a_count_of_bodies_is_not():
    text = news("Ombudsman menilai 25 Kementerian dalam penilaian kepatuhan.",
                "Di tingkat kementerian, Kementerian Sosial dan Kementerian Agama berada di zona kuning.")
    assert [(r[0], r[2]) for r in rows_of(text)] == [("Kementerian Sosial", "kuning"),
                                                     ("Kementerian Agama", "kuning")]


def test_a_quoted_list_ends_at_the_quote():
    text = news('"Dua kabupaten masih di zona kuning, yaitu Kabupaten Bombana dan Wakatobi," kata Kepala '
                "Ombudsman dalam penilaian kepatuhan di Kantor Ombudsman Sultra, Kendari.")
    assert [(r[0], r[2]) for r in rows_of(text)] == [("Kabupaten Bombana", "kuning"), ("Wakatobi", "kuning")]


def test_a_group_result_is_no_result_of_the_subject_before():
    text = news("Dalam penilaian kepatuhan, Pemprov Sultra meraih zona hijau.",
                "Sebanyak tiga kabupaten lainnya masih di zona kuning.")
    assert [(r[0], r[2]) for r in rows_of(text)] == [("Pemprov Sultra", "hijau")]


def test_a_frame_is_no_zone_of_a_list_that_says_its_own_result():
    text = news("Dalam penilaian kepatuhan, sebanyak tiga kabupaten masih di zona kuning.",
                "Ombudsman juga mengapresiasi Kabupaten Sinjai dan Kabupaten Bantaeng atas predikat kepatuhan tinggi.")
    # their own predikat's zone, not the frame's
    assert [(r[0], r[2], r[3]) for r in rows_of(text)] == [("Kabupaten Sinjai", "hijau", "kepatuhan_tinggi"),
                                                           ("Kabupaten Bantaeng", "hijau", "kepatuhan_tinggi")]


def test_a_result_denied_under_two_names_opens_no_frame():
    text = news("Dalam penilaian kepatuhan, tidak ada lagi pemda yang berada di zona merah atau tingkat "
                "kepatuhan rendah.", "Kabupaten Sinjai dan Kabupaten Bantaeng menerima piagam.")
    assert rows_of(text) == []


def test_a_score_word_with_its_clitic_gives_the_value():
    """"nilainya 90,10" (its value) is a score word as "nilai 90,10" is: each unit in a spoken list
    keeps its own value."""
    rows = scores_of("Pada Penilaian Kepatuhan tahun 2023, Dinas Sosial dengan nilai 80,23, Dinas Kesehatan "
                     "yang tahun lalu paling rendah kini nilainya 90,10, dan Dinas Pendidikan 85,53.")
    assert {r["subject"]: r["value"] for r in rows} == {"Dinas Sosial": 80.23, "Dinas Kesehatan": 90.1,
                                                       "Dinas Pendidikan": 85.53}


@pytest.mark.parametrize("text,year", [
    # the year of the round before the assessment's name, in its clause
    ("Khusus Kalbar, tahun 2022 Ombudsman RI telah melakukan penilaian pada Pemprov Kalbar dan Kabupaten "
     "Sintang. Kabupaten Sintang memperoleh nilai 82,03 dan Pemprov Kalbar dengan 78,63.", 2022),
    # a round compared with ("2022 lalu") is not the one reported: the text's year stands
    ("Pada tahun 2022 lalu rata-rata nilai kepatuhan masih sedang. Kabupaten Sintang memperoleh nilai 82,03 "
     "dan Pemprov Kalbar dengan 78,63.", 2023),
])
def test_a_round_named_before_the_assessment_and_values_after_dengan(text, year):
    rows = pipeline.extract("Ombudsman Umumkan Hasil Penilaian Kepatuhan Tahun 2023\n\n" + text,
                            published=PUBLISHED)["scores"]
    assert {(r["subject"], r["value"], r["year"]) for r in rows} == {("Kabupaten Sintang", 82.03, year),
                                                                   ("Pemprov Kalbar", 78.63, year)}



def test_a_counted_group_after_a_list_is_its_own_and_frames_the_next_list():
    """"..., A (91,82) dan B (89,62), serta 10 Pemda zona hijau kategori B kualitas tinggi.": the
    grade after "10 Pemda" is the ten's, told in the next sentence, not B's."""
    text = news("Dalam penilaian kepatuhan, dua Pemda zona hijau dengan kategori A kualitas tertinggi ditempati oleh "
                "Kabupaten Sikka (91,82) dan Kabupaten Ende (89,62), serta 10 Pemda zona hijau dengan kategori B "
                "kualitas tinggi.", "Kesepuluh Pemda tersebut yakni Kota Kupang (86,62) dan Kabupaten Belu (83,33).")
    assert [(r[0], r[2], r[3]) for r in rows_of(text)] == [
        ("Kabupaten Sikka", "hijau", "kualitas_tertinggi"), ("Kabupaten Ende", "hijau", "kualitas_tertinggi"),
        ("Kota Kupang", "hijau", "kualitas_tinggi"), ("Kabupaten Belu", "hijau", "kualitas_tinggi")]


def test_a_round_put_in_the_past_after_the_assessment_is_not_the_round_reported():
    rows = pipeline.extract("Ombudsman merilis hasil survei kepatuhan tahun 2021. Terjadi penurunan dari survei "
                            "tahun 2019 lalu. Adapun rinciannya: Kota Palu 79,72 zona kuning, Poso 78,43 zona kuning.",
                            published="2021-12-30")["scores"]
    assert {(r["subject"], r["year"]) for r in rows} == {("Kota Palu", 2021), ("Poso", 2021)}


def test_a_ranking_out_of_a_counted_group_keeps_the_subjects_value():
    text = news("Dalam penilaian kepatuhan tahun 2018, Pemerintah Provinsi Gorontalo menempati posisi ke 9 dari "
                "16 Provinsi dengan nilai 83,96.")
    assert [(r[0], r[1]) for r in rows_of(text)] == [("Pemerintah Provinsi Gorontalo", 83.96)]


def test_a_body_named_whole_is_one_subject_under_its_names():
    text = news("Dengan skor penilaian kepatuhan 88,10, Kemenkes menduduki peringkat tertinggi tahun 2021.",
                "Penghargaan diberikan kepada Kementerian Kesehatan dengan nilai 88,10.")
    assert [(r[0], r[1]) for r in rows_of(text)] == [("Kemenkes", 88.1)]


def test_a_body_set_aside_is_no_subject_of_the_list_after_it():
    # "Selain X, ... yaitu A dengan nilai ..., B dengan nilai ...": X got its result elsewhere
    rows = scores_of("Selain BPOM, penghargaan Penilaian Kepatuhan tahun 2021 diberikan kepada lembaga lain, yaitu "
                     "Konsil Kedokteran Indonesia dengan nilai 92,55 dan Badan Standarisasi Nasional dengan nilai 88,57.")
    assert sorted((r["subject"], r["value"]) for r in rows) == [
        ("Badan Standarisasi Nasional", 88.57), ("Konsil Kedokteran Indonesia", 92.55)]


def test_a_predikat_of_another_zone_is_not_carried_to_a_zones_list():
    rows = scores_of("Pada Penilaian Kepatuhan tahun 2019, dua pemprov masuk zona hijau dengan predikat kepatuhan "
                     "tinggi, yakni Pemprov Jambi dengan nilai 96,15 dan Pemprov Bengkulu (86,65). Tiga pemprov "
                     "masuk zona kuning, yakni Papua Barat dengan nilai 80,01 dan Kalimantan Barat (78,63).")
    by_subject = {r["subject"]: r for r in rows}
    assert by_subject["Pemprov Jambi"]["grade"] == "kepatuhan_tinggi"
    assert (by_subject["Kalimantan Barat"]["zone"], by_subject["Kalimantan Barat"]["grade"]) == ("kuning", None)


def test_a_group_s_zone_goes_to_the_list_of_its_members_not_to_a_sentence_about_them():
    rows = scores_of("Pada Penilaian Kepatuhan tahun 2019, tiga pemprov masuk zona kuning, yakni Papua Barat dengan "
                     "nilai 80,01, Kalimantan Barat (78,63) dan Sulawesi Barat (77,77). Provinsi Papua Barat "
                     "merupakan hasil pemekaran dari Provinsi Papua.")
    assert sorted(r["subject"] for r in rows) == ["Kalimantan Barat", "Papua Barat", "Sulawesi Barat"]
    # a line of little more than the names still lists the group's members
    rows = scores_of("Pada Penilaian Kepatuhan tahun 2019, dua pemprov masuk zona hijau.\n\nPemprov Jambi dan "
                     "Pemprov Bengkulu.")
    assert sorted((r["subject"], r["zone"]) for r in rows) == [("Pemprov Bengkulu", "hijau"), ("Pemprov Jambi", "hijau")]


def test_a_group_named_again_by_its_number_keeps_its_zone_for_the_list_of_its_members():
    # a sentence between that counts the group again does not close what was said of it; one that
    # counts another group does
    said = "Ombudsman mencatat lima pemerintahan daerah di Provinsi Contoh masih berada di zona merah."
    members = "Kelima daerah tersebut yakni Kota Kupang dengan nilai 40,02, Kabupaten Ende 23,08 dan Kabupaten Alor 13,01."
    again = news(said, "\n\n“Ada lima daerah yang nilainya di bawah 50,” katanya.\n\n" + members)
    assert {r[2] for r in rows_of(again)} == {"merah"}
    other = news(said, "\n\n“Kami menilai 13 kabupaten/kota dengan nilai tertinggi 90,” katanya.\n\n" + members)
    assert {r[2] for r in rows_of(other)} == {None}


def test_units_counted_in_each_zone_are_no_result_of_their_office():
    text = news("Pada penilaian kepatuhan tahun 2021, Kabupaten Tebo masuk zona hijau dengan nilai 87,83.",
                "\n\nDinas Pendidikan 20 Zona Merah, 4 Zona Kuning dan 0 Zona Hijau. Disdukcapil terdapat 8 zona "
                "merah, 10 zona kuning dan enam zona hijau.")
    assert rows_of(text) == [("Kabupaten Tebo", 87.83, "hijau", None, "achieved", 2021)]
    # a year right before a zone counts nothing
    text = news("Pada penilaian kepatuhan, Kabupaten Tebo meraih Opini Ombudsman 2022 zona hijau dengan nilai 87,83.")
    assert rows_of(text, "2023-01-10") == [("Kabupaten Tebo", 87.83, "hijau", None, "achieved", 2022)]


def test_a_card_of_one_subject_gives_it_each_result_line_after_line():
    text = ("Ombudsman Serahkan Hasil Penilaian\n\nOmbudsman RI menyerahkan hasil penilaian kepatuhan standar "
            "pelayanan publik tahun 2022 kepada pemerintah daerah.\n\nBerikut daftar hasilnya:\n\n"
            "1. Kabupaten Tebo\n\nNilai kepatuhan: 92,5\n\nOpini: kualitas tertinggi\n\n"
            "2. Kabupaten Bungo\n\nNilai kepatuhan: 80,41\n\nOpini: kualitas tinggi\n")
    rows = pipeline.extract(text, published="2023-02-01")["scores"]
    assert sorted((r["subject"], r["value"], r["grade"]) for r in rows) == [
        ("Kabupaten Bungo", 80.41, "kualitas_tinggi"), ("Kabupaten Tebo", 92.5, "kualitas_tertinggi")]


@pytest.mark.parametrize("when", ["Sejak Juli hingga Oktober 2021 lalu", "Pada Juni-Oktober 2021"])
def test_the_months_an_assessment_took_give_its_year(when):
    text = (f"Ombudsman Umumkan Hasil\n\n{when}, Ombudsman RI Perwakilan Contoh melakukan penilaian kepatuhan "
            "penyelenggaraan pelayanan publik.\n\nKabupaten Bima meraih nilai 86,65 dan masuk zona hijau.")
    (row,) = pipeline.extract(text)["scores"]
    assert (row["subject"], row["year"], row["value"]) == ("Kabupaten Bima", 2021, 86.65)


def test_a_predikat_colour_is_a_zone_given_to_each_of_the_list_after_a_counted_group():
    rows = scores_of("Di penghujung tahun 2023, tiga kabupaten di propinsi NTT mendapatkan predikat merah. Ketiga "
                     "kabupaten yang mendapatkan predikat merah yakni, Kabupaten Alor, Kabupaten Ende dan Kabupaten "
                     "Sikka.")
    assert sorted((r["subject"], r["zone"]) for r in rows) == [
        ("Kabupaten Alor", "merah"), ("Kabupaten Ende", "merah"), ("Kabupaten Sikka", "merah")]


def test_a_count_written_twice_is_no_score():
    rows = scores_of("Dengan total nilai sebesar 97.16, Kota Ambon meraih nilai tertinggi dari 3 (tiga) nominator "
                     "pada Penilaian Kepatuhan tahun 2023.")
    assert [(r["subject"], r["value"]) for r in rows] == [("Kota Ambon", 97.16)]


def test_a_zone_a_subject_rose_from_is_no_result():
    text = news("Dalam penilaian kepatuhan tahun 2023, Kabupaten Sinjai naik dari zona kuning ke zona hijau.",
                "Satu daerah yang masuk zona kuning adalah Kabupaten Bantaeng yang keluar dari zona merah.")
    assert [(r[0], r[2]) for r in rows_of(text)] == [("Kabupaten Sinjai", "hijau"), ("Kabupaten Bantaeng", "kuning")]


@pytest.mark.parametrize("sentence, rows", [
    pytest.param("Berbeda dengan Kabupaten Sinjai, Bantaeng, dan Kota Parepare, Kabupaten Jeneponto dan Takalar masuk "
                 "di zona merah.", [("Kabupaten Jeneponto", "merah"), ("Takalar", "merah")], id="a-list-set-against"),
    pytest.param("Berbeda dengan Kabupaten Sinjai, Kabupaten Jeneponto dan Takalar masuk di zona merah.",
                 [("Kabupaten Jeneponto", "merah"), ("Takalar", "merah")], id="one-subject-set-against"),
    pytest.param("Berbeda dengan Kabupaten Sinjai yang masuk zona hijau, Kabupaten Jeneponto masuk di zona merah.",
                 [("Kabupaten Sinjai", "hijau"), ("Kabupaten Jeneponto", "merah")], id="its-own-result-stays"),
])
def test_subjects_a_sentence_sets_its_own_against_take_not_its_result(sentence, rows):
    text = news("Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2023.", sentence)
    assert [(r[0], r[2]) for r in rows_of(text)] == rows


def test_the_place_of_an_ombudsman_office_after_its_short_form_is_no_subject():
    text = news("Ombudsman Republik Indonesia (ORI) Sulsel mengatakan Kabupaten Takalar adalah kabupaten terendah "
                "(masuk zona merah) dalam penilaian kepatuhan tahun 2023.")
    assert [(r[0], r[2]) for r in rows_of(text)] == [("Kabupaten Takalar", "merah")]


@pytest.mark.parametrize("published, year", [(None, 2016), ("2017-01-13", 2016), ("2023-12-20", None)])
def test_a_round_put_in_the_past_is_the_year_where_the_text_names_no_other(published, year):
    text = news("Penilaian oleh Ombudsman pada 2016 lalu dilakukan terhadap 33 provinsi.",
                "Posisi teratas adalah Jawa Timur dengan nilai 99,76.")
    assert [r[5] for r in rows_of(text, published)] == [year]


def test_a_bracket_glued_to_a_name_leaves_the_name_whole():
    text = news("Dalam penilaian kepatuhan tahun 2018, satu kabupaten masuk zona kuning yakni Pemda Kabupaten "
                "Timor Tengah Utara(TTU) dengan nilai 63,58.")
    assert [(r[1], r[2]) for r in rows_of(text)] == [(63.58, "kuning")]


def test_a_zone_in_brackets_after_a_value_is_its_subjects_not_the_head_of_the_next():
    text = news("Dalam penilaian kepatuhan tahun 2019, Kabupaten Natuna mendapat nilai 66,90 (zona kuning).",
                "Pada urutan kedua Kabupaten Anambas dengan nilai 49,36 (zona merah) dan hasil paling rendah "
                "adalah Kabupaten Lingga dengan nilai 48,13 (zona merah).")
    assert [(r[0], r[1], r[2]) for r in rows_of(text)] == [
        ("Kabupaten Natuna", 66.9, "kuning"), ("Kabupaten Anambas", 49.36, "merah"), ("Kabupaten Lingga", 48.13, "merah")]


def test_a_list_items_name_is_its_subject_where_no_gazetteer_knows_it():
    text = ("Hasil Penilaian Ombudsman\n\nHasil penilaian kepatuhan tahun 2022 tingkat lembaga sebagai berikut:\n\n"
            "1. Badan Contoh Nasional (90,46, zona hijau)\n\n"
            "2. Lembaga Sensor Contoh (88,41 zona hijau)\n\n"
            "3. Badan Pengusahaan Kawasan Bebas Batam (63,24, zona kuning)\n")
    assert [(r[0], r[1], r[2]) for r in rows_of(text)] == [
        ("Badan Contoh Nasional", 90.46, "hijau"), ("Lembaga Sensor Contoh", 88.41, "hijau"),
        ("Badan Pengusahaan Kawasan Bebas Batam", 63.24, "kuning")]


def test_a_body_with_its_country_and_under_its_short_name_is_one_subject():
    text = news("Perpustakaan Nasional RI kembali berprestasi, Perpusnas RI menerima hasil penilaian kepatuhan "
                "tahun 2022 dengan nilai kepatuhan 89,16, zona hijau.")
    assert [(r[1], r[2]) for r in rows_of(text)] == [(89.16, "hijau")]


@pytest.mark.parametrize("dateline", ["JAKARTA, iContoh.id - ", "Jakarta,- "])
def test_the_town_of_a_dateline_with_its_outlet_is_no_subject(dateline):
    text = ("Kementan Terima Penghargaan\n" + dateline + "Kementerian Pertanian mendapatkan penghargaan dari "
            "Ombudsman RI dengan predikat kepatuhan tinggi pada penilaian kepatuhan tahun 2022.")
    assert [r[0] for r in rows_of(text)] == ["Kementerian Pertanian"]


@pytest.mark.parametrize("sentences, expected", [
    (("Tahun lalu, Pemko Dumai berada di peringkat sebelas dalam penilaian kepatuhan Ombudsman.",
      "Hasilnya, dari nilai 73,44 (pada tahun lalu) naik menjadi 91,95 tahun ini.",
      "Peringkat 1 Pemkab Bengkalis dengan nilai 95,91."),
     [("Pemko Dumai", 73.44, 2022), ("Pemko Dumai", 91.95, 2023), ("Pemkab Bengkalis", 95.91, 2023)]),
    (("Pada penilaian kepatuhan tahun 2022, Provinsi Maluku memperoleh nilai 72,44 dan pada tahun 2023 "
      "memperoleh nilai 60,65.",),
     [("Provinsi Maluku", 72.44, 2022), ("Provinsi Maluku", 60.65, 2023)]),
])
def test_a_subjects_values_told_as_a_change_over_the_years_are_a_row_each(sentences, expected):
    text = news(*sentences)
    assert [(r[0], r[1], r[5]) for r in rows_of(text, "2023-12-19")] == expected
