"""pipeline/normalize.py: Indonesian dates, numbers and names, as pure functions."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline import normalize
from pipeline.normalize import find_dates, parse_date_text, parse_number, strip_name

D = dt.date

# (written date, publication date, expected ISO date or None, precision)
DATES = [
    # numeric, in brackets after the weekday: the news-agency form
    ("Kamis (28/10/2021)", D(2021, 10, 29), "2021-10-28", "day"),
    ("(4/7/2022)", D(2022, 7, 5), "2022-07-04", "day"),
    ("Kamis ( 28/11/2024)", D(2024, 11, 28), "2024-11-28", "day"),
    ("Jum'at (7/6/2024)", D(2024, 6, 8), "2024-06-07", "day"),
    ("(06-12-2023)", D(2023, 12, 7), "2023-12-06", "day"),
    ("28/10/2021", D(2021, 10, 29), "2021-10-28", "day"),
    ("(06/12/23)", D(2023, 12, 7), "2023-12-06", "day"),
    # unbracketed with dashes or dots: only with all four digits of the year
    ("Rabu, 9-5-2018", None, "2018-05-09", "day"),
    ("12.05.2019", None, "2019-05-12", "day"),
    # a full numeric date stands as written even when the weekday disagrees (28/10/2021 is a Kamis)
    ("Jumat (28/10/2021)", D(2021, 10, 29), "2021-10-28", "day"),
    # no year: the publication year, or the neighbouring year in which the weekday fits
    ("Senin, (01/04)", D(2024, 4, 3), "2024-04-01", "day"),
    ("Kamis (22/06)", D(2023, 6, 23), "2023-06-22", "day"),
    ("Kamis (28/12)", D(2024, 1, 2), "2023-12-28", "day"),
    ("Selasa (31/12)", D(2025, 1, 3), "2024-12-31", "day"),
    ("Rabu (28/12)", D(2023, 1, 3), "2022-12-28", "day"),
    ("Senin (22/06)", D(2023, 6, 23), "2023-06-22", "day"),  # no neighbouring year has a Senin
    ("(30/12)", D(2025, 1, 3), "2025-12-30", "day"),  # no weekday: the publication year
    # day, month name, year
    ("Senin 31 Mei 2021", D(2021, 6, 1), "2021-05-31", "day"),
    ("Kamis, Oktober 20, 2016", None, "2016-10-20", "day"),  # a blog byline's order
    ("Selasa, 04 Juni 2024", D(2024, 6, 4), "2024-06-04", "day"),
    ("18 September 2025", D(2025, 9, 19), "2025-09-18", "day"),
    ("5 Jan 2022", D(2022, 1, 6), "2022-01-05", "day"),
    ("17 Agt 2023", D(2023, 8, 18), "2023-08-17", "day"),
    ("17 Agu 2023", D(2023, 8, 18), "2023-08-17", "day"),
    ("17 Ags 2023", D(2023, 8, 18), "2023-08-17", "day"),
    ("9 Sept 2022", D(2022, 9, 10), "2022-09-09", "day"),
    ("3 Okt 2022", D(2022, 10, 4), "2022-10-03", "day"),
    ("10 Nop 2020", D(2020, 11, 11), "2020-11-10", "day"),
    ("1 Des 2021", D(2021, 12, 2), "2021-12-01", "day"),
    ("31 Des 2020", None, "2020-12-31", "day"),  # a full date needs no publication date
    ("Jumat, 7 Okt 2022", None, "2022-10-07", "day"),
    ("Kamis (28 Oktober 2021)", None, "2021-10-28", "day"),
    # month and year; a year alone
    ("Oktober 2021", D(2022, 7, 4), "2021-10", "month"),
    ("Des 2021", D(2022, 7, 4), "2021-12", "month"),
    ("Agt 2020", D(2022, 7, 4), "2020-08", "month"),
    ("tahun 2017", D(2022, 7, 4), "2017", "year"),
    ("pada 2012", D(2022, 7, 4), "2012", "year"),  # a bare year after a word that makes it a time
    ("sejak 2018", None, "2018", "year"),
    ("pada 2012,5", None, None, None),  # a number, not a year
    # relative to the publication date
    ("kemarin", D(2024, 6, 5), "2024-06-04", "day"),
    ("hari ini", D(2024, 6, 5), "2024-06-05", "day"),
    ("pada Rabu", D(2024, 6, 7), "2024-06-05", "day"),  # the last Rabu on or before publication
    ("pada Rabu", D(2024, 6, 5), "2024-06-05", "day"),  # published on a Rabu: that day
    ("pada Kamis", D(2023, 6, 22), "2023-06-22", "day"),
    # impossible dates
    ("26/12/12022", D(2022, 12, 28), "2022-12-26", "day"),  # a year that cannot be right is dropped
    ("(26/12/12022)", D(2022, 12, 28), "2022-12-26", "day"),
    ("(31/02)", D(2024, 3, 1), None, None),  # a day that cannot exist
    ("(12/13/2021)", D(2021, 12, 14), None, None),  # month 13
    ("31 April 2021", D(2021, 5, 1), None, None),
    ("30 Februari 2021", None, None, None),
    ("Senin, (01/04)", None, None, None),  # no year and no publication date to take it from
]


def _iso(value) -> str | None:
    return value.iso() if value is not None else None


@pytest.mark.parametrize("span,published,iso,precision", DATES)
def test_parse_date_text(span, published, iso, precision):
    value = parse_date_text(span, published)
    assert _iso(value) == iso
    if iso is not None:
        assert value.precision == precision
        assert value.date.isoformat().startswith(iso)


@pytest.mark.parametrize("span,published,iso,precision", DATES)
def test_find_dates_in_a_sentence(span, published, iso, precision):
    text = f"Penandatanganan dilakukan {span} di Banjarmasin."
    found = list(find_dates(text, published))
    if iso is None:
        assert found == []
        return
    assert len(found) == 1, found
    value, start, end = found[0]
    assert (value.iso(), value.precision) == (iso, precision)
    at = text.index(span)
    assert at <= start < end <= at + len(span), (text[start:end], span)


def test_find_dates_keeps_order_and_offsets():
    text = "MoU ditandatangani Senin (3/6/2024), menindaklanjuti kesepakatan Oktober 2021."
    found = [(v.iso(), text[s:e]) for v, s, e in find_dates(text, D(2024, 6, 4))]
    assert found == [("2024-06-03", "Senin (3/6/2024)"), ("2021-10", "Oktober 2021")]


@pytest.mark.parametrize("text", [
    "Nota kesepakatan diteken kemarin pada Rabu.",
    "Nota kesepakatan diteken Kamis (22/06) di Palu.",  # no year and no publication date to take it from
    "Nota kesepakatan diteken (22/06) di Palu.",
])
def test_find_dates_without_publication_date(text):
    assert list(find_dates(text, None)) == []


@pytest.mark.parametrize("span,published", [
    ("(22/06)", None),  # no year and no publication date to take it from
    ("Kamis (22/06)", None),
    ("kemarin", None),
    ("(29/02)", D(2023, 3, 5)),  # 2023 has no 29 February
    ("Rabu (31/02)", D(2023, 3, 5)),
])
def test_parse_date_text_refuses_what_the_rules_refuse(span, published):
    """The dateparser fallback must not guess (from the machine's clock) a date the rules rejected."""
    assert parse_date_text(span, published) is None


# Forms the rules do not read fall through to dateparser, which reads them against the machine's
# clock instead of the publication date (or takes the day for a year): the answer changes with the
# day the pipeline runs. No date is acceptable; a wrong one is not.
@pytest.mark.parametrize("span,published,iso", [
    ("22 Juni", D(2023, 3, 5), "2023-06-22"),
    ("Kamis, 22 Juni", D(2023, 6, 23), "2023-06-22"),
    ("2 hari lalu", D(2023, 3, 5), "2023-03-03"),
    ("besok", D(2023, 3, 5), "2023-03-06"),
])
def test_parse_date_text_fallback_is_relative_to_publication(span, published, iso):
    assert _iso(parse_date_text(span, published)) in (None, iso)


def test_find_dates_day_and_month_name_without_year():
    found = [(v.iso(), v.precision) for v, _s, _e in
             find_dates("Nota kesepakatan diteken pada Kamis, 22 Juni lalu.", D(2023, 6, 23))]
    assert found == [("2023-06-22", "day")]


# ------------------------------------------------------------------------------------ numbers

@pytest.mark.parametrize("text,value", [
    ("86,6", 86.6),
    ("81,43", 81.43),
    ("93.29", 93.29),
    ("1.234,5", 1234.5),
    ("1.234.567,89", 1234567.89),
    ("100", 100.0),
    ("0,5", 0.5),
    (" 72,40 ", 72.4),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)
    assert isinstance(parse_number(text), float)


@pytest.mark.parametrize("junk", ["", "abc", "delapan", "delapan puluh", "86,", ",5", "1,2,3", "12.5%", "78-100", "-3"])
def test_parse_number_junk(junk):
    assert parse_number(junk) is None


# -------------------------------------------------------------------------------------- names

@pytest.fixture(scope="module")
def lexicon(model_dir):
    from pipeline.fields import load_lexicon

    return load_lexicon(str(model_dir))


@pytest.mark.parametrize("raw,name", [
    ("Drs. H. Zainal A Paliwang, S.H., M.Hum", "Zainal A Paliwang"),
    ("Hj. Asmin Laura Hafid", "Asmin Laura Hafid"),
    ("Dr H Isran Noor", "Isran Noor"),
    ("Prof. Dr. Ir. Nama Satu, M.Si.", "Nama Satu"),
    ("dr. Nama Dua, Sp.PD", "Nama Dua"),
    ("H. Nama Tiga, S.Sos., M.AP", "Nama Tiga"),
    ("KH. Ahmad Fauzan Rahmat", "Ahmad Fauzan Rahmat"),
    ("K.H. Ma'ruf Hasanuddin", "Ma'ruf Hasanuddin"),
    ("Ir. H. Budi Santoso, M.T.", "Budi Santoso"),
    ("Hj. Siti Rahmawati, S.E., M.M.", "Siti Rahmawati"),
    ("Dra. Hj. Ratna Dewi, M.Pd.", "Ratna Dewi"),
    ("H. Muhammad Ridwan, S.H., M.H.", "Muhammad Ridwan"),
    ("Dr. Ir. Hendra Gunawan, M.Sc.", "Hendra Gunawan"),
    ("Prof. Dr. Andi Mappaseng, S.H., M.H.", "Andi Mappaseng"),
    ("dr. Lestari Wulandari, Sp.A", "Lestari Wulandari"),
    ("Ir. Yohanes Tanu, M.T., Ph.D", "Yohanes Tanu"),
    ("Drs. H. Abdul Karim SH MH", "Abdul Karim"),
    ("Ir Gatot Sumarno MT", "Gatot Sumarno"),
    ("Hj Yuni Astuti,SE", "Yuni Astuti"),
    ("Nama Lima, S.H.,M.H.", "Nama Lima"),
    ("Dr. dr. Rina Kartika, Sp.PD., M.Kes", "Rina Kartika"),
    ("TGH. Zulkifli Muhadli, S.H., M.M.", "Zulkifli Muhadli"),
    ("Bapak Joko Purnomo", "Joko Purnomo"),
    ("H. M. Rizal Effendi, S.E.", "M. Rizal Effendi"),  # "M." is Muhammad, part of the name
    ("Teuku Rizal Fahmi", "Teuku Rizal Fahmi"),  # Teuku is kept: it is part of an Acehnese name
    ("A. Mappatoba Sila, S.H.", "A. Mappatoba Sila"),
    ("Irwan Prasetyo", "Irwan Prasetyo"),  # starts like "Ir" but is a name
    ("Rahmat Hidayat, Kepala Dinas Kominfo", "Rahmat Hidayat"),  # a comma before a title, not degrees
    ("Datuk Seri Zambry Abdul Kadir", "Zambry Abdul Kadir"),  # a Malay honorific of two words
    ("Tan Sri Muhyiddin Yassin", "Muhyiddin Yassin"),
    ("Seri Wahyuni", "Seri Wahyuni"),  # its second word alone is a given name
    ("Shri Piyush Goyal", "Piyush Goyal"),
    ("Sri Sultan Hamengku Buwono X", "Hamengku Buwono X"),  # a royal honorific; "Sri" alone is a given name
    ("Sri Mulyani Indrawati", "Sri Mulyani Indrawati"),
    ("H.E Jane Doe PSM", "Jane Doe"),  # His or Her Excellency, whole though its dot glues it; a postnominal
    ("H.E. John Smith MP", "John Smith"),
])
def test_strip_name(lexicon, raw, name):
    assert strip_name(raw, lexicon.prefixes, lexicon.suffixes) == name


@pytest.mark.parametrize("raw,name", [
    ("H.Nama Tujuh, SH", "Nama Tujuh"),
    ("Drs.H.Nama Enam", "Nama Enam"),
])
def test_strip_name_honorific_without_space(lexicon, raw, name):
    assert strip_name(raw, lexicon.prefixes, lexicon.suffixes) == name


def test_strip_name_keeps_trailing_initials(lexicon):
    assert strip_name("KH. Zulfikar MZ", lexicon.prefixes, lexicon.suffixes) == "Zulfikar MZ"


def test_strip_name_uses_the_gazetteer(lexicon):
    """The honorifics come from the model's data, not from the function: without them nothing goes."""
    assert strip_name("Drs. H. Nama Satu", (), ()) == "Drs. H. Nama Satu"
    assert {"H.", "Hj.", "Drs.", "dr."} <= set(lexicon.prefixes)
    assert {"S.H.", "M.Si."} <= set(lexicon.suffixes)


@pytest.mark.parametrize("url, expected", [
    ("https://outlet.id/2018/08/slug", dt.date(2018, 8, 1)),
    ("https://outlet.id/read/20230622-slug", dt.date(2023, 6, 1)),
    ("https://outlet.com/pemprov-teken-nota-kesepakatan/2025/outlet", dt.date(2025, 1, 1)),  # a year alone
    ("https://outlet.com/berita/2025", dt.date(2025, 1, 1)),
    ("https://outlet.com/berita/12025/slug", None),
    ("https://outlet.com/berita/slug-2025-baru", None),  # a year in a slug says nothing of the date
    ("https://2025.outlet.com/slug", None),
    (None, None),
])
def test_url_date(url, expected):
    assert normalize.url_date(url) == expected


def test_a_url_year_completes_a_date_without_one():
    text = "Nota Kesepakatan diteken di Tanjungpinang, Senin (15/9)."
    (value, _s, _e), = normalize.find_dates(text, None, normalize.url_date("https://o.com/slug/2025/o"))
    assert (value.date, value.precision) == (dt.date(2025, 9, 15), "day")


# ------------------------------------------------- a year the text states (no publication date)

def test_a_yearless_date_takes_the_stated_year_its_weekday_fits():
    text = "Bupati menandatangani nota kesepakatan pada Selasa (25/9) dalam rapat koordinasi 2018."
    (value, _s, _e), *_ = find_dates(text, None)
    assert value.iso() == "2018-09-25"


def test_no_stated_year_or_a_weekday_that_fits_none_gives_no_date():
    assert [v for v, _s, _e in find_dates("Penandatanganan digelar Selasa (25/9) di aula.", None)] == []
    # 25 September 2019 is a Wednesday: the weekday contradicts the only year stated
    text = "Penandatanganan digelar Selasa (25/9) di aula, rangkaian program 2019."
    assert [v.iso() for v, _s, _e in find_dates(text, None) if v.precision == "day"] == []


def test_a_statutes_year_is_no_year_of_the_news():
    assert normalize.stated_years("sesuai UU Nomor 23 Tahun 2014 dan PP No. 12/2017, program 2021") == (2021,)


def test_dates_looked_for_about_digits_are_those_of_the_whole_text():
    """Calendar.dates scans windows about the digits only: the same matches as a scan of the
    whole text, on invented edge cases and, where ../shared is here, on real news and the dev set."""
    from pathlib import Path

    from pipeline.normalize import default_calendar
    from pipeline.readers import read_file

    cal = default_calendar()
    texts = ["Rapat digelar Selasa,   (Oktober tahun 2021) di aula.",
             "Pada 12 September.  Lalu 3 Mei, 5 Juni dan 7 Juli 2020; lalu (22/06) dan 28/10/2021.",
             "Tanpa tanggal sama sekali.", "2021", "x" * 200 + " 1 " + "y" * 200 + " Januari 2022"]
    shared = Path(__file__).resolve().parents[2] / "shared"
    news = shared / "bench" / "news-id" / "news.jsonl.gz"
    if news.exists():
        texts += [art.raw for i, art in enumerate(read_file(news)) if i % 3 == 0]
    texts += [p.read_text(encoding="utf-8") for p in sorted((shared / "eval" / "dev" / "txt").glob("*.txt"))]
    for text in texts:
        assert [m.span() for m in cal.dates(text)] == [m.span() for m in cal.date.finditer(text)], text[:80]
