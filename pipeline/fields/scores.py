"""Compliance results (Penilaian Kepatuhan, Opini Ombudsman), read the way they are announced: as lists.

A result is a subject (a regional government: "Pemkab Tuban", "Kota Bima", a bare regency or
province; or a national body) with a zone, a grade or a value ("nilai 80,71", "(97,41)").
The reader goes clause by clause:
- each subject owns the zones, grades and values that follow it up to the next subject, and a
  zone closing a run of bare subjects is theirs too ("A, B dan C berada di zona hijau");
- a zone or grade before the first subject heads the clause's list ("zona hijau yaitu A dengan
  nilai 80,71, B dengan nilai 81,02");
- a zone or grade said for a group without names ("sembilan kabupaten berada di zona kuning"),
  or heading a list, carries to the lists of the sentences that follow ("Kesembilan kabupaten
  itu adalah A, B ...", "Urutan kedua diraih C dengan nilai 97,46");
- a result with no subject and no group ("Nilainya hanya 42,02") is the one subject's of the
  sentence before;
- a list item's name is its subject where the gazetteers know no body that starts it
  ("3. Lembaga Sensor Film (88,41 zona hijau)");
- one subject's values told as a change over the years, each with its year, are a row each
  ("dari nilai 73,44 (tahun lalu) naik menjadi 91,95 tahun ini").
The year is the clause's own, else the year last stated for an assessment or a result, else the
assessment year the text names anywhere. Not results: counts of pemda per zone, category ranges
("78-100"), ranks, percentages, negated zones ("belum masuk zona hijau"), places that only locate
a group ("pemda di Jawa Timur") or name an office ("Ombudsman Perwakilan NTB", "Bupati Tuban").
Aims ("ditargetkan zona hijau", "supaya bisa di zona hijau") are `target` rows. The words weighed
are data: gazetteers/results.tsv.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import regexes
from ..normalize import Calendar, parse_number
from ..records import Mention, Score
from . import FUTURE_AFTER, PAST_AFTER, Context, region_code, region_name
from .agreements import in_list_item
from .parties import HOME

_ZONE_FIELDS = ("zone", "grade")
_KINDS = ("achieved", "target")
_RANGE = r"\d\s*(?:[-–]|WORDS)\s*\d"  # "51-80,99", "0 hingga 50,99" (results.tsv range)


@dataclass
class _Subject:
    text: str
    start: int
    end: int
    key: tuple[str | None, str]  # (level, place or body): whose result it is
    code: str | None  # the province code of a provincial government


@dataclass
class _Mark:
    field: str  # zone, grade or value
    value: object
    start: int
    end: int
    kind: str  # achieved, target, negated ("belum masuk zona hijau") or former ("dari zona merah")


def find_scores(ctx: Context) -> list[Score]:
    if not _words(ctx, "context").search(ctx.text):
        return []
    reader = _ListReader(ctx)
    for i in range(len(ctx.sentences)):
        reader.read(i)
    return reader.results()


class _ListReader:
    """Reads the sentences in order, carrying what a list says once: the zone or grade of the
    group it names, the year last stated, the subject of the sentence before."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text_year = _text_year(ctx)
        self.year: int | None = None  # the year last stated for an assessment or a result
        self.frame: dict[str, object] | None = None  # zone and grade said once for the list that follows
        self.frame_counts: set[int] = set()  # the numbers of the group the frame was said for ("delapan daerah")
        # each frame said for a group of a number, kept for a later list of that many subjects ("Lima Pemda
        # masuk zona hijau ... Banjarbaru 84,74, Tanah Laut 86,61, ...": the five, though other sentences came between)
        self.counted: dict[int, dict[str, object]] = {}
        self.counts: set[int] = set()  # the numbers the sentence read counts its groups by, right before them
        self.before: list[_Subject] = []  # the subjects of the sentence before
        self.former_ends: list[int] = []  # where the zones a subject left end, in the sentence read
        self.rows: list[tuple[Score, tuple[str | None, str]]] = []
        # the zones said of every subject, with their years ("semua pemerintah daerah telah masuk zona hijau")
        self.of_all: set[tuple[str, int | None]] = set()

    def read(self, i: int) -> None:
        ctx, sent = self.ctx, self.ctx.sentences[i]
        subjects = _subjects(ctx, i)
        clauses = _clauses(ctx, i)
        marks = _marks(ctx, i, clauses, subjects)
        # a zone or value left ("naik dari zona kuning ke ...", "naik dari 79,35") is no result; what
        # stands before it (its year) is its; one told with a year of its own ("bergerak dari zona
        # kuning di tahun 2022 menjadi zona hijau", "meningkat dari 88,01 pada tahun sebelumnya") is
        # that year's result of the sentence's one subject, or of the one subject of the sentence
        # before ("Nilai ini meningkat dari ..."), and the year is not the next result's
        left = [(m, _left_year(ctx, m.end, self.year or self.text_year)) for m in marks if m.kind == "former"]
        self.former_ends = [end if year else m.end for m, (year, end) in left]
        owner = subjects[0] if len(subjects) == 1 else self.before[0] if not subjects and self.before and \
            all(_same_subject(self.before[0].key, b.key) for b in self.before) else None
        for m, (year, _end) in left:
            if owner is not None and year and (not subjects or m.start > owner.end):
                found = {m.field: m.value}
                self.rows.append((Score(owner.text, sent.text, "achieved", owner.code, year, found.get("value"),
                                        found.get("zone"), found.get("grade")), owner.key))
        marks = [m for m in marks if m.kind not in ("former", "tally")]
        subjects = [s for s in subjects if s not in _compared_with(ctx, i, subjects, marks)]
        if subjects and not marks and self.frame and not _lists_them(ctx, i, subjects):
            self.frame = None  # "Provinsi X merupakan hasil pemekaran dari Provinsi Y": no list of the group
        opening, used_frame = [], False
        counts = _group_counts(ctx, i)
        self.counts = _group_counts(ctx, i, cardinal=True)
        stated = _assessment_years(ctx, i)
        if subjects and any(at < subjects[0].start for at, _y in stated):
            # "Adapun hasil survei kepatuhan ... 2021 untuk Sulteng, ... yaitu A (61,48), B ...": the
            # year of the assessment named before the list is the list's
            self.year = [y for at, y in stated if at < subjects[0].start][-1]
        if subjects:
            heading: list[_Mark] = []  # the zone heading the list a semicolon goes on with
            lists = _lists(ctx, clauses, subjects, marks)
            for n, (lo, hi) in enumerate(lists):
                subs = [s for s in subjects if lo <= s.start < hi]
                ms = [m for m in marks if lo <= m.start < hi]
                if subs and not ms and _locates_group(subjects, marks, lists[n + 1:n + 2]):
                    continue  # "Untuk wilayah A dan B, hanya sepuluh Pemkab yang masuk zona hijau"
                if subs:
                    own = [m for m in ms if m.start < subs[0].start]
                    opening += own
                    # "zona kuning yakni A dengan nilai 68,84; B dengan nilai 65,84; ...": the items
                    # after a semicolon are the same list's
                    heading = own or (heading if _goes_on(ctx, lo, subs[0].start) else [])
                    used_frame |= self._assign(i, subs, ms, lo, listed=len(subjects) > 1,
                                               heading=[m for m in heading if m.field in _ZONE_FIELDS])
                elif ms and lo > subjects[0].start:  # "..., serta 10 Pemda zona hijau kualitas tinggi"
                    opening = ms  # the group said last frames the list that follows
        elif marks and self._of_the_one_before(i, marks):
            self._assign(i, self.before, marks, sent.start, listed=False, evidence_from=self.before[0].start)
            subjects = self.before  # a card of one subject, a result a line: "Nilai: 92,5" / "Opini: ..."
        else:
            opening = marks
        self.of_all |= {(m.value, self.year or self.text_year) for m in marks if self._said_of_all(i, m, subjects)}
        self._carry(marks, opening, used_frame, counts, restated=not subjects and bool(self.frame_counts & counts))
        self.before = subjects
        for _at, y in stated:
            self.year = y

    def _said_of_all(self, i: int, mark: _Mark, subjects: list[_Subject]) -> bool:
        """A zone the clause says every subject reached ("Dari hasil penilaian, semua pemerintah
        daerah telah masuk zona hijau"), with no subject named between the word and the zone."""
        if mark.field != "zone" or mark.kind != "achieved":
            return False
        sent = self.ctx.sentences[i]
        found = self.ctx.lexicon.pattern(r"\b(?:{all_of})\b[^.;:]{0,80}$", re.I).search(self.ctx.text, sent.start,
                                                                                       mark.start)
        return bool(found) and not any(found.start() <= s.start < mark.start for s in subjects)

    def _of_the_one_before(self, i: int, marks: list[_Mark]) -> bool:
        """"Nilai kepatuhan yang diperolehnya hanya 42,02": a result with no subject, no group
        and no category ranges is the result of the one subject of the sentence before."""
        if len(self.before) != 1 or _group_words(self.ctx, i) or \
                _words(self.ctx, "range", _RANGE).search(self.ctx.sentences[i].text):
            return False
        values = [m for m in marks if m.field == "value" and m.kind == "achieved"]
        if _years_of(self.ctx, i, self.ctx.sentences[i].start, values) and \
                all(m.field == "value" or m.start > values[-1].end for m in marks):
            # "Hasilnya, dari nilai 73,44 (tahun lalu) naik menjadi 91,95 tahun ini", "Tahun 2023,
            # nilainya naik menjadi 94,5, dan pada 2024 mencapai 98,21, di zona hijau"
            return True
        return all(sum(1 for m in marks if m.field == f and m.kind == k) <= 1 for f in ("zone", "grade", "value")
                   for k in _KINDS)

    def _carry(self, marks: list[_Mark], opening: list[_Mark], used_frame: bool, counts: set[int],
               restated: bool) -> None:
        """A sentence that states one zone (or grade) for a group or at the head of a list opens a
        frame; the sentences that use it keep it, and so does one that names the group again by its
        number ("... delapan daerah masuk zona merah. Ada delapan daerah yang nilainya di bawah 50.
        Kedelapan daerah tersebut yakni A 40,02, B ..."); any other sentence closes it."""
        stated = [m for m in marks if m.field in _ZONE_FIELDS and m.kind == "achieved"]
        heads = [m for m in opening if m.field in _ZONE_FIELDS and m.kind == "achieved"]
        if stated:
            values = {f: {m.value for m in heads if m.field == f} for f in _ZONE_FIELDS}
            single = heads and all(len(v) <= 1 for v in values.values())
            self.frame = {f: next(iter(v), None) for f, v in values.items()} if single else None
            self.frame_counts = counts if self.frame else set()
            for c in self.frame_counts:
                self.counted.setdefault(c, self.frame)
        elif not used_frame and not restated:
            self.frame = None

    def _assign(self, i: int, subs: list[_Subject], marks: list[_Mark], lo: int, listed: bool,
                evidence_from: int | None = None, heading: list[_Mark] | None = None) -> bool:
        """Gives each subject of a list its results (see the module docstring) and adds their rows;
        `heading`: the zones heading the list where it began before a semicolon. Returns whether
        the list took the frame of the sentences before."""
        ctx, sent = self.ctx, self.ctx.sentences[i]
        ends = [s.start for s in subs[1:]] + [sent.end + 1]
        segs = [[m for m in marks if s.end <= m.start < e] for s, e in zip(subs, ends)]
        head = [m for m in marks if m.start < subs[0].start] or list(heading or ())
        got: list[dict[str, dict[str, object]]] = [{kind: {} for kind in _KINDS} for _ in subs]
        used = False
        for kind in _KINDS:
            for field in _ZONE_FIELDS:
                used |= self._zones(got, kind, field, segs, head, listed, subs)
            _values_in_order(got, kind, segs, head)
        evidence = ctx.text[evidence_from:sent.end] if evidence_from is not None else sent.text
        if len(subs) == 1 and self._by_year(i, subs[0], segs[0], lo, evidence):
            return used
        for k, s in enumerate(subs):
            for kind, found in got[k].items():
                if not found:
                    continue
                first = next((m.start for m in segs[k] if m.kind == kind), s.start)
                since = max([lo] + [e for e in self.former_ends if e <= first])
                own_year = _year_in(ctx, i, since, max(first, since))
                if own_year is not None and kind == "achieved":
                    # the round the text goes on with is the latest told, not one compared with after
                    # it ("tahun 2022 ... zona kuning, dibandingkan dengan tahun 2021 ... hijau")
                    self.year = max(self.year or own_year, own_year)
                year = own_year if own_year is not None or kind == "target" else (self.year or self.text_year)
                self.rows.append((Score(s.text, evidence, kind, s.code, year, found.get("value"),
                                        found.get("zone"), found.get("grade")), s.key))
        return used

    def _by_year(self, i: int, subject: _Subject, marks: list[_Mark], lo: int, evidence: str) -> bool:
        """One subject's values told as a change over the years, each with its own year ("Pada
        tahun 2024, X memperoleh nilai 72,44, sementara pada tahun ini menjadi 60,65", "dari nilai
        73,44 (tahun lalu) naik menjadi 91,95 tahun ini"): a row for each; the year last told
        carries on; a zone or grade told after the last value is the last year's. False where the
        values are not so told."""
        values = [m for m in marks if m.field == "value" and m.kind == "achieved"]
        years = _years_of(self.ctx, i, lo, values, self.year or self.text_year)
        if not years:
            return False
        for n, (value, year) in enumerate(zip(values, years)):
            # the zone or grade told after a value, before the next, is its year's
            upto = values[n + 1].start if n + 1 < len(values) else self.ctx.sentences[i].end
            told = {m.field: m.value for m in marks if m.field in _ZONE_FIELDS and m.kind == "achieved"
                    and value.end < m.start < upto}
            self.rows.append((Score(subject.text, evidence, "achieved", subject.code, year, value.value,
                                    told.get("zone"), told.get("grade")), subject.key))
        self.year = max(years)  # the round the text goes on with: the latest told
        return True

    def _zones(self, got: list[dict], kind: str, field: str, segs: list[list[_Mark]], head: list[_Mark],
               listed: bool, subs: list[_Subject]) -> bool:
        """The zone (or grade) of each subject of a list: its own; else the one closing the run of
        bare subjects it stands in, or that of the subject it is said to share it with ("A masuk
        zona hijau bersama B dan C"); else the list's head; else, in a list of several subjects or
        of subjects with values, the frame. Returns whether the frame was used."""
        said = [any(m.field in _ZONE_FIELDS for m in seg) for seg in segs]
        negated = [any(m.kind == "negated" for m in seg) for seg in segs]
        for k, seg in enumerate(segs):
            own = next((m for m in seg if m.field == field and m.kind == kind), None)
            if own:
                got[k][kind][field] = own.value
        for k in range(len(segs) - 2, -1, -1):  # "A, B dan C berada di zona hijau"
            if not said[k] and field in got[k + 1][kind] and not negated[k + 1] \
                    and (segs[k] or _listed(self.ctx, subs[k].end, subs[k + 1].start)):
                got[k][kind][field] = got[k + 1][kind][field]
                said[k] = True
        shared = False  # "A masuk zona hijau bersama B dan C": B and C share A's result
        for k in range(1, len(segs)):
            between = self.ctx.text[subs[k - 1].end:subs[k].start]
            with_a = _words(self.ctx, "with", r"\b(?:WORDS)\s*$").search(between)
            joined = shared and _words(self.ctx, "and", r"\s*,?\s*(?:(?:WORDS)\s+)?").fullmatch(between)
            shared = bool((with_a or joined) and field in got[k - 1][kind] and not segs[k] and not negated[k - 1])
            if shared:
                got[k][kind][field] = got[k - 1][kind][field]
                said[k] = True
        for k in range(len(segs) - 2, -1, -1):  # a run closed by its own result is no list of the frame
            said[k] = said[k] or said[k + 1]
        top = next((m for m in reversed(head) if m.field == field and m.kind == kind), None)
        if kind == "target" and listed and any(m.field == field and m.kind == "achieved" for m in head):
            # "yang berkategori zona kuning ... untuk meraih zona hijau yaitu A, B, C": a list's head that
            # names the zone its subjects are in names the aim as what that zone lacks, no aim of each
            top = None
        # "daerah yang belum mencapai zona hijau yaitu A, B, ...": a list headed by a zone not reached
        # is of none the sentences before said; nor is a list of a group counted larger than the frame's
        # ("ada daerah yang masuk zona merah. ... survei dilakukan untuk sepuluh kabupaten yaitu A, B")
        # nor is a list whose head names a zone or grade of its own ("... empat daerah masuk kategori kuning
        # atau kualitas sedang: A, B. Kemudian dua kota masuk kategori tertinggi, yaitu C dan D"): a new group
        framed = kind == "achieved" and self.frame and self.frame.get(field) and \
            not any(m.field in _ZONE_FIELDS and m.kind == "negated" for m in head) and \
            not any(m.field in _ZONE_FIELDS and m.kind == "achieved" and m.value != self.frame.get(m.field)
                    for m in head) and \
            not (self.counts and all(c > max(self.frame_counts, default=0) for c in self.counts))
        counted = kind == "achieved" and len(segs) > 1 and all(any(m.field == "value" for m in seg) for seg in segs) \
            and self.counted.get(len(segs), {}).get(field)
        used = False
        for k, seg in enumerate(segs):
            if field in got[k][kind] or negated[k]:
                continue
            if top is not None:
                got[k][kind][field] = top.value
            elif framed and not said[k] and (listed or any(m.field == "value" for m in seg)):
                got[k][kind][field] = self.frame[field]
                used = True
            elif counted and not any(said):
                got[k][kind][field] = counted  # the group of as many named before
        return used

    def results(self) -> list[Score]:
        """One row per result: rows of one subject and kind that can be one result (`_agree`) are
        one result told twice, and are merged."""
        zone_of = self.ctx.lexicon.grade_zones
        merged: list[tuple[Score, tuple[str | None, str]]] = []
        for s, key in self.rows:
            twin = next((m for m, k in merged if _same_subject(k, key) and m.kind == s.kind
                         and _agree(m, s, zone_of)), None)
            if twin is None:
                merged.append((s, key))
                continue
            for attr in ("year", "value", "zone", "grade", "province_code"):
                if getattr(twin, attr) is None:
                    setattr(twin, attr, getattr(s, attr))
        zones_of_all = {zone for zone, _y in self.of_all}
        for s, _ in merged:
            if len(zones_of_all) == 1 and s.zone is None and s.kind == "achieved" and \
                    any(s.year in (None, year) for _z, year in self.of_all):
                s.zone = next(iter(zones_of_all))  # a zone every subject reached, said once for all
        for s, _ in merged:  # "predikat kepatuhan tinggi" is the green zone (zones.tsv)
            implied = zone_of.get(s.grade or "")
            if s.zone and implied and implied != s.zone:
                s.grade = None  # a predikat carried from another zone's list ("... hijau dengan predikat kepatuhan tinggi ... Tiga pemprov masuk zona kuning")
            s.zone = s.zone or implied
        return [s for s, _ in merged]


def _left_year(ctx: Context, at: int, running: int | None) -> tuple[int | None, int]:
    """The year of a result a subject left, written right after it, and where it ends: a year
    ("dari zona kuning di tahun 2022"), or the year before the round the text goes on with
    ("dari 88,01 pada tahun sebelumnya": results.tsv `year_before`); (None, at) where none is."""
    year = _year_after(ctx, at)
    if year:
        return int(year[1]), year.end()
    before = ctx.lexicon.pattern(r"\s*(?:(?:{year_adverbial})\s+)?", re.I).match(ctx.text, at)
    named = _words(ctx, "year_before", r"(?:WORDS)\b").match(ctx.text, before.end())
    return (running - 1, named.end()) if named and running else (None, at)


def _year_after(ctx: Context, at: int) -> re.Match | None:
    """A year written right after `at` ("di tahun 2022", "sejak 2022", "pada 2022")."""
    year_word = ctx.lexicon.calendar.alternation("year_word")
    return ctx.lexicon.pattern(r"\s*(?:(?:{year_adverbial})\s+)?(?:" + year_word +
                               r"\s+)?(20[0-3]\d)\b(?!\s*[-–/]\s*\d)", re.I).match(ctx.text, at)


def _years_of(ctx: Context, i: int, lo: int, values: list[_Mark], running: int | None = None) -> list[int] | None:
    """The years of several values of one subject, where each has one of its own, all different:
    one year in each stretch before a value, back to the value before ("Pada tahun 2024 ...
    72,44, sementara pada tahun ini menjadi 60,65"), or else one in each stretch after it, up to
    the next ("73,44 (tahun lalu) naik menjadi 91,95 tahun ini"); or one in each stretch before
    a value but one, which is of the year the text reports (`running`, another): "meraih skor
    92,08, meningkat dari skor tahun 2023 sebesar 88,81"; or else the year nearest before each value,
    all different. None otherwise."""
    if len(values) < 2:
        return None
    ends = [lo] + [v.end for v in values]
    before = [_years(ctx, a, v.start) for a, v in zip(ends, values)]
    starts = [v.end for v in values]
    after = [_years(ctx, a, b) for a, b in zip(starts, [v.start for v in values[1:]] + [ctx.sentences[i].end])]
    right_after = _years_right_after(ctx, values, lo, ctx.sentences[i].end)
    if right_after:
        return right_after
    for stretches in (before, after):
        if all(len(ys) == 1 for ys in stretches):
            years = [ys[0][1] for ys in stretches]
            if len(set(years)) == len(years):
                return years
    either = _years_either_side(before, after)
    if either:
        return either
    nearest = [ys[-1][1] for ys in before if ys]
    if len(nearest) == len(values) and len(set(nearest)) == len(nearest):
        # "Hasil Survei Kepatuhan Tahun 2020 X pada tahun 2019 mencapai 95,98, sedangkan pada tahun 2021
        # mencapai 85,22": a stretch that names more years than one gives its value the one nearest it
        return nearest
    if running is not None and sum(not ys for ys in before) == 1 and all(len(ys) <= 1 for ys in before):
        years = [ys[0][1] if ys else running for ys in before]
        if len(set(years)) == len(years):
            return years
    return None


def _years_right_after(ctx: Context, values: list[_Mark], lo: int, hi: int) -> list[int] | None:
    """The years of values that have one written right after them ("dari nilai 93,55 tahun 2022
    menjadi 96,13"), and for the one value without, the one other year written between lo and hi
    ("peningkatan nilai tahun 2023, dari ..."); all different. None where no value has a year
    right after it."""
    right = [_year_after(ctx, v.end) for v in values]
    if not any(right):
        return None
    taken = {m.start(1) for m in right if m}
    years = [int(m.group(1)) if m else None for m in right]
    left = [year for at, year in _years(ctx, lo, hi) if at not in taken]
    if years.count(None) == 1 and len(left) == 1:
        years[years.index(None)] = left[0]
    return years if None not in years and len(set(years)) == len(years) else None


def _years_either_side(before: list[list[tuple[int, int]]], after: list[list[tuple[int, int]]]) -> list[int] | None:
    """Each value's year on either side, in order: the one year before it not taken by the value
    before, else the one after it ("pada 2021 tercatat 83,98, turun menjadi 69,63 pada 2022, lalu
    naik ke 88,02 di tahun 2023"); all different. None where a value has no one such year."""
    taken: set[int] = set()  # where the years taken are written
    years = []
    for b, a in zip(before, after):
        free = [y for y in b if y[0] not in taken] or [y for y in a if y[0] not in taken]
        if len(free) != 1:
            return None
        taken.add(free[0][0])
        years.append(free[0][1])
    return years if len(set(years)) == len(years) else None


def _values_in_order(got: list[dict], kind: str, segs: list[list[_Mark]], head: list[_Mark]) -> None:
    """The value of each subject of a list: the first it is followed by; several values after the
    last of a run of bare subjects are theirs in order ("A dan B masing-masing memperoleh nilai
    80,10 dan 82,30"); a value before the one subject of a clause is its ("Dengan nilai 46,93,
    Limapuluh Kota masuk zona merah")."""
    values = [[m for m in seg if m.field == "value" and m.kind == kind] for seg in segs]
    for k, vs in enumerate(values):
        if not vs:
            continue
        got[k][kind]["value"] = vs[0].value
        bare = [j for j in range(k) if not values[j] and "value" not in got[j][kind]]
        if len(vs) > 1 and bare == list(range(k - len(vs) + 1, k)):
            for j, v in zip(bare + [k], vs):
                got[j][kind]["value"] = v.value
    first = [m for m in head if m.field == "value" and m.kind == kind]
    if len(segs) == 1 and first and "value" not in got[0][kind]:
        got[0][kind]["value"] = first[-1].value


def _listed(ctx: Context, end: int, start: int) -> bool:
    """Do two subjects stand in one list: between them only commas, list words ("dan", "serta") and
    the capitalised rest of a name, no clause ("A berhasil menggeser B yang ... berada di zona hijau")?
    (A subject's own value between them, "A dengan nilai 76,17, B ...", is read by the caller.)"""
    and_words = _words(ctx, "and", r"(?:WORDS)")
    return all(w[:1].isupper() or not w[:1].isalpha() or and_words.fullmatch(w)
               for w in ctx.text[end:start].replace(",", " ").split())


def _same_subject(a: tuple[str | None, str], b: tuple[str | None, str]) -> bool:
    return a[1] == b[1] and (a[0] is None or b[0] is None or a[0] == b[0])


def _agree(a: Score, b: Score, zone_of: dict[str, str]) -> bool:
    """Two rows that can be one result: no two years, values or zones, no two grades of one kind
    (a predikat, kepatuhan_*, and an opini, kualitas_*, go together), no zone against the zone a
    predikat stands for."""
    pairs = [(a.year, b.year), (a.value, b.value), (a.zone, b.zone),
             (zone_of.get(a.grade or ""), b.zone), (a.zone, zone_of.get(b.grade or ""))]
    if a.grade and b.grade and a.grade.split("_")[0] == b.grade.split("_")[0]:
        pairs.append((a.grade, b.grade))
    return all(x is None or y is None or x == y for x, y in pairs)


# ------------------------------------------------------------------------------------ words

def _words(ctx: Context, kind: str, template: str = "WORDS") -> re.Pattern:
    """The phrases of one kind of results.tsv as a regex, set into a template at WORDS."""
    return _compiled(ctx.lexicon.result_words.get(kind, "(?!)"), template)


@lru_cache(maxsize=64)
def _compiled(words: str, template: str) -> re.Pattern:
    return regexes.compile(template.replace("WORDS", words), re.I)


def _joined(ctx: Context) -> re.Pattern:
    """What may stand between two names of one result: "zona merah atau tingkat kepatuhan
    rendah", "zona hijau kualitas tertinggi", "zona kepatuhan tinggi (zona hijau)"."""
    kind = ctx.lexicon.result_words.get("kind_of_result", "(?!)")
    return _words(ctx, "same", r"[\s,(]*(?:(?:WORDS)[\s,(]+)?(?:(?:" + kind + r")\s+)?")


def _group_words(ctx: Context, i: int) -> list[re.Match]:
    """Words that name a group ("delapan pemda", "kabupaten lainnya", "Sisanya"); a word that is
    the prefix of a place ("Kabupaten Lebak") names no group."""
    sent = ctx.sentences[i]
    places = [m.start - sent.start for m in ctx.in_sent(i) if m.label in ("PROVINCE", "REGION")]
    return [g for g in _words(ctx, "group").finditer(sent.text)
            if not any(0 <= p - g.end() <= 2 for p in places)]


# --------------------------------------------------------------------------------- subjects

def _places(ctx: Context, i: int) -> list[list[Mention]]:
    """Place mentions of a sentence, longest first where they overlap ("Aceh Selatan", not
    "Aceh"); the mentions of one span together ("Gorontalo": a province, a regency, a city)."""
    spans: dict[tuple[int, int], list[Mention]] = {}
    for m in ctx.in_sent(i):
        if m.label in ("PROVINCE", "REGION"):
            spans.setdefault((m.start, m.end), []).append(m)
    out, end = [], -1
    for (s, e) in sorted(spans, key=lambda se: (se[0], -se[1])):
        if s >= end:
            out.append(spans[(s, e)])
            end = e
    return out


def _subjects(ctx: Context, i: int) -> list[_Subject]:
    """The assessed governments and bodies a sentence names, in order; not a place that only
    locates a group or names an office or its holder ("pemda di Jatim", "Ombudsman Perwakilan
    NTB", "Ombudsman Kaltim", "Ombudsman Republik Indonesia (ORI) Kepri", "Bupati Muna"), names
    again the place before it, a council's (DPRD), a dateline's or a venue's ("di Hotel X Jakarta Pusat")."""
    sent = ctx.sentences[i]
    orgs = ctx.in_sent(i, "ORG")
    offices = orgs + ctx.in_sent(i, "TITLE")
    aside = _words(ctx, "aside", r"(?:WORDS)[\s-]*$")
    out: list[_Subject] = []
    last: list[Mention] | None = None
    venues = [m.span(1) for m in ctx.lexicon.venue.finditer(ctx.text, sent.start, sent.end)]
    for place in _places(ctx, i):
        start, level = _extent(ctx, i, place[0])
        if not (level == "dprd" or _restates(ctx, last, place, start)
                or any(a <= start < b for a, b in venues)  # "di Hotel Aryaduta Jakarta Pusat": the venue's
                or aside.search(ctx.text, max(sent.start, start - 30), start)
                or any(m.end <= start and not ctx.text[m.end:start].strip(" )") for m in offices)
                or _is_dateline(ctx, i, start, place[0].end)):
            out.append(_subject(ctx, place, start, level))
        last = place
    # "Selain BPOM, ... yaitu Konsil Kedokteran Indonesia dengan nilai ...": a body set aside is none
    # either, nor one listed with it ("polres di wilayah hukum Polda Banten dan Polda Metro Jaya")
    bodies, apart = [], None
    for b in _bodies(ctx, i, orgs):
        if aside.search(ctx.text, max(sent.start, b.start - 30), b.start) or \
                apart is not None and _words(ctx, "and", _LISTED_WITH).fullmatch(ctx.text, apart.end, b.start):
            apart = b
        else:
            bodies.append(b)
    subjects = _item_named(ctx, i, sorted(out + bodies, key=lambda s: s.start))
    return [s for n, s in enumerate(subjects) if not _heads_list(ctx, s, subjects[n + 1:])
            and not _named_again(ctx, s, subjects[n + 1:])]


_LISTED_WITH = r"\s*(?:,\s*)?(?:(?:WORDS)\s+)?"  # ", ", " dan ", ", dan ": the next of a list


def _named_again(ctx: Context, subject: _Subject, later: list[_Subject]) -> bool:
    """"Kantor Pertanahan (Kantah) atau Badan Pertanahan Nasional (BPN) Kabupaten X": the next
    subject, after "atau" and a short form in brackets alone, names the same one again."""
    return bool(later) and _words(ctx, "also_named", r"\)?(?:\s*\([^()]{1,20}\))?\s*(?:WORDS)\s*").fullmatch(
        ctx.text, subject.end, later[0].start) is not None


def _heads_list(ctx: Context, subject: _Subject, later: list[_Subject]) -> bool:
    """"hasil penilaian untuk keseluruhan Polres jajaran Polda X yakni zona hijau A dengan nilai ...",
    "Tiga Polres jajaran Polda X masuk zona merah yakni A, B, C": a subject that a list-opening word
    follows in its clause, before any value, and then the next subject, is the group the list is of."""
    if not later:
        return False
    between = ctx.text[subject.end:later[0].start]
    intro = _words(ctx, "intro", r"\b(?:WORDS)\b").search(between)
    return intro is not None and not re.search(r"[\d,;]", between[:intro.start()]) \
        and not re.search(r"\d", between[intro.end():])


# a list item that names its unit and then its result: "3. Lembaga Sensor Film (88,41 zona hijau)",
# "- Badan Amil Zakat Indonesia: 70,88", "- Dinsos KBPP dengan nilai 98,99" (SAID: results.tsv
# value_link, value_verb and value, the words that bring a value in)
_ITEM = (r"\s*(?:\d{1,3}[.)]|[-•▪*])\s*((?-i:[A-Z])[\w’'./&-]*(?:\s+(?:(?:WORDS)\s+)?(?-i:[A-Z])[\w’'./&-]*)*)"
         r"\s*[(:]?\s*(?:(?:SAID)\s+){0,2}\d")


def _item_named(ctx: Context, i: int, subjects: list[_Subject]) -> list[_Subject]:
    """A list item's name is its subject where no subject the gazetteers know starts it: a body
    they do not hold ("3. Lembaga Sensor Film (88,41 ...)"), or one named after a place
    ("14. Badan Pengusahaan Kawasan Perdagangan Bebas ... Batam (63,24 ...)": not Batam)."""
    sent = ctx.sentences[i]
    said = "|".join(ctx.lexicon.result_words.get(k, "(?!)") for k in ("value_link", "value_verb", "value"))
    m = _words(ctx, "and", _ITEM.replace("SAID", said)).match(sent.text)
    if m is None:
        return subjects
    start, end = sent.start + m.start(1), sent.start + m.end(1)
    if any(s.start == start for s in subjects):
        return subjects
    name = ctx.text[start:end]
    inside = [s for s in subjects if start <= s.start < end]
    item = _Subject(name, start, end, ("lembaga", name.lower()), None)
    return sorted([s for s in subjects if s not in inside] + [item], key=lambda s: s.start)


def _extent(ctx: Context, i: int, place: Mention) -> tuple[int, str | None]:
    """Where a subject's name starts, and the level its words give: "Pemerintah Kabupaten
    (Pemkab) Boalemo", "Pemerintah Provinsi Gorontalo", "Kota Bima", "Pemprov NTB"."""
    sent = ctx.sentences[i]
    govs = ctx.in_sent(i, "GOV")
    start, level = place.start, None
    while True:
        lo = max(sent.start, start - 30)
        prefix = next(((lv, m) for lv in ("provinsi", "kabupaten", "kota") for m in
                       [_words(ctx, f"prefix:{lv}", r"(?:WORDS)\s*$").search(ctx.text, lo, start)] if m), None)
        # right before it, no comma between: "Di tingkat pemerintah kota, Kota X" names the level, then X
        gov = next((g for g in govs if g.start < start and start - g.end <= 2 and not ctx.text[g.end:start].strip()),
                   None)
        if prefix:
            level, start = level or prefix[0], prefix[1].start()
        elif gov and gov.kb_id == "dprd":
            return gov.start, "dprd"
        elif gov:
            level, start = level or gov.kb_id, gov.start
        else:
            return start, level


def _restates(ctx: Context, last: list[Mention] | None, place: list[Mention], start: int) -> bool:
    """"Kutai Timur (Kutim)", "Kabupaten Bangka Provinsi Bangka Belitung", "Pemkot Kendari,
    Provinsi Sultra": right after a place, its other name or its province is no subject."""
    if last is None or not re.fullmatch(r"\s*[(,]?\s*", ctx.text[last[0].end:start]):
        return False
    province = next((m for m in place if m.label == "PROVINCE"), None)
    regency = next((m for m in last if m.label == "REGION"), None)
    return "(" in ctx.text[last[0].end:start] or (
        province is not None and regency is not None and region_code(regency) == region_code(province))


def _subject(ctx: Context, place: list[Mention], start: int, level: str | None) -> _Subject:
    """A place as a subject: its name as written, the identity its rows are merged by, and the
    province code of a provincial government (a bare province name is one)."""
    province = next((m for m in place if m.label == "PROVINCE"), None)
    region = next((m for m in place if m.label == "REGION"), None)
    if level == "daerah":
        level = None
    if level is None:
        kinds = region.kinds if region else set()
        level = "provinsi" if province else (kinds.pop() if len(kinds) == 1 else None)
    if level == "provinsi":
        m = province or region
        code = region_code(m)
        return _Subject(ctx.text[start:m.end], start, m.end, (level, code or m.text), code)
    m = region or province
    return _Subject(ctx.text[start:m.end], start, m.end, (level, region_name(m) if region else m.text), None)


def _bodies(ctx: Context, i: int, orgs: list[Mention]) -> list[_Subject]:
    """National bodies named with their name ("Kementerian Sosial", "BPJS Kesehatan"); the
    Ombudsman assesses and is never a subject; a bare kind word ("25 kementerian") is a group; an
    office that names its body ("Menteri Sosial") is its holder's, no body assessed."""
    gov = ctx.lexicon.government
    titles = {t.start for t in ctx.in_sent(i, "TITLE")}
    out = []
    for m in orgs:
        kind = m.kind
        if kind == "ombudsman" or ("ORG", kind) not in gov or m.start in titles:
            continue  # "Menteri Koordinator Bidang Hukum, ..., mengucapkan selamat": an office, its holder speaks
        # the capitalised words after it go on with its name, unless an office names it: then they
        # are its holder's ("kepada Kepala LKPP Agus Prabowo")
        headed = any(t.end <= m.start and not ctx.text[t.end:m.start].strip() for t in ctx.in_sent(i, "TITLE"))
        name = None if headed else re.match(r"(?:\s+[A-Z][\w-]*){1,5}", ctx.text[m.end:ctx.sentences[i].end])
        if name is None and _words(ctx, "group", r"^(?:WORDS)$").match(m.text):
            continue
        end = m.end + (len(name.group()) if name else 0)
        # a body named whole is one body under any of its names ("Kemenkes", "Kementerian Kesehatan"),
        # with its country or without ("Perpustakaan Nasional RI", "Perpusnas RI")
        whole = name is None or any(c.kind == HOME and c.end == end and not ctx.text[m.end:c.start].strip()
                                    for c in ctx.in_sent(i, "COUNTRY"))
        key = (m.kb_id if whole and m.kb_id else ctx.text[m.start:end]).lower()
        out.append(_Subject(ctx.text[m.start:end], m.start, end, ("lembaga", key), None))
    return out


def _compared_with(ctx: Context, i: int, subjects: list[_Subject], marks: list[_Mark]) -> list[_Subject]:
    """The bare subjects a sentence sets its own against ("Berbeda dengan A, B, dan C, D dan E
    masuk zona merah": results.tsv `unlike`): the list after the word where its "dan" is followed
    by a comma and another subject; else the first subject alone ("Berbeda dengan A, B dan C masuk
    zona merah"). A subject with a result of its own keeps it."""
    sent = ctx.sentences[i]
    unlike = _words(ctx, "unlike", r"\b(?:WORDS)\s+$")
    first = next((k for k, s in enumerate(subjects)
                  if unlike.search(ctx.text[max(sent.start, s.start - 30):s.start])), None)
    if first is None:
        return []
    closing = _words(ctx, "and", r"\s*,?\s*(?:WORDS)\s+")
    comma = re.compile(r"\s*,\s*")
    run, rest = [subjects[first]], subjects[first + 1:]
    for k, nxt in enumerate(rest):
        between = ctx.text[run[-1].end:nxt.start]
        closed = closing.fullmatch(between)
        if not closed and not comma.fullmatch(between):
            break
        run.append(nxt)
        if closed:
            follows = rest[k + 1] if k + 1 < len(rest) else None
            if follows is None or not comma.fullmatch(ctx.text[nxt.end:follows.start]):
                run = run[:1]
            break
    else:
        run = run[:1]
    ends = [s.start for s in subjects[1:]] + [sent.end]
    return [s for k, s in enumerate(run, first) if not any(s.end <= m.start < ends[k] for m in marks)]


def _lists_them(ctx: Context, i: int, subjects: list[_Subject]) -> bool:
    """Does a sentence with no result of its own list the members of the group said before: with a
    word that opens a list ("Kesepuluh Pemda tersebut yakni A, B ..."), or as a line of little
    more than their names ("1. Kabupaten A")?"""
    sent = ctx.sentences[i]
    if _words(ctx, "intro", r"\b(?:WORDS)\b").search(sent.text):
        return True
    rest, at = [], sent.start
    for s in subjects:
        rest.append(ctx.text[at:s.start])
        at = max(at, s.end)
    rest.append(ctx.text[at:sent.end])
    return len(re.findall(r"[a-z]{3,}", " ".join(rest))) <= 2


def _is_dateline(ctx: Context, i: int, start: int, end: int) -> bool:
    """"POSO, MERCUSUAR –", "Batam (ANTARA) -", "OUTLET.COM | Banda Aceh -", "JAKARTA, iNews.id -",
    "Jakarta,- ", "Outlet.com, Banda Aceh | ": the town of the dateline is no subject; a line a
    number opens is a list's item, no dateline ("1. Kabupaten Solok – 97,73")."""
    sent = ctx.sentences[i]
    return bool(_DATELINE_OPENING.fullmatch(ctx.text, sent.start, start) and not in_list_item(ctx, i) and
                _DATELINE_AFTER.match(ctx.text[end:min(end + 50, sent.end)]))


# before a dateline's town: capitals and marks ("POSO, ", "OUTLET.COM | "), or a site's address ("Outlet.com, ")
_DATELINE_OPENING = re.compile(r"[^a-z]{0,40}|[^\s,]+\.[a-z]{2,3}(?:\.[a-z]{2})?[\s,|]+")
# after it, up to its dash: an outlet's name, capitalised or an address, or none ("(ANTARA)", ", iNews.id");
# not words of a sentence ('"Sumbar di urutan ke-25 ...')
_DATELINE_AFTER = re.compile(r"(?:[\s,]+\(?(?:[A-Z][\w.]*|\w+\.\w[\w.]*)\)?){0,3}[\s,]*[-–—|]")


# ------------------------------------------------------------------------------------ marks

def _clauses(ctx: Context, i: int) -> list[tuple[int, int]]:
    """The clauses of a sentence, cut at contrasts ("..., sedangkan ...", "; ") and quotation marks
    (a result quoted is not the result of the place named in "," kata X di Kantor ..."); not at
    the marks around a few words named ("meraih opini "Kualitas Tertinggi" dengan nilai 94,85")."""
    sent = ctx.sentences[i]
    named = {at for m in _NAMED_IN_QUOTES.finditer(sent.text) for at in (m.start(), m.end() - 1)}
    cuts = [sent.start] + [sent.start + m.start() for m in _words(ctx, "contrast", r"WORDS|[;\"“”]").finditer(sent.text)
                           if m.start() not in named]
    return [(a, b) for a, b in zip(cuts, cuts[1:] + [sent.end + 1]) if b > a]


_NAMED_IN_QUOTES = re.compile(r"[\"“](?:[^\s\"“”,.!?]+\s?){1,4}[\"”]")  # a name of four words or fewer, no clause


def _lists(ctx: Context, clauses: list[tuple[int, int]], subjects: list[_Subject],
           marks: list[_Mark]) -> list[tuple[int, int]]:
    """The lists of a sentence: its clauses, each cut again where a zone introduces the subjects
    after it ("A, B dan C berada pada zona hijau dan satu pada zona kuning, yaitu D"); a zone in
    brackets is the result of what it follows, and introduces nothing."""
    intro = _words(ctx, "intro")
    joined = _joined(ctx)
    contrast = _words(ctx, "contrast")
    out = []
    alone = False  # the clause before named one subject
    for lo, hi in clauses:
        subs = [s for s in subjects if lo <= s.start < hi]
        if not subs and alone and contrast.match(ctx.text, lo):
            # "nilai X pada 2021 83,98, turun menjadi 69,63 pada 2022, namun kembali naik ke 88,02 ...":
            # a contrast that names no subject of its own tells more of the one before
            out[-1] = (out[-1][0], hi)
            continue
        alone = len(subs) == 1
        for prev, nxt in zip(subs, subs[1:]):
            said = intro.search(ctx.text, prev.end, nxt.start)
            # not a zone in brackets: "A dengan nilai 49,36 (zona merah) dan ... adalah B" is A's own
            heads = [m for m in marks if prev.end <= m.start and said and m.end <= said.start()
                     and m.field in _ZONE_FIELDS and not _bracketed(ctx, m.start)]
            if not heads:
                continue
            first = len(heads) - 1  # the zone and the grades named with it: "zona hijau kualitas tertinggi"
            while first > 0 and joined.fullmatch(ctx.text[heads[first - 1].end:heads[first].start]):
                first -= 1
            out.append((lo, heads[first].start))
            lo = heads[first].start
        group = next(iter(_counted_groups(ctx, subs[-1].end, hi)), None) if subs else None
        if group is not None:  # the results after it are the group's, not the last subject's
            out.append((lo, group.start()))
            lo = group.start()
        out.append((lo, hi))
    return out


def _locates_group(subjects: list[_Subject], marks: list[_Mark], after: list[tuple[int, int]]) -> bool:
    """Is the list after a list of bare subjects that of a group with a zone of its own and no
    subject (`_lists` cuts a list at a counted group): the subjects only say where the group is."""
    return any(not any(lo <= s.start < hi for s in subjects) and
               any(lo <= m.start < hi and m.field in _ZONE_FIELDS for m in marks) for lo, hi in after)


def _goes_on(ctx: Context, lo: int, first: int) -> bool:
    """Does the clause at `lo` go on with the list before it: a semicolon, then at once (or after
    "dan", "serta") its first subject?"""
    return bool(_words(ctx, "and", r";\s*(?:(?:WORDS)\s+)?").fullmatch(ctx.text, lo, first))


def _bracketed(ctx: Context, at: int) -> bool:
    """Does a bracket open right before `at` ("49,36 (zona merah)")?"""
    return ctx.text[max(0, at - 3):at].rstrip().endswith("(")


def _group_counts(ctx: Context, i: int, cardinal: bool = False) -> set[int]:
    """The numbers sentence i counts a group by ("delapan pemerintahan daerah", "8 Daerah",
    "Kedelapan daerah tersebut": numbers.tsv has the collective ke- forms); `cardinal`: only a
    number right before the group's word, no ke- form ("sepuluh kabupaten/kota", not "Peringkat
    kedua ditempati Pemkot ...")."""
    groups = ctx.lexicon.result_words.get("group", "(?!)")
    between = r"\s+" if cardinal else r"\s+(?:[a-z]+\s+)?"
    counted = ctx.lexicon.pattern(r"\b(\d{1,3}|{number})" + between + groups + r"\b", re.I)
    return {int(m[1]) if m[1].isdigit() else ctx.lexicon.numbers.get(m[1].lower(), 0)
            for m in counted.finditer(ctx.sentences[i].text) if not (cardinal and m[1].lower().startswith("ke"))}


def _counted_groups(ctx: Context, lo: int, hi: int) -> list[re.Match]:
    """Groups named with their number, joined on to what comes before ("..., serta 10 Pemda",
    "dan sepuluh kabupaten", "Untuk wilayah A dan B, hanya sepuluh Pemkab": one word may stand
    between) between lo and hi; not those that point back ("kedua kabupaten itu": an ordinal is
    one word) or count a ranking ("ke-9 dari 16 provinsi")."""
    words = ctx.lexicon.result_words
    joined = rf"(?:,|\b(?:{words.get('and', '(?!)')}|{words.get('contrast', '(?!)')}))\s+(?:[a-z]+\s+)?"
    counted = rf"(?:\d+|{words.get('count', '(?!)')})\s+(?:{words.get('group', '(?!)')})"
    return [m for m in _compiled(counted, r"\b(?:WORDS)\b").finditer(ctx.text, lo, hi)
            if _compiled(joined, r"(?:WORDS)$").search(ctx.text, max(lo, m.start() - 25), m.start())]


def _marks(ctx: Context, i: int, clauses: list[tuple[int, int]], subjects: list[_Subject]) -> list[_Mark]:
    """Zones, grades and values of a sentence, each achieved, aimed at, negated, left ("former")
    or a count of units in a zone ("tally")."""
    sent = ctx.sentences[i]
    found = [(g.kind, g.column(1), g.start, g.end) for g in ctx.in_sent(i, "GRADE")]
    found += [("value", v, sent.start + at, sent.start + end)
              for at, end, v in _values(ctx, sent.text, [s.end - sent.start for s in subjects])]
    joined = _joined(ctx)
    marks: list[_Mark] = []
    found.sort(key=lambda f: f[2])
    for n, (field, value, at, end) in enumerate(found):
        lo = max(a for a, b in clauses if a <= at)
        prev = marks[-1] if marks and marks[-1].start >= lo else None
        if prev and joined.fullmatch(ctx.text[prev.end:at]):
            kind = prev.kind  # "zona merah atau kepatuhan rendah": one result named twice
        else:
            kind = _kind(ctx, ctx.text[prev.end if prev else lo:at])
        if field != "value" and ctx.lexicon.pattern(_TALLY, re.I).search(ctx.text[prev.end if prev else lo:at]):
            kind = "tally"  # "Dinas Pendidikan 20 Zona Merah, 4 Zona Kuning": units counted in a zone
        upto = min([f[2] for f in found[n + 1:n + 2]] + [b for a, b in clauses if a <= at < b])
        if field != "value" and _of_years(ctx, prev.end if prev else lo, at, end, upto):
            kind = "former"  # "sempat berada di zona merah pada ... 2015 hingga 2018": no one year's result
        marks.append(_Mark(field, value, at, end, kind))
    return marks


def _of_years(ctx: Context, since: int, at: int, end: int, upto: int) -> bool:
    """Is a zone or grade told of a span of years, named before it since the last result or after
    it before the next ("selama kurun waktu 2015-2019 bertahan di predikat kepatuhan rendah", "zona
    merah ... yaitu 2015 hingga 2018")?"""
    span = _compiled(ctx.lexicon.result_words.get("range", "(?!)"),
                     r"\b(?:19|20)\d\d\s*(?:[-–]|\b(?:WORDS)\b)\s*(?:19|20)\d\d\b")
    return bool(span.search(ctx.text, since, at) or span.search(ctx.text, end, upto))


# a count right before a zone: how many units are in it (a year, four digits, is none: "Opini 2022 zona hijau")
_TALLY = r"(?<![\d.,])\b(?:\d{1,3}|{number})\s+$"


def _kind(ctx: Context, since_last: str) -> str:
    """What the words since the clause's last result (or its start) make of the next one:
    "belum berhasil masuk zona hijau" is no result; "ditargetkan masuk zona hijau", "supaya ke
    depan bisa di zona hijau", "harus mempertahankan zona hijau" and "harus (meraih) rapor hijau" are aims, "berhasil
    mempertahankan zona hijau" and "X mempertahankan posisi teratas dengan nilai ..." are not; an aim word
    alone ("berharap rapor kuning yang diterima ...") is not; a zone it rose or fell from ("naik dari
    zona kuning", "keluar dari zona merah") is a former one, no result."""
    if _words(ctx, "former", r"\b(?:WORDS)\s*$").search(since_last):
        return "former"
    if _words(ctx, "negation").search(since_last[-60:]):
        return "negated"
    attained = _words(ctx, "attained", r"\b(?:WORDS)\s+$")
    target = _words(ctx, "target").search(since_last)
    if target and not attained.search(since_last[:target.start()]):
        return "target"
    keep = _words(ctx, "keep").search(since_last)
    if keep and not attained.search(since_last[:keep.start()]) and (
            _words(ctx, "aim").search(since_last[:keep.start()]) or
            any(_words(ctx, kind, r"\b(?:WORDS)\s+(?:\w+\s+)?$").search(since_last[:keep.start()])
                for kind in ("aim_verb", "keep_aim"))):
        # "berharap ... mempertahankan", "harus (tetap) mempertahankan zona hijau"; not "Untuk kategori
        # pemkab, X mempertahankan zona hijau" nor "berhasil mempertahankan zona hijau": reached
        return "target"
    if _words(ctx, "duty", r"\b(?:WORDS)\s+(?:\w+\s+)?$").search(since_last[-40:]):
        return "target"  # "2017, Kotamobagu harus raport hijau", "wajib meraih zona hijau"
    aim = None
    for aim in _words(ctx, "aim").finditer(since_last):
        pass
    if aim and _words(ctx, "aim_verb").search(since_last[aim.end():]):
        return "target"
    return "achieved"


def _num(ctx: Context) -> str:
    """A number: "80,71", "58.99", "86"; "15, 16" is 15,16 with a stray space unless more
    numbers follow ("15, 16 dan 17": results.tsv `and`)."""
    joined = ctx.lexicon.result_words.get("and", "(?!)")
    return (r"(?<![\d.,])(?P<int>\d{1,3})(?:[.,](?P<frac>\d{1,2})(?!\d)"
            r"|,\s(?P<frac2>\d{2})(?!\d)(?!\s*(?:,|" + joined + r")\s*\d)|(?![\d]|[.,]\d))")


def _no_range(ctx: Context) -> str:
    """Not the first number of a range ("80-90", "80 hingga 90": results.tsv `range`)."""
    return r"(?!\s*(?:[-–]|" + ctx.lexicon.result_words.get("range", "(?!)") + r")\s*\d)"


def _values(ctx: Context, text: str, subject_ends: list[int]) -> list[tuple[int, int, float]]:
    """Scores out of 100: after a score word ("nilai kepatuhan 58.99", "skor 85,67"), a decimal
    after a verb ("meraih 80,71"), before "poin", alone in brackets ("(97,41)"), or right after
    its subject in a list ("..., Lombok Barat 81,02, ..."). Ranges, ranks and percentages of
    anything else ("naik 52,96 persen") are not scores."""
    number, no_range = _num(ctx), _no_range(ctx)
    after = no_range + r"(?!\s*(?:" + ctx.lexicon.result_words.get("percent", "(?!)") + "))"
    patterns = [  # a score word makes a percentage a score ("nilai kepatuhan 81,43 persen")
        _words(ctx, "value", r"(?:WORDS)(?:\s+(?-i:[a-z])[\w-]*){0,4}?[\s,:(]*" + number + no_range),
        _words(ctx, "value_verb", r"(?:WORDS)\s+" + number + after),
        _compiled("", r"\(\s*" + number + r"\s*\)"),
        _words(ctx, "value_unit", number + r"\s*(?:WORDS)"),
        # "meraih nilai yang membanggakan dari Ombudsman RI perwakilan X, yakni 78,24": the value a
        # score word named earlier in its clause
        _compiled(ctx.lexicon.result_words.get("value_named", "(?!)"),
                  r"\b(?:" + ctx.lexicon.result_words.get("value", "(?!)") + r")\b[^.;]{0,80}?\b(?:WORDS)\s+" + number + after),
    ]
    # "Melawi dengan 72,95", "1. Kabupaten Agam – 95,48", "Kabupaten Pasaman** – 91,23" (a footnote's stars)
    listed = _words(ctx, "value_link", r"[\s:(*]*(?:[–—-]\s+)?(?:(?:WORDS)\s+)?" + number + after)
    rank = _words(ctx, "rank", r"(?:WORDS)[\s-]*$")
    found: dict[int, tuple[int, float]] = {}
    matches = [(k, m) for k, pattern in enumerate(patterns) for m in pattern.finditer(text)]
    matches += [(len(patterns), m) for m in (listed.match(text, e) for e in subject_ends) if m]
    more = _words(ctx, "and", r"(?:\s*,\s*|\s+(?:WORDS)\s+)" + number + after)
    k = 0
    while k < len(matches):  # "nilai 85,20 dan 83,10": the numbers a score word lists
        nxt = more.match(text, matches[k][1].end())
        if nxt and (nxt.group("frac") or nxt.group("frac2")):
            matches.insert(k + 1, (len(patterns), nxt))
        k += 1
    spelled = ctx.lexicon.pattern(r"\s*\(\s*(?:{number})\s*\)", re.I)
    for k, m in matches:
        decimals = m.group("frac") or m.group("frac2")
        if k > 0 and not decimals or not decimals and rank.search(text[max(0, m.start("int") - 20):m.start("int")]) \
                or not decimals and spelled.match(text, m.end()):
            # "meraih 15 kabupaten", "(2)", "peringkat ke 9", "dari 3 (tiga) nominator": no score; a rank
            # is a whole number ("melonjak ke 88,02" is a value)
            continue
        num = parse_number(f"{m.group('int')},{decimals}" if decimals else m.group("int"))
        if num is not None and 0 < num <= 100:
            found.setdefault(m.start("int"), (m.end(), num))
    return sorted((at, end, num) for at, (end, num) in found.items())


# ------------------------------------------------------------------------------------ years

@lru_cache(maxsize=4)
def _month_before(calendar: Calendar) -> re.Pattern:
    """A month's name (the model's calendar) just before a year ("Oktober 2023"); group 1 is the
    day before it, if one is written ("10 Desember 2018")."""
    return re.compile(r"(?:\b(\d{1,2})\s+)?(?:" + calendar.alternation("month") + r")\.?\s*$", re.I)


def _years(ctx: Context, lo: int, hi: int) -> list[tuple[int, int]]:
    """(position, year) of the years written between lo and hi: "tahun 2023", "(2021)", "2022",
    "tahun lalu", a month's ("sejak Juni-Oktober 2021"); not a day's date ("10 Desember 2018",
    "18/12/2023"), a law ("Nomor 25 Tahun 2009") or a span of years ("2014-2019")."""
    text = ctx.text[lo:hi]
    out = []
    law_number = r"(?:WORDS)\s*\d+\s*(?:" + ctx.lexicon.result_words.get("law_year", "(?!)") + r"\s*)?$"
    for m in re.finditer(r"(?<![\d/.,-])(20[0-3]\d)(?![\d/]|\s*[-–]\s*\d)", text):
        before = text[max(0, m.start() - 30):m.start()]
        month = _month_before(ctx.lexicon.calendar).search(before)
        if (month and month[1]) or (not month and re.search(r"[-–]\s*$", before)) \
                or _words(ctx, "law_number", law_number).search(before):
            continue
        out.append((lo + m.start(), int(m.group(1))))
    if ctx.published:
        for key, alternation in ctx.lexicon.result_words.items():
            if key.startswith("relative_year:"):
                for m in _compiled(alternation, "WORDS").finditer(text):
                    out.append((lo + m.start(), ctx.published.year + int(key.split(":")[1])))
    return sorted(out)


def _year_in(ctx: Context, i: int, lo: int, at: int) -> int | None:
    """The year a clause gives a result: the nearest written before it, else one after it in the
    same stretch of the clause ("zona hijau pada 2021", but not "zona kuning, untuk tahun ini
    (2021) ditargetkan ...")."""
    before = _years(ctx, lo, at)
    if before:
        return before[-1][1]
    sent = ctx.sentences[i]
    hi = min([b for a, b in _clauses(ctx, i) if a <= at < b] or [sent.end])
    stretch = re.split(r",(?!\d)|;", ctx.text[at:hi], maxsplit=1)[0]
    after = _years(ctx, at, at + len(stretch))
    return after[0][1] if after else None


def _text_year(ctx: Context) -> int | None:
    """The assessment year the text names, wherever it does ("Ini hasil penilaian tahun 2022"): the
    first one, if it can be the round the article reports (its year of publication or the year
    before), not a round it is compared with ("Pembandingnya, hasil survei 2019"); a round put in
    the past ("Penilaian oleh ORI pada 2016 lalu") where the text names no other; last, a year told
    from the publication's ("Penilaian tahun ini sedikit rumit", said of the round reported)."""
    def reported(past_too: bool, relative: bool = False) -> list[int]:
        named = [y for i in range(len(ctx.sentences)) for _at, y in _assessment_years(ctx, i, past_too, relative)]
        return [y for y in named if not ctx.published or ctx.published.year - 1 <= y <= ctx.published.year]
    named = reported(False) or reported(True) or reported(False, relative=True)
    return named[0] if named else None


def _assessment_years(ctx: Context, i: int, past_too: bool = False, relative: bool = False) -> list[tuple[int, int]]:
    """Years a sentence states for an assessment: after the assessment's name in the sentence
    ("Penilaian Kepatuhan ... Tahun 2023", "survei kepatuhan 2022", "opini 2025"), or before it
    in its clause ("..., Tahun 2019 Ombudsman RI telah melakukan penilaian pada ..."); not a year
    put in the past ("survei tahun 2019 lalu"), a round compared with, unless `past_too`; nor one
    told from the publication's ("tahun ini"), unless `relative`; each as (where it is written, the year)."""
    sent = ctx.sentences[i]
    named = _words(ctx, "assessment").search(sent.text)
    if not named:
        return []
    at_name = sent.start + named.start()
    clause = max([a for a, _ in _clauses(ctx, i) if a <= at_name] or [sent.start])
    # not a round compared with: "pada tahun 2022 lalu rata-rata nilai kepatuhan ..."
    # the months it took are its own time, past or not: "Sejak Juli hingga Oktober 2023 lalu, ... penilaian"
    past = ctx.lexicon.pattern(PAST_AFTER, re.I)
    # nor a round still to come: "berharap di tahun 2023 mendatang penilaian ... tidak ada lagi ..."
    future = ctx.lexicon.pattern(FUTURE_AFTER, re.I)
    month = _month_before(ctx.lexicon.calendar)
    years = _years(ctx, clause, at_name) + _years(ctx, sent.start + named.end(), sent.end)
    return [(at, y) for at, y in years if _relative(ctx, at) == relative and not future.match(ctx.text, at + 4) and
            (past_too or not past.match(ctx.text, at + 4) or month.search(ctx.text, max(0, at - 30), at))]



def _relative(ctx: Context, at: int) -> bool:
    return not ctx.text[at:at + 1].isdigit()
