"""Model-agnostic LIME and KernelSHAP over presence masks, through the real ``lime`` and ``shap`` packages.

A sample is a binary mask over *players* (1 = kept); its value is the
model's score of the explained item with the masked players hidden. Two
kinds of players share the same LIME and SHAP code (a :class:`Game`):

- ``over="history"``: the user's distinct history items; a mask keeps a
  subset of the history, re-scored by the shared
  :class:`~whyrec.explain.rescore.Rescorer` (any model whose scores depend on
  the history). One HistoryItem weight per history item.
- ``over="fields"``: the feature fields of a feature model (FM, DeepFM,
  NFM): ``user_id``, ``age``, ..., ``item_id``, ``brand``, ...; a masked
  field's embeddings are zeroed (``mask_value="zero"``, the baseline of
  integrated gradients) or replaced by the field's ``missing`` row
  (``"missing"``), see :class:`~whyrec.explain.fields.PairFields`. One Feature
  record per field.

``over="auto"`` picks the history when the scores depend on it, else the
fields of a feature model.

- LIME (Ribeiro et al. 2016) as ``lime``'s text explainer perturbs a
  document: the first sample keeps everything, the others drop a uniformly
  drawn number of players; samples are weighted by the exponential kernel of
  their cosine distance to the full mask, and ``lime.lime_base.LimeBase``
  fits the weighted ridge surrogate. Its intercept is the baseline; the
  surrogate's R^2 is reported.
- KernelSHAP (Lundberg & Lee 2017) through ``shap.KernelExplainer`` with the
  all-masked sample (the empty history; every field hidden) as the single
  background: the Shapley values sum to ``score - score(all masked)``
  exactly (efficiency), and are exact Shapley values when the sample budget
  covers every subset.

Models whose scores do not depend on the history and that have no feature
fields (BPR-MF, Popularity) cannot be explained this way: ExplainError, or a
labelled fallback with ``fallback=True``.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_choice, check_float, check_int
from whyrec.explain.base import Explainer, Findings, Target
from whyrec.explain.evidence import Evidence, Feature
from whyrec.explain.fields import MASK_VALUES, PairFields, is_feature_model
from whyrec.explain.rescore import depends_on_history, leave_one_out_masks
from whyrec.models.base import Recommender

#: what LIME and SHAP can perturb
PLAYERS: tuple[str, ...] = ("auto", "history", "fields")


@contextlib.contextmanager
def _numpy_seed(seed: int) -> Iterator[None]:
    """Seed NumPy's global generator (KernelSHAP samples with it), restoring its state afterwards."""
    state = np.random.get_state()
    np.random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(state)


@dataclass
class Game:
    """What LIME and SHAP perturb for one explanation: ``size`` players, each kept (1) or masked (0).

    ``value(masks)`` scores the explained item under ``(n, size)`` masks;
    ``records(weights)`` turns one weight per player into evidence;
    ``players`` / ``empty`` name the players and the all-masked sample in the
    notes; ``calls()`` counts the model calls so far; ``names`` names each
    player (history item id or field), in player order.
    """

    size: int
    value: Callable[[np.ndarray], np.ndarray]
    records: Callable[[np.ndarray], list[Evidence]]
    players: str
    empty: str
    calls: Callable[[], int]
    names: list[str]


class _PerturbationExplainer(Explainer):
    """Shared part of LIME and SHAP: parameters, the capability check and the game (players -> scores, records).

    ``over``: ``"history"`` (history items), ``"fields"`` (a feature model's
    fields) or ``"auto"``; ``mask_value`` (fields only): ``"zero"`` or
    ``"missing"`` (see the module docstring).
    """

    attributes_history = True
    needs_history = True
    #: order in :func:`methods_for` over a feature model's fields (benchmarks/explain.py: insertion AUC ties there,
    #: so the cheaper first); ``preference`` is the order over a history
    field_preference: ClassVar[int] = 30

    @classmethod
    def preference_for(cls, model: Recommender) -> int:
        """``preference`` when the model scores from the history, ``field_preference`` over its fields."""
        return cls.preference if depends_on_history(model) else cls.field_preference

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        n_samples: int = 300,
        seed: int = 0,
        over: str = "auto",
        mask_value: str = "zero",
        fallback: bool = False,
    ) -> None:
        self.n_samples = check_int("n_samples", n_samples, 10, 1_000_000)
        self.seed = check_int("seed", seed, 0, 2**32 - 1)
        check_choice("over", over, PLAYERS)
        self.mask_value = check_choice("mask_value", mask_value, MASK_VALUES)
        super().__init__(model, dataset, histories, fallback=fallback)
        self.over = over
        if self._delegate is None:
            self.over = self._players(model, over)
            #: masking fields needs no history; masking the history does
            self.needs_history = self.over == "history"

    @classmethod
    def _players(cls, model: Recommender, over: str) -> str:
        history, fields = depends_on_history(model), is_feature_model(model)
        if over == "auto":
            return "history" if history else "fields"
        name = type(model).__name__
        if over == "history" and not history:
            raise ValueError(
                f"over='history' varies the user's history, but {name}'s scores do not depend on it; "
                "got over='history'. Fix: over='fields' (feature models) or 'auto'"
            )
        if over == "fields" and not fields:
            raise ValueError(
                f"over='fields' masks the feature fields of an FM, DeepFM or NFM; {name} has none. "
                "Fix: over='history' or 'auto'"
            )
        return over

    @classmethod
    def unsupported_reason(cls, model: Recommender) -> str | None:
        """Perturbing explains nothing when the scores depend neither on the history nor on feature fields."""
        if not depends_on_history(model) and not is_feature_model(model):
            why = (
                "it scores from a learned user vector (history_based=False)"
                if not getattr(model, "history_based", False)
                else "its scores do not change with the user's history"
            )
            name = type(model).__name__
            return (
                f"{cls.method} varies the user's history or a feature model's fields, but {name}'s scores do not "
                f"depend on the history ({why}) and it has no feature fields"
            )
        return None

    @classmethod
    def attributes_history_of(cls, model: Recommender) -> bool:
        """One weight per history item when the scores depend on the history (``over="auto"``)."""
        return depends_on_history(model)

    def _game(self, target: Target) -> Game:
        if self.over == "history":
            resc, item = target.rescorer, target.i
            return Game(
                size=resc.size,
                value=lambda z: resc.item_scores(np.asarray(z) > 0.5, item),
                records=lambda w: list(self.history_records(target, w)),
                players="history items",
                empty="the empty history",
                calls=lambda: resc.n_calls,
                names=[str(self.model.item_ids_[j]) for j in target.history],
            )
        pair = PairFields(self.model, target.training_user, target.i)
        names, values = pair.field_names(), pair.field_values()

        def records(w: np.ndarray) -> list[Evidence]:
            order = np.argsort(-np.abs(np.asarray(w, dtype=np.float64)), kind="stable")
            return [Feature(field=names[j], value=values[j], weight=float(w[j])) for j in order]

        hidden = "zeroed" if self.mask_value == "zero" else "set to their missing value (ids zeroed)"
        return Game(
            size=pair.size,
            value=lambda z: pair.scores(np.asarray(z) > 0.5, self.mask_value),
            records=records,
            players="feature fields",
            empty=f"every field's embeddings {hidden}",
            calls=lambda: pair.n_calls,
            names=[str(x) for x in names],
        )


class LimeExplainer(_PerturbationExplainer):
    """LIME over presence masks of history items or feature fields (``n_samples`` samples, ``kernel_width`` of
    lime's text explainer)."""

    method = "lime"
    preference = 15  # ties SHAP on benchmarks/explain.py's planted causes and retraining, and costs more
    field_preference = 23

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        n_samples: int = 300,
        seed: int = 0,
        kernel_width: float = 25.0,
        over: str = "auto",
        mask_value: str = "zero",
        fallback: bool = False,
    ) -> None:
        self.kernel_width = check_float("kernel_width", kernel_width, 0.0, low_open=True)
        super().__init__(
            model,
            dataset,
            histories,
            n_samples=n_samples,
            seed=seed,
            over=over,
            mask_value=mask_value,
            fallback=fallback,
        )

    def _explain(self, target: Target) -> Findings:
        from lime.lime_base import LimeBase
        from sklearn.linear_model import Ridge
        from sklearn.metrics.pairwise import pairwise_distances

        game = self._game(target)
        m = game.size
        rs = np.random.RandomState(self.seed)
        data = np.ones((self.n_samples, m))
        sizes = rs.randint(1, m + 1, self.n_samples - 1)
        for r, size in enumerate(sizes, start=1):
            data[r, rs.choice(m, size, replace=False)] = 0.0
        labels = game.value(data)[:, None]
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
            evidence=game.records(w),
            faithfulness={
                "surrogate_r2": float(r2),
                "completeness_error": abs(intercept + float(w.sum()) - target.score),
                "n_samples": self.n_samples,
                "model_calls": game.calls(),
            },
            baseline_score=intercept,
            notes=[
                f"LIME: a kernel-weighted ridge surrogate fitted to the model's scores of {self.n_samples} random "
                f"subsets of the {game.players}; weights are the surrogate's slopes and its intercept is the "
                "baseline, so they reproduce the score only approximately (see completeness_error, surrogate_r2)"
            ],
        )


class ShapExplainer(_PerturbationExplainer):
    """KernelSHAP over presence masks of history items or feature fields, background = all masked
    (``n_samples`` coalitions)."""

    method = "shap"
    preference = 14  # best (with LIME) on benchmarks/explain.py's leave-out-and-retrain truth, cheaper than LIME
    field_preference = 22

    def _explain(self, target: Target) -> Findings:
        game = self._game(target)
        m, f = game.size, game.value
        exact = 2**m - 2 <= self.n_samples if m < 60 else False
        with warnings.catch_warnings(), _numpy_seed(self.seed):
            warnings.simplefilter("ignore")  # shap's import and sampler warn about matplotlib and sklearn details
            import shap

            explainer = shap.KernelExplainer(f, np.zeros((1, m)))
            values = explainer.shap_values(np.ones((1, m)), nsamples=self.n_samples, l1_reg=False, silent=True)
        phi = np.asarray(values, dtype=np.float64).reshape(-1)[:m]
        baseline = float(np.ravel(explainer.expected_value)[0])
        return Findings(
            evidence=game.records(phi),
            faithfulness={
                "completeness_error": abs(baseline + float(phi.sum()) - target.score),
                "exact_shapley": bool(exact),
                "n_samples": self.n_samples,
                "model_calls": game.calls(),
            },
            baseline_score=baseline,
            notes=[
                f"KernelSHAP: Shapley values of the {game.players}, with {game.empty} as the baseline; they sum "
                "to score - baseline"
                + (
                    " and are exact (every subset was scored)"
                    if exact
                    else f" (estimated from {self.n_samples} subsets)"
                )
            ],
        )


class OcclusionExplainer(_PerturbationExplainer):
    """Leave-one-out occlusion: each player's weight is the score lost when that player alone is removed.

    One batched model call scores the full input, the input without each
    player in turn and the all-masked input (``size + 2`` rows). Over the
    history the rows hold every item's score, so the explanations of one
    user's whole top-K share a single call (the last user's rows are kept).
    The weights are exact deletion effects, not a decomposition: they sum
    to ``score - baseline`` only for models additive in the players (EASE,
    ItemKNN), and ``completeness_error`` reports the gap otherwise.
    """

    method = "occlusion"
    preference = 27  # behind Banzhaf, LIME, SHAP and integrated gradients on benchmarks/explain.py
    field_preference = 18  # over fields: ties the best insertion AUC and is the cheapest

    def _explain(self, target: Target) -> Findings:
        game = self._game(target)
        m = game.size
        if self.over == "history":
            values = self.removal_rows(target)[:, target.i].astype(np.float64)
        else:
            values = game.value(leave_one_out_masks(m))
        full, baseline = float(values[0]), float(values[-1])
        w = full - values[1 : m + 1]
        return Findings(
            evidence=game.records(w),
            faithfulness={
                "completeness_error": abs(baseline + float(w.sum()) - target.score),
                "model_calls": game.calls(),
            },
            baseline_score=baseline,
            notes=[
                f"occlusion: each of the {m} {game.players} is removed alone and the item re-scored by the model; "
                f"its weight is the score lost (exact deletion effects; {game.empty} gives the baseline, and the "
                "weights sum to score - baseline only when the model is additive in them)"
            ],
        )
