"""Why a document has no event: each reason code on an invented article (documents.reason)."""
import pytest

import pipeline
from pipeline.records import NO_EVENT_REASONS

CASES = [
    ("Harga cabai naik di pasar tradisional Kota Contoh menjelang akhir tahun, kata pedagang.", "skipped", "gate"),
    ("Ombudsman RI Perwakilan Contoh menerima 120 laporan masyarakat sepanjang tahun ini.", "no_event", "nothing_found"),
    ("Ombudsman RI menilai Pemprov Jambi meraih nilai 88,5 dan masuk zona hijau dalam Penilaian Kepatuhan "
     "tahun 2023.", "no_event", "scores_only"),
    ("Bupati Contoh membahas nota kesepahaman dengan Kejari Contoh dalam rapat di aula.", "no_event", "no_signing_verb"),
    ("Pemkab Contoh dan Kejari Contoh sepakat menjalin kerja sama melalui nota kesepahaman.", "no_event",
     "verbal_agreement"),
    ("Bupati Contoh akan menandatangani nota kesepahaman dengan Kejari Contoh pekan depan.", "no_event",
     "planned_signing"),
    ("PT Contoh Abadi dan PT Lain Jaya menandatangani MoU pengadaan barang, Senin (4/11/2024).", "no_event",
     "between_companies"),
    ("Bupati Contoh menandatangani daftar hadir rapat koordinasi kerja sama daerah di aula.", "no_event", "no_instrument"),
    ("Klub Sepak Bola Contoh dan Sekolah Bola Lain menandatangani nota kesepahaman pembinaan pemain, "
     "Senin (4/11/2024).", "no_event", "no_government_party"),
    ("Pemkab Contoh meresmikan pasar baru, Senin (4/11/2024). Pasar itu dibangun berdasarkan MoU yang "
     "ditandatangani Bupati Contoh dan Kementerian Perdagangan pada Maret 2021.", "no_event", "earlier_signing_only"),
]


@pytest.mark.parametrize("text, status, reason", CASES, ids=[c[2] for c in CASES])
def test_each_reason(text, status, reason):
    (doc,) = pipeline.extract(text, published="2024-11-05")["documents"]
    assert (doc["status"], doc["reason"]) == (status, reason)
    if status == "no_event":
        assert doc["error"] == NO_EVENT_REASONS[reason]


def test_a_document_with_an_event_has_no_reason():
    text = "Bupati Contoh dan Kajari Contoh menandatangani nota kesepakatan di Aula Pemkab Contoh, Senin (4/11/2024)."
    (doc,) = pipeline.extract(text, published="2024-11-05")["documents"]
    assert (doc["status"], doc["reason"], doc["error"]) == ("ok", None, None)


def test_every_skip_or_failure_is_given_its_code_where_it_is_decided():
    """No reason code is read back from an error message: each `Article.fail` call in the package
    names its code, and a code written out is one of records.SKIP_REASONS."""
    import ast
    from pathlib import Path

    from pipeline.records import SKIP_REASONS

    package = Path(pipeline.__file__).parent
    calls = [(path, node) for path in package.rglob("*.py") for node in ast.walk(ast.parse(path.read_text()))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "fail"]
    assert len(calls) > 10
    for path, call in calls:
        where = f"{path.relative_to(package.parent)}:{call.lineno}"
        assert len(call.args) == 3, f"{where}: Article.fail without a reason code"
        code = call.args[2]
        if isinstance(code, ast.Constant):
            assert code.value in SKIP_REASONS, f"{where}: {code.value!r} is not a code of records.SKIP_REASONS"
