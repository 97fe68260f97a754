"""Feature models: FM, DeepFM and NFM over user and item fields.

The three share one estimator (:class:`_FeatureRecommender`): the
:class:`~whyrec.features.FieldMap`, batching, the two tasks and fast scoring.
They differ only in the interaction part of their ``nn.Module``
(:mod:`whyrec.models.nn_fm`).

Tasks:

- ``task="ranking"``: implicit feedback; every interaction is a positive,
  uniformly sampled non-interacted items are negatives; BPR or BCE loss;
  early stopping on validation NDCG@10 (full ranking).
- ``task="ctr"``: every interaction row is labelled ``rating >= ctr_threshold``;
  BCE on logits; early stopping on validation AUC. Scores are logits (the
  click probability is their sigmoid).
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import torch
import torch.nn.functional as F  # noqa: N812

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_choice, check_float, check_int
from whyrec.features import FieldMap
from whyrec.features.text import check_cache_dir, check_text_fields, item_text_vectors
from whyrec.models.nn_fm import DeepFMModule, FeatureModule, FMModule, NFMModule
from whyrec.models.sampling import NegativeSampler
from whyrec.models.torch_base import TorchRecommender

TASKS = ("ranking", "ctr")
LOSSES = ("bpr", "bce")


class _FeatureRecommender(TorchRecommender):
    """Shared estimator of FM, DeepFM and NFM.

    Hyper-parameters (besides :class:`TorchRecommender`'s): ``task``
    (``"ranking"`` or ``"ctr"``); ``loss`` (ranking only: ``"bpr"`` or
    ``"bce"``; None = BPR for ranking, BCE for ctr); ``n_negatives`` (ranking:
    sampled negatives per positive); ``ctr_threshold`` (ctr: label = rating >=
    it); ``user_fields`` / ``item_fields`` (table columns to use; None = every
    non-text field, [] = none); ``include_ids`` (the ``user_id`` / ``item_id``
    fields); ``n_buckets`` (quantile buckets of numeric fields);
    ``max_values`` (slots of a multi field); ``init_std`` (embedding init);
    ``text_fields`` (None = no text; ``"auto"`` or a list of item fields:
    the items' MiniLM text vectors (:mod:`whyrec.features.text`) enter as
    one more item field, ``item_text``, through a learned linear projection;
    the vectors are saved with the model) and ``text_cache`` (folder of the
    embedding cache; None = in memory). With text, an item without training
    interactions counts as *new*: it gets no ``item_id`` feature and is never
    sampled as a negative, so it is scored from its text and other fields only.
    """

    feature_fields = True  # capability (models/capabilities.py): FeatureFields
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {
        "embedding_dim": ("choice", (16, 32, 64)),
        "learning_rate": ("log", 3e-4, 1e-2),
        "weight_decay": ("choice", (0.0, 1e-6, 1e-5)),
    }

    _module_class: ClassVar[type[FeatureModule]] = FMModule

    def __init__(
        self,
        *,
        task: str = "ranking",
        loss: str | None = None,
        n_negatives: int = 1,
        ctr_threshold: float = 4.0,
        user_fields: list[str] | None = None,
        item_fields: list[str] | None = None,
        include_ids: bool = True,
        n_buckets: int = 8,
        max_values: int | None = 16,
        init_std: float = 0.01,
        text_fields: list[str] | str | None = None,
        text_cache: str | None = None,
        embedding_dim: int = 32,
        epochs: int = 100,
        batch_size: int = 2048,
        learning_rate: float = 1e-3,
        weight_decay: float = 0.0,
        patience: int = 5,
        **common: Any,
    ) -> None:
        super().__init__(
            embedding_dim=embedding_dim,
            epochs=epochs,
            batch_size=batch_size,
            learning_rate=learning_rate,
            weight_decay=weight_decay,
            patience=patience,
            **common,
        )
        self.task = task
        self.loss = loss
        self.n_negatives = n_negatives
        self.ctr_threshold = ctr_threshold
        self.user_fields = user_fields
        self.item_fields = item_fields
        self.include_ids = include_ids
        self.n_buckets = n_buckets
        self.max_values = max_values
        self.init_std = init_std
        self.text_fields = text_fields
        self.text_cache = text_cache

    # ------------------------------------------------------------ parameters
    def _check_params(self) -> None:
        super()._check_params()
        check_choice("task", self.task, TASKS)
        if self.loss is not None:
            check_choice("loss", self.loss, LOSSES)
            if self.task == "ctr" and self.loss != "bce":
                raise ValueError(f"loss must be 'bce' or None when task='ctr'; got {self.loss!r}")
        check_int("n_negatives", self.n_negatives, 1, 1000)
        check_float("ctr_threshold", self.ctr_threshold, -1e12, 1e12)
        check_float("init_std", self.init_std, 0.0, 10.0, low_open=True)
        FieldMap(self.user_fields, self.item_fields, self.include_ids, self.n_buckets, self.max_values)._check()
        check_text_fields(self.text_fields)
        check_cache_dir(self.text_cache)

    def _loss_name(self) -> str:
        return self.loss or ("bpr" if self.task == "ranking" else "bce")

    def _module_kwargs(self) -> dict[str, Any]:
        """Hyper-parameters of the interaction part (overridden by DeepFM and NFM)."""
        return {}

    def _make_module(self, fieldmap: FieldMap, text: np.ndarray | None = None) -> FeatureModule:
        user = [f.slots for f in fieldmap.side_fields("user")]
        item = [f.slots for f in fieldmap.side_fields("item")]
        return self._module_class(
            fieldmap.n_features, self.embedding_dim, user, item, init_std=self.init_std,
            text=None if text is None else torch.from_numpy(np.ascontiguousarray(text, dtype=np.float32)),
            **self._module_kwargs(),
        )

    def _use_fieldmap(self, fieldmap: FieldMap) -> None:
        self.fieldmap_ = fieldmap
        dev = self.device_
        self._enc = {
            "user": (torch.from_numpy(fieldmap.user_index_).to(dev), torch.from_numpy(fieldmap.user_weight_).to(dev)),
            "item": (torch.from_numpy(fieldmap.item_index_).to(dev), torch.from_numpy(fieldmap.item_weight_).to(dev)),
        }

    # ------------------------------------------------------------ training
    def _build(self, train: Dataset) -> None:
        with_text = self.text_fields is not None
        fieldmap = FieldMap(
            self.user_fields, self.item_fields, self.include_ids, self.n_buckets, self.max_values, item_text=with_text
        )
        fieldmap.fit(train)
        text = None
        self._neg_items = None
        if with_text:
            vectors = item_text_vectors(train, self.text_fields, self.text_cache)
            text = np.vstack([vectors, np.zeros((1, vectors.shape[1]), dtype=np.float32)])  # last row: missing
            new = train.item_popularity() == 0
            if self.include_ids:  # a new item has no learned id embedding: its text and fields speak for it
                fieldmap.item_weight_[new, fieldmap.field("item_id").slots[0]] = 0.0
            self._neg_items = np.flatnonzero(~new) if new.any() else None
        for side in ("user", "item"):
            if fieldmap.n_slots(side) == 0:
                raise ValueError(
                    f"{side}_fields={getattr(self, f'{side}_fields')!r} with include_ids=False leaves the "
                    f"{side}s without features; name a {side} field or set include_ids=True"
                )
        self._use_fieldmap(fieldmap)
        self.module_ = self._make_module(fieldmap, text)
        inter = train.interactions
        if self.task == "ctr":
            rating = inter["rating"].to_numpy() if "rating" in inter.columns else np.zeros(0)
            if not np.isfinite(rating).any():
                raise ValueError(
                    f"task='ctr' needs ratings (label = rating >= {self.ctr_threshold}); dataset {train.name!r} "
                    "has none. Fix: use task='ranking'"
                )
            inter = inter[np.isfinite(rating)]  # rows without a rating carry no label
            self._labels = (inter["rating"].to_numpy() >= self.ctr_threshold).astype(np.float32)
        else:
            seen = train.matrix()
            # with new items, only items seen in training are negatives: columns of those
            self._sampler = NegativeSampler(seen if self._neg_items is None else seen[:, self._neg_items])
        self._rows_u = inter["user"].to_numpy().astype(np.int64)
        self._rows_i = inter["item"].to_numpy().astype(np.int64)

    def _epoch_batches(self, train: Dataset, rng: np.random.Generator):  # noqa: ANN202 - iterator of tensor tuples
        order = rng.permutation(len(self._rows_u))
        dev = self.device_
        if self.task == "ctr":
            for s in range(0, len(order), self.batch_size):
                idx = order[s : s + self.batch_size]
                yield (
                    torch.from_numpy(self._rows_u[idx]).to(dev),
                    torch.from_numpy(self._rows_i[idx]).to(dev),
                    torch.from_numpy(self._labels[idx]).to(dev),
                )
            return
        neg = self._sampler.sample(self._rows_u[order], self.n_negatives, rng)
        if self._neg_items is not None:  # columns of the training items -> item indices
            neg = self._neg_items[neg]
        for s in range(0, len(order), self.batch_size):
            idx = order[s : s + self.batch_size]
            yield (
                torch.from_numpy(self._rows_u[idx]).to(dev),
                torch.from_numpy(self._rows_i[idx]).to(dev),
                torch.from_numpy(neg[s : s + self.batch_size]).to(dev),
            )

    def _pair_logits(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        (ui, uw), (ii, iw) = self._enc["user"], self._enc["item"]
        return self.module_(ui[users], uw[users], ii[items], iw[items])

    def _loss(self, batch: Any) -> torch.Tensor:
        if self.task == "ctr":
            u, i, y = batch
            return F.binary_cross_entropy_with_logits(self._pair_logits(u, i), y)
        u, i, j = batch
        k = j.shape[1]
        users = torch.cat([u, u.repeat_interleave(k)])
        logits = self._pair_logits(users, torch.cat([i, j.reshape(-1)]))
        pos, neg = logits[: len(u)], logits[len(u) :].view(len(u), k)
        if self._loss_name() == "bpr":
            return -F.logsigmoid(pos.unsqueeze(1) - neg).mean()
        return (F.softplus(-pos).sum() + F.softplus(neg).sum()) / (len(u) * (1 + k))

    def _metric_name(self) -> str:
        return "AUC" if self.task == "ctr" else "NDCG@10"

    def _validate(self, valid: Dataset) -> float:
        """Validation AUC on the rated valid rows (ctr; minus the log-loss if they have one label only)
        or NDCG@10 (ranking)."""
        if self.task != "ctr":
            return super()._validate(valid)
        from whyrec.metrics import auc

        inter = valid.interactions
        if "rating" not in inter.columns:
            raise ValueError(
                f"task='ctr' validates on rated rows; valid dataset {valid.name!r} has no ratings. "
                "Fix: pass a valid set with ratings, or none"
            )
        rating = inter["rating"].to_numpy()
        inter = inter[np.isfinite(rating)]
        labels = (inter["rating"].to_numpy() >= self.ctr_threshold).astype(np.float64)
        z = self._pairs(inter["user"].to_numpy(), inter["item"].to_numpy()).astype(np.float64)
        if len(np.unique(labels)) < 2:
            return float(-np.mean(np.logaddexp(0.0, z) - labels * z))
        return auc(labels, z)

    # ------------------------------------------------------------ scoring
    def _pairs(self, users: np.ndarray, items: np.ndarray, batch: int = 65536) -> np.ndarray:
        self.module_.eval()
        out = np.empty(len(users), dtype=np.float32)
        with torch.no_grad():
            for s in range(0, len(users), batch):
                u = torch.tensor(users[s : s + batch], dtype=torch.long, device=self.device_)
                i = torch.tensor(items[s : s + batch], dtype=torch.long, device=self.device_)
                out[s : s + batch] = self._pair_logits(u, i).float().cpu().numpy()
        return out

    def score_pairs(self, users: np.ndarray, items: np.ndarray, histories: Histories | None = None) -> np.ndarray:
        """Logits of (user, item) pairs of internal indices, run on the pairs directly (``histories`` is unused)."""
        self._check_fitted()
        users = np.asarray(users, dtype=np.int64).reshape(-1)
        items = np.asarray(items, dtype=np.int64).reshape(-1)
        if users.shape != items.shape:
            raise ValueError(f"users and items must have the same length; got {users.shape} and {items.shape}")
        for name, x, n in (("users", users, self.n_users_), ("items", items, self.n_items_)):
            if len(x) and (x.min() < 0 or x.max() >= n):
                raise ValueError(f"{name} must be internal indices in [0, {n - 1}]")
        return self._pairs(users, items)

    def _side_parts(self, side: str, rows: torch.Tensor) -> dict[str, torch.Tensor]:
        idx, w = self._enc[side]
        return self.module_.parts(idx[rows], w[rows], side)

    def _score_tensor(self, users: torch.Tensor, histories: Histories) -> torch.Tensor:
        items = torch.arange(self.n_items_, device=self.device_)
        chunks = [self._side_parts("item", items[a : a + 65536]) for a in range(0, self.n_items_, 65536)]
        pi = {k: torch.cat([c[k] for c in chunks]) for k in chunks[0]}
        pu = self._side_parts("user", users)
        return self.module_.score_all(pu, pi)

    # ------------------------------------------------------------ for explainers
    def item_text_embeddings(self) -> np.ndarray | None:
        """The items' text vectors (``n_items x 384``) the model projects; None without ``text_fields``."""
        self._check_fitted()
        text = self.module_.embedding.text
        return None if text is None else text[:-1].float().cpu().numpy()

    def encode_pairs(
        self, users: Any, items: Any
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        """Slot tensors ``(user_index, user_weight, item_index, item_weight)`` of pairs of internal indices:
        the inputs of ``module_.forward`` (e.g. for Captum's ``LayerIntegratedGradients(module_,
        module_.embedding)``)."""
        self._check_fitted()
        u = torch.tensor(np.asarray(users, dtype=np.int64).reshape(-1), device=self.device_)
        i = torch.tensor(np.asarray(items, dtype=np.int64).reshape(-1), device=self.device_)
        (ui, uw), (ii, iw) = self._enc["user"], self._enc["item"]
        return ui[u], uw[u], ii[i], iw[i]

    def pair_features(self, user: int, item: int) -> list[dict[str, Any]]:
        """The active features of one (user, item) pair of internal indices, in slot order (user's, then
        item's): ``{"side", "slot", "feature", "field", "value", "weight"}``; slot numbers index the
        concatenated slots that ``module_.forward_embedded`` sees."""
        self._check_fitted()
        fm = self.fieldmap_
        out = []
        for side, row, shift in (("user", user, 0), ("item", item, fm.n_slots("user"))):
            idx, w = fm.encode_users([row]) if side == "user" else fm.encode_items([row])
            for slot, (j, wt) in enumerate(zip(idx[0], w[0], strict=True)):
                if wt != 0:
                    field, value = fm.describe(int(j))
                    out.append({"side": side, "slot": shift + slot, "feature": int(j), "field": field,
                                "value": value, "weight": float(wt)})
        return out

    # ------------------------------------------------------------ persistence
    def _config(self) -> dict[str, Any]:
        return {"fieldmap": self.fieldmap_.to_json()}

    def _get_state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        state, arrays = super()._get_state()
        arrays.update({f"fieldmap.{k}": v for k, v in self.fieldmap_.arrays().items()})
        return state, arrays

    def _build_from_config(self, config: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        fa = {k[len("fieldmap.") :]: v for k, v in arrays.items() if k.startswith("fieldmap.")}
        fieldmap = FieldMap.from_json(config["fieldmap"], fa)
        self._use_fieldmap(fieldmap)
        self.module_ = self._make_module(fieldmap, arrays.get("module.embedding.text"))


class _MLPRecommender(_FeatureRecommender):
    """Adds ``mlp_dims`` (hidden layer sizes; the first layer is linear over the model's input, the
    last hidden layer feeds one logit) and ``dropout`` (after every hidden layer and on the MLP's
    input) to the shared estimator."""

    def __init__(self, *, mlp_dims: tuple[int, ...] | list[int] = (64,), dropout: float = 0.2, **kw: Any) -> None:
        super().__init__(**kw)
        self.mlp_dims = mlp_dims
        self.dropout = dropout

    def _check_params(self) -> None:
        super()._check_params()
        dims = self.mlp_dims
        if (
            isinstance(dims, (str, bytes))
            or not hasattr(dims, "__len__")
            or len(dims) == 0
            or not all(isinstance(x, (int, np.integer)) and not isinstance(x, bool) and 1 <= x <= 65536 for x in dims)
        ):
            raise ValueError(f"mlp_dims must be a non-empty list of ints in [1, 65536]; got {dims!r}")
        check_float("dropout", self.dropout, 0.0, 1.0)
        if self.dropout >= 1.0:
            raise ValueError(f"dropout must be a number in [0.0, 1.0); got {self.dropout!r}")

    @classmethod
    def _from_saved(cls, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> Any:
        # JSON stores the mlp_dims tuple as a list: give it back as the tuple the default is
        params = meta["params"]
        if isinstance(params.get("mlp_dims"), list):
            meta = {**meta, "params": {**params, "mlp_dims": tuple(params["mlp_dims"])}}
        return super()._from_saved(meta, arrays)

    def _module_kwargs(self) -> dict[str, Any]:
        return {"mlp_dims": tuple(int(x) for x in self.mlp_dims), "dropout": float(self.dropout)}


class FM(_FeatureRecommender):
    """Factorisation machine (Rendle 2010) over user_id, item_id and the user and item fields.

    >>> FM(task="ctr").fit(split.train, split.valid)  # doctest: +SKIP
    """

    key = "fm"
    _module_class = FMModule


class DeepFM(_MLPRecommender):
    """DeepFM (Guo et al. 2017): FM + an MLP over the concatenated field embeddings."""

    key = "deepfm"
    _module_class = DeepFMModule


class NFM(_MLPRecommender):
    """NFM (He & Chua 2017): first order + MLP over Bi-Interaction pooling."""

    key = "nfm"
    _module_class = NFMModule
