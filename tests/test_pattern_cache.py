"""The gazetteers' patterns kept between processes (`nlp._PatternCache`): read back, they match
what patterns made anew match; a table changed, a file broken or a folder that cannot be written
never gives other matches."""
from __future__ import annotations

import os
import shutil

import pytest
import spacy

from pipeline import cache as cache_module, nlp
from pipeline.model import read_table, write_table

TEXT = ("Gubernur Kalimantan Selatan dan Kepala Perwakilan Ombudsman RI Kalsel menandatangani Nota "
        "Kesepahaman dengan Bupati Nunukan dan Rektor Universitas Lambung Mangkurat di Banjarmasin.")
NEW_PLACE = "Kampung Sepakatjaya"


def mentions(model, text=TEXT):
    _, found = nlp.analyse(model, text)
    return [(m.label, m.text, m.start, m.end, m.kb_id) for m in found]


def load(path):
    return spacy.load(path, exclude=["tokenizer", "vocab"])


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("SEPAKAT_CACHE_DIR", str(folder))
    return folder


def test_patterns_read_back_match_as_patterns_made(model_dir, cache, monkeypatch):
    made = load(model_dir)
    assert len(list(cache.glob("gazetteers-*.msgpack"))) == 1

    def not_again(self):
        raise AssertionError("patterns made again although kept")

    monkeypatch.setattr(nlp.GazetteerComponent, "_phrase_patterns", not_again)
    kept = load(model_dir)
    assert mentions(kept) == mentions(made) and len(mentions(made)) >= 6
    for attr, matcher in made.get_pipe("gazetteers").matchers.items():
        assert len(kept.get_pipe("gazetteers").matchers[attr]) == len(matcher) > 10


def test_a_changed_table_gets_its_own_patterns(model_dir, cache, tmp_path):
    model = tmp_path / "model"
    shutil.copytree(model_dir, model)
    text = f"Bupati hadir di {NEW_PLACE} kemarin."
    assert not any(m[1] == NEW_PLACE for m in mentions(load(model), text))
    places = model / "gazetteers" / "places.tsv"
    table = read_table(places)
    write_table(places, table.with_rows({table.columns[0]: NEW_PLACE}))
    assert any(m[1] == NEW_PLACE for m in mentions(load(model), text))
    assert len(list(cache.glob("gazetteers-*.msgpack"))) == 2


def test_a_broken_file_is_made_again(model_dir, cache):
    made = mentions(load(model_dir))
    (kept,) = cache.glob("gazetteers-*.msgpack")
    kept.write_bytes(kept.read_bytes()[:1000])
    assert mentions(load(model_dir)) == made
    kept.write_bytes(b"\x92\x01\x02")  # msgpack, but no patterns
    assert mentions(load(model_dir)) == made
    assert kept.stat().st_size > 100_000  # written whole again


def test_a_folder_that_cannot_be_written_only_means_no_cache(model_dir, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SEPAKAT_CACHE_DIR", str(blocker / "cache"))
    assert len(mentions(load(model_dir))) >= 6


def test_off_keeps_nothing(model_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SEPAKAT_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert len(mentions(load(model_dir))) >= 6
    assert not any(tmp_path.rglob("gazetteers-*"))


def test_only_the_newest_files_are_kept(model_dir, cache):
    cache.mkdir()
    for i in range(nlp._CACHE_FILES + 3):
        old = cache / f"gazetteers-old{i}.msgpack"
        old.write_bytes(b"")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))  # old0 the oldest
    load(model_dir)
    files = list(cache.glob("gazetteers-*.msgpack"))
    assert len(files) == nlp._CACHE_FILES and not any(f.name == "gazetteers-old0.msgpack" for f in files)


def test_a_write_that_fails_leaves_no_part_file(model_dir, cache, monkeypatch):
    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_module.os, "replace", full_disk)
    assert len(mentions(load(model_dir))) >= 6
    assert list(cache.iterdir()) == []
