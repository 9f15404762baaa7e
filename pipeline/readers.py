"""Readers: files and folders -> `Article`s, streaming, one record at a time.

Formats are recognised by extension (CONTRACT.md). A file that cannot be read yields a `failed`
article naming the reason, so the run goes on; an unknown extension is counted, not fatal.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from .records import FAILED, SKIPPED, Article, one_line, storable

HTML_SUFFIXES = (".html.gz", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl.gz", ".jsonl")
WARC_SUFFIXES = (".warc.gz", ".warc")
TEXT_SUFFIXES = (".txt",)
KNOWN_SUFFIXES = HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES + TEXT_SUFFIXES

_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819", "iso-ir-100"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:]+)""", re.I)


def doc_id_for(source: str, content: bytes | str) -> str:
    """Same input, same id on any machine: the file name (not its folder) as the bytes the file
    system holds (a Latin-1 name too), record number and content bytes."""
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogatepass")
    name = Path(source.split("#")[0]).name + ("#" + source.split("#", 1)[1] if "#" in source else "")
    return hashlib.blake2b(name.encode("utf-8", "surrogateescape") + b"\0" + content, digest_size=8).hexdigest()


def _unread(source: str, identity: bytes, reason: str) -> Article:
    """The `failed` row of a file or record that could not be read."""
    return Article(doc_id=doc_id_for(source, identity), source=one_line(source), fmt="text").fail(FAILED, reason)


def decode(data: bytes, declared: str | None = None) -> str:
    """UTF-8 first, then the declared charset (HTTP header or <meta>), then detection."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = [declared] if declared else []
    m = _META_CHARSET.search(data[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    for enc in candidates:
        if enc.lower().replace("_", "-") in _LATIN1_LABELS:
            enc = "windows-1252"  # as browsers do (WHATWG): pages so labelled use its punctuation
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("windows-1252", errors="replace")


def parse_date(value) -> dt.date | None:
    """An ISO date or datetime string from a record's metadata, else None."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups()))
    except ValueError:
        return None


def iter_files(inputs: Iterable[Path], ignored: Counter) -> Iterator[Path]:
    """Files under the inputs, sorted for a stable order; unknown extensions counted in `ignored`."""
    for root in inputs:
        root = Path(root)
        if not root.exists():
            raise FileNotFoundError(f"input not found: {root}")
        paths = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for p in paths:
            if p.name.lower().endswith(KNOWN_SUFFIXES):
                yield p
            else:
                ignored[one_line(p.suffix.lower() or p.name)] += 1


def read_inputs(inputs: Iterable[Path], ignored: Counter | None = None,
                max_bytes: int = 20_000_000) -> Iterator[Article]:
    """Every document of every input file, in a stable order."""
    ignored = Counter() if ignored is None else ignored
    for path in iter_files(inputs, ignored):
        yield from read_file(path, max_bytes=max_bytes)


def read_file(path: Path, max_bytes: int = 20_000_000) -> Iterator[Article]:
    name = path.name.lower()
    source = str(path)
    try:
        if name.endswith(JSONL_SUFFIXES):
            yield from _read_jsonl(path)
        elif name.endswith(WARC_SUFFIXES):
            yield from _read_warc(path)
        else:
            data = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
            fmt = "text" if name.endswith(TEXT_SUFFIXES) else "html"
            yield _article(source, data, fmt, max_bytes=max_bytes)
    except Exception as exc:  # a broken file is a row with its reason, never a stopped run
        yield _unread(source, _file_identity(path), f"cannot read {path.name}: {_explain(exc)}")


def _file_identity(path: Path) -> bytes:
    """What identifies a file that could not be read: its bytes, or failing that its path."""
    try:
        return path.read_bytes()
    except OSError:
        return str(path.resolve()).encode("utf-8", "surrogateescape")


def _explain(exc: Exception) -> str:
    if isinstance(exc, EOFError):
        return "the compressed file is truncated (it ends before its data does)"
    if isinstance(exc, RecursionError):
        return "nested too deep to read (RecursionError)"
    return f"{type(exc).__name__}: {exc}"


def _article(source: str, data: bytes, fmt: str, declared: str | None = None,
             max_bytes: int = 20_000_000, **meta) -> Article:
    art = Article(doc_id=doc_id_for(source, data), source=one_line(source), fmt=fmt, **meta)
    if not data.strip():
        return art.fail(SKIPPED, "empty document")
    if len(data) > max_bytes:
        return art.fail(SKIPPED, f"document too large ({len(data):,} bytes > {max_bytes:,})")
    if b"\0" in data[:2048]:
        return art.fail(SKIPPED, "binary content, not a text or HTML document")
    art.raw = decode(data, declared)
    return art


def _as_text(value) -> str:
    """A metadata value as text, whatever the scraper stored: ["a title"] -> "a title", 12345 -> "12345"."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(v) for v in value if v is not None).strip()
    return storable(value if isinstance(value, str) else str(value))


def _read_jsonl(path: Path) -> Iterator[Article]:
    """One article per line; whatever goes wrong with one record (bad JSON, nesting too deep for
    the parser) is that record's `failed` row, and the next record is read."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        for n, line in enumerate(fh):
            source = f"{path}#{n}"
            if not line.strip():
                continue
            try:
                art = _jsonl_record(source, line)
            except Exception as exc:
                art = _unread(source, line, f"malformed JSONL line {n}: {_explain(exc)}")
            yield art


def _jsonl_record(source: str, line: bytes) -> Article:
    rec = json.loads(line)
    if not isinstance(rec, dict):
        raise ValueError("record is not a JSON object")
    body, fmt = (rec.get("html"), "html") if rec.get("html") else (rec.get("text") or "", "text")
    return _article(source, _as_text(body).encode("utf-8"), fmt,
                    url=_as_text(rec.get("url")) or None, title=_as_text(rec.get("title")) or None,
                    published=parse_date(_as_text(rec.get("published"))))


def _gzip_complete(path: Path) -> bool:
    """Whether a .gz file decompresses to its end (warcio stops quietly at a truncated one)."""
    try:
        with gzip.open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass
        return True
    except (EOFError, OSError, gzip.BadGzipFile):
        return False


def _read_warc(path: Path) -> Iterator[Article]:
    """Response records with HTML; in a truncated .warc.gz the record that is cut off fails."""
    if path.name.lower().endswith(".gz") and not _gzip_complete(path):
        pending = None
        for art in _warc_records(path):
            if pending is not None:
                yield pending
            pending = art
        if pending is not None:
            yield pending.fail(FAILED, "truncated WARC: this record is cut off at the end of the file")
        else:
            yield _unread(str(path), _file_identity(path), "truncated WARC: no complete record")
        return
    yield from _warc_records(path)


def _warc_records(path: Path) -> Iterator[Article]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        for n, record in enumerate(ArchiveIterator(fh)):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and "html" not in ctype.lower():
                continue
            declared = None
            m = re.search(r"charset=([\w\-:]+)", ctype, re.I)
            if m:
                declared = m.group(1)
            data = record.content_stream().read()
            url = record.rec_headers.get_header("WARC-Target-URI")
            yield _article(f"{path}#{n}", data, "html", declared=declared, url=url)
