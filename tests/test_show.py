"""pipeline.show: one article file through pipeline.extract, as plain-text tables."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.show import WIDTH, show

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_text_file():
    shown = show(CORPUS / "txt" / "pks-ombudsman-kalbar-sanggau.txt")
    assert shown.startswith(str(CORPUS / "txt" / "pks-ombudsman-kalbar-sanggau.txt"))
    for heading in ("DOCUMENTS (1)", "EVENTS (", "PEOPLE (", "SCORES (0)"):
        assert heading in shown
    assert "perjanjian_kerja_sama" in shown and "2024-06-03" in shown
    assert "evidence [" in shown and "Agustinus Ria Pratama" in shown
    assert max(len(line) for line in shown.splitlines()) <= WIDTH + 10


def test_windows_1252_html_file():
    shown = show(str(CORPUS / "html" / "kepatuhan-2023-pemkab-manggarai-barat.html"))
    assert "no_event" in shown and "EVENTS (0)" in shown
    assert "Stefanus Rémy Lewar" in shown  # é from byte 0xE9, decoded as the page declares
    assert "79.12" in shown


def test_text_string_and_missing_file():
    shown = show("Gubernur Kalsel, H. Sahbirin Noor menandatangani Nota Kesepahaman dengan Ombudsman RI, "
                 "Kamis (28/10/2021).")
    assert shown.startswith("<text>") and "nota_kesepahaman" in shown and "Sahbirin Noor" in shown
    with pytest.raises(FileNotFoundError):
        show(CORPUS / "no-such-file.txt")
