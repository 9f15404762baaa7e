"""docs/tables.md is what tools/gen_tables_doc.py makes from the schemas in pipeline/writers.py."""
from __future__ import annotations

import importlib.util
import re
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


def test_province_codes_are_the_rule_models_38_with_their_names(eval_province_codes):
    """docs/tables.md lists the province table of models/sepakat/gazetteers/provinces.tsv, the
    contract's 38 codes."""
    import csv

    with open(ROOT / "models" / "sepakat" / "gazetteers" / "provinces.tsv", encoding="utf-8", newline="") as fh:
        model = {r["code"]: r["name"] for r in csv.DictReader(fh, delimiter="\t")}
    doc = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    section = doc.split("## Province codes\n", 1)[1].split("\n## ", 1)[0]
    listed = dict(re.findall(r"^\| `(ID-[A-Z]{2})` \| ([^|]+?) \|", section, re.M))
    assert listed == model
    assert len(listed) == 38 and set(listed) == eval_province_codes


def documented(name: str) -> set[str]:
    doc = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    section = doc.split(f"### {name}\n", 1)[1].split("\n#", 1)[0]
    return set(re.findall(r"^\| `([a-z_]+)` \|", section, re.M))


def test_every_vocabulary_value_has_a_meaning_and_no_other_is_listed():
    """The vocabularies of docs/tables.md are the contract's (tests/test_end_to_end.VOCAB)."""
    from .test_end_to_end import VOCAB

    for (table, column), values in VOCAB.items():
        name = "status" if column == "status" else column
        assert documented(name) == values, f"{table}.{column}"
    assert documented("agreement_type") and all(
        meaning.strip() for _, values in generator().VOCABULARIES.values() for meaning in values.values())


def gazetteer_column(name: str, column: str) -> set[str]:
    import csv

    with open(ROOT / "models" / "sepakat" / "gazetteers" / name, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return {r[column] for r in rows if r.get(column)}


def test_every_value_the_rule_model_writes_is_documented():
    """A value added to a gazetteer (a new role, scope or type) must get its meaning in the docs."""
    wholes = gazetteer_column("scope.tsv", "part_of")  # a whole only sets its parts aside; never written
    zones = {}
    with open(ROOT / "models" / "sepakat" / "gazetteers" / "zones.tsv", encoding="utf-8") as fh:
        for line in fh:
            field, value = (line.rstrip("\n").split("\t") + ["", ""])[1:3]
            zones.setdefault(field, set()).add(value)
    assert gazetteer_column("titles.tsv", "role") - {"-"} <= documented("role")
    assert gazetteer_column("scope.tsv", "scope") - {"-"} - wholes <= documented("scope")
    assert gazetteer_column("instruments.tsv", "agreement_type") - {"generic"} <= documented("agreement_type")
    assert zones["grade"] <= documented("grade") and zones["zone"] <= documented("zone")
