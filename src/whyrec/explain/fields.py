"""The feature fields of one (user, item) pair of a feature model (FM, DeepFM, NFM), and scores with fields masked.

A feature model embeds a pair as slots ``(feature index, weight)`` — the
user's slots, then the item's — named by the model's
:class:`~whyrec.features.FieldMap` (``user_id=U00001``, ``age=25-34``,
``brand=Aurelle``, one slot per value of a multi field). :class:`PairFields`
holds those slots for one pair and scores the pair under *field-presence
masks*: a mask keeps field ``j`` when ``mask[j]`` is True; a masked field's
slots are either zeroed (``mask_value="zero"``: its embeddings, factors and
first-order weights alike, count for nothing, the baseline of integrated
gradients) or replaced by the field's ``missing`` row (``"missing"``: the
model sees the value as unknown; id fields have no such row and are zeroed).

It is shared by the integrated-gradients explainer (labels of the slots) and
by LIME / KernelSHAP over feature fields (:mod:`whyrec.explain.perturb`).
Scores come from the model's own ``module_`` on the slot tensors that
``encode_pairs`` builds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from whyrec.errors import check_choice
from whyrec.models.base import Recommender
from whyrec.models.capabilities import has

#: how a masked field is hidden from the model
MASK_VALUES: tuple[str, ...] = ("zero", "missing")
#: rows per module call when many masks are scored at once
BATCH = 4096


def is_feature_model(model: Recommender) -> bool:
    """Whether ``model`` declares feature fields (FM, DeepFM, NFM: a model of user and item feature fields)."""
    return has(model, "feature_fields")


@dataclass(frozen=True)
class Slot:
    """One active slot of a pair: its position in the concatenated slots, feature row, field and value label."""

    slot: int
    feature: int
    side: str
    field: str
    value: str
    weight: float


class PairFields:
    """The slots and fields of one (user ``u``, item ``i``) pair of internal indices of a feature model.

    ``index`` / ``weight`` are ``(1, S_u + S_i)`` tensors (the user's slots
    first); ``fields`` lists the fields of both sides in slot order (the
    players of LIME and SHAP), ``slots`` the active slots with their labels.
    """

    def __init__(self, model: Recommender, u: int, i: int) -> None:
        import torch

        if not is_feature_model(model):
            raise TypeError(f"model must be an FM, DeepFM or NFM; got {type(model).__name__}")
        self.model = model
        self.u, self.i = int(u), int(i)
        ui, uw, ii, iw = model.encode_pairs([self.u], [self.i])  # type: ignore[attr-defined]
        self.n_user_slots = int(ui.shape[1])
        self.index = torch.cat([ui, ii], dim=1)
        self.weight = torch.cat([uw, iw], dim=1).float()
        self.slots = [
            Slot(int(d["slot"]), int(d["feature"]), str(d["side"]), str(d["field"]), str(d["value"]), d["weight"])
            for d in model.pair_features(self.u, self.i)  # type: ignore[attr-defined]
        ]
        fm = model.fieldmap_  # type: ignore[attr-defined]
        self.fields = [*fm.side_fields("user"), *fm.side_fields("item")]
        shift = {"user": 0, "item": self.n_user_slots}
        #: (start, stop) of each field in the concatenated slots
        self.field_slots = [(shift[f.side] + f.slots[0], shift[f.side] + f.slots[1]) for f in self.fields]
        self.n_calls = 0

    @property
    def size(self) -> int:
        """Number of fields (mask width)."""
        return len(self.fields)

    def field_names(self) -> list[str]:
        """The fields' names, in mask-column order."""
        return [f.name for f in self.fields]

    def field_values(self) -> list[str]:
        """Each field's active value label(s) for this pair (several values of a multi field joined by ``", "``)."""
        out = []
        for a, b in self.field_slots:
            labels = [s.value for s in self.slots if a <= s.slot < b]
            out.append(", ".join(labels))
        return out

    # ------------------------------------------------------------ masks -> slots -> scores
    def masked_slots(self, masks: np.ndarray, mask_value: str = "zero") -> tuple[Any, Any]:
        """Slot tensors ``(index, weight)`` of shape ``(len(masks), S)``, with the masked fields hidden."""
        import torch

        check_choice("mask_value", mask_value, MASK_VALUES)
        masks = np.atleast_2d(np.asarray(masks, dtype=bool))
        if masks.shape[1] != self.size:
            raise ValueError(f"masks must have {self.size} columns (one per feature field); got {masks.shape[1]}")
        n, n_slots = len(masks), self.index.shape[1]
        slot_field = np.zeros(n_slots, dtype=np.int64)
        missing_index = self.index[0].clone()
        missing_weight = torch.zeros(n_slots, dtype=self.weight.dtype, device=self.weight.device)
        for j, ((a, b), f) in enumerate(zip(self.field_slots, self.fields, strict=True)):
            slot_field[a:b] = j
            if mask_value == "missing" and f.missing_index is not None:
                missing_index[a] = f.missing_index
                missing_weight[a] = 1.0
        keep = torch.from_numpy(masks[:, slot_field]).to(self.weight.device)
        index = torch.where(keep, self.index.expand(n, -1), missing_index.expand(n, -1))
        weight = torch.where(keep, self.weight.expand(n, -1), missing_weight.expand(n, -1))
        return index, weight

    def scores(self, masks: np.ndarray, mask_value: str = "zero") -> np.ndarray:
        """The pair's score (logit) under each field-presence mask, as float64."""
        import torch

        index, weight = self.masked_slots(masks, mask_value)
        module = self.model.module_  # type: ignore[attr-defined]
        module.eval()
        s = self.n_user_slots
        out = np.empty(len(index), dtype=np.float64)
        with torch.no_grad():
            for a in range(0, len(index), BATCH):
                ix, w = index[a : a + BATCH], weight[a : a + BATCH]
                out[a : a + BATCH] = module(ix[:, :s], w[:, :s], ix[:, s:], w[:, s:]).double().cpu().numpy()
                self.n_calls += 1
        return out

    def all_scores(self, masks: np.ndarray, mask_value: str = "zero") -> np.ndarray:
        """Scores of *every* item for this user under each field-presence mask, ``(len(masks), n_items)``.

        A masked user field is hidden for every item (the model no longer
        knows that about the user); a masked item field only for this pair's
        item (the other items keep theirs). Ranking the pair's item in a row
        says where it would stand with those fields hidden.
        """
        import torch

        index, weight = self.masked_slots(masks, mask_value)
        module = self.model.module_  # type: ignore[attr-defined]
        module.eval()
        s, n_items = self.n_user_slots, int(self.model.n_items_)
        _, _, item_index, item_weight = self.model.encode_pairs([self.u], np.arange(n_items))  # type: ignore[attr-defined]
        item_weight = item_weight.float()
        out = np.empty((len(index), n_items), dtype=np.float64)
        with torch.no_grad():
            for r in range(len(index)):
                ii, iw = item_index.clone(), item_weight.clone()
                ii[self.i], iw[self.i] = index[r, s:], weight[r, s:]
                ui = index[r : r + 1, :s].expand(n_items, -1)
                uw = weight[r : r + 1, :s].expand(n_items, -1)
                out[r] = module(ui, uw, ii, iw).double().cpu().numpy()
                self.n_calls += 1
        return out
