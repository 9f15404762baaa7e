"""Signings, their dates and places, on short invented articles (pipeline.extract)."""
import pipeline


def events(text, published="2024-11-13"):
    return pipeline.extract(text, published=published)["events"]


def test_a_year_said_of_the_signing_is_refined_by_the_day_of_the_ceremony():
    text = ("Pemkab Contoh menjalin kerja sama dengan Polres Contoh di Aula Pemkab, Selasa (5/11/2024).\n"
            "Kapolres Contoh dan Bupati Contoh meneken MoU pengamanan Pilkada Serentak Tahun 2024.")
    (event,) = events(text)
    assert str(event["event_date"]) == "2024-11-05"


def test_a_year_of_another_year_does_not_take_the_ceremonys_day():
    text = ("Pemkab Contoh menggelar rapat kerja di Aula Pemkab, Selasa (5/11/2024).\n"
            "Dalam rapat itu disebutkan, Bupati Contoh dan Kapolres Contoh meneken MoU pengamanan pada tahun 2021.")
    dates = sorted(str(e["event_date"]) for e in events(text))
    assert dates == ["2021-01-01"]
