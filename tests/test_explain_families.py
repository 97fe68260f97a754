"""The explainer suite over every model family added after the first nine (GRU4Rec, Caser, BERT4Rec, NeuMF,
LightGCN, CFGAN): each method that declares it can explain a model runs on it unchanged, explains the model's own
score, and its weights keep the method's own identity where it has one."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import top1_pairs

from whyrec.data import leave_one_out, sample_shop
from whyrec.explain import make_explainer, methods_for
from whyrec.models import make_model

COMMON = {"device": "cpu", "seed": 7, "num_threads": 1, "epochs": 2}
SEQ = {"max_len": 20, "embedding_dim": 16}
FAMILIES = {
    "gru4rec": SEQ,
    "caser": SEQ,
    "bert4rec": {**SEQ, "n_heads": 2},
    "neumf": {"embedding_dim": 8},
    "lightgcn": {"embedding_dim": 16},
    "cfgan": {"g_hidden": 32, "d_hidden": 16},
}
#: cheap settings for the sampled methods (the suite checks that they run and what they promise, not accuracy)
FAST = {"shap": {"n_samples": 64}, "lime": {"n_samples": 64}, "banzhaf": {"n_samples": 64}}


@pytest.fixture(scope="module")
def shop():
    return sample_shop(n_users=200, n_items=150, seed=11)


@pytest.fixture(scope="module")
def hist(shop):
    split = leave_one_out(shop)
    return split.train.histories().extend(split.valid.histories())


@pytest.fixture(scope="module")
def fitted(shop):
    train = leave_one_out(shop).train
    return {k: make_model(k, **COMMON, **p).fit(train) for k, p in FAMILIES.items()}


@pytest.mark.parametrize("key", list(FAMILIES))
def test_every_method_that_supports_a_family_explains_its_own_score(key, fitted, shop, hist):
    model = fitted[key]
    methods = methods_for(model)
    assert {"popularity", "cooccurrence"} <= set(methods), methods
    if model.history_based:  # a history-scored model: every perturbation method over the history applies
        assert {"occlusion", "deletion_path", "shap", "lime", "counterfactual"} <= set(methods), methods
    if key in ("gru4rec", "caser", "bert4rec"):
        assert "integrated_gradients" in methods
    assert ("attention" in methods) == (key == "bert4rec")
    (user, item), *_ = top1_pairs(model, shop, hist, n=1)
    u = int(model._user_index(user)[0])
    own = float(model.score_matrix(np.array([u]), hist)[0, int(model._item_index(item)[0])])
    for method in methods:
        e = make_explainer(method, model, shop, hist, **FAST.get(method, {})).explain(user, item)
        assert e.item == item and e.user == user and e.evidence is not None
        if e.score is not None:
            assert e.score == pytest.approx(own, rel=1e-4, abs=1e-4), (method, e.score, own)
        err = (e.faithfulness or {}).get("completeness_error")
        if err is not None and method in ("integrated_gradients", "shap"):  # methods that promise completeness
            gap = abs(e.score - e.baseline_score) if e.baseline_score is not None else 1.0
            assert err <= 0.02 * gap + 1e-4, (method, err, gap)
