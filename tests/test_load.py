"""pipeline.load on real runs over corpus/: dtypes, lists, several runs in one folder, absent tables,
and the joins researchers write (events with documents, signatories, agreements with sources)."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.tables import load
from pipeline.writers import SCHEMAS

LIST_COLUMNS = {"events": ("province_codes", "parties", "scope", "signatories"),
                "agreements": ("event_ids", "doc_ids", "province_codes", "signatories", "scope")}


@pytest.fixture(scope="module")
def out(cli, tmp_path_factory) -> Path:
    """An output folder written by two runs: the .txt articles first, then the whole corpus
    (which adds only the documents the first run did not have)."""
    out = tmp_path_factory.mktemp("load") / "out"
    cli("run", "corpus/txt", "--out", out, "--quiet")
    cli("run", "corpus", "--out", out, "--quiet")
    return out


@pytest.fixture(scope="module")
def tables(out):
    return load(out)


def test_every_document_once_across_two_runs(out, tables):
    assert len(list((out / "documents").glob("part-*.parquet"))) >= 2
    assert len(tables.documents) == 12 and tables.documents["doc_id"].is_unique
    assert set(tables.documents["status"]) == {"ok", "no_event"}
    for table in ("documents", "events", "people", "scores"):
        assert len(getattr(tables, table)) == len(pd.read_parquet(out / table)), table
    if "runs" in tables.present:
        assert len(tables.runs) == 2
        assert isinstance(tables.runs["started"].dtype, pd.DatetimeTZDtype)


def test_dtypes(tables):
    assert tables.documents["published_date"].dtype == "datetime64[ns]"
    assert tables.events["event_date"].dtype == "datetime64[ns]"
    for table, column in [("documents", "status"), ("events", "agreement_type"), ("people", "role"),
                          ("people", "province_code"), ("scores", "province_code")]:
        assert isinstance(getattr(tables, table)[column].dtype, pd.CategoricalDtype), (table, column)
    assert tables.scores["year"].dtype == "Int16"
    assert tables.events["primary"].dtype == bool
    for table, columns in LIST_COLUMNS.items():
        for column in columns:
            assert all(type(v) is list for v in getattr(tables, table)[column]), (table, column)


def test_values_of_one_article(tables):
    """corpus #7: the MoU of Pemkab Sumbawa Barat and Universitas Mataram, Kamis (22/06) of 2023."""
    docs = tables.documents
    doc = docs[docs["source"].str.endswith("mou-pemkab-sumbawa-barat-universitas-mataram.html")].iloc[0]
    assert doc["published_date"] == pd.Timestamp("2023-06-23")
    event = tables.events[tables.events["doc_id"] == doc["doc_id"]].iloc[0]
    assert event["agreement_type"] == "mou"
    assert event["event_date"] == pd.Timestamp("2023-06-22")
    assert event["province_codes"] == ["ID-NB"]
    assert "pengembangan_sdm" in event["scope"]


def test_events_with_documents(tables):
    joined = tables.events_with_documents()
    assert len(joined) == len(tables.events)
    assert joined["title"].notna().all() and "text" not in joined
    assert (joined["status"] == "ok").all()
    assert joined["published_date"].dtype == "datetime64[ns]"
    assert "text" in tables.events_with_documents(text=True)


def test_signatories(tables):
    signers = tables.signatories()
    assert len(signers) == int(tables.people["is_signatory"].sum()) > 0
    assert signers["agreement_type"].notna().all()  # every signatory's event was found
    assert {"start_char", "start_char_event", "evidence"} <= set(signers.columns)
    assert "gubernur" in set(signers["role"])


def test_agreements_with_sources(tables):
    if "agreements" not in tables.present:
        pytest.skip("this pipeline does not write the agreements table yet")
    joined = tables.agreements_with_sources()
    assert len(joined) == sum(len(ids) for ids in tables.agreements["event_ids"])
    assert set(joined["event_id"]) <= set(tables.events["event_id"])
    assert joined["doc_id"].notna().all() and joined["title"].notna().all()
    for _, row in joined.iterrows():  # each source's document is one of the agreement's doc_ids
        assert row["doc_id"] in row["doc_ids"]


def test_absent_tables_are_empty_with_their_columns(out, tmp_path):
    partial = tmp_path / "partial"
    for table in ("documents", "events"):
        shutil.copytree(out / table, partial / table)
    tables = load(partial)
    assert tables.present == {"documents", "events"}
    assert len(tables.events) > 0
    for table in ("people", "scores", "agreements", "runs"):
        df = getattr(tables, table)
        assert df.empty
    assert list(tables.people.columns) == SCHEMAS["people"].names
    assert tables.agreements["event_date"].dtype == "datetime64[ns]"
    assert isinstance(tables.people["role"].dtype, pd.CategoricalDtype)
    assert tables.signatories().empty
    with pytest.raises(LookupError, match="agreements"):
        tables.agreements_with_sources()


def test_hidden_files_and_older_parts(out, tmp_path):
    """Temporary parts of a run in progress are skipped; a part written before a column existed
    reads with that column null."""
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    (copy / "events" / ".part-unfinished.parquet.tmp").write_bytes(b"half a file")
    old = pa.Table.from_pylist([{"doc_id": "0123456789abcdef", "source": "old/run.txt", "status": "no_event",
                                 "published_date": dt.date(2020, 1, 2)}],
                               schema=pa.schema([f for f in SCHEMAS["documents"] if f.name in
                                                 ("doc_id", "source", "status", "published_date")]))
    pq.write_table(old, copy / "documents" / "part-olderrun.parquet")
    tables = load(copy)
    assert len(tables.events) == len(load(out).events)
    assert len(tables.documents) == 13
    row = tables.documents.set_index("doc_id").loc["0123456789abcdef"]
    # a missing title: None under pandas 2, NaN under pandas 3 (its `str` dtype)
    assert row["published_date"] == pd.Timestamp("2020-01-02") and pd.isna(row["title"])


