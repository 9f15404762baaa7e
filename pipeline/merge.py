"""One row per real-world signing: events that different documents report of the same signing.

Two events are the same signing when their instruments agree (an "MoU" may be any of the Nota
papers, a PKS is only a PKS), their dates agree (within a day; within the month or year when
that is all one of them says) and they share a province or a signatory. Clusters are the
connected components of that relation (union-find), rebuilt from all events after every run.

Conflicts between sources are settled by vote: the type and the date most sources give win;
a tie goes to the more precise date, then the earlier one, and to the Indonesian term over
"mou". Provinces, signatories and scope are the union over the sources; a signatory written in
part by one source and in full by another ("Ansar" / "Ansar Ahmad", "SAHBIRIN NOOR" / "Sahbirin
Noor") is one person, named as written at its fullest.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from .records import ISO_LENGTH, PRECISION_RANK


@dataclass
class Source:
    event_id: str
    doc_id: str
    agreement_type: str
    event_date: dt.date | None
    date_precision: str | None
    province_codes: list[str]
    signatories: list[str] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)


def same_instrument(a: str, b: str) -> bool:
    """Can two instrument types name one paper? Outlets call a Nota Kesepahaman, a Nota Kesepakatan
    or a Kesepakatan Bersama "MoU" too; a PKS is always its own instrument."""
    return a == b or ("mou" in (a, b) and "perjanjian_kerja_sama" not in (a, b))


def _same_instrument_across_articles(a: str, b: str) -> bool:
    """Across articles an "MoU" and a paper outside the named types ("lainnya") stay apart: two
    outlets' events agree only on date and place, and another paper signed there is as likely; in
    one article the sentences around make them one (assemble)."""
    return same_instrument(a, b) and (a == b or "lainnya" not in (a, b))


def _same_date(a: Source, b: Source) -> bool:
    if a.event_date is None or b.event_date is None:
        return False
    coarse = min(a.date_precision or "day", b.date_precision or "day", key=PRECISION_RANK.get)
    if coarse == "day":
        return abs((a.event_date - b.event_date).days) <= 1
    n = ISO_LENGTH[coarse]
    return a.event_date.isoformat()[:n] == b.event_date.isoformat()[:n]


def _name_key(name: str) -> frozenset[str]:
    return frozenset(w for w in re.sub(r"[^\w\s]", " ", name.lower()).split() if len(w) > 1)


def _names_overlap(a: list[str], b: list[str]) -> bool:
    """A signatory in common: the same person, written in full or in part ("Ansar" / "Ansar Ahmad")."""
    return any(x and y and (x <= y or y <= x) for x in map(_name_key, a) for y in map(_name_key, b))


def people_once(names: list[str]) -> list[str]:
    """Each person of `names` once, sorted: a name whose words are all in a longer one's is the same
    person (the longer is kept); of one name in several spellings, the one most sources write, and
    on a tie the one not in capitals."""
    votes = Counter(n for n in names if n)
    kept: list[tuple[frozenset[str], str]] = []
    for name in sorted(votes, key=lambda n: (-len(_name_key(n)), -votes[n], n.isupper(), n)):
        key = _name_key(name)
        if not any(key <= k for k, _ in kept):
            kept.append((key, name))
    return sorted(name for _, name in kept)


def same_signing(a: Source, b: Source) -> bool:
    return a.doc_id != b.doc_id and _same_instrument_across_articles(a.agreement_type, b.agreement_type) \
        and _same_date(a, b) and (bool(set(a.province_codes) & set(b.province_codes))
                                  or _names_overlap(a.signatories, b.signatories))


def merge(sources: list[Source]) -> list[dict]:
    """The `agreements` rows for all events, in a stable order."""
    sources = sorted(sources, key=lambda s: s.event_id)
    parent = list(range(len(sources)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Only events close in time can match: walk them in date order and compare each with those
    # that follow within a year (a year is the widest a date's precision allows).
    dated = sorted((i for i, s in enumerate(sources) if s.event_date), key=lambda i: sources[i].event_date)
    for n, i in enumerate(dated):
        for j in dated[n + 1:]:
            if (sources[j].event_date - sources[i].event_date).days > 366:
                break
            if same_signing(sources[i], sources[j]):
                parent[find(i)] = find(j)
    clusters: dict[int, list[Source]] = {}
    for i, s in enumerate(sources):
        clusters.setdefault(find(i), []).append(s)
    rows = [_row(members) for members in clusters.values()]
    return sorted(rows, key=lambda r: r["agreement_id"])


def _row(members: list[Source]) -> dict:
    types = Counter(m.agreement_type for m in members)
    best_type = max(types, key=lambda t: (types[t], t != "mou", t))
    dated = [m for m in members if m.event_date is not None]
    votes = Counter((m.event_date, m.date_precision) for m in dated)
    date, precision = (max(votes, key=lambda k: (votes[k], PRECISION_RANK.get(k[1] or "day", 0),
                                                 -k[0].toordinal())) if votes else (None, None))
    union = lambda attr: sorted({v for m in members for v in getattr(m, attr)})
    first = min(m.event_id for m in members)
    return dict(agreement_id=hashlib.blake2b(first.encode(), digest_size=8).hexdigest(),
                event_ids=sorted(m.event_id for m in members),
                doc_ids=sorted({m.doc_id for m in members}), n_sources=len({m.doc_id for m in members}),
                agreement_type=best_type, event_date=date, date_precision=precision,
                province_codes=union("province_codes"),
                signatories=people_once([n for m in members for n in m.signatories]),
                scope=[s for s in dict.fromkeys(v for m in members for v in m.scope)])
