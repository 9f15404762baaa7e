"""No word of the rule model in pipeline/ code: surface forms live under models/sepakat/.

Every string constant of pipeline/**/*.py that is not a docstring is split into lower-case words;
a run of up to five words that is a surface phrase of the model fails the test. The surface
phrases are the `phrases` columns of gazetteers/manifest.json and, for the other TSVs of
models/sepakat (read directly by the Lexicon or a component), the columns that hold what an
article writes (`phrase`, `word`, `form`, `name`, `aliases`, `capital`). Other columns (ids,
kinds, roles, levels, codes) hold identifiers.

What is allowed, and why:
- A literal that as a whole is an identifier of the model (a value of a non-surface column:
  "lainnya", "kabupaten" as a region kind, "pusat" as a level, "perjanjian_kerja_sama" as an
  agreement type). Code compares canonical values; that is mechanism, not vocabulary.
- The word "sepakat": it is the program's name (`sepakat run ...`, `sepakat.cfg`).
- Phrases with a word of fewer than three letters: initials and pieces of abbreviations
  ("S.Tr.", "Ph.D") collide with HTML and code tokens ("tr", "th", "id"); real phrases of the
  model with short words ("di wilayah") are still caught by their long words where those are
  phrases of their own.
- English words and code tokens that equal a phrase of the model: "score" (results.tsv lists it
  because outlets quote it; code names the scores field with it), "target" (the WARC header
  WARC-Target-URI; results.tsv's "*target*"), "inf" (float("inf"); the corps mark Inf of
  ranks.tsv), "nav" (the HTML element; the corps mark Nav), "media" (the CSS at-rule of the review
  page; nonnames.tsv's office word "Media"), "made" (rows "made with another rule model"; the
  Balinese name "I Made ..." of words.tsv), "its" (the English word; state_campuses.tsv's "ITS").
- `records.*_REASONS`: the human explanation of each reason code quotes examples for a reader;
  no code matches them.
- pipeline/evaluate.py: it copies the reference scorer's rules (its honorifics, "kota "/"kabupaten "
  before a city), the yardstick the model is measured by; built from the model's own words, a
  change of the model would move the yardstick.
"""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from pipeline.nlp import read_tsv

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "sepakat"
GAZETTEERS = MODEL / "gazetteers"
SURFACE_COLUMNS = {"phrase", "word", "form", "name", "aliases", "capital"}
PROGRAM_NAME = {"sepakat"}
ENGLISH = {"score", "target", "inf", "nav", "media", "made", "its"}
MESSAGES = "_REASONS"  # a module-level dict of human reason texts (records.py)
SCORER = Path("pipeline") / "evaluate.py"


def _words(text: str) -> tuple[str, ...]:
    """Its words, a regex's escapes ("\\b", "\\s") parted from the word they precede ("\\boleh" is "oleh")."""
    return tuple(re.findall(r"[^\W\d_]+", re.sub(r"\\[A-Za-z]", " ", text).lower()))


def model_vocabulary() -> tuple[set[tuple[str, ...]], set[str]]:
    """(surface phrases as word tuples, identifiers) of every TSV of the model."""
    manifest = json.loads((GAZETTEERS / "manifest.json").read_text())["gazetteers"]
    surface = {g["file"]: set(g["phrases"]) for g in manifest}
    phrases, ids = set(), set()
    for path in sorted(MODEL.rglob("*.tsv")):
        for row in read_tsv(path):
            for col, cell in row.items():
                if not cell:
                    continue
                if col in surface.get(path.name, SURFACE_COLUMNS):
                    for phrase in cell.split("|"):
                        words = _words(phrase)
                        if words and all(len(w) >= 3 for w in words) and words not in {(w,) for w in PROGRAM_NAME | ENGLISH}:
                            phrases.add(words)
                else:
                    ids.update(v.strip().lower() for v in cell.split("|"))
    return phrases, ids


def _message_constants(tree: ast.Module) -> set[int]:
    """Docstrings and the texts of module-level `*_REASONS` dicts."""
    skip = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body \
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict) and \
                any(isinstance(t, ast.Name) and t.id.endswith(MESSAGES) for t in node.targets):
            skip.update(id(v) for v in node.value.values)
    return skip


def vocabulary_in(source: str, phrases: set[tuple[str, ...]], ids: set[str]) -> list[tuple[int, str]]:
    """(line, phrase) of every model phrase in a string constant of `source`."""
    tree = ast.parse(source)
    skip = _message_constants(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skip:
            continue
        if node.value.strip().lower() in ids:
            continue
        words = _words(node.value)
        for n in range(1, 6):
            for k in range(len(words) - n + 1):
                if words[k:k + n] in phrases:
                    found.append((node.lineno, " ".join(words[k:k + n])))
    return found


def test_no_gazetteer_word_in_pipeline_literals():
    phrases, ids = model_vocabulary()
    hits = []
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        if path.relative_to(ROOT) == SCORER:
            continue
        hits += [f"{path.relative_to(ROOT)}:{line}: {phrase!r}"
                 for line, phrase in vocabulary_in(path.read_text(encoding="utf-8"), phrases, ids)]
    assert not hits, "vocabulary belongs under models/sepakat/:\n" + "\n".join(hits)


def test_the_check_finds_a_word_and_spares_ids_and_messages():
    phrases, ids = model_vocabulary()
    source = ('"""Reads nota kesepahaman."""\n'
              'PLAN = re.compile(r"\\b(?:nota kesepahaman|[A-Z]+)\\b")\n'
              'BY = r"(?:,|\\boleh)\\s+"\n'
              'kind = "perjanjian_kerja_sama"\n'
              'NO_EVENT_REASONS = {"x": "no agreement paper (Nota Kesepahaman ...)"}\n')
    found = vocabulary_in(source, phrases, ids)
    assert (2, "nota kesepahaman") in found and (3, "oleh") in found and {line for line, _ in found} == {2, 3}


def test_a_kind_of_words_tsv_is_set_into_a_template(model_dir):
    """`Lexicon.pattern` puts the phrases of a kind where the template names it, longest first,
    so that a word added to words.tsv is read by the mechanism without a code change."""
    import dataclasses
    import re as regex

    from pipeline.fields import load_lexicon

    lexicon = load_lexicon(str(model_dir))
    assert lexicon.pattern(r"\b{plan_word}\b", regex.I).search("Rencananya naskah diteken pekan depan")
    assert not lexicon.pattern(r"\b{plan_word}\b", regex.I).search("Naskah akan diteken pekan depan")
    edited = dataclasses.replace(lexicon, words={**lexicon.words, "plan_word": ("akan", "akan segera")},
                                 _patterns={})
    found = edited.pattern(r"\b{plan_word}\b", regex.I).search("Naskah akan segera diteken")
    assert found and found.group() == "akan segera"
