"""The rules' large regular expressions, compiled once per machine instead of once per process.

Python compiles an expression in two steps: its text is parsed and optimised into a program of
integers (`re._parser`, `re._compiler`: pure Python, slow for an alternation of hundreds of
words or a class of thousands of letters), and the matcher is made from the program
(`_sre.compile`, in C, which checks the program). The tokenizer's affix rules and the word lists
of words.tsv and results.tsv take some 0.12 s of that first step at every start of every
command and worker. `compile` keeps each program in a file of the cache folder (`cache.folder()`,
one file per Python version and regex engine) and makes the matcher from it: the program is
the one `re.compile` makes, so the matches are the same (a test compares them). Where the
program cannot be kept or read, `re.compile` does it all.

Only expressions fixed by the code and the model go through here, never one made from an
article's words: the file holds what a run of the rules needs, written when a document adds to it.
"""
from __future__ import annotations

import marshal
import re
import sys
from functools import lru_cache
from pathlib import Path

from . import cache

try:  # the two steps of `re.compile` (CPython's `re._compiler.compile`)
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # another Python: `re.compile` only
    _sre = None

_KEEP = 4_000   # programs a file holds; past it only those this process used are written
_FILES = 4      # files of programs kept side by side: a few Python versions


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (re.compile's name on purpose)
    """`re.compile(pattern, flags)`, its program read from the cache when it is there."""
    programs = _programs(cache.folder())
    return programs.compile(pattern, flags) if programs else re.compile(pattern, flags)


def longest_first(phrases) -> list[str]:
    """Phrases in the order an alternation tries them: longest first, then as sorted, each once.
    So an expression made from a set of words is the same text in every process (a set's order
    is not), and its program is found in the cache."""
    return sorted(dict.fromkeys(phrases), key=lambda p: (-len(p), p))


def save() -> None:
    """The programs this process made, written to the cache file when there are new ones (a
    dictionary lookup otherwise: called after each document)."""
    programs = _programs(cache.folder())
    if programs:
        programs.save()


def first_letters(pattern: re.Pattern) -> str:
    r"""The letters every match of `pattern` begins with, case as written: "Kemen" for
    `\bKemen(?!terian)...`, after any `\b` or `^`. Empty where the pattern ignores case, or
    opens with anything but a letter, or in another Python (no `re._parser`)."""
    if _sre is None or pattern.flags & re.IGNORECASE:
        return ""
    letters = ""
    for op, value in _parser.parse(pattern.pattern, pattern.flags):
        if op is _constants.AT and not letters:
            continue  # a position, no character: \b, ^
        if op is not _constants.LITERAL:
            break
        letters += chr(value)
    return letters


class _Programs:
    def __init__(self, path: Path | None):
        self.path = path
        self.known: dict[tuple[str, int], tuple] = self._read()
        self.used: set[tuple[str, int]] = set()
        self.new = False

    def compile(self, pattern: str, flags: int) -> re.Pattern:
        flags = int(flags)  # a plain int, as the file keeps it (re.I is an int subclass)
        key = (pattern, flags)
        self.used.add(key)
        program = self.known.get(key)
        if program is not None:
            try:
                return _sre.compile(pattern, *program)
            except (RuntimeError, TypeError, ValueError):  # a program this engine rejects: made anew
                pass
        program = _program(pattern, flags)
        self.known[key], self.new = program, True
        return _sre.compile(pattern, *program)

    def save(self) -> None:
        if not self.new or self.path is None:
            return
        self.new = False
        on_disk = self._read()  # another process's since this one read the file
        merged = {**on_disk, **self.known}
        if len(merged) > _KEEP:  # rules changed often: what this process used
            merged = {k: merged[k] for k in self.used}
        try:
            data = marshal.dumps(merged)
        except ValueError:  # a value marshal cannot write: the programs stay this process's own
            return
        cache.write(self.path, data, keep=_FILES)

    def _read(self) -> dict:
        if self.path is None or not self.path.is_file():
            return {}
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):  # cut short or not ours: written anew
            return {}
        return data if isinstance(data, dict) else {}


def _program(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` hands `_sre.compile` besides the pattern's text."""
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # plain ints: opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _works() -> bool:
    """Whether this Python's `_sre.compile` takes the program as `_program` makes it."""
    try:
        return _sre.compile("a|b", *_program("a|b", 0)).fullmatch("b") is not None
    except Exception:  # another signature or program format: `re.compile` only
        return False


@lru_cache(maxsize=4)
def _programs(folder: Path | None) -> _Programs | None:
    """The programs of one cache folder (None: no folder, the process's own only)."""
    if _sre is None or not _works():
        return None
    version = f"{sys.implementation.cache_tag}-{'.'.join(map(str, sys.version_info[:3]))}-{_constants.MAGIC}"
    return _Programs(folder / f"regexes-{version}.marshal" if folder else None)
