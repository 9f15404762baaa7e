"""The rules' regular expressions whose programs are kept between processes (`regexes`): a program
read back matches what `re.compile` matches; a broken file, a folder that cannot be written or
no folder at all never gives other matches; a command writes the file and reads it the next time."""
from __future__ import annotations

import re

import pytest
from spacy.lang.id import Indonesian
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from pipeline import nlp, regexes
from pipeline.fields import alternation

from .conftest import ROOT, run_cli

TEXT = ("Gubernur Kalsel H. Sahbirin Noor, S.Sos., M.H. (kiri) dan Kepala Perwakilan Ombudsman RI "
        "menandatangani MoU—di Banjarmasin… pada 12/3/2024: nilai 86,6 (zona hijau)! ©2024 ☺ «kutipan»")
WORDS = alternation(["nota kesepahaman", "perjanjian kerja sama", "MoU", "kesepakatan bersama"])
EXPRESSIONS = [
    (nlp.affix_rules(Indonesian.Defaults.infixes), 0),  # thousands of letters in one class
    (nlp.affix_rules(Indonesian.Defaults.suffixes, after="$"), 0),
    (rf"(?i)(?<!\w)(?P<paper>{WORDS})(?!\w)", 0),      # a named group
    (rf"\b(?:{WORDS})\b", re.I),                        # flags given apart
]


def finds(pattern: re.Pattern, text: str = TEXT) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.fixture
def programs(tmp_path):
    """A file of programs of its own, and the programs that file holds as a new process reads it."""
    path = tmp_path / "regexes-test.marshal"
    return path, lambda: regexes._Programs(path)


@pytest.mark.parametrize("expression, flags", EXPRESSIONS)
def test_a_program_read_back_matches_as_re_compile(programs, expression, flags):
    path, process = programs
    first = process()
    made = first.compile(expression, flags)
    first.save()
    second = process()
    assert (expression, int(flags)) in second.known
    kept = second.compile(expression, flags)
    plain = re.compile(expression, flags)
    assert not second.new  # read, not made again
    for pattern in (made, kept):
        assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == \
            (plain.pattern, plain.flags, plain.groups, plain.groupindex)
        assert finds(pattern) == finds(plain)
    assert finds(plain) or "infix" in expression  # the text gives the expressions something to find


def test_the_tokenizers_affixes_are_the_expressions_spacy_makes():
    defaults = Indonesian.Defaults
    assert nlp.affix_rules(defaults.prefixes, before="^") == compile_prefix_regex(defaults.prefixes).pattern
    assert nlp.affix_rules(defaults.suffixes, after="$") == compile_suffix_regex(defaults.suffixes).pattern
    assert nlp.affix_rules(defaults.infixes) == compile_infix_regex(defaults.infixes).pattern


def test_a_broken_file_is_made_anew(programs):
    path, process = programs
    path.write_bytes(b"\x00not a program file")
    broken = process()
    assert broken.known == {}
    assert finds(broken.compile(*EXPRESSIONS[2])) == finds(re.compile(*EXPRESSIONS[2]))
    broken.save()
    assert (EXPRESSIONS[2][0], 0) in process().known


def test_a_program_the_engine_rejects_is_made_anew(programs):
    path, process = programs
    first = process()
    first.compile(*EXPRESSIONS[2])
    first.known[(EXPRESSIONS[2][0], 0)] = (0, [999999], 0, {}, (None,))  # no program of this engine
    assert finds(first.compile(*EXPRESSIONS[2])) == finds(re.compile(*EXPRESSIONS[2]))


def test_a_folder_that_cannot_be_written_only_means_no_file(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder would be")
    programs = regexes._Programs(blocker / "cache" / "regexes-test.marshal")
    assert finds(programs.compile(*EXPRESSIONS[2])) == finds(re.compile(*EXPRESSIONS[2]))
    programs.save()  # no error
    assert not (blocker / "cache").exists()


def test_no_folder_compiles_as_re(monkeypatch):
    monkeypatch.setenv("SEPAKAT_CACHE_DIR", "off")
    assert regexes._programs(None).path is None
    assert finds(regexes.compile(*EXPRESSIONS[3])) == finds(re.compile(*EXPRESSIONS[3]))


def test_a_command_keeps_the_programs_and_reads_them_next_time(tmp_path):
    """The first `show` writes the programs (the tokenizer's affixes among them); the second reads
    them and prints the same rows."""
    article = ROOT / "corpus" / "txt" / "pks-ombudsman-kalbar-sanggau.txt"
    env = {"SEPAKAT_CACHE_DIR": str(tmp_path)}
    first = run_cli("show", article, env=env).stdout
    files = list(tmp_path.glob("regexes-*.marshal"))
    assert len(files) == 1
    kept = regexes._Programs(files[0]).known
    infixes = nlp.affix_rules([*Indonesian.Defaults.infixes, nlp.GLUED_BRACKET, nlp.GLUED_SLASH])
    assert (infixes, 0) in kept and len(kept) > 50
    written = files[0].stat().st_mtime_ns
    assert run_cli("show", article, env=env).stdout == first
    assert files[0].stat().st_mtime_ns == written  # nothing new: not written again
