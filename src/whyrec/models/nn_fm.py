"""``nn.Module``s of the feature models FM, DeepFM and NFM (no I/O, no config reading).

Every module owns ONE embedding table (:class:`FeatureEmbedding`; with item
text its last rows are a learned projection of the items' text vectors) of ``dim + 1`` columns: columns
``0..dim-1`` are a feature's factor vector ``v``, column ``dim`` its
first-order weight ``w``. A user is a list of slots ``(feature index,
weight x)``, an item likewise; the model sees the user's slots followed by the
item's.

``forward(user_index, user_weight, item_index, item_weight)`` calls the table
once, so Captum's ``LayerIntegratedGradients(module, module.embedding)``
attributes over it; ``forward_embedded(embedded, weight)`` takes the table's
output directly (for plain integrated gradients from an all-zero baseline).

Scoring every item decomposes into a per-user part, a per-item part and a
cross term (see :meth:`FeatureModule.score_all`), so the per-side work is done
once and only the pair-wise remainder runs on (user, item) pairs.
"""

from __future__ import annotations

import torch
from torch import nn

Parts = dict[str, torch.Tensor]


class FeatureEmbedding(nn.Embedding):
    """The feature table, optionally followed by text rows: row ``text_offset + r`` is a learned linear
    projection of ``text[r]`` (an item's text vector; the last row, ``missing``, is zero).

    Without text it is a plain ``nn.Embedding``. Its output is what Captum's
    ``LayerIntegratedGradients(module, module.embedding)`` attributes over, so
    an item's text counts as one field (``item_text``) like any other.
    """

    def __init__(self, n_features: int, width: int, text: torch.Tensor | None = None, init_std: float = 0.01) -> None:
        offset = n_features if text is None else n_features - text.shape[0]
        super().__init__(offset, width)
        self.text_offset = offset
        if text is None:
            self.text: torch.Tensor | None = None
            self.proj: nn.Linear | None = None
            return
        self.register_buffer("text", text.float())
        self.proj = nn.Linear(text.shape[1], width, bias=False)
        nn.init.normal_(self.proj.weight, std=init_std)

    def forward(self, index: torch.Tensor) -> torch.Tensor:
        """Rows of ``index`` (any shape) -> ``(*index.shape, width)``."""
        if self.proj is None:
            return super().forward(index)
        is_text = index >= self.text_offset
        out = super().forward(torch.where(is_text, torch.zeros_like(index), index))
        if bool(is_text.any()):
            assert self.text is not None  # registered with proj
            out = out.index_put((is_text,), self.proj(self.text[index[is_text] - self.text_offset]))
        return out


class FeatureModule(nn.Module):
    """Shared part: the embedding table, the global bias and per-side pooling.

    ``user_fields`` / ``item_fields``: the ``(start, stop)`` slot range of
    each field of a side, in slot order (used to pool a field's slots into one
    field embedding).
    """

    def __init__(
        self,
        n_features: int,
        dim: int,
        user_fields: list[tuple[int, int]],
        item_fields: list[tuple[int, int]],
        init_std: float = 0.01,
        text: torch.Tensor | None = None,
    ) -> None:
        super().__init__()
        self.dim = dim
        self.n_user_slots = max((b for _, b in user_fields), default=0)
        self.n_item_slots = max((b for _, b in item_fields), default=0)
        self.n_user_fields = len(user_fields)
        self.n_item_fields = len(item_fields)
        self.embedding = FeatureEmbedding(n_features, dim + 1, text, init_std)
        nn.init.normal_(self.embedding.weight, std=init_std)
        with torch.no_grad():
            self.embedding.weight[:, dim] = 0.0
            if self.embedding.proj is not None:
                self.embedding.proj.weight[dim] = 0.0
        self.bias = nn.Parameter(torch.zeros(1))
        self.register_buffer("user_pool", _pool_matrix(user_fields, self.n_user_slots), persistent=False)
        self.register_buffer("item_pool", _pool_matrix(item_fields, self.n_item_slots), persistent=False)

    # ------------------------------------------------------------ pair path
    def forward(
        self, user_index: torch.Tensor, user_weight: torch.Tensor, item_index: torch.Tensor, item_weight: torch.Tensor
    ) -> torch.Tensor:
        """Logits ``(B,)`` of B (user, item) pairs given as slot tensors ``(B, S_u)`` and ``(B, S_i)``."""
        embedded = self.embedding(torch.cat([user_index, item_index], dim=1))
        return self.forward_embedded(embedded, torch.cat([user_weight, item_weight], dim=1))

    def forward_embedded(self, embedded: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
        """Logits from the embedding table's output ``(B, S_u + S_i, dim + 1)`` and slot weights ``(B, S_u + S_i)``."""
        s = self.n_user_slots
        pu = self.side_parts(embedded[:, :s], weight[:, :s], "user")
        pi = self.side_parts(embedded[:, s:], weight[:, s:], "item")
        return self.combine(pu, pi)

    def side_parts(self, embedded: torch.Tensor, weight: torch.Tensor, side: str) -> Parts:
        """Per-side quantities: ``a`` (first order, plus the side's own FM term where the model has one),
        ``s`` (sum of weighted factors) and model-specific extras."""
        ew = embedded * weight.unsqueeze(-1)
        v = ew[..., : self.dim]
        s = v.sum(1)
        return self._parts(v, s, ew[..., self.dim].sum(1), (v * v).sum(1), side)

    def _parts(self, v: torch.Tensor, s: torch.Tensor, lin: torch.Tensor, sq: torch.Tensor, side: str) -> Parts:
        raise NotImplementedError

    def combine(self, pu: Parts, pi: Parts) -> torch.Tensor:
        """Logits of aligned pairs (row b of ``pu`` with row b of ``pi``)."""
        raise NotImplementedError

    # ------------------------------------------------------------ all-items path
    def parts(self, index: torch.Tensor, weight: torch.Tensor, side: str) -> Parts:
        """:meth:`side_parts` from slot tensors of one side."""
        return self.side_parts(self.embedding(index), weight, side)

    def score_all(self, pu: Parts, pi: Parts, chunk_elems: int = 1 << 20) -> torch.Tensor:
        """Logits ``(U, I)`` of every user of ``pu`` with every item of ``pi``; equals :meth:`combine` pair-wise."""
        return self.bias + pu["a"][:, None] + pi["a"][None, :] + pu["s"] @ pi["s"].T


class FMModule(FeatureModule):
    """Factorisation machine: bias + sum_j w_j x_j + sum_{j<k} <v_j, v_k> x_j x_k.

    The second-order term over the user's and item's slots together is
    ``½(|s_u|² - q_u) + ½(|s_i|² - q_i) + s_u·s_i`` with ``s`` the sum of
    weighted factors and ``q`` the sum of their squares.
    """

    def _parts(self, v: torch.Tensor, s: torch.Tensor, lin: torch.Tensor, sq: torch.Tensor, side: str) -> Parts:
        return {"a": lin + 0.5 * ((s * s).sum(-1) - sq.sum(-1)), "s": s}

    def combine(self, pu: Parts, pi: Parts) -> torch.Tensor:
        """Logits of aligned pairs."""
        return self.bias + pu["a"] + pi["a"] + (pu["s"] * pi["s"]).sum(-1)


class _MLPModule(FeatureModule):
    """A FeatureModule with an MLP whose first layer ``first`` is linear; ``rest`` maps its
    pre-activation to one logit (activation, dropout, hidden layers, last linear)."""

    def __init__(
        self,
        n_features: int,
        dim: int,
        user_fields: list[tuple[int, int]],
        item_fields: list[tuple[int, int]],
        mlp_in: int,
        mlp_dims: tuple[int, ...],
        dropout: float,
        init_std: float = 0.01,
        text: torch.Tensor | None = None,
    ) -> None:
        super().__init__(n_features, dim, user_fields, item_fields, init_std, text)
        self.first = nn.Linear(mlp_in, mlp_dims[0])
        layers: list[nn.Module] = [nn.ReLU(), nn.Dropout(dropout)]
        for a, b in zip(mlp_dims[:-1], mlp_dims[1:], strict=True):
            layers += [nn.Linear(a, b), nn.ReLU(), nn.Dropout(dropout)]
        layers.append(nn.Linear(mlp_dims[-1], 1))
        self.rest = nn.Sequential(*layers)

    def _mlp_tail(self, pre: torch.Tensor) -> torch.Tensor:
        """``rest(pre)`` with the last dim squeezed; in eval mode in place where it can (no dropout)."""
        if self.training:
            return self.rest(pre).squeeze(-1)
        x = pre
        for layer in self.rest:
            if isinstance(layer, nn.ReLU):
                x = torch.relu_(x)
            elif isinstance(layer, nn.Linear):
                x = nn.functional.linear(x, layer.weight, layer.bias)
        return x.squeeze(-1)

    def _rest_all(self, pre_u: torch.Tensor, pre_i: torch.Tensor, chunk_elems: int, cross=None) -> torch.Tensor:  # noqa: ANN001
        """``rest(pre_u[u] + pre_i[i] (+ cross))`` for every (u, i), computed item-major in chunks of items.

        ``cross(a, b)``, when given, returns the pair-wise part of the pre-activation of items ``a..b-1``
        as a new ``(b - a, U, h)`` tensor.
        """
        n_u, n_i, h = pre_u.shape[0], pre_i.shape[0], pre_u.shape[1]
        step = max(1, chunk_elems // max(1, n_u * h))
        out = pre_u.new_empty((n_u, n_i))
        for a in range(0, n_i, step):
            b = min(n_i, a + step)
            if cross is None:
                pre = pre_i[a:b, None, :] + pre_u[None, :, :]
            else:
                pre = cross(a, b)
                pre += pre_u[None, :, :]
                pre += pre_i[a:b, None, :]
            out[:, a:b] = self._mlp_tail(pre).T
        return out


class DeepFMModule(_MLPModule):
    """DeepFM: FM (first and second order) + an MLP over the concatenated field embeddings.

    A field's embedding is the weighted sum of its slots' factors (a multi
    field's weights are 1/n, so its embedding is the mean). The MLP's first
    layer is linear, so ``W·[x_u, x_i] = W_u·x_u + W_i·x_i``: scoring every
    item computes each half once per user and once per item.
    """

    def __init__(
        self,
        n_features: int,
        dim: int,
        user_fields: list[tuple[int, int]],
        item_fields: list[tuple[int, int]],
        mlp_dims: tuple[int, ...] = (64,),
        dropout: float = 0.2,
        init_std: float = 0.01,
        text: torch.Tensor | None = None,
    ) -> None:
        mlp_in = (len(user_fields) + len(item_fields)) * dim
        super().__init__(n_features, dim, user_fields, item_fields, mlp_in, tuple(mlp_dims), dropout, init_std, text)
        self.input_dropout = nn.Dropout(dropout)

    def _parts(self, v: torch.Tensor, s: torch.Tensor, lin: torch.Tensor, sq: torch.Tensor, side: str) -> Parts:
        pool = self.user_pool if side == "user" else self.item_pool
        fields = torch.einsum("fs,bsd->bfd", pool, v).flatten(1)
        return {"a": lin + 0.5 * ((s * s).sum(-1) - sq.sum(-1)), "s": s, "x": fields}

    def combine(self, pu: Parts, pi: Parts) -> torch.Tensor:
        """Logits of aligned pairs."""
        fm = self.bias + pu["a"] + pi["a"] + (pu["s"] * pi["s"]).sum(-1)
        x = self.input_dropout(torch.cat([pu["x"], pi["x"]], dim=1))
        return fm + self.rest(self.first(x)).squeeze(-1)

    def score_all(self, pu: Parts, pi: Parts, chunk_elems: int = 1 << 20) -> torch.Tensor:
        """Logits ``(U, I)``: FM decomposed, MLP on pre-computed halves of its first layer."""
        fm = super().score_all(pu, pi)
        n = pu["x"].shape[1]
        w = self.first.weight
        pre_u = pu["x"] @ w[:, :n].T
        pre_i = pi["x"] @ w[:, n:].T + self.first.bias
        return fm + self._rest_all(pre_u, pre_i, chunk_elems)


class NFMModule(_MLPModule):
    """NFM: bias + first order + MLP(Bi-Interaction pooling).

    Bi-Interaction ``f = ½[(Σ x v)² - Σ (x v)²]`` (element-wise) over both sides
    is ``q_u + q_i + s_u ⊙ s_i``; the MLP's first layer is linear, so scoring
    every item computes ``W q_u``, ``W q_i`` once and the cross term
    ``(W diag(s_u)) s_i`` as one matrix product per user batch.
    """

    def __init__(
        self,
        n_features: int,
        dim: int,
        user_fields: list[tuple[int, int]],
        item_fields: list[tuple[int, int]],
        mlp_dims: tuple[int, ...] = (64,),
        dropout: float = 0.2,
        init_std: float = 0.01,
        text: torch.Tensor | None = None,
    ) -> None:
        super().__init__(n_features, dim, user_fields, item_fields, dim, tuple(mlp_dims), dropout, init_std, text)
        self.bi_dropout = nn.Dropout(dropout)

    def _parts(self, v: torch.Tensor, s: torch.Tensor, lin: torch.Tensor, sq: torch.Tensor, side: str) -> Parts:
        return {"a": lin, "s": s, "q": 0.5 * (s * s - sq)}

    def combine(self, pu: Parts, pi: Parts) -> torch.Tensor:
        """Logits of aligned pairs."""
        bi = self.bi_dropout(pu["q"] + pi["q"] + pu["s"] * pi["s"])
        return self.bias + pu["a"] + pi["a"] + self.rest(self.first(bi)).squeeze(-1)

    def score_all(self, pu: Parts, pi: Parts, chunk_elems: int = 1 << 20) -> torch.Tensor:
        """Logits ``(U, I)``: per-side halves of the first layer plus a batched cross term."""
        w = self.first.weight  # (h, d)
        pre_u = pu["q"] @ w.T + self.first.bias
        pre_i = pi["q"] @ w.T
        n_u, h = pre_u.shape
        wu = (pu["s"][:, None, :] * w[None, :, :]).reshape(n_u * h, -1)  # rows of W diag(s_u), user-major
        s_i = pi["s"]

        def cross(a: int, b: int) -> torch.Tensor:
            return (s_i[a:b] @ wu.T).view(b - a, n_u, h)  # one GEMM per chunk of items

        base = self.bias + pu["a"][:, None] + pi["a"][None, :]
        return base + self._rest_all(pre_u, pre_i, chunk_elems, cross)


def _pool_matrix(fields: list[tuple[int, int]], n_slots: int) -> torch.Tensor:
    """``(n_fields, n_slots)`` 0/1 matrix: which slots belong to each field."""
    m = torch.zeros(len(fields), n_slots)
    for f, (a, b) in enumerate(fields):
        m[f, a:b] = 1.0
    return m
