"""``FieldMap``: named user and item fields -> rows of ONE embedding table.

A feature model (FM, DeepFM, NFM) embeds every user and every item as a short
list of *slots*: ``(feature index, weight)`` pairs, where a feature index is a
row of one shared embedding table. The FieldMap decides which rows belong to
which field and value, so that an attribution on a row can later be named
(``brand=Neutrogena``, ``age=25-34``, ``genres=Comedy``).

Field kinds:

- ``id`` (``user_id``, ``item_id``): one row per user or item;
- ``categorical``: one row per value seen in the table plus a ``missing``
  row (missing or unseen values), one slot of weight 1;
- ``multi`` (a list of strings): vocabulary plus ``missing``, a fixed number
  of slots per row (``max_values``), padded with weight 0; the weights of the
  values are ``1/len`` so that the slots average;
- ``numeric``: quantile buckets (one per value when there are few values)
  labelled by the smallest and largest value seen in them (``age=25-34``,
  ``price=19.99-34.50``), plus a ``missing`` bucket; one slot of weight 1;
- ``text`` (only the item side, only with ``item_text=True``): one field
  ``item_text`` with one row per item plus ``missing``, one slot of weight 1.
  The model fills these rows with a learned projection of the item's text
  vector (:mod:`whyrec.features.text`) instead of free embeddings; the text
  columns themselves (``title``, ``description``) are not encoded one-hot.

User fields come first in the table, then item fields. The encodings of every
user and item of the fitted Dataset are computed once, as arrays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from whyrec.data.dataset import as_list, is_missing
from whyrec.errors import check_int

if TYPE_CHECKING:
    from whyrec.data.dataset import Dataset

#: label of the row that takes missing and unseen values
MISSING = "missing"
FORMAT = 1
SIDES = ("user", "item")
#: name of the item text field (``item_text=True``)
TEXT_FIELD = "item_text"


@dataclass(frozen=True)
class FieldInfo:
    """One field of a :class:`FieldMap`.

    Rows ``offset .. offset + size - 1`` of the embedding table belong to the
    field (``labels[j]`` names row ``offset + j``); slots ``slots[0] ..
    slots[1] - 1`` of its side's encoding hold it. ``column`` is the table
    column (None for the id fields); ``edges`` are a numeric field's bucket
    lower bounds followed by the maximum value.
    """

    name: str
    side: str
    kind: str
    column: str | None
    offset: int
    size: int
    slots: tuple[int, int]
    labels: tuple[str, ...]
    edges: tuple[float, ...] | None = None

    @property
    def n_slots(self) -> int:
        """Number of slots the field takes in its side's encoding."""
        return self.slots[1] - self.slots[0]

    @property
    def missing_index(self) -> int | None:
        """Feature index of the field's ``missing`` row (None for id fields)."""
        return None if self.kind == "id" else self.offset + self.size - 1

    def to_json(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "name": self.name,
            "side": self.side,
            "kind": self.kind,
            "column": self.column,
            "offset": self.offset,
            "size": self.size,
            "slots": list(self.slots),
            "labels": list(self.labels),
            "edges": None if self.edges is None else [float(x) for x in self.edges],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> FieldInfo:
        """Inverse of :meth:`to_json`."""
        return cls(
            name=d["name"],
            side=d["side"],
            kind=d["kind"],
            column=d["column"],
            offset=int(d["offset"]),
            size=int(d["size"]),
            slots=(int(d["slots"][0]), int(d["slots"][1])),
            labels=tuple(d["labels"]),
            edges=None if d.get("edges") is None else tuple(float(x) for x in d["edges"]),
        )


class FieldMap:
    """Named user/item fields -> slices of one embedding table (see the module docstring).

    ``user_fields`` / ``item_fields``: table columns to encode (None = every
    non-text column, [] = none); ``include_ids`` adds ``user_id`` and
    ``item_id``; ``n_buckets``: quantile buckets of a numeric field;
    ``max_values``: slots of a multi field (longer lists keep their first
    ``max_values`` values; None = the longest list); ``item_text`` adds the
    ``item_text`` field (last, so its rows end the table).
    """

    def __init__(
        self,
        user_fields: list[str] | None = None,
        item_fields: list[str] | None = None,
        include_ids: bool = True,
        n_buckets: int = 8,
        max_values: int | None = 16,
        item_text: bool = False,
    ) -> None:
        self.user_fields = user_fields
        self.item_fields = item_fields
        self.include_ids = include_ids
        self.n_buckets = n_buckets
        self.max_values = max_values
        self.item_text = item_text

    # ------------------------------------------------------------------ fit
    def _check(self) -> None:
        check_int("n_buckets", self.n_buckets, 1, 1000)
        if self.max_values is not None:
            check_int("max_values", self.max_values, 1, 10000)
        for flag in ("include_ids", "item_text"):
            if not isinstance(getattr(self, flag), bool):
                raise ValueError(f"{flag} must be True or False; got {getattr(self, flag)!r}")
        for name in ("user_fields", "item_fields"):
            v = getattr(self, name)
            if v is not None and (isinstance(v, str) or not all(isinstance(x, str) for x in v)):
                raise ValueError(f"{name} must be None or a list of column names; got {v!r}")

    def fit(self, dataset: Dataset) -> FieldMap:
        """Build the vocabularies and buckets from ``dataset``'s tables and encode every user and item."""
        self._check()
        fields: list[FieldInfo] = []
        arrays: dict[str, np.ndarray] = {}
        offset = 0
        taken: set[str] = set()
        for side in SIDES:
            table = dataset.users if side == "user" else dataset.items
            specs = dataset.user_fields if side == "user" else dataset.item_fields
            n_rows = dataset.n_users if side == "user" else dataset.n_items
            ids = dataset.user_ids if side == "user" else dataset.item_ids
            columns = _choose_columns(side, getattr(self, f"{side}_fields"), specs)
            side_fields: list[FieldInfo] = []
            slot = 0
            if self.include_ids:
                info = FieldInfo(f"{side}_id", side, "id", None, offset, n_rows, (slot, slot + 1),
                                 tuple(str(x) for x in ids))
                side_fields.append(info)
                offset, slot = offset + info.size, slot + 1
            for col in columns:
                kind = specs[col].kind
                values = table[col] if table is not None else pd.Series([None] * n_rows)
                name = col if col not in taken and col not in ("user_id", "item_id") else f"{side}.{col}"
                info = _fit_field(name, side, kind, col, values, offset, slot, self.n_buckets, self.max_values)
                side_fields.append(info)
                offset, slot = offset + info.size, slot + info.n_slots
            if side == "item" and self.item_text:
                info = FieldInfo(TEXT_FIELD, side, "text", None, offset, n_rows + 1, (slot, slot + 1),
                                 (*(str(x) for x in ids), MISSING))
                side_fields.append(info)
                offset, slot = offset + info.size, slot + 1
            taken.update(f.name for f in side_fields)
            index, weight = _encode(side_fields, table, n_rows, slot)
            arrays[f"{side}_index"], arrays[f"{side}_weight"] = index, weight
            fields.extend(side_fields)
        self._set(fields, arrays)
        return self

    def _set(self, fields: list[FieldInfo], arrays: dict[str, np.ndarray]) -> None:
        self.fields_ = fields
        self.n_features_ = sum(f.size for f in fields)
        self._offsets = np.array([f.offset for f in fields], dtype=np.int64)
        self.user_index_ = np.ascontiguousarray(arrays["user_index"], dtype=np.int64)
        self.user_weight_ = np.ascontiguousarray(arrays["user_weight"], dtype=np.float32)
        self.item_index_ = np.ascontiguousarray(arrays["item_index"], dtype=np.int64)
        self.item_weight_ = np.ascontiguousarray(arrays["item_weight"], dtype=np.float32)

    def _check_fitted(self) -> None:
        if not hasattr(self, "fields_"):
            from whyrec.errors import NotFittedError

            raise NotFittedError("FieldMap is not fitted; call fit(dataset) or FieldMap.from_json(...) first")

    # ------------------------------------------------------------------ queries
    @property
    def n_features(self) -> int:
        """Rows of the embedding table."""
        self._check_fitted()
        return self.n_features_

    @property
    def fields(self) -> list[FieldInfo]:
        """Every field, user side first, in table order."""
        self._check_fitted()
        return list(self.fields_)

    def side_fields(self, side: str) -> list[FieldInfo]:
        """The fields of one side (``"user"`` or ``"item"``), in slot order."""
        if side not in SIDES:
            raise ValueError(f"side must be 'user' or 'item'; got {side!r}")
        return [f for f in self.fields if f.side == side]

    def n_slots(self, side: str) -> int:
        """Slots per row of one side's encoding."""
        self._check_fitted()
        return (self.user_index_ if side == "user" else self.item_index_).shape[1]

    def field(self, name: str) -> FieldInfo:
        """The field called ``name``."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"no field {name!r}; fields: {[f.name for f in self.fields]}")

    def encode_users(self, users: Any) -> tuple[np.ndarray, np.ndarray]:
        """``(index, weight)`` arrays ``(len(users), n_slots("user"))`` of internal user indices."""
        self._check_fitted()
        u = _rows("users", users, len(self.user_index_))
        return self.user_index_[u], self.user_weight_[u]

    def encode_items(self, items: Any) -> tuple[np.ndarray, np.ndarray]:
        """``(index, weight)`` arrays ``(len(items), n_slots("item"))`` of internal item indices."""
        self._check_fitted()
        i = _rows("items", items, len(self.item_index_))
        return self.item_index_[i], self.item_weight_[i]

    def describe(self, feature_index: int) -> tuple[str, str]:
        """``(field name, value label)`` of one row of the embedding table, e.g. ``("age", "25-34")``."""
        self._check_fitted()
        j = int(feature_index)
        if not 0 <= j < self.n_features_:
            raise ValueError(f"feature_index must be an int in [0, {self.n_features_ - 1}]; got {feature_index!r}")
        f = self.fields_[int(np.searchsorted(self._offsets, j, side="right")) - 1]
        return f.name, f.labels[j - f.offset]

    def text_field(self) -> FieldInfo | None:
        """The ``item_text`` field (None without ``item_text``); its rows are the table's last."""
        for f in self.fields:
            if f.kind == "text":
                return f
        return None

    def feature_names(self) -> list[str]:
        """``"field=value"`` for every row of the embedding table."""
        return [f"{f.name}={lab}" for f in self.fields for lab in f.labels]

    def active(self, side: str, row: int) -> list[tuple[int, float, str, str]]:
        """The non-zero slots of one user or item: ``(feature index, weight, field, value)``."""
        idx, w = self.encode_users([row]) if side == "user" else self.encode_items([row])
        out = []
        for j, wt in zip(idx[0], w[0], strict=True):
            if wt != 0:
                name, lab = self.describe(int(j))
                out.append((int(j), float(wt), name, lab))
        return out

    # ------------------------------------------------------------------ persistence
    def to_json(self) -> dict[str, Any]:
        """Plain JSON (options, fields, vocabularies, bucket edges); the encodings are in :meth:`arrays`."""
        self._check_fitted()
        return {
            "format": FORMAT,
            "user_fields": self.user_fields,
            "item_fields": self.item_fields,
            "include_ids": self.include_ids,
            "n_buckets": self.n_buckets,
            "max_values": self.max_values,
            "item_text": self.item_text,
            "fields": [f.to_json() for f in self.fields_],
        }

    def arrays(self) -> dict[str, np.ndarray]:
        """The precomputed encodings: ``user_index``, ``user_weight``, ``item_index``, ``item_weight``."""
        self._check_fitted()
        return {
            "user_index": self.user_index_,
            "user_weight": self.user_weight_,
            "item_index": self.item_index_,
            "item_weight": self.item_weight_,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], arrays: dict[str, np.ndarray] | None = None) -> FieldMap:
        """Rebuild a fitted FieldMap from :meth:`to_json` and :meth:`arrays` (needed for encoding)."""
        if data.get("format") != FORMAT:
            raise ValueError(f"FieldMap JSON format must be {FORMAT}; got {data.get('format')!r}")
        fm = cls(
            user_fields=data["user_fields"],
            item_fields=data["item_fields"],
            include_ids=data["include_ids"],
            n_buckets=data["n_buckets"],
            max_values=data["max_values"],
            item_text=bool(data.get("item_text", False)),
        )
        fields = [FieldInfo.from_json(f) for f in data["fields"]]
        if arrays is None:
            raise ValueError("arrays must be the dict returned by FieldMap.arrays(); got None")
        missing = [k for k in ("user_index", "user_weight", "item_index", "item_weight") if k not in arrays]
        if missing:
            raise ValueError(f"arrays lacks {missing}; pass the dict returned by FieldMap.arrays()")
        fm._set(fields, arrays)
        return fm

    def __repr__(self) -> str:
        if not hasattr(self, "fields_"):
            return (f"FieldMap(user_fields={self.user_fields!r}, item_fields={self.item_fields!r}, "
                    f"include_ids={self.include_ids!r}, n_buckets={self.n_buckets!r}, max_values={self.max_values!r})")
        parts = ", ".join(f"{f.name}:{f.kind}[{f.size}]" for f in self.fields_)
        return f"FieldMap({self.n_features_} features: {parts})"


# ---------------------------------------------------------------------- helpers
def _rows(name: str, rows: Any, n: int) -> np.ndarray:
    r = np.asarray(rows, dtype=np.int64).reshape(-1) if not np.isscalar(rows) else np.array([rows], dtype=np.int64)
    if len(r) and (r.min() < 0 or r.max() >= n):
        raise ValueError(f"{name} must be internal indices in [0, {n - 1}]; got values in [{r.min()}, {r.max()}]")
    return r


def _choose_columns(side: str, wanted: list[str] | None, specs: dict[str, Any]) -> list[str]:
    param = f"{side}_fields"
    if wanted is None:
        return [c for c, s in specs.items() if s.kind != "text"]
    out = []
    for c in wanted:
        if c not in specs:
            usable = [k for k, s in specs.items() if s.kind != "text"]
            raise ValueError(f"{param}: the {side}s table has no field {c!r}; usable fields: {usable}")
        if specs[c].kind == "text":
            raise ValueError(
                f"{param}: field {c!r} is text, which a FieldMap does not encode; drop it from {param}"
            )
        if c not in out:
            out.append(c)
    return out


def _vocab(values: list[str]) -> list[str]:
    """Distinct values, most frequent first (ties by value), for a stable layout."""
    if not values:
        return []
    counts = pd.Series(values).value_counts()
    return sorted(counts.index.tolist(), key=lambda v: (-int(counts[v]), v))


def _fit_field(
    name: str, side: str, kind: str, column: str, values: pd.Series, offset: int, slot: int,
    n_buckets: int, max_values: int | None,
) -> FieldInfo:
    if kind == "categorical":
        vocab = _vocab([str(v) for v in values if not is_missing(v)])
        return FieldInfo(name, side, kind, column, offset, len(vocab) + 1, (slot, slot + 1), (*vocab, MISSING))
    if kind == "multi":
        lists = [as_list(v) for v in values]
        vocab = _vocab([x for lst in lists for x in lst])
        longest = max((len(set(lst)) for lst in lists), default=1)
        n_slots = max(1, longest if max_values is None else min(longest, max_values))
        return FieldInfo(name, side, kind, column, offset, len(vocab) + 1, (slot, slot + n_slots), (*vocab, MISSING))
    if kind == "numeric":
        x = pd.to_numeric(values, errors="coerce").to_numpy(dtype=np.float64)
        seen = x[np.isfinite(x)]
        edges = _bucket_edges(seen, n_buckets)
        labels = _bucket_labels(edges, seen, _integral(x))
        return FieldInfo(name, side, kind, column, offset, len(labels) + 1, (slot, slot + 1), (*labels, MISSING),
                         tuple(edges))
    raise ValueError(f"field {column!r}: kind {kind!r} cannot be encoded by a FieldMap")


def _bucket_edges(x: np.ndarray, n_buckets: int) -> list[float]:
    """Lower bounds of the buckets, then the maximum; quantiles on observed values (one bucket per value if few)."""
    if len(x) == 0:
        return []
    uniq = np.unique(x)
    if len(uniq) <= n_buckets:
        starts = uniq
    else:
        starts = np.unique(np.quantile(x, np.linspace(0.0, 1.0, n_buckets + 1)[:-1], method="nearest"))
    return [float(v) for v in starts] + [float(uniq[-1])]


def _integral(x: np.ndarray) -> bool:
    f = x[np.isfinite(x)]
    return bool(len(f) == 0 or np.all(np.mod(f, 1) == 0))


def _fmt(v: float, integral: bool) -> str:
    if integral:
        return str(int(round(v)))
    return f"{v:.2f}" if abs(v) < 1e6 else f"{v:.4g}"


def _bucket_labels(edges: list[float], x: np.ndarray, integral: bool) -> list[str]:
    """``lo-hi`` per bucket: the smallest and largest observed value in it (one value: just it)."""
    if not edges:
        return []
    starts = np.asarray(edges[:-1])
    b = np.searchsorted(starts, x, side="right") - 1
    labels = []
    for j in range(len(starts)):
        inside = x[b == j]
        lo, hi = (float(inside.min()), float(inside.max())) if len(inside) else (float(starts[j]), float(starts[j]))
        labels.append(_fmt(lo, integral) if hi <= lo else f"{_fmt(lo, integral)}-{_fmt(hi, integral)}")
    return labels



def _encode(fields: list[FieldInfo], table: pd.DataFrame | None, n_rows: int, n_slots: int
            ) -> tuple[np.ndarray, np.ndarray]:
    """Slot arrays ``(n_rows, n_slots)`` of one side: feature indices and weights."""
    index = np.zeros((n_rows, n_slots), dtype=np.int64)
    weight = np.zeros((n_rows, n_slots), dtype=np.float32)
    codes: np.ndarray | list[int]
    for f in fields:
        a = f.slots[0]
        if f.kind in ("id", "text"):
            index[:, a] = f.offset + np.arange(n_rows)
            weight[:, a] = 1.0
            continue
        values = table[f.column] if table is not None else pd.Series([None] * n_rows)
        miss = f.missing_index
        assert miss is not None  # only id fields have none
        if f.kind == "categorical":
            lookup = {v: j for j, v in enumerate(f.labels[:-1])}
            codes = np.array([lookup.get(str(v), f.size - 1) if not is_missing(v) else f.size - 1 for v in values],
                             dtype=np.int64)
            index[:, a] = f.offset + codes
            weight[:, a] = 1.0
        elif f.kind == "numeric":
            x = pd.to_numeric(values, errors="coerce").to_numpy(dtype=np.float64)
            index[:, a] = _bucketize(x, f)
            weight[:, a] = 1.0
        else:  # multi
            lookup = {v: j for j, v in enumerate(f.labels[:-1])}
            index[:, a : f.slots[1]] = miss
            for r, v in enumerate(values):
                codes = list(dict.fromkeys(lookup.get(x, f.size - 1) for x in as_list(v)))[: f.n_slots]
                if not codes:
                    index[r, a] = miss
                    weight[r, a] = 1.0
                    continue
                index[r, a : a + len(codes)] = f.offset + np.asarray(codes, dtype=np.int64)
                weight[r, a : a + len(codes)] = 1.0 / len(codes)
    return index, weight


def _bucketize(x: np.ndarray, f: FieldInfo) -> np.ndarray:
    """Feature indices of numeric values: their bucket, or the missing row."""
    out = np.full(len(x), f.missing_index, dtype=np.int64)
    if not f.edges:
        return out
    starts = np.asarray(f.edges[:-1])
    ok = np.isfinite(x)
    b = np.clip(np.searchsorted(starts, x[ok], side="right") - 1, 0, len(starts) - 1)
    out[ok] = f.offset + b
    return out
