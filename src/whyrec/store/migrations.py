"""Schema migrations: ordered functions, each bringing the database from version ``n - 1`` to ``n``.

The ``schema_version`` table holds one row per applied migration; the
database's version is the highest. :func:`upgrade` applies the missing
migrations in order, each in its own transaction (with its version row), so
a failed migration leaves the database at the previous version. A migration
defines the tables of its own version in its own ``MetaData`` (never the
current :mod:`whyrec.store.schema`), so that upgrading an old database and
creating a new one give the same layout.

To change the schema: edit :mod:`whyrec.store.schema`, then append a
function ``_vN(conn)`` to :data:`MIGRATIONS` that makes the same change
(``CREATE TABLE`` / ``CREATE INDEX`` / ``ALTER TABLE ... ADD COLUMN`` and
any data copying), and a line to the upgrade test.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Engine,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
)

from whyrec.errors import WhyrecError
from whyrec.store import schema

ID = schema.ID_LENGTH


def _v1(conn: Connection) -> None:
    """Version 1: events, items, users, models and meta."""
    md = MetaData()
    Table(
        "events",
        md,
        Column("seq", Integer, primary_key=True, autoincrement=True),
        Column("event_id", String(ID), nullable=False, unique=True),
        Column("user_id", String(ID), nullable=False),
        Column("item_id", String(ID), nullable=False),
        Column("timestamp", Float, nullable=False),
        Column("event", String(64), nullable=False),
        Column("rating", Float, nullable=True),
        Column("received_at", Float, nullable=False),
        Index("ix_events_user_time", "user_id", "timestamp", "seq"),
    )
    Table(
        "items",
        md,
        Column("item_id", String(ID), primary_key=True),
        Column("title", Text, nullable=True),
        Column("brand", Text, nullable=True),
        Column("category", Text, nullable=True),
        Column("price", Float, nullable=True),
        Column("attrs", JSON, nullable=False),
        Column("updated_at", Float, nullable=False),
    )
    Table(
        "users",
        md,
        Column("user_id", String(ID), primary_key=True),
        Column("attrs", JSON, nullable=False),
        Column("updated_at", Float, nullable=False),
    )
    Table(
        "models",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("name", Text, nullable=False),
        Column("path", Text, nullable=False),
        Column("metrics", JSON, nullable=False),
        Column("created_at", Float, nullable=False),
    )
    Table("meta", md, Column("key", String(ID), primary_key=True), Column("value", JSON, nullable=False))
    md.create_all(conn)


def _v2(conn: Connection) -> None:
    """Version 2: tombstones of deleted users (hashed ids) and an index of events by item."""
    md = MetaData()
    Table(
        "forgotten_users",
        md,
        Column("user_hash", String(64), primary_key=True),
        Column("deleted_at", Float, nullable=False),
    )
    md.create_all(conn)
    events = Table("events", MetaData(), autoload_with=conn)
    Index("ix_events_item", events.c.item_id).create(conn)


def _v3(conn: Connection) -> None:
    """Version 3: item text embeddings by (encoder version, text key)."""
    md = MetaData()
    Table(
        "text_embeddings",
        md,
        Column("model_version", String(ID), primary_key=True),
        Column("text_key", String(64), primary_key=True),
        Column("dim", Integer, nullable=False),
        Column("vector", LargeBinary, nullable=False),
    )
    md.create_all(conn)


def _v4(conn: Connection) -> None:
    """Version 4: an index of items by update time (what another service process reads to see catalogue
    changes)."""
    items = Table("items", MetaData(), autoload_with=conn)
    Index("ix_items_updated", items.c.updated_at).create(conn)


#: (version, description, function), in order; the last version is the current one
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "events, items, users, models, meta", _v1),
    (2, "forgotten_users; events by item index", _v2),
    (3, "text_embeddings", _v3),
    (4, "items by update time index", _v4),
]

#: the schema version this code reads and writes
SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    """The database's schema version (0 for an empty database)."""
    if not inspect(conn).has_table("schema_version"):
        if inspect(conn).has_table("events"):
            raise WhyrecError(
                "the database has an 'events' table but no 'schema_version' table, so it was not made by whyrec. "
                "Fix: point the store at a new database file"
            )
        return 0
    v = conn.execute(select(schema.schema_version.c.version).order_by(schema.schema_version.c.version.desc())).first()
    return 0 if v is None else int(v[0])


def upgrade(engine: Engine, target: int | None = None) -> list[int]:
    """Apply the missing migrations up to ``target`` (default: the current version); returns the versions applied."""
    target = SCHEMA_VERSION if target is None else int(target)
    if not 0 <= target <= SCHEMA_VERSION:
        raise ValueError(f"target must be a schema version in [0, {SCHEMA_VERSION}]; got {target}")
    with engine.begin() as conn:
        have = current_version(conn)  # refuses a database that whyrec did not make
        schema.schema_version.create(conn, checkfirst=True)
    if have > SCHEMA_VERSION:
        raise WhyrecError(
            f"the database is at schema version {have}, newer than this whyrec's {SCHEMA_VERSION}. "
            "Fix: upgrade whyrec (pip install -U whyrec)"
        )
    applied = []
    for version, description, fn in MIGRATIONS:
        if have < version <= target:
            with engine.begin() as conn:  # the migration and its version row commit together, or neither
                fn(conn)
                conn.execute(
                    schema.schema_version.insert().values(
                        version=version, description=description, applied_at=time.time()
                    )
                )
            applied.append(version)
    return applied
