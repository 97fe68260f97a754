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
- Feature models (FM, DeepFM, NFM), whose scores do not depend on the
  history: the same curves and PN / PS over the pair's feature fields
  (:func:`field_curve`, :func:`field_necessity_sufficiency`), hiding a field
  by zeroing its embeddings.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from whyrec.data.dataset import Histories
from whyrec.explain.evidence import Explanation, Feature, HistoryItem, Neighbour
from whyrec.explain.rescore import Rescorer, removal_masks
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
    masks = removal_masks(order, resc.size, insertion)
    rows = resc.rows(masks)
    names = [str(model.item_ids_[resc.items[j]]) for j in order]
    return _make_curve(names, rows[:, i].astype(np.float64), resc.ranks(masks, rows, i), k, insertion)


def _make_curve(order: list[str], scores: np.ndarray, ranks: np.ndarray, k: int, insertion: bool) -> Curve:
    """A Curve from the item's score and rank at each step (areas as documented on :class:`Curve`)."""
    full, empty = (scores[-1], scores[0]) if insertion else (scores[0], scores[-1])
    span = full - empty
    if span > 1e-9 * max(1.0, abs(full), abs(empty)):
        norm = np.clip((scores - empty) / span, 0.0, 1.0)
    else:  # the evidence does not raise the item's score: nothing for the order to take away or add
        norm = np.full(len(scores), np.nan)
    rr = np.where(ranks > 0, 1.0 / np.maximum(ranks, 1), 0.0)
    return Curve(
        kind="insertion" if insertion else "deletion",
        order=order,
        scores=[float(x) for x in scores],
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
    """The same explanation with its weights shuffled: the chance baseline of every metric here.

    HistoryItem weights are permuted among the history items, and the
    weights of Feature records of their own (``part_of`` None) among those
    records; other evidence is dropped.
    """
    rng = np.random.default_rng(seed)
    out: list[Any] = []
    for kind in (HistoryItem, Feature):
        recs = [e for e in explanation.evidence if isinstance(e, kind) and getattr(e, "part_of", None) is None]
        weights: np.ndarray | list[float] = rng.permutation([e.weight for e in recs]) if recs else []
        out += [replace(e, weight=float(w)) for e, w in zip(recs, weights, strict=True)]
    return replace(explanation, method="random", evidence=out, faithfulness={}, notes=["shuffled weights"])


def as_history_attribution(explanation: Explanation) -> Explanation:
    """An explanation's history-item ranking as HistoryItem weights, so that every metric here can score it.

    Explanations with HistoryItem records are returned as they are; a
    co-occurrence explanation's item Neighbour records become HistoryItem
    weights equal to their cosine similarity (the order the evidence
    presents them in; the other history items get no record, i.e. weight 0).
    """
    if any(isinstance(e, HistoryItem) for e in explanation.evidence):
        return explanation
    recs = [
        HistoryItem(item=e.item, weight=float(e.similarity), title=e.title)
        for e in explanation.evidence
        if isinstance(e, Neighbour) and e.item is not None
    ]
    if not recs:
        return explanation
    others = [e for e in explanation.evidence if not isinstance(e, Neighbour)]
    return replace(explanation, evidence=[*recs, *others])


def mean_curve_auc(curves: Iterable[Curve], field: str = "score_auc") -> float:
    """Mean of one area over curves, skipping NaN (curves whose score did not move)."""
    vals = [getattr(c, field) for c in curves]
    vals = [v for v in vals if not math.isnan(v)]
    return float(np.mean(vals)) if vals else float("nan")


# ---------------------------------------------------------------- feature fields (FM, DeepFM, NFM)
def field_weights(explanation: Explanation) -> dict[str, float]:
    """Field name -> summed weight of the explanation's Feature records of their own (values of a field add up)."""
    out: dict[str, float] = {}
    for e in explanation.evidence:
        if isinstance(e, Feature) and e.part_of is None:
            out[e.field] = out.get(e.field, 0.0) + float(e.weight)
    return out


def _pair_fields(model: Recommender, explanation: Explanation) -> tuple[Any, np.ndarray]:
    from whyrec.explain.fields import PairFields

    u = int(model._user_index(explanation.user)[0])
    i = int(model._item_index(explanation.item)[0])
    pair = PairFields(model, u, i)
    w = field_weights(explanation)
    return pair, np.array([w.get(name, 0.0) for name in pair.field_names()], dtype=np.float64)


def _field_ranks(rows: np.ndarray, item: int, seen: np.ndarray) -> np.ndarray:
    """Rank of ``item`` in each row among the items not in ``seen`` (ties against the item)."""
    s = np.array(rows, dtype=np.float64, copy=True)
    s[:, seen[seen != item]] = -np.inf
    return (s >= s[:, [item]]).sum(axis=1).astype(np.int64)


def field_curve(
    model: Recommender,
    explanation: Explanation,
    histories: Histories | None = None,
    *,
    k: int = 10,
    insertion: bool = False,
    mask_value: str = "zero",
) -> Curve:
    """Deletion (insertion) curve of a feature model's explanation over its fields.

    As :func:`deletion_curve`, with the pair's feature fields in place of
    history items: step ``m`` hides (shows only) the ``m`` fields with the
    highest summed Feature weight (hidden = embeddings zeroed, the baseline
    of integrated gradients and of LIME / SHAP over fields). A hidden user
    field is hidden for every item, a hidden item field only for the
    explained item; the rank is among the items not in the user's history.
    """
    pair, w = _pair_fields(model, explanation)
    order = np.argsort(-w, kind="stable")
    masks = removal_masks(order, pair.size, insertion)
    rows = pair.all_scores(masks, mask_value)
    hist = model.history_ if histories is None else histories
    seen = np.unique(np.asarray(hist[pair.u], dtype=np.int64))
    names = pair.field_names()
    return _make_curve([names[j] for j in order], rows[:, pair.i], _field_ranks(rows, pair.i, seen), k, insertion)


def field_necessity_sufficiency(
    model: Recommender,
    explanation: Explanation,
    histories: Histories | None = None,
    *,
    k: int = 10,
    size: int = 3,
    mask_value: str = "zero",
) -> dict[str, Any]:
    """PN / PS of a feature model's explanation over fields: its ``size`` top positive fields hidden / kept alone.

    The field counterpart of :func:`necessity_sufficiency` (same keys),
    with fields hidden as in :func:`field_curve`.
    """
    pair, w = _pair_fields(model, explanation)
    top = [int(j) for j in np.argsort(-w, kind="stable")[:size] if w[j] > 0]
    inside = np.zeros(pair.size, dtype=bool)
    inside[top] = True
    rows = pair.all_scores(np.stack([~inside, inside]), mask_value)
    hist = model.history_ if histories is None else histories
    ranks = _field_ranks(rows, pair.i, np.unique(np.asarray(hist[pair.u], dtype=np.int64)))
    return {
        "PN": bool(top and ranks[0] > k),
        "PS": bool(top and ranks[1] <= k),
        "size": len(top),
        "rank_without": int(ranks[0]),
        "rank_only": int(ranks[1]),
    }
