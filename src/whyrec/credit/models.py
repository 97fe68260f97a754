"""Credit classifiers behind one contract: a WOE scorecard (optbinning's bins + logistic regression, scaled to
points) and gradient-boosted trees (LightGBM), each giving the probability of a bad outcome and an exact
additive account of it in log-odds.

:meth:`CreditModel.contributions` returns, per applicant and field, the field's part of ``logit P(bad)`` relative
to the training population's average (so ``base + contributions.sum(1) == logit P(bad)``, exactly): for the
scorecard the field's ``coef * WOE`` less its training mean (the SHAP values of a linear model), for the trees
TreeSHAP (LightGBM's ``pred_contrib``, path-dependent). A positive contribution pushed the applicant towards
*bad*, i.e. lowered the score. Protected fields are left out of the model unless ``with_protected``.
"""

from __future__ import annotations

import math
from typing import ClassVar, Self

import numpy as np
import pandas as pd

from whyrec.credit.data import Applicants
from whyrec.errors import NotFittedError, WhyrecError
from whyrec.extras import require

__all__ = ["Boosted", "CreditModel", "Scorecard", "points"]

#: points-to-double-odds scaling of scores: 600 points at good:bad odds of 50:1, 20 points more per doubling
PDO, BASE_POINTS, BASE_ODDS = 20.0, 600.0, 50.0
FACTOR = PDO / math.log(2.0)
OFFSET = BASE_POINTS - FACTOR * math.log(BASE_ODDS)


def points(p_bad: np.ndarray) -> np.ndarray:
    """Scores from probabilities of bad: ``OFFSET + FACTOR * ln(good:bad odds)`` (higher is better)."""
    p = np.clip(np.asarray(p_bad, dtype=np.float64), 1e-9, 1 - 1e-9)
    return OFFSET + FACTOR * np.log((1 - p) / p)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-12, 1 - 1e-12)
    return np.log(p / (1 - p))


class CreditModel:
    """The contract: ``fit(applicants)``, ``predict_bad(X)``, ``contributions(X)``, ``fields_``."""

    key: ClassVar[str] = ""
    #: the name of the model's exact contribution method ("" where it has none)
    exact_method: ClassVar[str] = ""
    #: the name of the approximate method :meth:`contributions` uses where there is no exact one
    attribution_method: ClassVar[str] = ""

    def __init__(self, *, with_protected: bool = False, seed: int = 0) -> None:
        self.with_protected = with_protected
        self.seed = seed

    @property
    def contribution_method(self) -> str:
        """The method behind :meth:`contributions`."""
        return self.exact_method or self.attribution_method

    def fit(self, data: Applicants) -> Self:
        """Learn from ``data`` (its protected fields left out unless ``with_protected``)."""
        if not isinstance(data, Applicants):
            raise TypeError(f"data must be whyrec.credit.Applicants; got {type(data).__name__}")
        if len(np.unique(data.bad)) < 2:
            raise WhyrecError(f"{data.name}: both good and bad outcomes are needed to learn")
        self.fields_ = data.fields(self.with_protected)
        self.kinds_ = {c: data.kinds[c] for c in self.fields_}
        self.protected_ = tuple(data.protected)
        self._fit(data.X[self.fields_], data.bad)
        self._set_base(data.X[self.fields_])
        return self

    def _check(self) -> None:
        if not hasattr(self, "fields_"):
            raise NotFittedError(f"{type(self).__name__} is not fitted; call fit(applicants) first")

    def _frame(self, X: pd.DataFrame) -> pd.DataFrame:
        self._check()
        missing = [c for c in self.fields_ if c not in X.columns]
        if missing:
            raise WhyrecError(f"applicant fields {missing} are missing. Fix: give every field the model was trained on")
        return X[self.fields_]

    def predict_bad(self, X: pd.DataFrame) -> np.ndarray:
        """Probability of a bad outcome per applicant."""
        return self._predict(self._frame(X))

    def score(self, X: pd.DataFrame) -> np.ndarray:
        """Scores in points (:func:`points`)."""
        return points(self.predict_bad(X))

    def contributions(self, X: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """``(contributions (n, fields), base (n,))`` in log-odds of bad; they add up to ``logit P(bad)``."""
        raw = self._raw(self._frame(X))
        return raw - self.centre_, np.full(len(raw), self.base_)

    # the subclass's
    def _fit(self, X: pd.DataFrame, bad: np.ndarray) -> None:
        raise NotImplementedError

    def _predict(self, X: pd.DataFrame) -> np.ndarray:
        raise NotImplementedError

    def _raw(self, X: pd.DataFrame) -> np.ndarray:
        """Per-field parts of ``logit P(bad)`` before centring (any constant goes to the base)."""
        raise NotImplementedError

    def _set_base(self, X: pd.DataFrame) -> None:
        raw = self._raw(X)
        self.centre_ = raw.mean(axis=0)
        logit = _logit(self._predict(X))
        self.base_ = float(np.mean(logit - (raw - self.centre_).sum(1)))


class Scorecard(CreditModel):
    """Logistic regression on the weight of evidence of optimal bins (``optbinning.BinningProcess``), the
    scorecard banks use; ``C`` is the inverse L2 strength. Points per field: :meth:`field_points`."""

    key = "scorecard"
    exact_method = "points"

    def __init__(self, *, C: float = 1.0, with_protected: bool = False, seed: int = 0) -> None:
        super().__init__(with_protected=with_protected, seed=seed)
        self.C = C

    def _fit(self, X: pd.DataFrame, bad: np.ndarray) -> None:
        from sklearn.linear_model import LogisticRegression

        optbinning = require("optbinning", "credit")
        cats = [c for c in self.fields_ if self.kinds_[c] == "categorical"]
        self.binning_ = optbinning.BinningProcess(list(self.fields_), categorical_variables=cats)
        self.binning_.fit(X, bad)
        self.lr_ = LogisticRegression(C=self.C, max_iter=2000).fit(self._woe(X), bad)

    def _woe(self, X: pd.DataFrame) -> np.ndarray:
        return np.asarray(self.binning_.transform(X, metric="woe"), dtype=np.float64)

    def _predict(self, X: pd.DataFrame) -> np.ndarray:
        return self.lr_.predict_proba(self._woe(X))[:, 1]

    def _raw(self, X: pd.DataFrame) -> np.ndarray:
        return self._woe(X) * self.lr_.coef_[0]

    def field_points(self, X: pd.DataFrame) -> pd.DataFrame:
        """Points of each field per applicant (they add up to :meth:`score`: the intercept is shared equally)."""
        raw = self._raw(self._frame(X))
        share = (OFFSET - FACTOR * float(self.lr_.intercept_[0])) / raw.shape[1]
        return pd.DataFrame(share - FACTOR * raw, columns=self.fields_)


class Boosted(CreditModel):
    """Gradient-boosted trees (LightGBM) on the raw fields, categorical ones as categories. The defaults are a
    small, regularised ensemble for tables of a few thousand rows (not tuned on any test fold)."""

    key = "lightgbm"
    exact_method = "treeshap"

    def __init__(self, *, n_estimators: int = 300, learning_rate: float = 0.03, num_leaves: int = 8,
                 min_child_samples: int = 20, with_protected: bool = False, seed: int = 0) -> None:
        super().__init__(with_protected=with_protected, seed=seed)
        self.n_estimators, self.learning_rate = n_estimators, learning_rate
        self.num_leaves, self.min_child_samples = num_leaves, min_child_samples

    def _prepared(self, X: pd.DataFrame) -> pd.DataFrame:
        out = X.copy()
        for c in self.fields_:
            if self.kinds_[c] == "categorical":
                text = out[c].astype(str)  # a category not seen in training is missing, as LightGBM reads it
                out[c] = pd.Categorical(text.where(text.isin(self.categories_[c])), categories=self.categories_[c])
            else:
                out[c] = pd.to_numeric(out[c], errors="coerce").astype(np.float64)
        return out

    def _fit(self, X: pd.DataFrame, bad: np.ndarray) -> None:
        lgb = require("lightgbm", "credit")
        self.categories_ = {c: sorted(X[c].astype(str).unique()) for c in self.fields_
                            if self.kinds_[c] == "categorical"}
        self.gbm_ = lgb.LGBMClassifier(n_estimators=self.n_estimators, learning_rate=self.learning_rate,
                                       num_leaves=self.num_leaves, min_child_samples=self.min_child_samples,
                                       subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0,
                                       random_state=self.seed, n_jobs=1, verbose=-1)
        self.gbm_.fit(self._prepared(X), bad)

    def _predict(self, X: pd.DataFrame) -> np.ndarray:
        return self.gbm_.predict_proba(self._prepared(X))[:, 1]

    def _raw(self, X: pd.DataFrame) -> np.ndarray:
        contrib = self.gbm_.predict(self._prepared(X), pred_contrib=True)
        return np.asarray(contrib, dtype=np.float64)[:, :-1]  # the last column is the expected value

