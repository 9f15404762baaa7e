"""pipeline.merge: which events of different documents are one real-world signing, and what the
merged `agreements` row says. Pure functions over `Source` records: no files, no model."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from pipeline.merge import Source, merge, same_signing

D = dt.date


def src(event_id: str, doc_id: str, type_: str = "nota_kesepahaman", date: dt.date | None = D(2024, 8, 14),
        precision: str | None = "day", provinces=("ID-ST",), signatories=(), scope=()) -> Source:
    return Source(event_id, doc_id, type_, date, precision if date else None, list(provinces),
                  list(signatories), list(scope))


def clusters(rows: list[dict]) -> list[list[str]]:
    """The event ids of each agreement row, as a sorted list of sorted lists."""
    return sorted(sorted(r["event_ids"]) for r in rows)


# -- same_signing: the pairwise relation

def test_two_documents_same_day_same_province_are_one_signing():
    a = src("e1", "d1", signatories=["Burhanuddin Tawil Lasawedi"])
    b = src("e2", "d2", signatories=["Wahyuni Setyaningrum Harahap"])
    assert same_signing(a, b) and same_signing(b, a)


def test_events_of_one_document_are_never_merged():
    assert not same_signing(src("e1", "d1"), src("e2", "d1"))
    assert clusters(merge([src("e1", "d1"), src("e2", "d1")])) == [["e1"], ["e2"]]


@pytest.mark.parametrize("other, expected", [
    (src("e2", "d2", date=D(2024, 8, 15)), True),                       # a day apart: same ceremony
    (src("e2", "d2", date=D(2024, 8, 13)), True),
    (src("e2", "d2", date=D(2024, 8, 16)), False),                      # two days apart
    (src("e2", "d2", date=D(2024, 8, 1), precision="month"), True),     # "Agustus 2024"
    (src("e2", "d2", date=D(2024, 9, 1), precision="month"), False),    # "September 2024"
    (src("e2", "d2", date=D(2024, 1, 1), precision="year"), True),      # "tahun 2024"
    (src("e2", "d2", date=D(2023, 1, 1), precision="year"), False),
    (src("e2", "d2", date=None), False),                                # an undated event merges with nothing
])
def test_date_agreement_at_the_coarser_precision(other, expected):
    assert same_signing(src("e1", "d1"), other) is expected


@pytest.mark.parametrize("a, b, expected", [
    ("mou", "nota_kesepakatan", True),          # "MoU" is what the press calls any of the Nota papers
    ("mou", "nota_kesepahaman", True),
    ("mou", "kesepakatan_bersama", True),
    ("mou", "mou", True),
    ("perjanjian_kerja_sama", "perjanjian_kerja_sama", True),
    ("perjanjian_kerja_sama", "mou", False),    # a PKS is only a PKS
    ("perjanjian_kerja_sama", "nota_kesepahaman", False),
    ("nota_kesepahaman", "nota_kesepakatan", False),
    ("lainnya", "mou", False),
])
def test_instruments_that_can_be_one_signing(a, b, expected):
    assert same_signing(src("e1", "d1", a), src("e2", "d2", b)) is expected
    assert same_signing(src("e2", "d2", b), src("e1", "d1", a)) is expected


def test_a_shared_province_or_a_shared_signatory_is_needed():
    a = src("e1", "d1", provinces=["ID-ST"], signatories=["Burhanuddin Tawil Lasawedi"])
    assert not same_signing(a, src("e2", "d2", provinces=["ID-SG"], signatories=["Ruslan Tamburaka"]))
    # no province on one side (an Ombudsman-university MoU, say), but the same signatory
    assert same_signing(a, src("e3", "d3", provinces=[], signatories=["Burhanuddin Tawil Lasawedi"]))


# -- merge: the agreements rows

def test_merged_row_unions_the_sources():
    rows = merge([
        src("e2", "d2", "mou", provinces=["ID-ST"], signatories=["Wahyuni Setyaningrum Harahap"],
            scope=["penyelesaian_laporan", "pertukaran_data"]),
        src("e1", "d1", "nota_kesepakatan", provinces=["ID-ST"], signatories=["Burhanuddin Tawil Lasawedi"],
            scope=["pencegahan_maladministrasi", "penyelesaian_laporan"]),
    ])
    assert len(rows) == 1
    row = rows[0]
    assert row["event_ids"] == ["e1", "e2"] and row["doc_ids"] == ["d1", "d2"] and row["n_sources"] == 2
    assert row["agreement_type"] == "nota_kesepakatan"  # a 1:1 tie goes to the Indonesian term
    assert (row["event_date"], row["date_precision"]) == (D(2024, 8, 14), "day")
    assert row["province_codes"] == ["ID-ST"]
    assert row["signatories"] == ["Burhanuddin Tawil Lasawedi", "Wahyuni Setyaningrum Harahap"]
    assert set(row["scope"]) == {"pencegahan_maladministrasi", "penyelesaian_laporan", "pertukaran_data"}
    assert len(row["scope"]) == 3  # a union: no repeats


def test_each_signatory_once_at_the_fullest_spelling():
    """Sources write one person in part, in full, in capitals: agreements.signatories names each once."""
    rows = merge([
        src("e1", "d1", signatories=["Ansar", "Rina Kartika Sari"]),
        src("e2", "d2", signatories=["Ansar Ahmad", "RINA KARTIKA SARI"]),
        src("e3", "d3", signatories=["Ansar Ahmad", "Dewi Lestari"]),
    ])
    assert len(rows) == 1
    assert rows[0]["signatories"] == ["Ansar Ahmad", "Dewi Lestari", "Rina Kartika Sari"]


def test_pks_and_mou_of_one_ceremony_stay_two_agreements():
    rows = merge([src("e1", "d1", "perjanjian_kerja_sama"), src("e2", "d2", "mou")])
    assert clusters(rows) == [["e1"], ["e2"]]
    assert {r["agreement_type"] for r in rows} == {"perjanjian_kerja_sama", "mou"}


def test_month_precision_source_joins_the_day_sources():
    rows = merge([src("e1", "d1"), src("e2", "d2", date=D(2024, 8, 1), precision="month"),
                  src("e3", "d3", date=D(2024, 9, 1), precision="month")])
    assert clusters(rows) == [["e1", "e2"], ["e3"]]
    merged = next(r for r in rows if r["n_sources"] == 2)
    assert (merged["event_date"], merged["date_precision"]) == (D(2024, 8, 14), "day")  # the precise one


def test_conflicting_dates_the_majority_wins():
    rows = merge([src("e1", "d1", date=D(2024, 8, 15)), src("e2", "d2"), src("e3", "d3")])
    assert len(rows) == 1 and rows[0]["n_sources"] == 3
    assert rows[0]["event_date"] == D(2024, 8, 14)


def test_conflicting_dates_a_tie_goes_to_the_earlier_day():
    rows = merge([src("e1", "d1", date=D(2024, 8, 15)), src("e2", "d2", date=D(2024, 8, 14))])
    assert len(rows) == 1 and rows[0]["event_date"] == D(2024, 8, 14)


def test_conflicting_types_the_majority_wins():
    rows = merge([src("e1", "d1", "mou"), src("e2", "d2", "mou"), src("e3", "d3", "nota_kesepahaman")])
    assert len(rows) == 1 and rows[0]["agreement_type"] == "mou"


def test_an_undated_event_is_its_own_agreement():
    rows = merge([src("e1", "d1", date=None), src("e2", "d2", date=None), src("e3", "d3")])
    assert clusters(rows) == [["e1"], ["e2"], ["e3"]]
    undated = [r for r in rows if r["event_date"] is None]
    assert len(undated) == 2 and all(r["date_precision"] is None for r in undated)


def test_merge_does_not_depend_on_input_order():
    sources = [src("e1", "d1"), src("e2", "d2", "mou", date=D(2024, 8, 15)),
               src("e3", "d3", date=D(2024, 10, 18)), src("e4", "d4", "perjanjian_kerja_sama"),
               src("e5", "d5", date=D(2024, 8, 1), precision="month", provinces=["ID-SG"])]
    expected = merge(sources)
    for perm in itertools.permutations(sources):
        assert merge(list(perm)) == expected
    assert len({r["agreement_id"] for r in expected}) == len(expected)


def test_empty_input():
    assert merge([]) == []


def test_reports_a_day_apart_across_new_year_merge():
    a = src("e1", "d1", date=D(2023, 12, 31))
    b = src("e2", "d2", date=D(2024, 1, 1))
    assert same_signing(a, b)
    assert clusters(merge([a, b])) == [["e1", "e2"]]


def test_different_people_sharing_a_first_name_are_not_a_shared_signatory():
    jatim = src("e1", "d1", provinces=["ID-JI"], signatories=["Muhammad Arif Wicaksono"])
    sumut = src("e2", "d2", provinces=["ID-SU"], signatories=["Muhammad Yusuf Siregar"])
    assert not same_signing(jatim, sumut)
    assert clusters(merge([jatim, sumut])) == [["e1"], ["e2"]]
