"""Provinces and regencies: the gazetteers of the rule model, read through pipeline/nlp.py."""
from __future__ import annotations

import pytest

from pipeline import nlp
from pipeline.fields import region_code

# ISO 3166-2:ID, the 38 provinces (the contract's list).
ISO = {
    "ID-AC": "Aceh", "ID-SU": "Sumatera Utara", "ID-SB": "Sumatera Barat", "ID-RI": "Riau",
    "ID-JA": "Jambi", "ID-SS": "Sumatera Selatan", "ID-BE": "Bengkulu", "ID-LA": "Lampung",
    "ID-BB": "Kepulauan Bangka Belitung", "ID-KR": "Kepulauan Riau", "ID-JK": "DKI Jakarta",
    "ID-JB": "Jawa Barat", "ID-JT": "Jawa Tengah", "ID-YO": "DI Yogyakarta", "ID-JI": "Jawa Timur",
    "ID-BT": "Banten", "ID-BA": "Bali", "ID-NB": "Nusa Tenggara Barat", "ID-NT": "Nusa Tenggara Timur",
    "ID-KB": "Kalimantan Barat", "ID-KT": "Kalimantan Tengah", "ID-KS": "Kalimantan Selatan",
    "ID-KI": "Kalimantan Timur", "ID-KU": "Kalimantan Utara", "ID-SA": "Sulawesi Utara",
    "ID-ST": "Sulawesi Tengah", "ID-SN": "Sulawesi Selatan", "ID-SG": "Sulawesi Tenggara",
    "ID-GO": "Gorontalo", "ID-SR": "Sulawesi Barat", "ID-MA": "Maluku", "ID-MU": "Maluku Utara",
    "ID-PA": "Papua", "ID-PB": "Papua Barat", "ID-PD": "Papua Barat Daya", "ID-PE": "Papua Pegunungan",
    "ID-PS": "Papua Selatan", "ID-PT": "Papua Tengah",
}

ABBREVIATIONS = {
    "Kalsel": "ID-KS", "Kalteng": "ID-KT", "Kalbar": "ID-KB", "Kaltim": "ID-KI", "Kaltara": "ID-KU",
    "Kepri": "ID-KR", "Babel": "ID-BB", "Sumut": "ID-SU", "Sumbar": "ID-SB", "Sumsel": "ID-SS",
    "Jabar": "ID-JB", "Jateng": "ID-JT", "Jatim": "ID-JI", "DIY": "ID-YO", "NTB": "ID-NB", "NTT": "ID-NT",
    "Sulsel": "ID-SN", "Sulteng": "ID-ST", "Sultra": "ID-SG", "Sulut": "ID-SA", "Sulbar": "ID-SR",
    "Malut": "ID-MU", "Pabar": "ID-PB", "PBD": "ID-PD", "DKI": "ID-JK",
}


@pytest.fixture(scope="module")
def rules(model_dir):
    return nlp.load(str(model_dir))


def mentions(rules, text, label):
    _sentences, found = nlp.analyse(rules, text)
    return [m for m in found if m.label == label]


def test_the_literal_table_is_the_contract_list(eval_province_codes):
    assert set(ISO) == eval_province_codes
    assert set(ABBREVIATIONS.values()) <= eval_province_codes


@pytest.mark.parametrize("abbr,code", sorted(ABBREVIATIONS.items()))
def test_province_abbreviation(rules, abbr, code):
    text = f"Gubernur {abbr} hadir."
    found = mentions(rules, text, "PROVINCE")
    assert [(m.text, m.kb_id) for m in found] == [(abbr, code)]
    m = found[0]
    assert text[m.start:m.end] == abbr
    assert region_code(m) == code


@pytest.mark.parametrize("code,name", sorted(ISO.items()))
def test_province_full_name(rules, code, name):
    found = mentions(rules, f"Pemerintah Provinsi {name} menandatangani nota kesepakatan.", "PROVINCE")
    assert [(m.text, region_code(m)) for m in found] == [(name, code)]


@pytest.mark.parametrize("text,place,code", [
    ("Bupati Nunukan hadir.", "Nunukan", "ID-KU"),
    ("Wali Kota Banjarmasin membuka acara.", "Banjarmasin", "ID-KS"),
    ("Bupati Sanggau menandatangani perjanjian kerja sama.", "Sanggau", "ID-KB"),
    ("Pemkab Manggarai Barat meraih zona hijau.", "Manggarai Barat", "ID-NT"),
    ("Wali Kota Palangkaraya hadir.", "Palangkaraya", "ID-KT"),  # an alias of Palangka Raya
    ("Bupati Tapin menandatangani MoU.", "Tapin", "ID-KS"),
    ("Bupati Bima hadir.", "Bima", "ID-NB"),  # a kabupaten and a kota, both in NTB
    ("Pemkot Kendari menandatangani kesepakatan bersama.", "Kendari", "ID-SG"),
])
def test_regency_or_city_gives_its_province(rules, text, place, code):
    found = mentions(rules, text, "REGION")
    assert [m.text for m in found] == [place]
    assert code in found[0].kb_id
    assert region_code(found[0]) == code


def test_regions_gazetteer(model_dir, eval_province_codes):
    rows = nlp.read_tsv(model_dir / "gazetteers" / "regions.tsv")
    assert len(rows) == 514  # 416 kabupaten and 98 kota
    assert {r["kind"] for r in rows} == {"kabupaten", "kota"}
    assert {r["province_code"] for r in rows} <= eval_province_codes
    assert {r["province_code"] for r in rows} == set(ISO)  # every province has regencies
    assert all(r["name"] for r in rows)


def test_provinces_gazetteer(model_dir):
    rows = nlp.read_tsv(model_dir / "gazetteers" / "provinces.tsv")
    assert {r["code"]: r["name"] for r in rows} == ISO
    aliases = {a: r["code"] for r in rows for a in r["aliases"].split("|") if a}
    assert {a: aliases.get(a) for a in ABBREVIATIONS} == ABBREVIATIONS
