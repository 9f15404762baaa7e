"""Decompression and size bombs: the peak RSS of a run on inputs built to exhaust memory.

    python bench/bench_bombs.py [--json report.json] [--keep DIR]

Three inputs, each run alone through `python -m pipeline run` under `/usr/bin/time -v` (the peak
RSS is its "Maximum resident set size"):

- `zeros.html.gz`: 10 MB of gzip that decompresses to about 10 GB of zeros;
- `feed.jsonl`: one 500 MB JSONL line, then one ordinary record;
- `arsip.warc`: one 300 MB WARC response record, then one ordinary record.

Each must end in a `skipped` row naming the limit (the other records get theirs) with a peak
under 1 GB. Not a test: building the inputs writes 800 MB and takes a minute or two.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT_MB = 1024
ARTICLE = ("Pemerintah Provinsi Kalimantan Selatan dan Ombudsman RI menandatangani nota kesepakatan "
           "tentang pengawasan pelayanan publik di Banjarmasin, Senin (3/6/2024).")


def gzip_of_zeros(path: Path, compressed_mb: int = 10) -> None:
    """A multi-member gzip: one member of 100 MB of zeros (about 100 KB), repeated to the size."""
    member = gzip.compress(bytes(100_000_000), compresslevel=9)
    with open(path, "wb") as fh:
        for _ in range(compressed_mb * 1_000_000 // len(member)):
            fh.write(member)


def long_jsonl_line(path: Path, mb: int = 500) -> None:
    word = "kata " * 200_000  # 1 MB
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"url": "https://contoh.id/panjang", "text": "')
        for _ in range(mb):
            fh.write(word)
        fh.write('"}\n')
        fh.write(json.dumps({"url": "https://contoh.id/biasa", "text": ARTICLE}) + "\n")


class _Repeated(io.RawIOBase):
    """`size` bytes of a repeated page, produced as read: the record is never in memory here."""

    def __init__(self, size: int):
        self.left = size
        self.chunk = (b"<p>" + ARTICLE.encode() + b"</p>\n") * 5_000

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        n = min(len(buf), self.left, len(self.chunk))
        buf[:n] = self.chunk[:n]
        self.left -= n
        return n


def big_warc_record(path: Path, mb: int = 300) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        for url, payload, length in (("https://contoh.id/besar", _Repeated(mb * 1_000_000), mb * 1_000_000),
                                     ("https://contoh.id/biasa", None, None)):
            if payload is None:
                body = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
                payload, length = io.BytesIO(body), len(body)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(length))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BufferedReader(payload)
                                                          if not isinstance(payload, io.BytesIO) else payload,
                                                          length=length, http_headers=headers))


def measure(inp: Path, out: Path) -> dict:
    """Peak RSS (MB) of one run on `inp` by /usr/bin/time -v, and the rows it wrote."""
    import pandas as pd

    proc = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "pipeline", "run", str(inp),
                           "--out", str(out), "--quiet"], cwd=ROOT, capture_output=True, text=True)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    seconds = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", proc.stderr)
    docs = pd.read_parquet(out / "documents") if (out / "documents").exists() else pd.DataFrame()
    rows = [{"source": Path(r.source).name, "status": r.status, "error": r.error}
            for r in docs.sort_values("source").itertuples()] if len(docs) else []
    return {"input": inp.name, "input_mb": round(inp.stat().st_size / 1e6, 1), "exit": proc.returncode,
            "peak_rss_mb": round(int(m.group(1)) / 1024, 1) if m else None,
            "wall": seconds.group(1) if seconds else None, "rows": rows}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, help="write the report here")
    ap.add_argument("--keep", type=Path, help="build the inputs in this folder and keep them")
    args = ap.parse_args()
    if not Path("/usr/bin/time").exists():
        raise SystemExit("needs GNU time at /usr/bin/time (apt-get install time)")
    root = args.keep or Path(tempfile.mkdtemp(prefix="sepakat-bombs-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        builders = {"zeros.html.gz": gzip_of_zeros, "feed.jsonl": long_jsonl_line, "arsip.warc": big_warc_record}
        report = []
        for name, build in builders.items():
            folder = root / name.split(".")[0]
            folder.mkdir(exist_ok=True)
            inp = folder / name
            if not inp.exists():
                build(inp)
            shutil.rmtree(root / f"out-{folder.name}", ignore_errors=True)
            result = measure(inp, root / f"out-{folder.name}")
            report.append(result)
            verdict = "ok" if result["exit"] == 0 and (result["peak_rss_mb"] or LIMIT_MB) < LIMIT_MB else "OVER"
            print(f"{name:15} {result['input_mb']:8.1f} MB in  peak RSS {result['peak_rss_mb']} MB  "
                  f"({result['wall']})  {verdict}")
            for row in result["rows"]:
                print(f"    {row['source']:18} {row['status']:9} {row['error'] or ''}")
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
        return 0 if all(r["exit"] == 0 and (r["peak_rss_mb"] or LIMIT_MB) < LIMIT_MB for r in report) else 1
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
