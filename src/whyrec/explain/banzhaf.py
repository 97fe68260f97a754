"""Banzhaf values: each history item's average effect over random subsets of the others, with its sampling error.

A model-agnostic explainer over the same players as LIME and SHAP (the
user's history items, or a feature model's fields; see
:mod:`whyrec.explain.perturb`). An item's Banzhaf value is the score the
model loses when that item is removed, averaged over all subsets of the
*other* players, each equally likely (Banzhaf 1965; as a data-valuation
semivalue, Wang & Jia 2023). It is a statement about the item on its own:
"across random halves of your other purchases, removing this one takes
away W of the score on average", so a redundant pair (either item alone
carries the score) gets half the effect each rather than zero (occlusion)
or an order-dependent share (a deletion path).

Estimation: the maximum-sample-reuse estimator — ``n_samples`` uniform random
subsets scored in one batched model call; an item's value is the mean score
of the subsets that keep it minus the mean of those that drop it. Its
standard error (two-sample, from the same draw) is reported per item in
``extras["weight_se"]`` and as the largest in ``faithfulness``. Unlike
Shapley values, Banzhaf values need not sum to ``score - baseline``; the
gap is reported as ``completeness_error`` and is not a fault.

On ``benchmarks/explain.py`` it recovers planted causes at least as well as
SHAP and LIME and costs less, but on the held-out shops its top evidence
carries less of the recommendation than LIME's when removed and the model
retrained, so it is not the default (SHAP is).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, overload

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.explain.base import Findings, Target
from whyrec.explain.perturb import _PerturbationExplainer
from whyrec.models.base import Recommender

__all__ = ["BanzhafExplainer", "banzhaf_values"]


@overload
def banzhaf_values(
    value: Callable[[np.ndarray], Any], m: int, n_samples: int, rng: np.random.Generator,
    *, with_se: Literal[False] = False,
) -> np.ndarray: ...
@overload
def banzhaf_values(
    value: Callable[[np.ndarray], Any], m: int, n_samples: int, rng: np.random.Generator, *, with_se: Literal[True]
) -> tuple[np.ndarray, np.ndarray]: ...
@overload
def banzhaf_values(
    value: Callable[[np.ndarray], Any], m: int, n_samples: int, rng: np.random.Generator, *, with_se: bool = False
) -> np.ndarray | tuple[np.ndarray, np.ndarray]: ...
def banzhaf_values(
    value: Callable[[np.ndarray], Any], m: int, n_samples: int, rng: np.random.Generator, *, with_se: bool = False
) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """Banzhaf values of ``m`` players from ``n_samples`` uniform random subsets (MSR estimator, one call).

    ``value(masks)`` scores ``(n, m)`` boolean masks (True = kept). A player
    that the draw never (or always) kept gets 0 (and an infinite standard
    error). ``with_se``: also return each value's standard error.
    """
    z = rng.random((n_samples, m)) < 0.5
    v = np.asarray(value(z), dtype=np.float64)
    kept = z.sum(axis=0)
    dropped = n_samples - kept
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_in = (v @ z) / kept
        mean_out = (v @ ~z) / dropped
        w = mean_in - mean_out
        if with_se:
            var_in = ((v**2) @ z) / kept - mean_in**2
            var_out = ((v**2) @ ~z) / dropped - mean_out**2
            se = np.sqrt(
                np.maximum(var_in, 0) / np.maximum(kept - 1, 1) + np.maximum(var_out, 0) / np.maximum(dropped - 1, 1)
            )
    bad = (kept == 0) | (dropped == 0)
    w[bad] = 0.0
    if not with_se:
        return w
    se[bad] = np.inf
    return w, se


class BanzhafExplainer(_PerturbationExplainer):
    """Banzhaf values of the history items (or a feature model's fields) from ``n_samples`` random subsets.

    ``n_samples`` (default 256: one batched model call), ``seed``, ``over``
    and ``mask_value`` as for LIME and SHAP. See the module docstring.
    """

    method = "banzhaf"
    preference = 16  # best planted-cause recovery and cheapest, but behind LIME on the retrain truth (held out)
    field_preference = 35  # over fields it trails occlusion, LIME, SHAP and IG on insertion AUC

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        n_samples: int = 256,
        seed: int = 0,
        over: str = "auto",
        mask_value: str = "zero",
        fallback: bool = False,
    ) -> None:
        super().__init__(
            model, dataset, histories, n_samples=n_samples, seed=seed, over=over, mask_value=mask_value,
            fallback=fallback,
        )

    def _explain(self, target: Target) -> Findings:
        game = self._game(target)
        m = game.size
        baseline = float(game.value(np.zeros((1, m), dtype=bool))[0])
        if m == 1:
            w, se = np.array([target.score - baseline]), np.zeros(1)
        else:
            w, se = banzhaf_values(game.value, m, self.n_samples, np.random.default_rng(self.seed), with_se=True)
        se_max = float(np.max(se)) if m else 0.0
        return Findings(
            evidence=game.records(w),
            faithfulness={
                "completeness_error": abs(baseline + float(w.sum()) - target.score),
                "weight_se_max": se_max,
                "n_samples": self.n_samples,
                "model_calls": game.calls(),
            },
            baseline_score=baseline,
            extras={"weight_se": {name: float(se[j]) for j, name in enumerate(game.names)}},
            notes=[
                f"Banzhaf values: each weight is the score lost when that one of the {game.players} is removed, "
                f"averaged over {self.n_samples} random subsets of the others (each kept with probability 1/2); "
                f"the largest standard error of a weight is {se_max:.2g}. They describe each item on its own and "
                f"need not add up to score - baseline ({game.empty})"
            ],
        )
