"""Exact contributions for the additive models: EASE, ItemKNN and BPR-MF.

This is the one module that looks inside models (their weights); everything
else in :mod:`whyrec.explain` sees a model through the ``Recommender``
contract only.

- EASE and ItemKNN score item ``j`` as ``sum_i W[i, j]`` over the user's
  distinct history items ``i``: the contribution of ``i`` is ``W[i, j]``, and
  the contributions sum to the score exactly (baseline: the score of an
  empty history, 0).
- BPR-MF scores ``<p_u, q_j> + b_j`` with a learned user factor ``p_u``. As
  ``implicit``'s ALS ``explain`` does, the user factor is expressed through
  the history items' factors by a ridge least-squares fit
  ``p_u ~ sum_i alpha_i q_i``; the contribution of ``i`` is
  ``alpha_i <q_i, q_j>``, and the item bias ``b_j`` and the residual
  ``<p_u - sum_i alpha_i q_i, q_j>`` are reported as separate Feature
  records, so that all records sum exactly to the score. The history weights
  are a re-expression of the user factor, not the effect of removing an item
  (BPR's scores do not change when the history does).
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_float
from whyrec.explain.base import Explainer, Findings, Target
from whyrec.explain.evidence import Feature
from whyrec.models.base import Recommender
from whyrec.models.capabilities import ADDITIVE_KINDS, AdditiveHistory


class AdditiveExplainer(Explainer):
    """Exact per-history-item contributions for EASE, ItemKNN and BPR-MF.

    ``ridge`` (BPR-MF only) is the ridge penalty of the fit of the user factor
    on the history item factors, relative to the mean squared norm of those
    factors.
    """

    method = "additive"
    preference = 10
    attributes_history = True

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        ridge: float = 1e-3,
        fallback: bool = False,
    ) -> None:
        self.ridge = check_float("ridge", ridge, 0.0, low_open=True)
        super().__init__(model, dataset, histories, fallback=fallback)

    @classmethod
    def unsupported_reason(cls, model: Recommender) -> str | None:
        """Additive contributions exist only for the item-item linear models and BPR-MF."""
        if model.additive not in ADDITIVE_KINDS:
            return ("exact additive contributions are defined only for models whose score decomposes over the history "
                    "(they declare 'additive'): EASE, ItemKNN and BPR-MF")
        return None

    def _explain(self, target: Target) -> Findings:
        if self.model.additive == "factors":
            return self._explain_mf(target)
        h = target.history
        w = cast(AdditiveHistory, self.model).history_weights(h, target.i)
        resc = target.rescorer
        baseline = float(resc.item_scores(np.zeros((1, resc.size), dtype=bool), target.i)[0])
        err = abs(baseline + float(w.sum()) - target.score)
        name = {"EASE": "EASE weights B[i, j]", "ItemKNN": "ItemKNN similarities sim(i, j)"}.get(
            type(self.model).__name__, f"{type(self.model).__name__} history weights")
        return Findings(
            evidence=list(self.history_records(target, w)),
            faithfulness={"completeness_error": err, "exact": True},
            baseline_score=baseline,
            notes=[
                f"exact: the score is the sum of the {name} over the distinct history items; "
                "removing an item lowers the score by exactly its weight"
            ],
        )

    def _explain_mf(self, target: Target) -> Findings:
        import torch

        m = self.model.module_  # type: ignore[attr-defined]
        with torch.no_grad():
            p = m.user.weight[target.training_user].detach().double().cpu().numpy()
            q_j = m.item.weight[target.i].detach().double().cpu().numpy()
            b_j = float(m.item_bias.weight[target.i, 0].detach().double().cpu())
            q_h = m.item.weight[torch.as_tensor(target.history, dtype=torch.long)].detach().double().cpu().numpy()
        if len(target.history):
            gram = q_h @ q_h.T
            lam = self.ridge * max(float(np.trace(gram)) / len(gram), 1e-12)
            alpha = np.linalg.solve(gram + lam * np.eye(len(gram)), q_h @ p)
            fitted = q_h.T @ alpha
            contrib = alpha * (q_h @ q_j)
        else:
            alpha = np.zeros(0)
            fitted = np.zeros_like(p)
            contrib = np.zeros(0)
        residual_vec = p - fitted
        residual = float(residual_vec @ q_j)
        total = float(contrib.sum()) + b_j + residual
        err = abs(total - target.score)
        denom = float(np.abs(contrib).sum()) + abs(b_j) + abs(residual)
        pn = float(p @ p)
        faith: dict[str, Any] = {
            "completeness_error": err,
            "exact": True,
            "residual_share": abs(residual) / denom if denom > 0 else 0.0,
            "user_factor_r2": 1.0 - float(residual_vec @ residual_vec) / pn if pn > 0 else 1.0,
        }
        evidence = [
            *self.history_records(target, contrib),
            Feature(field="item_bias", value=target.item, weight=b_j),
            Feature(field="residual", value="user factor not spanned by the history", weight=residual),
        ]
        return Findings(
            evidence=evidence,
            faithfulness=faith,
            baseline_score=0.0,
            notes=[
                "BPR-MF: the user factor is fitted as a ridge combination of the history items' factors "
                "(as implicit's ALS explain); history weights + item bias + residual sum exactly to the score. "
                "BPR scores do not depend on the history, so these weights are not removal effects"
            ],
        )
