"""The data of a rule model (`models/<name>/`), read and written by one reader, without spaCy.

A model's words are TSV tables (`gazetteers/*.tsv`, `sentences/abbreviations.tsv`) and its
patterns JSONL lines (`patterns/*.jsonl`). The spaCy components of `nlp.py` hold what they read
here and write it back with `nlp.to_disk`; `fields.load_lexicon` reads the same tables for the
tests that interpret hand-built mentions without a pipeline.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class Table:
    """One TSV table: its columns, its rows (values stripped, a missing value empty) and its comment
    lines ("# ..."), each with the number of lines of the table before it (the header line counts),
    so that a table written back reads as the file it was read from."""

    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    notes: tuple[tuple[int, str], ...] = ()

    def with_rows(self, *rows: dict[str, str]) -> "Table":
        """This table with `rows` added at its end (a column a row leaves out is empty)."""
        return replace(self, rows=self.rows + tuple({c: str(r.get(c, "")).strip() for c in self.columns}
                                                    for r in rows))

    def as_data(self) -> dict:
        return {"columns": list(self.columns), "rows": [list(r.values()) for r in self.rows],
                "notes": [list(n) for n in self.notes]}

    @classmethod
    def from_data(cls, data: dict) -> "Table":
        columns = tuple(data["columns"])
        return cls(columns, tuple(dict(zip(columns, r)) for r in data["rows"]), tuple(map(tuple, data["notes"])))


def read_table(path: Path) -> Table:
    """A TSV file of the model: a header line, then one row a line; lines starting with "#" are notes."""
    notes, lines = [], []
    with open(path, encoding="utf-8", newline="") as fh:
        for line in fh:
            if line.startswith("#"):
                notes.append((len(lines), line.rstrip("\r\n")))
            else:
                lines.append(line)
    reader = csv.DictReader(lines, delimiter="\t")
    rows = tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)
    return Table(tuple(reader.fieldnames or ()), rows, tuple(notes))


def write_table(path: Path, table: Table) -> None:
    """A table as `read_table` reads it back: the same columns, rows and notes."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    lines = [table.columns, *([r.get(c, "") for c in table.columns] for r in table.rows)]
    notes = list(table.notes)
    for i, line in enumerate(lines):
        while notes and notes[0][0] <= i:
            out.write(notes.pop(0)[1] + "\n")
        writer.writerow(line)
    for _at, note in notes:
        out.write(note + "\n")
    Path(path).write_text(out.getvalue(), encoding="utf-8")


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of a TSV file of the model."""
    return list(read_table(path).rows)


def read_tables(folder: Path) -> dict[str, Table]:
    """Every TSV table of a folder, by file name."""
    return {p.name: read_table(p) for p in sorted(Path(folder).glob("*.tsv"))}


def write_tables(folder: Path, tables: dict[str, Table]) -> None:
    Path(folder).mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        write_table(Path(folder) / name, table)


def read_rules(folder: Path) -> dict[str, list[dict]]:
    """The JSONL pattern files of a folder, by file name: one rule a line, "//" lines are comments."""
    return {p.name: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("//")]
            for p in sorted(Path(folder).glob("*.jsonl"))}


def write_rules(folder: Path, rules: dict[str, list[dict]]) -> None:
    Path(folder).mkdir(parents=True, exist_ok=True)
    for name, lines in rules.items():
        (Path(folder) / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines),
                                         encoding="utf-8")
