"""Integrated gradients and attention: tests of the maths (completeness, rows that sum to 1), of the contract
(unsupported models, JSON) (cost is measured by benchmarks/explain.py)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from conftest import top1_pairs

from whyrec.data import Histories
from whyrec.errors import ExplainError
from whyrec.explain import (
    Explanation,
    Feature,
    HistoryItem,
    best_attribution_method,
    make_explainer,
    methods_for,
)
from whyrec.explain.attention import attention_rollout, heatmap_arguments
from whyrec.models import make_model

COMMON = {"device": "cpu", "seed": 0, "num_threads": 1}


@pytest.fixture(scope="module")
def models(split):
    fm = {"embedding_dim": 16, "epochs": 3, "batch_size": 512, **COMMON}
    models = {
        "sasrec": make_model(
            "sasrec", max_len=20, embedding_dim=32, epochs=6, dropout=0.1, item_features=["brand", "category"], **COMMON
        ),
        "sasrec_plain": make_model("sasrec", max_len=20, embedding_dim=32, epochs=3, n_heads=2, **COMMON),
        "gru4rec": make_model("gru4rec", max_len=20, embedding_dim=32, epochs=3, item_features=["brand"], **COMMON),
        "bert4rec": make_model("bert4rec", max_len=20, embedding_dim=32, epochs=3, n_heads=2, **COMMON),
        "caser": make_model("caser", max_len=20, embedding_dim=16, epochs=3, **COMMON),
        "deepfm": make_model("deepfm", **fm),
        "fm": make_model("fm", **fm),
        "nfm": make_model("nfm", **fm),
        "ease": make_model("ease", l2=50.0),
    }
    return {key: m.fit(split.train) for key, m in models.items()}


def _check_complete(e: Explanation, rel: float = 0.01) -> None:
    gap = e.score - e.baseline_score
    err = e.faithfulness["completeness_error"]
    assert err == pytest.approx(abs(e.baseline_score + e.total_weight() - e.score), abs=1e-5)
    assert err < rel * abs(gap) + 1e-5, (err, gap, e.faithfulness)


# ---------------------------------------------------------------- maths: completeness
@pytest.mark.parametrize("key", ["sasrec", "sasrec_plain", "gru4rec", "caser", "bert4rec"])
def test_ig_sasrec_sums_to_score_minus_baseline(key, models, shop, hist):
    model = models[key]
    ex = make_explainer("integrated_gradients", model, shop, hist)
    for user, item in top1_pairs(model, shop, hist):
        e = ex.explain(user, item)
        _check_complete(e)
        u = int(model._user_index(user)[0])
        distinct = list(dict.fromkeys(hist[u].tolist()))
        items = e.history_items()
        assert sorted(h.item for h in items) == sorted(str(model.item_ids_[j]) for j in distinct)
        # the items' weights are the per-position attributions, summed per item
        assert sum(h.weight for h in items) == pytest.approx(sum(e.extras["position_weights"]), abs=1e-6)
        parts = [f for f in e.evidence if isinstance(f, Feature)]
        comp = e.extras["components"]
        if key in ("sasrec", "gru4rec"):  # item attributes: a breakdown inside the item weights, not extra terms
            assert parts and all(f.part_of == "history" for f in parts)
            assert {f.field for f in parts} <= {"brand", "category"}
            assert sum(f.weight for f in parts) == pytest.approx(comp["item_attributes"], abs=1e-6)
        else:
            assert not parts and comp["item_attributes"] == 0.0
        assert comp["item_ids"] + comp["item_attributes"] + comp["positions"] == pytest.approx(
            sum(e.extras["position_weights"]), abs=1e-6
        )


def test_ig_sasrec_zero_baseline_and_step_refinement(models, shop, hist):
    model = models["sasrec"]
    pairs = top1_pairs(model, shop, hist, n=4, seed=1)
    for user, item in pairs:
        e = make_explainer("integrated_gradients", model, shop, hist, baseline="zero", max_steps=512).explain(
            user, item
        )
        _check_complete(e)
        assert e.faithfulness["baseline"] == "zero" and e.faithfulness["n_steps"] >= 32
    # a single pass reports its own error honestly; more steps never make the quadrature worse here
    one = make_explainer("integrated_gradients", model, shop, hist, n_steps=4, tolerance=None)
    many = make_explainer("integrated_gradients", model, shop, hist, n_steps=256, tolerance=None)
    for user, item in pairs:
        a, b = one.explain(user, item), many.explain(user, item)
        assert a.faithfulness["n_steps"] == 4 and a.faithfulness["passes"] == 1
        assert b.faithfulness["relative_completeness_error"] < 1e-3
        assert a.baseline_score == pytest.approx(b.baseline_score)


def test_ig_item_read_twice_adds_up(models, shop, hist):
    model = models["sasrec"]
    u = 3
    own = hist[u].tolist()
    lists = [hist[v].tolist() for v in range(hist.n_users)]
    lists[u] = [own[0], *own[1:4], own[0], *own[4:6]]  # the first item read again later
    twice = Histories.from_lists(lists, hist.n_items)
    user = str(model.user_ids_[u])
    item = str(model.recommend(user, k=1, histories=twice)[0][0])
    e = make_explainer("integrated_gradients", model, shop, twice).explain(user, item)
    _check_complete(e)
    pos = np.asarray(e.extras["position_weights"])
    first = str(model.item_ids_[own[0]])
    assert e.extras["sequence"].count(first) == 2
    at = [p for p, x in enumerate(e.extras["sequence"]) if x == first]
    assert e.history_weights()[first] == pytest.approx(pos[at].sum(), abs=1e-6)
    assert len(e.history_items()) == len(set(lists[u]))


@pytest.mark.parametrize("key", ["deepfm", "fm", "nfm"])
def test_ig_feature_models_sum_to_score_minus_baseline(key, models, shop, hist):
    model = models[key]
    ex = make_explainer("integrated_gradients", model, shop, hist)
    for user, item in top1_pairs(model, shop, hist, n=6):
        e = ex.explain(user, item)
        _check_complete(e, rel=1e-4 if key == "fm" else 0.01)  # FM is quadratic: Gauss-Legendre is exact
        recs = {(f.field, f.value) for f in e.evidence}
        assert all(isinstance(f, Feature) and f.part_of is None for f in e.evidence)
        assert ("user_id", user) in recs and ("item_id", item) in recs
        u, i = int(model._user_index(user)[0]), int(model._item_index(item)[0])
        assert recs == {(d["field"], d["value"]) for d in model.pair_features(u, i)}
        # the baseline is every embedding 0: the score of an all-zero input, through the module directly
        zero = torch.zeros(1, model.module_.n_user_slots + model.module_.n_item_slots, model.embedding_dim + 1)
        with torch.no_grad():
            expect = float(model.module_.forward_embedded(zero, torch.ones(1, zero.shape[1])))
        assert e.baseline_score == pytest.approx(expect, abs=1e-6)
        if key == "fm":
            assert e.baseline_score == pytest.approx(float(model.module_.bias.detach()), abs=1e-7)


def test_ig_agrees_across_integration_rules(models, shop, hist):
    """Two quadratures of the same integral: Gauss-Legendre at 32 steps and the trapezoid rule at 1024."""
    for key in ("sasrec", "deepfm"):
        model = models[key]
        (user, item), *_ = top1_pairs(model, shop, hist, n=1, seed=5)
        gl = make_explainer("integrated_gradients", model, shop, hist).explain(user, item)
        tr = make_explainer(
            "integrated_gradients", model, shop, hist, rule="riemann_trapezoid", n_steps=1024, max_steps=1024
        ).explain(user, item)
        a = {(type(r).__name__, getattr(r, "item", None) or (r.field, r.value)): r.weight for r in gl.evidence}
        b = {(type(r).__name__, getattr(r, "item", None) or (r.field, r.value)): r.weight for r in tr.evidence}
        assert a.keys() == b.keys()
        scale = max(abs(v) for v in a.values())
        assert max(abs(a[k] - b[k]) for k in a) < 0.02 * scale


# ---------------------------------------------------------------- LIME / SHAP over feature fields
def test_shap_over_fields_is_efficient_and_shares_the_ig_baseline(models, shop, hist):
    model = models["deepfm"]
    (user, item), *_ = top1_pairs(model, shop, hist, n=1, seed=2)
    e = make_explainer("shap", model, shop, hist, n_samples=200).explain(user, item)
    assert e.faithfulness["completeness_error"] < 1e-5
    fields = [f.field for f in e.evidence]
    assert sorted(fields) == sorted(f.name for f in model.fieldmap_.fields)
    ig = make_explainer("integrated_gradients", model, shop, hist).explain(user, item)
    assert e.baseline_score == pytest.approx(ig.baseline_score, abs=1e-6)  # all fields masked = zero embeddings
    missing = make_explainer("shap", model, shop, hist, n_samples=200, mask_value="missing").explain(user, item)
    assert missing.faithfulness["completeness_error"] < 1e-5 and missing.baseline_score != e.baseline_score
    lime = make_explainer("lime", model, shop, hist, n_samples=200).explain(user, item)
    assert lime.faithfulness["surrogate_r2"] > 0.5 and len(lime.evidence) == len(fields)
    with pytest.raises(ValueError, match="over='history'"):
        make_explainer("shap", model, shop, hist, over="history")
    with pytest.raises(ValueError, match="over='fields'"):
        make_explainer("lime", models["ease"], shop, hist, over="fields")


# ---------------------------------------------------------------- attention
@pytest.mark.parametrize("key", ["sasrec", "sasrec_plain", "bert4rec"])
def test_attention_rows_and_rollout_rows_sum_to_one(key, models, shop, hist):
    model = models[key]
    ex = make_explainer("attention", model, shop, hist)
    extra = int(key == "bert4rec")  # BERT4Rec reads the mask it predicts at after the history
    for user, item in top1_pairs(model, shop, hist, n=4):
        e = ex.explain(user, item)
        att, labels = heatmap_arguments(Explanation.from_json(e.to_json()))
        length = len(e.extras["sequence"])
        assert len(att) == model.n_layers and len(labels) == length + extra
        for a, last in zip(att, e.extras["last_row"], strict=True):
            assert a.shape == (model.n_heads, length + extra, length + extra)
            assert np.allclose(a.sum(-1), 1.0, atol=1e-5)
            if extra:  # bidirectional: the first item attends to later ones
                assert a[:, 0, 1:].sum() > 0.01
            else:
                assert np.allclose(np.triu(a, 1), 0.0)  # causal
            assert np.allclose(np.asarray(last), a[:, -1, :])
        roll = np.asarray(e.extras["rollout"])
        assert np.allclose(roll.sum(1), 1.0, atol=1e-5)
        mask_share = float(roll[-1, length:].sum())
        assert sum(h.weight for h in e.history_items()) == pytest.approx(1.0 - mask_share, abs=1e-5)
        assert (mask_share > 0) == bool(extra) and (any("the mask" in n for n in e.notes) == bool(extra))
        assert e.baseline_score is None and e.faithfulness["is_attribution"] is False
        assert any("not an attribution" in n for n in e.notes)


def test_attention_rollout_maths():
    a = np.array([[[1.0, 0.0], [0.25, 0.75]]])
    r = attention_rollout([a])
    assert np.allclose(r, [[1.0, 0.0], [0.125, 0.875]])  # 0.5 A + 0.5 I
    r2 = attention_rollout([a, a])
    assert np.allclose(r2, r @ r) and np.allclose(r2.sum(1), 1.0)
    with pytest.raises(ValueError, match="at least one layer"):
        attention_rollout([])


def test_attention_draws_as_a_heatmap(models, shop, hist, tmp_path):
    from whyrec.viz import attention_heatmap

    model = models["sasrec_plain"]
    (user, item), *_ = top1_pairs(model, shop, hist, n=1)
    e = make_explainer("attention", model, shop, hist).explain(user, item)
    att, labels = heatmap_arguments(e)
    out = tmp_path / "att.svg"
    attention_heatmap(att, labels, layer=None, out=out)
    assert out.stat().st_size > 0
    with pytest.raises(ValueError, match="holds no attention"):
        heatmap_arguments(make_explainer("integrated_gradients", model, shop, hist).explain(user, item))


# ---------------------------------------------------------------- contract
def test_methods_for_follows_the_independent_benchmark(models):
    """The order of benchmarks/results/explain.md: over a history SHAP and LIME (tied best on the retrain truth,
    SHAP cheaper), Banzhaf, integrated gradients, occlusion, the deletion path; over fields occlusion (tied best
    insertion AUC, cheapest)."""
    names = methods_for(models["sasrec"])
    assert names[:6] == ["shap", "lime", "banzhaf", "integrated_gradients", "occlusion", "deletion_path"], names
    for key in ("deepfm", "fm", "nfm"):
        names = methods_for(models[key])
        assert names[:4] == ["occlusion", "integrated_gradients", "shap", "lime"], names
    assert "attention" in methods_for(models["sasrec"]) and "attention" not in methods_for(models["deepfm"])
    # a recurrent sequence model declares the SequenceEncoder capability: integrated gradients, no attention
    gru = methods_for(models["gru4rec"])
    assert "integrated_gradients" in gru and "attention" not in gru
    assert best_attribution_method(models["sasrec"]) == "shap"
    assert best_attribution_method(models["ease"]) == "additive"
    with pytest.raises(ExplainError, match="history items"):
        best_attribution_method(models["deepfm"])  # its evidence is feature fields, not history items


def test_unsupported_models_name_the_methods_that_can(models, shop, hist):
    with pytest.raises(ExplainError, match="SASRec") as info:
        make_explainer("attention", models["ease"], shop)
    msg = str(info.value)
    assert "EASE" in msg and "'additive'" in msg and "'attention'" not in msg.split("Methods that can:")[1]
    with pytest.raises(ExplainError, match="'additive'"):
        make_explainer("integrated_gradients", models["ease"], shop)
    with pytest.raises(ExplainError, match="'integrated_gradients'"):
        make_explainer("attention", models["deepfm"], shop)
    with pytest.raises(ValueError, match="baseline must be 'zero' or 'auto'"):
        make_explainer("integrated_gradients", models["deepfm"], baseline="padding")
    with pytest.raises(ValueError, match="n_steps"):
        make_explainer("integrated_gradients", models["sasrec"], n_steps=1)
    e = make_explainer("attention", models["ease"], shop, hist, fallback=True).explain(
        *top1_pairs(models["ease"], shop, hist, 1)[0]
    )
    assert e.method == "fallback:additive"


def test_empty_history_sasrec_raises_feature_model_does_not(models, shop, hist):
    u = 7
    lists = [hist[v].tolist() for v in range(hist.n_users)]
    lists[u] = []
    cold = Histories.from_lists(lists, hist.n_items)
    user = str(shop.user_ids[u])
    item = str(shop.item_ids[0])
    for method in ("integrated_gradients", "attention"):
        with pytest.raises(ExplainError, match="empty history"):
            make_explainer(method, models["sasrec"], shop, cold).explain(user, item)
    _check_complete(make_explainer("integrated_gradients", models["deepfm"], shop, cold).explain(user, item))
    assert make_explainer("shap", models["deepfm"], shop, cold, n_samples=50).explain(user, item).evidence


def test_json_round_trip(models, shop, hist):
    cases = [
        ("integrated_gradients", "sasrec"),
        ("integrated_gradients", "deepfm"),
        ("attention", "sasrec"),
        ("shap", "deepfm"),
    ]
    for method, key in cases:
        model = models[key]
        (user, item), *_ = top1_pairs(model, shop, hist, n=1, seed=3)
        e = make_explainer(method, model, shop, hist).explain(user, item)
        back = Explanation.from_json(e.to_json())
        assert back.to_dict() == e.to_dict()
        assert back.total_weight() == pytest.approx(e.total_weight())
        assert [type(r) for r in back.evidence] == [type(r) for r in e.evidence]
        assert any(isinstance(r, HistoryItem) for r in back.evidence) == (key == "sasrec")


def test_counterfactual_on_sasrec_is_guided_by_the_default_attribution(models, shop, hist):
    model = models["sasrec"]
    (user, item), *_ = top1_pairs(model, shop, hist, n=1, seed=4)
    cf = make_explainer("counterfactual", model, shop, hist, k=5)
    e = cf.explain(user, item)
    assert cf._guide_explainer().method == "shap"
    assert e.counterfactual is None or e.counterfactual.k == 5


@pytest.mark.parametrize(("key", "method"), [("sasrec", "integrated_gradients"), ("sasrec", "attention"),
                                             ("gru4rec", "integrated_gradients"), ("caser", "integrated_gradients")])
def test_sasrec_explains_a_history_alone_as_its_user(key, method, models, shop, hist):
    """explain_history reads the history through history_tensor / input_sequence: the same weights as explaining
    the training user whose history it is, with no user index involved."""
    model = models[key]
    ex = make_explainer(method, model, shop, hist)
    user = str(shop.user_ids[5])
    u = int(model._user_index(user)[0])
    item = model.recommend(user, k=1, histories=hist)[0][0]
    want, got = ex.explain(user, item), ex.explain_history(hist[u], item, user="someone")
    assert got.user == "someone" and got.rank == want.rank
    def weights(e):
        return [(x.to_dict().get("item", x.to_dict().get("field")), round(x.weight, 5)) for x in e.evidence
                if hasattr(x, "weight")]

    assert weights(got) and weights(got) == weights(want)
