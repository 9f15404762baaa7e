"""Evaluate an output folder against gold files (`*.gold.json`, the format of eval/GOLD.md).

Documents pair with gold files by the file name of `source` (or by `url`); events pair by type,
date and provinces; each field is scored with precision, recall and F1; the summary is their
mean. The rules follow the project's reference scorer so the two agree.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .records import ISO_LENGTH

FIELDS = ("relevance", "events", "type", "date", "provinces", "city", "signatories", "scope",
          "people", "roles", "people_province", "scores")
_HONORIFICS = {"h", "hj", "dr", "drs", "dra", "ir", "prof", "kh", "k.h", "tgh", "habib", "ust", "ustadz",
               "bapak", "pak", "ibu", "bu", "sdr", "sdri", "paman"}


@dataclass
class Count:
    tp: int = 0
    npred: int = 0
    ngold: int = 0

    def add(self, tp: int, npred: int, ngold: int) -> None:
        self.tp += tp
        self.npred += npred
        self.ngold += ngold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.npred if self.npred else (1.0 if self.ngold == 0 else 0.0)
        r = self.tp / self.ngold if self.ngold else (1.0 if self.npred == 0 else 0.0)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def name_key(s) -> tuple[str, ...]:
    if not s:
        return ()
    s = unicodedata.normalize("NFKC", str(s)).split(",")[0]
    toks = re.sub(r"[^\w\s]", " ", s.lower()).split()
    while toks and toks[0] in _HONORIFICS:
        toks = toks[1:]
    return tuple(toks)


def names_match(a, b) -> bool:
    """Same name up to case, punctuation, honorifics and initials ("M Fadhil" = "Muhammad Fadhil")."""
    a, b = name_key(a), name_key(b)
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) == len(b) and all(x == y or (len(x) == 1 and y[0] == x) or (len(y) == 1 and x[0] == y)
                                for x, y in zip(a, b)):
        return True
    a2, b2 = tuple(t for t in a if len(t) > 1), tuple(t for t in b if len(t) > 1)
    return bool(a2) and a2 == b2


def _place_key(s) -> str:
    return re.sub(r"[^a-z]", "", (s or "").lower().replace("kota ", "").replace("kabupaten ", ""))


def _missing(v) -> bool:
    if v is None:
        return True
    try:
        return not isinstance(v, (list, tuple, dict, str)) and bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _list(v) -> list:
    return [] if _missing(v) and not hasattr(v, "__len__") else [x for x in list(v) if x is not None]


def date_matches(gold: str | None, pred) -> bool:
    if gold is None or _missing(pred):
        return False
    return pd.Timestamp(pred).strftime("%Y-%m-%d")[:len(gold)] == gold


def _greedy(gold: list, pred: list, eq) -> int:
    used, tp = set(), 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and eq(g, p):
                used.add(i)
                tp += 1
                break
    return tp


def pair_events(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = (2 if g.get("type") == p.get("agreement_type") else 0) \
                + (2 if g.get("date") and date_matches(g["date"], p.get("event_date")) else 0) \
                + (1 if set(g.get("provinces") or []) & set(_list(p.get("province_codes"))) else 0)
            if s >= 2:
                cands.append((s, gi, pi))
    pairs, ug, up = [], set(), set()
    for _s, gi, pi in sorted(cands, reverse=True):
        if gi not in ug and pi not in up:
            pairs.append((gi, pi))
            ug.add(gi)
            up.add(pi)
    return pairs


def _score_ok(g: dict, p: dict) -> bool:
    if g.get("value") is not None and (_missing(p.get("value")) or abs(float(p["value"]) - g["value"]) > 0.011):
        return False
    for k, pk in (("zone", "zone"), ("year", "year"), ("province", "province_code"), ("kind", "kind")):
        gv, pv = g.get(k), p.get(pk)
        pv = None if _missing(pv) else pv
        if gv is not None and (pv is None or (int(pv) if k == "year" else pv) != gv):
            return False
    return True


# (field, gold key, column of `events`, equality) of the event fields scored one value per event.
EVENT_FIELDS = (("type", "type", "agreement_type", lambda x, y: x == y),
                ("date", "date", "event_date", date_matches),
                ("provinces", "provinces", "province_codes", lambda x, y: set(x) == set(_list(y))),
                ("city", "city", "city",
                 lambda x, y: not _missing(y) and bool(y) and _place_key(x) == _place_key(str(y))))
_LIST_EQ = {"signatories": names_match, "scope": lambda x, y: x == y}


class EvaluationError(ValueError):
    """A folder or gold file the evaluation cannot read: the message names it and says why."""


def source_id(source: str) -> str | None:
    """The gold id a document pairs with by its file: the file name up to its first dot. None for
    a record of a JSONL or WARC file (`path#N`), which pairs by its url."""
    return None if "#" in source else Path(source).name.split(".")[0]


_GOLD_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def gold_problem(g) -> str | None:
    """What in one gold file the scorers cannot read (docs/gold.md), or None."""
    if not isinstance(g, dict):
        return "not a JSON object"
    if not isinstance(g.get("relevant"), bool):
        return '"relevant" must be true or false'
    for key in ("events", "people", "scores"):
        items = g.get(key, [])
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            return f'"{key}" must be a list of objects'
    for n, e in enumerate(g.get("events", []), 1):
        d = e.get("date")
        if d is not None and not (isinstance(d, str) and _GOLD_DATE.fullmatch(d)):
            return f'event {n}: "date" must be YYYY, YYYY-MM, YYYY-MM-DD or null, not {d!r}'
        for k in ("provinces", "signatories", "scope"):
            if not isinstance(e.get(k) or [], list):
                return f'event {n}: "{k}" must be a list'
    for n, p in enumerate(g.get("people", []), 1):
        if not isinstance(p.get("name"), str) or "role" not in p:
            return f'person {n}: "name" and "role" are required'
    for n, s in enumerate(g.get("scores", []), 1):
        for k, kinds in (("value", (int, float)), ("year", (int,))):
            v = s.get(k)
            if v is not None and (isinstance(v, bool) or not isinstance(v, kinds)):
                return f'score {n}: "{k}" must be a number or null, not {v!r}'
    return None


def read_gold(gold_dir: str | Path) -> dict[str, dict]:
    """Every `ID.gold.json` of a folder by its id; a folder or file that cannot be read raises
    EvaluationError naming it."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvaluationError(f"{gold_dir}: " + ("not a folder" if gold_dir.exists() else "gold folder not found"))
    golds = {}
    for path in sorted(gold_dir.glob("*.gold.json")):
        try:
            g = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise EvaluationError(f"{path}: not valid JSON ({exc})") from None
        problem = gold_problem(g)
        if problem:
            raise EvaluationError(f"{path}: {problem}")
        golds[path.name[:-len(".gold.json")]] = g
    if not golds:
        raise EvaluationError(f"{gold_dir}: no *.gold.json files")
    return golds


def _read_current(out: Path) -> list[pd.DataFrame]:
    """documents, events, people and scores of the committed batches, of each document only the rows
    of its latest revision (a document processed again with --reprocess keeps its old rows on disk)."""
    from .tables import read_table, schema
    from .writers import committed_files, current_rows

    files = committed_files(out)
    tables = {t: read_table(out / t, schema(t), files[t]) for t in ("documents", "events", "people", "scores")}
    docs = tables["documents"]
    return [pd.DataFrame() if t is None else (t if docs is None else current_rows(docs, t)).to_pandas()
            for t in tables.values()]


def gold_date(value, precision=None) -> str | None:
    """A date as the gold files write it: at its precision ("2021", "2021-10", "2021-10-28")."""
    if _missing(value):
        return None
    n = ISO_LENGTH.get(None if _missing(precision) else precision, ISO_LENGTH["day"])
    return pd.Timestamp(value).strftime("%Y-%m-%d")[:n]


def evaluate(out: str | Path, gold_dir: str | Path, details: bool = False) -> dict:
    """Per-field precision, recall and F1 of OUT against GOLD_DIR, and their mean; with `details`,
    also what was expected and found in each document (`result["documents"]`)."""
    out = Path(out)
    if not (out / "documents").is_dir():
        raise EvaluationError(f"{out}: " + ("no documents table: is it the output folder of a run?"
                                            if out.is_dir() else "output folder not found"))
    golds = read_gold(gold_dir)
    docs, events, people, scores = _read_current(out)
    url_to_id = {g.get("url"): k for k, g in golds.items() if g.get("url")}
    doc_gold, sources = {}, {}
    for d in docs.to_dict("records"):
        src = str(d.get("source") or "")
        stem = source_id(src)
        gid = stem if stem in golds else url_to_id.get(d.get("url"))
        if gid:
            doc_gold[d["doc_id"]] = gid
            sources.setdefault(gid, []).append(src)
    if not doc_gold:  # all-zero scores would say the rules found nothing; they were never asked
        raise EvaluationError(f"{out}: none of its documents is one of the {len(golds)} articles of {gold_dir} "
                              f"(matched by file name or url): is it the output of a run over those articles?")

    def rows(df: pd.DataFrame, gid: str) -> list[dict]:
        return [r for r in df.to_dict("records") if doc_gold.get(r.get("doc_id")) == gid] if len(df) else []

    m = {f: Count() for f in FIELDS}
    documents = []
    for gid, g in golds.items():
        detail = _score_document(g, rows(events, gid), rows(people, gid), rows(scores, gid), m)
        documents.append(dict(id=gid, sources=sources.get(gid, []), **detail))
    fields = {f: dict(zip(("p", "r", "f1"), (round(x, 3) for x in m[f].prf()))) for f in FIELDS}
    result = {"fields": fields, "mean_f1": round(sum(v["f1"] for v in fields.values()) / len(fields), 3),
              "docs": len(golds), "unmatched_docs": [k for k in golds if k not in doc_gold.values()]}
    if details:
        result["documents"] = documents
    return result


def found_answer(events: list[dict], people: list[dict], scores: list[dict]) -> dict[str, list[dict]]:
    """One document's output rows in the terms of a gold file (docs/gold.md): each event with its
    signatories; each person once, as the scorers count them (the first row of a name, its role
    and province completed from a later row where the first has none or `lainnya`); each score.
    Beside the gold keys, what a reader checks them against: an event's `label` and `evidence`,
    a person's `title` and `start_char` (of one mention), a score's `evidence`."""
    sig_of: dict[str, list] = {}
    for r in people:
        if cell_value(r.get("is_signatory")) and cell_value(r.get("event_id")) is not None:
            sig_of.setdefault(r["event_id"], []).append(r.get("name"))
    found_events = [dict(primary=_missing(e.get("primary")) or bool(e["primary"]), type=cell_value(e.get("agreement_type")),
                         date=gold_date(e.get("event_date"), e.get("date_precision")),
                         provinces=_list(e.get("province_codes")), city=cell_value(e.get("city")),
                         signatories=sig_of.get(e.get("event_id"), []), scope=_list(e.get("scope")),
                         label=cell_value(e.get("agreement_label")), evidence=cell_value(e.get("evidence")))
                    for e in events]
    found_people: list[dict] = []
    for r in people:
        said = dict(role=cell_value(r.get("role")), province=cell_value(r.get("province_code")))
        p = next((p for p in found_people if names_match(r.get("name"), p["name"])), None)
        if p is None:
            found_people.append(dict(name=r.get("name"), **said, title=cell_value(r.get("title")),
                                     start_char=cell_value(r.get("start_char"))))
            continue
        for k, v in said.items():
            if p[k] in (None, "lainnya") and v is not None:
                p[k] = v
    found_scores = [dict(subject=cell_value(s.get("subject")), province=cell_value(s.get("province_code")),
                         year=None if _missing(s.get("year")) else int(s["year"]), value=cell_value(s.get("value")),
                         zone=cell_value(s.get("zone")), grade=cell_value(s.get("grade")), kind=cell_value(s.get("kind")),
                         evidence=cell_value(s.get("evidence")))
                    for s in scores]
    return dict(events=found_events, people=found_people, scores=found_scores)


def cell_value(v):
    """A table cell as a JSON value: None for a missing one, plain Python numbers."""
    if _missing(v):
        return None
    return v.item() if hasattr(v, "item") else v


def _score_document(g: dict, pev: list[dict], ppl: list[dict], psc: list[dict], m: dict[str, Count]) -> dict:
    """Add one document's counts to `m`; return what was expected and found, pair by pair."""
    found = found_answer(pev, ppl, psc)
    gev = g.get("events", [])
    pred_rel = any(e["primary"] for e in found["events"])
    m["relevance"].add(int(pred_rel and g["relevant"]), int(pred_rel), int(g["relevant"]))
    pairs = pair_events(gev, pev)
    paired = {gi for gi, _ in pairs}
    counted = [gi for gi, e in enumerate(gev) if e.get("primary") or gi in paired]
    m["events"].add(len(pairs), len(pev), len(counted))
    pmap = dict(pairs)
    for fld, gk, pk, eq in EVENT_FIELDS:
        tp = ng = 0
        for gi in counted:
            gv = gev[gi].get(gk)
            if gv in (None, []):
                continue
            ng += 1
            if gi in pmap and eq(gv, pev[pmap[gi]].get(pk)):
                tp += 1
        npred = sum(1 for p in pev if (len(_list(p.get(pk))) if fld == "provinces" else not _missing(p.get(pk))))
        m[fld].add(tp, npred, ng)
    for fld in ("signatories", "scope"):
        tp = npred = 0
        ng = sum(len(gev[gi].get(fld) or []) for gi in counted)
        for pi, e in enumerate(found["events"]):
            npred += len(e[fld])
            gi = next((gi for gi, pj in pairs if pj == pi), None)
            if gi is not None:
                tp += _greedy(gev[gi].get(fld) or [], e[fld], _LIST_EQ[fld])
        m[fld].add(tp, npred, ng)
    gp, fp = g.get("people", []), found["people"]
    m["people"].add(_greedy([x["name"] for x in gp], [u["name"] for u in fp], names_match), len(fp), len(gp))
    m["roles"].add(_greedy(gp, fp, lambda x, y: names_match(x["name"], y["name"]) and x["role"] == y["role"]),
                   len(fp), len(gp))
    gpp = [x for x in gp if x.get("province")]
    fpp = [u for u in fp if u["province"] is not None]
    m["people_province"].add(_greedy(gpp, fpp, lambda x, y: names_match(x["name"], y["name"])
                                     and x["province"] == y["province"]), len(fpp), len(gpp))
    gs = g.get("scores", [])
    m["scores"].add(_greedy(gs, psc, _score_ok), len(psc), len(gs))
    found_pairs = {pj for _, pj in pairs}
    return dict(relevant=(g["relevant"], pred_rel),
                events=[(gev[gi], found["events"][pi]) for gi, pi in sorted(pairs)]
                + [(e, None) for gi, e in enumerate(gev) if gi not in paired]
                + [(None, e) for pi, e in enumerate(found["events"]) if pi not in found_pairs],
                people=_aligned(gp, fp, lambda x, y: names_match(x["name"], y["name"])),
                scores=_aligned(gs, found["scores"], lambda x, y: _score_ok(x, {**y, "province_code": y["province"]})))


def _aligned(gold: list, found: list, eq) -> list[tuple]:
    """(expected, found) pairs as the greedy match makes them, then the misses, then the extras."""
    used, out = set(), []
    for g in gold:
        i = next((i for i, f in enumerate(found) if i not in used and eq(g, f)), None)
        if i is not None:
            used.add(i)
        out.append((g, None if i is None else found[i]))
    return out + [(None, f) for i, f in enumerate(found) if i not in used]


def format_table(result: dict) -> str:
    lines = [f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}"]
    for f, v in result["fields"].items():
        lines.append(f"{f:<16}{v['p']:>7.3f}{v['r']:>7.3f}{v['f1']:>7.3f}")
    if result["unmatched_docs"]:
        lines.append(f"documents with no output row: {len(result['unmatched_docs'])} of {result['docs']}")
    lines.append(f"mean F1 {result['mean_f1']} over {result['docs']} documents")
    return "\n".join(lines)


def format_details(result: dict) -> str:
    """Per document, what the gold file expects and what the output holds (from
    `evaluate(..., details=True)`): `same`, `differs` (with the differing fields), `missed`, `extra`."""
    blocks = []
    for doc in result["documents"]:
        lines = []
        gold_rel, found_rel = doc["relevant"]
        lines.append(f"  relevant: expected {_yes(gold_rel)}, found {_yes(found_rel)}"
                     + ("" if gold_rel == found_rel else "   <- differs"))
        for name, items, show, diff in (("events", doc["events"], _event_line, _event_diff),
                                        ("people", doc["people"], _person_line, _person_diff),
                                        # a score is aligned only when every value given agrees
                                        ("scores", doc["scores"], _score_line, lambda g, f: [])):
            n_gold = sum(g is not None for g, _ in items)
            lines.append(f"  {name}: expected {n_gold}, found {sum(f is not None for _, f in items)}")
            for g, f in items:
                lines += _pair_lines(g, f, show, diff(g, f) if g is not None and f is not None else [],
                                     optional=name == "events" and g is not None and not g.get("primary"))
        n_diff = sum(line.lstrip().startswith(("differs", "missed", "extra")) for line in lines) \
            + (gold_rel != found_rel)
        where = ", ".join(doc["sources"]) or "no document of the output pairs with this gold file"
        head = f"{doc['id']}  ({where})  " + ("all as expected" if not n_diff else f"{n_diff} difference(s)")
        blocks.append("\n".join([head] + lines))
    return "\n\n".join(blocks)


def _pair_lines(g, f, show, diff: list[str], optional: bool) -> list[str]:
    if f is None:
        return [f"    {'missed':<8} {show(g)}" + ("   (an earlier signing: need not be found)" if optional else "")]
    if g is None:
        return [f"    {'extra':<8} {show(f)}"]
    if not diff:
        return [f"    {'same':<8} {show(g)}"]
    return [f"    {'differs':<8} expected {show(g)}", f"    {'':<8} found    {show(f)}",
            f"    {'':<8} ({', '.join(diff)})"]


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _text(value) -> str:
    if value is None or value == []:
        return "-"
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _event_line(e: dict) -> str:
    return (f"{e.get('type')} {_text(e.get('date'))}, provinces {_text(e.get('provinces'))}, "
            f"city {_text(e.get('city'))}, {'primary' if e.get('primary') else 'earlier'}; "
            f"signed: {_text(e.get('signatories'))}; scope: {_text(e.get('scope'))}")


def _event_diff(g: dict, f: dict) -> list[str]:
    found = dict(agreement_type=f["type"], event_date=f["date"], province_codes=f["provinces"], city=f["city"])
    out = [fld for fld, gk, pk, eq in EVENT_FIELDS
           if g.get(gk) not in (None, []) and not eq(g[gk], found[pk])
           or g.get(gk) in (None, []) and found[pk] not in (None, [])]
    if bool(g.get("primary")) != f["primary"]:
        out.append("primary")
    for fld in ("signatories", "scope"):
        gv, fv = g.get(fld) or [], f[fld]
        if _greedy(gv, fv, _LIST_EQ[fld]) != len(gv) or len(gv) != len(fv):
            out.append(fld)
    return out


def _person_line(p: dict) -> str:
    return f"{p.get('name')} ({p.get('role')}, {_text(p.get('province'))})"


def _person_diff(g: dict, f: dict) -> list[str]:
    return [k for k in ("role", "province") if g.get(k) != f.get(k)]


def _score_line(s: dict) -> str:
    return (f"{s.get('subject')}: {_text(s.get('value'))}, zone {_text(s.get('zone'))}, "
            f"grade {_text(s.get('grade'))}, {_text(s.get('year'))}, {_text(s.get('province'))}, {s.get('kind')}")
