"""Whole recommendation answers: built once, kept, and computed ahead of the request.

A shopper's recommendations page (top-k with evidence and reasons) costs
10-20 ms of CPU to build on a small machine: the model scores the history, an
explainer re-scores it, the narrator writes and fact-checks a sentence per
item. The answer only changes when the user's history, the catalogue or the
model does, so:

- :func:`build_items` builds the ``items`` of an answer (the one code path of
  ``GET /v1/users/{u}/recommendations``).
- :class:`ResponseCache` keeps each user's latest answer per request
  :class:`Shape` (k, explain, narrate, lang, method), compressed, under the
  key of the history it was computed from (``View.key``): a new event makes a
  new key, so a stale answer is never served. An item's change drops the
  answers that name it, a deleted user's answers are dropped at once, and an
  answer computed while either happened is not kept (:meth:`ResponseCache.token`).
- :class:`Precomputer` builds the default page of every stored user in a
  background thread after start-up, most recently active users first, and
  again for a user right after their events are written or an item of their
  answer changes, so that most requests are a look-up.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
import zlib
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from whyrec.service.errors import json_bytes

if TYPE_CHECKING:
    from whyrec.service.engine import Engine, View

log = logging.getLogger("whyrec.service")


@dataclass(frozen=True)
class Shape:
    """What a recommendations request asks for, apart from the user (``method`` is the resolved method)."""

    k: int
    explain: bool
    narrate: bool
    lang: str
    method: str


def build_items(engine: Engine, view: View, shape: Shape) -> list[dict[str, Any]]:
    """The ``items`` of the answer to ``shape`` for ``view`` (:class:`~whyrec.service.answers.RecommendedItem`)."""
    recs = engine.recommend(view, shape.k)
    ids = [r[0] for r in recs]
    info = engine.summaries(ids)
    expls = engine.explain_many(view, ids, shape.method) if shape.explain else [None] * len(recs)
    items = []
    for (item, score, rank), expl in zip(recs, expls, strict=True):
        reason = engine.reason(expl, shape.lang) if (shape.narrate and expl is not None) else None
        items.append({"item": item, **info[item], "score": score, "rank": rank, "explanation": expl, "reason": reason})
    return items


def named_items(items: list[dict[str, Any]]) -> frozenset[str]:
    """Every item id an answer names: the recommendations and their evidence items."""
    out: set[str] = set()

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            for key, v in x.items():
                if key == "item" and isinstance(v, str):
                    out.add(v)
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(items)
    return frozenset(out)


@dataclass
class _Entry:
    key: Any
    body: bytes  # zlib-compressed JSON of the items
    items: frozenset[str]


class ResponseCache:
    """Users' latest answers per :class:`Shape`, compressed, least recently used ones dropped past ``max_bytes``."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = int(max_bytes)
        self._d: OrderedDict[tuple[str, Shape], _Entry] = OrderedDict()
        self._shapes: dict[str, set[Shape]] = {}
        self._user_epoch: dict[str, int] = {}
        self._epoch = 0
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._d)

    @property
    def nbytes(self) -> int:
        """Compressed bytes held."""
        return self._bytes

    def token(self, user: str) -> tuple[int, int]:
        """Take before computing an answer, give to :meth:`put`: it refuses the answer if the user was forgotten
        or an item changed in between."""
        with self._lock:
            return self._epoch, self._user_epoch.get(user, 0)

    def get(self, user: str, shape: Shape, key: Any, count_miss: bool = True) -> bytes | None:
        """The items JSON of the user's answer to ``shape`` computed under ``key``, or None (a miss, counted
        unless ``count_miss`` is False: a look-up that falls back to one that counts)."""
        with self._lock:
            e = self._d.get((user, shape))
            if e is None or e.key != key:
                self.misses += count_miss
                return None
            self._d.move_to_end((user, shape))
            self.hits += 1
            body = e.body
        return zlib.decompress(body)

    def put(self, user: str, shape: Shape, key: Any, body: bytes, items: frozenset[str],
            token: tuple[int, int]) -> bool:
        """Keep an answer (``body``: its items JSON); False when refused (see :meth:`token`) or too large."""
        packed = zlib.compress(body, 1)
        if len(packed) > self.max_bytes:
            return False
        with self._lock:
            if token != (self._epoch, self._user_epoch.get(user, 0)):
                return False
            self._drop((user, shape))
            self._d[(user, shape)] = _Entry(key, packed, items)
            self._shapes.setdefault(user, set()).add(shape)
            self._bytes += len(packed)
            while self._bytes > self.max_bytes:
                self._drop(next(iter(self._d)))
            return True

    def _drop(self, k: tuple[str, Shape]) -> None:
        e = self._d.pop(k, None)
        if e is None:
            return
        self._bytes -= len(e.body)
        shapes = self._shapes.get(k[0])
        if shapes is not None:
            shapes.discard(k[1])
            if not shapes:
                del self._shapes[k[0]]

    def take(self, user: str) -> list[tuple[Shape, Any, bytes, frozenset[str]]]:
        """Remove and return the user's kept answers: ``(shape, key, items JSON, items named)`` each (a batch job
        writes them out, :mod:`whyrec.service.prebuilt`)."""
        with self._lock:
            kept = [(s, self._d[(user, s)]) for s in self._shapes.get(user, ())]
            for s, _ in kept:
                self._drop((user, s))
        return [(s, e.key, zlib.decompress(e.body), e.items) for s, e in kept]

    def forget_users(self, users: Iterable[str]) -> None:
        """Drop the answers of ``users`` (new events, or deleted) and refuse those being computed."""
        with self._lock:
            for u in users:
                self._user_epoch[u] = self._user_epoch.get(u, 0) + 1
                for shape in list(self._shapes.get(u, ())):
                    self._drop((u, shape))

    def forget_item(self, item: str) -> list[str]:
        """Drop the answers that name ``item`` (its attributes changed); returns their users."""
        with self._lock:
            self._epoch += 1
            gone = [k for k, e in self._d.items() if item in e.items]
            for k in gone:
                self._drop(k)
        return sorted({u for u, _ in gone})

    def clear(self) -> None:
        """Drop everything (and refuse answers being computed)."""
        with self._lock:
            self._epoch += 1
            self._d.clear()
            self._shapes.clear()
            self._bytes = 0


class Precomputer:
    """Calls ``compute(user)`` for queued users on a background thread, one at a time.

    :meth:`start` queues the users given (the store's active users) and
    starts the thread; :meth:`enqueue` puts users at the front (their events
    just changed their answer). A failure is logged and counted, never raised.
    """

    def __init__(self, compute: Callable[[str], Any], name: str = "whyrec-precompute",
                 on_first_pass: Callable[[], Any] | None = None) -> None:
        self.compute = compute
        self.on_first_pass = on_first_pass
        self.name = name
        self._queue: deque[str] = deque()
        self._queued: set[str] = set()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stop = False
        self.done = 0
        self.failed = 0
        self.total = 0
        self.started_at: float | None = None
        self.first_pass_seconds: float | None = None
        self._first: set[str] = set()

    def start(self, users: Iterable[str]) -> None:
        """Queue ``users`` (in order) and start the thread (once)."""
        with self._cond:
            for u in users:
                if u not in self._queued:
                    self._queue.append(u)
                    self._queued.add(u)
            self.total = len(self._queue)
            self._first = set(self._queue)
            self.started_at = time.perf_counter()
            if self.total == 0:
                self.first_pass_seconds = 0.0
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()
            self._cond.notify()

    def enqueue(self, users: Iterable[str]) -> None:
        """Compute these users next (no-op before :meth:`start`)."""
        with self._cond:
            if self._thread is None:
                return
            for u in users:
                if u in self._queued:
                    continue
                self._queue.appendleft(u)
                self._queued.add(u)
            self._cond.notify()

    def stop(self) -> None:
        """Stop after the current user."""
        with self._cond:
            self._stop = True
            self._cond.notify()

    def progress(self) -> dict[str, Any]:
        """``done`` of the first pass's ``total``, ``queued`` now, ``failed``, and the first pass's seconds."""
        with self._cond:
            return {"done": self.done, "total": self.total, "queued": len(self._queue), "failed": self.failed,
                    "first_pass_seconds": self.first_pass_seconds}  # fmt: skip

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._stop:
                    self._cond.wait()
                if self._stop:
                    return
                user = self._queue.popleft()
                self._queued.discard(user)
            try:
                self.compute(user)
            except Exception as e:  # noqa: BLE001 - a user that cannot be precomputed is computed on request
                if self._stop:
                    return  # the service is closing: its model thread is gone
                self.failed += 1
                log.warning("precomputing the answer of user %r failed: %s: %s", user, type(e).__name__, e)
            with self._cond:
                if user in self._first:
                    self._first.discard(user)
                    self.done += 1
                    if not self._first and self.started_at is not None:
                        self.first_pass_seconds = time.perf_counter() - self.started_at
                        log.info("precomputed %d answers in %.0f s", self.total, self.first_pass_seconds)
                        if self.on_first_pass is not None:
                            self.on_first_pass()


def settle_memory() -> None:
    """Collect garbage once, then move every object alive now out of the collector's way (:func:`gc.freeze`).

    The model, the catalogue and the precomputed answers live until shutdown: left to the collector, each full
    collection walked them all again and paused every request for 150-600 ms (measured on Beauty with 22k
    precomputed answers). Objects made later are collected as usual.
    """
    gc.collect()
    gc.freeze()


def render_answer(head: dict[str, Any], items_json: bytes) -> bytes:
    """The JSON of an answer: ``head``'s fields, then ``"items"`` (already JSON)."""
    return json_bytes(head)[:-1] + b',"items":' + items_json + b"}"
