"""The rule model directory (models/sepakat) and the sentence splitter of pipeline/nlp.py."""
from __future__ import annotations

import json

import pytest
import spacy

from pipeline import nlp

SAMPLE = ("Gubernur Kalsel H. Nama Satu, S.H. dan Ketua Ombudsman RI menandatangani Nota Kesepahaman "
          "di Banjarmasin, Senin (3/6/2024). Bupati Nunukan hadir menyaksikan penandatanganan itu.\n"
          "Kerja sama meliputi pencegahan maladministrasi dan penyelesaian laporan masyarakat.")


def load(path):
    return spacy.load(path, exclude=["tokenizer", "vocab"])


def found(rules, text=SAMPLE):
    sentences, mentions = nlp.analyse(rules, text)
    return ([(s.text, s.start, s.end) for s in sentences],
            [(m.label, m.text, m.start, m.end, m.kb_id, m.sent) for m in mentions])


@pytest.fixture(scope="module")
def rules(model_dir):
    return nlp.load(str(model_dir))  # the pipeline's own loader, cached for the session


def test_model_loads_with_spacy(model_dir):
    direct = load(model_dir)
    assert direct.lang == "id"
    assert direct.pipe_names == ["sentences", "gazetteers", "patterns"]
    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    assert meta["pipeline"] == direct.pipe_names
    assert found(direct) == found(nlp.load(str(model_dir)))


def test_model_finds_the_sample(rules):
    _sentences, mentions = found(rules)
    got = {(label, text, kb) for label, text, _s, _e, kb, _n in mentions}
    assert {("PROVINCE", "Kalsel", "ID-KS"), ("INSTRUMENT", "Nota Kesepahaman", "nota_kesepahaman"),
            ("CUE", "menandatangani", "sign"), ("REGION", "Nunukan", "kabupaten|Nunukan|ID-KU"),
            ("REGION", "Banjarmasin", "kota|Banjarmasin|ID-KS")} <= got
    assert {label for label, *_ in mentions} >= {"TITLE", "SCOPE"}
    for _label, text, start, end, _kb, _n in mentions:
        assert SAMPLE[start:end] == text


def test_model_round_trip(rules, tmp_path):
    """to_disk then spacy.load gives a model that finds exactly the same spans."""
    rules.to_disk(tmp_path / "copy")
    for name in ("config.cfg", "meta.json", "gazetteers/manifest.json", "gazetteers/provinces.tsv",
                 "gazetteers/regions.tsv", "gazetteers/honorifics.tsv"):
        assert (tmp_path / "copy" / name).is_file(), name
    assert list((tmp_path / "copy" / "patterns").glob("*.jsonl"))
    copy = load(tmp_path / "copy")
    assert copy.pipe_names == rules.pipe_names
    assert found(copy) == found(rules)


def test_sentence_component_sets_boundaries(rules):
    doc = rules("Bupati hadir. Wali Kota juga hadir.")
    assert [s.text for s in doc.sents] == ["Bupati hadir.", "Wali Kota juga hadir."]


@pytest.mark.parametrize("text,sentences", [
    ("Drs. H. Nama Satu hadir di Banjarmasin.", ["Drs. H. Nama Satu hadir di Banjarmasin."]),
    ("Hadir pula Prof. Dr. Ir. Nama Dua di aula.", ["Hadir pula Prof. Dr. Ir. Nama Dua di aula."]),
    ("Pj. Bupati Nama Tiga membuka acara.", ["Pj. Bupati Nama Tiga membuka acara."]),
    ("Kepala Dinas Ir. Nama Empat, M.T. datang. Rapat dimulai.",
     ["Kepala Dinas Ir. Nama Empat, M.T. datang.", "Rapat dimulai."]),
    ("Bupati hadir. Wali Kota juga hadir.", ["Bupati hadir.", "Wali Kota juga hadir."]),
    ("Apakah siap? Kami siap!", ["Apakah siap?", "Kami siap!"]),
    ("Ia berkata. \"Kami siap.\"", ["Ia berkata.", "\"Kami siap.\""]),
    ("Judul berita\nIsi berita tanpa titik", ["Judul berita", "Isi berita tanpa titik"]),
    ("Kantor di Jl. Ahmad Yani No. 5 Banjarmasin.", ["Kantor di Jl. Ahmad Yani No. 5 Banjarmasin."]),
    pytest.param("Hadir Rektor Dr. Hj. Nama Lima. WA, MM serta Rektor Nama Enam.",
                 ["Hadir Rektor Dr. Hj. Nama Lima. WA, MM serta Rektor Nama Enam."], id="initials-after-a-stop"),
    pytest.param("Hadir Wakapolda, Brigjen Pol. Nama Tujuh, dan Letkol Inf. Nama Delapan. Acara usai.",
                 ["Hadir Wakapolda, Brigjen Pol. Nama Tujuh, dan Letkol Inf. Nama Delapan.", "Acara usai."],
                 id="rank-marks"),
    pytest.param("Acara pada 28 Okt. 2021 berjalan lancar. Semua hadir.",
                 ["Acara pada 28 Okt. 2021 berjalan lancar.", "Semua hadir."], id="abbreviated-month"),
])
def test_split_sentences(text, sentences):
    got = nlp.split_sentences(text)
    assert [s.text for s in got] == sentences
    for s in got:
        assert text[s.start:s.end] == s.text


# The model's tokenizer is spaCy's Indonesian one with its prefix rules anchored (nlp.make_tokenizer).

def test_tokenizer_prefix_rules_are_anchored(rules):
    stock = spacy.blank("id").tokenizer
    text = "kata sebelum <a href='x'> tautan"
    # spaCy's own joined rules find the HTML prefix far inside the string (the slow scan) ...
    assert stock.prefix_search(text) is not None
    # ... ours only at the start, where a prefix can be
    assert rules.tokenizer.prefix_search(text) is None
    assert rules.tokenizer.prefix_search("(28/10/2021)").group() == "("
    assert rules.tokenizer.prefix_search("Rp5 juta").group() == "Rp"


def test_tokenizer_gives_the_tokens_of_spacy_indonesian(rules, model_dir):
    stock = spacy.blank("id")
    texts = [SAMPLE, "Anggaran Rp5 juta, US$3 dan 25% (22/06) Kalsel-Kaltim <b/>tebal</b> 'kutipan'."]
    texts += [p.read_text(encoding="utf-8") for p in sorted((model_dir.parents[1] / "corpus").rglob("*.txt"))]
    dev = model_dir.parents[2] / "shared" / "eval" / "dev" / "txt"
    texts += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))]  # when present
    for text in texts:
        assert [(t.idx, t.text) for t in rules.make_doc(text)] == [(t.idx, t.text) for t in stock.make_doc(text)]


def test_memory_zones_keep_the_vocabulary_flat(model_dir):
    """After the warm-up documents, the words of new documents are let go when their zone closes:
    the vocabulary (and memory) does not grow with the corpus, and the rules still find spans."""
    own = load(model_dir)  # a pipeline of its own: zones must not nest with the shared one
    zones = nlp.memory_zones(own)
    zones.warm_docs, zones.zone_docs = 2, 3

    def article(i):
        return f"Bupati Qorvath{i} dan Wali Kota Zemblik{i} menandatangani Nota Kesepahaman di Sigi."

    for i in range(2):
        nlp.analyse(own, article(i))
    after_warm_up = len(own.vocab.strings)
    assert "Qorvath1" in own.vocab.strings  # read outside a zone: kept (and cached)
    for i in range(2, 9):
        _, mentions = nlp.analyse(own, article(i))
        assert {"TITLE", "INSTRUMENT"} <= {m.label for m in mentions}
        assert any(m.text == "Nota Kesepahaman" for m in mentions)
    zones.close()
    assert len(own.vocab.strings) == after_warm_up
    assert "Qorvath8" not in own.vocab.strings
