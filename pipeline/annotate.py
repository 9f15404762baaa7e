"""Gold files for one's own articles, pre-filled with the pipeline's answer (docs/gold.md).

`annotate` runs the pipeline on the inputs into a temporary folder, exactly as `run` does, and
writes `GOLD_DIR/ID.gold.json` for each article: the events, people and scores the rules found,
each beside the sentence it was read from, for a researcher to correct. IDs follow the pairing
of `evaluate` (a file by its name, a JSONL or WARC record by its url), so the unchanged gold
scores the pipeline's own output of the same input at F1 1.0. A gold file that exists holds a
researcher's corrections: it is kept unless `force`.
"""
from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .config import DEFAULT_MODEL, Options
from .evaluate import cell_value, found_answer, gold_date, source_id
from .nlp import abbreviations, split_sentences
from .readers import KNOWN_SUFFIXES, iter_files
from .records import FAILED, SKIPPED

# Skipped documents whose answer is still the pipeline's reading of the article: nothing in it.
# Other skips (a copy, an empty or binary file, a page over the size limit) and failures get no
# gold file: there is no reading of theirs to correct.
ANSWERED_SKIPS = ("gate", "not_indonesian", "no_article_text")


class AnnotateError(ValueError):
    """An input or gold folder that cannot be used: the message names it and says why."""


@dataclass
class Report:
    """What `annotate` did with each document: written, kept (already there) or skipped."""

    gold_dir: Path
    lines: list[tuple[str, str]] = field(default_factory=list)  # (what, line)

    def add(self, what: str, line: str) -> None:
        self.lines.append((what, line))

    def count(self, what: str) -> int:
        return sum(w == what for w, _ in self.lines)

    def format(self) -> str:
        tally = ", ".join(f"{self.count(w)} {w}" for w in ("written", "kept", "skipped"))
        return "\n".join([line for _, line in self.lines] + [f"{tally} (gold folder {self.gold_dir})"])


def annotate(inputs, gold_dir, model=None, force: bool = False) -> Report:
    """Write one pre-filled `ID.gold.json` per article of `inputs` into `gold_dir`."""
    inputs, gold_dir, model = [Path(p) for p in inputs], Path(gold_dir), Path(model or DEFAULT_MODEL)
    _check(inputs, gold_dir, model)
    from .executors import run

    with tempfile.TemporaryDirectory(prefix="sepakat-annotate-") as tmp:
        out = Path(tmp) / "out"
        run(Options(inputs=tuple(inputs), out=out, model=model, progress=False))
        tables = {t: pd.read_parquet(out / t) for t in ("documents", "events", "people", "scores")}
    gold_dir.mkdir(parents=True, exist_ok=True)
    return _write_golds(tables, gold_dir, force, abbreviations(str(model / "sentences")))


def _check(inputs: list[Path], gold_dir: Path, model: Path) -> None:
    """Refuse, before any work, what cannot be annotated."""
    if gold_dir.exists() and not gold_dir.is_dir():
        raise AnnotateError(f"{gold_dir}: a file, not a folder for gold files")
    if not (model / "config.cfg").is_file():
        raise AnnotateError(f"{model}: not a rule model directory (no config.cfg)")
    suffixes = " ".join(KNOWN_SUFFIXES)
    for path in inputs:
        if not path.exists():
            raise AnnotateError(f"{path}: input not found")
        ignored = Counter()
        if next(iter_files([path], ignored), None) is None:
            raise AnnotateError(f"{path}: " + ("no article files in this folder" if path.is_dir()
                                               else "not an article file") + f" ({suffixes})")


def _write_golds(tables: dict[str, pd.DataFrame], gold_dir: Path, force: bool,
                 abbreviated: re.Pattern | None = None) -> Report:
    """Gold files of a run's tables; evidence sentences split with the model's abbreviations
    (`abbreviated`, the default model's unless given)."""
    report = Report(gold_dir)
    docs = [{k: cell_value(v) for k, v in d.items()} for d in tables["documents"].to_dict("records")]
    source_of = {d["doc_id"]: d["source"] for d in docs}
    answered = [d for d in docs if not _unanswered(d)]
    # What the scorers could not tie to one document: an id several articles would have, a url
    # several documents have (or a gold file of another article).
    ids = Counter(_gold_id(d) for d in answered)
    urls = Counter(d["url"] for d in docs if d["url"] is not None)
    urls.update(_url_of(p) for p in gold_dir.glob("*.gold.json") if p.name[:-len(".gold.json")] not in ids)
    for d in docs:
        src, gid = d["source"], _gold_id(d)
        shared = d["url"] is not None and urls[d["url"]] > 1
        reason = _why_not(d, gid, ids[gid], shared, source_of)
        if reason:
            report.add("skipped", f"skipped {src}: {reason}")
            continue
        path = gold_dir / f"{gid}.gold.json"
        if path.exists() and not force:
            report.add("kept", f"kept {path}: it exists (a researcher's corrections); --force overwrites it")
            continue
        gold = _gold(d, gid, tables, url=None if shared else d["url"], abbreviated=abbreviated)
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        report.add("written", f"wrote {path}: {len(gold['events'])} event(s), {len(gold['people'])} "
                              f"person(s), {len(gold['scores'])} score(s)")
    return report


def _unanswered(doc: dict) -> bool:
    """A document the run did not read (a copy, an unreadable file ...): it has no answer to correct."""
    return doc["status"] == FAILED or doc["status"] == SKIPPED and doc.get("reason") not in ANSWERED_SKIPS


def _gold_id(doc: dict) -> str:
    """A file's name up to its first dot; a record's file name and record number ("articles-3")."""
    src = str(doc["source"])
    sid = source_id(src)
    if sid is not None:
        return sid
    path, n = src.rsplit("#", 1)
    return f"{Path(path).name.split('.')[0]}-{n}"


def _url_of(path: Path) -> str | None:
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("url")
    except (OSError, ValueError, AttributeError):
        return None


def _why_not(doc: dict, gid: str, n_same_id: int, shared_url: bool, source_of: dict[str, str]) -> str | None:
    """Why a document gets no gold file, or None."""
    if _unanswered(doc):
        error = " ".join(source_of.get(w, w) for w in str(doc.get("error")).split(" "))  # a doc_id named by its file
        return f"{error} ({doc['status']} by the run)"
    if not gid:
        return "its file name gives no id"
    if n_same_id > 1:
        return (f"{n_same_id} articles would have the id {gid!r} (the scorers pair a file by its name up to "
                f"its first dot): rename them")
    if source_id(str(doc["source"])) is None:
        if doc["url"] is None:
            return "a record with no url (the scorers pair a record by its url)"
        if shared_url:
            return f"its url {doc['url']} is another document's too (the scorers pair a record by its url)"
    return None


def _gold(doc: dict, gid: str, tables: dict[str, pd.DataFrame], url, abbreviated: re.Pattern | None = None) -> dict:
    """The pipeline's answer for one document, in the gold format, with its evidence sentences."""
    def rows(table: str) -> list[dict]:
        df = tables[table]
        return df[df.doc_id == doc["doc_id"]].to_dict("records") if len(df) else []

    answer = found_answer(rows("events"), rows("people"), rows("scores"))
    sentences = split_sentences(doc["text"] or "", abbreviated)
    for person in answer["people"]:
        start = person.pop("start_char")
        person["evidence"] = next((s.text for s in sentences if start is not None and s.start <= start < s.end), None)
    return dict(id=gid, url=url, published=gold_date(doc["published_date"]), source=doc["source"], title=doc["title"],
                pipeline=doc["status"] + (f" ({doc['reason']})" if doc["reason"] else ""),
                relevant=any(e["primary"] for e in answer["events"]), **answer)
