"""SASRec's attention as a heat-map."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from whyrec.errors import check_int

if TYPE_CHECKING:
    from matplotlib.figure import Figure


#: suffixes :func:`save_figure` writes
from whyrec.viz._base import _maybe_save, _new_figure, shorten


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
