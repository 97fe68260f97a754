"""Explanations: faithful evidence for every recommendation.

``make_explainer(method, model, dataset=None, histories=None, **params)``
wraps a fitted model; its one verb ``explain(user, item, **options)`` returns
an :class:`Explanation` (external ids, JSON-serialisable). ``methods_for(model)``
lists the methods that can explain a model, in the order the independent
benchmark ranks them (``benchmarks/results/explain.md``; ties within the
confidence interval: the cheaper first). Every HistoryItem carries its
``removal_effect`` (the score lost when it alone is removed) and is labelled
``interaction`` when its weight's sign says otherwise:

- ``additive``: exact contributions for EASE, ItemKNN and BPR-MF;
- ``banzhaf``: each history item's (or a feature model's field's) Banzhaf
  value, the score its removal takes away averaged over random subsets of the
  others, with its standard error (the best planted-cause recovery and the
  cheapest, but behind SHAP and LIME on the retrain truth);
- ``deletion_path``: the removal order that lowers the score fastest, each
  weight the drop at its step after the earlier steps (``step`` on each
  record); model-agnostic;
- ``integrated_gradients``: Captum's integrated gradients over SASRec's input
  embeddings (one weight per history item, and per item attribute) or over a
  feature model's field embeddings (FM, DeepFM, NFM: one weight per field
  value), with the completeness error reported;
- ``shap`` / ``lime``: KernelSHAP and LIME over presence masks of the history
  (any model whose scores depend on it) or of a feature model's fields; SHAP is
  the default for history models (best with LIME on ``benchmarks/explain.py``'s
  leave-out-and-retrain truth, and cheaper);
- ``counterfactual``: the smallest verified history removals that drop a
  recommendation out of the top-K, or bring a non-recommended item in (``why_not``);
- ``cooccurrence`` / ``popularity``: evidence from the training data;
- ``attention``: SASRec's attention weights per layer and head and attention
  rollout (attention, not an attribution);
- ``content``: the history items nearest to the item by text embedding and
  the words and attributes they share (exact contributions for the content
  model; similarity facts for models with text features).

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
    default_method,
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
    Similar,
    evidence_from_dict,
)
from whyrec.explain.fields import PairFields, is_feature_model
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
    "PairFields",
    "Popularity",
    "Rescorer",
    "Similar",
    "Target",
    "UnknownIdError",
    "best_attribution_method",
    "default_method",
    "depends_on_history",
    "evidence_from_dict",
    "explainer_class",
    "is_feature_model",
    "make_explainer",
    "methods_for",
    "register_explainer",
]
