"""Per-user histories read from the store, cached, for scoring with the model.

A user's history is their stored events, oldest first, mapped to the model's
internal item indices (items the model does not know, e.g. catalogue items
added after training, are left out). :class:`HistoryCache` keeps the
histories of recently seen users and forgets a user's entry as soon as an
event of theirs is written or they are deleted, so the next request reads
the store again: a new event changes the next answer without retraining.
Read-and-fill and forget take one lock, so an entry is never filled from a
read that a later write made stale. (One cache per process: run one server
process per database.)
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select

from whyrec.data.dataset import Histories
from whyrec.store import Store, schema


@dataclass(frozen=True)
class UserState:
    """What the service knows of one user: ``items`` (internal indices, oldest first), how many events are stored
    (``n_events``, items unknown to the model included) and whether a user of this id was deleted before."""

    items: np.ndarray
    n_events: int
    forgotten: bool


def one_user_histories(n_users: int, n_items: int, slot: int, items: np.ndarray) -> Histories:
    """Histories of ``n_users`` users, all empty except ``slot``'s, which is ``items``."""
    indptr = np.zeros(n_users + 1, dtype=np.int64)
    indptr[slot + 1 :] = len(items)
    return Histories(indptr, np.asarray(items, dtype=np.int32), n_items)


class HistoryCache:
    """Users' store histories as model item indices, least recently used ones dropped past ``max_users``."""

    def __init__(self, store: Store, item_index: dict[str, int], max_users: int = 100_000) -> None:
        self.store = store
        self.item_index = item_index
        self.max_users = int(max_users)
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, UserState] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, user: str) -> UserState:
        """The user's current state (read from the store unless cached)."""
        with self._lock:
            state = self._peek(user)
            if state is not None:
                self.hits += 1
                return state
            self.misses += 1
            state = self._read(user)
            self._cache[user] = state
            if len(self._cache) > self.max_users:
                self._cache.popitem(last=False)
            return state

    def peek(self, user: str) -> UserState | None:
        """The user's cached state, or None; never reads the store and counts nothing (the hit and miss counters
        are those of :meth:`get`, the full path)."""
        with self._lock:
            return self._peek(user)

    def _peek(self, user: str) -> UserState | None:
        state = self._cache.get(user)
        if state is not None:
            self._cache.move_to_end(user)
        return state

    def _read(self, user: str) -> UserState:
        ev = schema.events
        self.store._keys()  # the erasure keys (read, or generated, once per store)
        with self.store.read() as conn:
            ids = list(conn.execute(
                select(ev.c.item_id).where(ev.c.user_id == user).order_by(ev.c.timestamp, ev.c.seq)
            ).scalars())
            forgotten = bool(self.store._erased(conn, [user]))
        index = self.item_index
        items = np.fromiter((index[i] for i in ids if i in index), dtype=np.int32)
        return UserState(items=items, n_events=len(ids), forgotten=forgotten)

    def forget(self, users: Iterable[str]) -> None:
        """Drop the cached entries of ``users`` (call after their events were written or deleted)."""
        with self._lock:
            for u in users:
                self._cache.pop(str(u), None)

    def clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._cache.clear()
