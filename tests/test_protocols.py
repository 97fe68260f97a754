"""Protocol maths checked with models whose rankings are known in advance."""

import numpy as np
import pandas as pd
import pytest

from whyrec.data import Dataset, Histories
from whyrec.evaluation import evaluate, make_split, parse_protocol
from whyrec.models.base import Recommender


class FixedScores(Recommender):
    """Scores every user with the same given vector (a test model, not a mock of a real one)."""

    key = "pop"

    def __init__(self, *, scores: list[float]) -> None:
        self.scores = scores

    def _fit(self, train, valid):
        pass

    def _score_matrix(self, users, histories: Histories):
        return np.tile(np.asarray(self.scores, dtype=np.float32), (len(users), 1))


def _chain(n_users: int = 40, n_items: int = 200) -> Dataset:
    # every user buys items 0, 1, 2, 3 in order: test item = 3, valid item = 2
    rows = [(u, i, t) for u in range(n_users) for t, i in enumerate([0, 1, 2, 3])]
    items = pd.DataFrame({"item": range(n_items)})
    return Dataset.from_frames(pd.DataFrame(rows, columns=["user", "item", "timestamp"]), items=items)


def test_loo_full_perfect_and_worst():
    ds = _chain()
    split = make_split(ds, "loo-full")
    perfect = np.zeros(ds.n_items)
    perfect[ds.item_index("3")[0]] = 10.0
    res = evaluate(FixedScores(scores=list(perfect)).fit(split.train), split, "loo-full", ks=(1, 10))
    assert res["HR@1"] == 1.0 and res["NDCG@10"] == 1.0 and res["users"] == 40
    worst = -perfect
    res = evaluate(FixedScores(scores=list(worst)).fit(split.train), split, "loo-full", ks=(10,))
    assert res["HR@10"] == 0.0


def test_masking_matters():
    ds = _chain()
    split = make_split(ds, "loo-full")
    s = np.zeros(ds.n_items)
    idx = ds.item_index(["0", "1", "2", "3"])
    s[idx] = [9, 8, 7, 1]  # history items first, test item fourth
    m = FixedScores(scores=list(s)).fit(split.train)
    masked = evaluate(m, split, "loo-full", ks=(1, 3))
    unmasked = evaluate(m, split, "loo-full-unmasked", ks=(1, 3, 5))
    assert masked["HR@1"] == 1.0
    assert unmasked["HR@3"] == 0.0 and unmasked["HR@5"] == 1.0
    assert unmasked["NDCG@5"] == pytest.approx(1 / np.log2(5))


def test_valid_part_uses_train_history():
    ds = _chain()
    split = make_split(ds, "loo-full")
    s = np.zeros(ds.n_items)
    s[ds.item_index("2")[0]] = 5.0
    s[ds.item_index("3")[0]] = -5.0
    m = FixedScores(scores=list(s)).fit(split.train)
    assert evaluate(m, split, "loo-full", part="valid", ks=(1,))["HR@1"] == 1.0
    assert evaluate(m, split, "loo-full", part="test", ks=(1,))["HR@1"] == 0.0


def test_sampled_rank_against_negatives():
    ds = _chain()
    split = make_split(ds, "loo-sampled-100")
    s = np.arange(ds.n_items, dtype=float)
    s[ds.item_index("3")[0]] = -1.0  # the test item is worst of all: rank 100 of 101
    m = FixedScores(scores=list(s)).fit(split.train)
    res = evaluate(m, split, "loo-sampled-100", ks=(10, 100))
    assert res["HR@10"] == 0.0 and res["HR@100"] == 0.0
    s[ds.item_index("3")[0]] = 1e9
    res = evaluate(FixedScores(scores=list(s)).fit(split.train), split, "loo-sampled-100", ks=(1,))
    assert res["HR@1"] == 1.0
    # a constant model ties everywhere: ties count against the target
    res = evaluate(FixedScores(scores=[0.0] * ds.n_items).fit(split.train), split, "loo-sampled-100", ks=(10,))
    assert res["HR@10"] == 0.0


def test_ctr_protocol_needs_ratings_and_computes_auc():
    ds = _chain()
    with pytest.raises(ValueError, match="needs ratings"):
        make_split(ds, "ctr-811")
    rng = np.random.default_rng(0)
    inter = pd.DataFrame({"user": rng.integers(0, 50, 3000), "item": rng.integers(0, 30, 3000)})
    inter["rating"] = np.where(inter["item"] < 15, 5, 1)
    ds2 = Dataset.from_frames(inter)
    split = make_split(ds2, "ctr-811")
    s = np.where(ds2.item_ids.astype(int) < 15, 3.0, -3.0)
    res = evaluate(FixedScores(scores=list(s)).fit(split.train), split, "ctr-811")
    assert res["AUC"] == 1.0
    assert res["LogLoss"] == pytest.approx(np.log1p(np.exp(-3.0)), rel=1e-4)


@pytest.mark.parametrize("bad", ["loo", "loo-sampled-0", "full", "random-811"])
def test_bad_protocol_names_the_choices(bad):
    with pytest.raises(ValueError, match="protocol must be one of"):
        parse_protocol(bad)
