"""Rank-level fusion (whyrec.models.fusion): weights chosen on validation, a Recommender like any other."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from whyrec.data import sample_shop
from whyrec.evaluation import evaluate, make_split
from whyrec.explain import make_explainer
from whyrec.models import load, make_model
from whyrec.models.fusion import reciprocal_ranks

MEMBERS = [{"model": "ease", "params": {"l2": 200.0}}, {"model": "itemknn", "params": {"k": 50}}, {"model": "pop"}]


@pytest.fixture(scope="module")
def split():
    return make_split(sample_shop(n_users=600, n_items=300, seed=21), "loo-full")


@pytest.fixture(scope="module")
def fused(split):
    return make_model("fusion", members=MEMBERS).fit(split.train, split.valid)


def test_reciprocal_ranks():
    rr = reciprocal_ranks(np.array([[0.1, 3.0, 2.0], [5.0, 5.0, -1.0]]), 60.0)
    np.testing.assert_allclose(rr, 1.0 / (60.0 + np.array([[3, 1, 2], [1, 2, 3]])))


def test_weights_are_chosen_on_validation_and_never_trail_the_best_member_there(fused, split):
    w = fused.weights_
    assert w.sum() == pytest.approx(1.0) and (w >= 0).all() and len(w) == 3
    members = [evaluate(m, split, part="valid")["NDCG@10"] for m in fused.models_]
    mine = evaluate(fused, split, part="valid")["NDCG@10"]
    assert fused.valid_ndcg_ == pytest.approx(mine, abs=1e-9)  # the search measured what the evaluation measures
    assert mine >= max(members) - 1e-9  # each member alone is a point of the grid


def test_given_weights_and_fitted_members(split, fused):
    ease = fused.models_[0]
    alone = make_model("fusion", members=[ease, fused.models_[1]], weights=[1.0, 0.0]).fit(split.train)
    # one member with all the weight ranks as that member does
    np.testing.assert_array_equal(alone.recommend(str(split.train.user_ids[3]), k=10)[0],
                                  ease.recommend(str(split.train.user_ids[3]), k=10)[0])  # fmt: skip
    assert alone.models_[0] is ease  # a fitted member is kept, not refitted


def test_saved_fusion_scores_identically_and_is_explained_from_histories(fused, split, tmp_path):
    fused.save(tmp_path / "f")
    back = load(tmp_path / "f")
    users = np.arange(25)
    np.testing.assert_array_equal(back.score_matrix(users), fused.score_matrix(users))
    assert back.history_based and back.get_params()["members"][0]["model"] == "ease"
    user = str(split.train.user_ids[4])
    item = back.recommend(user, k=1)[0][0]
    for method in ("occlusion", "deletion_path", "cooccurrence"):
        e = make_explainer(method, back, split.train).explain(user, item)
        assert e.rank == 1 and e.evidence, method


def test_bad_members_are_refused(split):
    with pytest.raises(ValueError, match="at least 2"):
        make_model("fusion", members=[{"model": "ease"}]).fit(split.train)
    with pytest.raises(ValueError, match="weights must be 2"):
        make_model("fusion", members=MEMBERS[:2], weights=[1.0]).fit(split.train)
    with pytest.raises(ValueError, match="members\\[1\\]"):
        make_model("fusion", members=[MEMBERS[0], "ease"]).fit(split.train)


def test_neumf_pretraining_starts_from_the_two_towers(split):
    """NeuMF with pretrain=True: a GMF and an MLP trained alone, their weights copied in (prediction layer
    alpha-weighted), then trained on; it ranks better than chance on the shop and saves/loads like any model."""
    common = {"epochs": 4, "embedding_dim": 8, "batch_size": 512, "num_threads": 1, "device": "cpu", "seed": 1}
    m = make_model("neumf", pretrain=True, **common).fit(split.train, split.valid)
    assert m.train_log_.epochs >= 1 and m.module_.mode == "neumf"
    pop = evaluate(make_model("pop").fit(split.train), split)["HR@20"]
    assert evaluate(m, split)["HR@20"] > 0.5 * pop
    with pytest.raises(ValueError, match="pretrain=True"):
        make_model("neumf", pretrain=True, mode="gmf", **common).fit(split.train)
    # the start: the towers' weights, the prediction layer [alpha * GMF's, (1 - alpha) * MLP's]
    gmf, mlp = (make_model("neumf", mode=mode, **common).fit(split.train, split.valid) for mode in ("gmf", "mlp"))
    start = make_model("neumf", alpha=0.3, **common)
    start._pretrained = [gmf, mlp]
    start._build(split.train)
    torch.testing.assert_close(start.module_.item_g.weight, gmf.module_.item_g.weight)
    torch.testing.assert_close(start.module_.user_m.weight, mlp.module_.user_m.weight)
    torch.testing.assert_close(start.module_.mlp[0].weight, mlp.module_.mlp[0].weight)
    torch.testing.assert_close(start.module_.predict.weight[:, :8], 0.3 * gmf.module_.predict.weight)
    torch.testing.assert_close(start.module_.predict.weight[:, 8:], 0.7 * mlp.module_.predict.weight)


def test_default_members_are_ease_and_sasrec() -> None:
    m = make_model("fusion")
    assert [x["model"] for x in m.get_params()["members"]] == ["ease", "sasrec"]
    with pytest.raises(ValueError, match="at least 2"):
        make_model("fusion", members=[]).fit(sample_shop(n_users=50, seed=3))
