"""SASRec's attention over the history: the raw weights per layer and head, and attention rollout.

This is **attention, not an attribution**: the weights say where the final
position looked, not how much an item moved the score, and nothing makes
them sum to the score (no completeness; for that use
``integrated_gradients``). They are reported because they are cheap, exact
facts about the forward pass, and readers ask for them.

- ``extras["attention"]``: every layer's ``(n_heads, L, L)`` weights (rows =
  query positions, oldest first; row ``i`` covers positions ``0..i`` and sums
  to 1), as :meth:`SASRec.attention <whyrec.models.sasrec.SASRec.attention>`
  returns them; ``extras["last_row"]`` the final position's row per layer and
  head (the row behind the scores); ``extras["labels"]`` names the positions,
  so ``whyrec.viz.attention_heatmap(e.extras["attention"], e.extras["labels"])``
  draws them (see :func:`heatmap_arguments`).
- ``extras["rollout"]``: attention rollout (Abnar & Zuidema, ACL 2020): per
  layer the head-mean attention plus the identity of the residual
  connection, ``0.5 A + 0.5 I``, rows renormalised, multiplied from the first
  layer to the last. Its last row says how much of the final position's
  representation flows, through all layers, from each input position; it
  sums to 1.
- The HistoryItem weights are the rollout's last row, summed over the
  positions of each distinct history item (items before the window read by
  SASRec get 0); they sum to 1.
"""

from __future__ import annotations

import numpy as np

from whyrec.explain.base import Explainer, Findings, Target
from whyrec.explain.evidence import Explanation
from whyrec.models.base import Recommender
from whyrec.models.capabilities import has

#: digits kept in the arrays of ``extras`` (keeps the JSON short; weights are in [0, 1])
DIGITS = 6


def attention_rollout(attention: list[np.ndarray] | np.ndarray, residual: float = 0.5) -> np.ndarray:
    """Attention rollout ``(L, L)`` of per-layer ``(n_heads, L, L)`` weights (Abnar & Zuidema 2020).

    Each layer's head-mean ``A`` becomes ``(1 - residual) A + residual I``
    with its rows renormalised; the rollout is their product, last layer
    first: ``R = Â_n ... Â_1``. Every row of ``R`` sums to 1.
    """
    layers = [np.asarray(a, dtype=np.float64) for a in attention]
    if not layers:
        raise ValueError("attention must hold at least one layer; got none")
    length = layers[0].shape[-1]
    eye = np.eye(length)
    out = eye.copy()
    for a in layers:
        mix = (1.0 - residual) * a.mean(0) + residual * eye
        mix /= mix.sum(1, keepdims=True)
        out = mix @ out
    return out / out.sum(1, keepdims=True)


def heatmap_arguments(explanation: Explanation) -> tuple[list[np.ndarray], list[str]]:
    """``(attention, labels)`` of an ``attention`` explanation, as :func:`whyrec.viz.attention_heatmap` takes them."""
    extras = explanation.extras
    if "attention" not in extras:
        raise ValueError(
            f"explanation by method {explanation.method!r} holds no attention weights; "
            "make it with make_explainer('attention', sasrec_model)"
        )
    return [np.asarray(a, dtype=np.float64) for a in extras["attention"]], list(extras["labels"])


class AttentionExplainer(Explainer):
    """SASRec's attention over the user's history (raw per layer and head, and rollout); not an attribution."""

    method = "attention"
    preference = 55
    needs_history = True

    @classmethod
    def unsupported_reason(cls, model: Recommender) -> str | None:
        """Attention weights exist only for a model that declares self-attention (SASRec)."""
        if not has(model, "self_attention"):
            return "attention weights exist only for self-attentive sequence models (SASRec, BERT4Rec)"
        return None

    def _explain(self, target: Target) -> Findings:
        model = self.model
        resc = target.rescorer
        seq = model.input_sequence(resc.raw)  # type: ignore[attr-defined]
        length = len(seq)
        layers = model.attention(seq)  # type: ignore[attr-defined]
        rollout = attention_rollout(layers)
        columns = resc.occurrence[len(resc.raw) - length :]
        # a model may read positions after the history (BERT4Rec's appended mask): their share is no item's
        extra = int(rollout.shape[-1]) - length
        weights = np.zeros(resc.size, dtype=np.float64)
        np.add.at(weights, columns, rollout[-1][:length])
        ids = model.item_ids_
        last_row = [np.round(a[:, -1, :].astype(np.float64), DIGITS) for a in layers]
        n_layers, n_heads = len(layers), int(layers[0].shape[0])
        notes = [
            "attention, not an attribution: the weights are attention rollout (Abnar & Zuidema 2020; head-mean "
            "attention plus the residual identity, rows renormalised, multiplied over the layers), the share of "
            "the final position's representation that flows from each history item. They sum to 1, not to the "
            "score, and a high weight need not mean a large effect on the score; use 'integrated_gradients' for "
            "an attribution",
            f"extras holds the raw weights of {n_layers} layer(s) x {n_heads} head(s) over {length} positions "
            "(extras['attention'], rows = query positions), the final position's rows (extras['last_row']) and "
            "the rollout (extras['rollout'])",
        ]
        if extra:
            notes.append(
                f"the model reads {extra} position(s) after the history (the mask it predicts at); their share of "
                f"the rollout ({float(rollout[-1][length:].sum()):.3f}) is no item's and is left out"
            )
        if len(resc.raw) > length:
            notes.append(
                f"SASRec reads only the last {length} of the {len(resc.raw)} history items; the older "
                "ones have weight 0"
            )
        return Findings(
            evidence=list(self.history_records(target, weights)),
            faithfulness={"is_attribution": False, "completeness": None,
                          "rollout_row_sum": float(rollout[-1][:length].sum())},
            notes=notes,
            extras={
                "sequence": [str(ids[j]) for j in seq],
                "labels": [self.title(j) or str(ids[j]) for j in seq] + ["[mask]"] * extra,
                "attention": [np.round(a.astype(np.float64), DIGITS) for a in layers],
                "last_row": last_row,
                "rollout": np.round(rollout, DIGITS),
                "residual": 0.5,
            },
        )


__all__ = ["AttentionExplainer", "attention_rollout", "heatmap_arguments"]
