"""Near-duplicate articles (the same press release on several sites) with MinHash LSH.

Shingles are word 5-grams of the cleaned text; two articles whose estimated Jaccard similarity
is at least `threshold` are copies. datasketch's LSH index finds candidates without comparing
all pairs.
"""
from __future__ import annotations

import re

NUM_PERM = 64  # 64 permutations: similarity error about 0.06, enough to tell copies from relatives
SHINGLE = 5
SCHEME = "affine32"  # datasketch's hashing scheme, named so signatures can travel between processes


def _shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


class NearDuplicates:
    def __init__(self, threshold: float = 0.8):
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)

    @staticmethod
    def signature(text: str):
        from datasketch import MinHash

        m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
        m.update_batch(list(_shingles(text)))
        return m

    @staticmethod
    def from_hashvalues(values) -> object:
        """A signature sent as plain integers (from a worker) made whole again."""
        import numpy as np
        from datasketch import MinHash

        return MinHash(num_perm=NUM_PERM, hashvalues=np.array(values, dtype=np.uint64), scheme=SCHEME)

    def query(self, sig) -> str | None:
        """The doc_id of an earlier near-copy, if any (the smallest id, for a stable answer)."""
        found = self.lsh.query(sig)
        return sorted(found)[0] if found else None

    def add(self, doc_id: str, sig) -> None:
        if doc_id not in self.lsh:
            self.lsh.insert(doc_id, sig)
