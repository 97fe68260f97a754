"""Deletion path: the order of removal that takes a recommendation's score away fastest, and each step's share.

A model-agnostic explainer over the same players as LIME and SHAP (the
user's history items, or a feature model's fields; see
:mod:`whyrec.explain.perturb`), built for the question an auditor asks of
evidence: *if I take away the evidence shown first, does the recommendation
really lose its support?*

1. **Lead** — Banzhaf values (each player's mean marginal effect over random
   half-subsets of the others, the maximum-sample-reuse estimator of Wang &
   Jia 2023, one batched model call of ``n_samples`` subsets) pick the player
   removed first and rank the rest. A single removal is a poor guide when
   evidence is redundant (two items of the same brand each cover for the
   other); averaging over random contexts is not.
2. **Path** — a beam search (``beam`` paths kept per step, one batched call per
   step) orders the next removals of the ``max_path`` best-ranked players so
   that the score falls as fast as possible (the smallest area under the
   deletion curve it can find); the others follow in Banzhaf order.
3. **Weights** — each player's weight is the score its removal takes away
   along the path (the drops telescope: they sum to ``score - baseline``
   exactly, the all-removed input being the baseline). Where the drops rise
   along the path (a redundant item is worth little until its partner is
   gone), adjacent steps share their total equally (pool-adjacent-violators),
   so the weights decrease along the path, keep its order and still sum
   exactly to ``score - baseline``.

Cost: ``n_samples`` + about ``beam * max_path^2 / 2`` scored inputs for long
histories, ``n_samples + beam * m^2 / 2`` for ``m`` players: a few batched
model calls.
"""

from __future__ import annotations

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_choice, check_int
from whyrec.explain.base import Findings, Target
from whyrec.explain.perturb import _PerturbationExplainer
from whyrec.explain.rescore import removal_masks
from whyrec.models.base import Recommender

__all__ = ["SPLITS", "DeletionPathExplainer", "banzhaf_values", "beam_deletion_path", "pool_decreasing"]

#: how a pooled block's total is shared: equally along the path, or by Banzhaf value (members reordered by it)
SPLITS: tuple[str, ...] = ("equal", "banzhaf")


def banzhaf_values(value: object, m: int, n_samples: int, rng: np.random.Generator) -> np.ndarray:
    """Banzhaf values of ``m`` players from ``n_samples`` uniform random subsets (MSR estimator, one call).

    ``value(masks)`` scores ``(n, m)`` boolean masks (True = kept). A player
    that the draw never (or always) kept gets 0.
    """
    z = rng.random((n_samples, m)) < 0.5
    v = np.asarray(value(z), dtype=np.float64)
    kept = z.sum(axis=0)
    dropped = n_samples - kept
    with np.errstate(invalid="ignore", divide="ignore"):
        w = (v @ z) / kept - (v @ ~z) / dropped
    w[(kept == 0) | (dropped == 0)] = 0.0
    return w


def beam_deletion_path(
    value: object, m: int, searched: np.ndarray, beam: int, lead: int | None = None
) -> tuple[list[int], int]:
    """The removal order of the ``searched`` players that keeps the sum of scores along the way smallest.

    A beam search: each step extends each of the ``beam`` best partial paths
    by every remaining searched player (one batched call of all extensions)
    and keeps the ``beam`` best by the running sum of scores; paths removing
    the same set are merged. ``lead`` (if given) is removed first. Returns the
    path and the number of scored inputs.
    """
    searched = [int(j) for j in searched]
    full = np.ones(m, dtype=bool)
    beams: list[tuple[tuple[int, ...], float]] = [((), 0.0)]
    rows = 0
    if lead is not None:
        mask = full.copy()
        mask[lead] = False
        beams = [((int(lead),), float(np.asarray(value(mask[None]), dtype=np.float64)[0]))]
        rows += 1
        searched = [j for j in searched if j != lead]
    target = len(beams[0][0]) + len(searched)
    while len(beams[0][0]) < target:
        masks, meta = [], []
        for path, area in beams:
            keep = full.copy()
            keep[list(path)] = False
            for j in searched:
                if keep[j]:
                    mk = keep.copy()
                    mk[j] = False
                    masks.append(mk)
                    meta.append((path + (j,), area))
        vals = np.asarray(value(np.array(masks)), dtype=np.float64)
        rows += len(masks)
        ranked = sorted(zip((a + v for (_, a), v in zip(meta, vals, strict=True)), range(len(meta)), strict=True))
        seen: set[frozenset[int]] = set()
        nxt: list[tuple[tuple[int, ...], float]] = []
        for area, r in ranked:
            path = meta[r][0]
            key = frozenset(path)
            if key in seen:
                continue
            seen.add(key)
            nxt.append((path, area))
            if len(nxt) == beam:
                break
        beams = nxt
    return list(beams[0][0]), rows


def _pava_blocks(drops: np.ndarray) -> list[tuple[int, int, float]]:
    """Pool-adjacent-violators for a non-increasing fit: blocks ``(start, stop, mean)`` covering ``drops``."""
    blocks: list[list[float]] = []  # [sum, count]
    for d in np.asarray(drops, dtype=np.float64):
        blocks.append([float(d), 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] < blocks[-1][0] / blocks[-1][1]:
            s, c = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += c
    out, start = [], 0
    for s, c in blocks:
        n = int(c)
        out.append((start, start + n, s / n))
        start += n
    return out


def pool_decreasing(drops: np.ndarray, spread: np.ndarray | None = None) -> np.ndarray:
    """A non-increasing sequence with the sum of ``drops``: pool-adjacent-violators, then each pooled block split.

    Adjacent values that rise are pooled into their mean, so the sum is kept
    exactly. ``spread`` (one value per position, e.g. Banzhaf values, already
    sorted in decreasing order inside each block by the caller) splits a
    block's total unevenly: mean + c * (spread - its block mean), with the
    largest c <= 1 that keeps the whole sequence non-increasing. Without it
    (or where c = 0), a tie-break that sums to zero (1e-9 of the block's scale
    per step) keeps the order strictly decreasing.
    """
    drops = np.asarray(drops, dtype=np.float64)
    blocks = _pava_blocks(drops)
    out = np.empty(len(drops))
    for k, (a, b, mean) in enumerate(blocks):  # block k - 1 is final when block k reads its last value
        n = b - a
        eps = 1e-9 * max(1.0, abs(mean))
        dev = np.zeros(n)
        if spread is not None and n > 1:
            z = np.asarray(spread[a:b], dtype=np.float64)
            z = z - z.mean()
            hi = out[a - 1] if k > 0 else np.inf  # the previous block's last value
            lo = blocks[k + 1][2] if k + 1 < len(blocks) else -np.inf  # the next block's first value (its mean)
            c = 1.0  # bounds shrunk by 0.1% so that the order across blocks stays strict
            if z[0] > 0 and np.isfinite(hi):
                c = min(c, 0.999 * (hi - mean) / z[0])
            if z[-1] < 0 and np.isfinite(lo):
                c = min(c, 0.999 * (mean - lo) / -z[-1])
            dev = max(c, 0.0) * z
        out[a:b] = mean + dev + eps * ((n - 1) / 2.0 - np.arange(n))
    return out


class DeletionPathExplainer(_PerturbationExplainer):
    """The removal order that takes the score away fastest (Banzhaf lead, beam search), with exact shares.

    ``n_samples``: Banzhaf subsets (default 128); ``beam``: paths kept per
    step (default 4); ``max_path``: players ordered by the search (default 16;
    the rest follow in Banzhaf order); ``split``: ``"equal"`` (default: a
    pooled block's members share its total equally, in path order) or
    ``"banzhaf"`` (they are reordered by Banzhaf value and share the total by
    it: more telling when a whole history is jointly redundant, and every
    member then gets an equal share under ``"equal"``; less faithful on the
    deletion curve, 0.364 vs 0.335 on the sample shop); ``over`` /
    ``mask_value`` as for LIME and SHAP. See the module docstring.
    """

    method = "deletion_path"
    preference = 15  # most faithful of the model-agnostic methods (benchmarks/results/explain.md); after exact ones

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        n_samples: int = 128,
        beam: int = 4,
        max_path: int = 16,
        split: str = "equal",
        seed: int = 0,
        over: str = "auto",
        mask_value: str = "zero",
        fallback: bool = False,
    ) -> None:
        self.beam = check_int("beam", beam, 1, 64)
        self.split = check_choice("split", split, SPLITS)
        self.max_path = check_int("max_path", max_path, 1, 256)
        super().__init__(
            model, dataset, histories, n_samples=n_samples, seed=seed, over=over, mask_value=mask_value,
            fallback=fallback,
        )

    def _explain(self, target: Target) -> Findings:
        game = self._game(target)
        m, f = game.size, game.value
        rng = np.random.default_rng(self.seed)
        bz = banzhaf_values(f, m, self.n_samples, rng) if m > 1 else np.ones(m)
        order = np.argsort(-bz, kind="stable")
        head, rows = beam_deletion_path(f, m, order[: self.max_path], self.beam, lead=int(order[0]))
        in_head = set(head)
        path = head + [int(j) for j in order if int(j) not in in_head]
        v = np.asarray(f(removal_masks(path, m)), dtype=np.float64)
        full, baseline = float(v[0]), float(v[-1])
        drops = v[:-1] - v[1:]
        if self.split == "banzhaf":
            # inside a pooled block the path does not tell the members apart: order them by Banzhaf value and
            # split the block's total by it (the block's removals and total are unchanged)
            path = list(path)
            for a, b, _ in _pava_blocks(drops):
                path[a:b] = sorted(path[a:b], key=lambda j: -bz[j])
            v = np.asarray(f(removal_masks(path, m)), dtype=np.float64)
            drops = v[:-1] - v[1:]
            w_path = pool_decreasing(drops, bz[path])
        else:
            w_path = pool_decreasing(drops)
        w = np.zeros(m)
        w[path] = w_path
        searched = min(m, self.max_path)
        return Findings(
            evidence=game.records(w),
            faithfulness={
                "completeness_error": abs(baseline + float(w.sum()) - target.score),
                "path_area": float(np.mean(v)),
                "n_samples": self.n_samples,
                "scored_inputs": self.n_samples + rows + m + 1,
                "model_calls": game.calls(),
            },
            baseline_score=baseline,
            notes=[
                f"deletion path: the {game.players} are removed in the order that lowers the score fastest "
                f"(the first by Banzhaf value over {self.n_samples} random subsets, then a beam search of width "
                f"{self.beam} over the {searched} best); each weight is the score its removal takes away along that "
                f"path, shared equally where a removal only pays off together with the next, so the weights sum to "
                f"score - baseline ({game.empty}; full score {full:.4g})"
            ],
        )
