"""Evidence records and the :class:`Explanation` every explainer returns.

Everything here uses external ids and plain Python numbers, so that an
Explanation survives ``to_json`` / ``from_dict`` unchanged and can be shown by
the service, narrated, or stored. Each evidence record carries a ``kind`` tag
(``history_item``, ``feature``, ``counterfactual``, ``neighbour``,
``popularity``, ``similar``) that :func:`evidence_from_dict` dispatches on.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

import numpy as np


def _num(x: Any) -> float | None:
    """A plain float (None for None / NaN), so that JSON stays standard."""
    if x is None:
        return None
    v = float(x)
    return None if math.isnan(v) else v


def _plain(x: Any) -> Any:
    """NumPy scalars and arrays -> plain Python, recursively."""
    if isinstance(x, dict):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    if isinstance(x, np.ndarray):
        return [_plain(v) for v in x.tolist()]
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, np.integer):
        return int(x)
    if isinstance(x, (float, np.floating)):
        return _num(x)
    return x


class Evidence:
    """Base of the evidence records: ``kind`` names the record type in JSON."""

    kind: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the ``kind`` tag first."""
        out: dict[str, Any] = {"kind": self.kind}
        for f in fields(self):  # type: ignore[arg-type]
            out[f.name] = _plain(getattr(self, f.name))
        return out


@dataclass
class HistoryItem(Evidence):
    """An item of the user's history and how much it contributed to the score (``weight``, the method's number).

    ``removal_effect`` is measured, not attributed: the score the model loses
    when this item alone is removed from the history (positive: removing it
    lowers the score; None when not measured). ``interaction`` is True when
    the weight's sign contradicts that effect (a positive weight for an item
    whose own removal *raises* the score, or the reverse): the method credits
    the item for what it does together with other items (e.g. a redundant
    partner), and the display says so. ``step`` is the item's place in the
    method's removal order (deletion path: its weight is the score its
    removal takes away after the items of earlier steps are gone); None when
    the weight does not depend on an order.
    """

    kind: ClassVar[str] = "history_item"
    item: str
    weight: float
    title: str | None = None
    removal_effect: float | None = None
    interaction: bool = False
    step: int | None = None


@dataclass
class Feature(Evidence):
    """A named feature (user or item field, item bias, residual ...) and its contribution to the score.

    ``part_of`` is None for a term of its own. ``part_of="history"`` marks a
    breakdown of the HistoryItem weights (e.g. what the history items'
    ``brand=Aurelle`` embeddings contributed inside SASRec): it is already
    counted in those weights, so :meth:`Explanation.total_weight` leaves it out.
    """

    kind: ClassVar[str] = "feature"
    field: str
    value: Any
    weight: float
    part_of: str | None = None


@dataclass
class Counterfactual(Evidence):
    """History items whose removal changes the top-K, re-scored through the model.

    ``mode`` is ``"remove"`` (removing ``removed`` drops the item out of the
    top-``k``) or ``"why_not"`` (removing ``removed`` brings an item that was
    not recommended into the top-``k``). ``new_rank`` / ``new_score`` are the
    item's rank and score with the reduced history; ``verified`` is True only
    when the model's own ``recommend`` confirmed the change.
    """

    kind: ClassVar[str] = "counterfactual"
    removed: list[str]
    new_rank: int | None
    new_score: float | None
    verified: bool
    k: int
    mode: Literal["remove", "why_not"] = "remove"
    titles: list[str] | None = None


@dataclass
class Neighbour(Evidence):
    """A co-occurrence neighbour: a history ``item`` (or a similar ``user``) linked to the recommended item.

    ``count`` is the number of users who interacted with both items (for a
    user neighbour: the number of shared items); ``similarity`` is the cosine
    similarity of the two binary interaction vectors.
    """

    kind: ClassVar[str] = "neighbour"
    similarity: float
    count: int
    item: str | None = None
    user: str | None = None
    title: str | None = None


@dataclass
class Popularity(Evidence):
    """How popular the item is: ``count`` training interactions, ``rank_in_catalogue`` (1 = most popular)."""

    kind: ClassVar[str] = "popularity"
    count: int
    rank_in_catalogue: int
    n_items: int | None = None


@dataclass
class Similar(Evidence):
    """A history ``item`` whose text is close to the recommended item's ("similar in description to X").

    ``cosine`` is the cosine of the two items' text vectors (MiniLM);
    ``shared_words`` the content words both texts contain; ``attributes`` the
    ``field=value`` pairs both items have (same brand, category, tag ...).
    """

    kind: ClassVar[str] = "similar"
    item: str
    cosine: float
    shared_words: list[str] = field(default_factory=list)
    attributes: list[str] = field(default_factory=list)
    title: str | None = None


EVIDENCE_TYPES: dict[str, type[Evidence]] = {
    c.kind: c for c in (HistoryItem, Feature, Counterfactual, Neighbour, Popularity, Similar)
}


def evidence_from_dict(d: dict[str, Any]) -> Evidence:
    """Rebuild an evidence record from :meth:`Evidence.to_dict` output (dispatch on ``kind``)."""
    kind = d.get("kind")
    cls = EVIDENCE_TYPES.get(str(kind))
    if cls is None:
        raise ValueError(f"evidence kind must be one of {', '.join(EVIDENCE_TYPES)}; got {kind!r}")
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in d.items() if k in names})


@dataclass
class Explanation:
    """Why ``item`` is recommended to ``user``, according to ``method``.

    ``score`` and ``rank`` (1-based among the items not in the user's
    history; None when the item is in it) come from the model. ``evidence``
    is a list of records; for attribution methods ``baseline_score +
    sum(weights)`` reproduces ``score`` up to ``faithfulness["completeness_error"]``.
    ``ms`` is the wall time of the explanation; ``faithfulness`` holds the
    method's own figures (completeness error, surrogate fit, verification);
    ``notes`` say, in words, what the evidence does and does not show;
    ``extras`` holds a method's raw arrays as plain JSON (e.g. the attention
    method's per-layer weights, which :func:`whyrec.viz.attention_heatmap` draws).
    """

    user: str
    item: str
    score: float
    rank: int | None
    method: str
    evidence: list[Evidence] = field(default_factory=list)
    ms: float = 0.0
    faithfulness: dict[str, Any] = field(default_factory=dict)
    baseline_score: float | None = None
    notes: list[str] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)

    # ------------------------------------------------------------ views
    def history_items(self) -> list[HistoryItem]:
        """The HistoryItem records, highest weight first."""
        recs = [e for e in self.evidence if isinstance(e, HistoryItem)]
        return sorted(recs, key=lambda e: -e.weight)

    def history_weights(self) -> dict[str, float]:
        """History item id -> weight."""
        return {e.item: e.weight for e in self.evidence if isinstance(e, HistoryItem)}

    def top_items(self, n: int = 3, *, positive: bool = True) -> list[str]:
        """The ``n`` history items with the highest weights (only positive ones when ``positive``)."""
        recs = self.history_items()
        if positive:
            recs = [e for e in recs if e.weight > 0]
        return [e.item for e in recs[:n]]

    @property
    def counterfactual(self) -> Counterfactual | None:
        """The first Counterfactual record, if any."""
        for e in self.evidence:
            if isinstance(e, Counterfactual):
                return e
        return None

    def total_weight(self) -> float:
        """Sum of the weights of the HistoryItem and Feature records (breakdowns, ``part_of`` set, left out)."""
        return float(
            sum(
                e.weight
                for e in self.evidence
                if isinstance(e, HistoryItem) or (isinstance(e, Feature) and e.part_of is None)
            )
        )

    # ------------------------------------------------------------ JSON
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (external ids, plain numbers, NaN as None)."""
        return {
            "user": str(self.user),
            "item": str(self.item),
            "score": _num(self.score),
            "rank": None if self.rank is None else int(self.rank),
            "method": self.method,
            "evidence": [e.to_dict() for e in self.evidence],
            "ms": _num(self.ms),
            "faithfulness": _plain(self.faithfulness),
            "baseline_score": _num(self.baseline_score),
            "notes": list(self.notes),
            "extras": _plain(self.extras),
        }

    def to_json(self, **kwargs: Any) -> str:
        """The explanation as a JSON string (``kwargs`` go to ``json.dumps``)."""
        return json.dumps(self.to_dict(), allow_nan=False, **kwargs)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Explanation:
        """Rebuild an Explanation from :meth:`to_dict` output."""
        missing = [k for k in ("user", "item", "score", "rank", "method") if k not in d]
        if missing:
            raise ValueError(f"explanation dict lacks {missing}; got keys {sorted(d)}")
        score = d["score"]
        return cls(
            user=str(d["user"]),
            item=str(d["item"]),
            score=float("nan") if score is None else float(score),
            rank=None if d["rank"] is None else int(d["rank"]),
            method=str(d["method"]),
            evidence=[evidence_from_dict(e) for e in d.get("evidence", [])],
            ms=float(d.get("ms") or 0.0),
            faithfulness=dict(d.get("faithfulness") or {}),
            baseline_score=d.get("baseline_score"),
            notes=list(d.get("notes") or []),
            extras=dict(d.get("extras") or {}),
        )

    @classmethod
    def from_json(cls, text: str) -> Explanation:
        """Rebuild an Explanation from :meth:`to_json` output."""
        return cls.from_dict(json.loads(text))
