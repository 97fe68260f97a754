"""Negative sampling shared by the models trained on implicit feedback."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

#: up to this many (user, item) cells, membership is looked up in a dense boolean copy of the matrix (16 MB)
DENSE_CELLS = 1 << 24


def _seen_keys(seen: sp.csr_matrix) -> np.ndarray:
    """Sorted int64 keys ``user * n_items + item`` of the non-zero cells of ``seen``."""
    m = seen.tocsr()
    rows = np.repeat(np.arange(m.shape[0], dtype=np.int64), np.diff(m.indptr))
    keys = rows * m.shape[1] + m.indices.astype(np.int64)
    keys.sort()
    return keys


def sample_negatives(seen: sp.csr_matrix, users: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` uniformly sampled items per row of ``users`` that the user has not interacted with.

    Returns an int64 array ``(len(users), n)``. Rejection sampling, vectorised:
    membership is a look-up in a dense boolean copy of ``seen`` (at most
    ``DENSE_CELLS`` cells) or else a binary search in its sorted (user, item)
    keys, and collisions are redrawn until none is left. Both give the same draws.
    """
    n_items = seen.shape[1]
    rows = np.repeat(np.asarray(users, dtype=np.int64), n)
    flat = rng.integers(0, n_items, size=len(rows))
    if seen.shape[0] * n_items <= DENSE_CELLS:  # small matrices: one lookup per draw in a dense boolean copy
        dense = seen.toarray() != 0

        def collides(r: np.ndarray, c: np.ndarray) -> np.ndarray:
            return dense[r, c]
    else:
        keys = _seen_keys(seen)

        def collides(r: np.ndarray, c: np.ndarray) -> np.ndarray:
            k = r * n_items + c
            pos = np.minimum(np.searchsorted(keys, k), max(len(keys) - 1, 0))
            return keys[pos] == k if len(keys) else np.zeros(len(k), dtype=bool)

    bad = np.flatnonzero(collides(rows, flat))
    for _ in range(1000):
        if len(bad) == 0:
            break
        flat[bad] = rng.integers(0, n_items, size=len(bad))
        bad = bad[collides(rows[bad], flat[bad])]
    return flat.reshape(-1, n) if n else flat.reshape(len(users), 0)
