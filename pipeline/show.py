"""What the pipeline reads in one article, as plain-text tables for the terminal.

    >>> from pipeline.show import show
    >>> print(show("corpus/txt/pks-ombudsman-kalbar-sanggau.txt"))

    >>> print(show("feed.jsonl#3", model="/tmp/my-model"))   # record 3 (from 0), another rule model

The file goes through the same code path as a batch run, and nothing is written. A page file
(.html .htm .html.gz .txt) is read as HTML when its text starts with "<", else as plain text
(first line the headline). One record of a JSONL or WARC file is named `FILE#N`, N its number
from 0, as in the `source` column. A string that is not a file's path is the article. A folder,
a file of another type or a record that is not there raises ShowError, whose message says which
and why.
"""
from __future__ import annotations

import datetime as dt
import gzip
import re
import textwrap
from pathlib import Path

from .readers import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, WARC_SUFFIXES, decode, parse_date, read_file
from .records import article_rows

WIDTH = 110  # characters of a line; long cells are cut with "…"
PAGE_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES  # one article a file
RECORD_SUFFIXES = JSONL_SUFFIXES + WARC_SUFFIXES  # numbered records: FILE#N

# (column, header, width) of each table's fixed-width listing.
DOCUMENT_COLUMNS = (("status", "status", 9), ("published_date", "published", 10), ("outlet", "outlet", 12),
                    ("n_events", "events", 6), ("title", "title", 30), ("reason", "reason", 20),
                    ("error", "why", 24))
EVENT_COLUMNS = (("#", "#", 2), ("agreement_type", "type", 21), ("event_date", "date", 10),
                 ("date_precision", "prec.", 5), ("primary", "primary", 7), ("province_codes", "provinces", 14),
                 ("city", "city", 14), ("venue", "venue", 28))
PEOPLE_COLUMNS = (("name", "name", 28), ("title", "title", 30), ("role", "role", 27), ("acting", "acting", 6),
                  ("province_code", "province", 8), ("is_signatory", "signed", 6), ("event", "event", 5))
SCORE_COLUMNS = (("subject", "subject", 28), ("province_code", "province", 8), ("year", "year", 4),
                 ("value", "value", 6), ("zone", "zone", 6), ("grade", "grade", 18), ("kind", "kind", 8),
                 ("event", "event", 5))


class ShowError(ValueError):
    """What `show` was given cannot be shown: the message names it and says why, in one line."""


def show(path_or_text: str | Path, published: str | dt.date | None = None, model: str | Path | None = None) -> str:
    """The rows of every table for one article file, JSONL or WARC record (`FILE#N`) or article
    text, formatted for reading; `model`: a rule model directory other than the project's."""
    import pipeline

    record = _record(path_or_text)
    if record is not None:
        source = record.source
        if published is not None:
            record.published = published if hasattr(published, "year") else parse_date(published)
        rows = article_rows(pipeline._process(record, model))
    else:
        source, text = _read(path_or_text)
        rows = pipeline.extract(text, published=published, model=model)
    events = rows["events"]
    number = {e["event_id"]: str(n) for n, e in enumerate(events, 1)}
    for row in rows["people"] + rows["scores"]:
        row["event"] = number.get(row["event_id"], "")
    for n, e in enumerate(events, 1):
        e["#"] = str(n)

    out = [f"{source}", f"rule model {rows['documents'][0]['model_version']}"
           + (f" ({model})" if model is not None else ""), ""]
    out += _section("documents", rows["documents"], DOCUMENT_COLUMNS)
    out += _section("events", events, EVENT_COLUMNS)
    for e in events:
        out += _wrap(f"event {e['#']}: {e['agreement_label']}; parties: {_cell(e['parties'])}; "
                     f"signatories: {_cell(e['signatories'])}; scope: {_cell(e['scope'])}", indent="  ")
        out += _wrap(f"evidence [{e['start_char']}:{e['end_char']}]: {e['evidence']}", indent="    ")
    if events:
        out.append("")
    out += _section("people", rows["people"], PEOPLE_COLUMNS)
    out += _section("scores", rows["scores"], SCORE_COLUMNS)
    for s in rows["scores"]:
        out += _wrap(f"{s['subject']}: {s['evidence']}", indent="  ")
    return "\n".join(line.rstrip() for line in out).rstrip() + "\n"


def exists(path: str | Path) -> bool:
    """Whether a file or folder of that name is there; a string no file can be named (longer than
    the system allows, a NUL in it) is not one, whatever the article it is."""
    return _is(path, Path.exists)


def _is_file(path: str | Path) -> bool:
    return _is(path, Path.is_file)


def _is(path: str | Path, test) -> bool:
    try:
        return test(Path(path))
    except (OSError, ValueError):
        return False


def _record(path_or_text: str | Path):
    """The Article of `FILE#N` (a JSONL or WARC record) or of a JSONL/WARC file of one record, as a
    batch run reads it (the file is read up to that record); None for anything else."""
    text = str(path_or_text)
    if "\n" in text:
        return None
    m = re.fullmatch(r"(.+)#(\d+)", text)
    path, number = (m.group(1), m.group(2)) if m and not exists(text) else (text, None)
    if not path.lower().endswith(RECORD_SUFFIXES):
        if number is not None and _is_file(path):
            raise ShowError(f"{path}: only JSONL and WARC files hold numbered records (FILE#N)")
        return None
    if not _is_file(path):
        raise FileNotFoundError(f"file not found: {path}")
    numbers, first = [], None
    for art in read_file(Path(path)):
        n = art.source.rpartition("#")[2]
        if n == number:
            return art
        numbers.append(int(n))
        first = first or art
    if number is None and len(numbers) == 1:
        return first
    held = f"records {min(numbers)} to {max(numbers)}" if numbers else "no article record"
    asked = f"no record {number}" if number is not None else "give one record as FILE#N (N from 0)"
    raise ShowError(f"{path}: {asked}; it holds {len(numbers)} article record(s) ({held})")


def _read(path_or_text: str | Path) -> tuple[str, str]:
    """(what was read, its text): a page file's decoded content, or the string itself."""
    path = Path(path_or_text) if isinstance(path_or_text, Path) or "\n" not in path_or_text else None
    if path is not None and _is(path, Path.is_dir):
        raise ShowError(f"{path}: a folder; show reads one article file ({' '.join(PAGE_SUFFIXES)}, or "
                        f"FILE#N of {' '.join(RECORD_SUFFIXES)}); `sepakat run` reads folders")
    if path is None or not _is_file(path):
        if isinstance(path_or_text, Path):
            raise FileNotFoundError(f"file not found: {path_or_text}")
        return "<text>", str(path_or_text)
    if not path.name.lower().endswith(PAGE_SUFFIXES):
        raise ShowError(f"{path}: not a file type show reads ({' '.join(PAGE_SUFFIXES)}, or FILE#N of "
                        f"{' '.join(RECORD_SUFFIXES)})")
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        data = gzip.decompress(data)
    return str(path), decode(data)


def _section(name: str, rows: list[dict], columns: tuple[tuple[str, str, int], ...]) -> list[str]:
    head = f"{name.upper()} ({len(rows)})"
    if not rows:
        return [head, "  (none)", ""]
    lines = [head, "  " + " ".join(_fit(h, w) for _, h, w in columns),
             "  " + " ".join("-" * w for _, _, w in columns)]
    for row in rows:
        lines.append("  " + " ".join(_fit(_cell(row.get(c)), w) for c, _, w in columns))
    return lines + [""]


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def _fit(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value.ljust(width) if len(value) <= width else value[:width - 1] + "…"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
