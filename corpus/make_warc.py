"""Rebuild corpus/warc/pages.warc.gz from the HTML pages in corpus/warc/src/ (named *.html.in so that a run over corpus/ does not read them twice).

Each page becomes a WARC/1.0 request + response pair (after one warcinfo record),
as a crawler would have stored it. The target URL is the page's og:url and the
capture date is one hour after its article:published_time, so the output is
byte-for-byte reproducible (record ids are derived from the URL).

Needs warcio, kept out of the project's venv:
    python3 -m venv /tmp/corpusvenv && /tmp/corpusvenv/bin/pip install warcio
    /tmp/corpusvenv/bin/python corpus/make_warc.py
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "warc" / "src"
OUT = HERE / "warc" / "pages.warc.gz"

META = r'<meta\s+property="{}"\s+content="([^"]+)"'


def meta(html: str, prop: str) -> str:
    m = re.search(META.format(re.escape(prop)), html)
    if not m:
        raise ValueError(f"missing <meta property={prop!r}>")
    return m.group(1)


def record_id(url: str, kind: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + ':' + url)}>"


def warc_date(published: str) -> str:
    # crawled an hour after publication; WARC dates are UTC with a Z suffix
    ts = datetime.fromisoformat(published).astimezone(timezone.utc) + timedelta(hours=1)
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(iso_z: str) -> str:
    ts = datetime.strptime(iso_z, "%Y-%m-%dT%H:%M:%SZ")
    return ts.strftime("%a, %d %b %Y %H:%M:%S GMT")


def main() -> None:
    pages = sorted(SRC.glob("*.html.in"))
    if not pages:
        raise SystemExit(f"no HTML pages in {SRC}")
    with OUT.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="WARC/1.0")
        info = writer.create_warcinfo_record(
            "pages.warc.gz",
            {"software": "sepakat corpus/make_warc.py (warcio)",
             "format": "WARC File Format 1.0",
             "description": "Sample news pages for the Sepakat pipeline"},
        )
        # fixed id and date instead of random/now, for a reproducible file
        info.rec_headers.replace_header("WARC-Record-ID", record_id(OUT.name, "warcinfo"))
        info.rec_headers.replace_header("WARC-Date", "2024-11-13T00:00:00Z")
        writer.write_record(info)
        for page in pages:
            body = page.read_bytes()
            html = body.decode("utf-8")
            url = meta(html, "og:url")
            date = warc_date(meta(html, "article:published_time"))
            host = re.match(r"https?://([^/]+)", url).group(1)
            path = url[len("https://" + host):] or "/"

            req_headers = StatusAndHeaders(
                f"GET {path} HTTP/1.1",
                [("Host", host),
                 ("User-Agent", "Mozilla/5.0 (compatible; SepakatCorpusBot/0.1)"),
                 ("Accept", "text/html,application/xhtml+xml"),
                 ("Accept-Language", "id-ID,id;q=0.9")],
                is_http_request=True,
            )
            request = writer.create_warc_record(
                url, "request", payload=BytesIO(b""), http_headers=req_headers,
                warc_headers_dict={"WARC-Record-ID": record_id(url, "request"),
                                   "WARC-Date": date},
            )
            resp_headers = StatusAndHeaders(
                "200 OK",
                [("Date", http_date(date)),
                 ("Server", "nginx"),
                 ("Content-Type", "text/html; charset=UTF-8"),
                 ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            response = writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body),
                http_headers=resp_headers,
                warc_headers_dict={"WARC-Record-ID": record_id(url, "response"),
                                   "WARC-Date": date,
                                   "WARC-Concurrent-To": record_id(url, "request")},
            )
            writer.write_record(request)
            writer.write_record(response)
            print(f"{page.name} -> {url}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
