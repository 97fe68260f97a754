"""Faithfulness metrics of explanations.

Pure functions of explanations (:func:`fns`, :func:`pn_ps_fns`,
:func:`explanation_size`, :func:`stability`, :func:`cause_recovery`) sit
beside the few that must re-score through the model (:func:`deletion_curve`,
:func:`insertion_curve`, :func:`necessity_sufficiency`), which use the
shared :class:`~whyrec.explain.rescore.Rescorer` and take the model and the
histories it scores with.

- Deletion / insertion curves (as for saliency maps, Petsiuk et al. 2018):
  remove (add) the history items one by one in decreasing attribution,
  re-score, and take the normalised area under the score curve (the score
  rescaled to 1 = full history, 0 = empty history, clipped) and under the
  reciprocal-rank curve. A faithful attribution gives a *low* deletion area
  and a *high* insertion area.
- PN / PS / FNS as in CountER (Tan et al., CIKM 2021): PN = removing the
  explanation's items drops the item out of the top-K; PS = keeping only the
  explanation's items keeps it in the top-K; FNS is the harmonic mean of the
  mean PN and the mean PS.
- Ground truth (the sample shop's planted causes): hit and precision at 1
  and 3 of the cause item among the top-attributed history items.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from whyrec.data.dataset import Histories
from whyrec.explain.evidence import Explanation, HistoryItem
from whyrec.explain.rescore import Rescorer
from whyrec.models.base import Recommender


@dataclass
class Curve:
    """A deletion or insertion curve: step ``m`` removes (adds) the ``m`` top-attributed history items.

    ``score_auc`` is the area under the score rescaled to 1 = full history,
    0 = empty history and clipped to [0, 1] (scores are unbounded, and
    negative contributions make the curve overshoot; clipping keeps every
    step's order between two attributions). It is NaN when the full history
    does not score the item above the empty one. ``rank_auc`` is the
    area under 1 / rank; ``hit_auc`` the area under "in the top-``k``". The x
    axis is ``m / M`` for M history items.
    """

    kind: str
    order: list[str]
    scores: list[float]
    ranks: list[int]
    score_auc: float
    rank_auc: float
    hit_auc: float
    k: int


def _trapezoid(y: np.ndarray) -> float:
    if len(y) < 2:
        return float("nan")
    x = np.linspace(0.0, 1.0, len(y))
    return float(np.sum((y[1:] + y[:-1]) * np.diff(x)) / 2.0)


def _rescorer(model: Recommender, explanation: Explanation, histories: Histories | None) -> tuple[Rescorer, int]:
    u = int(model._user_index(explanation.user)[0])
    i = int(model._item_index(explanation.item)[0])
    return Rescorer(model, model.history_ if histories is None else histories, u), i


def attribution_order(explanation: Explanation, resc: Rescorer) -> np.ndarray:
    """Mask columns of the history in decreasing attribution (a counterfactual's removed items first)."""
    weights = explanation.history_weights()
    cf = explanation.counterfactual
    if not weights and cf is not None:
        weights = {x: 1.0 for x in cf.removed}
    ids = resc.model.item_ids_
    w = np.array([weights.get(str(ids[j]), 0.0) for j in resc.items], dtype=np.float64)
    return np.argsort(-w, kind="stable")


def _curve(model: Recommender, explanation: Explanation, histories: Histories | None, k: int, insertion: bool) -> Curve:
    resc, i = _rescorer(model, explanation, histories)
    order = attribution_order(explanation, resc)
    m = resc.size
    masks = np.zeros((m + 1, m), dtype=bool) if insertion else np.ones((m + 1, m), dtype=bool)
    for step in range(1, m + 1):
        masks[step, order[:step]] = insertion
    rows = resc.rows(masks)
    scores = rows[:, i].astype(np.float64)
    ranks = resc.ranks(masks, rows, i)
    full, empty = (scores[-1], scores[0]) if insertion else (scores[0], scores[-1])
    span = full - empty
    if span > 1e-9 * max(1.0, abs(full), abs(empty)):
        norm = np.clip((scores - empty) / span, 0.0, 1.0)
    else:  # the history does not raise the item's score: nothing for the order to take away or add
        norm = np.full(len(scores), np.nan)
    rr = np.where(ranks > 0, 1.0 / np.maximum(ranks, 1), 0.0)
    ids = model.item_ids_
    return Curve(
        kind="insertion" if insertion else "deletion",
        order=[str(ids[resc.items[j]]) for j in order],
        scores=[float(s) for s in scores],
        ranks=[int(r) for r in ranks],
        score_auc=_trapezoid(norm),
        rank_auc=_trapezoid(rr),
        hit_auc=_trapezoid(((ranks > 0) & (ranks <= k)).astype(np.float64)),
        k=k,
    )


def deletion_curve(
    model: Recommender, explanation: Explanation, histories: Histories | None = None, *, k: int = 10
) -> Curve:
    """Remove the top-attributed history items one by one and re-score (lower areas = more faithful)."""
    return _curve(model, explanation, histories, k, insertion=False)


def insertion_curve(
    model: Recommender, explanation: Explanation, histories: Histories | None = None, *, k: int = 10
) -> Curve:
    """Add the top-attributed history items one by one to an empty history and re-score (higher = more faithful)."""
    return _curve(model, explanation, histories, k, insertion=True)


def explanation_items(explanation: Explanation, size: int | None = None) -> list[str]:
    """The items an explanation points at: a counterfactual's removed set, else the ``size`` (3) top positive items."""
    cf = explanation.counterfactual
    if cf is not None and size is None:
        return list(cf.removed)
    return explanation.top_items(3 if size is None else size, positive=True)


def necessity_sufficiency(
    model: Recommender,
    explanation: Explanation,
    histories: Histories | None = None,
    *,
    k: int = 10,
    size: int | None = None,
) -> dict[str, Any]:
    """CountER's PN and PS of one explanation, re-scored through the model.

    The explanation's items are a counterfactual's removed set, or its
    ``size`` top positive history items. PN: without them the item ranks
    below ``k``; PS: with only them it ranks within ``k`` (ranks break ties
    against the item). Returns ``{"PN", "PS", "size", "rank_without", "rank_only"}``.
    """
    resc, i = _rescorer(model, explanation, histories)
    items = explanation_items(explanation, size)
    idx = model._item_index(items) if items else np.zeros(0, dtype=np.int64)
    inside = np.isin(resc.items, idx)
    masks = np.stack([~inside, inside]) if resc.size else np.zeros((2, 0), dtype=bool)
    rows = resc.rows(masks)
    ranks = resc.ranks(masks, rows, i)
    return {
        "PN": bool(len(items) > 0 and ranks[0] > k),
        "PS": bool(len(items) > 0 and 0 < ranks[1] <= k),
        "size": len(items),
        "rank_without": int(ranks[0]),
        "rank_only": int(ranks[1]),
    }


def fns(pn: float, ps: float) -> float:
    """CountER's F_NS: the harmonic mean of PN and PS (0 when both are 0)."""
    return 0.0 if pn + ps == 0 else 2.0 * pn * ps / (pn + ps)


def pn_ps_fns(results: Iterable[dict[str, Any]]) -> dict[str, float]:
    """Mean PN, mean PS, FNS and mean size over :func:`necessity_sufficiency` results."""
    rows = list(results)
    if not rows:
        return {"PN": float("nan"), "PS": float("nan"), "FNS": float("nan"), "size": float("nan"), "n": 0.0}
    pn = float(np.mean([r["PN"] for r in rows]))
    ps = float(np.mean([r["PS"] for r in rows]))
    return {"PN": pn, "PS": ps, "FNS": fns(pn, ps), "size": float(np.mean([r["size"] for r in rows])), "n": len(rows)}


def explanation_size(explanation: Explanation) -> int:
    """Number of items an explanation points at: a counterfactual's removed set, else its positive history items."""
    cf = explanation.counterfactual
    if cf is not None:
        return len(cf.removed)
    return sum(1 for e in explanation.evidence if isinstance(e, HistoryItem) and e.weight > 0)


def stability(a: Explanation, b: Explanation, n: int = 3) -> float:
    """Top-``n`` agreement of two explanations: shared items among their ``n`` top-weighted history items / n.

    (``n`` is lowered to the longer of the two lists when both are shorter;
    two explanations without history items agree fully.)
    """
    ta, tb = a.top_items(n, positive=False), b.top_items(n, positive=False)
    denom = max(len(ta), len(tb))
    return 1.0 if denom == 0 else len(set(ta) & set(tb)) / denom


def cause_recovery(
    explanations: Sequence[Explanation], reasons: pd.DataFrame, ks: Iterable[int] = (1, 3)
) -> dict[str, float]:
    """How often the planted cause item is among the top-attributed history items.

    ``reasons`` has columns ``user``, ``item``, ``cause_item`` (the sample
    shop's ``meta["reasons"]`` or ``held_out_reasons(...)``); explanations of
    (user, item) pairs with a cause item are scored, others skipped. Returns
    ``hit@k`` (the cause is among the top ``k``), ``precision@k`` (hits / k:
    there is one cause per purchase), ``n`` (explanations scored) and
    ``cause_in_history`` (the share whose cause is among the explained
    history items at all).
    """
    ks = sorted(set(int(x) for x in ks))
    have = reasons[reasons["cause_item"].notna()]
    cause = {(str(u), str(i)): str(c) for u, i, c in zip(have["user"], have["item"], have["cause_item"], strict=True)}
    hits = {q: 0 for q in ks}
    n = in_hist = 0
    for e in explanations:
        c = cause.get((str(e.user), str(e.item)))
        if c is None:
            continue
        n += 1
        in_hist += c in e.history_weights()
        ranked = e.top_items(max(ks), positive=False)
        for q in ks:
            hits[q] += c in ranked[:q]
    out: dict[str, float] = {"n": float(n), "cause_in_history": in_hist / n if n else float("nan")}
    for q in ks:
        out[f"hit@{q}"] = hits[q] / n if n else float("nan")
        out[f"precision@{q}"] = hits[q] / (n * q) if n else float("nan")
    return out


def random_attribution(explanation: Explanation, seed: int = 0) -> Explanation:
    """The same explanation with its history weights shuffled: the chance baseline of every metric here."""
    rng = np.random.default_rng(seed)
    recs = [e for e in explanation.evidence if isinstance(e, HistoryItem)]
    weights = rng.permutation([e.weight for e in recs]) if recs else []
    shuffled = [replace(e, weight=float(w)) for e, w in zip(recs, weights, strict=True)]
    return replace(explanation, method="random", evidence=shuffled, faithfulness={}, notes=["shuffled weights"])


def mean_curve_auc(curves: Iterable[Curve], field: str = "score_auc") -> float:
    """Mean of one area over curves, skipping NaN (curves whose score did not move)."""
    vals = [getattr(c, field) for c in curves]
    vals = [v for v in vals if not math.isnan(v)]
    return float(np.mean(vals)) if vals else float("nan")
