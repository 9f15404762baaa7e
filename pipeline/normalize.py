"""Pure functions that turn Indonesian surface forms into values: dates, numbers, names.

Nothing here touches spaCy; every function is tested with parametrized examples. The words of
the calendar and of the date grammar are the model's (gazetteers/calendar.tsv): a `Calendar`.
"""
from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Iterable, Iterator
from functools import lru_cache

from . import regexes
from .config import DEFAULT_MODEL
from .model import read_tsv
from .records import DateValue


class Calendar:
    """The words of the calendar and of the date grammar (a model's calendar.tsv: kind -> {word:
    value}: month, weekday, relative, year_word, weekday_lead, statute_number) and the date
    patterns made of them. One per model: `Lexicon.calendar`; the functions below take it, and
    use the default model's when none is given."""

    def __init__(self, rows: Iterable[dict[str, str]]):
        words: dict[str, dict[str, int | None]] = {}
        for r in rows:
            words.setdefault(r["kind"], {})[r["word"]] = int(r["value"]) if r["value"] else None
        self.words = words
        self.months: dict[str, int] = words["month"]
        self.weekdays: dict[str, int] = words["weekday"]
        month, year_word = self.alternation("month"), self.alternation("year_word")
        weekday = rf"(?P<wd>{self.alternation('weekday')})"
        # a bare year after a word that makes it a time ("pada 2012"): each word a fixed-width look behind
        year_lead = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in self.words.get("year_lead", ())) or "(?!)"
        # what a date opens with: a digit, a bracket, or the first letter of a weekday, a month or a year
        # word (each other form opens with a digit); a word that opens otherwise is passed over at once
        opening = re.escape("".join(sorted({w[0] for kind in ("weekday", "month", "year_word") for w in words[kind]})))
        # Each form is tried in order at every position; the first that matches wins. The forms, one
        # a line: "(28/10/2021)" "(22/06)", "(16/9//2022)" (a separator typed twice); "31 Mei 2021";
        # "28/10/2021" "9-5-2018"; "22 Juni"; "Oktober 20, 2016" (a blog byline's order); "Oktober 2021";
        # "tahun 2017"; "pada 2017".
        self.date = regexes.compile(
            rf"""(?ix)
            (?:\b|(?=\())          # only where a word or a parenthesis starts: most positions fail here, fast
            (?=[\d({opening}])     # not tried against every form at every word: twice as fast
            (?:{weekday}\s*,?\s*)?
            (?:
              \(\s*(?P<nd>\d{{1,2}})\s*[/\-.]{{1,2}}\s*(?P<nm>\d{{1,2}})(?:\s*[/\-.]{{1,2}}\s*(?P<ny>\d{{2,5}}))?\s*\)
            | \(?(?P<sd>\d{{1,2}})\s+(?P<sm>{month})\.?\s*,?\s+(?P<sy>\d{{4}})\)?(?!\d)
            | (?<![/\d.-])(?P<bd>\d{{1,2}})(?P<bs>[/.-])(?P<bm>\d{{1,2}})(?P=bs)(?P<by>(?<=/)\d{{2,5}}|\d{{4}})(?![/\d])
            | (?<![\d/])(?P<xd>\d{{1,2}})\s+(?P<xm>{month})\b\.?(?!\s*,?\s*\d)
            | (?<!\d\s)(?P<um>{month})\.?\s+(?P<ud>\d{{1,2}}),\s*(?P<uy>\d{{4}})(?!\d)
            | (?<!\d\s)(?P<mm>{month})\.?\s+(?:(?:{year_word})\s+)?(?P<my>\d{{4}})(?!\d)
            | \b(?:{year_word})\s+(?P<yy>(?:19|20)\d{{2}})(?!\d)
            | (?:{year_lead})(?P<ay>(?:19|20)\d{{2}})(?![\d/]|[.,]\d)
            )""")
        self.weekday_only = re.compile(
            rf"(?i)\b(?:{self.alternation('weekday_lead')})\s+{weekday}\b(?!\s*[,(]?\s*\(?\d)")
        self.relative = re.compile(rf"(?i)\b(?P<rel>{self.alternation('relative')})\b")
        # a statute's number and year ("UU Nomor 23 Tahun 2014") is no year of the news
        self.statute_year = re.compile(rf"(?i)\b(?:{self.alternation('statute_number')})\s*\d+[a-z]?\s*"
                                       rf"(?:{year_word}|/)\s*(?:19|20)\d{{2}}")

        # Every form holds a digit, and none starts further before its first digit than a weekday,
        # a bracket, a month and a year word with the spaces between ("Selasa, (Oktober tahun
        # 2021"), nor ends further after its last than a month and a stop ("12 September.")
        longest = {kind: max(map(len, self.words[kind])) for kind in ("weekday", "month", "year_word")}
        self.lead = longest["weekday"] + longest["month"] + longest["year_word"] + 16
        self.tail = longest["month"] + 12

    def alternation(self, kind: str) -> str:
        return "|".join(re.escape(w) for w in regexes.longest_first(self.words[kind]))

    def dates(self, text: str) -> Iterator[re.Match]:
        """The matches of `date` in `text`, looked for only about its digits: the text between
        them holds no date, and trying every form at each of its words was most of the time of
        the dates. Digits whose reaches meet share one window, so the matches are those of a
        scan of the whole text (a test compares them on real news)."""
        start = end = None
        for m in _DIGITS.finditer(text):
            lo, hi = m.start() - self.lead, m.end() + self.tail
            if end is not None and lo > end:
                yield from self.date.finditer(text, max(0, start), end)
                start = None
            start = lo if start is None else start
            end = hi
        if start is not None:
            yield from self.date.finditer(text, max(0, start), min(len(text), end))


_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=1)
def default_calendar() -> Calendar:
    """The default model's calendar, for a caller that names no model (a reader's metadata dates)."""
    return Calendar(read_tsv(DEFAULT_MODEL / "gazetteers" / "calendar.tsv"))


MIN_YEAR, MAX_YEAR = 1945, 2100


def _valid_year(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


def complete_year(day: int, month: int, weekday: int | None, published: dt.date | None) -> dt.date | None:
    """A day and month without a year: the publication year, or the neighbouring year whose
    calendar puts the written weekday on that day."""
    if published is None:
        return None
    years = [published.year, published.year - 1, published.year + 1]
    candidates = []
    for y in years:
        try:
            candidates.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if weekday is not None:
        for c in candidates:
            if c.weekday() == weekday:
                return c
    return candidates[0] if candidates[0].year == published.year else None


def year_from_weekday(day: int, month: int, weekday: int | None, stated: Iterable[int]) -> dt.date | None:
    """A day and month without a year in a text with no publication date: the one year the text
    states in which the written weekday falls on that day ("Selasa (25/9) ... Rakor 2018").
    Without a weekday, or with none or several such years, no date."""
    if weekday is None:
        return None
    found = []
    for y in stated:
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            found.append(d)
    return found[0] if len(found) == 1 else None


_YEAR = re.compile(r"(?<![\d/.,-])((?:19|20)\d{2})(?![\d/])")


def stated_years(text: str, calendar: Calendar | None = None) -> tuple[int, ...]:
    """The years a text writes out, statutes' years aside."""
    text = (calendar or default_calendar()).statute_year.sub(" ", text)
    return tuple(sorted({y for y in map(int, _YEAR.findall(text)) if _valid_year(y)}))


def make_date(day: int | None, month: int | None, year: int | None, weekday: int | None = None,
              published: dt.date | None = None, stated: Iterable[int] = ()) -> DateValue | None:
    """Interpret the parts of a written date; impossible dates give None, never a guess."""
    if month is not None and not 1 <= month <= 12:
        return None
    if year is not None and not _valid_year(year):
        year = None  # "26/12/12022": the year is a typo, read the rest as a date without one
    if day is None:
        if year is None or month is None:
            return DateValue(dt.date(year, 1, 1), "year") if year is not None and month is None else None
        return DateValue(dt.date(year, month, 1), "month")
    if not 1 <= day <= 31 or month is None:
        return None
    if year is None:
        if day > monthrange(2024, month)[1]:  # 2024: a leap year admits 29/02
            return None
        d = complete_year(day, month, weekday, published) if published else \
            year_from_weekday(day, month, weekday, stated)
        return DateValue(d, "day") if d else None
    try:
        return DateValue(dt.date(year, month, day), "day")
    except ValueError:
        return None


def _two_digit_year(y: str) -> int | None:
    n = int(y)
    if len(y) == 2:
        return 2000 + n
    if len(y) == 4:
        return n
    return None  # 3 or 5 digits: a typo, dropped


def parse_date_match(m: re.Match, published: dt.date | None, stated: Iterable[int] = (),
                     calendar: Calendar | None = None) -> DateValue | None:
    """The date a match of `Calendar.date` writes."""
    cal = calendar or default_calendar()
    g = m.groupdict()
    wd = cal.weekdays.get(g["wd"].lower().replace("'", "")) if g.get("wd") else None
    if g["nd"]:
        year = _two_digit_year(g["ny"]) if g["ny"] else None
        return make_date(int(g["nd"]), int(g["nm"]), year, wd, published, stated)
    if g["sd"]:
        return make_date(int(g["sd"]), cal.months[g["sm"].lower()], int(g["sy"]), wd, published)
    if g["bd"]:
        return make_date(int(g["bd"]), int(g["bm"]), _two_digit_year(g["by"]), wd, published)
    if g["xd"]:
        return make_date(int(g["xd"]), cal.months[g["xm"].lower()], None, wd, published, stated)
    if g["um"]:
        return make_date(int(g["ud"]), cal.months[g["um"].lower()], int(g["uy"]), wd, published)
    if g["mm"]:
        return make_date(None, cal.months[g["mm"].lower()], int(g["my"]))
    if g["yy"] or g["ay"]:
        return make_date(None, None, int(g["yy"] or g["ay"]))
    return None


class _StatedYears:
    """The years a text states (`stated_years`), read the first time a date asks for them: only a
    date without its year but with its weekday, in a text without a date of its own, does, and the
    years are a scan of the whole text."""

    def __init__(self, text: str, calendar: Calendar):
        self.text, self.calendar = text, calendar
        self.years: tuple[int, ...] | None = None

    def __iter__(self) -> Iterator[int]:
        if self.years is None:
            self.years = stated_years(self.text, self.calendar)
        return iter(self.years)


def find_dates(text: str, published: dt.date | None = None, year_hint: dt.date | None = None,
               calendar: Calendar | None = None) -> Iterator[tuple[DateValue, int, int]]:
    """Every date written in `text`, with its span. Relative forms need `published`; a date
    without its year takes the year of `published`, else of `year_hint` (e.g. from the URL),
    else the year the text states that puts its weekday on that day."""
    cal = calendar or default_calendar()
    taken: list[tuple[int, int]] = []
    reference = published or year_hint
    stated = _StatedYears(text, cal) if reference is None else ()
    for m in cal.dates(text):
        value = parse_date_match(m, reference, stated, cal)
        if value is not None:
            taken.append(m.span())
            yield value, m.start(), m.end()
    if published is None:
        return
    for m in cal.relative.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        delta = cal.words["relative"][m.group("rel").lower()]
        yield DateValue(published - dt.timedelta(days=delta), "day"), m.start(), m.end()
    for m in cal.weekday_only.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        yield DateValue(last_weekday(cal.weekdays[m.group("wd").lower().replace("'", "")], published), "day"), \
            m.start(), m.end()


_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})(?:/(\d{1,2}))?/|[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=\D)")


_URL_YEAR = re.compile(r"/((?:19|20)\d{2})(?=/|$)")


def url_date(url: str | None) -> dt.date | None:
    """The date a URL's path carries ("/2018/08/slug", "/20230622-slug"), at most to the month;
    a year alone as a path segment ("/slug/2025/outlet") gives 1 January of that year: only its
    year is used, for dates written without one."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        path = re.sub(r"^[a-z]+://[^/]*", "", url)
        y = _URL_YEAR.search(path)
        return dt.date(int(y.group(1)), 1, 1) if y and _valid_year(int(y.group(1))) else None
    year, month = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(4)), int(m.group(5)))
    if not (_valid_year(year) and 1 <= month <= 12):
        return None
    return dt.date(year, month, 1)


def last_weekday(weekday: int, published: dt.date) -> dt.date:
    """The last such weekday on or before the publication date ("pada Rabu")."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def parse_date_text(span: str, published: dt.date | None = None, calendar: Calendar | None = None) -> DateValue | None:
    """One written date: the rule path first, dateparser (Indonesian) only if the rules cannot read it."""
    cal = calendar or default_calendar()
    for value, _s, _e in find_dates(span, published, calendar=cal):
        return value
    if cal.date.search(span) or cal.weekday_only.search(span) or cal.relative.search(span):
        return None  # the rules read this shape and rejected it: an impossible date is no date
    return _dateparser(span, published)


@lru_cache(maxsize=8)
def _dateparser_instance(base: dt.date | None):
    """One parser per reference date: relative words ("2 hari lalu") count from publication."""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["id"], settings=settings)


def _dateparser(span: str, published: dt.date | None) -> DateValue | None:
    if len(span) > 40:  # a span, never a text
        return None
    if published is None and not re.search(r"\b(19|20)\d{2}\b", span):
        return None  # without a publication date only a full date can be read, never "today"
    data = _dateparser_instance(published).get_date_data(span)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if not _valid_year(d.year):
        return None
    precision = data.period if data.period in ("day", "month", "year") else "day"
    if precision == "month":
        d = d.replace(day=1)
    return DateValue(d, precision)


# ---------------------------------------------------------------------------------- numbers

def parse_number(s: str) -> float | None:
    """Indonesian decimals: "86,6" -> 86.6, "1.234,5" -> 1234.5, "93.29" -> 93.29."""
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d+", s):
        s = s.replace(",", ".")
    elif not re.fullmatch(r"\d+(\.\d+)?", s):
        return None
    return float(s)


# ------------------------------------------------------------------------------------ names

def _key(tok: str) -> str:
    """A form as compared: no dots or spaces, lower case, a curly apostrophe straight ("Dato’")."""
    return re.sub(r"[.\s]", "", tok).replace("\u2019", "'").lower()


# The forms of the gazetteer as each rule compares them, made once per set of forms: the functions
# below take the forms as a frozenset, a Lexicon's own (`frozenset()` of one is the same object, its
# hash kept), not a tuple made and hashed anew at every name read.

@lru_cache(maxsize=16)
def _keys(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(_key(f) for f in forms)


@lru_cache(maxsize=16)
def _two_word_keys(forms: frozenset[str]) -> frozenset[str]:
    """The forms of two words ("Datuk Seri", "Tan Sri"), as compared (`_key`)."""
    return _keys(frozenset(f for f in forms if " " in f.strip()))


@lru_cache(maxsize=16)
def _dotted(forms: frozenset[str]) -> frozenset[str]:
    """The forms written with a dot inside ("H.E", "K.H."), lowercased, without a final dot."""
    return frozenset(f.rstrip(".").lower() for f in forms if "." in f.rstrip("."))


@lru_cache(maxsize=16)
def _with_final_dot(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(f for f in forms if f.endswith("."))


# an honorific glued to the next word, itself perhaps another honorific in lower case ("Dr.drh.")
_GLUED_HONORIFIC = re.compile(r"\b([A-Za-z]{1,4})\.(?=[A-Za-z])")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def strip_name(raw: str, prefixes: Iterable[str], suffixes: Iterable[str]) -> str:
    """A person's name without honorifics before it and academic degrees after it.

    "Drs. H. Zainal A Paliwang, S.H., M.Hum" -> "Zainal A Paliwang".
    `prefixes` and `suffixes` are the honorific and degree forms of the model's gazetteer.
    """
    prefixes, suffixes = frozenset(prefixes), frozenset(suffixes)
    pre, suf = _keys(prefixes), _keys(suffixes)
    two_words = _two_word_keys(prefixes)
    s = re.sub(r"\s+", " ", raw).strip(" ,;:-–")
    # an honorific's mark in brackets goes with it: "Dr. (HC) Nama", "Dr.(H.C.) Nama"
    s = re.sub(r"\s*\(([^()]{1,8})\)\s*", lambda m: " " if _key(m.group(1)) in pre else m.group(0), s).strip()
    # a glued honorific parts from the name ("H.Nama", "Dr.H.Nama", "H.M Nama"), not a form the
    # gazetteer writes with a dot inside ("H.E Nama")
    dotted = _dotted(prefixes)
    listed_with_dot = _with_final_dot(prefixes)
    s = " ".join(t if t.rstrip(".").lower() in dotted else _GLUED_HONORIFIC.sub(
        lambda m: m.group(0) + " " if _key(m.group(1)) in pre else m.group(0), t) for t in s.split(" "))
    # Degrees follow the name after a comma ("Nama, S.H., M.H.") or directly ("Nama SH MH").
    head, _, tail = s.partition(",")
    tail_parts = [t.strip() for t in tail.split(",") if t.strip()]
    if tail and not all(_listed_degree(t, suffixes) or _is_degree(t) for t in tail_parts):
        head = s  # the comma was not before degrees
        head = head.split(",")[0]
    toks = head.split()
    while toks:
        if len(toks) > 1 and (glued := _HAJI_INITIALS.fullmatch(toks[0])) and toks[0] not in listed_with_dot:
            toks[0] = glued.group(1)  # "HM Prasetyo", "HST Burhanuddin": Haji and the name's initials
            break  # (not a form the gazetteer lists with its dot: "HE. Nama", His Excellency)
        if _INITIALS.fullmatch(toks[0]) and toks[0].rstrip(".").lower() not in dotted:
            break  # "M.S. Burhan Ismail": a name's initials, though "Ms." is an honorific
        if len(toks) > 2 and _key("".join(toks[:2])) in two_words:  # "Datuk Seri Nama", "Tan Sri Nama"
            del toks[:2]
        elif _key(toks[0]) in pre or _key(toks[0]).rstrip(".") in pre:
            toks.pop(0)
        else:
            break
    while toks:
        if _listed_degree(toks[-1], suffixes) or _is_degree(toks[-1]):
            toks.pop()
        elif len(toks) > 2 and len(toks[-2]) == 1 and _key(toks[-2] + toks[-1]) in suf:
            del toks[-2:]  # a degree written with a space for its dot: "Nama S Sos", "Nama M Si"
        else:
            break
    return " ".join(toks).strip(" ,.")


_HAJI_INITIALS = re.compile(r"H([A-Z]{1,3}\.?)")


def is_degree(tok: str, suffixes: Iterable[str]) -> bool:
    """Is this word an academic degree written after a name ("SH", "M.Si", "S.I.K.")?"""
    return _listed_degree(tok, suffixes) or _is_degree(tok)


def _listed_degree(tok: str, suffixes: Iterable[str]) -> bool:
    """A degree form of the gazetteer, compared without dots, spaces or case; but a word written
    as names are, without a dot ("Meng", "Mars", "Mei"), only in a form's own letters: "Ng Chee
    Meng" keeps his name where "Nama MEng" has a degree (M.Eng.)."""
    forms = frozenset(suffixes)
    if _key(tok) not in _keys(forms):
        return False
    bare = re.sub(r"[.\s]", "", tok)
    return "." in tok or not _NAME_CASE.fullmatch(bare) or bare in _bare_forms(forms)


_NAME_CASE = re.compile(r"[A-Z][a-z]+")


@lru_cache(maxsize=16)
def _bare_forms(forms: frozenset[str]) -> frozenset[str]:
    """The forms without dots or spaces, in their own case ("M.Eng." -> "MEng")."""
    return frozenset(re.sub(r"[.\s]", "", f) for f in forms)


_DEGREE_RE = re.compile(r"^(?:[SMD]\.?\s?[A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][a-z]{0,3}\.?)?|Ph\.?\s?D\.?|Sp\.?\s?[A-Z]{1,3}\.?|M\.?B\.?A\.?)$")


def _is_degree(tok: str) -> bool:
    """S.H., M.Si, S.Sos., M.A.P., Ph.D, Sp.PD: academic titles written after a name. Without dots
    only the gazetteer's forms count, so initials ("Zulfikar MZ") stay."""
    t = tok.strip()
    return "." in t and bool(_DEGREE_RE.match(t))
