"""Model-agnostic attributions of credit decisions and how faithful any attribution is.

:func:`kernel_shap` runs shap's KernelExplainer over the fields of any :class:`CreditModel` (categorical fields
as integer codes, decoded back before the model scores), in log-odds of bad. :func:`deletion_curve` measures an
attribution: the fields are set, one at a time from the most to the least pushing towards bad, to the training
population's reference value (the median of a numeric field, the most frequent category) and the probability of
bad is recorded after each; its mean over the steps (the deletion area) is lower when the attribution found what
drives the decision. :func:`insertion_curve` is its mirror: from the reference applicant, the applicant's own
values are put back in the attribution's order; its mean (the insertion area) is higher when the first fields
named carry the decision. A random order of the same fields is the model-free baseline.

:func:`deletion_path` attributes by the same removal operator: greedily, the field whose reset lowers
``logit P(bad)`` most goes next, and each field's contribution is the drop its reset caused, so the
contributions add up exactly to ``logit P(bad)`` less that of the reference applicant. Its deletion area is
the quantity its greedy search minimises, so that figure is not independent evidence for it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from whyrec.credit.data import Applicants, plain
from whyrec.credit.models import CreditModel, _logit

__all__ = ["deletion_curve", "deletion_path", "insertion_curve", "kernel_shap", "reference_values"]


def reference_values(data: Applicants, fields: list[str]) -> dict[str, Any]:
    """The reference value of each field: the median of a numeric one, the most frequent category otherwise."""
    out: dict[str, Any] = {}
    for f in fields:
        col = data.X[f]
        out[f] = type(col.iloc[0])(col.median()) if data.kinds[f] == "numeric" else col.mode().iloc[0]
    return {f: plain(v) for f, v in out.items()}


def _stepwise(model: CreditModel, start: pd.DataFrame, order: list[str], values: dict[str, Any]) -> np.ndarray:
    """P(bad) of the one-row ``start`` as the fields of ``order`` take ``values`` one after another (the first
    entry: ``start`` itself)."""
    rows = pd.concat([start.reset_index(drop=True)] * (len(order) + 1), ignore_index=True)
    for step, f in enumerate(order, 1):
        rows.loc[step:, f] = values[f]
    return model.predict_bad(rows.infer_objects())


def deletion_curve(model: CreditModel, x: pd.DataFrame, order: list[str], reference: dict[str, Any]) -> np.ndarray:
    """P(bad) of the applicant ``x`` (one row) as the fields of ``order`` are set to their reference values one
    after another (the first entry: nothing changed)."""
    return _stepwise(model, x, order, reference)


def kernel_shap(model: CreditModel, data: Applicants, X: pd.DataFrame, *, background: int = 40, nsamples: int = 500,
                seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """KernelSHAP values ``(len(X), fields)`` of ``logit P(bad)`` and their base (the background's mean)."""
    import shap

    fields = list(model.fields_)
    cats = {f: sorted(data.X[f].astype(str).unique()) for f in fields if data.kinds[f] == "categorical"}

    def encode(frame: pd.DataFrame) -> np.ndarray:
        out = np.empty((len(frame), len(fields)), dtype=np.float64)
        for j, f in enumerate(fields):
            out[:, j] = [cats[f].index(str(v)) for v in frame[f]] if f in cats else frame[f].to_numpy(float)
        return out

    dtypes = data.X[fields].dtypes

    def predict(z: np.ndarray) -> np.ndarray:
        frame = pd.DataFrame({f: ([cats[f][int(round(v))] for v in z[:, j]] if f in cats else
                                  z[:, j].astype(dtypes[f])) for j, f in enumerate(fields)})
        return _logit(model.predict_bad(frame))

    rng = np.random.default_rng(seed)
    bg = encode(data.X.iloc[rng.choice(len(data.X), size=min(background, len(data.X)), replace=False)])
    explainer = shap.KernelExplainer(predict, bg)
    values = np.asarray(explainer.shap_values(encode(X), nsamples=nsamples, silent=True), dtype=np.float64)
    return values, np.full(len(X), float(np.asarray(explainer.expected_value).ravel()[0]))


def insertion_curve(model: CreditModel, x: pd.DataFrame, order: list[str], reference: dict[str, Any]) -> np.ndarray:
    """P(bad) as the applicant's own values of ``order`` are put back, one after another, into the reference
    applicant (the first entry: the reference applicant with the other fields the applicant's own)."""
    row = x.reset_index(drop=True)
    start = row.copy()
    for f in order:
        start.at[0, f] = reference[f]
    return _stepwise(model, start, order, {f: row.at[0, f] for f in order})


def deletion_path(model: CreditModel, x: pd.DataFrame, reference: dict[str, Any]) -> tuple[np.ndarray, float]:
    """``(contributions over model.fields_, base)`` of one applicant ``x`` by greedy deletion (see the module
    docstring); ``base`` is the reference applicant's ``logit P(bad)``."""
    fields = list(model.fields_)
    current = x.reset_index(drop=True).infer_objects()
    contrib = np.zeros(len(fields))
    left = list(range(len(fields)))
    now = float(_logit(model.predict_bad(current))[0])
    while left:
        trials = pd.concat([current] * len(left), ignore_index=True)
        for n, j in enumerate(left):
            trials.at[n, fields[j]] = reference[fields[j]]
        logits = _logit(model.predict_bad(trials.infer_objects()))
        best = int(np.argmin(logits))
        contrib[left[best]] = now - float(logits[best])
        now = float(logits[best])
        current = trials.iloc[[best]].reset_index(drop=True)
        left.pop(best)
    return contrib, now
