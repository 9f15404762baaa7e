"""The rule model directory (models/sepakat) and the sentence splitter of pipeline/nlp.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

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
    pytest.param("Hadir Kepala Badan, Prof. Drs. K.H. Nama Sembilan, di aula. Nota itu diteken Nama, S.H. Rapat usai.",
                 ["Hadir Kepala Badan, Prof. Drs. K.H. Nama Sembilan, di aula.", "Nota itu diteken Nama, S.H.",
                  "Rapat usai."], id="dotted-honorific-is-no-degree"),
    pytest.param("Acara pada 28 Okt. 2021 berjalan lancar. Semua hadir.",
                 ["Acara pada 28 Okt. 2021 berjalan lancar.", "Semua hadir."], id="abbreviated-month"),
    pytest.param("Bidangnya yaitu:\n1. Farmasi.\n2. Pengembangan SDM.\nb. Pelatihan. Acara usai pada 2020. Semua pulang.",
                 ["Bidangnya yaitu:", "1. Farmasi.", "2. Pengembangan SDM.", "b. Pelatihan.",
                  "Acara usai pada 2020.", "Semua pulang."], id="a-list-items-number-is-no-sentence"),
    pytest.param("Bidang perhubungan.Penandatangan itu baik. Hadir dr.Terawan, Nama, S.Sos.Hadir dari Metrotvnews.com juga.",
                 ["Bidang perhubungan.", "Penandatangan itu baik.",
                  "Hadir dr.Terawan, Nama, S.Sos.Hadir dari Metrotvnews.com juga."], id="a-stop-with-no-space-between-words"),
    pytest.param("Pemprov Kepulauan Bangka Belitung (Kep. Babel) dan Kedubes U.S. di Jakarta hadir. Acara usai.",
                 ["Pemprov Kepulauan Bangka Belitung (Kep. Babel) dan Kedubes U.S. di Jakarta hadir.", "Acara usai."],
                 id="a-place-abbreviated"),
])
def test_split_sentences(text, sentences):
    got = nlp.split_sentences(text)
    assert [s.text for s in got] == sentences
    for s in got:
        assert text[s.start:s.end] == s.text


# The model's tokenizer is spaCy's Indonesian one with its prefix rules anchored and a bracket glued to
# a word parted from it (nlp.make_tokenizer).

def spacy_indonesian():
    """spaCy's Indonesian pipeline, its tokenizer given the one infix the model adds."""
    stock = spacy.blank("id")
    stock.tokenizer.infix_finditer = compile_infix_regex([*stock.Defaults.infixes, nlp.GLUED_BRACKET]).finditer
    return stock


def test_tokenizer_prefix_rules_are_anchored(rules):
    stock = spacy.blank("id").tokenizer
    text = "kata sebelum <a href='x'> tautan"
    # spaCy's own joined rules find the HTML prefix far inside the string (the slow scan) ...
    assert stock.prefix_search(text) is not None
    # ... ours only at the start, where a prefix can be
    assert rules.tokenizer.prefix_search(text) is None
    assert rules.tokenizer.prefix_search("(28/10/2021)").group() == "("
    assert rules.tokenizer.prefix_search("Rp5 juta").group() == "Rp"


def test_a_bracket_glued_to_a_word_is_parted_from_it(rules):
    assert [t.text for t in rules.make_doc("Timor Tengah Utara(TTU) dan f(x)")] == \
        ["Timor", "Tengah", "Utara", "(", "TTU", ")", "dan", "f", "(", "x", ")"]
    assert [t.text for t in spacy.blank("id").make_doc("Utara(TTU)")] == ["Utara(TTU", ")"]  # spaCy's own


def test_tokenizer_gives_the_tokens_of_spacy_indonesian(rules, model_dir):
    stock = spacy_indonesian()
    texts = [SAMPLE, "Anggaran Rp5 juta, US$3 dan 25% (22/06) Kalsel-Kaltim <b/>tebal</b> 'kutipan'."]
    texts += [p.read_text(encoding="utf-8") for p in sorted((model_dir.parents[1] / "corpus").rglob("*.txt"))]
    dev = model_dir.parents[2] / "shared" / "eval" / "dev" / "txt"
    texts += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))]  # when present
    for text in texts:
        assert [(t.idx, t.text) for t in rules.make_doc(text)] == [(t.idx, t.text) for t in stock.make_doc(text)]


def test_tokens_of_runs_kept_across_texts_and_memory_zones_are_spacys(model_dir):
    """Each run between spaces is tokenized once a process (LazyTokenizer._words), in and out of
    memory zones: spaCy's tokens and spaces on 500 real news texts, the same tokenizer
    going through them as a run's would, and where spaCy looks for exceptions across runs."""
    from pipeline.readers import read_file

    news = model_dir.parents[2] / "shared" / "bench" / "news-id" / "news.jsonl.gz"
    if not news.exists():
        pytest.skip(f"{news} not here (../shared/bench/news-id)")
    stock, own = spacy_indonesian(), load(model_dir)
    zones = nlp.memory_zones(own)
    zones.warm_docs, zones.zone_docs = 200, 100
    texts = [art.raw for i, art in enumerate(read_file(news)) if i % 10 == 0]
    texts += ["Prof. Dr. rer. nat. Ani hadir.", "panas- panas-dingin/x", "Lihat: 1. Buka", "e- KTP  dan\n\n- kupu"]
    for text in texts:  # as nlp.analyse reads them
        if own.tokenizer.needs(text):
            zones.close()
            own.tokenizer.prepare(text)
        zones.next_document()
        assert tokens(own, text) == tokens(stock, text)
    zones.close()
    assert len(own.tokenizer._chunks) > 10_000  # the runs were kept, in the zones too


# The hyphenated-word exceptions are added when a text needs them (nlp.LazyTokenizer).

@pytest.fixture(scope="module")
def stock():
    return spacy_indonesian()


@pytest.fixture(scope="module")
def lazy(model_dir):
    return load(model_dir)  # a pipeline of its own, whose exceptions only these tests add


def added(tokenizer) -> dict:
    return Tokenizer.rules.__get__(tokenizer)  # spaCy's own table: the exceptions added so far


def tokens(nlp_, text):
    return [(t.idx, t.text, t.whitespace_) for t in nlp_.make_doc(text)]


def test_hyphenated_exceptions_are_added_when_a_text_needs_them(model_dir, stock):
    own = load(model_dir)
    assert own.tokenizer.rules == stock.tokenizer.rules  # every exception, added or still pending
    assert "kupu-kupu" not in added(own.tokenizer)
    own.make_doc("Dua ekor kupu terbang di taman.")  # the word, but not after a hyphen
    assert "kupu-kupu" not in added(own.tokenizer)
    assert tokens(own, "Kupu-kupu terbang.") == tokens(stock, "Kupu-kupu terbang.")
    assert {"kupu-kupu", "Kupu-kupu"} <= added(own.tokenizer).keys()
    assert "Kupu-Kupu" not in added(own.tokenizer)  # another last word ("-Kupu")


def test_no_hyphenated_exception_ends_with_a_prefix(rules, stock):
    """What lets a text's words decide: a last word the prefix rules split off ("Rp") could
    stand glued to the next word."""
    last_words = {chunk.rsplit("-", 1)[1] for chunk in stock.tokenizer.rules if nlp._HYPHENATED.fullmatch(chunk)}
    assert len(last_words) > 9000
    assert [w for w in last_words if rules.tokenizer.prefix_search(w)] == []


HYPHENATED = ["kupu-kupu", "Kupu-kupu", "KUPU-KUPU", "Kupu-Kupu", "masing-masing", "Masing-masing",
              "sehari-hari", "sehari-harinya", "tiba-tiba", "wakil-wakil", "abu-abu", "e-money", "hura-hura",
              "panas-panas", "panas-dingin"]
AROUND = ["", " ", "  ", "\n", "-", "- ", " - ", "(", ")", "\"", ".", ",", "/", "Rp", "US$", "5", "5juta", "-nya",
          "-ku", "'s", "<b>", "</b>", "kupu", "wakil", "abu", "hari", "...", ":", "%"]


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(HYPHENATED), st.sampled_from(AROUND)), min_size=1, max_size=12).map("".join))
@example("panas- panas-dingin/x")  # "panas- panas" (not an exception) keeps "panas-dingin" apart
def test_lazy_exceptions_give_the_tokens_of_all_exceptions(lazy, stock, text):
    """Hyphenated words glued to prefixes, suffixes, units and each other, one tokenizer across
    the examples (exceptions added and tokens cached as a run goes): spaCy's tokens."""
    assert tokens(lazy, text) == tokens(stock, text)


def test_exceptions_are_added_outside_memory_zones(model_dir, stock):
    own = load(model_dir)
    zones = nlp.memory_zones(own)
    zones.warm_docs, zones.zone_docs = 0, 5
    nlp.analyse(own, "Bupati Sigi hadir.")
    assert own.vocab.in_memory_zone
    nlp.analyse(own, "Masing-masing bupati hadir tiba-tiba.")  # needs exceptions: they last
    zones.close()
    assert {"Masing-masing", "tiba-tiba"} <= set(own.vocab.strings)
    text = "Masing-masing bupati hadir tiba-tiba."
    assert tokens(own, text) == tokens(stock, text)
    with own.memory_zone(), pytest.raises(RuntimeError):
        own.make_doc("Kupu-kupu terbang.")


def test_a_doc_made_beside_analyse_outlives_its_open_zone(model_dir, stock):
    """`analyse` leaves its zone open between documents; a Doc anyone else makes with the pipeline
    (a notebook, a test, a rule added in memory) is made outside it, with the exceptions it needs,
    and its words are not let go when the next zone closes."""
    own = load(model_dir)
    zones = nlp.memory_zones(own)
    zones.warm_docs, zones.zone_docs = 0, 2
    nlp.analyse(own, "Bupati Sigi hadir.")
    assert own.vocab.in_memory_zone
    text = "Kupu-kupu Qorvathzem terbang tiba-tiba."  # needs exceptions, and a word new to the vocabulary
    doc = own.make_doc(text)
    assert not own.vocab.in_memory_zone
    for i in range(5):  # zones open and close again
        nlp.analyse(own, f"Wali Kota Zemblik{i} hadir masing-masing.")
    zones.close()
    assert "Qorvathzem" in own.vocab.strings
    assert [(t.idx, t.text, t.whitespace_) for t in doc] == tokens(stock, text)


def test_tokenizer_serializes_every_exception(model_dir, stock):
    own = load(model_dir)
    copy = load(model_dir)
    copy.tokenizer.from_bytes(own.tokenizer.to_bytes())
    assert copy.tokenizer.rules == stock.tokenizer.rules
    assert tokens(copy, "Masing-masing kupu-kupu.") == tokens(stock, "Masing-masing kupu-kupu.")


@pytest.mark.parametrize("phrase,words", [
    ("Kota Baru", ["Kota", "Baru"]),
    ("KOTA BARU", ["KOTA", "BARU"]),
    ("Rpkota", None),      # the prefix rules split off "Rp"
    ("Kota  Baru", None),  # two spaces: a space token between
    ("Kab. Sigi", None),
    ("Toli-Toli", None),
    ("Kota 50", None),
])
def test_plain_words_are_their_own_tokens(lazy, phrase, words):
    assert lazy.tokenizer.plain_words(phrase) == words


def test_plain_words_follow_a_change_of_the_affix_rules_and_exceptions(model_dir):
    """`plain_words` remembers which words an affix rule applies to; rules changed after (a new
    prefix, a new exception) are what it answers by."""
    import re

    tokenizer = load(model_dir).tokenizer
    assert tokenizer.plain_words("Kota Sawit") == ["Kota", "Sawit"]
    prefixes = tokenizer.prefix_search
    tokenizer.prefix_search = re.compile(r"^Sa|" + prefixes.__self__.pattern).search
    assert tokenizer.plain_words("Kota Sawit") is None
    tokenizer.prefix_search = prefixes
    assert tokenizer.plain_words("Kota Sawit") == ["Kota", "Sawit"]
    tokenizer.add_special_case("Sawit", [{"ORTH": "Saw"}, {"ORTH": "it"}])
    assert tokenizer.plain_words("Kota Sawit") is None


def test_gazetteer_patterns_are_the_tokens_of_their_phrases(lazy, model_dir):
    """Phrases of plain words become patterns without being tokenized: the same tokens."""
    manifest = json.loads((model_dir / "gazetteers" / "manifest.json").read_text(encoding="utf-8"))
    phrases = {p.strip() for entry in manifest["gazetteers"] if (model_dir / "gazetteers" / entry["file"]).exists()
               for row in nlp.read_tsv(model_dir / "gazetteers" / entry["file"]) for col in entry["phrases"]
               for p in row.get(col, "").split("|") if p.strip()}
    phrases |= {p.upper() for p in phrases} | {nlp._title(p) for p in phrases}
    plain = {p: lazy.tokenizer.plain_words(p) for p in phrases}
    assert sum(w is not None for w in plain.values()) > 0.9 * len(phrases)
    for phrase, words in plain.items():
        if words is not None:
            assert words == [t.text for t in lazy.make_doc(phrase)], phrase


def test_spacy_is_imported_without_its_command_line():
    code = ("import sys, pipeline.nlp, spacy; assert 'spacy.cli' not in sys.modules; "
            "assert spacy.info()['spacy_version'] == spacy.__version__; "
            "import spacy.cli; from spacy.cli.info import info; assert spacy.cli.info is info")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(nlp.__file__).parents[1])


def test_the_model_loads_with_no_full_collection_and_stays_frozen():
    """pipeline.startup: the collector is off while spaCy is imported and the model loaded, then
    what the process holds is frozen, so no later collection walks the model; it is on again."""
    code = ("import gc; full = []\n"
            "gc.callbacks.append(lambda phase, info: phase == 'stop' and info['generation'] == 2 and full.append(1))\n"
            "import pipeline; from pipeline.config import DEFAULT_MODEL\n"
            "pipeline._processor(str(DEFAULT_MODEL)); gc.collect(1)\n"
            "assert 'spacy' in __import__('sys').modules and not full, full\n"
            "assert gc.isenabled() and gc.get_freeze_count() > 50_000, gc.get_freeze_count()")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(nlp.__file__).parents[1])


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


def test_anchored_matcher_finds_what_spacys_matcher_finds(rules):
    """Patterns of a fixed length that begin with a given word are matched only where that word
    is (nlp.AnchoredMatcher); any other pattern makes it match the whole text."""
    from spacy.matcher import Matcher

    patterns = [[{"LOWER": "kepala"}, {"TEXT": {"REGEX": "^Dinas$"}}, {"LOWER": {"IN": ["kesehatan", "gizi"]}}],
                [{"LOWER": "kepala"}, {"LOWER": "dinas"}],
                [{"ORTH": "Rektor"}, {"TEXT": {"REGEX": "^(UIN|Universitas)$"}}],
                [{"TEXT": {"REGEX": "^Kadis(?!pen)[a-z]{2,}$"}}, {"LOWER": "kota"}],
                [{"LOWER": {"REGEX": "^kadis[a-z]+$"}}]]
    text = ("Kepala Dinas Kesehatan dan kepala dinas lain hadir; KEPALA DINAS Pendidikan juga. "
            "Rektor UIN dan rektor Universitas serta Rektor Universitas menandatangani. "
            "Kadisdukcapil Kota Bima, KADISKES Kota, Kadispenad dan Kadisdukcapil kota. Kepala")
    doc = rules.make_doc(text)
    anchored, stock = nlp.AnchoredMatcher(rules.vocab), Matcher(rules.vocab)
    for i, pattern in enumerate(patterns):
        anchored.add(f"P{i}", [pattern])
        stock.add(f"P{i}", [pattern])
    assert anchored.anchored and anchored.length == 3
    assert sorted(anchored(doc)) == sorted(stock(doc)) and len(stock(doc)) == 12
    plain = rules.make_doc("Kepala Dinas Kesehatan dan Kadis hadir.")  # no word a regex finds
    assert sorted(anchored(plain)) == sorted(stock(plain)) and len(stock(plain)) == 2
    # a regex is read only on texts holding the letters it begins with
    assert [nlp._leading_literal(r) for r in ("^Kadis(?!pen)[a-z]{2,}$", "^Kadis?x", "^Ab|Cd", "Kadis", "^(A)")] \
        == ["Kadis", "Kadi", "", "", ""]
    anchored.add("any", [[{"LOWER": "dinas", "OP": "+"}]])  # no fixed length: the whole text
    stock.add("any", [[{"LOWER": "dinas", "OP": "+"}]])
    assert not anchored.anchored
    assert sorted(anchored(doc)) == sorted(stock(doc))


def test_the_models_patterns_are_matched_only_where_one_can_start(rules):
    """A pattern the AnchoredMatcher cannot anchor makes every text pay spaCy's Matcher on each
    of its tokens (a first-token REGEX did so for a session, a ninth of the rule stage on news):
    the model's own patterns must all be anchored."""
    matcher = rules.get_pipe("patterns").matchers["tokens"]
    assert matcher.anchored and matcher.regex_anchors


def test_only_the_attributes_the_rules_read_are_computed(rules):
    """A new word's shape, URL and number likeness are not computed (nlp._keep_read_attributes):
    the gazetteers and patterns read its text and lower case."""
    from spacy.attrs import LOWER, SHAPE

    getters = rules.vocab.lex_attr_getters
    assert LOWER in getters and SHAPE not in getters
    assert rules.make_doc("Katabarusekali")[0].lower_ == "katabarusekali"


def test_gazetteer_match_keys_are_made_without_attributes(model_dir):
    """A gazetteer's match keys ("PROVINCE\tID-KS ...") are words of the vocabulary no rule reads:
    made without spaCy's attribute getters (a tenth of a second of every start), which are
    back for the words of texts."""
    from spacy.attrs import LOWER

    own = load(model_dir)
    matchers = own.get_pipe("gazetteers").matchers.values()
    keys = [s for s in own.vocab.strings if "\t" in s and any(s in m for m in matchers)]
    assert len(keys) > 1000 and all(own.vocab[k].lower_ == "" for k in keys)
    assert LOWER in own.vocab.lex_attr_getters
    assert own.make_doc("Provinsibaruku")[0].lower_ == "provinsibaruku"


def test_a_pattern_added_in_memory_gets_the_attributes_it_reads(model_dir):
    from spacy.attrs import IS_TITLE

    own = load(model_dir)
    assert IS_TITLE not in own.vocab.lex_attr_getters
    own.get_pipe("patterns").add_rules("extra.jsonl", {"label": "TITLE", "id": "x|none",
                                                       "pattern": [{"LOWER": "ketua"}, {"IS_TITLE": True}]})
    assert IS_TITLE in own.vocab.lex_attr_getters
    assert [m.text for m in nlp.analyse(own, "Ketua Baruhadir datang.")[1] if m.kb_id == "x|none"] == ["Ketua Baruhadir"]


def test_runs_kept_start_again_when_the_cache_is_full(model_dir, stock, monkeypatch):
    """Past `_CHUNK_CACHE` runs the kept runs are let go, before a text's new runs are chosen:
    its runs seen before are tokenized again, not looked up in the emptied cache."""
    own = load(model_dir)
    monkeypatch.setattr(nlp, "_CHUNK_CACHE", 3)
    for text in ["Bupati Sigi hadir di kantor.", "Bupati Sigi menandatangani nota (MoU) hari ini."]:
        assert tokens(own, text) == tokens(stock, text)
    assert len(own.tokenizer._chunks) <= 3 + len("Bupati Sigi menandatangani nota (MoU) hari ini.".split())
