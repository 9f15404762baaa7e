"""Write docs/tables.md: every column of every output table, its Arrow type and meaning, every
value of each closed vocabulary with its meaning, and the province codes with their names.

    python tools/gen_tables_doc.py          # rewrites docs/tables.md
    python tools/gen_tables_doc.py --check  # exit 1 when docs/tables.md is out of date

Types come from the schemas in pipeline/writers.py (the code that writes the tables); meanings
from MEANINGS and VOCABULARIES below, which mirror ../shared/CONTRACT.md; the province codes from
the rule model's gazetteer (models/sepakat/gazetteers/provinces.tsv). A column CONTRACT.md does
not name is marked "(extra)". tests/test_docs.py fails when the file is stale, a column has no
meaning, or the rule model can write a value the vocabularies here do not explain.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "tables.md"
PROVINCES = ROOT / "models" / "sepakat" / "gazetteers" / "provinces.tsv"
sys.path.insert(0, str(ROOT))

import pyarrow as pa  # noqa: E402

from pipeline.records import NO_EVENT_REASONS, SKIP_REASONS  # noqa: E402
from pipeline.writers import SCHEMAS  # noqa: E402

ROW = {
    "documents": "one row per input document",
    "events": "one row per agreement signing reported in a document, and per paper where one ceremony signs "
              "several: a ceremony whose papers the text counts but does not tell apart (\"8 (delapan) "
              "Penandatanganan Nota Kesepahaman\") has a row for each, those beyond the papers it names with "
              "the counted sentence as `evidence` and no parties, signatories or scope",
    "people": "one row per named official in a document",
    "scores": "one row per public-service compliance result in a document",
    "agreements": "one row per real-world signing, merged across documents",
    "runs": "one row per run of the pipeline",
}

REVISION = ("the `revision` of the document processing that wrote the row (see `documents.revision`)", False)

# (meaning, named by CONTRACT.md). Keep in step with ../shared/CONTRACT.md.
MEANINGS: dict[str, dict[str, tuple[str, bool]]] = {
    "documents": {
        "doc_id": ("stable id of the document (same input, same id, across runs and machines)", True),
        "source": ("input file path; for JSONL/WARC records `path#N` (N = record number from 0)", True),
        "url": ("canonical URL if known", True),
        "title": ("article headline", True),
        "outlet": ("site or outlet name", True),
        "published_date": ("publication date", True),
        "status": ("`ok`, `no_event` (relevant text, nothing found), `skipped` (duplicate, empty, "
                   "not Indonesian), `failed`", True),
        "error": ("why, for `skipped` and `failed`", True),
        "n_events": ("number of events read from the document", False),
        "text": ("the cleaned text that all character offsets refer to", False),
        "supersedes": ("doc_id of an earlier version of the same page (same URL)", False),
        "reason": ("why a `no_event`, `skipped` or `failed` row has no event, as a short code (below); "
                   "`error` holds the sentence", False),
        "model_version": ("the rule model that made the row, as `runs.model_version`", False),
        "revision": ("0 the first time the document was processed; 1, 2 … each time `--reprocess` processed it "
                     "again with another rule model. The row of the highest revision is current, with the "
                     "events, people and scores of that revision; `pipeline.load` and `agreements` read only "
                     "those, the older rows stay (`pipeline.load(OUT, history=True)`)", False),
    },
    "events": {
        "event_id": ("stable id", True),
        "doc_id": ("the document it was read from", True),
        "agreement_type": ("vocabulary `agreement_type`: nota_kesepahaman, nota_kesepakatan, "
                           "kesepakatan_bersama, perjanjian_kerja_sama, mou, lainnya", True),
        "agreement_label": ("the words of the text that named it, e.g. `Nota Kesepahaman`", True),
        "event_date": ("date of the signing", True),
        "date_precision": ("`day`, `month` or `year`", True),
        "province_codes": ("ISO 3166-2:ID codes of the regional governments that are parties (e.g. `ID-KS`)", True),
        "city": ("city or regency where it was signed", True),
        "venue": ("building or place where it was signed", True),
        "parties": ("the organisations that signed, as named in the text", True),
        "scope": ("vocabulary `scope`, in order of first mention", True),
        "primary": ("true when the signing is the article's news; false for an earlier signing it refers to", True),
        "evidence": ("the sentence that reports the signing", True),
        "start_char": ("offset of the start of `evidence` in the document text", True),
        "end_char": ("offset of the end of `evidence` in the document text", True),
        "signatories": ("names of the people who signed (see `people`)", False),
        "revision": REVISION,
    },
    "people": {
        "doc_id": ("the document the person is named in", True),
        "event_id": ("set when the person signed that event", True),
        "name": ("full name as written at its fullest in the document, without honorifics or degrees", True),
        "title": ("the title as written, e.g. `Gubernur Kalsel`", True),
        "role": ("vocabulary `role` (gubernur, bupati, wali_kota, kepala_perwakilan_ombudsman, …)", True),
        "acting": ("`Pj.`, `Plt.`, `Plh.` before the title", True),
        "province_code": ("province of the office the person holds, where regional", True),
        "is_signatory": ("the text says this person signed", True),
        "start_char": ("offset of the start of one mention in the document text", True),
        "end_char": ("offset of the end of that mention", True),
        "revision": REVISION,
    },
    "scores": {
        "doc_id": ("the document it was read from", True),
        "event_id": ("the event of the same document, if any", True),
        "subject": ("who was assessed, as written (e.g. `Pemprov Kalteng`)", True),
        "province_code": ("when the subject is a provincial government", True),
        "year": ("the assessment year", True),
        "value": ("the score (`86,6` → 86.6)", True),
        "zone": ("`hijau`, `kuning`, `merah`", True),
        "grade": ("vocabulary `grade` (kualitas_tinggi, kepatuhan_rendah, …)", True),
        "kind": ("`achieved` or `target`", True),
        "evidence": ("the sentence it was read from", True),
        "revision": REVISION,
    },
    "agreements": {
        "agreement_id": ("stable id", True),
        "event_ids": ("the events (of any document) that report this signing", True),
        "doc_ids": ("their documents", True),
        "n_sources": ("number of distinct documents", True),
        "agreement_type": ("as in `events`, agreed by the sources", True),
        "event_date": ("agreed by the sources", True),
        "date_precision": ("`day`, `month` or `year`", True),
        "province_codes": ("union over the sources", True),
        "signatories": ("names, union over the sources", True),
        "scope": ("union over the sources", True),
    },
    "runs": {
        "run_id": ("run id: the start (UTC, to the microsecond) and a random suffix; sorts in start order", True),
        "started": ("start time (UTC)", True),
        "ended": ("end time (UTC)", True),
        "code_version": ("version of the code", True),
        "model_version": ("version of the rule model: its meta.json version and a hash of every file of the "
                          "model folder and of the package version", True),
        "options": ("the run's options, as JSON", True),
        "status": ("how the run ended: `complete`, `interrupted` (Ctrl-C, SIGTERM) or `failed`", False),
        "n_read": ("documents read", False),
        "n_already_done": ("documents already in the output folder, not processed again", False),
        "n_ok": ("documents with status `ok`", True),
        "n_no_event": ("documents with status `no_event`", True),
        "n_skipped": ("documents with status `skipped`", True),
        "n_failed": ("documents with status `failed`", True),
        "n_events": ("events written", False),
        "reason": ("why a run that did not complete stopped (`SIGTERM`, `disk full writing OUT/events`, …)", False),
        "n_reprocessed": ("documents processed again with this run's rule model (`--reprocess`)", False),
        "n_other_model": ("documents already in the output folder made with another rule model and not "
                          "processed again (counted in `n_already_done`; see `--reprocess`)", False),
    },
}


# Every closed vocabulary: (the columns that hold it, {value: meaning}). Keep in step with
# ../shared/CONTRACT.md; tests/test_docs.py checks the rule model writes no value missing here.
VOCABULARIES: dict[str, tuple[str, dict[str, str]]] = {
    "status": ("documents.status", {
        "ok": "the article reports at least one agreement signing as its news (see `events`)",
        "no_event": "the text was read, but reports no signing as its news; `reason` says why",
        "skipped": "not read further: a copy of another document, empty, not Indonesian, no trace of the "
                   "subject (the gate) …; `reason` and `error` say which",
        "failed": "could not be read or processed (unreadable file, time limit, worker died …); `reason` "
                  "and `error` say which",
    }),
    "agreement_type": ("events.agreement_type, agreements.agreement_type", {
        "nota_kesepahaman": "Nota Kesepahaman (memorandum of understanding), also when \"MoU\" is written beside it",
        "nota_kesepakatan": "Nota Kesepakatan (memorandum of agreement)",
        "kesepakatan_bersama": "Kesepakatan Bersama (joint agreement)",
        "perjanjian_kerja_sama": "Perjanjian Kerja Sama, PKS (cooperation agreement, often the working "
                                 "agreement under a Nota Kesepahaman)",
        "mou": "only \"MoU\" or \"Memorandum of Understanding\", with no Indonesian term for the paper",
        "lainnya": "another signed paper: pakta integritas, komitmen bersama, rencana aksi, adendum, naskah "
                   "or piagam kerja sama …",
    }),
    "date_precision": ("events.date_precision, agreements.date_precision", {
        "day": "the text gives the day: `event_date` is that day",
        "month": "the text gives only the month (\"Oktober 2021\"): `event_date` is its first day; exports "
                 "write `2021-10`",
        "year": "the text gives only the year: `event_date` is 1 January; exports write `2021`",
    }),
    "role": ("people.role", {
        "gubernur": "governor of a province (Gubernur)",
        "wakil_gubernur": "vice-governor (Wakil Gubernur)",
        "sekretaris_daerah": "regional secretary (Sekretaris Daerah, Sekda) of a province, regency or city",
        "asisten_sekda": "assistant to the regional secretary (Asisten Sekda)",
        "bupati": "head of a regency (Bupati)",
        "wakil_bupati": "vice-head of a regency (Wakil Bupati)",
        "wali_kota": "mayor of a city (Wali Kota)",
        "wakil_wali_kota": "vice-mayor (Wakil Wali Kota)",
        "ketua_dprd": "chair of a regional parliament (Ketua DPRD)",
        "kepala_perangkat_daerah": "head of a regional government body: kepala dinas, badan or biro, "
                                   "inspektur, direktur RSUD …",
        "ketua_ombudsman": "chair of the Ombudsman of the Republic of Indonesia (Ketua Ombudsman RI)",
        "wakil_ketua_ombudsman": "vice-chair of Ombudsman RI",
        "anggota_ombudsman": "member of Ombudsman RI (Anggota Ombudsman)",
        "kepala_perwakilan_ombudsman": "head of an Ombudsman RI provincial office (Kepala Perwakilan)",
        "sekjen_ombudsman": "secretary-general of Ombudsman RI",
        "pejabat_ombudsman": "other Ombudsman RI staff (asisten, kepala keasistenan …)",
        "rektor": "rector of a university",
        "kepala_kejaksaan": "head of a prosecutor's office (Kajati, Kajari)",
        "lainnya": "any other office: ministers, police and military commanders, heads of agencies and "
                   "companies, village heads …",
    }),
    "scope": ("events.scope, agreements.scope", {
        "pencegahan_maladministrasi": "preventing maladministration",
        "penyelesaian_laporan": "handling and settling complaints and reports from the public",
        "pertukaran_data": "exchange of data and information",
        "sosialisasi_diseminasi": "socialisation, dissemination, public campaigns",
        "pengembangan_sdm": "human resources and capacity building (training, education)",
        "pendampingan": "assistance and mentoring for the quality of public services",
        "inovasi_pelayanan": "public-service innovation",
        "pengawasan_pelayanan": "supervision and monitoring of public services",
        "kajian": "joint studies and research",
        "kegiatan_lain": "\"kegiatan lain yang disepakati\": other activities the parties agree on",
    }),
    "grade": ("scores.grade", {
        "kualitas_tertinggi": "opini: highest quality (Kualitas Tertinggi), from the 2023 round on",
        "kualitas_tinggi": "opini: high quality (Kualitas Tinggi)",
        "kualitas_sedang": "opini: medium quality (Kualitas Sedang)",
        "kualitas_rendah": "opini: low quality (Kualitas Rendah)",
        "kualitas_terendah": "opini: lowest quality (Kualitas Terendah)",
        "kepatuhan_tinggi": "predikat: high compliance (Kepatuhan Tinggi), the green zone",
        "kepatuhan_sedang": "predikat: medium compliance (Kepatuhan Sedang), the yellow zone",
        "kepatuhan_rendah": "predikat: low compliance (Kepatuhan Rendah), the red zone",
    }),
    "zone": ("scores.zone", {
        "hijau": "green zone (zona hijau): high compliance",
        "kuning": "yellow zone (zona kuning): medium compliance",
        "merah": "red zone (zona merah): low compliance",
    }),
    "kind": ("scores.kind", {
        "achieved": "a result the subject obtained in an assessment",
        "target": "a result aimed at (\"ditargetkan zona hijau\", \"mempertahankan zona hijau\")",
    }),
    "run status": ("runs.status", {
        "complete": "the run read every input to its end",
        "interrupted": "stopped by Ctrl-C (SIGINT) or SIGTERM; what it committed stays, the next run finishes",
        "failed": "stopped by an error (a full disk …), named in `reason`",
    }),
}


def provinces() -> list[tuple[str, str, str]]:
    """(code, name, capital) of each province of the rule model's gazetteer."""
    import csv

    with open(PROVINCES, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return [(r["code"], r["name"], r["capital"]) for r in rows]


def arrow_type(t: pa.DataType) -> str:
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return f"list<{arrow_type(t.value_type)}>"
    if pa.types.is_date32(t):
        return "date32"
    return str(t)


def undocumented() -> list[str]:
    """`table.column` of every written column MEANINGS does not explain."""
    return [f"{t}.{f.name}" for t, s in SCHEMAS.items() for f in s if f.name not in MEANINGS.get(t, {})]


def render() -> str:
    lines = ["# Output tables", "",
             "<!-- Generated by tools/gen_tables_doc.py from pipeline/writers.py SCHEMAS: do not edit;",
             "     run `python tools/gen_tables_doc.py` after changing a schema. -->", "",
             "Each table is a Parquet dataset folder `OUT/<table>/` (read it with `pipeline.load(OUT)` or",
             "`pandas.read_parquet(\"OUT/<table>\")`). Columns marked *(extra)* go beyond",
             "`../shared/CONTRACT.md`, which fixes the others and their vocabularies.", ""]
    for table, schema in SCHEMAS.items():
        lines += [f"## {table}", "", ROW.get(table, "").capitalize() + ".", "",
                  "| column | Arrow type | meaning |", "|---|---|---|"]
        for f in schema:
            meaning, in_contract = MEANINGS.get(table, {}).get(f.name, ("", False))
            note = meaning if in_contract else f"*(extra)* {meaning}".rstrip()
            lines.append(f"| `{f.name}` | `{arrow_type(f.type)}` | {note.replace('|', '&#124;')} |")
        lines.append("")
    lines += ["## Reason codes (`documents.reason`)", "",
              "| status | code | meaning |", "|---|---|---|"]
    lines += [f"| `no_event` | `{code}` | {text} |" for code, text in NO_EVENT_REASONS.items()]
    lines += [f"| `skipped` / `failed` | `{code}` | {text} |" for code, text in SKIP_REASONS.items()]
    lines += ["", "## Vocabularies", "",
              "Every value a closed-vocabulary column holds; any other value is a bug.", ""]
    for name, (columns, values) in VOCABULARIES.items():
        lines += [f"### {name}", "", f"In {', '.join(f'`{c.strip()}`' for c in columns.split(','))}.", "",
                  "| value | meaning |", "|---|---|"]
        lines += [f"| `{value}` | {meaning.replace('|', '&#124;')} |" for value, meaning in values.items()]
        lines.append("")
    rows = provinces()
    lines += ["## Province codes", "",
              f"`province_codes`, `province_code`: ISO 3166-2:ID codes of the {len(rows)} provinces "
              "(from `models/sepakat/gazetteers/provinces.tsv`).", "",
              "| code | province | capital |", "|---|---|---|"]
    lines += [f"| `{code}` | {name} | {capital} |" for code, name, capital in rows]
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = DOC.read_text(encoding="utf-8") if DOC.is_file() else ""
        if current != text:
            print(f"{DOC.relative_to(ROOT)} is out of date: run python tools/gen_tables_doc.py", file=sys.stderr)
            return 1
        return 0
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(text, encoding="utf-8")
    for name in undocumented():
        print(f"warning: {name} has no meaning in MEANINGS", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
