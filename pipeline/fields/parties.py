"""Parties: the bodies a sentence names, read as a kind of name, and which of them govern where.

A party's name is a head word of the gazetteers and the tail its kind of name takes
(organisations.tsv `tail`):
- place: a province or regency may follow ("Kejaksaan Negeri Palembang", "Pemkab Tanah Laut",
  "Pemerintah Provinsi (Pemprov) Kalimantan Selatan"); a government word may name several
  ("Pemprov Kaltim dan Sulteng");
- unit: a unit number and its name ("Kodim 1604/Kupang", "Kodam VI/Mulawarman");
- name: the capitalised words of a proper name or a field ("Universitas Gadjah Mada",
  "Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi"), ending in a place or not;
- eponym: read here as a name is; the person a body is named after is part of its name, no holder
  of its office (people.py: "Direktur RSUD dr. Doris Sylvanus, Nama");
- country: a foreign country ("Kedutaan Besar Jepang"); body: the body it is an office of
  ("Kanwil Kemenkumham Kalsel").
Any name may go on with an office of the body ("BMKG Stasiun Kelas I Ambon", "BPJS Kesehatan
Cabang Makassar"). "Pemerintah" with a country is that country's government; a country beside
"Indonesia"/"RI" ("Indonesia dan Timor-Leste", "RI-Pakistan") is a foreign government party.
A regional head's title with its place ("Gubernur Jawa Tengah") stands for that government, and
"bupati dan wali kota se-X" for the regencies and cities of X.

parties.tsv says which kinds govern, and which are regional: a regional government, or the
provincial office of a national body ("Polda Jatim", "Kejati Bengkulu"). Only a regional party
has a province; an office in a regency ("Kejari Palembang", "Basarnas Ambon") or a national
body has none. A body named after a witnessing verb ("disaksikan Menteri ...") is no party.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..records import Mention
from . import Context, Lexicon, province_at, region_code, region_name

_PLACES = ("PROVINCE", "REGION", "COUNTRY")
# what may stand between a head and its place: an abbreviation, an administrative word, "se-"
_LEAD = r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:(?:WORDS)[ \t]*)?"
_PLACE_LEAD = _LEAD.replace("WORDS", "{admin}|se-|se")     # "Kejaksaan Negeri se-Jawa Barat"
_TITLE_LEAD = _LEAD.replace("WORDS", "{admin}")            # "bupati dan wali kota se-X": _se_regions
_GOV_LEAD = _LEAD.replace("WORDS", "{admin}|se-|se|di")    # "Pemda di Babel"
_NO_LEAD = r"[ \t]*"
_PROVINCE_WORD = r"\b{province_word}\s*$"  # "BNN Provinsi Kalsel": its provincial office
# the words before a regency's or a city's name ("Pemerintah Kabupaten (Pemkab) Banjar", "Wali Kota Banjar")
_KABUPATEN_BEFORE = r"{regency_word}\s*(?:\([^()]*\)\s*)?$"
_KOTA_BEFORE = r"{city_word}\s*(?:\([^()]*\)\s*)?$"
_UNIT_NUMBER = re.compile(r"[ \t]+(?:[0-9]{2,4}|[IVXL]{1,5})(?:[ \t]?/[ \t]?[A-Z][\w'’-]*)?\b")
_OFFICE_CLASS = re.compile(r"\s+(?i:kelas|tipe)\s+[IV1-4]{1,3}[A-C]?\b")
_NAME_WORD = re.compile(r"[ \t]*([A-Z][\w'’&/-]*|[0-9]+)")
_CONNECTOR = r"[ \t]*(?:,[ \t]*{and}?\b|{and}\b|&)[ \t]*"
_ADMIN_WORD = r"(?:{admin}|{government_word})\b"
# a comma inside a name lists its fields: "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"
_LIST_GOES_ON = r"[ \t]*,[ \t]*(?:[A-Z][\w'’&/-]*[ \t]*,?[ \t]*){1,6}{and}[ \t]+[A-Z]"
_COORDINATED = r"[ \t]*(?:-|–|—|/|&|{between_parties})[ \t]*"
HOME = "ID"  # the country code of Indonesia in countries.tsv
CAMPUSES = ("universitas", "ptn")  # the organisation kinds of a campus: any, and a state one (state_campuses.tsv)
_STOPS = ("GOV", "ORG", "TITLE", "CUE", "INSTRUMENT", "ACTING")  # what ends a name


@dataclass(frozen=True)
class Party:
    name: str
    start: int
    end: int
    kind: str                   # of organisations.tsv, or gov (a regional government), pusat, asing
    key: tuple                  # two mentions of one party share it
    government: bool
    regional: bool              # a regional government or a provincial office
    provinces: tuple[str, ...]  # of a regional party, as far as its name says
    witness: bool = False
    generic: bool = False       # "perguruan tinggi": a party the text does not name


def sentence_parties(ctx: Context, i: int) -> list[Party]:
    """The parties sentence i names, in text order (witnesses marked)."""
    if i not in ctx.parties_cache:
        ctx.parties_cache[i] = _read(ctx, i)
    return ctx.parties_cache[i]


def _read(ctx: Context, i: int) -> list[Party]:
    regional = ctx.lexicon.regional
    heads = sorted((m for m in ctx.by_sent.get(i, ()) if m.label in ("GOV", "ORG") or
                    (m.label == "TITLE" and regional.get(("TITLE", _id(m))) == "yes")),
                   key=lambda m: (m.start, -m.end))
    parties: list[Party] = []
    for h in heads:
        if parties and h.start < parties[-1].end:
            continue  # part of a name already read ("Kantor Wilayah" in "BPJS ... Kantor Wilayah X")
        p = _party(ctx, i, h)
        if p is not None:
            parties.append(p)
    parties += _foreign(ctx, i, parties)
    parties += _se_regions(ctx, i, parties)
    parties += _named_regions(ctx, i, parties)
    return [_marked(ctx, i, p) for p in sorted(parties, key=lambda p: p.start)]


def _id(m: Mention) -> str:
    return m.kind


def _org_fields(m: Mention) -> tuple[str, str, str, str]:
    """kind, level, tail and canonical name of an ORG mention."""
    kb = list(m.readings[0]) + ["", "", ""]
    return kb[0], kb[1] or "-", kb[2] or "place", kb[3] or m.text


def _code(ctx: Context, place: Mention) -> str | None:
    """The province of a place; of a regency, the one it belonged to when the article was
    written (Sorong: Papua Barat until December 2022). A province named is that province. Of a
    regency and a city of one name in two provinces, the one the words before it say (Banjar)."""
    code = region_code(place)
    if place.label != "REGION":
        return code
    if code is None:
        before = ctx.text[max(0, place.start - 24):place.start]
        kind = ("kabupaten" if _before(ctx, _KABUPATEN_BEFORE, before)
                else "kota" if _before(ctx, _KOTA_BEFORE, before) else None)
        codes = {r[2] for r in place.readings if r[0] == kind}
        code = codes.pop() if len(codes) == 1 else None
    return province_at(ctx.lexicon, code, ctx.published) if code else None


def _governs(ctx: Context, kind: str) -> bool:
    return ("ORG", kind) in ctx.lexicon.government


def _party(ctx: Context, i: int, h: Mention) -> Party | None:
    if h.label == "TITLE":
        if ctx.names_a_place(h):
            return None  # "Kantor Gubernur Kaltim": a building
        places, end = _places(ctx, i, h.end, _TITLE_LEAD)
        # a head's title without a place says nothing of which government
        return _regional(ctx, "gov", ctx.text[h.start:end], h.start, end, places, title=True) if places else None
    if h.label == "GOV":
        return _government(ctx, i, h)
    return _organisation(ctx, i, h)


_CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")


def _government(ctx: Context, i: int, h: Mention) -> Party:
    level = _id(h)
    country = _mention_at(ctx, i, h.end, ("COUNTRY",))
    if level == "pusat" or (country is not None and _id(country) == HOME):
        end = country.end if country is not None else h.end
        return Party(_clean(ctx.text[h.start:end]), h.start, end, "pusat", ("pusat", HOME), True, False, ())
    if country is not None:  # "Pemerintah Republik Demokratik Timor-Leste"
        return Party(_clean(ctx.text[h.start:country.end]), h.start, country.end, "asing", ("asing", _id(country)),
                     True, False, ())
    kind = "dprd" if level == "dprd" else "gov"
    places, end = _places(ctx, i, h.end, _GOV_LEAD)
    if not places and h.text[:1].isupper() and h.text.lower() in ctx.lexicon.word_set("government_word") \
            and not _CAPITALISED_NEXT.match(ctx.text, h.end):
        # "melibatkan Pemerintah dan Perguruan Tinggi": the word alone, no name after it, is the
        # state's government, not a region's ("Aula Pemerintah Kabuapten X" misspells a regency's)
        return Party(h.text, h.start, h.end, "pusat", ("pusat", HOME), True, False, ())
    if not places:  # "Pemprov", "pemerintah daerah setempat": a government the text does not name
        tier = "kabkota" if level in ("kabupaten", "kota") else level
        return Party(_clean(h.text), h.start, h.end, kind, (kind, tier, None), True, True, (), generic=True)
    return _regional(ctx, kind, ctx.text[h.start:end], h.start, end, places)


def _regional(ctx: Context, kind: str, name: str, start: int, end: int, places: list[Mention],
              title: bool = False) -> Party:
    codes = tuple(dict.fromkeys(c for c in (_code(ctx, p) for p in places) if c))
    first = places[0]
    where = (region_name(first), _code(ctx, first)) if first.label == "REGION" else (codes[0] if codes else first.text)
    key = (kind, "kabkota" if first.label == "REGION" else "provinsi", where) + (("title",) if title else ())
    return Party(_clean(name), start, end, kind, key, True, True, codes)


def _organisation(ctx: Context, i: int, h: Mention) -> Party | None:
    kind, level, tail, canonical = _org_fields(h)
    if tail == "body":  # "Kanwil Kemenkumham Kalsel": the office's level, the body's kind
        body = _mention_at(ctx, i, h.end, ("ORG",), lead=_NO_LEAD)
        if body is None or _org_fields(body)[2] == "body":
            return None
        kind, _level, tail, canonical = _org_fields(body)
        head_end = body.end
    else:
        head_end = h.end
    end, place = _tail(ctx, i, head_end, tail, kind, level)
    if tail in ("name", "eponym", "generic") and end == head_end:
        return Party(h.text, h.start, h.end, kind, (kind, canonical, None), _governs(ctx, kind), False, (),
                     generic=True)
    # a unit or a town no gazetteer holds tells one office of the body from another
    unit = ctx.text[head_end:end].strip().lower() if tail in ("unit", "place") and place is None else ""
    end, office_place = _office(ctx, i, end)
    place = office_place or place
    if place is not None and place.label == "COUNTRY":
        place = None  # "Kementerian Pertanian RI"
    regional = ctx.lexicon.regional.get(("ORG", kind))
    code = _code(ctx, place) if place is not None else None
    if regional == "level":  # only a provincial office, named by its province, has one
        provincial = level == "provinsi" or (place is not None and ctx.lexicon.pattern(_PROVINCE_WORD).search(
            ctx.text[h.end:place.start]))
        code = code if provincial and place is not None and place.label == "PROVINCE" else None
    elif regional != "yes":
        code = None
    name = _clean(ctx.text[h.start:end])
    key = (kind, canonical if tail not in ("name", "eponym") else name.lower(),
           region_name(place) if place is not None else unit or None)
    # a unit only a regional government has (a Dinas: parties.tsv "yes") is regional also where the
    # text does not name its region ("Polres X menandatangani MoU dengan Dinas Sosial ..."): its
    # province is then the article's (assemble._provinces)
    return Party(name, h.start, end, kind, key, _governs(ctx, kind), code is not None or regional == "yes",
                 (code,) if code else ())


def _mention_at(ctx: Context, i: int, pos: int, labels: tuple[str, ...], lead=_PLACE_LEAD) -> Mention | None:
    """The longest mention of one of `labels` where the text goes on after `pos` (past what may
    stand before a place); of a province and a regency of one name, the regency after
    "Kabupaten", "Kota", "Pemkab", "Bupati" ..."""
    m = ctx.lexicon.pattern(lead).match(ctx.text, pos)
    at = m.end() if m else pos
    found = [x for x in ctx.by_sent.get(i, ()) if x.label in labels and x.start == at]
    if not found:
        return None
    before = ctx.text[max(0, at - 24):at]
    regency = bool(_before(ctx, _KABUPATEN_BEFORE, before) or _before(ctx, _KOTA_BEFORE, before))
    return max(found, key=lambda x: (x.end, (x.label == "REGION") == regency))


def _places(ctx: Context, i: int, pos: int, lead: str) -> tuple[list[Mention], int]:
    """The place right after a head ("Pemkab Tanah Laut") and the places joined to it ("Pemprov
    Kaltim dan Sulteng"), not the province a regency is in ("Pemkab Pati, Jawa Tengah"); the
    end of what was read."""
    first = _mention_at(ctx, i, pos, _PLACES, lead)
    if first is None or first.label == "COUNTRY":
        return [], pos
    places, end = [first], first.end
    while True:
        c = ctx.lexicon.pattern(_CONNECTOR).match(ctx.text, end)
        nxt = _mention_at(ctx, i, c.end(), _PLACES) if c else None
        if nxt is None or nxt.label == "COUNTRY" or region_code(nxt) in {region_code(p) for p in places}:
            break
        places.append(nxt)
        end = nxt.end
    return places, end


def _chained(ctx: Context, i: int, pos: int) -> bool:
    """Another place within three capitalised words after a place: the places name one region
    or body together ("Bank Sumsel Babel", "Kantor Wilayah Bali Nusa Tenggara Papua"); a person's
    name after a place ends the name ("Perwakilan Provinsi Lampung Nur Rakhman Yusuf")."""
    at = pos
    for _ in range(4):
        if _mention_at(ctx, i, at, ("PROVINCE", "REGION"), _NO_LEAD) is not None:
            return True
        w = _NAME_WORD.match(ctx.text, at)
        if not w or _stopword(ctx, w.group(1)):
            return False
        at = w.end()
    return False


def _tail(ctx: Context, i: int, pos: int, tail: str, kind: str, level: str) -> tuple[int, Mention | None]:
    """Where the name whose head ends at `pos` ends, and the place it names."""
    if tail == "generic":
        return pos, None
    if tail == "country":
        c = _mention_at(ctx, i, pos, ("COUNTRY",))
        return (c.end, c) if c else (pos, None)
    if tail == "unit":  # "Kodim 1604/Kupang", "Korem 133/Nani Wartabone", "Lanud Sultan Iskandar Muda"
        m = _UNIT_NUMBER.match(ctx.text, pos)
        pos = m.end() if m else pos
    if tail in ("place", "unit"):
        place = _mention_at(ctx, i, pos, _PLACES)
        if place is not None:
            return place.end, place
        if tail == "place" and level != "nasional":  # a town no gazetteer holds: "Pengadilan Negeri Martapura"
            return _name(ctx, i, pos, kind, ctx.settings.town_words, digits=False)
        if tail == "place":
            return pos, None
    return _name(ctx, i, pos, kind)


def _name(ctx: Context, i: int, pos: int, kind: str = "", most: int = 8,
          digits: bool = True) -> tuple[int, Mention | None]:
    """The capitalised words of a name from `pos`: joined by "dan" or a comma only to more of
    them, stopped by another head, a title, a cue, a date; a place may end it."""
    mentions = [m for m in ctx.by_sent.get(i, ()) if m.start >= pos]
    places: dict[int, Mention] = {}
    for m in mentions:
        if m.label in _PLACES and (m.start not in places or m.end > places[m.start].end):
            places[m.start] = m
    stops = {m.start for m in mentions if m.label in _STOPS} | {d[1] for d in ctx.dates}
    # a name may begin with another head of its kind or a firm's ("Lembaga Penyiaran Publik RRI",
    # "PT Bank Sumsel Babel"), not with another government body ("Universitas X dan Polri")
    absorbable = {m.start for m in mentions if m.label == "ORG" and (
        _org_fields(m)[0] == kind or not _governs(ctx, _org_fields(m)[0]))}
    end, place, words, absorbed = pos, None, 0, False
    sentence_end = ctx.sentences[i].end
    while words < most:
        at = end
        c = ctx.lexicon.pattern(_CONNECTOR).match(ctx.text, end) if words else None
        if c and (absorbed or c.group().strip() == "," and not ctx.lexicon.pattern(_LIST_GOES_ON).match(ctx.text, end)):
            break  # "Korem 133/Nani Wartabone, Kolonel ...": a comma joins words of a name only in a list
        if c and c.end() > end:
            at = c.end()
        word_at = at + len(ctx.text[at:]) - len(ctx.text[at:].lstrip())
        if at != end and (word_at in stops or word_at in places or ctx.lexicon.pattern(_ADMIN_WORD, re.I).match(ctx.text, word_at)):
            break  # "Universitas X dan Kabupaten Y": the connector joins two parties
        if word_at in places:
            end, place, words = places[word_at].end, places[word_at], words + 1
            if _chained(ctx, i, end):
                continue
            break
        if word_at in stops and not (words == 0 and word_at in absorbable):
            break
        absorbed = absorbed or word_at in absorbable  # "Lembaga Penyiaran Publik RRI, dan ...": a whole name
        m = _NAME_WORD.match(ctx.text, at)
        if not m or m.end() > sentence_end or (not digits and m.group(1).isdigit()) or \
                ctx.text[m.start(1):m.end() + 1].strip() in ctx.lexicon.prefixes:
            break  # "... Menteri Pertanian H. Nama": an honorific begins a person's name
        if _stopword(ctx, m.group(1)):
            nxt = _NAME_WORD.match(ctx.text, m.end())
            if not nxt or nxt.start(1) in stops or _stopword(ctx, nxt.group(1)):
                break  # "Kodim 1604/Kupang Dan Pemda ...": a capitalised function word of a headline
        end, words = m.end(), words + 1
    return end, place


@lru_cache(maxsize=4)
def _stopwords(lexicon: Lexicon) -> frozenset[str]:
    """spaCy's stop words less the words of ministries' and courts' names ("Dalam Negeri",
    "Pengadilan Tinggi": words.tsv name_word)."""
    from spacy.lang.id.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) - lexicon.word_set("name_word")


def _stopword(ctx: Context, word: str) -> bool:
    return word.lower() in _stopwords(ctx.lexicon)


def _before(ctx: Context, template: str, before: str) -> bool:
    """Do the words at the end of `before` fit `template` (any case)?"""
    return bool(ctx.lexicon.pattern(template, re.I).search(before))


def _office(ctx: Context, i: int, pos: int) -> tuple[int, Mention | None]:
    """An office after a body's name, and its place: "Cabang Makassar", "Stasiun Kelas I Ambon",
    "Perwakilan Provinsi Jambi"; "Kantor Wilayah Bali Nusa Tenggara Papua" names no province."""
    end = pos
    home = _mention_at(ctx, i, end, ("COUNTRY",), lead=_NO_LEAD)
    if home is not None and _id(home) == HOME:
        end = home.end  # "Ombudsman RI Perwakilan ..."
    office = _mention_at(ctx, i, end, ("ORG",), lead=_NO_LEAD)
    if office is not None and _org_fields(office)[0] == "kantor":
        end = office.end
    m = _OFFICE_CLASS.match(ctx.text, end)
    end = m.end() if m else end
    place = _mention_at(ctx, i, end, _PLACES)
    if place is None or place.label == "COUNTRY":
        return end, None
    if _chained(ctx, i, place.end):
        return _name(ctx, i, place.end)[0], None
    return place.end, place


def _foreign(ctx: Context, i: int, read: list[Party]) -> list[Party]:
    """A country beside Indonesia ("Indonesia dan Timor-Leste", "RI-Pakistan"): both governments."""
    countries = [m for m in ctx.by_sent.get(i, ()) if m.label == "COUNTRY"
                 and not any(p.start <= m.start < p.end for p in read)]
    out: list[Party] = []
    for a, b in zip(countries, countries[1:]):
        codes = (_id(a), _id(b))
        if HOME not in codes or codes[0] == codes[1] or not ctx.lexicon.pattern(_COORDINATED, re.I).fullmatch(ctx.text[a.end:b.start]):
            continue
        for m, code in zip((a, b), codes):
            kind = "pusat" if code == HOME else "asing"
            if not any(p.key == (kind, code) for p in out):
                out.append(Party(m.text, m.start, m.end, kind, (kind, code), True, False, ()))
    return out


def _se_regions(ctx: Context, i: int, read: list[Party]) -> list[Party]:
    """"para bupati dan wali kota se-Provinsi Bengkulu", "Pemkab/Pemkot se-Kalsel": the regional
    governments of a province; not "Kejaksaan Negeri se-Jawa Barat" (offices of a national body)."""
    out = []
    for m in ctx.by_sent.get(i, ()):
        if m.label not in ("PROVINCE", "REGION") or any(p.start <= m.start < p.end for p in read):
            continue
        before = ctx.text[max(ctx.sentences[i].start, m.start - 60):m.start]
        se = ctx.lexicon.pattern(r"\bse[- ](?:{admin} ?)?$").search(before)
        words = se and re.search(r"((?:[\w/]+(?:\s+|,\s*|/)){1,6})$", before[:se.start()])
        first = words and ctx.lexicon.regional_words.search(words.group(1))
        if not first:
            continue
        start = m.start - len(before) + words.start(1) + first.start()
        if any(p.end <= start and not _clean(ctx.text[p.end:start]) for p in read) or \
                any(x.label == "ORG" and start <= x.start < m.start for x in ctx.by_sent.get(i, ())):
            continue  # "DPC Abpednas Kabupaten/Kota se-X", "Kepala Kantor Pertanahan se-Provinsi Banten"
        code = _code(ctx, m)
        if code:
            out.append(Party(_clean(ctx.text[start:m.end]), start, m.end, "gov", ("gov", "se", code), True, True,
                             (code,)))
    return out


def _named_regions(ctx: Context, i: int, read: list[Party]) -> list[Party]:
    """A regency, city or province named by its administrative word where a party stands: after
    "dengan", "bersama" or "antara", or joined on to a party ("UGM menjalin kerja sama dengan
    Kabupaten Agam, Kabupaten Bojonegoro, ... serta LIPI", "antara Pemprov X dan Kota Y"): that
    region's government. Not a place things happen in ("di Kabupaten X", "masyarakat Kota Y")."""
    out: list[Party] = []
    s = ctx.sentences[i]
    for m in sorted(ctx.by_sent.get(i, ()), key=lambda m: m.start):
        if m.label not in ("PROVINCE", "REGION") or any(p.start <= m.start < p.end for p in read + out):
            continue
        admin = ctx.lexicon.pattern(_ADMIN_BEFORE, re.I).search(ctx.text, s.start, m.start)
        if admin is None or any(x.start <= admin.start() < x.end for x in ctx.by_sent.get(i, ()) if x is not m):
            continue  # "Wali Kota Surakarta": the word is a title's
        before = ctx.text[s.start:admin.start()]
        opened = ctx.lexicon.pattern(_SLOT_OPENER, re.I).search(before)
        joined = ctx.lexicon.pattern(_JOINED_ON, re.I).search(before)
        # after "dan" any party; after a comma a government's, as in a list of them (not "di Aula
        # Kejati X, Kota Y": the town of a venue)
        after_party = joined and any(_clean(ctx.text[p.end:s.start + joined.start()]) == "" and
                                     (p.kind == "gov" or joined.group().strip() != ",")
                                     for p in read + out if p.end <= s.start + joined.start())
        if not (opened or after_party):
            continue
        code = _code(ctx, m)
        if m.label == "PROVINCE" and joined and not opened and any(code in p.provinces for p in read + out):
            continue  # "Pemerintah Kabupaten Sumba Barat, Provinsi Nusa Tenggara Timur, dan ...": its province
        if code:
            out.append(_regional(ctx, "gov", ctx.text[admin.start():m.end], admin.start(), m.end, [m]))
    return out


_ADMIN_BEFORE = r"\b{admin}\s*$"
_SLOT_OPENER = r"\b(?:{party_slot}|{between})\s*$"  # "dengan", "bersama", "antara"
_JOINED_ON = r"(?:,|\b{and})\s*$"  # ", " or "dan", "serta" after a party


def _marked(ctx: Context, i: int, p: Party) -> Party:
    return replace(p, witness=True) if is_witness(ctx, i, p.start, p.end) else p


def is_witness(ctx: Context, i: int, start: int, end: int) -> bool:
    """Is what sentence i names at start:end named as a witness? After a witnessing verb it is
    ("..., disaksikan Menteri X"), unless a comma ends the witnesses and a signing verb follows
    ("Disaksikan Gubernur, Wabup X teken MoU"); so is the subject of a witnessing verb before any
    signing verb ("Bupati X hadir dalam penandatanganan ...")."""
    cues = [m for m in ctx.by_sent.get(i, ()) if m.label == "CUE" and m.kb_id in ("sign", "witness")]
    # "Turut menyaksikan penandatanganan nota kesepakatan ini Menteri X, Gubernur Y": the signing
    # witnessed names no signer
    # the subject of an active attending verb ("Pj Bupati X menghadiri ... Penandatanganan MoU antara
    # A dengan B") attended; one passive ("Bupati X didampingi Sekda menandatangani") did not say so
    attends = [m for m in ctx.by_sent.get(i, ()) if m.label == "CUE" and m.kb_id == "attend"
               and not passive(m)]
    cues = [c for c in cues + attends if not attended(ctx, c, cues + attends)]
    cues.sort(key=lambda c: c.start)
    before = [c for c in cues if c.end <= start and c.kb_id != "attend"]
    after = [c for c in cues if c.start >= end]
    if not before:  # "Bupati X, hadir dalam penandatanganan ..."; not "Wagub X, disaksikan Menteri Y, menandatangani"
        return bool(after) and after[0].kb_id in ("witness", "attend") and not passive(after[0]) \
            and not _attends_own_signing(ctx, i, after[0])
    if before[-1].kb_id != "witness" or _the_papers_party(ctx, i, before[-1].end, start) \
            or ctx.lexicon.pattern(_BETWEEN).search(ctx.text, before[-1].end, start):
        # "Gedung X menjadi saksi terjalinnya sinergi antara A, B, dan C": who the witnessed act is between
        return False
    return not (after and after[0].kb_id == "sign" and "," in ctx.text[before[-1].end:start])


_BETWEEN = r"(?<!\w)(?:{between})(?!\w)"

# what stands between a paper's name and a party it names: "MoU [antara] A", "MoU A dengan B"
_PAPERS_PARTY = r"\s*(?:\([^)]{1,40}\)\s*)?(?:(?:{between})\s+)?(?:[^,;.()]{1,80}?\s+(?:{and}|{partner_word})\s+)?"


def _the_papers_party(ctx: Context, i: int, witnessed: int, start: int) -> bool:
    """"Bupati X turut menyaksikan penandatanganan nota kesepahaman Kementerian A dengan
    Kementerian B": a party the witnessed paper names right after its name is a party, not a
    witness."""
    paper = next((m for m in reversed(ctx.by_sent.get(i, ())) if m.label == "INSTRUMENT"
                  and witnessed <= m.start and m.end <= start), None)
    return paper is not None and bool(ctx.lexicon.pattern(_PAPERS_PARTY, re.I).fullmatch(ctx.text, paper.end, start))


def passive(verb: Mention) -> bool:
    """A verb in the passive voice ("ditandatangani", "disaksikan", "didampingi"): its subject is
    what was done to, not the doer."""
    return verb.text.lower().startswith("di")


def _attends_own_signing(ctx: Context, i: int, attend: Mention) -> bool:
    """"Perbekel Desa X menghadiri Penandatanganan Kesepakatan Bersama dengan Universitas Y": the
    paper attended names only the partner, so its subject is the other party."""
    if attend.kb_id != "attend":
        return False
    paper = next((m for m in ctx.by_sent.get(i, ()) if m.label == "INSTRUMENT" and m.start > attend.end), None)
    return paper is not None and bool(ctx.lexicon.pattern(
        r"\s*(?:\([^)]{1,40}\)\s*)?(?:{partner_word})\b", re.I).match(ctx.text, paper.end))


def attended(ctx: Context, cue: Mention, cues: list[Mention]) -> bool:
    """A signing named as what was attended or witnessed ("hadir dalam penandatanganan MoU
    tersebut, X, Y", "menyaksikan penandatanganan"): it makes no one after it a signer. The
    attending word stands just before it: within half a clause, with no name or stop between."""
    return cue.kb_id == "sign" and cue.text.lower().startswith("pen") and any(
        c.kb_id in ("attend", "witness") and 0 <= cue.start - c.end <= ctx.settings.clause_reach // 2
        and not _NAMED_BETWEEN.search(ctx.text[c.end:cue.start]) for c in cues)


_NAMED_BETWEEN = re.compile(r"[,;.]|\b[A-Z]")  # "didampingi para Asisten ... melaksanakan penandatanganan"


def names_government(ctx: Context, i: int, offices: bool = True, venues: bool = True) -> bool:
    """Does sentence i name a government party (a pemda, a ministry, a national agency, the
    police, a prosecutor, a foreign government ...) or official (a title whose role, or with
    `offices` whose level, parties.tsv calls government), not as a witness? Without `venues`, not
    one that only names the place ("di Balairung, Balaikota Pemprov DKI Jakarta")."""
    if any(p.government and not p.witness and (venues or not _names_the_venue(ctx, i, p.start))
           for p in sentence_parties(ctx, i)):
        return True
    if _state_campus(ctx, i):
        return True
    gov = ctx.lexicon.government
    return any(m.label == "TITLE" and ((m.label, m.kind) in gov or
                                       (offices and ("OFFICE", m.column(1)) in gov and not _abroad(ctx, i, m)))
               and not is_witness(ctx, i, m.start, m.end) for m in ctx.by_sent.get(i, ()))


_STATE_CAMPUS = r"(?<![\w-])(?:{state_campus})(?![\w-])"


def _state_campus(ctx: Context, i: int) -> bool:
    """Does sentence i name a campus as a state one, a national government body ("Masing-masing
    Perguruan Tinggi Negeri (PTN) yang melaksanakan penandatanganan ...", "Politeknik Negeri X"),
    not as a witness?"""
    campuses = [m for m in ctx.in_sent(i, "ORG") if m.kind in CAMPUSES and not is_witness(ctx, i, m.start, m.end)]
    return bool(campuses) and bool(ctx.lexicon.pattern(_STATE_CAMPUS, re.I).search(ctx.sentences[i].text))


_VENUE_WORDS = re.compile(r"\bdi\s+((?:[A-Z][\w'’.-]*,?\s+){1,6})$")


def _names_the_venue(ctx: Context, i: int, start: int) -> bool:
    """Is the name at `start` a word of the place after "di" ("di Balairung, Balaikota Pemprov ...")?"""
    return bool(_VENUE_WORDS.search(ctx.text, ctx.sentences[i].start, start))


def _abroad(ctx: Context, i: int, title: Mention) -> bool:
    """An office of another country: "Presiden AS", "Menteri Luar Negeri Australia"."""
    return any(c.label == "COUNTRY" and c.kind != HOME and 0 <= c.start - title.end <= 2
               for c in ctx.by_sent.get(i, ()))


def _clean(name: str) -> str:
    """A name as the text writes it, without an abbreviation in brackets or spread spaces."""
    return re.sub(r"\s+", " ", re.sub(r"\s*\([^()]{1,30}\)", "", name)).strip(" ,")


# ------------------------------------------------------------------------------ per event

def event_parties(ctx: Context, sents: list[int]) -> list[Party]:
    """The parties of an event told in sentences `sents`: each once, by its fullest written
    name, in order of first mention; no witnesses. A regional head's title stands for its
    government only when the government is not named itself."""
    found = [p for i in sents for p in sentence_parties(ctx, i) if not p.witness]
    groups: dict[tuple, list[Party]] = {}
    for p in found:
        groups.setdefault(_merge_key(p, found), []).append(p)
    named = {k[:3] for k in groups if k[-1] != "title"}
    return [max(g, key=lambda p: (not p.generic, len(p.name))) for k, g in groups.items()
            if not (k[-1] == "title" and k[:3] in named)]


def name_before(ctx: Context, p: Party, persons: list[tuple[int, int]]) -> str:
    """A party's name without a person's full name read into it ("PT X Manajemen Nama Orang")."""
    cut = min((a for a, _b in persons if p.start < a < p.end), default=None)
    return p.name if cut is None else _clean(ctx.text[p.start:cut])


def _extends(name: str, start: str) -> bool:
    """Does `name` begin with the words of `start`, in any case (a body's canonical name against a
    name read from the text)?"""
    return name.lower().startswith(start.lower()) and name[len(start):len(start) + 1] in (" ", ",")


def _merge_key(p: Party, found: list[Party]) -> tuple:
    """A body named once with its place and once without ("Ombudsman RI Perwakilan Kalsel",
    "Ombudsman RI"; "Pemprov Kalsel", "Pemprov"), or by its head word alone ("Kejaksaan
    Negeri Abdya", "Kejaksaan") or the start of its name ("Kementerian Pendidikan"), is one
    party when only one fuller name fits."""
    if len(p.key) != 3 or p.key[2] is not None:
        return p.key
    fuller = {q.key[:3] for q in found if len(q.key) >= 3 and q.kind == p.kind and q.key != p.key
              and (q.key[:2] == p.key[:2] and q.key[2] is not None or _extends(str(q.key[1]), str(p.key[1])))}
    if p.kind == "gov" and not fuller:
        fuller = {q.key[:3] for q in found if q.kind == "gov" and len(q.key) >= 3 and q.key[2] is not None}
    return fuller.pop() if len(fuller) == 1 else p.key
