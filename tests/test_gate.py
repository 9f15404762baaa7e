"""The cheap gate skips pages with no trace of an agreement, and never a dev article."""
import gzip
import json
import re
import time

import pytest

from pipeline.config import DEFAULT_MODEL
from pipeline.readers import read_file
from pipeline.records import OK, SKIPPED
from pipeline.text import gate, load_gate

from .conftest import SHARED


def test_every_dev_article_passes_in_every_format(dev_dir, tmp_path):
    # the formats as the readers deliver them: html and txt files, and a JSONL of both
    files = sorted((dev_dir / "html").glob("*.html")) + sorted((dev_dir / "txt").glob("*.txt"))
    jsonl = tmp_path / "dev.jsonl.gz"
    with gzip.open(jsonl, "wt", encoding="utf-8") as fh:
        for p in files:
            key = "html" if p.suffix == ".html" else "text"
            fh.write(json.dumps({"url": f"https://example.test/{p.name}", key: p.read_text()}) + "\n")
    articles = [a for p in files + [jsonl] for a in read_file(p)]
    assert len(articles) == 2 * len(files)
    stopped = [a.source for a in articles if gate(a, str(DEFAULT_MODEL)).status != OK]
    assert stopped == []


@pytest.mark.parametrize("text, passes", [
    ("Pemprov Sulteng dan Ombudsman RI meneken nota kesepahaman.", True),
    ("Bupati menandatangani MoU dengan universitas.", True),
    ("Nilai kepatuhan Pemkab Sigi 88,1 masuk zona hijau.", True),
    ("Timnas menang 2-0 atas tamu dari Vietnam di Stadion Utama.", False),
    ("The mountain road was closed for maintenance.", False),  # "mou" only as a word
])
def test_gate_words(text, passes):
    assert load_gate(str(DEFAULT_MODEL)).passes(text) is passes


def test_skipped_page_keeps_its_title_and_url(tmp_path):
    page = tmp_path / "bola.html"
    page.write_text('<html><head><title>Timnas Menang</title><meta property="og:url" '
                    'content="https://bola.test/1"></head><body><p>Pertandingan seru.</p></body></html>')
    (art,) = read_file(page)
    art = gate(art, str(DEFAULT_MODEL))
    assert (art.status, art.title, art.url) == (SKIPPED, "Timnas Menang", "https://bola.test/1")
    assert "gate" in art.error


def test_title_and_url_in_any_attribute_order(tmp_path):
    page = tmp_path / "bola.html"
    page.write_text('<html><head><TITLE lang="id">Timnas\n  Menang &amp; Lolos</TITLE><meta name="x">'
                    '<meta content="https://bola.test/2" property="og:url"></head><body>Skor 2-0.</body></html>')
    art = gate(next(read_file(page)), str(DEFAULT_MODEL))
    assert (art.status, art.title, art.url) == (SKIPPED, "Timnas Menang & Lolos", "https://bola.test/2")


@pytest.mark.parametrize("junk", ['<meta property="og:url" ', "<meta ", "<title>"])
def test_a_page_of_unclosed_tags_is_skipped_in_linear_time(tmp_path, junk):
    """Thousands of unclosed tags in 240 KB once took the og:url pattern 29 s of backtracking."""
    page = tmp_path / "sampah.html"
    page.write_text("<html><head>" + junk * (240_000 // len(junk)) + "</head><body>Skor 2-0.</body></html>")
    art = next(read_file(page))
    t0 = time.perf_counter()
    art = gate(art, str(DEFAULT_MODEL))
    assert art.status == SKIPPED and art.url is None
    assert time.perf_counter() - t0 < 2


def test_real_news_mostly_stops_at_the_gate():
    news = SHARED / "bench" / "news-id" / "news.jsonl.gz"
    if not news.exists():
        pytest.skip("../shared/bench/news-id not found")
    g = load_gate(str(DEFAULT_MODEL))
    with gzip.open(news, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(1000), fh)]
    assert sum(map(g.passes, texts)) < 0.25 * len(texts)


def test_a_gate_word_that_holds_another_costs_no_scan_of_its_own():
    from pipeline.model import read_settings
    from pipeline.text import TextRules

    rules = TextRules({"gate.txt": ("tandatangan", "andatangan", "opini ombudsman", "ombudsman", "=mou")},
                      read_settings())
    assert rules.gate.words == ("andatangan", "ombudsman") and rules.gate.whole_words == ("mou",)
    assert rules.gate.passes("Naskah itu DITANDATANGANI kemarin.") and not rules.gate.passes("amount")


def _page(head: str, body: str) -> str:
    return f"<html><head><title>Berita</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize("page, passes", [
    (_page("", "<p>Pemkab dan Kejari meneken nota kesepahaman.</p>"), True),
    # the only trace is in what no extraction reads: a script's data, a style sheet
    (_page('<script>var tags = ["nota kesepahaman", "mou"];</script>', "<p>Jadwal liga.</p>"), False),
    (_page("<style>.kesepahaman-box{color:red}</style>", "<p>Jadwal liga.</p>"), False),
    # text between two scripts is read; an element of another case or never closed is read whole
    (_page("<script>a()</script>", "<p>MoU</p><script>b()</script>"), True),
    (_page('<SCRIPT>var x = "kesepahaman";</SCRIPT>', "<p>Jadwal liga.</p>"), True),
    (_page("", '<p>Jadwal liga.</p><script>var x = "kesepahaman";'), True),
])
def test_a_page_is_read_without_its_scripts_and_style_sheets(page, passes):
    assert load_gate(str(DEFAULT_MODEL)).passes(page, html=True) is passes


@pytest.mark.parametrize("text", [
    "Penandatanganan “MoU” di Kantor Gubernur", "Perjanjian KERJA SAMA daerah, Rp 5 miliar", "PKS—dengan Polda",
    "Amount and mountain, résumé, naïve", "Amount of the MoU", "Çok güzel MOUSE", "Séance “mou” à Paris",
    "Kepatuhan ☑ zona hijau",
    "Jadwal liga Indonesia: Persib – Persija", "\udce2 stray surrogate with teken",
])
def test_the_gate_on_bytes_answers_as_on_the_text(text):
    """ASCII gate words are looked for in the text's lowercased UTF-8 bytes: the answer is the
    one the lowercased text gives."""
    g = load_gate(str(DEFAULT_MODEL))
    low = text.lower()
    on_text = any(w in low for w in g.words) or any(
        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in g.whole_words)
    assert g.passes(text) is on_text


def test_gate_words_outside_ascii_are_looked_for_in_the_text():
    from pipeline.model import read_settings
    from pipeline.text import TextRules

    gate = TextRules({"gate.txt": ("kesepakátan", "=mou")}, read_settings()).gate
    assert gate.passes("KESEPAKÁTAN bersama") and gate.passes("sebuah MoU.") and not gate.passes("amount")


@pytest.mark.parametrize("head, title", [
    ("<html><head><title>Pemkab &amp; Kejari\n teken MoU</title>", "Pemkab & Kejari teken MoU"),
    ("<HTML><HEAD><TITLE lang=id>Berita Hari Ini</TITLE></HEAD>", "Berita Hari Ini"),
    ("<head><script>" + "x = 1;" * 20_000 + "</script><title>Jauh di bawah</Title>", "Jauh di bawah"),
    ("<head><meta charset=utf-8><title></title>", None),
    ("<head><title>Tidak pernah ditutup", None),
])
def test_a_skipped_page_keeps_the_title_of_its_head(head, title):
    from pipeline.text import page_title

    assert page_title(head) == title
