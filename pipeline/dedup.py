"""Near-duplicate articles (the same press release on several sites) with MinHash LSH.

Shingles are word 5-grams of the cleaned text; two articles whose estimated Jaccard similarity
is at least `threshold` are copies. A banded LSH index finds candidates without comparing all
pairs; each candidate is then kept only if its estimated similarity reaches the threshold.

The signature is computed with numpy in one pass over a text (no Python call per shingle): each
word is hashed once (CRC-32), a shingle's hash is a polynomial of its words' hashes, and the
NUM_PERM permutations are multiply-add-shift hashes (the top 32 bits of a * h + b in 64-bit
arithmetic, a odd: Dietzfelbinger's universal family, no division). Signatures are made and compared within one run (an earlier run's documents are signed
again from their texts when a run opens its folder), so the hash only has to be the same in every
process of a run: CRC-32 and the seeded permutations are.
"""
from __future__ import annotations

import functools
import re
import zlib
from collections import defaultdict

import numpy as np

NUM_PERM = 256  # the similarity estimate's standard error is about 0.02 near the threshold
SHINGLE = 5
_SHIFT = np.uint64(32)
_MASK32 = np.uint64(0xFFFFFFFF)
_SEED = 1  # the permutations are drawn once from this seed: every process draws the same
_WORD = re.compile(r"\w+")


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """NUM_PERM pairs (a, b) of the hashes h -> (a * h + b) >> 32 in 64 bits, a odd, as rows."""
    rng = np.random.RandomState(_SEED)
    a = rng.randint(0, 1 << 62, size=NUM_PERM, dtype=np.int64).astype(np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.randint(0, 1 << 62, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
    return a[None, :], b[None, :]


def _shingles(text: str) -> set[bytes]:
    """The word 5-grams of a text, as the index reads them (for tests and explanations)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def _shingle_hashes(text: str) -> np.ndarray:
    """One 32-bit hash per distinct word 5-gram of the text."""
    words = _WORD.findall(text.lower())
    crc: dict[str, int] = {}
    for w in words:
        if w not in crc:
            crc[w] = zlib.crc32(w.encode())
    h = np.fromiter((crc[w] for w in words), dtype=np.uint64, count=len(words))
    if len(h) == 0:
        return np.zeros(1, dtype=np.uint64)
    if len(h) < SHINGLE:
        windows = [h]
    else:
        windows = [h[i:len(h) - SHINGLE + 1 + i] for i in range(SHINGLE)]
    acc = np.zeros_like(windows[0])
    for w in windows:  # a polynomial of the words' hashes, in 32 bits: order counts
        acc = (acc * np.uint64(1_000_003) + w) & _MASK32
    return np.unique(acc)


class Signature:
    """A text's MinHash: NUM_PERM 32-bit minima (`hashvalues`)."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray):
        self.hashvalues = hashvalues


def _bands(num_perm: int, threshold: float) -> tuple[int, int]:
    """Bands b and rows r (b * r <= num_perm) whose S-curve (1/b)^(1/r) is nearest the threshold,
    the most bands first: a pair at the threshold is a candidate with probability about 1/2, a
    pair well above it almost surely."""
    best = min(((b, r) for r in range(1, 33) for b in [num_perm // r] if b),
               key=lambda br: (abs((1 / br[0]) ** (1 / br[1]) - threshold), -br[0]))
    return best


class NearDuplicates:
    def __init__(self, threshold: float = 0.75):
        # The index casts a wider net than the threshold (LSH misses some pairs near it); each
        # candidate is then kept only if its estimated similarity reaches the threshold.
        self.threshold = threshold
        self.bands, self.rows = _bands(NUM_PERM, max(0.3, threshold - 0.3))
        self.buckets: list[defaultdict[bytes, list[str]]] = [defaultdict(list) for _ in range(self.bands)]
        self.signatures: dict[str, np.ndarray] = {}

    @staticmethod
    def signature(text: str) -> Signature:
        a, b = _permutations()
        h = _shingle_hashes(text)[:, None]
        with np.errstate(over="ignore"):  # 64-bit arithmetic wraps, as the hash wants
            values = h * a
            values += b
        # the least top half is the top half of the least: shift the NUM_PERM minima only
        return Signature((values.min(axis=0) >> _SHIFT).astype(np.uint32))

    @staticmethod
    def from_hashvalues(values) -> Signature:
        """A signature sent from a worker (its `hashvalues` as bytes, or as plain integers) made
        whole again."""
        if isinstance(values, bytes):
            return Signature(np.frombuffer(values, dtype=np.uint32))
        return Signature(np.asarray(values, dtype=np.uint32))

    def _keys(self, sig: Signature) -> list[bytes]:
        """Each band's rows as bytes, the band's bucket key (one numpy call for all bands)."""
        values, b, r = sig.hashvalues, self.bands, self.rows
        return values[:b * r].reshape(b, r).view(np.dtype((np.void, r * values.itemsize))).ravel().tolist()

    def query(self, sig: Signature, exclude: str | None = None) -> str | None:
        """The doc_id of an earlier near-copy, if any (the smallest id, for a stable answer);
        never `exclude` (a document processed again is no copy of itself)."""
        candidates = {k for band, key in zip(self.buckets, self._keys(sig)) for k in band.get(key, ())}
        candidates.discard(exclude)
        values = sig.hashvalues
        found = [k for k in candidates
                 if float((self.signatures[k] == values).mean()) >= self.threshold]  # estimated Jaccard
        return min(found) if found else None

    def add(self, doc_id: str, sig: Signature) -> None:
        if doc_id not in self.signatures:
            for band, key in zip(self.buckets, self._keys(sig)):
                band[key].append(doc_id)
            self.signatures[doc_id] = sig.hashvalues
