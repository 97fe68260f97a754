"""The metric functions, as the evaluation package names them (they live in :mod:`whyrec.metrics`, below the
models, which validate with them)."""

from whyrec.metrics import (
    RANKING_METRICS,
    auc,
    f1,
    hit_rate,
    log_loss,
    mrr,
    ndcg,
    precision,
    ranking_metrics,
    recall,
)

__all__ = ["RANKING_METRICS", "auc", "f1", "hit_rate", "log_loss", "mrr", "ndcg", "precision", "ranking_metrics",
           "recall"]
