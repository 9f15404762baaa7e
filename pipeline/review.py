"""Review pages: each document's text as stored, with what the rules extracted highlighted, for
checking by eye.

    >>> from pipeline.review import render_review
    >>> render_review("outputs", "review.html")      # review.html, review-001.html, review-002.html ...

`review.html` is the index: counts by status and reason, the list of pages and a table of
contents of every document shown, with filters by status, reason, agreement type and province.
Each page `review-NNN.html` holds `per_page` documents (documents with events first, then those
with none, then the skipped and failed, each group by source). `limit` shows only the first N
documents of that order, `sample` N drawn at random (the same N for the same `seed`).

A document's text is `documents.text`, the text every offset refers to, shown character for
character (line breaks kept). On it are marked:

- each event's evidence sentence, at `events.start_char`-`end_char`, labelled with agreement type
  and date (`nota_kesepahaman 2024-11-12`);
- each person's mention, at `people.start_char`-`end_char`, labelled with the role, and `signatory`
  when the text says they signed;
- each score's evidence sentence, found in the text (`scores` has no offsets), labelled with its
  subject, value, zone or grade, year and kind.

A row whose offsets do not fit the text, or whose sentence is not in it, is reported above the
text, never dropped silently. Empty values are left out, never shown as `nan` or `None`.

The pages show what articles wrote, so they trust none of it: all text is escaped, a document's
`url` is a link only when it is an http(s) URL (a `javascript:` URL from a feed is shown as text),
and a Content-Security-Policy forbids every script, every load from elsewhere and every style but
the page's own `<style>` block (allowed by its hash). The filters are CSS only (`:has()`), so they
need no script.
"""
from __future__ import annotations

import base64
import hashlib
import html
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .records import ISO_LENGTH, NO_EVENT_REASONS, SKIP_REASONS
from .tables import Tables, load

PER_PAGE = 200
# Order of the groups of documents on the pages.
STATUS_ORDER = ("ok", "no_event", "skipped", "failed")
EVENT_COLUMNS = ("agreement_type", "agreement_label", "event_date", "date_precision", "primary",
                 "province_codes", "city", "venue", "parties", "signatories", "scope")
# Span kinds: the class of their <mark> and of their label.
EVENT, PERSON, SIGNATORY, SCORE = "ev", "pe", "sg", "sc"
LEGEND = {EVENT: "event evidence (type, date)", PERSON: "person (role)", SIGNATORY: "signatory",
          SCORE: "score evidence (subject, value, zone, year)"}
# Filters: key of the data attribute, its label, and whether an item may hold several values.
FILTERS = (("s", "status", False), ("r", "reason", False), ("t", "agreement type", True),
           ("p", "province", True))
TITLE_CHARS = 80  # a title longer than this is cut in the tables of contents
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.I)

CSS = """
* { box-sizing: border-box; }
body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1em; max-width: 1400px; color: #222;
       line-height: 1.45; overflow-wrap: anywhere; }
h1 { font-size: 1.35em; margin: .2em 0; } h2 { font-size: 1.1em; margin: 0 0 .2em; }
a { color: #0645ad; }
.meta { color: #555; font-size: .85em; margin: .2em 0 .5em; }
nav { font-size: .9em; margin: .4em 0; display: flex; flex-wrap: wrap; gap: .3em 1em; }
.doc { border-top: 2px solid #ddd; padding-top: .8em; margin-top: 1.4em; }
.doc.minor { border-top-width: 1px; padding-top: .4em; margin-top: .8em; }
.doc.minor h2 { font-size: .95em; }
.row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.2em; align-items: start; }
.spans { font-size: 15px; white-space: pre-wrap; margin: 0; }
details > summary { cursor: pointer; color: #555; font-size: .85em; }
table { border-collapse: collapse; font-size: .8em; width: 100%; margin-bottom: .8em; }
th, td { border: 1px solid #ccc; padding: 2px 5px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; }
.kv th { width: 1%; white-space: nowrap; }
mark { color: inherit; background: none; padding: 0; }
mark.ev { background: #ffe08a; } mark.sc { background: #ffc4c4; } mark.ev.sc { background: #ffc98a; }
mark.pe { background: #b5d3ff; } mark.sg { background: #8be0a0; }
.lbl { font-size: .72em; padding: 0 .35em; margin: 0 .15em; border-radius: 3px; white-space: nowrap;
       font-family: ui-monospace, monospace; vertical-align: .1em; border: 1px solid #0002; }
.lbl.ev { background: #f7c948; } .lbl.sc { background: #ff9b9b; } .lbl.pe { background: #8fbaff; }
.lbl.sg { background: #5fd07e; }
.legend .lbl { font-size: .8em; }
.note { color: #a33; font-size: .85em; }
.filters { display: flex; flex-wrap: wrap; gap: .4em 1em; margin: .6em 0; font-size: .9em; }
.filters label { display: flex; flex-direction: column; }
.filters select { font-size: 1em; max-width: 16em; }
.toc { display: flex; flex-direction: column; counter-reset: shown; }
.toc tr.item { counter-increment: shown; }
.toc .shown { order: -1; font-size: .85em; color: #555; margin: 0 0 .3em; }
.toc .shown::before { content: counter(shown) " of "; }
.toc td:nth-child(2) { white-space: nowrap; }
.toc th, .toc td + td { overflow-wrap: normal; }  /* codes whole; the title column gives way */
@media (max-width: 800px) {
  body { padding: .5em; }
  .row { grid-template-columns: minmax(0, 1fr); }
  .spans { font-size: 14px; }
  .toc table { font-size: .7em; }
}
"""


@dataclass(frozen=True)
class Span:
    """A stretch of the text to mark: character offsets, kind (a class), and its label."""

    start: int
    end: int
    kind: str
    label: str
    tip: str = ""


def render_review(out: str | Path, html_path: str | Path, *, per_page: int = PER_PAGE,
                  limit: int | None = None, sample: int | None = None, seed: int = 0) -> Path:
    """Write the review of the output folder `out`: the index at `html_path` and the pages beside
    it (`NAME-001.html` ...; pages of that name left from an earlier, longer review are removed).
    `limit` shows the first N documents, `sample` N at random (reproducible by `seed`); the counts
    on the index are always of the whole folder. Returns the index's path."""
    if per_page < 1:
        raise ValueError(f"per_page must be at least 1, not {per_page}")
    tables = load(out)
    docs = _ordered_documents(tables)
    shown, how = _choose(docs, limit, sample, seed)
    facets = _facets(tables)
    rows = _group(tables)
    index = Path(html_path)
    index.parent.mkdir(parents=True, exist_ok=True)
    chunks = [shown.iloc[i:i + per_page] for i in range(0, len(shown), per_page)]
    names = [f"{index.stem}-{n:03d}.html" for n in range(1, len(chunks) + 1)]
    title = f"Sepakat review: {out}"
    for n, chunk in enumerate(chunks):
        nav = _page_nav(index.name, names, n)
        sections = [document_html(doc, *(r.get(doc.doc_id) for r in rows), facets=facets)
                    for doc in chunk.itertuples(index=False)]
        body = [f"<h1>{_e(title)}</h1>", nav,
                f'<p class="meta">page {n + 1} of {len(chunks)}: documents {n * per_page + 1}–'
                f"{n * per_page + len(chunk)} of {len(shown)} shown.</p>",
                *_toc(chunk, facets, href=lambda d: f"#doc-{d}", collapsed=True), _legend(), *sections, nav]
        page = _page(f"{title} ({n + 1}/{len(chunks)})", body, _filter_css(chunk, facets))
        (index.parent / names[n]).write_text(page, encoding="utf-8")
    _remove_old_pages(index, keep=names)
    page_of = {d: names[i // per_page] for i, d in enumerate(shown["doc_id"])}
    body = [f"<h1>{_e(title)}</h1>", _summary(tables, docs, shown, how), _reasons_table(docs),
            _pages_list(chunks, names, per_page),
            *_toc(shown, facets, href=lambda d: f"{page_of[d]}#doc-{d}")]
    index.write_text(_page(title, body, _filter_css(shown, facets)), encoding="utf-8")
    return index


def review_notebook(out: str | Path, doc_id: str):
    """One document's review section as an IPython HTML object, for a notebook cell."""
    from IPython.display import HTML

    tables = load(out)
    rows = tables.documents[tables.documents["doc_id"] == doc_id]
    if rows.empty:
        raise KeyError(f"no document {doc_id!r} in {out}")
    doc = next(rows.itertuples(index=False))
    parts = [t[t["doc_id"] == doc_id] for t in (tables.events, tables.people, tables.scores)]
    return HTML(f"<style>{CSS}</style>" + _legend() + document_html(doc, *parts))


def document_html(doc, events: pd.DataFrame | None, people: pd.DataFrame | None,
                  scores: pd.DataFrame | None, facets: dict[str, dict[str, list[str]]] | None = None) -> str:
    """The section of one document (a `documents` row as a namedtuple) with its events, people
    and scores rows: header, the text with its spans marked, events and scores beside it."""
    events, people, scores = (t if t is not None else pd.DataFrame() for t in (events, people, scores))
    text = doc.text if isinstance(doc.text, str) else ""
    spans, notes = document_spans(text, events, people, scores)
    status, reason = _cell(doc.status), _cell(getattr(doc, "reason", None))
    meta = [_e(m) for m in (status + (f" ({reason})" if reason else ""), _date(doc.published_date, "day", ""),
                            _cell(doc.outlet), _cell(doc.source)) if m]
    meta += [link(doc.url)] if isinstance(doc.url, str) and doc.url else []
    meta.append(f"doc_id {_e(doc.doc_id)}")
    why = _cell(doc.error)
    minor = status in ("skipped", "failed")  # nothing was read from it: a smaller header, the text folded
    head = (f'<section class="doc item{" minor" if minor else ""}" id="doc-{_e(doc.doc_id)}"{_data(doc, facets)}>'
            f"<h2>{_e(_cell(doc.title) or _cell(doc.source))}</h2>"
            f'<p class="meta">{" · ".join(meta)}</p>'
            + (f'<p class="meta">why: {_e(why)}</p>' if why else ""))
    notes_html = "".join(f'<p class="note">{_e(n)}</p>' for n in notes)
    body = f'<div class="spans">{marked_text(text, spans)}</div>' if text else "<p><em>no text</em></p>"
    if minor and text:
        body = f"<details><summary>text ({len(text):,} characters)</summary>{body}</details>"
    side = _events_html(events) + _scores_html(scores)
    if not side:
        return f"{head}{notes_html}{body}</section>"
    return f'{head}{notes_html}<div class="row">{body}<div>{side}</div></div></section>'


def document_spans(text: str, events: pd.DataFrame, people: pd.DataFrame,
                   scores: pd.DataFrame) -> tuple[list[Span], list[str]]:
    """The spans to mark on a document's text, and a note for each row that cannot be placed:
    offsets that do not fit the text (or, for an event, do not hold its evidence sentence), a
    score sentence the text does not contain."""
    spans, notes = [], []

    def place(start, end, kind, label, tip="") -> Span | None:
        if pd.isna(start) or pd.isna(end) or not 0 <= int(start) < int(end) <= len(text):
            notes.append(f"{label}: offsets {_cell(start) or '?'}–{_cell(end) or '?'} do not fit the text")
            return None
        spans.append(Span(int(start), int(end), kind, label, tip))
        return spans[-1]

    for e in events.itertuples(index=False):
        label = f"{_cell(e.agreement_type)} {_date(e.event_date, e.date_precision)}"
        span = place(e.start_char, e.end_char, EVENT, label)
        if span and isinstance(e.evidence, str) and text[span.start:span.end] != e.evidence:
            notes.append(f"{label}: the text at offsets {span.start}–{span.end} is not its evidence sentence")
    for p in people.itertuples(index=False):
        signed = _cell(p.is_signatory) == "True"
        label = _cell(p.role) + (", signatory" if signed else "")
        place(p.start_char, p.end_char, SIGNATORY if signed else PERSON, label,
              ", ".join(v for v in (_cell(p.name), _cell(p.title)) if v))
    for s in scores.itertuples(index=False):
        label = score_label(s)
        start = text.find(s.evidence) if isinstance(s.evidence, str) and s.evidence else -1
        if start < 0:
            notes.append(f"{label}: evidence sentence not found in the text")
        else:
            spans.append(Span(start, start + len(s.evidence), SCORE, label))
    return spans, notes


def marked_text(text: str, spans: list[Span]) -> str:
    """The text, escaped and otherwise unchanged, with each stretch inside spans wrapped in a
    <mark> whose classes are the kinds of all spans covering it (spans may nest or overlap), and
    each span's label right after its end."""
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    ending: dict[int, list[Span]] = {}
    for s in sorted(spans, key=lambda s: (s.end, -s.start)):
        ending.setdefault(s.end, []).append(s)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        out.extend(_label(s) for s in ending.get(a, ()))
        kinds = sorted({s.kind for s in spans if s.start <= a and b <= s.end})
        piece = _e(text[a:b])
        out.append(f'<mark class="{" ".join(kinds)}">{piece}</mark>' if kinds else piece)
    out.extend(_label(s) for s in ending.get(len(text), ()))
    return "".join(out)


def score_label(s) -> str:
    """A score row in a few words: `score Pemprov Kalsel 86.6 hijau 2021 achieved`."""
    value = s.value if not pd.isna(s.value) else None
    parts = ["score", _cell(s.subject), f"{value:g}" if value is not None else "",
             _cell(s.zone), _cell(getattr(s, "grade", None)), _cell(s.year), _cell(s.kind)]
    return " ".join(p for p in parts if p)


def link(url: str) -> str:
    """A document's URL: a link when it is an http(s) URL, else escaped text (a `javascript:` or
    `data:` URL, whatever case, spacing or control characters hide its scheme, never gets a href)."""
    if _WEB_URL.fullmatch(url):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>'
    return f"<span>{_e(url)}</span>"


def _remove_old_pages(index: Path, keep: list[str]) -> None:
    """Remove the pages `INDEX-NNN.html` beside the index that this review did not write (an
    earlier review's last pages); any other file is left alone."""
    stem = re.sub(r"([*?\[])", r"[\1]", index.stem)  # the stem as a glob that matches only itself
    for old in index.parent.glob(f"{stem}-*.html"):
        if re.fullmatch(re.escape(index.stem) + r"-\d{3,}\.html", old.name) and old.name not in keep:
            old.unlink()


def _page(title: str, body: list[str], filter_css: str) -> str:
    """A whole page; its one <style> block is the only style the CSP lets in (by hash)."""
    css = CSS + filter_css
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; script-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="id"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{css}</style></head><body>",
        *body,
        "</body></html>\n",
    ])


def _choose(docs: pd.DataFrame, limit: int | None, sample: int | None, seed: int) -> tuple[pd.DataFrame, str]:
    """The documents to show, and how they were chosen, in words. A sample ranks documents by a
    hash of seed and doc_id: the same folder and seed give the same documents, whatever the
    order of its part files, and a document drawn stays drawn when the folder grows."""
    if limit is not None and sample is not None:
        raise ValueError("limit and sample exclude each other")
    if limit is not None:
        return docs.head(limit), f"the first {min(limit, len(docs))}"
    if sample is not None:
        rank = docs["doc_id"].map(lambda d: hashlib.sha256(f"{seed}:{d}".encode()).hexdigest())
        drawn = docs.loc[sorted(rank.sort_values().index[:sample])]
        return drawn, f"{len(drawn)} drawn at random (seed {seed})"
    return docs, "all"


def _ordered_documents(tables: Tables) -> pd.DataFrame:
    """Documents with events first, then those with none, skipped, failed; each group by source
    (records of one file by their number: `f.jsonl#2` before `f.jsonl#10`)."""
    docs = tables.documents.copy()
    status = docs["status"].astype(str)
    docs["_group"] = status.map({s: n for n, s in enumerate(STATUS_ORDER)}).fillna(len(STATUS_ORDER))
    source = docs["source"].astype(str).str.rpartition("#")
    numbered = source[2].str.fullmatch(r"\d+") & (source[1] == "#")
    docs["_file"] = source[0].where(numbered, docs["source"].astype(str))
    docs["_record"] = pd.to_numeric(source[2].where(numbered), errors="coerce").fillna(-1)
    docs = docs.sort_values(["_group", "_file", "_record", "doc_id"], kind="stable")
    return docs.drop(columns=["_group", "_file", "_record"]).reset_index(drop=True)


def _group(tables: Tables) -> tuple[dict[str, pd.DataFrame], ...]:
    """Events, people and scores by doc_id, each ordered by where it lies in the text."""
    return tuple({d: g for d, g in t.groupby(t["doc_id"].astype(str), sort=False)}
                 for t in (tables.events.sort_values("start_char", kind="stable"),
                           tables.people.sort_values("start_char", kind="stable"), tables.scores))


def _facets(tables: Tables) -> dict[str, dict[str, list[str]]]:
    """Per document, the values the filters read: its events' agreement types, and the provinces
    of its events, people and scores."""
    types: dict[str, set[str]] = {}
    provinces: dict[str, set[str]] = {}
    for e in tables.events.itertuples(index=False):
        types.setdefault(e.doc_id, set()).add(_cell(e.agreement_type))
        provinces.setdefault(e.doc_id, set()).update(map(str, e.province_codes))
    for t in (tables.people, tables.scores):
        for doc_id, code in zip(t["doc_id"], t["province_code"]):
            if _cell(code):
                provinces.setdefault(doc_id, set()).add(_cell(code))
    return {"t": {d: sorted(v - {""}) for d, v in types.items()},
            "p": {d: sorted(v - {""}) for d, v in provinces.items()}}


def _values(doc, facets) -> dict[str, list[str]]:
    """The filter values of one document: status, reason, types, provinces."""
    facets = facets or {}
    reason = _cell(getattr(doc, "reason", None))
    return {"s": [_cell(doc.status)], "r": [reason] if reason else [],
            "t": facets.get("t", {}).get(doc.doc_id, []), "p": facets.get("p", {}).get(doc.doc_id, [])}


def _data(doc, facets) -> str:
    return "".join(f' data-{k}="{_e(" ".join(v))}"' for k, v in _values(doc, facets).items() if v)


def _filter_css(docs: pd.DataFrame, facets) -> str:
    """For each value a filter offers, the rule that hides the items without it while it is
    selected: `body:has(#f-s option[value="ok"]:checked) .item:not([data-s~="ok"])`."""
    rules = []
    for key, values in _filter_values(docs, facets).items():
        for value in values:
            q = _css_string(value)
            rules.append(f"body:has(#f-{key} option[value={q}]:checked) .item:not([data-{key}~={q}])"
                         " { display: none; }")
    return "\n".join(rules) + "\n"


def _filter_values(docs: pd.DataFrame, facets) -> dict[str, dict[str, int]]:
    """Each filter's values among these documents, with how many documents have each."""
    counts: dict[str, dict[str, int]] = {key: {} for key, _, _ in FILTERS}
    for doc in docs.itertuples(index=False):
        for key, values in _values(doc, facets).items():
            for v in values:
                counts[key][v] = counts[key].get(v, 0) + 1
    order = {"s": lambda v: (STATUS_ORDER.index(v) if v in STATUS_ORDER else len(STATUS_ORDER), v)}
    return {k: dict(sorted(c.items(), key=order.get(k, lambda v: v))) for k, c in counts.items()}


def _filters(docs: pd.DataFrame, facets) -> str:
    names = _province_names()
    parts = []
    for key, label, _ in FILTERS:
        values = _filter_values(docs, facets)[key]
        options = "".join(
            f'<option value="{_e(v)}">{_e(v)}{" " + _e(names[v]) if key == "p" and v in names else ""} ({n})</option>'
            for v, n in values.items())
        disabled = "" if values else " disabled"
        parts.append(f'<label>{_e(label)}<select id="f-{key}"{disabled}><option value="" selected>all</option>'
                     f"{options}</select></label>")
    return '<div class="filters">' + "".join(parts) + "</div>"


def _toc(docs: pd.DataFrame, facets, href, collapsed: bool = False) -> list[str]:
    """The filters and a table of contents of `docs`, one row per document linking to it, with
    the number of rows the filters leave (a CSS counter); `collapsed`: the table folded, for a
    page whose documents follow it (the filters hide those too)."""
    rows = []
    for doc in docs.itertuples(index=False):
        v = _values(doc, facets)
        title = _cell(doc.title) or _cell(doc.source)
        title = title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1] + "…"
        rows.append(f'<tr class="item"{_data(doc, facets)}>'
                    f'<td><a href="{_e(href(doc.doc_id))}">{_e(title)}</a></td><td>{_e(v["s"][0])}</td>'
                    f'<td>{_e(" ".join(v["r"]))}</td><td>{_e(" ".join(v["t"]))}</td>'
                    f'<td>{_e(" ".join(v["p"]))}</td></tr>')
    table = ['<table><tr><th>document</th><th>status</th><th>reason</th><th>type</th>'
             "<th>province</th></tr>", *rows, "</table>"]
    if collapsed:
        return [_filters(docs, facets), f"<details><summary>contents of this page ({len(docs)} documents)</summary>",
                *table, "</details>"]
    return [_filters(docs, facets), '<div class="toc">', *table,
            f'<p class="shown">{len(docs)} documents match the filters</p></div>']


def _summary(tables: Tables, docs: pd.DataFrame, shown: pd.DataFrame, how: str) -> str:
    counts = docs["status"].astype(str).value_counts()
    order = [s for s in STATUS_ORDER if s in counts] + [s for s in counts.index if s not in STATUS_ORDER]
    status = ", ".join(f"{counts[s]} {s}" for s in order)
    model = ""
    if "model_version" in tables.runs and len(tables.runs):
        versions = sorted({_cell(v) for v in tables.runs["model_version"]} - {""})
        model = f" Rule model {', '.join(versions)}." if versions else ""
    return (f'<p class="meta">{len(docs)} documents ({_e(status)}), {len(tables.events)} events, '
            f"{len(tables.people)} people, {len(tables.scores)} scores.{_e(model)} "
            f"Shown: {_e(how)}.</p>")


def _reasons_table(docs: pd.DataFrame) -> str:
    """Why documents have no event: each status and reason with its meaning and count."""
    meaning = {**SKIP_REASONS, **NO_EVENT_REASONS}
    rest = docs[docs["status"].astype(str) != "ok"]
    if rest.empty:
        return ""
    counts = (rest.assign(reason=rest["reason"].map(_cell) if "reason" in rest else "")
              .groupby([rest["status"].astype(str), "reason"]).size())
    body = "".join(f"<tr><td>{_e(s)}</td><td>{_e(r)}</td><td>{_e(meaning.get(r, ''))}</td><td>{n}</td></tr>"
                   for (s, r), n in counts.items())
    return ('<h2>Documents with no event, by reason</h2><table><tr><th>status</th><th>reason</th>'
            f"<th>meaning</th><th>documents</th></tr>{body}</table>")


def _pages_list(chunks: list[pd.DataFrame], names: list[str], per_page: int) -> str:
    items = []
    for n, (chunk, name) in enumerate(zip(chunks, names)):
        counts = chunk["status"].astype(str).value_counts()
        what = ", ".join(f"{counts[s]} {s}" for s in STATUS_ORDER if s in counts)
        items.append(f'<li><a href="{_e(name)}">page {n + 1}</a>: documents {n * per_page + 1}–'
                     f"{n * per_page + len(chunk)} ({_e(what)})</li>")
    return f"<h2>Pages</h2><ul>{''.join(items)}</ul><h2>Documents</h2>" if items else "<p>No document to show.</p>"


def _page_nav(index: str, names: list[str], n: int) -> str:
    links = [f'<a href="{_e(index)}">index</a>']
    if n > 0:
        links.append(f'<a href="{_e(names[n - 1])}">← page {n}</a>')
    if n + 1 < len(names):
        links.append(f'<a href="{_e(names[n + 1])}">page {n + 2} →</a>')
    return "<nav>" + "".join(links) + "</nav>"


def _events_html(events: pd.DataFrame) -> str:
    """Each event as a small two-column table (empty fields left out)."""
    parts = []
    for n, row in enumerate(events.itertuples(index=False), 1):
        values = {c: _cell(getattr(row, c)) for c in EVENT_COLUMNS if hasattr(row, c)}
        if values.get("event_date"):  # at its precision: "2017", not "2017-01-01"
            values["event_date"] = _date(row.event_date, row.date_precision)
        cells = "".join(f"<tr><th>{_e(c)}</th><td>{_e(v)}</td></tr>" for c, v in values.items() if v)
        parts.append(f'<table class="kv"><tr><th colspan="2">event {n} · {_e(row.event_id)}</th></tr>'
                     f"{cells}</table>")
    return "".join(parts)


def _scores_html(scores: pd.DataFrame) -> str:
    """The document's scores as one table: subject, value, zone or grade, year, kind."""
    if scores.empty:
        return ""
    rows = "".join(
        f"<tr><td>{_e(_cell(s.subject))}</td><td>{_e(f'{s.value:g}' if not pd.isna(s.value) else '')}</td>"
        f"<td>{_e(' '.join(v for v in (_cell(s.zone), _cell(s.grade)) if v))}</td>"
        f"<td>{_e(_cell(s.year))}</td><td>{_e(_cell(s.kind))}</td></tr>" for s in scores.itertuples(index=False))
    return ("<table><tr><th>score subject</th><th>value</th><th>zone / grade</th><th>year</th><th>kind</th></tr>"
            f"{rows}</table>")


def _legend() -> str:
    return '<p class="legend meta">' + "".join(f'<span class="lbl {k}">{_e(v)}</span>' for k, v in LEGEND.items()) \
        + " (person names: hover the label for the name as normalised and the title)</p>"


def _label(span: Span) -> str:
    tip = f' title="{_e(span.tip)}"' if span.tip else ""
    return f'<span class="lbl {span.kind}"{tip}>{_e(span.label)}</span>'


def _date(value, precision, missing: str = "no date") -> str:
    if value is None or pd.isna(value):
        return missing
    n = ISO_LENGTH.get(_cell(precision), ISO_LENGTH["day"])
    return pd.Timestamp(value).strftime("%Y-%m-%d")[:n]


def _cell(v) -> str:
    """A value as text, an empty string for every kind of missing value (None, NaN, NaT, pd.NA)."""
    if isinstance(v, (list, tuple)):
        return ", ".join(c for c in map(_cell, v) if c)
    if hasattr(v, "tolist") and not isinstance(v, str):  # a numpy array from a list column
        return _cell(v.tolist())
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, float) and math.isfinite(v) and v.is_integer():
        return str(int(v))
    return str(v)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _css_string(value: str) -> str:
    """`value` as a quoted CSS string: every character but letters, digits, `_` and `-` escaped, so
    no value can end the string or the <style> block."""
    return '"' + "".join(c if c.isascii() and (c.isalnum() or c in "_-") else f"\\{ord(c):x} " for c in value) + '"'


@lru_cache(maxsize=1)
def _province_names() -> dict[str, str]:
    """Province code -> name, from the rule model's gazetteer (names for the province filter)."""
    from .config import DEFAULT_MODEL
    from .model import read_tsv

    path = DEFAULT_MODEL / "gazetteers" / "provinces.tsv"
    return {r["code"]: r["name"] for r in read_tsv(path)} if path.exists() else {}
