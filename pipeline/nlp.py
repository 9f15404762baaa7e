"""The NLP stage: spaCy's blank Indonesian pipeline with the rule components of `models/<name>/`.

`models/sepakat/` is a directory `spacy.load` can load. Its tokenizer (`sepakat.Tokenizer.v1`,
spaCy's Indonesian one built in a fraction of the time: `LazyTokenizer`) and its components are
registered here (and through entry points). The components hold the data of the model: each reads
its folder once in `from_disk` (with the readers of `model.py`), and `to_disk` writes what it holds:
- `sentences`: sentence boundaries from line breaks and sentence-final punctuation, with the
  abbreviations of `sentences/abbreviations.tsv`;
- `gazetteers`: a PhraseMatcher over the TSV gazetteers listed in `gazetteers/manifest.json`; its
  tables also make the `Lexicon` interpretation reads (`nlp.get_pipe("gazetteers").lexicon`);
- `patterns`: a Matcher over the token patterns of `patterns/*.jsonl`;
- `text`: the text stage's files (`text/*.txt`: the gate, boilerplate lines), held and written
  with the model; disabled in config.cfg, so it never runs on a Doc.
The model's tuned numbers are the `[sepakat]` section of config.cfg (`settings(nlp)`).
Everything they find is copied out of the `Doc` as plain `Mention`s: no `Doc` leaves this module.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import types
import weakref
from bisect import bisect_right
from contextlib import contextmanager
from functools import cached_property, lru_cache
from itertools import chain
from operator import itemgetter
from pathlib import Path


def _import_spacy_without_its_cli() -> None:
    """`import spacy` imports spaCy's command line (`spacy.cli`: typer, weasel, httpx, rich ...,
    a third of the import) for one name, `spacy.info`, which no command of ours uses. While
    spaCy is first imported a stand-in holds that name and imports the real one when called;
    afterwards `import spacy.cli` imports the real command line."""
    if "spacy" in sys.modules:
        return
    stand_in = types.ModuleType("spacy.cli.info")

    def info(*args, **kwargs):
        from spacy.cli.info import info as spacy_info

        return spacy_info(*args, **kwargs)

    stand_in.info = info
    sys.modules["spacy.cli.info"] = stand_in
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get("spacy.cli.info") is stand_in:
            del sys.modules["spacy.cli.info"]


_import_spacy_without_its_cli()  # before spaCy's first import, below

import numpy as np
import spacy
import srsly
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.attrs import IDS
from spacy.symbols import IS_SPACE, LOWER, NORM, ORTH
from spacy.util import filter_spans

from . import cache, regexes
from .affixes import rules_splitting_letters, suffix_opens_in_letters
from .config import DEFAULT_MODEL
from .model import (Settings, Table, read_lines, read_rules, read_table, read_tables, read_tsv, write_lines,
                    write_rules, write_table, write_tables)
from .records import Mention, Sentence

SPANS_KEY = "sepakat"
TEXT_KEY = "sepakat.text"  # doc.user_data: the text the Doc was made from (`analyse`)


# ------------------------------------------------------------------------------ tokenizer

# A hyphenated word ("kupu-kupu", "Jawa-Bali"); a word after a hyphen ("-kupu", "- kupu").
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_AFTER_HYPHEN = re.compile(r"-\s*([^\W\d_]+)")
# spaCy's runs (str.isspace() is what \s matches), each non-space run with the one " " after it
# that is its last token's trailing space; the spaces after that are a run of their own
_CHUNKS = re.compile(r"\S+ ?|\s+")
_CHUNK_CACHE = 200_000  # chunks kept (a few MB); past it the cache starts again
_LETTERS_WORTH_READING = 3_000  # new runs: reading the affix rules takes as long as checking 3,000 words


class LazyTokenizer(Tokenizer):
    """spaCy's tokenizer, whose hyphenated-word exceptions are added when a text needs them.

    15,600 of the 16,000 Indonesian exceptions keep a hyphenated word whole ("kupu-kupu");
    adding them all takes seconds, the whole start-up of a command. Such an exception can
    change a text's tokens only where the text holds its last word after a hyphen, as a word
    of its own ("-kupu", or "- kupu" for spaCy's second pass over split tokens): the
    Indonesian rules part two letters only at a prefix ("Rp"), which no exception ends with.
    So a hyphenated exception is added before the first text that holds its last word so;
    the tokens are those of spaCy's tokenizer with every exception (a test checks it).
    Exceptions are lasting words, added outside memory zones: `analyse` prepares each text
    before its zone opens.
    """

    def __init__(self, vocab, rules=None, prefix_search=None, suffix_search=None, infix_finditer=None,
                 token_match=None, url_match=None, **kwargs):
        self._pending: dict[str, list[str]] = {}  # last word -> the hyphenated exceptions ending in it
        self._checked: tuple = (None, set())       # the last text looked at, the words it needs
        self._adding = False
        self._spaced_words = False                 # an exception is words between spaces ("a b")
        self._joins: set[tuple[str, str]] = set()  # two tokens one exception joins (`_words`)
        self._glued: set[str] = set()               # such exceptions' tokens, joined without spaces
        self._spaced: set[str] = set()              # such exceptions that hold a space
        self._longest = 0                           # the most tokens of such an exception
        self._made: set[str] = set()                # the tokens an exception added so far makes
        self._affixed: tuple = (None, {})           # the affix rules, and `plain_words`' answers by them
        self._letters: tuple = (None, None, 0)      # the affix rules, `_letters_whole`'s answer, runs before it
        self._marked: tuple = (None, True)          # the suffix rules, whether one may match from inside letters
        # a chunk (a run with its trailing space) -> its tokens, their trailing spaces, and the
        # run's split by the rules alone (`_words`)
        self._chunks: dict[str, tuple[tuple[str, ...], tuple[bool, ...], tuple[str, ...]]] = {}
        self.zones: MemoryZones | None = None       # the keeper of the zone `analyse` leaves open, if any
        super().__init__(vocab, None, prefix_search, suffix_search, infix_finditer, token_match, url_match,
                         **kwargs)
        # the same rules without exceptions: how spaCy splits an exception to find it across tokens
        self._bare = Tokenizer(vocab, {}, prefix_search, suffix_search, infix_finditer, token_match, url_match)
        self.rules = rules or {}

    @property
    def rules(self):
        """Every exception, added or still pending (what pickling and `explain` see)."""
        pending = {chunk: [{ORTH: chunk}] for chunks in self._pending.values() for chunk in chunks}
        return {**Tokenizer.rules.__get__(self), **pending}

    @rules.setter
    def rules(self, rules):
        self._pending, self._checked, now = {}, (None, set()), {}
        for chunk, tokens in rules.items():
            if "-" in chunk and _is_whole(chunk, tokens) and _HYPHENATED.fullmatch(chunk):
                self._pending.setdefault(chunk.rsplit("-", 1)[1], []).append(chunk)
            else:
                now[chunk] = tokens
        self._spaced_words = any(" " in chunk and all(w.isalpha() for w in chunk.split(" ")) for chunk in now)
        self._joins, self._glued, self._spaced, self._longest = set(), set(), set(), 0
        self._made = {t.get(ORTH, t.get("ORTH", chunk)) for chunk, tokens in now.items() for t in tokens}
        self._note_joins(now)
        Tokenizer.rules.__set__(self, now)

    def __call__(self, text):
        if self.zones is not None and not self.zones.making:
            self.zones.close()  # a Doc made for anyone but `analyse` is not freed with its zone
        self.prepare(text)
        words, spaces = self._words(text)
        if words is None:
            return super().__call__(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _note_joins(self, chunks) -> None:
        """The adjacent tokens of each exception spaCy also looks for across tokens (one its
        rules split, or one with a space: "Dr. rer. nat."), for `_words`."""
        for chunk in chunks:
            if " " in chunk or _finds(self.prefix_search, chunk) or _finds(self.suffix_search, chunk) \
                    or (self.infix_finditer and next(self.infix_finditer(chunk), None)):
                parts = [t.text for t in self._bare(chunk)]
                self._joins.update(zip(parts, parts[1:]))
                self._glued.add("".join(parts))
                if " " in chunk:
                    self._spaced.add(chunk)
                self._longest = max(self._longest, len(parts))

    def _words(self, text: str) -> tuple[list[str] | None, list[bool]]:
        """The words and spaces of spaCy's tokens of `text`, each chunk tokenized once per process
        (`_chunks`).

        spaCy cuts a text into runs of non-space and of space characters, a single " " after a
        token being that token's trailing space, and tokenizes each run apart, caching the tokens
        of each; but inside a memory zone it caches nothing, so every word of every article went
        through the affix rules again (half the rule stage on news). So the tokens of each chunk
        (a run with its trailing space, `_CHUNKS`) are kept here, as strings that outlive any
        zone, and a text's words are its chunks' looked up and joined; the chunks not seen yet
        are tokenized together, one call per text. spaCy also looks for an exception's tokens
        across runs, in their split by the rules ("Dr. rer. nat.", and in "panas- panas-dingin"
        a false find that keeps "panas-dingin" apart): where the tokens about two runs' meeting
        spell such an exception (`_across`), None, and the text is spaCy's to tokenize whole.
        The Doc made from the words has spaCy's tokens and spaces (a test compares them on real
        news); exceptions' other attributes (NORM) are not set, and no rule reads them."""
        chunks = _CHUNKS.findall(text)
        cache = self._chunks
        if len(cache) > _CHUNK_CACHE:
            cache.clear()  # before the chunks to tokenize are chosen: this text's are all made again
        new = set(chunks).difference(cache)
        if new:
            self._tokenize_chunks(new)
        kept = list(map(cache.__getitem__, chunks))  # (tokens, spaces, split by the rules alone)
        words = list(chain.from_iterable(map(itemgetter(0), kept)))
        spaces = list(chain.from_iterable(map(itemgetter(1), kept)))
        # two runs meet in tokens an exception joins: rare, and only then is the text looked at closer
        lasts = [parts[-1] for _, _, parts in kept]
        firsts = iter([parts[0] for _, _, parts in kept])
        next(firsts, None)
        if not self._joins.isdisjoint(zip(lasts, firsts)) and self._across(kept):
            return None, []
        return words, spaces

    def _across(self, kept: list[tuple]) -> bool:
        """Whether spaCy's look for exceptions across runs changes tokens: tokens on both sides of
        a meeting spell an exception, and either that exception holds the spaces between them
        ("Dr. med") or the find covers a run whose tokens an exception made (which the find
        can keep from it, as in "panas- panas-dingin"). A find that changes nothing (": 1." read
        as an exception ":1") leaves the runs' tokens as they are."""
        split: list[str] = []   # the rules' split of the runs, one after the other
        starts: list[int] = []  # where each run begins in it
        meets: list[int] = []   # where in it two runs meet in two tokens an exception joins
        for _, _, parts in kept:
            if split and (split[-1], parts[0]) in self._joins:
                meets.append(len(split))
            starts.append(len(split))
            split.extend(parts)
        n = self._longest
        for m in meets:
            for i in range(max(0, m - n + 1), m):
                for j in range(m + 1, min(len(split), i + n) + 1):
                    if "".join(split[i:j]) not in self._glued:
                        continue
                    first, last = bisect_right(starts, i) - 1, bisect_right(starts, j - 1) - 1
                    pieces = ["".join(split[max(i, starts[k]):min(j, starts[k] + len(kept[k][2]))])
                              for k in range(first, last + 1)]
                    if " ".join(pieces) in self._spaced or any(kept[k][0] != kept[k][2] for k in range(first, last + 1)):
                        return True
        return False

    def _tokenize_chunks(self, chunks) -> None:
        """spaCy's tokens of chunks not seen yet, into `_chunks`: runs of spaces one by one, a
        word of letters by `_letters_whole`, a word of letters and a mark after it by
        `_letters_then_mark`, the other runs in one text, a line break between two (a break is
        a token of its own, and no exception takes it in). Beside the tokens, the run's split by
        the rules alone (`_bare`), where spaCy looks for exceptions across runs."""
        runs: dict[str, list[str]] = {}  # each run of words left to tokenize -> its chunks
        added = Tokenizer.rules.__get__(self)
        whole = self._letters_whole(len(chunks))
        marked = whole and not self._suffix_opens_in_letters()
        for chunk in chunks:
            if chunk[0].isspace():
                tokens = tuple(t.text for t in super().__call__(chunk))
                self._chunks[chunk] = (tokens, (False,) * len(tokens), tokens)
                continue
            run = chunk.removesuffix(" ")
            if whole and run.isalpha() and run not in added and whole(run):
                self._chunks[chunk] = ((run,), (chunk != run,), (run,))
            elif marked and (tokens := self._letters_then_mark(run, whole, added)):
                self._chunks[chunk] = (tokens, (False, chunk != run), tokens)
            else:
                runs.setdefault(run, []).append(chunk)
        if not runs:
            return
        words = list(runs)
        final = _split_runs(super().__call__("\n".join(words)), words)
        # the rules alone split a run otherwise only where an exception made one of its tokens
        made = [run for run, tokens in zip(words, final) if not self._made.isdisjoint(tokens)]
        bare = dict(zip(made, _split_runs(self._bare("\n".join(made)), made))) if made else {}
        for run, tokens in zip(words, final):
            for chunk in runs[run]:
                spaces = (False,) * (len(tokens) - 1) + (chunk != run,)
                self._chunks[chunk] = (tokens, spaces, bare.get(run, tokens))

    def _letters_whole(self, new: int):
        """How to tell that a word of letters is its own token under the affix rules set now: a
        function of the word, or None when every rule must be tried (`affixes`). The Indonesian
        suffix and infix rules never split letters, and only a few prefixes do ("Rp", "USD"),
        which are quick to look for as they are anchored. Reading the rules costs as much as
        trying them on some thousands of words, so it is done once a process has had that many
        `new` chunks to tokenize: a one-article `show` never pays it, a night of news soon has."""
        rules = (self.prefix_search, self.suffix_search, self.infix_finditer)
        if self._letters[0] != rules:
            self._letters = (rules, None, 0)
        _, whole, waited = self._letters
        if whole is None:
            waited += new
            if waited >= _LETTERS_WORTH_READING:
                whole = self._whole_word_test(rules_splitting_letters(*rules))
            self._letters = (rules, whole, waited)
        return whole or None

    def _suffix_opens_in_letters(self) -> bool:
        """Whether a suffix rule set now may match from inside a word of letters (`affixes`)."""
        if self._marked[0] != self.suffix_search:
            self._marked = (self.suffix_search, suffix_opens_in_letters(self.suffix_search))
        return self._marked[1]

    def _letters_then_mark(self, run: str, whole, added) -> tuple[str, str] | None:
        """spaCy's tokens of a word of letters and one mark after it ("efektif.", "kota,": two
        thirds of the new runs of news), found by one short search, or None when they are not
        the word and the mark. spaCy's first pass over such a run: no exception, no token_match
        and no prefix; the suffix it finds is the leftmost match, which cannot begin inside the
        letters (`_suffix_opens_in_letters` is False), so it is the search's from the mark on;
        the mark split off, the word is a word of letters taken whole (`whole`, no exception)."""
        word = run[:-1]
        if not word.isalpha() or run in added or word in added or not whole(word):
            return None
        if self.token_match and self.token_match(run):
            return None
        prefix = self.prefix_search(run) if self.prefix_search else None
        if prefix and prefix.end() != prefix.start():
            return None
        suffix = self.suffix_search(run, len(word))
        if suffix is None or suffix.start() != len(word) or suffix.end() != len(run):
            return None
        return word, run[-1]

    def _whole_word_test(self, kinds: set[str]):
        """From the kinds of rule that may split letters: False (try every rule on every word), or
        the test of a word of letters (only the anchored prefixes looked for)."""
        if kinds - {"prefix"}:
            return False
        prefix_search = self.prefix_search
        if "prefix" in kinds:
            return lambda word: not prefix_search(word)
        return lambda word: True

    def plain_words(self, phrase: str) -> list[str] | None:
        """The tokens of a phrase of plain words (letters between single spaces), found without
        tokenizing it: spaCy keeps such a word one token unless a prefix, suffix, infix or
        exception of its own applies, and none of its exceptions is words between spaces
        (checked as they are set). None for any other phrase."""
        words = phrase.split(" ")
        if self._spaced_words or not (all(words) and "".join(words).isalpha()):
            return None
        added = Tokenizer.rules.__get__(self)  # the pending ones are hyphenated: never a plain word
        rules = (self.prefix_search, self.suffix_search, self.infix_finditer)
        if self._affixed[0] != rules:
            self._affixed = (rules, {})
        affixed = self._affixed[1]  # word -> whether an affix rule applies (a gazetteer repeats its words)
        for w in words:
            if w not in affixed:
                affixed[w] = _finds(self.prefix_search, w) or _finds(self.suffix_search, w) \
                    or bool(self.infix_finditer and next(self.infix_finditer(w), None))
            if w in added or affixed[w]:
                return None
        return words

    def needs(self, text: str) -> bool:
        """Whether `text` needs exceptions not added yet."""
        if text is not self._checked[0]:
            self._checked = (text, self._pending.keys() & set(_AFTER_HYPHEN.findall(text)))
        return bool(self._checked[1])

    def prepare(self, text: str) -> None:
        """Add the exceptions `text` needs."""
        if not self.needs(text):
            return
        if self.zones is not None:
            self.zones.close()  # the zone `analyse` left open: exceptions outlive it
        if self.vocab.in_memory_zone:
            raise RuntimeError("exceptions are added outside a memory zone: prepare the text before it opens")
        self._add(self._checked[1])
        self._checked = (text, set())

    def _add(self, words) -> None:
        """Add the pending exceptions ending in `words`, keeping the cache (see `_flush_cache`)."""
        self._adding = True
        try:
            for word in sorted(words):
                chunks = self._pending.pop(word)
                for chunk in chunks:
                    self.add_special_case(chunk, [{ORTH: chunk}])
                self._note_joins(chunks)
                self._made.update(chunks)
        finally:
            self._adding = False

    def _flush_cache(self):
        # Adding an exception empties spaCy's cache of tokenized chunks. A chunk cached so far
        # cannot hold one being added (its words would have added it): the cache stays.
        if not self._adding:
            super()._flush_cache()
            self._chunks.clear()

    def to_bytes(self, *, exclude=tuple()):
        """spaCy's serialization, with every exception (spaCy writes those it has added)."""
        data = srsly.msgpack_loads(super().to_bytes(exclude=exclude))
        if "exceptions" in data:
            data["exceptions"] = dict(sorted(self.rules.items()))
        return srsly.msgpack_dumps(data)


def _split_runs(doc: Doc, runs: list[str]) -> list[tuple[str, ...]]:
    """The tokens of each run of `doc`, the runs joined by line breaks (whose tokens are left out)."""
    out: list[tuple[str, ...]] = []
    own: list[str] = []
    k, start, end = 0, 0, len(runs[0]) if runs else 0
    for token in doc:
        idx = token.idx
        while idx >= end:  # past the run: the line break, or the next run's first token
            out.append(tuple(own))
            own, k = [], k + 1
            start = end + 1
            end = start + len(runs[k])
        if idx >= start:
            own.append(token.text)
    out.append(tuple(own))
    return out


def _finds(search, text: str) -> bool:
    return bool(search and search(text))


def _is_whole(chunk: str, tokens) -> bool:
    """An exception that only keeps `chunk` one token (no NORM, no split)."""
    return len(tokens) == 1 and len(tokens[0]) == 1 and chunk in (tokens[0].get(ORTH), tokens[0].get("ORTH"))


# a bracket glued to the word before it opens a word of its own: "Timor Tengah Utara(TTU)"
GLUED_BRACKET = r"(?<=[A-Za-z])\((?=[A-Za-z])"
# a short form's closing bracket and the slash after it, glued to the next office: "Menteri Agraria dan
# Tata Ruang (ATR)/Kepala BPN Nama"
GLUED_SLASH = r"(?<=\w)\)(?=/\w)|(?<=\))/(?=\w)"


@spacy.registry.tokenizers("sepakat.Tokenizer.v1")
def make_tokenizer():
    """spaCy's tokenizer for the language (its exceptions added lazily, `LazyTokenizer`), with
    every prefix rule anchored at the token start.

    spaCy joins the prefix rules as `^a|^b|...`; a rule that is itself an alternation (the
    Indonesian HTML prefix `<(b|...)\\s?/>|<a([^>]+)>`) leaves its second half unanchored, so
    each prefix search scanned the rest of the text: half of all tokenizer time. Wrapping each
    rule in a group anchors all of it; the tokens are the same (a test checks it). A bracket glued
    to a word is parted from it (`GLUED_BRACKET`), and so are a closing bracket and a slash glued
    to the word after them (`GLUED_SLASH`).
    """
    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes = [f"(?:{p})" for p in defaults.prefixes or [] if p.strip()]
        infixes = list(defaults.infixes or []) + [GLUED_BRACKET, GLUED_SLASH]
        suffixes = defaults.suffixes or []
        return LazyTokenizer(
            nlp.vocab, rules=defaults.tokenizer_exceptions,
            prefix_search=regexes.compile(affix_rules(prefixes, before="^")).search if prefixes else None,
            suffix_search=regexes.compile(affix_rules(suffixes, after="$")).search if suffixes else None,
            infix_finditer=regexes.compile(affix_rules(infixes)).finditer,
            token_match=defaults.token_match, url_match=defaults.url_match)

    return tokenizer_factory


def affix_rules(rules, before: str = "", after: str = "") -> str:
    """The one expression spaCy makes of a language's affix rules (`spacy.util.compile_prefix_regex`
    and its kin: each rule between `before` and `after`, joined by "|"), compiled here through
    `regexes`, where its program is kept between processes (0.1 s of every start)."""
    return "|".join(before + rule + after for rule in rules if rule.strip())


# ------------------------------------------------------------------------------ sentences

# A degree after the full stop continues the name: "H. Nama, SH. M.Hum dalam ..."; so do initials
# before a comma ("Nama Reny. WA, MM"); a degree before it ends the sentence ("..., M.T. Nota
# Kesepahaman ini ..."): degrees follow names.
# a degree that ends a name ("S.T.", "M.H."); none begins with "H.": "H.M." is Haji and an initial
_DEGREE_END = re.compile(r"(?<![\w.(])(?!H\.)[A-Z]\.[A-Z][A-Za-z]{0,4}\.$")
_DEGREE_NEXT = re.compile(r"\s*(?:[SMD]\.\s?[A-Z][A-Za-z]{0,4}|Ph\.?\s?D|M\.?M\b|M\.?H\b|M\.?Si\b|[A-Z]{1,2},)")
# a stop with no space after it ends a sentence between words ("... bidang perhubungan.Penandatangan
# ..." where a page's paragraphs ran together), not in "S.Sos", "dr.Terawan" or "Metrotvnews.com"
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|(?<=[a-z]{3})[.!?](?=[A-Z][a-z]{2})|\n+")
# a degree before a bracket goes on: "Nama, S.Pd. (Sekretaris Daerah ...)", "Nama, MP. (Rektor ...)"
# gives the name's office
_DEGREE_AT_END = re.compile(r"(?<![\w.(])(?:[A-Z][a-z]{0,2}\.(?:[A-Z][A-Za-z]{0,4}\.)+|[A-Z]{2,4}\.)$")


# what is left of a sentence after a stray stop is no sentence of its own: a dateline's day and
# date alone at the end of a line ("... di Istana Basa Pagaruyung, Batusangkar. Jumat (17/2/2023).")
_DATE_TAIL = re.compile(r"[A-Z][a-z']{2,8},?\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)[.!?]?[ \t]*(?:\n|$)")


def _ends_a_degree(text: str, before: str, end: int, abbreviated: re.Pattern) -> bool:
    """Do the initials before a stop end a degree ("..., S.T. Nota Kesepahaman ...")? A degree
    follows a comma or another degree; initials inside a name do not ("Sekkot Nama C.S. Nama"). Not
    after an abbreviation (a rank, an honorific), which only a name follows: "Irjen Pol. R.Z. Nama"."""
    degree = _DEGREE_END.search(before)
    if degree is None:
        return False
    at = end - len(before) + degree.start()
    if not _BEFORE_A_DEGREE.search(text, max(0, at - 3), at):
        return False
    lead = _abbreviation_before(text, at, abbreviated)
    return not (lead and lead.groupdict().get("listed"))


def _abbreviation_before(text: str, at: int, abbreviated: re.Pattern) -> re.Match | None:
    """The abbreviation (or initial) that ends right before `at`, spaces aside."""
    return abbreviated.search(text[max(0, at - 24):at].rstrip()[-16:])


_BEFORE_A_DEGREE = re.compile(r"[,.]\s*$")  # a degree follows a comma or another degree's stop
_INITIALS = re.compile(r"(?<![\w.])[A-Z]{2,3}\.$")  # "AH.", "HM."
_NAME_WORD = re.compile(r"[A-Z][a-z]")


def _initials_after_abbreviation(text: str, before: str, end: int, next_start: int, abbreviated: re.Pattern) -> bool:
    """Are two or three capitals before the stop a name's initials, right after an honorific, a
    degree, a rank or an initial, which only a name follows, and before the name's next word
    ("Rektor X Prof. Dr. AH. Nama M.Pd", "Drs. HM. Nama")? Elsewhere they may be a body's short
    form ending a sentence ("Kepala BPN. Ia ...", "di Kab. OKU. Bupati ...")."""
    initials = _INITIALS.search(before)
    if initials is None or not _NAME_WORD.match(text, next_start):
        return False
    lead = _abbreviation_before(text, end - len(before) + initials.start(), abbreviated)
    return bool(lead) and (lead.group("mark") is not None or lead.group("listed") is None)  # "H. AM. Nama"


def _degree_then_bracket(text: str, before: str, next_start: int) -> bool:
    return text.startswith("(", next_start) and bool(_DEGREE_AT_END.search(before))


# a list item's number or letter is no sentence of its own: "1. Bidang farmasi.", "b. Pelatihan."
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}|[a-h])\.")


@lru_cache(maxsize=4)
def abbreviations(folder: str = str(DEFAULT_MODEL / "sentences")) -> re.Pattern:
    """The abbreviations of a sentences folder (the default model's unless one is named), as
    `abbreviation_pattern`."""
    rows = read_tsv(Path(folder) / "abbreviations.tsv")
    return abbreviation_pattern(tuple(r["form"] for r in rows), _name_marks(rows))


# the kinds of abbreviation only a name follows ("Dr.", "Brigjen Pol.", "Moh."), not a place's or a month's
_MARKS_A_NAME = ("honorific", "rank", "name")


def _name_marks(rows) -> tuple[str, ...]:
    return tuple(r["form"] for r in rows if r.get("kind") in _MARKS_A_NAME)


def abbreviation_pattern(forms, name_marks=()) -> re.Pattern:
    """What ends with a full stop that does not end a sentence: an initial, or one of `forms` (the
    sentences component's abbreviations.tsv: "H.", "Kab.", "Okt.", "Brigjen Pol."); group `mark`
    holds one of `name_marks`, the forms only a name follows."""
    alternatives = "|".join(re.escape(f) for f in regexes.longest_first(forms))
    marks = "|".join(re.escape(f) for f in regexes.longest_first(name_marks)) or "(?!)"
    # a listed form is a word of its own ("K.H." of a name, not the "H." that ends "S.H."), or the
    # last of listed forms glued by their stops ("Dr.drh.", "Prof.Dr.")
    listed = rf"(?P<listed>(?:(?:{alternatives})\.)*(?:(?P<mark>{marks})|{alternatives}))"
    return regexes.compile(rf"(?:\b[A-Z]|(?<![\w.]){listed})\.$" if alternatives else r"\b[A-Z]\.$")


_BOUNDARY_START = re.compile(r"[.!?…\n]")  # the characters a match of `_BOUNDARY` begins with


def _boundaries(text: str):
    """The matches of `_BOUNDARY` in `text`, tried only where one can begin: a scan of the whole
    text tries its three forms at every character, five times as long."""
    pos = 0
    while candidate := _BOUNDARY_START.search(text, pos):
        m = _BOUNDARY.match(text, candidate.start())  # its look behind sees the text before
        if m:
            yield m
            pos = m.end()
        else:
            pos = candidate.start() + 1


def _goes_on(text: str, m: re.Match, start: int, end: int, abbreviated: re.Pattern) -> bool:
    """Does the sentence begun at `start` go on past the stop `m` (no line break), which ends its
    text at `end`? After an abbreviation, a degree, a list's enumerator, a dateline's date."""
    if _DEGREE_NEXT.match(text, m.end() - 1):
        return True
    before = text[max(start, m.start() - 16):m.start() + 1]
    short = abbreviated.search(before)
    # a listed abbreviation goes on ("Prof. Drs. K.H. Nama"); an initial does unless it ends a
    # degree ("..., S.T. Nota Kesepahaman ...")
    if short and (short.groupdict().get("listed") or not _ends_a_degree(text, before, m.start() + 1, abbreviated)):
        return True
    return bool(_ENUMERATOR.fullmatch(text, start, end) or _degree_then_bracket(text, before, m.end())
                or _initials_after_abbreviation(text, before, m.start() + 1, m.end(), abbreviated)
                or _DATE_TAIL.match(text, m.end()))


def split_sentences(text: str, abbreviated: re.Pattern | None = None) -> list[Sentence]:
    """Sentences of a news text: line breaks always end one; a full stop does unless it closes
    an honorific or an initial ("H.", "Drs.", "M."): `abbreviated` (the model's by default)."""
    abbreviated = abbreviated or abbreviations()
    out, start = [], 0
    for m in _boundaries(text):
        end = m.start() + len(m.group().rstrip())
        if "\n" not in m.group() and _goes_on(text, m, start, end, abbreviated):
            continue
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Sentence(chunk.strip(), start + lead, start + lead + len(chunk.strip())))
        start = m.end()
    if text[start:].strip():
        chunk = text[start:]
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(chunk.strip(), start + lead, start + lead + len(chunk.strip())))
    return out


class SentenceComponent:
    """Sentence starts by `split_sentences`, with the abbreviations it holds (abbreviations.tsv)."""

    FILE = "abbreviations.tsv"

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.set_table(Table(("form", "kind"), ()))

    def set_table(self, table: Table) -> None:
        self.table = table
        self.abbreviated = abbreviation_pattern(tuple(r["form"] for r in table.rows), _name_marks(table.rows))

    def add_rows(self, *rows: dict[str, str]) -> None:
        """Abbreviations added in memory (`to_disk` writes them with the rest)."""
        self.set_table(self.table.with_rows(*rows))

    def __call__(self, doc: Doc) -> Doc:
        starts = {s.start for s in split_sentences(doc.text, self.abbreviated)}
        for tok in doc:
            tok.is_sent_start = tok.i == 0 or tok.idx in starts or (
                tok.i > 0 and "\n" in doc[tok.i - 1].text_with_ws and not tok.is_space)
        return doc

    def to_disk(self, path, exclude=()):
        Path(path).mkdir(parents=True, exist_ok=True)
        write_table(Path(path) / self.FILE, self.table)

    def from_disk(self, path, exclude=()):
        self.set_table(read_table(Path(path) / self.FILE))
        return self

    def to_bytes(self, exclude=()):
        return srsly.msgpack_dumps(self.table.as_data())

    def from_bytes(self, data, exclude=()):
        self.set_table(Table.from_data(srsly.msgpack_loads(data)))
        return self


@Language.factory("sepakat_sentences")
def make_sentences(nlp: Language, name: str):
    return SentenceComponent(nlp, name)


# ----------------------------------------------------------------------------- gazetteers

class RuleComponent:
    """A component whose rules are the data it holds: matches become spans in
    `doc.spans["sepakat"]`, labelled by the rule's label, with its canonical id as `kb_id`.
    `from_disk`/`from_bytes` read the data, `to_disk`/`to_bytes` write it, `build` makes the
    matchers of it."""

    def __init__(self, nlp: Language, name: str):
        self.nlp, self.name = nlp, name
        self.matchers: dict[str, PhraseMatcher | Matcher] = {}

    def data(self) -> dict:
        raise NotImplementedError

    def set_data(self, data: dict) -> None:
        raise NotImplementedError

    def to_bytes(self, exclude=()):
        return srsly.msgpack_dumps(self.data())

    def from_bytes(self, data, exclude=()):
        self.set_data(srsly.msgpack_loads(data))
        return self

    def __call__(self, doc: Doc) -> Doc:
        vocab = doc.vocab.strings
        spans = []
        for matcher in self.matchers.values():
            for key, start, end in matcher(doc):
                label, kb = vocab[key].split("\t", 1)
                spans.append(Span(doc, start, end, label=label, kb_id=kb))
        add_spans(doc, spans)
        return doc


def add_spans(doc: Doc, spans: list[Span]) -> None:
    """Spans added to `doc.spans["sepakat"]` (the spans already there are not made again)."""
    if SPANS_KEY in doc.spans:
        doc.spans[SPANS_KEY].extend(spans)
    else:
        doc.spans[SPANS_KEY] = spans


class GazetteerComponent(RuleComponent):
    """Phrase gazetteers (TSV tables listed in manifest.json), matched by LOWER or as written. It
    holds every table of its folder, those the manifest lists and those only interpretation reads
    (words.tsv, calendar.tsv ...): its `lexicon` is made of them."""

    def __init__(self, nlp: Language, name: str):
        super().__init__(nlp, name)
        self.manifest: dict = {"gazetteers": []}
        self.tables: dict[str, Table] = {}

    def from_disk(self, path, exclude=()):
        path = Path(path)
        self.manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
        self.tables = read_tables(path)
        self.build(keep=True)
        return self

    def to_disk(self, path, exclude=()):
        path = Path(path)
        write_tables(path, self.tables)
        (path / "manifest.json").write_text(json.dumps(self.manifest, ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")

    def data(self) -> dict:
        return {"manifest": self.manifest, "tables": {k: t.as_data() for k, t in self.tables.items()}}

    def set_data(self, data: dict) -> None:
        self.manifest = data["manifest"]
        self.tables = {k: Table.from_data(t) for k, t in data["tables"].items()}
        self.build()

    def add_rows(self, file: str, *rows: dict[str, str]) -> None:
        """Rows added in memory to one table (a new instrument word, a title): the matchers and the
        lexicon are made again; `to_disk` writes them with the rest."""
        self.tables[file] = self.tables[file].with_rows(*rows)
        self.build()

    @cached_property
    def lexicon(self):
        """The `fields.Lexicon` of the tables held, made when first asked for."""
        from .fields import build_lexicon

        return build_lexicon(self.tables)

    def build(self, keep: bool = False) -> None:
        """The PhraseMatchers of the tables the manifest lists; the lexicon made anew when asked.
        With `keep` (a model read from disk), their patterns (`_phrase_patterns`: a third of a
        second at every start of every process) are read from the cache (`_PatternCache`) or
        written to it, under a digest of all they are made of; rows added in memory are not kept."""
        self.__dict__.pop("lexicon", None)
        cache = _PatternCache(self) if keep else None
        patterns = cache.read() if cache else None
        if patterns is None:
            patterns = self._phrase_patterns()
            if cache:
                cache.write(patterns)
        self.matchers = {}
        for attr, by_key in patterns.items():
            matcher = PhraseMatcher(self.nlp.vocab, attr=attr)
            with _bare_lexemes(self.nlp.vocab):  # a key is a word of the vocabulary no rule reads
                for key, keywords in by_key.items():
                    matcher.add(key, keywords)
            self.matchers[attr] = matcher

    def _phrase_patterns(self) -> dict[str, dict[str, list[tuple[int, ...]]]]:
        """For each attribute matched (LOWER, ORTH), each match key ("LABEL\\tkb;kb") with its
        phrases, each a tuple of the attribute's values of its tokens (`_pattern`)."""
        phrases: dict[str, dict[tuple[str, str], set[str]]] = {"LOWER": {}, "ORTH": {}}
        respelled = _respelled(self.tables.get("spellings.tsv"))
        for entry in self.manifest["gazetteers"]:
            if entry["file"] not in self.tables:
                continue
            linkers = self.lexicon.words.get(entry["linkers"], ()) if entry.get("linkers") else ()
            table = phrases[entry["attr"]]
            deputies: dict[tuple[str, str], set[str]] = {}
            for row in self.tables[entry["file"]].rows:
                kb = "|".join(row.get(c, "") for c in entry["id"])
                for col in entry["phrases"]:
                    for phrase in (spelled for p in row.get(col, "").split("|") if p.strip()
                                   for spelled in _spellings(p.strip(), respelled)):
                        forms = _linked(phrase, linkers) if entry["attr"] == "LOWER" else \
                            {phrase, phrase.upper(), _title(phrase), _sentence_case(phrase), _caps_first(phrase),
                             _lower_after_hyphen(phrase)}
                        if entry.get("lower_before_acronym"):
                            forms |= _lower_before_acronym(phrase)
                        for form in forms:
                            table.setdefault((entry["label"], form), set()).add(kb)
                        if entry.get("deputy"):
                            for form, deputy_kb in self._deputies(entry, row, forms):
                                deputies.setdefault((entry["label"], form), set()).add(deputy_kb)
            for key, kbs in deputies.items():
                table.setdefault(key, kbs)  # a row of its own ("Wakil Bupati") says more
        patterns: dict[str, dict[str, list[tuple[int, ...]]]] = {}
        for attr, table in phrases.items():
            by_key = patterns.setdefault(attr, {})
            for (label, form), kbs in table.items():
                key = f"{label}\t{';'.join(sorted(kbs))}"
                by_key.setdefault(key, []).append(self._pattern(form, attr))
        return patterns

    def _deputies(self, entry: dict, row: dict[str, str], forms: set[str]) -> list[tuple[str, str]]:
        """The deputy of an office (manifest `deputy`: the words.tsv kind of its word, "Wakil",
        and the id it gets): "Wakil Ketua KPK" for "Ketua KPK", as the office is written (and
        "wakil ketua KPK" for "ketua KPK"), with the deputy's id: the office's, its column
        `column` set to `value`."""
        spec = entry["deputy"]
        kb = "|".join(spec["value"] if c == spec["column"] else row.get(c, "") for c in entry["id"])
        words = self.lexicon.words.get(spec["words"], ())
        out = []
        for form in forms:
            if form.split()[0].lower() in words:
                continue  # already a deputy's ("Wakil Gubernur")
            for word in words:
                out.append((f"{word.upper() if form.isupper() else word.capitalize() if form[0].isupper() else word} "
                            f"{form}", kb))
        return out

    def _pattern(self, phrase: str, attr: str):
        """A phrase as a PhraseMatcher pattern: the ORTH or LOWER values of its tokens, found
        without tokenizing it when it is plain words (`LazyTokenizer.plain_words`; no lexemes
        made, most of the time of loading the gazetteers otherwise)."""
        plain_words = getattr(self.nlp.tokenizer, "plain_words", None)
        words = plain_words(phrase) if plain_words else None
        if words is None:
            return tuple(t.lower if attr == "LOWER" else t.orth for t in self.nlp.tokenizer(phrase))
        vocab = self.nlp.vocab
        if attr == "LOWER":
            words = map(vocab.lex_attr_getters[LOWER], words)
        return tuple(vocab.strings[w] for w in words)


class _PatternCache:
    """The gazetteers' PhraseMatcher patterns, kept between processes in a file named by a digest
    of everything they are made of: the tables and manifest the component holds, this
    module's code (how a phrase's forms and tokens are made), spaCy's version and the tokenizer's
    affix rules. A table changed, another spaCy or another rule: another digest, and the patterns
    are made again. The folder is `cache.folder()`; a folder that cannot be written, or a file
    that cannot be read, only means the patterns are made here: never an error."""

    def __init__(self, component: "GazetteerComponent"):
        folder = cache.folder()
        self.path = folder / f"gazetteers-{self._digest(component)}.msgpack" if folder else None

    @staticmethod
    def _digest(component: "GazetteerComponent") -> str:
        tokenizer = component.nlp.tokenizer
        rules = [getattr(getattr(f, "__self__", None), "pattern", None)
                 for f in (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer)]
        digest = hashlib.sha256()
        for part in (json.dumps(component.data(), ensure_ascii=False, sort_keys=True),
                     spacy.__version__, component.nlp.lang, json.dumps(rules), type(tokenizer).__name__):
            digest.update(part.encode("utf-8") + b"\0")
        digest.update(Path(__file__).read_bytes())
        return digest.hexdigest()[:32]

    def read(self) -> dict | None:
        if self.path is None or not self.path.is_file():
            return None
        try:
            data = srsly.msgpack_loads(self.path.read_bytes())
        except Exception:  # a file cut short or not ours: made again and written anew
            return None
        ok = isinstance(data, dict) and all(isinstance(by_key, dict) for by_key in data.values())
        return data if ok else None  # keywords as lists of values, as PhraseMatcher.add takes them

    def write(self, patterns: dict) -> None:
        if self.path is not None:
            cache.write(self.path, srsly.msgpack_dumps(patterns), keep=_CACHE_FILES)


_CACHE_FILES = 8  # the newest files `_PatternCache` keeps: a few models or versions side by side


@contextmanager
def _bare_lexemes(vocab):
    """Words added to `vocab` meanwhile get none of the attributes spaCy computes for a new word
    (its shape, whether it looks like a number ...): a gazetteer's 1,700 match keys, long strings
    whose shapes cost a tenth of a second at every start."""
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {}
    try:
        yield
    finally:
        vocab.lex_attr_getters = getters


def _respelled(table: Table | None) -> dict[str, tuple[str, ...]]:
    """The other spellings of a word news use (spellings.tsv: "Mentri" for "Menteri", "Assisten" for
    "Asisten"), by the word in lower case."""
    out: dict[str, tuple[str, ...]] = {}
    for row in table.rows if table is not None else ():
        out[row["standard"].lower()] = out.get(row["standard"].lower(), ()) + (row["written"].lower(),)
    return out


def _spellings(phrase: str, respelled: dict[str, tuple[str, ...]]) -> list[str]:
    """A phrase and the phrase with one of its words spelled another way ("Mentri Pertanian" for
    "Menteri Pertanian"), each in the case the word is written in."""
    words = phrase.split(" ")
    out = [phrase]
    for k, word in enumerate(words):
        for other in respelled.get(word.lower(), ()):
            if word.isupper() and len(word) > 1:
                other = other.upper()
            elif word[:1].isupper():
                other = other[:1].upper() + other[1:]
            out.append(" ".join(words[:k] + [other] + words[k + 1:]))
    return out


def _linked(phrase: str, linkers: tuple[str, ...]) -> set[str]:
    """A phrase and its forms with a linking word between two of its words (manifest `linkers`:
    "penanganan terhadap laporan", "tindak lanjut atas pengaduan" for "penanganan laporan",
    "tindak lanjut pengaduan")."""
    words = phrase.split()
    return {phrase} | {" ".join(words[:i] + [link] + words[i:]) for link in linkers for i in range(1, len(words))}


def _lower_before_acronym(phrase: str) -> set[str]:
    """"ketua DPRD" for "Ketua DPRD", "kepala pelaksana BPBD" for "Kepala Pelaksana BPBD": the
    phrase's words in lower case but its acronyms, where it has one after its first word."""
    words = phrase.split()
    if len(words) < 2 or words[0].isupper() or not any(_ACRONYM.fullmatch(w) for w in words[1:]):
        return set()
    return {" ".join(w if _ACRONYM.fullmatch(w) else w.lower() for w in words)}


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")


def _lower_after_hyphen(s: str) -> str:
    """A hyphenated name's part after the hyphen in lower case: "Tojo Una-una", "Toli-toli", as
    news write them as often as "Una-Una"."""
    return _AFTER_HYPHEN_CAPITAL.sub(lambda m: m.group(0).lower(), s) if "-" in s else s


_AFTER_HYPHEN_CAPITAL = re.compile(r"(?<=\w-)[A-Z](?=[a-z])")


def _title(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in s.split())


def _caps_first(s: str) -> str:
    """A phrase with its first word in capitals and the rest as written: "KEPALA Ombudsman RI",
    "WALI Kota Kendari", as a lead paragraph or a photo caption opens."""
    first, _, rest = s.partition(" ")
    return f"{first.upper()} {rest}" if rest else first.upper()


def _sentence_case(s: str) -> str:
    """A name's first word as written, the rest in lower case: "Kalimantan barat" as careless
    copy writes it."""
    first, _, rest = s.partition(" ")
    return f"{first} {rest.lower()}" if rest else first


@Language.factory("sepakat_gazetteers")
def make_gazetteers(nlp: Language, name: str):
    return GazetteerComponent(nlp, name)


# ------------------------------------------------------------------------------- patterns

_REGEX_SPECIAL = set(".^$*+?{}[]\\|()")


def _leading_literal(regex: str) -> str:
    """The letters every string a `^`-anchored regex finds begins with ("^Kadis(?!pen)..." ->
    "Kadis"); empty when the regex is not anchored, opens with anything but a letter or has an
    alternative ("^Ab|Cd" finds "xCd")."""
    if not regex.startswith("^") or "|" in regex:
        return ""
    literal = ""
    for char in regex[1:]:
        if char in _REGEX_SPECIAL:
            if char in "?*{" and literal:  # the last letter is optional or repeated
                literal = literal[:-1]
            break
        literal += char
    return literal


class AnchoredMatcher:
    """spaCy's Matcher, run only where a pattern can start.

    The Matcher steps through every token of a text, making a Python object of each: most of the
    time of the patterns on news, for a handful of patterns that each begin with one given word
    ("kepala", "rektor"). When every pattern has a fixed length and a first token that is a word
    (LOWER or ORTH) or a REGEX on one ("^Kadis(?!pen)[a-z]{2,}$"), the tokens that begin one are
    found from the Doc's arrays (a regex is read on each distinct word of a text that holds its
    leading letters), and the Matcher reads only the window of a pattern's length from each: the
    same matches. Any other pattern makes it match the whole text, as spaCy's does (calling a
    first token's regex on every token: a ninth of the rule stage on news)."""

    def __init__(self, vocab):
        self.vocab, self.matcher = vocab, Matcher(vocab)
        self.anchors: dict[int, set[int]] = {}  # attribute -> the hashes of first tokens
        self.regex_anchors: dict[int, list[tuple[re.Pattern, str]]] = {}  # attribute -> (regex, its letters)
        self.length = 0                         # the longest pattern, in tokens
        self.anchored = True
        self.attributes: set[int] = set()        # the token attributes the patterns read

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        self.matcher.add(key, patterns)
        for pattern in patterns:
            self.attributes.update(IDS[name.upper()] for token in pattern for name in token
                                   if name.upper() in IDS)
            first = pattern[0] if pattern else {}
            (name, value), = first.items() if len(first) == 1 else [(None, None)]
            attr = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH}.get(name)
            regex = value.get("REGEX") if isinstance(value, dict) and len(value) == 1 else None
            if attr is None or not (isinstance(value, str) or isinstance(regex, str)) \
                    or any("OP" in token for token in pattern):
                self.anchored = False
                continue
            if regex is None:
                self.anchors.setdefault(attr, set()).add(self.vocab.strings.add(value))
            else:
                self.regex_anchors.setdefault(attr, []).append((re.compile(regex), _leading_literal(regex)))
            self.length = max(self.length, len(pattern))

    def _regex_starts(self, doc: Doc, attr: int, regexes: list[tuple[re.Pattern, str]]) -> list[int]:
        text = doc.user_data.get(TEXT_KEY) or doc.text
        if attr == LOWER:
            text = text.lower()
        regexes = [rx for rx, letters in regexes if letters in text]  # a token's string is in the text
        if not regexes:
            return []
        values = doc.to_array(attr)
        strings = self.vocab.strings
        hits = [h for h in np.unique(values).tolist() if any(rx.search(strings[h]) for rx in regexes)]
        return np.flatnonzero(np.isin(values, hits)).tolist() if hits else []

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self.anchored:
            return self.matcher(doc)
        starts: set[int] = set()
        for attr, hashes in self.anchors.items():
            starts.update(np.flatnonzero(np.isin(doc.to_array(attr), list(hashes))).tolist())
        for attr, regexes in self.regex_anchors.items():
            starts.update(self._regex_starts(doc, attr, regexes))
        found = []
        for i in sorted(starts):
            found.extend((key, i, i + end) for key, start, end in self.matcher(doc[i:i + self.length]) if start == 0)
        return found


class PatternComponent(RuleComponent):
    """Patterns for constructions a phrase list cannot hold (JSONL lines with label, id and either
    a token `pattern` for spaCy's Matcher or a character `regex`, for spellings the tokenizer
    splits unpredictably: "penanda tangganan")."""

    def __init__(self, nlp: Language, name: str):
        super().__init__(nlp, name)
        self.rules: dict[str, list[dict]] = {}  # file name -> its rules
        self.regexes: list[tuple[re.Pattern, str, str, str]] = []  # regex, label, id, the letters it begins with

    def from_disk(self, path, exclude=()):
        self.rules = read_rules(Path(path))
        self.build()
        return self

    def to_disk(self, path, exclude=()):
        write_rules(Path(path), self.rules)

    def data(self) -> dict:
        return {"rules": self.rules}

    def set_data(self, data: dict) -> None:
        self.rules = data["rules"]
        self.build()

    def add_rules(self, file: str, *rules: dict) -> None:
        """Rules added in memory to one file; `to_disk` writes them with the rest."""
        self.rules.setdefault(file, []).extend(rules)
        self.build()

    def build(self) -> None:
        matcher = AnchoredMatcher(self.nlp.vocab)
        self.regexes = []
        for rule in (r for rules in self.rules.values() for r in rules):
            if "regex" in rule:
                rx = re.compile(rule["regex"])
                self.regexes.append((rx, rule["label"], rule.get("id", ""), regexes.first_letters(rx)))
            else:
                matcher.add(f"{rule['label']}\t{rule.get('id', '')}", [rule["pattern"]])
        self.matchers = {"tokens": matcher}
        self.attributes = matcher.attributes
        keep_read_attributes(self.nlp)  # a rule added in memory may read another attribute

    def __call__(self, doc: Doc) -> Doc:
        doc = super().__call__(doc)
        if self.regexes:
            spans = []
            text = doc.user_data.get(TEXT_KEY) or doc.text  # doc.text joins the tokens on every access
            for rx, label, kb, letters in self.regexes:
                # a regex that begins with letters is read from where they are first written, if they are:
                # Python's engine tries one that opens with \b at every character of the text
                at = text.find(letters)
                if at < 0:
                    continue
                for m in rx.finditer(text, at):
                    span = doc.char_span(m.start(), m.end(), label=label, kb_id=kb, alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
            add_spans(doc, spans)
        return doc


@Language.factory("sepakat_patterns")
def make_patterns(nlp: Language, name: str):
    return PatternComponent(nlp, name)


# ----------------------------------------------------------------------------------- text

class TextComponent:
    """The lines of the text stage's files (text/*.txt), held with the model and written back;
    the text stage reads them (`text.TextRules`), never a Doc: the component is disabled."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lines: dict[str, tuple[str, ...]] = {}  # file name -> its lines

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def from_disk(self, path, exclude=()):
        self.lines = read_lines(Path(path))
        return self

    def to_disk(self, path, exclude=()):
        write_lines(Path(path), self.lines)

    def to_bytes(self, exclude=()):
        return srsly.msgpack_dumps(self.lines)

    def from_bytes(self, data, exclude=()):
        self.lines = {k: tuple(v) for k, v in srsly.msgpack_loads(data).items()}
        return self


@Language.factory("sepakat_text")
def make_text(nlp: Language, name: str):
    return TextComponent(nlp, name)


def settings(nlp: Language) -> Settings:
    """The tuned numbers of a loaded model: its config's `[sepakat]` section."""
    return Settings.from_config(nlp.config["sepakat"])


# ---------------------------------------------------------------------------------- stage

@lru_cache(maxsize=2)
def load(model_dir: str) -> Language:
    """The rule pipeline, built once per process."""
    # The tokenizer is blank "id" as the config builds it; nothing of it is stored on disk.
    nlp = spacy.load(model_dir, exclude=["tokenizer", "vocab"])
    keep_read_attributes(nlp)
    return nlp


def keep_read_attributes(nlp: Language) -> None:
    """spaCy computes some twenty attributes of each word the first time it reads it (its shape,
    whether it looks like a URL or a number ...): a tenth of the rule stage on news, where most
    words of an article are new within its memory zone. The rules read a token's text, its lower
    case and whether it is a space, and what the token patterns name: only those are computed."""
    read = {LOWER, NORM, IS_SPACE}
    for _name, component in nlp.pipeline:
        read |= getattr(component, "attributes", set())
    every = nlp.__dict__.setdefault("_every_attribute_getter", dict(nlp.vocab.lex_attr_getters))
    nlp.vocab.lex_attr_getters = {attr: get for attr, get in every.items() if attr in read}


class MemoryZones:
    """Memory that does not grow with the corpus, for one pipeline.

    spaCy keeps every word it has read in the shared vocabulary: over a night of news, memory
    that grows with the corpus. So documents are read inside a memory zone that is closed, and
    its words let go, every `zone_docs` documents. In a zone the tokenizer caches nothing, so
    the first `warm_docs` documents are read outside one: their words stay and fill the
    tokenizer's (bounded) cache with the common words of the news being read. Zones must not
    nest, so there is one keeper per pipeline, whoever calls `analyse`.

    The zone stays open between documents, so anything else that makes a Doc with the pipeline
    (a test, a notebook, a rule added in memory, whose patterns are Docs) would find its words let
    go when the zone closes, and an exception added in it would point at freed words: the
    tokenizer closes the keeper's zone before any Doc but those the keeper makes (`make_doc`).
    """

    def __init__(self, nlp: Language, warm_docs: int, zone_docs: int):
        self.nlp, self.warm_docs, self.zone_docs = nlp, warm_docs, zone_docs
        self.warmed = 0    # documents read outside a zone
        self.in_zone = 0   # documents read in the open zone
        self.making = False  # making analyse's Doc (the tokenizer leaves the zone open)
        self._zone = None

    def make_doc(self, text: str) -> Doc:
        """The Doc of one document for `analyse`, in the open zone (one opened when due), the
        exceptions it needs added before."""
        tokenizer = self.nlp.tokenizer
        if isinstance(tokenizer, LazyTokenizer):
            tokenizer.zones = self
            tokenizer.prepare(text)  # closes the zone first when the text needs exceptions
        self.next_document()
        self.making = True
        try:
            return self.nlp.make_doc(text)
        finally:
            self.making = False

    def next_document(self) -> None:
        """Called before each Doc is made; no Doc may outlive the call that made it."""
        if self.warmed < self.warm_docs:
            self.warmed += 1
            return
        if self._zone is None or self.in_zone >= self.zone_docs:
            self.close()
            self._zone = self.nlp.memory_zone()
            self._zone.__enter__()
        self.in_zone += 1

    def close(self) -> None:
        if self._zone is not None:
            self._zone.__exit__(None, None, None)
            self._zone, self.in_zone = None, 0


_ZONES: "weakref.WeakKeyDictionary[Language, MemoryZones]" = weakref.WeakKeyDictionary()


def memory_zones(nlp: Language) -> MemoryZones:
    if nlp not in _ZONES:
        tuned = settings(nlp)
        _ZONES[nlp] = MemoryZones(nlp, tuned.warm_docs, tuned.zone_docs)
    return _ZONES[nlp]


def analyse(nlp: Language, text: str) -> tuple[list[Sentence], list[Mention]]:
    """Run the rules over a text; return its sentences and the mentions found, as plain records."""
    # Sentences come from the text itself: boundaries set on the Doc would make every Matcher
    # step check them, which costs more than the matching.
    doc = memory_zones(nlp).make_doc(text)
    doc.user_data[TEXT_KEY] = text
    for name, component in nlp.pipeline:
        if name != "sentences":
            doc = component(doc)
    sentences = split_sentences(text, nlp.get_pipe("sentences").abbreviated if "sentences" in nlp.pipe_names
                                else None)
    # Longest match wins within a label (so "Wakil Gubernur" beats "Gubernur").
    by_label: dict[str, list[Span]] = {}
    for span in doc.spans.get(SPANS_KEY, []):
        by_label.setdefault(span.label_, []).append(span)
    starts = [s.start for s in sentences]
    mentions = []
    for label, spans in by_label.items():
        for span in filter_spans(spans):
            # the span's text is the text's own (a Doc keeps every character): sliced, not joined from tokens
            start, end = span.start_char, span.end_char
            mentions.append(Mention(label, text[start:end], start, end, span.kb_id_, _sent_index(starts, start)))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return sentences, mentions


def _sent_index(starts: list[int], char: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, char) - 1)
