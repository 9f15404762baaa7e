"""The near-duplicate index (pipeline.dedup): its estimate follows the true Jaccard similarity of
the texts' 5-gram sets, it finds copies and only copies, and every process signs a text alike
(workers sign, the driver compares)."""
import random
import subprocess
import sys

import numpy as np

from pipeline.dedup import NUM_PERM, NearDuplicates, _bands, _shingles

_WORDS = ("warga desa bupati kantor jalan air banjir rumah sekolah pasar dinas kepala camat sungai hujan "
          "laporan pelayanan publik kota provinsi anggaran program bantuan petani nelayan").split()


def _text(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(_WORDS) + str(rng.randrange(50)) for _ in range(n)]


def _jaccard(a: str, b: str) -> float:
    x, y = _shingles(a), _shingles(b)
    return len(x & y) / len(x | y)


def _estimate(a: str, b: str) -> float:
    return float((NearDuplicates.signature(a).hashvalues == NearDuplicates.signature(b).hashvalues).mean())


def test_the_estimate_follows_the_true_jaccard_similarity():
    rng = random.Random(3)
    errors = []
    for keep in (0.2, 0.5, 0.8, 0.95):
        for _ in range(10):
            words = _text(rng, 300)
            cut = int(len(words) * keep)
            a, b = " ".join(words), " ".join(words[:cut] + _text(rng, len(words) - cut))
            errors.append(abs(_estimate(a, b) - _jaccard(a, b)))
    # the standard error of a 256-permutation estimate is at most 0.031
    assert max(errors) < 0.12 and sum(errors) / len(errors) < 0.04, errors


def test_copies_are_found_and_other_texts_are_not():
    rng = random.Random(5)
    index = NearDuplicates()
    originals = [" ".join(_text(rng, 200)) for _ in range(40)]
    for i, text in enumerate(originals):
        index.add(f"doc{i:02d}", index.signature(text))
    for i, text in enumerate(originals):
        words = text.split()
        copy = " ".join(words[:190] + ["diperbarui"] * 10)  # the last lines changed
        assert index.query(index.signature(copy)) == f"doc{i:02d}"
        assert index.query(index.signature(text), exclude=f"doc{i:02d}") is None  # no copy of itself
    assert all(index.query(index.signature(" ".join(_text(rng, 200)))) is None for _ in range(40))


def test_a_text_has_the_same_signature_in_every_process():
    text = "Bupati dan Kepala Perwakilan menandatangani nota kesepahaman di kantor bupati pada Senin."
    here = NearDuplicates.signature(text).hashvalues
    code = ("import sys; from pipeline.dedup import NearDuplicates; "
            "print(NearDuplicates.signature(sys.argv[1]).hashvalues.tolist())")
    there = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, check=True).stdout
    assert here.dtype == np.uint32 and len(here) == NUM_PERM
    assert here.tolist() == eval(there)


def test_the_bands_put_the_s_curve_at_the_threshold():
    bands, rows = _bands(256, 0.45)
    assert bands * rows <= 256
    assert abs((1 / bands) ** (1 / rows) - 0.45) < 0.05
    at_copy = 1 - (1 - 0.75 ** rows) ** bands  # a pair at the copy threshold is a candidate
    assert at_copy > 0.999
