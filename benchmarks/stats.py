"""Interval helpers the benchmarks share (plain numpy)."""

from __future__ import annotations

import numpy as np

#: bootstrap resamples of every interval
N_BOOT = 2000


def boot_mean_ci(x: np.ndarray, seed: int = 0) -> list[float] | None:
    """Percentile bootstrap 95% interval of a mean (paired differences: pass the differences)."""
    x = np.asarray(x, dtype=np.float64)
    x = x[np.isfinite(x)]
    if len(x) < 2:
        return None
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, len(x), (N_BOOT, len(x)))].mean(axis=1)
    return [round(float(np.percentile(means, 2.5)), 4), round(float(np.percentile(means, 97.5)), 4)]
