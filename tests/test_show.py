"""pipeline.show: one article file through pipeline.extract, as plain-text tables."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.show import WIDTH, show

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_text_file():
    shown = show(CORPUS / "txt" / "pks-ombudsman-kalbar-sanggau.txt")
    assert shown.startswith(str(CORPUS / "txt" / "pks-ombudsman-kalbar-sanggau.txt"))
    for heading in ("DOCUMENTS (1)", "EVENTS (", "PEOPLE (", "SCORES (0)"):
        assert heading in shown
    assert "perjanjian_kerja_sama" in shown and "2024-06-03" in shown
    assert "evidence [" in shown and "Agustinus Ria Pratama" in shown
    assert max(len(line) for line in shown.splitlines()) <= WIDTH + 10


def test_windows_1252_html_file():
    shown = show(str(CORPUS / "html" / "kepatuhan-2023-pemkab-manggarai-barat.html"))
    assert "no_event" in shown and "EVENTS (0)" in shown
    assert "Stefanus Rémy Lewar" in shown  # é from byte 0xE9, decoded as the page declares
    assert "79.12" in shown


def test_text_string_and_missing_file():
    shown = show("Gubernur Kalsel, H. Sahbirin Noor menandatangani Nota Kesepahaman dengan Ombudsman RI, "
                 "Kamis (28/10/2021).")
    assert shown.startswith("<text>") and "nota_kesepahaman" in shown and "Sahbirin Noor" in shown
    with pytest.raises(FileNotFoundError):
        show(CORPUS / "no-such-file.txt")


def test_a_one_line_text_longer_than_a_file_name_is_the_article():
    """A text of one line no file could be named (over 255 bytes) is read, not taken for a path."""
    text = ("Gubernur Kalsel, H. Sahbirin Noor menandatangani Nota Kesepahaman dengan Ombudsman RI di "
            "Banjarmasin, Kamis 28 Oktober 2021, disaksikan para kepala daerah se-Kalimantan Selatan dan "
            "jajaran Perwakilan Ombudsman RI Provinsi Kalimantan Selatan di Aula Gedung Mahligai Pancasila.")
    assert len(text.encode()) > 255 and "\n" not in text and "/" not in text
    shown = show(text)
    assert shown.startswith("<text>") and "nota_kesepahaman" in shown


def test_one_record_of_a_jsonl_or_warc_file_by_its_number():
    """`FILE#N` as in the `source` column: the record a batch run reads, with its url and date."""
    from pipeline.readers import read_file

    for path in (CORPUS / "jsonl" / "articles.jsonl", CORPUS / "warc" / "pages.warc.gz"):
        for art in read_file(path):
            shown = show(art.source)
            assert shown.startswith(art.source + "\n"), shown[:200]
            assert "DOCUMENTS (1)" in shown
    first, second = (show(f"{CORPUS / 'jsonl' / 'articles.jsonl'}#{n}") for n in (0, 1))
    assert first != second


@pytest.mark.parametrize("what, message", [
    ("jsonl/articles.jsonl#9", r"articles\.jsonl: no record 9; it holds 2 article record\(s\) \(records 0 to 1\)"),
    ("jsonl/articles.jsonl", r"articles\.jsonl: give one record as FILE#N \(N from 0\)"),
    ("txt/pks-ombudsman-kalbar-sanggau.txt#0", r"only JSONL and WARC files hold numbered records"),
    ("txt", r"txt: a folder; show reads one article file"),
    ("README.md", r"README\.md: not a file type show reads"),
])
def test_what_cannot_be_shown_says_why(what, message):
    from pipeline.show import ShowError

    with pytest.raises(ShowError, match=message):
        show(str(CORPUS / what))


def test_another_rule_model(tmp_path):
    """`show --model DIR`: the article read with an edited copy of the rules, and the version said."""
    import shutil

    from .conftest import MODEL

    model = tmp_path / "model"
    shutil.copytree(MODEL, model)
    instruments = model / "gazetteers" / "instruments.tsv"
    # the paper's name and its abbreviation typed otherwise: the body reports the signing with both
    instruments.write_text(instruments.read_text(encoding="utf-8").replace(
        "perjanjian kerja sama\tperjanjian_kerja_sama", "perjanjian kerja sama\tlainnya").replace(
        "PKS\tperjanjian_kerja_sama", "PKS\tlainnya"), encoding="utf-8")
    article = CORPUS / "txt" / "pks-ombudsman-kalbar-sanggau.txt"
    ours, theirs = show(article), show(article, model=model)
    assert "perjanjian_kerja_sama" in ours.split("EVENTS")[1].split("\n")[3]
    assert "lainnya" in theirs.split("EVENTS")[1].split("\n")[3]
    assert theirs.splitlines()[1].startswith("rule model 0.1.0+") and str(model) in theirs.splitlines()[1]
    assert ours.splitlines()[1].split()[2] != theirs.splitlines()[1].split()[2]


@pytest.mark.parametrize("args, message", [
    (["corpus/txt"], "sepakat: corpus/txt: a folder; show reads one article file"),
    (["README.md"], "sepakat: README.md: not a file type show reads"),
    (["corpus/jsonl/articles.jsonl#7"], "sepakat: corpus/jsonl/articles.jsonl: no record 7"),
    (["nothing-here.txt"], "sepakat: file not found: nothing-here.txt"),
    (["Gubernur Kalsel menandatangani nota kesepahaman " * 8], "sepakat: file not found: Gubernur Kalsel"),
    (["corpus/txt/pks-ombudsman-kalbar-sanggau.txt", "--model", "corpus"],
     "sepakat: corpus: not a rule model directory (no config.cfg)"),
])
def test_command_line_mistakes_are_one_line_and_exit_2(cli, args, message):
    proc = cli("show", *args, check=False)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(message) and proc.stderr.count("\n") == 1, proc.stderr
