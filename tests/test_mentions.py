"""Mentions as the rules read them: the gazetteer id parsed once, interpreted without spaCy."""
from pipeline.fields import region_code, region_name
from pipeline.records import Mention


def test_a_place_that_is_both_a_regency_and_a_city():
    bogor = Mention("REGION", "Bogor", 0, 5, "kabupaten|Bogor|ID-JB;kota|Bogor|ID-JB")
    assert bogor.kind == "kabupaten" and bogor.kinds == {"kabupaten", "kota"}
    assert bogor.columns(2) == ["ID-JB", "ID-JB"] and region_code(bogor) == "ID-JB"
    assert region_name(bogor) == "Bogor"


def test_a_name_in_two_provinces_has_no_province_of_its_own():
    twice = Mention("REGION", "Kota Baru", 0, 9, "kabupaten|Kotabaru|ID-KS;kota|Kota Baru|ID-JA")
    assert region_code(twice) is None
    assert region_name(twice) == "Kotabaru"  # the shortest name people use


def test_columns_a_reading_lacks_are_empty():
    paper = Mention("INSTRUMENT", "Nota Kesepakatan", 0, 16, "nota_kesepakatan")
    assert (paper.kind, paper.column(1), paper.columns(1)) == ("nota_kesepakatan", "", [])
    assert Mention("PROVINCE", "Kalsel", 0, 6, "ID-KS").kind == region_code(Mention("PROVINCE", "Kalsel", 0, 6, "ID-KS"))
