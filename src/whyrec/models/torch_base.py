"""Shared estimator part of the torch models: hyper-parameters, the training
loop hook-up, validation, scoring under ``no_grad`` and save/load of the module.

A subclass implements:

- ``_build(train)``: create ``self.module_`` (an ``nn.Module`` that does no I/O)
  and anything the batches need; ``_config()`` returns the JSON needed to
  rebuild the module at load time and ``_build_from_config(config)`` does it;
- ``_epoch_batches(train, rng)``: the tensors of one epoch, batch by batch;
- ``_loss(batch)``: a scalar loss;
- ``_score_tensor(users, histories)``: scores ``(len(users), n_items)``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_choice, check_float, check_int
from whyrec.models.base import Recommender
from whyrec.training import TrainLog, fit_loop, resolve_device


class TorchRecommender(Recommender):
    """Base of the models trained by :func:`whyrec.training.fit_loop`.

    Common hyper-parameters: ``embedding_dim``, ``epochs`` (at most),
    ``batch_size``, ``learning_rate``, ``weight_decay``, ``patience`` (epochs
    without a better validation metric before stopping), ``eval_every``,
    ``valid_users`` (validate on at most this many users; None = all),
    ``seed``, ``device`` ("auto", "cpu", "cuda"), ``num_threads`` (torch CPU
    threads; None leaves torch's default), ``max_seconds`` (wall-time cap),
    ``verbose`` (progress bar).
    """

    #: the torch module (each model's own), made by ``_build`` / ``_build_from_config``
    module_: Any
    #: the training histories, masked in validation while :func:`fit_loop` runs
    _valid_history: Histories | None
    #: called as ``hook(epoch, metric)`` after each validation while training (not a hyper-parameter: a tuner
    #: sets it to report the metric and stop a trial, by raising, that trails the others)
    validation_hook: Any = None

    def __init__(
        self,
        *,
        embedding_dim: int = 64,
        epochs: int = 100,
        batch_size: int = 1024,
        learning_rate: float = 1e-3,
        weight_decay: float = 0.0,
        patience: int = 10,
        eval_every: int = 1,
        valid_users: int | None = 10000,
        seed: int = 2020,
        device: str = "auto",
        num_threads: int | None = None,
        max_seconds: float | None = None,
        verbose: bool = False,
    ) -> None:
        self.embedding_dim = embedding_dim
        self.epochs = epochs
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.weight_decay = weight_decay
        self.patience = patience
        self.eval_every = eval_every
        self.valid_users = valid_users
        self.seed = seed
        self.device = device
        self.num_threads = num_threads
        self.max_seconds = max_seconds
        self.verbose = verbose

    @classmethod
    def _param_names(cls) -> list[str]:
        import inspect

        names: list[str] = []
        for klass in cls.__mro__:
            init = klass.__dict__.get("__init__")
            if init is None:
                continue
            for p in inspect.signature(init).parameters.values():
                if p.kind == p.KEYWORD_ONLY and p.name not in names:
                    names.append(p.name)
        return names

    def _check_params(self) -> None:
        check_int("embedding_dim", self.embedding_dim, 1, 4096)
        check_int("epochs", self.epochs, 1)
        check_int("batch_size", self.batch_size, 1)
        check_float("learning_rate", self.learning_rate, 0.0, 10.0, low_open=True)
        check_float("weight_decay", self.weight_decay, 0.0)
        check_int("patience", self.patience, 1)
        check_int("eval_every", self.eval_every, 1)
        if self.valid_users is not None:
            check_int("valid_users", self.valid_users, 1)
        check_int("seed", self.seed, 0)
        if self.num_threads is not None:
            check_int("num_threads", self.num_threads, 1, 1024)
        if self.max_seconds is not None:
            check_float("max_seconds", self.max_seconds, 0.0, low_open=True)
        if not str(self.device).startswith(("cuda", "cpu", "auto", "mps")):
            check_choice("device", self.device, ("auto", "cpu", "cuda"))

    # ------------------------------------------------------------ training
    def _fit(self, train: Dataset, valid: Dataset | None) -> None:
        self._check_params()
        self._valid_history = train.histories()
        self.train_log_: TrainLog = fit_loop(self, train, valid)
        self._valid_history = None

    def _metric_name(self) -> str:
        return "NDCG@10"

    def _validate(self, valid: Dataset) -> float:
        """Validation metric (higher is better): NDCG@10 on ``valid`` with the training history masked."""
        from whyrec.metrics import ranking_metrics

        users = np.unique(valid.interactions["user"].to_numpy())
        if self.valid_users is not None and len(users) > self.valid_users:
            users = np.sort(np.random.default_rng(self.seed).choice(users, self.valid_users, replace=False))
        assert self._valid_history is not None  # set by _fit around fit_loop, the caller
        n_rel, hits = self.rank_targets(self._valid_history, valid.histories(), users, 10)
        return ranking_metrics(hits, n_rel, (10,))["NDCG@10"]

    def _build(self, train: Dataset) -> None:
        raise NotImplementedError

    def _epoch_batches(self, train: Dataset, rng: np.random.Generator):  # noqa: ANN202 - iterator of tensor tuples
        raise NotImplementedError

    def _loss(self, batch: Any) -> torch.Tensor:
        raise NotImplementedError

    # ------------------------------------------------------------ scoring
    def _score_tensor(self, users: torch.Tensor, histories: Histories) -> torch.Tensor:
        raise NotImplementedError

    def _score_matrix(self, users: np.ndarray, histories: Histories) -> np.ndarray:
        self.module_.eval()
        with torch.no_grad():
            u = torch.as_tensor(users, dtype=torch.long, device=self.device_)
            return self._score_tensor(u, histories).float().cpu().numpy()

    # ------------------------------------------------------------ persistence
    def _config(self) -> dict[str, Any]:
        raise NotImplementedError

    def _build_from_config(self, config: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        raise NotImplementedError

    def _get_state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        arrays = {f"module.{k}": v.detach().cpu().numpy() for k, v in self.module_.state_dict().items()}
        log = self.train_log_.to_dict() if hasattr(self, "train_log_") else None
        return {"config": self._config(), "train_log": log}, arrays

    def _set_state(self, state: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        self.device_ = resolve_device(self.device)
        self._build_from_config(state["config"], arrays)
        sd = {k[len("module.") :]: torch.from_numpy(v.copy()) for k, v in arrays.items() if k.startswith("module.")}
        self.module_.load_state_dict(sd)
        self.module_.to(self.device_)
        self.module_.eval()
        if state.get("train_log"):
            tl = state["train_log"]
            self.train_log_ = TrainLog(
                epochs=tl["epochs"],
                best_epoch=tl["best_epoch"],
                best_metric=tl["best_metric"],
                metric_name=tl["metric_name"],
                stop_reason=tl["stop_reason"],
                train_seconds=tl["train_seconds"],
                losses=tl["losses"],
                metrics=tl["metrics"],
            )
