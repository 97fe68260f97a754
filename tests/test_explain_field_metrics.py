"""Faithfulness metrics over a feature model's fields, and the views the explanation benchmark scores."""

import numpy as np
import pytest

from whyrec.data import sample_shop
from whyrec.evaluation import make_split
from whyrec.explain import HistoryItem, Neighbour, PairFields, make_explainer
from whyrec.explain import metrics as M
from whyrec.models import make_model


@pytest.fixture(scope="module")
def deepfm():
    ds = sample_shop(n_users=150, seed=1)
    split = make_split(ds, "loo-full", seed=2020)
    m = make_model("deepfm", epochs=2, num_threads=1, embedding_dim=8).fit(split.train)
    hist = split.train.histories().extend(split.valid.histories())
    return m, ds, hist


def test_all_scores_with_every_field_is_the_models_row(deepfm):
    m, _, hist = deepfm
    pair = PairFields(m, 4, 9)
    full = pair.all_scores(np.ones((1, pair.size), dtype=bool))[0]
    np.testing.assert_allclose(full, m.score_matrix(np.array([4]), hist)[0], rtol=1e-5, atol=1e-6)
    # hiding an item field changes only this pair's item; hiding a user field changes every item
    item_field = pair.field_names().index("brand")
    user_field = pair.field_names().index("age_band")
    for j, changes_all in ((item_field, False), (user_field, True)):
        mask = np.ones((1, pair.size), dtype=bool)
        mask[0, j] = False
        row = pair.all_scores(mask)[0]
        changed = np.flatnonzero(np.abs(row - full) > 1e-7)
        if changes_all:
            assert len(changed) > m.n_items_ // 2
        else:
            assert set(changed) <= {9}


def test_field_curves_and_pn_ps_rescore_the_model(deepfm):
    m, ds, hist = deepfm
    user = str(m.user_ids_[4])
    item = str(m.recommend(user, k=1, histories=hist)[0][0])
    e = make_explainer("integrated_gradients", m, ds, hist).explain(user, item)
    w = M.field_weights(e)
    assert set(w) == set(PairFields(m, 4, int(m._item_index(item)[0])).field_names())
    d = M.field_curve(m, e, hist, k=10)
    ins = M.field_curve(m, e, hist, k=10, insertion=True)
    assert d.order == sorted(w, key=lambda f: -w[f])  # highest summed weight hidden first
    assert d.scores[0] == pytest.approx(e.score, abs=1e-5) and d.ranks[0] == e.rank == 1
    assert ins.scores[-1] == pytest.approx(e.score, abs=1e-5)
    assert d.scores[-1] == pytest.approx(ins.scores[0])  # every field hidden, both ways
    assert 0.0 <= d.score_auc <= 1.0 and 0.0 <= ins.score_auc <= 1.0
    ns = M.field_necessity_sufficiency(m, e, hist, k=10)
    top = [f for f in d.order if w[f] > 0][:3]
    assert ns["size"] == len(top)
    if top == d.order[: len(top)]:  # hiding the top fields is a step of the deletion curve
        assert ns["rank_without"] == d.ranks[len(top)]
    assert ns["PN"] == (ns["rank_without"] > 10) and ns["PS"] == (ns["rank_only"] <= 10)


def test_random_attribution_shuffles_features_and_history(deepfm):
    m, ds, hist = deepfm
    e = make_explainer("shap", m, ds, hist, n_samples=64).explain(str(m.user_ids_[2]), str(m.item_ids_[3]))
    r = M.random_attribution(e, seed=1)
    assert r.method == "random"
    assert sorted(M.field_weights(r).values()) == pytest.approx(sorted(M.field_weights(e).values()))


def test_cooccurrence_evidence_scored_as_history_attribution():
    ds = sample_shop(n_users=150, seed=1)
    split = make_split(ds, "loo-full", seed=2020)
    m = make_model("ease", l2=50.0).fit(split.train)
    user = "U00003"
    item = str(m.recommend(user, k=1)[0][0])
    e = make_explainer("cooccurrence", m, ds).explain(user, item)
    v = M.as_history_attribution(e)
    neighbours = {n.item: n.similarity for n in e.evidence if isinstance(n, Neighbour) and n.item is not None}
    assert neighbours and v.history_weights() == pytest.approx(neighbours)
    assert all(isinstance(x, HistoryItem) or not isinstance(x, Neighbour) for x in v.evidence)
    assert M.as_history_attribution(v) is v  # already an attribution: unchanged
    assert M.deletion_curve(m, v).order[: len(neighbours)] == sorted(neighbours, key=lambda k: -neighbours[k])
