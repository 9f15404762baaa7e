"""The page's own metadata when its head also carries another story's (text stage)."""
import pytest

import pipeline
from pipeline.text import own_metadata

LEAD = "Pemkab Contoh dan Kejari Contoh teken nota kesepakatan penanganan masalah hukum perdata"


def _page(*metas: str) -> str:
    return "<html><head><title>x</title>" + "".join(metas) + "</head><body>...</body></html>"


HOST = ('<meta property="og:url" content="https://host.example/2019/11/city-council-votes-on-new-budget-plan">'
        '<meta property="article:published_time" content="2019-11-20T04:31:13+00:00">')


def test_the_block_whose_slug_the_text_uses_is_the_articles():
    page = _page(HOST, '<meta property="og:url" content="https://berita.example/pemkab-contoh-teken-nota-kesepakatan">',
                 '<meta property="article:published_time" content="2024-04-22">')
    assert own_metadata(page, LEAD) == ("https://berita.example/pemkab-contoh-teken-nota-kesepakatan", "2024-04-22")


def test_a_slugless_url_beside_a_foreign_story_is_the_articles():
    page = _page(HOST, '<meta property="og:url" content="https://berita.example/?p=8401">',
                 '<meta property="article:published_time" content="2018-07-18">')
    assert own_metadata(page, LEAD) == ("https://berita.example/?p=8401", "2018-07-18")


def test_a_lone_foreign_story_gives_no_metadata():
    assert own_metadata(_page(HOST), LEAD) == ("", None)


def test_a_page_about_itself_keeps_trafilaturas_reading():
    page = _page('<meta property="og:url" content="https://berita.example/pemkab-contoh-teken-nota-kesepakatan">',
                 '<meta property="article:published_time" content="2024-04-22">')
    assert own_metadata(page, LEAD) is None
    assert own_metadata(_page(), LEAD) is None


# ------------------------------------------------------------------ lists of related headlines

def test_a_list_of_related_headlines_is_dropped_from_plain_text():
    from pipeline.config import DEFAULT_MODEL
    from pipeline.text import clean_text, related_headings

    text = ("Pemkab Contoh meneken nota kesepakatan.\n\nBERITA TERKAIT:\n\n"
            "- Pemkot Lain Teken MoU dengan Kejari\nPKS Penanganan Sampah Resmi Diteken\n\n"
            "Kerja sama itu berlaku tiga tahun.")
    cleaned = clean_text(text, (), related_headings(str(DEFAULT_MODEL)))
    assert cleaned == "Pemkab Contoh meneken nota kesepakatan.\n\nKerja sama itu berlaku tiga tahun."


@pytest.mark.parametrize("text,cleaned", [
    ("Bupati  Contoh\t\tmenandatangani  MoU. ", "Bupati Contoh menandatangani MoU."),   # blanks in a line
    ("Kerja sama **tiga tahun** dan *lima* bidang.", "Kerja sama tiga tahun dan lima bidang."),
    ("Paragraf satu.\n\n\n\n \nParagraf dua.", "Paragraf satu.\n\nParagraf dua."),  # one blank line
    ("  Satu baris\u00a0saja.\r\nDua.\n", "Satu baris saja.\nDua."),
    ("Nilai 5 * 3 tetap.", "Nilai 5 * 3 tetap."),
])
def test_plain_text_is_normalised(text, cleaned):
    from pipeline.text import clean_text

    assert clean_text(text, ()) == cleaned


def test_prose_after_a_heading_word_is_kept():
    from pipeline.config import DEFAULT_MODEL
    from pipeline.text import clean_text, related_headings

    text = "Berita Terkini\nPenandatanganan digelar di aula kantor bupati pada Senin pagi."
    assert clean_text(text, (), related_headings(str(DEFAULT_MODEL))).endswith("pada Senin pagi.")


def test_a_page_whose_fast_reading_misses_the_article_gets_the_full_extraction():
    """A real page of weight (../shared/bench/heavy) where trafilatura's fast mode takes the host
    site's English story: the full extraction (its fallbacks) finds the Indonesian agreement news."""
    import gzip
    from pathlib import Path

    import pytest

    from pipeline.config import DEFAULT_MODEL
    from pipeline.text import _read_page, is_indonesian

    pages = sorted(Path(__file__).resolve().parents[2].joinpath("shared", "bench", "heavy").glob("238*.html.gz"))
    if not pages:
        pytest.skip("../shared/bench/heavy not found: the benchmark pages live beside the repo")
    raw = gzip.open(pages[0], "rt", encoding="utf-8").read()
    doc = _read_page(raw, None, str(DEFAULT_MODEL))
    assert is_indonesian(doc.text) and "MoU" in doc.text


ENGLISH = ("<p>The city council met on Tuesday evening to discuss the new budget plan for the coming year, "
           "and members of the public were invited to share their views with the board.</p>")
COMMENTED = ("<p>Pemerintah Kabupaten Contoh dan Kejaksaan Negeri Contoh menandatangani nota kesepakatan "
             "tentang penanganan masalah hukum perdata dan tata usaha negara di aula kantor bupati, Senin (1/4/2024).</p>"
             "<p>Bupati Contoh mengatakan kerja sama itu menjadi dasar bagi jaksa pengacara negara untuk mendampingi "
             "pemerintah daerah dalam menyelesaikan masalah hukum yang dihadapi oleh dinas dan badan.</p>")


def test_an_article_in_a_block_trafilatura_leaves_out_is_read_from_the_pages_paragraphs():
    """The news stands in a comment of an English page: neither of trafilatura's readings holds it;
    the page's paragraphs, those in English left out, are the text."""
    from pipeline.config import DEFAULT_MODEL
    from pipeline.text import _read_page

    page = ("<html><head><title>Council news</title></head><body><article><h1>Council news</h1>" + ENGLISH * 6 +
            "</article><div id='comments' class='comments'><div class='comment'><div class='content'>" + COMMENTED +
            "</div></div></div></body></html>")
    doc = _read_page(page, None, str(DEFAULT_MODEL))
    assert doc.text.startswith("Pemerintah Kabupaten Contoh") and "city council" not in doc.text
    events = pipeline.extract(page)["events"]
    assert [str(e["event_date"]) for e in events] == ["2024-04-01"]


def _article(body: str) -> str:
    return ("<html><head><title>Pemkab Contoh teken MoU</title></head><body><article><h1>Pemkab Contoh teken MoU</h1>"
            + body + "</article><aside><ul><li><a href='/a'>Berita lain</a></li></ul></aside></body></html>")


SIGNED = ("<p>Pemerintah Kabupaten Contoh dan Kejaksaan Negeri Contoh menandatangani nota kesepakatan tentang "
          "penanganan masalah hukum perdata di aula kantor bupati, Senin (1/4/2024).</p>")
ADVERT = '<div class="ads">ADVERTISEMENT</div><p class="para_caption">SCROLL TO CONTINUE WITH CONTENT</p>'


@pytest.mark.parametrize("insert", [ADVERT, '<div class="ad-slot"><ins data-ad="1"></ins><script>show()</script></div>',
                                    "<div>Iklan</div>"])
def test_a_paragraph_an_insert_cuts_is_joined_again(insert):
    """An advert or a prompt inside a paragraph ends the paragraph when the page is parsed: the rest
    (here the signatories) is loose text that trafilatura leaves out, unless it is joined back."""
    from pipeline.config import DEFAULT_MODEL
    from pipeline.text import _read_page

    page = _article(SIGNED + "<p>Nota kesepakatan ditandatangani oleh Bupati Contoh, Budi Santoso, dan Kepala Kejaksaan "
                    "Negeri Contoh, Agus Sal" + insert + "im, disaksikan para kepala dinas.</p>" + SIGNED)
    doc = _read_page(page, None, str(DEFAULT_MODEL))
    assert "Kepala Kejaksaan Negeri Contoh, Agus Salim, disaksikan para kepala dinas." in doc.text
    assert "ADVERTISEMENT" not in doc.text and "show()" not in doc.text
    names = {p["name"] for p in pipeline.extract(page)["people"]}
    assert {"Budi Santoso", "Agus Salim"} <= names


def test_an_insert_between_paragraphs_or_a_line_break_joins_nothing():
    from lxml import html

    from pipeline.config import DEFAULT_MODEL
    from pipeline.text import mend_paragraphs, text_rules

    labels = text_rules(str(DEFAULT_MODEL)).inserts
    between = html.fromstring("<div><p>Kalimat satu.</p>" + ADVERT + "<p>Kalimat dua.</p></div>")
    lines = html.fromstring("<div><p>Judul bagian.</p><br>Baris lepas<br>baris lain</div>")
    assert mend_paragraphs(between, labels) == 0 and mend_paragraphs(lines, labels) == 0
    assert between.findtext("p") == "Kalimat satu." and "Baris lepas" in lines[1].tail
    # a whole sentence before the insert: the next one follows after a space, with its inline words
    cut = html.fromstring("<div><p>Kalimat satu." + ADVERT + "Kalimat <b>dua</b> selesai.</p><p>Tiga.</p></div>")
    assert mend_paragraphs(cut, labels) == 1
    assert [p.text_content() for p in cut.iter("p")] == ["Kalimat satu. Kalimat dua selesai.", "Tiga."]


def test_lines_in_another_language_leave_an_indonesian_article():
    from pipeline.text import drop_foreign_lines

    text = ("Pemerintah Kabupaten Contoh dan Kejaksaan Negeri Contoh menandatangani nota kesepakatan "
            "di aula kantor bupati pada hari Senin.\n"
            "Get the day's big stories and the 2019 playoff picture in your inbox.\n"
            "Kabupaten Contoh 80,71 Zona Hijau Kabupaten Lain 78,20 Zona Kuning\n"
            "Bupati menyambut baik kerja sama itu.")
    kept = drop_foreign_lines(text).splitlines()
    assert kept == [text.splitlines()[0], text.splitlines()[2], text.splitlines()[3]]
    # through the whole stage: the English line's year completes no date
    article = pipeline.extract("KOTA CONTOH – " + text.replace("pada hari Senin", "Senin (1/4)"))
    assert all(e["event_date"] is None for e in article["events"])


# ------------------------------------------------------------------ trafilatura's metadata, trimmed

def _real_pages() -> list[bytes]:
    import gzip

    from .conftest import ROOT, SHARED

    pages = [p.read_bytes() for p in sorted((ROOT / "corpus" / "html").glob("*.html"))]
    heavy = sorted((SHARED / "bench" / "heavy").glob("*.html.gz"))[::8]  # real sites' pages, where present
    return pages + [gzip.decompress(p.read_bytes()) for p in heavy]


def test_page_metadata_is_trafilaturas_for_the_fields_kept():
    """`page_metadata` skips what trafilatura's `extract_metadata` also looks for (authors,
    categories, tags, license); what Sepakat keeps must stay trafilatura's reading, page for page
    (this fails when a trafilatura release changes how it finds them)."""
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    from pipeline.text import _DATE_PARAMS, page_metadata

    pages = _real_pages()
    assert len(pages) >= 3
    for page in pages:
        ours = page_metadata(load_html(page), None)
        theirs = extract_metadata(load_html(page), None, dict(_DATE_PARAMS))
        assert (ours.title, ours.url, ours.sitename, ours.date) == \
               (theirs.title, theirs.url, theirs.sitename, theirs.date)
        assert ours.title  # a real page has a title: the comparison is not of Nones


def test_a_date_the_body_tells_before_the_month_of_the_url_is_no_publication_date():
    # "Selasa (14/8)" is then read in the URL's year, not as a day to come after a false date
    text = ("PLN Gandeng Kejari\n\nTernate - PLN dan Kejari Contoh melaksanakan penandatanganan Kesepakatan Bersama di "
            "Ternate, Selasa (14/8).\n\nKegiatan ini tindak lanjut dari penandatanganan di Nusa Dua, Bali pada 12 "
            "April 2018.")
    url = "https://pln.example/warta/2018/08/pln-gandeng-kejari"
    found = pipeline.extract(text, url=url)
    assert found["documents"][0]["published_date"] is None
    assert [str(e["event_date"]) for e in found["events"] if e["primary"]] == ["2018-08-14"]
    # without a URL neither: the date is told in a sentence of what the news follows on from
    # ("tindak lanjut dari"), the earlier signing's; the news's day takes the year the text writes
    found = pipeline.extract(text)
    assert found["documents"][0]["published_date"] is None
    assert [(str(e["event_date"]), e["primary"]) for e in found["events"]] == \
        [("2018-08-14", True), ("2018-04-12", False)]


def _heavy_page(prefix: str) -> str:
    import gzip
    from pathlib import Path

    pages = sorted(Path(__file__).resolve().parents[2].joinpath("shared", "bench", "heavy").glob(f"{prefix}*.html.gz"))
    if not pages:
        pytest.skip("../shared/bench/heavy not found: the benchmark pages live beside the repo")
    return gzip.open(pages[0], "rt", encoding="utf-8").read()


def test_the_fast_reading_skips_trafilaturas_recall_escalation_and_puts_its_switch_back(monkeypatch):
    """A short agreement article in a real page of weight: trafilatura would measure the whole
    page's text (html2txt) to decide on a recall retry; the fast reading does not, and the module
    constant it turns off is as it was afterwards."""
    import trafilatura.core as core

    from pipeline.config import DEFAULT_MODEL
    from pipeline.text import _read_page

    if not hasattr(core, "ESCALATION_MAX_LENGTH"):
        pytest.skip("this trafilatura has no recall escalation")
    raw = _heavy_page("000_")
    calls = []
    real = core.html2txt
    monkeypatch.setattr(core, "html2txt", lambda *a, **k: calls.append(1) or real(*a, **k))
    limit = core.ESCALATION_MAX_LENGTH
    doc = _read_page(raw, None, str(DEFAULT_MODEL))
    assert "Ombudsman" in doc.text and len(doc.text) < limit
    assert calls == [] and core.ESCALATION_MAX_LENGTH == limit
    from trafilatura import bare_extraction

    bare_extraction(raw, fast=True)  # trafilatura called directly keeps its escalation
    assert calls


def test_without_the_escalation_the_fast_reading_keeps_trafilaturas_text():
    """On real pages of weight the escalation, measured and declined, changed nothing."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    from pipeline.config import DEFAULT_MODEL
    from pipeline.text import _read_page, mend_paragraphs, text_rules

    for prefix in ("000_", "204", "231"):
        raw = _heavy_page(prefix)
        tree = load_html(raw)
        mend_paragraphs(tree, text_rules(str(DEFAULT_MODEL)).inserts)
        full = bare_extraction(tree, include_comments=False, include_tables=False, fast=True)
        assert _read_page(raw, None, str(DEFAULT_MODEL)).text == full.text
