"""What bounds a client's cost: per-key (or per-address) token buckets, and the cost budget of explanation methods.

:class:`RateLimiter` keeps one token bucket per client: an API key (by its
keyed digest, never the plaintext) or, for a keyless public read, the
client's address. A request takes a token; an empty bucket answers 429 with
``Retry-After`` (seconds until a token is back). :func:`check_cost` refuses
an expensive explanation method (Shapley values, LIME, Banzhaf, deletion
paths, counterfactuals, integrated gradients: each costs one to several
seconds of the single model thread per item at ``k=100``) above a small
``k`` unless the key has the ``admin`` scope.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Hashable
from typing import Any

from whyrec.service.errors import ApiError

#: explanation methods whose cost grows fast with ``k`` (many model calls per explained item)
EXPENSIVE_METHODS = frozenset(
    {"shap", "lime", "banzhaf", "deletion_path", "counterfactual", "why_not", "integrated_gradients"}
)
#: buckets kept before the full (idle) ones are dropped
MAX_BUCKETS = 10_000
#: the largest request head (request line and headers) uvicorn buffers
MAX_HEADER_BYTES = 16 * 1024


class RateLimiter:
    """Token buckets: ``rate`` tokens a second, at most ``burst`` kept, one bucket per client key."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = float(rate)
        self.burst = float(burst)
        self._buckets: dict[Hashable, tuple[float, float]] = {}  # key -> (tokens, time of the last refill)
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        """A rate of 0 turns the limit off."""
        return self.rate > 0

    def take(self, key: Hashable, now: float | None = None) -> float:
        """Take a token from ``key``'s bucket: 0.0 when allowed, else the seconds until a token is back."""
        if not self.enabled:
            return 0.0
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                if len(self._buckets) > MAX_BUCKETS:
                    self._prune(now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate

    def _prune(self, now: float) -> None:
        full = [k for k, (t, last) in self._buckets.items() if t + (now - last) * self.rate >= self.burst]
        for k in full:
            del self._buckets[k]
        while len(self._buckets) > MAX_BUCKETS:  # all busy: drop the oldest
            del self._buckets[next(iter(self._buckets))]

    def check(self, key: Hashable, who: str) -> None:
        """ApiError 429 (with ``Retry-After``) when ``key``'s bucket is empty; ``who`` names the client in words."""
        wait = self.take(key)
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            raise ApiError(
                429,
                "rate_limited",
                f"too many requests from {who}: the limit is {self.rate:g} per second (bursts of {self.burst:g})",
                fix=f"retry after {seconds} s (the Retry-After header), and space the requests out",
                headers={"Retry-After": str(seconds)},
            )


def check_cost(method: str | None, k: int, max_k: int, admin: bool) -> None:
    """ApiError 422 when ``method`` is expensive and ``k`` over ``max_k`` for a key without ``admin``."""
    if admin or not method or method not in EXPENSIVE_METHODS or k <= max_k:
        return
    raise ApiError(
        422,
        "too_expensive",
        f"method {method!r} with k={k} is over the cost budget: k may be at most {max_k} with an expensive "
        f"explanation method ({', '.join(sorted(EXPENSIVE_METHODS))}) unless the key has the 'admin' scope",
        fix=f"ask k<={max_k}, or leave method out (the model's default method is cheap), or use an admin key",
        field="k",
        value=k,
    )


def idle_timeout_protocol(header_timeout: float = 10.0) -> type:
    """uvicorn's h11 protocol, closing a connection that sends nothing within ``timeout_keep_alive`` seconds of
    opening (uvicorn times out only the idle time between requests, so a connection that never sends a request
    stayed open for ever), and one whose request line and headers are not complete within ``header_timeout``
    seconds of their first byte (a client trickling a header a byte at a time kept a connection for ever)."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class IdleTimeoutH11(H11Protocol):
        _header_task: Any = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self.timeout_keep_alive_task = self.loop.call_later(
                self.timeout_keep_alive, self.timeout_keep_alive_handler
            )

        def data_received(self, data: bytes) -> None:
            waiting = self.conn.their_state is h11.IDLE  # no complete request line and headers yet
            if waiting and self._header_task is None:
                self._header_task = self.loop.call_later(header_timeout, self._headers_too_slow)
            super().data_received(data)
            if self.conn.their_state is not h11.IDLE and self._header_task is not None:
                self._header_task.cancel()
                self._header_task = None

        def _headers_too_slow(self) -> None:
            self._header_task = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._header_task is not None:
                self._header_task.cancel()
                self._header_task = None
            super().connection_lost(exc)

    return IdleTimeoutH11
