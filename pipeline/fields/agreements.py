"""Signings: sentences that report an instrument being signed, and what each says about it.

A signing sentence has a signing cue ("menandatangani", "diteken", "penandatanganan" ...) and an
instrument, in the sentence or just before it ("Penandatanganan itu digelar ..."). Planned
signings, verbal agreement and the political party PKS are not signings.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..merge import same_instrument
from ..normalize import find_dates
from ..records import DateValue, Mention
from . import Context
from .parties import names_government, passive
from .people import SENTENCE_END

# An instrument word outside the vocabulary ("kerja sama", "kesepahaman bersama"): it names the
# paper only as the object of a signing verb, and the article's vocabulary term decides its type.
GENERIC = "generic"

# Preference when one sentence names several instruments: the Indonesian term over "MoU".
_TYPE_RANK = {"nota_kesepakatan": 0, "nota_kesepahaman": 1, "kesepakatan_bersama": 2,
              "perjanjian_kerja_sama": 3, "lainnya": 4, "mou": 5, GENERIC: 6}
_POLITICS = r"\b{politics}\b"
_PAST = r"\b{past}\b"
_TRIAL = r"\b(?:{trial})\b"
_ONE_DAY = dt.timedelta(days=1)


@dataclass
class Signing:
    sent: int
    instrument: Mention | None
    cue: Mention
    dates: list[tuple[DateValue, int, int]] = field(default_factory=list)
    past: bool = False
    anaphoric: bool = False  # its instrument is the one named before ("penandatanganan itu")
    topic: str | None = None  # the paper's subject: "Nota Kesepahaman tentang <topic>"
    sequel: bool = False  # "acara dilanjutkan dengan penandatanganan ...": another paper than the one before
    count: int = 1  # the papers it signs: "menandatangani delapan nota kesepahaman" is eight
    same_occasion: bool = False  # "dalam kesempatan yang sama juga ditandatangani ...": at the ceremony told
    listed: bool = False  # an item of a list of the papers signed ("- PKS antara A dan B tentang ...")
    followed_on: bool = False  # the signing the news follows on from ("tindak lanjut dari penandatanganan ...")

    @property
    def type(self) -> str | None:
        return self.instrument.kind if self.instrument else None


_PARTY_LABELS = ("GOV", "ORG", "TITLE")


def paper_kind(ctx: Context, m: Mention) -> str:
    """An instrument's type as the sentence uses its name: "Pemprov DKI menandatangani kesepakatan
    bersama Kementerian X" is an agreement (generic) with the ministry, "bersama" its preposition,
    where a party signs before the name and another follows it; "Kesepakatan Bersama Pemkab dan
    Kejari" (no party before) names the paper. Where the words before "bersama" name a paper of
    their own, that is the paper: "penandatanganan nota kesepakatan bersama Pemerintah Daerah" is
    a Nota Kesepakatan with the government."""
    *words, last = m.text.lower().split()
    if m.kind in (GENERIC, "mou", "lainnya") or last not in ctx.lexicon.word_set("between_parties"):
        return m.kind
    near = ctx.starting_in(m.end, m.end + 2)
    before = [p for p in ctx.in_sent(m.sent) if p.label in _PARTY_LABELS and p.end <= m.start]
    if not any(p.label in _PARTY_LABELS for p in near):
        return m.kind
    shorter = ctx.lexicon.instruments.get(" ".join(words), GENERIC)
    return shorter if shorter not in (GENERIC, "lainnya") else GENERIC if before else m.kind


def _instrument_types(ctx: Context, i: int) -> list[Mention]:
    out = []
    sent_text = ctx.sentences[i].text
    cues = ctx.in_sent(i, "CUE", "sign")
    for m in ctx.in_sent(i, "INSTRUMENT"):
        if ctx.text[m.start - 1:m.start] == "/" or ctx.text[m.end:m.end + 1] == "/":
            continue  # "MoU bernomor 400.14/05/PKS/VII/2025": a part of the paper's number, no paper
        if paper_kind(ctx, m) != m.kind:
            m = Mention(m.label, m.text, m.start, m.end, GENERIC, m.sent)
        if m.text in ctx.lexicon.words["party_acronym"] and ctx.lexicon.pattern(_POLITICS, re.I).search(sent_text):
            continue
        if is_generic(m) and not any(0 <= m.start - c.end <= ctx.settings.object_gap for c in cues) \
                and not _signed_subject(ctx, m, cues):
            continue  # "menjalin kerja sama": no paper
        if out and ctx.lexicon.pattern(_CONTAINED, re.I).search(ctx.text, out[-1].end, m.start):
            continue  # "MoU yang diteken mencakup rencana aksi ...": what the paper holds, not a paper signed
        out.append(m)
    return out


_CONTAINED = r"\b{contains}\s+$"


# "Kerja sama itu ditandatangani ...", "Kesepakatan yang dinamakan Bale X ini ditandatangani ..."
_SUBJECT_SIGNED = (r"\s+(?:(?:{relative})\s+(?:{naming})\s+(?:[A-Z][\w'’-]*\s+){1,6})?"
                   r"(?:{demonstrative}|{relative})\s+(?:{past}\s+)?$")


def _signed_subject(ctx: Context, m: Mention, cues: list[Mention]) -> bool:
    """"Kerja sama itu ditandatangani oleh Bupati X dan Rektor Y", "... dalam Memorandum of Agreement
    yang ditandatangani Selasa": a cooperation pointed back to (after the name a clause gives it:
    "Kesepakatan yang dinamakan Bale X ini ditandatangani ..."), or one a relative clause tells
    signed, the subject of a passive signing verb, is a signed paper."""
    verb = next((c for c in cues if c.start > m.end), None)
    return verb is not None and passive(verb) \
        and bool(ctx.lexicon.pattern(_SUBJECT_SIGNED, re.I).fullmatch(ctx.text, m.end, verb.start))


def earlier_paper(ctx: Context, m: Mention) -> bool:
    """A paper named as the one before ("pembaruan dari nota kesepahaman sebelumnya", "MoU yang
    lama"), not the one signed in the news."""
    return m.label == "INSTRUMENT" and bool(ctx.lexicon.pattern(r"\s*(?:{earlier_paper})\b", re.I).match(ctx.text, m.end))


def followed_on_from(ctx: Context, m: Mention) -> bool:
    """A paper named as the one the paper signed follows on from ("Perjanjian ini merupakan
    kelanjutan dari Nota Kesepahaman antara ...", "PKS ... sebagai tindak lanjut dari kesepakatan
    bersama"): not the paper signed, whose signing the sentence may still tell."""
    return m.label == "INSTRUMENT" and _after_based_on(ctx, m)


def _after_based_on(ctx: Context, m: Mention) -> bool:
    """Do words.tsv based_on words stand right before the mention: a paper, or a signing ("merupakan
    kelanjutan dari penandatanganan MoU di antara keduanya", "menindaklanjuti kegiatan penandatanganan
    nota kesepahaman": an earlier signing, maybe named by its occasion, words.tsv `ceremony`)?"""
    return bool(ctx.lexicon.pattern(r"\b(?:{based_on})\s+(?:(?:{ceremony})\s+)?$", re.I).search(
        ctx.text, max(0, m.start - 50), m.start))


# a number right before a paper's name, with the words a count may have around it
_COUNT = (r"(?<![\w/.,:-])(?:(?:{count_lead})\s+)?(\d{1,3}|{number})"
          r"(?:\s*\([^()\n]{1,20}\))?\s+(?:(?:{count_noun})\s+)*$")


def _number(ctx: Context, word: str) -> int:
    return int(word) if word.isdigit() else ctx.lexicon.numbers.get(word.lower(), 1)


def paper_count(ctx: Context, m: Mention) -> int:
    """The papers a number right before a paper's name counts ("delapan nota kesepahaman",
    "8 (delapan) Penandatanganan Nota Kesepahaman", "Empat dokumen kerja sama", "kelima nota
    kesepahaman itu"); 1 where none is written. Partners counted are not papers counted: "MoU
    dengan dua kampus" may be one paper the three signed."""
    return count_before(ctx, m.start)


def count_before(ctx: Context, start: int) -> int:
    """The count a number right before `start` says ("delapan nota kesepahaman", "109 pemerintah
    daerah"); 1 where none is written."""
    found = ctx.lexicon.pattern(_COUNT, re.I).search(ctx.text, max(0, start - 60), start)
    return _number(ctx, found[1]) if found else 1


def _tally(ctx: Context, i: int, paper: Mention) -> bool:
    """A count of papers after a span of time ("selama perjalanannya dari tahun 2008 telah
    melakukan kurang lebih 74 penandatanganan nota kesepahaman"): signings over years, no ceremony."""
    before = ctx.text[ctx.sentences[i].start:paper.start]
    return bool(ctx.lexicon.pattern(r"\b(?:{tally_period})\b", re.I).search(before))


def _papers_signed(ctx: Context, i: int, paper: Mention) -> int:
    """The papers one signing signs: its paper's count, else the count of a paper of its kind
    named in the sentence ("Berikut empat dokumen kerja sama yang ditandatangani", where the
    signing's paper is the MoU named before); 0 for a tally of years."""
    counted = [(paper_count(ctx, m), m) for m in ctx.in_sent(i, "INSTRUMENT")
               if m is paper or m.kind == GENERIC or same_instrument(m.kind, paper.kind)]
    count, m = max(counted, key=lambda c: c[0], default=(1, paper))
    if count > 1 and _of_businesses(ctx, i, count):
        return 1  # the papers the article tells apart may still have a government party
    return 0 if count > 1 and _tally(ctx, i, m) else count


def _of_businesses(ctx: Context, i: int, count: int) -> bool:
    """Counted papers between businesses ("menyaksikan penandatanganan 11 nota kesepahaman antara
    pelaku usaha Indonesia dan Amerika Serikat"), so told here or before ("Penandatanganan 11 MoU
    ini ..."): the ceremony's deals, not a government's papers."""
    between = ctx.lexicon.pattern(r"[^.;]{0,60}?\b(?:{between})\s+(?:(?:{group_word})\s+)?(?:{business})\b", re.I)
    return any(m.sent <= i and paper_count(ctx, m) == count
               and between.match(ctx.text, m.end, ctx.sentences[m.sent].end)
               for m in ctx.mentions if m.label == "INSTRUMENT")


def _like(ctx: Context, paper: Mention) -> bool:
    """"menandatangani nota kesepahaman serupa dengan ...": another paper like the one reported."""
    return bool(ctx.lexicon.pattern(r"\s+(?:{like_paper})\b", re.I).match(ctx.text, paper.end))


def is_generic(m: Mention) -> bool:
    return m.label == "INSTRUMENT" and m.kind == GENERIC


def _pick_instrument(ctx: Context, instruments: list[Mention], cue: Mention) -> Mention | None:
    """The instrument nearest the cue (one just after it first); "Nota Kesepahaman (MoU)" is one
    instrument, the Indonesian one; a paper signed with its companion ("Nota Kesepakatan dan
    Rencana Kerja") is the paper."""
    if not instruments:
        return None
    after = [m for m in instruments if 0 <= m.start - cue.end <= ctx.settings.instrument_reach]
    if after and any(cue.end <= q.start < after[0].start for q in ctx.in_sent(cue.sent, "CUE", "sequel")):
        return None  # "setelah diteken KUA-PPAS dilanjutkan dengan rencana kerja": the next step, not its paper
    nearest = after[0] if after else min(instruments, key=lambda m: abs(m.start - cue.start))
    twins = [m for m in instruments if abs(m.start - nearest.end) <= 4 or abs(nearest.start - m.end) <= 4
             or m is nearest or named_again(ctx, m, nearest) or named_again(ctx, nearest, m)]
    if nearest.kind == "lainnya":
        twins += [m for m in instruments if ctx.lexicon.pattern(_COORDINATED, re.I).fullmatch(
            ctx.text[min(m.end, nearest.end):max(m.start, nearest.start)])]
    # the first vocabulary term written decides ("Kesepakatan Bersama (Nota Kesepahaman)"); "MoU", a
    # term outside the vocabulary and a companion ("Rencana Kerja") only where there is none
    return min(twins, key=lambda m: (m.kind in ("mou", "lainnya", GENERIC), _TYPE_RANK.get(m.kind, 9)
                                     if m.kind in ("mou", "lainnya", GENERIC) else m.start))


# "Nota Kesepahaman dan PKS", "Nota Kesepahaman antara A dan B serta Kesepakatan Bersama antara ...",
# "PKS dengan A serta kesepakatan bersama dengan B": the next paper joined to the first, or to its parties
_COORDINATED = r"\s*(?:(?:{between}|{party_slot})\b[^.;:]{0,150}?\s*)?(?:,|{and}|&|,\s*{and})\s*"


def _coordinated_papers(ctx: Context, instruments: list[Mention], inst: Mention) -> list[Mention]:
    """The other papers signed with `inst`, named with it and of another type: "menandatangani Nota
    Kesepahaman (MoU) dan Perjanjian Kerja Sama": two papers, two events. A paper's own names
    ("Nota Kesepahaman (MoU)", "MoU atau Nota Kesepahaman") and a companion ("Nota Kesepakatan dan
    Rencana Kerja", words.tsv `companion_paper`) are one paper; another paper of type `lainnya`
    ("nota kesepahaman dan komitmen bersama") is one of its own."""
    if inst not in instruments or inst.kind in ("lainnya", GENERIC):
        return []
    names = [inst]  # inst and its other names right beside it
    for m in sorted(instruments, key=lambda m: m.start):
        end = max(n.end for n in names)
        if m.start > inst.start and m.start - end <= 4 and m.kind != GENERIC \
                and ctx.text[end:m.start].strip() in ("(", ""):
            names.append(m)
    end = max(m.end for m in names)
    nxt = next((m for m in instruments if m.start >= end), None)
    if nxt is None or nxt.kind in (inst.kind, GENERIC) or {inst.kind, nxt.kind} == _ONE_PAPER \
            or nxt.text.lower() in ctx.lexicon.word_set("companion_paper") \
            or not ctx.lexicon.pattern(_COORDINATED, re.I).fullmatch(ctx.text[end:nxt.start].replace(")", "")) \
            or ctx.lexicon.pattern(_PASSIVE_NEXT).match(ctx.text, nxt.end):
        # "Dalam ... penandatanganan nota kesepakatan, komitmen bersama ditetapkan untuk ...": the
        # next paper is the subject of a clause of its own, not a second paper signed
        return []
    return [nxt]


# a verb in the passive voice ("ditetapkan", "diharapkan"), not a words.tsv di_not_verb ("dimana")
PASSIVE_VERB = r"(?!(?:{di_not_verb})\b)di[a-z]{4,}\b"
# a passive verb right after a word, maybe after an adverb ("komitmen bersama (juga) ditetapkan")
_PASSIVE_NEXT = r"\s+(?:(?:{subject_adverb})\s+)*" + PASSIVE_VERB


_ONE_PAPER = {"nota_kesepahaman", "mou"}  # "Nota Kesepahaman dan MoU" name one paper twice


# a regulation named after the paper, the verb in its relative clause
_REGULATION_SIGNED = r"\b(?:{regulation})\b[^.;]*\b(?:{relative})\s+$"


def _signs_a_regulation(ctx: Context, inst: Mention, cue: Mention) -> bool:
    """"Nota kesepahaman ini merujuk pada Perpres Nomor 5 Tahun 2011 yang diteken pada 3 Maret
    2011": the verb follows a regulation named after the paper, in its relative clause: the
    regulation was signed then, not the paper; so where the paper is one named sentences before."""
    if inst.sent != cue.sent:
        # a paper pointed back to: "Hal itu tertuang dalam Perpres Nomor 78 Tahun 2021 yang ditandatangani ..."
        start = max(ctx.sentences[cue.sent].start, cue.start - ctx.settings.clause_reach * 2)
        return bool(ctx.lexicon.pattern(_REGULATION_SIGNED).search(ctx.text, start, cue.start))
    if cue.start < inst.end or cue.start - inst.end > ctx.settings.clause_reach * 2:
        return False
    return bool(ctx.lexicon.pattern(_REGULATION_SIGNED).search(ctx.text, inst.end, cue.start))


def pointed_to(ctx: Context, end: int) -> bool:
    """Does a demonstrative follow the word that ends at `end` ("naskah itu", "Penandatanganan ini",
    "MoU tersebut")?"""
    return bool(ctx.lexicon.pattern(r"\s+(?:{demonstrative})\b", re.I).match(ctx.text, end))


def _anaphoric(ctx: Context, inst: Mention) -> bool:
    """A generic name of a paper pointing back ("naskah kerja sama itu", "kesepakatan tersebut")."""
    return inst.kind == "lainnya" and bool(
        pointed_to(ctx, inst.end))


def _clauses(ctx: Context, cues: list[Mention], papers: list[Mention]) -> list[list[Mention]]:
    """A sentence's signing cues by clause: a comma or semicolon and a word that opens a clause of
    its own ("sementara", "sedangkan", words.tsv `next_clause`) part them; so does "serta" or "dan"
    between two signings of papers each named after its own cue ("penandatanganan MoU antara A dan
    B, serta penandatanganan PKS antara C dan D")."""
    clauses: list[list[Mention]] = []
    for cue in cues:
        last = clauses[-1][-1] if clauses else None
        if last is not None and not ctx.lexicon.pattern(_NEXT_CLAUSE, re.I).search(ctx.text, last.end, cue.start) \
                and not _coordinated_signing(ctx, last, cue, papers):
            clauses[-1].append(cue)
        else:
            clauses.append([cue])
    return clauses


_NEXT_CLAUSE = r"[,;]\s*(?:{next_clause})\b"
_AND_BEFORE = r"(?:,\s*|\s)(?:{and})\s+$"


def _coordinated_signing(ctx: Context, last: Mention, cue: Mention, papers: list[Mention]) -> bool:
    """Is `cue` a second signing joined to the one at `last` by "serta"/"dan", each with a paper of its
    own right after it?"""
    return bool(ctx.lexicon.pattern(_AND_BEFORE, re.I).search(ctx.text, last.end, cue.start)) \
        and _names_a_paper(ctx, last, papers) and _names_a_paper(ctx, cue, papers)


def _names_a_paper(ctx: Context, cue: Mention, papers: list[Mention]) -> bool:
    """Is one of `papers` named right after the signing word ("penandatanganan MoU")?"""
    return any(0 <= p.start - cue.end <= ctx.settings.instrument_reach for p in papers)


def _named_before(ctx: Context, paper: Mention) -> bool:
    """Was a paper of this kind named before this mention, in the body? A headline's name ("Pemkot
    dan Kejari Teken MoU") is the news the body tells by its own ("perjanjian kerja sama"), so its
    "MoU ini" points back to that."""
    body = 1 if opens_with_headline(ctx) else 0
    return any(m.label == "INSTRUMENT" and m.kind == paper.kind and m.start < paper.start and m.sent >= body
               for m in ctx.mentions)


def _between_companies(ctx: Context, i: int) -> bool:
    """A deal of firms (PT, Tbk, CEO, BUMN) with no government party named, a government that only
    names the venue aside: not our kind of signing."""
    return bool(ctx.in_sent(i, "CUE", "company")) and not names_government(ctx, i, venues=False)


_OBJECT_BACK = r"^\s*(?:{clitic}\b|{object_back}|,|\.)"  # no word end: "ditandatangani" begins with "di"


@dataclass
class _Named:
    mention: Mention
    sent: int


_NO_OBJECT = r"^\s*(?:{no_object}|,|\.|\()"


def _bare(ctx: Context, cue: Mention) -> bool:
    """An active signing with no object: "A dan B membubuhkan tanda tangan pada Kamis", not a
    passive or nominal one ("SK itu diteken", "penandatanganan SK")."""
    return not cue.text.lower().startswith(("di", "pen")) and bool(
        ctx.lexicon.pattern(_NO_OBJECT, re.I).match(ctx.text[cue.end:cue.end + 12]))


def _paper_pointed_back(ctx: Context, i: int, cue: Mention) -> bool:
    """"Dokumen tersebut ditandatangani oleh ...": the subject of a signing is a paper pointed back to."""
    return bool(ctx.lexicon.pattern(r"\b(?:{paper_noun})\s+(?:{demonstrative})\s+(?:\w+\s+)?$", re.I).search(
        ctx.text, ctx.sentences[i].start, cue.start))


def _the_signing_pointed_back(ctx: Context, cue: Mention) -> bool:
    """"Penandatanganan ini dilakukan oleh ...", "Penandatanganan dilakukan antara A dengan B": the
    signing the article reported, however many sentences back it named its paper, as the subject of
    its sentence ("Dalam penandatanganan ini, UHO merupakan ..." speaks of something else)."""
    return cue.text.lower().startswith("pen") and not ctx.text[ctx.sentences[cue.sent].start:cue.start].strip() \
        and (pointed_to(ctx, cue.end) or bool(ctx.lexicon.pattern(_DONE_BY, re.I).match(ctx.text, cue.end)))


_DONE_BY = r"\s+(?:{done_by})\s+(?:{in_person}\s+)?(?:{agent}|{between})\b"


def _this_papers_clause(ctx: Context, i: int, paper: Mention | None, cue: Mention) -> int | None:
    """Where the relative clause begins in a sentence about the paper reported ("MoU ini",
    "penandatanganan nota kesepahaman tersebut ... pertemuan yang telah dilakukan pada September
    2017") or about its signing ("Penandatanganan ini menjadi kelanjutan dari Kerja Sama Regional
    ... yang sebelumnya digelar di Bali pada 3 November"): what it tells, its time and its past, is
    of another thing; None where neither is pointed to as this one or no relative clause follows."""
    relative = ctx.lexicon.pattern(r"\b(?:{relative})\b", re.I)
    if paper is not None and paper.sent == i and pointed_to(ctx, paper.end):
        found = relative.search(ctx.text, paper.end, ctx.sentences[i].end)
        return found.start() if found else None
    if _the_signing_pointed_back(ctx, cue) and pointed_to(ctx, cue.end):
        found = relative.search(ctx.text, cue.end, ctx.sentences[i].end)
        # not where the clause tells of papers ("... tindak lanjut dari ... 25 Nota Kesepahaman yang telah
        # ada sebelumnya": those papers' signing)
        if found and not any(cue.end <= m.start < found.start() and not is_generic(m)
                             for m in ctx.in_sent(i, "INSTRUMENT")):
            return found.start()
    return None


def opens_with_headline(ctx: Context) -> bool:
    """Is the text's first sentence a headline: a line of its own that ends with no full stop? A
    record's text may begin with its lead ("MANADO - ... menandatangani Nota Kesepahaman ...")."""
    first = ctx.sentences[0]
    line_end = ctx.text.find("\n", first.start)
    line = ctx.text[first.start:line_end if line_end >= 0 else len(ctx.text)].rstrip()
    return line == first.text.rstrip() and line[-1:] not in SENTENCE_END


def _paper_opening(ctx: Context, i: int) -> Mention | None:
    """The paper a sentence opens with, pointed to as the one just told ("Nota Kesepahaman ini
    merupakan ...", "MoU tersebut mengatur ...")."""
    if i >= len(ctx.sentences):
        return None
    start = ctx.sentences[i].start
    return next((m for m in _instrument_types(ctx, i) if not ctx.text[start:m.start].strip()
                 and not is_generic(m) and pointed_to(ctx, m.end)), None)


def _points_back(ctx: Context, cue: Mention) -> bool:
    """A cue without an instrument refers to the one just named only if its object is not
    something else: "penandatanganan itu", "diteken oleh", not "menandatangani SK"."""
    word = cue.text.lower()
    if word.startswith(("di", "pen", "pem")):  # passive or nominal: "diteken Wali Kota ...", "penandatanganan",
        return True  # "pembubuhan tanda tangan"
    return bool(ctx.lexicon.pattern(_OBJECT_BACK, re.I).match(ctx.text[cue.end:cue.end + 20]))


# a negation right before a signing word that says none took place ("belum ada penandatanganan",
# "MoU belum ditandatangani"), not one that makes a time ("belum lama ini menandatangani")
_NEGATED = r"\b(?:{negation})\s+(?!{not_negation}\b)(?:\w+\s+)?$"


# a word after a signing word that calls the signing off ("..., batal dilakukan", "ditunda"), not one
# that a word of what came before leads ("yang sempat ditunda")
_CALLED_OFF = r"\b(?:{called_off})\b"
_CALLED_OFF_BEFORE = r"\b(?:{not_called_off})\s+$"


def _called_off(ctx: Context, i: int, cue: Mention, cues: list[Mention]) -> bool:
    """Is the signing told as called off or put off after its cue, before the sentence's next
    signing word ("Penandatanganan MoU APBD Perubahan, batal dilakukan para wakil rakyat",
    "penandatanganan MoU investasi ... ditunda karena ...")?"""
    end = min([c.start for c in cues if c.start > cue.start] + [ctx.sentences[i].end])
    before = ctx.lexicon.pattern(_CALLED_OFF_BEFORE, re.I)
    return any(not before.search(ctx.text, max(cue.end, m.start() - 12), m.start())
               for m in ctx.lexicon.pattern(_CALLED_OFF, re.I).finditer(ctx.text, cue.end, end))


# a word that tells how things are done as a rule, before a signing word in its sentence: no signing told
_HABITUAL = r"\b(?:{habitual})\b"
_CONTRAST = r"\b(?:{contrast})\b"


def _habitual(ctx: Context, i: int, cue: Mention) -> bool:
    """Is the signing word told as what is done as a rule ("Umumnya, penandatanganan MoU ... hanya
    dilakukan oleh Sekjen"), with no turn to this time between ("Biasanya ..., namun kali ini ...")?"""
    habit = ctx.lexicon.pattern(_HABITUAL, re.I).search(ctx.text, ctx.sentences[i].start, cue.start)
    return bool(habit) and not ctx.lexicon.pattern(_CONTRAST, re.I).search(ctx.text, habit.end(), cue.start)


def _planned(ctx: Context, i: int, cue: Mention) -> bool:
    """"akan menandatangani", "rencananya ... penandatanganan", "dijadwalkan", "dalam waktu dekat";
    a modal right before the verb ("agar MoU ... dapat ditandatangani tahun ini")."""
    # "Rencana Kerja" is a paper, "Badan ... Keluarga Berencana Nasional" a body: no plan
    named = ctx.in_sent(i, "INSTRUMENT") + ctx.in_sent(i, "ORG") + ctx.in_sent(i, "GOV")
    plans = [p for p in ctx.in_sent(i, "CUE", "plan") + ctx.in_sent(i, "CUE", "after") + ctx.in_sent(i, "CUE", "modal")
             if not any(m.start <= p.start < m.end for m in named)]
    sentence = ctx.sentences[i].text
    for p in plans:
        word = p.text.lower()
        if word in ctx.lexicon.word_set("plan_word"):
            return True
        if p.kb_id == "after":
            # "agar bisa dijalankan setelah nota kesepahaman diteken": a condition, not a report
            if 0 <= cue.start - p.end <= ctx.settings.plan_reach and passive(cue) and \
                    ctx.lexicon.pattern(r"\b{condition}\b", re.I).search(sentence):
                return True
            continue
        if 0 <= cue.start - p.end <= ctx.settings.plan_reach and not re.search(r"[.;,]", ctx.text[p.end:cue.start]):
            # "akan (segera) menandatangani", "siap menjadi OPD yang menandatangani"; not a plan of the
            # clause before ("Pelayanan Harus Terus Ditingkatkan, Pemkab X Teken MoU")
            return True
    # "setuju atas usulan ... agar penandatanganan MoU kedua pihak dilakukan saat groundbreaking": a
    # signing wished to take place ("agar", "supaya"), not one done; not a signing done whose fruit is
    # wished ("harapan agar penandatanganan MoU ini membawa berkah")
    if ctx.lexicon.pattern(_WISHED, re.I).search(ctx.text, max(0, cue.start - 30), cue.start) and \
            ctx.lexicon.pattern(_WISHED_TO_TAKE_PLACE, re.I).match(ctx.text, cue.end, ctx.sentences[i].end):
        return True
    # "Kami ingin agar dokumen kerja sama ini tidak hanya ditandatangani ...": a paper wished signed
    wish = ctx.lexicon.pattern(_WISHED_PAPER, re.I).search(ctx.text, max(ctx.sentences[i].start, cue.start - 80),
                                                          cue.start)
    if wish and passive(cue) and any(wish.start() < m.start < cue.start for m in ctx.in_sent(i, "INSTRUMENT")):
        return True
    # "Pemkab akan meminta kepada Pemprov untuk melakukan penandatanganan MoU", "Pemkab X bakal menjalin
    # kerja sama dengan Pemkab Y melalui penandatanganan MoU": the purpose or the means of an act to come
    if any(p.kb_id == "plan" and p.end <= cue.start and not re.search(r"[.;]", ctx.text[p.end:cue.start])
           for p in plans) and ctx.lexicon.pattern(_PURPOSE, re.I).search(ctx.text, max(0, cue.start - 30), cue.start):
        return True
    # "dengan adanya penandatanganan MoU, pengelolaan anggaran dapat dilakukan": a modal after the
    # signing speaks of what it allows
    return _planned_thing(ctx, cue, [p for p in plans if p.kb_id != "modal"]) or _day_to_come(ctx, i, cue)


# "untuk (melakukan) penandatanganan", "melalui penandatanganan"
_PURPOSE = r"\b(?:{purpose}\s+(?:{do_verb}\s+)?|{means}\s+)$"
_WISHED = r"\b{wished}\s+(?:{do_verb}\s+)?$"  # "agar (dilakukan) penandatanganan"
# "agar <paper> (ini) (dapat, tidak hanya) ditandatangani", in one clause, not told as done ("agar MoU yang telah ...")
_WISHED_PAPER = r"\b{wished}\s+(?:(?!\b(?:{past})\b)[^,.;:])*$"
_WISHED_TO_TAKE_PLACE = r"[^,;.]*?\b(?:{takes_place})\b"  # "... MoU kedua pihak dilakukan"
_FUTURE = r"\W{0,3}\s*{future_after}\b"  # matched where a date ends: "29 Agustus mendatang"


def _day_to_come(ctx: Context, i: int, cue: Mention) -> bool:
    """A signing dated after its cue to a day called one to come ("untuk menghadiri penandatanganan
    MoU di Jakarta, 29 Agustus mendatang"): a plan, whatever else the sentence says. A day to come
    before the cue is another thing's ("Guna mensukseskan kongres pada 24-30 Oktober mendatang,
    Pemkab melakukan penandatanganan ...")."""
    sent = ctx.sentences[i]
    after = cue.end - sent.start
    return any(d.precision == "day" and s >= after and ctx.lexicon.pattern(_FUTURE, re.I).match(sent.text, e)
               for d, s, e in find_dates(sent.text, ctx.published, calendar=ctx.lexicon.calendar))


_RECENT = r"\b(?:{recent})\b"


_DAY_PAST = r"\)\s*{past_after}\b"  # "Rabu (27/11/2019) lalu": a day's date says when
_WEEKDAY_DATE = r"\b{weekday}\s*,?\s*\(\s*\d{1,2}\s*/\s*\d{1,2}\b"  # "Rabu (20/9)", "Senin, (4/9/2023)"
_TODAY = r"\b(?:{today})\b"
_PERFECT = r"\b{perfect}\b"


def _told_as_past(ctx: Context, sentence: str) -> bool:
    """A past word puts the sentence's signing before the news ("telah", "sebelumnya"), unless it
    belongs to a phrase of a recent time ("beberapa hari lalu", "pekan lalu", "Rabu lalu") or
    follows a day's date, which dates the signing itself: that is the news, or not, by its date.
    Nor does a word of the perfect ("telah", "sudah") where the sentence names the weekday of its
    act ("Telah dilakukan penandatanganan oleh A dan B ..., Rabu (20/9)"): a day of the news's week,
    or its today ("Hari ini Pemkab A dan Pemkab B telah melaksanakan penandatanganan MoU")."""
    sentence = ctx.lexicon.pattern(_DAY_PAST, re.I).sub(")", ctx.lexicon.pattern(_RECENT, re.I).sub(" ", sentence))
    if ctx.lexicon.pattern(_WEEKDAY_DATE, re.I).search(sentence) or ctx.lexicon.pattern(_TODAY, re.I).search(sentence):
        sentence = ctx.lexicon.pattern(_PERFECT, re.I).sub(" ", sentence)
    return bool(ctx.lexicon.pattern(_PAST, re.I).search(sentence))


_TAKES_PLACE = r"\s*(?:{takes_place})\b"  # matched where the plan word ends


def _planned_thing(ctx: Context, cue: Mention, plans: list[Mention]) -> bool:
    """A signing named as a thing whose predicate is a plan: "Penandatanganan MoU itu akan
    dilaksanakan Kamis", "penandatanganan ... yang dijadwalkan pekan depan". Only a plan that says
    the signing is to take place (plan_word, or "akan" before takes_place): "Penandatanganan MoU
    ini akan memperkuat ..." says what a signing done will bring."""
    if not cue.text.lower().startswith("pen"):
        return False
    for p in plans:
        if not 0 <= p.start - cue.end <= 2 * ctx.settings.plan_reach or re.search(r"[.;]", ctx.text[cue.end:p.start]):
            continue
        if p.text.lower() in ctx.lexicon.word_set("plan_word") or \
                ctx.lexicon.pattern(_TAKES_PLACE, re.I).match(ctx.text, p.end):
            return True
    return False


_TOPIC_END = r"[,;.:()]|\s{topic_end}\s"


# "Nota Kesepakatan/MoU", "PKS (MoU)", "Perjanjian Kerja Sama (PKS) atau MoU", "perjanjian kerja sama
# ini atau Memorandum of Understanding"
_ALIAS_JOIN = r"[)\s]*(?:\([^()]{1,12}\)\s*)?(?:(?:{demonstrative})\s+)?(?:/|\(|\b(?:{paper_or})\b)\s*"
_ALIAS_CLOSE = re.compile(r"\s*\)")


def named_again(ctx: Context, first: Mention, then: Mention) -> bool:
    """Is `then` another name of the paper `first`, written right after it ("perjanjian kerja sama
    ini atau Memorandum of Understanding (MoU)")?"""
    return first.end <= then.start and \
        bool(ctx.lexicon.pattern(_ALIAS_JOIN, re.I).fullmatch(ctx.text, first.end, then.start))


def _aliases_end(ctx: Context, i: int, inst: Mention) -> int:
    """Where the names of a paper end: its other names written after it ("Nota Kesepakatan
    Bersama/Memorandum of Understanding (MoU) tentang ...") are the same paper's."""
    end = inst.end
    papers = {m.start: m for m in ctx.in_sent(i, "INSTRUMENT")}
    join = ctx.lexicon.pattern(_ALIAS_JOIN, re.I)
    while (j := join.match(ctx.text, end)) and j.end() in papers:
        end = papers[j.end()].end
        if close := _ALIAS_CLOSE.match(ctx.text, end):
            end = close.end()  # "(MoU)"
    return end


def _topic(ctx: Context, i: int, inst: Mention) -> str | None:
    """The subject named right after the instrument ("Nota Kesepahaman (MoU) tentang Kerja Sama
    Pendidikan, yang ...") up to the clause's end, lowercased; None if none is named."""
    end = _aliases_end(ctx, i, inst)
    word = _topic_word(ctx, i, end)
    start = word.end if word is not None else _titled(ctx, i, inst)
    if start is None:
        return None
    rest = ctx.text[start:ctx.sentences[i].end]
    end = ctx.lexicon.pattern(_TOPIC_END).search(rest)
    topic = rest[:end.start() if end else 80].strip().lower()
    return topic or None


_PARTIES_NEXT = r"\s*(?:{between}|{partner_word})\b"
_PARTIES_REACH = 160  # characters of "antara A dan B" between a paper's name and its subject
_CLAUSE_STOP = re.compile(r"[;:]")


def _topic_word(ctx: Context, i: int, end: int) -> Mention | None:
    """The word that opens the subject of the paper whose names end at `end`: right after them, or
    after the parties named there ("nota kesepahaman antara Gubernur X dan Kajati X tentang ..."),
    with no other paper, signing or clause's end between."""
    word = next((t for t in ctx.in_sent(i, "TOPIC") if t.start >= end), None)
    if word is None or word.start - end <= 8:
        return word
    if word.start - end > _PARTIES_REACH or not ctx.lexicon.pattern(_PARTIES_NEXT, re.I).match(ctx.text, end) \
            or any(end <= m.start < word.start for m in ctx.in_sent(i, "INSTRUMENT") + ctx.in_sent(i, "CUE", "sign")) \
            or _CLAUSE_STOP.search(ctx.text, end, word.start):
        return None
    return word


_TITLE_WORD = re.compile(r" +([A-Z][a-z]{3,})\b")


def _titled(ctx: Context, i: int, inst: Mention) -> int | None:
    """Where a paper's own title begins, written in capitals right after its name with no topic
    word ("MoU Konsultasi Politik antara ...", "MoU Pencegahan dan Pemberantasan Kejahatan ..."),
    unless the words name a party, a place or an office ("MoU Pemkab X", "MoU Kejari Y"), or a
    headline's capitals make a function word look like one ("Teken PKS Dengan BPBD")."""
    m = _TITLE_WORD.match(ctx.text, inst.end)
    if m is None or m.group(1).lower() in ctx.lexicon.function_words or \
            any(o.start == m.start(1) for o in ctx.in_sent(i) if o.label != "SCOPE"):
        return None
    return m.start(1)


def _dated_to_come(ctx: Context, i: int) -> bool:
    """A sentence that dates its signing after the article was written, its year stated ("tahap
    akhir penandatanganan PKS pada 22 Desember 2025" in a November report): a stage to come, or,
    told alone, the programme of days to come ("Selanjutnya pada Rabu (28/8/2024) ...
    penandatanganan MoU" written on the 26th)."""
    if ctx.published is None:
        return False
    sent = ctx.sentences[i]
    dates = list(find_dates(sent.text, ctx.published, calendar=ctx.lexicon.calendar))
    if any(d.precision == "day" and d.date <= ctx.published + _ONE_DAY for d, _s, _e in dates):
        return False  # "Guna menyukseskan kongres pada 24-30 Oktober mendatang, ... Jumat (23/9)": the act's day
    return any(d.precision in ("day", "month") and d.date > ctx.published + _ONE_DAY
               and re.search(r"\d{4}", sent.text[s:e]) for d, s, e in dates)


def _withdraw_told_plans(ctx: Context, signings: list[Signing], i: int, cue: Mention,
                         instruments: list[Mention]) -> None:
    """A plan said of a signing pointed back to ("... persiapan penandatanganan nota kesepahaman
    tersebut yang akan dilaksanakan Kamis") makes the signing told a few sentences before, with
    no date nor past of its own ("Upaya ini dilakukan melalui penandatanganan nota kesepahaman"),
    that plan: no signing done. A plan told as one of before ("Sebelumnya, rencana penandatanganan
    nota kesepahaman itu sudah dibahas dalam rapat") is what led to the signing told."""
    kinds = _plan_pointing_back(ctx, cue, instruments)
    if kinds is False or _told_as_past(ctx, ctx.sentences[i].text):
        return
    signings[:] = [s for s in signings if not (
        i - ctx.settings.anaphor_sentences <= s.sent < i and not s.past and not s.dates
        and (kinds is None or s.type in kinds))]


def _plan_pointing_back(ctx: Context, cue: Mention, instruments: list[Mention]) -> set[str] | None | bool:
    """The types of the papers a planned signing points back to ("nota kesepahaman dan perjanjian
    kerja sama tersebut": the papers named together); None for a signing pointed back to without
    its paper ("Penandatanganan tersebut akan dilaksanakan ..."); False where it points to none."""
    papers = [m for m in instruments if 0 <= m.start - cue.end <= ctx.settings.instrument_reach]
    if any(pointed_to(ctx, m.end) for m in papers):
        return {m.kind for m in papers}
    return None if _the_signing_pointed_back(ctx, cue) else False


def find_signings(ctx: Context) -> list[Signing]:
    signings: list[Signing] = []
    last_instrument: Mention | None = None
    last_instrument_sent = -10
    last_generic: _Named | None = None  # the last "kerja sama" named, even not as a signing's object
    firms_papers: list[Mention] = []  # papers whose signing was told as a deal of firms
    firms_sent = -1  # the last sentence that told a signing between firms
    told_as_plan = False  # the article's first signing told is a plan
    headline = 0 if opens_with_headline(ctx) else -1
    for i, sent in enumerate(ctx.sentences):
        instruments = _instrument_types(ctx, i)
        cues = ctx.in_sent(i, "CUE", "sign")
        to_come = bool(cues) and _dated_to_come(ctx, i)  # read once for the sentence's cues
        # "Kejati menandatangani PKS dengan Pemprov, sementara seluruh Kejari menandatangani PKS dengan
        # Pemkab ...": each clause of the sentence tells a signing of its own
        for k, clause_cues in enumerate(_clauses(ctx, cues, instruments)):
            # "Usai penandatanganan Nota Kesepahaman, acara dilanjutkan dengan penandatanganan PKS
            # antara ...": what follows the sentence's last "signing of <instrument>" is about that one
            named = [c for c in clause_cues if _names_a_paper(ctx, c, instruments)]
            if len(named) > 1:
                clause_cues = named[-1:] + [c for c in clause_cues if c is not named[-1]]
            for cue in clause_cues:
                if ctx.lexicon.pattern(_NEGATED, re.I).search(ctx.text, max(0, cue.start - 25), cue.start):
                    continue  # "sama sekali belum ada penandatanganan MoU": no signing
                if _called_off(ctx, i, cue, cues):
                    continue  # "Penandatanganan MoU ..., batal dilakukan": no signing
                if _habitual(ctx, i, cue):
                    continue  # "Umumnya, penandatanganan MoU ... dilakukan oleh Sekjen": signings as a rule, none told
                if _planned(ctx, i, cue):
                    _withdraw_told_plans(ctx, signings, i, cue, instruments)
                    told_as_plan = told_as_plan or all(s.sent == headline for s in signings)
                    continue
                if to_come:
                    continue  # "tahap akhir penandatanganan PKS pada 22 Desember 2025" written in November
                inst = _pick_instrument(ctx, instruments, cue)
                if inst is not None and last_instrument is not None and _anaphoric(ctx, inst):
                    inst = last_instrument  # "Naskah kerja sama itu ditandatangani ...": the one just named
                elif inst is not None and signings and pointed_to(ctx, inst.end) and not _named_before(ctx, inst):
                    # "... penandatanganan Nota Kesepakatan Bersama ... Usai penandatanganan nota
                    # kesepahaman ini": the paper told, pointed back to by another name
                    inst = signings[-1].instrument
                if inst is None and last_generic is not None and i - last_generic.sent == 1 \
                        and _paper_pointed_back(ctx, i, cue):
                    # "2. Memorandum Saling Pengertian antara A dan B ... Dokumen tersebut ditandatangani oleh"
                    inst = last_generic.mention
                if inst is None and (i - last_instrument_sent <= ctx.settings.anaphor_sentences and _points_back(ctx, cue)
                                     or _the_signing_pointed_back(ctx, cue)):
                    inst = last_instrument
                if inst is None and cue.text.lower().startswith("pen") and _points_back(ctx, cue):
                    # "Penandatanganan dilakukan oleh A dan B. Nota Kesepahaman ini merupakan ...": the
                    # paper the next sentence opens with, pointing back to the signing
                    inst = _paper_opening(ctx, i + 1)
                if inst is None and last_generic is not None and i - last_generic.sent <= 1 and _bare(ctx, cue):
                    # "X menjalin kesepakatan kerja sama dengan Y. A dan B membubuhkan tanda tangan
                    # pada Kamis (20/10).": an active signing with no object signs the paper just agreed
                    inst = last_generic.mention
                firms = _between_companies(ctx, i)
                # "perjanjian tersebut ditandatangani ..." after a deal of firms told: that deal again
                firms_told_last = firms_sent > (signings[-1].sent if signings else -1)
                if firms:
                    firms_sent = i
                if inst is None or _signs_a_regulation(ctx, inst, cue):
                    continue
                if firms or any(inst is p for p in firms_papers) or \
                        firms_told_last and is_generic(inst) and pointed_to(ctx, inst.end):
                    if not any(inst is s.instrument for s in signings):
                        # "Penandatanganan ini disaksikan Menteri ...": the firms' deal told before
                        firms_papers.append(inst)
                    continue
                # "merupakan kelanjutan dari penandatanganan MoU ...": a signing the news follows on from
                # "Dalam rangka mengimplementasikan Nota Kesepahaman ... yang ditandatangani pada 16 Maret
                # 2017": the signing, told after the paper the news follows on from, is that paper's
                told_on_the_way = followed_on_from(ctx, inst) and inst.end <= cue.start
                followed_on = _after_based_on(ctx, cue) or told_on_the_way
                past = _told_as_past(ctx, sent.text) or followed_on
                dates = ctx.dates_in(i)
                if ctx.lexicon.pattern(_TRIAL, re.I).search(sent.text):
                    past, dates = True, []  # a witness tells of the act under trial; the day is the hearing's
                clause = _this_papers_clause(ctx, i, inst, cue)
                if clause is not None and cue.start < clause:
                    # "Penandatanganan MoU ini ... tindak lanjut dari pertemuan yang telah dilakukan pada September 2017"
                    past = _told_as_past(ctx, ctx.text[sent.start:clause])
                    dates = [d for d in dates if d[1] < clause]
                if past:  # "... pembaruan dari nota kesepahaman sebelumnya yang berakhir sejak 2025": that paper's signing
                    inst = next((m for m in instruments if earlier_paper(ctx, m)), inst)
                papers = [inst] + _coordinated_papers(ctx, instruments, inst)
                counts = [_papers_signed(ctx, i, paper) for paper in papers]
                if 0 in counts:
                    break  # "selama ... telah melakukan 74 penandatanganan nota kesepahaman": a tally of years
                # "Acara tersebut merupakan tindak lanjut dari penandatanganan ...": the signing followed on
                # from was at another occasion
                same_occasion = not followed_on and \
                    bool(ctx.lexicon.pattern(r"\b(?:{same_occasion})\b", re.I).search(sent.text))
                for paper, count in zip(papers, counts):
                    signings.append(Signing(i, paper, cue, dates, past, count=count, same_occasion=same_occasion,
                                            followed_on=followed_on,
                                            anaphoric=paper not in instruments,
                                            topic=_topic(ctx, i, paper) if paper in instruments else None,
                                            sequel=paper in instruments and (any(
                                                0 <= paper.start - q.end <= ctx.settings.instrument_reach
                                                and _goes_on_from_a_signing(ctx, i, q, signings)
                                                for q in ctx.in_sent(i, "CUE", "sequel")) or _like(ctx, paper)
                                                or k > 0)))  # a clause of its own: another signing
                if not told_on_the_way:
                    break  # one signing per sentence, of one paper or of papers named together
                # but for the earlier paper's, told on the way to the news: "Dalam rangka mengimplementasikan
                # MoU ... yang ditandatangani pada 16 Maret 2017, pada Senin (21/8), dilakukan penandatanganan PKS"
        if instruments:
            last_instrument = _pick_instrument(ctx, instruments, instruments[-1])
            last_instrument_sent = i
        papers = [m for m in ctx.in_sent(i, "INSTRUMENT") if is_generic(m)]
        if papers:
            last_generic = _Named(papers[-1], i)
    signings += _listed_papers(ctx, signings)
    if firms_papers and all(s.sent == 0 for s in signings) and headline == 0:
        return []  # the headline's "Bulog dan India Teken Kerja Sama" is the deal of firms the body tells
    if told_as_plan:
        # "Pemprov A akan menandatangani MoU dengan B di Jakarta 27 Agustus. ... bersamaan dengan
        # penandatanganan MoU tersebut": a signing told first as a plan, then spoken of with no
        # day of its own, is still that plan; so is the headline's "A Tandatangani MoU", whatever day
        # it names ("1 April, A dan B Tanda Tangani MoU" over "A dan B akan menandatangani MoU ... pada
        # Jumat (1/4/2022)")
        return [s for s in signings if s.dates and s.sent != headline]
    return signings


# an item of a list: a bullet or a number before it ("- ", "• ", "2. ", "b) ")
_ITEM = re.compile(r"(?:[-\u2013\u2022*\u00b7\u25aa]|\d{1,2}[.)]|[a-h][.)])\s*")
_LIST_OPENS = (":", ";")


def _goes_on_from_a_signing(ctx: Context, i: int, cue: Mention, signings: list[Signing]) -> bool:
    """"Penandatanganan MoU ... dilanjutkan dengan penandatanganan PKS": the ceremony went on from
    a signing (told before the cue, or in the sentence before), so the paper after it is another;
    not from a speech ("Setelah Bupati memberi sambutan, acara dilanjutkan dengan penandatanganan
    ...": the signing the article reports)."""
    # (not the ceremony named for its signing: "acara penandatanganan yang dirangkaikan dengan ...
    # tersebut kemudian dilanjutkan dengan penandatanganan MoU" goes on to the signing it reports)
    ceremony = ctx.lexicon.pattern(r"\b(?:{ceremony})\s+$", re.I)
    before = [c for c in ctx.in_sent(i, "CUE", "sign") if c.end <= cue.start]
    if any(ceremony.search(ctx.text, ctx.sentences[i].start, c.start) for c in before):
        return False
    return bool(before) or any(s.sent == i - 1 for s in signings)


def _listed_papers(ctx: Context, signings: list[Signing]) -> list[Signing]:
    """The papers of a list of those signed, each a signing at the ceremony its list is told of:
    "Selain MoU antara A dengan B ... juga dilakukan; - PKS antara B dengan C tentang ...; - PKS
    antara B dan D ...", "Empat MoU tersebut meliputi: 1. Memorandum Saling Pengertian antara
    ...". A list is two or more lines, each opening with a bullet or a number and a paper's name,
    after a line that ends with a colon or a semicolon and names a paper, its signing or a count of
    documents. An item whose line tells a signing of its own ("- MoU antara A dan B .... MoU diteken
    oleh Kepala A.") makes that signing its paper's, with the signer the line names. Where the
    list's line names no signing, the article must report one: a list of papers alone may be of
    plans or of what a paper holds."""
    reported = [s for s in signings if not s.past]
    items: dict[int, list[tuple[int, Mention]]] = {}  # the line before a list: its items
    for i in range(len(ctx.sentences)):
        paper = _item_paper(ctx, i)
        if paper is None:
            continue
        intro = _line_before(ctx, i)
        if intro is not None:
            items.setdefault(intro, []).append((i, paper))
    found: list[Signing] = []
    for intro, papers in items.items():
        text = ctx.sentences[intro].text.rstrip()
        cues = ctx.in_sent(intro, "CUE", "sign")
        if len(papers) < 2 or not text.endswith(_LIST_OPENS) or not (
                cues or ctx.in_sent(intro, "INSTRUMENT") or ctx.lexicon.pattern(_PAPERS_COUNTED, re.I).search(text)):
            continue
        if not (reported if not cues else not any(_planned(ctx, intro, c) for c in cues)):
            continue
        dates = ctx.dates_in(intro) or next((s.dates for s in reported if s.dates), [])
        for i, paper in papers:
            own = [s for s in signings if s.sent in _line_of(ctx, i)]
            if own:
                # "- MoU antara A dan B tentang .... MoU diteken oleh Kepala A.": the item's own signing, of
                # its paper, not another told before it; what the line says after is of the same paper
                own[0].listed = own[0].sequel = True
                for later in own[1:]:
                    later.anaphoric = True
                continue
            found.append(Signing(i, paper, paper, list(dates), sequel=True, same_occasion=True, listed=True,
                                 topic=_topic(ctx, i, paper)))
    return found


_PAPERS_COUNTED = r"\b(?:\d{1,3}|{number})\s+(?:{count_noun})\b"  # "Tiga dokumen yang disepakati meliputi:"


def in_list_item(ctx: Context, i: int) -> bool:
    """Does sentence i stand in a line that a bullet or a number opens ("2. Pemkab X (oleh Bupati
    A)", where the sentence may begin after the number)?"""
    return bool(_ITEM.match(ctx.text, ctx.text.rfind("\n", 0, ctx.sentences[i].start) + 1))


def _item(ctx: Context, i: int) -> re.Match | None:
    """The bullet or number that opens sentence i at the start of a line, if any."""
    s = ctx.sentences[i]
    return _ITEM.match(s.text) if s.start == 0 or ctx.text[s.start - 1] == "\n" else None


def _item_paper(ctx: Context, i: int) -> Mention | None:
    """The paper a list's item opens with, after its bullet or number ("- PKS antara ...")."""
    bullet = _item(ctx, i)
    if bullet is None:
        return None
    at = ctx.sentences[i].start + bullet.end()
    paper = next((m for m in _instrument_types(ctx, i) if m.start == at), None)
    if paper is None:  # a paper named by a term outside the vocabulary, between its parties:
        # "3. Memorandum Saling Pengertian antara A dan B", not "1. Kerja sama di bidang ..."
        paper = next((m for m in ctx.in_sent(i, "INSTRUMENT") if m.start == at and is_generic(m)
                      and ctx.lexicon.pattern(r"\s+(?:{between})\b", re.I).match(ctx.text, m.end)), None)
    if paper is None:  # "- Persetujuan antara Pemerintah A dan Pemerintah B tentang ...": a paper no table names
        named = ctx.lexicon.pattern(_NAMED_BETWEEN).match(ctx.text, at)
        if named and not ctx.starting_in(at, named.end(1)):
            paper = Mention("INSTRUMENT", named.group(1), at, named.end(1), GENERIC, i)
    return paper


_NAMED_BETWEEN = r"((?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+){0,3})\s+(?:{between})\b"


def _line_before(ctx: Context, i: int) -> int | None:
    """The sentence that ends the last line before a list item's that is no item of a list."""
    j = i - 1
    while j >= 0 and _item(ctx, _line_start(ctx, j)) is not None:
        j = _line_start(ctx, j) - 1
    return j if j >= 0 else None


def _line_start(ctx: Context, j: int) -> int:
    """The first sentence of sentence j's line."""
    while j > 0 and "\n" not in ctx.text[ctx.sentences[j - 1].end:ctx.sentences[j].start]:
        j -= 1
    return j


def _line_of(ctx: Context, i: int) -> range:
    """The sentences of the line sentence i opens."""
    k = i + 1
    while k < len(ctx.sentences) and "\n" not in ctx.text[ctx.sentences[k - 1].end:ctx.sentences[k].start]:
        k += 1
    return range(i, k)


def why_no_event(ctx: Context, signings: list[Signing], events: list, scores: list) -> str:
    """The reason code (records.NO_EVENT_REASONS) of an article with no signing as its news."""
    if events:
        return "earlier_signing_only"
    if signings:
        companies = any(_between_companies(ctx, s.sent) for s in signings)
        return "between_companies" if companies else "no_government_party"
    cues = [(i, c) for i in range(len(ctx.sentences)) for c in ctx.in_sent(i, "CUE", "sign")]
    instruments = [m for m in ctx.mentions if m.label == "INSTRUMENT" and not is_generic(m)]
    planned = [(i, c) for i, c in cues if _planned(ctx, i, c) or _dated_to_come(ctx, i)]
    headline = 0 if opens_with_headline(ctx) else -1
    told_first = next(((i, c) for i, c in cues if i != headline), None)
    if planned and (len(planned) == len(cues) or told_first in planned or any(
            _plan_pointing_back(ctx, c, _instrument_types(ctx, i)) is not False for i, c in planned)):
        # every signing a plan, the first the body tells, or one told before it that it said was planned
        return "planned_signing"
    if cues and any(_between_companies(ctx, i) for i, _c in cues):
        return "between_companies"
    if instruments and not cues:
        verbal = any(m.label == "CUE" and m.kb_id == "verbal" for m in ctx.mentions)
        return "verbal_agreement" if verbal else "no_signing_verb"
    if cues:
        return "no_instrument"
    return "scores_only" if scores else "nothing_found"
