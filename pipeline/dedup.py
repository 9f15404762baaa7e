"""Near-duplicate articles (the same press release on several sites) with MinHash LSH.

Shingles are word 5-grams of the cleaned text; two articles whose estimated Jaccard similarity
is at least `threshold` are copies. datasketch's LSH index finds candidates without comparing
all pairs.
"""
from __future__ import annotations

import functools
import re

NUM_PERM = 256  # the similarity estimate's standard error is about 0.02 near the threshold
SHINGLE = 5
SCHEME = "affine32"  # datasketch's hashing scheme, named so signatures can travel between processes


def _shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@functools.cache
def _permutations():
    """datasketch's hash permutations for NUM_PERM and its default seed, drawn once per process
    (a MinHash draws them anew each time it is made: a tenth of a millisecond or more)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


class NearDuplicates:
    def __init__(self, threshold: float = 0.75):
        from datasketch import MinHashLSH

        # The index casts a wider net than the threshold (LSH misses some pairs near it); each
        # candidate is then kept only if its estimated similarity reaches the threshold.
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=max(0.3, threshold - 0.3), num_perm=NUM_PERM)
        self.signatures: dict[str, object] = {}

    @staticmethod
    def signature(text: str):
        from datasketch import MinHash

        m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
        m.update_batch(list(_shingles(text)))
        return m

    @staticmethod
    def from_hashvalues(values) -> object:
        """A signature sent as plain integers (from a worker) made whole again."""
        import numpy as np
        from datasketch import MinHash

        return MinHash(num_perm=NUM_PERM, hashvalues=np.array(values, dtype=np.uint64), scheme=SCHEME,
                       permutations=_permutations())

    def query(self, sig, exclude: str | None = None) -> str | None:
        """The doc_id of an earlier near-copy, if any (the smallest id, for a stable answer);
        never `exclude` (a document processed again is no copy of itself)."""
        values = sig.hashvalues
        found = [k for k in self.lsh.query(sig) if k != exclude
                 and float((self.signatures[k] == values).mean()) >= self.threshold]  # estimated Jaccard
        return sorted(found)[0] if found else None

    def add(self, doc_id: str, sig) -> None:
        if doc_id not in self.lsh:
            self.lsh.insert(doc_id, sig)
            self.signatures[doc_id] = sig.hashvalues.astype("uint32")  # affine32 values fit: half the memory
