"""Integrated gradients (Sundararajan et al. 2017) through Captum, for SASRec and the feature models.

IG attributes ``score(x) - score(x')`` to the coordinates of an input ``x``
as ``(x - x') * mean gradient along the straight path from x' to x``; the
attributions sum to that difference (completeness) up to the error of the
integral, which is reported as ``faithfulness["completeness_error"]`` beside
``baseline_score = score(x')``. Captum's ``IntegratedGradients`` computes the
path-mean gradient (``multiply_by_inputs=False``) in ONE batched forward and
backward of ``n_steps`` interpolations (Gauss-Legendre nodes by default); this
module multiplies it by the input, so that the same gradient also splits an
input into its additive parts. When the completeness error is above
``tolerance``, the integral is recomputed with twice the steps (up to
``max_steps``), so that the common case costs one pass.

- **SASRec**: ``x`` is the Transformer's input, one row per position of the
  history window: ``sqrt(d) * (item embedding [+ its attribute embeddings]) +
  position embedding`` (the output of ``module_.emb_drop``). Baseline
  ``"padding"`` (default): the item embeddings replaced by the padding
  item's (0), the position embeddings kept; ``"zero"``: every row 0 (then
  the path passes through 0 at the input of the first pre-LayerNorm, whose
  output jumps there, and the integral needs several times more steps for
  the same completeness error). A position's attribution is the sum over
  the embedding dimension; a history item's weight sums its positions (an
  item bought twice adds up). With item
  feature embeddings (``item_features=``), the same gradient splits each
  position into item id, attribute values and position parts: one Feature
  record per attribute value (``brand=Aurelle``), marked
  ``part_of="history"`` because it is already inside the item weights.
  The target is the score of the explained item after the last position.
- **FM / DeepFM / NFM**: ``x`` is the embedding table's output for the pair's
  slots (user's, then item's), factor vectors *and* first-order weights (one
  table holds both); baseline: all zero. One Feature record per field value
  (``user_id=U00001``, ``age=25-34``, ``brand=Aurelle``); the global bias is
  not an input and stays in the baseline score, so ``baseline_score + sum of
  weights = score`` up to the completeness error.

The models are reached through their documented attributes only: SASRec's
``history_tensor`` and ``module_`` (``item_encoder``, ``position``,
``emb_drop``, ``encode``), read and replaced with forward hooks so that the
input formula is not copied here; the feature models' ``encode_pairs``,
``pair_features`` and ``module_.embedding`` / ``forward_embedded``.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from typing import Any, cast

import numpy as np
import torch

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_choice, check_float, check_int
from whyrec.explain.base import Explainer, Findings, Target
from whyrec.explain.evidence import Evidence, Feature
from whyrec.explain.fields import PairFields, is_feature_model
from whyrec.models.base import Recommender
from whyrec.models.capabilities import SequenceEncoder, has

#: Captum's integration rules that may be asked for
RULES: tuple[str, ...] = ("gausslegendre", "riemann_trapezoid", "riemann_middle", "riemann_left", "riemann_right")
#: baselines that may be asked for (``"auto"``: padding for SASRec, zero for the feature models)
BASELINES: tuple[str, ...] = ("auto", "padding", "zero")
#: most interpolation steps of one pass
MAX_STEPS = 4096


def _is_sequence_model(model: Recommender) -> bool:
    return has(model, "sequence_encoder")


def _kind(model: Recommender) -> str | None:
    if _is_sequence_model(model):
        return "sequence"
    if is_feature_model(model):
        return "fields"
    return None


@contextlib.contextmanager
def _eval_mode(module: torch.nn.Module) -> Iterator[None]:
    """The module in eval mode (no dropout) for the duration, restoring its mode afterwards."""
    if not module.training:  # the usual case after fit / score_matrix: nothing to switch
        yield
        return
    module.eval()
    try:
        yield
    finally:
        module.train(True)


@contextlib.contextmanager
def _hooks(*pairs: tuple[torch.nn.Module, Any]) -> Iterator[None]:
    """Forward hooks ``(module, hook)`` registered for the duration."""
    handles = [m.register_forward_hook(h) for m, h in pairs]
    try:
        yield
    finally:
        for h in handles:
            h.remove()


@functools.lru_cache(maxsize=64)
def _nodes(rule: str, n_steps: int) -> tuple[list[float], list[float]]:
    """Captum's step sizes and interpolation points of ``rule`` (cached: Gauss-Legendre nodes cost a millisecond)."""
    from captum.attr._utils.approximation_methods import approximation_parameters

    sizes, alphas = approximation_parameters(rule)
    return list(sizes(n_steps)), list(alphas(n_steps))


def path_mean_gradient(
    forward: Any, x: torch.Tensor, baseline: torch.Tensor, args: tuple[Any, ...], n_steps: int, rule: str
) -> torch.Tensor:
    """Captum's path-mean gradient of ``forward(x, *args)`` (one output per row) from ``baseline`` to ``x``.

    ``x`` and ``baseline`` have a batch dimension of 1; ``args`` are
    expanded by Captum along with the ``n_steps`` interpolations, which run
    as one batch. The integration nodes are cached and handed to the
    ``_attribute`` step of ``IntegratedGradients`` (as Captum's own batched
    attribution does); if that internal signature changes, the public
    ``attribute`` is used.
    """
    from captum.attr import IntegratedGradients

    ig = IntegratedGradients(forward, multiply_by_inputs=False)
    with torch.enable_grad():
        try:
            (grad,) = ig._attribute(
                inputs=(x,),
                baselines=(baseline,),
                additional_forward_args=args,
                n_steps=n_steps,
                method=rule,
                step_sizes_and_alphas=_nodes(rule, n_steps),
            )
        except TypeError:  # pragma: no cover - another Captum version
            grad = ig.attribute(x, baselines=baseline, additional_forward_args=args, n_steps=n_steps, method=rule)
    return grad.detach()


# ---------------------------------------------------------------- SASRec: the Transformer's input
def sequence_input_parts(model: Recommender, seq: torch.Tensor, item: int, baseline: str = "padding") -> dict[str, Any]:
    """One no-grad forward of SASRec (a batch of 2) giving the parts of its input and the two scores IG needs.

    ``seq`` is ``(1, L)`` (1-based items, as :meth:`SASRec.history_tensor`
    builds it) and ``item`` the 0-based target. Returns ``x`` (the
    Transformer's input, ``emb_drop``'s output, ``(1, L, d)``), ``items``
    (the item encoder's output, attributes included), ``positions`` (the
    position embeddings added, ``(L, d)``), ``scale`` (the factor of the item
    part), ``baseline`` (the baseline input), ``target`` (the target item's
    output representation, ``(1, d)``), and ``score`` / ``baseline_score``.

    The parts are read from the module's own forward through forward hooks
    (row 1 of the batch has its input replaced by the baseline), so the input
    formula is not copied here.
    """
    m = model.module_  # type: ignore[attr-defined]
    seen: dict[str, torch.Tensor] = {}

    def keep(name: str) -> Any:
        def hook(module: torch.nn.Module, inputs: Any, output: torch.Tensor) -> None:
            seen[name] = output.detach()

        return hook

    def swap(module: torch.nn.Module, inputs: Any, output: torch.Tensor) -> torch.Tensor:
        seen["x"] = output[:1].detach().clone()
        base = torch.zeros_like(output[0]) if baseline == "zero" else seen["positions"].expand_as(output[0])
        seen["baseline"] = base.unsqueeze(0).contiguous()
        return torch.cat([output[:1], seen["baseline"]])

    with torch.no_grad():
        target = m.item_encoder(torch.tensor([item + 1], device=seq.device))
        hooks = ((m.item_encoder, keep("items")), (m.position, keep("positions")), (m.emb_drop, swap))
        with _hooks(*hooks):
            h = m.last_hidden(seq.expand(2, -1))
        # the seen-item offset depends on the item ids only, so it is the same in the score and the baseline's
        offset = m.seen_offset(seq, torch.tensor([item], device=seq.device))
        scores = ((h * target).sum(-1) + offset).double().cpu()
    positions = seen["positions"]
    return {
        **seen,
        "items": seen["items"][:1],
        "positions": positions.reshape(positions.shape[-2:]),
        "scale": float(m.scale),
        "target": target,
        "score": float(scores[0]),
        "baseline_score": float(scores[1]),
    }


def _sequence_forward(model: Recommender) -> Any:
    """``f(x, seq, target)``: SASRec's score of the item whose output vector is ``target``, with the
    Transformer's input replaced by ``x`` (the item table is not built: only the target's row is needed)."""
    m = model.module_  # type: ignore[attr-defined]

    def forward(x: torch.Tensor, seq: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        with _hooks((m.emb_drop, lambda module, inputs, output: x)):
            h = m.last_hidden(seq)
        return (h * target).sum(-1)

    return forward


def _attribute_parts(model: Recommender, seq: torch.Tensor) -> tuple[np.ndarray, np.ndarray, torch.Tensor] | None:
    """The item attribute slots of the positions of ``seq`` (``(1, L)``): feature rows ``(L, n_slots)``, whether
    each slot is used, and the weighted attribute embeddings ``(L, n_slots, d)``; None without item features."""
    enc = model.module_.item_encoder  # type: ignore[attr-defined]
    if not enc.n_features or getattr(model, "field_map_", None) is None:
        return None
    with torch.no_grad():
        rows = enc.feature_index[seq[0]]
        w = enc.feature_weight[seq[0]]
        emb = enc.feature(rows) * w.unsqueeze(-1)
    return rows.cpu().numpy(), (w != 0).cpu().numpy(), emb


class IntegratedGradientsExplainer(Explainer):
    """Integrated gradients over SASRec's input embeddings or a feature model's field embeddings.

    ``n_steps`` interpolation points (Captum's ``rule``, Gauss-Legendre by
    default) run as one batch. When the completeness error of that pass is
    above ``tolerance`` (relative to ``|score - baseline_score|``), the
    integral is recomputed with twice the steps, up to ``max_steps`` (one
    pass only with ``tolerance=None``); the steps used are reported.
    ``baseline``: ``"auto"`` (``"padding"`` for SASRec, ``"zero"`` for the
    feature models), ``"padding"`` (SASRec: the padding item at every
    position, position embeddings kept) or ``"zero"`` (the whole input 0).
    See the module docstring for what is attributed.
    """

    method = "integrated_gradients"
    preference = 20
    attributes_history = True

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        n_steps: int = 32,
        baseline: str = "auto",
        rule: str = "gausslegendre",
        tolerance: float | None = 0.01,
        max_steps: int = 256,
        fallback: bool = False,
    ) -> None:
        self.n_steps = check_int("n_steps", n_steps, 2, MAX_STEPS)
        self.max_steps = check_int("max_steps", max_steps, self.n_steps, MAX_STEPS)
        self.rule = check_choice("rule", rule, RULES)
        self.tolerance = None if tolerance is None else check_float("tolerance", tolerance, 0.0, 1.0, low_open=True)
        check_choice("baseline", baseline, BASELINES)
        kind = _kind(model)
        if baseline == "auto":
            baseline = "padding" if kind == "sequence" else "zero"
        if kind == "fields" and baseline != "zero":
            raise ValueError(
                f"baseline must be 'zero' or 'auto' for {type(model).__name__} (every field embedding 0); "
                f"got {baseline!r}"
            )
        self.baseline = baseline
        super().__init__(model, dataset, histories, fallback=fallback)
        self.kind = kind
        #: an empty history leaves a sequence model nothing to attribute; a feature model never needs one
        self.needs_history = kind == "sequence"

    @classmethod
    def unsupported_reason(cls, model: Recommender) -> str | None:
        """IG needs a differentiable score of input embeddings: SASRec's history or a feature model's fields."""
        if _kind(model) is None:
            return (
                "integrated gradients need a torch model whose score is a differentiable function of input "
                "embeddings: SASRec (history item embeddings) or FM / DeepFM / NFM (feature field embeddings)"
            )
        return None

    @classmethod
    def attributes_history_of(cls, model: Recommender) -> bool:
        """One weight per history item for SASRec; feature models get Feature records instead."""
        return _kind(model) == "sequence"

    def _explain(self, target: Target, n_steps: int | None = None) -> Findings:
        steps = self.n_steps if n_steps is None else check_int("n_steps", n_steps, 2, MAX_STEPS)
        module = self.model.module_  # type: ignore[attr-defined]
        with _eval_mode(module):
            if self.kind == "sequence":
                return self._explain_sequence(target, steps)
            return self._explain_fields(target, steps)

    def _integrate(
        self, forward: Any, x: torch.Tensor, base: torch.Tensor, args: tuple[Any, ...], gap: float, n_steps: int
    ) -> tuple[torch.Tensor, torch.Tensor, dict[str, Any]]:
        """Path-mean gradient and attributions ``(x - base) * grad`` (shape of ``x[0]``), refined by doubling
        the steps while the completeness error is above the tolerance; also the faithfulness figures."""
        steps, passes = n_steps, 0
        floor = 1e-5 * max(1.0, abs(gap))  # float32 noise: no refinement can go below it
        while True:
            grad = path_mean_gradient(forward, x, base, args, steps, self.rule)[0]
            attr = (x[0] - base[0]) * grad
            passes += 1
            err = abs(float(attr.double().sum()) - gap)
            done = self.tolerance is None or err <= max(self.tolerance * abs(gap), floor)
            if done or steps * 2 > max(self.max_steps, n_steps):
                break
            steps *= 2
        rel = err / abs(gap) if gap != 0 else (0.0 if err == 0 else float("inf"))
        return (
            grad,
            attr,
            {
                "completeness_error": err,
                "relative_completeness_error": rel,
                "n_steps": steps,
                "passes": passes,
                "rule": self.rule,
                "baseline": self.baseline,
            },
        )

    # ------------------------------------------------------------ SASRec
    def _explain_sequence(self, target: Target, n_steps: int) -> Findings:
        model = self.model
        seq = cast("SequenceEncoder", model).history_tensor([target.rescorer.raw])
        length = int(seq.shape[1])
        parts = sequence_input_parts(model, seq, target.i, self.baseline)
        x, base, baseline_score = parts["x"], parts["baseline"], parts["baseline_score"]
        gap = target.score - baseline_score
        grad, attr, faith = self._integrate(_sequence_forward(model), x, base, (seq, parts["target"]), gap, n_steps)
        per_position = attr.sum(-1).double().cpu().numpy()
        faith["pair_path_score_difference"] = abs(parts["score"] - target.score)

        # positions -> distinct history items (an item read twice adds up); items before the window get 0
        resc = target.rescorer
        columns = resc.occurrence[len(resc.raw) - length :]
        weights = np.zeros(resc.size, dtype=np.float64)
        np.add.at(weights, columns, per_position)
        evidence: list[Evidence] = list(self.history_records(target, weights))

        components = {"item_ids": 0.0, "item_attributes": 0.0, "positions": 0.0}
        attrs = _attribute_parts(model, seq)
        if attrs is not None:
            rows, active, emb = attrs
            slot_w = (parts["scale"] * emb * grad[:, None, :]).sum(-1).double().cpu().numpy()  # (L, n_slots)
            per_row: dict[int, float] = {}
            for p, s in zip(*np.nonzero(active), strict=True):
                per_row[int(rows[p, s])] = per_row.get(int(rows[p, s]), 0.0) + float(slot_w[p, s])
            describe = model.field_map_.describe  # type: ignore[attr-defined]
            by_value: dict[tuple[str, str], float] = {}
            for row, w in per_row.items():
                key = describe(row)
                by_value[key] = by_value.get(key, 0.0) + w
            components["item_attributes"] = float(sum(by_value.values()))
            evidence += [
                Feature(field=f, value=v, weight=w, part_of="history")
                for (f, v), w in sorted(by_value.items(), key=lambda kv: -abs(kv[1]))
            ]
        if self.baseline == "zero":
            components["positions"] = float((parts["positions"] * grad).sum())
        components["item_ids"] = float(per_position.sum()) - components["item_attributes"] - components["positions"]

        ids = model.item_ids_
        seq_items = (seq[0].cpu().numpy() - 1).tolist()
        notes = [
            f"integrated gradients over SASRec's input embeddings ({faith['n_steps']} {self.rule} steps in one "
            f"batched pass; baseline: {self._baseline_words()}). A history item's weight is the attribution "
            "summed over the embedding dimension and over its positions; the weights sum to "
            "score - baseline_score up to completeness_error",
        ]
        if attrs is not None:
            notes.append(
                "the Feature records (part_of='history') split the history items' weights by their attribute "
                "values; they are already counted in those weights"
            )
        if len(resc.raw) > length:
            notes.append(
                f"SASRec reads only the last {length} of the {len(resc.raw)} history items; the older "
                "ones have weight 0"
            )
        if self.baseline == "zero":
            notes.append(
                "the position embeddings are part of the input, so a position's own contribution is "
                "credited to the item read there (extras['components']['positions'] says how much)"
            )
        return Findings(
            evidence=evidence,
            faithfulness=faith,
            baseline_score=baseline_score,
            notes=notes,
            extras={
                "sequence": [str(ids[j]) for j in seq_items],
                "position_weights": per_position.tolist(),
                "components": components,
            },
        )

    def _baseline_words(self) -> str:
        if self.baseline == "zero":
            return "every input embedding 0"
        return "the padding item (embedding 0) at every position, position embeddings kept"

    # ------------------------------------------------------------ FM / DeepFM / NFM
    def _explain_fields(self, target: Target, n_steps: int) -> Findings:
        model = self.model
        pair = PairFields(model, target.training_user, target.i)
        m = model.module_  # type: ignore[attr-defined]
        with torch.no_grad():
            x = m.embedding(pair.index)  # (1, S, dim + 1): factors and first-order weights
            both = m.forward_embedded(torch.cat([x, torch.zeros_like(x)]), pair.weight.expand(2, -1))
        score_forward, baseline_score = float(both[0]), float(both[1])
        gap = target.score - baseline_score
        _, attr, faith = self._integrate(m.forward_embedded, x, torch.zeros_like(x), (pair.weight,), gap, n_steps)
        faith["pair_path_score_difference"] = abs(score_forward - target.score)
        per_slot = attr.sum(-1).double().cpu().numpy()
        by_value: dict[tuple[str, str], float] = {}
        for s in pair.slots:
            key = (s.field, s.value)
            by_value[key] = by_value.get(key, 0.0) + float(per_slot[s.slot])
        evidence: list[Evidence] = [
            Feature(field=f, value=v, weight=w) for (f, v), w in sorted(by_value.items(), key=lambda kv: -abs(kv[1]))
        ]
        name = type(model).__name__
        return Findings(
            evidence=evidence,
            faithfulness=faith,
            baseline_score=baseline_score,
            notes=[
                f"integrated gradients over {name}'s field embeddings ({faith['n_steps']} {self.rule} steps in one "
                "batched pass), factor vectors and first-order weights together (one embedding table holds both); "
                "baseline: every embedding 0, whose score (the global bias"
                + (" and the MLP's output at 0" if name != "FM" else "")
                + ") is baseline_score. The weights sum to score - baseline_score up to completeness_error",
            ],
        )
