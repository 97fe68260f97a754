"""The ``Explainer`` base: one verb, ``explain(user, item, **options) -> Explanation``, and the registry.

An explainer wraps a fitted model (house style rule 4, as Captum's
``attribute`` and implicit's ``explain``). The base class does everything
that is the same for every method, once: id mapping (unknown ids raise
:class:`~whyrec.errors.UnknownIdError`), the item's score and rank through
the model, timing, the check that the method can explain the model (a clear
:class:`~whyrec.errors.ExplainError` naming the methods that can, or a
fallback labelled ``"fallback:<method>"``), and the batch form
``explain_top_k``.

A method plugs in by subclassing :class:`Explainer`, setting ``method`` (and
``preference``, ``attributes_history``, ``needs_history``), overriding
:meth:`Explainer.unsupported_reason` and :meth:`Explainer._explain`, and
registering itself with :func:`register_explainer` (or a line in
:data:`EXPLAINERS`). For example the integrated-gradients explainer
(:mod:`whyrec.explain.gradients`) returns ``HistoryItem`` records for SASRec
and ``Feature`` records for the feature models, and from
``unsupported_reason`` a sentence saying which models it needs; a method
whose evidence kind depends on the model overrides
:meth:`Explainer.attributes_history_of`.
"""

from __future__ import annotations

import importlib
import inspect
import time
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import ExplainError
from whyrec.explain.evidence import Evidence, Explanation, HistoryItem
from whyrec.explain.rescore import Rescorer, depends_on_history, leave_one_out_masks
from whyrec.models.base import Recommender

#: method name -> "module:Class" (imported lazily: the perturbation methods import shap / lime) or a class
EXPLAINERS: dict[str, str | type[Explainer]] = {
    "additive": "whyrec.explain.additive:AdditiveExplainer",
    "integrated_gradients": "whyrec.explain.gradients:IntegratedGradientsExplainer",
    "shap": "whyrec.explain.perturb:ShapExplainer",
    "lime": "whyrec.explain.perturb:LimeExplainer",
    "occlusion": "whyrec.explain.perturb:OcclusionExplainer",
    "deletion_path": "whyrec.explain.path:DeletionPathExplainer",
    "banzhaf": "whyrec.explain.banzhaf:BanzhafExplainer",
    "counterfactual": "whyrec.explain.counterfactual:CounterfactualExplainer",
    "cooccurrence": "whyrec.explain.collab:CooccurrenceExplainer",
    "popularity": "whyrec.explain.collab:PopularityExplainer",
    "attention": "whyrec.explain.attention:AttentionExplainer",
    "content": "whyrec.explain.content:ContentExplainer",
}


@dataclass
class Target:
    """What an explainer explains: one (user, item) pair, with the model's view of it.

    ``u`` / ``i`` are internal indices (``u`` None for a history that belongs to no training user,
    :meth:`Explainer.explain_history`); ``row`` holds the scores of every item
    with the full history; ``rank`` is 1-based among the items not in the
    history, ties counted against the item (None when the item is in it); ``rescorer`` re-scores subsets of
    the history.
    """

    user: str
    item: str
    u: int | None
    i: int
    rescorer: Rescorer
    row: np.ndarray
    score: float
    rank: int | None

    @property
    def training_user(self) -> int:
        """``u``; ExplainError when the history belongs to no training user (a model of learned user vectors
        explains its training users only)."""
        if self.u is None:
            raise ExplainError(f"{self.user!r} is not a user the model was trained on; this method explains those only")
        return self.u

    @property
    def history(self) -> np.ndarray:
        """The user's distinct history items (internal indices), in order of first appearance."""
        return self.rescorer.items


@dataclass
class Findings:
    """What a method's ``_explain`` returns; the base adds ids, score, rank and timing."""

    evidence: list[Evidence] = field(default_factory=list)
    faithfulness: dict[str, Any] = field(default_factory=dict)
    baseline_score: float | None = None
    notes: list[str] = field(default_factory=list)
    method: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)


class Explainer:
    """Base of every explainer: ``Explainer(model, dataset=None, histories=None)``.

    ``model`` is a fitted :class:`~whyrec.models.Recommender`; ``dataset``
    (optional, with the model's id maps) supplies item titles; ``histories``
    are the histories the model scores with (default: its training
    histories; pass train + valid at test time). ``fallback=True`` makes an
    explainer that cannot explain the model (or a user with an empty history)
    delegate to the best method that can, labelling the result
    ``method="fallback:<that method>"``; by default it raises
    :class:`~whyrec.errors.ExplainError`.
    """

    #: registry name, e.g. ``"shap"``
    method: ClassVar[str] = ""
    #: order of preference in :func:`methods_for` (lower first; exact methods first)
    preference: ClassVar[int] = 100
    #: True when the evidence holds one ``HistoryItem`` weight per history item (usable as a counterfactual guide)
    attributes_history: ClassVar[bool] = False
    #: True when an empty history leaves nothing to explain with this method (an instance may set its own)
    needs_history: bool = False

    @classmethod
    def preference_for(cls, model: Recommender) -> int:
        """The order of this method for ``model`` in :func:`methods_for` (``preference`` unless a method is exact
        for some models only)."""
        return cls.preference

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        fallback: bool = False,
    ) -> None:
        if not isinstance(model, Recommender):
            raise TypeError(f"model must be a fitted whyrec Recommender; got {type(model).__name__}")
        model._check_fitted()
        hist = model.history_ if histories is None else histories
        if not isinstance(hist, Histories):
            raise TypeError(f"histories must be a whyrec.data.Histories; got {type(histories).__name__}")
        if hist.n_users != model.n_users_ or hist.n_items != model.n_items_:
            raise ValueError(
                f"histories must cover the model's {model.n_users_} users and {model.n_items_} items; "
                f"got {hist.n_users} users and {hist.n_items} items"
            )
        if dataset is not None and (dataset.n_items != model.n_items_ or dataset.n_users != model.n_users_):
            raise ValueError(
                f"dataset {dataset.name!r} has {dataset.n_users} users and {dataset.n_items} items but the model "
                f"{model.n_users_} and {model.n_items_}; pass the dataset (or a split of it) the model was fitted on"
            )
        self.model = model
        self.dataset = dataset
        self.histories = hist
        self.fallback = fallback
        self._delegate: Explainer | None = None
        reason = self.unsupported_reason(model)
        if reason is not None:
            others = [m for m in methods_for(model) if m != self.method]
            if not fallback or not others:
                raise ExplainError(
                    f"method {self.method!r} cannot explain {type(model).__name__}: {reason}. "
                    f"Methods that can: {', '.join(map(repr, others)) or 'none'}. "
                    f"Fix: use make_explainer(<one of them>, model) or pass fallback=True"
                )
            self._delegate = make_explainer(others[0], model, dataset, hist)
            self._fallback_reason = reason

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={type(self.model).__name__}, method={self.method!r})"

    # ------------------------------------------------------------ capability
    @classmethod
    def unsupported_reason(cls, model: Recommender) -> str | None:
        """Why this method cannot explain ``model`` (None when it can)."""
        return None

    @classmethod
    def attributes_history_of(cls, model: Recommender) -> bool:
        """Whether this method gives ``model`` one weight per history item (default: ``attributes_history``).

        Methods whose evidence depends on the model (history items for one,
        feature fields for another) override it.
        """
        return cls.attributes_history

    @classmethod
    def supports(cls, model: Recommender) -> bool:
        """Whether this method can explain ``model``."""
        return cls.unsupported_reason(model) is None

    # ------------------------------------------------------------ the verb
    def explain(self, user: Any, item: Any, **options: Any) -> Explanation:
        """Explain why ``item`` is (or is not) recommended to ``user`` (external ids).

        ``options`` are the method's (see its ``_explain``). Raises
        UnknownIdError for an unknown user or item id and ExplainError when
        the method cannot explain this model or user.
        """
        t0 = time.perf_counter()
        _check_id("user", user)
        _check_id("item", item)
        u = int(self.model._user_index(user)[0])
        i = int(self.model._item_index(item)[0])
        return self._explain_resolved(u, None, i, str(self.model.user_ids_[u]), options, t0)

    def explain_history(self, history: Any, item: Any, *, user: Any = None, of: int | None = None,
                        **options: Any) -> Explanation:
        """Explain ``item`` for a shopper known only by ``history`` (items oldest first: external ids, or internal
        indices as an integer array), scored from the history alone (:meth:`Recommender.score_histories`, so a
        ``history_based`` model only).

        ``user`` labels the explanation (default ``"history"``); ``of`` is the internal index of the training user
        the history belongs to, when it does (the training-data evidence then leaves that user's own row out,
        as :meth:`explain` does). Raises ExplainError for a model that scores training users only."""
        t0 = time.perf_counter()
        if not self.model.history_based:
            raise ExplainError(
                f"{type(self.model).__name__} scores its training users only, so it cannot explain a history "
                "alone. Fix: explain(user, item) for a user the model was trained on, or a history-based model"
            )
        _check_id("item", item)
        i = int(self.model._item_index(item)[0])
        raw = self.model._history_indices(history).astype(np.int32)
        label = "history" if user is None else str(user)
        return self._explain_resolved(None if of is None else int(of), raw, i, label, options, t0)

    def _explain_resolved(self, u: int | None, raw: np.ndarray | None, i: int, label: str, options: dict[str, Any],
                          t0: float) -> Explanation:
        """The explanation of internal item ``i`` for training user ``u`` (``raw`` None: their history in
        :attr:`histories`) or for the history ``raw`` (belonging to training user ``u`` when not None)."""
        if self._delegate is not None:
            return self._relabel(self._delegate, u, raw, i, label, self._fallback_reason, options, t0)
        target = self.target(u, i, history=raw, label=label)
        if self.needs_history and target.rescorer.size == 0:
            reason = f"user {target.user!r} has an empty history, so there is no history for {self.method!r} to vary"
            if not self.fallback:
                raise ExplainError(
                    f"{reason}. Fix: explain cold-start users with method 'popularity' (what their "
                    "recommendations come from), or pass fallback=True"
                )
            pop = make_explainer("popularity", self.model, self.dataset, self.histories)
            return self._relabel(pop, u, raw, i, label, reason, options, t0)
        found = self._explain(target, **options)
        self._label_removal_effects(target, found)
        return Explanation(
            user=target.user,
            item=target.item,
            score=target.score,
            rank=target.rank,
            method=found.method or self.method,
            evidence=found.evidence,
            ms=(time.perf_counter() - t0) * 1000.0,
            faithfulness=found.faithfulness,
            baseline_score=found.baseline_score,
            notes=found.notes,
            extras=found.extras,
        )

    def explain_like(self, target: Target, **options: Any) -> Explanation:
        """This explainer's explanation of the same user (or history) and item as ``target`` (another explainer's)."""
        raw = target.rescorer.raw if target.rescorer.histories is None else None
        return self._explain_resolved(target.u, raw, target.i, target.user, options, time.perf_counter())

    def explain_top_k(self, user: Any, k: int = 10, **options: Any) -> list[Explanation]:
        """Explanations of the user's top-``k`` recommendations (with this explainer's histories), best first."""
        ids, _ = self.model.recommend(user, k=k, histories=self.histories)
        if self._accepts("k"):
            options.setdefault("k", k)
        return [self.explain(user, it, **options) for it in ids]

    # (*args: Any, **options: Any): the type checker lets each method declare its own options
    def _explain(self, target: Target, *args: Any, **options: Any) -> Findings:
        raise NotImplementedError

    # ------------------------------------------------------------ helpers for subclasses
    def target(self, u: int | None, i: int, *, history: np.ndarray | None = None, label: str | None = None
               ) -> Target:
        """The :class:`Target` of internal user ``u`` (their history in :attr:`histories`) or of ``history`` (a
        history alone, belonging to training user ``u`` when not None) and item ``i``: scores and rank through the
        model. ``label`` names the user in the explanation (default: ``u``'s external id)."""
        if history is None:
            if u is None:
                raise ValueError("give a training user u or a history")
            resc = Rescorer(self.model, self.histories, u)
        else:
            resc = Rescorer.for_history(self.model, history, user=u)
        # explaining a user's top-k scores the same full history k times: keep the last user's row
        row = self.last_user_memo("row", resc, resc.full_row)
        masked = row.astype(np.float64)
        masked[resc.items] = -np.inf
        rank = None if np.isin(i, resc.items) else int((masked >= masked[i]).sum())
        return Target(
            user=label if label is not None else str(self.model.user_ids_[u]),
            item=str(self.model.item_ids_[i]),
            u=u,
            i=i,
            rescorer=resc,
            row=row,
            score=float(row[i]),
            rank=rank,
        )

    def removal_rows(self, target: Target) -> np.ndarray:
        """Scores of every item ``(m + 2, n_items)`` with the full history, without each history item in turn,
        and with the empty history (one batched call, shared by the explanations of one user's top-K)."""
        resc = target.rescorer
        return self.last_user_memo("removal_rows", resc, lambda: resc.rows(leave_one_out_masks(resc.size)))

    def _label_removal_effects(self, target: Target, found: Findings) -> None:
        """Measure each shown history item's own removal effect; label weights whose sign contradicts it.

        One policy for every method: a HistoryItem gets ``removal_effect``
        (the score lost when it alone is removed) and ``interaction=True``
        when its weight's sign is the opposite of that effect, with a note
        naming how many. Models whose scores ignore the history are skipped.
        """
        recs = [e for e in found.evidence if isinstance(e, HistoryItem)]
        resc = target.rescorer
        if not recs or resc.size == 0 or not depends_on_history(self.model, self.histories):
            return
        v = self.removal_rows(target)[:, target.i].astype(np.float64)
        effect = v[0] - v[1 : resc.size + 1]
        ids = self.model.item_ids_
        column = {str(ids[j]): c for c, j in enumerate(resc.items)}
        tol = 1e-5 * max(1.0, abs(float(v[0])), max(abs(e.weight) for e in recs))
        flagged = []
        for e in recs:
            c = column.get(e.item)
            if c is None:
                continue
            e.removal_effect = float(effect[c])
            e.interaction = bool((e.weight > tol and effect[c] < -tol) or (e.weight < -tol and effect[c] > tol))
            if e.interaction:
                flagged.append(e.title or e.item)
        if flagged:
            found.notes.append(
                f"{len(flagged)} item(s) carry a weight whose sign is the opposite of what removing that item alone "
                f"does to the score ({', '.join(flagged[:3])}{', ...' if len(flagged) > 3 else ''}): the method "
                "credits them for how they act together with other history items (an interaction), shown as such"
            )

    def last_user_memo(self, name: str, resc: Rescorer, compute: Any) -> Any:
        """``compute()`` for the user and history of ``resc``, kept until another user or history is explained
        (the explanations of one user's top-K share it)."""
        key = (resc.user, id(self.histories), resc.raw.tobytes())
        memo = self.__dict__.setdefault("_last_user_memo", {})
        if name not in memo or memo[name][0] != key:
            memo[name] = (key, compute())
        return memo[name][1]

    def title(self, item: int) -> str | None:
        """Title of an internal item when a dataset was given."""
        if self.dataset is None:
            return None
        titles = self.__dict__.setdefault("_titles", {})  # a pandas lookup costs about as much as a model call
        j = int(item)
        if j not in titles:
            titles[j] = self.dataset.item_title(j)
        return titles[j]

    def history_records(self, target: Target, weights: np.ndarray) -> list[HistoryItem]:
        """One HistoryItem per distinct history item, highest weight first."""
        weights = np.asarray(weights, dtype=np.float64)
        order = np.argsort(-weights, kind="stable")
        ids = self.model.item_ids_
        return [
            HistoryItem(item=str(ids[target.history[j]]), weight=float(weights[j]), title=self.title(target.history[j]))
            for j in order
        ]

    def _accepts(self, option: str) -> bool:
        return option in inspect.signature(self._explain).parameters

    def _relabel(self, other: Explainer, u: int | None, raw: np.ndarray | None, i: int, label: str, reason: str,
                 options: dict[str, Any], t0: float) -> Explanation:
        kept = {k: v for k, v in options.items() if other._accepts(k)}
        expl = other._explain_resolved(u, raw, i, label, kept, t0)
        expl.method = f"fallback:{expl.method}"
        expl.notes.insert(0, f"{self.method!r} was asked for but {reason}; this is {other.method!r} evidence instead")
        expl.ms = (time.perf_counter() - t0) * 1000.0
        return expl


def _check_id(name: str, value: Any) -> None:
    if not isinstance(value, (str, int, np.integer)):
        raise TypeError(f"{name} must be one external id (str or int); got {type(value).__name__}")


# ---------------------------------------------------------------- registry
def register_explainer(name: str, target: str | type[Explainer]) -> None:
    """Register an explainer class (or ``"module:Class"``, imported when first used) under ``name``."""
    if isinstance(target, str):
        if ":" not in target:
            raise ValueError(f"target must be 'module:Class' or an Explainer subclass; got {target!r}")
    elif not (isinstance(target, type) and issubclass(target, Explainer)):
        raise TypeError(f"target must be 'module:Class' or an Explainer subclass; got {target!r}")
    EXPLAINERS[str(name).lower().replace("-", "_")] = target


def explainer_class(method: str) -> type[Explainer]:
    """The explainer class registered under ``method``."""
    key = str(method).lower().replace("-", "_")
    if key not in EXPLAINERS:
        raise ValueError(f"method must be one of {', '.join(map(repr, EXPLAINERS))} or 'auto'; got {method!r}")
    target = EXPLAINERS[key]
    if isinstance(target, str):
        module, name = target.split(":")
        return getattr(importlib.import_module(module), name)
    return target


def methods_for(model: Recommender) -> list[str]:
    """The registered methods that can explain ``model``, best (most faithful) first."""
    found = []
    for name in EXPLAINERS:
        cls = explainer_class(name)
        if cls.supports(model):
            found.append((cls.preference_for(model), name))
    return [name for _, name in sorted(found)]


def best_attribution_method(model: Recommender) -> str:
    """The most faithful method giving one weight per history item for ``model``; ExplainError if none."""
    for name in methods_for(model):
        if explainer_class(name).attributes_history_of(model):
            return name
    raise ExplainError(
        f"no registered method attributes {type(model).__name__}'s scores to history items "
        f"(methods that can explain it: {', '.join(methods_for(model)) or 'none'})"
    )


#: what :func:`default_method` may spend: ``"best"`` the most faithful measured method whatever its cost (the CLI,
#: offline reports); ``"interactive"`` a method that explains a whole top-k in one batched model call when the best
#: one costs a model call per item and per perturbation (a service answering per request)
BUDGETS = ("best", "interactive")


def default_method(model: Recommender, budget: str = "best") -> str:
    """The one policy for a model's default explanation method, used by the CLI (``"best"``) and the service
    (``"interactive"``): the most faithful attribution method (by the measured order of the registry, see
    ``preference``), and, on an interactive budget, ``occlusion`` (each item's exact removal effect, one batched
    call per top-k) for a model whose scores depend on the history when the best one is not an exact additive
    decomposition. A model no method attributes gets its first applicable method; ExplainError when none applies."""
    from whyrec.errors import check_choice
    from whyrec.explain.rescore import depends_on_history

    check_choice("budget", budget, BUDGETS)
    try:
        best = best_attribution_method(model)
    except ExplainError:
        methods = methods_for(model)
        if not methods:
            raise
        return methods[0]
    if budget == "interactive" and best != "additive" and "occlusion" in methods_for(model) \
            and depends_on_history(model):
        return "occlusion"
    return best


def make_explainer(
    method: str,
    model: Recommender,
    dataset: Dataset | None = None,
    histories: Histories | None = None,
    **params: Any,
) -> Explainer:
    """Build an explainer by name (``"auto"``: the best method for the model), e.g. ``make_explainer("shap", ease)``."""
    if method == "auto":
        names = methods_for(model)
        if not names:
            raise ExplainError(f"no registered method can explain {type(model).__name__}")
        method = names[0]
    cls = explainer_class(method)
    valid = [
        p for p in inspect.signature(cls.__init__).parameters if p not in ("self", "model", "dataset", "histories")
    ]
    unknown = sorted(set(params) - set(valid))
    if unknown:
        raise ValueError(f"unknown parameter(s) {unknown} for {cls.__name__}; valid: {valid}")
    return cls(model, dataset, histories, **params)
