"""Rank-level fusion: a weighted reciprocal-rank blend of several recommenders, itself a Recommender.

Each member ranks every item for the user; the fused score of item ``i`` is ``sum_m w_m / (k0 + rank_m(i))``
(reciprocal rank fusion, Cormack et al. 2009, with weights). Ranks make members on different score scales
comparable (an EASE score, a softmax logit, a co-occurrence count) and a member's extreme scores count no more
than its first place. The weights are chosen on the validation split (a grid over the simplex, best validation
NDCG@10), unless given; the members are fitted on the training split with the same validation data. The fused
model is history-based when every member is, so every model-agnostic explainer (occlusion, deletion path, SHAP,
LIME, counterfactuals, co-occurrence, popularity) explains it unchanged.
"""

from __future__ import annotations

import itertools
from typing import Any, ClassVar

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_float
from whyrec.models.base import Recommender, _to_numpy, rank_block

__all__ = ["DEFAULT_MEMBERS", "Fusion", "reciprocal_ranks"]

#: the members when none are given: a linear item model and a sequence model, each with its own defaults (the
#: pair benchmarks/accuracy.py measures on ML-100K, Beauty and the sample shop)
DEFAULT_MEMBERS: tuple[dict[str, Any], ...] = ({"model": "ease", "params": {}}, {"model": "sasrec", "params": {}})


def reciprocal_ranks(scores: np.ndarray, k0: float) -> np.ndarray:
    """``1 / (k0 + rank)`` of every column of each row (rank 1 = highest score; ties in column order)."""
    order = np.argsort(-scores, axis=1, kind="stable")
    ranks = np.empty_like(order)
    rows = np.arange(scores.shape[0])[:, None]
    ranks[rows, order] = np.arange(1, scores.shape[1] + 1)[None, :]
    return 1.0 / (k0 + ranks)


class Fusion(Recommender):
    """A weighted reciprocal-rank blend of member models (see the module docstring).

    ``members``: ``[{"model": key, "params": {...}}, ...]`` (fitted by :meth:`fit`), or fitted Recommenders
    (kept as they are: :meth:`fit` then only chooses the weights; they must have been fitted on the same users and
    items); None: :data:`DEFAULT_MEMBERS` (EASE and SASRec with their defaults). ``weights``: one per member, or
    None to choose them on the validation split on a grid of step ``grid_step`` (the equal blend when there is no
    validation data). ``k0``: the reciprocal-rank constant (60, as
    in the RRF paper; larger values flatten the blend towards an average of ranks).
    """

    key = "fusion"
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {"k0": ("log", 1.0, 200.0)}

    def __init__(
        self,
        *,
        members: list[Any] | None = None,
        weights: list[float] | None = None,
        k0: float = 60.0,
        grid_step: float = 0.1,
    ) -> None:
        self.members = members
        self.weights = weights
        self.k0 = k0
        self.grid_step = grid_step

    def get_params(self) -> dict[str, Any]:
        """The hyper-parameters, members as ``{"model", "params"}`` specs (a fitted member by its own params)."""
        out = super().get_params()
        out["members"] = [self._spec(m) for m in self._members()]
        return out

    @staticmethod
    def _spec(member: Any) -> dict[str, Any]:
        if isinstance(member, Recommender):
            return {"model": member.key, "params": member.get_params()}
        return {"model": member["model"], "params": dict(member.get("params") or {})}

    def _members(self) -> list[Any]:
        return list(DEFAULT_MEMBERS if self.members is None else self.members)

    def _check_params(self) -> None:
        members = self._members()
        if len(members) < 2:
            raise ValueError(f"members must list at least 2 models to fuse; got {self.members!r}")
        for j, m in enumerate(members):
            if not isinstance(m, Recommender) and not (isinstance(m, dict) and isinstance(m.get("model"), str)):
                raise ValueError(f"members[{j}] must be a Recommender or {{'model': key, 'params': {{...}}}}; "
                                 f"got {m!r}")  # fmt: skip
        if self.weights is not None and (len(self.weights) != len(members)
                                         or any(not w >= 0 for w in self.weights) or not sum(self.weights) > 0):
            raise ValueError(f"weights must be {len(members)} non-negative numbers, not all 0; got "
                             f"{self.weights!r}")  # fmt: skip
        check_float("k0", self.k0, 0.0)
        check_float("grid_step", self.grid_step, 0.0, 1.0, low_open=True)

    @property
    def history_based(self) -> bool:  # type: ignore[override]
        """True when every member scores from the history alone."""
        ms = getattr(self, "models_", None) or [m for m in self._members() if isinstance(m, Recommender)]
        return bool(ms) and all(m.history_based for m in ms)

    # ------------------------------------------------------------ training
    def _fit(self, train: Dataset, valid: Dataset | None) -> None:
        from whyrec.models import make_model

        self._check_params()
        models = []
        for spec in self._members():
            if isinstance(spec, Recommender):
                if not hasattr(spec, "history_"):
                    spec.fit(train, valid)
                elif spec.n_items_ != train.n_items or list(spec.item_ids_) != list(train.item_ids):
                    raise ValueError(f"member {type(spec).__name__} was fitted on other items; fit it on the same "
                                     "data as the fusion, or pass its spec")  # fmt: skip
                models.append(spec)
            else:
                models.append(make_model(spec["model"], **dict(spec.get("params") or {})).fit(train, valid))
        self.models_ = models
        if self.weights is not None:
            self.weights_ = np.asarray(self.weights, dtype=np.float64)
        elif valid is None or not valid.n_interactions:
            self.weights_ = np.full(len(models), 1.0 / len(models))
        else:
            self.weights_ = self._choose_weights(valid)

    def _choose_weights(self, valid: Dataset, batch_size: int = 1024) -> np.ndarray:
        """The grid point of the simplex with the best validation NDCG@10 (ties: the first, most even one)."""
        from whyrec.metrics import ranking_metrics

        users = np.unique(valid.interactions["user"].to_numpy())
        hist, target = self.history_, valid.histories()
        n = len(self.models_)
        steps = round(1.0 / self.grid_step)
        grid = [np.array(c, dtype=np.float64) / steps
                for c in itertools.product(range(steps + 1), repeat=n) if sum(c) == steps]  # fmt: skip
        grid.sort(key=lambda w: float(np.abs(w - 1.0 / n).sum()))  # the most even blend first
        totals = np.zeros(len(grid))
        for start in range(0, len(users), batch_size):  # members scored once per block, every grid point blended
            block = users[start : start + batch_size]
            parts = [reciprocal_ranks(m.score_matrix(block, hist), self.k0) for m in self.models_]
            for g, w in enumerate(grid):
                s = sum(wj * p for wj, p in zip(w, parts, strict=True))
                n_rel, hits = rank_block(s, block, hist, target, 10)  # as the validation ranks them
                totals[g] += ranking_metrics(hits, n_rel, (10,))["NDCG@10"] * len(block)
        best = int(np.argmax(totals))  # the first of equal ones: the most even
        self.valid_ndcg_ = float(totals[best] / max(len(users), 1))
        return grid[best]

    # ------------------------------------------------------------ scoring
    def _score_matrix(self, users: np.ndarray, histories: Histories) -> np.ndarray:
        out = np.zeros((len(users), self.n_items_), dtype=np.float64)
        for w, m in zip(self.weights_, self.models_, strict=True):
            if w > 0:
                out += w * reciprocal_ranks(np.asarray(_to_numpy(m._score_matrix(users, histories))), self.k0)
        return out.astype(np.float32)

    def item_embeddings(self) -> np.ndarray | None:
        """None: a blend of ranks has no item vectors of its own."""
        return None

    # ------------------------------------------------------------ persistence
    def _get_state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        states, arrays = [], {}
        for j, m in enumerate(self.models_):
            st, arr = m._get_state()
            states.append({**self._spec(m), "state": st})
            arrays.update({f"m{j}.{k}": v for k, v in arr.items()})
        return {"members": states, "weights": [float(w) for w in self.weights_]}, arrays

    def _set_state(self, state: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        from whyrec.models import model_class

        models = []
        for j, spec in enumerate(state["members"]):
            m = model_class(spec["model"])(**spec["params"])
            m.user_ids_, m.item_ids_ = self.user_ids_, self.item_ids_
            m.n_users_, m.n_items_, m.history_ = self.n_users_, self.n_items_, self.history_
            prefix = f"m{j}."
            m._set_state(spec["state"], {k[len(prefix):]: v for k, v in arrays.items() if k.startswith(prefix)})
            models.append(m)
        self.models_ = models
        self.weights_ = np.asarray(state["weights"], dtype=np.float64)

