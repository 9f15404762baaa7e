"""Kinds of sentence read from probe 22's news, on short invented articles: a venue abroad with no
town, an occasion said to be centred somewhere, an office of a foreign state's region, a Malaysian
honorific, a unit of the police's headquarters."""
import pipeline


def extract(text, published="2025-04-10"):
    return pipeline.extract(text, published=published)


def people(text, published="2025-04-10"):
    return {p["name"]: (p["role"], p["province_code"]) for p in extract(text, published)["people"]}


def test_a_building_abroad_is_no_town_and_the_datelines_town_is_not_the_venue():
    text = ("Jakarta - Indonesia dan Turki meneken nota kesepahaman di bidang kebencanaan. Penandatanganan MoU "
            "tersebut berlangsung di Istana Kepresidenan Turki, Kamis (10/4/2025).")
    assert [e["city"] for e in extract(text)["events"]] == [None]
    named = ("Jakarta - Indonesia dan Turki meneken nota kesepahaman di bidang kebencanaan. Penandatanganan MoU "
             "tersebut berlangsung di Istana Kepresidenan, Ankara, Turki, Kamis (10/4/2025).")
    assert [e["city"] for e in extract(named)["events"]] == ["Ankara"]


def test_an_occasion_centred_somewhere_is_there():
    text = ("TERNATE - Rapat koordinasi pelayanan publik se-Maluku Utara dipusatkan di Sofifi. Dalam rapat itu "
            "Ombudsman RI dan Pemprov Malut menandatangani nota kesepakatan, Kamis (14/7/2022).")
    assert [e["city"] for e in extract(text, "2022-07-15")["events"]] == ["Sofifi"]


def test_the_governor_of_a_foreign_prefecture_holds_no_office_of_indonesia():
    text = ("Sekjen Kemnaker Ahmad Santoso menandatangani nota kesepahaman dengan Gubernur Prefektur Miyagi, "
            "Yoshihiro Murai, di Sendai, Senin (10/3/2025).")
    assert people(text, "2025-03-10")["Yoshihiro Murai"] == ("lainnya", None)


def test_a_malaysian_honorific_is_no_part_of_the_name():
    text = ("Menaker Ahmad Santoso dan Menteri Sumber Manusia Malaysia Budi Hartono menandatangani nota "
            "kesepahaman di Jakarta, Jumat (1/4/2022), disaksikan Perdana Menteri Malaysia Dato' Sri Ismail "
            "Sabri Yakob.")
    assert "Ismail Sabri Yakob" in people(text, "2022-04-01")


def test_a_unit_of_the_police_headquarters_is_no_name():
    text = ("Polri dan Kemenag menandatangani perjanjian kerja sama di Jakarta, Senin (4/12/2023). Hadir Kepala "
            "Divisi Profesi dan Pengamanan Polri Irjen Ahmad Santoso.")
    assert "Divisi Profesi" not in people(text, "2023-12-04")
