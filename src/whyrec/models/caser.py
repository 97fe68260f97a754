"""Caser: convolutional sequence embedding recommendation (Tang & Wang, WSDM 2018), the CNN family.

Horizontal and vertical convolutions read the embeddings of the last ``window`` items (see
:class:`~whyrec.models.nn_caser.CaserModule`). Training is that of every whyrec sequence model
(:mod:`whyrec.models.sequence`: every position predicts the next item, full-softmax cross-entropy, the seen-item
offset), so the comparison with SASRec and GRU4Rec is of the networks alone. Unlike the paper there is no user
embedding: the model scores any history.
"""

from __future__ import annotations

from typing import Any, ClassVar

from whyrec.errors import check_float, check_int
from whyrec.models.nn_caser import CaserModule
from whyrec.models.nn_sasrec import ItemEncoder
from whyrec.models.sequence import SequenceRecommender

__all__ = ["Caser"]


class Caser(SequenceRecommender):
    """Caser as a whyrec Recommender (see the module docstring).

    Hyper-parameters: ``window`` (the L of the paper: items read per position), ``n_h`` (horizontal filters per
    height), ``n_v`` (vertical filters), ``dropout`` (before the last layer), plus those of every sequence model
    (:class:`~whyrec.models.sequence.SequenceRecommender`). ``learning_rate`` defaults to 1e-2, as GRU4Rec's (see
    there).
    """

    key = "caser"
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {
        "learning_rate": ("log", 1e-3, 3e-2),
        "dropout": ("float", 0.1, 0.5),
        "window": ("int", 3, 10),
        "n_h": ("choice", (4, 8, 16)),
    }

    def __init__(
        self,
        *,
        window: int = 5,
        n_h: int = 16,
        n_v: int = 4,
        dropout: float = 0.5,
        learning_rate: float = 1e-2,
        **params: Any,
    ) -> None:
        super().__init__(dropout=dropout, learning_rate=learning_rate, **params)
        self.window = window
        self.n_h = n_h
        self.n_v = n_v

    def _check_params(self) -> None:
        super()._check_params()
        check_int("window", self.window, 1, 64)
        check_int("n_h", self.n_h, 1, 256)
        check_int("n_v", self.n_v, 1, 64)
        check_float("dropout", self.dropout, 0.0, 0.95)

    def _network(self, encoder: ItemEncoder, seen: bool) -> CaserModule:
        return CaserModule(encoder, self.max_len, self.window, self.n_h, self.n_v, float(self.dropout), seen)
