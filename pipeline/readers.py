"""Readers: files and folders -> `Article`s, streaming, one record at a time.

Formats are recognised by extension (CONTRACT.md). A file that cannot be read yields a `failed`
article naming the reason, so the run goes on; an unknown extension is counted, not fatal.
"""
from __future__ import annotations

import codecs
import datetime as dt
import functools
import gzip
import hashlib
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from .normalize import parse_date_text
from .records import FAILED, SKIPPED, Article, one_line, storable

HTML_SUFFIXES = (".html.gz", ".htm.gz", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl.gz", ".jsonl")
WARC_SUFFIXES = (".warc.gz", ".warc")
TEXT_SUFFIXES = (".txt.gz", ".txt")
KNOWN_SUFFIXES = HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES + TEXT_SUFFIXES

_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819", "iso-ir-100"}
_CHUNK = 1 << 20  # what is read at a time of a document too large to hold
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:]+)""", re.I)


def doc_id_for(source: str, content: bytes | str) -> str:
    """Same input, same id on any machine: the file name (not its folder) as the bytes the file
    system holds (a Latin-1 name too), record number and content bytes."""
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogatepass")
    h = _id_hash(source)
    h.update(content)
    return h.hexdigest()


def _id_hash(source: str):
    """The hash `doc_id_for` finishes with the content, for content read chunk by chunk."""
    path, hash_mark, record = source.partition("#")
    name = _file_name(path) + hash_mark + record
    return hashlib.blake2b(name.encode("utf-8", "surrogateescape") + b"\0", digest_size=8)


@functools.lru_cache(maxsize=64)
def _file_name(path: str) -> str:
    """A path's last part (a JSONL file's thousands of records ask for it once)."""
    return Path(path).name


def _unread(source: str, doc_id: str, reason: str, code: str, status: str = FAILED) -> Article:
    """The row of a file or record that could not be read, or was too large to."""
    return Article(doc_id=doc_id, source=one_line(source), fmt="text").fail(status, reason, code)


def _streamed_id(source: str, first: bytes, chunks: Iterable[bytes]) -> tuple[str, int]:
    """`doc_id_for` of content given as a first piece and then chunks, never held whole; and its size."""
    h, size = _id_hash(source), len(first)
    h.update(first)
    for chunk in chunks:
        h.update(chunk)
        size += len(chunk)
    return h.hexdigest(), size


def _read_upto(read, n: int) -> bytes:
    """`n` bytes of a stream whose `read` may return fewer before its end (warcio's), or all it has."""
    parts, got = [], 0
    while got < n and (chunk := read(min(n - got, _CHUNK))):
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def _too_large(what: str, size: int | None, max_bytes: int) -> str:
    """The reason of a `skipped` row; `size` None: a compressed page, not decompressed further."""
    if size is None:
        return f"{what} too large (over {max_bytes:,} bytes decompressed)"
    return f"{what} too large ({size:,} bytes > {max_bytes:,})"


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
    """A publication date from a record's metadata: an ISO date or datetime string, or a date
    written another way ("Selasa, 4 Juni 2024 10:15 WIB", "2024/06/04") as the date rules, else
    dateparser, read it to the day; else None."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        written = parse_date_text(str(value))
        return written.date if written is not None and written.precision == "day" else None
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
        # a link to nothing is a file the user gave that cannot be read: a failed row, never left out unsaid
        paths = sorted(p for p in root.rglob("*") if p.is_file() or p.is_symlink() and not p.exists()) \
            if root.is_dir() else [root]
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
    """The documents of one file. Nothing larger than `max_bytes` is ever held: a page (a .gz
    decompressed as it is read), a JSONL line or a WARC record beyond it is a `skipped` row, found
    before it is decompressed or read whole (a 10 MB gzip of zeros is 10 GB of page)."""
    name = path.name.lower()
    source = str(path)
    if path.exists() and not path.is_file():  # a FIFO, a socket, a device: reading one may wait forever
        yield _unread(source, doc_id_for(source, str(path.resolve())),
                      f"cannot read {path.name}: not a regular file", "unreadable")
        return
    try:
        if name.endswith(JSONL_SUFFIXES + WARC_SUFFIXES):
            yield from _records_or_note(path, _read_jsonl if name.endswith(JSONL_SUFFIXES) else _read_warc, max_bytes)
        else:
            fmt = "text" if name.endswith(TEXT_SUFFIXES) else "html"
            with (gzip.open if name.endswith(".gz") else open)(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
            if len(data) > max_bytes:
                size = None if name.endswith(".gz") else path.stat().st_size
                yield _unread(source, _file_id(path), _too_large("document", size, max_bytes), "too_large", SKIPPED)
            else:
                yield _article(source, data, fmt, max_bytes=max_bytes)
    except Exception as exc:  # a broken file is a row with its reason, never a stopped run
        yield _unread(source, _file_id(path), f"cannot read {path.name}: {_explain(exc)}", "unreadable")


def _records_or_note(path: Path, read, max_bytes: int) -> Iterator[Article]:
    """The documents of a file of records (JSONL, WARC); a file that holds none (empty, blank
    lines only, a WARC without an HTML response) is one `skipped` row saying so, not left out unsaid."""
    none = True
    for art in read(path, max_bytes):
        none = False
        yield art
    if none:
        what = "no JSONL record" if path.name.lower().endswith(JSONL_SUFFIXES) else "no HTML response record"
        yield _unread(str(path), _file_id(path), f"{path.name} holds {what}", "no_records", SKIPPED)


def _file_id(path: Path) -> str:
    """The id of a file read no further: from its bytes on disk (read chunk by chunk), or failing
    that from its path."""
    try:
        with open(path, "rb") as fh:
            return _streamed_id(str(path), b"", iter(lambda: fh.read(_CHUNK), b""))[0]
    except OSError:
        return doc_id_for(str(path), str(path.resolve()))


def _explain(exc: Exception) -> str:
    if isinstance(exc, EOFError):
        return "the compressed file is truncated (it ends before its data does)"
    if isinstance(exc, RecursionError):
        return "nested too deep to read (RecursionError)"
    if isinstance(exc, MalformedWarc):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _article(source: str, data: bytes, fmt: str, declared: str | None = None,
             max_bytes: int = 20_000_000, **meta) -> Article:
    art = Article(doc_id=doc_id_for(source, data), source=one_line(source), fmt=fmt, **meta)
    if not data.strip():
        return art.fail(SKIPPED, "empty document", "empty")
    if len(data) > max_bytes:
        return art.fail(SKIPPED, _too_large("document", len(data), max_bytes), "too_large")
    wide = next((enc for bom, enc in _WIDE_BOMS if data.startswith(bom)), None)
    if wide is not None:  # UTF-16 or UTF-32 with its byte order mark (Windows' "Unicode" text): zeros, no binary
        art.raw = data.decode(wide, errors="replace")
        return art
    if b"\0" in data[:2048]:
        return art.fail(SKIPPED, "binary content, not a text or HTML document", "binary")
    art.raw = decode(data, declared)
    return art


# UTF-32's marks first: its little-endian one begins with UTF-16's
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _as_text(value) -> str:
    """A metadata value as text, whatever the scraper stored: ["a title"] -> "a title", 12345 -> "12345"."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(v) for v in value if v is not None).strip()
    return storable(value if isinstance(value, str) else str(value))


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Article]:
    """One article per line; whatever goes wrong with one record (bad JSON, nesting too deep for
    the parser) is that record's `failed` row, and the next record is read. A line may be twice
    `max_bytes` (JSON escapes the page it holds); a longer one is skipped, read through in chunks."""
    limit = 2 * max_bytes
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        for n in itertools.count():
            source = f"{path}#{n}"
            line = fh.readline(limit + 1)
            if not line:
                return
            if len(line) > limit and not line.endswith(b"\n"):
                doc_id, size = _streamed_id(source, line, _rest_of_line(fh))
                yield _unread(source, doc_id, _too_large(f"JSONL line {n}", size, limit), "too_large", SKIPPED)
                continue
            if not line.strip():
                continue
            try:
                art = _jsonl_record(source, line, max_bytes)
            except Exception as exc:
                art = _unread(source, doc_id_for(source, line), f"malformed JSONL line {n}: {_explain(exc)}",
                              "malformed")
            yield art


def _rest_of_line(fh) -> Iterator[bytes]:
    while chunk := fh.readline(_CHUNK):
        yield chunk
        if chunk.endswith(b"\n"):
            return


def _jsonl_record(source: str, line: bytes, max_bytes: int) -> Article:
    rec = json.loads(line)
    if not isinstance(rec, dict):
        raise ValueError("record is not a JSON object")
    body, fmt = (rec.get("html"), "html") if rec.get("html") else (rec.get("text") or "", "text")
    return _article(source, _as_text(body).encode("utf-8"), fmt, max_bytes=max_bytes,
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


def _read_warc(path: Path, max_bytes: int) -> Iterator[Article]:
    """Response records with HTML; in a truncated .warc.gz the record that is cut off fails."""
    if path.name.lower().endswith(".gz") and not _gzip_complete(path):
        pending = None
        for art in _warc_records(path, max_bytes):
            if pending is not None:
                yield pending
            pending = art
        if pending is not None:
            yield pending.fail(FAILED, "truncated WARC: this record is cut off at the end of the file", "truncated")
        else:
            yield _unread(str(path), _file_id(path), "truncated WARC: no complete record", "truncated")
        return
    yield from _warc_records(path, max_bytes)


class MalformedWarc(ValueError):
    """A WARC record warcio cannot parse (a response without its target URI ...)."""


def _parsed(records):
    """The records of a WARC file as warcio parses them; a record it fails on ends the file with
    MalformedWarc naming the record, not warcio's own error from inside its parser."""
    n = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except Exception as exc:
            raise MalformedWarc(f"malformed WARC record {n} ({type(exc).__name__}: {exc})") from exc
        yield record
        n += 1


def _warc_records(path: Path, max_bytes: int) -> Iterator[Article]:
    """HTML response records; a record's content beyond `max_bytes` is read in chunks, not held."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        for n, record in enumerate(_parsed(ArchiveIterator(fh))):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and "html" not in ctype.lower():
                continue
            declared = None
            m = re.search(r"charset=([\w\-:]+)", ctype, re.I)
            if m:
                declared = m.group(1)
            source, url = f"{path}#{n}", record.rec_headers.get_header("WARC-Target-URI")
            stream = record.content_stream()
            data = _read_upto(stream.read, max_bytes + 1)
            if len(data) > max_bytes:
                doc_id, size = _streamed_id(source, data, iter(lambda: stream.read(_CHUNK), b""))
                art = _unread(source, doc_id, _too_large("WARC record", size, max_bytes), "too_large", SKIPPED)
                art.url = url
                yield art
                continue
            yield _article(source, data, "html", declared=declared, url=url, max_bytes=max_bytes)
