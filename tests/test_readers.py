"""pipeline/readers.py: every input format to `Article`s, with files written to a temporary folder."""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import threading
from collections import Counter
from pathlib import Path

import pytest

from pipeline.readers import doc_id_for, read_inputs
from pipeline.records import FAILED, OK, SKIPPED

BODY = ("Pemprov Kalsel dan Ombudsman RI menandatangani nota kesepakatan di Banjarmasin, "
        "Senin (3/6/2024). Kerja sama itu meliputi pencegahan maladministrasi.")


def page(body: str = BODY, title: str = "Pemprov Kalsel Teken Nota Kesepakatan", charset: str = "utf-8") -> str:
    return (f'<!doctype html><html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>")


def read(*paths: Path) -> tuple[list, Counter]:
    ignored: Counter = Counter()
    return list(read_inputs(list(paths), ignored)), ignored


def warc(path: Path, records: list[tuple[str, str, bytes]], extra_records: bool = False) -> Path:
    """A .warc.gz of HTTP responses (url, content type, body), as a crawler stores them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        if extra_records:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "uji"}))
        for url, ctype, body in records:
            if extra_records:
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "berita.contoh.id")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    return path


def test_txt(tmp_path):
    (tmp_path / "berita.txt").write_text(f"Judul Berita\n\n{BODY}\n", encoding="utf-8")
    (art,), ignored = read(tmp_path)
    assert (art.status, art.fmt, art.source) == (OK, "text", str(tmp_path / "berita.txt"))
    assert art.raw == f"Judul Berita\n\n{BODY}\n"
    assert not ignored


def test_html(tmp_path):
    (tmp_path / "berita.html").write_text(page(), encoding="utf-8")
    (art,), _ = read(tmp_path / "berita.html")
    assert (art.status, art.fmt) == (OK, "html")
    assert BODY in art.raw


def test_html_gz_reads_like_html(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "berita.html").write_text(page(), encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "berita.html.gz").write_bytes(gzip.compress(page().encode("utf-8")))
    (plain,), _ = read(tmp_path / "a")
    (packed,), _ = read(tmp_path / "b")
    assert (packed.status, packed.fmt) == (OK, "html")
    assert packed.raw == plain.raw


def test_windows_1252_page(tmp_path):
    body = "Kafé “Sepakat” – tempat penandatanganan nota kesepakatan di Banjarmasin."
    (tmp_path / "lama.html").write_bytes(page(body, charset="windows-1252").encode("windows-1252"))
    (art,), _ = read(tmp_path)
    assert art.status == OK
    assert body in art.raw
    assert "\ufffd" not in art.raw


def test_latin1_label_is_read_as_windows_1252(tmp_path):
    body = "Kafé “Sepakat” – tempat penandatanganan."
    (tmp_path / "lama.html").write_bytes(page(body, charset="iso-8859-1").encode("windows-1252"))
    (art,), _ = read(tmp_path)
    assert body in art.raw


def test_jsonl(tmp_path):
    path = tmp_path / "berita.jsonl"
    lines = [
        json.dumps({"url": "https://berita.contoh.id/1", "html": page()}),
        json.dumps({"text": BODY, "title": "Judul Teks", "published": "2024-06-04T10:00:00+07:00"}),
        '{"url": "https://berita.contoh.id/3", "html": ',  # cut off
        json.dumps({"url": "https://berita.contoh.id/4"}),  # neither html nor text
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, _ = read(path)
    assert [a.source for a in arts] == [f"{path}#{n}" for n in range(4)]
    html, text, broken, empty = arts
    assert (html.status, html.fmt, html.url) == (OK, "html", "https://berita.contoh.id/1")
    assert BODY in html.raw
    assert (text.status, text.fmt, text.raw, text.title) == (OK, "text", BODY, "Judul Teks")
    assert text.published.isoformat() == "2024-06-04"
    assert broken.status == FAILED
    assert re.search(r"\bline [23]\b", broken.error), broken.error  # names the line (from 0 or 1)
    assert empty.status == SKIPPED and empty.error
    assert len({a.doc_id for a in arts}) == 4


@pytest.mark.parametrize("published, day", [
    ("Rabu, 5 Juni 2024 14:20 WIB", "2024-06-05"),  # as a scraper copies the byline: the date rules read it
    ("2024/06/05 14:20", "2024-06-05"),             # a shape the rules do not read: dateparser does
    ("Juni 2024", None),                            # a month is no publication date
    ("kemarin", None),                              # nothing to count it from
])
def test_a_publication_date_written_other_than_iso_is_read_to_the_day(tmp_path, published, day):
    path = tmp_path / "berita.jsonl"
    path.write_text(json.dumps({"text": BODY, "published": published}) + "\n", encoding="utf-8")
    (art,), _ = read(path)
    assert (art.published.isoformat() if art.published else None) == day


def test_jsonl_gz(tmp_path):
    path = tmp_path / "berita.jsonl.gz"
    records = [{"text": f"Berita nomor {n}. {BODY}"} for n in range(3)]
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode("utf-8")))
    arts, _ = read(path)
    assert [(a.source, a.status, a.raw) for a in arts] == \
        [(f"{path}#{n}", OK, r["text"]) for n, r in enumerate(records)]


def test_truncated_jsonl_gz_is_a_failed_row(tmp_path):
    path = tmp_path / "terpotong.jsonl.gz"
    data = gzip.compress("".join(json.dumps({"text": f"Berita {n}. {BODY}"}) + "\n"
                                 for n in range(300)).encode("utf-8"))
    path.write_bytes(data[: len(data) // 2])
    arts, _ = read(path)  # no exception
    assert arts and arts[-1].status == FAILED
    assert path.name in arts[-1].error
    assert all(a.status == OK and a.source.startswith(f"{path}#") for a in arts[:-1])


def test_warc_gz(tmp_path):
    path = warc(tmp_path / "arsip.warc.gz", [
        ("https://berita.contoh.id/1", "text/html; charset=utf-8", page().encode("utf-8")),
        ("https://berita.contoh.id/2", "text/html", page(BODY.replace("Kalsel", "Kalteng")).encode("utf-8")),
    ])
    arts, _ = read(path)
    assert [(a.source, a.url, a.status, a.fmt) for a in arts] == [
        (f"{path}#0", "https://berita.contoh.id/1", OK, "html"),
        (f"{path}#1", "https://berita.contoh.id/2", OK, "html"),
    ]
    assert BODY in arts[0].raw and "Kalteng" in arts[1].raw


def test_warc_reads_only_html_responses(tmp_path):
    cp1252 = "Kafé – penandatanganan nota kesepakatan di Banjarmasin.".encode("windows-1252")
    path = warc(tmp_path / "arsip.warc.gz", [
        ("https://berita.contoh.id/foto.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 bukan html"),
        ("https://berita.contoh.id/lama", "text/html; charset=windows-1252",
         b"<html><body><article><p>" + cp1252 + b"</p></article></body></html>"),
    ], extra_records=True)
    arts, _ = read(path)
    assert [a.url for a in arts] == ["https://berita.contoh.id/lama"]
    assert re.fullmatch(re.escape(str(path)) + r"#\d+", arts[0].source)
    assert "Kafé – penandatanganan" in arts[0].raw  # the charset of the HTTP header


def test_a_warc_record_warcio_cannot_parse_is_a_failed_row_naming_it(tmp_path):
    """A response without its target URI, after a good record: the good one is read, and the file
    gets a failed row saying which record is malformed (not warcio's error from inside its parser)."""
    path = warc(tmp_path / "arsip.warc", [("https://berita.contoh.id/1", "text/html", page().encode("utf-8"))])
    with open(path, "ab") as fh:  # an uncompressed record with no WARC-Target-URI
        body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>Berita</body></html>"
        fh.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n"
                 b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body + b"\r\n\r\n")
    arts, _ = read(path)
    assert [(a.source, a.status) for a in arts] == [(f"{path}#0", OK), (str(path), FAILED)]
    assert arts[1].error.startswith("cannot read arsip.warc: malformed WARC record 1 (")


def test_a_link_to_nothing_is_a_failed_row_not_left_out(tmp_path):
    (tmp_path / "berita.txt").write_text(f"Judul Berita\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "hilang.txt").symlink_to(tmp_path / "tidak-ada.txt")
    arts, _ = read(tmp_path)
    assert [(Path(a.source).name, a.status, a.reason) for a in arts] == [
        ("berita.txt", OK, None), ("hilang.txt", FAILED, "unreadable")]
    assert "No such file or directory" in arts[1].error


def test_empty_file_is_skipped(tmp_path):
    (tmp_path / "kosong.txt").write_bytes(b"")
    (tmp_path / "kosong.html").write_bytes(b"  \n")
    arts, _ = read(tmp_path)
    assert [(Path(a.source).name, a.status) for a in arts] == [("kosong.html", SKIPPED), ("kosong.txt", SKIPPED)]
    assert all(a.error for a in arts)


def test_unknown_extension_is_counted_not_read(tmp_path):
    (tmp_path / "berita.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "laporan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "catatan.md").write_text("# catatan", encoding="utf-8")
    arts, ignored = read(tmp_path)
    assert [Path(a.source).name for a in arts] == ["berita.txt"]
    assert ignored == Counter({".pdf": 1, ".md": 1})


def test_folders_are_read_recursively_in_a_stable_order(tmp_path):
    for name in ("b/2.txt", "a/1.txt", "a/sub/3.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"{name}: {BODY}", encoding="utf-8")
    arts, _ = read(tmp_path)
    assert [Path(a.source).relative_to(tmp_path).as_posix() for a in arts] == ["a/1.txt", "a/sub/3.txt", "b/2.txt"]


def test_missing_input_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        read(tmp_path / "tidak-ada")


def test_doc_id(tmp_path):
    for folder in ("satu", "dua"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "berita.html").write_text(page(), encoding="utf-8")
    (tmp_path / "tiga").mkdir()
    (tmp_path / "tiga" / "berita.html").write_text(page(BODY + " Tambahan."), encoding="utf-8")
    (a,), _ = read(tmp_path / "satu")
    (b,), _ = read(tmp_path / "dua")
    (c,), _ = read(tmp_path / "tiga")
    assert a.doc_id == b.doc_id  # same file, another folder
    assert a.doc_id != c.doc_id  # other content
    assert re.fullmatch(r"[0-9a-f]{8,}", a.doc_id)
    assert doc_id_for("x/berita.html", page()) == doc_id_for("y/berita.html", page().encode("utf-8"))


def test_file_names_that_are_not_utf8_get_rows_with_stable_ids(tmp_path):
    """A scraper's Latin-1 names (bytes Python reads with surrogateescape): every file is read, its
    source is text a Parquet column and a log line can hold, and its id depends on the name's bytes."""
    folder = os.fsencode(tmp_path)
    for name, data in ((b"berita-caf\xe9.txt", f"Judul\n\n{BODY}\n"), (b"berita-caf\xe8.txt", f"Judul\n\n{BODY}\n"),
                       (b"umpan-\xe9t\xe9.jsonl", json.dumps({"text": BODY}) + "\n"),
                       (b"rusak-\xe9.html.gz", "not gzip"), (b"biasa.txt", f"Judul\n\n{BODY}\n")):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
            fh.write(data)
    arts, _ = read(tmp_path)
    by_source = {a.source: a for a in arts}
    assert sorted(by_source) == sorted(f"{tmp_path}/{n}" for n in (
        "berita-caf\\xe9.txt", "berita-caf\\xe8.txt", "umpan-\\xe9t\\xe9.jsonl#0", "rusak-\\xe9.html.gz", "biasa.txt"))
    for a in arts:
        a.source.encode("utf-8")  # no lone surrogate: storable
        assert a.status == (FAILED if "rusak" in a.source else OK), (a.source, a.error)
    broken = by_source[f"{tmp_path}/rusak-\\xe9.html.gz"]
    assert broken.error.startswith("cannot read rusak-\\xe9.html.gz") and "\udce9" not in broken.error
    e9, e8 = by_source[f"{tmp_path}/berita-caf\\xe9.txt"], by_source[f"{tmp_path}/berita-caf\\xe8.txt"]
    assert e9.doc_id != e8.doc_id  # the name's bytes count
    again, _ = read(tmp_path)
    assert [a.doc_id for a in again] == [a.doc_id for a in arts]
    assert by_source[f"{tmp_path}/biasa.txt"].doc_id == doc_id_for("biasa.txt", f"Judul\n\n{BODY}\n")


def test_a_newline_in_a_file_name_stays_in_one_line(tmp_path):
    name = "kosong\n1999-01-01 00:00:00,000 INFO forged.html"
    (tmp_path / name).write_bytes(b"")
    (art,), _ = read(tmp_path)
    assert art.source == f"{tmp_path}/kosong\\n1999-01-01 00:00:00,000 INFO forged.html"
    assert art.status == SKIPPED


def test_lone_surrogates_in_a_jsonl_record_are_replaced_one_for_one(tmp_path):
    path = tmp_path / "umpan.jsonl"
    path.write_text('{"title": "Judul \\ud800 rusak", "text": "Teks \\udc80 ' + BODY + '"}\n', encoding="utf-8")
    (art,), _ = read(path)
    assert art.title == "Judul \ufffd rusak" and art.raw == "Teks \ufffd " + BODY


def test_a_record_nested_too_deep_is_its_own_failed_row(tmp_path):
    path = tmp_path / "umpan.jsonl"
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text("\n".join([json.dumps({"text": BODY}), deep, json.dumps({"text": "Kedua. " + BODY})]) + "\n",
                    encoding="utf-8")
    arts, _ = read(path)
    assert [(a.source, a.status) for a in arts] == [(f"{path}#0", OK), (f"{path}#1", FAILED), (f"{path}#2", OK)]
    assert "nested too deep" in arts[1].error and "line 1" in arts[1].error


def peak_bytes(fn):
    """What `fn()` returns, and the peak of Python memory it allocated."""
    import tracemalloc

    tracemalloc.start()
    try:
        result = fn()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_gzip_bomb_is_skipped_before_it_is_decompressed(tmp_path):
    path = tmp_path / "bom.html.gz"
    with gzip.open(path, "wb", compresslevel=9) as fh:  # 200 MB of zeros in 200 KB
        for _ in range(200):
            fh.write(bytes(1_000_000))
    (path.parent / "biasa.html").write_text(page(), encoding="utf-8")
    arts, peak = peak_bytes(lambda: list(read_inputs([tmp_path], max_bytes=2_000_000)))
    bomb, ok = sorted(arts, key=lambda a: a.source.endswith(".html"))
    assert (bomb.status, bomb.error) == (SKIPPED, "document too large (over 2,000,000 bytes decompressed)")
    assert ok.status == OK
    assert peak < 12_000_000, peak
    assert bomb.doc_id == list(read_inputs([path], max_bytes=2_000_000))[0].doc_id


def test_a_jsonl_line_beyond_the_limit_is_skipped_as_it_is_read(tmp_path):
    path = tmp_path / "umpan.jsonl"
    huge = json.dumps({"text": "kata " * 10_000_000}) + "\n"  # 50 MB
    path.write_text(huge + json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    arts, peak = peak_bytes(lambda: list(read_inputs([path], max_bytes=1_000_000)))
    assert [(a.source, a.status) for a in arts] == [(f"{path}#0", SKIPPED), (f"{path}#1", OK)]
    assert arts[0].error == f"JSONL line 0 too large ({len(huge):,} bytes > 2,000,000)"
    assert arts[0].doc_id == doc_id_for(f"{path}#0", huge)  # the id of the whole line, as for any line
    assert peak < 12_000_000, peak


def test_a_warc_record_beyond_the_limit_is_skipped_as_it_is_read(tmp_path):
    big = page(BODY * 400_000).encode("utf-8")  # 60 MB
    path = warc(tmp_path / "arsip.warc.gz", [("https://berita.contoh.id/besar", "text/html", big),
                                             ("https://berita.contoh.id/1", "text/html", page().encode("utf-8"))])
    arts, peak = peak_bytes(lambda: list(read_inputs([path], max_bytes=1_000_000)))
    assert [(a.status, a.url) for a in arts] == [(SKIPPED, "https://berita.contoh.id/besar"),
                                                 (OK, "https://berita.contoh.id/1")]
    assert arts[0].error == f"WARC record too large ({len(big):,} bytes > 1,000,000)"
    assert arts[0].doc_id == doc_id_for(arts[0].source, big)
    assert peak < 40_000_000, peak  # warcio decompresses a block of the file at a time


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_given_as_input_is_a_failed_row_not_a_wait(tmp_path):
    # opening a FIFO for reading waits for a writer: a run given one would never end
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    rows: list = []
    reading = threading.Thread(target=lambda: rows.extend(read_inputs([fifo])), daemon=True)
    reading.start()
    reading.join(30)
    assert not reading.is_alive(), "reading the named pipe waits for a writer"
    (row,) = rows
    assert (row.status, row.reason) == (FAILED, "unreadable") and "not a regular file" in row.error


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_text_saved_as_utf16_or_utf32_with_its_mark_is_read(tmp_path, encoding):
    # Windows' "Unicode" text: its zeros are no binary content
    text = "Pemkab Buol dan Ombudsman RI menandatangani nota kesepahaman, Senin (5/8/2024)."
    data = text.encode(encoding)
    data = data if encoding != "utf-16-be" else codecs.BOM_UTF16_BE + data
    (tmp_path / "rilis.txt").write_bytes(data)
    (art,) = list(read_inputs([tmp_path / "rilis.txt"]))
    assert (art.status, art.raw) == (OK, text)


def test_gzipped_text_and_htm_pages_are_read_as_their_kind(tmp_path):
    # ".txt.gz", ".htm.gz": a night's texts and pages stored compressed, as ".html.gz" already was
    (tmp_path / "rilis.txt.gz").write_bytes(gzip.compress("Judul\n\nIsi berita.".encode("utf-8")))
    (tmp_path / "laman.htm.gz").write_bytes(gzip.compress(b"<html><body><p>Isi berita.</p></body></html>"))
    arts = {Path(a.source).name: a for a in read_inputs([tmp_path], Counter())}
    assert (arts["rilis.txt.gz"].fmt, arts["rilis.txt.gz"].raw) == ("text", "Judul\n\nIsi berita.")
    assert arts["laman.htm.gz"].fmt == "html" and "Isi berita." in arts["laman.htm.gz"].raw
