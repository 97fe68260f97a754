"""Model-agnostic attributions of credit decisions and how faithful any attribution is.

:func:`kernel_shap` runs shap's KernelExplainer over the fields of any :class:`CreditModel` (categorical fields
as integer codes, decoded back before the model scores), in log-odds of bad. :func:`deletion_curve` measures an
attribution: the fields are set, one at a time from the most to the least pushing towards bad, to the training
population's reference value (the median of a numeric field, the most frequent category) and the probability of
bad is recorded after each; its mean over the steps (the deletion area) is lower when the attribution found what
drives the decision. A random order of the same fields is the model-free baseline.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from whyrec.credit.data import Applicants, plain
from whyrec.credit.models import CreditModel, _logit

__all__ = ["deletion_curve", "kernel_shap", "reference_values"]


def reference_values(data: Applicants, fields: list[str]) -> dict[str, Any]:
    """The reference value of each field: the median of a numeric one, the most frequent category otherwise."""
    out: dict[str, Any] = {}
    for f in fields:
        col = data.X[f]
        out[f] = type(col.iloc[0])(col.median()) if data.kinds[f] == "numeric" else col.mode().iloc[0]
    return {f: plain(v) for f, v in out.items()}


def deletion_curve(model: CreditModel, x: pd.DataFrame, order: list[str], reference: dict[str, Any]) -> np.ndarray:
    """P(bad) of the applicant ``x`` (one row) as the fields of ``order`` are set to their reference values one
    after another (the first entry: nothing changed)."""
    rows = pd.concat([x.reset_index(drop=True)] * (len(order) + 1), ignore_index=True)
    for step, f in enumerate(order, 1):
        rows.loc[step:, f] = reference[f]
    return model.predict_bad(rows.infer_objects())


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
