"""Figures: an embedding map of the catalogue, signed evidence bars, SASRec attention heat-maps.

Every function builds a :class:`matplotlib.figure.Figure` on its own Agg
canvas, without pyplot: nothing here touches matplotlib's global backend or
figure manager (so a notebook keeps its backend, and a server does not leak
figures), and importing this module imports no matplotlib at all. Pass
``out="path.png"`` (or ``.svg``) to write the figure as well, or call
:func:`save_figure`.

- :func:`embedding_map`: t-SNE of a model's item vectors, coloured by an item
  field, with one user's history (numbered squares) and top-k (stars).
- :func:`evidence_bars`: an :class:`~whyrec.explain.Explanation`'s weighted
  evidence as signed horizontal bars, other evidence as a footnote.
- :func:`attention_heatmap`: the attention weights :meth:`SASRec.attention
  <whyrec.models.sasrec.SASRec.attention>` returns.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from whyrec.errors import check_int

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from whyrec.data.dataset import Dataset, Histories
    from whyrec.explain.evidence import Explanation
    from whyrec.models.base import Recommender

#: suffixes :func:`save_figure` writes
FORMATS: tuple[str, ...] = (".png", ".svg")
#: colours of positive / negative evidence bars
POSITIVE_COLOUR = "#1f77b4"
NEGATIVE_COLOUR = "#d95f02"
#: the most colour groups an embedding map shows before it falls back (department, or "other")
MAX_COLOURS = 20
#: dimensions item vectors are reduced to (TruncatedSVD) before t-SNE
SVD_DIMS = 32
#: the most history items an embedding map numbers (the most recent ones)
MAX_NUMBERED = 15


# ====================================================================== saving
def _new_figure(width: float, height: float) -> Figure:
    """A Figure with its own Agg canvas and constrained layout (no pyplot, no global state)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def save_figure(fig: Figure, path: str | Path) -> Path:
    """Write ``fig`` as PNG (150 dpi) or SVG, chosen by the suffix of ``path``; parent folders are created.

    Returns the path written. Any other suffix raises ValueError naming it and the valid ones.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            f"path must end in {' or '.join(FORMATS)} (the formats save_figure writes); got {str(path)!r} "
            f"with suffix {p.suffix!r}"
        )
    p.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".png":
        fig.savefig(p, format="png", dpi=150, bbox_inches="tight", metadata={"Software": "whyrec"})
    else:
        fig.savefig(p, format="svg", bbox_inches="tight", metadata={"Date": None})
    return p


def _maybe_save(fig: Figure, out: str | Path | None) -> Figure:
    if out is not None:
        save_figure(fig, out)
    return fig


# ====================================================================== text helpers
def shorten(text: Any, width: int = 40) -> str:
    """``text`` as a string of at most ``width`` characters, cut with an ellipsis where longer."""
    s = " ".join(str(text).split())
    return s if len(s) <= width else s[: max(1, width - 1)].rstrip() + "…"


def _title_lookup(titles: Mapping[str, str] | Dataset | None) -> Any:
    """A function item id -> title (None when unknown) from a mapping or a Dataset."""
    from whyrec.data.dataset import Dataset

    if titles is None:
        return lambda item: None
    if isinstance(titles, Dataset):
        ds = titles

        def from_dataset(item: str) -> str | None:
            idx = ds._index("item").get(str(item))
            return None if idx is None else ds.item_title(idx)

        return from_dataset
    if isinstance(titles, Mapping):
        return lambda item: titles.get(str(item))
    raise TypeError(f"titles must be None, a mapping from item id to title, or a Dataset; got {type(titles).__name__}")


def _fmt(x: float) -> str:
    """A weight or score for a label: 3 significant digits, no exponent for ordinary sizes."""
    if x == 0:
        return "0"
    a = abs(x)
    return f"{x:.3g}" if 1e-3 <= a < 1e4 else f"{x:.2e}"


# ====================================================================== embedding map
def _distinct_history(hist: np.ndarray) -> np.ndarray:
    """The distinct items of a chronological history, most recent first."""
    seen: set[int] = set()
    out: list[int] = []
    for it in hist[::-1].tolist():
        if it not in seen:
            seen.add(it)
            out.append(int(it))
    return np.asarray(out, dtype=np.int64)


def _project(vectors: np.ndarray, seed: int) -> np.ndarray:
    """2-d t-SNE coordinates of ``vectors`` (reduced to :data:`SVD_DIMS` dimensions first when wider)."""
    from sklearn.decomposition import TruncatedSVD
    from sklearn.manifold import TSNE
    from threadpoolctl import threadpool_limits

    x = np.asarray(vectors, dtype=np.float64)
    n, d = x.shape
    # cosine geometry: the models rank by dot products, and wide item-item columns differ mostly in scale
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    x = np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)
    if d > SVD_DIMS and n > SVD_DIMS + 1:
        x = TruncatedSVD(n_components=SVD_DIMS, random_state=seed).fit_transform(x)
    if n < 5:  # too few points for t-SNE: the first two coordinates, padded
        out = np.zeros((n, 2))
        out[:, : min(2, x.shape[1])] = x[:, :2]
        return out
    perplexity = float(min(30.0, (n - 1) / 3.0))
    tsne = TSNE(n_components=2, perplexity=perplexity, init="pca", learning_rate="auto", random_state=seed)
    # Barnes-Hut t-SNE's OpenMP threads spin-wait: with every core busy it runs ~10x slower than on half of them
    with threadpool_limits(limits=max(1, min(8, (os.cpu_count() or 2) // 2)), user_api="openmp"):
        return tsne.fit_transform(x.astype(np.float32))


def _colour_groups(
    dataset: Dataset, items: np.ndarray, color_by: str | None
) -> tuple[np.ndarray, list[str], dict[str, Any], str]:
    """Group label of every plotted item, the groups in legend order, their colours, and the legend title."""
    from matplotlib import colormaps
    from matplotlib.colors import to_hex, to_rgb

    if color_by is None:
        return np.full(len(items), "item", dtype=object), ["item"], {"item": "#7f7f7f"}, ""
    table = dataset.items
    if table is None or color_by not in table.columns:
        cols = [] if table is None else [c for c in table.columns if c != "item"]
        raise ValueError(
            f"color_by must be None or a column of the items table of dataset {dataset.name!r} "
            f"({', '.join(map(repr, cols)) or 'it has no items table'}); got {color_by!r}"
        )
    col = table[color_by]
    values = np.asarray([str(v) if isinstance(v, str) or not _missing(v) else "(missing)" for v in col], dtype=object)
    labels = values[items]
    groups = sorted(set(labels.tolist()))
    title = color_by
    if len(groups) <= 10:
        cmap = colormaps["tab10"]
        return labels, groups, {g: to_hex(cmap(i)) for i, g in enumerate(groups)}, title
    if len(groups) <= MAX_COLOURS:
        cmap = colormaps["tab20"]
        return labels, groups, {g: to_hex(cmap(i)) for i, g in enumerate(groups)}, title
    # too many groups for distinct colours: colour by department when the table has one ...
    parent = "department" if color_by != "department" and "department" in table.columns else None
    if parent is not None:
        par = np.asarray([str(v) for v in table[parent]], dtype=object)[items]
        if len(set(par.tolist())) <= 10:
            pgroups = sorted(set(par.tolist()))
            cmap = colormaps["tab10"]
            colours = {g: to_hex(cmap(i)) for i, g in enumerate(pgroups)}
            return par, pgroups, colours, f"{parent}\n({len(groups)} {color_by} values: too many colours)"
    # ... else the most frequent groups and "other"
    counts = {g: int((labels == g).sum()) for g in groups}
    top = sorted(groups, key=lambda g: (-counts[g], g))[: MAX_COLOURS - 1]
    labels = np.asarray([g if g in top else "other" for g in labels.tolist()], dtype=object)
    cmap = colormaps["tab20"]
    colours = {g: to_hex(cmap(i)) for i, g in enumerate(sorted(top))}
    colours["other"] = to_hex(cast("tuple[float, float, float]", tuple(0.5 * c + 0.5 for c in to_rgb("#7f7f7f"))))
    return labels, [*sorted(top), "other"], colours, title


def _missing(v: Any) -> bool:
    try:
        return bool(v is None or (isinstance(v, float) and np.isnan(v)))
    except TypeError:
        return False


def _number_points(fig: Figure, ax: Any, xy: np.ndarray, obstacles: np.ndarray) -> None:
    """Label the points ``xy`` 1, 2, ... next to them, each where it overlaps the fewest labels and markers."""
    fig.canvas.draw()  # settle the layout, so that data -> pixel coordinates are final
    px_per_pt = fig.dpi / 72.0
    pts = ax.transData.transform(xy)
    obs = ax.transData.transform(obstacles)
    marker_r = 6.0 * px_per_pt
    placed: list[tuple[float, float, float, float]] = []
    directions = [(1, 1), (-1, 1), (1, -1), (-1, -1), (1, 0), (-1, 0), (0, 1), (0, -1)]
    for r, ((px, py), (x, y)) in enumerate(zip(pts, xy, strict=True), start=1):
        text = str(r)
        w, h = (5.5 * len(text) + 3.0) * px_per_pt, 10.0 * px_per_pt
        best_cost, best = float("inf"), (6.0, (px, py, px + w, py + h), 1, 1)
        for radius in (6.0, 11.0, 17.0, 24.0, 32.0):
            for dx, dy in directions:
                cx, cy = px + dx * radius * px_per_pt, py + dy * radius * px_per_pt
                x0 = cx if dx > 0 else (cx - w if dx < 0 else cx - w / 2)
                y0 = cy if dy > 0 else (cy - h if dy < 0 else cy - h / 2)
                box = (x0, y0, x0 + w, y0 + h)
                cost = 4.0 * sum(_overlap(box, b) for b in placed)
                near = (
                    (obs[:, 0] > box[0] - marker_r)
                    & (obs[:, 0] < box[2] + marker_r)
                    & (obs[:, 1] > box[1] - marker_r)
                    & (obs[:, 1] < box[3] + marker_r)
                )
                cost += float(near.sum()) * 0.5 * w * h + radius * 0.01
                if cost < best_cost:
                    best_cost, best = cost, (radius, box, dx, dy)
        radius, box, dx, dy = best
        placed.append(box)
        ax.annotate(
            text,
            (x, y),
            xytext=(dx * radius, dy * radius),
            textcoords="offset points",
            ha="left" if dx > 0 else ("right" if dx < 0 else "center"),
            va="bottom" if dy > 0 else ("top" if dy < 0 else "center"),
            fontsize=8,
            fontweight="bold",
            zorder=5,
            bbox={"boxstyle": "round,pad=0.12", "fc": "white", "ec": "none", "alpha": 0.8},
            arrowprops=None if radius <= 6.0 else {"arrowstyle": "-", "lw": 0.6, "color": "#333333", "shrinkA": 0},
        )


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Area of the intersection of two boxes (x0, y0, x1, y1)."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def embedding_map(
    model: Recommender,
    dataset: Dataset,
    *,
    user: Any = None,
    histories: Histories | None = None,
    k: int = 10,
    color_by: str | None = "category",
    out: str | Path | None = None,
    seed: int = 0,
    max_items: int = 3000,
) -> Figure:
    """A t-SNE map of ``model``'s item vectors, coloured by an item field, marking one user's history and top-k.

    Parameters
    ----------
    model:
        A fitted Recommender whose ``item_embeddings()`` gives one vector per
        item (EASE, ItemKNN, BPR-MF ...). Vectors wider than 32 dimensions
        (EASE and ItemKNN give n_items-wide ones) are L2-normalised and reduced
        with TruncatedSVD before t-SNE.
    dataset:
        The dataset the model was fitted on (or a split of it): item titles and
        the ``color_by`` field.
    user:
        An external user id; its distinct history items are drawn as
        black-edged squares numbered by recency (1 = most recent; at most the
        15 most recent are numbered) and its top-``k`` recommendations as
        stars. None draws the catalogue only.
    histories:
        The histories to take the user's history from and recommend with
        (default: the model's training histories).
    k:
        Number of recommendations marked.
    color_by:
        Item field that colours the points (None: one colour). With more than
        20 values the map is coloured by ``department`` when the items table
        has one, else by the 19 most frequent values and "other".
    out:
        Where to write the figure (``.png`` or ``.svg``), if anywhere.
    seed:
        Seed of the subsample, the SVD and t-SNE: the same arguments give the same map.
    max_items:
        At most this many items are projected (a random subsample), always
        including the user's history and recommendations.

    Returns
    -------
    Figure
        The figure, with a ``whyrec_points`` attribute: a DataFrame of the
        plotted items (``item``, ``title``, ``group``, ``x``, ``y``, ``role``
        in ``"item" | "history" | "recommended"``, ``order``: recency number
        or recommendation rank). Its artists carry gids ``"items"``,
        ``"history"`` and ``"recommended"``.
    """
    import pandas as pd
    from matplotlib.lines import Line2D

    from whyrec.data.dataset import Histories

    name = type(model).__name__
    model._check_fitted()
    emb = model.item_embeddings()
    if emb is None:
        raise ValueError(
            f"embedding_map needs item vectors, but {name} has none (its item_embeddings() returns None). "
            "Fix: map a model that learns item vectors (EASE, ItemKNN, BPR-MF), or show this model's "
            "recommendations with evidence_bars(explanation)"
        )
    emb = np.asarray(emb)
    if emb.ndim != 2 or emb.shape[0] != model.n_items_:
        raise ValueError(
            f"{name}.item_embeddings() must return an (n_items={model.n_items_}, d) array; got shape {emb.shape}"
        )
    if dataset.n_items != model.n_items_:
        raise ValueError(
            f"dataset {dataset.name!r} has {dataset.n_items} items but {name} {model.n_items_}; "
            "pass the dataset (or a split of it) the model was fitted on"
        )
    k = check_int("k", k, 1, model.n_items_)
    max_items = check_int("max_items", max_items, 5)
    seed = check_int("seed", seed, 0)
    if color_by is not None and (dataset.items is None or color_by not in dataset.items.columns):
        _colour_groups(dataset, np.zeros(0, dtype=np.int64), color_by)  # raises the error naming the columns
    hist = model.history_ if histories is None else histories
    if not isinstance(hist, Histories):
        raise TypeError(f"histories must be a whyrec.data.Histories; got {type(histories).__name__}")

    history = np.zeros(0, dtype=np.int64)
    recs = np.zeros(0, dtype=np.int64)
    if user is not None:
        u = int(model._user_index(user)[0])
        history = _distinct_history(np.asarray(hist[u], dtype=np.int64))
        n_rec = min(k, model.n_items_ - len(history))
        if n_rec > 0:
            rec_ids, _ = model.recommend(user, k=n_rec, histories=hist)
            recs = model._item_index(rec_ids)

    # subsample, always keeping the user's items
    rng = np.random.default_rng(seed)
    keep = np.unique(np.concatenate([history, recs]))
    # items without a vector (EASE / ItemKNN columns of items nobody bought) would pile up in one blob
    has_vector = np.abs(emb).sum(axis=1) > 0
    rest = np.setdiff1d(np.flatnonzero(has_vector), keep)
    n_blank = int((~has_vector).sum() - (~has_vector[keep]).sum())
    n_rest = max(0, min(len(rest), max_items - len(keep)))
    items = np.sort(np.concatenate([keep, rng.choice(rest, size=n_rest, replace=False)]))
    xy = _project(emb[items], seed)
    pos = {int(it): j for j, it in enumerate(items)}
    groups, order, colours, legend_title = _colour_groups(dataset, items, color_by)

    role = np.full(len(items), "item", dtype=object)
    rank = np.zeros(len(items), dtype=np.int64)
    for r, it in enumerate(history, start=1):
        role[pos[int(it)]], rank[pos[int(it)]] = "history", r
    for r, it in enumerate(recs, start=1):
        role[pos[int(it)]], rank[pos[int(it)]] = "recommended", r
    points = pd.DataFrame(
        {
            "item": [str(model.item_ids_[i]) for i in items],
            "title": [dataset.item_title(int(i)) for i in items],
            "group": groups,
            "x": xy[:, 0],
            "y": xy[:, 1],
            "role": role,
            "order": rank,
        }
    )

    fig = _new_figure(11.0, 8.0)
    ax = fig.add_subplot()
    face = np.asarray([colours[g] for g in groups], dtype=object)
    size = 14.0 if len(items) <= 1000 else 6.0
    base = ax.scatter(xy[:, 0], xy[:, 1], c=list(face), s=size, alpha=0.55, linewidths=0, zorder=1)
    base.set_gid("items")
    handles: list[Any] = [
        Line2D([], [], ls="", marker="o", markersize=7, markerfacecolor=colours[g], markeredgewidth=0, label=g)
        for g in order
    ]
    if len(history):
        hxy = xy[[pos[int(i)] for i in history]]
        hs = ax.scatter(
            hxy[:, 0],
            hxy[:, 1],
            c=[face[pos[int(i)]] for i in history],
            marker="s",
            s=70,
            edgecolors="black",
            linewidths=1.6,
            zorder=3,
        )
        hs.set_gid("history")
        handles.append(
            Line2D(
                [],
                [],
                ls="",
                marker="s",
                markersize=8,
                markerfacecolor="white",
                markeredgecolor="black",
                markeredgewidth=1.6,
                label=f"history ({len(history)}; "
                + (f"1-{MAX_NUMBERED} = most recent)" if len(history) > MAX_NUMBERED else "1 = most recent)"),
            )
        )
    if len(recs):
        rxy = xy[[pos[int(i)] for i in recs]]
        rs = ax.scatter(
            rxy[:, 0],
            rxy[:, 1],
            c=[face[pos[int(i)]] for i in recs],
            marker="*",
            s=260,
            edgecolors="black",
            linewidths=1.0,
            zorder=4,
        )
        rs.set_gid("recommended")
        handles.append(
            Line2D(
                [],
                [],
                ls="",
                marker="*",
                markersize=14,
                markerfacecolor="white",
                markeredgecolor="black",
                label=f"top-{len(recs)} recommended",
            )
        )
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("t-SNE 1")
    ax.set_ylabel("t-SNE 2")
    who = f"user {user}: history and top-{len(recs)} recommendations" if user is not None else "catalogue"
    ax.set_title(
        f"{name} item embeddings (t-SNE of {emb.shape[1]}-d vectors) — {who}\n"
        f"{dataset.name}: {len(items)} of {model.n_items_} items shown"
        + (f" ({n_blank} without a vector left out)" if n_blank else ""),
        fontsize=11,
    )
    ncol = 1 if len(handles) <= 26 else 2
    fig.legend(
        handles=handles,
        loc="outside right upper",
        title=legend_title or None,
        fontsize=8,
        title_fontsize=9,
        ncol=ncol,
        frameon=False,
    )
    if len(history):
        marked = xy[[pos[int(i)] for i in np.concatenate([history, recs])]]
        _number_points(fig, ax, xy[[pos[int(i)] for i in history[:MAX_NUMBERED]]], marked)
    fig.whyrec_points = points  # type: ignore[attr-defined]
    return _maybe_save(fig, out)


# ====================================================================== evidence bars
def evidence_bars(
    explanation: Explanation,
    *,
    top: int = 10,
    out: str | Path | None = None,
    titles: Mapping[str, str] | Dataset | None = None,
) -> Figure:
    """A signed horizontal bar chart of an explanation's weighted evidence.

    The ``HistoryItem`` and ``Feature`` records with the ``top`` largest
    ``|weight|`` are drawn largest first (top to bottom), positive and negative
    in two colours, with a zero line and each weight at its bar's end. Labels
    are item titles (the record's, else from ``titles``: a mapping from item id
    to title, or the Dataset) shortened to 40 characters, or ``field=value``.
    The title names the recommended item, the user, the method and the score;
    the records left out, the baseline, and any ``Counterfactual``,
    ``Popularity`` or ``Neighbour`` records are summarised in a footnote.
    """
    from matplotlib.patches import Patch

    from whyrec.explain.evidence import (
        Counterfactual,
        Evidence,
        Explanation,
        Feature,
        HistoryItem,
        Neighbour,
        Popularity,
    )

    if not isinstance(explanation, Explanation):
        raise TypeError(f"explanation must be a whyrec Explanation; got {type(explanation).__name__}")
    top = check_int("top", top, 1)
    title_of = _title_lookup(titles)

    weighted = [e for e in explanation.evidence if isinstance(e, (HistoryItem, Feature))]
    ranked = sorted(weighted, key=lambda e: -abs(e.weight))
    shown, hidden = ranked[:top], ranked[top:]
    labels, weights = [], []
    e: Evidence | int  # the loops below go over records of several kinds; at the end, a power of ten
    for e in shown:
        if isinstance(e, HistoryItem):
            labels.append(shorten(e.title or title_of(e.item) or e.item, 40))
        else:
            labels.append(shorten(f"{e.field}={e.value}", 40))
        weights.append(float(e.weight))
    w = np.asarray(weights, dtype=np.float64)

    notes: list[str] = []
    if hidden:
        rest = sum(e.weight for e in hidden)
        notes.append(f"{len(hidden)} smaller contributions not shown (together {_fmt(rest)}).")
    if explanation.baseline_score is not None and weighted:
        base, total = explanation.baseline_score, explanation.total_weight()
        notes.append(
            f"Baseline score {_fmt(base)} + all weights {_fmt(total)} = {_fmt(base + total)} "
            f"(model score {_fmt(explanation.score)})."
        )
    neighbours = [e for e in explanation.evidence if isinstance(e, Neighbour)]
    for e in explanation.evidence:
        if isinstance(e, Counterfactual):
            names = e.titles or [title_of(r) or r for r in e.removed]
            removed = ", ".join(shorten(t, 40) for t in names)
            rank = "out of the candidates" if e.new_rank is None else f"rank {e.new_rank}"
            if e.mode == "why_not":
                what = f"would bring it into the top-{e.k} ({rank})"
            else:
                what = f"drops it out of the top-{e.k} (to {rank})"
            check = "verified by re-scoring" if e.verified else "NOT verified"
            notes.append(f"Counterfactual: removing {removed} {what}; {check}.")
        elif isinstance(e, Popularity):
            of = f" of {e.n_items}" if e.n_items else ""
            notes.append(f"Popularity: {e.count} training interactions, #{e.rank_in_catalogue}{of} in the catalogue.")
    if neighbours:
        parts = []
        for e in neighbours[:3]:
            who = f"user {e.user}" if e.user is not None else (e.title or title_of(e.item) or e.item)
            unit = "shared items" if e.user is not None else "users bought both"
            parts.append(f"{shorten(who, 40)} ({e.count} {unit}, cosine {e.similarity:.2f})")
        more = f" and {len(neighbours) - 3} more" if len(neighbours) > 3 else ""
        notes.append(f"Neighbours: {'; '.join(parts)}{more}.")
    if not weighted:
        notes.insert(0, "This explanation has no weighted evidence (HistoryItem or Feature records) to draw.")
    wrapped = [textwrap.fill(n, 125) for n in notes]
    n_note_lines = sum(t.count("\n") + 1 for t in wrapped)
    rank = f", rank {explanation.rank}" if explanation.rank is not None else ""
    heading = (
        f"Why “{shorten(title_of(explanation.item) or explanation.item, 50)}” for user {explanation.user}?\n"
        f"method: {explanation.method}, score {_fmt(explanation.score)}{rank}"
    )
    if not shown:  # nothing to draw as bars: the summary is the figure
        fig = _new_figure(9.5, 0.75 + 0.2 * n_note_lines)
        ax = fig.add_subplot()
        ax.axis("off")
        ax.text(0.0, 1.0, "\n".join(wrapped), va="top", ha="left", fontsize=9, transform=ax.transAxes)
        ax.set_title(heading, fontsize=10)
        return _maybe_save(fig, out)

    bar_h = 0.42 * len(shown) + 1.3
    note_h = 0.19 * n_note_lines + 0.15 if wrapped else 0.0
    fig = _new_figure(9.5, bar_h + note_h)
    if wrapped:
        ax, note_ax = fig.subplots(2, 1, height_ratios=[bar_h, note_h])
        note_ax.axis("off")
        note_ax.text(0.0, 1.0, "\n".join(wrapped), va="top", ha="left", fontsize=8, color="#333333")
    else:
        ax = fig.add_subplot()
    y = np.arange(len(shown))
    colours = [POSITIVE_COLOUR if v >= 0 else NEGATIVE_COLOUR for v in w]
    for bar in ax.barh(y, w, color=colours, height=0.7, zorder=2):
        bar.set_gid("evidence")
    # one power of ten (a multiple of 3) for the whole chart, so that tick labels and bar values read alike
    span = float(np.abs(w).max())
    e = int(np.floor(np.log10(span))) if span > 0 else 0
    e3 = 3 * (e // 3) if (e < -1 or e > 3) else 0
    scale = 10.0**-e3
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: f"{x * scale:.4g}"))
    span = span or 1.0
    lo, hi = min(0.0, float(w.min())), max(0.0, float(w.max()))
    pad = 0.16 * span
    ax.set_xlim(lo - (pad if lo < 0 else 0.02 * span), hi + (pad if hi > 0 else 0.02 * span))
    for yi, v in zip(y, w, strict=True):
        ax.annotate(
            f"{v * scale:.3g}",
            (v, yi),
            xytext=(4 if v >= 0 else -4, 0),
            textcoords="offset points",
            ha="left" if v >= 0 else "right",
            va="center",
            fontsize=8,
        )
    ax.axvline(0.0, color="black", linewidth=0.9, zorder=3)
    ax.set_yticks(y, labels, fontsize=9)
    ax.set_ylim(len(shown) - 0.5, -0.5)  # largest |weight| on top
    ax.grid(axis="x", color="#dddddd", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    unit = rf" ($\times 10^{{{e3}}}$)" if e3 else ""
    ax.set_xlabel(f"contribution to the score{unit}", fontsize=9)
    ax.set_title(heading, fontsize=10)
    legend = []
    if (w >= 0).any():
        legend.append(Patch(color=POSITIVE_COLOUR, label="raises the score"))
    if (w < 0).any():
        legend.append(Patch(color=NEGATIVE_COLOUR, label="lowers the score"))
    # below everything, in a row of its own: inside the axes it would cover the short bars (and their labels)
    # near the zero line, and beside the title it would run into a long one
    fig.legend(handles=legend, loc="outside lower right", fontsize=8, frameon=False, ncol=len(legend))
    return _maybe_save(fig, out)


# ====================================================================== attention heat-map
def _attention_array(attention: Any) -> np.ndarray:
    """``attention`` as a float array ``(n_layers, n_heads, L, L)``."""
    if isinstance(attention, np.ndarray):
        a = attention
    elif isinstance(attention, Sequence) and not isinstance(attention, str):
        if not len(attention):
            raise ValueError("attention must hold at least one layer; got an empty list")
        shapes = {np.shape(x) for x in attention}
        if len(shapes) != 1:
            raise ValueError(f"attention layers must have one shape (n_heads, L, L); got shapes {sorted(shapes)}")
        a = np.stack([np.asarray(x) for x in attention])
    else:
        raise TypeError(f"attention must be SASRec.attention()'s list of arrays or an array; got {type(attention)}")
    a = np.asarray(a, dtype=np.float64)
    if a.ndim == 3:
        a = a[None]
    if a.ndim != 4 or a.shape[-1] != a.shape[-2]:
        raise ValueError(
            "attention must be a list of (n_heads, L, L) arrays (SASRec.attention), or an array of shape "
            f"(n_layers, n_heads, L, L) or (n_heads, L, L); got shape {a.shape}"
        )
    return a


def attention_heatmap(
    attention: Any,
    labels: Sequence[str],
    *,
    layer: int | None = -1,
    head: int | None = None,
    out: str | Path | None = None,
    title: str | None = None,
) -> Figure:
    """A heat-map of SASRec attention over a user's history.

    ``attention`` is what :meth:`SASRec.attention <whyrec.models.sasrec.SASRec.attention>`
    returns (one ``(n_heads, L, L)`` array per layer, rows = queries) and
    ``labels`` names the ``L`` positions, oldest first (e.g. the titles of
    :meth:`~whyrec.models.sasrec.SASRec.input_sequence`); they are shortened to
    32 characters.

    - ``layer`` an int (default ``-1``, the last layer): the full ``L x L``
      matrix of that layer, averaged over heads (or of one ``head``). The
      positions a query may not attend to (later ones) are left grey, and the
      colour scale ignores the first row (the oldest item can attend only to
      itself, with weight 1).
    - ``layer=None``: the final position's attention (the row behind the
      scores) in every layer and head (or one ``head``): one row per
      layer/head, one column per history item.

    ``title`` replaces the default title. Cells are annotated with their
    weights when the matrix has at most 225 of them.
    """
    a = _attention_array(attention)
    n_layers, n_heads, length, _ = a.shape
    if len(labels) != length:
        raise ValueError(f"labels must name the {length} attended positions, oldest first; got {len(labels)} labels")
    if length == 0:
        raise ValueError("attention is empty (the user has no history); there is nothing to draw")
    labels = [shorten(x, 40 if length <= 15 else 28) for x in labels]
    if head is not None:
        head = check_int("head", head, -n_heads, n_heads - 1)
    if layer is not None:
        layer = check_int("layer", layer, -n_layers, n_layers - 1)

    if layer is None:
        heads = range(n_heads) if head is None else [head % n_heads]
        rows = [(li, h) for li in range(n_layers) for h in heads]
        mat = np.asarray([a[li, h, -1, :] for li, h in rows])
        row_labels = [f"layer {li + 1}, head {h + 1}" if n_heads > 1 else f"layer {li + 1}" for li, h in rows]
        what = f"attention of the last position (behind the scores); uniform = 1/{length} = {1 / length:.2f}"
        ylabel = "layer / head"
        masked = np.ma.masked_invalid(mat)
    else:
        li = layer % n_layers
        mat = a[li].mean(0) if head is None else a[li, head % n_heads]
        row_labels = labels
        heads_txt = f"mean of {n_heads} heads" if head is None and n_heads > 1 else f"head {(head or 0) % n_heads + 1}"
        what = f"layer {li + 1} of {n_layers}, {heads_txt}"
        ylabel = "query position (attends to the columns)"
        masked = np.ma.masked_where(np.triu(np.ones_like(mat, dtype=bool), 1), mat)

    n_rows, n_cols = mat.shape
    cell = 0.42 if n_cols <= 20 else max(0.18, 8.5 / n_cols)
    width = min(22.0, 3.8 + cell * n_cols)
    height = min(22.0, 3.4 + cell * n_rows)
    fig = _new_figure(width, height)
    ax = fig.add_subplot()
    from matplotlib import colormaps

    cmap = colormaps["viridis"].with_extremes(bad="#e6e6e6")
    # in the full matrix the first query can only attend to itself (weight 1): leave it out of the colour
    # scale, or it washes out every other row
    scaled = mat[1:] if layer is not None and n_rows > 1 else mat
    vmax = float(np.nanmax(scaled)) if np.isfinite(scaled).any() else 1.0
    im = ax.imshow(masked, cmap=cmap, vmin=0.0, vmax=max(vmax, 1e-9), aspect="auto", interpolation="nearest")
    im.set_gid("attention")
    tick_fs = 9 if n_cols <= 20 else max(5, int(180 / n_cols))
    ax.set_xticks(np.arange(n_cols), labels, rotation=50, ha="right", rotation_mode="anchor", fontsize=tick_fs)
    ax.set_yticks(np.arange(n_rows), row_labels, fontsize=tick_fs if layer is not None else 9)
    ax.set_xlabel("attended history item (oldest → most recent)", fontsize=9)
    ax.set_ylabel(ylabel, fontsize=9)
    if n_rows * n_cols <= 15 * 15:
        for (r, c), v in np.ndenumerate(mat):
            if np.ma.is_masked(masked[r, c]) or not np.isfinite(v):
                continue
            colour = "white" if v < 0.6 * vmax else "black"
            ax.text(c, r, f"{v:.2f}", ha="center", va="center", fontsize=7, color=colour)
    over = bool(np.nanmax(mat) > vmax + 1e-9) if np.isfinite(mat).any() else False
    cb = fig.colorbar(im, ax=ax, shrink=0.85, pad=0.02, extend="max" if over else "neither")
    cb.set_label("attention weight", fontsize=9)
    ax.set_title(title or f"SASRec self-attention: {what}", fontsize=10)
    return _maybe_save(fig, out)


__all__ = ["FORMATS", "attention_heatmap", "embedding_map", "evidence_bars", "save_figure", "shorten"]
