"""The store's tables at the current schema version (SQLAlchemy Core).

Queries use these definitions; :mod:`whyrec.store.migrations` creates and
upgrades them step by step (each migration defines the tables of its own
version, so an old database is brought to exactly this layout; a test checks
that both agree).

- ``events``: the append-only event log. ``event_id`` is the client's id and
  the idempotency key (unique); ``seq`` is the arrival order.
- ``items``: the catalogue; ``title``, ``brand``, ``category`` and ``price``
  are typed columns, every other attribute lives in the ``attrs`` JSON.
- ``users``: user profiles (``attrs`` JSON).
- ``models``: trained models that served from this store.
- ``meta``: key -> JSON value (the field kinds of the imported dataset).
- ``forgotten_users``: tombstones of erased users: HMAC-SHA256 of the id under the store's erasure secret
  (not the ids; rows from before are unsalted SHA-256, still recognised), so
  that a model trained before the deletion never uses what it learned about
  them (schema version 2).
- ``text_embeddings``: item text vectors by (encoder version, SHA-256 of the
  text), the store-backed cache of :mod:`whyrec.features.text` (version 3).
- ``schema_version``: one row per applied migration.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Float, Index, Integer, LargeBinary, MetaData, String, Table, Text

#: longest id (user, item, event id) the store accepts
ID_LENGTH = 200

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", Float, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(ID_LENGTH), nullable=False, unique=True),
    Column("user_id", String(ID_LENGTH), nullable=False),
    Column("item_id", String(ID_LENGTH), nullable=False),
    Column("timestamp", Float, nullable=False),
    Column("event", String(64), nullable=False),
    Column("rating", Float, nullable=True),
    Column("received_at", Float, nullable=False),
    Index("ix_events_user_time", "user_id", "timestamp", "seq"),
    Index("ix_events_item", "item_id"),
)

items = Table(
    "items",
    metadata,
    Column("item_id", String(ID_LENGTH), primary_key=True),
    Column("title", Text, nullable=True),
    Column("brand", Text, nullable=True),
    Column("category", Text, nullable=True),
    Column("price", Float, nullable=True),
    Column("attrs", JSON, nullable=False),
    Column("updated_at", Float, nullable=False),
    Index("ix_items_updated", "updated_at"),
)

users = Table(
    "users",
    metadata,
    Column("user_id", String(ID_LENGTH), primary_key=True),
    Column("attrs", JSON, nullable=False),
    Column("updated_at", Float, nullable=False),
)

models = Table(
    "models",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("path", Text, nullable=False),
    Column("metrics", JSON, nullable=False),
    Column("created_at", Float, nullable=False),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(ID_LENGTH), primary_key=True),
    Column("value", JSON, nullable=False),
)

forgotten_users = Table(
    "forgotten_users",
    metadata,
    Column("user_hash", String(64), primary_key=True),
    Column("deleted_at", Float, nullable=False),
)

text_embeddings = Table(
    "text_embeddings",
    metadata,
    Column("model_version", String(ID_LENGTH), primary_key=True),
    Column("text_key", String(64), primary_key=True),
    Column("dim", Integer, nullable=False),
    Column("vector", LargeBinary, nullable=False),
)

#: the typed item columns (everything else goes to ``attrs``)
ITEM_COLUMNS: tuple[str, ...] = ("title", "brand", "category", "price")
