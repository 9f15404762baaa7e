"""The review page: built from a real run over corpus/, opened in headless Chromium (DOM and a
screenshot kept in tests/artifacts/), and escaped when the text holds markup."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.review import render_review, review_notebook
from pipeline.writers import SCHEMAS

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
EVENT_LABEL = re.compile(r"(nota_kesepahaman|nota_kesepakatan|kesepakatan_bersama|perjanjian_kerja_sama|mou|lainnya)"
                         r" \d{4}(-\d{2}){0,2}")


@pytest.fixture(scope="module")
def out(corpus_out) -> Path:
    return corpus_out


@pytest.fixture(scope="module")
def page(out, tmp_path_factory) -> Path:
    return render_review(out, tmp_path_factory.mktemp("page") / "review.html")


def chromium() -> str:
    """The Chromium binary, or a skip saying how to get one."""
    for name in ("chromium", "chromium-browser"):
        if found := shutil.which(name):
            return found
    if shutil.which("apt-get") is None:
        pytest.skip("no chromium and no apt-get to install it: the review page is not checked in a browser")
    pytest.skip("chromium is not installed: `make browser` installs it (apt-get install chromium)")


def browse(page: Path, *args: str, profile: Path) -> subprocess.CompletedProcess:
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", *args, page.resolve().as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def test_page_content(out, page):
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert html.count('<section class="doc" id="doc-') == 12
    assert 'class="spans"' in html  # displaCy's span markup
    assert "gubernur, signatory" in html  # a span label: role, and that the text says they signed
    assert EVENT_LABEL.search(html)
    assert "score 88.4" in html  # corpus #5: Pemprov Sulteng, nilai 88,4
    no_event = html[html.index('id="no-event"'):]
    assert no_event.count("<td>no_event</td>") == 4
    assert "Banjir Rendam Ratusan Rumah di Luwu" in no_event


def test_limit_caps_the_texts_not_the_no_event_list(out, tmp_path):
    html = render_review(out, tmp_path / "short.html", limit=2).read_text(encoding="utf-8")
    assert html.count('<section class="doc" id="doc-') == 2
    assert html[html.index('id="no-event"'):].count("<td>no_event</td>") == 4


def test_review_in_chromium(page, tmp_path):
    dom = browse(page, "--dump-dom", profile=tmp_path / "profile-dom").stdout
    assert 'class="spans"' in dom
    assert "gubernur, signatory" in dom and "kepala_perwakilan_ombudsman" in dom
    assert EVENT_LABEL.search(dom)
    assert "Documents with no event" in dom

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "review.png"
    shot.unlink(missing_ok=True)
    browse(page, f"--screenshot={shot}", "--window-size=1280,2000", profile=tmp_path / "profile-shot")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000  # text and highlights, not a blank page


def test_review_notebook_one_document(out, page):
    from pipeline.tables import load

    tables = load(out)
    doc_id = tables.events["doc_id"].iloc[0]
    shown = review_notebook(out, doc_id)
    assert f'id="doc-{doc_id}"' in shown.data and 'class="spans"' in shown.data
    with pytest.raises(KeyError):
        review_notebook(out, "not-a-doc-id")


def _write(out: Path, table: str, rows: list[dict]) -> None:
    (out / table).mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[table]), out / table / "part-0.parquet")


def test_markup_in_the_text_is_escaped(tmp_path):
    out = tmp_path / "out"
    text = ("<script>alert('x')</script> Gubernur Kalsel, Sahbirin Noor menandatangani Nota Kesepahaman "
            "dengan Ombudsman RI & mitra, Kamis (28/10/2021).\nPemprov Kalsel meraih nilai 86,6.")
    sentence = text.index("Gubernur"), text.index("\n")
    _write(out, "documents", [
        dict(doc_id="d1", source="a<b>.txt", title="<b>Judul</b> & co", status="ok", n_events=1, text=text,
             published_date=dt.date(2021, 10, 29), url='https://x.id/?a="1"'),
        dict(doc_id="d2", source="broken.html", status="failed", error="<i>cannot read</i>", n_events=0)])
    _write(out, "events", [dict(event_id="e1", doc_id="d1", agreement_type="nota_kesepahaman",
                                agreement_label="Nota <Kesepahaman>", event_date=dt.date(2021, 10, 28),
                                date_precision="day", province_codes=["ID-KS"], parties=["Ombudsman RI"],
                                scope=[], primary=True, evidence=text[slice(*sentence)],
                                start_char=sentence[0], end_char=sentence[1], signatories=["Sahbirin Noor"])])
    start = text.index("Sahbirin")
    _write(out, "people", [dict(doc_id="d1", event_id="e1", name="Sahbirin Noor", title="Gubernur Kalsel",
                                role="gubernur", acting=False, province_code="ID-KS", is_signatory=True,
                                start_char=start, end_char=start + len("Sahbirin Noor"))])
    _write(out, "scores", [dict(doc_id="d1", subject="Pemprov Kalsel", value=86.6, kind="achieved",
                                evidence="Pemprov Kalsel meraih nilai 86,6."),
                           dict(doc_id="d1", subject="Pemprov Kalsel", kind="target",
                                evidence="a sentence that is not in the text")])
    html = render_review(out, tmp_path / "review.html").read_text(encoding="utf-8")
    for raw in ("<script>", "<b>Judul</b>", "<i>cannot read</i>", "Nota <Kesepahaman>", 'a="1"'):
        assert raw not in html, raw
    for escaped in ("&lt;", "alert", "&lt;b&gt;Judul&lt;/b&gt; &amp; co", "&lt;i&gt;cannot read&lt;/i&gt;",
                    "a&lt;b&gt;.txt"):
        assert escaped in html, escaped
    assert "gubernur, signatory" in html and "nota_kesepahaman 2021-10-28" in html and "score 86.6" in html
    assert "evidence not found in the text" in html  # the target's sentence is reported, not dropped
    assert "<br>" in html  # the text's line break survives displaCy


HOSTILE_URLS = ["javascript:alert(document.domain)", "JavaScript:alert(1)", " javascript:alert(1)",
                "java\tscript:alert(1)", "\x01javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x", "https://x.id/a\nb"]
WEB_URLS = ["https://berita.contoh.id/2024/08/teken?a=1&b=2", "HTTP://berita.contoh.id/lama"]


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory) -> Path:
    """Documents whose url a feed, a WARC target or a skipped page's og:url could have given."""
    out = tmp_path_factory.mktemp("hostile") / "out"
    urls = HOSTILE_URLS + WEB_URLS
    _write(out, "documents", [dict(doc_id=f"d{n}", source=f"feed.jsonl#{n}", url=u, title=f"Judul {n}",
                                   status="skipped" if n % 2 else "no_event", error="gate" if n % 2 else None,
                                   n_events=0, text=f"Teks berita nomor {n}.")
                              for n, u in enumerate(urls)])
    return render_review(out, out.parent / "review.html")


def test_only_web_urls_become_links_and_no_script_may_run(hostile_page):
    html = hostile_page.read_text(encoding="utf-8")
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert sorted(h for h in hrefs if not h.startswith("#doc-")) == sorted(u.replace("&", "&amp;") for u in WEB_URLS)
    assert "alert(document.domain)" in html  # shown as text
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert csp and "script-src 'none'" in csp.group(1) and "default-src 'none'" in csp.group(1)
    assert html.index("Content-Security-Policy") < html.index("<style>")  # in force before any content


def test_hostile_urls_in_chromium(hostile_page, tmp_path):
    dom = browse(hostile_page, "--dump-dom", profile=tmp_path / "profile").stdout
    links = re.findall(r'<a href="([^"]*)"', dom)
    assert not [h for h in links if not h.startswith(("#doc-", "https://", "HTTP://"))], links
    assert "alert(document.domain)" in dom and "Documents with no event" in dom
