"""Cleaning a Dataset: duplicates, a rating threshold, iterative k-core filtering and re-indexing.

``clean`` returns a new Dataset (the input is not changed) and a
:class:`CleanReport` that says how many rows each step dropped and how many
users and items vanished from the id maps.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

import numpy as np
import pandas as pd

from whyrec.data.dataset import Dataset
from whyrec.errors import DataError, check_choice, check_float, check_int

Dedupe = bool | Literal["exact", "pair", "none"]
_DEDUPE = ("exact", "pair", "none")


@dataclass(frozen=True)
class CleanReport:
    """What :func:`clean` did: rows dropped per reason and users/items removed from the id maps.

    ``rows_in == rows_out + duplicates_dropped + low_rating_dropped +
    k_core_dropped``. ``users_removed`` / ``items_removed`` count ids that
    left the id maps (they lost all their interactions, or, with a k-core or
    ``keep_catalog=False``, never had any).
    """

    name: str
    dedupe: str
    min_rating: float | None
    k_core: int | None
    rows_in: int
    rows_out: int
    duplicates_dropped: int
    low_rating_dropped: int
    k_core_dropped: int
    k_core_rounds: int
    users_in: int
    users_out: int
    items_in: int
    items_out: int

    @property
    def users_removed(self) -> int:
        """Users that left the id map."""
        return self.users_in - self.users_out

    @property
    def items_removed(self) -> int:
        """Items that left the id map."""
        return self.items_in - self.items_out

    def as_dict(self) -> dict[str, Any]:
        """The report as a JSON-serialisable dict (removed counts included)."""
        return {**asdict(self), "users_removed": self.users_removed, "items_removed": self.items_removed}

    def __str__(self) -> str:
        rows = [("input", f"{self.rows_in:,}", f"{self.users_in:,}", f"{self.items_in:,}")]
        if self.dedupe != "none":
            key = "(user, item, time)" if self.dedupe == "exact" else "(user, item)"
            rows.append((f"duplicates {key}", f"-{self.duplicates_dropped:,}", "", ""))
        if self.min_rating is not None:
            rows.append((f"rating < {self.min_rating:g}", f"-{self.low_rating_dropped:,}", "", ""))
        if self.k_core is not None:
            rounds = f"{self.k_core_rounds} round" + ("s" if self.k_core_rounds != 1 else "")
            rows.append((f"{self.k_core}-core ({rounds})", f"-{self.k_core_dropped:,}", "", ""))
        rows.append(("removed from id maps", "", f"-{self.users_removed:,}", f"-{self.items_removed:,}"))
        rows.append(("output", f"{self.rows_out:,}", f"{self.users_out:,}", f"{self.items_out:,}"))
        header = ("step", "rows", "users", "items")
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
        lines = [f"cleaning {self.name}"]
        for r in [header, *rows]:
            lines.append("  ".join([r[0].ljust(widths[0])] + [r[i].rjust(widths[i]) for i in range(1, 4)]).rstrip())
        return "\n".join(lines)


def clean(
    dataset: Dataset,
    *,
    dedupe: Dedupe = True,
    min_rating: float | None = None,
    k_core: int | None = None,
    keep: Literal["first", "last"] = "last",
    keep_catalog: bool | None = None,
) -> tuple[Dataset, CleanReport]:
    """Clean ``dataset``; return the cleaned Dataset and a :class:`CleanReport`.

    Steps, in this order:

    1. ``dedupe``: ``True`` or ``"exact"`` drops repeated (user, item,
       timestamp) rows; ``"pair"`` keeps one row per (user, item) whatever the
       time (re-consumption removed); ``False`` / ``"none"`` keeps all.
       ``keep`` says which row of a group survives: ``"last"`` (the latest,
       so the latest rating wins) or ``"first"``.
    2. ``min_rating``: drop rows whose rating is below it (or missing), turning
       ratings into implicit feedback (e.g. ``min_rating=4``).
    3. ``k_core``: drop users and items with fewer than ``k_core``
       interactions, again and again until every remaining user and item has
       at least ``k_core`` (the unique largest such subset).
    4. Re-index: users and items that lost all their interactions leave the
       id maps, and the user/item tables are cut to match. Users and items
       that never had an interaction (catalogue items) are kept when
       ``keep_catalog`` is true, which is the default without ``k_core``; a
       k-core always removes them.
    """
    mode = _dedupe_mode(dedupe)
    check_choice("keep", keep, ("first", "last"))
    if min_rating is not None:
        min_rating = check_float("min_rating", min_rating, float("-inf"))
        if "rating" not in dataset.interactions.columns:
            raise DataError(
                "the dataset has no ratings", field="min_rating", value=min_rating, fix="pass min_rating=None"
            )
    if k_core is not None:
        k_core = check_int("k_core", k_core, 1)
        if keep_catalog:
            raise ValueError(
                "keep_catalog=True conflicts with k_core: a k-core keeps only users and items with at least "
                f"{k_core} interactions; pass keep_catalog=None"
            )
    keep_catalog = k_core is None if keep_catalog is None else bool(keep_catalog)

    inter = dataset.interactions
    n_in = len(inter)
    inter = _dedupe(inter, mode, keep)
    n_dedupe = len(inter)
    if min_rating is not None:
        inter = inter[inter["rating"].to_numpy() >= min_rating]
    n_rating = len(inter)
    rounds = 0
    if k_core is not None:
        inter, rounds = k_core_filter(inter, k_core, dataset.n_users, dataset.n_items)

    kept_users = _kept(dataset.interactions["user"], inter["user"], dataset.n_users, keep_catalog)
    kept_items = _kept(dataset.interactions["item"], inter["item"], dataset.n_items, keep_catalog)
    out = _reindex(dataset, inter, kept_users, kept_items)
    report = CleanReport(
        name=dataset.name,
        dedupe=mode,
        min_rating=min_rating,
        k_core=k_core,
        rows_in=n_in,
        rows_out=len(inter),
        duplicates_dropped=n_in - n_dedupe,
        low_rating_dropped=n_dedupe - n_rating,
        k_core_dropped=n_rating - len(inter),
        k_core_rounds=rounds,
        users_in=dataset.n_users,
        users_out=out.n_users,
        items_in=dataset.n_items,
        items_out=out.n_items,
    )
    out.meta["cleaning"] = report.as_dict()
    return out, report


def _dedupe_mode(dedupe: Any) -> str:
    if dedupe is True:
        return "exact"
    if dedupe is False or dedupe is None:
        return "none"
    return check_choice("dedupe", dedupe, (True, False, *_DEDUPE))


def _dedupe(inter: pd.DataFrame, mode: str, keep: str) -> pd.DataFrame:
    if mode == "none":
        return inter
    subset = ["user", "item", "timestamp"] if mode == "exact" else ["user", "item"]
    # rows are sorted by user then time, so "last" is the latest occurrence
    return inter[~inter.duplicated(subset=subset, keep=keep)]


def k_core_filter(inter: pd.DataFrame, k: int, n_users: int, n_items: int) -> tuple[pd.DataFrame, int]:
    """Rows of ``inter`` (internal ids) whose user and item both keep at least ``k`` rows, iteratively.

    Returns the filtered rows and the number of rounds that removed something.
    """
    users = inter["user"].to_numpy()
    items = inter["item"].to_numpy()
    alive = np.ones(len(inter), dtype=bool)
    rounds = 0
    while True:
        u_count = np.bincount(users[alive], minlength=n_users)
        i_count = np.bincount(items[alive], minlength=n_items)
        ok = alive & (u_count[users] >= k) & (i_count[items] >= k)
        if ok.sum() == alive.sum():
            break
        alive = ok
        rounds += 1
    return inter[alive], rounds


def _kept(before: pd.Series, after: pd.Series, n: int, keep_catalog: bool) -> np.ndarray:
    """Indices (in order) that stay in an id map of size ``n``."""
    has_after = np.bincount(after.to_numpy(), minlength=n) > 0
    if keep_catalog:
        never = np.bincount(before.to_numpy(), minlength=n) == 0
        has_after |= never
    return np.flatnonzero(has_after)


def _reindex(dataset: Dataset, inter: pd.DataFrame, users: np.ndarray, items: np.ndarray) -> Dataset:
    """A Dataset restricted to the kept users and items, with dense new indices (order preserved)."""
    new_user = np.full(dataset.n_users, -1, dtype=np.int64)
    new_user[users] = np.arange(len(users))
    new_item = np.full(dataset.n_items, -1, dtype=np.int64)
    new_item[items] = np.arange(len(items))
    inter = inter.reset_index(drop=True).copy()
    inter["user"] = new_user[inter["user"].to_numpy()].astype(np.int32)
    inter["item"] = new_item[inter["item"].to_numpy()].astype(np.int32)
    return replace(
        dataset,
        interactions=inter,  # still sorted by user then time: the new indices keep the old order
        user_ids=dataset.user_ids[users],
        item_ids=dataset.item_ids[items],
        users=None if dataset.users is None else dataset.users.iloc[users].reset_index(drop=True),
        items=None if dataset.items is None else dataset.items.iloc[items].reset_index(drop=True),
        meta=dict(dataset.meta),
    )


__all__ = ["CleanReport", "clean", "k_core_filter"]
