"""Hyper-parameter search with Optuna on the validation split only: TPE sampling, median pruning.

Each model declares its search space next to itself (``Recommender.search_space``: parameter name ->
``("float", low, high)``, ``("log", low, high)``, ``("int", low, high)`` or ``("choice", (values, ...))``).
:func:`tune` fits the model on the split's training part for each trial and scores it on the validation part
(NDCG@10 by default, the metric the torch models early-stop on); a torch model reports its validation metric
after every validation epoch, so that Optuna's median pruner stops a trial that trails the median of the earlier
trials at the same epoch. The test part is never read. Needs the ``tune`` extra (``pip install 'whyrec[tune]'``).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from whyrec.data.dataset import Dataset
from whyrec.evaluation.protocols import evaluate, make_split
from whyrec.extras import require
from whyrec.models import model_class

#: the kinds of a search-space entry
SPACE_KINDS: tuple[str, ...] = ("float", "log", "int", "choice")


@dataclass
class TuneResult:
    """What :func:`tune` found: the best trial's parameters (the fixed ones included) and validation metric, and
    every trial (number, state, metric, seconds, parameters)."""

    model: str
    metric: str
    best_params: dict[str, Any]
    best_value: float
    trials: pd.DataFrame
    seconds: float
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the trial table as records)."""
        return {
            "model": self.model,
            "metric": self.metric,
            "best_params": self.best_params,
            "best_value": self.best_value,
            "seconds": self.seconds,
            "n_trials": len(self.trials),
            "notes": self.notes,
            "trials": self.trials.to_dict(orient="records"),
        }


def check_space(space: dict[str, tuple[Any, ...]]) -> None:
    """ValueError naming the entry of a search space that is malformed."""
    for name, spec in space.items():
        if not isinstance(spec, tuple) or not spec or spec[0] not in SPACE_KINDS:
            raise ValueError(f"search space entry {name!r} must be a tuple whose first item is one of "
                             f"{', '.join(SPACE_KINDS)}; got {spec!r}")  # fmt: skip
        if spec[0] == "choice":
            if len(spec) != 2 or not isinstance(spec[1], (tuple, list)) or not spec[1]:
                raise ValueError(f"search space entry {name!r}: ('choice', (values, ...)); got {spec!r}")
        elif len(spec) != 3 or not spec[1] < spec[2] or (spec[0] == "log" and spec[1] <= 0):
            raise ValueError(f"search space entry {name!r}: ({spec[0]!r}, low, high) with low < high"
                             f"{' and low > 0' if spec[0] == 'log' else ''}; got {spec!r}")  # fmt: skip


def suggest(trial: Any, space: dict[str, tuple[Any, ...]]) -> dict[str, Any]:
    """One trial's parameters drawn from ``space``."""
    out: dict[str, Any] = {}
    for name, spec in space.items():
        kind = spec[0]
        if kind == "choice":
            out[name] = trial.suggest_categorical(name, list(spec[1]))
        elif kind == "int":
            out[name] = trial.suggest_int(name, int(spec[1]), int(spec[2]))
        else:
            out[name] = trial.suggest_float(name, float(spec[1]), float(spec[2]), log=kind == "log")
    return out


def tune(
    dataset: Dataset,
    model: str,
    *,
    protocol: str = "loo-full",
    trials: int = 20,
    budget_minutes: float | None = None,
    params: dict[str, Any] | None = None,
    space: dict[str, tuple[Any, ...]] | None = None,
    metric: str = "NDCG@10",
    seed: int = 0,
    prune: bool = True,
) -> TuneResult:
    """Search ``model``'s hyper-parameters on ``dataset``'s validation split (see the module docstring).

    ``params`` are fixed for every trial (e.g. ``num_threads``, ``epochs``); ``space`` replaces the model's
    declared space; ``budget_minutes`` stops starting new trials once spent (a trial under way finishes).
    Trials run in order with a seeded TPE sampler, so the same call gives the same trials."""
    optuna = require("optuna", "tune")
    cls = model_class(model)
    space = dict(cls.search_space if space is None else space)
    check_space(space)
    if not space:
        raise ValueError(f"{cls.__name__} declares no search space (it has no hyper-parameter worth tuning); "
                         "pass space={...} to tune it anyway")  # fmt: skip
    if trials < 1:
        raise ValueError(f"trials must be a positive integer; got {trials!r}")
    if budget_minutes is not None and not budget_minutes > 0:
        raise ValueError(f"budget_minutes must be a positive number; got {budget_minutes!r}")
    fixed = dict(params or {})
    split = make_split(dataset, protocol, seed=seed)
    if not split.valid.n_interactions:
        raise ValueError(f"dataset {dataset.name!r} has no validation interactions under {protocol!r}: nothing to "
                         "tune on")  # fmt: skip
    t0 = time.perf_counter()
    seconds: dict[int, float] = {}

    def objective(trial: Any) -> float:
        t = time.perf_counter()
        m = cls(**{**fixed, **suggest(trial, space)})
        if prune and hasattr(m, "validation_hook"):
            def report(epoch: int, value: float) -> None:
                trial.report(value, epoch)
                if trial.should_prune():
                    raise optuna.TrialPruned(f"validation {metric} {value:.4f} at epoch {epoch}: below the median")

            m.validation_hook = report
        try:
            m.fit(split.train, split.valid)
            ks = (int(metric.split("@")[1]),) if "@" in metric else (10,)
            found = evaluate(m, split, protocol, part="valid", ks=ks)
            if metric not in found:
                raise ValueError(f"metric {metric!r} is not measured under {protocol!r}; one of {sorted(found)}")
            value = float(found[metric])
        finally:
            seconds[trial.number] = time.perf_counter() - t
        return value if math.isfinite(value) else 0.0

    sampler = optuna.samplers.TPESampler(seed=seed)
    pruner = optuna.pruners.MedianPruner(n_startup_trials=3, n_warmup_steps=2) if prune else optuna.pruners.NopPruner()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = optuna.create_study(direction="maximize", sampler=sampler, pruner=pruner)
    timeout = None if budget_minutes is None else budget_minutes * 60.0
    study.optimize(objective, n_trials=trials, timeout=timeout, catch=())
    done = [t for t in study.trials if t.state == optuna.trial.TrialState.COMPLETE]
    if not done:
        raise RuntimeError("no trial completed: raise budget_minutes or trials")
    rows = [{"trial": t.number, "state": t.state.name.lower(), metric: t.value,
             "seconds": round(seconds.get(t.number, 0.0), 2), **t.params} for t in study.trials]  # fmt: skip
    notes = []
    pruned = sum(t.state == optuna.trial.TrialState.PRUNED for t in study.trials)
    if pruned:
        notes.append(f"{pruned} trial(s) pruned: their validation {metric} trailed the median at the same epoch")
    if len(study.trials) < trials:
        notes.append(f"{len(study.trials)} of {trials} trials ran within {budget_minutes:g} minutes")
    return TuneResult(
        model=cls.key,
        metric=metric,
        best_params={**fixed, **study.best_trial.params},
        best_value=float(study.best_value),
        trials=pd.DataFrame(rows),
        seconds=time.perf_counter() - t0,
        notes=notes,
    )
