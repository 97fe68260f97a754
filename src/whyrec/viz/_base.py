"""Shared parts of the figures: colours, saving, text helpers."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from whyrec.data.dataset import Dataset

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
