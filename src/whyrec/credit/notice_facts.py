"""What a credit notice may say: the decision, the score and the approval line in points, the principal reasons
(field, value) and the verified recourse (field, from, to), gathered from a decision's evidence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from whyrec.credit.data import plain
from whyrec.credit.models import points

__all__ = ["LANGS", "DecisionFacts", "decision_facts"]

#: the languages notices are written and checked in
LANGS = ("en", "zh")


@dataclass(frozen=True)
class DecisionFacts:
    """What a notice may say. ``reasons``: (field, value); ``changes``: (field, from, to) of a verified
    recourse (empty when none was found or the applicant is approved); ``protected``: fields never named."""

    declined: bool
    score: str
    line: str
    reasons: tuple[tuple[str, Any], ...]
    changes: tuple[tuple[str, Any, Any], ...]
    protected: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()

    @property
    def evidence(self) -> set[str]:
        """The fields a notice may name: the reasons' and the changed ones."""
        return {k for k, _ in self.reasons} | {k for k, _, _ in self.changes}

    def values(self) -> list[tuple[str, Any]]:
        """Every (field, value) of the evidence: the reasons' values, and each change's from and to."""
        return [*self.reasons, *[(k, x) for k, a, b in self.changes for x in (a, b)]]

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"declined": self.declined, "score": self.score, "line": self.line,
                "reasons": [list(r) for r in self.reasons], "changes": [list(c) for c in self.changes]}

    @classmethod
    def from_dict(cls, d: dict[str, Any], protected: Iterable[str] = (), fields: Iterable[str] = ()) -> DecisionFacts:
        """The facts of :meth:`to_dict`'s form (``protected`` and ``fields`` as :func:`decision_facts` takes them)."""
        return cls(bool(d["declined"]), str(d["score"]), str(d["line"]), tuple(tuple(r) for r in d["reasons"]),
                   tuple(tuple(c) for c in d["changes"]), tuple(protected), tuple(fields))


def decision_facts(explained: dict[str, Any], recourse: Any, protected: Iterable[str] = (),
                   fields: Iterable[str] = ()) -> DecisionFacts:
    """Facts from :func:`whyrec.credit.run.explain_applicant`'s record and a :class:`~whyrec.credit.Recourse`
    (or its ``to_dict()``, or None); ``fields``: every field of the table (so a field outside the evidence is
    recognised)."""
    values = {f["field"]: f["value"] for f in explained["fields"]}
    score, line = float(explained["score"]), float(points(np.array([explained["cutoff"]]))[0])
    # whole points, unless that would make "not above" or "above" read false
    digits = 0 if np.floor(score) != np.floor(line) else 1
    shown = [f"{np.floor(x * 10**digits) / 10**digits:.{digits}f}" for x in (score, line)]
    changes: tuple[tuple[str, Any, Any], ...] = ()
    if isinstance(recourse, dict):  # the plain-JSON form (Recourse.to_dict)
        verified, changed = bool(recourse.get("verified")), dict(recourse.get("changes") or {})
    else:
        verified, changed = bool(recourse is not None and recourse.verified), dict(getattr(recourse, "changes", {}))
    if verified and changed:
        changes = tuple((f, plain(a), plain(b)) for f, (a, b) in changed.items())
    return DecisionFacts(explained["decision"] == "declined", shown[0], shown[1],
                         tuple((f, plain(values[f])) for f in explained["reasons"]), changes, tuple(protected),
                         tuple(fields) or tuple(values))
