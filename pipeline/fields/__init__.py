"""Field extractors: they read an article's sentences and mentions and return plain records.

`Context` holds what every extractor needs about one article; `Lexicon` holds the parts of the
rule model that interpretation needs beyond the matchers (honorifics, province names ...), built
from the tables the pipeline's `gazetteers` component read (`nlp.get_pipe("gazetteers").lexicon`).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from .. import regexes
from ..model import Settings, Table, read_settings, read_tables
from ..normalize import Calendar
from ..records import DateValue, Mention, Sentence


@dataclass(frozen=True, eq=False)
class Lexicon:
    prefixes: frozenset[str]
    lead_prefixes: frozenset[str]  # honorifics that are also words of names: stripped only before one
    suffixes: frozenset[str]
    nonnames: frozenset[str]
    function_words: frozenset[str]  # Indonesian function words, never in a person's name ("Dapat")
    province_names: dict[str, str]
    capitals: dict[str, str]  # capital city -> province code
    government: frozenset[tuple[str, str]]  # (label, id) of mentions that name a government body
    regional: dict[tuple[str, str], str]  # (label, id) -> yes, level or no (parties.tsv)
    regional_words: re.Pattern  # words for regional governments or their heads ("bupati", "pemkab")
    formed: dict[str, tuple[dt.date, str]]  # province code -> (founding law, province it came from)
    result_words: dict[str, str]  # results.tsv: "kind" or "kind:arg" -> an alternation of its phrases
    grade_zones: dict[str, str]  # zones.tsv: predikat grade -> the zone it stands for
    scope_wholes: frozenset[str]  # scope.tsv: the wholes that parts belong to ("tridharma"), no scope value
    ranks: re.Pattern  # a police or military rank with its service, corps and retired mark
    rank_marks: re.Pattern  # a service, corps or retired mark alone: "Pol", "Inf", "Purn."
    national: re.Pattern  # a word that makes an office national ("Nasional", "Kemendagri")
    titles: dict[str, tuple[str, str]]  # an office's phrase, lower case -> (role, level)
    venue: re.Pattern  # a place clause that names a building: "di Aula ...", "digelar di Istana ..."
    calendar: Calendar  # calendar.tsv: month and weekday words, the date patterns (normalize)
    numbers: dict[str, int] = field(default_factory=dict)  # numbers.tsv: a number word, lower case -> its count
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # words.tsv: kind -> its phrases
    instruments: dict[str, str] = field(default_factory=dict)  # instruments.tsv: a phrase, lower case -> its type
    _patterns: dict[tuple[str, int], re.Pattern] = field(default_factory=dict, repr=False)
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def word_set(self, kind: str) -> frozenset[str]:
        """The phrases of one kind of words.tsv, lower case (made once a run: the rules ask per word)."""
        if kind not in self._word_sets:
            self._word_sets[kind] = frozenset(p.lower() for p in self.words.get(kind, ()))
        return self._word_sets[kind]

    def pattern(self, template: str, flags: int = 0) -> re.Pattern:
        """`template` compiled with each `{kind}` replaced by the phrases of that kind of
        words.tsv, one alternation, longest first (`{plan}` -> `(?:direncanakan|dijadwalkan|...)`).
        The template says where a word begins and ends; the phrases are matched as written."""
        key = (template, flags)
        if key not in self._patterns:
            self._patterns[key] = regexes.compile(re.sub(r"\{([a-z_]+)\}", lambda m: alternation(self.words[m[1]]),
                                                    template), flags)
        return self._patterns[key]


def alternation(phrases) -> str:
    """Phrases as one regex group that tries the longest first."""
    return "(?:" + "|".join(re.escape(p) for p in regexes.longest_first(phrases)) + ")"


@lru_cache(maxsize=4)
def load_lexicon(model_dir: str) -> Lexicon:
    """The lexicon of a model folder, read without spaCy (for interpretation tested on hand-built
    mentions); a loaded pipeline builds the same from the tables its gazetteers component read
    (`nlp.GazetteerComponent.lexicon`)."""
    return build_lexicon(read_tables(Path(model_dir) / "gazetteers"))


def build_lexicon(tables: Mapping[str, Table]) -> Lexicon:
    """The lexicon of a model's gazetteer tables (file name -> `Table`)."""
    def rows(name: str) -> tuple[dict[str, str], ...]:
        return tables[name].rows

    hon = rows("honorifics.tsv")
    provinces = rows("provinces.tsv")
    parties = rows("parties.tsv")
    regional = {(r["label"], r["id"]): r["regional"] for r in parties}
    national = [r["phrase"] for r in rows("national.tsv")]
    words: dict[str, list[str]] = {}
    for r in rows("words.tsv"):
        words.setdefault(r["kind"], []).append(r["phrase"])
    numbers = {r["word"].lower(): int(r["value"]) for r in rows("numbers.tsv")}
    words["number"] = list(numbers)  # {number} in a pattern template
    calendar = Calendar(rows("calendar.tsv"))
    words["weekday"] = list(calendar.weekdays)  # {weekday} in a pattern template
    return Lexicon(
        prefixes=frozenset(r["form"] for r in hon if r["kind"].startswith("prefix") and r["kind"] != "prefix_keep"),
        lead_prefixes=frozenset(r["form"].lower() for r in hon if r["kind"] == "prefix_lead"),
        suffixes=frozenset(r["form"] for r in hon if r["kind"] == "suffix"),
        nonnames=frozenset(r["word"].lower() for r in rows("nonnames.tsv")) | _vocabulary_words(rows, calendar)
        | {p.lower() for p in national if " " not in p},
        function_words=_function_words(words.get("person_word", ()), words.get("clitic", ())),
        province_names={r["code"]: r["name"] for r in provinces},
        capitals={r["capital"]: r["code"] for r in provinces if r.get("capital")},
        government=frozenset((r["label"], r["id"]) for r in parties if r["government"] == "yes"),
        regional=regional,
        regional_words=_regional_words(rows, regional),
        formed={r["code"]: (dt.date.fromisoformat(r["formed"]), r["formed_from"])
                for r in provinces if r.get("formed")},
        result_words=_alternations(rows("results.tsv")),
        grade_zones={r["value"]: r["zone"] for r in rows("zones.tsv") if r.get("zone")},
        scope_wholes=frozenset(r["part_of"] for r in rows("scope.tsv") if r.get("part_of")),
        ranks=rank_pattern(rows("ranks.tsv")),
        rank_marks=rank_pattern(rows("ranks.tsv"), marks_only=True),
        titles={r["phrase"].lower(): (r["role"], r["level"]) for r in rows("titles.tsv")},
        venue=_venue_pattern(rows),
        national=regexes.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in regexes.longest_first(national))
                            + r")(?!\w)", re.I),
        calendar=calendar,
        numbers=numbers,
        words={k: tuple(v) for k, v in words.items()},
        instruments={r["phrase"].lower(): r["agreement_type"] for r in rows("instruments.tsv")},
    )


def _venue_pattern(rows) -> re.Pattern:
    """ "di" or a venue verb (clauses.tsv), then a building's name (buildings.tsv) to the next
    comma, stop or bracket: group 1 is the venue."""
    verbs = [r["phrase"] for r in rows("clauses.tsv") if r["kind"] == "venue"] + ["di"]
    words = [r["word"] for r in rows("buildings.tsv")]
    def alternation(phrases):
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in regexes.longest_first(phrases))
    return regexes.compile(rf"\b(?:{alternation(verbs)})\s+((?:{alternation(words)})\b[^,.;()]*)", re.I)


def _regional_words(rows, regional: dict[tuple[str, str], str]) -> re.Pattern:
    """Government words and regional heads' titles, any case: what "se-X" may follow
    ("bupati dan wali kota se-Provinsi Bengkulu", "Pemkab/Pemkot se-Kalsel")."""
    words = {r["phrase"].lower() for r in rows("governments.tsv")
             if regional.get(("GOV", r["level"]), regional.get(("GOV", "*"))) == "yes"}
    words |= {r["phrase"].lower() for r in rows("titles.tsv")
              if regional.get(("TITLE", r["role"])) == "yes" and r["level"] == "region"}
    words |= {r["phrase"].lower() for r in rows("words.tsv") if r["kind"] == "regional_group"}
    alternatives = "|".join(regexes.longest_first(re.escape(w) for w in words))
    return regexes.compile(rf"(?i)(?<!\w)(?:{alternatives})(?!\w)")


def _alternations(rows: list[dict[str, str]]) -> dict[str, str]:
    """Phrases by kind (and by "kind:arg" where an arg is given), each kind one regex alternation
    that matches a phrase as a whole word, longest phrase first."""
    by: dict[str, list[str]] = {}
    for r in rows:
        for key in filter(None, (r["kind"], f'{r["kind"]}:{r["arg"]}' if r.get("arg") else "")):
            by.setdefault(key, []).append(r["phrase"])
    def whole(p: str) -> str:  # "*target*" is any word with "target" in it
        core = re.escape(p.strip("*"))
        return ((r"\b\w*" if p[0] == "*" else r"\b" if p[0].isalnum() else "") + core +
                (r"\w*\b" if p[-1] == "*" else r"\b" if p[-1].isalnum() else ""))

    return {k: "(?:" + "|".join(whole(p) for p in regexes.longest_first(v)) + ")" for k, v in by.items()}


def rank_pattern(rows: list[dict[str, str]], marks_only: bool = False) -> re.Pattern:
    """One pattern for a rank as written before a name: "AKBP", "Brigjen Pol.", "Kolonel Inf",
    "Mayjen TNI (Purn.)", "Irjen (Pol)", "Kolonel Laut (P)". Forms of one or two letters count
    only in brackets (a bare "P" or "KH" is an initial or an honorific). With `marks_only`, one
    service, corps or retired mark as written inside brackets ("Purn.")."""
    def alternation(forms):
        forms = regexes.longest_first(forms)
        return "|".join(r"\s+".join(re.escape(w.rstrip(".")) for w in f.split()) for f in forms)

    by_kind: dict[str, set[str]] = {}
    for r in rows:
        by_kind.setdefault(r["kind"], set()).add(r["form"])
    marks = by_kind["service"] | by_kind["corps"] | by_kind["retired"]
    bare = alternation(f for f in marks if len(f.rstrip(".")) > 2)
    bracketed = alternation(marks)
    if marks_only:
        return regexes.compile(rf"(?:{bracketed})\.?", re.I)
    mark = rf"(?:\s+(?:{bare})\.?(?!\w)|\s*\(\s*(?:{bracketed})\.?\s*\))"
    return regexes.compile(rf"(?:{alternation(by_kind['rank'])})\.?(?!\w){mark}{{0,3}}", re.I)


def _function_words(person_words, clitics) -> frozenset[str]:
    """Indonesian function words (spaCy's stop words: "dapat", "bersama", "usai"), also with a
    clitic (words.tsv `clitic`: "Menurutnya", "Bersamanya"; not on a stem of two letters: "Kenya"),
    never a person's name but for the `person_words` that are also names ("Lalu")."""
    from spacy.lang.id.stop_words import STOP_WORDS

    words = {w for w in STOP_WORDS if " " not in w}
    joined = {w + c for w in words for c in clitics if len(w) > 2 and not w.endswith(c)}
    return frozenset(words | joined) - {w.lower() for w in person_words}


def _vocabulary_words(rows, calendar: Calendar) -> frozenset[str]:
    """First words of titles and cues, words of instruments, weekdays: never part of a name.
    (The later words of a cue are not: "direktur utama" must not make Utama no name.)"""
    words = set(calendar.weekdays)  # months stay out: Agus, Juni, April and Mei are also given names
    words.update(row["phrase"].split()[0].lower() for row in rows("titles.tsv"))
    words.update(w for w in (row["phrase"].split()[0].lower().rstrip(".") for row in rows("cues.tsv"))
                 if len(w) > 2)
    for row in rows("instruments.tsv"):
        words.update(w.lower().rstrip(".") for w in row["phrase"].split() if len(w) > 2)
    return frozenset(words)


@dataclass
class Context:
    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    dates: list[tuple[DateValue, int, int]]
    published: dt.date | None
    lexicon: Lexicon
    settings: Settings = field(default_factory=read_settings)  # the model's tuned numbers
    site: frozenset[str] = frozenset()  # the words naming the site: its host's labels, its name ("jurnalpalopo")
    dateline_province: str | None = None  # the province of the dateline's town (assemble.dateline_province)
    dateline_town: str | None = None  # the dateline's town the gazetteers do not know (assemble.dateline_town)
    by_sent: dict[int, list[Mention]] = field(default_factory=dict)
    parties_cache: dict[int, list] = field(default_factory=dict)  # sentence -> its parties (fields.parties)
    people_cache: dict[tuple, list] = field(default_factory=dict)  # people -> where each is named (fields.people)
    datelines: list | None = None  # the datelines among the first sentences, once read (assemble._dateline_heads)

    def __post_init__(self):
        for m in self.mentions:
            self.by_sent.setdefault(m.sent, []).append(m)

    @cached_property
    def _by_start(self) -> tuple[list[Mention], list[int]]:
        ordered = sorted(self.mentions, key=lambda m: m.start)  # stable: analyse already sorts them
        return ordered, [m.start for m in ordered]

    @cached_property
    def _by_end(self) -> tuple[list[Mention], list[int]]:
        ordered = sorted(self.mentions, key=lambda m: m.end)
        return ordered, [m.end for m in ordered]

    @cached_property
    def org_kinds(self) -> frozenset[str]:
        """The kinds of the bodies the article names (of its ORG mentions)."""
        return frozenset(m.kind for m in self.mentions if m.label == "ORG")

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that begin in [start, end), in order: a look near a title or a name costs
        the mentions there, not every mention of a long article."""
        ordered, starts = self._by_start
        return ordered[bisect_left(starts, start):bisect_left(starts, end)]

    def ending_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that end in [start, end), by their end."""
        ordered, ends = self._by_end
        return ordered[bisect_left(ends, start):bisect_left(ends, end)]

    def in_sent(self, i: int, label: str | None = None, kb: str | None = None) -> list[Mention]:
        return [m for m in self.by_sent.get(i, ())
                if (label is None or m.label == label) and (kb is None or m.kb_id == kb)]

    def names_a_place(self, title: Mention) -> bool:
        """"Kantor Gubernur", "Rumah Jabatan Bupati": the title names a building, not its holder."""
        return any(m.label == "CUE" and m.kb_id == "venue" and 0 <= title.start - m.end <= 2
                   for m in self.by_sent.get(title.sent, ()))

    def names_a_street(self, title: Mention) -> bool:
        """"Jalan Gubernur Suryo", "Jl. Jenderal Sudirman": the title is a street's name (words.tsv
        `street`), its holder no one the article speaks of."""
        return bool(self.lexicon.pattern(r"\b(?:{street})\s*$", re.I).search(self.text, max(0, title.start - 8),
                                                                             title.start))

    def province_then(self, code: str | None) -> str | None:
        """The province a place belonged to when the article was written: Sorong is in Papua Barat
        Daya since December 2022, in Papua Barat before."""
        while code in self.lexicon.formed and self.published is not None:
            formed, parent = self.lexicon.formed[code]
            if self.published >= formed:
                break
            code = parent
        return code

    def dates_in(self, i: int) -> list[tuple[DateValue, int, int]]:
        s = self.sentences[i]
        return [d for d in self.dates if s.start <= d[1] < s.end]


def region_code(m: Mention) -> str | None:
    """The province code of a PROVINCE or REGION mention ("kota|Banjarmasin|ID-KS" -> "ID-KS")."""
    if m.label == "PROVINCE":
        return m.kind
    if m.label == "REGION":
        codes = set(m.columns(2))
        return codes.pop() if len(codes) == 1 else None
    return None


def province_at(lexicon: Lexicon, code: str, when: dt.date | None) -> str:
    """The province a place belonged to on a date: before its founding law a province's regencies
    were in the one it was formed from (Sorong: Papua Barat until December 2022)."""
    while when is not None and code in lexicon.formed and when < lexicon.formed[code][0]:
        code = lexicon.formed[code][1]
    return code


def region_name(m: Mention) -> str:
    """The canonical place name of a REGION mention ("Palangkaraya" -> "Palangka Raya") or of a
    TOWN mention ("SENTANI" -> "Sentani")."""
    if m.label == "TOWN":
        return m.kind
    if m.label != "REGION":
        return m.text
    # "Jakarta Selatan" is also "Jakarta" (places.tsv): the shortest name is the one people use
    return min(m.columns(1), key=len)


PAST_AFTER = r"\s+{past_after}\b"  # a date put in the past by the word after it: "tahun 2017 lalu"
FUTURE_AFTER = r"\s+{future_after}\b"  # a date still to come by the word after it: "di tahun 2023 mendatang"


_PLACES = ("PROVINCE", "REGION", "TOWN")


def without_landforms(lexicon: Lexicon, text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less the places that name a natural feature: a province's or a regency's name
    right after a landform's word is the sea's, the strait's or the lake's ("perjanjian batas laut
    segmen Selat Malaka", "Laut Sulawesi", "Danau Toba"), not the region of that name. A region
    whose own name holds the word ("Sungai Penuh", "Teluk Bintuni") is one mention, and stays."""
    landform = lexicon.pattern(r"\b{landform}\s+$")
    return [m for m in mentions if m.label not in _PLACES or not landform.search(text, max(0, m.start - 12), m.start)]


def signatures_of_papers(mentions: list[Mention]) -> list[Mention]:
    """The mentions with the signature named as a thing ("tanda tangan", cues.tsv `sign_paper`) a
    signing cue where its sentence names a paper or a cooperation ("ditandai dengan tanda tangan
    bersama nota kesepahaman", "menyaksikan tandatangan kerja sama"), and no cue elsewhere: an
    autograph, a footballer's signature or a petition's is no agreement's."""
    papers = {m.sent for m in mentions if m.label in ("INSTRUMENT", "COOP")}
    return [replace(m, kb_id="sign") if m.kb_id == "sign_paper" else m for m in mentions
            if m.label != "CUE" or m.kb_id != "sign_paper" or m.sent in papers]


def site_words(url: str | None, outlet: str | None = None) -> frozenset[str]:
    """The words a page's site goes by, lower case and letters only: the labels of its URL's host
    ("jurnalpalopo.pikiran-rakyat.com" -> jurnalpalopo, pikiranrakyat, com) and its name."""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "") if url else ""
    words = host.split(".") + [outlet or "", *(outlet or "").split()]
    return frozenset(w for w in (re.sub(r"\W", "", x).lower() for x in words) if len(w) > 2)

