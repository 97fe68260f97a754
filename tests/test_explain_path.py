"""The deletion-path explainer: its maths (beam search, Banzhaf values), each item's weight re-checked by
rebuilding histories independently of the Rescorer, the removal-effect labels, and the field version on DeepFM."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import history_without, top1_pairs

from whyrec.explain import Feature, HistoryItem, make_explainer
from whyrec.explain.banzhaf import banzhaf_values
from whyrec.explain.path import beam_deletion_path
from whyrec.models import make_model

COMMON = {"device": "cpu", "seed": 0, "num_threads": 1}


@pytest.fixture(scope="module")
def models(split):
    return {
        "sasrec": make_model("sasrec", max_len=20, embedding_dim=32, epochs=4, **COMMON).fit(split.train),
        "deepfm": make_model("deepfm", embedding_dim=16, epochs=2, batch_size=512, **COMMON).fit(split.train),
        "ease": make_model("ease", l2=50.0).fit(split.train),
    }


# ---------------------------------------------------------------- maths
def _redundant(masks: np.ndarray) -> np.ndarray:
    """A or B alone gives 1 (redundant evidence), C adds 0.3."""
    masks = np.atleast_2d(masks)
    return (masks[:, 0] | masks[:, 1]).astype(float) + 0.3 * masks[:, 2]


def test_beam_finds_the_redundant_pair_that_greedy_misses():
    greedy, _ = beam_deletion_path(_redundant, 3, np.arange(3), beam=1)
    assert greedy[0] == 2  # one step ahead, C's removal lowers the score most
    path, rows = beam_deletion_path(_redundant, 3, np.arange(3), beam=2)
    assert set(path[:2]) == {0, 1} and path[2] == 2  # removing A and B first takes the score away fastest
    assert rows > 3
    led, _ = beam_deletion_path(_redundant, 3, np.arange(3), beam=2, lead=2)
    assert led[0] == 2 and sorted(led) == [0, 1, 2]


def test_banzhaf_values_of_an_additive_game_are_its_contributions():
    c = np.array([0.5, -0.2, 1.0, 0.0])
    w = banzhaf_values(lambda z: np.atleast_2d(z).astype(float) @ c, 4, 4000, np.random.default_rng(0))
    assert w == pytest.approx(c, abs=0.08)
    # redundancy: A and B each matter in half of the contexts, C always
    w = banzhaf_values(_redundant, 3, 4000, np.random.default_rng(1))
    assert w == pytest.approx([0.5, 0.5, 0.3], abs=0.06)


# ---------------------------------------------------------------- the explainer
@pytest.mark.parametrize("key", ["sasrec", "ease"])
def test_each_weight_is_its_own_drop_at_its_step(key, models, shop, hist):
    """Every item's weight is what removing it takes away after the items of earlier steps are gone, re-scored
    from histories rebuilt here; the steps number the path; all weights sum to score - baseline."""
    model = models[key]
    ex = make_explainer("deletion_path", model, shop, hist, n_samples=64)
    checked = 0
    for user, item in top1_pairs(model, shop, hist, 4, seed=2):
        e = ex.explain(user, item)
        assert e.method == "deletion_path"
        recs = sorted(e.history_items(), key=lambda r: r.step)
        assert [r.step for r in recs] == list(range(1, len(recs) + 1))
        assert [r.step for r in e.evidence if isinstance(r, HistoryItem)] == list(range(1, len(recs) + 1))
        w = np.array([r.weight for r in recs])
        scale = max(1.0, abs(e.score))
        assert e.baseline_score + w.sum() == pytest.approx(e.score, abs=1e-5 * scale)
        i = model._item_index(item)[0]
        before = e.score
        for s in range(1, len(recs) + 1):
            reduced = history_without(hist, model, user, [r.item for r in recs[:s]])
            after = float(model.score_matrix(model._user_index(user), reduced)[0, i])
            assert before - after == pytest.approx(w[s - 1], abs=1e-4 * scale), (s, w)
            before = after
            checked += 1
    assert checked >= 4


@pytest.mark.parametrize("method", ["deletion_path", "shap", "lime", "integrated_gradients", "occlusion"])
def test_no_weight_contradicts_its_items_removal_unlabelled(method, models, shop, hist):
    """Each shown history item carries its own removal effect, re-measured here; a weight whose sign is the
    opposite of that effect is labelled an interaction, and no other is."""
    model = models["sasrec"]
    ex = make_explainer(method, model, shop, hist)
    for user, item in top1_pairs(model, shop, hist, 3, seed=6):
        e = ex.explain(user, item)
        i = model._item_index(item)[0]
        scale = max(1.0, abs(e.score), *(abs(r.weight) for r in e.history_items()))
        for r in e.history_items():
            reduced = history_without(hist, model, user, [r.item])
            effect = e.score - float(model.score_matrix(model._user_index(user), reduced)[0, i])
            assert r.removal_effect == pytest.approx(effect, abs=1e-4 * scale)
            contradicts = (r.weight > 1e-4 * scale and effect < -1e-4 * scale) or (
                r.weight < -1e-4 * scale and effect > 1e-4 * scale
            )
            if contradicts:
                assert r.interaction, (method, r)
            if r.interaction:
                assert any("interaction" in n for n in e.notes)


def test_the_path_deletes_at_least_as_fast_as_occlusion(models, shop, hist):
    """On SASRec, removing items in path (step) order loses the score at least as fast as in occlusion order
    (within 5%)."""
    model = models["sasrec"]
    path_ex = make_explainer("deletion_path", model, shop, hist)
    occ = make_explainer("occlusion", model, shop, hist)
    from whyrec.explain import metrics as M

    for user, item in top1_pairs(model, shop, hist, 5, seed=3):
        e = path_ex.explain(user, item)
        n = len(e.history_items())
        by_step = replace(e, evidence=[replace(r, weight=float(n - r.step)) for r in e.history_items()])
        a = M.deletion_curve(model, by_step, hist, k=10)
        b = M.deletion_curve(model, occ.explain(user, item), hist, k=10)
        raw_a, raw_b = np.mean(a.scores), np.mean(b.scores)
        assert raw_a <= raw_b + 0.05 * max(1.0, abs(b.scores[0]))


def test_fields_of_a_feature_model(models, shop, hist):
    model = models["deepfm"]
    user, item = top1_pairs(model, shop, hist, 1, seed=4)[0]
    e = make_explainer("deletion_path", model, shop, hist, n_samples=64).explain(user, item)
    feats = [r for r in e.evidence if isinstance(r, Feature)]
    assert feats and not any(isinstance(r, HistoryItem) for r in e.evidence)
    assert e.baseline_score + sum(f.weight for f in feats) == pytest.approx(e.score, abs=1e-4 * max(1, abs(e.score)))
    with pytest.raises(ValueError, match="beam"):
        make_explainer("deletion_path", model, shop, hist, beam=0)


# ---------------------------------------------------------------- Banzhaf values
def test_banzhaf_standard_errors_cover_the_truth():
    """On an additive game the estimate is within 3 standard errors of each contribution, and the error
    shrinks with more samples."""
    c = np.array([0.5, -0.2, 1.0, 0.0, 0.3])
    game = lambda z: np.atleast_2d(z).astype(float) @ c + 0.1  # noqa: E731
    w, se = banzhaf_values(game, 5, 256, np.random.default_rng(3), with_se=True)
    assert np.all(np.abs(w - c) <= 3 * se + 1e-9)
    _, se_big = banzhaf_values(game, 5, 4096, np.random.default_rng(3), with_se=True)
    assert np.all(se_big < se)


@pytest.mark.parametrize("key", ["sasrec", "ease"])
def test_banzhaf_explainer_weights_are_average_removal_effects(key, models, shop, hist):
    """Each weight is re-estimated here from its definition (the mean score with the item kept minus the mean
    with it removed, over random subsets of the others, rebuilt through the public score_matrix) and agrees
    within the reported standard errors; on EASE (additive in the history) they estimate its exact contributions."""
    model = models[key]
    ex = make_explainer("banzhaf", model, shop, hist, n_samples=256)
    user, item = top1_pairs(model, shop, hist, 1, seed=7)[0]
    e = ex.explain(user, item)
    assert e.method == "banzhaf" and set(e.extras["weight_se"]) == set(e.history_weights())
    u, i = model._user_index(user)[0], model._item_index(item)[0]
    distinct = list(dict.fromkeys(str(model.item_ids_[j]) for j in hist[u]))
    rng = np.random.default_rng(11)
    keep = rng.random((300, len(distinct))) < 0.5
    scores = np.array(
        [model.score_matrix(np.array([u]), history_without(hist, model, user, [x for x, k in zip(distinct, row,
                                                                                      strict=True) if not k]))[0, i]
         for row in keep],
        dtype=np.float64,
    )
    for j, x in enumerate(distinct):
        mine = scores[keep[:, j]].mean() - scores[~keep[:, j]].mean()
        se = e.extras["weight_se"][x]
        assert abs(e.history_weights()[x] - mine) <= 4 * (se + scores.std() / np.sqrt(75)) + 1e-6, x
    if key == "ease":
        exact = make_explainer("additive", model, shop, hist).explain(user, item).history_weights()
        for x, w in e.history_weights().items():  # additive: the Banzhaf value is the contribution itself
            assert abs(w - exact[x]) <= 4 * e.extras["weight_se"][x] + 1e-6
    with pytest.raises(ValueError, match="n_samples"):
        make_explainer("banzhaf", model, shop, hist, n_samples=1)
