"""Writers: explicit pyarrow schemas (CONTRACT.md) and Parquet datasets with atomic part files.

Each table is a folder `OUT/<table>/` of `part-*.parquet` files. A part is written to a
temporary name and renamed when complete, so a reader never sees half a file.
"""
from __future__ import annotations

import errno
import json
import logging
import os
import re
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .records import article_rows, one_line  # noqa: F401  (article_rows re-exported; kept apart from pyarrow)

log = logging.getLogger("sepakat")

_str, _list = pa.string(), pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _str), ("source", _str), ("url", _str), ("title", _str), ("outlet", _str),
        ("published_date", pa.date32()), ("status", _str), ("error", _str),
        ("n_events", pa.int32()), ("text", _str),
    ]),
    "events": pa.schema([
        ("event_id", _str), ("doc_id", _str), ("agreement_type", _str), ("agreement_label", _str),
        ("event_date", pa.date32()), ("date_precision", _str), ("province_codes", _list),
        ("city", _str), ("venue", _str), ("parties", _list), ("scope", _list), ("primary", pa.bool_()),
        ("evidence", _str), ("start_char", pa.int32()), ("end_char", pa.int32()),
        ("signatories", _list),
    ]),
    "people": pa.schema([
        ("doc_id", _str), ("event_id", _str), ("name", _str), ("title", _str), ("role", _str),
        ("acting", pa.bool_()), ("province_code", _str), ("is_signatory", pa.bool_()),
        ("start_char", pa.int32()), ("end_char", pa.int32()),
    ]),
    "scores": pa.schema([
        ("doc_id", _str), ("event_id", _str), ("subject", _str), ("province_code", _str),
        ("year", pa.int16()), ("value", pa.float64()), ("zone", _str), ("grade", _str),
        ("kind", _str), ("evidence", _str),
    ]),
}
SCHEMAS["documents"] = SCHEMAS["documents"].append(pa.field("supersedes", _str)).append(pa.field("reason", _str))
# Which rules made a document's rows, and how many times it was processed before (--reprocess):
# a document's rows of the highest revision are its current ones (see current_rows).
SCHEMAS["documents"] = SCHEMAS["documents"].append(pa.field("model_version", _str)) \
    .append(pa.field("revision", pa.int32()))
for _table in ("events", "people", "scores"):
    SCHEMAS[_table] = SCHEMAS[_table].append(pa.field("revision", pa.int32()))
SCHEMAS["agreements"] = pa.schema([
    ("agreement_id", _str), ("event_ids", _list), ("doc_ids", _list), ("n_sources", pa.int32()),
    ("agreement_type", _str), ("event_date", pa.date32()), ("date_precision", _str),
    ("province_codes", _list), ("signatories", _list), ("scope", _list),
])
SCHEMAS["runs"] = pa.schema([
    ("run_id", _str), ("started", pa.timestamp("s", tz="UTC")), ("ended", pa.timestamp("s", tz="UTC")),
    ("code_version", _str), ("model_version", _str), ("options", _str), ("status", _str),
    ("n_read", pa.int32()), ("n_already_done", pa.int32()), ("n_ok", pa.int32()), ("n_no_event", pa.int32()),
    ("n_skipped", pa.int32()), ("n_failed", pa.int32()), ("n_events", pa.int32()),
    ("reason", _str), ("n_reprocessed", pa.int32()), ("n_other_model", pa.int32()),
])
# The tables one batch of documents writes. `documents` goes last: its part is the commit mark
# of the batch, so a batch whose documents part is missing was never finished (see recover()).
TABLES = ("events", "people", "scores", "documents")


def current_rows(documents: pa.Table, rows: pa.Table) -> pa.Table:
    """The rows of `rows` (documents, events, people or scores) that belong to the current revision
    of their document: the highest `revision` among its `documents` rows. A document processed
    again with another rule model (--reprocess) keeps its earlier rows on disk; readers take these.
    A missing revision (rows written before revisions existed) counts as 0."""
    import pyarrow.compute as pc

    if "revision" not in rows.column_names or "revision" not in documents.column_names:
        return rows
    revisions = pc.fill_null(documents.column("revision"), 0)
    if len(revisions) == 0 or pc.max(revisions).as_py() == 0:
        return rows  # nothing was processed again: every row is current
    latest = pa.table({"doc_id": documents.column("doc_id"), "revision": revisions}) \
        .group_by("doc_id").aggregate([("revision", "max")])
    wanted = _revision_keys(latest.column("doc_id"), latest.column("revision_max"))
    keys = _revision_keys(rows.column("doc_id"), pc.fill_null(rows.column("revision"), 0))
    return rows.filter(pc.is_in(keys, value_set=pa.concat_arrays(wanted.chunks)))


def _revision_keys(doc_ids, revisions):
    import pyarrow.compute as pc

    return pc.binary_join_element_wise(doc_ids, pc.cast(revisions, pa.string()), "#")


def warm_pyarrow() -> None:
    """pyarrow imports pandas (about 0.6 s) the first time it converts Python values: do it now,
    where it costs nothing (in the writing process while its workers start)."""
    pa.array([None], pa.string())


def read_parts(parts: list[Path], schema: pa.Schema, columns: list[str] | None = None) -> pa.Table:
    """The rows of a table's part files as one table of `schema` (only `columns`, if given): a
    column a part lacks (written before the column existed) is null there. Read file by file
    with `ParquetFile`, not as a pyarrow dataset, whose import brings pandas (0.6 s) to
    compaction and to the reading of a run's state, which need none of it."""
    fields = [schema.field(c) for c in (columns or schema.names)]
    wanted = pa.schema(fields)
    tables = []
    for part in parts:
        data = pq.ParquetFile(part)
        have = set(data.schema_arrow.names)
        table = data.read(columns=[f.name for f in fields if f.name in have])
        tables.append(pa.table([table.column(f.name).cast(f.type) if f.name in have
                                else pa.nulls(table.num_rows, f.type) for f in fields], schema=wanted))
    return pa.concat_tables(tables) if tables else wanted.empty_table()


class PartWriter:
    """Buffers rows per table and writes them as one batch (`write_batch`) every `rows_per_part`
    documents and on `flush`."""

    def __init__(self, out: Path, prefix: str = "part", rows_per_part: int = 2_000):
        self.out = Path(out)
        self.prefix = prefix
        self.rows_per_part = rows_per_part
        self.buffers: dict[str, list[dict]] = {t: [] for t in TABLES}
        self.on_commit = None  # called with the flushed documents' rows once they are durable

    def add(self, tables: dict[str, list[dict]]) -> None:
        """Rows per table (records.article_rows) of one or more documents."""
        for table, rows in tables.items():
            self.buffers[table].extend(rows)
        if len(self.buffers["documents"]) >= self.rows_per_part:
            self.flush()

    def flush(self) -> list[Path]:
        paths = write_batch(self.out, self.buffers, self.prefix)
        if paths and self.on_commit is not None:
            self.on_commit(self.buffers["documents"])
        self.buffers = {t: [] for t in TABLES}
        return paths


def write_batch(out: Path, tables: dict[str, list[dict]], prefix: str = "part") -> list[Path]:
    """One batch of rows: a part file per table, all with one token, `documents` last, so its part
    marks the batch complete; a batch interrupted before that leaves parts that `recover`
    removes. An empty table still gets a part (its schema on disk); no documents, no batch."""
    if not tables["documents"]:
        return []
    token = uuid.uuid4().hex[:12]
    return [write_part(Path(out) / table, f"{prefix}-{token}.parquet", _table(tables[table], SCHEMAS[table]))
            for table in TABLES]


def _table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Rows as a table of `schema`, built a column at a time (half the time of `from_pylist`)."""
    return pa.table([pa.array([r.get(f.name) for r in rows], type=f.type) for f in schema], schema=schema)


class OutputError(OSError):
    """The output folder cannot be written, for a reason its owner can fix: the message says
    which folder, what is wrong and what to do, in one line."""

    def __str__(self) -> str:
        return self.strerror


def output_error(exc: OSError, path: Path) -> OutputError:
    """`exc`, raised while writing `path`, as an OutputError with a one-line message."""
    path = Path(path)
    code = exc.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        what = "disk full" if code == errno.ENOSPC else "disk quota exceeded"
        msg = f"{what} writing {path}: free space and run again; nothing committed is lost"
    elif code == errno.EROFS:
        msg = f"{path} is on a read-only file system: give --out a writable folder"
    elif code in (errno.EACCES, errno.EPERM):
        msg = f"permission denied writing {path}: give --out a folder you may write to"
    elif code in (errno.ENOTDIR, errno.EEXIST):
        file = next((p for p in (path, *path.parents) if p.exists() and not p.is_dir()), path)
        msg = f"{file} is a file, not a folder: give --out a folder"
    else:
        msg = f"cannot write {path}: {exc.strerror or exc}"
    return OutputError(code, msg)


def write_part(folder: Path, name: str, table: pa.Table) -> Path:
    """Write to a hidden temporary file, fsync, then rename: readers skip names starting with '.'.
    A failure (a full disk) raises OutputError naming the folder; the temporary file is removed."""
    final, tmp = folder / name, folder / f".{name}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        _fsync_dir(folder)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # the next run's recover() removes it
        raise output_error(exc, folder) from exc
    return final


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# The names this package gives the files it writes: a batch's parts share a token (a compaction's
# too); a part is written as a hidden temporary file first. Recovery removes nothing else.
_OUR_PART = re.compile(r"part-([0-9a-f]{12})\.parquet")
_OUR_TMP = re.compile(r"\.(part-[0-9a-f]{12}|part-all|run-[\w-]+)\.parquet\.tmp")


def token(part: Path) -> str:
    """The batch token of a part file: `part-<token>.parquet`."""
    return part.name[len("part-"):-len(".parquet")]


# A compaction (compact.py) lists the parts it replaces in this file until they are deleted.
MARKER = ".compacting.json"


def compaction_plan(out: Path) -> dict | None:
    """The plan of a compaction under way or killed: {"token": its parts' token, "old": the parts
    it replaces, relative to `out`}; None when there is none."""
    try:
        return json.loads((Path(out) / MARKER).read_text())
    except FileNotFoundError:
        return None


def finish_compaction(out: Path) -> None:
    """Complete or abandon a compaction a killed process left behind."""
    plan = compaction_plan(out)
    if plan is None:
        return
    if (Path(out) / "documents" / f"part-{plan['token']}.parquet").exists():
        for name in plan["old"]:
            (Path(out) / name).unlink(missing_ok=True)
    (Path(out) / MARKER).unlink()


def recover(out: Path) -> list[Path]:
    """Remove what an interrupted run left, and log each file removed: its temporary files, and
    the parts of a batch whose `documents` part (its commit mark) was never written. Only files
    with the names this package writes are touched; a file of anyone else's stays."""
    out = Path(out)
    finish_compaction(out)
    removed = []
    staging = out / ".staging"  # a Dask run's uncommitted shards
    if staging.exists():
        import shutil

        shutil.rmtree(staging, ignore_errors=True)
        removed.append(staging)
    committed = {token(p) for p in (out / "documents").glob("part-*.parquet")} \
        if (out / "documents").exists() else set()
    for table in TABLES + ("agreements", "runs"):
        folder = out / table
        if not folder.exists():
            continue
        for p in folder.glob(".*.tmp"):
            if _OUR_TMP.fullmatch(p.name):
                p.unlink()
                removed.append(p)
        if table in ("events", "people", "scores"):
            for p in folder.glob("part-*.parquet"):
                if _OUR_PART.fullmatch(p.name) and token(p) not in committed:
                    p.unlink()
                    removed.append(p)
    for p in removed:
        log.warning("removed %s: left unfinished by an interrupted run", one_line(str(p)))
    return removed


def committed_files(out: Path) -> dict[str, list[Path]]:
    """The Parquet files of each table a reader may read, as one snapshot: only committed batches,
    before, during and after any run or compaction, without taking the writer's lock.

    A batch is committed when its `documents` part exists (written last). The documents parts are
    listed first: a batch committed after that is left out of every table alike. Of a compaction
    (see compact.py) the old parts are left out once its `documents` part exists, its new parts
    until then. Files a writer is removing meanwhile make the reading fail with FileNotFoundError:
    read again (tables.load does). Names starting with "." or "_" are skipped, and only
    `*.parquet` files are read; a part of this package's naming in events/people/scores whose
    batch has no documents part is unfinished, any other file is read as it is (hive partitions,
    files a user put there)."""
    out = Path(out)

    def listing(table: str) -> list[Path]:
        folder = out / table
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.rglob("*.parquet")
                      if not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts))

    files = {"documents": listing("documents")}
    for table in ("events", "people", "scores", "agreements", "runs"):
        files[table] = listing(table)
    committed = {token(p) for p in files["documents"] if p.name.startswith("part-")}
    plan = compaction_plan(out)
    if plan is not None and plan["token"] in committed:  # done but for deleting the old parts
        old = {out / name for name in plan["old"]}
        files = {t: [p for p in ps if p not in old] for t, ps in files.items()}
    for table in ("events", "people", "scores"):
        files[table] = [p for p in files[table] if not _OUR_PART.fullmatch(p.name) or token(p) in committed]
    return files
