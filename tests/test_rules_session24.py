"""Kinds of sentence read in session 24 (from probes 20-22's errors), on short invented articles."""
from pipeline import extract


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


PAGE = """<html lang="id"><head><title>{title}</title><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2022-09-07T10:00:00+07:00"></head><body>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<h1>{title}</h1><div class="byline">Rabu, 7 September 2022</div>
<article>{body}</article><footer>Hak cipta dilindungi</footer></body></html>"""


def test_a_pages_headline_is_read_as_a_texts_first_line_is():
    # the body misspells the signing; its headline, kept apart from it in the page, names it
    title = "Kejari Sanggau dan Pemkab Sanggau Tanda Tangani Nota Kesepahaman Bidang Datun"
    body = ("<p>SANGGAU - Kepala Kejaksaan Negeri Sanggau dan Bupati Sanggau melakukan penandanganan Nota "
            "Kesepahaman di bidang perdata dan tata usaha negara di Aula Kantor Bupati Sanggau, Selasa (6/9).</p>"
            "<p>Kedua pihak menyepakati beberapa poin yang dituangkan dalam Nota Kesepahaman tersebut, antara lain "
            "pendampingan hukum bagi perangkat daerah dan penyelesaian sengketa tata usaha negara.</p>"
            "<p>Bupati Sanggau berharap kerja sama ini membuat pelayanan publik di daerah itu semakin baik.</p>")
    page = PAGE.format(title=title, body=body)
    events = extract(page)["events"]
    assert [(e["agreement_type"], str(e["event_date"])) for e in events] == [("nota_kesepahaman", "2022-09-06")]
    text = ("\n\n".join([title, "SANGGAU - Kepala Kejaksaan Negeri Sanggau dan Bupati Sanggau melakukan "
                         "penandanganan Nota Kesepahaman di bidang perdata dan tata usaha negara di Aula Kantor "
                         "Bupati Sanggau, Selasa (6/9)."]))
    assert [e["agreement_type"] for e in extract(text, published="2022-09-07")["events"]] == ["nota_kesepahaman"]


def test_the_headlines_and_captions_title_cased_words_split_no_paper():
    # the headline's capitals and the caption's signers against the body's: one paper still
    text = ("Perkuat Pengawasan, Gubernur dan Kepala BPKP Sultra Tandatangani MoU\n\n"
            "Gubernur Sultra, Ali Mazi dan Kepala BPKP Sultra, Budi Santoso, usai menandatangani MoU (Foto/Istimewa)\n\n"
            "Outlet.com, Kendari - Gubernur Sulawesi Tenggara, Ali Mazi dan Kepala BPKP Perwakilan Sulawesi "
            "Tenggara, Budi Santoso, melakukan penandatanganan nota kesepakatan bersama tentang pengawasan "
            "pemerintahan daerah.\n\n"
            "Penandatanganan yang berlangsung di Rumah Jabatan Gubernur, Rabu (2/12), disaksikan Menteri Dalam "
            "Negeri secara daring.\n\n"
            "Usai menandatangani nota kesepakatan, Ali Mazi bersama Budi Santoso dan Kepala Inspektorat Sultra, "
            "Hasanuddin, mendengarkan arahan Menteri Dalam Negeri.")
    events = extract(text, published="2020-12-03")["events"]
    assert [(e["agreement_type"], str(e["event_date"])) for e in events] == [("nota_kesepakatan", "2020-12-02")]


def test_a_zone_said_of_every_subject_is_each_listed_subjects_zone():
    text = ("BENGKULU - Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan penyelenggaraan "
            "pelayanan publik tahun 2024. Dari hasil penilaian, semua pemerintah daerah telah masuk zona hijau.\n\n"
            "Wakil Ketua DPRD menyebut hasil itu kabar baik bagi warga.\n\n"
            "Dalam penilaian itu, Kabupaten Kaur meraih nilai 96,14, diikuti Kabupaten Lebong dengan nilai 93,76. "
            "Kemudian Kabupaten Seluma 89,10.")
    scores = extract(text, published="2024-12-10")["scores"]
    assert sorted((s["subject"], s["value"], s["zone"]) for s in scores) == [
        ("Kabupaten Kaur", 96.14, "hijau"), ("Kabupaten Lebong", 93.76, "hijau"), ("Kabupaten Seluma", 89.1, "hijau")]
    some = text.replace("semua pemerintah daerah telah masuk zona hijau", "empat pemerintah daerah masuk zona kuning")
    assert {s["zone"] for s in extract(some, published="2024-12-10")["scores"]} == {None}


def test_the_lines_before_the_body_are_those_above_its_dateline():
    from pipeline import nlp as nlp_stage
    from pipeline.assemble import before_the_lead
    from pipeline.model import read_settings
    from pipeline.fields import Context

    from .conftest import MODEL

    rules = nlp_stage.load(str(MODEL))

    def before(text):
        sentences, mentions = nlp_stage.analyse(rules, text)
        ctx = Context(text, sentences, mentions, [], None, rules.get_pipe("gazetteers").lexicon, read_settings())
        return sorted(before_the_lead(ctx))

    caption = "Gubernur Sultra saat menandatangani nota kesepahaman di aula kantor gubernur."
    body = "Pemerintah Provinsi Sulawesi Tenggara resmi meneken kerja sama penyediaan air bersih."
    headline = "Pemprov Sultra Teken Kerja Sama Air Bersih"
    assert before(f"{headline}\n\n{caption}\n\nKENDARI, OUTLET - {body}") == [0, 1]
    # a speaker's words before a colon are no dateline: the lines above them are the body
    assert before(f"{headline}\n\n{body}\n\nGubernur menambahkan: kerja sama ini penting.") == [0]
