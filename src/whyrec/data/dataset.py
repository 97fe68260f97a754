"""The ``Dataset``: interactions plus optional user and item tables, with id maps.

External ids (strings) live only at the edge; everything inside whyrec uses the
internal indices ``0..n_users-1`` and ``0..n_items-1`` that a Dataset assigns.
Splits of one Dataset share its id maps and tables, so indices agree across
train, valid and test.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np
import pandas as pd
import scipy.sparse as sp

from whyrec.errors import DataError, UnknownIdError

FieldKind = Literal["categorical", "multi", "numeric", "text"]
FIELD_KINDS: tuple[str, ...] = ("categorical", "multi", "numeric", "text")


@dataclass(frozen=True)
class FieldSpec:
    """Type of one user or item column.

    ``categorical``: one string value; ``multi``: a list of strings (tags,
    genres, categories); ``numeric``: a float (NaN when missing); ``text``:
    free text (titles, descriptions).
    """

    name: str
    kind: FieldKind

    def __post_init__(self) -> None:
        if self.kind not in FIELD_KINDS:
            raise ValueError(f"field {self.name!r}: kind must be one of {FIELD_KINDS}; got {self.kind!r}")


@dataclass(frozen=True)
class Histories:
    """Each user's items in chronological order, as CSR arrays.

    ``items[indptr[u]:indptr[u + 1]]`` is user ``u``'s history, oldest first.
    """

    indptr: np.ndarray
    items: np.ndarray
    n_items: int

    @property
    def n_users(self) -> int:
        """Number of users (rows)."""
        return len(self.indptr) - 1

    def __getitem__(self, user: int) -> np.ndarray:
        return self.items[self.indptr[user] : self.indptr[user + 1]]

    def lengths(self) -> np.ndarray:
        """History length of every user."""
        return np.diff(self.indptr)

    def entries(self, users: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The history entries of ``users`` as flat arrays: the row (position in ``users``) and the item of each."""
        users = np.asarray(users, dtype=np.int64)
        starts = self.indptr[users].astype(np.int64)
        lens = self.indptr[users + 1].astype(np.int64) - starts
        rows = np.repeat(np.arange(len(users), dtype=np.int64), lens)
        within = np.arange(int(lens.sum()), dtype=np.int64) - np.repeat(np.cumsum(lens) - lens, lens)
        return rows, self.items[np.repeat(starts, lens) + within]

    def csr(self) -> sp.csr_matrix:
        """Binary user x item matrix (repeats collapse to 1)."""
        data = np.ones(len(self.items), dtype=np.float32)
        # copies: sum_duplicates sorts and compacts the index arrays in place, which would corrupt this history
        m = sp.csr_matrix((data, self.items.copy(), self.indptr.copy()), shape=(self.n_users, self.n_items))
        m.sum_duplicates()
        m.data[:] = 1.0
        return m

    def extend(self, other: Histories) -> Histories:
        """Per user, this history followed by ``other``'s (e.g. train then valid)."""
        if other.n_users != self.n_users:
            raise ValueError(f"cannot extend histories of {self.n_users} users with {other.n_users}")
        la, lb = self.lengths(), other.lengths()
        indptr = np.zeros(self.n_users + 1, dtype=np.int64)
        np.cumsum(la + lb, out=indptr[1:])
        items = np.empty(indptr[-1], dtype=np.int32)
        # position of each of self's items, then other's, in the merged array
        pos_a = np.repeat(indptr[:-1], la) + (np.arange(len(self.items)) - np.repeat(self.indptr[:-1], la))
        pos_b = np.repeat(indptr[:-1] + la, lb) + (np.arange(len(other.items)) - np.repeat(other.indptr[:-1], lb))
        items[pos_a] = self.items
        items[pos_b] = other.items
        return Histories(indptr, items, self.n_items)

    @classmethod
    def from_lists(cls, lists: Sequence[Iterable[int]], n_items: int) -> Histories:
        """Build from one list of item indices per user."""
        arrays = [np.asarray(list(x), dtype=np.int32) for x in lists]
        indptr = np.zeros(len(arrays) + 1, dtype=np.int64)
        np.cumsum([len(a) for a in arrays], out=indptr[1:])
        items = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int32)
        if len(items) and (items.min() < 0 or items.max() >= n_items):
            raise ValueError(f"history item indices must lie in [0, {n_items - 1}]")
        return cls(indptr, items.astype(np.int32), n_items)


def _as_str_ids(values: Any) -> np.ndarray:
    arr = pd.Series(values)
    if pd.api.types.is_float_dtype(arr) and np.all(np.mod(arr.dropna(), 1) == 0):
        arr = arr.astype("Int64")
    return arr.astype(str).to_numpy(dtype=object)


@dataclass
class Dataset:
    """Interactions plus optional user and item tables, with external<->internal id maps.

    ``interactions`` has the int columns ``user`` and ``item`` (internal
    indices) and ``timestamp`` (int64, seconds or an order key), and optionally
    ``rating`` (float32) and ``event`` (str). Rows are sorted by user, then
    time (stable, so same-time events keep their file order).

    ``users`` / ``items`` hold one row per internal index (row ``i`` describes
    user or item ``i``); their columns are described by ``user_fields`` /
    ``item_fields``. ``multi`` columns hold lists of strings.

    Build one with :meth:`from_frames`, or with a reader from ``whyrec.data``.
    """

    interactions: pd.DataFrame
    user_ids: np.ndarray
    item_ids: np.ndarray
    users: pd.DataFrame | None = None
    items: pd.DataFrame | None = None
    user_fields: dict[str, FieldSpec] = field(default_factory=dict)
    item_fields: dict[str, FieldSpec] = field(default_factory=dict)
    name: str = "dataset"
    meta: dict[str, Any] = field(default_factory=dict)

    # ------------------------------------------------------------------ build
    @classmethod
    def from_frames(
        cls,
        interactions: pd.DataFrame,
        users: pd.DataFrame | None = None,
        items: pd.DataFrame | None = None,
        *,
        user_fields: dict[str, str] | None = None,
        item_fields: dict[str, str] | None = None,
        name: str = "dataset",
        meta: dict[str, Any] | None = None,
        source: str | None = None,
    ) -> Dataset:
        """Build a Dataset from frames that use external ids.

        ``interactions`` needs columns ``user`` and ``item``; ``timestamp``,
        ``rating`` and ``event`` are optional (a missing timestamp becomes the
        row order). ``users`` needs a ``user`` column and ``items`` an ``item``
        column; ``user_fields`` / ``item_fields`` map their other columns to a
        kind (``categorical``, ``multi``, ``numeric``, ``text``); columns not
        named are typed by guess (numbers -> numeric, lists -> multi, else
        categorical). Items of the catalogue with no interaction still get an
        index (cold items). ``source`` names the file for error messages.
        """
        where = source or name
        for col in ("user", "item"):
            if col not in interactions.columns:
                raise DataError(
                    f"interactions have no {col!r} column (columns: {list(interactions.columns)})",
                    path=where,
                    field=col,
                    fix=f"rename the {col} id column to {col!r} or pass a column mapping",
                )
        inter = pd.DataFrame({"user": _as_str_ids(interactions["user"]), "item": _as_str_ids(interactions["item"])})
        if "timestamp" in interactions.columns:
            ts = pd.to_numeric(interactions["timestamp"], errors="coerce")
            bad = ts.isna().to_numpy()
            if bad.any():
                i = int(np.argmax(bad))
                raise DataError(
                    "timestamp is not a number",
                    path=where,
                    line=i + 1,
                    field="timestamp",
                    value=interactions["timestamp"].iloc[i],
                    fix="give Unix seconds or an integer order key, or drop the timestamp column",
                )
            inter["timestamp"] = ts.to_numpy().astype(np.int64)
        else:
            inter["timestamp"] = np.arange(len(inter), dtype=np.int64)
        if "rating" in interactions.columns:
            r = pd.to_numeric(interactions["rating"], errors="coerce")
            bad = r.isna().to_numpy() & interactions["rating"].notna().to_numpy()
            if bad.any():
                i = int(np.argmax(bad))
                raise DataError(
                    "rating is not a number",
                    path=where,
                    line=i + 1,
                    field="rating",
                    value=interactions["rating"].iloc[i],
                    fix="give numeric ratings or drop the rating column",
                )
            inter["rating"] = r.to_numpy().astype(np.float32)
        if "event" in interactions.columns:
            inter["event"] = interactions["event"].astype(str).to_numpy()

        # id maps: users by first appearance; items by first appearance, then catalogue-only items
        user_codes, user_ids = pd.factorize(inter["user"], sort=False)
        if users is not None:
            if "user" not in users.columns:
                raise DataError(
                    "users table has no 'user' column", path=where, field="user", fix="name the user id column 'user'"
                )
            extra = pd.Index(_as_str_ids(users["user"])).difference(pd.Index(user_ids), sort=False)
            user_ids = np.concatenate([np.asarray(user_ids, dtype=object), np.asarray(extra, dtype=object)])
        item_codes, item_ids = pd.factorize(inter["item"], sort=False)
        if items is not None:
            if "item" not in items.columns:
                raise DataError(
                    "items table has no 'item' column", path=where, field="item", fix="name the item id column 'item'"
                )
            extra = pd.Index(_as_str_ids(items["item"])).difference(pd.Index(item_ids), sort=False)
            item_ids = np.concatenate([np.asarray(item_ids, dtype=object), np.asarray(extra, dtype=object)])
        user_ids = np.asarray(user_ids, dtype=object)
        item_ids = np.asarray(item_ids, dtype=object)

        inter["user"] = user_codes.astype(np.int32)
        inter["item"] = item_codes.astype(np.int32)
        users_t, ufields = _align_table(users, "user", user_ids, user_fields or {})
        items_t, ifields = _align_table(items, "item", item_ids, item_fields or {})
        ds = cls(
            interactions=_sort(inter),
            user_ids=user_ids,
            item_ids=item_ids,
            users=users_t,
            items=items_t,
            user_fields=ufields,
            item_fields=ifields,
            name=name,
            meta=dict(meta or {}),
        )
        return ds

    def without_users(self, users: Iterable[str]) -> Dataset:
        """This dataset without the interactions and profile rows of ``users`` (external ids) and without them in
        the user id map; the catalogue keeps every item (cold items keep their place)."""
        drop = {str(u) for u in users}
        if not drop:
            return self
        uid = self.user_ids.astype(str)
        ext = uid[self.interactions["user"].to_numpy()]
        keep = np.fromiter((u not in drop for u in ext), dtype=bool, count=len(ext))
        frame = self.interactions[keep].copy()
        frame["user"] = ext[keep]
        frame["item"] = self.item_ids.astype(str)[frame["item"].to_numpy()]
        users_t = None
        if self.users is not None:  # tables are aligned with the id maps: row j is id j
            users_t = self.users.assign(user=uid)[np.fromiter((u not in drop for u in uid), dtype=bool,
                                                              count=len(uid))]
        items_t = None if self.items is None else self.items.assign(item=self.item_ids.astype(str))
        return Dataset.from_frames(frame, users_t, items_t,
                                   user_fields={k: v.kind for k, v in (self.user_fields or {}).items()},
                                   item_fields={k: v.kind for k, v in (self.item_fields or {}).items()},
                                   name=self.name, meta=dict(self.meta or {}))

    def with_interactions(self, interactions: pd.DataFrame, name: str | None = None) -> Dataset:
        """A Dataset with the same id maps and tables and other interactions (internal ids)."""
        return replace(self, interactions=_sort(interactions.reset_index(drop=True)), name=name or self.name)

    # ------------------------------------------------------------------ sizes
    @property
    def n_users(self) -> int:
        """Number of users in the id map (with or without interactions)."""
        return len(self.user_ids)

    @property
    def n_items(self) -> int:
        """Number of items in the id map (with or without interactions)."""
        return len(self.item_ids)

    @property
    def n_interactions(self) -> int:
        """Number of interaction rows."""
        return len(self.interactions)

    def __len__(self) -> int:
        return self.n_interactions

    def __repr__(self) -> str:
        return (
            f"Dataset(name={self.name!r}, users={self.n_users}, items={self.n_items}, "
            f"interactions={self.n_interactions}, user_fields={list(self.user_fields)}, "
            f"item_fields={list(self.item_fields)})"
        )

    # ------------------------------------------------------------------ ids
    def _index(self, kind: str) -> dict[str, int]:
        key = f"_{kind}_index"
        cache = self.__dict__.get(key)
        ids = self.user_ids if kind == "user" else self.item_ids
        if cache is None or len(cache) != len(ids):
            cache = {str(x): i for i, x in enumerate(ids)}
            self.__dict__[key] = cache
        return cache

    def user_index(self, ids: Any) -> np.ndarray:
        """Internal indices of external user ids; raises UnknownIdError naming an unknown one."""
        return _lookup(self._index("user"), ids, "user")

    def item_index(self, ids: Any) -> np.ndarray:
        """Internal indices of external item ids; raises UnknownIdError naming an unknown one."""
        return _lookup(self._index("item"), ids, "item")

    # ------------------------------------------------------------------ views
    def histories(self) -> Histories:
        """Every user's items in chronological order (users with none get an empty history)."""
        u = self.interactions["user"].to_numpy()
        counts = np.bincount(u, minlength=self.n_users)
        indptr = np.zeros(self.n_users + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        return Histories(indptr, self.interactions["item"].to_numpy().astype(np.int32), self.n_items)

    def matrix(self) -> sp.csr_matrix:
        """Binary user x item interaction matrix."""
        return self.histories().csr()

    def item_popularity(self) -> np.ndarray:
        """Number of interactions of every item."""
        return np.bincount(self.interactions["item"].to_numpy(), minlength=self.n_items)

    def item_title(self, item: int) -> str:
        """A human-readable name of an internal item (title column if any, else the external id)."""
        if self.items is not None and "title" in self.items.columns:
            t = self.items["title"].iloc[item]
            if isinstance(t, str) and t:
                return t
        return str(self.item_ids[item])

    def describe(self) -> dict[str, Any]:
        """Counts and simple statistics, for ``whyrec data describe``."""
        inter = self.interactions
        lengths = np.bincount(inter["user"].to_numpy(), minlength=self.n_users) if len(inter) else np.zeros(0)
        n_active = int((lengths > 0).sum())
        out: dict[str, Any] = {
            "name": self.name,
            "users": self.n_users,
            "items": self.n_items,
            "interactions": self.n_interactions,
            "density": self.n_interactions / max(1, self.n_users * self.n_items),
            "history_length_median": float(np.median(lengths[lengths > 0])) if n_active else 0.0,
            "history_length_max": int(lengths.max()) if len(lengths) else 0,
            "items_without_interactions": int((self.item_popularity() == 0).sum()),
            "user_fields": {k: v.kind for k, v in self.user_fields.items()},
            "item_fields": {k: v.kind for k, v in self.item_fields.items()},
        }
        if "rating" in inter.columns:
            out["rating_min"] = float(inter["rating"].min())
            out["rating_max"] = float(inter["rating"].max())
        if "event" in inter.columns:
            out["events"] = {str(k): int(v) for k, v in inter["event"].value_counts().items()}
        return out


# ---------------------------------------------------------------------- helpers
def _sort(inter: pd.DataFrame) -> pd.DataFrame:
    order = np.lexsort((np.arange(len(inter)), inter["timestamp"].to_numpy(), inter["user"].to_numpy()))
    return inter.iloc[order].reset_index(drop=True)


def _lookup(index: dict[str, int], ids: Any, kind: str) -> np.ndarray:
    scalar = isinstance(ids, (str, int, np.integer))
    values = [ids] if scalar else list(ids)
    out = np.empty(len(values), dtype=np.int64)
    for j, v in enumerate(values):
        i = index.get(str(v))
        if i is None:
            raise UnknownIdError(kind, v, len(index), fix=f"use one of the dataset's {kind} ids")
        out[j] = i
    return out


def _guess_kind(s: pd.Series) -> str:
    if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
        return "numeric"
    non_null = s.dropna()
    if len(non_null) and isinstance(non_null.iloc[0], (list, tuple, np.ndarray)):
        return "multi"
    return "categorical"


def _align_table(
    table: pd.DataFrame | None, key: str, ids: np.ndarray, kinds: dict[str, str]
) -> tuple[pd.DataFrame | None, dict[str, FieldSpec]]:
    if table is None:
        return None, {}
    t = table.copy()
    t[key] = _as_str_ids(t[key])
    t = t.drop_duplicates(subset=key, keep="first").set_index(key)
    t = t.reindex(pd.Index(ids, dtype=object))
    specs: dict[str, FieldSpec] = {}
    for col in t.columns:
        kind = kinds.get(col) or _guess_kind(t[col])
        spec = FieldSpec(col, kind)  # type: ignore[arg-type]
        specs[col] = spec
        if kind == "numeric":
            t[col] = pd.to_numeric(t[col], errors="coerce").astype(np.float64)
        elif kind == "multi":
            t[col] = [as_list(v) for v in t[col]]
        else:
            t[col] = [None if is_missing(v) else str(v) for v in t[col]]
    t = t.reset_index(drop=True)
    return t, specs


def is_missing(v: Any) -> bool:
    """True for None and float NaN (a missing table value)."""
    if v is None:
        return True
    if isinstance(v, float) and np.isnan(v):
        return True
    return False


def as_list(v: Any) -> list[str]:
    """A multi-valued cell as a list of strings ("a|b" strings are split; missing values dropped)."""
    if is_missing(v):
        return []
    if isinstance(v, str):
        return [x.strip() for x in v.split("|") if x.strip()]
    return [str(x) for x in v if not is_missing(x)]
