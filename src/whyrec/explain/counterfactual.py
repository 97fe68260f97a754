"""Counterfactual explanations, re-scored through the model.

``mode="remove"``: the smallest set of history items whose removal drops a
recommended item out of the user's top-``k``. The search follows an
attribution (any Explanation with HistoryItem weights; by default the
model's most faithful attribution method): remove the most-attributed items
one by one until the item leaves the top-``k``, then try to put each removed
item back (least attributed first) and keep it out of the set when the item
stays out. If the attribution order fails, a greedy search that removes, at
each step, the item that lowers the item's margin to the top-``k`` the most
takes over.

``mode="why_not"``: the dual for an item that is *not* recommended: the
smallest set of history removals that brings it into the top-``k``, by the
same greedy margin search and pruning, plus the score gap it had to close.

Every candidate set is re-scored through the model (the shared
:class:`~whyrec.explain.rescore.Rescorer`), and the final set is checked
once more with the model's own ``recommend(..., histories=...)``:
``verified=True`` only when that check confirms the change. Removed items
become candidates again (they are no longer in the history), exactly as
``recommend`` treats them.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import ExplainError, check_choice, check_int
from whyrec.explain.base import Explainer, Findings, Target, best_attribution_method, make_explainer
from whyrec.explain.evidence import Counterfactual, Explanation
from whyrec.explain.rescore import Rescorer, depends_on_history
from whyrec.models.base import Recommender

MODES = ("auto", "remove", "why_not")


def _satisfied(margin: float, want_in: bool) -> bool:
    # strict both ways: a tie with the k-th item is left to recommend()'s tie-breaking, so it proves nothing
    return margin > 0 if want_in else margin < 0


def greedy_removals(resc: Rescorer, item: int, k: int, want_in: bool, cap: int) -> list[int] | None:
    """Greedy search over history columns: remove, step by step, the item that moves ``item``'s margin most.

    ``want_in``: bring ``item`` into the top-``k`` (True) or push it out
    (False). Returns the removed mask columns in order, or None when ``cap``
    removals do not suffice.
    """
    removed: list[int] = []
    remaining = list(range(resc.size))
    for _ in range(min(cap, resc.size)):
        masks = np.ones((len(remaining), resc.size), dtype=bool)
        masks[:, removed] = False
        masks[np.arange(len(remaining)), remaining] = False
        margins = resc.margins(masks, resc.rows(masks), item, k)
        best = int(np.argmax(margins if want_in else -margins))
        removed.append(remaining.pop(best))
        if _satisfied(float(margins[best]), want_in):
            return removed
    return None


def prune(resc: Rescorer, item: int, k: int, want_in: bool, removed: list[int]) -> list[int]:
    """Put back each removed column (last removed first) whose removal is not needed for the change."""
    kept = list(removed)
    for col in reversed(list(removed)):
        trial = [c for c in kept if c != col]
        if not trial:
            continue
        mask = np.ones(resc.size, dtype=bool)
        mask[trial] = False
        if _satisfied(float(resc.margins(mask, resc.rows(mask), item, k)[0]), want_in):
            kept = trial
    return kept


class CounterfactualExplainer(Explainer):
    """Smallest verified history removals that change the top-``k`` (``mode``: remove / why_not / auto).

    ``guide`` names the attribution method that orders the removals
    (``"auto"``: the model's most faithful one); ``max_removals`` caps the
    size of the set (None: the whole history).
    """

    method = "counterfactual"
    preference = 50
    needs_history = True

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        k: int = 10,
        guide: str = "auto",
        max_removals: int | None = None,
        fallback: bool = False,
    ) -> None:
        super().__init__(model, dataset, histories, fallback=fallback)
        self.k = check_int("k", k, 1, max(1, model.n_items_ - 1))
        self.guide = guide
        self.max_removals = None if max_removals is None else check_int("max_removals", max_removals, 1)
        self._guide: Explainer | None = None

    @classmethod
    def unsupported_reason(cls, model: Recommender) -> str | None:
        """A counterfactual removes history items, which changes nothing when the scores ignore the history."""
        if not depends_on_history(model):
            return f"removing history items does not change {type(model).__name__}'s scores"
        return None

    def why_not(self, user: Any, item: Any, k: int | None = None) -> Explanation:
        """Which history removals would bring ``item`` (not recommended now) into ``user``'s top-``k``."""
        return self.explain(user, item, k=k, mode="why_not")

    def _guide_explainer(self) -> Explainer:
        if self._guide is None:
            name = best_attribution_method(self.model) if self.guide == "auto" else self.guide
            self._guide = make_explainer(name, self.model, self.dataset, self.histories)
        return self._guide

    def _explain(
        self, target: Target, k: int | None = None, mode: str = "auto", attribution: Explanation | None = None
    ) -> Findings:
        k = self.k if k is None else check_int("k", k, 1, max(1, self.model.n_items_ - 1))
        check_choice("mode", mode, MODES)
        if target.rank is None:
            raise ExplainError(
                f"item {target.item!r} is in user {target.user!r}'s history, so it is not a recommendation to "
                "explain counterfactually. Fix: pick an item the user has not interacted with"
            )
        in_top = target.rank <= k
        if mode == "auto":
            mode = "remove" if in_top else "why_not"
        if mode == "remove" and not in_top:
            raise ExplainError(
                f"item {target.item!r} ranks {target.rank} for user {target.user!r}, outside the top-{k}: there is "
                "nothing to remove. Fix: use mode='why_not' (or why_not()) or a larger k"
            )
        if mode == "why_not" and in_top:
            raise ExplainError(
                f"item {target.item!r} already ranks {target.rank} <= k={k} for user {target.user!r}. "
                "Fix: use mode='remove' to ask which history items it rests on"
            )
        resc = target.rescorer
        cap = resc.size if self.max_removals is None else min(self.max_removals, resc.size)
        want_in = mode == "why_not"
        full = np.ones((1, resc.size), dtype=bool)
        margin0 = float(resc.margins(full, target.row[None, :], target.i, k)[0])
        notes: list[str] = []
        faith: dict[str, Any] = {"k": k}
        removed: list[int] | None = None
        if mode == "remove":
            guide = (
                attribution if attribution is not None else self._guide_explainer().explain(target.user, target.item)
            )
            if attribution is not None and (attribution.user != target.user or attribution.item != target.item):
                raise ValueError(
                    f"attribution explains ({attribution.user!r}, {attribution.item!r}), not "
                    f"({target.user!r}, {target.item!r}); pass an explanation of the same user and item"
                )
            faith["guide"] = guide.method
            removed = self._attribution_search(resc, target.i, k, guide, cap)
            if removed is None:
                notes.append(f"the {guide.method} order did not find a set; a greedy margin search was used")
        if removed is None:
            removed = greedy_removals(resc, target.i, k, want_in, cap)
            faith["search"] = "greedy_margin"
        else:
            faith["search"] = "attribution_order"
        if mode == "why_not":
            faith["score_gap"] = -margin0
        if removed is None:
            faith.update(found=False, verified=False, model_calls=resc.n_calls, rows_scored=resc.n_rows)
            what = "drop it out of" if mode == "remove" else "bring it into"
            notes.append(
                f"no set of at most {cap} history removals would {what} the top-{k}: the model's score for this "
                "item does not rest on the history alone"
            )
            return Findings(evidence=[], faithfulness=faith, notes=notes, method=self._name(mode))
        removed = prune(resc, target.i, k, want_in, removed)
        mask = np.ones(resc.size, dtype=bool)
        mask[removed] = False
        row = resc.rows(mask)
        new_rank = int(resc.ranks(mask, row, target.i)[0])
        new_score = float(row[0, target.i])
        verified = resc.in_top_k(mask, target.i, k) == want_in
        items = target.history[removed]
        ids = [str(self.model.item_ids_[j]) for j in items]
        titles = [self.title(j) or ids[n] for n, j in enumerate(items)] if self.dataset is not None else None
        cf = Counterfactual(
            removed=ids, new_rank=new_rank, new_score=new_score, verified=verified, k=k, mode=mode, titles=titles
        )
        faith.update(found=True, verified=verified, size=len(ids), model_calls=resc.n_calls, rows_scored=resc.n_rows)
        if mode == "remove":
            notes.append(
                f"without these {len(ids)} history item(s) the item falls from rank {target.rank} to {new_rank} "
                f"(top-{k} lost); re-scored through the model"
                + ("" if verified else ", but recommend() did not confirm it (ties)")
            )
        else:
            notes.append(
                f"the item ranks {target.rank}; its score is {-margin0:.4g} below the top-{k} cut-off. Without these "
                f"{len(ids)} history item(s) it would rank {new_rank}"
                + ("" if verified else ", but recommend() did not confirm it (ties)")
            )
        return Findings(evidence=[cf], faithfulness=faith, notes=notes, method=self._name(mode))

    def _name(self, mode: str) -> str:
        return "counterfactual" if mode == "remove" else "why_not"

    @staticmethod
    def _attribution_search(resc: Rescorer, item: int, k: int, guide: Explanation, cap: int) -> list[int] | None:
        """Remove history items in decreasing attribution until ``item`` leaves the top-``k`` (one batched call)."""
        weights = guide.history_weights()
        ids = resc.model.item_ids_
        w = np.array([weights.get(str(ids[j]), 0.0) for j in resc.items], dtype=np.float64)
        order = np.argsort(-w, kind="stable")[:cap]
        masks = np.ones((len(order), resc.size), dtype=bool)
        for m in range(len(order)):
            masks[m, order[: m + 1]] = False
        margins = resc.margins(masks, resc.rows(masks), item, k)
        out = np.flatnonzero(margins < 0)
        if len(out) == 0:
            return None
        return [int(c) for c in order[: out[0] + 1]]
