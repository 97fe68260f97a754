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


class NegativeSampler:
    """Draws items users have not interacted with, from a ``seen`` user x item matrix.

    The membership structure is built once (models keep a sampler for the
    whole of training): a dense boolean copy of ``seen`` when it has at most
    ``DENSE_CELLS`` cells, else its sorted (user, item) keys for a binary
    search. Both give the same draws.
    """

    def __init__(self, seen: sp.csr_matrix) -> None:
        self.n_items = int(seen.shape[1])
        if seen.shape[0] * self.n_items <= DENSE_CELLS:  # small matrices: one lookup per draw
            self._dense: np.ndarray | None = seen.toarray() != 0
            self._keys: np.ndarray | None = None
        else:
            self._dense, self._keys = None, _seen_keys(seen)

    def _collides(self, r: np.ndarray, c: np.ndarray) -> np.ndarray:
        if self._dense is not None:
            return self._dense[r, c]
        keys = self._keys
        assert keys is not None  # set whenever _dense is None
        k = r * self.n_items + c
        pos = np.minimum(np.searchsorted(keys, k), max(len(keys) - 1, 0))
        return keys[pos] == k if len(keys) else np.zeros(len(k), dtype=bool)

    def sample(self, users: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
        """``n`` uniformly sampled unseen items per row of ``users``: an int64 array ``(len(users), n)``.

        Rejection sampling, vectorised: collisions are redrawn until none is left.
        """
        rows = np.repeat(np.asarray(users, dtype=np.int64), n)
        flat = rng.integers(0, self.n_items, size=len(rows))
        bad = np.flatnonzero(self._collides(rows, flat))
        for _ in range(1000):
            if len(bad) == 0:
                break
            flat[bad] = rng.integers(0, self.n_items, size=len(bad))
            bad = bad[self._collides(rows[bad], flat[bad])]
        return flat.reshape(-1, n) if n else flat.reshape(len(users), 0)


def sample_negatives(seen: sp.csr_matrix, users: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` uniformly sampled items per row of ``users`` that the user has not interacted with (one-off use of
    :class:`NegativeSampler`)."""
    return NegativeSampler(seen).sample(users, n, rng)
