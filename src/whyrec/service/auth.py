"""Scoped API keys: which keys the server accepts in ``X-API-Key`` and what each may do.

A key has one or more scopes: ``read`` (a user's history, recommendations,
explanations, the map, the catalogue), ``ingest`` (``POST /v1/events``),
``catalogue`` (``PUT /v1/items/{item_id}``), ``erase`` (``DELETE
/v1/users/{user_id}``) and ``admin`` (all of them, and the user listing and
``/metrics``). Several keys may be valid at once (to rotate one: start with
the old and the new, move the clients, drop the old).

The keys are kept only as HMAC-SHA256 digests under a random per-process key
(:class:`KeyRing`); a presented key is hashed the same way and compared with
every stored digest in constant time. The plaintext is never kept, shown in a
``repr`` or logged.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable

from whyrec.errors import DataError

SCOPES = ("read", "ingest", "catalogue", "erase", "admin")
#: environment variable holding the admin key (every scope)
API_KEY_ENV = "WHYREC_API_KEY"
#: environment variable holding more keys with their scopes: ``read:KEY1,ingest+catalogue:KEY2``
API_KEYS_ENV = "WHYREC_API_KEYS"


class KeyRing:
    """The accepted keys as keyed digests, each with its scopes."""

    def __init__(self) -> None:
        self._pepper = secrets.token_bytes(32)
        self._keys: list[tuple[bytes, frozenset[str]]] = []

    def _digest(self, key: str) -> bytes:
        return hmac.new(self._pepper, key.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()

    def digest(self, key: str) -> bytes:
        """The keyed digest of ``key`` (what identifies a client, e.g. its rate-limit bucket, without its key)."""
        return self._digest(key)

    def add(self, key: str, scopes: Iterable[str]) -> None:
        """Accept ``key`` with ``scopes`` (``admin`` implies every scope)."""
        scopes = frozenset(scopes)
        bad = sorted(scopes - set(SCOPES))
        if bad or not scopes:
            raise DataError(
                f"unknown API key scope {bad[0]!r}" if bad else "an API key needs at least one scope",
                fix=f"use scopes among {', '.join(SCOPES)} (joined with '+'), e.g. read:KEY1,ingest+catalogue:KEY2",
            )
        if not key or key != key.strip():
            raise DataError("an API key is empty or has surrounding spaces", fix="give each key as KEY, no spaces")
        if "admin" in scopes:
            scopes = frozenset(SCOPES)
        self._keys.append((self._digest(key), scopes))

    def add_spec(self, spec: str) -> None:
        """Add the keys of ``spec``: comma-separated ``scope[+scope...]:KEY`` entries (the ``$WHYREC_API_KEYS``
        format), e.g. ``read:KEY1,ingest+catalogue:KEY2``."""
        for entry in spec.split(","):
            entry = entry.strip()
            if not entry:
                continue
            scopes, sep, key = entry.partition(":")
            if not sep:
                raise DataError(
                    f"{API_KEYS_ENV} entry without 'scopes:' (an entry is scope[+scope...]:KEY)",
                    fix="write each key as scope:KEY, e.g. read:KEY1,ingest+catalogue:KEY2",
                )
            self.add(key, (s.strip() for s in scopes.split("+")))

    def scopes(self, key: str | None) -> frozenset[str] | None:
        """The scopes of ``key`` (None when it is not accepted). Every digest is compared, in constant time."""
        if not key:
            return None
        presented = self._digest(key)
        found: frozenset[str] | None = None
        for digest, scopes in self._keys:
            if hmac.compare_digest(presented, digest):
                found = scopes if found is None else found | scopes
        return found

    def grants(self, scope: str) -> bool:
        """Some key has ``scope``."""
        return any(scope in s for _, s in self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"KeyRing({len(self._keys)} keys)"


def env_keys() -> str | None:
    """``$WHYREC_API_KEYS`` (None when unset or empty)."""
    return os.environ.get(API_KEYS_ENV) or None
