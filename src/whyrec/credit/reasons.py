"""Reason codes: the principal reasons for an adverse decision, from a model's field contributions.

The one policy: the fields whose contribution pushed the applicant furthest towards *bad* (a positive part of
``logit P(bad)`` relative to the average applicant), at most ``n`` (4, as adverse-action notices give), never a
protected field (a protected field in the model still never becomes a reason), never a field that pushed
towards *good*. :func:`agreement` compares the reason codes two methods give the same applicants.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["REASONS", "agreement", "reason_codes"]

REASONS = 4


def reason_codes(contributions: np.ndarray, fields: Sequence[str], protected: Sequence[str] = (),
                 n: int = REASONS) -> list[list[str]]:
    """For each applicant (a row of ``contributions`` over ``fields``), its principal reasons, strongest first."""
    c = np.asarray(contributions, dtype=np.float64)
    allowed = np.array([f not in set(protected) for f in fields])
    out = []
    for row in c:
        order = np.argsort(-row, kind="stable")
        out.append([fields[j] for j in order if allowed[j] and row[j] > 0][:n])
    return out


def agreement(a: list[list[str]], b: list[list[str]]) -> dict[str, float]:
    """How alike two methods' reason codes are over the same applicants: the mean Jaccard overlap of the sets,
    the share of applicants whose first reason is the same, and the share with the same set."""
    jac, first, same = [], [], []
    for x, y in zip(a, b, strict=True):
        sx, sy = set(x), set(y)
        jac.append(len(sx & sy) / len(sx | sy) if sx | sy else 1.0)
        first.append(float(bool(x) and bool(y) and x[0] == y[0]) if x or y else 1.0)
        same.append(float(sx == sy))
    return {"jaccard": float(np.mean(jac)), "same_first": float(np.mean(first)), "same_set": float(np.mean(same)),
            "n": len(jac)}
