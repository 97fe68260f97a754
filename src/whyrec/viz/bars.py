"""The evidence bar chart of an explanation."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from whyrec.errors import check_int

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from whyrec.data.dataset import Dataset
    from whyrec.explain.evidence import Explanation

#: suffixes :func:`save_figure` writes
from whyrec.viz._base import NEGATIVE_COLOUR, POSITIVE_COLOUR, _fmt, _maybe_save, _new_figure, _title_lookup, shorten


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
        Evidence,
        Explanation,
        Feature,
        HistoryItem,
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

    notes = _notes(explanation, weighted, hidden, title_of)
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


def _notes(explanation: Explanation, weighted: list[Any], hidden: list[Any], title_of: Any) -> list[str]:
    """The lines under the bars: what is not shown, the completeness sum, the counterfactual, popularity and
    neighbour records (which have no weight to draw)."""
    from whyrec.explain.evidence import Counterfactual, Neighbour, Popularity

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
    return notes
