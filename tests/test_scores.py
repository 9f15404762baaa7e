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
     dict(value=None, zone=None, grade="kepatuhan_sedang", kind="achieved", province_code=None)),
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
