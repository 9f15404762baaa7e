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

import json
import re
import sys
import types
import weakref
from functools import cached_property, lru_cache
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

import spacy
import srsly
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.symbols import LOWER, ORTH
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans

from .config import DEFAULT_MODEL
from .model import (Settings, Table, read_lines, read_rules, read_table, read_tables, read_tsv, write_lines,
                    write_rules, write_table, write_tables)
from .records import Mention, Sentence

SPANS_KEY = "sepakat"


# ------------------------------------------------------------------------------ tokenizer

# A hyphenated word ("kupu-kupu", "Jawa-Bali"); a word after a hyphen ("-kupu", "- kupu").
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_AFTER_HYPHEN = re.compile(r"-\s*([^\W\d_]+)")


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
        super().__init__(vocab, None, prefix_search, suffix_search, infix_finditer, token_match, url_match,
                         **kwargs)
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
        Tokenizer.rules.__set__(self, now)

    def __call__(self, text):
        self.prepare(text)
        return super().__call__(text)

    def plain_words(self, phrase: str) -> list[str] | None:
        """The tokens of a phrase of plain words (letters between single spaces), found without
        tokenizing it: spaCy keeps such a word one token unless a prefix, suffix, infix or
        exception of its own applies, and none of its exceptions is words between spaces
        (checked as they are set). None for any other phrase."""
        words = phrase.split(" ")
        if self._spaced_words or not all(w.isalpha() for w in words):
            return None
        added = Tokenizer.rules.__get__(self)  # the pending ones are hyphenated: never a plain word
        for w in words:
            if w in added or _finds(self.prefix_search, w) or _finds(self.suffix_search, w) \
                    or (self.infix_finditer and next(self.infix_finditer(w), None)):
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
        if self.vocab.in_memory_zone:
            raise RuntimeError("exceptions are added outside a memory zone: prepare the text before it opens")
        self._add(self._checked[1])
        self._checked = (text, set())

    def _add(self, words) -> None:
        """Add the pending exceptions ending in `words`, keeping the cache (see `_flush_cache`)."""
        self._adding = True
        try:
            for word in sorted(words):
                for chunk in self._pending.pop(word):
                    self.add_special_case(chunk, [{ORTH: chunk}])
        finally:
            self._adding = False

    def _flush_cache(self):
        # Adding an exception empties spaCy's cache of tokenized chunks. A chunk cached so far
        # cannot hold one being added (its words would have added it): the cache stays.
        if not self._adding:
            super()._flush_cache()

    def to_bytes(self, *, exclude=tuple()):
        """spaCy's serialization, with every exception (spaCy writes those it has added)."""
        data = srsly.msgpack_loads(super().to_bytes(exclude=exclude))
        if "exceptions" in data:
            data["exceptions"] = dict(sorted(self.rules.items()))
        return srsly.msgpack_dumps(data)


def _finds(search, text: str) -> bool:
    return bool(search and search(text))


def _is_whole(chunk: str, tokens) -> bool:
    """An exception that only keeps `chunk` one token (no NORM, no split)."""
    return len(tokens) == 1 and len(tokens[0]) == 1 and chunk in (tokens[0].get(ORTH), tokens[0].get("ORTH"))


@spacy.registry.tokenizers("sepakat.Tokenizer.v1")
def make_tokenizer():
    """spaCy's tokenizer for the language (its exceptions added lazily, `LazyTokenizer`), with
    every prefix rule anchored at the token start.

    spaCy joins the prefix rules as `^a|^b|...`; a rule that is itself an alternation (the
    Indonesian HTML prefix `<(b|...)\\s?/>|<a([^>]+)>`) leaves its second half unanchored, so
    each prefix search scanned the rest of the text: half of all tokenizer time. Wrapping each
    rule in a group anchors all of it; the tokens are the same (a test checks it).
    """
    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes = [f"(?:{p})" for p in defaults.prefixes or [] if p.strip()]
        return LazyTokenizer(
            nlp.vocab, rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search if prefixes else None,
            suffix_search=compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match, url_match=defaults.url_match)

    return tokenizer_factory


# ------------------------------------------------------------------------------ sentences

# A degree after the full stop continues the name: "H. Nama, SH. M.Hum dalam ..."; so do initials
# before a comma ("Nama Reny. WA, MM"); a degree before it ends the sentence ("..., M.T. Nota
# Kesepahaman ini ..."): degrees follow names.
_DEGREE_END = re.compile(r"(?<![\w.])[A-Z]\.[A-Z][A-Za-z]{0,4}\.$")
_DEGREE_NEXT = re.compile(r"\s*(?:[SMD]\.\s?[A-Z][A-Za-z]{0,4}|Ph\.?\s?D|M\.?M\b|M\.?H\b|M\.?Si\b|[A-Z]{1,2},)")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")


@lru_cache(maxsize=4)
def abbreviations(folder: str = str(DEFAULT_MODEL / "sentences")) -> re.Pattern:
    """The abbreviations of a sentences folder (the default model's unless one is named), as
    `abbreviation_pattern`."""
    return abbreviation_pattern(tuple(r["form"] for r in read_tsv(Path(folder) / "abbreviations.tsv")))


def abbreviation_pattern(forms) -> re.Pattern:
    """What ends with a full stop that does not end a sentence: an initial, or one of `forms` (the
    sentences component's abbreviations.tsv: "H.", "Kab.", "Okt.", "Brigjen Pol.")."""
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?:\b[A-Z]|\b(?:{alternatives}))\.$" if alternatives else r"\b[A-Z]\.$")


def split_sentences(text: str, abbreviated: re.Pattern | None = None) -> list[Sentence]:
    """Sentences of a news text: line breaks always end one; a full stop does unless it closes
    an honorific or an initial ("H.", "Drs.", "M."): `abbreviated` (the model's by default)."""
    abbreviated = abbreviated or abbreviations()
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        end = m.start() + len(m.group().rstrip())
        before = text[max(start, m.start() - 8):m.start() + 1]
        if "\n" not in m.group() and (_DEGREE_NEXT.match(text, m.end() - 1) or (
                abbreviated.search(before) and not _DEGREE_END.search(before))):
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
        self.abbreviated = abbreviation_pattern(tuple(r["form"] for r in table.rows))

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
        spans = list(doc.spans.get(SPANS_KEY, []))
        vocab = doc.vocab.strings
        for matcher in self.matchers.values():
            for key, start, end in matcher(doc):
                label, kb = vocab[key].split("\t", 1)
                spans.append(Span(doc, start, end, label=label, kb_id=kb))
        doc.spans[SPANS_KEY] = spans
        return doc


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
        self.build()
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

    def build(self) -> None:
        """The PhraseMatchers of the tables the manifest lists; the lexicon made anew when asked."""
        self.__dict__.pop("lexicon", None)
        phrases: dict[str, dict[tuple[str, str], set[str]]] = {"LOWER": {}, "ORTH": {}}
        for entry in self.manifest["gazetteers"]:
            if entry["file"] not in self.tables:
                continue
            for row in self.tables[entry["file"]].rows:
                kb = "|".join(row.get(c, "") for c in entry["id"])
                for col in entry["phrases"]:
                    for phrase in filter(None, (p.strip() for p in row.get(col, "").split("|"))):
                        forms = {phrase} if entry["attr"] == "LOWER" else \
                            {phrase, phrase.upper(), _title(phrase), _sentence_case(phrase)}
                        for form in forms:
                            phrases[entry["attr"]].setdefault((entry["label"], form), set()).add(kb)
        self.matchers = {}
        for attr, table in phrases.items():
            matcher = PhraseMatcher(self.nlp.vocab, attr=attr)
            by_key: dict[str, list] = {}
            for (label, form), kbs in table.items():
                key = f"{label}\t{';'.join(sorted(kbs))}"
                by_key.setdefault(key, []).append(self._pattern(form, attr))
            for key, patterns in by_key.items():
                matcher.add(key, patterns)
            self.matchers[attr] = matcher

    def _pattern(self, phrase: str, attr: str):
        """A phrase as a PhraseMatcher pattern: the ORTH or LOWER values of its tokens when it
        is plain words (`LazyTokenizer.plain_words`; no lexemes made, most of the time of
        loading the gazetteers otherwise), else the phrase tokenized."""
        plain_words = getattr(self.nlp.tokenizer, "plain_words", None)
        words = plain_words(phrase) if plain_words else None
        if words is None:
            return self.nlp.tokenizer(phrase)
        vocab = self.nlp.vocab
        if attr == "LOWER":
            words = map(vocab.lex_attr_getters[LOWER], words)
        return tuple(vocab.strings[w] for w in words)


def _title(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in s.split())


def _sentence_case(s: str) -> str:
    """A name's first word as written, the rest in lower case: "Kalimantan barat" as careless
    copy writes it."""
    first, _, rest = s.partition(" ")
    return f"{first} {rest.lower()}" if rest else first


@Language.factory("sepakat_gazetteers")
def make_gazetteers(nlp: Language, name: str):
    return GazetteerComponent(nlp, name)


# ------------------------------------------------------------------------------- patterns

class PatternComponent(RuleComponent):
    """Patterns for constructions a phrase list cannot hold (JSONL lines with label, id and either
    a token `pattern` for spaCy's Matcher or a character `regex`, for spellings the tokenizer
    splits unpredictably: "penanda tangganan")."""

    def __init__(self, nlp: Language, name: str):
        super().__init__(nlp, name)
        self.rules: dict[str, list[dict]] = {}  # file name -> its rules
        self.regexes: list[tuple[re.Pattern, str, str]] = []

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
        matcher = Matcher(self.nlp.vocab)
        self.regexes = []
        for rule in (r for rules in self.rules.values() for r in rules):
            if "regex" in rule:
                self.regexes.append((re.compile(rule["regex"]), rule["label"], rule.get("id", "")))
            else:
                matcher.add(f"{rule['label']}\t{rule.get('id', '')}", [rule["pattern"]])
        self.matchers = {"tokens": matcher}

    def __call__(self, doc: Doc) -> Doc:
        doc = super().__call__(doc)
        if self.regexes:
            spans = list(doc.spans[SPANS_KEY])
            text = doc.text  # joined from the tokens on every access: read it once
            for rx, label, kb in self.regexes:
                for m in rx.finditer(text):
                    span = doc.char_span(m.start(), m.end(), label=label, kb_id=kb, alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
            doc.spans[SPANS_KEY] = spans
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
    return spacy.load(model_dir, exclude=["tokenizer", "vocab"])


class MemoryZones:
    """Memory that does not grow with the corpus, for one pipeline.

    spaCy keeps every word it has read in the shared vocabulary: over a night of news, memory
    that grows with the corpus. So documents are read inside a memory zone that is closed, and
    its words let go, every `zone_docs` documents. In a zone the tokenizer caches nothing, so
    the first `warm_docs` documents are read outside one: their words stay and fill the
    tokenizer's (bounded) cache with the common words of the news being read. Zones must not
    nest, so there is one keeper per pipeline, whoever calls `analyse`.
    """

    def __init__(self, nlp: Language, warm_docs: int, zone_docs: int):
        self.nlp, self.warm_docs, self.zone_docs = nlp, warm_docs, zone_docs
        self.warmed = 0    # documents read outside a zone
        self.in_zone = 0   # documents read in the open zone
        self._zone = None

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
    zones = memory_zones(nlp)
    if isinstance(nlp.tokenizer, LazyTokenizer) and nlp.tokenizer.needs(text):
        zones.close()  # exceptions are lasting words: added outside a zone; the next one opens anew
        nlp.tokenizer.prepare(text)
    zones.next_document()
    # Sentences come from the text itself: boundaries set on the Doc would make every Matcher
    # step check them, which costs more than the matching.
    doc = nlp(text, disable=["sentences"]) if "sentences" in nlp.pipe_names else nlp(text)
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
            mentions.append(Mention(label, span.text, span.start_char, span.end_char, span.kb_id_,
                                    _sent_index(starts, span.start_char)))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return sentences, mentions


def _sent_index(starts: list[int], char: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, char) - 1)
