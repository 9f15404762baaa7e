"""Assemble: signing sentences, people, places and dates -> one event per signing.

Sentences that report the same signing (same instrument, compatible date) become one event.
An earlier signing the article refers back to ("MoU yang sudah ditandatangani pada Oktober
2021") is its own event with `primary = False`.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from functools import lru_cache
from itertools import takewhile

from .fields import Context, region_code, region_name
from .fields.agreements import (GENERIC, PASSIVE_VERB, Signing, count_before, earlier_paper, followed_on_from,
                                in_list_item, named_again, opens_with_headline, paper_count, paper_kind, pointed_to)
from .fields.parties import HOME, attended, event_parties, name_before, names_government, passive, sentence_parties
from .fields.people import headline, named_in, people_mentions
from .merge import same_instrument
from .records import ISO_LENGTH, PRECISION_RANK, DateValue, Event, Mention, Person, Sentence

_BLOCKING = ("witness", "attend", "speech")


def _same_instrument_in_article(a: str | None, b: str | None) -> bool:
    """In one article a sentence whose paper has no type (None, or a generic "kerja sama" typed
    later by the article's term) goes with any; typed papers as `merge.same_instrument`, so an
    "MoU" and a paper of another name ("lainnya") are one (across articles they are not)."""
    if a is None or b is None or GENERIC in (a, b):
        return True
    return same_instrument(a, b)


def _named_as_one(ctx: Context) -> set[frozenset[str]]:
    """Pairs of types the article gives one paper: "Perjanjian Kerja Sama (PKS) atau Memorandum of
    Understanding (MoU)", so the "Penandatanganan MoU" after it is that PKS's."""
    papers = sorted((m for m in ctx.mentions if m.label == "INSTRUMENT"), key=lambda m: m.start)
    return {frozenset((a.kind, b.kind)) for a, b in zip(papers, papers[1:])
            if a.kind != b.kind and named_again(ctx, a, b)}


def _named_with(groups: list[dict], group: dict) -> list[dict]:
    """The groups of the papers named with `group`'s at one signing ("MoU serta komitmen bersama")."""
    cues = {id(x.cue) for x in group["signings"]}
    return [g for g in groups if g is not group and any(id(x.cue) in cues for x in g["signings"])]


def _mou_is_the_pks(ctx: Context, signings: list[Signing]) -> set[frozenset[str]]:
    """An "MoU" and a PKS of one article are one paper where nothing tells two ("Pemprov dan Kejati
    menandatangani perjanjian kerja sama ... Penandatanganan MoU dilakukan oleh Gubernur ..."): the
    article has no other Indonesian term for the MoU (a Nota Kesepahaman would be it), no sentence
    names both, and no signing is told as another at the ceremony ("Pada kesempatan yang sama juga
    dilakukan penandatanganan PKS ...", "dilanjutkan dengan penandatanganan PKS")."""
    papers = [m for m in ctx.mentions if m.label == "INSTRUMENT" and m.kind != GENERIC]
    both_named = max((min((m.start for m in papers if m.kind == k), default=len(ctx.text))
                      for k in ("mou", "perjanjian_kerja_sama")), default=len(ctx.text))
    # a paper of another kind pointed back to once both were named ("MoU ... Perjanjian kerjasama ...
    # ditandatangani ... kesepakatan bersama ini adalah komitmen ...") is theirs named again, no third
    # (one named between, "MoU ... Nota kesepahaman ini ... PKS", is the MoU's Indonesian name)
    papers = [m for m in papers if m.kind in ("mou", "perjanjian_kerja_sama")
              or not (m.start > both_named and pointed_to(ctx, m.end))]
    kinds = {m.kind for m in papers}
    if kinds != {"mou", "perjanjian_kerja_sama"}:
        return set()
    both = {m.sent for m in papers if m.kind == "mou"} & {m.sent for m in papers if m.kind != "mou"}
    if both or any(s.same_occasion or s.sequel or s.count > 1 or s.listed for s in signings):
        return set()
    return {frozenset(kinds)}


def _topic_words(topic: str, drop: frozenset[str] = frozenset()) -> set[str]:
    """The words of a paper's subject, less `drop`."""
    return {w for w in re.findall(r"[^\W\d_]{3,}", topic.lower()) if w not in drop}


def _one_topic(topic: str, topics: set[str]) -> bool:
    """Is a paper's subject written as that of one told before, though the papers are named by
    other terms ("Nota Kesepakatan Bersama tentang Penyelenggaraan Pendidikan Tinggi di Provinsi
    Maluku" ... "Kesepakatan Bersama tentang Penyelenggaraan Pendidikan Tinggi di Provinsi Maluku")?
    At least three words, and nine in ten of them, in common: one paper."""
    own = _topic_words(topic)
    for t in topics:
        other = _topic_words(t)
        common = len(own & other)
        if common >= 3 and common >= 0.9 * max(len(own), len(other)):
            return True
    return False


def _same_topic(ctx: Context, topic: str, topics: set[str]) -> bool:
    """Is a paper's subject one of `topics`, named in other words ("bidang perdata dan TUN", "bidang
    perdata dan tata usaha negara"): a word of its own (not words.tsv topic_generic) in common?"""
    generic = frozenset(ctx.lexicon.word_set("topic_generic"))
    own = _topic_words(topic, generic)
    return any(t == topic or own & _topic_words(t, generic) for t in topics)


def _compatible(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return True
    n = ISO_LENGTH[min(a.precision, b.precision, key=PRECISION_RANK.get)]
    return a.date.isoformat()[:n] == b.date.isoformat()[:n]


_QUOTES = "\"“”"


def _quoted(ctx: Context, s: Signing) -> bool:
    """Is the signing's cue inside a quotation (an odd number of quote marks before it in its sentence,
    or a sentence that opens with one)?"""
    sent = ctx.sentences[s.sent]
    before = ctx.text[sent.start:s.cue.start]
    return sent.text[:1] in _QUOTES or sum(before.count(q) for q in _QUOTES) % 2 == 1


def _days_before_the_news(ctx: Context, date: DateValue) -> bool:
    """A day of the news's own days ("MoU sudah diteken pada 18 Desember 2020" in an article of the
    21st, or the first day an undated article names): a signing told as done then is the one the
    article reports, not an earlier one."""
    if date.precision != "day":
        return False
    if ctx.published is None:  # the first day the article names is its news's
        return next((d for d, _s, _e in ctx.dates if d.precision == "day"), None) == date
    return 0 <= (ctx.published - date.date).days <= ctx.settings.news_days


def _signing_date(ctx: Context, s: Signing) -> DateValue | None:
    """The date written nearest the signing cue in its sentence (a byline date is not one), not
    one after the quotation the cue is in and its speaker, which dates the saying ('"MoU
    ditandatangani Gubernur X," kata Kabag Humas dalam keterangan resmi, Selasa (5/8/2014)')."""
    dates = s.dates
    if _quoted(ctx, s):
        # "Hari ini kita hadir dalam penandatanganan ...": a speaker's today is the day he spoke,
        # which the report dates; the publication's day is not it
        dates = [d for d in dates if any(ch.isdigit() for ch in ctx.text[d[1]:d[2]])]
    close = _QUOTE_END.search(ctx.text, s.cue.end, ctx.sentences[s.sent].end) if dates and _quoted(ctx, s) else None
    if close:
        said = next((m.start for m in ctx.in_sent(s.sent, "CUE", "speech") if m.start >= close.start()), None)
        dates = [d for d in dates if said is None or d[1] < said]
    if not dates:
        return None
    # "dimulai sejak tahun 2021 ini ditandai penandatanganan ... Kamis (1/8/2024)": a date a span
    # starts at dates no signing where the sentence names another
    dates = [d for d in dates if not _since(ctx, d[1])] or dates
    dates = [d for d in dates if not _another_papers(ctx, s, d[1])] or dates
    return min(dates, key=lambda d: abs(d[1] - s.cue.start))[0]


def _another_papers(ctx: Context, s: Signing, start: int) -> bool:
    """Is the date at `start` nearer another paper the sentence names than the signing's cue and
    paper ("Diawali penandatanganan Letter of Intent pada 28 Maret 2022, Gubernur ... menandatangani
    MoU ... pada Senin, 10 Juli 2023")? Not the signing's paper's other name ("Nota Kesepahaman
    (MoU)"), nor a cooperation named bare."""
    own = s.instrument
    if own is None:
        return False
    near = min(abs(start - s.cue.start), abs(start - own.end))
    return any(m.kind not in (GENERIC, own.kind) and not (m.end >= own.start - 3 and m.start <= own.end + 3)
               and abs(start - m.end) < near for m in ctx.in_sent(s.sent, "INSTRUMENT"))


_SINCE = r"\b(?:{since})\s+(?:\w+\s+)?$"  # "sejak 2021", "sejak tahun 2021", "sejak tanggal ..."


def _since(ctx: Context, start: int) -> bool:
    """Is the date at `start` the start of a span ("sejak tahun 2021")?"""
    return bool(ctx.lexicon.pattern(_SINCE).search(ctx.text, max(0, start - 20), start))


def build_events(ctx: Context, doc_id: str, signings: list[Signing], people: list[Person],
                 scope: dict[str, frozenset[str]]) -> list[Event]:
    """The events of an article's signings; `scope` holds the scope values in order, each with the
    kinds of paper named where it was read (`fields.scope.find_scope`)."""
    groups: list[dict] = []
    one_paper = _named_as_one(ctx) | _mou_is_the_pks(ctx, signings)
    # reports first, then what speakers say of a signing: a quote names the ceremony reported; the
    # body's reports before the headline's and a photo caption's, which tell its news again
    before = before_the_lead(ctx)
    for s in sorted(signings, key=lambda s: (_quoted(ctx, s), s.sent in before)):
        date = _signing_date(ctx, s)
        govs = set(_gov_codes(ctx, s.sent))
        target = None
        # a paper told as signed before, on a day of its own or as several papers ("Sebelumnya Jabar
        # telah menandatangani tiga MoU sister province ..."), is another ceremony than the news's
        # "dilanjutkan dengan penandatanganan ...": a new paper. A paper of a type of its own goes to a
        # group of its type first (a "komitmen bersama" signed with an MoU, named again); an "MoU" to the
        # first group it can be
        order = groups if s.type in (None, "mou", GENERIC) else sorted(groups, key=lambda g: g["type"] != s.type)
        for g in [] if s.sequel else order:
            if any(x.cue is s.cue and x.instrument is not s.instrument for x in g["signings"]):
                continue  # "penandatanganan MoU serta komitmen bersama": the papers named together are two
            if (_same_instrument_in_article(g["type"], s.type) or frozenset((g["type"], s.type)) in one_paper
                    or s.topic and _one_topic(s.topic, g["topics"])) \
                    and _compatible(g["date"], date) \
                    and not (s.topic and g["topics"] and not _same_topic(ctx, s.topic, g["topics"])) \
                    and not (s.past and g["primary_like"] and (date is not None and g["date"] is None
                                                               and not _days_before_the_news(ctx, date) or s.count > 1
                                                               or s.followed_on)) \
                    and not (_quoted(ctx, s) and not s.past and not g["primary_like"] and g["date"] is not None
                             and not _days_before_the_news(ctx, g["date"])):
                target = g
                break
        if s.listed:
            # the first paper of a list of those a count told ("tiga perjanjian ... Tiga dokumen yang
            # disepakati meliputi: - Nota Kesepahaman ...; - PKS ...") is the counted signing's paper
            target = next((g for g in groups if g["primary_like"] and not g.get("listed") and
                           max(x.count for x in g["signings"]) > 1 and _compatible(g["date"], date)), None)
            if target is not None:
                target["listed"] = True
                if s.type not in (None, GENERIC):
                    target["type"], target["label"] = s.type, s.instrument.text
        if target is None and s.anaphoric and groups and _compatible(groups[-1]["date"], date):
            target = groups[-1]  # "Usai penandatanganan, ...": the signing just reported
        if target is None and _quoted(ctx, s):
            # "Saya menyambut baik penandatanganan Kesepakatan Bersama ... hari ini," katanya:
            # the speaker's name for the paper the article reports signed
            target = next((g for g in groups if g["primary_like"] and _compatible(g["date"], date)), None)
        other_parties = target is not None and govs and target["govs"] and not govs & target["govs"]
        if other_parties and date is None:
            date = target["date"]  # "pada kesempatan yang sama": the same ceremony
        if s.sequel and date is None and groups:
            date = groups[-1]["date"]  # at the ceremony just reported
        if s.same_occasion and date is None:  # "dalam kesempatan yang sama juga ditandatangani ..."
            date = next((g["date"] for g in groups if g["primary_like"] and g["date"] is not None), None)
        if target is None or other_parties:
            # "... juga meneken nota kesepakatan serupa dengan Pemprov Riau": another signing
            groups.append({"type": s.type, "label": s.instrument.text if s.instrument else "", "date": date,
                           "signings": [s], "primary_like": not s.past and not other_parties, "govs": govs,
                           "aside": bool(other_parties), "topics": {s.topic} - {None}, "sequel": s.sequel,
                           "listed": s.listed})
            continue
        target["govs"] |= govs
        target["topics"] |= {s.topic} - {None}
        target["signings"].append(s)
        # "X telah menandatangani perjanjian ... Penandatanganan Nota Kesepahaman ini dilakukan
        # pada 25 November": a paper told as the news in any of its reports is the news
        target["primary_like"] = target["primary_like"] or (not s.past and not target["aside"])
        if date and (target["date"] is None or _finer(date, target["date"])):
            target["date"] = date
        if target["type"] in (None, "mou", GENERIC) and s.type not in (None, "mou", "lainnya", GENERIC) \
                and not s.listed:
            target["type"], target["label"] = s.type, s.instrument.text
        if s.anaphoric:
            # "penandatanganan MoU serta komitmen bersama ... Penandatanganan berlangsung di X, Senin": the
            # papers named together were signed where and when the signing pointed back to was
            for sibling in _named_with(groups, target):
                sibling["signings"].append(s)
                sibling["date"] = sibling["date"] or date
    if not groups:
        return []
    # A government agreement has a government party: named where the signing is reported, or
    # where the headline and lead speak of the agreement (not a body quoted on a firms' deal). An
    # office of the state counts where the signing is reported ("Rektor X bersama Kapolda Y
    # menandatangani MoU"), not in the lead ("Presiden Donald Trump menarik AS dari kesepakatan ...").
    lead = _agreement_lead(ctx)
    governed = [g for g in groups if any(names_government(ctx, i, offices=False) for i in lead)
                or any(names_government(ctx, i) for i in _party_sentences(ctx, [s.sent for s in g["signings"]]))
                or _official_signed(ctx, g, people)]
    # a paper of a list is of the ceremony the list is told of: a government's if that is
    groups = [g for g in groups if any(g is h for h in governed) or g["listed"] and any(
        h["primary_like"] and _compatible(h["date"], g["date"]) for h in governed)]
    if not groups:
        return []
    groups = _split_by_signers(ctx, groups, people, before)
    if len(groups) > 1:
        # A signing named only in the headline or a photo caption, undated, is the article's news
        # told again ("Gubernur X saat menandatangani nota kesepahaman ..." above "SOFIFI, BRN - ...").
        groups = [g for g in groups if not (g["date"] is None and all(s.sent in before for s in g["signings"]))] \
            or groups
        # So is one dated otherwise (a caption's slip) where the body reports the same paper signed as its news
        told_before = [g for g in groups if g["primary_like"] and all(s.sent in before for s in g["signings"])]
        body = [g for g in groups if g["primary_like"] and not any(g is h for h in told_before)]
        groups = [g for g in groups if not (any(g is h for h in told_before) and any(
            _same_instrument_in_article(g["type"], h["type"]) or frozenset((g["type"], h["type"])) in one_paper
            for h in body))]
    counted = max(s.count for g in groups for s in g["signings"])
    # the days of signings told as past ("PKS ini merupakan tindak lanjut dari MoU yang ditandatangani
    # pada 25 Januari 2023") date those, not an undated signing of the news next to them
    earlier_days = frozenset(d[1] for g in groups for x in g["signings"] if x.past for d in x.dates)
    for g in groups:
        # a paper of a list is one of those the article counted ("empat nota kesepahaman ... yaitu: 1. ...")
        g["indonesian"] = _indonesian_term(ctx, counted if g["listed"] else max(s.count for s in g["signings"]))
        if g["type"] == GENERIC:  # "meneken kerja sama": the paper named again, else the article's own
            # term, else "MoU", else a PKS, else none
            g["type"] = _pointed_back_to(ctx, g["signings"]) or _named_again_after(ctx, g["signings"]) \
                or g["indonesian"] or next(
                (t for t in ("mou", "perjanjian_kerja_sama") if _names(ctx, t)), "lainnya")
        if g["primary_like"] and (g["date"] is None or g["date"].precision != "day"):
            # "meneken MoU ... Tahun 2021": a year (or month) is refined by the day the context
            # names for the ceremony, if it falls in it
            near = _context_date(ctx, g["signings"], earlier_days)
            if near is not None and _compatible(near, g["date"]):
                g["date"] = near
    primary_date = _primary_date(ctx, groups)
    events = []
    for n, g in enumerate(groups):
        # the evidence: the first report of the signing in the body, not the headline
        first = next((x for x in g["signings"] if x.sent > 0), g["signings"][0])
        sent = ctx.sentences[first.sent]
        primary = _is_primary(g, primary_date, ctx)
        if g["type"] == "mou" and g["indonesian"] and (not g["sequel"] or g["listed"]) \
                and (primary or g["date"] is None):
            # "MoU" names the paper the article calls a Nota Kesepahaman: not the next paper signed,
            # nor one signed on a day of its own before the news ("MoU, yakni Pemkab X pada 2018")
            g["type"] = g["indonesian"]
        elif g["type"] == "mou" and primary and (again := _named_again_after(ctx, g["signings"])):
            # the paper named "MoU" and then pointed back to by its Indonesian term: "penandatanganan MoU
            # ... Perjanjian kerja sama tersebut ditandatangani oleh ..." (GOLD.md: the first Indonesian term
            # the text uses for the same instrument, though it is a PKS)
            g["type"] = again
        ev = Event(event_id=_event_id(doc_id, n), agreement_type=g["type"] or "lainnya",
                   agreement_label=g["label"], evidence=sent.text, start_char=sent.start, end_char=sent.end,
                   event_date=g["date"], primary=primary)
        sents = sorted({s.sent for s in g["signings"]})
        ev.signatories = _signatories(ctx, sents, people)
        ev.province_codes = _provinces(ctx, sents, ev.signatories)
        ev.city, ev.venue = _place(ctx, sents, _dated_in(ctx, g["date"])) if primary else _told_place(ctx, sents)
        ev.parties = _parties(ctx, sents, people)
        events.append(ev)
    _share_the_ceremonys_place(events)
    _give_scope(ctx, events, groups, scope)
    return events + _papers_counted(ctx, doc_id, events, groups)


def _papers_counted(ctx: Context, doc_id: str, events: list[Event], groups: list[dict]) -> list[Event]:
    """Papers counted but not told apart ("8 (delapan) Penandatanganan Nota Kesepahaman" and the
    partners only listed; "penandatanganan empat MoU strategis"): each paper is an event, at the
    counted signing's day and place, its parties and scope not told; its signer the counted
    signing's one signer, who signed each ("Rektor X menandatangani MoU dengan A, B dan C"), else
    not told. Papers the article does tell apart (a list of them with their subjects or signers)
    are among the count."""
    extra: list[Event] = []
    for ev, g in zip(events, groups):
        # the news's papers only: earlier ones are told, not made rows ("Sebelumnya ... telah
        # menandatangani tiga MoU", "pada kunjungan kenegaraan ... sebanyak 27 MoU ditandatangani")
        counted = max((s for s in g["signings"] if not s.past), key=lambda s: s.count, default=None)
        if counted is None or not ev.primary:
            continue
        # a paper of a list of those signed is one of the count, whatever its kind
        told = [e for e, g2 in zip(events + extra, groups + [{}] * len(extra))
                if e.primary == ev.primary and _compatible(e.event_date, ev.event_date)
                and (_same_instrument_in_article(e.agreement_type, ev.agreement_type) or g2.get("listed"))]
        sent = ctx.sentences[counted.sent]
        papers = counted.count if counted.count <= ctx.settings.max_papers else 1
        for _ in range(papers - len(told)):
            extra.append(Event(event_id=_event_id(doc_id, len(events) + len(extra)), agreement_type=ev.agreement_type,
                               agreement_label=counted.instrument.text if counted.instrument else ev.agreement_label,
                               evidence=sent.text, start_char=sent.start, end_char=sent.end,
                               event_date=ev.event_date, primary=ev.primary, province_codes=list(ev.province_codes),
                               city=ev.city, venue=ev.venue,
                               signatories=list(ev.signatories) if len(ev.signatories) == 1 else []))
    return extra


def _split_by_signers(ctx: Context, groups: list[dict], people: list[Person], before: set[int]) -> list[dict]:
    """A paper is signed once by its signers: where a later report of a signing of the same kind
    and day names two or more signers, none of them a signer of the reports before it, or one new
    while one of those before is not among them, another paper was signed ("Penandatanganan ini
    dilaksanakan oleh A dan B ... Kemudian beberapa MoU juga diteken oleh Menteri C dan Menteri D",
    "Menteri A dan Menteri B menandatangani ... Selain itu, Menteri A dan Kepala C menandatangani
    ..."): the paper of another group those signers signed
    ("... dilanjutkan dengan penandatanganan MoU bersama Kapolres dan Dandim. Kapolres dan Dandim
    meneken MoU di bidang ..."), else a paper of its own. `before`: the sentences of the headline
    and the captions (`before_the_lead`), which tell the news again."""
    if all(len({s.sent for s in g["signings"]}) < 2 for g in groups):
        return groups  # each paper reported in one sentence: nothing to tell apart
    signers_of = lambda sents: {id(p) for p in _signatories(ctx, sents, people)}
    group_signers = [signers_of(sorted({s.sent for s in g["signings"]})) for g in groups]
    parts_of: list[list[dict]] = []
    moved: list[tuple[int, Signing]] = []
    for k, group in enumerate(groups):
        parts: list[dict] = []
        signed: set[int] = set()
        # the body's reports in order, then the headline's and a caption's: the news told again,
        # with the first paper the body tells (their title-cased words make no signers to compare)
        for s in sorted(group["signings"], key=lambda s: (s.sent in before, s.sent)):
            if parts and s.sent in before:
                parts[0]["signings"].append(s)
                continue
            signers = signers_of([s.sent])
            if parts and len(signers) >= 2 and len(signed) >= 2 and (
                    not signers & signed or signers - signed and signed - signers):
                other = next((j for j, g in enumerate(group_signers) if j != k and signers & g), None)
                if other is not None:
                    moved.append((other, s))
                else:
                    parts.append({**group, "signings": [s], "topics": {s.topic} - {None},
                                  "type": s.type if s.type not in (None, GENERIC) else group["type"],
                                  "label": s.instrument.text if s.instrument else group["label"]})
                    signed = signers
                continue
            if not parts:
                parts.append({**group, "signings": [s]})
            else:
                parts[-1]["signings"].append(s)
            signed |= signers
        parts_of.append(parts)
    for j, s in moved:
        parts_of[j][-1]["signings"].append(s)
    return [part for parts in parts_of for part in parts]


def _give_scope(ctx: Context, events: list[Event], groups: list[dict], scope: dict[str, frozenset[str]]) -> None:
    """The article's scope belongs to its news, the first primary signing; where several papers
    with their own subjects were signed ("Nota Kesepahaman tentang ... Pengembangan SDM"), a point
    named in one paper's own sentences is that paper's. Points all read where one kind of paper
    is named ("ruang lingkup nota kesepahaman itu ...") are the points of the one event of that
    kind, primary or not. An article with no news of a signing gives an earlier paper the points
    named in its own sentences."""
    primary = [(ev, g) for ev, g in zip(events, groups) if ev.primary]
    if not primary:
        # only earlier papers: each has the points its own sentences name ("... melalui Nota
        # Kesepahaman yang mencakup penanganan laporan masyarakat")
        for ev, g in zip(events, groups):
            ev.scope = [v for v in scope if v in _named_scope(ctx, g)]
        return
    named = set(scope.values())
    if len(events) > 1 and len(named) == 1 and len(kinds := next(iter(named))) == 1:
        of_kind = [ev for ev in events if ev.agreement_type in kinds]
        if len(of_kind) == 1:
            of_kind[0].scope = list(scope)
            return
    if len(primary) > 1 and any(g["topics"] for _ev, g in primary):
        own = [[v for v in scope if v in _named_scope(ctx, g)] for _ev, g in primary]
        if any(own):
            for (ev, _g), values in zip(primary, own):
                ev.scope = values
            return
    primary[0][0].scope = list(scope)


def _named_scope(ctx: Context, group: dict) -> set[str]:
    return {m.kind for i in {s.sent for s in group["signings"]}
            for m in ctx.in_sent(i, "SCOPE")}


def _share_the_ceremonys_place(events: list[Event]) -> None:
    """Papers signed at the article's ceremony (its primary signings, and any other signing of the
    same day) were signed where it took place, though the place is told once."""
    host = next((e for e in events if e.primary and e.city), None)
    if host is None:
        return
    for ev in events:
        same_day = ev.event_date is not None and host.event_date is not None and \
            ev.event_date.precision == host.event_date.precision == "day" and ev.event_date.date == host.event_date.date
        if ev.city is None and (ev.primary and _compatible(ev.event_date, host.event_date) or same_day):
            ev.city, ev.venue = host.city, host.venue


def _as_written(ctx: Context, m: Mention) -> str:
    """A town's name as the article writes it: the gazetteer's name where the article writes it
    anywhere ("Jakarta" in "Jakarta Selatan", "Palangkaraya" for Palangka Raya), else the short
    form it uses ("Sidrap", "Solo", "Bolsel" for Sidenreng Rappang, Surakarta, Bolaang Mongondow
    Selatan), in title case where written in capitals ("SIDRAP -"); a short form of four capitals
    or fewer ("IKN") keeps the gazetteer's name."""
    name = region_name(m)
    written = m.text
    if _letters(written) == _letters(name) or _written_whole(ctx.text, name):
        return name
    if written.isupper():
        return name if len(written) <= 4 else written.title()
    return written


def _written_whole(text: str, name: str) -> bool:
    return re.search(r"\b" + r"\s*".join(map(re.escape, name.split())) + r"\b", text, re.I) is not None


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def _official_signed(ctx: Context, group: dict, people: list[Person]) -> bool:
    """A government official signed ("Bupati X ... disaksikan. X sendiri turut meneken ..."): the
    government is a party even where its first mention is as a witness."""
    gov = ctx.lexicon.government
    sents = sorted({s.sent for s in group["signings"]})
    return any(("TITLE", p.role) in gov for p in _signatories(ctx, sents, people))


def _indonesian_term(ctx: Context, count: int = 1) -> str | None:
    """The first Indonesian instrument the article names (GOLD.md: "the first Indonesian term the
    text uses for the same instrument"), PKS aside (it is never an "MoU"), for `count` papers
    signed: papers counted otherwise are others ("sembilan MoU ... tiga nota kesepahaman
    business to business"), and a paper named as the one before ("pembaruan dari nota
    kesepahaman sebelumnya", "kelanjutan dari Nota Kesepahaman ...") is not this one, nor is it
    when pointed back to ("Nota kesepahaman ini")."""
    earlier: set[str] = set()  # the kinds of the papers named as earlier ones
    for m in ctx.mentions:
        if m.label != "INSTRUMENT":
            continue
        if earlier_paper(ctx, m) or followed_on_from(ctx, m):
            earlier.add(m.kind)
        elif m.kind in earlier and pointed_to(ctx, m.end):
            continue  # "... kelanjutan dari Nota Kesepahaman antara A dan B. Nota kesepahaman ini ...": that one again
        elif paper_count(ctx, m) in (1, count) and paper_kind(ctx, m) not in (
                "mou", "perjanjian_kerja_sama", "lainnya", GENERIC):
            return paper_kind(ctx, m)
    return None


def _pointed_back_to(ctx: Context, signings: list[Signing]) -> str | None:
    """The type of the paper a generic name points back to in its own sentence: "Letter of Intent
    (LOI) ... telah resmi ditandatangani kedua belah pihak, penandatanganan kerja sama tersebut
    berlangsung di ...": the kerja sama is that letter of intent."""
    paper = next((s.instrument for s in signings if s.instrument is not None), None)
    if paper is None or not pointed_to(ctx, paper.end):
        return None
    before = [m for m in ctx.in_sent(paper.sent, "INSTRUMENT") if m.end <= paper.start and m.kind != GENERIC
              and not earlier_paper(ctx, m) and not followed_on_from(ctx, m)]
    return paper_kind(ctx, before[-1]) if before else None


def _named_again_after(ctx: Context, signings: list[Signing]) -> str | None:
    """The vocabulary term that next names a paper signed under a name outside the vocabulary, pointing
    back to it ("... dituangkan dalam Memorandum of Agreement yang ditandatangani Selasa. Perjanjian
    kerja sama ini merupakan ...": GOLD.md's "next vocabulary term used for the same instrument")."""
    paper = next((s.instrument for s in signings if s.instrument is not None), None)
    if paper is None:
        return None
    later = (m for m in ctx.mentions if m.label == "INSTRUMENT" and m.start >= paper.end and m.kind != GENERIC)
    nxt = next(later, None)
    if nxt is None or not pointed_to(ctx, nxt.end) or earlier_paper(ctx, nxt) or followed_on_from(ctx, nxt):
        return None
    kind = paper_kind(ctx, nxt)
    return kind if kind != GENERIC else None


def _names(ctx: Context, agreement_type: str) -> bool:
    return any(m.label == "INSTRUMENT" and m.kind == agreement_type for m in ctx.mentions)


def _context_date(ctx: Context, signings: list[Signing], earlier: frozenset[int] = frozenset()) -> DateValue | None:
    """A signing sentence without a date: the day named in the sentence before it, or in the
    sentence after it that points back to it ("Acara ini berlangsung di ... pada Rabu, 5 September
    2024"), else the first day the article names near the publication date (an earlier agreement
    it follows may be named before: "Menindaklanjuti MoU ... 5 Oktober 2023 ... Senin (6/11)"), or
    in the lead when the publication date is not known. A day that dates a statement ('...," ujar
    Menteri X dalam keterangan tertulis, Selasa (6/2/2024)') is the day of the saying: it dates the
    signing only where no other day does. The days that begin at `earlier` are earlier signings'."""
    starts = [x.start for x in ctx.sentences]
    said = {start for _d, start, _e in ctx.dates if _said_on(ctx, bisect_right(starts, start) - 1, start)}
    # "... merujuk pada Perpres nomor 5 tahun 2011 yang diteken pada 3 Maret 2011": a regulation's day
    law = {start for _d, start, _e in ctx.dates if ctx.lexicon.pattern(_REGULATION_DAY).search(
        ctx.text, ctx.sentences[bisect_right(starts, start) - 1].start, start)}
    return _near_date(ctx, signings, said | law | earlier) or \
        (_near_date(ctx, signings, law | earlier) if said else None)


# a day in the relative clause of a regulation named before it in its sentence
_REGULATION_DAY = r"\b(?:{regulation})\b[^.;]*\b(?:{relative})\s[^.;]{0,40}$"


def _near_date(ctx: Context, signings: list[Signing], skip: set[int]) -> DateValue | None:
    """`_context_date` without the days that begin at `skip`."""
    for s in signings:
        if s.sent > 0:
            prev = [d for d in ctx.dates_in(s.sent - 1) if d[0].precision == "day" and d[1] not in skip]
            if prev:
                return prev[-1][0]
        if s.sent + 1 < len(ctx.sentences) and _opens_pointing_back(ctx, s.sent + 1):
            after = [d for d in ctx.dates_in(s.sent + 1) if d[0].precision == "day" and d[1] not in skip]
            if after:
                return after[0][0]
    days = [(d, start) for d, start, _e in ctx.dates if d.precision == "day" and start not in skip]
    if ctx.published is None:
        # no publication date to check it against: the day the lead names is the news's day
        first, start = days[0] if days else (None, 0)
        lead_end = ctx.sentences[min(len(ctx.sentences), ctx.settings.lead_sentences) - 1].end
        return first if first is not None and start < lead_end else None
    return next((d for d, _start in days if 0 <= (ctx.published - d.date).days <= ctx.settings.lead_date_days),
                None)


# a statement's day: after a quotation's speaker or a press statement ("dalam keterangan tertulis, Selasa")
_SAID_ON = r"(?:[\"”]\s*,?\s*(?:{said_verb})\b[^\"“”]*|\b(?:{statement})\b[^.;:\"“”]{0,60})$"


def _said_on(ctx: Context, i: int, start: int) -> bool:
    """Does the date at `start` in sentence i date a statement: a quotation's attribution ('...,"
    ujar Menteri X, Selasa (6/2/2024)') or a press statement ("dalam keterangan tertulis, Selasa")?"""
    return bool(ctx.lexicon.pattern(_SAID_ON, re.I).search(ctx.text, ctx.sentences[i].start, start))


def _finer(a: DateValue, b: DateValue) -> bool:
    return PRECISION_RANK[a.precision] > PRECISION_RANK[b.precision]


def _primary_date(ctx: Context, groups: list[dict]) -> DateValue | None:
    """The article's news date: the latest day-precise signing date (near publication if known)."""
    days = [g["date"] for g in groups if g["date"] and g["date"].precision == "day" and g["primary_like"]]
    if ctx.published:
        days = [d for d in days if abs((ctx.published - d.date).days) <= ctx.settings.news_days] or days
    return max(days, key=lambda d: d.date) if days else None


def _is_primary(g: dict, primary_date: DateValue | None, ctx: Context) -> bool:
    if g.get("aside"):
        return False  # signed at the news's ceremony, but by other parties
    d = g["date"]
    if d is None:
        return g["primary_like"]
    if primary_date is not None:
        return _compatible(d, primary_date)
    if ctx.published is not None:
        if d.precision == "day":
            return (ctx.published - d.date).days <= ctx.settings.news_days
        return d.date.year == ctx.published.year and g["primary_like"]
    return g["primary_like"]


def _event_id(doc_id: str, n: int) -> str:
    return hashlib.blake2b(f"{doc_id}#{n}".encode(), digest_size=8).hexdigest()


def _signatories(ctx: Context, sents: list[int], people: list[Person]) -> list[Person]:
    """People named in the signing sentences whose nearest cue is a signing, not a witness or
    speech. A title without a name ("ditandatangani oleh Sekda Provinsi X") stands for the one
    person of the article who holds it. One who stood in signs for the one represented ("Bupati X
    diwakili Sekda Y", "Sekda Y, mewakili Bupati X, menandatangani"). One the body says witnessed
    or represented is no signatory because a headline or a photo caption says so ("Bupati X saat
    meneken ..." beside "disaksikan Bupati X")."""
    out: list[Person] = []
    not_signers: set[int] = set()
    signed_in_body: set[int] = set()
    for i in sents:
        s = ctx.sentences[i]
        cues = [m for m in ctx.in_sent(i, "CUE") if m.kb_id in ("sign",) + _BLOCKING + _STANDING_IN]
        timed = {id(m) for m in cues if _told_as_time(ctx, m) or attended(ctx, m, cues)}
        has_sign = any(c.kb_id == "sign" and id(c) not in timed for c in cues)
        spans = named_in(ctx, people, s.start, s.end)
        titled = _title_only(ctx, i, people, spans)
        spans += titled
        for a, b, p in sorted(spans, key=lambda x: x[0]):
            # "Usai penandatanganan, X ..." says nothing of X; "X ... setelah meneken" says X signed, and so
            # does "Usai menandatangani MoU, Bupati X ...": the first named after the active verb, its subject
            before = [c for c in cues
                      if c.end <= a and (id(c) not in timed or _subject_after_the_clause(c, a, spans))]
            after = [c for c in cues if c.start >= b and c.kb_id != "represent"
                     and (id(c) not in timed or c.text.lower().startswith("me"))]
            if _speaker(ctx, s.start, a) and not (after and _signs_after(ctx, i, b, after[0])):
                continue  # "“Dengan ditandatanganinya nota kesepahaman ini ...,” lanjut Iskandar": who spoke
            if _represented(ctx, a, b, before, after, p.title):
                not_signers.add(id(p))
                continue
            before = [c for c in before if c.kb_id != "represent"]
            cue = before[-1] if before else (after[0] if after and not _runs_on(ctx, b, after[0]) else None)
            if not before and after and after[0].kb_id == "witness" and passive(after[0]):
                # "Wagub X (ketiga kanan), disaksikan Menteri Y (kiri), menandatangani ...": X signs
                cue = next((c for c in after if c.kb_id == "sign"), cue)
            if not before and _signing_witnessed(ctx, after):
                cue = after[1]  # "Selain Wakapolda X, penandatanganan MoU turut disaksikan Bupati Y": X watched too
            if not before and _accompanied_then_signs(ctx, after):
                cue = after[1]  # "Bupati X didampingi Sekda Y berkunjung ... dan menandatangani MoU": X signs
            if _accompaniment_closed(ctx, before, a):
                # "Penandatanganan dilakukan Gubernur X, didampingi Kadis Y, dengan Rektor Z": Z signs
                cue = next(c for c in reversed(before) if c.kb_id == "sign")
            if before and before[-1].kb_id == "witness" and not passive(before[-1]) and _watched_signing(ctx, b, after):
                cue = after[0]  # "Wali Kota X menyaksikan Bupati Y, Nama, menandatangani ...": Y signs
            if after and _signs_after(ctx, i, b, after[0]):
                cue = after[0]  # "..., ujar Gubernur X usai menandatangani MoU": X signed
            if cue is not None and cue.kb_id in ("witness", "attend") and cue.end <= a \
                    and _subject_signs(ctx, b, after) and _SUBJECT_GAP.fullmatch(ctx.text, b, after[0].start):
                # "Dalam acara yang dihadiri Wabup X, Sekda Y, ..., Bupati Z menandatangani dokumen":
                # the list of guests ends where the signing verb's subject begins, right before the
                # verb (not "didampingi Sekda Y berkunjung ke Z dan menandatangani": Y went along)
                cue = after[0]
            if cue is not None and cue.kb_id == "witness" and (a, b, p) not in titled:
                not_signers.add(id(p))
            if cue is not None and cue.kb_id == "sign" and cue.end <= a and _at_their_occasion(ctx, cue.end, a):
                continue
            if cue is not None and cue.kb_id == "sign" and cue.end <= a and \
                    _agent_of_another_verb(ctx, cue.end, a):
                continue  # "Kesepakatan yang ditandatangani ini diharapkan Bupati X menjadi ...": X hopes
            whole = min((x for x, y, q in spans if q is p and x <= a < y), default=a)  # "Widodo" in "Joko Widodo"
            if ctx.lexicon.pattern(_OWNED_BY).search(ctx.text, max(s.start, whole - 40), whole):
                continue  # "Penandatanganan MoU ini mendukung visi besar Presiden X": X's vision, not X
            # a bare title as subject is too often the host who watched; the office's name may stand between
            # it and the verb ("Direktur Jenderal X Kementerian Y telah menandatangani")
            if titled and (a, b, p) in titled and not before and \
                    not _subject_signs(ctx, max(b, a + len(_written_title(ctx, a, s.end))), after):
                continue
            if cue is not None and (cue.kb_id == "sign" or cue.kb_id == "represented" and has_sign):
                if not _headline_or_caption(ctx, i):
                    signed_in_body.add(id(p))
                if p not in out:
                    out.append(p)
    out = [p for p in out if id(p) not in not_signers or id(p) in signed_in_body]
    # one the signing sentence says witnessed is not a signer of the list that runs on after it
    # ("... disaksikan oleh Wagub X. Sementara itu, Wagub X sangat mengapresiasi ...")
    out += [p for p in _list_continued(ctx, sents, people, len(out)) if p not in out and id(p) not in not_signers]
    out += [p for i in sents for p in _pair_signed(ctx, i, people) if p not in out]
    return out


_PASSIVE_VERB = r"(?<![\w-])" + PASSIVE_VERB  # a passive verb as a word of its own ("diharapkan")


def _agent_of_another_verb(ctx: Context, cue_end: int, start: int) -> bool:
    """Does another passive verb stand between the signing verb and the name, right before the name
    (its title and "oleh" between at most)? The name is that verb's agent: "Kesepakatan yang
    ditandatangani ini diharapkan Bupati X menjadi pembuka ...". Not a verb of doing the signing
    ("dilakukan oleh X": words.tsv done_by), another cue's ("disaksikan"), nor one joined to the
    signing verb ("ditandatangani dan disahkan oleh X")."""
    verbs = list(ctx.lexicon.pattern(_PASSIVE_VERB).finditer(ctx.text, cue_end, start))
    if not verbs:
        return False
    verb = verbs[-1]  # the one nearest the name
    if verb.group().lower() in ctx.lexicon.word_set("done_by") \
            or any(m.label == "CUE" for m in ctx.starting_in(verb.start(), verb.end())):
        return False
    if ctx.lexicon.pattern(r"\b(?:{and})\s+$", re.I).search(ctx.text, cue_end, verb.start()):
        return False
    rest = ctx.text[verb.end():start]
    return len(rest) <= 40 and not re.search(r"[,.;:()]", rest)


def _signing_witnessed(ctx: Context, after: list[Mention]) -> bool:
    """Are the first cues after a name a signing named as a noun and, in its clause, a passive of
    witnessing it ("penandatanganan MoU turut disaksikan ...")? The name before is of a witness."""
    return len(after) >= 2 and after[0].kb_id == "sign" and after[0].text.lower().startswith("pen") \
        and after[1].kb_id == "witness" and passive(after[1]) \
        and not re.search(r"[,.;:]", ctx.text[after[0].end:after[1].start])


# "Keduanya menandatangani", "kedua Menteri Luar Negeri itu pun meneken": a subject that counts two
_PAIR = r"(?<![\w-])(?:(?P<pronoun>{pair_pronoun})|(?:{pair})\s+(?P<noun>[^,;]+?))\s+(?:(?:{demonstrative}|{subject_adverb})\s+)*$"


def _pair_signed(ctx: Context, i: int, people: list[Person]) -> list[Person]:
    """The two people a plural subject of an active signing verb points back to: "A bertemu B di
    Pyongyang. ... Keduanya menandatangani MoU ...", "kedua Menteri Luar Negeri menandatangani":
    the two named last before it (of the title it names, if one)."""
    s = ctx.sentences[i]
    cue = next((m for m in ctx.in_sent(i, "CUE") if m.kb_id == "sign"
                and ctx.lexicon.pattern(_ACTIVE_SIGN, re.I).match(m.text)), None)
    if cue is None:
        return []
    m = ctx.lexicon.pattern(_PAIR, re.I).search(ctx.text, s.start, cue.start)
    if m is None:
        return []
    roles = None  # any office
    if m["noun"]:
        title = next((t for t in ctx.in_sent(i, "TITLE") if t.start == m.start("noun")), None)
        if title is not None:  # "kedua Menteri Luar Negeri": the title and its office's name
            roles = None if title.kind == "lainnya" else {title.kind}
        elif ctx.lexicon.pattern(r"{regional_group}", re.I).fullmatch(m["noun"]):
            roles = ctx.lexicon.word_set("head_role")  # "kedua kepala daerah": the regions' heads
        elif not ctx.lexicon.pattern(r"{pair_noun}", re.I).fullmatch(m["noun"]):
            return []  # "kedua negara", "kedua belah pihak": bodies, not the people who signed
    named = sorted((max((a for a, _b in spans if a < m.start()), default=-1), n)
                   for n, spans in enumerate(people_mentions(ctx, people)))
    last = [(a, n) for a, n in named if a >= 0 and (roles is None or people[n].role in roles)][-2:]
    return [people[n] for _a, n in last] if len(last) == 2 else []


# the verb that gives a speaker and the speaker's title, after a quotation's closing mark ("...,” lanjut
# Ketua DPRD Nama", whatever the verb) or between commas ("Selain itu, tambah Nama, ...": words.tsv said_verb);
# the title may hold a comma ("..., jelas Kasubbag Humas Bakamla RI, Letkol Bakamla Nama di ...")
_SPEAKER = r"(?:[”\"],?\s*[a-z]+|,\s*(?:{said_verb}))\s+(?:[A-Z][\w.]*,?\s+){0,8}$"


def _speaker(ctx: Context, start: int, at: int) -> bool:
    """Is the name at `at` the speaker an attribution gives ("...,” lanjut Iskandar", ", tambah Nahwa,")?"""
    return bool(ctx.lexicon.pattern(_SPEAKER).search(ctx.text, start, at))


_STANDING_IN = ("represent", "represented")  # "mewakili", "diwakili"
_OCCASION = r"\b(?:{occasion})\b(?![^,;]*\b(?:{agent})\b)"


# a thing an office holder has, right before the office or the name (words.tsv owned_by), maybe with a word
# that qualifies it: "visi besar Presiden X", "arahan Menteri Y"
_OWNED_BY = r"\b(?i:{owned_by})\s+(?:[a-z]+\s+)?(?:[A-Z][\w.]*\s+){0,2}$"


def _at_their_occasion(ctx: Context, start: int, end: int) -> bool:
    """"Penandatanganan dilakukan pada saat kunjungan kenegaraan Presiden A kepada Presiden B": one
    named after the visit or meeting the signing took place at hosted or made it, and did not sign
    by that ("... dalam pertemuan itu oleh Menteri C" names the signer)."""
    return bool(ctx.lexicon.pattern(_OCCASION, re.I).search(ctx.text, start, end))


def _represented(ctx: Context, start: int, end: int, before: list, after: list, title: str = "") -> bool:
    """Did someone stand in for this person: "Bupati X (yang) diwakili ...", "..., mewakili Bupati X",
    "..., atas nama Kepala Staf Angkatan Udara, Marsekal X" (the person's own title right after the cue)?"""
    if after and after[0].kb_id == "represented" and after[0].start - end <= ctx.settings.represented_reach:
        return True
    rep = before[-1] if before else None
    if rep is None or rep.kb_id != "represent":
        return False
    between = ctx.text[rep.end:start].strip()
    if title and between.startswith(title):
        return True  # the cue, then the person's own title and name
    return start - rep.end <= ctx.settings.clause_reach and not re.search(r"[,;]", between)


# a photo caption's credit or label: "(BP/Ist)", "Foto: ...", "(Foto: Humas)"
_CAPTION = r"\(\s*[\w.]+/\s*{credit}\w*\s*\)|\b{photo}\s*:|\(\s*{photo}\b"


_ACTIVE_SIGN = r"{active_sign}"


def _accompanied_then_signs(ctx: Context, after: list) -> bool:
    """"Bupati X didampingi Sekda Y berkunjung ke Universitas Z dan menandatangani MoU": the
    first cue after a subject is the passive of accompanying and the next an active signing verb:
    the one accompanied is the subject who signed (the companion is not)."""
    return (len(after) > 1 and after[0].kb_id == "attend" and passive(after[0]) and after[1].kb_id == "sign"
            and bool(ctx.lexicon.pattern(_ACTIVE_SIGN, re.I).match(after[1].text)))


_SUBJECT_GAP = re.compile(r"\s*(?:[a-z]+\s+)?")  # between a subject and its verb: an adverb at most ("resmi")


def _runs_on(ctx: Context, end: int, cue) -> bool:
    """"... Asta Cita Presiden X, yaitu membangun dari desa, Penandatanganan ini berlangsung di Jakarta":
    a signing named as a capitalised noun after a comma opens a sentence run on with a comma; the
    names before it are not its signers."""
    return cue.kb_id == "sign" and cue.text[:1].isupper() and cue.text.lower().startswith("pen") \
        and ctx.text[end:cue.start].rstrip().endswith(",")


_ACCOMPANIMENT_CLOSED = r"[,\s]\s*(?:{accompaniment_end})\s"


def _accompaniment_closed(ctx: Context, before: list, start: int) -> bool:
    """"Penandatanganan MoU dilakukan Gubernur X, didampingi Kadis Y dengan Rektor Z": the passive of
    accompanying between a signing and a name is closed by the word that names the other side of the
    signing; the name after it signed."""
    if not before or before[-1].kb_id != "attend" or not passive(before[-1]) \
            or not any(c.kb_id == "sign" for c in before[:-1]):
        return False
    return bool(ctx.lexicon.pattern(_ACCOMPANIMENT_CLOSED, re.I).search(ctx.text, before[-1].end, start))


def _subject_signs(ctx: Context, end: int, after: list) -> bool:
    """"Rektor UTM bersama Gubernur Kalbar menandatangani MoU", "Wali Kota X melakukan
    penandatanganan Nota Kesepahaman": a title that is the subject of an active signing verb, or
    of a verb of doing before the signing, in the same clause signed; one of two such subjects
    too ("Kepala Basarnas kelas A Ambon dan Kepala BMKG Kelas 1 Ambon menandatangani")."""
    if not after or after[0].kb_id != "sign":
        return False
    gap = ctx.text[end:after[0].start]
    joined = ctx.lexicon.pattern(r"\s(?:{and})\s", re.I).search(gap)
    if re.search(r"[,;(]", gap) or len(gap) > ctx.settings.clause_reach * (2 if joined else 1):
        return False
    return bool(ctx.lexicon.pattern(_ACTIVE_SIGN, re.I).match(after[0].text)) or \
        bool(ctx.lexicon.pattern(_DOES_SIGNING, re.I).search(ctx.text, end, after[0].start))


_DOES_SIGNING = r"\b(?:{do_verb})\s+$"


def _watched_signing(ctx: Context, end: int, after: list) -> bool:
    """"A menyaksikan Bupati Y, Nama, menandatangani ...": the one watched is the subject of the
    active signing verb that follows, with no other verb between."""
    return bool(after) and after[0].kb_id == "sign" and after[0].start - end <= ctx.settings.clause_reach \
        and bool(ctx.lexicon.pattern(_ACTIVE_SIGN, re.I).match(after[0].text))


def _signs_after(ctx: Context, i: int, end: int, cue) -> bool:
    """"X usai menandatangani", "X setelah meneken": a name, a word of time and an active signing
    verb; the name is the verb's subject, whatever was said before it ("..., ujar X usai ...")."""
    if cue.kb_id != "sign" or not ctx.lexicon.pattern(_ACTIVE_SIGN, re.I).match(cue.text):
        return False
    between = [m for m in ctx.in_sent(i, "CUE") if m.kb_id == "after" and end <= m.start and m.end <= cue.start]
    return len(between) == 1 and not ctx.text[end:between[0].start].strip(" ,") \
        and not ctx.text[between[0].end:cue.start].strip()


def _headline_or_caption(ctx: Context, i: int) -> bool:
    """Is sentence i the headline, a title-cased headline line, or a photo caption?"""
    s = ctx.sentences[i]
    line_start = ctx.text.rfind("\n", 0, s.start) + 1
    line_end = ctx.text.find("\n", s.end)
    line = ctx.text[line_start:line_end if line_end >= 0 else len(ctx.text)]
    return i == 0 or headline(line, first=True) or bool(ctx.lexicon.pattern(_CAPTION, re.I).search(line))


def _subject_after_the_clause(cue: Mention, start: int, spans: list[tuple[int, int, Person]]) -> bool:
    """Is the name at `start` the first named after a signing told as the time with its active verb
    ("Seusai menandatangani Nota Kesepahaman, Bupati X mengharapkan ...")? The clause shares the
    sentence's subject, who signed; after "Usai penandatanganan" (a noun) no one is said to have."""
    return cue.text.lower().startswith("me") and not any(cue.end <= a < start for a, _b, _p in spans)


def _told_as_time(ctx: Context, cue) -> bool:
    """"Usai penandatanganan, Gubernur X mengatakan ...": the signing dates the sentence; it does
    not say who signed after it."""
    return cue.kb_id == "sign" and any(m.label == "CUE" and m.kb_id == "after" and 0 <= cue.start - m.end <= 2
                                       for m in ctx.in_sent(cue.sent))


_CONTINUES = r"^{continues}\b"
_PARTIES_STOOD_IN = r"^(?:{group_of}|{they})\s+(?:belah\s+)?pihak\b"  # "Kedua belah pihak diwakili A dan B"
_THEY_ARE = r"^{they}\s+{copula}\b"


def _list_continued(ctx: Context, sents: list[int], people: list[Person], n_signed: int) -> list[Person]:
    """A list of signatories that runs on into the next sentence: "..., yang ikut meneken ialah
    Gubernur A, Wali Kota B serta Bupati C. Sementara dari kalangan kampus ada Rektor D, ...", or
    names the signers a sentence counted: "... bersama empat rektor. Mereka adalah Rektor D, ...",
    or says who they were where the signing named none and no witness either ("Penandatanganan
    kesepakatan bersama enam provinsi itu dilakukan di Jakarta. Mereka di antaranya Gubernur D,
    ..."), or says who stood in for the other parties: "Sementara itu BKKBN diwakili oleh Sestama
    B", or for both: "Kedua belah pihak diwakili Wali Kota A dan Bupati B"."""
    found = []
    for i in sents:
        j = i + 1
        if j >= len(ctx.sentences) or j in sents:
            continue
        if ctx.sentences[i].text.rstrip().endswith(":"):
            found += _items_listed(ctx, j, people)
            continue
        s = ctx.sentences[j]
        text = s.text
        # "... Kemenag diwakili oleh Dirjen A. Sementara itu BKKBN diwakili oleh Sestama B, dan
        # BRIN diwakili oleh C.": who stood in for each party goes on after the signing
        cues = ctx.in_sent(j, "CUE")
        stood_in = [m for m in cues if m.kb_id == "represented"]
        start, end = s.start, s.end
        if stood_in and (n_signed >= 1 or ctx.lexicon.pattern(_PARTIES_STOOD_IN, re.I).match(text)
                         or _party_opens(ctx, j, min(m.start for m in stood_in))):
            start = min(m.end for m in stood_in)
            # "... diwakili General Manager B didampingi Asisten C": who came with them signed nothing
            end = min([m.start for m in cues if m.kb_id in _BLOCKING and m.start >= start], default=end)
        elif not (n_signed >= 2 and ctx.lexicon.pattern(_CONTINUES, re.I).match(text)
                  or (n_signed >= 1 or not any(m.kb_id in _BLOCKING for m in ctx.in_sent(i, "CUE")))
                  and ctx.lexicon.pattern(_THEY_ARE, re.I).match(text)):
            continue
        if any(m.kb_id in ("sign",) + _BLOCKING for m in cues if m.start < end):
            continue  # its own verb (witnessing, speaking, signing): not a continuation
        found += [p for p, named in zip(people, people_mentions(ctx, people))
                  if any(start <= a < end and not _speaker(ctx, start, a) for a, _b in named)]
    return found


def _items_listed(ctx: Context, j: int, people: list[Person]) -> list[Person]:
    """The people of the items a signing sentence opens with a colon ("Penandatanganan berlangsung
    antara Rektor A bersama pimpinan masing-masing mitra, yaitu: 1. Pemkot X (oleh Wali Kota B), 2.
    ..."): each item's, but one said to have witnessed or spoken."""
    found: list[Person] = []
    while j < len(ctx.sentences) and in_list_item(ctx, j):
        s = ctx.sentences[j]
        if ctx.in_sent(j, "INSTRUMENT") or ctx.in_sent(j, "CUE", "sign"):
            return []  # "... adalah: 1. Persetujuan ... ditandatangani oleh A dan B": a list of papers, each its signers
        if not any(m.kb_id in _BLOCKING for m in ctx.in_sent(j, "CUE")):
            for _a, _b, p in named_in(ctx, people, s.start, s.end):
                if p not in found:
                    found.append(p)
        j += 1
    return found


def _party_opens(ctx: Context, j: int, at: int) -> bool:
    """Does sentence j open with a body right before `at`: "Pemkab Taput diwakili oleh Bupati A
    ... dan PT PLN diwakili General Manager B" after a signing that named the bodies alone? (An
    office that was represented, "Bupati X diwakili oleh Y", says who came, not who signed.)"""
    start = ctx.sentences[j].start
    if any(m.label == "TITLE" for m in ctx.starting_in(start, start + 1)):
        return False
    return any(p.start == start and not ctx.text[p.end:at].strip() for p in sentence_parties(ctx, j))


def _title_only(ctx: Context, i: int, people: list[Person], named: list[tuple]) -> list[tuple]:
    found = []
    for t in ctx.in_sent(i, "TITLE"):
        if ctx.names_a_place(t):
            continue  # "di Kantor Bupati Sanggau": a building
        if any(m.label == "ORG" and m.start == t.start for m in ctx.in_sent(i)):
            continue  # "MoU Kejati dan Pemprov": the word names the body as much as its head
        role = t.kind
        reach = ctx.settings.clause_reach
        if any(a <= t.end + reach and b >= t.start and p.role == role for a, b, p in named if abs(a - t.end) < reach
               and not _another_title_between(ctx, i, t, a)):
            continue  # the title has its name beside it ("Bupati Maros bersama Nama, Kepala ..." has not,
            # nor "Kepala BNN RI dan Ketua Umum ADI Prof. Nama": the name is the next title's)
        gap = ctx.settings.title_place_gap
        if ctx.lexicon.pattern(r"\b{group_word}\s+$", re.I).search(ctx.text[max(0, t.start - gap):t.start]):
            continue  # "para Sekda": a group, not a person
        place = next((m for m in ctx.in_sent(i) if m.label in ("PROVINCE", "REGION") and 0 <= m.start - t.end <= gap), None)
        code = region_code(place) if place else None
        written = _written_title(ctx, t.start, ctx.sentences[i].end).lower()
        if ctx.lexicon.pattern(r"\s*(?:{group_after})", re.I).match(ctx.text, t.start + len(written)):
            continue  # "Kepala Kejaksaan Negeri di masing-masing wilayah": each region's, many people
        # "lainnya" holds every minor office: its holder has the title as written, or a longer one
        # ("Kepala BNN" for "Kepala BNN Provinsi X"; not "Kepala BPKP" for "Kepala Perwakilan BPKP")
        holders = [p for p in people if p.role == role and (code is None or p.province_code in (None, code))
                   and (role != "lainnya" or p.title.lower().startswith(written) or written.startswith(p.title.lower()))]
        if role == "lainnya":
            holders = _closest_titles(holders, written) or _same_body(ctx, people, t, written)
        if len(holders) == 1:
            found.append((t.start, t.end, holders[0]))
    return found


def _another_title_between(ctx: Context, i: int, title: Mention, at: int) -> bool:
    return any(title.end <= m.start < at for m in ctx.in_sent(i, "TITLE"))


def _same_body(ctx: Context, people: list[Person], title: Mention, written: str) -> list[Person]:
    """The holders of a minor office whose title names the same bodies, in other words: "Kepala
    BNN RI" for "Kepala Badan Narkotika Nasional (BNN) RI Komjen Pol. Nama" (the bodies compared
    by their canonical names, organisations.tsv)."""
    bodies = _bodies_in(ctx, title.start, title.start + len(written))
    head = written.split()[:1]
    if not bodies:
        return []
    holders = []
    for p in people:
        if p.role != "lainnya" or p.title.lower().split()[:1] != head:
            continue
        own = [t for t in ctx.ending_in(max(0, p.start - 160), p.start)
               if t.label == "TITLE" and t.text.lower().split()[:1] == head]
        if own and _bodies_in(ctx, own[-1].start, p.start) == bodies:
            holders.append(p)
    return holders


def _bodies_in(ctx: Context, start: int, end: int) -> set[str]:
    return {m.column(3) for m in ctx.starting_in(start, end) if m.label == "ORG"}


def _closest_titles(holders: list[Person], written: str) -> list[Person]:
    """The holders whose title shares the most words with a bare title as written: "Direktur
    Jenderal X" is the Direktur Jenderal's, not a Direktur's of the same article."""
    def shared(p: Person) -> int:
        pairs = zip(p.title.lower().split(), written.split())
        return sum(1 for _ in takewhile(lambda pair: pair[0] == pair[1], pairs))
    most = max(map(shared, holders), default=0)
    return [p for p in holders if shared(p) == most]


_WRITTEN_TITLE = re.compile(r"\w[\w.]*(?:[ ]+[A-Z][\w.-]*)*")


def _written_title(ctx: Context, start: int, end: int) -> str:
    """A bare title as the text writes it: its words and the capitalised words of its office after
    it ("Kepala Perwakilan BPKP", "Menteri Dalam Negeri"), up to a comma or a lower-case word ("dan":
    "Menteri Kelautan" of "Menteri Kelautan dan Perikanan", "Kapolres" of "Kapolres dan Dandim")."""
    m = _WRITTEN_TITLE.match(ctx.text, start, end)
    return m.group() if m else ""


def _gov_codes(ctx: Context, i: int) -> list[str]:
    """Provinces of the regional parties a sentence names: "Pemprov X", "Pemkab Y", "Gubernur Z",
    "Polda W", "bupati dan wali kota se-V"; not of witnesses."""
    codes: list[str] = []
    for p in sentence_parties(ctx, i):
        if p.regional and not p.witness:
            codes += [c for c in p.provinces if c not in codes]
    return codes


def _provinces(ctx: Context, sents: list[int], signatories: list[Person]) -> list[str]:
    """Provinces of the regional parties of one signing: of the governments, regional heads and
    provincial offices the signing sentences name (and a sentence that goes on to list them:
    "Ketiga gubernur itu ialah ..."), with those of the regional heads who signed for parties
    not named there. None when they name two parties or more and all are national. Else those of
    the regional heads who sign, then of the regional parties of a
    headline or lead that speaks of the agreement ("Kerja sama DKI Jakarta dan Kota Bekasi"),
    then the province the article is most about (as a government's, where every party named is
    national)."""
    sents = _party_sentences(ctx, sents)
    codes: list[str] = []
    for i in sents:
        codes += [c for c in dict.fromkeys(_gov_codes(ctx, i) + _listed_places(ctx, i)) if c not in codes]
    parties = event_parties(ctx, sents)
    regional_roles = {r for (label, r), v in ctx.lexicon.regional.items() if label == "TITLE" and v == "yes"}
    heads = list(dict.fromkeys(p.province_code for p in signatories if p.province_code and p.role in regional_roles))
    if codes:
        # "Penandatanganan ... Pemprov Malut dan enam provinsi lainnya ... Mereka di antaranya Gubernur
        # Gorontalo A, ...": the regional heads who signed for the parties not named there
        return codes + [c for c in heads if c not in codes]
    if len(parties) >= 2 and not any(p.regional for p in parties):
        return codes
    codes = heads
    if not codes and signatories and all(_national(ctx, p) or p.province_code is None for p in signatories):
        # "Presiden X bersama pemimpin negara ASEAN menandatangani deklarasi ...", "Dirjen X dan
        # Kepala Perwakilan UNICEF Y menandatangani ...": no signer holds a regional office
        return []
    regional = [p for p in parties if p.regional]
    if not codes and regional and all(p.generic and not p.provinces and count_before(ctx, p.start) > 1
                                      for p in regional):
        return []  # "DJP ... menandatangani PKS ... dengan 109 pemerintah daerah": governments not named
    if not codes:
        codes = _lead_codes(ctx, sents)
    if not codes:
        from .fields.people import dominant_province, of_national_bodies

        # where every party named is national or foreign ("UPSI dan BRIN menandatangani ..."), or
        # the article names no regional government beside its national bodies, only a province the
        # text names as a government's: not that of a dateline or a venue
        national = bool(parties) and not any(p.regional for p in parties) or of_national_bodies(ctx)
        codes = [c for c in [dominant_province(ctx, governed=national)] if c]
    return codes


def _national(ctx: Context, person: Person) -> bool:
    """Does the person hold a national office (a minister, the President, a head of a national agency)?"""
    if person.province_code is not None:
        return False
    words = person.title.lower().split()
    # the title as written may run on through the body it heads ("Direktur Jenderal ... Kementerian X")
    level = next((ctx.lexicon.titles[" ".join(words[:k])][1] for k in range(len(words), 0, -1)
                  if " ".join(words[:k]) in ctx.lexicon.titles), "")
    return level == "national"


def _party_sentences(ctx: Context, sents: list[int]) -> list[int]:
    """The signing sentences, a sentence soon after one that lists the parties it named, and the sentence
    before one that opens by pointing back to the cooperation that sentence told ("X menjalin kerja
    sama dengan Y. Kerja sama tersebut ditandai dengan penandatanganan MoU ...")."""
    after = [j for i in sents for j in range(i + 1, min(i + 1 + _LIST_REACH, len(ctx.sentences)))
             if j not in sents and ctx.lexicon.pattern(_LISTS_THEM, re.I).match(ctx.sentences[j].text)]
    before = [i - 1 for i in sents if i > 0 and i - 1 not in sents
              and (_opens_pointing_back(ctx, i) or _names_no_party(ctx, i) and _same_paragraph(ctx, i - 1, i))
              and ctx.sentences[i - 1].text[:1] not in _QUOTES]  # what was told, not what was said
    return sents + after + before


def _names_no_party(ctx: Context, i: int) -> bool:
    """Does sentence `i` name no party, no office and no person ("Dalam rapat koordinasi dan
    penandatanganan nota kesepakatan, komitmen bersama ditetapkan ...")? Its signing is between
    those the sentence before it in its paragraph names ("... sinergi antara Polda X dan Pemprov Y")."""
    return not sentence_parties(ctx, i) and not any(m.label == "TITLE" for m in ctx.by_sent.get(i, ()))


def _same_paragraph(ctx: Context, i: int, j: int) -> bool:
    """Are sentences i < j in one paragraph (no line break between them)?"""
    return "\n" not in ctx.text[ctx.sentences[i].end:ctx.sentences[j].start]


def _listed_places(ctx: Context, i: int) -> list[str]:
    """Provinces of the places a sentence lists as the parties just named ("11 daerah tersebut
    meliputi Kabupaten X, Kabupaten Y, ...")."""
    if not ctx.lexicon.pattern(_LISTS_THEM, re.I).match(ctx.sentences[i].text):
        return []
    codes = (region_code(m) for m in ctx.in_sent(i) if m.label in ("PROVINCE", "REGION"))
    return list(dict.fromkeys(ctx.province_then(c) for c in codes if c))


def _opens_pointing_back(ctx: Context, i: int) -> bool:
    """Does sentence `i` open by pointing back to what the sentence before told ("Kerja sama
    tersebut ...", "Kunjungan itu ditandai dengan penandatanganan ...", "Salah satunya ...")?"""
    return bool(ctx.lexicon.pattern(_POINTS_BACK, re.I).match(ctx.sentences[i].text))


# a few words and a demonstrative, or a phrase that refers back, at a sentence's start
# ("Selain itu", "Hari ini", "Oleh karena itu" are connectives and times: they point back at nothing)
_POINTS_BACK = (r"^[\W_]*(?!(?:{not_back})\b)(?:[^\W\d_]+(?:-[^\W\d_]+)*\s+){1,3}{demonstrative}\b"
                r"|^[\W_]*{back_opener}\b")


# "Ketiga gubernur itu ialah ...", "Kedua pihak tersebut yakni ...", "11 daerah tersebut meliputi ...":
# a list of the parties just named, in one of the next two sentences
# "Ketiga daerah itu adalah ...", "11 daerah tersebut meliputi ...", "Yakni, antara A dengan B ..."
_LISTS_THEM = (r"^(?:(?:{group_of}|\d+)\b[^.,]{0,40}\b{back_reference}\s+(?:{copula}|{list_verb})"
               r"|(?:{copula})\W{0,3}\s*(?:{between}))\b")
_LIST_REACH = 2


def _agreement_lead(ctx: Context) -> list[int]:
    """The headline and lead sentences (the first three) that speak of an agreement: a paper,
    a signing, a word for cooperation."""
    return [i for i in range(min(3, len(ctx.sentences))) if any(
        m.label in ("INSTRUMENT", "COOP") or (m.label, m.kb_id) == ("CUE", "sign") for m in ctx.by_sent.get(i, ()))]


def _lead_codes(ctx: Context, sents: list[int]) -> list[str]:
    """Regional parties of the headline and lead sentences that speak of an agreement, and the
    places they join as its two sides ("DKI-Kota Bekasi Perpanjang Kerja Sama")."""
    codes: list[str] = []
    for i in _agreement_lead(ctx):
        if i in sents:
            continue
        codes += [c for c in _gov_codes(ctx, i) if c not in codes]
        places = [m for m in ctx.in_sent(i) if m.label in ("PROVINCE", "REGION")]
        for a, b in zip(places, places[1:]):
            if ctx.lexicon.pattern(_JOINED, re.I).fullmatch(ctx.text[a.end:b.start]):
                codes += [c for c in (region_code(a), region_code(b)) if c and c not in codes]
    return codes


_JOINED = r"\s*{joined}\s*(?:{joined_head}\s*)?"


def _place(ctx: Context, sents: list[int], dated: list[int] = ()) -> tuple[str | None, str | None]:
    """Where it was signed: the venue after "di", the city named after it, the seat of a
    provincial government whose office it is, else the dateline city.

    Any place clause counts where the ceremony is told (the sentences that date it, else its
    first two reports in the body, and the headline if it reports it); elsewhere only a clause
    that says where something took place ("bertempat di", "digelar di", "di Aula ..."):
    "dukungan bagi pembangunan di Provinsi X" is where something else happens. Such a clause
    counts too in the sentences next to a report, and in one that gives the signing its date
    without naming it (`dated`: "Kegiatan ini berlangsung di Hotel X Malang pada Kamis")."""
    venue = city = None
    told = [i for i in sents if ctx.dates_in(i)] or _first_reports(ctx, sents)
    nearby = sents + [j - 1 for j in sents if j > 0] + [j + 1 for j in sents if j + 1 < len(ctx.sentences)] + \
        list(dated)
    for i in told + [j for j in dict.fromkeys(nearby) if j not in told]:
        s = ctx.sentences[i]
        m = ctx.lexicon.venue.search(s.text)
        if m and venue is None:
            venue = m.group(1).strip()
        for at, stated in _place_clauses(ctx, i):
            if stated or i in told:
                city = _clause_city(ctx, i, at, stated)
                if city:
                    break
        if city:
            break
    city = city or next(filter(None, (_set_off_before_date(ctx, i) for i in told)), None)
    dateline = _dateline(ctx)
    if city == _ABROAD:
        return _headline_town(ctx), venue
    if city == _REGENCY_OFFICE:
        # "di kantor bupati" under a city's dateline: a regency's office is not in a city
        # (kota), and its town is not said
        return (None if dateline is not None and not isinstance(dateline, str) and _kinds(dateline) == {"kota"}
                else _dateline_city(ctx)), venue
    return city or _dateline_city(ctx), venue


def _first_reports(ctx: Context, sents: list[int]) -> list[int]:
    """The headline, if it reports the signing, and the first two reports in the body: a headline
    ("Pemprov X-LKPP Teken MoU") counts for none of the body's ("... menandatangani langsung MoU
    tersebut dalam acara ... di Kota Bandung, kemarin (5/7)")."""
    lead = sents[:1] if sents[:1] == [0] and opens_with_headline(ctx) else []
    return lead + [i for i in sents if i not in lead][:2]


# between a town set off by commas and the date after it: a comma, maybe a weekday
_TO_THE_DATE = r"\s*,\s*(?:{weekday}\s*,?\s*)?"
_COMMA_BEFORE = re.compile(r",\s*$")  # and before the town, the comma that sets it off


def _set_off_before_date(ctx: Context, i: int) -> str | None:
    """A town set off by commas right before the date of the sentence that dates the signing is
    where it took place, as a dateline's is: "... pada acara Dies Natalis Fakultas Farmasi Unpad,
    Bandung, (16/3/2019)", "..., Surabaya, Senin (3/4/2023)"."""
    to_date = ctx.lexicon.pattern(_TO_THE_DATE, re.I)
    starts = [d[1] for d in ctx.dates_in(i)]
    for r in ctx.in_sent(i, "REGION") + ctx.in_sent(i, "TOWN"):
        after = to_date.match(ctx.text, r.end)  # the date's span may open at its weekday or its bracket
        if after and any(r.end < at <= after.end() for at in starts) and _COMMA_BEFORE.search(ctx.text, max(0, r.start - 8), r.start) \
                and not _inside_a_name(ctx, r):
            return _clause_city(ctx, i, r.start, True)
    return None


def _told_place(ctx: Context, sents: list[int]) -> tuple[str | None, str | None]:
    """Where an earlier signing took place, where its own sentence says so ("MoU ... dilakukan
    pada 16 Desember 2021 lalu di Rujab Wali Kota Kendari"): never the dateline's town, which is
    the news's."""
    for i in sents:
        for at, _stated in _place_clauses(ctx, i):
            city = _clause_city(ctx, i, at, True)
            if city and city not in (_REGENCY_OFFICE, _ABROAD):
                m = ctx.lexicon.venue.search(ctx.sentences[i].text)
                return city, m.group(1).strip() if m else None
    return None, None


def _dated_in(ctx: Context, date: DateValue | None) -> list[int]:
    """The sentences that write a day's date, `date`."""
    if date is None or date.precision != "day":
        return []
    starts = [s.start for s in ctx.sentences]
    return sorted({bisect_right(starts, start) - 1 for d, start, _end in ctx.dates if d == date})


_REGENCY_OFFICE = "<regency office>"
_ABROAD = "<abroad>"  # a venue abroad whose town is not said
_QUOTE_END = re.compile(r"[\"”]\s*,?\s")


def _kinds(region) -> set[str]:
    return region.kinds


def _clause_city(ctx: Context, i: int, at: int, stated: bool) -> str | None:
    """The town a place clause names: its last town, or the seat of the provincial government
    whose office it names first; a regency's own office is in the dateline's town if there is
    one, unless the clause is `stated` as the venue and the dateline is another regency or city."""
    # the clause runs to its date or the end of the sentence:
    # "di Kantor Ombudsman RI, Kuningan, Jakarta Selatan, Kamis (29/2/2024)"
    # (or the quotation it is said in: '... di kantor bupati," kata X di Kota Y')
    # (or at a signing verb: "Kejari di Maluku menandatangani PKS dengan Pemerintah Kabupaten ...")
    # (or at its guests: "di Gedung Pinisi Lantai 4, ini dihadiri Bupati X, Kepala BPJS Makassar")
    # (or at an office after a comma, the signer: "di Kampus UI, Depok, Gubernur Gorontalo Nama menandatangani")
    quote = _QUOTE_END.search(ctx.text, at, ctx.sentences[i].end)
    stop = min([d[1] for d in ctx.dates_in(i) if d[1] > at] + [ctx.sentences[i].end, at + 120] +
               ([quote.start()] if quote else []) +
               [c.start for c in ctx.in_sent(i, "CUE") if c.kind in ("sign", "attend") and c.start > at] +
               [t.start for t in ctx.in_sent(i, "TITLE")
                if t.start > at and _COMMA_BEFORE.search(ctx.text, max(0, t.start - 8), t.start)])
    # a regency seat no regions.tsv row names is a place too ("di Sentani": towns.tsv)
    regions = sorted((r for r in ctx.in_sent(i, "REGION") + ctx.in_sent(i, "TOWN")
                      if at <= r.start < stop and not _inside_a_name(ctx, r)
                      and not _in_a_body(ctx, r.start, r.end, ctx.sentences[i].start)),
                     key=lambda r: r.start)
    # "Kampus X, Bantul, Daerah Istimewa Yogyakarta": after a regency, a city's name inside its
    # province's names the province
    provinces = [p for p in ctx.in_sent(i, "PROVINCE") if at <= p.start < stop]
    inside = [r for r in regions if any(p.start <= r.start and r.end <= p.end for p in provinces)]
    if len(inside) < len(regions):
        first = next(r for r in regions if not any(r is q for q in inside))
        regions = [r for r in regions if r.start <= first.start or not any(r is q for q in inside)]
    if regions and (town := _town_of(regions)) is not None:
        return town  # "di Puskesmas X, Distrik Kobakma, Mamberamo Tengah": the town in the regency
    capital = next((c for c in ctx.lexicon.capitals if _names_town(ctx, c, at, stop, regions)), None)
    if capital and regions and _address_runs_on(ctx, ctx.text.find(capital, at, stop) + len(capital), regions[-1]):
        capital = None  # "Rumah Dinas Bupati Gorontalo, Kelurahan Kayubulan, Kecamatan Limboto"
    seat = _provincial_seat(ctx, i, at, regions[0].start if regions else stop)
    if capital or seat:
        return capital or seat  # "Kantor Gubernur Maluku Utara, Sofifi"; "rumah dinas Gubernur Jambi"
    if regions:
        dateline = _dateline(ctx)
        elsewhere = stated and dateline is not None and not isinstance(dateline, str) and \
            region_name(regions[-1]) not in (region_name(dateline), _seat_of(dateline))
        if _regency_government(ctx, regions[-1]) and not elsewhere:
            # "di Aula Pemerintah Kabupaten Pesawaran": the regency's office, not a town in it;
            # the dateline names the town ("SENGETI -") when there is one, and not when it is
            # another regency or city ("PURWOREJO - ... di Komplek Pemkab Kulon Progo")
            return _dateline_city(ctx) or _as_written(ctx, regions[-1])
        return _as_written(ctx, regions[-1])
    heads = {ctx.lexicon.titles.get(w, ("",))[0] for w in re.findall(r"\w+", ctx.text[at:stop].lower())}
    if heads & {"bupati", "wakil_bupati"} or \
            any(at <= g.start < stop and g.kb_id == "kabupaten" for g in ctx.in_sent(i, "GOV")):
        return _REGENCY_OFFICE  # "di kantor bupati"
    return _foreign_town(ctx, i, at, stop)


# the parts of an address after a place's name, each capitalised, up to a town's name and the word
# before it: ", Jati Padang, Ps. Minggu, Kota ", ", Kelurahan Kayubulan, Kecamatan "
_ADDRESS_PARTS = re.compile(r"(?:\s*,\s*[A-Z0-9][^,\s]*(?:\s+[A-Z0-9][^,\s]*)*)*\s*,\s*(?:[A-Z][\w.]*\s+){0,2}")


def _address_runs_on(ctx: Context, end: int, town) -> bool:
    """Does an address go on from `end` (a capital's name) to `town`, a city or a town (not the
    regency a town is in: "di Wamena, Kabupaten Jayawijaya")? "di Rumah Dinas Bupati Gorontalo,
    Kelurahan Kayubulan, Kecamatan Limboto": the address's town is its last."""
    if town.start <= end or (town.label == "REGION" and "kota" not in _kinds(town)):
        return False
    return bool(_ADDRESS_PARTS.fullmatch(ctx.text, end, town.start))


_HEADLINE_TOWN = r"\b(?:{at_word})\s+((?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?)\W*$"


def _headline_town(ctx: Context) -> str | None:
    """The town a headline names at its end for a venue abroad whose town the body does not tell
    ("Presiden Saksikan Penandatanganan MoU di Ankara" over "... di Istana Kepresidenan Turki"): a
    town abroad.tsv holds, or a bare name no gazetteer holds (not a country, a province, a body or a
    building)."""
    if not opens_with_headline(ctx):
        return None
    line = ctx.sentences[0].text
    m = ctx.lexicon.pattern(_HEADLINE_TOWN, re.I).search(line)
    if m is None or ctx.lexicon.venue.match(line, m.start()) or \
            any(w.lower() in ctx.lexicon.nonnames for w in m.group(1).split()):
        return None  # "... MoU di Istana": a building (buildings.tsv), no town
    at = ctx.sentences[0].start + m.start(1)
    named = ctx.starting_in(at, at + len(m.group(1)))
    if not named:
        return m.group(1)
    return next((region_name(t) for t in named if t.label == "TOWN" and t.start == at), None)


_BARE_TOWN = r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\s*,\s*|\s+(?:{date_before}\s+)?)"


def _foreign_town(ctx: Context, i: int, at: int, stop: int) -> str | None:
    """A town no gazetteer holds, abroad: "di Beirut, Lebanon", or "di Beirut pada Jumat (10/11)"
    in an article whose parties include a foreign country; or at home before its province ("di
    Nusa Dua, Bali")."""
    abroad = [c for c in ctx.mentions if c.label == "COUNTRY" and c.kind != HOME]
    venue = ctx.lexicon.venue.search(ctx.text, max(ctx.sentences[i].start, at - 16), stop)
    town = _town_after_country(ctx, i, stop, abroad) if venue and venue.start(1) == at else None
    if town:
        return town  # "di Istana Kepresidenan Turki, Ankara, Kamis": not the building's words
    m = ctx.lexicon.pattern(_BARE_TOWN).match(ctx.text, at)
    building = venue is not None and venue.start(1) == at  # "di Istana Kepresidenan Turki": a name, no town
    if building and any(at <= c.start < stop for c in abroad):
        return _ABROAD  # a building abroad, its town not said: not the dateline's town either
    if not m or any(w.lower() in ctx.lexicon.nonnames for w in m.group(1).split()) or \
            any(x.start < m.end(1) and x.end > at for x in ctx.in_sent(i) if x.label != "COUNTRY"):
        return _town_before_country(ctx, i, at, stop, abroad)
    if any(c.start == m.end() for c in abroad):
        return m.group(1)  # "di Beirut, Lebanon"
    if "," in ctx.text[m.end(1):m.end()] and any(p.start == m.end() for p in ctx.in_sent(i, "PROVINCE")):
        return m.group(1)  # "di Nusa Dua, Bali": a town at home, before its province
    dated = any(d[1] == m.end() for d in ctx.dates_in(i)) or stop == m.end()
    return m.group(1) if dated and abroad else None


_TOWN_BEFORE = re.compile(r",\s*([A-Z][a-z]+(?: [A-Z][A-Za-z]+)?)\s*,\s*$")


def _town_before_country(ctx: Context, i: int, at: int, stop: int, abroad: list[Mention]) -> str | None:
    """The town between a venue's name and its country: "di Gedung U.S. Chamber of Commerce,
    Washington DC, Amerika Serikat"."""
    for c in abroad:
        if c.sent != i or not at < c.start <= stop + 2:
            continue
        m = _TOWN_BEFORE.search(ctx.text, at, c.start)
        if m and not any(w.lower() in ctx.lexicon.nonnames for w in m.group(1).split()) and \
                not any(x.start < m.end(1) and x.end > m.start(1) for x in ctx.in_sent(i)):
            return m.group(1)
    return None


_TOWN_AFTER = re.compile(r"\s*,\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\s*,|\s*\(|\s*$)")


def _town_after_country(ctx: Context, i: int, stop: int, abroad: list[Mention]) -> str | None:
    """The town after the country of a building abroad: "di Istana Kepresidenan Turki, Ankara,
    Kamis (10/4)" (not a weekday that dates it, nor a word no town has)."""
    for c in abroad:
        if c.sent != i or c.end > stop:
            continue
        m = _TOWN_AFTER.match(ctx.text, c.end)
        if m and not any(d[1] == m.start(1) for d in ctx.dates_in(i)) and \
                not any(w.lower() in ctx.lexicon.nonnames for w in m.group(1).split()) and \
                not any(x.start < m.end(1) and x.end > m.start(1) for x in ctx.in_sent(i)):
            return m.group(1)
    return None


def _seat_of(place) -> str | None:
    """The regency whose seat a TOWN is ("Kalianda": Lampung Selatan)."""
    return place.column(1) if place.label == "TOWN" else None


def _names_town(ctx: Context, town: str, start: int, stop: int, regions: list) -> bool:
    """Is `town` named between start and stop, as itself and not inside a longer place name
    ("Mamuju" in "Mamuju Tengah"), nor inside a body's ("Universitas Negeri Semarang"), nor, after a
    regency or city, inside its province's ("Kampus X, Bantul, Daerah Istimewa Yogyakarta")?"""
    k = ctx.text.find(town, start, stop)
    if k < 0 or any(r.start <= k and r.end > k + len(town) for r in regions) or \
            _in_a_body(ctx, k, k + len(town), start):
        return False
    return not (regions and regions[0].start < k and any(
        p.label == "PROVINCE" and p.end >= k + len(town) for p in ctx.starting_in(start, k)))


_AT_WORD = r"\b(?:{at_word})\s"


def _place_clauses(ctx: Context, i: int) -> list[tuple[int, bool]]:
    """Where each place clause of sentence i starts (after "di", "bertempat", "berlangsung", but not
    after a "di" phrase that places nothing: "di lingkungan Pemkab X"), and whether it is stated as
    the place of an occasion: after a venue verb ("digelar di", `clauses.tsv`) or naming a building."""
    s = ctx.sentences[i]
    clauses = ctx.in_sent(i, "CLAUSE")
    idle = {c.start for c in clauses if c.kb_id == "not_venue"}
    verbs = [(c.start, c.end) for c in clauses if c.kb_id == "venue"]
    found = []
    for k in ctx.lexicon.pattern(_AT_WORD, re.I).finditer(s.text):
        start, at = s.start + k.start(), s.start + k.end()
        if start not in idle:
            stated = any(a <= start < b for a, b in verbs) or bool(ctx.lexicon.venue.match(ctx.text, start))
            found.append((at, stated))
    return found


def _provincial_seat(ctx: Context, i: int, at: int, stop: int) -> str | None:
    """The capital of a province whose government's office is the venue: "di Kantor Gubernur
    Kaltim", "di ruang rapat kantor pemerintah provinsi Kalimantan Barat"."""
    seats = {code: capital for capital, code in ctx.lexicon.capitals.items()}
    heads = [m for m in ctx.in_sent(i, "GOV") if m.kb_id == "provinsi"] + \
        [t for t in ctx.in_sent(i, "TITLE") if t.kind in ("gubernur", "wakil_gubernur")]
    for p in ctx.in_sent(i, "PROVINCE"):
        if at <= p.start < stop and any(0 <= p.start - h.end <= 4 for h in heads):
            return seats.get(region_code(p) or "")
    return None


_REGENCY_BEFORE = r"\b(?:{regency_head})\.?\s*$"  # "Pemkab X", "Kantor Bupati X"


_CAPITALISED_NEXT = re.compile(r" [A-Z][a-z]")


def _town_of(regions: list) -> str | None:
    """The town a clause names before the regency it lies in ("Hotel X Sentani, Kabupaten
    Jayapura", "Kecamatan Limboto, Kabupaten Gorontalo"): the nearer place is where it was signed."""
    last = regions[-1]
    if last.label != "REGION":
        return None
    return next((r.kind for r in regions[:-1] if r.label == "TOWN" and region_name(last) in r.columns(1)), None)


def _inside_a_name(ctx: Context, region) -> bool:
    """A town's name inside a longer name ("Desa Air Batu Buding"): a capitalised word follows it
    that names no place of its own ("Balikpapan Kaltim" is two places) and no day or month
    ("Bandarlampung Kamis (27/03/2024)": the date the clause ends with)."""
    if not _CAPITALISED_NEXT.match(ctx.text, region.end):
        return False
    word = re.match(r"\s*(\w+)", ctx.text[region.end:region.end + 20]).group(1).lower()
    if word in ctx.lexicon.calendar.weekdays or word in ctx.lexicon.calendar.months:
        return False
    return not any(m.label in ("PROVINCE", "REGION", "COUNTRY") for m in ctx.starting_in(region.end + 1, region.end + 2))


def _in_a_body(ctx: Context, start: int, end: int, since: int) -> bool:
    """Is the place's name at [start, end) inside a longer name of a body the gazetteer knows (one
    that begins after `since`)? "Universitas Negeri Semarang" is where the body is, not where the
    clause says the signing was ("perguruan tinggi di Jawa Tengah yakni Universitas Negeri Semarang,
    ..."); a government (GOV, not ORG) is named for its region ("Pemkab Kulon Progo")."""
    return any(o.label == "ORG" and o.start <= start and end <= o.end and (o.start, o.end) != (start, end)
               for o in ctx.starting_in(since, start + 1))


def _regency_government(ctx: Context, region) -> bool:
    """A regency (not a city) named as its government or office: "Pemkab X", "Kantor Bupati X"."""
    before = ctx.text[max(0, region.start - 12):region.start]
    return "kabupaten" in _kinds(region) and bool(ctx.lexicon.pattern(_REGENCY_BEFORE, re.I).search(before))


# a town in capitals and a comma, no outlet and no dash: "ATAMBUA, Pemerintah ..."; only a place the
# gazetteer knows, as capitals before a comma are a headline's words too
_COMMA_DATELINE = re.compile(r"^(?P<head>[A-Z][A-Z'’]{2,}(?: [A-Z][A-Z'’]+){0,2})\s?,\s+(?P<outlet>)(?=[A-Z][a-z])")
# a town as a name is written and a comma (a space before it at times: "Jakarta , Menteri ..."), at the
# start of the body's first line: "Selong, Setelah ..."; only a place the gazetteer knows, and the whole
# of the head
_NAME_COMMA_DATELINE = re.compile(r"^(?P<head>[A-Z][a-z'’]{2,}(?: [A-Z][a-z'’]+){0,2})\s?,\s+(?P<outlet>)(?=[A-Z][a-z])")
# A dateline opens the body: "KALIANDA –", "BLANGPIDIE (Waspada):", "Negara (ANTARA) -",
# "KOTA -(Outlet)- ", "Outlet.id, Samarinda –", "TRIBUNJAMBI.COM, SENGETI -", "Gentra News NTT – Kupang –",
# "GRESIK | outlet.co –", "Outlet.id - Pematangsiantar |", "BATAM, Outlet.com //".
_DATELINES = (re.compile(r"^(?P<head>[^\n()]{2,60}?)\s*(?:[-–—]{1,2}\s*(?=\())?(?P<outlet>\([^()\n]{1,40}\))?"
                         r"\s*(?:[-–—]{1,2}|:|//)(?:\s|$)"),
              re.compile(r"^(?P<head>[^\n()–—|-]{2,40}\s[-–—]{1,2}\s[^\n()–—|-]{2,30}?)\s*(?P<outlet>)(?:[-–—]{1,2}|:|\|)\s"),
              # a line of its own, the site's address before the town: "KONTAN.CO.ID - JAKARTA."
              re.compile(r"^(?P<head>\S+\.[A-Za-z.]{2,}\s[-–—]{1,2}\s[A-Z][A-Za-z ]{2,30}?)(?P<outlet>)\.$"),
              # a town in capitals and the outlet in brackets, no dash: "PADANG, (Outlet.com) Pemerintah ..."
              re.compile(r"^(?P<head>[A-Z][A-Z .'’]{1,40}?)\s*,?\s*(?P<outlet>\([^()\n]{1,40}\))\s+(?=[A-Z])"),
              _COMMA_DATELINE, _NAME_COMMA_DATELINE,
              # a line of its own, the town and the site's address: "Rembang, Outlet.co.id"
              re.compile(r"^(?P<head>[A-Z][A-Za-z'’]{2,}(?: [A-Z][A-Za-z'’]+){0,2})\s?,\s+"
                         r"(?P<outlet>[\w-]+(?:\.[a-z]{2,}){1,2})\s*$"))
# the parts of a dateline's head: after a comma, a bar, a dash, or a site's address ("Outlet.com Ambon"),
# and before a site's address in lower case that ends the head ("GRESIK outlet.com -"; in capitals, the
# words before it are the site's name too: "FAKTA KALIMANTAN.CO.ID")
_PART_SPLIT = re.compile(r"\s*(?:,|\s\|\s|\s[-–—]{1,2}\s|(?<=\w\.[a-z]{2})\s|(?<=\w\.[a-z]{3})\s"
                         r"|\s(?=(?-i:[\w-]+(?:\.[a-z]{2,}){1,2})$))\s*", re.I)
_TOWN_PREFIX = r"^{town_prefix}\s+"
_ADDRESS = re.compile(r"\w\.[a-z]{2,}\b", re.I)  # "duta.co", "Outlet.com": a site, no town
_BRAND = re.compile(r"[a-z][A-Z]")  # "LiputanIslam", "KabarSDGs": a capital inside a word, no town's
_TOWN = re.compile(r"[A-Z][A-Za-z'’]+(?: [A-Z][A-Za-z'’]+){0,2}")


def _dateline_city(ctx: Context) -> str | None:
    """The town of the dateline: a place the gazetteer knows, else a town written in capitals,
    after the outlet's name or before "(Outlet)"."""
    town = _dateline(ctx)
    return town if town is None or isinstance(town, str) else _as_written(ctx, town)


def _dateline_heads(ctx: Context) -> list[tuple[int, Sentence, re.Match]]:
    """(sentence index, sentence, match) of each dateline written among the first sentences: read
    once per article (`Context.datelines`), as the dateline's province and town, the lead and the
    venue each ask for them."""
    if ctx.datelines is None:
        ctx.datelines = list(_find_dateline_heads(ctx))
    return ctx.datelines


def _find_dateline_heads(ctx: Context):
    for n, s in enumerate(ctx.sentences[:8]):
        for m in filter(None, (d.match(s.text) for d in _DATELINES)):
            if m.re is _NAME_COMMA_DATELINE and not _a_known_town_opens(ctx, n, s, m.group("head")):
                continue  # "Bupati Lombok Timur, Nama, ...", a headline's "Dukung X, Y Jalin ...": no dateline
            if not any(p.strip() for p in _PART_SPLIT.split(m.group("head"))) or \
                    m.end() < len(s.text) and not any(c.islower() for c in s.text[m.end():m.end() + 40]):
                continue  # a headline in capitals ("TEKEN MOU DENGAN BNN, MENTERI X: ..."), no dateline
            yield n, s, m


def _a_known_town_opens(ctx: Context, n: int, sent, head: str) -> bool:
    """Does a town the gazetteers know, and nothing else, open a line of the lead ("Selong, ...")?"""
    return 0 < n <= 2 and _opens_a_body(ctx, sent, head) and any(
        r.start == sent.start and r.end - r.start == len(head) for r in ctx.in_sent(n, "REGION") + ctx.in_sent(n, "TOWN"))


def before_the_lead(ctx: Context) -> set[int]:
    """The sentences before the body: the headline, and the lines between it and the dateline that
    opens the body (a photo caption, a kicker), which tell the news again, not news of their own."""
    lead = next((n for n, s, m in _dateline_heads(ctx) if _opens_a_body(ctx, s, m.group("head"))), 0)
    return set(range(lead)) | ({0} if opens_with_headline(ctx) else set())


def _opens_a_body(ctx: Context, sent, head: str) -> bool:
    """A dateline that opens a line, its head names (a town, an outlet: "SOFIFI, BRN", "Outlet.com,
    Kendari", "Jakarta (ANTARA)"), not a speaker's words before a colon ("Ia menambahkan: ...")."""
    line_start = ctx.text.rfind("\n", 0, sent.start) + 1
    return not ctx.text[line_start:sent.start].strip() and \
        all(w[:1].isupper() or "." in w for w in re.findall(r"[^\W\d_][\w.'’-]*", head))


def dateline_province(ctx: Context) -> str | None:
    """The province of the dateline's town, where the gazetteers know the town."""
    town = _dateline(ctx)
    return region_code(town) if town is not None and not isinstance(town, str) else None


def dateline_town(ctx: Context) -> str | None:
    """The dateline's town where the gazetteers do not know it, written as a town opens a line of a
    dateline: before its outlet in brackets ("Martapura (ANTARA) -") or in capitals ("MARTAPURA -"),
    not a name before a colon ("..., Prabowo: ..."). A place of the article's own, whose name after
    an office's body is the body's place (people.local_places)."""
    town = _dateline(ctx)
    if not isinstance(town, str):
        return None
    return town if town.isupper() or re.search(rf"(?m)^{re.escape(town)}\s*\(", ctx.text) else None


def _dateline(ctx: Context):
    """The dateline's town: its REGION mention when the gazetteer knows it, else its name."""
    for n, s, m in _dateline_heads(ctx):
        head = m.group("head")
        parts = [p for p in _PART_SPLIT.split(head) if p.strip()]
        # the town is the last part that is no site's address ("GRESIK | duta.co –") nor its name
        # ("Nusa Dua, MINA –" on minanews.net), nor a brand written with a capital inside a word
        # ("KALIMANTAN TIMUR, KabarSDGs –")
        town = next((p.strip() for p in reversed(parts)
                     if not _ADDRESS.search(p) and not _BRAND.search(p) and not _names_site(ctx, p)),
                    parts[-1].strip())
        known = [r for r in ctx.in_sent(n, "REGION") + ctx.in_sent(n, "TOWN") if r.end - s.start <= len(head)]
        if known:
            # the place is a whole part of the head ("KOTA BIMA –", "Kota Bima, Outlet.-"); a
            # place inside a longer name is the outlet's ("BANGGAI KECE –")
            whole = {ctx.lexicon.pattern(_TOWN_PREFIX, re.I).sub("", p.strip()).lower() for p in parts}
            place = next((r for r in known if ctx.text[r.start:r.end].lower() in whole), None)
            if place is not None:
                return place
            continue  # "IST/BERITA SAMPIT - Foto ...": a caption's credit; the body's dateline may follow
        # "Negara (ANTARA) -": before an outlet in brackets even a common word is a town
        if m.re is _COMMA_DATELINE or not _TOWN.fullmatch(town) or not m.group("outlet") and \
                any(w.lower() in ctx.lexicon.nonnames for w in town.split()):
            continue
        if _names_site(ctx, town) or town.lower() in ctx.lexicon.word_set("site_suffix") \
                or _spells_the_address(town, m.group("outlet") or ""):
            continue  # "JURNALPALOPO –" on jurnalpalopo.pikiran-rakyat.com, "VIVA BANTEN -" on banten.viva.co.id;
            # "OUTLET. COM –": the end of a site's address written apart; "OUTLET NAME (outlet-name.com) –"
        at = s.start + m.start("head") + head.rfind(town)
        if any(o.label in ("ORG", "GOV") and at <= o.start < at + len(town) for o in ctx.in_sent(n)):
            continue  # "Outlet.com, Puspen TNI –": a body's office, no town
        if any(o.label == "PROVINCE" and (o.start, o.end) == (at, at + len(town)) for o in ctx.in_sent(n)):
            continue  # "BALI –": a province, no town (one that is a town too, "JAMBI", is a REGION above)
        # a word in capitals alone before a dash is as often the outlet's brand ("PENA –" on
        # penamalut.com, "SABACIREBON-") as a town the gazetteers do not know: it is a town after the
        # outlet's name or before it in brackets, as a seat towns.tsv leaves out for its name (words.tsv
        # `dateline_town`: "MARTAPURA -"), or where the article names it again as a place
        written = " ".join(w.capitalize() if w.isupper() else w for w in town.split())
        if m.group("outlet") or len(parts) > 1 or written.lower() in ctx.lexicon.word_set("dateline_town") or \
                _named_again_as_place(ctx, written, s.end):
            return written
    return None


def _named_again_as_place(ctx: Context, town: str, after: int) -> bool:
    """Is `town` written again after `after` as a place ("di Martapura", "Aula Barakat, Martapura")?"""
    before = ctx.lexicon.pattern(r"(?:\b(?:{at_word})\s+|,\s*)$")
    at = ctx.text.find(town, after)
    while at >= 0:
        end = at + len(town)
        if (end == len(ctx.text) or not ctx.text[end].isalnum()) and before.search(ctx.text, max(0, at - 20), at):
            return True
        at = ctx.text.find(town, end)
    return False


def _spells_the_address(part: str, outlet: str) -> bool:
    """Does a dateline's head spell the site's address written after it in brackets ("AIRSPACE
    REVIEW (airspace-review.com)")? Then it is the outlet's name, no town."""
    if not _ADDRESS.search(outlet):
        return False
    name = re.sub(r"[\W_]", "", outlet.strip("() ").split(".")[0]).lower()
    return bool(name) and re.sub(r"[\W_]", "", part).lower() == name


def _names_site(ctx: Context, part: str) -> bool:
    """Does a part of the dateline name the article's site ("MINA" on minanews.net)?"""
    words = [re.sub(r"\W", "", w).lower() for w in part.split()]
    return bool(ctx.site) and bool(words) and ("".join(words) in ctx.site or len(words) > 1
                                                and all(w in ctx.site for w in words))


def _parties(ctx: Context, sents: list[int], people: list[Person]) -> list[str]:
    """The parties of a signing as the text names them, each once by its fullest name."""
    persons = _name_spans(ctx.text, tuple(p.name for p in people))
    return list(dict.fromkeys(name_before(ctx, p, persons) for p in event_parties(ctx, _party_sentences(ctx, sents))
                              if not p.generic))


@lru_cache(maxsize=4)
def _name_spans(text: str, names: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Where each name is written: searched once per article, not once per event."""
    return tuple((m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text))
