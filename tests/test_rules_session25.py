"""Kinds of sentence read in session 25, on short invented articles."""
import pipeline


def extract(text, published=None):
    return pipeline.extract(text, published=published)


def test_the_day_a_report_was_quoted_is_no_day_of_the_signing():
    # "dikutip dari <source>, <day>" dates the writer's quoting: the signing keeps the day the lead gives
    text = ("BNN dan Pemprov NTT Teken Nota Kesepahaman\n\n"
            "KUPANG - Badan Narkotika Nasional dan Pemerintah Provinsi Nusa Tenggara Timur bertemu di Kupang "
            "pada Jumat (2/6/2023).\n\n"
            "Nota kesepahaman itu diteken Gubernur NTT Viktor Laiskodat dan Kepala BNN Petrus Golose, seperti "
            "dikutip dari laman resmi BNN, Senin (5/6/2023).")
    events = extract(text, published="2023-06-05")["events"]
    assert [str(e["event_date"]) for e in events] == ["2023-06-02"]


def test_a_report_opened_with_its_source_keeps_its_own_date():
    # the source opens the sentence; the date closes the report, after a comma: the signing's day
    text = ("BNN dan Pemprov NTT Teken Nota Kesepahaman\n\n"
            "Dilansir dari Antara, Gubernur NTT Viktor Laiskodat dan Kepala BNN Petrus Golose meneken nota "
            "kesepahaman di Kupang pada Jumat (2/6/2023).")
    events = extract(text, published="2023-06-05")["events"]
    assert [str(e["event_date"]) for e in events] == ["2023-06-02"]
