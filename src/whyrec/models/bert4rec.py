"""BERT4Rec: sequential recommendation with bidirectional encoder representations from Transformer (Sun et al.,
CIKM 2019).

The Transformer of SASRec without the causal mask: every position reads the whole sequence. It is trained as a
cloze task: in each training sequence random items (``mask_prob``) are replaced by a learned ``[MASK]`` input and
predicted from both sides, with the full softmax over all items; a share of the sequences (``last_ratio``) mask
their last item only, which is the form of a prediction. To recommend, a mask is appended after the history
and its hidden state scores every item against the (tied) item table, as SASRec's last position does.

The literature's warning holds here too (Klenitskiy & Vasilev, RecSys 2023: SASRec trained with the same full
cross-entropy usually beats BERT4Rec); the accuracy table measures it rather than assuming either way.
Attention weights (the mask's row is the one behind the scores), integrated gradients over the history's input
and every model-agnostic explainer work as for SASRec.
"""

from __future__ import annotations

from typing import Any, ClassVar

import torch

from whyrec.errors import check_float
from whyrec.models.nn_bert4rec import BERT4RecModule
from whyrec.models.nn_sasrec import ItemEncoder
from whyrec.models.sasrec import SASRec

__all__ = ["BERT4Rec", "visible_pairs"]


def visible_pairs(tokens: torch.Tensor, masked: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """The items each masked position can see (the unmasked real items of its row), as unique ``(row, item)``.

    ``tokens`` ``(B, L)`` 1-based items (0 = padding); ``masked`` ``(B, L)`` the masked positions; ``row``
    counts the masked positions in row-major order (the rows of ``h[masked]``), ``item`` is 0-based. An item
    seen at two positions is listed once.
    """
    n = tokens.shape[1]
    vis = (tokens != 0) & ~masked
    before = torch.ones(n, n, dtype=torch.bool, device=tokens.device).tril(-1)
    repeated = ((tokens.unsqueeze(2) == tokens.unsqueeze(1)) & before & vis.unsqueeze(1)).any(2)
    first = vis & ~repeated
    b, t, s = (masked.unsqueeze(2) & first.unsqueeze(1)).nonzero(as_tuple=True)
    row_of = masked.flatten().cumsum(0).view_as(masked) - 1
    return row_of[b, t], tokens[b, s] - 1


class BERT4Rec(SASRec):
    """BERT4Rec as a whyrec Recommender (see the module docstring).

    Hyper-parameters: ``mask_prob`` (share of a training sequence's items masked), ``last_ratio`` (share of
    training sequences that mask their last item only), plus SASRec's (``n_layers``, ``n_heads``) and those of
    every sequence model (``max_len``, ``dropout``, ``item_features``, ``text_fields``, ``seen_bias``, ...).
    Only the full-softmax loss (``loss="ce"``) is offered: masked positions are predicted over all items.
    The seen-item offset is fitted on the masked positions against the items they can see.

    :meth:`attention` gives ``(n_heads, L + 1, L + 1)`` arrays: the history's ``L`` positions, then the appended
    mask, whose row is the one behind the scores.

    ``patience`` defaults to 20 validations, not 5: a cloze model sits on a plateau before it improves (ML-100K
    loo-full validation NDCG@10 at learning rate 1e-3: 0.0377 when stopped after 13 epochs with patience 5, 0.0976
    after 173 with patience 20; 3e-3 and 1e-2 stopped on their plateaus at 0.0467 and 0.0579 with patience 10).
    """

    key = "bert4rec"
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {
        **SASRec.search_space,
        "mask_prob": ("float", 0.1, 0.5),
        "last_ratio": ("float", 0.0, 0.5),
    }

    def __init__(self, *, mask_prob: float = 0.2, last_ratio: float = 0.2, patience: int = 20, **params: Any) -> None:
        super().__init__(patience=patience, **params)
        self.mask_prob = mask_prob
        self.last_ratio = last_ratio

    def _check_params(self) -> None:
        super()._check_params()
        check_float("mask_prob", self.mask_prob, 0.0, 1.0, low_open=True)
        check_float("last_ratio", self.last_ratio, 0.0, 1.0)
        if self.loss != "ce":
            raise ValueError(f"BERT4Rec trains with loss='ce' only (a full softmax at masked positions); "
                             f"got loss={self.loss!r}")

    def _network(self, encoder: ItemEncoder, seen: bool) -> BERT4RecModule:
        return BERT4RecModule(encoder, self.max_len, self.n_layers, self.n_heads, float(self.dropout), seen)

    def _mask(self, tokens: torch.Tensor) -> torch.Tensor:
        """The positions to mask in a batch of training sequences (at least one real item per row)."""
        real = tokens != 0
        masked = real & (torch.rand(tokens.shape, device=tokens.device) < self.mask_prob)
        last_only = torch.rand(tokens.shape[0], device=tokens.device) < self.last_ratio
        none = ~masked.any(1)
        masked[last_only | none] = False
        masked[last_only | none, -1] = True  # the last position always holds an item (histories of >= 2 items)
        return masked

    def _loss(self, batch: Any) -> torch.Tensor:
        inp, out, _ = batch
        tokens = torch.cat([inp, out[:, -1:]], dim=1)  # the whole training sequence, left-padded
        masked = self._mask(tokens)
        m = self.module_
        emb = m.item_encoder(tokens)
        emb = torch.where(masked.unsqueeze(-1), m.mask_token.to(emb.dtype), emb)
        h = m.encode(tokens, emb)[0][masked]
        return self._output_loss(h, tokens[masked], None, lambda: visible_pairs(tokens, masked))
