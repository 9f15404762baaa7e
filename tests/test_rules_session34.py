"""Kinds of sentence read in session 34, on short invented articles."""
from .readings import by_name, signers


def test_his_excellency_written_without_its_inner_dot_is_an_honorific():
    # "HE." before a foreign minister's name: neither the end of a sentence nor Haji and an initial
    text = ("Menteri Pertahanan RI dan Menteri Pertahanan Republik Singapura HE. Dr. Lim Boon Keng "
            "menandatangani perjanjian kerja sama pertahanan di Jakarta, Selasa (5/3/2024).")
    assert "Lim Boon Keng" in by_name(text, "2024-03-06", "role")
    assert "Lim Boon Keng" in signers(text, "2024-03-06")


def test_a_signing_after_a_turn_from_what_is_done_as_a_rule_is_told():
    text = ("Kementerian Desa dan Universitas Riau meneken nota kesepahaman di Pekanbaru. Biasanya "
            "penandatanganan MoU dengan perguruan tinggi hanya dilakukan oleh Sekjen, namun kali ini Menteri "
            "Desa Yandri Susanto menandatangani langsung.")
    assert signers(text, "2025-02-03") == ["Yandri Susanto"]
