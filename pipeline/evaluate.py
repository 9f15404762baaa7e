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


def _read(out: Path, table: str) -> pd.DataFrame:
    path = out / table
    return pd.read_parquet(path) if path.exists() else pd.DataFrame()


def evaluate(out: str | Path, gold_dir: str | Path) -> dict:
    """Per-field precision, recall and F1 of OUT against GOLD_DIR, and their mean."""
    out, gold_dir = Path(out), Path(gold_dir)
    golds = {p.name[:-len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
             for p in sorted(gold_dir.glob("*.gold.json"))}
    docs, events, people, scores = (_read(out, t) for t in ("documents", "events", "people", "scores"))
    url_to_id = {g.get("url"): k for k, g in golds.items() if g.get("url")}
    doc_gold = {}
    for d in docs.to_dict("records"):
        src = str(d.get("source") or "")
        stem = Path(src.split("#")[0]).name.split(".")[0]
        gid = stem if stem in golds and "#" not in src else url_to_id.get(d.get("url"))
        if gid:
            doc_gold[d["doc_id"]] = gid

    def rows(df: pd.DataFrame, gid: str) -> list[dict]:
        return [r for r in df.to_dict("records") if doc_gold.get(r.get("doc_id")) == gid] if len(df) else []

    m = {f: Count() for f in FIELDS}
    for gid, g in golds.items():
        pev, ppl, psc = rows(events, gid), rows(people, gid), rows(scores, gid)
        gev = g.get("events", [])
        pred_rel = any(_missing(p.get("primary")) or bool(p.get("primary")) for p in pev)
        m["relevance"].add(int(pred_rel and g["relevant"]), int(pred_rel), int(g["relevant"]))
        pairs = pair_events(gev, pev)
        paired = {gi for gi, _ in pairs}
        counted = [gi for gi, e in enumerate(gev) if e.get("primary") or gi in paired]
        m["events"].add(len(pairs), len(pev), len(counted))
        pmap = dict(pairs)
        sig_of: dict[str, list] = {}
        for r in ppl:
            if not _missing(r.get("is_signatory")) and r["is_signatory"] and not _missing(r.get("event_id")):
                sig_of.setdefault(r["event_id"], []).append(r.get("name"))
        for fld, gk, pk, eq in (("type", "type", "agreement_type", lambda x, y: x == y),
                                ("date", "date", "event_date", date_matches),
                                ("provinces", "provinces", "province_codes", lambda x, y: set(x) == set(_list(y))),
                                ("city", "city", "city", lambda x, y: not _missing(y) and bool(y) and _place_key(x) == _place_key(str(y)))):
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
            for pi, p in enumerate(pev):
                pv = sig_of.get(p.get("event_id"), []) if fld == "signatories" else _list(p.get("scope"))
                npred += len(pv)
                gi = next((gi for gi, pj in pairs if pj == pi), None)
                if gi is not None:
                    tp += _greedy(gev[gi].get(fld) or [], pv, names_match if fld == "signatories" else (lambda x, y: x == y))
            m[fld].add(tp, npred, ng)
        uniq: list[dict] = []
        for r in ppl:
            u = next((u for u in uniq if names_match(r.get("name"), u.get("name"))), None)
            if u is None:
                uniq.append(dict(r))
            else:
                for k in ("role", "province_code"):
                    if (_missing(u.get(k)) or u.get(k) == "lainnya") and not _missing(r.get(k)):
                        u[k] = r[k]
        gp = g.get("people", [])
        m["people"].add(_greedy([x["name"] for x in gp], [u.get("name") for u in uniq], names_match), len(uniq), len(gp))
        m["roles"].add(_greedy(gp, uniq, lambda x, y: names_match(x["name"], y.get("name")) and x["role"] == y.get("role")),
                       len(uniq), len(gp))
        gpp = [x for x in gp if x.get("province")]
        upp = [u for u in uniq if not _missing(u.get("province_code"))]
        m["people_province"].add(_greedy(gpp, upp, lambda x, y: names_match(x["name"], y.get("name"))
                                         and x["province"] == y.get("province_code")), len(upp), len(gpp))
        gs = g.get("scores", [])
        m["scores"].add(_greedy(gs, psc, _score_ok), len(psc), len(gs))
    fields = {f: dict(zip(("p", "r", "f1"), (round(x, 3) for x in m[f].prf()))) for f in FIELDS}
    return {"fields": fields, "mean_f1": round(sum(v["f1"] for v in fields.values()) / len(fields), 3),
            "docs": len(golds), "unmatched_docs": [k for k in golds if k not in doc_gold.values()]}


def format_table(result: dict) -> str:
    lines = [f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}"]
    for f, v in result["fields"].items():
        lines.append(f"{f:<16}{v['p']:>7.3f}{v['r']:>7.3f}{v['f1']:>7.3f}")
    if result["unmatched_docs"]:
        lines.append(f"documents with no output row: {len(result['unmatched_docs'])} of {result['docs']}")
    lines.append(f"mean F1 {result['mean_f1']} over {result['docs']} documents")
    return "\n".join(lines)
