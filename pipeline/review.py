"""A review page: each document's text with what the rules extracted highlighted, for checking by eye.

    >>> from pipeline.review import render_review
    >>> render_review("outputs", "review.html")          # one self-contained HTML file

Spans are drawn by spaCy's displaCy (style "span") on a blank Indonesian Doc of the stored text
(`documents.text`, the text all offsets refer to):

- event evidence sentences, labelled with agreement type and date (`nota_kesepahaman 2024-11-12`);
- people mentions, labelled with the role, and `signatory` when the text says they signed;
- score evidence sentences (found in the text), labelled `score 88.4 hijau achieved`.

Documents with events come first, each with its events as a table beside the text; then those
without one; the page ends with the list of documents with no event and why.

The page shows what articles wrote, so it trusts none of it: all text is escaped, a document's
`url` is a link only when it is an http(s) URL (a `javascript:` URL from a feed is shown as text),
and a Content-Security-Policy forbids every script and every load from elsewhere.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .tables import Tables, load

SPANS_KEY = "sepakat"
# One colour per kind of span (displaCy colours by label, so each label gets its kind's colour).
COLOURS = {"event": "#ffd166", "person": "#a0c4ff", "signatory": "#80ed99", "score": "#ffadad"}
EVENT_COLUMNS = ("agreement_type", "agreement_label", "event_date", "date_precision", "primary",
                 "province_codes", "city", "venue", "signatories", "scope")
# displaCy puts a space after every token and collapses the text's line breaks; a line break
# becomes this character (same length, so offsets hold) and then <br>.
_LINE_BREAK = "\u2028"

# No script, no request to anywhere; inline styles only (displaCy colours spans with them).
CSP = ("default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.I)

CSS = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-bottom: .2em; }
.meta { color: #555; font-size: .85em; margin-bottom: .5em; }
.doc { border-top: 2px solid #ddd; padding-top: .8em; margin-top: 1.5em; }
.row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.2em; align-items: start; }
.text { font-size: 15px; }
.text .spans span { white-space: nowrap; }
table { border-collapse: collapse; font-size: .8em; width: 100%; }
th, td { border: 1px solid #ccc; padding: 2px 5px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.event { margin-bottom: .8em; }
.legend span { padding: 1px 6px; border-radius: 3px; margin-right: .6em; font-size: .85em; }
.note { color: #a33; font-size: .85em; }
"""


def render_review(out: str | Path, html_path: str | Path, limit: int | None = None) -> Path:
    """Write the review page of the output folder `out` to `html_path`; `limit` caps the number
    of documents whose text is shown (the no-event list is always complete)."""
    tables = load(out)
    docs = _ordered_documents(tables)
    shown = docs.head(limit) if limit is not None else docs
    nlp = _blank()
    sections = [document_html(tables, row, nlp) for row in shown.itertuples(index=False)]
    counts = docs["status"].astype(str).value_counts()
    summary = ", ".join(f"{n} {s}" for s, n in counts.items())
    page = "\n".join([
        "<!DOCTYPE html>",
        '<html lang="id"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>Sepakat review: {html.escape(str(out))}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>Sepakat review: {html.escape(str(out))}</h1>",
        f'<p class="meta">{len(docs)} documents ({html.escape(summary)}), {len(tables.events)} events, '
        f"{len(tables.people)} people, {len(tables.scores)} scores; text shown for {len(shown)}.</p>",
        _legend(),
        *sections,
        _no_event_section(docs),
        "</body></html>",
    ])
    path = Path(html_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


def review_notebook(out: str | Path, doc_id: str):
    """One document's review section as an IPython HTML object, for a notebook cell."""
    from IPython.display import HTML

    tables = load(out)
    rows = tables.documents[tables.documents["doc_id"] == doc_id]
    if rows.empty:
        raise KeyError(f"no document {doc_id!r} in {out}")
    row = next(rows.itertuples(index=False))
    return HTML(f"<style>{CSS}</style>" + _legend() + document_html(tables, row, _blank()))


def document_html(tables: Tables, doc, nlp) -> str:
    """The section of one document (a `documents` row as a namedtuple): header, text, events."""
    from spacy import displacy

    events = tables.events[tables.events["doc_id"] == doc.doc_id]
    people = tables.people[tables.people["doc_id"] == doc.doc_id]
    scores = tables.scores[tables.scores["doc_id"] == doc.doc_id]
    text = doc.text if isinstance(doc.text, str) else ""
    spacy_doc = nlp.make_doc(text.replace("\n", _LINE_BREAK))
    spans, missed = [], []
    for e in events.itertuples(index=False):
        spans.append((e.start_char, e.end_char, f"{e.agreement_type} {_date(e.event_date, e.date_precision)}",
                      "event"))
    for p in people.itertuples(index=False):
        spans.append((p.start_char, p.end_char, f"{p.role}, signatory" if p.is_signatory else str(p.role),
                      "signatory" if p.is_signatory else "person"))
    for s in scores.itertuples(index=False):
        start = text.find(s.evidence) if isinstance(s.evidence, str) and s.evidence else -1
        label = " ".join(str(v) for v in ("score", s.value, s.zone, s.grade, s.kind) if pd.notna(v))
        if start < 0:
            missed.append(f"{label}: evidence not found in the text")
        else:
            spans.append((start, start + len(s.evidence), label, "score"))
    colours, doc_spans = {}, []
    for start, end, label, kind in spans:
        span = None
        if pd.notna(start) and pd.notna(end):
            span = spacy_doc.char_span(int(start), int(end), label=html.escape(label), alignment_mode="expand")
        if span is None:
            missed.append(f"{label}: offsets {start}–{end} do not fit the text")
            continue
        doc_spans.append(span)
        colours[span.label_] = COLOURS[kind]
    spacy_doc.spans[SPANS_KEY] = doc_spans
    if text:
        # jupyter=False: in a notebook displaCy would display the markup itself and return None
        marked = displacy.render(spacy_doc, style="span", page=False, jupyter=False,
                                 options={"spans_key": SPANS_KEY, "colors": colours})
        marked = marked.replace(_LINE_BREAK, "<br>")
    else:
        marked = "<p><em>no text</em></p>"
    e = html.escape
    head = (f'<section class="doc" id="doc-{e(doc.doc_id)}"><h2>{e(str(doc.title or doc.source))}</h2>'
            f'<div class="meta">{e(str(doc.status))} · {e(_date(doc.published_date, "day"))} · '
            f'{e(str(doc.outlet or ""))} · {e(str(doc.source))}'
            + (f" · {link(doc.url)}" if isinstance(doc.url, str) else "")
            + f" · doc_id {e(doc.doc_id)}</div>")
    notes = "".join(f'<div class="note">{e(m)}</div>' for m in missed)
    side = _events_html(events) if len(events) else f"<p><em>no event</em> ({e(str(doc.status))})</p>"
    return f'{head}{notes}<div class="row"><div class="text">{marked}</div><div>{side}</div></div></section>'


def link(url: str) -> str:
    """A document's URL: a link when it is an http(s) URL, else escaped text (a `javascript:` or
    `data:` URL, whatever case, spacing or control characters hide its scheme, never gets a href)."""
    e = html.escape
    if _WEB_URL.fullmatch(url):
        return f'<a href="{e(url)}" rel="noopener noreferrer">{e(url)}</a>'
    return f"<span>{e(url)}</span>"


def _events_html(events: pd.DataFrame) -> str:
    """Each event as a small two-column table, with its evidence sentence."""
    e = html.escape
    parts = []
    for n, row in enumerate(events.itertuples(index=False), 1):
        cells = "".join(f"<tr><th>{e(c)}</th><td>{e(_cell(getattr(row, c)))}</td></tr>"
                        for c in EVENT_COLUMNS if hasattr(row, c))
        parts.append(f'<table class="event"><tr><th colspan="2">event {n} · {e(row.event_id)}</th></tr>'
                     f"{cells}</table>")
    return "".join(parts)


def _no_event_section(docs: pd.DataFrame) -> str:
    e = html.escape
    rows = docs[docs["status"].astype(str) != "ok"]
    body = "".join(
        f'<tr><td><a href="#doc-{e(r.doc_id)}">{e(r.doc_id)}</a></td><td>{e(str(r.status))}</td>'
        f"<td>{e(_cell(getattr(r, 'reason', None)))}</td><td>{e(_cell(r.error))}</td>"
        f"<td>{e(_cell(r.title))}</td><td>{e(str(r.source))}</td></tr>"
        for r in rows.itertuples(index=False))
    return ('<section class="doc" id="no-event"><h2>Documents with no event</h2>'
            f"<p class=\"meta\">{len(rows)} documents: status, reason code and why.</p>"
            "<table><tr><th>doc_id</th><th>status</th><th>reason</th><th>why</th><th>title</th><th>source</th></tr>"
            f"{body}</table></section>")


def _legend() -> str:
    items = {"event": "event evidence", "person": "person (role)", "signatory": "signatory",
             "score": "score evidence"}
    return '<p class="legend">' + "".join(
        f'<span style="background:{COLOURS[k]}">{v}</span>' for k, v in items.items()) + "</p>"


def _ordered_documents(tables: Tables) -> pd.DataFrame:
    """Documents with events first, then the others, each group by source."""
    docs = tables.documents.copy()
    docs["_has"] = docs["status"].astype(str) == "ok"
    return docs.sort_values(["_has", "source"], ascending=[False, True]).drop(columns="_has")


def _date(value, precision) -> str:
    if value is None or pd.isna(value):
        return "no date"
    n = {"year": 4, "month": 7}.get(str(precision), 10)
    return pd.Timestamp(value).strftime("%Y-%m-%d")[:n]


def _cell(v) -> str:
    if isinstance(v, list):
        return ", ".join(map(str, v))
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d")
    return str(v)


@lru_cache(maxsize=1)
def _blank():
    """The blank Indonesian pipeline (tokenizer only), with the model's tokenizer: spaCy's tokens,
    without the seconds spaCy's own takes to build (`nlp.LazyTokenizer`)."""
    import spacy

    from . import nlp  # noqa: F401  (registers the tokenizer)

    return spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "sepakat.Tokenizer.v1"}}})
