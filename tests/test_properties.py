"""Property tests: whatever bytes arrive in a nightly folder, the reader and the per-document stages
turn them into Articles with a status of the contract's vocabulary; no exception escapes.

Kept fast (max_examples 50 per property, the rule model loaded once for the module)."""
from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pyarrow as pa

from pipeline.config import DEFAULT_MODEL
from pipeline.readers import read_file
from pipeline.records import NO_EVENT_REASONS
from pipeline.stages import Processor
from pipeline.writers import SCHEMAS, article_rows

STATUSES = {"ok", "no_event", "skipped", "failed"}
SETTINGS = settings(max_examples=50, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces of Indonesian news pages: markup (well and badly formed), entities, and words that reach
# the rules (instruments, signing verbs, titles, dates in the forms the press writes them).
FRAGMENTS = [
    "<html>", "</html>", "<head>", "<title>", "</title>", "<body>", "</body>", "<article>", "</article>",
    "<p>", "</p>", "<div class='isi'>", "</div>", "<br>", "<h1>", "</h1>", "<script>var x = '<p>';</script>",
    "<style>p{}</style>", "<!--", "-->", "<![CDATA[", "]]>", "<meta charset='windows-1252'>",
    "<meta property='article:published_time' content='2024-08-14T10:00:00+08:00'>",
    "<meta property='og:url' content='https://kabar.example/2024/08/14/mou'>", "&amp;", "&nbsp;", "&#0;",
    "&#x110000;", "&bogus;", "<", ">", "\"", "'", "\n", "\n\n", "\t", "\x00", "\u00a0", "\ufeff",
    "PALU – ", "Pemerintah Provinsi Sulawesi Tengah", "Ombudsman RI", "Pemkab Donggala",
    " menandatangani Nota Kesepahaman ", " Perjanjian Kerja Sama (PKS) ", " MoU ", " Kesepakatan Bersama ",
    "Rabu (14/8/2024)", "Kamis (22/06)", "Senin 3 Juni 2024", "31/2/2024", "Oktober 2021", "(99/99/9999)",
    "Gubernur Sulteng, Burhanuddin Tawil Lasawedi, ", "Pj. Bupati Donggala, Dr. Rahmat Kasim, M.Si., ",
    "Ketua Ombudsman RI, Wahyuni Setyaningrum Harahap", "nilai 86,6 zona hijau", "Opini Kualitas Tinggi",
    "Baca juga: ", "Penulis: Rini | Editor: Agus", "ditandatangani", "disaksikan", ". ", ", ",
]
htmlish = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=60).map("".join)
meta_value = st.one_of(st.none(), st.text(max_size=30), st.integers(), st.sampled_from(
    ["2024-08-14", "2024-02-30", "14/8/2024", "https://kabar.example/a", ""]))
string_record = st.fixed_dictionaries({}, optional={
    "html": htmlish, "text": htmlish, "url": st.text(max_size=40), "title": st.text(max_size=40),
    "published": st.sampled_from(["2024-08-14", "2024-08-14T10:00:00+08:00", "2024-02-30", "kemarin", ""])})
record = st.fixed_dictionaries({}, optional={
    "html": htmlish, "text": htmlish, "url": meta_value, "title": meta_value, "published": meta_value,
    "fetched_at": meta_value})
jsonl_line = st.one_of(record.map(json.dumps), htmlish, st.binary(max_size=200).map(
    lambda b: b.decode("latin-1")))
jsonl_bytes = st.lists(jsonl_line, max_size=6).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))

_names = itertools.count()


@pytest.fixture(scope="module")
def processor() -> Processor:
    return Processor(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("props")


def through_stages(processor: Processor, path: Path) -> list:
    """What a run does to one file before writing: read, text stage, rules stage."""
    out = []
    for art in read_file(path):
        art = processor.rules(processor.text(art))
        out.append(art)
    return out


def check(articles: list, path: Path) -> None:
    for art in articles:
        assert art.status in STATUSES, (art.source, art.status)
        if art.status in ("skipped", "failed"):
            assert isinstance(art.error, str) and art.error.strip(), (art.source, art.status, art.error)
        else:  # a document with no event says why, in words and as a code (records.NO_EVENT_REASONS)
            assert art.error == NO_EVENT_REASONS.get(art.reason) and isinstance(art.text, str) and art.text
        assert art.source.split("#")[0] == str(path)
    assert len({a.doc_id for a in articles}) == len(articles)  # one id per document


def schema_problems(art) -> list[str]:
    """What keeps an article's rows from being written as the tables' Parquet parts."""
    problems = []
    for table, rows in article_rows(art).items():
        try:
            pa.Table.from_pylist(rows, schema=SCHEMAS[table])
        except (pa.ArrowException, TypeError, ValueError) as exc:
            problems.append(f"{table}: {type(exc).__name__}: {exc}")
    return problems


def non_blank_lines(data: bytes) -> int:
    """Records of a JSONL file: lines end at b"\\n" only (a lone "\\r" is inside a line)."""
    return sum(1 for line in data.split(b"\n") if line.strip())


@SETTINGS
@given(data=st.one_of(st.binary(max_size=3000), htmlish.map(lambda s: s.encode("utf-8", "surrogatepass"))),
       suffix=st.sampled_from([".html", ".txt"]))
def test_any_page_or_text_file_gives_one_article(processor, folder, data, suffix):
    path = folder / f"doc-{next(_names)}{suffix}"
    path.write_bytes(data)
    articles = through_stages(processor, path)
    assert len(articles) == 1
    check(articles, path)


@SETTINGS
@given(data=st.one_of(jsonl_bytes, st.binary(max_size=2000)))
def test_any_jsonl_file_gives_one_article_per_non_blank_line(processor, folder, data):
    path = folder / f"feed-{next(_names)}.jsonl"
    path.write_bytes(data)
    articles = through_stages(processor, path)
    lines = non_blank_lines(data)
    check(articles, path)
    if lines:
        assert len(articles) == lines
        assert all(a.source.rsplit("#", 1)[1].isdigit() for a in articles)
    else:  # a file of no record is one row that says so, not none
        assert [(a.source, a.reason) for a in articles] == [(str(path), "no_records")]


@SETTINGS
@given(records=st.lists(string_record, min_size=1, max_size=4))
def test_rows_of_any_jsonl_record_with_string_metadata_fit_the_table_schemas(processor, folder, records):
    path = folder / f"typed-{next(_names)}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    for art in through_stages(processor, path):
        assert not schema_problems(art), (art.source, art.status)


@pytest.mark.parametrize("meta", [{"title": ["Pemkab Buol dan Ombudsman RI Teken Nota Kesepahaman"]},
                                  {"url": 20240814}], ids=["title-list", "url-number"])
def test_rows_of_a_record_with_non_string_metadata_fit_the_table_schemas(processor, tmp_path, meta):
    text = ("Pemkab Buol dan Ombudsman RI Teken Nota Kesepahaman\n\nBUOL – Pemerintah Kabupaten Buol dan "
            "Ombudsman Republik Indonesia Perwakilan Provinsi Sulawesi Tengah menandatangani Nota "
            "Kesepahaman tentang pengawasan pelayanan publik di Aula Kantor Bupati Buol, Kamis (5/9/2024).\n")
    path = tmp_path / "scrapy.jsonl"
    path.write_text(json.dumps({"text": text, **meta}) + "\n", encoding="utf-8")
    (art,) = through_stages(processor, path)
    assert not schema_problems(art), schema_problems(art)
