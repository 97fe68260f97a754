"""What every sequence model of whyrec shares: next-item training on each user's last items, the losses, the
seen-item offset, item attribute and text inputs, scoring, explainer support and persistence.

A :class:`SequenceRecommender` reads the last ``max_len`` items of a history (1-based, left-padded with 0) with
a network of the form of :class:`~whyrec.models.nn_sasrec.SASRecModule` (``encode``, ``forward``,
``item_encoder``, ``position``, ``emb_drop``, ``scale``, ``seen_offset``): one sequence per user, every position
predicts the next item, with a full softmax over all items (``loss="ce"``, as SASRec+ / "SASRec with
cross-entropy", Klenitskiy & Vasilev, RecSys 2023), a sampled softmax (``"sampled_ce"``) or one negative per
position (``"bce"``). A model is a subclass that adds its own hyper-parameters and builds its network in
``_make_module``: SASRec (causal self-attention), GRU4Rec (a GRU).

A learned *seen-item offset* (``seen_bias``, on by default with the softmax
losses) is added to the score of every item already in the input sequence.
It is fitted on the network's detached logits, so the network trains exactly
as without it; the offset only learns how likely users are to pick an item
they have read again (about -2 on MovieLens-100K and -9 on Beauty, where
nobody rates or buys an item twice). It matters where history items are not
masked at ranking time (``loo-full-unmasked``, or a shop that recommends
repeat purchases); with masking the ranking is the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import numpy as np
import torch
import torch.nn.functional as F

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_choice, check_float, check_int
from whyrec.features.text import check_cache_dir, check_text_fields
from whyrec.models.nn_sasrec import SEEN_SCALE, ItemEncoder
from whyrec.models.sampling import NegativeSampler
from whyrec.models.torch_base import TorchRecommender

LOSSES: tuple[str, ...] = ("ce", "sampled_ce", "bce")


# ====================================================================== sequences
#: ``max_len="auto"``: the window covers this share of the training histories, within these bounds
AUTO_WINDOW_QUANTILE = 0.9
AUTO_WINDOW_BOUNDS = (50, 200)


def window_for(histories: Histories) -> int:
    """The ``max_len`` that ``"auto"`` means: the 90th percentile of the training histories' lengths, rounded up to
    a multiple of 10 and kept within 50-200 (a shop whose shoppers buy a few items gets 50, MovieLens-100K 200)."""
    lengths = histories.lengths()
    if len(lengths) == 0:
        return AUTO_WINDOW_BOUNDS[0]
    q = float(np.quantile(lengths, AUTO_WINDOW_QUANTILE))
    return int(min(max(10 * int(np.ceil(q / 10)), AUTO_WINDOW_BOUNDS[0]), AUTO_WINDOW_BOUNDS[1]))


def last_items(histories: Histories, users: np.ndarray, max_len: int) -> np.ndarray:
    """The last ``max_len`` items of each user's history, 1-based, left-padded with 0: ``(len(users), L)``.

    ``L`` is the longest of these (at least 1), so an empty history gives one padding column.
    """
    users = np.asarray(users, dtype=np.int64)
    ends = histories.indptr[users + 1]
    lens = np.minimum(ends - histories.indptr[users], max_len)
    width = max(1, int(lens.max()) if len(lens) else 1)
    out = np.zeros((len(users), width), dtype=np.int64)
    rows = np.repeat(np.arange(len(users)), lens)
    within = np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens)
    out[rows, width - lens[rows] + within] = histories.items[ends[rows] - lens[rows] + within].astype(np.int64) + 1
    return out


def prefix_pairs(inp: torch.Tensor, keep: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """The items each kept position has read, as unique ``(row, item)`` pairs.

    ``inp`` ``(B, L)`` 1-based items (0 = padding), ``keep`` ``(B, L)`` the
    positions with a target; ``row`` counts the kept positions in row-major
    order (the rows of ``h[keep]``) and ``item`` is 0-based. An item read
    twice before a position is listed once (at its first occurrence).
    """
    n = inp.shape[1]
    before = torch.ones(n, n, dtype=torch.bool, device=inp.device).tril(-1)
    repeated = ((inp.unsqueeze(2) == inp.unsqueeze(1)) & before).any(2)  # an earlier position has the same item
    first = (inp != 0) & ~repeated
    # [b, t, s]: position t (kept) has read position s (s <= t, a first occurrence)
    pairs = keep.unsqueeze(2) & first.unsqueeze(1) & (before | torch.eye(n, dtype=torch.bool, device=inp.device))
    b, t, s = pairs.nonzero(as_tuple=True)
    row_of = keep.flatten().cumsum(0).view_as(keep) - 1
    return row_of[b, t], inp[b, s] - 1


# ====================================================================== estimator
class SequenceRecommender(TorchRecommender):
    """Base of the sequence models (see the module docstring).

    Hyper-parameters: ``max_len`` (positions read; ``"auto"``: :func:`window_for` of the training histories,
    resolved by ``fit``, which then holds the number), ``dropout``, ``loss`` (``"ce"`` full softmax,
    ``"sampled_ce"`` with ``n_negatives`` uniform negatives shared by the positions of a batch, ``"bce"`` with
    one negative per position), ``item_features`` (categorical or multi fields of ``train.items`` whose value
    embeddings are averaged per field and added to the item embedding), ``text_fields`` (None = no text;
    ``"auto"`` or a list of item fields: a learned linear projection of the items' MiniLM text vectors is added
    to the item embedding; the vectors are saved with the model), ``text_cache`` (folder of the embedding
    cache; None = in memory), ``seen_bias`` (True: one learned offset is added to the score of every item read
    in the user's sequence; None, the default, means True with the softmax losses and False with ``"bce"``,
    whose negatives are never read items), plus the common ones of
    :class:`~whyrec.models.torch_base.TorchRecommender`. Training stops early on validation NDCG@10 (all
    validation users, every epoch, patience 5). With text, an item without training interactions counts as
    *new*: it has no id embedding and is left out of the loss's softmax and negatives, so it is scored from its
    text (and attributes) alone.

    For explainers (:class:`~whyrec.models.capabilities.SequenceEncoder`): :meth:`history_tensor` builds the
    network's input ``seq`` and ``module_(seq, targets, inputs_embeds=...)`` is a differentiable score;
    :meth:`input_sequence` lists the items read.
    """

    sequential = True
    history_based = True
    sequence_encoder = True  # capabilities (models/capabilities.py): SequenceEncoder
    dot_product = True  # and DotProduct: the last hidden state . the item table (plus the seen offset)
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {
        "learning_rate": ("log", 3e-4, 3e-3),
        "dropout": ("float", 0.1, 0.5),
        "embedding_dim": ("choice", (32, 64, 128)),
        "max_len": ("choice", (50, 100, 200)),
    }

    def __init__(
        self,
        *,
        max_len: int | str = 50,
        dropout: float = 0.3,
        loss: str = "ce",
        n_negatives: int = 1024,
        item_features: list[str] | None = None,
        text_fields: list[str] | str | None = None,
        text_cache: str | None = None,
        seen_bias: bool | None = None,
        embedding_dim: int = 64,
        epochs: int = 200,
        batch_size: int = 128,
        learning_rate: float = 1e-3,
        patience: int = 5,
        eval_every: int = 1,
        valid_users: int | None = None,
        **common: Any,
    ) -> None:
        super().__init__(
            embedding_dim=embedding_dim,
            epochs=epochs,
            batch_size=batch_size,
            learning_rate=learning_rate,
            patience=patience,
            eval_every=eval_every,
            valid_users=valid_users,
            **common,
        )
        self.max_len: int = max_len  # type: ignore[assignment]  # "auto" until fit resolves it
        self.dropout = dropout
        self.loss = loss
        self.n_negatives = n_negatives
        self.item_features = item_features
        self.text_fields = text_fields
        self.text_cache = text_cache
        self.seen_bias = seen_bias

    # ------------------------------------------------------------ parameters
    def _fit(self, train: Dataset, valid: Dataset | None) -> None:
        if self.max_len == "auto":
            self.max_len = window_for(train.histories())
        super()._fit(train, valid)

    def _check_params(self) -> None:
        super()._check_params()
        if isinstance(self.max_len, str):
            raise ValueError(f"max_len must be an int in [1, 100000] or 'auto'; got {self.max_len!r}. Fix: pass a "
                             "number of positions, or 'auto' for the 90th percentile of the training histories")
        check_int("max_len", self.max_len, 1, 100_000)
        check_float("dropout", self.dropout, 0.0, 1.0)
        if self.dropout >= 1.0:
            raise ValueError(f"dropout must be a number in [0.0, 1.0); got {self.dropout!r}")
        check_choice("loss", self.loss, LOSSES)
        if self.seen_bias is not None and not isinstance(self.seen_bias, bool):
            raise ValueError(f"seen_bias must be None, True or False; got {self.seen_bias!r}")
        if self.seen_bias and self.loss == "bce":
            raise ValueError(
                "seen_bias=True needs loss='ce' or 'sampled_ce': the bce loss never samples a read item as a "
                "negative, so the offset could only learn upwards; use seen_bias=None or False with loss='bce'"
            )
        check_int("n_negatives", self.n_negatives, 1)
        f = self.item_features
        if f is not None and (isinstance(f, str) or not all(isinstance(x, str) for x in f)):
            raise ValueError(f"item_features must be None or a list of item field names; got {f!r}")
        check_text_fields(self.text_fields)
        check_cache_dir(self.text_cache)

    # ------------------------------------------------------------ building
    def _item_field_map(self, train: Dataset) -> Any:
        """A :class:`whyrec.features.FieldMap` of the item feature fields (None without item_features)."""
        if not self.item_features:
            return None
        from whyrec.features import FieldMap

        usable = {k: s.kind for k, s in train.item_fields.items() if s.kind in ("categorical", "multi")}
        for name in self.item_features:
            if train.items is None or name not in usable:
                raise ValueError(
                    f"item_features: {name!r} is not a categorical or multi field of the items table; "
                    f"usable fields: {sorted(usable)}"
                )
        return FieldMap(user_fields=[], item_fields=list(self.item_features), include_ids=False).fit(train)

    def _make_module(  # noqa: ANN202
        self,
        n_items: int,
        n_features: int,
        index: np.ndarray | None,
        weight: np.ndarray | None,
        text: np.ndarray | None = None,
        known: np.ndarray | None = None,
        seen: bool = False,
    ):
        """The network: the item encoder (``index`` / ``weight`` the items' attribute slots, ``text`` / ``known``
        the text vectors and known-item flags, row 0 = padding) handed to the subclass's :meth:`_network`."""
        encoder = ItemEncoder(
            n_items,
            self.embedding_dim,
            n_features,
            None if index is None else torch.from_numpy(index),
            None if weight is None else torch.from_numpy(weight),
            None if text is None else torch.from_numpy(np.ascontiguousarray(text, dtype=np.float32)),
            None if known is None else torch.from_numpy(np.ascontiguousarray(known, dtype=np.float32)),
        )
        return self._network(encoder, seen)

    def _network(self, encoder: ItemEncoder, seen: bool) -> torch.nn.Module:
        """The model's own network over ``encoder``, with the seen-item offset when ``seen``."""
        raise NotImplementedError

    def _build(self, train: Dataset) -> None:
        fm = self._item_field_map(train)
        self.field_map_ = fm
        text = known = None
        self._new_items = None
        if self.text_fields is not None:
            from whyrec.features.text import item_text_vectors

            vectors = item_text_vectors(train, self.text_fields, self.text_cache)
            text = np.vstack([np.zeros((1, vectors.shape[1]), dtype=np.float32), vectors])  # row 0: padding
            new = train.item_popularity() == 0
            known = np.concatenate([[0.0], (~new).astype(np.float32)])
            if new.any():
                self._new_items = torch.from_numpy(new).to(self.device_)
                self._warm_items = np.flatnonzero(~new)
        seen = self.seen_bias if self.seen_bias is not None else self.loss != "bce"
        if fm is None:
            self.module_ = self._make_module(train.n_items, 0, None, None, text, known, seen)
        else:
            idx, w = fm.encode_items(np.arange(train.n_items))
            # row 0 = padding: no features
            idx = np.vstack([np.zeros((1, idx.shape[1]), dtype=np.int64), idx])
            w = np.vstack([np.zeros((1, w.shape[1]), dtype=np.float32), w])
            self.module_ = self._make_module(train.n_items, fm.n_features, idx, w, text, known, seen)
        # one training sequence per user: the last max_len + 1 items; inputs [:-1], targets [1:]
        hist = self.history_
        users = np.flatnonzero(hist.lengths() >= 2)
        seq = last_items(hist, users, self.max_len + 1)
        if seq.shape[1] < self.max_len + 1:
            seq = np.pad(seq, ((0, 0), (self.max_len + 1 - seq.shape[1], 0)))
        self._seq_users = users
        self._seq_in = seq[:, :-1]
        self._seq_out = seq[:, 1:] * (seq[:, :-1] != 0)  # no target where the input is padding
        self._seq_len = (self._seq_out != 0).sum(1)
        self._sampler = None
        if self.loss == "bce":  # with new items, only the known items' columns are negatives
            seen = train.matrix()
            self._sampler = NegativeSampler(seen if self._new_items is None else seen[:, self._warm_items])

    def _epoch_batches(self, train: Dataset, rng: np.random.Generator):  # noqa: ANN202
        n, bs = len(self._seq_users), self.batch_size
        # shuffle, then sort by length inside windows of 32 batches so that batches have little padding
        order = rng.permutation(n)
        window = 32 * bs
        for s in range(0, n, window):
            part = order[s : s + window]
            order[s : s + window] = part[np.argsort(self._seq_len[part], kind="stable")]
        batches = [order[s : s + bs] for s in range(0, n, bs)]
        for b in rng.permutation(len(batches)):
            idx = batches[b]
            width = max(1, int(self._seq_len[idx].max()))
            inp = self._seq_in[idx, -width:]
            out = self._seq_out[idx, -width:]
            neg: np.ndarray | torch.Tensor | None = None
            if self.loss == "bce":
                users = np.repeat(self._seq_users[idx], (out != 0).sum(1))
                assert self._sampler is not None  # _build made it for the bce loss
                neg = self._sampler.sample(users, 1, rng)[:, 0]
                if self._new_items is not None:  # columns of the known items -> item indices
                    neg = self._warm_items[neg]
                neg = torch.from_numpy(neg + 1).to(self.device_)
            elif self.loss == "sampled_ce":
                # one set of distinct uniform negatives shared by the batch: a dense (positions x negatives) product
                if self._new_items is None:
                    neg = np.unique(rng.integers(1, self.n_items_ + 1, size=self.n_negatives))
                else:
                    neg = np.unique(self._warm_items[rng.integers(0, len(self._warm_items), size=self.n_negatives)] + 1)
                neg = torch.from_numpy(neg).to(self.device_)
            yield torch.from_numpy(inp).to(self.device_), torch.from_numpy(out).to(self.device_), neg

    def _loss(self, batch: Any) -> torch.Tensor:
        inp, out, neg = batch
        h, _ = self.module_.encode(inp)
        keep = out != 0
        return self._output_loss(h[keep], out[keep], neg, lambda: prefix_pairs(inp, keep))

    def _output_loss(
        self,
        h: torch.Tensor,
        target: torch.Tensor,
        neg: Any,
        pairs: Callable[[], tuple[torch.Tensor, torch.Tensor]],
    ) -> torch.Tensor:
        """The loss of hidden states ``h`` ``(P, d)`` predicting 1-based ``target`` items ``(P,)`` (``neg``: the
        sampled negatives of ``"bce"`` / ``"sampled_ce"``), plus the seen-item offset's; ``pairs()`` lists the
        items each position has read (see :meth:`_seen_loss`), called only when the model has the offset."""
        m = self.module_
        table = m.item_encoder.table()
        if self.loss == "bce":
            pos, neg_logits = (table[target] * h).sum(-1), (table[neg] * h).sum(-1)
            return -(F.logsigmoid(pos) + F.logsigmoid(-neg_logits)).mean()
        if self.loss == "ce":
            logits = h @ table[1:].T
            if self._new_items is not None:  # new items are not in the training catalogue
                logits = logits.masked_fill(self._new_items, float("-inf"))
            column = target - 1
        else:  # sampled_ce: the positive in column 0, then the shared (distinct) negatives
            neg_logits = (h @ table[neg].T).masked_fill(neg.unsqueeze(0) == target.unsqueeze(1), float("-inf"))
            logits = torch.cat([(table[target] * h).sum(-1, keepdim=True), neg_logits], dim=1)
            column = torch.zeros_like(target)
        loss = F.cross_entropy(logits, column)
        if m.seen_logit is None:
            return loss
        return loss + self._seen_loss(logits.detach(), target, column, pairs(), neg)

    def _seen_loss(
        self,
        logits: torch.Tensor,
        target: torch.Tensor,
        column: torch.Tensor,
        pairs: tuple[torch.Tensor, torch.Tensor],
        neg: Any,
    ) -> torch.Tensor:
        """Cross-entropy of the offset alone, on the network's (detached) ``logits`` ``(P, C)``.

        The network trains exactly as without the offset; the offset is fitted
        to its logits: with ``p`` the probability mass the network puts on the
        items a position has read, adding ``o`` to their logits changes that
        position's loss by ``log(1 + p (e^o - 1)) - o [target read]``.
        ``target`` are the positions' 1-based targets and ``column`` their
        columns in ``logits``.
        """
        row, item = pairs  # (kept position, 0-based item) read before it
        if self.loss == "ce":
            cols = item
        else:  # read items among the sampled columns: the positive, and negatives equal to a read item
            where = torch.full((self.n_items_ + 1,), -1, dtype=torch.long, device=neg.device)
            where[neg] = torch.arange(1, len(neg) + 1, device=neg.device)
            cols = where[item + 1]
            cols = torch.where(item + 1 == target[row], torch.zeros_like(cols), cols)
        sel = cols >= 0
        row, cols = row[sel], cols[sel]
        lse = torch.logsumexp(logits, 1)
        p = torch.zeros_like(lse).index_add_(0, row, torch.exp(logits[row, cols] - lse[row])).clamp(max=1 - 1e-6)
        read = torch.zeros_like(lse).index_add_(0, row, (cols == column[row]).to(lse.dtype))
        o = self.module_.seen_logit * SEEN_SCALE
        return (torch.log1p(p * torch.expm1(o)) - o * read).mean()

    # ------------------------------------------------------------ scoring
    def _score_tensor(self, users: torch.Tensor, histories: Histories) -> torch.Tensor:
        u = users.detach().cpu().numpy()
        out = torch.empty(len(u), self.n_items_, device=self.device_)
        for rows, seq in self._sequence_blocks(u, histories):
            out[torch.from_numpy(rows).to(self.device_)] = self.module_(seq)
        return out

    def _sequence_blocks(self, users: np.ndarray, histories: Histories):  # noqa: ANN202 - iterator
        """``(rows, seq)`` for blocks of at most 256 of ``users`` of similar history length (little padding)."""
        lens = np.minimum(histories.indptr[users + 1] - histories.indptr[users], self.max_len)
        order = np.argsort(lens, kind="stable")
        for s in range(0, len(users), 256):
            rows = order[s : s + 256]
            yield rows, torch.from_numpy(last_items(histories, users[rows], self.max_len)).to(self.device_)

    def query_vectors(self, users: np.ndarray, histories: Histories | None = None) -> np.ndarray:
        """The last hidden states ``(len(users), d)`` the item table is multiplied with."""
        self._check_fitted()
        u = np.asarray(users, dtype=np.int64)
        out = np.empty((len(u), self.module_.item_encoder.dim), dtype=np.float32)
        self.module_.eval()
        with torch.no_grad():
            for rows, seq in self._sequence_blocks(u, self.history_ if histories is None else histories):
                out[rows] = self.module_.last_hidden(seq).float().cpu().numpy()
        return out

    def retrieval_vectors(self) -> np.ndarray:
        """The item table (:meth:`item_embeddings`)."""
        return self.item_embeddings()

    def score_candidates(self, users: np.ndarray, histories: Histories | None, candidates: np.ndarray,
                         queries: np.ndarray | None = None) -> np.ndarray:
        """The scores of the ``candidates`` (internal items, one row per user), seen offset included; from the
        users' :meth:`query_vectors` when given (the encoder is not run again)."""
        self._check_fitted()
        u = np.asarray(users, dtype=np.int64)
        cand = torch.as_tensor(np.asarray(candidates, dtype=np.int64), device=self.device_)
        out = np.empty(cand.shape, dtype=np.float32)
        self.module_.eval()
        with torch.no_grad():
            for rows, seq in self._sequence_blocks(u, self.history_ if histories is None else histories):
                r = torch.from_numpy(rows).to(self.device_)
                if queries is None:
                    s = self.module_(seq, cand[r])
                else:
                    h = torch.from_numpy(np.asarray(queries, dtype=np.float32)[rows]).to(self.device_)
                    s = self.module_.score_last(h, seq, cand[r])
                out[rows] = s.float().cpu().numpy()
        return out

    def sequence_tensor(self, users: Any, histories: Histories | None = None) -> torch.Tensor:
        """The module's input for internal user indices: ``(len(users), L)`` 1-based items, left-padded with 0."""
        self._check_fitted()
        h = self.history_ if histories is None else histories
        return torch.from_numpy(last_items(h, np.atleast_1d(np.asarray(users, dtype=np.int64)), self.max_len)).to(
            self.device_
        )

    def history_tensor(self, histories: list[np.ndarray]) -> torch.Tensor:
        """The module's input for histories of internal item indices (oldest first), as :meth:`sequence_tensor`."""
        self._check_fitted()
        h = Histories.from_lists([np.asarray(x, dtype=np.int64) for x in histories], self.n_items_)
        return self.sequence_tensor(np.arange(len(histories)), h)

    # ------------------------------------------------------------ explainer support
    def item_text_embeddings(self) -> np.ndarray | None:
        """The items' text vectors (``n_items x 384``) the model projects; None without ``text_fields``."""
        self._check_fitted()
        enc = self.module_.item_encoder
        return enc.text[1:].float().cpu().numpy() if enc.has_text else None

    def item_embeddings(self) -> np.ndarray:
        """The output item table (``n_items x embedding_dim``, features included) that scores are products with."""
        self._check_fitted()
        with torch.no_grad():
            return self.module_.item_encoder.table()[1:].float().cpu().numpy()

    def input_sequence(self, user_or_history: Any, *, histories: Histories | None = None) -> np.ndarray:
        """Internal indices of the items the model reads, oldest first (at most ``max_len``).

        ``user_or_history`` is an external user id (its history is taken from
        ``histories``, by default the training history) or a chronological
        sequence of internal item indices.
        """
        self._check_fitted()
        if isinstance(user_or_history, (str, int, np.integer)):
            u = int(self._user_index(user_or_history)[0])
            seq = (self.history_ if histories is None else histories)[u]
        else:
            seq = np.asarray(user_or_history, dtype=np.int64).reshape(-1)
            if len(seq) and (seq.min() < 0 or seq.max() >= self.n_items_):
                raise ValueError(
                    f"history items must be internal indices in [0, {self.n_items_ - 1}]; "
                    f"got values in [{seq.min()}, {seq.max()}]"
                )
        return np.asarray(seq[-self.max_len :], dtype=np.int64)

    # ------------------------------------------------------------ persistence
    def _config(self) -> dict[str, Any]:
        fm = getattr(self, "field_map_", None)
        enc = self.module_.item_encoder
        return {
            "n_items": self.n_items_,
            "n_features": enc.n_features,
            "n_slots": int(enc.feature_index.shape[1]) if enc.n_features else 0,
            "field_map": None if fm is None else fm.to_json(),
            "text": bool(enc.has_text),
        }

    def _build_from_config(self, config: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        n_items, n_feat, n_slots = config["n_items"], config["n_features"], config["n_slots"]
        # the saved weights say whether the model has the offset (models saved before it existed do not)
        seen = "module.seen_logit" in arrays
        text = arrays.get("module.item_encoder.text") if config.get("text") else None
        known = arrays.get("module.item_encoder.known") if config.get("text") else None
        idx: np.ndarray | None
        w: np.ndarray | None
        if n_feat:
            idx = arrays["module.item_encoder.feature_index"].astype(np.int64)
            w = arrays["module.item_encoder.feature_weight"].astype(np.float32)
            self.module_ = self._make_module(n_items, n_feat, idx, w, text, known, seen)
        else:
            idx = w = None
            self.module_ = self._make_module(n_items, 0, None, None, text, known, seen)
        self.field_map_ = None
        if config.get("field_map") is not None and idx is not None:
            from whyrec.features import FieldMap

            assert w is not None  # set with idx
            fm_arrays: dict[str, np.ndarray] = {
                "user_index": np.zeros((self.n_users_, 0), dtype=np.int64),
                "user_weight": np.zeros((self.n_users_, 0), dtype=np.float32),
                "item_index": idx[1:, :n_slots],
                "item_weight": w[1:, :n_slots],
            }
            self.field_map_ = FieldMap.from_json(config["field_map"], fm_arrays)

