"""Scope points: what the parties agreed to work on, read where the text lists it.

Scope phrases count in sentences that name the instrument or introduce a list ("ruang lingkup",
"meliputi", "poin pertama"), in the list items that follow such a sentence, and in a sentence that
opens by carrying such a sentence on ("Serta ...", "Kemudian, ...": words.tsv list_goes_on), and in the
sentence right after one whose cue opens a list, in its paragraph, unless it turns to another matter
(words.tsv scope_opener, turns_away: "Ruang lingkup kerja sama mencakup A. Kedua pihak juga B."). The
gazetteer's value `-` names no scope ("pendampingan hukum" is legal aid), and so does a phrase whose sense the
article's parties change (`not_with`: a prosecutor's "pendampingan"); a phrase that is part of a whole
(its `part_of`) names none where the article names that whole (the Tri Dharma's "penelitian").
"""
from __future__ import annotations

import re

from ..records import Mention
from . import Context
from .agreements import is_generic
from .parties import sentence_parties
from .people import headline

NO_SCOPE = "-"
# a name the article gives a short form: "Badan Riset dan Inovasi Daerah (Brida)", "Lembaga Penelitian
# dan Pengabdian kepada Masyarakat (LPPM)"; a scope word inside it (not at its head: "Sumber Daya
# Manusia (SDM)" is the scope's own short form) is a word of the body's name
_NAME_DEFINED = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:[a-z]{1,6}\s+)?){1,10}\([A-Z][A-Za-z]{1,9}\)")
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)]|[a-h][.)])")
# an ordinal opens a list item when it stands as a clause of its own ("Kedua, ...", "yang ketiga
# adalah ..."), not as a numeral before a noun ("kedua pihak" is "both parties")


def _value(ctx: Context, m: Mention) -> tuple[str, str]:
    """A scope phrase's value and the whole it may be part of; no value (NO_SCOPE) where the
    article names a body whose agreement gives the phrase another sense (scope.tsv not_with: a
    prosecutor's "pendampingan" is legal aid), or names none of the kind the sense needs
    (only_with: bare "pengawasan" is public-service oversight where the Ombudsman is a party)."""
    value, part_of, not_with, only_with = m.kind, m.column(1), m.column(2), m.column(3)
    kinds = ctx.org_kinds
    if not_with and not_with in kinds:
        return NO_SCOPE, part_of
    if only_with and only_with not in kinds and not _of_a_service(ctx, m):
        return NO_SCOPE, part_of
    return value, part_of


def _of_a_service(ctx: Context, m: Mention) -> bool:
    """Does a service word follow the oversight word closely, as what it oversees ("pemantauan
    bersama atas pelayanan")? Then it is public-service oversight whoever the parties are."""
    service = ctx.lexicon.pattern(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:{service_object})\b", re.I)
    return bool(service.match(ctx.text, m.end))


def _ordinal_item(ctx: Context, i: int) -> bool:
    relative = ctx.lexicon.pattern(r"\b(?:{relative})\s+$", re.I)  # "yang kedua": an ordinal of a list
    return any(re.match(r"\s*[,:]", ctx.text[m.end:m.end + 3]) or relative.search(ctx.text[m.start - 6:m.start])
               for m in ctx.in_sent(i, "CUE", "ordinal"))


def find_scope(ctx: Context) -> dict[str, frozenset[str]]:
    """Scope values in order of first mention, each with the kinds of paper named where it was
    read (its sentence, or the sentence that opened its list): "ruang lingkup nota kesepahaman
    itu mencakup ..." reads its points for the nota kesepahaman, not for a PKS signed later."""
    found: dict[str, frozenset[str]] = {}
    in_list = False
    after_opener = False  # the sentence before opened a list of points ("... mencakup A dan B.")
    list_papers: frozenset[str] = frozenset()
    read_before: frozenset[str] | None = None  # the papers of the sentence before, where it was read
    goes_on = ctx.lexicon.pattern(r"\s*[\"“]?(?:{list_goes_on})\b", re.I)
    turns_away = ctx.lexicon.pattern(r"\s*[\"“]?(?:{turns_away})\b", re.I)
    wholes = ctx.lexicon.scope_wholes  # "Tri Dharma" names a whole, never a scope value itself
    defined = [m.span() for m in _NAME_DEFINED.finditer(ctx.text)]
    # a whole the article names anywhere ("... mendukung Tri Dharma Perguruan Tinggi") takes its parts
    # wherever they are listed ("kerja sama di bidang penelitian, pendidikan dan juga pengabdian")
    wholes_named = {m.kind for m in ctx.mentions if m.label == "SCOPE" and m.kind in wholes}
    for i, sent in enumerate(ctx.sentences):
        if i == 0 and headline(sent.text, first=True):
            continue  # a headline's words name the news, not the paper's points ("..., Lanjut Sosialisasi")
        papers = frozenset(m.kind for m in ctx.in_sent(i, "INSTRUMENT") if not is_generic(m))
        has_cue = bool(ctx.in_sent(i, "CUE", "scope")) or _ordinal_item(ctx, i)
        is_item = bool(_LIST_ITEM.match(sent.text)) or _ordinal_item(ctx, i)
        item_of_list = in_list and is_item
        if read_before is not None and not (papers or has_cue or item_of_list) and goes_on.match(sent.text):
            papers = read_before  # "Ruang lingkup ... meliputi A. Serta B.": B is a point of the same paper
            has_cue = True
        read_before = None
        runs_on = after_opener and "\n" not in ctx.text[ctx.sentences[i - 1].end:sent.start] \
            and not turns_away.match(sent.text)
        after_opener = _opens_a_list(ctx, i)
        if papers or has_cue or item_of_list or runs_on:
            read_before = papers or (list_papers if item_of_list else frozenset())
            names = [(p.start, p.end) for p in sentence_parties(ctx, i)] + [
                (a + 1, b) for a, b in defined if sent.start <= a < sent.end]
            # a word of a party's name is no scope ("Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi")
            mentions = [m for m in ctx.in_sent(i, "SCOPE") if not any(a <= m.start < b for a, b in names)]
            values: list[tuple[str, str]] = []
            for k, m in enumerate(mentions):
                value, part_of = _value(ctx, m)
                if not part_of and k and ctx.text[mentions[k - 1].end:m.start].strip() == "/":
                    part_of = values[-1][1]  # "penelitian/pengkajian": one item named two ways, one whole's part
                values.append((value, part_of))
            named = {v for v, _p in values}
            for value, part_of in values:
                if value == NO_SCOPE or value in wholes or part_of in named | wholes_named:
                    continue
                if value not in found:
                    found[value] = papers or (list_papers if item_of_list else frozenset())
        if sent.text.rstrip().endswith(":") or has_cue and (papers or _names_scope(ctx, sent.text)):
            if not in_list:
                list_papers = papers
            in_list = True
        elif not is_item:
            in_list = False
    return found


def _opens_a_list(ctx: Context, i: int) -> bool:
    """Does a cue of sentence i open a list of points (words.tsv scope_opener: "mencakup", "ruang
    lingkup"), not only name the paper ("kerja sama ini")?"""
    openers = ctx.lexicon.word_set("scope_opener")
    return any(m.text.lower() in openers for m in ctx.in_sent(i, "CUE", "scope"))


def _names_scope(ctx: Context, text: str) -> bool:
    """Does the sentence say a scope follows ("ruang lingkup ...": words.tsv scope_intro)?"""
    return any(w in text.lower() for w in ctx.lexicon.word_set("scope_intro"))
