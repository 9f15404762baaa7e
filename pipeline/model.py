"""The data of a rule model (`models/<name>/`), read and written by one reader, without spaCy.

A model's words are TSV tables (`gazetteers/*.tsv`, `sentences/abbreviations.tsv`), its patterns
JSONL lines (`patterns/*.jsonl`) and its tuned numbers the `[sepakat]` section of its config.cfg
(`Settings`). The spaCy components of `nlp.py` hold what they read
here and write it back with `nlp.to_disk`; `fields.load_lexicon` reads the same tables for the
tests that interpret hand-built mentions without a pipeline.
"""
from __future__ import annotations

import configparser
import csv
import io
import json
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from .config import DEFAULT_MODEL


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


def read_lines(folder: Path) -> dict[str, tuple[str, ...]]:
    """The lines of the text files of a folder (the text stage's `text/*.txt`), by file name."""
    return {p.name: tuple(p.read_text(encoding="utf-8").splitlines()) for p in sorted(Path(folder).glob("*.txt"))}


def write_lines(folder: Path, files: dict[str, tuple[str, ...]]) -> None:
    Path(folder).mkdir(parents=True, exist_ok=True)
    for name, lines in files.items():
        (Path(folder) / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


@dataclass(frozen=True)
class Settings:
    """The tuned numbers of a model: the `[sepakat]` section of its config.cfg, where a comment says
    why each has its value. `spacy.load` reads the section with the rest of the config (the
    pipeline's `nlp.config["sepakat"]`), and `nlp.to_disk` writes it; a setting changed changes
    the model's version (`config.model_version` hashes config.cfg)."""

    lead_sentences: int  # sentences of an article's lead (assemble)
    news_days: int  # days from publication within which a signing's date is the news's (assemble)
    lead_date_days: int  # days before publication the first date of a text may be the news's (assemble)
    object_gap: int  # characters between a signing verb and its object (fields.agreements)
    instrument_reach: int  # characters from a signing verb to the paper after it (fields.agreements)
    plan_reach: int  # characters from a plan word to the signing verb it plans (fields.agreements)
    max_papers: int  # papers one ceremony may sign, each an event; a larger count is one event (assemble)
    anaphor_sentences: int  # sentences back a paper referred to ("naskah itu") is looked for (fields.agreements)
    town_words: int  # words of a town's name after a head that takes a place (fields.parties)
    name_after_reach: int  # characters after a title in which its holder's name is read (fields.people)
    name_before_reach: int  # characters before a title in which a name written before it is read (fields.people)
    clause_reach: int  # characters of one clause: a title to the verb it is the subject of (assemble)
    represented_reach: int  # characters from a name to "diwakili" that says someone stood in (assemble)
    title_place_gap: int  # characters between a title and its place, or a group word and a title (assemble)
    min_article_words: int  # words of a page's text below which it is no article (text)
    indonesian_ratio: float  # share of Indonesian function words of Indonesian prose (text)
    warm_docs: int  # documents read outside memory zones, to fill the tokenizer's cache (nlp)
    zone_docs: int  # documents read in one memory zone (nlp)

    @classmethod
    def from_config(cls, section) -> "Settings":
        """The settings of a config's `[sepakat]` section (values as spaCy's config parses them);
        a value missing or unknown is an error that names it."""
        names = {f.name for f in fields(cls)}
        missing, unknown = names - set(section), set(section) - names
        if missing or unknown:
            raise ValueError(f"config.cfg [sepakat]: missing {sorted(missing)}, unknown {sorted(unknown)}")
        for f in fields(cls):
            value = section[f.name]
            if isinstance(value, bool) or not isinstance(value, int if f.type == "int" else (int, float)):
                raise ValueError(f"config.cfg [sepakat]: {f.name} must be a {'whole ' * (f.type == 'int')}number, "
                                 f"not {value!r}")
        return cls(**{f.name: section[f.name] for f in fields(cls)})


@lru_cache(maxsize=4)
def read_settings(model_dir: str = str(DEFAULT_MODEL)) -> Settings:
    """The settings of a model folder, read without spaCy (the default model's unless one is named)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(Path(model_dir) / "config.cfg", encoding="utf-8")
    if not parser.has_section("sepakat"):
        raise ValueError(f"{model_dir}/config.cfg has no [sepakat] section")
    return Settings.from_config({k: json.loads(v) for k, v in parser.items("sepakat")})
