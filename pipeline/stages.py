"""The per-document path, shared by batch runs and `pipeline.extract`: text -> rules -> rows.

`Processor` loads the heavy things once (the spaCy pipeline, whose components hold the lexicon and
the text stage's files) and then turns each `Article` from a reader into an `Article` with its
events, people and scores, or a status with a reason.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import partial
from pathlib import Path

from . import nlp as nlp_stage, regexes
from .assemble import build_events, dateline_province, dateline_town
from .fields import PAST_AFTER, Context, Lexicon, signatures_of_papers, site_words, without_landforms
from .fields.agreements import find_signings, why_no_event
from .fields.people import find_people
from .fields.scope import find_scope
from .fields.scores import find_scores
from .normalize import find_dates, url_date
from .records import FAILED, OK, SKIPPED, Article
from .text import TextRules, drop_foreign_lines, guess_published, is_indonesian, page_text


class Processor:
    def __init__(self, model_dir: str | Path, nlp=None):
        """The stages of the model of `model_dir`, or of `nlp`, a pipeline built or changed in
        memory (its version is still that of `model_dir`)."""
        from .config import model_version

        self.model_dir = str(model_dir)
        self.model_version = model_version(self.model_dir)  # of the files as they were loaded
        self.nlp = nlp or nlp_stage.load(self.model_dir)
        self.lexicon = self.nlp.get_pipe("gazetteers").lexicon
        self.settings = nlp_stage.settings(self.nlp)
        self.text_rules = TextRules(self.nlp.get_pipe("text").lines, self.settings)

    def __call__(self, art: Article) -> Article:
        art = self.rules(self.text(art))
        regexes.save()  # the programs of expressions the rules compiled first for this document
        return art

    def text(self, art: Article) -> Article:
        """The text stage: article text and metadata; pages that are not Indonesian news stop here."""
        if not art.text_extracted:
            art = page_text(art, self.text_rules)
        if art.status == OK and not is_indonesian(art.text, self.settings.indonesian_ratio):
            art.fail(SKIPPED, "not Indonesian: too few Indonesian function words", "not_indonesian")
        elif art.status == OK:
            if art.published is None:  # before its line may go below ("Posted by: admin Oktober 20, 2016")
                art.published = guess_published(art.text, partial(_dates_outside_names, self.lexicon),
                                                url_date(art.url), partial(_told_in_the_news, self.lexicon))
            art.text = drop_foreign_lines(art.text)  # the host page's lines in another language
        return art

    def rules(self, art: Article) -> Article:
        if art.status != OK:
            return art
        try:
            return self.extract(art)
        except MemoryError:
            raise
        except Exception as exc:
            return art.fail(FAILED, f"rules failed: {type(exc).__name__}: {exc}", "rules_error")

    def extract(self, art: Article) -> Article:
        """Rules over the cleaned text: fills events, people and scores; sets ok or no_event. The
        publication date is the reader's, the page's or the byline's (`text`)."""
        sentences, mentions = nlp_stage.analyse(self.nlp, art.text)
        mentions = signatures_of_papers(without_landforms(self.lexicon, art.text, mentions))
        dates = _event_dates(self.lexicon, art.text, art.published, url_date(art.url))
        ctx = Context(art.text, sentences, mentions, dates, art.published, self.lexicon, self.settings,
                      site=site_words(art.url, art.outlet))
        ctx.dateline_province = dateline_province(ctx)
        ctx.dateline_town = dateline_town(ctx)
        people = find_people(ctx)
        signings = find_signings(ctx)
        scope = find_scope(ctx) if signings else {}
        art.events = build_events(ctx, art.doc_id, signings, people, scope)
        for ev in sorted(art.events, key=lambda e: not e.primary):  # one who signed two: the news's
            for p in ev.signatories:
                p.is_signatory = True
                p.event_id = p.event_id or ev.event_id
        art.people = people
        art.scores = find_scores(ctx)
        primary = next((e for e in art.events if e.primary), None)
        for s in art.scores:
            s.event_id = primary.event_id if primary else None
        if any(e.primary for e in art.events):
            art.status = OK
        else:
            art.no_event(why_no_event(ctx, signings, art.events, art.scores))
        return art


# a year dates an act only as an adverbial of time: "pada (tahun) 2019", "sejak 2018", "awal 2021",
# "tahun 2017 lalu"
_TIME_ADVERBIAL = r"\b{year_adverbial}\s*$"
_ONE_DAY = dt.timedelta(days=1)
_NAMED_FOR_A_DATE = r"\b(?:{campus}|{date_name})\s+$"
_FUTURE = r"^\W{0,3}\s*{future_after}\b"
_FOUNDED_ON = r"\b{founded}\s+(?:{date_before}\s+)?$"
_ENDS_ON = r"\b(?:{expires})\s+(?:{date_before}\s+)?(?:{date_word}\s+)?$"
# the day a report was quoted: a citing verb, its source (one clause, no comma inside; a site's address
# may hold stops: "dilansir dari outlet.co.id, Jumat, (23/1/2026)"), the date after its weekday
_CITED_ON = r"\b(?:{citing})\b(?:[^,.!?;:\n\"\u201c\u201d]|\.(?=\w)){0,60}[,\s]*(?:{weekday}[,\s]*)?\(?$"
# a byline's time zone: right after the date or after its time of day ("14 Januari 2024 | 09:27 WIB"),
# not after a part of the day the news tells ("Selasa (22/7/2025) malam WIB")
_ZONE_AFTER = r"[\s,|/-]*(?:(?:{time_lead}\s*)?\d{1,2}[:.]\d{2}\s*)?(?:{time_zone})\b"
# a date the news tells, its time after it: in brackets after its weekday ("Kamis (16/10/2025) pukul
# 10.30 WIB") or after "pada" ("pada Kamis, 16 Oktober 2025 pukul 10.30 WIB"); a byline has neither
_TOLD_BEFORE = r"\b{date_before}\s+(?:\w+,?\s+)?$"
_BASED_ON = r"\b(?:{based_on})\b"


def _told_in_the_news(lexicon: Lexicon, text: str, start: int, end: int) -> str:
    """How the news tells the date at start:end, if not as a byline does: "past" ("dilakukan pada 16
    Desember 2021 lalu", or in a sentence that names what the news follows on from before it:
    "Dalam rangka mengimplementasikan Nota Kesepahaman ... yang ditandatangani pada 16 Maret 2017"),
    "day" (after "pada": "teken MoU ... pada Selasa (21/3/2022)"), else ""."""
    if lexicon.pattern(PAST_AFTER, re.I).match(text, end):
        return "past"
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    if lexicon.pattern(_BASED_ON, re.I).search(text, opening, start):
        return "past"
    return "day" if lexicon.pattern(_TOLD_BEFORE, re.I).search(text, max(0, start - 30), start) else ""


def _told_with_its_time(lexicon: Lexicon, text: str, start: int, end: int) -> bool:
    """Is the date at start:end told in the news with the time after it, not a byline's? In
    brackets after its weekday, after "pada", or before the building where the thing took place
    ("Jumat 7 Mei 2021, pukul 16.00 WIB di Ruang Rapat X diselenggarakan ..."): a byline names none."""
    if text[end - 1:end] == ")":
        return True
    time = lexicon.pattern(_ZONE_AFTER).match(text, end)
    if time and lexicon.venue.match(text, _SPACE_OR_COMMA.match(text, time.end()).end()):
        return True
    return bool(lexicon.pattern(_TOLD_BEFORE, re.I).search(text, max(0, start - 30), start))


_SPACE_OR_COMMA = re.compile(r"[\s,]*")


def _dates_outside_names(lexicon: Lexicon, text: str, published=None, year_hint=None):
    """The dates of the text less those a place or a body is named after ("Universitas 17 Agustus
    1945", "Jalan 17 Agustus": words.tsv campus and date_name): neither dates a signing nor the
    article (an undated "Selasa (27/6)" would take the Tuesday nearest 1945)."""
    named = lexicon.pattern(_NAMED_FOR_A_DATE, re.I)
    return [(d, s, e) for d, s, e in find_dates(text, published, year_hint, lexicon.calendar)
            if not named.search(text, max(0, s - 16), s)]


def _event_dates(lexicon: Lexicon, text: str, published, year_hint=None):
    """Dates in the text that can date a signing: no byline dates ("Senin, 01 April 2019 14:04",
    "| 09:27 WIB"), no dates to come ("1 Januari 2019 mendatang")."""
    out = []
    for d, s, e in _dates_outside_names(lexicon, text, published, year_hint):
        tail = text[e:e + 12]
        if lexicon.pattern(_FUTURE, re.I).match(text[e:e + 20]):
            continue
        if published is not None and d.date > published + _ONE_DAY:
            continue  # a day, month or year that begins after the article was written: a date to come
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        timed = any(ch.isdigit() for ch in tail[:8]) and ":" in tail[:8] or lexicon.pattern(_ZONE_AFTER).match(text, e)
        if timed and not _told_with_its_time(lexicon, text, s, e):
            continue  # a byline's date and time
        if len(line) < 60 and s - line_start < 5:  # a date standing alone on a header line
            continue
        if lexicon.pattern(_FOUNDED_ON, re.I).search(text, max(0, s - 30), s):
            continue  # "Universitas X, yang berdiri pada 8 Agustus 1962": when a body was founded
        if lexicon.pattern(_ENDS_ON, re.I).search(text, max(0, s - 40), s):
            continue  # "Perjanjian Kerja Sama ... yang telah berakhir pada tanggal 13 November 2025"
        if lexicon.pattern(_CITED_ON, re.I).search(text, max(0, s - 80), s):
            continue  # "dikutip dari laman resmi KPK, Selasa (27/4/2021)": when the report was quoted
        if d.precision == "year" and not lexicon.pattern(_TIME_ADVERBIAL, re.I).search(text[max(0, s - 16):s]) \
                and not lexicon.pattern(PAST_AFTER, re.I).match(text, e):
            continue  # "rencana kerja tahun 2024", "Pilkada Tahun 2024": the year of a thing, not a time
        out.append((d, s, e))
    return out
