"""Figures: embedding map, evidence bars, attention heat-map, saving."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from matplotlib.colors import to_rgb

from whyrec import viz
from whyrec.data.sample_shop import sample_shop
from whyrec.explain import Counterfactual, Explanation, Feature, HistoryItem, Popularity, make_explainer
from whyrec.models.bpr import BPRMF
from whyrec.models.ease import EASE
from whyrec.models.pop import Popularity as PopModel
from whyrec.models.sasrec import SASRec


@pytest.fixture(scope="module")
def shop():
    return sample_shop(n_users=300, seed=0)


@pytest.fixture(scope="module")
def ease(shop):
    return EASE().fit(shop)


@pytest.fixture(scope="module")
def bpr(shop):
    return BPRMF(epochs=2, embedding_dim=16).fit(shop)


@pytest.fixture(scope="module")
def user(shop):
    # a user with a longish history, so that the map's markers and the bars have something to show
    lengths = shop.histories().lengths()
    return str(shop.user_ids[int(np.flatnonzero(lengths >= 8)[0])])


def _artist(ax, gid):
    found = [c for c in ax.collections if c.get_gid() == gid]
    assert len(found) == 1, f"expected one artist with gid {gid!r}, found {len(found)}"
    return found[0]


def _check_files(fig, tmp_path: Path, stem: str) -> None:
    for suffix in (".png", ".svg"):
        p = viz.save_figure(fig, tmp_path / "sub" / f"{stem}{suffix}")
        assert p.is_file() and p.stat().st_size > 1000
    assert (tmp_path / "sub" / f"{stem}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "sub" / f"{stem}.svg").read_bytes()[:2000]


# ---------------------------------------------------------------- embedding map
def test_embedding_map_marks_history_and_recommendations(shop, ease, user, tmp_path):
    k = 7
    fig = viz.embedding_map(ease, shop, user=user, k=k, max_items=200, out=tmp_path / "map.png")
    assert (tmp_path / "map.png").stat().st_size > 1000
    ax = fig.axes[0]
    pts = fig.whyrec_points
    xy = {it: (x, y) for it, x, y in zip(pts["item"], pts["x"], pts["y"], strict=True)}

    # the history: distinct items, most recent first, all kept though only 200 items are projected
    u = int(ease._user_index(user)[0])
    hist = [str(shop.item_ids[i]) for i in ease.history_[u]]
    distinct = list(dict.fromkeys(reversed(hist)))
    got = pts[pts.role == "history"].sort_values("order")["item"].tolist()
    assert got == distinct
    np.testing.assert_allclose(_artist(ax, "history").get_offsets(), [xy[i] for i in distinct])

    recs = [str(i) for i in ease.recommend(user, k=k)[0]]
    got = pts[pts.role == "recommended"].sort_values("order")["item"].tolist()
    assert got == recs
    np.testing.assert_allclose(_artist(ax, "recommended").get_offsets(), [xy[i] for i in recs])

    assert len(pts) == 200 and len(_artist(ax, "items").get_offsets()) == 200
    # history numbers 1..n next to the squares; a legend with the two marker kinds; a title naming model and user
    numbers = sorted(int(t.get_text()) for t in ax.texts)
    assert numbers == list(range(1, min(len(distinct), viz.MAX_NUMBERED) + 1))
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert any(t.startswith("history") for t in legend) and any("recommended" in t for t in legend)
    assert {"Beauty", "Books", "Electronics", "Home", "Sports"} <= set(legend)  # 23 categories -> departments
    assert "EASE" in ax.get_title() and user in ax.get_title()


def test_embedding_map_bpr_writes_png_and_svg(shop, bpr, user, tmp_path):
    fig = viz.embedding_map(bpr, shop, user=user, k=5, color_by="brand", max_items=150, seed=1)
    pts = fig.whyrec_points
    assert (pts.role == "recommended").sum() == 5
    assert "BPRMF" in fig.axes[0].get_title()
    _check_files(fig, tmp_path, "bpr_map")


def test_embedding_map_errors(shop, ease, user):
    pop = PopModel().fit(shop)
    with pytest.raises(ValueError, match=r"Popularity has none.*EASE.*evidence_bars"):
        viz.embedding_map(pop, shop, user=user)
    with pytest.raises(ValueError, match="color_by must be None or a column"):
        viz.embedding_map(ease, shop, user=user, color_by="colour")
    with pytest.raises(ValueError, match="k must be"):
        viz.embedding_map(ease, shop, user=user, k=0)


# ---------------------------------------------------------------- evidence bars
def test_evidence_bars_match_weights(shop, ease, user, tmp_path):
    item = str(ease.recommend(user, k=1)[0][0])
    expl = make_explainer("additive", ease, shop).explain(user, item)
    top = 5
    fig = viz.evidence_bars(expl, top=top, titles=shop)
    ax = fig.axes[0]
    bars = [p for p in ax.patches if p.get_gid() == "evidence"]
    weights = sorted((e.weight for e in expl.evidence), key=lambda w: -abs(w))[:top]
    assert [b.get_width() for b in bars] == pytest.approx(weights)
    # drawn top to bottom in that order
    centres = [b.get_y() + b.get_height() / 2 for b in bars]
    assert centres == sorted(centres)
    assert ax.yaxis_inverted()
    # colours: one for raising, another for lowering the score
    for b, w in zip(bars, weights, strict=True):
        assert b.get_facecolor()[:3] == pytest.approx(to_rgb(viz.POSITIVE_COLOUR if w >= 0 else viz.NEGATIVE_COLOUR))
    # labels: the history items' titles
    first = max(expl.evidence, key=lambda e: abs(e.weight))
    assert ax.get_yticklabels()[0].get_text() == viz.shorten(first.title, 40)
    assert shop.item_title(int(shop.item_index([item])[0])) in ax.get_title()
    assert "additive" in ax.get_title()
    _check_files(fig, tmp_path, "bars")


def test_evidence_bars_features_negative_and_footnote(tmp_path):
    long_title = "An Extraordinarily Long Product Title That Goes On And On Forever"
    expl = Explanation(
        user="u1",
        item="i9",
        score=0.5,
        rank=3,
        method="additive",
        evidence=[
            HistoryItem(item="i1", weight=0.3, title=long_title),
            Feature(field="brand", value="Acme", weight=-0.45),
            HistoryItem(item="i2", weight=0.05),
            Counterfactual(removed=["i1"], new_rank=14, new_score=0.1, verified=True, k=10),
            Popularity(count=42, rank_in_catalogue=7, n_items=600),
        ],
        baseline_score=0.6,
    )
    fig = viz.evidence_bars(expl, titles={"i9": "Target Thing", "i2": "Second Thing"})
    ax = fig.axes[0]
    bars = [p for p in ax.patches if p.get_gid() == "evidence"]
    assert [b.get_width() for b in bars] == pytest.approx([-0.45, 0.3, 0.05])
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "brand=Acme"
    assert labels[1].endswith("…") and len(labels[1]) == 40
    assert labels[2] == "Second Thing"
    assert "Target Thing" in ax.get_title()
    footnote = " ".join(t.get_text() for a in fig.axes for t in a.texts)
    assert "Counterfactual" in footnote and "rank 14" in footnote and "verified" in footnote
    assert "Popularity: 42" in footnote
    _check_files(fig, tmp_path, "bars_features")


def test_evidence_bars_bpr_and_no_weights(shop, bpr, user, tmp_path):
    item = str(bpr.recommend(user, k=1)[0][0])
    expl = make_explainer("additive", bpr, shop).explain(user, item)
    fig = viz.evidence_bars(expl, top=30)
    bars = [p for p in fig.axes[0].patches if p.get_gid() == "evidence"]
    assert len(bars) == len(expl.evidence)  # history items + item bias + residual
    cf = Counterfactual(removed=["a"], new_rank=None, new_score=None, verified=False, k=5)
    only_cf = Explanation(user="u", item="i", score=1.0, rank=1, method="counterfactual", evidence=[cf])
    fig = viz.evidence_bars(only_cf)
    text = " ".join(t.get_text() for a in fig.axes for t in a.texts)
    assert "no weighted evidence" in text and "NOT verified" in text
    _check_files(fig, tmp_path, "bars_cf")
    with pytest.raises(TypeError, match="Explanation"):
        viz.evidence_bars({"user": "u"})  # type: ignore[arg-type]


# ---------------------------------------------------------------- attention heat-map
@pytest.fixture(scope="module")
def sasrec(shop):
    return SASRec(epochs=2, max_len=10, n_heads=2, embedding_dim=32).fit(shop)


def test_attention_heatmap(shop, sasrec, user, tmp_path):
    att = sasrec.attention(user)
    seq = sasrec.input_sequence(user)
    labels = [shop.item_title(int(i)) for i in seq]
    n = len(seq)

    fig = viz.attention_heatmap(att, labels)  # last layer, mean over heads
    ax = fig.axes[0]
    img = ax.get_images()[0].get_array()
    np.testing.assert_allclose(img.filled(np.nan)[np.tril_indices(n)], att[-1].mean(0)[np.tril_indices(n)])
    assert img.mask[np.triu_indices(n, 1)].all()  # later positions: not attendable, left grey
    assert [t.get_text() for t in ax.get_xticklabels()] == [viz.shorten(x, 40) for x in labels]
    assert len(fig.axes) == 2  # the colour bar
    _check_files(fig, tmp_path, "attention")

    fig = viz.attention_heatmap(att, labels, layer=None)  # last position, every layer and head
    img = fig.axes[0].get_images()[0].get_array()
    assert img.shape == (sasrec.n_layers * sasrec.n_heads, n)
    np.testing.assert_allclose(img[-1], att[-1][-1, -1])
    fig = viz.attention_heatmap(att, labels, layer=0, head=1)
    np.testing.assert_allclose(fig.axes[0].get_images()[0].get_array().filled(0.0), np.tril(att[0][1]))

    with pytest.raises(ValueError, match="labels must name the"):
        viz.attention_heatmap(att, labels[:-1])
    with pytest.raises(ValueError, match="layer must be"):
        viz.attention_heatmap(att, labels, layer=5)
    with pytest.raises(ValueError, match="head must be"):
        viz.attention_heatmap(att, labels, head=2)


# ---------------------------------------------------------------- saving, imports
def test_save_figure_suffixes(tmp_path):
    fig = viz._new_figure(2, 2)
    fig.add_subplot().plot([0, 1], [1, 0])
    with pytest.raises(ValueError, match=r"'\.jpg'.*") as err:
        viz.save_figure(fig, tmp_path / "x.jpg")
    assert ".png" in str(err.value) and ".svg" in str(err.value)
    with pytest.raises(ValueError, match="suffix ''"):
        viz.save_figure(fig, tmp_path / "noext")
    assert viz.save_figure(fig, tmp_path / "a" / "b" / "UPPER.PNG").is_file()


def test_import_has_no_side_effects():
    code = (
        "import sys, whyrec.viz; "
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported'; "
        "assert 'sklearn' not in sys.modules, 'sklearn imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
