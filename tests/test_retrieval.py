"""Approximate retrieval (whyrec.models.retrieval): the index's top-k against exact ranking, exact scores, masking,
fallback, persistence and the errors."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from whyrec.errors import WhyrecError
from whyrec.models import load, make_model
from whyrec.models.retrieval import AnnIndex, VectorIndex, default_lists, exact_top, recall_at

FAST = {"device": "cpu", "seed": 3, "num_threads": 1}


@pytest.fixture(scope="module")
def bpr(split):
    return make_model("bpr", epochs=20, embedding_dim=16, batch_size=256, learning_rate=1e-2, **FAST).fit(split.train)


@pytest.fixture(scope="module")
def sasrec(split):
    return make_model("sasrec", epochs=3, embedding_dim=16, max_len=10, batch_size=64, **FAST).fit(split.train)


def _scores_of(model, users, ids, hist=None):
    """The model's own exact scores of the listed items (one row per user)."""
    u = model._user_index(users)
    full = model.score_matrix(u, hist)
    return np.take_along_axis(full, np.vstack([model._item_index(r) for r in ids]), 1)


@pytest.mark.parametrize("name", ["bpr", "sasrec"])
def test_index_finds_the_exact_top10_and_scores_it_exactly(name, request):
    model = request.getfixturevalue(name)
    index = AnnIndex(model, n_lists=16, candidates=30, calibration_users=100, seed=1)
    assert 1 <= index.n_probe <= 16 and index.calibration_recall >= 0.995
    users = list(model.user_ids_)
    exact_ids, _ = model.recommend(users, k=10)
    ids, scores = index.recommend(users, k=10)
    assert recall_at(ids, exact_ids) >= 0.99  # every user, most not in the calibration sample
    np.testing.assert_allclose(scores, _scores_of(model, users, ids), rtol=1e-5, atol=1e-5)
    assert np.all(np.diff(scores, axis=1) <= 1e-6)  # best first
    for u, row in zip(users, ids, strict=True):  # the history is masked
        assert not set(row) & {str(model.item_ids_[i]) for i in model.history_[int(model._user_index(u)[0])]}


def test_one_list_is_exact_and_options_match_recommend(bpr, hist):
    index = AnnIndex(bpr, n_lists=1)
    assert index.n_probe == 1 and index.calibration_recall == 1.0
    user = str(bpr.user_ids_[4])
    for kw in ({}, {"filter_seen": False}, {"exclude": [str(bpr.item_ids_[0]), str(bpr.item_ids_[1])]},
               {"histories": hist}):
        want_ids, want_scores = bpr.recommend(user, k=8, **kw)
        ids, scores = index.recommend(user, k=8, **kw)
        assert ids.shape == (8,)  # one user: 1-d, like recommend
        assert list(ids) == list(want_ids)
        np.testing.assert_allclose(scores, want_scores, rtol=1e-5, atol=1e-6)


def test_seen_items_are_scored_with_their_offset_when_not_filtered(sasrec):
    index = AnnIndex(sasrec, n_lists=16, n_probe=16)  # every list: the candidates are exact
    users = list(sasrec.user_ids_[:40])
    want_ids, want_scores = sasrec.recommend(users, k=10, filter_seen=False)
    ids, scores = index.recommend(users, k=10, filter_seen=False)
    np.testing.assert_allclose(scores, want_scores, rtol=1e-5, atol=1e-5)
    assert recall_at(ids, want_ids) == 1.0
    assert any(len(set(r) & {str(sasrec.item_ids_[i]) for i in sasrec.history_[j]}) for j, r in enumerate(ids))


def test_too_few_candidates_falls_back_to_exact_ranking(bpr):
    index = AnnIndex(bpr, n_lists=bpr.n_items_ // 3, n_probe=1, candidates=10)  # one list of ~3 items per query
    users = list(bpr.user_ids_[:30])
    want_ids, want_scores = bpr.recommend(users, k=10)
    assert (index.vectors.search(bpr.query_vectors(np.arange(30)), 10) < 0).any(axis=1).all()  # too few found
    ids, scores = index.recommend(users, k=10)
    assert (ids == want_ids).all()
    np.testing.assert_allclose(scores, want_scores, rtol=1e-5, atol=1e-5)


def test_save_load_gives_the_same_lists_and_refuses_other_weights(bpr, tmp_path):
    folder = bpr.save(tmp_path / "m")
    index = AnnIndex(bpr, n_lists=16, calibration_users=50)
    index.save(folder)
    model = load(folder)
    again = AnnIndex.load(model, folder)
    users = list(bpr.user_ids_[:25])
    assert (again.recommend(users, k=5)[0] == index.recommend(users, k=5)[0]).all()
    assert again.n_probe == index.n_probe
    other = tmp_path / "other"
    shutil.copytree(folder, other)
    make_model("bpr", epochs=1, embedding_dim=16, **FAST).fit(bpr_train(bpr)).save(other)  # weights change
    with pytest.raises(WhyrecError, match="whyrec index"):
        AnnIndex.load(load(other), other)
    with pytest.raises(WhyrecError, match="whyrec index"):
        AnnIndex.load(model, tmp_path / "nowhere")


def bpr_train(model):
    """A dataset of the model's training histories (to train a different model on the same ids)."""
    import pandas as pd

    from whyrec.data import Dataset

    rows = [(str(model.user_ids_[u]), str(model.item_ids_[i]), t)
            for u in range(model.n_users_) for t, i in enumerate(model.history_[u])]
    return Dataset.from_frames(pd.DataFrame(rows, columns=["user", "item", "timestamp"]), name="again")


def test_a_model_that_is_no_inner_product_is_refused(split):
    ease = make_model("ease", l2=10.0).fit(split.train)
    with pytest.raises(WhyrecError, match="inner product"):
        AnnIndex(ease)


def test_bad_options_are_named(bpr):
    with pytest.raises(ValueError, match="candidates"):
        AnnIndex(bpr, candidates=0)
    with pytest.raises(ValueError, match="n_probe"):
        AnnIndex(bpr, n_lists=8, n_probe=9)
    with pytest.raises(ValueError, match="k"):
        AnnIndex(bpr, n_lists=1).recommend(str(bpr.user_ids_[0]), k=0)


def test_vector_index_on_clustered_vectors_reaches_the_target_on_new_queries():
    rng = np.random.default_rng(0)
    centers = rng.normal(size=(60, 16)).astype(np.float32)
    items = centers[rng.integers(0, 60, 6000)] + 0.5 * rng.normal(size=(6000, 16)).astype(np.float32)
    queries = centers[rng.integers(0, 60, 600)] + 0.5 * rng.normal(size=(600, 16)).astype(np.float32)
    index = VectorIndex(items, seed=0)
    assert index.n_lists == default_lists(6000) > 1
    cal, test = queries[:200], queries[200:]
    want_cal = exact_top(items, cal, 10)
    index.calibrate(lambda: recall_at(index.search(cal, 10), want_cal), 0.995)
    assert index.n_probe < index.n_lists  # cheaper than a full scan
    assert recall_at(index.search(test, 10), exact_top(items, test, 10)) >= 0.98
    found = index.search(test[:5], 10)
    assert found.shape == (5, 10) and (found >= 0).all()
