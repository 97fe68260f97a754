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

from whyrec.viz._base import (
    FORMATS,
    MAX_COLOURS,
    MAX_NUMBERED,
    NEGATIVE_COLOUR,
    POSITIVE_COLOUR,
    SVD_DIMS,
    _new_figure,  # noqa: F401 - a blank figure of the house style, for callers' own plots
    save_figure,
    shorten,
)
from whyrec.viz.attention import attention_heatmap
from whyrec.viz.bars import evidence_bars
from whyrec.viz.maps import embedding_map

__all__ = ["FORMATS", "MAX_COLOURS", "MAX_NUMBERED", "NEGATIVE_COLOUR", "POSITIVE_COLOUR", "SVD_DIMS",
           "attention_heatmap", "embedding_map", "evidence_bars", "save_figure", "shorten"]
