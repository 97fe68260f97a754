"""Counterfactual explanations, re-scored through the model.

``mode="remove"``: the smallest set of history items whose removal drops a
recommended item out of the user's top-``k``. Sets of up to three items are
searched exhaustively first (every single removal, then pairs and triples of
the 14 strongest single removals: the smallest set there is whenever the
history has at most 14 items); larger sets come from a heuristic search that
follows an
attribution (any Explanation with HistoryItem weights; by default the
model's most faithful attribution method): remove the most-attributed items
one by one until the item leaves the top-``k``, then try to put each removed
item back (least attributed first) and keep it out of the set when the item
stays out. If the attribution order fails, a greedy search that removes, at
each step, the item that lowers the item's margin to the top-``k`` the most
takes over.

``mode="why_not"``: the dual for an item that is *not* recommended: the
smallest set of history removals that brings it into the top-``k``, by the
same exhaustive search of small sets, then the greedy margin search and
pruning, plus the score gap it had to close.

Every candidate set is re-scored through the model (the shared
:class:`~whyrec.explain.rescore.Rescorer`), and the final set is checked
once more with the model's own ``recommend(..., histories=...)``:
``verified=True`` only when that check confirms the change. Removed items
become candidates again (they are no longer in the history), exactly as
``recommend`` treats them.
"""

from __future__ import annotations

from typing import Any, Literal, cast

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import ExplainError, check_choice, check_float, check_int
from whyrec.explain.base import Explainer, Findings, Target, best_attribution_method, make_explainer
from whyrec.explain.evidence import Counterfactual, Explanation
from whyrec.explain.rescore import Rescorer, depends_on_history
from whyrec.models.base import Recommender

MODES = ("auto", "remove", "why_not")


#: default ``margin``: how far past the top-k cut-off a set must move the item, in standard deviations of the
#: user's scores (chosen on the development shops of benchmarks/explain.py for survival after retraining)
DEFAULT_MARGIN = 0.25


def _satisfied(margin: float, want_in: bool, need: float = 0.0) -> bool:
    # strict both ways: a tie with the k-th item is left to recommend()'s tie-breaking, so it proves nothing
    return margin > need if want_in else margin < -need


def greedy_removals(
    resc: Rescorer, item: int, k: int, want_in: bool, cap: int, need: float = 0.0
) -> tuple[list[int] | None, float]:
    """Greedy search over history columns: remove, step by step, the item that moves ``item``'s margin most.

    ``want_in``: bring ``item`` into the top-``k`` (True) or push it out
    (False), past the cut-off by more than ``need``. Returns the removed mask
    columns in order (None when ``cap`` removals do not suffice) and the best
    margin reached on the way.
    """
    removed: list[int] = []
    remaining = list(range(resc.size))
    best_margin = -np.inf if want_in else np.inf
    for _ in range(min(cap, resc.size)):
        masks = np.ones((len(remaining), resc.size), dtype=bool)
        masks[:, removed] = False
        masks[np.arange(len(remaining)), remaining] = False
        margins = resc.margins(masks, resc.rows(masks), item, k)
        best = int(np.argmax(margins if want_in else -margins))
        removed.append(remaining.pop(best))
        m = float(margins[best])
        best_margin = max(best_margin, m) if want_in else min(best_margin, m)
        if _satisfied(m, want_in, need):
            return removed, best_margin
    return None, float(best_margin)


#: exhaustive search for the smallest sets: sizes up to SMALL_SIZE over the POOL history items whose single removal
#: moves the margin most (every item for size 1)
SMALL_SIZE = 3
POOL = 14


def smallest_sets(resc: Rescorer, item: int, k: int, want_in: bool, cap: int, need: float = 0.0) -> list[list[int]]:
    """Every set of at most ``SMALL_SIZE`` (and ``cap``) removals that makes the change past ``need``, smallest
    first and, within a size, the widest margin first (exhaustive over sizes 1-3 among the ``POOL`` strongest
    single removals; a few batched model calls). Empty when no such small set exists."""
    from itertools import combinations

    m = resc.size
    singles = np.ones((m, m), dtype=bool)
    singles[np.arange(m), np.arange(m)] = False
    single = resc.margins(singles, resc.rows(singles), item, k)
    order = np.argsort(-single if want_in else single, kind="stable")
    pool = [int(c) for c in order[:POOL]]
    for size in range(1, min(SMALL_SIZE, cap, m) + 1):
        sets = [list(c) for c in combinations(pool if size > 1 else range(m), size)]
        masks = np.ones((len(sets), m), dtype=bool)
        for r, c in enumerate(sets):
            masks[r, c] = False
        margins = single[[c[0] for c in sets]] if size == 1 else resc.margins(masks, resc.rows(masks), item, k)
        ok = [r for r in np.argsort(-margins if want_in else margins, kind="stable") if
              _satisfied(float(margins[r]), want_in, need)]
        if ok:
            return [sets[r] for r in ok]
    return []


def prune(resc: Rescorer, item: int, k: int, want_in: bool, removed: list[int], need: float = 0.0) -> list[int]:
    """Put back each removed column (last removed first) whose removal is not needed for the change."""
    kept = list(removed)
    for col in reversed(list(removed)):
        trial = [c for c in kept if c != col]
        if not trial:
            continue
        mask = np.ones(resc.size, dtype=bool)
        mask[trial] = False
        if _satisfied(float(resc.margins(mask, resc.rows(mask), item, k)[0]), want_in, need):
            kept = trial
    return kept


class CounterfactualExplainer(Explainer):
    """Smallest verified history removals that change the top-``k`` (``mode``: remove / why_not / auto).

    ``guide`` names the attribution method that orders the removals
    (``"auto"``: the model's most faithful one); ``max_removals`` caps the
    size of the set (None: the whole history). ``margin`` asks for sets that
    move the item past the top-``k`` cut-off by at least ``margin`` standard
    deviations of the user's scores, so that they still hold when the model
    is retrained (0: just past it); when no such set exists, the smallest set
    that only just crosses is returned with ``faithfulness["robust"] =
    False`` and a note saying it may not survive retraining. ``retrain_check``
    (default True): where the model can be retrained exactly and cheaply
    without the user's removed interactions
    (:meth:`~whyrec.models.Recommender.retrained_scores`: EASE), a set is kept
    only when that retrained model agrees (wider margins are tried first);
    ``faithfulness["retrain_confirmed"]`` says whether it did (None: not checkable).
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
        margin: float = DEFAULT_MARGIN,
        retrain_check: bool = True,
        fallback: bool = False,
    ) -> None:
        super().__init__(model, dataset, histories, fallback=fallback)
        self.margin = check_float("margin", margin, 0.0, 10.0)
        if not isinstance(retrain_check, bool):
            raise TypeError(f"retrain_check must be True or False; got {retrain_check!r}")
        self.retrain_check = retrain_check
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
        unseen = np.delete(target.row.astype(np.float64), resc.items)
        unseen = unseen[np.isfinite(unseen)]
        spread = float(np.std(unseen)) if len(unseen) > 1 else 0.0
        notes: list[str] = []
        faith: dict[str, Any] = {"k": k, "margin_asked": self.margin, "score_sd": spread}
        guide = None
        if mode == "remove":
            guide = (
                attribution if attribution is not None else self._guide_explainer().explain_like(target)
            )
            if attribution is not None and (attribution.user != target.user or attribution.item != target.item):
                raise ValueError(
                    f"attribution explains ({attribution.user!r}, {attribution.item!r}), not "
                    f"({target.user!r}, {target.item!r}); pass an explanation of the same user and item"
                )
            faith["guide"] = guide.method
        # the asked margin first (wider ones too when a retrained model can be asked), then just past the cut-off;
        # the first set a retrained model agrees with is kept, else the first set found
        can_refit = self.retrain_check and self._retrained_margin(target, [], k) is not None
        base = self.margin * spread
        needs = [base * f for f in ((1, 2, 4) if can_refit and base > 0 else (1,))] + [0.0]
        removed, best_margin, first = None, float("nan"), None
        confirmed: bool | None = None
        found: list[int] | None
        for need in dict.fromkeys(needs):
            for found in smallest_sets(resc, target.i, k, want_in, cap, need)[: 5 if can_refit else 1]:
                if first is None:
                    first = (found, "exhaustive")
                after = self._retrained_margin(target, found, k) if can_refit else None
                if not can_refit or (after is not None and _satisfied(after, want_in)):
                    removed, faith["search"], confirmed = found, "exhaustive", (True if can_refit else None)
                    break
            if removed is not None:
                break
            found = None
            if guide is not None:
                found = self._attribution_search(resc, target.i, k, guide, cap, need)
                search = "attribution_order"
            if found is None:
                found, best_margin = greedy_removals(resc, target.i, k, want_in, cap, need)
                search = "greedy_margin"
            if found is None:
                continue
            found = prune(resc, target.i, k, want_in, found, need)
            if first is None:
                first = (found, search)
            if not can_refit:
                removed, faith["search"] = found, search
                break
            after = self._retrained_margin(target, found, k)
            if after is not None and _satisfied(after, want_in):
                removed, faith["search"], confirmed = found, search, True
                break
        if removed is None and first is not None:
            (removed, faith["search"]), confirmed = first, (False if can_refit else None)
        faith["retrain_confirmed"] = confirmed
        if mode == "why_not":
            faith["score_gap"] = -margin0
        if removed is None:
            return self._not_found(resc, mode, cap, k, best_margin, spread, faith, notes)
        return self._found(target, removed, mode, k, want_in, spread, margin0, confirmed, faith, notes)

    def _not_found(self, resc: Any, mode: str, cap: int, k: int, best_margin: float, spread: float,
                   faith: dict[str, Any], notes: list[str]) -> Findings:
        """No set of removals makes the change: say how far short the best removals found leave the item."""
        faith.update(found=False, verified=False, model_calls=resc.n_calls, rows_scored=resc.n_rows)
        what = "drop it out of" if mode == "remove" else "bring it into"
        gap = abs(best_margin) if np.isfinite(best_margin) else float("nan")
        notes.append(
            f"no set of at most {cap} history removals would {what} the top-{k}: the model's score for this "
            "item does not rest on the history alone"
            + (
                f" (the best removals found leave it {gap:.3g} short of the cut-off, about "
                f"{gap / spread:.2g} standard deviations of this user's scores)"
                if np.isfinite(gap) and spread > 0
                else ""
            )
        )
        return Findings(evidence=[], faithfulness=faith, notes=notes, method=self._name(mode))

    def _found(self, target: Target, removed: list[int], mode: str, k: int, want_in: bool, spread: float,
               margin0: float, confirmed: bool | None, faith: dict[str, Any], notes: list[str]) -> Findings:
        """The counterfactual of the set ``removed`` (columns of the history), checked again through the model."""
        resc = target.rescorer
        mask = np.ones(resc.size, dtype=bool)
        mask[removed] = False
        row = resc.rows(mask)
        new_rank = int(resc.ranks(mask, row, target.i)[0])
        new_score = float(row[0, target.i])
        final_margin = float(resc.margins(mask, row, target.i, k)[0])
        robust = _satisfied(final_margin, want_in, self.margin * spread)
        verified = resc.in_top_k(mask, target.i, k) == want_in
        items = target.history[removed]
        ids = [str(self.model.item_ids_[j]) for j in items]
        titles = [self.title(j) or ids[n] for n, j in enumerate(items)] if self.dataset is not None else None
        cf = Counterfactual(
            removed=ids, new_rank=new_rank, new_score=new_score, verified=verified, k=k,
            mode=cast(Literal["remove", "why_not"], mode), titles=titles
        )
        faith.update(
            found=True,
            verified=verified,
            robust=robust,
            margin_sd=abs(final_margin) / spread if spread > 0 else None,
            size=len(ids),
            model_calls=resc.n_calls,
            rows_scored=resc.n_rows,
        )
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
        if confirmed is False:
            notes.append(
                f"{type(self.model).__name__} retrained without these items would not confirm the change (checked "
                "exactly); no larger set searched was confirmed either"
            )
        elif not robust and self.margin > 0:
            notes.append(
                f"no set moves the item {self.margin:g} standard deviations of this user's scores past the cut-off; "
                "this one only just crosses it, so a retrained model may not agree"
            )
        return Findings(evidence=[cf], faithfulness=faith, notes=notes, method=self._name(mode))

    def _retrained_margin(self, target: Target, removed: list[int], k: int) -> float | None:
        """The item's margin to the top-``k`` cut-off by the model retrained without the user's ``removed``
        history columns (None when the model cannot be retrained exactly and cheaply)."""
        resc = target.rescorer
        if target.u is None:  # a history of no training user: the model retrained without it is the model
            return None
        scores = self.model.retrained_scores(target.u, self.histories, target.history[removed])
        if scores is None:
            return None
        mask = np.ones(resc.size, dtype=bool)
        mask[removed] = False
        return float(resc.margins(mask[None], scores[None, :], target.i, k)[0])

    def _name(self, mode: str) -> str:
        return "counterfactual" if mode == "remove" else "why_not"

    @staticmethod
    def _attribution_search(
        resc: Rescorer, item: int, k: int, guide: Explanation, cap: int, need: float = 0.0
    ) -> list[int] | None:
        """Remove history items in decreasing attribution until ``item`` leaves the top-``k`` (one batched call)."""
        weights = guide.history_weights()
        ids = resc.model.item_ids_
        w = np.array([weights.get(str(ids[j]), 0.0) for j in resc.items], dtype=np.float64)
        order = np.argsort(-w, kind="stable")[:cap]
        masks = np.ones((len(order), resc.size), dtype=bool)
        for m in range(len(order)):
            masks[m, order[: m + 1]] = False
        margins = resc.margins(masks, resc.rows(masks), item, k)
        out = np.flatnonzero(margins < -need)
        if len(out) == 0:
            return None
        return [int(c) for c in order[: out[0] + 1]]
