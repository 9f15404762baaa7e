"""docs/tables.md is what tools/gen_tables_doc.py makes from the schemas in pipeline/writers.py."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def generator():
    spec = importlib.util.spec_from_file_location("gen_tables_doc", ROOT / "tools" / "gen_tables_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tables_doc_is_up_to_date():
    gen = generator()
    assert (ROOT / "docs" / "tables.md").read_text(encoding="utf-8") == gen.render(), \
        "docs/tables.md is stale: run python tools/gen_tables_doc.py"


def test_every_column_has_a_meaning():
    assert generator().undocumented() == [], "add the columns' meanings to MEANINGS in tools/gen_tables_doc.py"


def test_every_table_and_column_is_listed():
    from pipeline.writers import SCHEMAS

    doc = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    for table, schema in SCHEMAS.items():
        section = doc.split(f"## {table}\n", 1)[1].split("\n## ", 1)[0]
        for f in schema:
            assert f"| `{f.name}` |" in section, f"{table}.{f.name}"
    assert "| `n_events` | `int32` | *(extra)*" in doc  # a column beyond CONTRACT.md is marked
    assert "| `event_date` | `date32` | date of the signing |" in doc
