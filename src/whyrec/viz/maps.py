"""The t-SNE map of item (or user) vectors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from whyrec.errors import check_int

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from whyrec.data.dataset import Dataset, Histories
    from whyrec.models.base import Recommender

#: suffixes :func:`save_figure` writes
from whyrec.viz._base import MAX_COLOURS, MAX_NUMBERED, SVD_DIMS, _maybe_save, _new_figure


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


    emb, k, max_items, seed, hist = _map_inputs(model, dataset, histories, k, max_items, seed, color_by)

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

    return _draw_map(model, dataset, user, out, emb.shape[1], items, xy, pos, groups, order, colours, legend_title,
                     history, recs, n_blank, points)


def _draw_map(model: Recommender, dataset: Dataset, user: Any, out: str | Path | None, dims: int, items: np.ndarray,
              xy: np.ndarray, pos: dict[int, int], groups: Any, order: Any, colours: Any, legend_title: Any,
              history: np.ndarray, recs: np.ndarray, n_blank: int, points: Any) -> Figure:
    """Draw the map of :func:`embedding_map` from its projected points (the user's items marked and numbered)."""
    from matplotlib.lines import Line2D

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
        f"{type(model).__name__} item embeddings (t-SNE of {dims}-d vectors) — {who}\n"
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


def _map_inputs(model: Recommender, dataset: Dataset, histories: Histories | None, k: int, max_items: int, seed: int,
                color_by: str | None) -> tuple[np.ndarray, int, int, int, Histories]:
    """The arguments of :func:`embedding_map`, checked: the model's item vectors, ``k``, ``max_items``, ``seed``
    and the histories to mark (ValueError / TypeError naming the fix)."""
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

    return emb, k, max_items, seed, hist
