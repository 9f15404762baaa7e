"""Reading spaCy's affix rules for whether they can split a word of letters (pipeline/affixes.py),
and the tokenizer's use of it: a word of letters the rules cannot split is its own token, and a
word of letters with a mark after it is the word and the mark where spaCy splits it so."""
import re

import pytest
import spacy

from pipeline import nlp
from pipeline.affixes import matches_among_letters, rules_splitting_letters, suffix_opens_in_letters
from pipeline.nlp import load


@pytest.mark.parametrize("pattern,ways", [
    (r"^Sa", {"letters"}),                        # a prefix of letters
    (r"(?<=[0-9])km$", set()),                    # a unit needs a digit before it
    (r"-[KkMm]u$", set()),                        # needs a hyphen
    (r"'s$", set()),
    (r"\.\.+", set()),
    (r"(?<=[a-z])(?=[A-Z])", {"empty"}),          # an empty match between letters: an infix splits there
    (r"(?<=[0-9])(?=[A-Z])", set()),
    (r"[^,]", {"letters"}),
    (r"\w+", {"letters"}),
    (r"\d+|[.,]", set()),
    (r"x?", {"empty", "letters"}),
    (r"$", {"empty"}),
    (r"[\u00C0-\u00D6]", {"letters"}),            # a range of letters
    (r"[\u00A6\u00A9\u00AE]", set()),             # symbols
    (r"(?i)ß", {"letters"}),
    (r"(?!a)b", {"letters"}),                     # a negative lookaround reads no character
    (r"(?>,)", {"empty", "letters"}),             # what this does not read counts as anything
])
def test_how_a_pattern_can_match_among_letters(pattern, ways):
    assert matches_among_letters(re.compile(pattern).search) == ways


def test_the_indonesian_rules_split_letters_only_at_a_prefix():
    """Of spaCy's Indonesian rules only the currency prefixes ("Rp", "USD") match letters."""
    tokenizer = spacy.blank("id").tokenizer
    assert rules_splitting_letters(tokenizer.prefix_search, tokenizer.suffix_search,
                                   tokenizer.infix_finditer) == {"prefix"}
    assert rules_splitting_letters(lambda s: None) == {"prefix"}  # not a pattern: cannot be read


def tokens(nlp_, text):
    return [(t.idx, t.text, t.whitespace_) for t in nlp_.make_doc(text)]


@pytest.fixture()
def read_at_once(monkeypatch):
    monkeypatch.setattr(nlp, "_LETTERS_WORTH_READING", 0)


TEXTS = ["Rpkota IDRIS USDA kota Rp5 juta, IDR 3 (USD) SGDkita",
         "Bupati  Sigi\nmenandatangani   nota kesepahaman di Palu, Senin (3/6/2024). Kupu-kupu terbang.",
         "Kata ke - 3 dan e- KTP, Dr. rer. nat. Ani; panas- panas-dingin/x sehari-hari"]


def test_words_of_letters_taken_whole_are_spacys_tokens(model_dir, read_at_once):
    stock, own = spacy.blank("id"), load(model_dir)
    for text in TEXTS:
        assert tokens(own, text) == tokens(stock, text)
    test = own.tokenizer._letters[1]
    assert test and test("kota") and not test("Rpkota")  # read, and the prefixes still looked for


def test_rules_that_split_letters_are_tried_on_every_word(model_dir, read_at_once, monkeypatch):
    """A suffix rule that matches letters (a new rule of the model): words of letters are
    checked by the rules again, and split where spaCy splits them."""
    own = load(model_dir)
    tokenizer = own.tokenizer  # the process's one tokenizer: its rules set back after the test
    monkeypatch.setattr(tokenizer, "suffix_search",
                        re.compile(r"nya$|" + tokenizer.suffix_search.__self__.pattern).search)
    stock = spacy.blank("id")
    stock.tokenizer.suffix_search = tokenizer.suffix_search
    text = "Rumahnya di kota, bukunya baru."
    assert tokens(own, text) == tokens(stock, text)
    assert ("Rumah", "nya") == tuple(t.text for t in own.make_doc(text)[:2])
    assert own.tokenizer._letters[1] is False


@pytest.mark.parametrize("pattern,opens", [
    (r"\.$|,$", False),                         # marks only
    (r"(?<=[0-9])km$", False),                   # a unit needs a digit before it
    (r"(?<=[a-z])\.$", False),                   # a lookbehind may see letters: the match is the mark
    (r"km$", True),
    (r"(?<=[a-z])km$", True),
    (r"(?<=)km$", True),                         # an empty lookbehind holds at the start
    (r"(?<=[0-9]a)km$", True),                   # ends at a letter
    (r"x?\.$", True),
    (r"\w*\.$", True),
    (r"(?<=\d)(?:km|x)$|-[Nn]ya$", False),
    (r"(?:(?<=[0-9])k)?-$", False),
    (r"(?>k)\.$", True),                         # what this does not read counts as anything
])
def test_whether_a_suffix_rule_may_match_from_inside_letters(pattern, opens):
    assert suffix_opens_in_letters(re.compile(pattern).search) is opens


def test_the_indonesian_suffixes_begin_after_letters():
    assert suffix_opens_in_letters(spacy.blank("id").tokenizer.suffix_search) is False
    assert suffix_opens_in_letters(lambda s: None) is True  # not a pattern: cannot be read


WORDS = ["kota", "Kota", "IKN", "A", "dr", "Dr", "Prof", "Rp", "Rpkota", "USD", "km", "e", "St", "M", "tdk", "ß",
         "Jl", "no", "H", "a", "dkk", "vs"]
MARKS = sorted(set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~0123456789") | set("…”“’‘«»°%²€£¥·、。，–—"))


def test_a_word_and_a_mark_are_spacys_tokens(model_dir, read_at_once):
    """Each word before each mark, as spaCy tokenizes it: the word and the mark, one token, or
    another split (an exception "dr.", "A." kept whole, "Rp." ...); most by the short search."""
    stock, own = spacy.blank("id"), load(model_dir)
    runs = [w + m for w in WORDS for m in MARKS]
    text = " ".join(runs)
    assert tokens(own, text) == tokens(stock, text)
    tokenizer = own.tokenizer
    quick = [r for r in runs if tokenizer._letters_then_mark(r, tokenizer._letters[1], {})]
    assert "kota." in quick and "IKN)" in quick and len(quick) > len(runs) // 2
    assert not tokenizer._suffix_opens_in_letters()


def test_a_suffix_rule_matching_from_inside_letters_is_tried_on_every_run(model_dir, read_at_once, monkeypatch):
    """A suffix rule whose match may begin among the letters (a new rule of the model): runs of a
    word and a mark go through spaCy's rules again, and are split where spaCy splits them."""
    own = load(model_dir)
    tokenizer = own.tokenizer  # the process's one tokenizer: its rules set back after the test
    monkeypatch.setattr(tokenizer, "suffix_search",
                        re.compile(r"(?<=[a-z])ta\.$|" + tokenizer.suffix_search.__self__.pattern).search)
    stock = spacy.blank("id")
    stock.tokenizer.suffix_search = tokenizer.suffix_search
    text = "Di kota. Di desa, kota; " + " ".join(w + m for w in WORDS for m in MARKS)
    assert tokens(own, text) == tokens(stock, text)
    assert ("ko", "ta.") == tuple(t.text for t in own.make_doc(text)[1:3])
    assert tokenizer._suffix_opens_in_letters()
