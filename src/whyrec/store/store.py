"""The :class:`Store`: an append-only event log, a catalogue, user profiles and trained models, in SQL.

SQLite by default (one file, WAL journal, ``synchronous=FULL``: a write that
returned has reached the disk, so an acknowledged event survives a crash),
any SQLAlchemy URL otherwise. Every write is one transaction: a batch of
events is stored whole or not at all. Events are idempotent by their
client ``event_id``: sending a batch again stores nothing twice.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Connection, Engine, delete, event, func, select, union

from whyrec.errors import DataError, WhyrecError, check_int
from whyrec.store import migrations, schema
from whyrec.store.connect import _engine, _sqlite_begin, _sqlite_pragmas, redact_url
from whyrec.store.schema import ITEM_COLUMNS
from whyrec.store.values import SQL_INT_MAX, check_number, chunks, jsonable, normalise_event, text_id


class EventConflictError(DataError):
    """An ``event_id`` that was already stored with another user, item, event type, rating or timestamp."""


class ErasedUserError(DataError):
    """A write (an event, a profile) for a user erased with :meth:`Store.delete_user`: refused, nothing stored."""


#: the ``meta`` key of the erasure secret a store generates when none is given
ERASURE_SECRET_META = "erasure_secret"


def legacy_user_hash(user_id: str) -> str:
    """Unsalted SHA-256 of a user id: the tombstone of a user deleted before keyed tombstones (reversible by
    trying every id, so no longer written; still recognised, and replaced by the keyed one when met)."""
    return hashlib.sha256(str(user_id).encode()).hexdigest()


def _keyed(key: bytes, label: bytes, user_id: str) -> str:
    return hmac.new(key, label + str(user_id).encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


class Store:
    """Events, catalogue, profiles and models in one SQL database (see the module docstring).

    ``url`` is an SQLAlchemy URL (``sqlite:///shop.sqlite`` by default).
    Call :meth:`migrate` once to create or upgrade the schema.
    ``erasure_secret``: the key of the tombstones of erased users (HMAC-SHA256 of the id) and of the user
    pseudonyms in logs; when None, a random one is generated on first use and kept in the ``meta`` table
    (``erasure_secret``), so that a restart still recognises erased users. Give one (``$WHYREC_ERASURE_SECRET``
    in the service) to keep it out of the database; tombstones made under the stored key stay recognised.
    """

    def __init__(self, url: str = "sqlite:///whyrec.sqlite", *, echo: bool = False,
                 erasure_secret: str | None = None) -> None:  # fmt: skip
        if erasure_secret is not None and (not isinstance(erasure_secret, str) or not erasure_secret):
            raise WhyrecError("erasure_secret must be a non-empty string (or None: one is generated and stored)")
        self._given_key = None if erasure_secret is None else erasure_secret.encode("utf-8")
        self._key_list: list[bytes] | None = None
        self.url = str(url)
        #: the URL with its password hidden: what messages and logs show
        self.safe_url = redact_url(self.url)
        self.engine: Engine = _engine(self.url, self.safe_url, echo)
        parsed = self.engine.url
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite and parsed.database and parsed.database != ":memory:" and "mode=memory" not in self.url:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._write_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Store({self.safe_url!r})"

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    # ------------------------------------------------------------ schema
    def migrate(self, target: int | None = None) -> list[int]:
        """Create or upgrade the schema (to ``target``, default the current version); returns the versions applied."""
        applied = migrations.upgrade(self.engine, target)
        if self.schema_version() == migrations.SCHEMA_VERSION:
            self._keys()
        return applied

    def schema_version(self) -> int:
        """The database's schema version (0 when empty)."""
        with self.engine.connect() as conn:
            return migrations.current_version(conn)

    def check_schema(self) -> None:
        """Raise WhyrecError unless the database is at the current schema version."""
        have = self.schema_version()
        if have != migrations.SCHEMA_VERSION:
            raise WhyrecError(
                f"the store {self.safe_url} is at schema version {have}, this whyrec needs "
                f"{migrations.SCHEMA_VERSION}. Fix: call Store.migrate() (whyrec serve does it on start)"
            )

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (committed on success, rolled back on any error), one writer at a time."""
        with self._write_lock, self.engine.connect() as conn:
            conn.execution_options(whyrec_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only connection (one consistent snapshot)."""
        with self.engine.connect() as conn:
            yield conn

    # ------------------------------------------------------------ text embeddings
    def get_embeddings(self, model_version: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """Cached item text vectors of ``keys`` for one encoder version (missing keys are left out)."""
        out: dict[str, np.ndarray] = {}
        t = schema.text_embeddings
        with self.read() as conn:
            for chunk in chunks(list(dict.fromkeys(keys))):
                rows = conn.execute(
                    select(t.c.text_key, t.c.dim, t.c.vector).where(
                        t.c.model_version == str(model_version), t.c.text_key.in_(list(chunk))
                    )
                )
                for key, dim, blob in rows:
                    vec = np.frombuffer(blob, dtype="<f4")
                    if len(vec) != dim:
                        raise WhyrecError(
                            f"text embedding {key!r} ({model_version}) in {self.safe_url} holds {len(vec)} numbers, "
                            f"not {dim}. Fix: delete the table's rows of that version; they are recomputed"
                        )
                    out[str(key)] = vec.astype(np.float32)
        return out

    def put_embeddings(self, model_version: str, vectors: dict[str, np.ndarray]) -> int:
        """Add item text vectors by key for one encoder version (keys already stored are kept); returns how many
        were new. All or nothing: one transaction."""
        if not vectors:
            return 0
        t = schema.text_embeddings
        rows = []
        for key, v in vectors.items():
            vec = np.asarray(v, dtype="<f4").reshape(-1)
            if not np.all(np.isfinite(vec)):
                raise WhyrecError(f"text embedding {key!r} holds NaN or infinite values; nothing was written")
            rows.append({"model_version": str(model_version), "text_key": str(key), "dim": len(vec),
                         "vector": vec.tobytes()})
        with self.write() as conn:
            have: set[str] = set()
            for chunk in chunks([r["text_key"] for r in rows]):
                have |= set(conn.execute(select(t.c.text_key).where(
                    t.c.model_version == str(model_version), t.c.text_key.in_(list(chunk)))).scalars())
            new = [r for r in rows if r["text_key"] not in have]
            for chunk in chunks(new):
                conn.execute(t.insert(), list(chunk))
        return len(new)

    def embedding_cache(self) -> StoreEmbeddingCache:
        """This store as the text-embedding cache of :func:`whyrec.features.text.embed_items` (``cache=store``)."""
        return StoreEmbeddingCache(self)

    # ------------------------------------------------------------ events
    def add_events(self, events: Sequence[dict[str, Any]], *, known_items: bool = True) -> dict[str, int]:
        """Append a batch of events, all or nothing; returns ``{"accepted": n, "duplicates": m}``.

        Each event: ``event_id`` (the client's id: an event whose id is
        already stored is a duplicate and is skipped), ``user``, ``item``,
        ``timestamp`` (seconds, default now), ``event`` (default
        "purchase"), ``rating`` (optional). With ``known_items`` every item
        must be in the catalogue. A bad event raises DataError naming it and
        nothing is stored; an event of a user erased with :meth:`delete_user` raises :class:`ErasedUserError`
        and nothing is stored; an ``event_id`` stored before (or given twice in
        the batch) with another user, item, event type, rating or, when the
        resend gives one, timestamp raises :class:`EventConflictError` (a
        resend without a timestamp is the same event whatever time it came).
        Nothing stored is ever changed: an acknowledged event stays as it was.
        """
        if not isinstance(events, Sequence) or isinstance(events, (str, bytes)):
            raise DataError("events must be a list of event objects", value=events, fix="send a JSON list")
        now = time.time()
        rows = [normalise_event(e, n, now) for n, e in enumerate(events)]
        timed = [e.get("timestamp") is not None for e in events]  # normalise_event checked they are dicts
        fresh: dict[str, dict[str, Any]] = {}
        first: dict[str, int] = {}
        duplicates = 0
        for n, r in enumerate(rows):
            seen = first.get(r["event_id"])
            if seen is None:
                fresh[r["event_id"]] = r
                first[r["event_id"]] = n
                continue
            self._same_event(rows[seen], r, f"events[{n}]", timed[seen] and timed[n])
            duplicates += 1
        ev = schema.events
        self._keys()
        with self.write() as conn:
            erased = self._erased(conn, [r["user_id"] for r in rows], upgrade=True)
            if erased:
                n = next(j for j, r in enumerate(rows) if r["user_id"] in erased)
                raise ErasedUserError(
                    "this user was erased (DELETE /v1/users/{user_id}): no event of theirs is stored again; "
                    "nothing of this batch was stored",
                    path=f"events[{n}]",
                    field="user",
                    value=rows[n]["user_id"],
                    fix="leave the erased user's events out of the batch (an erased id stays erased)",
                )
            ids = list(fresh)
            for part in chunks(ids):
                stored = conn.execute(
                    select(ev.c.event_id, ev.c.user_id, ev.c.item_id, ev.c.event, ev.c.timestamp, ev.c.rating).where(
                        ev.c.event_id.in_(part)
                    )
                ).all()
                for eid, user, item, kind, ts, rating in stored:
                    r = fresh.pop(eid)
                    was = {"user_id": user, "item_id": item, "event": kind, "timestamp": ts, "rating": rating}
                    n = first[eid]
                    self._same_event(was, r, f"events[{n}]", timed[n])
                    duplicates += 1
            new = list(fresh.values())
            if known_items and new:
                self._check_items(conn, new, rows)
            for part in chunks(new):
                conn.execute(ev.insert(), list(part))
        return {"accepted": len(new), "duplicates": duplicates}

    @staticmethod
    def _same_event(a: dict[str, Any], b: dict[str, Any], where: str, timed: bool) -> None:
        """Raise EventConflictError unless ``b`` (at ``where``) is the event ``a`` again (``timed``: compare times)."""
        keys = [("user_id", "user"), ("item_id", "item"), ("event", "event"), ("rating", "rating")]
        if timed:
            keys.append(("timestamp", "timestamp"))
        for key, name in keys:
            if a[key] != b[key]:
                raise EventConflictError(
                    f"event_id {b['event_id']!r} was already used for another event ({name} {a[key]!r}, "
                    f"not {b[key]!r})",
                    path=where,
                    field=name,
                    value=b[key],
                    fix="give every distinct event its own event_id (resend an event only with the same content)",
                )

    def _check_items(self, conn: Connection, new: list[dict[str, Any]], rows: list[dict[str, Any]]) -> None:
        wanted = sorted({r["item_id"] for r in new})
        known: set[str] = set()
        for part in chunks(wanted):
            known.update(conn.execute(select(schema.items.c.item_id).where(schema.items.c.item_id.in_(part))).scalars())
        missing = [i for i in wanted if i not in known]
        if missing:
            n = next(j for j, r in enumerate(rows) if r["item_id"] == missing[0])
            raise DataError(
                "unknown item id (not in the catalogue)",
                path=f"events[{n}]",
                field="item",
                value=missing[0],
                fix=f"add the item first (PUT /v1/items/{{item_id}} or Store.upsert_item); "
                f"{len(missing)} unknown item(s) in this batch",
            )

    def user_events(self, user: str, limit: int | None = None) -> list[dict[str, Any]]:
        """The user's events, oldest first (the latest ``limit`` when given)."""
        ev = schema.events
        q = select(ev).where(ev.c.user_id == str(user)).order_by(ev.c.timestamp.desc(), ev.c.seq.desc())
        if limit is not None:
            q = q.limit(check_int("limit", limit, 0, SQL_INT_MAX))
        with self.read() as conn:
            rows = conn.execute(q).mappings().all()
        return [self._event_out(r) for r in reversed(rows)]

    @staticmethod
    def _event_out(r: Any) -> dict[str, Any]:
        return {
            "event_id": r["event_id"],
            "user": r["user_id"],
            "item": r["item_id"],
            "timestamp": r["timestamp"],
            "event": r["event"],
            "rating": r["rating"],
            "seq": r["seq"],
        }

    def event_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of the given event ids are stored."""
        out: set[str] = set()
        with self.read() as conn:
            for part in chunks(list(ids)):
                out.update(
                    conn.execute(select(schema.events.c.event_id).where(schema.events.c.event_id.in_(part))).scalars()
                )
        return out

    def count_events(self, user: str | None = None) -> int:
        """Number of stored events (of one user when given)."""
        q = select(func.count()).select_from(schema.events)
        if user is not None:
            q = q.where(schema.events.c.user_id == str(user))
        with self.read() as conn:
            return int(conn.execute(q).scalar_one())

    # ------------------------------------------------------------ items
    def upsert_item(self, item_id: str, attrs: dict[str, Any]) -> dict[str, Any]:
        """Create or replace a catalogue item; ``title``/``brand``/``category``/``price`` go to typed columns."""
        item_id = text_id("item", item_id, "item")
        attrs = dict(jsonable(attrs, f"item {item_id!r}"))
        attrs.pop("item", None)
        typed = {c: attrs.pop(c, None) for c in ITEM_COLUMNS}
        for c in ("title", "brand", "category"):
            if typed[c] is not None and not isinstance(typed[c], str):
                raise DataError(
                    f"{c} must be a string",
                    path=f"item {item_id!r}",
                    field=c,
                    value=typed[c],
                    fix=f"send {c} as a string or null",
                )
        if typed["price"] is not None:
            typed["price"] = check_number("price", typed["price"], f"item {item_id!r}", 0.0)
        row = {"item_id": item_id, **typed, "attrs": attrs, "updated_at": time.time()}
        it = schema.items
        with self.write() as conn:
            exists = conn.execute(select(it.c.item_id).where(it.c.item_id == item_id)).first()
            if exists:
                conn.execute(it.update().where(it.c.item_id == item_id).values(**row))
            else:
                conn.execute(it.insert().values(**row))
        return self._item_out(row)

    @staticmethod
    def _item_out(r: Any) -> dict[str, Any]:
        out = {"item": r["item_id"]}
        out.update({c: r[c] for c in ITEM_COLUMNS})
        out.update(r["attrs"] or {})
        return out

    def get_item(self, item_id: str) -> dict[str, Any] | None:
        """The item's attributes (``item``, typed columns, then the rest), or None."""
        with self.read() as conn:
            r = conn.execute(select(schema.items).where(schema.items.c.item_id == str(item_id))).mappings().first()
        return None if r is None else self._item_out(r)

    def get_items(self, item_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Attributes of several items (missing ones left out)."""
        out: dict[str, dict[str, Any]] = {}
        with self.read() as conn:
            for part in chunks([str(i) for i in item_ids]):
                for r in conn.execute(select(schema.items).where(schema.items.c.item_id.in_(part))).mappings():
                    out[r["item_id"]] = self._item_out(r)
        return out

    def search_items(self, q: str = "", limit: int = 20) -> list[dict[str, Any]]:
        """Items whose title or id contains ``q`` (case-insensitive; wildcards in ``q`` match literally)."""
        limit = check_int("limit", limit, 1, SQL_INT_MAX)
        it = schema.items
        query = select(it)
        if q:
            needle = str(q).lower()
            query = query.where(
                func.lower(func.coalesce(it.c.title, "")).contains(needle, autoescape=True)
                | func.lower(it.c.item_id).contains(needle, autoescape=True)
            )
        query = query.order_by(it.c.title, it.c.item_id).limit(limit)
        with self.read() as conn:
            return [self._item_out(r) for r in conn.execute(query).mappings()]

    def items_updated_since(self, since: float) -> list[tuple[str, float]]:
        """``(item, updated_at)`` of the items written after ``since`` (a time from this column), oldest first."""
        it = schema.items
        query = select(it.c.item_id, it.c.updated_at).where(it.c.updated_at > since).order_by(it.c.updated_at)
        with self.read() as conn:
            return [(str(r[0]), float(r[1])) for r in conn.execute(query)]

    def count_items(self) -> int:
        """Number of catalogue items."""
        with self.read() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.items)).scalar_one())

    # ------------------------------------------------------------ users
    def upsert_user(self, user_id: str, attrs: dict[str, Any]) -> dict[str, Any]:
        """Create or replace a user profile."""
        user_id = text_id("user", user_id, "user")
        attrs = dict(jsonable(attrs, f"user {user_id!r}"))
        attrs.pop("user", None)
        us = schema.users
        row = {"user_id": user_id, "attrs": attrs, "updated_at": time.time()}
        self._keys()
        with self.write() as conn:
            if self._erased(conn, [user_id], upgrade=True):
                raise ErasedUserError(
                    "this user was erased (DELETE /v1/users/{user_id}): no profile of them is stored again",
                    path="user",
                    field="user",
                    value=user_id,
                    fix="use another user id; an erased id stays erased",
                )
            if conn.execute(select(us.c.user_id).where(us.c.user_id == user_id)).first():
                conn.execute(us.update().where(us.c.user_id == user_id).values(**row))
            else:
                conn.execute(us.insert().values(**row))
        return {"user": user_id, **attrs}

    def get_user(self, user_id: str) -> dict[str, Any] | None:
        """The user's profile (``user`` plus attributes), or None."""
        with self.read() as conn:
            r = conn.execute(select(schema.users).where(schema.users.c.user_id == str(user_id))).mappings().first()
        return None if r is None else {"user": r["user_id"], **(r["attrs"] or {})}

    def _user_ids(self) -> Any:
        return union(select(schema.events.c.user_id.label("user_id")), select(schema.users.c.user_id)).subquery()

    def users(self, limit: int = 50, offset: int = 0) -> list[str]:
        """User ids with events or a profile, sorted, a page at a time."""
        limit, offset = check_int("limit", limit, 0, SQL_INT_MAX), check_int("offset", offset, 0, SQL_INT_MAX)
        ids = self._user_ids()
        with self.read() as conn:
            return list(
                conn.execute(select(ids.c.user_id).order_by(ids.c.user_id).limit(limit).offset(offset)).scalars()
            )

    def active_users(self, limit: int | None = None) -> list[str]:
        """User ids with events, the most recently active first (by the arrival of their latest event)."""
        ev = schema.events
        q = select(ev.c.user_id).group_by(ev.c.user_id).order_by(func.max(ev.c.seq).desc())
        if limit is not None:
            q = q.limit(check_int("limit", limit, 0, SQL_INT_MAX))
        with self.read() as conn:
            return list(conn.execute(q).scalars())

    def count_users(self) -> int:
        """Number of users with events or a profile."""
        with self.read() as conn:
            return int(conn.execute(select(func.count()).select_from(self._user_ids())).scalar_one())

    def has_user(self, user_id: str) -> bool:
        """Whether the user has events or a profile."""
        u = str(user_id)
        with self.read() as conn:
            if conn.execute(select(schema.events.c.seq).where(schema.events.c.user_id == u).limit(1)).first():
                return True
            return conn.execute(select(schema.users.c.user_id).where(schema.users.c.user_id == u)).first() is not None

    def delete_user(self, user_id: str, *, vacuum: bool = True) -> dict[str, int]:
        """Erase the user: remove their events and profile and keep a tombstone (one transaction); returns
        ``{"events": n, "profile": 0|1}``. Then (``vacuum``) :meth:`vacuum`, so that no copy of the rows is left in
        the database file's free pages or journal.

        The tombstone (``forgotten_users``) is an HMAC-SHA256 of the id under the store's erasure secret, never
        the id nor a plain hash of it. With it :meth:`is_forgotten` stops a model trained before the erasure
        from using what it learned about the user, and every write path (:meth:`add_events`,
        :meth:`upsert_user`, :meth:`import_dataset`) refuses or skips the user's data.
        """
        u = str(user_id)
        h = self.tombstone(u)
        with self.write() as conn:
            n_events = conn.execute(delete(schema.events).where(schema.events.c.user_id == u)).rowcount
            n_profile = conn.execute(delete(schema.users).where(schema.users.c.user_id == u)).rowcount
            self._erased(conn, [u], upgrade=True)  # a legacy tombstone of the id becomes the keyed one
            self._put_tombstones(conn, [h])
        if vacuum:
            self.vacuum()
        return {"events": int(n_events), "profile": int(n_profile)}

    def vacuum(self) -> None:
        """Rebuild the database file without free pages (SQLite: ``VACUUM``, then the WAL checkpointed and
        truncated; PostgreSQL: ``VACUUM``), so that deleted rows leave no copy behind. Run after each erasure."""
        if self.is_sqlite:
            with self._write_lock:
                raw = self.engine.raw_connection()
                try:
                    cur = raw.cursor()
                    cur.execute("VACUUM")
                    cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    cur.close()
                finally:
                    raw.close()
        elif self.engine.url.get_backend_name() == "postgresql":
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM")

    def is_forgotten(self, user_id: str) -> bool:
        """Whether a user of this id was erased at some time."""
        return bool(self.erased([user_id]))

    def erased(self, users: Iterable[Any]) -> set[str]:
        """Which of ``users`` were erased (their tombstone is stored)."""
        self._keys()
        with self.read() as conn:
            return self._erased(conn, [str(u) for u in users])

    # ------------------------------------------------------------ erasure secret and tombstones
    def _keys(self, conn: Connection | None = None) -> list[bytes]:
        """The erasure keys: the given secret (else the stored one, generated on first use), then the stored one
        when a secret is given and differs (its tombstones stay recognised). ``conn``: an open write transaction
        (else one is opened)."""
        if self._key_list is not None:
            return self._key_list
        if conn is None:
            with self.write() as c:
                return self._keys(c)
        mt = schema.meta
        r = conn.execute(select(mt.c.value).where(mt.c.key == ERASURE_SECRET_META)).first()
        stored = None if r is None else str(r[0]).encode("utf-8")
        if stored is None and self._given_key is None:
            stored = secrets.token_hex(32).encode("ascii")
            conn.execute(mt.insert().values(key=ERASURE_SECRET_META, value=stored.decode("ascii")))
        keys = [k for k in (self._given_key, stored) if k is not None]
        self._key_list = list(dict.fromkeys(keys))
        return self._key_list

    def tombstone(self, user_id: str) -> str:
        """What the store keeps of an erased user: HMAC-SHA256 of the id under the erasure secret (hex)."""
        return _keyed(self._keys()[0], b"tombstone\0", user_id)

    def key_fingerprint(self) -> str:
        """A public fingerprint of the erasure key (16 hex digits): two stores with the same fingerprint make the
        same tombstones, and the key cannot be recovered from it."""
        return _keyed(self._keys()[0], b"fingerprint\0", "")[:16]

    def add_tombstones(self, hashes: Iterable[str]) -> int:
        """Store tombstones made under this store's key (e.g. another database's, with the same key): the users
        they stand for are treated as erased here too. Returns how many were new."""
        with self.write() as conn:
            return self._put_tombstones(conn, [str(x) for x in hashes])

    @staticmethod
    def _put_tombstones(conn: Connection, hashes: list[str]) -> int:
        """Insert the tombstones of ``hashes`` not stored yet (in a write transaction); how many were new."""
        fu = schema.forgotten_users
        wanted = list(dict.fromkeys(hashes))
        have: set[str] = set()
        for part in chunks(wanted):
            have.update(conn.execute(select(fu.c.user_hash).where(fu.c.user_hash.in_(list(part)))).scalars())
        new = [h for h in wanted if h not in have]
        now = time.time()
        for h in new:
            conn.execute(fu.insert().values(user_hash=h, deleted_at=now))
        return len(new)

    def pseudonym(self, user_id: str) -> str:
        """A short keyed pseudonym of a user id for logs (``u:`` and 12 hex digits; not the tombstone)."""
        return "u:" + _keyed(self._keys()[0], b"log\0", user_id)[:12]

    def _erased(self, conn: Connection, users: Any, *, upgrade: bool = False) -> set[str]:
        """Which of ``users`` were erased (keyed or legacy tombstone); ``upgrade`` (in a write transaction):
        replace the legacy tombstones found by keyed ones."""
        fu = schema.forgotten_users
        if conn.execute(select(fu.c.user_hash).limit(1)).first() is None:
            return set()  # no tombstone stored: no HMAC of every id asked about
        keys = self._keys(conn if upgrade else None) if self._key_list is None else self._key_list
        cand: dict[str, tuple[str, bool]] = {}
        for u in dict.fromkeys(str(x) for x in users):
            for k in keys:
                cand[_keyed(k, b"tombstone\0", u)] = (u, False)
            cand[legacy_user_hash(u)] = (u, True)
        found: set[str] = set()
        legacy: list[tuple[str, str]] = []
        for part in chunks(list(cand)):
            for h in conn.execute(select(fu.c.user_hash).where(fu.c.user_hash.in_(list(part)))).scalars():
                u, is_legacy = cand[h]
                found.add(u)
                if is_legacy:
                    legacy.append((h, u))
        if upgrade:
            for h, u in legacy:
                row = conn.execute(select(fu.c.deleted_at).where(fu.c.user_hash == h)).first()
                conn.execute(delete(fu).where(fu.c.user_hash == h))
                new = _keyed(keys[0], b"tombstone\0", u)
                if conn.execute(select(fu.c.user_hash).where(fu.c.user_hash == new)).first() is None:
                    conn.execute(fu.insert().values(user_hash=new, deleted_at=row[0] if row else time.time()))
        return found

    # ------------------------------------------------------------ models and meta
    def record_model(self, name: str, path: str, metrics: dict[str, Any] | None = None) -> int:
        """Record a model that serves from this store (updates the metrics of a known name and path); returns its id."""
        m = schema.models
        metrics = jsonable(dict(metrics or {}), f"model {name!r}")
        with self.write() as conn:
            r = conn.execute(select(m.c.id).where((m.c.name == str(name)) & (m.c.path == str(path)))).first()
            if r is not None:
                conn.execute(m.update().where(m.c.id == r[0]).values(metrics=metrics))
                return int(r[0])
            res = conn.execute(
                m.insert().values(name=str(name), path=str(path), metrics=metrics, created_at=time.time())
            )
            assert res.inserted_primary_key is not None  # a single-row insert has it
            return int(res.inserted_primary_key[0])

    def list_models(self) -> list[dict[str, Any]]:
        """The recorded models, oldest first."""
        with self.read() as conn:
            return [dict(r) for r in conn.execute(select(schema.models).order_by(schema.models.c.id)).mappings()]

    def get_meta(self, key: str, default: Any = None) -> Any:
        """A value of the ``meta`` table."""
        with self.read() as conn:
            r = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == key)).first()
        return default if r is None else r[0]

    def set_meta(self, key: str, value: Any) -> None:
        """Set a value of the ``meta`` table (JSON)."""
        with self.write() as conn:
            self._set_meta(conn, key, value)

    @staticmethod
    def _set_meta(conn: Connection, key: str, value: Any) -> None:
        mt = schema.meta
        conn.execute(delete(mt).where(mt.c.key == key))
        conn.execute(mt.insert().values(key=key, value=value))

    # ------------------------------------------------------------ datasets
    def import_dataset(self, ds: Any, *, prefix: str | None = None) -> dict[str, int]:
        """Bulk-import a :class:`~whyrec.data.Dataset` (events, catalogue, profiles, field kinds) in one transaction.

        Event ids are ``<prefix><row>`` (default prefix ``<dataset name>:``),
        so importing the same dataset again adds nothing. The events and
        profiles of users erased with :meth:`delete_user` are skipped. Returns
        counts of ``events``, ``duplicates``, ``items`` and ``users`` written,
        and ``erased``: events skipped as their user's.
        """
        from whyrec.store.dataset_io import import_dataset

        return import_dataset(self, ds, prefix=prefix)

    def to_dataset(self, name: str = "store") -> Any:
        """The stored events, catalogue and profiles as a :class:`~whyrec.data.Dataset`, for training."""
        from whyrec.store.dataset_io import export_dataset

        return export_dataset(self, name=name)


class StoreEmbeddingCache:
    """The :class:`~whyrec.features.text.EmbeddingCache` kept in a :class:`Store`'s ``text_embeddings`` table."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __repr__(self) -> str:
        return f"StoreEmbeddingCache({self.store.url!r})"

    def get_many(self, model_version: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of ``keys``."""
        return self.store.get_embeddings(model_version, keys)

    def put_many(self, model_version: str, vectors: dict[str, np.ndarray]) -> None:
        """Add vectors by key."""
        self.store.put_embeddings(model_version, vectors)
