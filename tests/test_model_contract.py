"""The one contract test-suite that every model passes (DESIGN.md house style rule 7)."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from whyrec.data import Dataset, leave_one_out
from whyrec.errors import NotFittedError, UnknownIdError
from whyrec.evaluation import evaluate
from whyrec.models import MODELS, load, make_model

FAST: dict[str, dict] = {
    "pop": {},
    "itemknn": {"k": 20},
    "ease": {"l2": 10.0},
    "bpr": {"epochs": 15, "embedding_dim": 16, "batch_size": 256, "learning_rate": 1e-2},
    "fm": {"epochs": 15, "embedding_dim": 16, "batch_size": 256, "learning_rate": 1e-2},
    "deepfm": {"epochs": 15, "embedding_dim": 16, "batch_size": 256, "learning_rate": 1e-2},
    "nfm": {"epochs": 15, "embedding_dim": 16, "batch_size": 256, "learning_rate": 1e-2},
    "sasrec": {"epochs": 15, "embedding_dim": 16, "batch_size": 64, "learning_rate": 1e-2, "max_len": 10},
    "bert4rec": {"epochs": 20, "embedding_dim": 16, "batch_size": 64, "learning_rate": 1e-2, "max_len": 10},
    "cfgan": {"epochs": 60, "batch_size": 32, "g_hidden": 64, "d_hidden": 32},
    "lightgcn": {"epochs": 15, "embedding_dim": 16, "batch_size": 256, "learning_rate": 1e-2},
    "caser": {"epochs": 15, "embedding_dim": 16, "batch_size": 64, "max_len": 10, "window": 3},
    "neumf": {"epochs": 15, "embedding_dim": 16, "batch_size": 256, "learning_rate": 1e-2},
    "gru4rec": {"epochs": 15, "embedding_dim": 16, "batch_size": 64, "learning_rate": 1e-2, "max_len": 10},
    "content": {"text_fields": ["title"]},
    "fusion": {"members": [{"model": "ease", "params": {"l2": 10.0}}, {"model": "itemknn", "params": {"k": 20}}]},
}
#: item titles of the planted groups (read by the content model only: text fields are no feature of the others)
THEMES = ["espresso coffee", "acoustic guitar", "tennis racket", "camera lens", "garden hose", "crime novel"]
VARIANTS = ["red", "large", "classic", "travel", "deluxe", "compact", "vintage", "pro", "budget", "silver"]
COMMON_TORCH = {"device": "cpu", "seed": 7, "num_threads": 1}


def _params(key: str) -> dict:
    p = dict(FAST[key])
    if "epochs" in p:
        p.update(COMMON_TORCH)
    return p


@pytest.fixture(scope="module")
def planted() -> Dataset:
    """60 items in 6 groups of 10; each user walks through one group in order, so the next item is predictable.

    Groups differ in size (group 0 is the most popular), so popularity beats chance too.
    """
    rng = np.random.default_rng(0)
    rows = []
    users = []
    for u in range(150):
        g = int(min(5, rng.geometric(0.5) - 1))
        start = int(rng.integers(0, 10))
        length = int(rng.integers(5, 9))
        for t in range(length):
            rows.append((f"u{u}", f"i{g * 10 + (start + t) % 10}", t))
        users.append((f"u{u}", ["F", "M"][g % 2], float(20 + g * 5)))
    inter = pd.DataFrame(rows, columns=["user", "item", "timestamp"])
    items = pd.DataFrame(
        {
            "item": [f"i{j}" for j in range(60)],
            "group": [f"g{j // 10}" for j in range(60)],
            "title": [f"{VARIANTS[j % 10]} {THEMES[j // 10]}" for j in range(60)],
        }
    )
    users_t = pd.DataFrame(users, columns=["user", "gender", "age"])
    return Dataset.from_frames(inter, users_t, items, item_fields={"title": "text"}, name="planted")


@pytest.fixture(scope="module")
def split(planted: Dataset):
    return leave_one_out(planted)


@pytest.fixture(scope="module", params=sorted(MODELS))
def fitted(request, split):
    key = request.param
    model = make_model(key, **_params(key))
    out = model.fit(split.train, split.valid)
    assert out is model
    return key, model


def test_constructor_stores_params_verbatim():
    for key in MODELS:
        p = _params(key)
        m = make_model(key, **p)
        got = m.get_params()
        for name, value in p.items():
            assert got[name] == value, (key, name)
        assert type(m).__name__ in repr(m)
        assert not [a for a in vars(m) if a.endswith("_") and not a.startswith("_")], "no learned state before fit"


def test_unknown_hyper_parameter_is_named():
    with pytest.raises(ValueError, match="no_such_param"):
        make_model("ease", no_such_param=1)


def test_unknown_model_key():
    with pytest.raises(ValueError, match="model must be one of"):
        make_model("gru9000")


def test_not_fitted_raises():
    for key in MODELS:
        with pytest.raises(NotFittedError):
            make_model(key, **_params(key)).recommend("u1")


def test_score_matrix_shape_and_finite(fitted, split):
    _, m = fitted
    s = m.score_matrix(np.arange(10))
    assert s.shape == (10, split.train.n_items)
    assert s.dtype == np.float32
    assert np.isfinite(s).all()


def test_score_pairs_match_matrix(fitted):
    _, m = fitted
    users = np.array([0, 3, 3, 7, 11])
    items = np.array([1, 2, 50, 0, 59])
    full = m.score_matrix(users)
    np.testing.assert_allclose(m.score_pairs(users, items), full[np.arange(5), items], rtol=1e-5, atol=1e-5)


def test_score_external_ids(fitted):
    _, m = fitted
    s = m.score("u3", ["i0", "i1"])
    assert s.shape == (2,)
    np.testing.assert_allclose(s, m.score_matrix(m._user_index("u3"))[0, m._item_index(["i0", "i1"])], rtol=1e-5)


def test_recommend_one_user(fitted, split):
    _, m = fitted
    ids, scores = m.recommend("u5", k=7)
    assert ids.shape == (7,) and scores.shape == (7,)
    assert all(isinstance(x, str) for x in ids)
    assert np.all(np.diff(scores) <= 1e-6), "best first"
    seen = set(split.train.item_ids[split.train.histories()[split.train.user_index("u5")[0]]])
    assert not seen & set(ids), "seen items are filtered"
    ids_all, _ = m.recommend("u5", k=7, filter_seen=False)
    assert len(ids_all) == 7


def test_recommend_many_users_and_exclude(fitted):
    _, m = fitted
    ids, scores = m.recommend(["u1", "u2", "u3"], k=5, exclude=["i0", "i1"])
    assert ids.shape == (3, 5) and scores.shape == (3, 5)
    assert "i0" not in set(ids.ravel()) and "i1" not in set(ids.ravel())


@pytest.mark.parametrize("k", [0, -1, 10_000, 2.5, "3"])
def test_recommend_bad_k_names_value(fitted, k):
    _, m = fitted
    with pytest.raises(ValueError, match=r"k must be an int in \[1, 60\]; got"):
        m.recommend("u1", k=k)


def test_unknown_user_is_named(fitted):
    _, m = fitted
    with pytest.raises(UnknownIdError, match="nobody"):
        m.recommend("nobody")
    with pytest.raises(UnknownIdError, match="no-item"):
        m.score("u1", ["no-item"])


def test_save_load_identical(fitted, tmp_path):
    key, m = fitted
    m.save(tmp_path)
    assert {p.name for p in tmp_path.iterdir()} == {"params.json", "weights.safetensors"}
    meta = json.loads((tmp_path / "params.json").read_text())
    assert meta["model"] == key
    m2 = load(tmp_path)
    assert type(m2) is type(m)
    assert m2.get_params() == m.get_params()
    users = np.arange(20)
    np.testing.assert_array_equal(m2.score_matrix(users), m.score_matrix(users))
    assert (m2.recommend("u9", k=5)[0] == m.recommend("u9", k=5)[0]).all()


def test_learns_better_than_chance(fitted, split):
    key, m = fitted
    res = evaluate(m, split, "loo-full", ks=(10,))
    chance = 10 / split.train.n_items
    # every model, popularity included, must clearly beat random ranking on this planted data
    assert res["HR@10"] > 1.5 * chance, (key, res)


def test_history_models_use_given_history(fitted, split):
    key, m = fitted
    if not m.history_based or key == "pop":
        pytest.skip("the scores of this model do not depend on the history passed in")
    h = split.train.histories()
    changed = h.extend(split.valid.histories())
    users = np.unique(split.valid.interactions["user"].to_numpy())[:20]
    assert not np.allclose(m.score_matrix(users, h), m.score_matrix(users, changed))


def test_torch_models_are_reproducible(split):
    for key in ("bpr", "sasrec", "deepfm"):
        a = make_model(key, **{**_params(key), "epochs": 2}).fit(split.train)
        b = make_model(key, **{**_params(key), "epochs": 2}).fit(split.train)
        np.testing.assert_allclose(a.score_matrix(np.arange(5)), b.score_matrix(np.arange(5)), rtol=1e-5, atol=1e-6)


def test_score_histories_scores_any_history_as_score_matrix_does(fitted, split):
    key, model = fitted
    hist = split.train.histories().extend(split.valid.histories())
    users = np.array([0, 3, 7])
    if not model.history_based:
        with pytest.raises(ValueError, match="training users only"):
            model.score_histories([hist[0]])
        return
    rows = [hist[int(u)] for u in users]
    got = model.score_histories(rows)
    want = model.score_matrix(users, hist)
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    external = [[str(model.item_ids_[i]) for i in r] for r in rows]  # external ids give the same rows
    np.testing.assert_allclose(model.score_histories(external), want, rtol=1e-5, atol=1e-5)
    items = np.array([1, 5])
    np.testing.assert_allclose(model.score_histories(rows, items), want[:, items], rtol=1e-5, atol=1e-5)
    assert model.score_histories([[]]).shape == (1, model.n_items_)  # an empty history, no borrowed user
    ids, scores = model.recommend_histories(rows, k=5)  # the same top-k as recommend() of those users
    for r, u in enumerate(users):
        want_ids, want_scores = model.recommend(model.user_ids_[u], k=5, histories=hist)
        np.testing.assert_allclose(scores[r], want_scores, rtol=1e-5, atol=1e-5)
        assert not set(map(str, ids[r])) & {str(model.item_ids_[i]) for i in rows[r]}  # history items filtered


def test_dot_product_models_score_by_their_vectors(fitted, split):
    """A ``dot_product`` model's scores are query . item vector away from the history's items, and
    ``score_candidates`` gives its exact scores of any items, the history's included (what retrieval relies on)."""
    key, model = fitted
    if not model.dot_product:
        return
    hist = split.train.histories().extend(split.valid.histories())
    users = np.arange(min(12, model.n_users_))
    want = model.score_matrix(users, hist)
    product = model.query_vectors(users, hist) @ model.retrieval_vectors().T
    rows, items = hist.entries(users)
    off = np.ones_like(want, dtype=bool)
    off[rows, items] = False  # the history's items may carry a model-specific term (the seen offset)
    np.testing.assert_allclose(product[off], want[off], rtol=1e-4, atol=1e-5)
    rng = np.random.default_rng(0)
    cand = rng.integers(0, model.n_items_, size=(len(users), 7))
    cand[:, 0] = [hist[int(u)][-1] for u in users]  # a seen item in every row
    np.testing.assert_allclose(model.score_candidates(users, hist, cand), np.take_along_axis(want, cand, 1),
                               rtol=1e-4, atol=1e-5)
