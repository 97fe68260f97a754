"""Narrations cached by a hash of the evidence they were written from.

A narration depends only on the evidence (the :class:`~whyrec.narrate.facts.Facts`),
the language and the backend, so the cache key is a SHA-256 of exactly those
(:func:`evidence_key`); the explanation's timing, score noise or notes do not
change it. :class:`NarrationCache` is a bounded, thread-safe LRU map in memory.
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


class NarrationCache:
    """An LRU map ``key -> value`` holding at most ``max_size`` entries; ``hits`` / ``misses`` count lookups."""

    def __init__(self, max_size: int = 4096) -> None:
        self.max_size = check_int("max_size", max_size, 1)
        self._data: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Any | None:
        """The value stored under ``key`` (None when absent); a hit makes it the most recent entry."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                self.hits += 1
                return self._data[key]
            self.misses += 1
            return None

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key``, evicting the least recently used entry when full."""
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.max_size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        """Forget every entry (and the hit / miss counts)."""
        with self._lock:
            self._data.clear()
            self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data
