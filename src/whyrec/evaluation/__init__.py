"""Evaluation: pure metrics and the protocols that apply them to models."""

from whyrec.evaluation.metrics import auc, f1, hit_rate, log_loss, mrr, ndcg, precision, ranking_metrics, recall
from whyrec.evaluation.protocols import PROTOCOLS, evaluate, make_split, parse_protocol

__all__ = [
    "PROTOCOLS",
    "auc",
    "evaluate",
    "f1",
    "hit_rate",
    "log_loss",
    "make_split",
    "mrr",
    "ndcg",
    "parse_protocol",
    "precision",
    "ranking_metrics",
    "recall",
]
