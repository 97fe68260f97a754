"""The event store: an append-only, idempotent event log, a catalogue, user profiles and models, in SQL.

``Store(url)`` (SQLite file by default, WAL journal, ``synchronous=FULL``;
any SQLAlchemy URL otherwise); ``Store.migrate()`` creates or upgrades the
versioned schema (:mod:`whyrec.store.migrations`).
"""

from whyrec.extras import require

require("sqlalchemy", "service")

from whyrec.store.connect import redact_url, store_url  # noqa: E402
from whyrec.store.migrations import MIGRATIONS, SCHEMA_VERSION  # noqa: E402 - after the extra's check
from whyrec.store.store import (  # noqa: E402
    ErasedUserError,
    EventConflictError,
    Store,
    StoreEmbeddingCache,
    legacy_user_hash,
)
from whyrec.store.values import normalise_event  # noqa: E402

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "ErasedUserError",
    "EventConflictError",
    "Store",
    "StoreEmbeddingCache",
    "normalise_event",
    "redact_url",
    "store_url",
    "legacy_user_hash",
]
