"""The deletion-path explainer: its maths (pooling, beam search, Banzhaf values), its weights re-checked by
rebuilding histories independently of the Rescorer, and the field version on DeepFM."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import history_without, top1_pairs

from whyrec.explain import Feature, HistoryItem, make_explainer
from whyrec.explain.path import banzhaf_values, beam_deletion_path, pool_decreasing
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
def test_pooling_keeps_the_sum_and_the_order():
    d = np.array([0.1, 0.6, 0.2, 0.3, -0.1])
    w = pool_decreasing(d)
    assert w.sum() == pytest.approx(d.sum(), abs=1e-12)
    assert np.all(np.diff(w) < 0)  # strictly decreasing: the path order survives a sort by weight
    assert w[:2] == pytest.approx([0.35, 0.35], abs=1e-6)  # a redundant pair shares its joint drop
    assert w[2:4] == pytest.approx([0.25, 0.25], abs=1e-6)
    assert pool_decreasing(np.array([3.0, 2.0, 1.0])) == pytest.approx([3.0, 2.0, 1.0])


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
def test_weights_are_the_score_taken_away_along_the_path(key, models, shop, hist):
    """Removing the top-s items (in weight order) lowers the score by the sum of their weights wherever the
    path is not inside a pooled block; all weights sum to score - baseline."""
    model = models[key]
    ex = make_explainer("deletion_path", model, shop, hist, n_samples=64)
    checked = 0
    for user, item in top1_pairs(model, shop, hist, 4, seed=2):
        e = ex.explain(user, item)
        assert e.method == "deletion_path"
        recs = e.history_items()
        w = np.array([r.weight for r in recs])
        scale = max(1.0, abs(e.score))
        assert e.baseline_score + w.sum() == pytest.approx(e.score, abs=1e-5 * scale)
        assert e.faithfulness["completeness_error"] < 1e-5 * scale
        assert np.all(np.diff(w) <= 0)
        i = model._item_index(item)[0]
        for s in range(1, len(recs) + 1):
            if s < len(recs) and w[s - 1] - w[s] < 1e-6 * scale:
                continue  # inside a pooled block the shares are equal, not the single drops
            reduced = history_without(hist, model, user, [r.item for r in recs[:s]])
            new = float(model.score_matrix(model._user_index(user), reduced)[0, i])
            assert e.score - new == pytest.approx(w[:s].sum(), abs=1e-4 * scale), (s, w)
            checked += 1
    assert checked >= 4


def test_the_path_deletes_at_least_as_fast_as_occlusion(models, shop, hist):
    """On SASRec, removing items in path order loses the score at least as fast as in occlusion order (within 5%)."""
    model = models["sasrec"]
    path_ex = make_explainer("deletion_path", model, shop, hist)
    occ = make_explainer("occlusion", model, shop, hist)
    from whyrec.explain import metrics as M

    for user, item in top1_pairs(model, shop, hist, 5, seed=3):
        a = M.deletion_curve(model, path_ex.explain(user, item), hist, k=10)
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


def test_a_pooled_block_split_by_banzhaf_keeps_the_order_and_the_sum():
    d = np.array([0.1, 0.2, 0.9, 0.3, 0.1])  # the first three pool (mean 0.4), then 0.3, 0.1
    spread = np.array([0.8, 0.1, 0.0, 0.0, 0.0])
    w = pool_decreasing(d, spread)
    assert w.sum() == pytest.approx(d.sum(), abs=1e-12) and np.all(np.diff(w) < 0)
    assert w[0] > 0.4 + 0.1 and w[2] >= 0.3  # spread by Banzhaf, but never below the next block
    assert w[3:] == pytest.approx([0.3, 0.1], abs=1e-6)


def test_banzhaf_split_on_sasrec(models, shop, hist):
    model = models["sasrec"]
    for user, item in top1_pairs(model, shop, hist, 3, seed=5):
        e = make_explainer("deletion_path", model, shop, hist, n_samples=64, split="banzhaf").explain(user, item)
        w = np.array([r.weight for r in e.history_items()])
        assert np.all(np.diff(w) <= 0)
        assert e.baseline_score + w.sum() == pytest.approx(e.score, abs=1e-5 * max(1.0, abs(e.score)))
    with pytest.raises(ValueError, match="split"):
        make_explainer("deletion_path", model, shop, hist, split="even")
