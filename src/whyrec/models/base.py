"""The ``Recommender`` contract every model follows, with id mapping, top-K and save/load.

A model subclass implements:

- ``_fit(train, valid)``: learn; the base has already stored the id maps and
  the training histories (``history_``);
- ``_score_matrix(users, histories) -> array (len(users), n_items)``: scores
  of every item for internal user indices, given each user's chronological
  history (a :class:`~whyrec.data.Histories`);
- ``_get_state() -> (json_dict, arrays)`` / ``_set_state(json_dict, arrays)``
  for save/load (plain JSON plus NumPy arrays stored with safetensors).

Everything else (external ids, batching, masking seen items, top-K, saving)
lives here once.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar, Self

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import NotFittedError, UnknownIdError, WhyrecError, check_int

FORMAT_VERSION = 1


class Recommender:
    """Base class of every whyrec model (see the module docstring for the contract).

    Constructors only store their keyword-only hyper-parameters; ``fit``
    computes and returns ``self``; learned state ends in ``_``.
    """

    #: registry key, e.g. ``"sasrec"``
    key: ClassVar[str] = ""
    #: True when scores depend on the order of the history (SASRec)
    sequential: ClassVar[bool] = False
    #: True when the model can score a user it never saw, from a history alone
    history_based: ClassVar[bool] = False
    #: capabilities explainers may ask for (see :mod:`whyrec.models.capabilities`): the exact decomposition of the
    #: score (``"item_weights"`` or ``"factors"``), a sequence encoder, self-attention weights, feature fields
    additive: ClassVar[str | None] = None
    sequence_encoder: ClassVar[bool] = False
    self_attention: ClassVar[bool] = False
    feature_fields: ClassVar[bool] = False
    text_similarity: ClassVar[bool] = False
    #: the score is an inner product of a query vector and an item vector (away from the history's own items)
    dot_product: ClassVar[bool] = False
    #: the hyper-parameters worth tuning and their ranges (:mod:`whyrec.evaluation.tuning`): name ->
    #: ``("float"|"log"|"int", low, high)`` or ``("choice", (values, ...))``; empty: nothing to tune
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {}

    # ------------------------------------------------------------ parameters
    @classmethod
    def _param_names(cls) -> list[str]:
        sig = inspect.signature(cls.__init__)
        return [p.name for p in sig.parameters.values() if p.kind == p.KEYWORD_ONLY]

    def get_params(self) -> dict[str, Any]:
        """Hyper-parameters as given to the constructor."""
        return {name: getattr(self, name) for name in self._param_names()}

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"{type(self).__name__}({args})"

    # ------------------------------------------------------------ fitting
    def fit(self, train: Dataset, valid: Dataset | None = None) -> Self:
        """Learn from ``train`` (and early-stop on ``valid`` where the model supports it)."""
        if not isinstance(train, Dataset):
            raise TypeError(f"train must be a whyrec.data.Dataset; got {type(train).__name__}")
        if train.n_interactions == 0:
            raise ValueError(f"train dataset {train.name!r} has no interactions; nothing to learn from")
        self.user_ids_ = np.asarray(train.user_ids, dtype=object)
        self.item_ids_ = np.asarray(train.item_ids, dtype=object)
        self.n_users_ = train.n_users
        self.n_items_ = train.n_items
        self.history_ = train.histories()
        self._fit(train, valid)
        return self

    def _fit(self, train: Dataset, valid: Dataset | None) -> None:
        raise NotImplementedError

    def _check_fitted(self) -> None:
        if not hasattr(self, "history_"):
            raise NotFittedError(f"{type(self).__name__} is not fitted; call fit(train) or load(dir) first")

    # ------------------------------------------------------------ scoring (internal indices)
    def _score_matrix(self, users: np.ndarray, histories: Histories) -> np.ndarray:
        raise NotImplementedError

    def score_matrix(self, users: np.ndarray, histories: Histories | None = None) -> np.ndarray:
        """Scores of all items for internal user indices: float32 array ``(len(users), n_items)``.

        ``histories`` (one chronological history per user of the dataset)
        defaults to the training histories; pass train+valid histories to
        score at test time, or a modified history for counterfactuals.
        """
        self._check_fitted()
        users = np.asarray(users, dtype=np.int64)
        if users.ndim != 1:
            raise ValueError(f"users must be a 1-d array of internal indices; got shape {users.shape}")
        if len(users) and (users.min() < 0 or users.max() >= self.n_users_):
            raise ValueError(f"user indices must lie in [0, {self.n_users_ - 1}]")
        out = self._score_matrix(users, self.history_ if histories is None else histories)
        return np.asarray(_to_numpy(out), dtype=np.float32)

    def score_histories(self, histories: Sequence[Any], items: Any = None) -> np.ndarray:
        """Scores from histories alone, batch-first: one row per history, for any history (a training user's or
        not), float32 ``(len(histories), n_items)`` or ``(len(histories), len(items))`` for the given ``items``.

        Each history is a sequence of items, oldest first: ``str`` ids are external ids, integers (an integer
        NumPy array) internal indices; ``items`` likewise. Only a model whose scores come from the history
        (``history_based``) can; another scores its training users only (:meth:`score_matrix`)."""
        self._require_history_based()
        out = self._score_table(self._history_table(histories))
        if items is not None:
            out = out[:, self._history_indices(items)]
        return out

    def _require_history_based(self) -> None:
        self._check_fitted()
        if not self.history_based:
            raise ValueError(f"{type(self).__name__} scores its training users only, not a history alone. Fix: use "
                             "score_matrix with a user index, or a history-based model (EASE, ItemKNN, SASRec, ...)")

    def _history_table(self, histories: Sequence[Any]) -> Histories:
        """``histories`` (external ids or internal indices each) as a table whose row ``r`` is history ``r``."""
        return Histories.from_lists([self._history_indices(h) for h in histories], self.n_items_)

    def _score_table(self, table: Histories) -> np.ndarray:
        """Scores of every row of ``table``, float32, from the histories alone (a ``history_based`` model)."""
        return np.asarray(_to_numpy(self._score_matrix(np.arange(table.n_users), table)), dtype=np.float32)

    def _history_indices(self, seq: Any) -> np.ndarray:
        arr = np.asarray(seq)
        if arr.dtype.kind in "iu":
            if arr.size and (arr.min() < 0 or arr.max() >= self.n_items_):
                raise ValueError(f"internal item indices must lie in [0, {self.n_items_ - 1}]")
            return arr.astype(np.int64).ravel()
        return self._item_index([str(x) for x in np.ravel(arr)]) if arr.size else np.zeros(0, dtype=np.int64)

    def score_pairs(self, users: np.ndarray, items: np.ndarray, histories: Histories | None = None) -> np.ndarray:
        """Scores of (user, item) pairs given as equal-length arrays of internal indices."""
        users = np.asarray(users, dtype=np.int64)
        items = np.asarray(items, dtype=np.int64)
        if users.shape != items.shape:
            raise ValueError(f"users and items must have the same length; got {users.shape} and {items.shape}")
        out = np.empty(len(users), dtype=np.float32)
        uniq, inv = np.unique(users, return_inverse=True)
        for start in range(0, len(uniq), 256):
            block = uniq[start : start + 256]
            sel = (inv >= start) & (inv < start + len(block))
            m = self.score_matrix(block, histories)
            out[sel] = m[inv[sel] - start, items[sel]]
        return out

    def item_embeddings(self) -> np.ndarray | None:
        """One vector per item (``n_items x d``) that the model ranks with, for embedding maps; None if it has none."""
        return None

    # ------------------------------------------------------------ external ids
    def retrained_scores(self, user: int, histories: Histories, removed: np.ndarray) -> np.ndarray | None:
        """Scores of every item for internal ``user`` (history from ``histories``) by this model retrained without
        that user's training interactions with the internal items ``removed``; None when the model cannot give
        them exactly and cheaply (the default). Counterfactual explanations use it to keep only removal sets that
        a retrained model agrees with."""
        return None

    def _user_index(self, users: Any) -> np.ndarray:
        self._check_fitted()
        index = self.__dict__.get("_uidx")
        if index is None:
            index = {str(u): i for i, u in enumerate(self.user_ids_)}
            self._uidx = index
        vals = [users] if isinstance(users, (str, int, np.integer)) else list(users)
        out = np.empty(len(vals), dtype=np.int64)
        for j, v in enumerate(vals):
            i = index.get(str(v))
            if i is None:
                raise UnknownIdError("user", v, len(index), fix="recommend for a user seen in training")
            out[j] = i
        return out

    def _item_index(self, items: Any) -> np.ndarray:
        self._check_fitted()
        index = self.__dict__.get("_iidx")
        if index is None:
            index = {str(x): i for i, x in enumerate(self.item_ids_)}
            self._iidx = index
        vals = [items] if isinstance(items, (str, int, np.integer)) else list(items)
        out = np.empty(len(vals), dtype=np.int64)
        for j, v in enumerate(vals):
            i = index.get(str(v))
            if i is None:
                raise UnknownIdError("item", v, len(index), fix="use an item id of the training catalogue")
            out[j] = i
        return out

    def score(self, users: Any, items: Any) -> np.ndarray:
        """Scores for external ids: one user and many items, or equal-length lists of users and items."""
        u = self._user_index(users)
        i = self._item_index(items)
        if len(u) == 1 and len(i) != 1:
            u = np.repeat(u, len(i))
        return self.score_pairs(u, i)

    def rank_targets(self, history: Histories, targets: Histories, users: np.ndarray, k: int, *,
                     mask: bool = True, batch_size: int = 1024) -> tuple[np.ndarray, np.ndarray]:
        """Rank every item for ``users`` from ``history`` (its items masked unless ``mask=False``): each user's
        number of distinct ``targets`` items, and which of their top ``k`` items are targets (users x k; with
        fewer than ``k`` items the list is the whole catalogue and the places past it are empty). The evaluation
        protocols and the torch models' validation both rank this way."""
        n_rel = np.empty(len(users))
        hits = np.zeros((len(users), k), dtype=bool)
        for start in range(0, len(users), batch_size):
            block = users[start : start + batch_size]
            s = self.score_matrix(block, history)
            n_rel[start : start + len(block)], hits[start : start + len(block)] = rank_block(
                s, block, history, targets, k, mask=mask
            )
        return n_rel, hits

    def recommend(
        self,
        users: Any,
        k: int = 10,
        *,
        filter_seen: bool = True,
        exclude: Sequence[str] | None = None,
        histories: Histories | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` items for one user (1-d results) or many users (2-d results), by external id.

        Returns ``(item_ids, scores)``. ``filter_seen`` drops items in the
        user's history; ``exclude`` drops more items for everybody.
        """
        self._check_fitted()
        check_int("k", k, 1, self.n_items_)
        single = isinstance(users, (str, int, np.integer))
        u = self._user_index(users)
        hist = self.history_ if histories is None else histories
        excl = self._item_index(exclude) if exclude is not None and len(exclude) else None
        ids = np.empty((len(u), k), dtype=object)
        scores = np.empty((len(u), k), dtype=np.float32)
        for start in range(0, len(u), 1024):
            block = u[start : start + 1024]
            s = self.score_matrix(block, hist)
            if filter_seen:
                mask_histories(s, block, hist)
            ids[start : start + len(block)], scores[start : start + len(block)] = self._top_items(s, k, excl)
        if single:
            return ids[0], scores[0]
        return ids, scores

    def recommend_histories(
        self, histories: Sequence[Any], k: int = 10, *, filter_seen: bool = True, exclude: Sequence[str] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` ``(item_ids, scores)``, 2-d with one row per history, for histories alone (as
        :meth:`score_histories`: a shopper the model was not trained on, a history edited for a counterfactual);
        ``filter_seen`` drops each history's items, ``exclude`` more items for everybody."""
        self._require_history_based()
        check_int("k", k, 1, self.n_items_)
        table = self._history_table(histories)
        s = self._score_table(table)
        if filter_seen:
            mask_histories(s, np.arange(table.n_users), table)
        excl = self._item_index(exclude) if exclude is not None and len(exclude) else None
        return self._top_items(s, k, excl)

    def _top_items(self, scores: np.ndarray, k: int, exclude: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best item ids of each row of ``scores`` (``exclude``'s columns set to -inf first) and their
        scores."""
        if exclude is not None:
            scores[:, exclude] = -np.inf
        top = top_k(scores, k)
        return self.item_ids_[top], np.take_along_axis(scores, top, axis=1)

    # ------------------------------------------------------------ persistence
    def _get_state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        return {}, {}

    def _set_state(self, state: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        pass

    def save(self, directory: str | Path) -> Path:
        """Write ``params.json`` and ``weights.safetensors`` (never pickle) into ``directory``."""
        from safetensors.numpy import save_file

        self._check_fitted()
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        state, arrays = self._get_state()
        arrays = {k: np.ascontiguousarray(v) for k, v in arrays.items()}
        arrays["_history_indptr"] = self.history_.indptr.astype(np.int64)
        arrays["_history_items"] = self.history_.items.astype(np.int32)
        meta = {
            "format_version": FORMAT_VERSION,
            "model": self.key,
            "class": type(self).__name__,
            "params": self.get_params(),
            "state": state,
            "user_ids": [str(x) for x in self.user_ids_],
            "item_ids": [str(x) for x in self.item_ids_],
        }
        # write to temporary names, then rename, so a crash never leaves half a model
        tmp_w, tmp_p = d / "weights.safetensors.tmp", d / "params.json.tmp"
        save_file(arrays, str(tmp_w))
        tmp_p.write_text(json.dumps(meta, indent=1, default=_json_default))
        tmp_w.replace(d / "weights.safetensors")
        tmp_p.replace(d / "params.json")
        return d

    @classmethod
    def _from_saved(cls, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> Self:
        model = cls(**meta["params"])
        model.user_ids_ = np.asarray(meta["user_ids"], dtype=object)
        model.item_ids_ = np.asarray(meta["item_ids"], dtype=object)
        model.n_users_ = len(model.user_ids_)
        model.n_items_ = len(model.item_ids_)
        model.history_ = Histories(arrays.pop("_history_indptr"), arrays.pop("_history_items"), model.n_items_)
        model._set_state(meta["state"], arrays)
        return model


def load(directory: str | Path) -> Recommender:
    """Load a model written by :meth:`Recommender.save`; it gives identical scores."""
    from safetensors.numpy import load_file

    from whyrec.models import model_class

    d = Path(directory)
    p, w = d / "params.json", d / "weights.safetensors"
    for f in (p, w):
        if not f.is_file():
            raise WhyrecError(f"{f} not found: {d} is not a saved whyrec model. Fix: pass the folder written by save()")
    try:
        meta = json.loads(p.read_text())
    except json.JSONDecodeError as e:
        raise WhyrecError(f"{p}: not valid JSON ({e}). Fix: re-save the model") from None
    if meta.get("format_version") != FORMAT_VERSION:
        raise WhyrecError(
            f"{p}: format_version {meta.get('format_version')!r} is not supported (this whyrec reads "
            f"{FORMAT_VERSION}). Fix: re-train and save the model with this version"
        )
    cls = model_class(meta["model"])
    return cls._from_saved(meta, dict(load_file(str(w))))


def file_sha256(path: str | Path) -> str:
    """SHA-256 (hex) of the file at ``path``, read in 1 MB pieces; remembered per path, size and modification
    time, so a saved model's weights are hashed once per process however many checks ask (an index beside the
    model, an answers file)."""
    st = Path(path).stat()
    return _file_sha256(str(Path(path).resolve()), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=64)
def _file_sha256(path: str, size: int, mtime_ns: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# ---------------------------------------------------------------- helpers
def _block_hits(top: np.ndarray, block: np.ndarray, targets: Histories) -> tuple[np.ndarray, np.ndarray]:
    """For the users of ``block``: how many distinct target items each has, and which of its ``top`` items
    (one row per user) are targets. One vectorised membership test for the whole block."""
    n_items = np.int64(max(targets.n_items, int(top.max(initial=0)) + 1))
    rows, items = targets.entries(block)
    keys = np.unique(rows * n_items + items.astype(np.int64))
    n_rel = np.bincount(keys // n_items, minlength=len(block)).astype(np.float64)
    top_keys = np.arange(len(block), dtype=np.int64)[:, None] * n_items + top.astype(np.int64)
    return n_rel, np.isin(top_keys, keys)


def rank_block(scores: np.ndarray, block: np.ndarray, history: Histories, targets: Histories, k: int, *,
               mask: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """For the users of ``block`` whose scores are the rows of ``scores`` (``history``'s items set to -inf in
    place unless ``mask=False``): the number of distinct ``targets`` items each has, and which of their top ``k``
    are targets (``len(block) x k``; past a catalogue smaller than ``k``, empty places)."""
    kmax = min(k, scores.shape[1])
    if mask:
        mask_histories(scores, block, history)
    n_rel, hits = _block_hits(top_k(scores, kmax), block, targets)
    return n_rel, np.pad(hits, ((0, 0), (0, k - kmax)))


def mask_histories(scores: np.ndarray, users: np.ndarray, histories: Histories) -> None:
    """Set the scores of each user's history items to -inf, in place."""
    rows, items = histories.entries(users)
    scores[rows, items] = -np.inf


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Column indices of the ``k`` highest scores of each row, best first."""
    import torch

    t = torch.from_numpy(np.ascontiguousarray(scores))
    return t.topk(k, dim=1).indices.numpy()


def _to_numpy(x: Any) -> np.ndarray:
    if hasattr(x, "detach"):
        return x.detach().float().cpu().numpy()
    return np.asarray(x)


def _json_default(o: Any) -> Any:
    if isinstance(o, np.integer):
        return int(o)
    if isinstance(o, np.floating):
        return float(o)
    if isinstance(o, np.ndarray):
        return o.tolist()
    if isinstance(o, tuple):
        return list(o)
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")
