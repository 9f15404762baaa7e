"""Kinds of sentence read in session 24 (from probes 20-22's errors), on short invented articles."""
import pipeline


def extract(text, published=None):
    return pipeline.extract(text, published=published)


def test_a_photo_caption_above_the_dateline_tells_the_news_again():
    # the caption names the paper one way, the body another: one signing, of the body's paper
    text = ("Pemprov Sultra dan Enam Kabupaten Teken Kerja Sama Air Bersih\n\n"
            "Gubernur Sulawesi Tenggara saat menandatangani nota kesepahaman di aula kantor gubernur.\n\n"
            "KENDARI, OUTLET - Pemerintah Provinsi Sulawesi Tenggara resmi meneken kerja sama penyediaan air "
            "bersih. Penandatanganan kesepakatan bersama dengan enam pemerintah kabupaten itu dilakukan di "
            "Kendari, Senin (4/3/2024).")
    events = extract(text)["events"]
    assert [(e["agreement_type"], str(e["event_date"])) for e in events] == [("kesepakatan_bersama", "2024-03-04")]


def test_a_caption_below_the_lead_is_no_caption():
    # the body's own second paper, named after the lead, is still a signing of its own
    text = ("Pemprov Sultra Teken Dua Dokumen Kerja Sama\n\n"
            "KENDARI, OUTLET - Pemerintah Provinsi Sulawesi Tenggara dan Kejaksaan Tinggi Sulawesi Tenggara "
            "menandatangani kesepakatan bersama di Kendari, Senin (4/3/2024).\n\n"
            "Dalam kesempatan yang sama, Gubernur Sulawesi Tenggara dan Rektor Universitas Halu Oleo "
            "menandatangani nota kesepahaman tentang pengembangan sumber daya manusia.")
    types = sorted(e["agreement_type"] for e in extract(text)["events"])
    assert types == ["kesepakatan_bersama", "nota_kesepahaman"]
