"""The rule model as the state of its spaCy components: `nlp.to_disk` writes the rows, rules, lines
and settings the components hold, and `spacy.load` of what it wrote gives the same output; a row
added in memory is written with the rest and takes effect."""
from __future__ import annotations

import re
import shutil
from dataclasses import asdict, replace

import pytest
import spacy

from pipeline import nlp as nlp_stage
from pipeline.config import model_version
from pipeline.model import Settings, read_settings, read_table, write_table
from pipeline.readers import read_inputs
from pipeline.records import article_rows
from pipeline.stages import Processor

from .conftest import DEV, ROOT

ROWS = ("events", "people", "scores")

# An invented article whose paper is named only by a phrase no gazetteer holds.
NEW_PAPER = ("Pemprov Kalsel dan Pemkab Banjar teken akta sinergi\n"
             "Gubernur Kalimantan Selatan Nama Satu dan Bupati Banjar Nama Dua menandatangani akta sinergi "
             "pelayanan publik di Banjarmasin, Senin (3/6/2024). Kerja sama ini meliputi pelayanan publik "
             "dan pertukaran data kependudukan antara kedua pemerintah daerah.")


def rows_of(processor: Processor, articles) -> list[dict]:
    """The rows of events, people and scores of each article, without the model's version."""
    out = []
    for art in articles:
        rows = article_rows(processor(art))
        out.append({t: [{k: v for k, v in r.items() if k != "model_version"} for r in rows[t]] for t in ROWS})
    return out


def fresh(path):
    """A pipeline of its own (nlp_stage.load caches one per folder)."""
    return spacy.load(path, exclude=["tokenizer", "vocab"])


def test_every_table_is_written_as_it_was_read(model_dir, tmp_path):
    """Rows and comment lines, in their order: a model written by to_disk reads as its source."""
    for path in sorted(model_dir.glob("*/*.tsv")):
        write_table(tmp_path / path.name, read_table(path))
        assert read_table(tmp_path / path.name) == read_table(path), path.name
        written = [l for l in (tmp_path / path.name).read_text(encoding="utf-8").splitlines() if l.startswith("#")]
        assert written == [l for l in path.read_text(encoding="utf-8").splitlines() if l.startswith("#")]


def test_a_written_model_gives_the_same_rows(model_dir, tmp_path):
    nlp_stage.load(str(model_dir)).to_disk(tmp_path / "copy")
    assert not (tmp_path / "copy" / "gazetteers" / "build_regions.py").exists()  # data only, no copied folder
    assert read_settings(str(tmp_path / "copy")) == read_settings(str(model_dir))
    texts = sorted((DEV / "txt").glob("*.txt"))[::4][:20]  # every fourth: both halves of the set
    if not texts:
        pytest.skip("../shared/eval/dev/txt not found: the development set lives beside the repo")
    inputs = texts + [ROOT / "corpus"]
    source, copy = Processor(model_dir), Processor(tmp_path / "copy")
    got = rows_of(copy, read_inputs(inputs))
    assert got == rows_of(source, read_inputs(inputs))
    assert sum(len(r["events"]) for r in got) >= 10 and sum(len(r["people"]) for r in got) >= 30


def test_a_row_added_in_memory_is_written_and_takes_effect(model_dir, tmp_path):
    own = fresh(model_dir)
    gazetteers = own.get_pipe("gazetteers")
    gazetteers.add_rows("instruments.tsv", {"phrase": "akta sinergi", "agreement_type": "kesepakatan_bersama"})
    assert "sinergi" in gazetteers.lexicon.nonnames  # the lexicon is made of the tables held
    own.to_disk(tmp_path / "own")
    article = _write(tmp_path / "in" / "akta.txt", NEW_PAPER)

    def events(processor):
        return rows_of(processor, read_inputs([article]))[0]

    in_memory = events(Processor(model_dir, nlp=own))
    assert [e["agreement_type"] for e in in_memory["events"]] == ["kesepakatan_bersama"]
    assert events(Processor(tmp_path / "own")) == in_memory  # written and read back
    assert events(Processor(model_dir))["events"] == []  # the source model knows no such paper


def test_components_round_trip_through_bytes(model_dir):
    own = fresh(model_dir)
    own.get_pipe("gazetteers").add_rows("instruments.tsv", {"phrase": "akta sinergi", "agreement_type": "mou"})
    own.get_pipe("sentences").add_rows({"form": "Sdr", "kind": "honorific"})
    copy = fresh(model_dir)
    copy.from_bytes(own.to_bytes(exclude=["tokenizer", "vocab"]), exclude=["tokenizer", "vocab"])
    for name in ("gazetteers", "patterns", "sentences"):
        assert copy.get_pipe(name).to_bytes() == own.get_pipe(name).to_bytes(), name
    assert copy.get_pipe("text").lines == own.get_pipe("text").lines
    _sentences, mentions = nlp_stage.analyse(copy, "Bupati menandatangani akta sinergi dengan Sdr. Nama Tiga.")
    assert ("INSTRUMENT", "mou") in {(m.label, m.kb_id) for m in mentions}
    assert len(_sentences) == 1  # "Sdr." is an abbreviation now


def test_a_setting_is_the_model_s_and_changes_its_version(model_dir, tmp_path):
    copy = tmp_path / "sepakat"
    shutil.copytree(model_dir, copy)
    before = model_version(copy)
    config = (copy / "config.cfg").read_text(encoding="utf-8")
    assert "\nlead_sentences = 6\n" in config
    (copy / "config.cfg").write_text(config.replace("\nlead_sentences = 6\n", "\nlead_sentences = 4\n"),
                                     encoding="utf-8")
    assert model_version(copy) != before
    assert nlp_stage.settings(fresh(copy)).lead_sentences == 4 == read_settings(str(copy)).lead_sentences
    assert Processor(copy).settings.lead_sentences == 4


@pytest.mark.parametrize("change,message", [
    ({"town_words": 2.5}, "town_words must be a whole number, not 2.5"),
    ({"indonesian_ratio": "0.12"}, "indonesian_ratio must be a number"),
    ({"lead_sentence": 6}, "unknown ['lead_sentence']"),
])
def test_a_setting_of_the_wrong_kind_is_named(change, message):
    section = {**asdict(read_settings()), **change}
    with pytest.raises(ValueError, match=re.escape(message)):
        Settings.from_config(section)


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_rules_read_the_settings_they_are_given(model_dir):
    """A context's settings are the ones the rules use: the object of a signing verb ("meneken (7)
    kerja sama") is within the model's `object_gap`, and not within a smaller one."""
    from pipeline.fields import Context
    from pipeline.fields.agreements import find_signings

    rules = nlp_stage.load(str(model_dir))
    text = "Gubernur Kalsel dan Bupati Banjar meneken (7) kerja sama bidang pendidikan di Banjarmasin."
    sentences, mentions = nlp_stage.analyse(rules, text)

    def signed(settings):
        ctx = Context(text, sentences, mentions, [], None, rules.get_pipe("gazetteers").lexicon, settings)
        return [(s.instrument.text, s.cue.text) for s in find_signings(ctx)]

    assert signed(read_settings()) == [("kerja sama", "meneken")]
    assert signed(replace(read_settings(), object_gap=2)) == []


def test_the_lexicon_without_spacy_is_the_pipeline_s(model_dir):
    """`load_lexicon` (for hand-built mentions) reads the tables the gazetteers component holds."""
    from pipeline.fields import load_lexicon

    alone, held = load_lexicon(str(model_dir)), nlp_stage.load(str(model_dir)).get_pipe("gazetteers").lexicon
    for name in ("prefixes", "suffixes", "nonnames", "province_names", "titles", "words", "regional", "formed"):
        assert getattr(alone, name) == getattr(held, name), name
    assert alone.calendar.words == held.calendar.words
    assert alone.venue.pattern == held.venue.pattern and alone.ranks.pattern == held.ranks.pattern
