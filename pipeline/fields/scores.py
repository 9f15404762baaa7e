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
                    r"|\((?P<v2>\d{2,3}[.,]\d{1,2})\)|(?P<v3>\d{2,3}[.,]\d{1,2})\s*(?:persen|%|poin)"
                    r"|(?:sebesar|mencapai|meraih|memperoleh|mendapat)\s+(?P<v4>\d{2,3}[.,]\d{1,2})(?!\s*[-–]\s*\d))", re.I)
_YEAR = re.compile(r"(?:tahun|penilaian|periode|pada|\()\s*(?:kepatuhan\s+)?(?:tahun\s+)?(?P<y>20[12]\d)\b", re.I)
_TARGET = re.compile(r"\b(target|ditargetkan|ditargetkakan|menargetkan|berharap|harapan|diharapkan|"
                     r"mempertahankan|menuju|bisa meraih|dapat meraih|ingin|upaya|menjaga|agar|tahun depan)\b", re.I)
_NEGATED = re.compile(r"\b(tidak|belum|bukan|tak)\b", re.I)


def find_scores(ctx: Context) -> list[Score]:
    if not _CONTEXT.search(ctx.text):
        return []
    scores: list[Score] = []
    for i, sent in enumerate(ctx.sentences):
        grades = ctx.in_sent(i, "GRADE")
        values = [m for m in _VALUE.finditer(sent.text)]
        if not grades and not values:
            continue
        zones = [g for g in grades if g.kb_id.startswith("zone|")]
        anchors = [(z.start - sent.start, z) for z in zones] or \
                  [(v.start(), None) for v in values[:1]] or [(g.start - sent.start, None) for g in grades[:1]]
        for n, (at, zone) in enumerate(anchors):
            head = sent.text[:at]
            if _NEGATED.search(head[-60:]):
                continue  # "tidak satu pun Pemda yang masuk zona merah"
            subject, code, key = _subject(ctx, i, sent.start + at)
            if subject is None:
                continue
            kind = _kind(sent.text, at)
            value = _value(values, at) if n == 0 and kind == "achieved" else None
            grade = next((g.kb_id.split("|")[1] for g in grades if g.kb_id.startswith("grade|")
                          and (zone is None or 0 <= g.start - zone.end <= 40)), None)
            if zone is None and value is None and grade is None:
                continue
            scores.append(Score(subject, sent.text, kind, code, _year(head, sent.text[at:], ctx), value,
                                zone.kb_id.split("|")[1] if zone else None, grade))
            scores[-1].event_id = key  # the place's identity, for de-duplication only
    return _dedupe(scores)


def _kind(text: str, at: int) -> str:
    return "target" if _TARGET.search(text[max(0, at - 80):at]) else "achieved"


def _value(values: list[re.Match], at: int) -> float | None:
    for v in values:
        num = parse_number(v.group("v1") or v.group("v2") or v.group("v3") or v.group("v4"))
        if num is not None and 0 < num <= 100:
            return num
    return None


def _year(head: str, tail: str, ctx: Context) -> int | None:
    """The assessment year: written before the result ("Penilaian Kepatuhan Tahun 2023, Pemprov
    ... zona hijau"), or after it in the same clause ("zona hijau pada Penilaian Kepatuhan Tahun
    2023", but not "zona kuning, untuk tahun ini (2021) ditargetkan ..."); "tahun lalu" is the
    year before publication."""
    years = list(_YEAR.finditer(head))
    if years:
        return int(years[-1].group("y"))
    clause = re.split(r",(?!\d)|;|\bsedangkan\b|\bsementara\b", tail, maxsplit=1)[0]  # "86,6" is no comma
    after = _YEAR.search(clause)
    if after:
        return int(after.group("y"))
    if ctx.published and re.search(r"\btahun lalu\b", head + clause, re.I):
        return ctx.published.year - 1
    return None


def _subject(ctx: Context, i: int, at: int) -> tuple[str | None, str | None, str | None]:
    """The assessed government: the nearest government word with its place, or place, before
    the result ("Pemprov Kalteng", "Kota Bima", "Provinsi DIY"); a government word with no place
    ("15 Pemkab lainnya") stands for a group, not a subject."""
    places = [m for m in ctx.in_sent(i) if m.label in ("PROVINCE", "REGION") and m.start < at]
    govs = [g for g in ctx.in_sent(i, "GOV") if g.start < at]
    if not places:
        places = [m for m in ctx.in_sent(i) if m.label in ("PROVINCE", "REGION")][:1]
    if not places:
        return None, None, None
    p = places[-1]
    lone_govs = [g for g in govs if g.start > p.end and not any(0 <= q.start - g.end <= 14 for q in places)]
    if lone_govs:
        return None, None, None
    gov = next((g for g in reversed(govs) if 0 <= p.start - g.end <= 14), None)
    prefix = re.search(r"(Kota|Kabupaten|Kab\.|Provinsi|Prov\.)\s*$", ctx.text[max(0, p.start - 12):p.start])
    start = gov.start if gov else (p.start - len(prefix.group()) if prefix else p.start)
    provincial = (gov is not None and gov.kb_id == "provinsi") or (
        p.label == "PROVINCE" and not (gov and gov.kb_id in ("kabupaten", "kota"))
        and not (prefix and prefix.group(1) in ("Kota", "Kabupaten", "Kab.")))
    return ctx.text[start:p.end], region_code(p) if provincial else None, p.kb_id


def _dedupe(scores: list[Score]) -> list[Score]:
    """One row per result: rows of one place and kind that do not contradict each other (no two
    different years, values, zones or grades) are one result told twice, and are merged."""
    merged: list[Score] = []
    for s in scores:
        twin = next((m for m in merged if m.event_id == s.event_id and m.kind == s.kind and
                     all(a is None or b is None or a == b for a, b in
                         ((m.year, s.year), (m.value, s.value), (m.zone, s.zone), (m.grade, s.grade)))), None)
        if twin is None:
            merged.append(s)
            continue
        for attr in ("year", "value", "zone", "grade", "province_code"):
            if getattr(twin, attr) is None:
                setattr(twin, attr, getattr(s, attr))
    for s in merged:
        s.event_id = None
    return merged
