"""The records that flow through the pipeline: one `Article` per input document.

Stages fill an `Article` in one direction (readers -> text -> extract -> assemble -> writers);
nothing downstream reaches back. A spaCy `Doc` never leaves the NLP stage: what the rules find
is copied out as plain `Mention`s, and interpreted into `Event`, `Person` and `Score` rows.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

# Document statuses of the `documents` table (CONTRACT.md).
OK, NO_EVENT, SKIPPED, FAILED = "ok", "no_event", "skipped", "failed"

# Why a document has no event: `documents.reason` holds the code, `documents.error` the sentence.
NO_EVENT_REASONS = {
    "nothing_found": "nothing about an agreement signing or a compliance result",
    "scores_only": "compliance results, but no agreement signing",
    "no_signing_verb": "names an agreement but no signing verb (menandatangani, meneken, penandatanganan ...)",
    "no_instrument": "a signing verb, but no agreement paper signed (Nota Kesepahaman, PKS, MoU ...)",
    "verbal_agreement": "only a verbal agreement (sepakat, menyepakati), nothing signed",
    "planned_signing": "the signing is planned or announced, not reported as done",
    "no_government_party": "a signing, but no government body among its parties",
    "between_companies": "a deal between companies, with no government party",
    "earlier_signing_only": "refers only to an earlier signing; the article's news is something else",
}
# The codes of `skipped` and `failed` rows and what each means; `error` says more. Whoever
# decides a document's fate gives its code (`Article.fail(status, message, code)`): no code is
# read back from a message.
SKIP_REASONS = {
    "gate": "no trace of an agreement or a compliance result (the cheap gate, before any parsing)",
    "not_indonesian": "the text is not Indonesian",
    "no_article_text": "no article text in the page (menus, captions) or nothing left after boilerplate",
    "duplicate": "the same text as a document already in the output folder",
    "too_large": "larger than the size limit",
    "empty": "an empty document",
    "binary": "binary content, not text or HTML",
    "malformed": "a JSONL record that is not valid JSON, or has no text",
    "truncated": "a record cut off at the end of its file",
    "no_records": "a JSONL or WARC file with no document in it (empty, blank lines, no HTML response)",
    "unreadable": "the file or record could not be read",
    "timeout": "took longer than the per-document time limit",
    "memory": "needed more memory than the per-document limit (its worker was replaced)",
    "worker_died": "the worker process reading it died (the kernel's OOM killer, a crash)",
    "extraction_error": "the text stage failed on this document",
    "rules_error": "the rules failed on this document",
}

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def one_line(text: str) -> str:
    """Text from outside (a file name, an error quoting one) as it goes into a row or a log line:
    bytes that are not UTF-8 (a Latin-1 file name, which Python reads with surrogateescape) as
    `\\xe9`, control characters (a newline in a file name) as `\\n`: always one line, so a
    name cannot forge a log line, and always the same text for the same name."""
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name decodes to (JSON's "\\ud800")
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def storable(text: str) -> str:
    """Text Parquet can store: lone surrogates (JSON may hold "\\ud800") become U+FFFD, one
    character for one, so character offsets into the text hold."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


@dataclass(slots=True)
class Mention:
    """A span the rules found: its label, canonical id, surface text and character offsets.

    `kb_id` is the gazetteer's id as the matcher carries it: its readings separated by ";" (a
    name that is both a regency and a city), each the id columns of its row joined by "|"
    (manifest.json says which). `readings` holds them parsed once; `kind` is the first column
    of the first reading (an instrument's type, a title's role, an organisation's kind ...)."""

    label: str
    text: str
    start: int
    end: int
    kb_id: str = ""
    sent: int = -1  # index of the sentence it lies in
    readings: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.readings = tuple(tuple(reading.split("|")) for reading in self.kb_id.split(";"))

    @property
    def kind(self) -> str:
        return self.readings[0][0]

    @property
    def kinds(self) -> set[str]:
        """The first column of every reading: {"kabupaten", "kota"} for "Bogor"."""
        return {r[0] for r in self.readings}

    def column(self, k: int) -> str:
        """Column k of the first reading ("" where it has none)."""
        first = self.readings[0]
        return first[k] if k < len(first) else ""

    def columns(self, k: int) -> list[str]:
        """Column k of every reading that has one."""
        return [r[k] for r in self.readings if k < len(r)]


# How much of a date is known, coarsest first, and how much of its ISO form that keeps
# ("2024", "2024-06", "2024-06-04").
PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
ISO_LENGTH = {"year": 4, "month": 7, "day": 10}


@dataclass(slots=True, frozen=True)
class DateValue:
    """A calendar date with its precision: `day`, `month` or `year`."""

    date: dt.date
    precision: str

    def iso(self) -> str:
        return self.date.isoformat()[:ISO_LENGTH[self.precision]]


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Person:
    name: str
    title: str
    role: str
    start: int
    end: int
    acting: bool = False
    province_code: str | None = None
    is_signatory: bool = False
    event_id: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class Event:
    event_id: str
    agreement_type: str
    agreement_label: str
    evidence: str
    start_char: int
    end_char: int
    event_date: DateValue | None = None
    province_codes: list[str] = field(default_factory=list)
    city: str | None = None
    venue: str | None = None
    parties: list[str] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)
    primary: bool = True
    signatories: list[Person] = field(default_factory=list)


@dataclass(slots=True)
class Score:
    subject: str
    evidence: str
    kind: str = "achieved"
    province_code: str | None = None
    year: int | None = None
    value: float | None = None
    zone: str | None = None
    grade: str | None = None
    event_id: str | None = None


@dataclass(slots=True)
class Article:
    """One input document, from its raw bytes to its extracted rows."""

    doc_id: str
    source: str
    fmt: str  # "html" or "text": what `raw` holds
    raw: str | bytes = ""
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    text: str = ""
    status: str = OK
    error: str | None = None
    reason: str | None = None  # a short stable code: `gate`, `duplicate`, `planned_signing` ...
    supersedes: str | None = None  # doc_id of an earlier version of this page (same URL)
    model_version: str | None = None  # the rule model that made its rows (config.model_version)
    revision: int = 0  # 0 the first time it is processed; 1, 2 ... each time again with another model
    passed_gate: bool = False  # the run's driver has gated it (executors.worker): the text stage need not again
    text_extracted: bool = False  # a text worker has read its page (executors.worker): the rules go on from there
    events: list[Event] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    scores: list[Score] = field(default_factory=list)

    def fail(self, status: str, message: str, code: str) -> "Article":
        """Skipped or failed, with its reason code (SKIP_REASONS) and the message that says more."""
        self.status, self.error, self.reason = status, one_line(message), code
        return self

    def no_event(self, code: str) -> "Article":
        self.status, self.error, self.reason = NO_EVENT, NO_EVENT_REASONS[code], code
        return self


def article_rows(art: Article) -> dict[str, list[dict]]:
    """The rows an article contributes to each table, as plain dicts (`writers.SCHEMAS` types them)."""
    doc = dict(doc_id=art.doc_id, source=art.source, url=art.url, title=art.title, outlet=art.outlet,
               published_date=art.published, status=art.status, error=art.error,
               n_events=len(art.events), text=art.text or None, supersedes=art.supersedes,
               reason=art.reason, model_version=art.model_version,
               revision=art.revision)
    events = [dict(event_id=e.event_id, doc_id=art.doc_id, agreement_type=e.agreement_type,
                   agreement_label=e.agreement_label,
                   event_date=e.event_date.date if e.event_date else None,
                   date_precision=e.event_date.precision if e.event_date else None,
                   province_codes=list(e.province_codes), city=e.city, venue=e.venue,
                   parties=list(e.parties), scope=list(e.scope), primary=e.primary,
                   evidence=e.evidence, start_char=e.start_char, end_char=e.end_char,
                   signatories=[p.name for p in e.signatories], revision=art.revision)
              for e in art.events]
    people = [dict(doc_id=art.doc_id, event_id=p.event_id, name=p.name, title=p.title, role=p.role,
                   acting=p.acting, province_code=p.province_code, is_signatory=p.is_signatory,
                   start_char=p.start, end_char=p.end, revision=art.revision) for p in art.people]
    scores = [dict(doc_id=art.doc_id, event_id=s.event_id, subject=s.subject,
                   province_code=s.province_code, year=s.year, value=s.value, zone=s.zone,
                   grade=s.grade, kind=s.kind, evidence=s.evidence, revision=art.revision) for s in art.scores]
    return {"documents": [doc], "events": events, "people": people, "scores": scores}
