"""The one perturbation and re-scoring helper that every model-agnostic explainer and metric shares.

A :class:`Rescorer` holds one history and scores every item under
*subsets* of it, given as boolean masks over the user's distinct history
items (a mask keeps item ``j`` when ``mask[j]`` is True; removing an item
removes every occurrence of it and keeps the order of the rest, so
sequential models see a shorter chronological history). Scores always come
through the ``Recommender`` contract: ``score_histories`` for a model that
scores from the history alone, ``score_matrix`` for a training user else.
"""

from __future__ import annotations

import weakref
from typing import Any

import numpy as np

from whyrec.data.dataset import Histories
from whyrec.models.base import Recommender

#: rows per scoring call when many masks are scored at once
BATCH = 512

_DEPENDS: weakref.WeakKeyDictionary[Any, tuple[int, bool]] = weakref.WeakKeyDictionary()


def empty_histories(n_users: int, n_items: int) -> Histories:
    """Histories of ``n_users`` users with no items."""
    return Histories(np.zeros(n_users + 1, dtype=np.int64), np.zeros(0, dtype=np.int32), n_items)


def replace_history(histories: Histories, user: int, new: np.ndarray) -> Histories:
    """``histories`` with the history of internal user ``user`` replaced by ``new`` (internal item indices)."""
    new = np.asarray(new, dtype=np.int32)
    a, b = int(histories.indptr[user]), int(histories.indptr[user + 1])
    items = np.concatenate([histories.items[:a], new, histories.items[b:]]).astype(np.int32)
    indptr = histories.indptr.astype(np.int64).copy()
    indptr[user + 1 :] += len(new) - (b - a)
    return Histories(indptr, items, histories.n_items)


def removal_masks(order: np.ndarray | list[int], m: int, insertion: bool = False) -> np.ndarray:
    """Masks ``(m + 1, m)`` along an order: step ``s`` removes (``insertion``: keeps only) the first ``s`` columns of
    ``order`` (deletion and insertion curves, deletion paths)."""
    masks = np.zeros((m + 1, m), dtype=bool) if insertion else np.ones((m + 1, m), dtype=bool)
    order = np.asarray(order, dtype=np.int64)
    for step in range(1, m + 1):
        masks[step, order[:step]] = insertion
    return masks


def leave_one_out_masks(m: int) -> np.ndarray:
    """Masks ``(m + 2, m)``: the full history, the history without each item in turn, and the empty history."""
    masks = np.ones((m + 2, m), dtype=bool)
    masks[np.arange(1, m + 1), np.arange(m)] = False
    masks[-1] = False
    return masks


def depends_on_history(model: Recommender, histories: Histories | None = None, n_probe: int = 16) -> bool:
    """Whether the model's scores change with the user's history (probed on up to ``n_probe`` users).

    False for models that score from a learned user vector (BPR-MF, FM with
    user ids: ``history_based`` is False) and for models whose scores ignore
    the history (Popularity). The answer is cached per fitted model.
    """
    if not getattr(model, "history_based", False):
        return False
    model._check_fitted()
    hist = model.history_ if histories is None else histories
    key = id(model.history_)
    cached = _DEPENDS.get(model)
    if cached is not None and cached[0] == key:
        return cached[1]
    users = np.flatnonzero(hist.lengths() > 0)[:n_probe]
    result = False
    if len(users):
        full = model.score_matrix(users, hist)
        empty = model.score_matrix(users, empty_histories(hist.n_users, hist.n_items))
        scale = max(1.0, float(np.nanmax(np.abs(full[np.isfinite(full)])))) if np.isfinite(full).any() else 1.0
        result = bool(np.nanmax(np.abs(np.nan_to_num(full - empty))) > 1e-6 * scale)
    try:
        _DEPENDS[model] = (key, result)
    except TypeError:  # a model that cannot be weakly referenced: no cache
        pass
    return result


class Rescorer:
    """Scores of every item for one history under subsets of it.

    ``Rescorer(model, histories, user)`` holds the history of internal user ``user`` in ``histories``;
    :meth:`for_history` holds any history (a shopper the model was not trained on: ``user`` is None), which
    only a model whose scores come from the history alone (``history_based``) can score. ``items`` are the
    history's distinct items (internal indices) in order of first appearance; masks have one column per entry
    of ``items``. A ``history_based`` model scores the kept histories themselves, batch-first
    (:meth:`~whyrec.models.Recommender.score_histories`); another model scores its user ``user`` under
    ``histories`` with that user's history replaced.
    """

    def __init__(self, model: Recommender, histories: Histories | None, user: int | None,
                 history: np.ndarray | None = None) -> None:
        self.model = model
        self.histories = histories
        self.user = None if user is None else int(user)
        if history is None:
            if histories is None or self.user is None:
                raise ValueError("give a training user and their histories, or a history (Rescorer.for_history)")
            history = histories[self.user]
        self.raw = np.asarray(history, dtype=np.int32)
        self.history_based = bool(getattr(model, "history_based", False))
        if self.user is None and not self.history_based:
            raise ValueError(f"{type(model).__name__} scores its training users only, not a history alone. "
                             "Fix: explain a user the model was trained on, or use a history-based model")
        uniq, first = np.unique(self.raw, return_index=True)
        order = np.argsort(first, kind="stable")
        self.items = uniq[order].astype(np.int64)
        pos = np.empty(len(uniq), dtype=np.int64)
        pos[order] = np.arange(len(uniq))
        #: column of each raw occurrence in a mask
        self.occurrence = pos[np.searchsorted(uniq, self.raw)] if len(self.raw) else np.zeros(0, dtype=np.int64)
        self.n_calls = 0
        self.n_rows = 0

    @classmethod
    def for_history(cls, model: Recommender, history: np.ndarray, user: int | None = None) -> Rescorer:
        """A rescorer of ``history`` (internal indices, oldest first) scored from the history alone; ``user`` is
        the training user it belongs to, if any (the training-data evidence leaves their own row out)."""
        return cls(model, None, user, history=np.asarray(history, dtype=np.int32))

    @property
    def size(self) -> int:
        """Number of distinct history items (mask width)."""
        return len(self.items)

    # ------------------------------------------------------------ histories
    def kept(self, mask: np.ndarray) -> np.ndarray:
        """The raw chronological history that ``mask`` keeps (internal indices)."""
        mask = np.asarray(mask, dtype=bool)
        return self.raw[mask[self.occurrence]] if len(self.raw) else self.raw

    def histories_with(self, mask: np.ndarray) -> Histories:
        """Every user's history, with this user's replaced by the subset ``mask`` keeps (a training user only)."""
        if self.histories is None or self.user is None:
            raise ValueError("a history that belongs to no training user has no table of histories to edit")
        return replace_history(self.histories, self.user, self.kept(mask))

    # ------------------------------------------------------------ scores
    def full_row(self) -> np.ndarray:
        """Scores of all items with the full history."""
        self.n_calls += 1
        self.n_rows += 1
        if self.history_based:
            return self.model.score_histories([self.raw])[0]
        assert self.histories is not None and self.user is not None  # the constructor saw to it
        return self.model.score_matrix(np.array([self.user]), self.histories)[0]

    def rows(self, masks: np.ndarray) -> np.ndarray:
        """Scores of all items ``(len(masks), n_items)``, one row per mask.

        Models that score from the history alone (``history_based``) score the
        kept histories in batched calls; other models are scored one mask at a
        time with the real user index.
        """
        masks = np.atleast_2d(np.asarray(masks, dtype=bool))
        if masks.shape[1] != self.size:
            raise ValueError(f"masks must have {self.size} columns (one per history item); got {masks.shape[1]}")
        n = len(masks)
        out = np.empty((n, self.model.n_items_), dtype=np.float32)
        if self.history_based:
            for s in range(0, n, BATCH):
                block = masks[s : s + BATCH]
                out[s : s + len(block)] = self.model.score_histories([self.kept(m) for m in block])
                self.n_calls += 1
        else:
            assert self.user is not None  # the constructor saw to it
            for r, m in enumerate(masks):
                out[r] = self.model.score_matrix(np.array([self.user]), self.histories_with(m))[0]
                self.n_calls += 1
        self.n_rows += n
        return out

    def item_scores(self, masks: np.ndarray, item: int) -> np.ndarray:
        """The score of ``item`` under each mask, as float64."""
        return self.rows(masks)[:, item].astype(np.float64)

    def ranks(self, masks: np.ndarray, rows: np.ndarray, item: int) -> np.ndarray:
        """1-based rank of ``item`` among the items not in each reduced history (0 if it is in it).

        Ties count against the item: the rank is the number of unseen items scoring at least as high.
        """
        masks = np.atleast_2d(np.asarray(masks, dtype=bool))
        s = np.array(rows, dtype=np.float64, copy=True)
        hist = s[:, self.items]
        hist[masks] = -np.inf
        s[:, self.items] = hist
        own = s[:, item]
        # ties are broken against the item (pessimistic), so rank <= k means recommend() surely returns it
        rank = (s >= own[:, None]).sum(axis=1)
        rank[np.isneginf(own)] = 0
        return rank.astype(np.int64)

    def margins(self, masks: np.ndarray, rows: np.ndarray, item: int, k: int) -> np.ndarray:
        """Score of ``item`` minus the ``k``-th best score of the *other* unseen items, per mask.

        The item is surely in the top-``k`` when the margin is > 0 and surely
        out of it when the margin is < 0 (at 0 it ties with the ``k``-th item).
        """
        masks = np.atleast_2d(np.asarray(masks, dtype=bool))
        s = np.array(rows, dtype=np.float64, copy=True)
        hist = s[:, self.items]
        hist[masks] = -np.inf
        s[:, self.items] = hist
        own = s[:, item].copy()
        s[:, item] = -np.inf
        kk = min(k, s.shape[1] - 1)
        kth = -np.partition(-s, kk - 1, axis=1)[:, kk - 1]
        return own - kth

    def in_top_k(self, mask: np.ndarray, item: int, k: int) -> bool:
        """Independent check through ``model.recommend`` (``recommend_histories`` for a history alone): is
        ``item`` in the top-``k`` with the reduced history?"""
        model = self.model
        if self.histories is None:
            ids = model.recommend_histories([self.kept(mask)], k=k)[0][0]
            return str(model.item_ids_[item]) in {str(x) for x in ids}
        ids, _ = model.recommend(model.user_ids_[self.user], k=k, histories=self.histories_with(mask))
        return str(model.item_ids_[item]) in {str(x) for x in ids}
