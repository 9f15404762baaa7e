"""Which of spaCy's affix rules can split a word of letters, read from the rules themselves.

A word of letters only ("menandatangani") is its own token unless a prefix, suffix or infix
rule matches inside it. Checking a word by the Indonesian suffix and infix rules costs some
30 µs (alternations of large character classes, tried at every position): a third of the rule
stage on news, where most words of an article are new within its memory zone. Each rule is
read instead: a rule can match among letters only if every character it must read could be a
letter, and every lookaround it needs can hold there. The answer errs one way only: a rule
this cannot read counts as one that can split, and words are checked by it as before.
"""
from __future__ import annotations

import re
from functools import lru_cache

from re import _constants as _c, _parser as _sre  # the standard library's regular-expression parser

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_NO_LETTER_CATEGORIES = {_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD}
_EMPTY, _LETTERS = "empty", "letters"  # a match among letters of no characters, of some


def rules_splitting_letters(prefix_search=None, suffix_search=None, infix_finditer=None) -> set[str]:
    """The kinds of rule ("prefix", "suffix", "infix") that may split a word of letters: a prefix
    or suffix rule by matching some of its letters, an infix rule by matching anywhere in it
    (spaCy splits at an empty infix match too). A search that is not a compiled pattern's
    method cannot be read, and may."""
    kinds = set()
    for kind, search, splits in (("prefix", prefix_search, {_LETTERS}), ("suffix", suffix_search, {_LETTERS}),
                                 ("infix", infix_finditer, {_EMPTY, _LETTERS})):
        if search is not None and splits & matches_among_letters(search):
            kinds.add(kind)
    return kinds


def matches_among_letters(search) -> set[str]:
    """How the pattern of `search` (a bound method of a compiled pattern) can match inside a
    string of letters: with no characters, with some letters, both or neither."""
    pattern = getattr(search, "__self__", None)
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return {_EMPTY, _LETTERS}
    return _matches(pattern.pattern, pattern.flags)


@lru_cache(maxsize=16)
def _matches(pattern: str, flags: int) -> set[str]:
    try:
        tree = _sre.parse(pattern, flags)
    except Exception:  # a pattern this parser cannot read: assume the worst
        return {_EMPTY, _LETTERS}
    return _sequence(list(tree))


def _sequence(items) -> set[str]:
    ways = {_EMPTY}
    for op, av in items:
        item = _item(op, av)
        if not item:
            return set()
        ways = ({_EMPTY} if _EMPTY in ways and _EMPTY in item else set()) | \
               ({_LETTERS} if _LETTERS in ways or _LETTERS in item else set())
    return ways


def _item(op, av) -> set[str]:
    if op is _c.LITERAL:
        return {_LETTERS} if chr(av).isalpha() else set()
    if op is _c.IN:
        return {_LETTERS} if _class_has_letter(tuple(av)) else set()
    if op is _c.NOT_LITERAL or op is _c.ANY:
        return {_LETTERS}
    if op is _c.BRANCH:
        return set().union(*(_sequence(branch) for branch in av[1]))
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op in _REPEATS:
        low, high, sub = av
        inner = _sequence(sub)
        if low == 0:
            return {_EMPTY} | (inner & {_LETTERS} if high else set())
        return inner
    if op is _c.ASSERT:  # a lookahead or lookbehind that must hold among the letters
        return {_EMPTY} if _sequence(av[1]) else set()
    if op in (_c.AT, _c.ASSERT_NOT):  # anchors and negative lookarounds read no character
        return {_EMPTY}
    return {_EMPTY, _LETTERS}  # group references, atomic groups ...: anything


def suffix_opens_in_letters(suffix_search) -> bool:
    """Whether a suffix rule may match from inside a word of letters: its match beginning with a
    letter after a letter or at the start. Where none can, the suffix spaCy finds in a word of
    letters and what follows it begins after the letters, and a search from there finds it
    (lookbehinds still see the letters). A search that is not a compiled pattern's method may."""
    pattern = getattr(suffix_search, "__self__", None)
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return True
    return _opens_in_letters(pattern.pattern, pattern.flags)


@lru_cache(maxsize=16)
def _opens_in_letters(pattern: str, flags: int) -> bool:
    try:
        tree = _sre.parse(pattern, flags)
    except Exception:  # a pattern this parser cannot read: assume the worst
        return True
    return _edge(list(tree))[0]


def _edge(items, last: bool = False) -> tuple[bool, bool]:
    """Whether a match of `items` (after a letter or at the start) may begin with a letter, or
    with `last` end with one, and whether it may read no character (then a lookbehind before it
    sees the start or a letter)."""
    for op, av in reversed(items) if last else items:
        letter, empty = _edge_item(op, av, last)
        if letter:
            return True, True
        if not empty:
            return False, False
    return False, True


def _edge_item(op, av, last: bool) -> tuple[bool, bool]:
    if op is _c.LITERAL:
        return chr(av).isalpha(), False
    if op is _c.IN:
        return _class_has_letter(tuple(av)), False
    if op is _c.NOT_LITERAL or op is _c.ANY:
        return True, False
    if op is _c.BRANCH:
        ways = [_edge(branch, last) for branch in av[1]]
        return any(w[0] for w in ways), any(w[1] for w in ways)
    if op is _c.SUBPATTERN:
        return _edge(av[-1], last)
    if op in _REPEATS:
        low, high, sub = av
        if not high:
            return False, True
        letter, empty = _edge(sub, last)
        return letter, empty or low == 0
    if op is _c.ASSERT and av[0] < 0 and not last:
        # a lookbehind before any letter read: it must end at a letter, or read none
        letter, empty = _edge(list(av[1]), last=True)
        return False, letter or empty
    if op in (_c.ASSERT, _c.AT, _c.ASSERT_NOT):  # read no character (their condition left out)
        return False, True
    return True, True  # group references, atomic groups ...: anything


@lru_cache(maxsize=None)
def _class_has_letter(items: tuple) -> bool:
    for op, av in items:
        if op is _c.LITERAL:
            if chr(av).isalpha():
                return True
        elif op is _c.RANGE:
            if any(chr(c).isalpha() for c in range(av[0], av[1] + 1)):
                return True
        elif op is _c.CATEGORY:
            if av not in _NO_LETTER_CATEGORIES:
                return True
        else:  # NEGATE, or an item this does not know
            return True
    return False
