"""Officials: a TITLE mention, the office's place, and the name written after or before it.

"Gubernur Kalsel, Sahbirin Noor", "Sahbirin Noor, Gubernur Kalsel", "Kepala Biro Organisasi
Setda Provinsi Kalimantan Barat, Rita Hastarita", "Bupati Nunukan Hj. Asmin Laura Hafid".
Names lose honorifics and degrees; short forms and nicknames resolve to the fullest name.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..normalize import strip_name
from ..records import Mention, Person
from . import Context, region_code

_TOKEN = re.compile(r"[A-Za-z][\w'’\-]*\.?|[A-Z]\.|,|\(|\)|\S")
_NICK = re.compile(r"(?:atau|yang)?\s*(?:akrab|biasa|karib)\s+(?:disapa|dipanggil|disebut)\s+"
                   r"((?:[A-Z][\w'’\-]*\s?){1,3})")
_ORG_HEAD = {"universitas", "institut", "politeknik", "univ", "univ.", "sekolah", "stie", "stikes", "uin", "iain"}
_NATIONAL_ROLES = {"ketua_ombudsman", "wakil_ketua_ombudsman", "anggota_ombudsman", "sekjen_ombudsman"}
_NAME_JOINERS = {"bin", "binti", "van", "de", "al", "el"}


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _honorific(tok: str, ctx: Context) -> bool:
    t = tok.rstrip(".").lower()
    return any(t == p.rstrip(".").lower() for p in ctx.lexicon.prefixes)


def _nonname(tok: str, ctx: Context) -> bool:
    return tok.rstrip(".,").lower() in ctx.lexicon.nonnames


def _place_ends(ctx: Context, start: int, limit: int) -> list[Mention]:
    return [m for m in ctx.mentions if m.label in ("PROVINCE", "REGION") and start <= m.start < limit]


def _name_after(ctx: Context, title: Mention, sent_end: int, role: str) -> tuple[str, int, int, list[Mention]]:
    """Walk the capitalised run after a title: office words and places, then the name."""
    text = ctx.text
    pos, limit = title.end, min(sent_end, title.end + 160)
    places = _place_ends(ctx, title.end, limit)
    place_at: dict[int, Mention] = {}
    for m in places:  # "Aceh Besar" (a regency) over "Aceh" (a province) at the same start
        if m.start not in place_at or m.end > place_at[m.start].end:
            place_at[m.start] = m
    other_titles = {m.start for m in ctx.mentions if m.label == "TITLE" and title.end < m.start < limit}
    seen_places: list[Mention] = []
    in_org = title.text.split()[-1].lower() in _ORG_HEAD  # "Rektor Universitas ..."
    name_toks: list[tuple[str, int, int]] = []
    run_toks: list[tuple[str, int, int]] = []  # capitalised words not yet decided (org or name)
    after_comma = False
    for m in _TOKEN.finditer(text, pos, limit):
        tok, s, e = m.group(), m.start(), m.end()
        if s in place_at and not name_toks:
            pm = place_at[s]
            seen_places.append(pm)
            run_toks.clear()
            in_org = False
            # skip the rest of the place's tokens
            pos = pm.end
            continue
        if s < pos:
            continue
        if s in other_titles:
            break  # the next office begins: "Ketua Ombudsman RI, Kepala Perwakilan ..."
        if tok == ",":
            if role == "rektor" and len(run_toks) == 1 and not after_comma and not seen_places:
                run_toks.clear()  # "Rektor Unram, Nama Lengkap": the word before the comma is the campus
                after_comma = True
                continue
            if run_toks and (after_comma or seen_places or not in_org):
                name_toks = run_toks[:]  # "Gubernur Kalsel, Nama Lengkap, ..." / "Gubernur Nama, ..."
                break
            if in_org and len(run_toks) >= 3:
                name_toks = run_toks[-2:]  # "Rektor Universitas Bung Hatta Nama Lengkap, ..."
                break
            after_comma = True
            run_toks.clear()
            continue
        if tok in "()":
            if name_toks or run_toks:
                break
            continue
        if tok.lower() in _ORG_HEAD:
            in_org = True
            run_toks.clear()
            continue
        if _is_cap(tok) or _honorific(tok, ctx):
            if _nonname(tok, ctx) and not name_toks:
                run_toks.clear()
                in_org = tok.lower() not in ("dan",)
                continue
            if tok.isupper() and len(tok.rstrip(".")) >= 2 and not name_toks and not _honorific(tok, ctx) \
                    and not after_comma:
                run_toks.clear()  # an acronym of an office or a campus: "Rektor UNY"
                continue
            run_toks.append((tok, s, e))
            continue
        if tok == "dan" and in_org and not name_toks:
            continue  # "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu ..."
        if tok.lower() in _NAME_JOINERS and run_toks:
            run_toks.append((tok, s, e))
            continue
        break
    if not name_toks:
        name_toks = run_toks
        if in_org and len(name_toks) >= 3:
            name_toks = name_toks[-2:]  # "Rektor Universitas Bung Hatta Nama Lengkap"
        elif in_org and not seen_places:
            name_toks = [] if len(name_toks) < 3 else name_toks[-2:]
    if not name_toks:
        return "", 0, 0, seen_places
    raw = text[name_toks[0][1]:name_toks[-1][2]]
    return raw, name_toks[0][1], name_toks[-1][2], seen_places


_BEFORE = re.compile(r"((?:(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)\s*){1,6})\s*"
                     r"(?:,\s*[A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][a-z]{0,3}\.?)?\s*)*"  # ", SH, MH, Ph.D"
                     r"(?:,?\s*selaku|,|\()\s*$")


def _name_before(ctx: Context, title: Mention, sent_start: int) -> tuple[str, int, int]:
    """"Nama Lengkap, Gubernur Kalsel": the capitalised run just before a title, not reaching
    back into an earlier title or place."""
    floor = max([sent_start, title.start - 80] + [m.end for m in ctx.mentions if m.label in
                 ("TITLE", "PROVINCE", "REGION", "GOV", "ORG") and m.end <= title.start])
    window = ctx.text[floor:title.start]
    m = _BEFORE.search(window)
    if not m:
        return "", 0, 0
    toks = m.group(1).split()
    while toks and (_nonname(toks[0], ctx) or toks[0].isupper() and len(toks[0]) > 3):
        toks.pop(0)
    if not toks or any(_nonname(t, ctx) for t in toks):
        return "", 0, 0
    offset = title.start - len(window) + m.start(1) + m.group(1).find(toks[0])
    raw = " ".join(toks)
    return raw, offset, offset + len(raw)


def _headline(text: str, first: bool = False) -> bool:
    """A title-cased headline ("Wali Kota Palopo Ikut Teken MoU"): its capitals say nothing of names.
    A full stop shows a sentence; so does a comma, except on the article's first line."""
    if text.rstrip()[-1:] in ".!?\"”" or (not first and "," in text):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 2]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.75


def _valid(name: str, ctx: Context) -> bool:
    toks = name.split()
    if not toks or len(toks) > 6 or len(name) < 3:
        return False
    if any(_nonname(t, ctx) for t in toks):
        return False
    return all(t[:1].isupper() or t.lower() in _NAME_JOINERS for t in toks)


def find_people(ctx: Context) -> list[Person]:
    """Every named official, once, at their fullest name, with role, acting and province."""
    people: list[Person] = []
    titles = [m for m in ctx.mentions if m.label == "TITLE"]
    acting_ends = {m.end for m in ctx.mentions if m.label == "ACTING"}
    dominant = dominant_province(ctx)
    for t in titles:
        if t.sent < 0 or t.sent >= len(ctx.sentences) or ctx.names_a_place(t):
            continue
        sent = ctx.sentences[t.sent]
        role, level = (t.kb_id.split(";")[0].split("|") + ["none"])[:2]
        raw, s, e, places = _name_after(ctx, t, sent.end, role)
        title_end = places[-1].end if places else t.end
        if not raw or not _valid(strip_name(raw, ctx.lexicon.prefixes, ctx.lexicon.suffixes), ctx):
            raw, s, e = _name_before(ctx, t, sent.start)
        name = strip_name(raw, ctx.lexicon.prefixes, ctx.lexicon.suffixes) if raw else ""
        if not _valid(name, ctx) or _headline(sent.text, first=t.sent == 0):
            continue
        if role == "lainnya" and len(name.split()) < 2:
            continue  # "Lurah Tamalanrea": one word after a minor office is more often a place
        acting = any(t.start - 2 <= a <= t.start for a in acting_ends)
        if role == "ketua_ombudsman" and places:
            role = "kepala_perwakilan_ombudsman"  # "Ketua Ombudsman Sulut": the head of a regional office
        code = None
        if role not in _NATIONAL_ROLES and level != "none" and level != "national":
            codes = [c for c in (region_code(p) for p in places) if c]
            code = codes[0] if codes else dominant
        people.append(Person(name=name, title=ctx.text[t.start:title_end], role=role, start=s, end=e,
                             acting=acting, province_code=code))
    people = merge_people(people)
    _add_nicknames(ctx, people)
    return people


def merge_people(people: list[Person]) -> list[Person]:
    """One row per person: a name whose words all occur in a longer name is that person."""
    people = sorted(people, key=lambda p: -len(p.name.split()))
    merged: list[Person] = []
    for p in people:
        words = set(_norm(p.name))
        twin = next((q for q in merged if words <= set(_norm(q.name))), None)
        if twin is None:
            merged.append(p)
        else:
            if twin.role == "lainnya" and p.role != "lainnya":
                twin.role, twin.title = p.role, p.title
            twin.province_code = twin.province_code or p.province_code
            twin.acting = twin.acting or p.acting
    return sorted(merged, key=lambda p: p.start)


def _norm(name: str) -> list[str]:
    return [w for w in re.sub(r"[^\w\s]", " ", name.lower()).split() if len(w) > 1]


def _add_nicknames(ctx: Context, people: list[Person]) -> None:
    """"Sahbirin atau akrab disapa Paman Birin": the nickname refers to that person."""
    for m in _NICK.finditer(ctx.text):
        before = ctx.text[max(0, m.start() - 60):m.start()]
        nick = strip_name(m.group(1).strip(), ctx.lexicon.prefixes, ctx.lexicon.suffixes)
        for p in people:
            if any(w in before.lower() for w in _norm(p.name)):
                p.aliases = tuple(set(p.aliases) | {nick, m.group(1).strip()})
                break


def dominant_province(ctx: Context) -> str | None:
    """The province most named with a government word ("Pemprov Kalsel", "Pemkab Tanah Laut")."""
    votes: Counter = Counter()
    govs = [m for m in ctx.mentions if m.label in ("GOV", "TITLE")]
    for m in ctx.mentions:
        if m.label not in ("PROVINCE", "REGION"):
            continue
        code = region_code(m)
        if not code:
            continue
        near_gov = any(0 <= m.start - g.end <= 25 for g in govs)
        votes[code] += 3 if near_gov else 1
    return votes.most_common(1)[0][0] if votes else None


def person_mentions(ctx: Context, p: Person) -> tuple[tuple[int, int], ...]:
    """Where a person is named in the text: full name, its single words, nicknames."""
    forms = {p.name} | set(p.aliases) | {w for w in p.name.split() if len(w) > 3}
    return _occurrences(ctx.text, tuple(sorted(forms)))


@lru_cache(maxsize=512)
def _occurrences(text: str, forms: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    # cached: the signatory rules ask for the same person once per sentence
    spans = set()
    for f in forms:
        for m in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", text):
            spans.add((m.start(), m.end()))
    return tuple(sorted(spans))
