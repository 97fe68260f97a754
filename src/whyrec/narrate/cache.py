"""Narrations cached by a hash of the evidence they were written from.

A narration depends only on the evidence (the :class:`~whyrec.narrate.facts.Facts`),
the language and the backend, so the cache key is a SHA-256 of exactly those
(:func:`evidence_key`); the explanation's timing, score noise or notes do not
change it. :class:`NarrationCache` (an :class:`LRUCache`) is a bounded, thread-safe LRU map in memory.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from typing import Any

from whyrec.errors import check_int


def evidence_key(facts: Any, lang: str, backend: str) -> str:
    """SHA-256 (hex) of the evidence (``facts.to_dict()``), the language and the backend name."""
    payload = {"facts": facts.to_dict(), "lang": lang, "backend": backend}
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class LRUCache:
    """A thread-safe LRU map ``key -> value`` holding at most ``max_size`` entries (0: holds nothing);
    ``hits`` / ``misses`` count lookups. The one LRU class of whyrec (narrations here, explanations and reasons in
    the service)."""

    def __init__(self, max_size: int = 4096) -> None:
        self.max_size = check_int("max_size", max_size, 0)
        self._data: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Any) -> Any | None:
        """The value stored under ``key`` (None when absent); a hit makes it the most recent entry."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                self.hits += 1
                return self._data[key]
            self.misses += 1
            return None

    def put(self, key: Any, value: Any) -> None:
        """Store ``value`` under ``key``, evicting the least recently used entry when full."""
        if self.max_size == 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.max_size:
                self._data.popitem(last=False)

    def clear(self, counts: bool = True) -> None:
        """Forget every entry (and, with ``counts``, the hit / miss counts)."""
        with self._lock:
            self._data.clear()
            if counts:
                self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data


#: the narrations' cache (an :class:`LRUCache` of evidence keys)
NarrationCache = LRUCache
