import numpy as np
import pandas as pd
import pytest
import torch

from whyrec.data import Dataset
from whyrec.evaluation import evaluate, make_split
from whyrec.models import load, make_model
from whyrec.models.fm import FM, NFM, DeepFM

MODELS = [FM, DeepFM, NFM]
FAST = {"epochs": 2, "batch_size": 256, "num_threads": 1, "device": "cpu", "embedding_dim": 8}


def _planted(n_users: int = 160, n_items: int = 40, per_user: int = 20, seed: int = 0, ranking: bool = False
             ) -> Dataset:
    """Women like brand A, men brand B: in ratings (ctr) or in what they choose at all (ranking)."""
    rng = np.random.default_rng(seed)
    gender = np.where(np.arange(n_users) % 2 == 0, "F", "M")
    brand = np.where(np.arange(n_items) % 2 == 0, "A", "B")
    rows = []
    for u in range(n_users):
        liked = "A" if gender[u] == "F" else "B"
        pool = np.flatnonzero(brand == liked) if ranking else np.arange(n_items)
        for t, i in enumerate(rng.choice(pool, size=min(per_user, len(pool)), replace=False)):
            like = (brand[i] == liked) != (rng.random() < 0.1)
            rows.append((f"u{u}", f"i{i}", 5.0 if like else 1.0, t))
    inter = pd.DataFrame(rows, columns=["user", "item", "rating", "timestamp"])
    users = pd.DataFrame(
        {
            "user": [f"u{u}" for u in range(n_users)],
            "gender": gender,
            "age": rng.integers(18, 70, n_users).astype(float),
        }
    )
    items = pd.DataFrame(
        {
            "item": [f"i{i}" for i in range(n_items)],
            "brand": brand,
            "tags": [["x", "y"][: 1 + i % 2] for i in range(n_items)],
            "price": rng.uniform(5, 50, n_items).round(2),
            "title": [f"thing {i}" for i in range(n_items)],
        }
    )
    return Dataset.from_frames(
        inter,
        users,
        items,
        user_fields={"gender": "categorical", "age": "numeric"},
        item_fields={"brand": "categorical", "tags": "multi", "price": "numeric", "title": "text"},
        name="planted",
    )


@pytest.fixture(scope="module")
def ctr_split():
    return make_split(_planted(), "ctr-811")


def _perturb(model) -> None:
    """Make the weights far from their small initial values so that the maths checks mean something."""
    g = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for p in model.module_.parameters():
            p.add_(torch.randn(p.shape, generator=g) * 0.3)


@pytest.mark.parametrize(
    ("cls", "extra"), [(FM, {}), (DeepFM, {}), (NFM, {}), (DeepFM, {"mlp_dims": (16, 8)}), (NFM, {"mlp_dims": (8, 4)})]
)
def test_all_items_scores_equal_pairwise_scores(cls, extra, ctr_split):
    m = cls(task="ctr", **FAST, **extra).fit(ctr_split.train)
    _perturb(m)
    users = np.arange(m.n_users_)
    full = m.score_matrix(users)
    uu, ii = np.meshgrid(users, np.arange(m.n_items_), indexing="ij")
    pairs = m.score_pairs(uu.ravel(), ii.ravel()).reshape(full.shape)
    assert full.std() > 0.1
    np.testing.assert_allclose(full, pairs, rtol=1e-5, atol=1e-4)
    # the module's forward on the encoded pairs gives the same logits, and calls the table once (Captum)
    calls = []
    hook = m.module_.embedding.register_forward_hook(lambda *a: calls.append(1))
    with torch.no_grad():
        direct = m.module_(*m.encode_pairs(uu[:3].ravel(), ii[:3].ravel())).numpy()
    hook.remove()
    assert len(calls) == 1
    np.testing.assert_allclose(direct, pairs[:3].ravel(), rtol=1e-5, atol=1e-5)
    # small chunks give the same all-items scores
    pu = m._side_parts("user", torch.arange(5))
    pi = m._side_parts("item", torch.arange(m.n_items_))
    with torch.no_grad():
        chunked = m.module_.score_all(pu, pi, chunk_elems=64).numpy()
    np.testing.assert_allclose(chunked, full[:5], rtol=1e-5, atol=1e-4)


@pytest.mark.parametrize("cls", MODELS)
def test_learns_planted_feature_signal_ctr(cls, ctr_split):
    # without ids the model must use gender x brand; without the gender field it reaches AUC ~0.66
    m = cls(task="ctr", include_ids=False, epochs=25, batch_size=128, learning_rate=0.01, num_threads=1,
            device="cpu", embedding_dim=8).fit(ctr_split.train, ctr_split.valid)
    res = evaluate(m, ctr_split, "ctr-811")
    assert res["AUC"] > 0.8, res
    assert res["LogLoss"] < 0.6, res
    assert m.train_log_.metric_name == "AUC"


def test_learns_planted_feature_signal_ranking():
    ds = _planted(ranking=True, per_user=8)
    split = make_split(ds, "loo-full")
    m = DeepFM(task="ranking", include_ids=False, epochs=15, batch_size=128, learning_rate=0.01, num_threads=1,
               device="cpu", embedding_dim=8, n_negatives=2).fit(split.train, split.valid)
    assert m.train_log_.metric_name == "NDCG@10"
    ids, _ = m.recommend([f"u{u}" for u in range(ds.n_users)], k=5, filter_seen=False)
    brand = dict(zip(ds.item_ids, ds.items["brand"], strict=True))
    want = np.where(np.arange(ds.n_users) % 2 == 0, "A", "B")
    got = np.vectorize(brand.get)(ids)
    assert (got == want[:, None]).mean() > 0.9
    res = evaluate(m, split, "loo-full")
    # without the gender field this DeepFM reaches NDCG@10 ~0.20 and 60% right brands
    assert res["NDCG@10"] > 0.28, res


@pytest.mark.parametrize("loss", ["bpr", "bce"])
def test_ranking_task_runs_both_losses(loss):
    split = make_split(_planted(n_users=40, per_user=8), "loo-full")
    m = NFM(task="ranking", loss=loss, **FAST).fit(split.train, split.valid)
    assert m.train_log_.epochs == 2
    ids, scores = m.recommend("u1", k=3)
    assert len(ids) == 3 and np.all(np.diff(scores) <= 0)


@pytest.mark.parametrize("cls", MODELS)
def test_save_load_identical(cls, ctr_split, tmp_path):
    m = cls(task="ctr", **FAST).fit(ctr_split.train, ctr_split.valid)
    _perturb(m)
    m.save(tmp_path / "m")
    m2 = load(tmp_path / "m")
    assert type(m2) is cls and m2.get_params() == m.get_params()
    users = np.arange(m.n_users_)
    np.testing.assert_array_equal(m.score_matrix(users), m2.score_matrix(users))
    u = ctr_split.test.interactions["user"].to_numpy()
    i = ctr_split.test.interactions["item"].to_numpy()
    np.testing.assert_array_equal(m.score_pairs(u, i), m2.score_pairs(u, i))
    assert m2.pair_features(0, 0) == m.pair_features(0, 0)
    assert m2.fieldmap_.fields == m.fieldmap_.fields


def test_pair_features_name_field_and_value(ctr_split):
    m = DeepFM(task="ctr", **FAST).fit(ctr_split.train)
    ds = ctr_split.train
    u, i = int(ds.user_index("u0")[0]), int(ds.item_index("i1")[0])
    feats = m.pair_features(u, i)
    by_field = {f["field"]: f for f in feats}
    assert by_field["user_id"]["value"] == "u0"
    assert by_field["gender"]["value"] == "F"
    assert by_field["brand"]["value"] == "B"
    assert by_field["item_id"]["value"] == "i1"
    assert "title" not in by_field  # text fields are not features here
    assert by_field["tags"]["weight"] == 0.5
    assert [f["side"] for f in feats] == sorted(f["side"] for f in feats)[::-1]  # user slots first
    # slot numbers index the concatenated slots of module_.forward_embedded
    ui, uw, ii, iw = m.encode_pairs([u], [i])
    idx = torch.cat([ui, ii], 1)[0]
    assert all(int(idx[f["slot"]]) == f["feature"] for f in feats)


def test_ctr_needs_ratings():
    ds = _planted(n_users=20, per_user=5)
    ds = ds.with_interactions(ds.interactions.drop(columns=["rating"]))
    with pytest.raises(ValueError, match="task='ctr' needs ratings"):
        FM(task="ctr", **FAST).fit(ds)
    # rows without a rating are left out of ctr training rather than labelled 0
    part = _planted(n_users=20, per_user=5)
    inter = part.interactions.copy()
    inter.loc[::3, "rating"] = np.nan
    m = FM(task="ctr", **FAST).fit(part.with_interactions(inter))
    assert len(m._labels) == inter["rating"].notna().sum()


@pytest.mark.parametrize(
    ("cls", "params", "name"),
    [
        (FM, {"task": "regression"}, "task"),
        (FM, {"task": "ctr", "loss": "bpr"}, "loss"),
        (FM, {"loss": "hinge"}, "loss"),
        (FM, {"n_negatives": 0}, "n_negatives"),
        (FM, {"n_buckets": 0}, "n_buckets"),
        (FM, {"max_values": -1}, "max_values"),
        (FM, {"embedding_dim": 0}, "embedding_dim"),
        (FM, {"user_fields": "gender"}, "user_fields"),
        (FM, {"item_fields": ["colour"]}, "item_fields"),
        (FM, {"item_fields": ["title"]}, "item_fields"),
        (FM, {"include_ids": "yes"}, "include_ids"),
        (FM, {"include_ids": False, "item_fields": []}, "item_fields"),
        (DeepFM, {"mlp_dims": []}, "mlp_dims"),
        (DeepFM, {"mlp_dims": [64, 0]}, "mlp_dims"),
        (NFM, {"dropout": 1.0}, "dropout"),
        (NFM, {"dropout": -0.1}, "dropout"),
    ],
)
def test_bad_hyper_parameters_raise(cls, params, name):
    ds = _planted(n_users=20, per_user=5)
    with pytest.raises(ValueError, match=name):
        cls(**{**FAST, **params}).fit(ds)


def test_registry_and_params():
    m = make_model("deepfm", task="ctr", mlp_dims=[32])
    assert isinstance(m, DeepFM) and m.get_params()["mlp_dims"] == [32]
    assert "mlp_dims" not in FM().get_params()
    assert {"task", "user_fields", "include_ids", "embedding_dim", "num_threads"} <= set(NFM().get_params())
