"""Compliance results (Penilaian Kepatuhan, Opini Ombudsman): value, zone, grade, year, subject.

A result needs a named subject ("Pemprov Kalteng", "Kota Bima", "Kepri") and a zone, a grade or
a value introduced as a score ("nilai 86,6", "(93,29)"). A category range ("78-100") or a rank is
not a score; an aim ("ditargetkan zona hijau") is a `target`.
"""
from __future__ import annotations

import re

from ..normalize import parse_number
from ..records import Score
from . import Context, region_code

_CONTEXT = re.compile(r"kepatuhan|ombudsman|opini|predikat|penilaian|standar pelayanan", re.I)
_VALUE = re.compile(r"(?:(?:nilai|skor|angka|poin|score)(?:\s+(?:kepatuhan|akhir|rata-rata|sebesar|yaitu|yakni))*\s*:?\s*"
                    r"(?P<v1>\d{1,3}(?:[.,]\d{1,2})?)(?!\s*[-–]\s*\d)(?!\d)"
                    r"|\((?P<v2>\d{2,3}[.,]\d{1,2})\)|(?P<v3>\d{2,3}[.,]\d{1,2})\s*(?:persen|%|poin))", re.I)
_YEAR = re.compile(r"(?:tahun|penilaian|periode|pada|\()\s*(?:kepatuhan\s+)?(?:tahun\s+)?(?P<y>20[12]\d)\b", re.I)
_TARGET = re.compile(r"\b(target|ditargetkan|ditargetkakan|menargetkan|berharap|harapan|diharapkan|"
                     r"mempertahankan|menuju|bisa meraih|dapat meraih|ingin|upaya)\b", re.I)
_RANGE_OR_RANK = re.compile(r"\d\s*[-–]\s*\d|\bperingkat\b|\brangking\b", re.I)


def find_scores(ctx: Context) -> list[Score]:
    if not _CONTEXT.search(ctx.text):
        return []
    scores: list[Score] = []
    for i, sent in enumerate(ctx.sentences):
        grades = ctx.in_sent(i, "GRADE")
        values = [m for m in _VALUE.finditer(sent.text)]
        if not grades and not values:
            continue
        subject, code = _subject(ctx, i)
        if subject is None:
            continue
        year_m = _YEAR.search(sent.text)
        year = int(year_m.group("y")) if year_m else None
        zones = [g for g in grades if g.kb_id.startswith("zone|")]
        grade = next((g.kb_id.split("|")[1] for g in grades if g.kb_id.startswith("grade|")), None)
        value = None
        for v in values:
            num = parse_number(v.group("v1") or v.group("v2") or v.group("v3"))
            if num is not None and 0 < num <= 100 and not (num.is_integer() and 2000 <= num):
                value = num
                break
        if not zones:
            if value is None and grade is None:
                continue
            scores.append(Score(subject, sent.text, _kind(sent.text, None, sent.start), code, year, value, None, grade))
            continue
        for n, z in enumerate(zones):
            kind = _kind(sent.text, z.start - sent.start, sent.start)
            scores.append(Score(subject, sent.text, kind, code, year if kind == "achieved" or n else year,
                                value if n == 0 and kind == "achieved" else None, z.kb_id.split("|")[1],
                                grade if n == 0 else None))
    return _dedupe(scores)


def _kind(text: str, at: int | None, _offset: int) -> str:
    head = text if at is None else text[max(0, at - 80):at]
    return "target" if _TARGET.search(head) else "achieved"


def _subject(ctx: Context, i: int) -> tuple[str | None, str | None]:
    """The assessed government: a government word with its place, or a place, in the sentence."""
    places = [m for m in ctx.in_sent(i) if m.label in ("PROVINCE", "REGION")]
    govs = ctx.in_sent(i, "GOV")
    for g in govs:
        after = [p for p in places if 0 <= p.start - g.end <= 14]
        if after:
            p = after[0]
            code = region_code(p) if g.kb_id == "provinsi" or p.label == "PROVINCE" and g.kb_id not in ("kabupaten", "kota") else None
            return ctx.text[g.start:p.end], code
    if places:
        p = places[0]
        prefix = ctx.text[max(0, p.start - 10):p.start]
        if re.search(r"(Kota|Kabupaten|Kab\.?)\s*$", prefix):
            m = re.search(r"(Kota|Kabupaten|Kab\.?)\s*$", prefix)
            return ctx.text[p.start - (len(prefix) - m.start()):p.end], None
        return p.text, region_code(p) if p.label == "PROVINCE" else None
    return None, None


def _dedupe(scores: list[Score]) -> list[Score]:
    """One row per subject, zone and kind: the row that says most wins."""
    best: dict[tuple, Score] = {}
    for s in scores:
        key = (s.province_code or s.subject.lower(), s.zone, s.kind, s.value if s.zone is None else None)
        prev = best.get(key)
        filled = sum(x is not None for x in (s.year, s.value, s.grade))
        if prev is None or filled > sum(x is not None for x in (prev.year, prev.value, prev.grade)):
            best[key] = s
    return list(best.values())
