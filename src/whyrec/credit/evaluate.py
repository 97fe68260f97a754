"""Cross-validated discrimination and calibration of credit models, and the cut-off chosen on validation data.

:func:`cross_validate` runs repeated stratified k-fold (default 5 folds, 2 repeats) and reports per fold the AUC,
the Kolmogorov-Smirnov statistic (the largest gap between the score distributions of goods and bads) and the
Brier score. :func:`choose_cutoff` picks the probability of bad above which an applicant is declined, on
validation data only, by the lowest expected cost (UCI's cost matrix for this data: approving a bad costs 5,
declining a good costs 1).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from whyrec.credit.data import Applicants
from whyrec.credit.models import CreditModel

__all__ = ["choose_cutoff", "cross_validate", "ks_statistic", "validation_cutoff"]

COST_BAD_APPROVED, COST_GOOD_DECLINED = 5.0, 1.0


def ks_statistic(bad: np.ndarray, p_bad: np.ndarray) -> float:
    """Kolmogorov-Smirnov statistic of the probabilities of bad between the bads and the goods."""
    from scipy.stats import ks_2samp

    bad = np.asarray(bad)
    return float(ks_2samp(p_bad[bad == 1], p_bad[bad == 0]).statistic)


def choose_cutoff(bad: np.ndarray, p_bad: np.ndarray) -> float:
    """The probability of bad at and above which to decline, by the lowest expected cost on these (validation)
    applicants."""
    bad = np.asarray(bad)
    grid = np.unique(np.round(p_bad, 4))
    costs = [COST_BAD_APPROVED * np.sum((p_bad < t) & (bad == 1)) + COST_GOOD_DECLINED * np.sum((p_bad >= t) &
                                                                                              (bad == 0))
             for t in grid]
    return float(grid[int(np.argmin(costs))])


def validation_cutoff(data: Applicants, rows: np.ndarray, make: Callable[[], CreditModel], seed: int) -> float:
    """The cut-off for a model of ``rows`` of ``data``: a ``make()`` model fitted on a stratified 80% of them
    (``seed``), the cut-off chosen by :func:`choose_cutoff` on the other 20%."""
    from sklearn.model_selection import train_test_split

    fit_rows, valid_rows = train_test_split(rows, test_size=0.2, stratify=data.bad[rows], random_state=seed)
    chooser = make().fit(data.subset(fit_rows))
    return choose_cutoff(data.bad[valid_rows], chooser.predict_bad(data.X.iloc[valid_rows]))


def cross_validate(data: Applicants, make: Callable[[], CreditModel], *, folds: int = 5, repeats: int = 2,
                   seed: int = 0) -> dict[str, Any]:
    """Per-fold AUC, KS and Brier of ``make()`` models over repeated stratified ``folds``-fold splits, with their
    means and standard deviations, and the decline rate and cost per applicant at a cut-off chosen on an inner
    validation part (20%) of each training fold. ``out_of_fold``: the first repeat's probability of bad and
    decision (1: declined) for every applicant, each from the model that did not see it."""
    from sklearn.metrics import brier_score_loss, roc_auc_score
    from sklearn.model_selection import RepeatedStratifiedKFold

    rows: list[dict[str, float]] = []
    oof_p, oof_declined = np.full(len(data.bad), np.nan), np.zeros(len(data.bad), dtype=np.int64)
    splitter = RepeatedStratifiedKFold(n_splits=folds, n_repeats=repeats, random_state=seed)
    for n, (train, test) in enumerate(splitter.split(np.zeros(len(data.bad)), data.bad)):
        cutoff = validation_cutoff(data, train, make, seed + n)
        model = make().fit(data.subset(train))
        p = model.predict_bad(data.X.iloc[test])
        y = data.bad[test]
        declined = p >= cutoff
        if n < folds:  # the first repeat covers every applicant once
            oof_p[test], oof_declined[test] = p, declined.astype(np.int64)
        cost = COST_BAD_APPROVED * np.sum(~declined & (y == 1)) + COST_GOOD_DECLINED * np.sum(declined & (y == 0))
        rows.append({"auc": float(roc_auc_score(y, p)), "ks": ks_statistic(y, p),
                     "brier": float(brier_score_loss(y, p)), "cutoff": cutoff, "decline_rate": float(declined.mean()),
                     "cost_per_applicant": float(cost / len(y))})
    scheme = f"{repeats}x repeated stratified {folds}-fold"
    out: dict[str, Any] = {"folds": rows, "n_folds": len(rows), "scheme": scheme,
                           "out_of_fold": {"p_bad": oof_p, "declined": oof_declined}}
    for k in ("auc", "ks", "brier", "decline_rate", "cost_per_applicant"):
        vals = np.array([r[k] for r in rows])
        out[f"{k}_mean"], out[f"{k}_sd"] = float(vals.mean()), float(vals.std(ddof=1))
    return out
