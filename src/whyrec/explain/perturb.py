"""Model-agnostic LIME and KernelSHAP over history-presence masks, through the real ``lime`` and ``shap`` packages.

A sample is a subset of the user's distinct history items (a binary mask:
1 = kept); its value is the model's score of the explained item given that
reduced history, computed by the shared :class:`~whyrec.explain.rescore.Rescorer`.
Both methods return one weight per history item.

- LIME (Ribeiro et al. 2016) as ``lime``'s text explainer perturbs a
  document: the first sample keeps everything, the others drop a uniformly
  drawn number of items; samples are weighted by the exponential kernel of
  their cosine distance to the full history, and ``lime.lime_base.LimeBase``
  fits the weighted ridge surrogate. Its intercept is the baseline; the
  surrogate's R^2 is reported.
- KernelSHAP (Lundberg & Lee 2017) through ``shap.KernelExplainer`` with the
  empty history as the single background sample: the Shapley values sum to
  ``score - score(empty history)`` exactly (efficiency), and are exact
  Shapley values when the sample budget covers every subset.

Models whose scores do not depend on the history (BPR-MF, FM with user ids,
Popularity) cannot be explained this way: ExplainError, or a labelled
fallback with ``fallback=True``.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from typing import Any

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_float, check_int
from whyrec.explain.base import Explainer, Findings, Target
from whyrec.explain.rescore import depends_on_history
from whyrec.models.base import Recommender


@contextlib.contextmanager
def _numpy_seed(seed: int) -> Iterator[None]:
    """Seed NumPy's global generator (KernelSHAP samples with it), restoring its state afterwards."""
    state = np.random.get_state()
    np.random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(state)


class _PerturbationExplainer(Explainer):
    """Shared part of LIME and SHAP: parameters, the capability check and the mask -> score function."""

    attributes_history = True
    needs_history = True

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        n_samples: int = 300,
        seed: int = 0,
        fallback: bool = False,
    ) -> None:
        self.n_samples = check_int("n_samples", n_samples, 10, 1_000_000)
        self.seed = check_int("seed", seed, 0, 2**32 - 1)
        super().__init__(model, dataset, histories, fallback=fallback)

    @classmethod
    def unsupported_reason(cls, model: Recommender) -> str | None:
        """Perturbing the history explains nothing when the scores do not depend on it."""
        if not depends_on_history(model):
            why = (
                "it scores from a learned user vector (history_based=False)"
                if not getattr(model, "history_based", False)
                else "its scores do not change with the user's history"
            )
            name = type(model).__name__
            return f"{cls.method} varies the user's history, but {name}'s scores do not depend on it: {why}"
        return None

    @staticmethod
    def _value_fn(target: Target) -> Any:
        resc, item = target.rescorer, target.i

        def f(z: np.ndarray) -> np.ndarray:
            return resc.item_scores(np.asarray(z) > 0.5, item)

        return f


class LimeExplainer(_PerturbationExplainer):
    """LIME over history-presence masks (``n_samples`` samples, ``kernel_width`` of lime's text explainer)."""

    method = "lime"
    preference = 40

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        n_samples: int = 300,
        seed: int = 0,
        kernel_width: float = 25.0,
        fallback: bool = False,
    ) -> None:
        self.kernel_width = check_float("kernel_width", kernel_width, 0.0, low_open=True)
        super().__init__(model, dataset, histories, n_samples=n_samples, seed=seed, fallback=fallback)

    def _explain(self, target: Target) -> Findings:
        from lime.lime_base import LimeBase
        from sklearn.linear_model import Ridge
        from sklearn.metrics.pairwise import pairwise_distances

        m = target.rescorer.size
        rs = np.random.RandomState(self.seed)
        data = np.ones((self.n_samples, m))
        sizes = rs.randint(1, m + 1, self.n_samples - 1)
        for r, size in enumerate(sizes, start=1):
            data[r, rs.choice(m, size, replace=False)] = 0.0
        labels = self._value_fn(target)(data)[:, None]
        distances = pairwise_distances(data, data[:1], metric="cosine").ravel() * 100.0
        width = self.kernel_width

        def kernel(d: np.ndarray) -> np.ndarray:
            return np.sqrt(np.exp(-(d**2) / width**2))

        base = LimeBase(kernel, verbose=False, random_state=rs)
        intercept, local_exp, r2, local_pred = base.explain_instance_with_data(
            data, labels, distances, 0, m, feature_selection="none", model_regressor=Ridge(alpha=1.0, random_state=rs)
        )
        w = np.zeros(m)
        for j, weight in local_exp:
            w[int(j)] = float(weight)
        intercept = float(np.ravel(intercept)[0]) if np.ndim(intercept) else float(intercept)
        return Findings(
            evidence=list(self.history_records(target, w)),
            faithfulness={
                "surrogate_r2": float(r2),
                "completeness_error": abs(intercept + float(w.sum()) - target.score),
                "n_samples": self.n_samples,
                "model_calls": target.rescorer.n_calls,
            },
            baseline_score=intercept,
            notes=[
                f"LIME: a kernel-weighted ridge surrogate fitted to the model's scores of {self.n_samples} random "
                "subsets of the history; weights are the surrogate's slopes and its intercept is the baseline, "
                "so they reproduce the score only approximately (see completeness_error, surrogate_r2)"
            ],
        )


class ShapExplainer(_PerturbationExplainer):
    """KernelSHAP over history-presence masks, background = the empty history (``n_samples`` coalitions)."""

    method = "shap"
    preference = 30

    def _explain(self, target: Target) -> Findings:
        m = target.rescorer.size
        f = self._value_fn(target)
        exact = 2**m - 2 <= self.n_samples if m < 60 else False
        with warnings.catch_warnings(), _numpy_seed(self.seed):
            warnings.simplefilter("ignore")  # shap's import and sampler warn about matplotlib and sklearn details
            import shap

            explainer = shap.KernelExplainer(f, np.zeros((1, m)))
            values = explainer.shap_values(np.ones((1, m)), nsamples=self.n_samples, l1_reg=False, silent=True)
        phi = np.asarray(values, dtype=np.float64).reshape(-1)[:m]
        baseline = float(np.ravel(explainer.expected_value)[0])
        return Findings(
            evidence=list(self.history_records(target, phi)),
            faithfulness={
                "completeness_error": abs(baseline + float(phi.sum()) - target.score),
                "exact_shapley": bool(exact),
                "n_samples": self.n_samples,
                "model_calls": target.rescorer.n_calls,
            },
            baseline_score=baseline,
            notes=[
                "KernelSHAP: Shapley values of the history items, with the empty history as the baseline; they sum "
                "to score - baseline"
                + (
                    " and are exact (every subset was scored)"
                    if exact
                    else f" (estimated from {self.n_samples} subsets)"
                )
            ],
        )
