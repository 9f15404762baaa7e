import datetime as dt

import pytest

from pipeline.fields import load_lexicon
from pipeline.normalize import find_dates, parse_date_text, parse_number, strip_name

from .conftest import MODEL

D = dt.date
PUB = D(2023, 6, 22)  # a Thursday


@pytest.mark.parametrize("span, published, expected, precision", [
    ("Kamis (28/10/2021)", PUB, D(2021, 10, 28), "day"),
    ("(4/7/2022)", PUB, D(2022, 7, 4), "day"),
    ("Kamis ( 28/11/2024)", PUB, D(2024, 11, 28), "day"),
    ("Senin, (01/04)", D(2024, 4, 2), D(2024, 4, 1), "day"),
    ("Kamis (22/06)", PUB, D(2023, 6, 22), "day"),
    ("Rabu (28/12)", D(2023, 1, 3), D(2022, 12, 28), "day"),  # the weekday picks last year
    ("(06/12/23)", PUB, D(2023, 12, 6), "day"),
    ("Senin 31 Mei 2021", PUB, D(2021, 5, 31), "day"),
    ("Selasa, 04 Juni 2024", PUB, D(2024, 6, 4), "day"),
    ("18 September 2025", None, D(2025, 9, 18), "day"),
    ("Oktober 2021", None, D(2021, 10, 1), "month"),
    ("5 Jan 2022", None, D(2022, 1, 5), "day"),
    ("17 Agt 2020", None, D(2020, 8, 17), "day"),
    ("17 Agu 2020", None, D(2020, 8, 17), "day"),
    ("17 Ags 2020", None, D(2020, 8, 17), "day"),
    ("9 Sept 2019", None, D(2019, 9, 9), "day"),
    ("Jumat, 7 Okt 2022", None, D(2022, 10, 7), "day"),
    ("10 Nop 2018", None, D(2018, 11, 10), "day"),
    ("31 Des 2020", None, D(2020, 12, 31), "day"),
    ("Agt 2020", None, D(2020, 8, 1), "month"),
    ("kemarin", PUB, D(2023, 6, 21), "day"),
    ("hari ini", PUB, PUB, "day"),
    ("pada Rabu", PUB, D(2023, 6, 21), "day"),
    ("pada Kamis", PUB, PUB, "day"),
    ("tahun 2017", None, D(2017, 1, 1), "year"),
    ("26/12/12022", PUB, D(2023, 12, 26), "day"),  # impossible year dropped, completed like (26/12)
    ("Kamis (28 Oktober 2021)", None, D(2021, 10, 28), "day"),
])
def test_dates(span, published, expected, precision):
    value = parse_date_text(span, published)
    assert value is not None and (value.date, value.precision) == (expected, precision)


@pytest.mark.parametrize("span, published", [
    ("(31/02)", PUB),           # no such day
    ("(12/13/2021)", PUB),      # no thirteenth month
    ("Senin, (01/04)", None),   # no year to complete it with
    ("30 Februari 2021", None),
])
def test_impossible_dates_are_rejected(span, published):
    assert parse_date_text(span, published) is None


def test_find_dates_reports_spans():
    text = "Nota ditandatangani Kamis (28/10/2021) di Banjarmasin."
    [(value, start, end)] = list(find_dates(text))
    assert text[start:end] == "Kamis (28/10/2021)" and value.date == D(2021, 10, 28)


@pytest.mark.parametrize("raw, expected", [
    ("86,6", 86.6), ("81,43", 81.43), ("93.29", 93.29), ("1.234,5", 1234.5), ("100", 100.0),
    ("delapan", None), ("", None),
])
def test_numbers(raw, expected):
    assert parse_number(raw) == expected


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(str(MODEL))


@pytest.mark.parametrize("raw, expected", [
    ("Drs. H. Zainal A Paliwang, S.H., M.Hum", "Zainal A Paliwang"),
    ("Hj. Asmin Laura Hafid", "Asmin Laura Hafid"),
    ("Dr H Isran Noor", "Isran Noor"),
    ("H Nuryakin", "Nuryakin"),
    ("Prof. Dr. Ir. Budi Santoso, M.Si.", "Budi Santoso"),
    ("dr. Maya Lestari, Sp.PD", "Maya Lestari"),
    ("H. Rahmat Hidayat, S.Sos., M.AP", "Rahmat Hidayat"),
    ("KH. Abdul Somad", "Abdul Somad"),
    ("Ir. H. Joko Prasetyo, M.T.", "Joko Prasetyo"),
    ("Hasan E. Nirwana, SH, M.Si.", "Hasan E. Nirwana"),
    ("Dr. Iskandar AP, S.Sos, M.Si", "Iskandar"),
    ("Dr. Amrizal, S.H., LLM", "Amrizal"),
    ("Profesor Sumaryanto", "Sumaryanto"),
    ("HM Judas Amir", "Judas Amir"),
    ("Prof. Amzulian Rifai, SH, MH, Ph.D", "Amzulian Rifai"),
    ("Dra. Sri Wahyuni, M.Pd.", "Sri Wahyuni"),
    ("Ibu Ratna Sari", "Ratna Sari"),
    ("Bapak Andi Wijaya, S.E., M.M.", "Andi Wijaya"),
    ("Tgk. Muhammad Yusuf", "Muhammad Yusuf"),
    ("Andi Seto Gadhista Asapa", "Andi Seto Gadhista Asapa"),
    ("Sutarmidji, S.H., M.Hum", "Sutarmidji"),
])
def test_names_lose_honorifics_and_degrees(lexicon, raw, expected):
    assert strip_name(raw, lexicon.prefixes, lexicon.suffixes) == expected
