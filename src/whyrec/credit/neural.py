"""whyrec's feature models (FM, DeepFM, NFM) as credit classifiers, on the same fields and behind the same
contract as the scorecard and the trees.

Every field is one slot of the models' embedding table (:mod:`whyrec.models.nn_fm`): a categorical field's
value, or the quantile bin of a numeric one (edges from the training data), with one extra row per field for
a value training never saw. The applicant is the "user" side of the module and there is no item side, so FM's
second-order term runs over the applicant's fields. Training is whyrec's one loop (:func:`whyrec.training.
fit_loop`: Adam, binary cross-entropy, early stopping on the AUC of a stratified validation fifth of the
training rows, the best epoch restored).

These models have no exact additive account, so :meth:`NeuralCredit.contributions` gives **integrated
gradients** (Captum) over each field's embedding row, from the training population's mean row of that field
(the "average applicant" the other models' contributions are relative to) to the applicant's; the base is the
model's log-odds at that baseline. ``base + contributions.sum(1)`` equals ``logit P(bad)`` up to the
integral's numerical error, which :meth:`NeuralCredit.completeness_error` measures (the benchmark reports it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import pandas as pd
import torch
from torch.nn import functional as F

from whyrec.credit.models import CreditModel, _logit

__all__ = ["DeepFMCredit", "FMCredit", "FieldSlots", "NFMCredit", "NeuralCredit"]

#: quantile bins per numeric field (fewer when values repeat)
BINS = 5


class FieldSlots:
    """Each field's value as one row index of the embedding table: field ``j`` owns rows ``offsets[j] ..
    offsets[j] + size_j``; its last row is the value training never saw."""

    def __init__(self, X: pd.DataFrame, kinds: dict[str, str], fields: list[str]) -> None:
        self.fields = list(fields)
        self.vocab: dict[str, dict[str, int]] = {}  # a category -> its code
        self.edges: dict[str, np.ndarray] = {}
        sizes = []
        for f in self.fields:
            if kinds[f] == "categorical":
                self.vocab[f] = {v: k for k, v in enumerate(sorted(X[f].astype(str).unique()))}
                sizes.append(len(self.vocab[f]) + 1)
            else:
                v = pd.to_numeric(X[f], errors="coerce").to_numpy(np.float64)
                self.edges[f] = np.unique(np.nanquantile(v, np.linspace(0, 1, BINS + 1)[1:-1]))
                sizes.append(len(self.edges[f]) + 2)  # bins, then the unseen (missing) value
        self.offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        self.n_rows = int(np.sum(sizes))
        self.sizes = sizes

    def encode(self, X: pd.DataFrame) -> np.ndarray:
        """``(len(X), fields)`` row indices."""
        out = np.empty((len(X), len(self.fields)), dtype=np.int64)
        for j, f in enumerate(self.fields):
            unseen = self.sizes[j] - 1
            if f in self.vocab:
                codes = np.array([self.vocab[f].get(str(v), unseen) for v in X[f]], dtype=np.int64)
            else:
                v = pd.to_numeric(X[f], errors="coerce").to_numpy(np.float64)
                codes = np.where(np.isnan(v), unseen, np.searchsorted(self.edges[f], v, side="right"))
            out[:, j] = self.offsets[j] + codes
        return out


@dataclass
class _Rows:
    """Encoded applicants for the training loop (it asks ``n_interactions`` of a validation part)."""

    index: torch.Tensor
    bad: torch.Tensor

    @property
    def n_interactions(self) -> int:
        return len(self.bad)


class NeuralCredit(CreditModel):
    """A feature model (the ``nn_fm`` module of its ``key``) as a credit classifier; see the module docstring.
    The defaults are the same for every table and were not tuned on any test fold."""

    exact_method = ""
    #: how :meth:`contributions` attributes (these models have no exact account)
    attribution_method: ClassVar[str] = "integrated-gradients"

    def __init__(self, *, embedding_dim: int = 8, mlp_dims: tuple[int, ...] = (32,), dropout: float = 0.2,
                 learning_rate: float = 0.003, weight_decay: float = 1e-4, batch_size: int = 64, epochs: int = 100,
                 patience: int = 10, ig_steps: int = 32, with_protected: bool = False, seed: int = 0) -> None:
        super().__init__(with_protected=with_protected, seed=seed)
        self.embedding_dim, self.mlp_dims, self.dropout = embedding_dim, tuple(mlp_dims), dropout
        self.learning_rate, self.weight_decay, self.batch_size = learning_rate, weight_decay, batch_size
        self.epochs, self.patience, self.ig_steps = epochs, patience, ig_steps
        # what whyrec.training.fit_loop reads
        self.device, self.eval_every, self.verbose = "cpu", 1, False
        self.num_threads: int | None = 1
        self.max_seconds: float | None = None
        self.device_: torch.device = torch.device("cpu")

    # ------------------------------------------------------------ training (whyrec.training.Trainable)
    def _fit(self, X: pd.DataFrame, bad: np.ndarray) -> None:
        from sklearn.model_selection import train_test_split

        from whyrec.training import fit_loop

        self.slots_ = FieldSlots(X, self.kinds_, self.fields_)
        fit_rows, valid_rows = train_test_split(np.arange(len(bad)), test_size=0.2, stratify=bad,
                                                random_state=self.seed)
        index = torch.from_numpy(self.slots_.encode(X))
        y = torch.from_numpy(np.asarray(bad, dtype=np.float32))
        train, valid = _Rows(index[fit_rows], y[fit_rows]), _Rows(index[valid_rows], y[valid_rows])
        self.train_log_ = fit_loop(self, train, valid)
        with torch.no_grad():  # the integrated-gradients baseline: each field's mean row over the population
            self.baseline_ = self.module_.embedding(index).mean(0, keepdim=True)

    def _build(self, train: _Rows) -> None:
        from whyrec.models import nn_fm

        module_class = {"fm": nn_fm.FMModule, "deepfm": nn_fm.DeepFMModule, "nfm": nn_fm.NFMModule}[self.key]
        fields = [(j, j + 1) for j in range(len(self.fields_))]
        extra = {} if self.key == "fm" else {"mlp_dims": self.mlp_dims, "dropout": self.dropout}
        self.module_ = module_class(self.slots_.n_rows, self.embedding_dim, fields, [], **extra)

    def _epoch_batches(self, train: _Rows, rng: np.random.Generator) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        order = torch.from_numpy(rng.permutation(len(train.bad)))
        for s in range(0, len(order), self.batch_size):
            idx = order[s:s + self.batch_size]
            yield train.index[idx], train.bad[idx]

    def _logits(self, index: torch.Tensor) -> torch.Tensor:
        empty = index.new_zeros((len(index), 0))
        return self.module_(index, torch.ones(index.shape, dtype=torch.float32), empty,
                            torch.zeros((len(index), 0)))

    def _loss(self, batch: tuple[torch.Tensor, torch.Tensor]) -> torch.Tensor:
        index, y = batch
        return F.binary_cross_entropy_with_logits(self._logits(index), y)

    def _metric_name(self) -> str:
        return "AUC"

    def _validate(self, valid: _Rows) -> float:
        from sklearn.metrics import roc_auc_score

        return float(roc_auc_score(valid.bad.numpy(), self._logits(valid.index).numpy()))

    # ------------------------------------------------------------ the contract
    def _predict(self, X: pd.DataFrame) -> np.ndarray:
        self.module_.eval()
        with torch.no_grad():
            logits = self._logits(torch.from_numpy(self.slots_.encode(X)))
        return torch.sigmoid(logits.double()).numpy()

    def _set_base(self, X: pd.DataFrame) -> None:
        w = torch.ones((1, len(self.fields_)))
        with torch.no_grad():
            self.base_ = float(self.module_.forward_embedded(self.baseline_, w)[0])

    def contributions(self, X: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """Integrated gradients per field (see the module docstring) and the base, in log-odds of bad."""
        from captum.attr import IntegratedGradients

        index = torch.from_numpy(self.slots_.encode(self._frame(X)))
        self.module_.eval()
        with torch.no_grad():
            embedded = self.module_.embedding(index)
        ig = IntegratedGradients(lambda e: self.module_.forward_embedded(e, torch.ones(e.shape[:2])))
        attr = ig.attribute(embedded, baselines=self.baseline_.expand_as(embedded), n_steps=self.ig_steps,
                            internal_batch_size=max(1, len(index)))
        return attr.sum(-1).double().detach().numpy(), np.full(len(index), self.base_)

    def completeness_error(self, X: pd.DataFrame) -> np.ndarray:
        """``|base + contributions.sum(1) - logit P(bad)|`` per applicant: the integral's numerical error."""
        contrib, base = self.contributions(X)
        return np.abs(base + contrib.sum(1) - _logit(self.predict_bad(X)))


class FMCredit(NeuralCredit):
    """A factorisation machine over the applicant's fields (first order + pairwise factor interactions)."""

    key = "fm"


class DeepFMCredit(NeuralCredit):
    """DeepFM: the FM plus an MLP over the concatenated field embeddings."""

    key = "deepfm"


class NFMCredit(NeuralCredit):
    """NFM: first order plus an MLP over the bi-interaction pooling of the field embeddings."""

    key = "nfm"

