"""Negative sampling shared by the models trained on implicit feedback."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def sample_negatives(seen: sp.csr_matrix, users: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` uniformly sampled items per row of ``users`` that the user has not interacted with.

    Returns an int64 array ``(len(users), n)``. Rejection sampling, vectorised:
    collisions with ``seen`` are redrawn until none is left.
    """
    n_items = seen.shape[1]
    out = rng.integers(0, n_items, size=(len(users), n))
    rows = np.repeat(users, n)
    flat = out.reshape(-1)
    bad = np.flatnonzero(np.asarray(seen[rows, flat]).ravel() > 0)
    for _ in range(100):
        if len(bad) == 0:
            break
        flat[bad] = rng.integers(0, n_items, size=len(bad))
        still = np.asarray(seen[rows[bad], flat[bad]]).ravel() > 0
        bad = bad[still]
    return flat.reshape(len(users), n)
