"""Per-user histories read from the store, cached, for scoring with the model.

A user's history is their stored events, oldest first, mapped to the model's
internal item indices (items the model does not know, e.g. catalogue items
added after training, are left out). :class:`HistoryCache` keeps the
histories of recently seen users and forgets a user's entry as soon as an
event of theirs is written or they are deleted, so the next request reads
the store again: a new event changes the next answer without retraining.
Read-and-fill and forget take one lock, so an entry is never filled from a
read that a later write made stale.

The cache lives in each server process. When several processes serve one
database (``shared=True``, the default for a PostgreSQL store), a write in one
process cannot reach the others' memory, so a cached entry is checked against
the store on every use: the user's event count and latest arrival number, and
their tombstone (one indexed query each). A changed entry is read again, and
the answer cache, keyed by the history it was built from, misses with it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import func, select

from whyrec.data.dataset import Histories
from whyrec.store import Store, schema


@dataclass(frozen=True)
class UserState:
    """What the service knows of one user: ``items`` (internal indices, oldest first), how many events are stored
    (``n_events``, items unknown to the model included) and whether a user of this id was deleted before."""

    items: np.ndarray
    n_events: int
    forgotten: bool
    #: (event count, latest arrival number, erased) when read: what a shared cache compares with the store
    version: tuple[int, int | None, bool] = (0, None, False)


def one_user_histories(n_users: int, n_items: int, slot: int, items: np.ndarray) -> Histories:
    """Histories of ``n_users`` users, all empty except ``slot``'s, which is ``items``."""
    indptr = np.zeros(n_users + 1, dtype=np.int64)
    indptr[slot + 1 :] = len(items)
    return Histories(indptr, np.asarray(items, dtype=np.int32), n_items)


class HistoryCache:
    """Users' store histories as model item indices, least recently used ones dropped past ``max_users``."""

    def __init__(self, store: Store, item_index: dict[str, int], max_users: int = 100_000, *,
                 shared: bool = False) -> None:
        self.store = store
        self.shared = bool(shared)
        self.item_index = item_index
        self.max_users = int(max_users)
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, UserState] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, user: str) -> UserState:
        """The user's current state (read from the store unless cached; for a shared store, unless cached and
        still what the store holds)."""
        if self.shared:
            with self._lock:
                cached = self._peek(user)
            # the check's query runs outside the lock, so that requests of other users do not queue behind it
            if cached is not None and self._version(user) == cached.version:
                with self._lock:
                    if self._cache.get(user) is cached:  # not forgotten meanwhile
                        self.hits += 1
                        return cached
        with self._lock:
            state = self._peek(user)
            if state is not None and not self.shared:
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
        are those of :meth:`get`, the full path). Always None for a shared store, whose entries are checked
        against the store on every use."""
        if self.shared:
            return None
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
            rows = list(conn.execute(
                select(ev.c.item_id, ev.c.seq).where(ev.c.user_id == user).order_by(ev.c.timestamp, ev.c.seq)
            ))
            forgotten = bool(self.store._erased(conn, [user]))
        index = self.item_index
        items = np.fromiter((index[i] for i, _ in rows if i in index), dtype=np.int32)
        latest = max((int(q) for _, q in rows), default=None)
        return UserState(items=items, n_events=len(rows), forgotten=forgotten, version=(len(rows), latest, forgotten))

    def _version(self, user: str) -> tuple[int, int | None, bool]:
        """The user's (event count, latest arrival number, erased) in the store now."""
        ev = schema.events
        with self.store.read() as conn:
            n, latest = conn.execute(
                select(func.count(), func.max(ev.c.seq)).where(ev.c.user_id == user)
            ).one()
            forgotten = bool(self.store._erased(conn, [user]))
        return int(n), None if latest is None else int(latest), forgotten

    def forget(self, users: Iterable[str]) -> None:
        """Drop the cached entries of ``users`` (call after their events were written or deleted)."""
        with self._lock:
            for u in users:
                self._cache.pop(str(u), None)

    def clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._cache.clear()
