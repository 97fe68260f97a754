import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from whyrec.evaluation import auc, f1, hit_rate, log_loss, mrr, ndcg, precision, ranking_metrics, recall


def test_single_list_metrics_by_hand():
    ranked = ["a", "b", "c", "d"]
    rel = {"b", "d", "z"}
    assert hit_rate(ranked, rel, 1) == 0.0
    assert hit_rate(ranked, rel, 2) == 1.0
    assert mrr(ranked, rel, 4) == 0.5
    assert precision(ranked, rel, 4) == 0.5
    assert recall(ranked, rel, 4) == pytest.approx(2 / 3)
    assert f1(ranked, rel, 4) == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    dcg = 1 / math.log2(3) + 1 / math.log2(5)
    idcg = 1 + 1 / math.log2(3) + 1 / math.log2(4)
    assert ndcg(ranked, rel, 4) == pytest.approx(dcg / idcg)
    assert ndcg(ranked, {"a"}, 4) == 1.0
    assert ndcg(ranked, set(), 4) == 0.0


def test_k_must_be_positive():
    with pytest.raises(ValueError, match="k must be"):
        hit_rate(["a"], {"a"}, 0)


@given(
    st.lists(st.lists(st.booleans(), min_size=10, max_size=10), min_size=1, max_size=20),
    st.data(),
)
def test_vectorised_equals_single_list(rows, data):
    hits = np.array(rows, dtype=bool)
    n_rel = np.array([max(1, int(h.sum()) + data.draw(st.integers(0, 3))) for h in hits])
    got = ranking_metrics(hits, n_rel, [5, 10])
    for k in (5, 10):
        exp = {"HR": [], "NDCG": [], "MRR": [], "Recall": [], "Precision": [], "F1": []}
        for h, n in zip(hits, n_rel, strict=True):
            ranked = list(range(10))
            rel = [j for j in range(10) if h[j]] + [100 + x for x in range(n - int(h.sum()))]
            exp["HR"].append(hit_rate(ranked, rel, k))
            exp["NDCG"].append(ndcg(ranked, rel, k))
            exp["MRR"].append(mrr(ranked, rel, k))
            exp["Recall"].append(recall(ranked, rel, k))
            exp["Precision"].append(precision(ranked, rel, k))
            exp["F1"].append(f1(ranked, rel, k))
        for name, vals in exp.items():
            assert got[f"{name}@{k}"] == pytest.approx(np.mean(vals)), name


def test_ranking_metrics_rejects_users_without_relevant():
    with pytest.raises(ValueError, match="at least one relevant"):
        ranking_metrics(np.zeros((2, 3), dtype=bool), np.array([1, 0]), [3])


def test_auc_and_log_loss():
    y = np.array([0, 0, 1, 1])
    assert auc(y, np.array([0.1, 0.4, 0.35, 0.8])) == pytest.approx(0.75)
    assert log_loss(y, np.array([0.5] * 4)) == pytest.approx(math.log(2))
    with pytest.raises(ValueError, match="both positive and negative"):
        auc(np.ones(3), np.ones(3))


def test_ndcg_per_user_is_what_ranking_metrics_averages() -> None:
    from whyrec.metrics import ndcg_per_user

    rng = np.random.default_rng(0)
    hits = rng.random((50, 20)) < 0.1
    n_rel = np.maximum(hits.sum(1), rng.integers(1, 4, 50))  # at least as many relevant items as hits
    per = ndcg_per_user(hits, n_rel, 10)
    assert per.shape == (50,) and (per >= 0).all() and (per <= 1 + 1e-12).all()
    assert per.mean() == pytest.approx(ranking_metrics(hits, n_rel, (10,))["NDCG@10"])
    one = np.zeros((1, 10), dtype=bool)
    one[0, 1] = True  # the only relevant item at rank 2: 1 / log2(3)
    assert ndcg_per_user(one, np.array([1]), 10)[0] == pytest.approx(1 / np.log2(3))
