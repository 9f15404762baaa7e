"""What a run settles about each document once it is processed, the same under every executor:
the `Fingerprint` a worker sends back instead of the document, the `Decision` the driver takes on
it in input order (`Settler`: a copy? a new version of a page?), and the run's counts (`RunStats`).
The executor base, the Dask tasks and the worker processes use these; none of them is needed to
read another.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..records import SKIPPED, Article
from .state import FolderState, text_key


@dataclass
class RunStats:
    read: int = 0
    already_done: int = 0
    reprocessed: int = 0  # processed again with the run's rule model (--reprocess)
    other_model: int = 0  # already done with another rule model, not processed again
    status: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)
    ignored: Counter = field(default_factory=Counter)
    events: int = 0

    def admitted(self, verdict: str) -> bool:
        """Count a document read, with the verdict of state.Admission; whether to process it."""
        self.read += 1
        if verdict in ("done", "other_model"):
            self.already_done += 1
            self.other_model += verdict == "other_model"
            return False
        self.reprocessed += verdict == "again"
        return True

    def counted(self, reads: "RunStats") -> None:
        """Add the counts of documents read elsewhere (a Dask task's)."""
        for name in ("read", "already_done", "reprocessed", "other_model"):
            setattr(self, name, getattr(self, name) + getattr(reads, name))

    def committed(self, documents: list[dict]) -> None:
        """Count a committed batch by its `documents` rows: status, reason code, events."""
        for row in documents:
            self.status[row["status"]] += 1
            self.events += row["n_events"]
            if row["reason"]:
                self.reasons[f"{row['status']}: {row['reason']}"] += 1

    def other_model_warning(self, out: Path) -> str | None:
        """One line when documents of the folder were made with another rule model and left so."""
        if not self.other_model:
            return None
        return (f"{self.other_model} document(s) already in {out} were made with another rule model and were "
                f"not processed again: use --reprocess to process them with this one")

    def summary(self) -> str:
        lines = [f"documents read: {self.read}"]
        if self.already_done:
            lines.append(f"  already in the output (not processed again): {self.already_done}")
        if self.other_model:
            lines.append(f"    of which made with another rule model: {self.other_model} (see --reprocess)")
        if self.reprocessed:
            lines.append(f"  processed again with this rule model (--reprocess): {self.reprocessed}")
        for s in ("ok", "no_event", "skipped", "failed"):
            label = {"ok": "with events", "no_event": "no event"}.get(s, s)
            lines.append(f"  {label}: {self.status.get(s, 0)}")
        for reason, n in self.reasons.most_common():
            lines.append(f"    {n} x {reason}")
        lines.append(f"events: {self.events}")
        if self.ignored:
            lines.append("files ignored (unknown extension): " +
                         ", ".join(f"{k} x{v}" for k, v in self.ignored.most_common()))
        return "\n".join(lines)


@dataclass(frozen=True)
class Fingerprint:
    """What the run needs to know of a processed document to settle it: small enough to send
    from a worker to the driver instead of the document."""

    doc_id: str
    url: str | None
    status: str
    text_key: str | None = None
    minhash: bytes | None = None  # the MinHash signature's values (dedup.Signature), as bytes

    @classmethod
    def of(cls, art: Article, near: bool) -> "Fingerprint":
        if art.status not in ("ok", "no_event"):
            return cls(art.doc_id, art.url, art.status)
        sig = None
        if near:
            from ..dedup import NearDuplicates

            sig = NearDuplicates.signature(art.text).hashvalues.tobytes()
        return cls(art.doc_id, art.url, art.status, text_key(art.text), sig)


@dataclass(frozen=True)
class Decision:
    duplicate_of: str | None = None  # the doc_id of the earlier article it is a copy of
    supersedes: str | None = None    # the doc_id of the earlier version of the same page
    revision: int = 0                # how many times the document was processed before (--reprocess)


def settled_rows(tables: dict[str, list[dict]], decisions: dict[str, Decision | None],
                 model_version: str | None) -> dict[str, list[dict]]:
    """Processed documents' rows (records.article_rows, per table) with the run's decisions on
    them: the rule model, the version and revision of each; a copy keeps only its `documents`
    row, skipped as a duplicate; a document whose decision is None (read twice) loses all its rows."""
    kept = {t: [] for t in tables}
    for row in tables["documents"]:
        decision = decisions[row["doc_id"]]
        if decision is None:
            continue
        row.update(model_version=model_version, supersedes=decision.supersedes, revision=decision.revision)
        if decision.duplicate_of:
            row.update(status=SKIPPED, error=f"duplicate of {decision.duplicate_of}", reason="duplicate", n_events=0)
        kept["documents"].append(row)
    for table, rows in tables.items():
        if table != "documents":
            for row in rows:
                decision = decisions[row["doc_id"]]
                if decision is not None and not decision.duplicate_of:
                    row["revision"] = decision.revision
                    kept[table].append(row)
    return kept


class Settler:
    """Decides, in input order, what only the run as a whole can: is a document a copy (exact,
    by normalised text; near, by MinHash LSH) of one seen in this or an earlier run, or a new
    version of a page (same URL) already in the folder?"""

    def __init__(self, state: FolderState, dedup: bool = True, near: bool = True):
        self.state, self.dedup = state, dedup
        self.near = None
        if dedup and near:
            from ..dedup import NearDuplicates

            self.near = NearDuplicates()
            for doc_id, text in state.texts:
                self.near.add(doc_id, self.near.signature(text))
            state.texts.clear()  # the index holds what it needs; the texts would only cost memory

    def decide(self, fp: Fingerprint) -> Decision:
        """A document processed again (--reprocess) is its own earlier row's next revision: it keeps
        the place among the versions of its page that row had, and is no copy of itself."""
        again = self.state.stale.pop(fp.doc_id, None)
        base = Decision() if again is None else Decision(supersedes=again.supersedes, revision=again.revision + 1)
        if fp.status not in ("ok", "no_event"):
            return base
        previous = self.state.by_url.get(fp.url) if fp.url else None
        if self.dedup:
            original = self.state.by_text.get(fp.text_key)
            original = None if original == fp.doc_id else original
            sig = self.near.from_hashvalues(fp.minhash) if self.near is not None and fp.minhash else None
            if original is None and sig is not None:
                original = self.near.query(sig, exclude=fp.doc_id)
                if original is not None and fp.url and self.state.url_of.get(original) == fp.url:
                    original = None  # the same page, edited (any older version): a new version, not a copy
            if original is not None:
                return replace(base, duplicate_of=original)
            self.state.by_text.setdefault(fp.text_key, fp.doc_id)
            if sig is not None:
                self.near.add(fp.doc_id, sig)
        if fp.url:
            if again is None or previous in (None, fp.doc_id):  # not for an older version processed again
                self.state.by_url[fp.url] = fp.doc_id
            self.state.url_of[fp.doc_id] = fp.url
        if again is not None:
            return base
        return Decision(supersedes=previous if previous and previous != fp.doc_id else None)
