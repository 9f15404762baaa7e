"""Read an output folder back as pandas DataFrames, with the dtypes researchers expect.

    >>> import pipeline
    >>> t = pipeline.load("outputs")
    >>> t.events_with_documents()        # each event with its article's title, url, date

Every table of `pipeline/writers.py` SCHEMAS is read with pyarrow.dataset, so a folder written by
many runs (many part files, hive partitions, hidden temporary files) reads as one table. A table
that is not on disk (`agreements` and `runs` before they existed) is an empty frame with its
columns. Dtypes: dates are datetime64[ns], run times datetime64[ns, UTC]; vocabulary columns are
categorical (categories as observed); integers are nullable (Int16, Int32); list columns hold
Python lists (a null list reads as []); text columns are object (pandas 2, a missing text None) or
str (pandas 3, a missing text NaN): test with pd.isna.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from .writers import SCHEMAS, committed_files, current_rows

TABLES = ("documents", "events", "people", "scores", "agreements", "runs")

# Closed-vocabulary and code columns read as categoricals: small, and groupby/plots list them.
CATEGORICAL = {
    "documents": ("status", "outlet"),
    "events": ("agreement_type", "date_precision"),
    "people": ("role", "province_code"),
    "scores": ("province_code", "zone", "grade", "kind"),
    "agreements": ("agreement_type", "date_precision"),
    "runs": ("status",),
}


def schema(table: str) -> pa.Schema:
    """The Arrow schema a table is written with."""
    return SCHEMAS[table]


@dataclass
class Tables:
    """The tables of one output folder; `present` names those found on disk."""

    documents: pd.DataFrame
    events: pd.DataFrame
    people: pd.DataFrame
    scores: pd.DataFrame
    agreements: pd.DataFrame
    runs: pd.DataFrame
    present: frozenset[str] = field(default_factory=frozenset)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{t}={len(getattr(self, t))}" + ("" if t in self.present else " (absent)")
                          for t in TABLES)
        return f"Tables({sizes})"

    def events_with_documents(self, text: bool = False) -> pd.DataFrame:
        """One row per event with its document's columns (title, url, outlet, published_date …);
        the document `text` only when asked, it is large."""
        docs = self.documents if text else self.documents.drop(columns=["text"], errors="ignore")
        return self.events.merge(docs, on="doc_id", how="left", suffixes=("", "_document"),
                                 validate="many_to_one")

    def signatories(self) -> pd.DataFrame:
        """One row per person the text says signed, with the event they signed (event columns
        that clash with the person's, such as start_char, get the suffix `_event`)."""
        signed = self.people[self.people["is_signatory"].fillna(False).astype(bool)]
        return signed.merge(self.events, on=["event_id", "doc_id"], how="left", suffixes=("", "_event"),
                            validate="many_to_one").reset_index(drop=True)

    def agreements_with_sources(self) -> pd.DataFrame:
        """One row per (agreement, event reporting it): the agreement's columns, then the event's
        (suffix `_event` where they clash) and its document's (suffix `_document`)."""
        if "agreements" not in self.present:
            raise LookupError("this output folder has no agreements table (written by newer runs); "
                              "use events_with_documents() instead")
        rows = self.agreements.explode("event_ids", ignore_index=True).rename(columns={"event_ids": "event_id"})
        rows = rows.merge(self.events, on="event_id", how="left", suffixes=("", "_event"), validate="many_to_one")
        docs = self.documents.drop(columns=["text"], errors="ignore")
        return rows.merge(docs, on="doc_id", how="left", suffixes=("", "_document"), validate="many_to_one")


def load(out: str | Path, history: bool = False) -> Tables:
    """Every table of the output folder `out` as DataFrames (see the module docstring for dtypes).

    Only committed rows, as one snapshot (writers.committed_files): safe while a run or a
    compaction writes the folder; when one removes a file being read, the folder is read again.
    Of a document processed again with another rule model (--reprocess) only the rows of its
    latest revision are read; `history=True` reads every revision (column `revision`)."""
    out = Path(out)
    if not out.is_dir():
        raise FileNotFoundError(f"not an output folder: {out}")
    for attempt in range(20):
        try:
            arrows = {t: read_table(out / t, schema(t), files) for t, files in committed_files(out).items()}
            break
        except FileNotFoundError:  # a compaction or a run's recovery removed a part meanwhile
            if attempt == 19:
                raise
            time.sleep(0.1)
    if not history and arrows["documents"] is not None:
        for table in ("events", "people", "scores", "documents"):  # documents last: the others need it whole
            if arrows[table] is not None:
                arrows[table] = current_rows(arrows["documents"], arrows[table])
    frames, present = {}, set()
    for table in TABLES:
        arrow = arrows[table]
        if arrow is None:
            arrow = schema(table).empty_table()
        else:
            present.add(table)
        frames[table] = to_pandas(arrow, CATEGORICAL.get(table, ()))
    return Tables(**frames, present=frozenset(present))


def read_table(folder: Path, expected: pa.Schema, files: list[Path]) -> pa.Table | None:
    """The Parquet `files` of a table folder as one Arrow table, or None when there are none.

    Columns missing from older parts read as null; columns the expected schema does not know
    are kept (a newer writer's); hive partition folders (`year=2024/`) become columns. A file
    that is not Parquet raises ValueError naming it."""
    if not files:
        return None
    paths = [str(p) for p in files]

    def dataset(schema=None):
        return ds.dataset(paths, format="parquet", partitioning="hive", partition_base_dir=str(folder),
                          schema=schema)

    try:
        found = dataset()
        schemas = [frag.physical_schema for frag in found.get_fragments()]
    except pa.ArrowInvalid as exc:
        raise ValueError(f"{folder} holds a file that is not Parquet ({exc}): move it out of the folder; "
                         f"`sepakat check {folder.parent}` lists what else is wrong") from None
    partitions = found.partitioning.schema if found.partitioning else pa.schema([])
    unified = pa.unify_schemas([expected, *schemas, partitions], promote_options="permissive")
    return dataset(unified).to_table()


def to_pandas(arrow: pa.Table, categorical: tuple[str, ...] = ()) -> pd.DataFrame:
    """Arrow -> pandas with datetime64[ns] dates, nullable integers, lists as lists."""
    nullable_ints = {pa.int8(): pd.Int8Dtype(), pa.int16(): pd.Int16Dtype(),
                     pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype()}
    df = arrow.to_pandas(types_mapper=nullable_ints.get, date_as_object=False)
    for f in arrow.schema:
        col = f.name
        if pa.types.is_date(f.type) or pa.types.is_timestamp(f.type):
            tz = getattr(f.type, "tz", None)
            df[col] = df[col].astype(f"datetime64[ns, {tz}]" if tz else "datetime64[ns]")
        elif pa.types.is_list(f.type) or pa.types.is_large_list(f.type):
            df[col] = pd.Series([[] if v is None else list(v) for v in df[col]], index=df.index, dtype=object)
        elif col in categorical:
            df[col] = df[col].astype("category")
    return df
