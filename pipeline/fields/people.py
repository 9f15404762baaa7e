"""Officials: a TITLE mention, the office's place, and the name written after or before it.

"Gubernur Kalsel, Sahbirin Noor", "Sahbirin Noor, Gubernur Kalsel", "Kepala Biro Organisasi
Setda Provinsi Kalimantan Barat, Rita Hastarita", "Bupati Nunukan Hj. Asmin Laura Hafid".
Names lose honorifics and degrees; short forms and nicknames resolve to the fullest name.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from ..normalize import is_degree, strip_name
from ..records import Mention, Person
from . import Context, region_code
from .parties import CAMPUSES, HOME, names_government

# a degree written after its stop ("S.sos", "M.si", "S.STP", "M.AP") is one word, not an initial and a word
_JOINED_UNIT = re.compile(r"-[A-Z][\w-]*")  # the rest of a unit's name joined by a hyphen: "Disdagperinkop-UKM"
_TOKEN = re.compile(r"[SMD]\.(?:[a-z]{2,4}|[A-Z]{2,4})\b\.?|[A-Za-z][\w'’\-]*\.?|[A-Z]\.|\d+|,|\(|\)|\S")
_NICK = r"{nick_lead}?\s*{nick_adverb}\s+{nick_verb}\s+((?:[A-Z][\w'’\-]*\s?){1,3})"
_ANY_BODY = {"kepala_perangkat_daerah", "lainnya"}  # roles whose title names no level of government
_NATIONAL_ROLES = {"ketua_ombudsman", "wakil_ketua_ombudsman", "anggota_ombudsman", "sekjen_ombudsman"}
_ONE_A_PROVINCE = {"gubernur", "wakil_gubernur"}  # offices a province has one holder of
_BRACKETED = re.compile(r"\(\s*([^()]{1,24}?)\s*\)")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*(?:[\s\-/][A-Z][A-Za-z]*){0,2}")  # "KPK", "Abdya", "PPN/Bappenas"
_UNIT_NUMBER = re.compile(r"\d+\b|[IVXL]+/")  # "Dandim 1604/Kupang", "Pangdam XIII/Merdeka"
_NEXT_CAP = re.compile(r"\s+([A-Z][\w'’\-]+)")
_DEFINED = re.compile(r"((?:[A-Z][\w'’\-]*\s+){1,6})\(([A-Z][a-z]+[A-Za-z]*)\)")  # "Universitas Musamus (Unmus)"
_SHORT_FORM = re.compile(r"\([A-Z][a-z]+[A-Za-z]*\)")  # how every match of `_DEFINED` ends: "(Unmus)"
_WORD = re.compile(r"\s*(\S+)")
_CAPITALS = re.compile(r"[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3}\b")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _honorific(tok: str, ctx: Context, lead: bool = False) -> bool:
    """Is the word an honorific; with `lead`, one that is a word of names too ("Tengku", "TB." that is
    stripped before "Ace Hasan" but kept in "T. Irfan TB")?"""
    return _honorific_key(tok) in _honorific_keys(ctx.lexicon.lead_prefixes if lead else ctx.lexicon.prefixes)


def _honorific_key(tok: str) -> str:
    """An honorific as looked up: lower case, without brackets or full stop, a curly apostrophe
    written straight ("Dato’" is "Dato'")."""
    return tok.strip("().").replace("\u2019", "'").lower()


@lru_cache(maxsize=8)
def _honorific_keys(prefixes: frozenset[str]) -> frozenset[str]:
    return frozenset(map(_honorific_key, prefixes))


def _nonname(tok: str, ctx: Context) -> bool:
    """A word of an office's or a unit's name, never of a person's: listed (nonnames.tsv), a
    noun made with the affixes of words.tsv ("Direktur Pengendalian Penyakit ...", "Badan
    Meteorologi ..."), or a function word ("Wapres Dapat Gaji")."""
    word = tok.rstrip(".,").lower()
    return word in ctx.lexicon.nonnames or word in ctx.lexicon.function_words \
        or bool(ctx.lexicon.pattern(_DERIVED_NOUN).fullmatch(word))


# "Pengendalian", "Kesiapsiagaan"; "Meteorologi", "Digitalisasi": nouns no person is named by;
# "Se-Indonesia", "se-Sulut": all of a place
_DERIVED_NOUN = r"(?:{noun_prefix})[a-z]{3,}(?:{noun_suffix})|[a-z]{3,}(?:{loan_noun_suffix})|(?:{all_of})[a-z]{3,}"


def _office_number(ctx: Context, tok: str, next_word: str) -> bool:
    """A Roman numeral before the name numbers the office ("Wakil Ketua II Nama", "Asisten I
    Nama": words.tsv office_number), unless it is the Balinese "I" of a name ("I Wayan Nama",
    "I Gusti Ngurah Nama": balinese_name)."""
    if not tok.isupper() or tok.lower() not in ctx.lexicon.word_set("office_number"):
        return False
    return tok != "I" or next_word.lower() not in ctx.lexicon.word_set("balinese_name")


def _calendar_word(tok: str, ctx: Context) -> bool:
    """A weekday's or a month's name ("Rabu", "Maret"), which follows names in datelines."""
    word = tok.rstrip(".,").lower()
    return word in ctx.lexicon.calendar.weekdays or word in ctx.lexicon.calendar.months


# capitalised words up to a short form in brackets: "Jauh (UPBJJ)", "Jauh Sekali (ABC)"
_UP_TO_SHORT_FORM = re.compile(r"(?:[A-Z][\w'’\-]*\s+){1,3}\(([A-Z]{2,8})\)")


def _spelled_by_the_short_form(text: str, start: int, at: int, limit: int) -> bool:
    """Do the capitalised words from `start` through the word at `at` and on to a short form in
    brackets make the name that short form spells, initial by initial ("Kepala Unit Program
    Belajar Jarak Jauh (UPBJJ)")? Then a function word among them ("Jauh") is the body's word."""
    short = _UP_TO_SHORT_FORM.match(text, at, limit)
    if short is None:
        return False
    words = text[start:short.start(1) - 1].split()
    return len(words) >= 3 and "".join(w[0] for w in words) == short.group(1)


def _function_word(tok: str, ctx: Context) -> bool:
    """A function word ("Kepada", "Bersama"), not one of an office's name ("Dalam Negeri", "Tinggi",
    "Kelautan Dan Perikanan")."""
    word = tok.rstrip(".,").lower()
    return word in ctx.lexicon.function_words and word not in ctx.lexicon.word_set("name_word") \
        and word not in ctx.lexicon.word_set("name_and")


def _a_persons(ctx: Context, m: re.Match, long_form: list[tuple[str, int, int]]) -> bool:
    """Is a short form defined in the text ("Presiden Joko Widodo (Jokowi)") a person's: its long
    form follows a title and names no place or body ("Bupati Aceh Barat Daya (Abdya)" does)?"""
    start = m.start(1) + len(m.group(1)) - len(" ".join(t for t, _s, _e in long_form)) - 1
    near = ctx.starting_in(max(0, start - 120), m.end(1))
    places = [(o.start, o.end) for o in near if o.label in ("PROVINCE", "REGION", "ORG", "GOV")]
    if any(start <= a < m.end(1) for a, _b in places) or any(_nonname(t, ctx) for t, _s, _e in long_form):
        return False  # "Direktorat Jenderal (Ditjen)", "Ekonomi Kreatif (Ekraf)": a body's
    for t in near:  # the title, and its office's place between ("Bupati Sleman Nama ...")
        if t.label == "TITLE" and t.end <= start and start - t.end <= 40:
            gap = ctx.text[t.end:start]
            for a, b in places:
                if t.end <= a and b <= start:
                    gap = gap.replace(ctx.text[a:b], " ")
            if not gap.strip():
                return True
    return False


def local_places(ctx: Context) -> dict[str, str]:
    """Words the article itself uses as the name of a place or unit, that no gazetteer holds:
    the word after a government word ("Pemkab Abdya"), or after agency words more than once
    ("Kejari Merangin"; once may be a name: "Kemendagri Sri ...", and so may a word before another
    capitalised one after a national body named whole, "ASDP Yossianis Marciano", or after such a body
    as an office's, "Ketua KPAI Susanto"), and a short form the article
    defines ("Universitas Musamus (Unmus)"). After a title such a word names the office. The value
    is the first word of the long form of a short form ("Universitas"), else ""."""
    in_title = _covered([(m.start, m.end) for m in ctx.mentions if m.label == "TITLE"])
    after_gov, after_org = set(), Counter()
    for m in ctx.mentions:
        if m.label not in ("GOV", "ORG") or m.kind in CAMPUSES:
            continue
        if in_title(m.start) or _in_rank(ctx, m):
            continue  # "Anggota Ombudsman Nama", "Jenderal TNI Nama": part of an office's title or a rank
        nxt = _NEXT_CAP.match(ctx.text, m.end)
        if not nxt or _honorific(nxt.group(1), ctx) or ctx.lexicon.ranks.match(nxt.group(1)) \
                or _UNIT_NUMBER.match(ctx.text, nxt.start(1)):
            continue  # "Kodam XIII/Merdeka": a unit's number, not a place
        if m.label == "GOV":
            after_gov.add(nxt.group(1))
        elif not (_whole_body(m) and (_NEXT_CAP.match(ctx.text, nxt.end(1)) or _office_of(ctx, m))):
            # not after a national body named whole before another capitalised word ("ASDP Yossianis
            # Marciano"), or as an office's body ("Ketua KPAI Susanto", however often): a name's word
            after_org[nxt.group(1)] += 1
    words = dict.fromkeys(after_gov | {w for w, n in after_org.items() if n > 1}, "")
    # the dateline's town the gazetteers do not know ("Martapura (ANTARA) - ... Kepala Kejaksaan Negeri
    # Martapura Nama"): the article's own place, one word
    town = (ctx.dateline_town or "").strip()
    if town and " " not in town:
        words.setdefault(town.title() if town.isupper() else town, "")  # "MARTAPURA -" in capitals
    # the word after "Kota", "Kabupaten" ... that no gazetteer holds: a town abroad ("Kota Yantai"),
    # whose name after a title is the office's place ("Walikota Yantai, Nama")
    words.update(dict.fromkeys((m.group(1) for m in ctx.lexicon.pattern(_AFTER_PLACE_WORD).finditer(ctx.text)
                                if not in_title(m.start())), ""))  # not "Wali Kota Nama"
    for m in _definitions(ctx.text):
        # a dateline glued on by a dash is no word of it: "SULTENG RAYA-Universitas Tadulako (Untad)"
        long_form = [(t.rsplit("-", 1)[-1] or t, 0, 0) for t in m.group(1).split()]
        k = next((k for k in range(1, len(long_form) + 1) if _abbreviates(m.group(2), long_form[-k:])), 0)
        if k and not _a_persons(ctx, m, long_form[-k:]):
            words[m.group(2)] = long_form[-k][0]
    return words


def _definitions(text: str):
    """The matches of `_DEFINED` in `text`, read only in a text with a short form in brackets:
    `_DEFINED` tries a run of capitalised words at every capital, and most texts define none."""
    return _DEFINED.finditer(text) if _SHORT_FORM.search(text) else iter(())


def _office_of(ctx: Context, body: Mention) -> bool:
    """Is the body named as an office's, after its title and the office's own capitalised words
    ("Ketua KPAI ...", "Deputi Direksi Wilayah X BPJS Kesehatan ...")?"""
    return any(t.label == "TITLE" and _OFFICE_WORDS.fullmatch(ctx.text, t.end, body.start)
               for t in ctx.ending_in(max(0, body.start - _OFFICE_WORDS_REACH), body.start + 1))


_OFFICE_WORDS = re.compile(r"(?:\s+[A-Z][\w/\-]*)*\s*")  # "Direksi Wilayah X", "Bidang SDM"
_OFFICE_WORDS_REACH = 40


_AFTER_PLACE_WORD = r"\b(?i:{place_word})\s+([A-Z][a-z]+)\b(?!\s+[A-Z])"  # one word: "Kota Yantai"
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _in_rank(ctx: Context, m: Mention) -> bool:
    """Is the mention the service word of a rank ("TNI" in "Jenderal TNI", "Pol" in "Brigjen Pol")?"""
    before = _WORD_BEFORE.search(ctx.text, max(0, m.start - 24), m.start)
    rank = before and ctx.lexicon.ranks.match(ctx.text, before.start(1))
    return bool(rank) and rank.end() >= m.end


def _covered(spans: list[tuple[int, int]]):
    """A test of whether a character lies in any of the spans [a, b), in log time: the farthest
    end of the spans that begin at or before it lies beyond it."""
    spans = sorted(spans)
    starts = [a for a, _b in spans]
    reach = list(accumulate((b for _a, b in spans), max))

    def covered(char: int) -> bool:
        k = bisect_right(starts, char)
        return k > 0 and reach[k - 1] > char

    return covered


class _Walk:
    """The words after a title, read left to right: office words, places, unit numbers, ranks and
    honorifics, then the name. `run` holds capitalised words not yet decided (office or name);
    `anchored` says the name has begun (at an honorific or a rank)."""

    def __init__(self, ctx: Context, title: Mention):
        self.ctx = ctx
        self.run: list[tuple[str, int, int]] = []
        self.anchored = False
        self.after_comma = False
        self.in_unit = False  # after "1604/" the words up to the comma name the unit
        self.campus_place = False  # the last place was part of a campus's name
        self.caps_end = 0  # the end of a name written in capitals ("SAHBIRIN NOOR")
        self.joined_at = -1  # the end of a conjunction that joins two office words
        self.body_last = False  # the last words read named a body or a place ("Wakil Ketua DPR")
        self.office_closed = False  # a comma right after such a name: a name comes next
        self.whole_body = False  # the last words read named a national body whole ("Kepala BNPB")
        # the title names a whole office ("Jaksa Agung", "Kajari"), not a head of a body yet to be named ("Ketua")
        self.whole_title = title.column(1) in ("national", "region")
        campus = title.text.split()[-1].lower() in ctx.lexicon.word_set("campus")  # "Rektor Universitas ..."
        self.org = "campus" if campus else None
        self.places: list[Mention] = []
        self.abroad = False  # the office words named a foreign state ("Gubernur Prefektur Fukui Jepang")
        self.place_first = False  # the last place was read before any word that could be a name
        self.country_end = -1  # where a country the office words named ends, read before any name
        self.short_end = -1  # where an office's short form in brackets closed: "(Menkominfo) Nama"
        # the body read last is most often named after a person (organisations.tsv tail eponym): a
        # name right after it, before a comma and another name, is the body's ("Direktur RSUD dr.
        # Doris Sylvanus, Nama")
        self.eponym = False

    def clear(self) -> None:
        self.run.clear()
        self.anchored = False

    def begin(self) -> None:
        """The name begins here: the words gathered so far named the office."""
        if self.named():
            self.run.clear()
        self.anchored = True

    def named(self) -> bool:
        return any(not _honorific(t, self.ctx) for t, _s, _e in self.run)


class Found(NamedTuple):
    """A name read beside a title."""
    raw: str
    start: int
    end: int
    places: list[Mention]  # the places the office names
    marked: str  # what marked where the name begins: "anchor" (an honorific, a rank), "comma", "body",
    # "short" (the office's short form in brackets), "unit", "place" or ""
    long_head: str = ""  # "Direktur Polbin": the first word of the short form's long form ("Politeknik")
    abroad: bool = False  # the office is a foreign state's


def _office_pair(ctx: Context, start: int, end: int) -> bool:
    """Does the word at [start, end) end a compound of an office's name written with its second word in
    lower case ("Kerja sama", "Sumber daya": words.tsv office_pair)?"""
    return bool(ctx.lexicon.pattern(r"(?:{office_pair})$", re.I).search(ctx.text, max(0, start - 20), end))


def _name_after(ctx: Context, title: Mention, sent_end: int, role: str,
                local: dict[str, str] | None = None) -> Found:
    """Walk the capitalised run after a title: office words, places and units, then the name."""
    local = local or {}
    text = ctx.text
    limit = min(sent_end, title.end + ctx.settings.name_after_reach)
    offices: dict[int, Mention] = {}
    for m in ctx.starting_in(title.end, limit):  # "Aceh Besar" (a regency) over "Aceh" (a province) at the same start
        if m.label in ("PROVINCE", "REGION", "TOWN", "COUNTRY", "ORG", "GOV"):  # "Bupati Aru, Dobo": a seat town
            if m.start not in offices or m.end > offices[m.start].end:
                offices[m.start] = m
    # the next office begins, or an acting mark before it ("Kejari Belawan, Pelaksana tugas (Plt) Wali Kota ...")
    other_titles = {m.start for m in ctx.starting_in(title.end + 1, limit) if m.label in ("TITLE", "ACTING")}
    w = _Walk(ctx, title)

    def done(toks):
        if not toks:
            return Found("", 0, 0, w.places, "", abroad=w.abroad)
        marked = "anchor" if w.anchored else "comma" if w.after_comma else \
            "body" if w.whole_body and w.org == "unit" else \
            "short" if w.short_end >= 0 and not text[w.short_end:toks[0][1]].strip() else \
            "unit" if w.org == "unit" else "place" if _after_the_offices_place(ctx, w, toks) else ""
        return Found(text[toks[0][1]:toks[-1][2]], toks[0][1], toks[-1][2], w.places, marked, long_head, w.abroad)

    first = _TOKEN.search(text, title.end, limit)
    long_head = local.get(first.group().rstrip("."), "") if first else ""

    pos = title.end
    if text.startswith(". ", pos) and pos + 2 < limit:
        pos += 1  # "Kabag. Hukum Nama": a short office's full stop, which ends no sentence (abbreviations.tsv)
    if joined := _JOINED_UNIT.match(text, pos):
        pos = joined.end()  # "Kepala Disdagperinkop-UKM Aceh Selatan, Nama": the unit's name goes on past its hyphen
    # "Kepala [Badan Pengawas Obat dan Makanan] Nama", "Kepala [Kejaksaan Negeri] X, Nama": a body's head
    for o in ctx.starting_in(title.start, title.end):
        if o.label in ("ORG", "GOV") and o.end >= pos:
            pos = o.end
            w.org = "campus" if o.kind in CAMPUSES else "unit"
            w.body_last = True
            w.whole_body = _whole_body(o)
            w.eponym = _eponym(o)
    while m := _TOKEN.search(text, pos, limit):
        tok, s, e = m.group(), m.start(), m.end()
        pos = e
        rank = ctx.lexicon.ranks.match(text, s, limit)
        if rank:
            if w.anchored and w.named():
                break
            w.begin()  # "Kapolres Lamsel AKBP Nama", "Danrem 133/X, Kolonel Czi Nama"
            w.in_unit = False
            pos = rank.end()
            continue
        if s in other_titles:
            break  # the next office begins: "Ketua Ombudsman RI, Kepala Perwakilan ..."
        if s == _TOKEN.search(text, title.end).start() and not _UNIT_NUMBER.match(text, s) \
                and _office_number(ctx, tok, _next_word(text, e)):
            # "Wakil Ketua II Nama", "Inspektur I Nama": the office's number, then the name (or
            # more of the office: "Wakil Ketua I Komite ..."); not a unit's ("Pangdam III/Siliwangi")
            if not _nonname(_next_word(text, e), ctx):
                w.begin()
            continue
        if w.named() and _is_cap(tok) and is_degree(tok, ctx.lexicon.suffixes) and not _honorific(tok, ctx):
            break  # "Kajari Abdya Nama Lengkap SH MH dalam ...": degrees end the name
        # a country's name after a name is a surname ("Badrodin Haiti"), before one an office's
        # ("Menteri ... Riset Ilmiah Yordania Nama Lengkap": the office words ran up to the country)
        country_name = s in offices and offices[s].label == "COUNTRY" and w.named() \
            and not _name_follows(ctx, offices[s].end, limit)
        # an office has one town: a town right after it, or after the comma that closes the office
        # with its place, before a capitalised word, begins the name ("Wali Kota Bogor Bima Arya",
        # Bima a town too; "Kepala BPBD Kabupaten Lampung Barat, Padang Nama")
        town_name = s in offices and offices[s].label == "REGION" and not w.named() and bool(w.places) \
            and w.places[-1].label == "REGION" and (w.places[-1].end + 1 == s or w.after_comma) \
            and _name_follows(ctx, offices[s].end, limit)
        # right after an honorific the name has begun: a place's short form there is a name's word
        # ("Jaksa Agung Dr HST Burhanuddin", HST a regency's too)
        after_honorific = w.anchored and bool(w.run) and not w.named()
        # after an office's comma, a town once the name has begun is its last word ("Kepala Biro
        # Hukum Kemenlu, Mohammad Koba", Koba a regency's seat)
        town_surname = s in offices and offices[s].label in ("REGION", "TOWN") and w.named() and w.after_comma \
            and not _name_follows(ctx, offices[s].end, limit)
        office = s in offices and not country_name and not town_name and not after_honorific and not town_surname \
            and not _balinese_opening(w.run, ctx)  # "Bupati Bangli I Made Gianyar": Gianyar the name's
        # "Ketua Ombudsman RI Nama Lengkap Kepada Irjen ...": a capitalised function word ends the name; one
        # that closes a name set off by commas is its last word ("Kepala Bank X, Lorenso Andri Bere Mau, ...")
        closes = w.after_comma and text[e:e + 1] in (",", ".") and _name_ends_after(ctx, text, e + 1)
        if len(w.run) >= 2 and not office and _is_cap(tok) and _function_word(tok, ctx) and not closes \
                and not _spelled_by_the_short_form(text, title.end, s, limit):
            break
        if not office and (w.after_comma or w.anchored and w.named()) and len(w.run) >= 2 and _is_cap(tok) \
                and _nonname(tok, ctx) and not _calendar_word(tok, ctx) and _name_ends_after(ctx, text, e):
            # "Wali Kota Denpasar, I Gusti Ngurah Jaya Negara di ...", "Kapolres AKBP I Dewa Nyoman Agung
            # Surya Negara SIK, ...": the name's last word
            w.run.append((tok, s, e))
            break
        if not office and w.org and not w.anchored and not w.office_closed and not w.named() \
                and tok.lower() in ctx.lexicon.words["name_and"] and tok[:1].isupper():
            w.joined_at = e  # "Direktur Kerja Sama Dan Internasionalisasi": a title-case office's conjunction
            continue
        opening = 0 if office else _name_opening(ctx, text, s)
        if opening:  # "Menteri Koperasi dan UKM Anak Agung Gede Ngurah Puspayoga": words offices use open the name
            w.run.append((text[s:s + opening], s, s + opening))
            pos = s + opening
            continue
        # a weekday right after an honorific, before another capitalised word, is a given name
        # ("Asisten I, Drs. H. Minggu Basuki"), not the dateline's day
        weekday_name = after_honorific and _calendar_word(tok, ctx) and _is_cap(_next_word(text, e))
        if office or (_is_cap(tok) and (_nonname(tok, ctx) or tok.rstrip(".") in local) and not weekday_name):
            o = offices.get(s)
            # the name has begun at an honorific or a rank, or ended with a full stop ("..., Nama Lengkap. Kamis (11/07)")
            if w.named() and (w.anchored or _full_stop_after_word(w.run[-1][0])):
                if o is not None and o.label in ("REGION", "TOWN") and _eponym_ends(ctx, w, o.end, limit):
                    pos = o.end  # "Direktur Utama RSUP Dr. Sardjito Yogyakarta, Nama": the town ends the body's name
                    continue
                break  # the name has ended
            w.body_last = o is not None
            w.whole_body = o is not None and _whole_body(o)
            if o is None:
                w.org = w.org or ("unit" if tok.lower() not in ctx.lexicon.word_set("name_and") else None)
            elif o.label in ("PROVINCE", "REGION", "COUNTRY"):
                w.campus_place = w.org == "campus"  # "Rektor Universitas Lampung ...": the campus's name
                if not w.campus_place and o.label != "COUNTRY":  # a minister of Lebanon has no province
                    w.place_first = not w.named()  # no name-like words before it ("... Yane Ardian Bima Arya")
                    w.places.append(o)
                w.abroad = w.abroad or (o.label == "COUNTRY" and o.kind != HOME)
                if o.label == "COUNTRY" and not w.named():  # "Menteri Luar Negeri Indonesia Nama"
                    w.country_end = o.end
                w.org = None
                pos = o.end
            else:
                w.org = "campus" if o.kind in CAMPUSES else w.org or "unit"
                w.eponym = _eponym(o)
                pos = o.end
            w.clear()
            continue
        if tok == "," and _eponym_ends(ctx, w, s, limit):
            w.clear()  # "Direktur RSUD dr Doris Sylvanus, Nama", "Kepala Bandara Sultan Hasanuddin, Nama"
            w.eponym, w.after_comma = False, True
            continue
        if tok == "," and not w.run and not w.anchored and (listed := _office_list_end(ctx, s)) > 0:
            pos = listed  # "Menko Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan RI, Nama": the office's fields
            continue
        if tok == ",":
            w.office_closed = w.body_last and not w.run  # "Wakil Ketua DPR, Nama dan Nama Lain"
            if role == "rektor" and not w.after_comma and not w.places and (
                    len(w.run) == 1 or not w.anchored and _ends_with_a_campus_word(ctx, title)
                    and _name_follows(ctx, e, limit)):
                # "Rektor Unram, Nama", "Rektor Universitas Lampung Raya, Nama", "Rektor Universitas Andi
                # Djemma, Nama": the campus's name, which a person's may be
                w.clear()
                w.after_comma = True
                continue
            if w.named() and not w.anchored and not w.after_comma and not w.places and _marked_name_follows(ctx, e, limit):
                w.clear()  # "Direktur Utama Sido Muncul, Dr. Nama": the body's own name before the comma
                w.after_comma = True
                continue
            if len(w.run) == 1 and not w.anchored and not w.after_comma and w.places \
                    and w.run[0][1] == w.places[-1].end + 1 and _name_follows(ctx, e, limit):
                w.clear()  # "Kepala Perwakilan Ombudsman RI Jakarta Raya, Nama": the place's last word
                w.after_comma = True
                continue
            if w.in_unit and not w.anchored:
                w.clear()  # "Komandan Korem 133/Nama Unit, Kolonel ...": the unit's name
                w.in_unit, w.after_comma = False, True
                continue
            if w.named() and (w.anchored or w.after_comma or w.places or w.campus_place or w.org is None):
                return done(w.run)  # "Gubernur Kalsel, Nama Lengkap, ..." / "Gubernur Nama, ..."
            if w.named() and w.org == "campus" and len(w.run) >= 3:
                return done(w.run[-2:])  # "Rektor Universitas Bung Hatta Nama Lengkap, ..."
            if w.named() and w.org == "campus" and w.whole_body and not _name_follows(ctx, e, limit):
                return done(w.run)  # "Rektor Untirta Nama Lengkap, Minggu (17/11)": the campus was named whole
            if w.named() and w.org == "unit" and not w.anchored and _speaker_between_commas(ctx, e, limit):
                w.clear()  # "Kepala BBWS Pompengan Jeneberang, Nama, mengatakan ...": the body's own name before
                w.after_comma = True
                continue
            if w.named() and w.org == "unit" and (w.whole_body or not _name_follows(ctx, e, limit)
                                                  or _own_office_follows(ctx, e, limit)):
                return done(w.run)  # "Kepala Biro Organisasi Nama Lengkap, serta ...", "..., Drs. Nama selaku ..."
            w.clear()
            w.after_comma = True
            continue
        if tok == "[" and not w.named():
            w.clear()  # "Ketua Ombudsman RI [Nama Lengkap]": the name in square brackets
            w.after_comma = True
            continue
        if tok == "]" and w.named():
            break
        if tok == "(":
            close = _BRACKETED.match(text, s)
            inner = close.group(1).strip(" .") if close else ""
            if close and _qualifier(inner, ctx):
                pos = close.end()  # "Dr. (Can) Ir. Nama", "Irjen (Pol) Nama"
                continue
            short = close and offices.get(close.start(1))
            if close and close.start(1) in other_titles:
                # "Kepala Divisi Peraturan Perundang-undangan dan Pembinaan Hukum (Kadiv P3H), Nama": the
                # office's short form, a title of its own, closes the office's words
                w.clear()
                pos = w.short_end = close.end()
                continue
            if short and short.label in ("PROVINCE", "REGION") and not w.named():
                pos = close.end()  # "Gubernur Sulawesi Selatan (Sulsel) Nama": the place's short form
                continue
            if close and inner and w.org and not w.anchored and all(_nonname(x, ctx) for x in inner.split()):
                # "Direktur Utama PT Nama Usaha (Persero), Nama": the body's form; "Menteri Komunikasi
                # dan Informatika (Menkominfo) Nama": the office's short form
                pos = w.short_end = close.end()
                continue
            named = text[title.end:s].split()  # the campus's words, maybe opening with the title's last
            if close and w.named() and w.org == "campus" and _CAMPUS_SHORT.fullmatch(inner) and any(
                    _abbreviates(inner, [(x, 0, 0) for x in words]) for words in (named, title.text.split()[-1:] + named)):
                # "Rektor Universitas Aryasatya Deo Muri (Unadri), Nama": the campus's short form
                # spells its whole name, so the words before it are the campus's
                w.clear()
                pos = w.short_end = close.end()
                continue
            if close and w.named() and w.org != "campus" and _short_name(inner, w.run, ctx):
                # "Presiden Joko Widodo (Jokowi)", "Gubernur Nama Lengkap (Nama)", "Menko Pangan
                # Zulkifli Hasan (Zulhas)": after an office's words too, not after a campus's ("Unsrat")
                return done(w.run)
            if close and not w.anchored and _ACRONYM.fullmatch(inner):
                initials, acronym = _initials(w.run, ctx) if w.run else "", inner.replace(" ", "").upper()
                if initials and (initials == acronym or len(acronym) >= 3 and initials.startswith(acronym)
                                 or _initials_and_more(acronym, initials, w.run, ctx)):
                    # "Gubernur Andi Sudirman Sulaiman (ASS)", "Presiden PEA Mohamed bin Zayed Al Nahyan
                    # (MBZ)": the person's initials, of the whole name or of its first words; "Gubernur
                    # Sultra, Andi Sumangerukka (ASR)": and a letter of a word's inside
                    return done(w.run)
                if sum(c.isupper() for c in inner) >= 2 or not w.run or _abbreviates(inner, w.run):
                    # "Ketua Komisi Pemberantasan Korupsi (KPK) Nama", "Bupati Aceh Barat Daya (Abdya)"
                    w.clear()
                    w.org = w.org or "unit"
                    pos = w.short_end = close.end()
                    continue
            if w.named():
                break
            continue
        if tok == ")":
            if w.named():
                break
            w.clear()  # "(Menteri Desa PDT) Nama": no name runs on out of a bracket
            continue
        if _UNIT_NUMBER.match(text, s) and not w.anchored:
            w.clear()  # "Dandim 1604/Kupang", "Pangdam XIII/Merdeka": a unit's number
            w.in_unit = True
            continue
        if tok == "/" and w.in_unit:
            continue
        if tok == "/" and (w.org or w.places or not w.run) and not w.anchored and _is_cap(_next_word(text, e)):
            # "Menteri Agraria dan Tata Ruang/Badan Pertanahan Nasional Nama", "Menteri PPN/Kepala
            # Bappenas": one office of two bodies, its words go on after the slash
            w.clear()
            continue
        if tok.lower() in ctx.lexicon.word_set("campus") and not w.anchored:
            w.org = "campus"
            w.clear()
            continue
        if _honorific(tok, ctx) and not (w.named() and _honorific(tok, ctx, lead=True)) \
                and not _before_a_lower_case_word(ctx, text, e):  # "Penyelenggaraan Haji dan Umrah": the pilgrimage
            if len(tok.rstrip(".")) > 1 or not w.run:
                w.begin()  # "Bupati Abdya H Darmansah", "Rektor Uncen Dr. Nama"
            w.anchored = True
            w.run.append((tok, s, e))
            continue
        if _is_cap(tok):
            if w.joined_at >= 0 and not text[w.joined_at:s].strip():
                w.joined_at = -1
                continue
            if tok.isupper() and s >= w.caps_end:
                w.caps_end = _capitals_name_end(text, s)
            if tok.isupper() and len(tok.rstrip(".")) >= 2 and not w.anchored and not w.after_comma \
                    and not (w.named() and len(tok.rstrip(".")) <= 2 and _initials_in_name(text, e, w, offices, ctx)) \
                    and s >= w.caps_end and not _initials_before_name(tok, text, e, w, ctx):
                w.clear()  # an acronym of an office or a campus: "Rektor UNY" (not initials: "Nama ZA")
                continue
            w.run.append((tok, s, e))
            continue
        if tok in ctx.lexicon.words["office_in"] and w.org and not w.named() and not w.anchored \
                and _place_then_name(ctx, e, offices, limit):
            continue  # "Kepala Balai Besar POM di Makassar, Nama": a national body's office in a town
        if tok in ctx.lexicon.words["name_and"] and w.places and not w.named() and _place_next(ctx, e, offices, limit):
            continue  # "Kepala Kanwil DJKN Sumsel, Jambi, dan Bangka Belitung, Nama": the office's places
        if tok in ctx.lexicon.words["name_and"] and w.org and not w.anchored and not w.office_closed:
            # "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu ...": after office words, the word
            # after the conjunction is one too ("Menteri Komunikasi dan Digital Nama")
            w.joined_at = e if not w.run else -1
            continue
        if tok.islower() and w.joined_at >= 0 and not text[w.joined_at:s].strip() and _nonname(tok, ctx):
            w.joined_at = e  # "Kepala Dinas Pariwisata dan ekonomi Kreatif Papua, Nama": an office word in lower case
            continue
        if tok.islower() and w.org and not w.named() and not w.anchored and _office_pair(ctx, s, e):
            continue  # "Wakil Rektor Bidang Perencanaan, Kerja sama, dan TIK Nama": a compound office word
        if tok.lower() in ctx.lexicon.word_set("office_for") and not w.named():
            after = _TOKEN.search(text, e, limit)
            if after and after.start() in offices:
                continue  # "Duta Besar RI untuk Jepang Nama": the office's country
        if tok.lower() in ctx.lexicon.word_set("name_joiner") and w.run:
            w.run.append((tok, s, e))
            continue
        if tok.islower() and (tok in ctx.lexicon.word_set("admin") or tok in ctx.lexicon.word_set("office_area")) \
                and not w.named():
            after = _TOKEN.search(text, e, limit)
            if after and after.group().lower() in ctx.lexicon.word_set("admin") and after.start() not in offices:
                after = _TOKEN.search(text, after.end(), limit)  # "perwakilan Provinsi Sulawesi Tenggara"
            if after and after.start() in offices:
                # "Bupati kabupaten Hulu Sungai Tengah (HST), H. Nama", "Kepala Ombudsman RI wilayah
                # Aceh, Nama", "Kepala Ombudsman RI perwakilan Provinsi Sultra, Nama": the place's word
                # in lower case
                continue
        if tok in ctx.lexicon.word_set("office_field") and not w.named() and _is_cap(_next_word(text, e)):
            w.org = w.org or "unit"  # "Asisten II bidang Ekonomi dan Pembangunan Nama": the office's field
            continue
        then = ctx.lexicon.pattern(_THEN).match(text, s)
        if then and not w.named():
            pos = then.end()  # "Ketua KPK saat itu Nama", "Kadis Pertanian setempat, Nama": when, where it is held
            continue
        break
    name = w.run
    if w.in_unit and not w.anchored:
        name = []  # "Danrem 133/Nama Unit usai ...": the words after a unit's number name the unit
    # a state campus's name is whole; a comma closed the campus's name ("Rektor Universitas X, Nama")
    if w.org == "campus" and not w.anchored and not w.whole_body and not w.after_comma:
        if len(name) >= 3:
            name = name[-2:]  # "Rektor Universitas Bung Hatta Nama Lengkap"
        elif not w.places:
            name = []
    return done(name)


_ITEM_ENDS = re.compile(r"\s*(?:[,.;]|[a-z])")


def _full_stop_after_word(tok: str) -> bool:
    """"Nurifansyah." but not an initial ("S.") or a short form's stop ("Drs.")."""
    return tok.endswith(".") and len(tok) > 4 and tok[-2].islower()


def _after_the_offices_place(ctx: Context, w: _Walk, toks: list[tuple[str, int, int]]) -> bool:
    """Does the name begin right after the place that ended the office words, read before any
    name ("Ketua KPU Kobar Nama, ...", "Menteri Luar Negeri Indonesia Nama dan ..."), and end the
    item (not "... Jakarta Propertindo (Jakpro)", a body's name; not "Banjarbaru Utara", the place's
    own last word)?"""
    ends = ([w.places[-1].end] if w.places and w.place_first else []) + \
        ([w.country_end] if w.country_end >= 0 else [])
    if not any(not ctx.text[end:toks[0][1]].strip() for end in ends):
        return False
    # the item ends after the name, or with the full stop its last word took ("... Samarinda Nama. Kamis, ...")
    return toks[0][0].rstrip(".,").lower() not in ctx.lexicon.word_set("place_part") \
        and (bool(_ITEM_ENDS.match(ctx.text, toks[-1][2])) or _full_stop_after_word(toks[-1][0]))


def _places_last_word(ctx: Context, places: list[Mention], name: str, start: int) -> tuple[str, int]:
    """"Bupati Ogan Komering Ulu (OKU) Timur Nama": a place's last word after its short form is the
    place's ("Timur"), not the name's first."""
    first, _, rest = name.partition(" ")
    if not places or not rest or first.lower() not in ctx.lexicon.word_set("place_part"):
        return name, start
    if not re.fullmatch(r"\s*\([^()]{1,12}\)\s*", ctx.text[places[-1].end:start]):
        return name, start
    return rest, ctx.text.index(rest.split()[0], start + len(first))


def _whole_body(o: Mention) -> bool:
    """A national body named whole: no name of its own follows (organisations.tsv tail place,
    level nasional: "BNPB", "Kemendagri"; not "PDAM", whose name follows: "PDAM Tirta ...")."""
    return o.label == "ORG" and (o.column(2) or "place") == "place" and o.column(1) == "nasional"


def _eponym(o: Mention) -> bool:
    """Is the body most often named after a person, honorific and all (organisations.tsv tail
    eponym: "RSUD dr. Doris Sylvanus", "Bandara Sultan Hasanuddin")?"""
    return o.label == "ORG" and o.column(2) == "eponym"


_COMMA = re.compile(r"\s*,\s*")


def _eponym_ends(ctx: Context, w: _Walk, pos: int, limit: int) -> bool:
    """Do the words read after a body named after a person end at `pos` with a comma and another
    name after it ("Direktur RSUD dr Doris Sylvanus, Nama", "Direktur RSUP Dr. Sardjito
    Yogyakarta, dr. Nama"): the words were the body's name, the name after the comma its head's?"""
    if not (w.eponym and w.named() and not w.after_comma):
        return False
    comma = _COMMA.match(ctx.text, pos, limit)
    if comma is None:
        return False
    word = _WORD.match(ctx.text, comma.end(), limit)
    if word and _marks_a_name(ctx, word, limit):
        return True
    # an unmarked name: not a word in capitals (a degree: "dr. Nama, MARS"), nor a day
    return _name_follows(ctx, comma.end(), limit) and not word.group(1).isupper() \
        and not _calendar_word(word.group(1), ctx)


def _place_next(ctx: Context, end: int, offices: dict[int, Mention], limit: int) -> bool:
    """Is the next word a place's name?"""
    after = _TOKEN.search(ctx.text, end, limit)
    o = offices.get(after.start()) if after else None
    return o is not None and o.label in ("PROVINCE", "REGION")


def _place_then_name(ctx: Context, end: int, offices: dict[int, Mention], limit: int) -> bool:
    """Is the next word a place's name (`_place_next`), and does a name come after it or its comma
    ("... di Makassar, Nama"; not "Nama Ketua Ombudsman RI di Makassar.", where the name came first)?"""
    if not _place_next(ctx, end, offices, limit):
        return False
    place = offices[_TOKEN.search(ctx.text, end, limit).start()]
    return _name_follows(ctx, _COMMA_OR_NOT.match(ctx.text, place.end).end(), limit)


_COMMA_OR_NOT = re.compile(r"\s*,?\s*")


def _initials_in_name(text: str, end: int, w: _Walk, offices: dict[int, Mention], ctx: Context) -> bool:
    """Two capitals after a name's word are its initials, at its end ("Nama ZA") or after its first
    word or two, before the rest of it ("Retno LP Marsudi"), unless an office's word follows ("Nama
    DPRD ...") or more words come before (a body's name: "Siloam Hospitals TB Simatupang")."""
    after = _TOKEN.search(text, end)
    if after is None or not _is_cap(after.group()):
        return True
    word = after.group()
    return len(w.run) <= 2 and after.start() not in offices and not word.isupper() \
        and word.lower() not in ctx.lexicon.nonnames


def _initials_before_name(tok: str, text: str, end: int, w: _Walk, ctx: Context) -> bool:
    """A degree's letters right after a whole office, before a capitalised word, are the name's
    initials: "Jaksa Agung ST Burhanuddin" (a degree follows a name, never opens one); after a
    head's title they name the body ("Ketua MA Nama": the Mahkamah Agung). So do up to three
    capitals right after the place that ends the office ("Sekdaprov Riau SF Hariyanto")."""
    after = _next_word(text, end)
    if not _is_cap(after) or after.lower() in ctx.lexicon.nonnames or w.run:
        return False
    if w.places and w.place_first and len(tok) <= 3 and tok.isalpha() \
            and not text[w.places[-1].end:end - len(tok)].strip():
        return True  # "Sekdaprov Riau SF Hariyanto": after the office's place, a name's initials
    return w.whole_title and not w.places and w.org is None and is_degree(tok, ctx.lexicon.suffixes)


_THEN = r"(?:{office_then}|{office_here})\b"


def _capitals_name_end(text: str, pos: int) -> int:
    """Where a name written in capitals that starts at pos ends ("SAHBIRIN NOOR"), or pos: two or
    more words of three letters or more that can be said, not a row of acronyms ("PUPR PKP")."""
    m = _CAPITALS.match(text, pos)
    if m and all(len(w) >= 3 and any(c in "AIUEO" for c in w) for w in m.group().split()):
        return m.end()
    return pos


def _before_a_lower_case_word(ctx: Context, text: str, pos: int) -> bool:
    """Does a lower-case word follow, not an honorific ("Dr. rer. nat. Nama")? A word an honorific
    can be ("Haji") is none before one ("Penyelenggaraan Haji dan Umrah")."""
    after = _next_word(text, pos)
    return after[:1].islower() and not _honorific(after, ctx) and not _honorific(after + ".", ctx)


def _name_ends_after(ctx: Context, text: str, pos: int) -> bool:
    """Does no capitalised word follow `pos`, or only a degree ("... Negara SIK, ...")?"""
    nxt = _next_word(text, pos)
    return not _is_cap(nxt) or is_degree(nxt.rstrip(",.;"), ctx.lexicon.suffixes)


def _next_word(text: str, pos: int) -> str:
    m = _WORD.match(text, pos)
    return m.group(1) if m else ""


def _name_follows(ctx: Context, pos: int, limit: int) -> bool:
    """After a comma: does a name (or an honorific or a rank before one) come next?"""
    m = _WORD.match(ctx.text, pos, limit)
    if not m:
        return False
    return _marks_a_name(ctx, m, limit) or _is_cap(m.group(1)) and not _nonname(m.group(1), ctx) \
        and not is_degree(m.group(1).rstrip(",;"), ctx.lexicon.suffixes) \
        and not any(t.label == "TITLE" for t in ctx.starting_in(m.start(1), m.start(1) + 1))
    # "Sekda X Nama, S.Pd.": the name's degree; "Kepala Staf Kepresidenan Moeldoko, Menteri ...": another office


def _marks_a_name(ctx: Context, word: re.Match, limit: int) -> bool:
    """Is the word (a `_WORD` match) an honorific or a rank, which only a name follows, or the "I"
    that opens a Balinese name ("I Nyoman Nama": words.tsv balinese_name)?"""
    return bool(ctx.lexicon.ranks.match(ctx.text, word.start(1), limit)) or _honorific(word.group(1), ctx) or \
        word.group(1) == "I" and _next_word(ctx.text, word.end()).lower() in ctx.lexicon.word_set("balinese_name")


def _balinese_opening(run: list[tuple[str, int, int]], ctx: Context) -> bool:
    """Do the words read so far only open a Balinese name ("I Made", "Ni Luh", "I Gusti Ngurah":
    words.tsv balinese_name)? Then the next word is the name's, though a place is named so too."""
    words = ctx.lexicon.word_set("balinese_name")
    return len(run) >= 2 and run[0][0] in ("I", "Ni") and all(t.lower() in words for t, _s, _e in run[1:])


def _marked_name_follows(ctx: Context, pos: int, limit: int) -> bool:
    """After a comma: does an honorific or a rank come next, and the name after it holds no
    office of its own up to the next comma ("..., Drs. Nama selaku Asisten I" is the next of a
    list of officials)?"""
    m = _WORD.match(ctx.text, pos, limit)
    if not m or not _marks_a_name(ctx, m, limit):
        return False
    comma = ctx.text.find(",", m.end(), limit)
    end = comma if comma >= 0 else limit
    clause = ctx.text[m.end():end].lower().split()
    return not any(t.label == "TITLE" for t in ctx.starting_in(m.end(), end)) and \
        ctx.lexicon.word_set("as_office").isdisjoint(clause)


_NAME_RUN = re.compile(r"\s*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*")  # words apart: no nested repeats


def _ends_with_a_campus_word(ctx: Context, title: Mention) -> bool:
    """"Rektor Universitas", "Rektor UIN": the title ends with the word a campus's name follows."""
    return title.text.split()[-1].lower() in ctx.lexicon.word_set("campus")


def _speaker_between_commas(ctx: Context, pos: int, limit: int) -> bool:
    """After a comma: do a name's words come next, then a comma and a verb of speech ("...,
    Iskandar, mengatakan")? The name set off by commas is who speaks, the words before the first
    comma the office's."""
    run = _NAME_RUN.match(ctx.text, pos, limit)
    if not run or not _name_follows(ctx, pos, limit) or not ctx.text.startswith(",", run.end()):
        return False
    return any(c.kb_id == "speech" for c in ctx.starting_in(run.end() + 1, run.end() + 3) if c.label == "CUE")


def _own_office_follows(ctx: Context, pos: int, limit: int) -> bool:
    """Does the name after pos say its own office next ("..., Drs. Nama selaku Asisten I")? Then
    that name is another official's, and the words before the comma were a name."""
    run = _NAME_RUN.match(ctx.text, pos, limit)
    return bool(run) and _next_word(ctx.text, run.end()).lower() in ctx.lexicon.word_set("as_office")


def _qualifier(inner: str, ctx: Context) -> bool:
    """"(Purn.)", "(Pol)", "(Can)": a mark written in brackets after a rank or an honorific."""
    return bool(ctx.lexicon.rank_marks.fullmatch(inner)) or _honorific(inner, ctx)


def _initials(run: list[tuple[str, int, int]], ctx: Context) -> str:
    return "".join(t[0].upper() for t, _s, _e in run if not _honorific(t, ctx))


_CAMPUS_SHORT = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?")  # "Unadri", "UNDANA": a campus's short form


def _initials_and_more(acronym: str, initials: str, run: list[tuple[str, int, int]], ctx: Context) -> bool:
    """A person's short form that opens with the initials of two or more name words and goes on
    with letters of the words in order ("ASR" of "Andi Sumangerukka"), where no word is an office's."""
    return len(initials) >= 2 and acronym.startswith(initials) and _abbreviates(acronym, run) \
        and not any(_nonname(t, ctx) for t, _s, _e in run)


def _short_name(inner: str, run: list[tuple[str, int, int]], ctx: Context) -> bool:
    """A person's short name in brackets after the full one: one of its words or a blend of them
    ("Joko Widodo (Jokowi)"), written as a name (not in capitals: "(KPK)", "(ASS)"), where no word
    of the run is an office's."""
    words = [t for t, _s, _e in run if not _honorific(t, ctx)]
    if len(words) < 2 or not re.fullmatch(r"[A-Z][a-z]+", inner) or any(_nonname(t, ctx) for t in words):
        return False
    return inner.lower() in {t.lower() for t in words} or _abbreviates(inner, [(t, 0, 0) for t in words])


def _abbreviates(short: str, run: list[tuple[str, int, int]]) -> bool:
    """"Abdya" of "Aceh Barat Daya", "Uncen" of "Universitas Cenderawasih": the short form's
    letters in order through the words, from the first word's first letter."""
    words = " ".join(t for t, _s, _e in run).lower()
    short = short.lower().replace(" ", "")
    if not short or not words or short[0] != words[0]:
        return False
    it = iter(words)
    return all(c in it for c in short)


# "..., Nama Lengkap Kepala Ombudsman RI Perwakilan Aceh, ...", "diwakili oleh Nama Asisten ...", "...,
# dan Nama Kepala Perwakilan ...": an item of a list, or who stands in, named right before the office
_ITEM_BEFORE = r"(?:(?:,|\b(?:{agent}))\s+((?:[A-Z][\w'’\-]*\s+){1,4})|\b(?:{and})\s+((?:[A-Z][\w'’\-]*\s+){2,4}))$"
# a name right before its office: "Nama, Gubernur ...", "Nama selaku Plt. ...", "Nama, yang juga Menteri ...",
# "Nama yang merupakan Sekretaris ..." (the comma before "yang" left out)
_BEFORE = (r"((?:(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)\s*){1,6})\s*"
           r"(?:,\s*[A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][a-z]{0,3}\.?){0,2}\s*)*"  # ", SH, MH, Ph.D, S.A.P."
           r"(?:,?\s*{as_office}|,?\s*{relative}\s+(?:[a-z]+\s+){0,5}{as_office}"
           r"|,?\s*{relative}\s+(?:(?:{holds_now})\s+){1,4}|,|\()\s*$")


def _opens_rank(ctx: Context, title: Mention) -> bool:
    """A one-word title that begins a longer rank ("Inspektur" of "Inspektur Polisi Dua Nama") is
    the rank's: the person's office is named elsewhere ("..., selaku Kapolsek"). A longer title
    stays one ("Wakil Inspektur Jenderal Polisi Malaysia Nama")."""
    if " " in title.text.strip():
        return False
    rank = ctx.lexicon.ranks.match(ctx.text, title.start)
    return bool(rank) and rank.end() > title.end


def _name_before(ctx: Context, title: Mention, sent_start: int,
                 local: dict[str, str] | None = None) -> tuple[str, int, int, str]:
    """"Nama Lengkap, Gubernur Kalsel", "Nama, yang baru dilantik sebagai Kepala ...": the
    capitalised run just before a title, not reaching back into an earlier title or place (nor a
    place of the article's own: "..., Rektor Unmus,"); with what marked it a name: "as_office"
    where "selaku" or "sebagai" gave it the title ("Nama selaku Plt. Sekretaris ..."), "anchor"
    where an honorific opens it."""
    # "Nama selaku Plt. Sekretaris ...": the acting word belongs to the title
    start = min([title.start] + [m.start for m in ctx.ending_in(title.start - 1, title.start + 1)
                                 if m.label == "ACTING"])
    floor = max(sent_start, start - ctx.settings.name_before_reach)
    floor = max([floor] + [m.end for m in ctx.ending_in(floor, start + 1) if m.label in
                           ("TITLE", "PROVINCE", "REGION", "COUNTRY", "GOV", "ORG")])
    window = ctx.text[floor:start]
    m = ctx.lexicon.pattern(_BEFORE).search(window) or ctx.lexicon.pattern(_ITEM_BEFORE).search(window) \
        or _closed_by_degrees(ctx, window)
    if not m:
        return _said_by(ctx, title, floor, start)
    group = m.lastindex  # the name's group: _ITEM_BEFORE has one for each way a list item begins
    run_start = start - len(window) + m.start(group)
    if ctx.lexicon.pattern(_AT_BEFORE, re.I).search(ctx.text, max(0, run_start - 12), run_start):
        return "", 0, 0, ""  # "di Jalan Surya, Wali Kota didampingi ...": the run after "di" is a place
    if any(c.label == "CUE" and c.kb_id == "venue" for c in ctx.starting_in(run_start, run_start + 1)):
        return "", 0, 0, ""  # "di Ruang Rapat Utama Bupati": the run names a room, no one
    if ctx.text[run_start - 1:run_start] == "/":
        return "", 0, 0, ""  # "Danrem 101/Antasari, Sekdaprov Kalsel": the run is a unit's name
    toks = m.group(group).split()
    while toks and (_nonname(toks[0], ctx) or toks[0].isupper() and len(toks[0]) > 3):
        toks.pop(0)
    if not toks or any(_nonname(t, ctx) or t in (local or {}) for t in toks):
        return "", 0, 0, ""
    offset = start - len(window) + m.start(group) + m.group(group).find(toks[0])
    raw = " ".join(toks)
    marked = "as_office" if ctx.lexicon.pattern(r"\b{as_office}\b").search(window, m.end(group)) else \
        "anchor" if _honorific(toks[0], ctx) else ""  # "Dr. Nama, M.Pd, Wakil Rektor ...": an honorific opened it
    return raw, offset, offset + len(raw), marked


def _closed_by_degrees(ctx: Context, window: str) -> re.Match | None:
    """"Nama, SE, M.Si Kepala Bappeda X", "Nama ST,MT,Ph.D Kepala LP2M Y": degrees close a name,
    and the title follows them with no comma; the name is the capitalised run before them."""
    words = list(_DEGREE_WORD.finditer(window))
    n = 0
    while n < len(words) and is_degree(words[-1 - n].group(), ctx.lexicon.suffixes):
        n += 1
    if not n or window[words[-1].end():].strip():
        return None
    return _NAME_RUN_BEFORE.search(window, 0, words[-n].start())


_DEGREE_WORD = re.compile(r"[^\s,]+")
_NAME_RUN_BEFORE = re.compile(r"((?:(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)\s*){1,6}?[A-Z][\w'’\-]*)\s*,?\s*$")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_AT_BEFORE = r"\b(?:{at_word})\s+$"


def _said_by(ctx: Context, title: Mention, floor: int, start: int) -> tuple[str, int, int, str]:
    """"..., ujar Nama Lengkap Kepala Ombudsman ...": the name between a speech verb and the title,
    with no comma between."""
    said = [c.end for c in ctx.in_sent(title.sent, "CUE") if c.kb_id == "speech" and floor <= c.end < start]
    m = _SAID_NAME.fullmatch(ctx.text, said[-1], start) if said else None
    if m is None or any(_nonname(t, ctx) for t in m.group(1).split()):
        return "", 0, 0, ""
    return m.group(1), m.start(1), m.end(1), "speech"


_SAID_NAME = re.compile(r"\s+((?:[A-Z][\w'’-]*\.?\s+){1,4}[A-Z][\w'’-]*)\s+")  # an honorific may lead: "ujar Prof. Nama"


def _mark_before(ctx: Context, pos: int, mark: str) -> int:
    """Where `mark` stands right before `pos`, spaces between ("Negeri (Kejari", "Dirlantas, Dir"), else -1."""
    start = max(0, pos - 4)
    before = ctx.text[start:pos].rstrip()
    return start + len(before) - 1 if before.endswith(mark) else -1


def _names_the_body_before(ctx: Context, title: Mention) -> bool:
    """"Kejaksaan Negeri (Kejari) Sangata siap ...": a title in brackets that is also the short form
    of the body named right before the bracket is that body's name, not its head's office (the
    head is "Kajari")."""
    opened = _mark_before(ctx, title.start, "(")
    if opened < 0:
        return False
    short = [m.kb_id for m in ctx.starting_in(title.start, title.start + 1)
             if m.label == "ORG" and m.end == title.end]
    long_form = [m.kb_id for m in ctx.ending_in(opened - 1, opened + 1) if m.label == "ORG"]
    return bool(set(short) & set(long_form))


def _among_listed_offices(ctx: Context, title: Mention, end: int) -> bool:
    """"masing-masing Karo Ops, Dirlantas, Dirreskrimum, Dirpamobvit, Kabid Humas": the title is an
    item of a list of bare offices, and the word that ends at `end` lies between two of them."""
    comma = _mark_before(ctx, title.start, ",")
    if comma < 0 or not any(m.label == "TITLE" for m in ctx.ending_in(comma - 1, comma + 1)):
        return False
    after = _LIST_COMMA.match(ctx.text, end)
    return bool(after) and any(m.label == "TITLE" for m in ctx.starting_in(after.end(), after.end() + 1))


_LIST_COMMA = re.compile(r"\s*,\s*")


def _bracketed(ctx: Context, title: Mention, sent_start: int) -> bool:
    """Does the title open a bracket after a name ("Nama (Wali Kota X)"), not after an office
    ("Wakil Bupati (Wabup) Nama")?"""
    before = ctx.text[sent_start:title.start].rstrip()
    if not before.endswith("("):
        return False
    end = sent_start + len(before[:-1].rstrip())
    return not any(m.label in ("TITLE", "ORG", "GOV") for m in ctx.ending_in(end - 1, end + 1))


SENTENCE_END = ".!?\"”"  # the marks that end a sentence, not a headline


def headline(text: str, first: bool = False) -> bool:
    """A title-cased headline ("Wali Kota Palopo Ikut Teken MoU"): its capitals say nothing of names.
    A full stop shows a sentence; so does a comma, except on the lines before the body (`first`)."""
    if text.rstrip()[-1:] in SENTENCE_END or (not first and "," in text):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 2]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.75


def _title_cased_first_line(ctx: Context, i: int) -> bool:
    """Is sentence i the text's first line, title-cased with a function word in capitals, though a
    full stop ends it ("Pj Wali Kota Bima Bangun Silaturahmi Dengan Ombudsman RI.")? A headline:
    "Bangun" is no name there."""
    sent = ctx.sentences[i]
    line = sent.text.strip()
    words = line.split()
    if i != 0 or "\n" in line or not ctx.text[sent.end:].startswith("\n") \
            or any(w[:1].islower() for w in words if len(w) >= 4):  # every word of four letters capitalised
        return False
    return any(_function_word(w, ctx) for w in words[1:] if w[:1].isupper())


def _degrees_after_names(ctx: Context, text: str) -> bool:
    """A line of officials with their degrees after commas ("Wali Kota X Dr. H. Nama, M.Si, Wali Kota
    Y Nama, S.H., M.H"), however capitalised and without a full stop: names, not a headline's capitals."""
    return any(is_degree(m.group(1), ctx.lexicon.suffixes) for m in _AFTER_COMMA.finditer(text))


_AFTER_COMMA = re.compile(r",\s*([A-Z][\w.]*)")


def _name_opening(ctx: Context, text: str, at: int = 0) -> int:
    """The length of a name's opening words at `at` of `text` that offices use too (words.tsv
    name_opening: "Anak Agung"), followed by a capitalised word; else 0."""
    for o in ctx.lexicon.word_set("name_opening"):
        end = at + len(o)
        if text[at:end].lower() == o and re.match(r"\s+[A-Z]", text[end:end + 3]):
            return len(o)
    return 0


def _valid(name: str, ctx: Context) -> bool:
    toks = name.split()
    if not toks or len(toks) > 6 or len(name) < 3:
        return False
    if len(toks) == 1 and name.isupper() and len(name) <= 4:
        return False  # "Walikota Se-Sulawesi Selatan, Dinas PMD": a unit's short form, no name
    # a name of three words or more may end in a word offices use too ("I Gusti Ngurah Jaya Negara"),
    # and may open with such words ("Anak Agung Gede Ngurah Puspayoga": words.tsv name_opening) or
    # with a weekday's, a given name too ("Minggu Basuki": the walk took it after an honorific)
    opening = len(name[:_name_opening(ctx, name)].split()) or int(len(toks) >= 2 and _calendar_word(toks[0], ctx))
    if any(_nonname(t, ctx) for t in (toks[:-1] if len(toks) >= 3 else toks)[opening:]):
        return False
    return all(t[:1].isupper() or t.lower() in ctx.lexicon.word_set("name_joiner") for t in toks)


def find_people(ctx: Context) -> list[Person]:
    """Every named official, once, at their fullest name, with role, acting and province."""
    people: list[Person] = []
    titles = [m for m in ctx.mentions if m.label == "TITLE"]
    acting_ends = {m.end for m in ctx.mentions if m.label == "ACTING"}
    # in an article of national bodies alone, "Kepala Biro ... Kemenag" in Jakarta is the
    # ministry's: the venue's province is no office's
    ranked = [] if of_national_bodies(ctx) else ranked_provinces(ctx)
    dominant = ranked[0] if ranked else None
    defaulted: set[int] = set()  # the people whose province is the article's, not written with the title
    local = local_places(ctx)
    # the lines before the first sentence that ends as one: a site's name, the headline, its date
    body = next((k for k, s in enumerate(ctx.sentences) if s.text.rstrip()[-1:] in SENTENCE_END),
                len(ctx.sentences))
    for t in titles:
        if t.sent < 0 or t.sent >= len(ctx.sentences) or ctx.names_a_street(t):
            continue
        in_building = ctx.names_a_place(t)  # "di Kantor Bupati Sanggau", "di ruang kerja Gubernur Maluku Nama"
        role, level = (list(t.readings[0]) + ["none"])[:2]
        if role == "-":
            if not _signs_with_a_government(ctx, t):
                continue  # a party's or an association's office ("Ketua Umum"), no government's
            role = "lainnya"  # "Menteri X dan Ketua Umum PBNU Nama menandatangani ...": who signs with it
        if level == "body" and not (_heads_a_state_body(ctx, t) or _signs_with_a_government(ctx, t)):
            continue  # "Sekjen" of a party, "Komandan" of a troop: an office only of the state body after it
        sent = ctx.sentences[t.sent]
        if _former(ctx, t) or _names_the_body_before(ctx, t) \
                or (headline(sent.text, first=t.sent < body) and not _degrees_after_names(ctx, sent.text)) \
                or _opens_rank(ctx, t) or _title_cased_first_line(ctx, t.sent):
            continue
        found = _name_after(ctx, _posted_abroad(ctx, t), sent.end, role, local)
        if found.marked == "comma" and _holds_an_office(ctx, found.end):
            # "Nama Asisten Bidang X, Nama Lain Kepala Y", "Nama Anggota Ombudsman RI, Nama Lain selaku
            # Pj Sekda ...": each name before its office
            found = found._replace(raw="")
        if in_building and found.marked != "place":
            continue  # a building's name, unless its holder is named right after the office's place
        places = found.places
        title_end = places[-1].end if places else t.end
        name, s, e = clean_name(found.raw, ctx), found.start, found.end
        name, s = _places_last_word(ctx, places, name, s)
        if found.marked == "comma" and " " not in name and not places and not ctx.text[t.end:s].strip(" ,") \
                and _LOWER_NEXT.match(ctx.text, e):
            # "ungkap Wali Kota, Poldasu mendukung ...": after a bare title's comma, one word that a verb
            # follows is the sentence's subject, no name ("Kepala BPKAD, Bahran, SE" is one)
            name = ""
        if found.marked == "comma" and " " not in name and _among_listed_offices(ctx, t, e):
            name = ""  # "Dirlantas, Dirreskrimum, Dirpamobvit, Kabid Humas": an office the gazetteers lack
        bracketed = _bracketed(ctx, t, sent.start)
        # a function word the walk passed over ("Wapres Dapat Gaji ke-13"): a headline in capitals, no name
        national = "" if any(_function_word(x, ctx) for x in ctx.text[t.end:s].split()) else level
        if bracketed or not _accepted(name, role, found.marked, e, ctx, national):
            if t.text[:1].islower():
                continue  # "Lalu, gubernur dan wakil gubernur ...": a title in lower case names only who follows it
            if _dual_office(ctx, t, sent.end):
                continue  # "Menteri Investasi/Kepala BPI Nama": the holder is named after the second title
            # "Nama (Wali Kota X), Nama Lain (...)": a title in brackets is the name's before them
            raw, s_before, e_before, marked = _name_before(ctx, t, sent.start, local)
            before = clean_name(raw, ctx)
            if _accepted(before, role, marked, e_before, ctx):
                name, s, e = before, s_before, e_before
            elif bracketed or not _accepted(name, role, found.marked, e, ctx, national):
                continue
        acting = any(t.start - 2 <= a <= t.start for a in acting_ends)
        if found.long_head:  # "Direktur Polbin", Polbin a Politeknik: the "Direktur Politeknik"
            role, level = ctx.lexicon.titles.get(f"{t.text} {found.long_head}".lower(), (role, level))
        role, code = _office(ctx, t, role, level, places, s, dominant)
        aide = ctx.lexicon.pattern(_AIDE, re.I).search(ctx.text, max(0, t.start - 24), t.start)
        if aide:
            role = "lainnya"  # "Staf Ahli Gubernur Bidang ... Nama": the governor's aide, in his province
        elif (over := _office_before(ctx, t)) is not None:
            role = over  # "Asisten 1 Sekda Provinsi X, Nama": the Sekda's assistant
        if found.abroad or ctx.lexicon.pattern(_FOREIGN_UNIT, re.I).search(ctx.text, t.end, max(t.end, s)):
            role, code = "lainnya", None  # a foreign state's governor or minister: no office of Indonesia's
        if code is not None and code == dominant and not any(region_code(p) for p in places):
            defaulted.add(len(people))
        # the title as written runs through the body it heads, read before the name ("Kepala BNPB")
        title_end = max([title_end] + [o.end for o in ctx.starting_in(t.end, s)
                                       if o.label in ("ORG", "GOV") and o.end <= s])
        if ctx.text.startswith(")", title_end) and \
                ctx.text.count("(", t.start, title_end) > ctx.text.count(")", t.start, title_end):
            title_end += 1  # "Menteri Komunikasi dan Informatika (Menkominfo)": its short form whole
        title_start = aide.start() if aide else t.start
        people.append(Person(name=name, title=ctx.text[title_start:title_end], role=role, start=s, end=e,
                             acting=acting, province_code=ctx.province_then(code)))
        if (pair := _paired_offices(ctx, t, e, sent.end)) is not None:
            # "Gubernur dan Wakil Gubernur Sulbar, Suhardi Duka dan Salim S. Mengga": in turn
            first, (other, s2, e2) = pair
            first_role, first_level = (list(first.readings[0]) + ["none"])[:2]
            first_role, first_code = _office(ctx, first, first_role, first_level, places, s, dominant)
            people[-1].title = first.text + ctx.text[t.end:title_end]
            people[-1].role, people[-1].province_code = first_role, ctx.province_then(first_code)
            people.append(Person(name=other, title=ctx.text[title_start:title_end], role=role, start=s2, end=e2,
                                 province_code=ctx.province_then(code)))
        if ctx.lexicon.pattern(_GROUP_BEFORE, re.I).search(ctx.text, max(0, t.start - 8), t.start):
            # "para asisten Ombudsman A, B, dan C": the group's office is each listed name's
            for other, s2, e2 in _listed_after(ctx, e, sent.end):
                people.append(Person(name=other, title=ctx.text[title_start:title_end], role=role, start=s2,
                                     end=e2, acting=acting, province_code=ctx.province_then(code)))
    people += _ranked_officers(ctx, people, local)
    _one_holder_a_province(people, defaulted, ranked)
    people = _merge_short_names(ctx, _merge_misspellings(ctx, merge_people(people)))
    _add_nicknames(ctx, people)
    return people


# after an envoy's title, its state and the town of the post up to a comma: "Duta Besar Republik
# Indonesia di Port Moresby, Nama", "Konsul Jenderal RI di Davao, Nama"
_POST_ABROAD = r"(?:\s+(?-i:[A-Z])[\w.]*){0,3}\s+di\s+(?:(?-i:[A-Z])[\w'’-]*\s*){1,3},"


def _posted_abroad(ctx: Context, title: Mention) -> Mention:
    """An envoy's title (words.tsv `envoy`) with the post it names, "di" and its town included, as
    one office before the name; any other title as it is."""
    words = title.text.lower()
    if not any(words == w or words.startswith(w + " ") for w in ctx.lexicon.word_set("envoy")):
        return title
    post = ctx.lexicon.pattern(_POST_ABROAD, re.I).match(ctx.text, title.end, ctx.sentences[title.sent].end)
    if post is None:
        return title
    end = post.end() - 1  # the comma is the walk's: the name after it is marked by it
    return Mention(title.label, ctx.text[title.start:end], title.start, end, title.kb_id, title.sent)


def _ranked_officers(ctx: Context, people: list[Person], local: dict[str, str]) -> list[Person]:
    """Officers named by their rank, their office no title the gazetteers hold ("Kasiwas Polres
    Banggai, IPTU Nama", "Irwasda Kombes Pol. Nama"): in a sentence that names a police or military
    body (an ORG of a words.tsv `ranked_kind`), a rank written with a capital before a name no
    title found is an officer's, role `lainnya`. The province is that of the place named last
    before the rank when the body named last before it is a regional one ("Polres Banggai",
    "Kapolda Sumut ..., Waka Polda"), none for a national body's or where no body comes first."""
    kinds = ctx.lexicon.words.get("ranked_kind", ())
    taken = [(p.start, p.end) for p in people]
    out: list[Person] = []
    for i, sent in enumerate(ctx.sentences):
        bodies = [m for m in ctx.in_sent(i, "ORG") if m.kind in kinds]
        if not bodies:
            continue
        for rank in ctx.lexicon.ranks.finditer(ctx.text, sent.start, sent.end):
            at = rank.start()
            if not ctx.text[at].isupper() or (at and ctx.text[at - 1].isalnum()):
                continue
            officer = Mention("TITLE", rank.group(), at, at, "lainnya", i)
            if ctx.names_a_street(officer):
                continue
            found = _name_after(ctx, officer, sent.end, "lainnya", local)
            name, s, e = clean_name(found.raw, ctx), found.start, found.end
            if not found.raw:
                continue
            before = [m for m in bodies if m.end <= at]
            places = [m for m in ctx.in_sent(i) if m.label in ("PROVINCE", "REGION") and m.end <= at]
            regional = before and before[-1].readings[0][1:2] != ("nasional",)
            code = region_code(places[-1]) if regional and places else None
            holder = next((p for p in people if p.start < e and s < p.end), None)
            if holder is not None and holder.role == "lainnya" and holder.province_code is None:
                # "Kabid Humas Polda Sumsel, ..., melalui Kasubbid Penmas, AKBP Nama": the rank's officer
                # holds the title found first, a unit's of the body the sentence named
                holder.province_code = ctx.province_then(code)
            if any(a < e and s < b for a, b in taken) or not _accepted(name, "lainnya", "anchor", e, ctx):
                continue
            taken.append((s, e))
            out.append(Person(name=name, title=rank.group().strip(), role="lainnya", start=s, end=e,
                              province_code=ctx.province_then(code)))
    return out


_AIDE = r"\b(?:{aide})\s+$"  # the words just before a title that make the one named an aide
_FOREIGN_UNIT = r"\b(?:{foreign_unit})\b"  # "Gubernur Prefektur Miyagi, Nama": an office of a foreign state
_GROUP_BEFORE = r"\b{group_word}\s+$"  # "para Kepala OPD": a title a group holds
# the next item of a list: ", B", ", dan C", " serta D"; capitalised words up to a comma or the end
_NEXT_LISTED = (r"\s*(?:,\s*(?:(?:{and})\s+)?|\s+(?:{and})\s+)((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4})"
                r"(?=\s*(?:[,;]|\.(?:\s|$)|(?:{and})\s|$))")


def _listed_after(ctx: Context, end: int, stop: int) -> list[tuple[str, int, int]]:
    """The names listed after a group's first holder, up to the first item that is no name (an
    office, a body, a place), each with its span; a degree between them is the name's before it
    ("A, SH, B dan C"). A name of one word is one only with an honorific or a degree ("H.
    Fuadri", "Fuadri, S.Si")."""
    out = []
    listed = ctx.lexicon.pattern(_NEXT_LISTED)
    while m := listed.match(ctx.text, end, stop):
        start, finish = m.span(1)
        if any(o.label in ("TITLE", "ORG", "GOV", "PROVINCE", "REGION", "COUNTRY") for o in ctx.starting_in(start, finish)):
            break
        raw = m.group(1).strip()
        name = clean_name(raw, ctx)
        if not name:  # a degree of the name before
            end = finish
            continue
        after = listed.match(ctx.text, finish, stop)
        marked = name != raw or (after is not None and not clean_name(after.group(1), ctx))
        if not _valid(name, ctx) or (" " not in name and not marked):
            break
        out.append((name, start, finish))
        end = finish
    return out
_IN_BRACKETS = re.compile(r"\(\s*([A-Z][a-z]+)\s*\)")


def _merge_short_names(ctx: Context, people: list[Person]) -> list[Person]:
    """"Presiden Joko Widodo (Jokowi) ... Presiden Jokowi": a one-word name the text gives in
    brackets after another's full name is that person, under the full name."""
    shorts = {p.name for p in people if len(p.name.split()) == 1}
    # where each short name stands in brackets: one pass over the text, not one per pair of people
    before = {} if not shorts else {m.group(1): ctx.text[max(0, m.start() - 80):m.start()].rstrip() for m in
                                     _IN_BRACKETS.finditer(ctx.text) if m.group(1) in shorts}
    kept: list[Person] = []
    for p in people:
        lead = before.get(p.name)
        twin = next((q for q in people if lead and q is not p and lead.endswith(q.name)), None)
        if twin is None and p.name in shorts:
            # "Presiden Joko Widodo ... Presiden Jokowi": the name made of the first letters of two
            # or more words of the full name of one in the same office
            twin = next((q for q in people if q is not p and q.role == p.role and q.province_code == p.province_code
                         and _contraction(p.name, q.name)), None)
        if twin is None:
            kept.append(p)
            continue
        twin.aliases = tuple(set(twin.aliases) | {p.name})
        _fold_into(twin, p)
    return kept


def _contraction(short: str, full: str) -> bool:
    """Is `short` the beginnings of two or more words of `full` in a row, each of two letters or
    more ("Jokowi": Joko Widodo; "Zulhas": Zulkifli Hasan)?"""
    words = [w.lower() for w in full.split()]

    def made(j: int, rest: str, used: int) -> bool:
        if not rest:
            return used >= 2
        return j < len(words) and any(words[j].startswith(rest[:k]) and made(j + 1, rest[k:], used + 1)
                                      for k in range(min(len(rest), len(words[j])), 1, -1))

    return len(words) >= 2 and any(made(i, short.lower(), 0) for i in range(len(words)))


def _one_holder_a_province(people: list[Person], defaulted: set[int], ranked: list[str]) -> None:
    """"Gubernur A bersama Gubernur Bengkulu B": a province has one governor, so A, whose title
    names no province, governs the next province the article names most, not Bengkulu."""
    held = {(p.role, p.province_code, p.name) for k, p in enumerate(people) if k not in defaulted}
    for k in sorted(defaulted):
        p = people[k]
        taken = {code for role, code, name in held if role == p.role and name != p.name}
        if p.role in _ONE_A_PROVINCE and p.province_code in taken:
            p.province_code = next((c for c in ranked if c not in taken), p.province_code)


def _heads_a_state_body(ctx: Context, title: Mention) -> bool:
    """Does a government body or a campus follow the title ("Sekjen DPR RI", "Juru Bicara KPK",
    "Komandan Sekolah Tinggi Teknologi Angkatan Laut")? titles.tsv level `body`."""
    return any((m.label == "GOV" or m.label == "ORG" and (("ORG", m.kind) in ctx.lexicon.government
                                                          or m.kind in CAMPUSES))
               and not ctx.text[title.end:m.start].strip() for m in ctx.starting_in(title.end, title.end + 3))


def _title_follows(ctx: Context, end: int) -> bool:
    """Does an office's title begin right after `end`, in the same sentence (only spaces between)?"""
    return ctx.text[end - 1:end] != "." and any(
        m.label == "TITLE" and ctx.text[end:m.start].strip(" ") == "" for m in ctx.starting_in(end, end + 3))


def _holds_an_office(ctx: Context, end: int) -> bool:
    """Does an office follow the name that ends at `end`, right after it or after "selaku" or
    "sebagai" ("Nama Lain selaku Pj Sekda Provinsi X")?"""
    said = ctx.lexicon.pattern(r"\s+(?:{as_office})\b").match(ctx.text, end)
    if said is None:
        return _title_follows(ctx, end)
    start = next((m.end for m in ctx.starting_in(said.end() + 1, said.end() + 3) if m.label == "ACTING"), said.end())
    return _title_follows(ctx, start)


def _office_before(ctx: Context, title: Mention) -> str | None:
    """The role of an office written right before this one, whose holder the name is ("Asisten 1
    Sekda Provinsi X, Nama" is the Sekda's assistant, not the Sekda): None where no title comes
    right before it, or the one before is a party's."""
    for m in ctx.in_sent(title.sent, "TITLE"):
        if m.end <= title.start and _office_words(ctx, ctx.text[m.end:title.start]):
            role = m.readings[0][0]
            return None if role == "-" else role
    return None


def _office_words(ctx: Context, gap: str) -> bool:
    """Are the words between two titles nothing or the first office's words, no name ("Asisten
    Administrasi Perekonomian dan Pembangunan Sekda Buton, Nama": the Sekda's assistant)?"""
    words = gap.split()
    if words and words[-1] in ctx.lexicon.words["name_and"]:
        return False  # "Gubernur dan Wakil Gubernur X", "Sekjen Ombudsman RI dan Kepala ...": two offices
    return len(words) <= 8 and not any(ch in gap for ch in ",.;:()\"") and all(
        w[:1].isupper() and _nonname(w, ctx) and w.lower() not in ctx.lexicon.function_words
        or w in ctx.lexicon.words["name_and"] or w.isdigit() or w.lower() in ctx.lexicon.word_set("office_number")
        for w in words)  # "Asisten II Sekda ...": the office's number


def _body_right_after(ctx: Context, title: Mention) -> Mention | None:
    """The organisation named right after a title, but for a regional government's own words
    ("Gubernur Bank Indonesia", "Gubernur IPDN"; not "Gubernur Provinsi Jambi")."""
    after = [m for m in ctx.starting_in(title.end, title.end + 3) if not ctx.text[title.end:m.start].strip()]
    if any(m.label in ("GOV", "PROVINCE", "REGION") for m in after):
        return None
    return next((m for m in after if m.label == "ORG"), None)


def _signs_with_a_government(ctx: Context, title: Mention) -> bool:
    """Is the title in a sentence that reports a signing with a government party ("Bupati X dan
    General Manager PLN UID Y Nama menandatangani ...")? A firm's officer who signs for it is a
    signatory, though the same title in other news names no official."""
    return bool(ctx.in_sent(title.sent, "CUE", "sign")) and names_government(ctx, title.sent, venues=False)


def _dual_office(ctx: Context, title: Mention, stop: int) -> bool:
    """Is the title the first of two offices one person holds, joined by a slash ("Menteri
    PPN/Kepala Bappenas Nama", "Menteri Investasi/Kepala BKPM Nama")?"""
    m = _DUAL.match(ctx.text, title.end, stop)
    return bool(m) and any(o.label == "TITLE" for o in ctx.starting_in(m.end(), m.end() + 1))


_DUAL = re.compile(r"[^,;/()]{0,60}?/\s*")  # the first office's words up to the slash


def _office(ctx: Context, title: Mention, role: str, level: str, places: list[Mention], name_start: int,
            dominant: str | None) -> tuple[str, str | None]:
    """The role and province of an office from its title's level and the places written with it.
    region: the place's province, else the article's; place: only a place written with it (a
    Kodam or a national agency's office is named for no province); national or none: no province.
    An office over several provinces ("Kanwil Bali Nusa Tenggara") has none."""
    if role == "ketua_ombudsman" and places:
        role, level = "kepala_perwakilan_ombudsman", "region"  # "Ketua Ombudsman Sulut": a regional office
    if role in _ONE_A_PROVINCE and (body := _body_right_after(ctx, title)) is not None:
        # "Gubernur IPDN", "Gubernur Akmil", "Gubernur Bank Indonesia": the head of the body named
        # right after the title, not of a province; a campus's head is its rector
        return ("rektor" if body.kind in CAMPUSES else "lainnya"), None
    if role == "lainnya" and any(o.label == "ORG" and o.kind == "ombudsman"
                                 for o in ctx.starting_in(title.end, name_start)):
        # "Kepala Tim Bidang Pencegahan Maladministrasi Ombudsman RI Perwakilan Maluku, Nama": its
        # staff, of a province only where one is written
        role, level = "pejabat_ombudsman", "place"
    codes = list(dict.fromkeys(c for c in (region_code(p) for p in places) if c))
    if level == "region" and role in _ANY_BODY and _national_office(ctx, title, name_start):
        # "Kepala Badan Narkotika Nasional": a national body's head, of no province; "Kepala BPS
        # Kota Dumai": the head of its office in a place, of that place's province; neither heads
        # a regional government's office (perangkat daerah)
        role = "lainnya"
        level = "region" if codes else "national"
    if level in ("none", "body") and role == "lainnya":
        level = "place"  # "Ketua Tim ... Provinsi Jateng": a minor office is regional where a place is written
    if role in _NATIONAL_ROLES or len(codes) > 1 or level not in ("region", "place"):
        return role, None
    province = codes[0] if codes else dominant if level == "region" else None
    if role == "kepala_perangkat_daerah" and province is None:
        # "Kepala Biro Komunikasi ... Aji Muhawarman" in national news: a bureau or agency of no
        # region is a ministry's or a national body's, not a regional government's office
        role = "lainnya"
    return role, province


def _accepted(name: str, role: str, marked: str, end: int, ctx: Context, level: str = "") -> bool:
    """A name for an office: one word after a minor office needs a mark where it begins ("Lurah
    Tamalanrea" is a place), not after a national one ("Presiden Jokowi", "Menteri Retno"); after
    a unit's words it must close the item ("Kabag Protokol Setda Aditya," but not "Direktur Umum
    PDAM Sukamaju bersama"), unless they named a national body whole ("Kepala BNPB Suharyanto
    dan ..."); it is none in a list of office words
    ("Menteri Pendidikan Tinggi, Sains, dan ..."), nor initials alone ("(Panselnas) A.S", the
    rest of the name cut at its stop)."""
    if not _valid(name, ctx):
        return False
    if role != "lainnya" or len(name.split()) > 1:
        return True
    if _INITIALS.fullmatch(name):
        return False
    if level == "national" and not _function_word(name, ctx) and not _office_list_goes_on(ctx, end):
        return True  # not a function word of a headline in capitals ("Wapres Dapat Gaji ke-13")
    if marked == "unit" and not _CLOSES_ITEM.match(ctx.text, end) and ctx.text[end - 1:end] != ".":
        return False  # a full stop the name's last word took ("... Ibu Harlina. Acara ...") closes it too
    return bool(marked) and not _office_list_goes_on(ctx, end)


_CLOSES_ITEM = re.compile(r"\s*[,.;]")
_INITIALS = re.compile(r"(?:[A-Z]\.?)+")


def _paired_offices(ctx: Context, title: Mention, end: int, stop: int) -> tuple[Mention, tuple[str, int, int]] | None:
    """"Bupati dan Wakil Bupati Sleman, A dan B": the title joined before `title` and the one name
    listed after its holder's (which ends at `end`), when two offices name two people in turn."""
    first = _joined_title(ctx, title)
    if first is None or first.readings[0][0] == "-" or not \
            ctx.lexicon.pattern(r"\s*,?\s*{and}\s").match(ctx.text, end, stop):
        return None
    listed = _listed_after(ctx, end, stop)
    if len(listed) != 1 or ctx.lexicon.pattern(r"\s*,?\s*{and}\s").match(ctx.text, listed[0][2], stop):
        return None
    return first, listed[0]


def _joined_title(ctx: Context, title: Mention) -> Mention | None:
    """"Gubernur dan Wakil Gubernur X": the title joined by "dan" just before `title`."""
    return next((m for m in ctx.by_sent.get(title.sent, ()) if m.label == "TITLE" and m.end < title.start
                 and ctx.lexicon.pattern(r"\s+{and}\s+").fullmatch(ctx.text, m.end, title.start)), None)


def _former(ctx: Context, title: Mention) -> bool:
    """"mantan Bupati X", "pernah menjabat Ketua Y": a former office is no office, nor is one
    sought ("calon Gubernur X", a candidate), nor a second one joined to it ("calon gubernur dan
    wakil gubernur X")."""
    mentions = ctx.by_sent.get(title.sent, ())
    if any(m.label == "CUE" and m.kb_id in ("former", "candidate") and 0 <= title.start - m.end <= 2 for m in mentions):
        return True
    joined = _joined_title(ctx, title)
    return joined is not None and _former(ctx, joined)


# the rest of a list: more items of one to three capitalised words, then the last, capitalised, after "dan"
_LIST_GOES_ON = r"(?:\s*,\s*[A-Z]\w*(?:\s+[A-Z]\w*){0,2})*\s*,?\s*{and}\s+([A-Z]\w*)"


def _office_list_end(ctx: Context, end: int) -> int:
    """Where the list of office words that goes on at `end` ends (`_office_list_goes_on`), else -1;
    not a list that holds another office ("..., Nama, SE, Kepala Biro Humas dan Protokol"): officials."""
    if not _office_list_goes_on(ctx, end):
        return -1
    stop = ctx.lexicon.pattern(_LIST_GOES_ON).match(ctx.text, end).end()
    return -1 if any(m.label == "TITLE" for m in ctx.starting_in(end, stop)) else stop


def _office_list_goes_on(ctx: Context, end: int) -> bool:
    """"..., Sains, dan Kebudayaan", "Informasi, Hukum, dan Kerja Sama": the word before was one of
    a list of office words, as an office word among the rest shows (not of officials: "...,
    Aditya, serta Direktur Umum ...", "..., Junadi, dan Wakil Ketua III ...")."""
    m = ctx.lexicon.pattern(_LIST_GOES_ON).match(ctx.text, end)
    if not m:
        return False
    items = re.findall(r"[A-Z]\w*", m.group(0)) + [m.group(1)]
    first = end + re.search(r"[A-Z]", m.group(0)).start()
    # the list's first item, or its last word or the one after, begins an office: officials ("...,
    # dan Wakil Ketua III Nama", "Kepala Staf Kepresidenan Moeldoko, Menteri X dan Y Nama")
    offices = ctx.starting_in(first, first + 1) + ctx.starting_in(m.start(1), m.end(1) + 2)
    # an acting word before it ("..., dan Plt. Kasi X Nama"): the office after it
    offices += [t for a in offices if a.label == "ACTING" for t in ctx.starting_in(a.end, a.end + 2)]
    return any(_nonname(word, ctx) for word in items) and not any(t.label == "TITLE" for t in offices)


_OFFICE_END = re.compile(r"[,.;:()\n]")


def _national_office(ctx: Context, title: Mention, name_start: int) -> bool:
    """Do the title and the office words after it name a national body ("Kepala Badan Narkotika
    Nasional", "Sekretaris Jaksa Agung Muda ... Kejaksaan Agung RI", "Kepala BPOM": an
    organisation of national level) or a foreign state's ("Wakil Inspektur Jenderal Polisi Malaysia")?"""
    end = name_start if name_start > title.end else title.end + 80
    stop = _OFFICE_END.search(ctx.text, title.end, end) if name_start <= title.end else None
    office_end = stop.start() if stop else end
    office = ctx.text[title.start:office_end]
    if ctx.lexicon.national.search(office):
        return True
    regional = ctx.lexicon.pattern(_REGIONAL_UNIT, re.I).search(office)
    return any(m.label == "COUNTRY" or (m.label == "ORG" and m.column(1) == "nasional" and not regional)
               for m in ctx.starting_in(title.start, office_end))


_REGIONAL_UNIT = r"\b(?:{regional_unit})\b"


def clean_name(raw: str, ctx: Context) -> str:
    """A name without ranks, honorifics and degrees: "Mayjen TNI (Purn.) Dr. H. Nama, M.Si" -> "Nama"."""
    raw = raw.strip()
    while True:
        m = ctx.lexicon.ranks.match(raw)
        if not m:
            break
        raw = raw[m.end():].lstrip(" .,")
    glued = _GLUED_DEGREE.search(raw)  # "M. Yusuf.S.I.Kom": a degree glued to the name by its stop
    if glued and is_degree(glued.group(1), ctx.lexicon.suffixes):
        raw = raw[:glued.start()]
    name = strip_name(raw, ctx.lexicon.prefixes, ctx.lexicon.suffixes)
    return name if name == raw.strip() else clean_name(name, ctx)


_GLUED_DEGREE = re.compile(r"(?<=[a-z])\.([A-Z][\w.]*)\s*$")


def merge_people(people: list[Person]) -> list[Person]:
    """One row per person: a name whose words all occur in a longer name is that person, under the
    longer ("Zainal A Paliwang" is "Zainal Arifin Paliwang": an initial is no word)."""
    people = sorted(people, key=lambda p: (-len(_norm(p.name)), -len(p.name.split())))
    merged: list[Person] = []
    merged_words: list[set[str]] = []  # the words of each merged name (names do not change here)
    for p in people:
        words = set(_norm(p.name))
        twin = next((q for q, q_words in zip(merged, merged_words) if words <= q_words), None) \
            or next((q for q, q_words in zip(merged, merged_words) if _short_form(words, p, q, q_words)), None)
        if twin is None:
            merged.append(p)
            merged_words.append(words)
        else:
            _fold_into(twin, p)
    return sorted(merged, key=lambda p: p.start)


def _fold_into(twin: Person, p: Person) -> None:
    """What a second row of one person adds to the row kept: an office with a role, a province,
    acting."""
    if twin.role == "lainnya" and p.role != "lainnya":
        twin.role, twin.title = p.role, p.title
    twin.province_code = twin.province_code or p.province_code
    twin.acting = twin.acting or p.acting


def _short_form(words: set[str], p: Person, q: Person, q_words: set[str]) -> bool:
    """"Gubernur Mirza" after "Gubernur Rahmat Mirzani Djausal", "Mensos Risma" after "Menteri
    Sosial Tri Rismaharini": one word, the start of a word of a longer name in the same office, is
    that person's short name (of five letters at least where the role is `lainnya`, which many hold)."""
    (word,) = words if len(words) == 1 else (None,)
    return word is not None and len(word) >= (4 if p.role != "lainnya" else 5) and p.role == q.role \
        and any(w.startswith(word) and w != word for w in q_words)


def _merge_misspellings(ctx: Context, people: list[Person]) -> list[Person]:
    """"Mokahammad Najih" and "Mokhammad Najih" in one article, in the same office: one person,
    under the spelling the article writes more often."""
    kept: list[Person] = []
    for p in people:
        twin = next((q for q in kept if q.role == p.role and _one_typo_apart(q.name, p.name)), None)
        if twin is None:
            kept.append(p)
        elif ctx.text.count(p.name) > ctx.text.count(twin.name):
            kept[kept.index(twin)] = p
    return kept


def _one_typo_apart(a: str, b: str) -> bool:
    """Same words but one, and that one a letter added, dropped or changed (words of 4+ letters)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x.lower() != y.lower()]
    if len(diff) != 1 or min(len(diff[0][0]), len(diff[0][1])) < 4:
        return False
    x, y = sorted(diff[0], key=len)
    if len(y) - len(x) > 1:
        return False
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y)) == 1
    return any(y[:i] + y[i + 1:] == x for i in range(len(y)))


def _norm(name: str) -> list[str]:
    return [w for w in re.sub(r"[^\w\s]", " ", name.lower()).split() if len(w) > 1]


def _add_nicknames(ctx: Context, people: list[Person]) -> None:
    """"Sahbirin atau akrab disapa Paman Birin": the nickname refers to that person."""
    # `_NICK` opens with optional words, so it is tried at every character of the text: only where
    # it can match, a text that writes one of its adverbs as they are written in words.tsv
    if not people or not any(adverb in ctx.text for adverb in ctx.lexicon.words["nick_adverb"]):
        return
    for m in ctx.lexicon.pattern(_NICK).finditer(ctx.text):
        before = ctx.text[max(0, m.start() - 60):m.start()]
        nick = strip_name(m.group(1).strip(), ctx.lexicon.prefixes, ctx.lexicon.suffixes)
        for p in people:
            if any(w in before.lower() for w in _norm(p.name)):
                p.aliases = tuple(set(p.aliases) | {nick, m.group(1).strip()})
                break


def dominant_province(ctx: Context, governed: bool = False) -> str | None:
    """The province most named with a government word ("Pemprov Kalsel", "Pemkab Tanah Laut");
    `governed`: only a province so named, or with a regional head's title (not one of a dateline,
    a venue or a national body's regional office alone)."""
    ranked = ranked_provinces(ctx, governed)
    return ranked[0] if ranked else None


def of_national_bodies(ctx: Context) -> bool:
    """Does the article name national bodies and no regional government (no government word, no
    place after a regional head's title)? Then a place it names is a venue, no party's province."""
    return not any(m.label == "GOV" for m in ctx.mentions) and not ranked_provinces(ctx, governed=True) \
        and any(m.label == "ORG" and m.column(1) == "nasional" for m in ctx.mentions)


def ranked_provinces(ctx: Context, governed: bool = False) -> list[str]:
    """The provinces the article names, most named with a government word first, the dateline's
    town counting as such a mention (`dominant_province`)."""
    votes: Counter = Counter()
    regional = ctx.lexicon.regional
    # governed: a regional government's word or its head's title ("Pemkab", "Bupati"), not the
    # title of a national body's regional office ("Kepala Kantor Wilayah Kementerian Hukum Maluku")
    gov_ends = sorted(m.end for m in ctx.mentions if m.label == "GOV" or m.label == "TITLE" and (
        not governed or regional.get(("TITLE", m.kind)) == "yes"))
    title_starts = {m.start for m in ctx.mentions if m.label == "TITLE"}
    for m in ctx.mentions:
        if m.label not in ("PROVINCE", "REGION") or m.start in title_starts:
            continue  # "Karo Pemerintahan": a bureau head's short title, not the regency Karo
        code = region_code(m)
        if not code:
            continue
        k = bisect_left(gov_ends, m.start - 25)
        near_gov = k < len(gov_ends) and gov_ends[k] <= m.start  # a government word ends just before
        if near_gov or not governed:
            votes[code] += 3 if near_gov else 1
    if ctx.dateline_province and not governed:
        votes[ctx.dateline_province] += 3  # "PALU, Outlet - Gubernur Nama ...": where the news is from
    return [code for code, _n in votes.most_common()]


def people_mentions(ctx: Context, people: list[Person]) -> list[tuple[tuple[int, int], ...]]:
    """Where each of `people` is named in the text, in their order: full name, its single words,
    nicknames. A word that is also another person's name ("Andi" of two Andis) names neither
    alone. Kept for the article: the signatory rules ask for every sentence of every event."""
    key = _people_key(people)
    if key not in ctx.people_cache:
        holders = Counter(w for p in people for w in set(p.name.split()))  # how many people have each word
        copies = Counter(id(p) for p in people)
        found = []
        for p in people:
            own = {w for w in p.name.split() if len(w) > 3 and holders[w] <= copies[id(p)]}
            found.append(_occurrences(ctx.text, tuple(sorted({p.name} | set(p.aliases) | own))))
        ctx.people_cache[key] = found
    return ctx.people_cache[key]


def named_in(ctx: Context, people: list[Person], start: int, end: int) -> list[tuple[int, int, Person]]:
    """(start, end, person) of each naming of one of `people` that begins in [start, end), by
    start (at one start in the people's order): a sentence's names cost its names, not a search
    of every person's list (a long page names hundreds)."""
    key = ("by start", *_people_key(people))
    if key not in ctx.people_cache:
        order = sorted((a, n, b) for n, named in enumerate(people_mentions(ctx, people)) for a, b in named)
        ctx.people_cache[key] = order, [a for a, _n, _b in order]
    order, starts = ctx.people_cache[key]
    return [(a, b, people[n]) for a, n, b in order[bisect_left(starts, start):bisect_left(starts, end)]]


def _people_key(people: list[Person]) -> tuple:
    return tuple((id(p), p.name, p.aliases) for p in people)


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=512)
def _occurrences(text: str, forms: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Where each form stands as whole words (`(?<!\\w)form(?!\\w)`): a form that begins with a
    word character is looked up by its first word in the text's index of words, not searched
    for through the whole text."""
    spans = set()
    words = _word_index(text)
    for f in forms:
        head = _WORD_RUN.match(f)
        if head is None:
            spans.update(m.span() for m in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", text))
            continue
        end = 0  # matches do not overlap, as re.finditer's do not
        for s in words.get(head.group(), ()):
            if s >= end and text.startswith(f, s) and not _WORD_RUN.match(text, s + len(f)):
                end = s + len(f)
                spans.add((s, end))
    return tuple(sorted(spans))


@lru_cache(maxsize=2)
def _word_index(text: str) -> dict[str, list[int]]:
    """Each word of the text (a run of word characters) -> where it begins, in order."""
    index: dict[str, list[int]] = {}
    for m in _WORD_RUN.finditer(text):
        index.setdefault(m.group(), []).append(m.start())
    return index
