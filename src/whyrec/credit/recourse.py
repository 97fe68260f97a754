"""Verified recourse: the smallest change to actionable fields that turns a decline into an approval.

Each actionable field has an :class:`Action`: a numeric field may only fall (``decrease``: a shorter or smaller
credit) or rise, in steps, within bounds; an ordered categorical field may only move up its ``order`` (more
savings). Protected and other fields never change. :func:`find_recourse` tries every change of one field, then
of two (each over its nearest ``STEPS`` values), then of three (each over ``STEPS_3`` values spread from the
nearest to the furthest allowed) (the fewest fields first, then the smallest distance: a numeric change counts its size
over the field's range in the training data, a categorical one its steps over the length of its order), scores
all of them with the model, and returns the cheapest whose probability of bad falls below the cut-off, scored
once more on its own (``verified``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from whyrec.credit.data import plain
from whyrec.credit.models import CreditModel
from whyrec.errors import WhyrecError

__all__ = ["Recourse", "candidate_values", "change_distance", "find_recourse"]

#: candidate values tried per field (numeric steps), and per field when three fields change together
STEPS, STEPS_3 = 12, 4


@dataclass
class Recourse:
    """A change (``changes``: field -> (from, to)) that takes the probability of bad from ``p_before`` to
    ``p_after``, under the ``cutoff``; ``verified`` when the changed applicant, scored on its own, is approved."""

    changes: dict[str, tuple[Any, Any]]
    p_before: float
    p_after: float
    cutoff: float
    distance: float
    verified: bool
    tried: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def n_fields(self) -> int:
        """How many fields change."""
        return len(self.changes)

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"changes": {k: [plain(a), plain(b)] for k, (a, b) in self.changes.items()},
                "p_before": self.p_before, "p_after": self.p_after, "cutoff": self.cutoff,
                "distance": self.distance, "verified": self.verified, "n_fields": self.n_fields, "tried": self.tried}


def change_distance(action: dict[str, Any], old: Any, new: Any, scale: float) -> float:
    """How far a change of one field goes: a category's steps along its ``order`` over the order's length, a
    number's change over ``scale`` (the field's range in the training data)."""
    if "order" in action:
        order = list(action["order"])
        return abs(order.index(new) - order.index(old)) / max(1, len(order) - 1)
    return abs(float(new) - float(old)) / max(scale, 1e-9)


def candidate_values(value: Any, action: dict[str, Any], scale: float) -> list[tuple[Any, float]]:
    """``(new value, distance)`` pairs the ``action`` allows from ``value``, nearest first."""
    if "order" in action:
        order = list(action["order"])
        if value not in order:
            return []
        i = order.index(value)
        steps = range(i + 1, len(order)) if action.get("direction", "increase") == "increase" else range(i - 1, -1, -1)
        return [(order[j], change_distance(action, value, order[j], scale)) for j in steps]
    direction = action.get("direction", "decrease")
    step = float(action.get("step", 1))
    sign = -1.0 if direction == "decrease" else 1.0
    bound = action.get("low" if direction == "decrease" else "high")
    out: list[tuple[Any, float]] = []
    for k in range(1, STEPS + 1):
        new = value * (1 + sign * step * k) if step < 1 else value + sign * step * k
        if bound is not None and ((direction == "decrease" and new < bound) or (direction == "increase" and
                                                                                new > bound)):
            break
        new = type(value)(round(new)) if isinstance(value, (int, np.integer)) else new
        if new == value or any(new == v for v, _ in out):
            continue
        out.append((new, change_distance(action, value, new, scale)))
    return out


def _spread(values: list[tuple[Any, float]], k: int) -> list[tuple[Any, float]]:
    """``k`` of ``values`` (nearest first) spread over the whole list, the nearest and the furthest included."""
    if len(values) <= k:
        return values
    return [values[int(round(j))] for j in np.linspace(0, len(values) - 1, k)]


def find_recourse(model: CreditModel, applicant: pd.Series | pd.DataFrame, cutoff: float,
                  actions: dict[str, dict[str, Any]], scales: dict[str, float], max_fields: int = 3) -> Recourse | None:
    """The cheapest verified change (see the module docstring), or None when no change of at most
    ``max_fields`` actionable fields turns the decision. ``scales``: each numeric field's range in the training
    data. An applicant already approved gets an empty change."""
    row = applicant.iloc[[0]] if isinstance(applicant, pd.DataFrame) else applicant.to_frame().T
    row = row.reset_index(drop=True).infer_objects()
    p0 = float(model.predict_bad(row)[0])
    if p0 < cutoff:
        return Recourse({}, p0, p0, cutoff, 0.0, True)
    usable = {f: a for f, a in actions.items() if f in model.fields_ and f not in model.protected_}
    if not usable:
        raise WhyrecError("no actionable field is a field of this model. Fix: declare actions on its fields")
    options = {f: candidate_values(row.at[0, f], a, scales.get(f, 1.0)) for f, a in usable.items()}
    options = {f: o for f, o in options.items() if o}
    tried = 0
    for size in range(1, max_fields + 1):
        combos = []
        for fields in itertools.combinations(sorted(options), size):
            lists = [options[f] if size < 3 else _spread(options[f], STEPS_3) for f in fields]
            for choice in itertools.product(*lists):
                combos.append((fields, choice))
        if not combos:
            continue
        rows = pd.concat([row] * len(combos), ignore_index=True)
        for n, (fields, choice) in enumerate(combos):
            for f, (v, _) in zip(fields, choice, strict=True):
                rows.at[n, f] = v
        p = model.predict_bad(rows)
        tried += len(combos)
        ok = np.flatnonzero(p < cutoff)
        if len(ok):
            cost = np.array([sum(d for _, d in combos[i][1]) for i in ok])
            best = int(ok[int(np.argmin(cost))])
            fields, choice = combos[best]
            changed = rows.iloc[[best]].reset_index(drop=True)
            p_after = float(model.predict_bad(changed)[0])  # scored again, alone
            return Recourse({f: (row.at[0, f], v) for f, (v, _) in zip(fields, choice, strict=True)}, p0, p_after,
                            cutoff, float(sum(d for _, d in choice)), p_after < cutoff, tried)
    return None
