"""What the pipeline reads in one article, as plain-text tables for the terminal.

    >>> from pipeline.show import show
    >>> print(show("corpus/txt/pks-ombudsman-kalbar-sanggau.txt"))

The file goes through `pipeline.extract`, the same code path as a batch run, and nothing is
written. A file is read as HTML when its text starts with "<", else as plain text (first line
the headline); `.gz` files are decompressed. A string that is not a file's path is the article.
"""
from __future__ import annotations

import datetime as dt
import gzip
import textwrap
from pathlib import Path

WIDTH = 110  # characters of a line; long cells are cut with "…"

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


def show(path_or_text: str | Path, published: str | dt.date | None = None) -> str:
    """The rows of every table for one article file (or article text), formatted for reading."""
    import pipeline

    source, text = _read(path_or_text)
    rows = pipeline.extract(text, published=published)
    events = rows["events"]
    number = {e["event_id"]: str(n) for n, e in enumerate(events, 1)}
    for row in rows["people"] + rows["scores"]:
        row["event"] = number.get(row["event_id"], "")
    for n, e in enumerate(events, 1):
        e["#"] = str(n)

    out = [f"{source}", ""]
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


def _read(path_or_text: str | Path) -> tuple[str, str]:
    """(what was read, its text): a file's decoded content, or the string itself."""
    from .readers import decode

    path = Path(path_or_text) if isinstance(path_or_text, Path) or "\n" not in path_or_text else None
    if path is None or not path.is_file():
        if isinstance(path_or_text, Path):
            raise FileNotFoundError(f"no such file: {path_or_text}")
        return "<text>", str(path_or_text)
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
