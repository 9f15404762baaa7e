"""The review pages: built from a real run over corpus/ and from invented tables; the text shown
character for character with marks at the rows' offsets; pagination, limit and sample; filters;
nothing missing shown as `nan`; hostile text and URLs escaped; and the pages opened in headless
Chromium (driven over the DevTools protocol on a pipe, standard library only), where the filters
must hide rows and the page must fit 600 px. A screenshot of each width is kept in tests/artifacts/."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from html.parser import HTMLParser
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
SECTION = '<section class="doc item'
MISSING = re.compile(r"\b(nan|NaN|None|NaT|NA)\b|<NA>")


@pytest.fixture(scope="module")
def out(corpus_out) -> Path:
    return corpus_out


@pytest.fixture(scope="module")
def index(out, tmp_path_factory) -> Path:
    return render_review(out, tmp_path_factory.mktemp("page") / "review.html", per_page=5)


def pages(index: Path) -> list[Path]:
    return sorted(index.parent.glob(f"{index.stem}-[0-9][0-9][0-9].html"))


def _write(out: Path, table: str, rows: list[dict]) -> None:
    (out / table).mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[table]), out / table / "part-0.parquet")


class Marks(HTMLParser):
    """Reads a page back: per document section, its text as shown (labels left out) and, for
    each mark kind, the character ranges of the text it covers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.docs: dict[str, dict] = {}
        self._doc = None
        self._stack: list[tuple[str, set[str]]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        if tag == "section" and "doc" in classes:
            self._doc = self.docs.setdefault(a["id"].removeprefix("doc-"), {"text": "", "marks": {}})
        self._stack.append((tag, classes))

    def handle_endtag(self, tag):
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self._doc is None or not any("spans" in c for _, c in self._stack):
            return
        if any("lbl" in c for _, c in self._stack):
            self._doc.setdefault("labels", []).append((len(self._doc["text"]), data))
            return
        start = len(self._doc["text"])
        self._doc["text"] += data
        for tag, classes in self._stack:
            if tag == "mark":
                for kind in classes:
                    ranges = self._doc["marks"].setdefault(kind, [])
                    if ranges and ranges[-1][1] == start:
                        ranges[-1] = (ranges[-1][0], start + len(data))
                    else:
                        ranges.append((start, start + len(data)))


def read_marks(*html_files: Path) -> dict[str, dict]:
    parser = Marks()
    for f in html_files:
        parser.feed(f.read_text(encoding="utf-8"))
    return parser.docs


def visible_text(html: str) -> str:
    """The page's text outside tags, as a reader sees it (style block left out)."""
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


# --- invented documents: exact offsets, missing values, rows that do not fit ---------------------

TEXT = ("Gubernur Kalsel, Sahbirin Noor menandatangani Nota Kesepahaman dengan Ombudsman RI, "
        "Kamis (28/10/2021).\nPemprov Kalsel meraih nilai 86,6 (zona hijau) dalam penilaian 2021.\n"
        "Acara ditutup pukul 12.00 WITA.")


@pytest.fixture(scope="module")
def invented(tmp_path_factory) -> tuple[Path, Path]:
    """One document with an event, a signatory and a score at known places, one whose rows do not
    fit its text, and a no_event document with every optional column missing."""
    out = tmp_path_factory.mktemp("invented") / "out"
    sentence = 0, TEXT.index("\n")
    score = TEXT.index("Pemprov"), TEXT.index("\nAcara")
    name = TEXT.index("Sahbirin"), TEXT.index("Sahbirin") + len("Sahbirin Noor")
    _write(out, "documents", [
        dict(doc_id="d1", source="a.txt", title="Judul satu", status="ok", n_events=1, text=TEXT,
             published_date=dt.date(2021, 10, 29), url="https://contoh.id/a"),
        dict(doc_id="d2", source="b.txt", title="Judul dua", status="ok", n_events=1, text="Teks pendek."),
        dict(doc_id="d3", source="c.txt", status="no_event", reason="nothing_found", n_events=0,
             error="nothing about an agreement signing or a compliance result", text="Berita lain.")])
    event = dict(agreement_type="nota_kesepahaman", agreement_label="Nota Kesepahaman", province_codes=["ID-KS"],
                 parties=["Ombudsman RI"], scope=[], primary=True, signatories=["Sahbirin Noor"])
    _write(out, "events", [
        dict(event, event_id="e1", doc_id="d1", event_date=dt.date(2021, 10, 28), date_precision="day",
             evidence=TEXT[slice(*sentence)], start_char=sentence[0], end_char=sentence[1]),
        dict(event, event_id="e2", doc_id="d2", evidence="Teks pendek sekali.", start_char=0, end_char=400),
        dict(event, event_id="e3", doc_id="d2", evidence="Kalimat lain.", start_char=0, end_char=5)])
    _write(out, "people", [dict(doc_id="d1", event_id="e1", name="Sahbirin Noor", title="Gubernur Kalsel",
                                role="gubernur", acting=False, province_code="ID-KS", is_signatory=True,
                                start_char=name[0], end_char=name[1])])
    _write(out, "scores", [
        dict(doc_id="d1", subject="Pemprov Kalsel", province_code="ID-KS", year=2021, value=86.6, zone="hijau",
             kind="achieved", evidence=TEXT[slice(*score)]),
        dict(doc_id="d2", subject="Pemkab X", kind="target", evidence="Kalimat yang tidak ada di teks.")])
    return out, render_review(out, out.parent / "review.html")


def test_text_is_shown_as_stored_with_marks_at_the_offsets(invented):
    out, index = invented
    doc = read_marks(*pages(index))["d1"]
    assert doc["text"] == TEXT  # character for character: "Kamis (28/10/2021)", the line break kept
    sentence = (0, TEXT.index("\n"))
    name = (TEXT.index("Sahbirin"), TEXT.index("Sahbirin") + len("Sahbirin Noor"))
    score = (TEXT.index("Pemprov"), TEXT.index("\nAcara"))
    assert doc["marks"]["ev"] == [sentence]
    assert doc["marks"]["sg"] == [name]  # the signatory inside the event sentence
    assert doc["marks"]["sc"] == [score]  # found in the text: scores have no offsets
    assert "pe" not in doc["marks"]
    labels = dict(doc["labels"])
    assert labels[name[1]] == "gubernur, signatory"  # each label right after its span
    assert labels[sentence[1]] == "nota_kesepahaman 2021-10-28"
    assert labels[score[1]] == "score Pemprov Kalsel 86.6 hijau 2021 achieved"


def test_rows_that_do_not_fit_the_text_are_reported(invented):
    _, index = invented
    page = pages(index)[0].read_text(encoding="utf-8")
    d2 = page[page.index('id="doc-d2"'):page.index('id="doc-d3"')]
    assert "offsets 0–400 do not fit the text" in d2
    assert "score Pemkab X target: evidence sentence not found in the text" in d2
    assert "nota_kesepahaman no date: the text at offsets 0–5 is not its evidence sentence" in d2
    assert read_marks(pages(index)[0])["d2"]["marks"] == {"ev": [(0, 5)]}  # marked all the same, where it says


def test_nothing_missing_is_shown_as_nan_or_none(invented, index):
    for f in [invented[1], *pages(invented[1]), index, *pages(index)]:
        shown = visible_text(f.read_text(encoding="utf-8"))
        assert not MISSING.search(shown), (f.name, MISSING.search(shown))
    d3 = pages(invented[1])[0].read_text(encoding="utf-8").split('id="doc-d3"')[1]
    assert "no_event (nothing_found)" in d3 and "why: nothing about an agreement signing" in d3


def test_event_date_at_its_precision(tmp_path):
    out = tmp_path / "out"
    _write(out, "documents", [dict(doc_id="d1", source="a.txt", status="ok", n_events=1, text="Teks.")])
    _write(out, "events", [dict(event_id="e1", doc_id="d1", agreement_type="mou", agreement_label="MoU",
                                event_date=dt.date(2017, 1, 1), date_precision="year", province_codes=[],
                                parties=[], scope=[], primary=False, evidence="Teks.", start_char=0, end_char=5)])
    page = pages(render_review(out, tmp_path / "r.html"))[0].read_text(encoding="utf-8")
    assert "<th>event_date</th><td>2017</td>" in page and "mou 2017<" in page and "2017-01-01" not in page


# --- a real run over corpus/: pagination, limit, sample, filters ----------------------------------

def test_one_page_per_n_documents_and_an_index(out, index):
    files = pages(index)
    assert [f.name for f in files] == ["review-001.html", "review-002.html", "review-003.html"]  # 12 documents, 5 a page
    assert [f.read_text(encoding="utf-8").count(SECTION) for f in files] == [5, 5, 2]
    html = index.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert SECTION not in html  # the index holds no text, only the table of contents
    assert html.count('<tr class="item"') == 12
    for f in files:
        assert f'href="{f.name}"' in html
    marks = read_marks(*files)
    assert len(marks) == 12
    assert "gubernur, signatory" in files[0].read_text(encoding="utf-8")
    assert EVENT_LABEL.search(files[0].read_text(encoding="utf-8"))
    assert any("score Pemprov Sulteng 88.4 hijau kepatuhan_tinggi 2023 achieved" == label  # corpus #5: nilai 88,4
               for doc in marks.values() for _, label in doc.get("labels", []))
    # documents with events first, then those with none
    statuses = re.findall(r'<tr class="item" data-s="(\w+)"', html)
    assert statuses == sorted(statuses, key=["ok", "no_event"].index) and statuses.count("no_event") == 4


def test_no_event_reasons_counted_on_the_index(index):
    html = index.read_text(encoding="utf-8")
    table = html[html.index("Documents with no event, by reason"):html.index("<h2>Pages")]
    for reason in ("scores_only", "no_signing_verb", "no_instrument", "planned_signing"):
        assert f"<td>no_event</td><td>{reason}</td>" in table


def test_fewer_pages_remove_the_old_ones_only(out, tmp_path):
    index = render_review(out, tmp_path / "review.html", per_page=2)
    assert len(pages(index)) == 6
    keep = tmp_path / "review-notes.html"
    keep.write_text("mine")
    render_review(out, index, per_page=12)
    assert [f.name for f in pages(index)] == ["review-001.html"] and keep.read_text() == "mine"


def test_limit_takes_the_first_and_sample_a_reproducible_draw(out, tmp_path):
    def shown(**kw) -> list[str]:
        index = render_review(out, tmp_path / "r.html", **kw)
        return re.findall(r'id="doc-(\w+)"', "".join(p.read_text(encoding="utf-8") for p in pages(index)))

    everything = shown()
    assert shown(limit=3) == everything[:3]
    draw = shown(sample=4, seed=1)
    assert len(draw) == 4 and set(draw) <= set(everything)
    assert draw == [d for d in everything if d in draw]  # in the pages' order
    assert shown(sample=4, seed=1) == draw and shown(sample=4, seed=2) != draw
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "12 documents (" in html and "Shown: 4 drawn at random (seed 2)." in html  # counts of the folder
    with pytest.raises(ValueError):
        render_review(out, tmp_path / "r.html", limit=2, sample=2)


def test_filters_by_status_reason_type_and_province(index):
    html = index.read_text(encoding="utf-8")
    for key in ("s", "r", "t", "p"):
        assert f'<select id="f-{key}">' in html
    assert '<option value="no_event">no_event (4)</option>' in html
    assert '<option value="planned_signing">planned_signing (1)</option>' in html
    assert '<option value="perjanjian_kerja_sama">perjanjian_kerja_sama (2)</option>' in html
    assert '<option value="ID-ST">ID-ST Sulawesi Tengah (' in html
    # a CSS rule per value hides the items without it while it is chosen
    assert 'body:has(#f-p option[value="ID-ST"]:checked) .item:not([data-p~="ID-ST"]) { display: none; }' in html
    row = re.search(r'<tr class="item"[^>]*>.*?</tr>', html[html.index("f04b8004cd9136f0") - 300:]).group()
    # the papers of the Malut page: its Nota Kesepahaman and PKS, and the MoU of 2022 they renew (an
    # earlier paper the text names only "MoU")
    assert 'data-t="mou nota_kesepahaman perjanjian_kerja_sama"' in row and 'data-p="ID-MU"' in row


def test_styles_allowed_by_hash_and_no_script(index):
    for f in [index, *pages(index)]:
        html = f.read_text(encoding="utf-8")
        csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
        css = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
        assert f"style-src 'sha256-{digest}'" in csp and "unsafe-inline" not in csp
        assert "script-src 'none'" in csp and "default-src 'none'" in csp
        assert "<script" not in html and " style=" not in html
        assert html.index("Content-Security-Policy") < html.index("<style>")


def test_review_notebook_one_document(out):
    from pipeline.tables import load

    tables = load(out)
    doc_id = tables.events["doc_id"].iloc[0]
    shown = review_notebook(out, doc_id)
    assert f'id="doc-{doc_id}"' in shown.data and 'class="spans"' in shown.data
    with pytest.raises(KeyError):
        review_notebook(out, "not-a-doc-id")


def test_review_command(out, tmp_path, cli):
    proc = cli("review", out, "--html", tmp_path / "r.html", "--per-page", "4", "--sample", "6", "--seed", "3")
    assert proc.stdout.strip() == f"wrote {tmp_path / 'r.html'}"
    assert len(pages(tmp_path / "r.html")) == 2
    for args in (("--per-page", "0"), ("--limit", "-1"), ("--limit", "2", "--sample", "2")):
        bad = cli("review", out, "--html", tmp_path / "x.html", *args, check=False)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr, args
    folder = cli("review", out, "--html", tmp_path, check=False)
    assert folder.returncode == 2 and "is a folder" in folder.stderr


def test_markup_in_the_text_is_escaped(tmp_path):
    out = tmp_path / "out"
    text = ("<script>alert('x')</script> Gubernur Kalsel, Sahbirin Noor menandatangani Nota Kesepahaman "
            "dengan Ombudsman RI & mitra, Kamis (28/10/2021).\nPemprov Kalsel meraih nilai 86,6.")
    sentence = text.index("Gubernur"), text.index("\n")
    _write(out, "documents", [
        dict(doc_id="d1", source="a<b>.txt", title="<b>Judul</b> & co", status="ok", n_events=1, text=text,
             published_date=dt.date(2021, 10, 29), url='https://x.id/?a="1"', outlet="<i>Koran</i>"),
        dict(doc_id="d2", source="broken.html", status="failed", error="<i>cannot read</i>", n_events=0)])
    _write(out, "events", [dict(event_id="e1", doc_id="d1", agreement_type="nota_kesepahaman",
                                agreement_label="Nota <Kesepahaman>", event_date=dt.date(2021, 10, 28),
                                date_precision="day", province_codes=["ID-KS\"></style><script>"],
                                parties=["Ombudsman RI"], scope=[], primary=True, evidence=text[slice(*sentence)],
                                start_char=sentence[0], end_char=sentence[1], signatories=["Sahbirin Noor"])])
    index = render_review(out, tmp_path / "review.html")
    html = index.read_text(encoding="utf-8") + pages(index)[0].read_text(encoding="utf-8")
    for raw in ("<script>", "<b>Judul</b>", "<i>cannot read</i>", "<i>Koran</i>", "Nota <Kesepahaman>", 'a="1"'):
        assert raw not in html, raw
    for escaped in ("&lt;script&gt;alert", "&lt;b&gt;Judul&lt;/b&gt; &amp; co", "&lt;i&gt;cannot read&lt;/i&gt;",
                    "a&lt;b&gt;.txt", "&lt;i&gt;Koran&lt;/i&gt;"):
        assert escaped in html, escaped
    css = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    assert "</style" not in css and "<" not in css  # a value in a filter rule cannot end the style block
    assert read_marks(pages(index)[0])["d1"]["text"] == text


HOSTILE_URLS = ["javascript:alert(document.domain)", "JavaScript:alert(1)", " javascript:alert(1)",
                "java\tscript:alert(1)", "\x01javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x", "https://x.id/a\nb"]
WEB_URLS = ["https://berita.contoh.id/2024/08/teken?a=1&b=2", "HTTP://berita.contoh.id/lama"]
OWN_LINK = re.compile(r"(review(-\d{3})?\.html)?(#doc-\w+)?")


@pytest.fixture(scope="module")
def hostile_index(tmp_path_factory) -> Path:
    """Documents whose url a feed, a WARC target or a skipped page's og:url could have given."""
    out = tmp_path_factory.mktemp("hostile") / "out"
    urls = HOSTILE_URLS + WEB_URLS
    _write(out, "documents", [dict(doc_id=f"d{n}", source=f"feed.jsonl#{n}", url=u, title=f"Judul {n}",
                                   status="skipped" if n % 2 else "no_event", error="gate" if n % 2 else None,
                                   n_events=0, text=f"Teks berita nomor {n}.")
                              for n, u in enumerate(urls)])
    return render_review(out, out.parent / "review.html")


def test_only_web_urls_become_links_and_no_script_may_run(hostile_index):
    html = "".join(f.read_text(encoding="utf-8") for f in [hostile_index, *pages(hostile_index)])
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert sorted(h for h in hrefs if not OWN_LINK.fullmatch(h)) == sorted(u.replace("&", "&amp;") for u in WEB_URLS)
    assert "alert(document.domain)" in html  # shown as text


# --- headless Chromium ---------------------------------------------------------------------------

def chromium() -> str:
    """The Chromium binary, or a skip saying how to get one."""
    for name in ("chromium", "chromium-browser"):
        if found := shutil.which(name):
            return found
    if shutil.which("apt-get") is None:
        pytest.skip("no chromium and no apt-get to install it: the review pages are not checked in a browser")
    pytest.skip("chromium is not installed: `make browser` installs it (apt-get install chromium)")


class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
    JSON messages ended by a NUL byte, commands on fd 3, replies on fd 4): no driver, no package."""

    FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", "--remote-debugging-pipe")

    def __init__(self, binary: str):
        self.profile = tempfile.mkdtemp(prefix="sepakat-chromium-")
        child_in, self._out = os.pipe()
        self._in, child_out = os.pipe()

        def as_fds_3_and_4():  # in the child: its ends of the pipes where Chromium looks for them
            a, b = os.dup(child_in), os.dup(child_out)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen([binary, *self.FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                     preexec_fn=as_fds_3_and_4, close_fds=False,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(child_in)
        os.close(child_out)
        self._buffer, self._id, self.session = b"", 0, None

    def send(self, method: str, browser_level: bool = False, **params):
        self._id += 1
        message = {"id": self._id, "method": method, "params": params}
        if self.session and not browser_level:
            message["sessionId"] = self.session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._in, 1 << 16)
                assert chunk, "chromium closed the DevTools pipe"
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._id:
                assert "error" not in reply, reply["error"]
                return reply["result"]

    def open(self, page: Path, width: int, height: int = 1000) -> None:
        target = self.send("Target.createTarget", browser_level=True, url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", browser_level=True, targetId=target, flatten=True)["sessionId"]
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        self.send("Page.navigate", url=page.resolve().as_uri())
        deadline = time.monotonic() + 60
        while self.js("document.readyState") != "complete":
            assert time.monotonic() < deadline, f"{page} did not load"
            time.sleep(0.05)

    def js(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def screenshot(self, path: Path, width: int, height: int) -> bytes:
        data = base64.b64decode(self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                                          clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})["data"])
        path.write_bytes(data)
        return data

    def close(self) -> None:
        try:
            self.send("Browser.close", browser_level=True)
            self.proc.wait(timeout=15)
        except (AssertionError, OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        finally:
            os.close(self._in)
            os.close(self._out)
            shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    b = Browser(chromium())
    yield b
    b.close()


VISIBLE_ITEMS = "[...document.querySelectorAll('.item')].filter(e => e.offsetParent !== null).length"


def test_filters_hide_rows_in_chromium(browser, index):
    rows = [dict(re.findall(r'data-(\w)="([^"]*)"', r)) for r in re.findall(r'<tr class="item"[^>]*>', index.read_text())]

    def matching(chosen: dict[str, str]) -> int:
        return sum(all(v in r.get(k, "").split() for k, v in chosen.items() if v) for r in rows)

    browser.open(index, width=1280)
    assert browser.js(VISIBLE_ITEMS) == 12
    assert browser.js("document.querySelector('.shown').getBoundingClientRect().top") < \
        browser.js("document.querySelector('.toc table').getBoundingClientRect().top")  # the count above the table
    chosen: dict[str, str] = {}
    for key, value, n in (("s", "no_event", 4), ("r", "planned_signing", 1), ("s", "", 1), ("r", "", 12),
                          ("t", "nota_kesepakatan", 2), ("p", "ID-ST", 1), ("t", "", None)):
        browser.js(f"document.getElementById('f-{key}').value = {json.dumps(value)}")
        chosen[key] = value
        assert browser.js(VISIBLE_ITEMS) == matching(chosen) == (n if n is not None else matching(chosen)), chosen
    assert matching(chosen) > 1  # ID-ST alone: more than with the type too
    # on a page the same filters hide the documents' sections
    browser.open(pages(index)[0], width=1280)
    browser.js("document.getElementById('f-s').value = 'ok'")
    assert browser.js("[...document.querySelectorAll('section.item')].filter(e => e.offsetParent).length") == 5
    browser.js("document.getElementById('f-p').value = 'ID-ST'")
    assert 1 <= browser.js("[...document.querySelectorAll('section.item')].filter(e => e.offsetParent).length") < 5


@pytest.mark.parametrize("width", [1280, 600])
def test_pages_fit_the_window_in_chromium(browser, index, width):
    ARTIFACTS.mkdir(exist_ok=True)
    for page in (index, pages(index)[0]):
        browser.open(page, width=width)
        assert browser.js("document.documentElement.scrollWidth") <= width, page.name  # no sideways scrolling
        if page != index:
            columns = browser.js("getComputedStyle(document.querySelector('.row')).gridTemplateColumns")
            assert len(columns.split()) == (2 if width > 800 else 1), columns  # text and tables side by side, or stacked
            assert browser.js("document.querySelectorAll('mark.ev').length") > 0
        shot = browser.screenshot(ARTIFACTS / f"{page.stem}-{width}.png", width, 1600)
        assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 30_000  # text and marks, not a blank page


def test_hostile_urls_in_chromium(browser, hostile_index):
    for page in (hostile_index, *pages(hostile_index)):
        browser.open(page, width=1280)
        links = browser.js("[...document.querySelectorAll('a')].map(a => a.protocol)")
        assert set(links) <= {"https:", "http:", "file:"}, links  # file: our own pages
        assert browser.js("document.querySelectorAll('a[href^=\"file:\"], a[href^=\"javascript\"]').length") == 0
