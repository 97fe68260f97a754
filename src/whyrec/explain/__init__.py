"""Explanations: faithful evidence for every recommendation.

``make_explainer(method, model, dataset=None, histories=None, **params)``
wraps a fitted model; its one verb ``explain(user, item, **options)`` returns
an :class:`Explanation` (external ids, JSON-serialisable). ``methods_for(model)``
lists the methods that can explain a model, most faithful first:

- ``additive``: exact contributions for EASE, ItemKNN and BPR-MF;
- ``shap`` / ``lime``: KernelSHAP and LIME over history-presence masks (any
  model whose scores depend on the history);
- ``counterfactual``: the smallest verified history removals that drop a
  recommendation out of the top-K, or bring a non-recommended item in (``why_not``);
- ``cooccurrence`` / ``popularity``: evidence from the training data.

Importing this package imports neither ``shap`` nor ``lime``; the explainers
load them when first used.
"""

from whyrec.errors import ExplainError, UnknownIdError
from whyrec.explain.base import (
    EXPLAINERS,
    Explainer,
    Findings,
    Target,
    best_attribution_method,
    explainer_class,
    make_explainer,
    methods_for,
    register_explainer,
)
from whyrec.explain.evidence import (
    Counterfactual,
    Evidence,
    Explanation,
    Feature,
    HistoryItem,
    Neighbour,
    Popularity,
    evidence_from_dict,
)
from whyrec.explain.rescore import Rescorer, depends_on_history

__all__ = [
    "EXPLAINERS",
    "Counterfactual",
    "Evidence",
    "ExplainError",
    "Explainer",
    "Explanation",
    "Feature",
    "Findings",
    "HistoryItem",
    "Neighbour",
    "Popularity",
    "Rescorer",
    "Target",
    "UnknownIdError",
    "best_attribution_method",
    "depends_on_history",
    "evidence_from_dict",
    "explainer_class",
    "make_explainer",
    "methods_for",
    "register_explainer",
]
