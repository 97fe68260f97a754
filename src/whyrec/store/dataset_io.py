"""Bulk import of a :class:`~whyrec.data.Dataset` into a :class:`~whyrec.store.Store`, and export back.

Import writes events, catalogue items, user profiles and the field kinds in
one transaction (without the events and profiles of erased users: their tombstones are checked
first), in chunks of ``executemany`` (an insert that skips rows
whose key is stored, so a second import adds nothing). Export rebuilds a
Dataset (external ids, events in arrival order, the catalogue with items
nobody bought, profiles, field kinds) for training a new model.
"""

from __future__ import annotations

import itertools
import json
import time
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import JSON, Connection, Table, select

from whyrec.data.dataset import Dataset, is_missing
from whyrec.store import schema
from whyrec.store.schema import ITEM_COLUMNS

#: rows per executemany call of the bulk import
IMPORT_CHUNK = 20_000
#: item fields without a recorded kind that are free text
TEXT_FIELDS = ("title", "description")


def _plain(v: Any) -> Any:
    """A table cell as plain JSON (None for missing values)."""
    if isinstance(v, (list, tuple, np.ndarray)):
        return [_plain(x) for x in v]
    if is_missing(v):
        return None
    if isinstance(v, np.generic):
        return v.item()
    return v


def _insert_ignore(conn: Connection, table: Table, cols: list[str], rows: list[tuple[Any, ...]], key: str) -> int:
    """Insert ``rows`` (tuples in the order of ``cols``), skipping those whose ``key`` is stored; returns how many.

    SQLite gets plain ``INSERT OR IGNORE`` with the tuples through the driver
    (SQLAlchemy's per-row parameter processing would cost more than the
    insert itself); PostgreSQL ``ON CONFLICT DO NOTHING``; other databases a
    look-up of the stored keys first.
    """
    if not rows:
        return 0
    inserted = 0
    if conn.dialect.name == "sqlite":
        as_json = [j for j, c in enumerate(cols) if isinstance(table.c[c].type, JSON)]
        sql = f"INSERT OR IGNORE INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        for s in range(0, len(rows), IMPORT_CHUNK):
            part: list[tuple[Any, ...]] | list[dict[str, Any]] = rows[s : s + IMPORT_CHUNK]  # (below: dicts)
            if as_json:
                part = [tuple(json.dumps(v) if j in as_json else v for j, v in enumerate(r)) for r in part]
            inserted += max(0, conn.exec_driver_sql(sql, part).rowcount)
        return inserted
    dicts = [dict(zip(cols, r, strict=True)) for r in rows]
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert

        # the rows inserted are counted from RETURNING: an executemany's rowcount is -1 with psycopg
        stmt = insert(table).on_conflict_do_nothing(index_elements=[key]).returning(table.c[key])
        for s in range(0, len(dicts), IMPORT_CHUNK):
            inserted += len(conn.execute(stmt, dicts[s : s + IMPORT_CHUNK]).all())
        return inserted
    col = table.c[key]
    for s in range(0, len(dicts), IMPORT_CHUNK):
        part = dicts[s : s + IMPORT_CHUNK]
        have: set[Any] = set()
        keys = [r[key] for r in part]
        for k in range(0, len(keys), 500):
            have.update(conn.execute(select(col).where(col.in_(keys[k : k + 500]))).scalars())
        fresh = [r for r in part if r[key] not in have]
        if fresh:
            conn.execute(table.insert(), fresh)
        inserted += len(fresh)
    return inserted


def _as_tuples(rows: list[dict[str, Any]]) -> tuple[list[str], list[tuple[Any, ...]]]:
    cols = list(rows[0]) if rows else []
    return cols, [tuple(r[c] for c in cols) for r in rows]


def _item_rows(ds: Dataset, now: float) -> list[dict[str, Any]]:
    table = ds.items
    cols = [] if table is None else list(table.columns)
    values = {c: table[c].tolist() for c in cols} if table is not None else {}
    rows = []
    for j, item in enumerate(ds.item_ids):
        attrs: dict[str, Any] = {}
        typed: dict[str, Any] = dict.fromkeys(ITEM_COLUMNS)
        for c in cols:
            v = _plain(values[c][j])
            if v is None:
                continue
            if c in ITEM_COLUMNS:
                typed[c] = float(v) if c == "price" else str(v)
            else:
                attrs[c] = v
        rows.append({"item_id": str(item), **typed, "attrs": attrs, "updated_at": now})
    return rows


def _user_rows(ds: Dataset, now: float) -> list[dict[str, Any]]:
    if ds.users is None:
        return []
    values = {c: ds.users[c].tolist() for c in ds.users.columns}
    rows = []
    for j, user in enumerate(ds.user_ids):
        attrs = {c: v for c, col in values.items() if (v := _plain(col[j])) is not None}
        if attrs:
            rows.append({"user_id": str(user), "attrs": attrs, "updated_at": now})
    return rows


def import_dataset(store: Any, ds: Dataset, *, prefix: str | None = None) -> dict[str, int]:
    """See :meth:`whyrec.store.Store.import_dataset`."""
    if not isinstance(ds, Dataset):
        raise TypeError(f"ds must be a whyrec.data.Dataset; got {type(ds).__name__}")
    prefix = f"{ds.name}:" if prefix is None else str(prefix)
    now = time.time()
    inter = ds.interactions
    n = len(inter)
    users = np.asarray(ds.user_ids, dtype=object)[inter["user"].to_numpy()].tolist()
    items = np.asarray(ds.item_ids, dtype=object)[inter["item"].to_numpy()].tolist()
    ts = inter["timestamp"].to_numpy().astype(np.float64).tolist()
    kinds = inter["event"].astype(str).tolist() if "event" in inter.columns else ["purchase"] * n
    if "rating" in inter.columns:
        r = inter["rating"].to_numpy().astype(np.float64)
        ratings: list[Any] = [None if np.isnan(x) else float(x) for x in r.tolist()]
    else:
        ratings = [None] * n
    ids = [f"{prefix}{k}" for k in range(n)]
    event_cols = ["event_id", "user_id", "item_id", "timestamp", "event", "rating", "received_at"]
    kinds = [x[:64] for x in kinds]
    events = list(
        zip(ids, map(str, users), map(str, items), ts, kinds, ratings, itertools.repeat(now, n), strict=False)
    )
    item_rows = _item_rows(ds, now)
    user_rows = _user_rows(ds, now)
    store._keys()
    n_erased = 0
    with store.write() as conn:
        erased = store._erased(conn, {str(u) for u in ds.user_ids}, upgrade=True)
        if erased:  # an erased user's events and profile never come back
            kept = [e for e in events if e[1] not in erased]
            n_erased = len(events) - len(kept)
            events = kept
            user_rows = [r for r in user_rows if r["user_id"] not in erased]
        n_items = _insert_ignore(conn, schema.items, *_as_tuples(item_rows), "item_id")
        n_users = _insert_ignore(conn, schema.users, *_as_tuples(user_rows), "user_id")
        n_events = _insert_ignore(conn, schema.events, event_cols, events, "event_id")
        store._set_meta(conn, "item_fields", {k: v.kind for k, v in ds.item_fields.items()})
        store._set_meta(conn, "user_fields", {k: v.kind for k, v in ds.user_fields.items()})
        store._set_meta(conn, "imported", {"name": ds.name, "events": n, "prefix": prefix, "at": now})
    return {"events": n_events, "duplicates": n - n_erased - n_events, "items": n_items, "users": n_users,
            "erased": n_erased}


def _table(rows: list[Any], key: str, typed: tuple[str, ...]) -> pd.DataFrame | None:
    if not rows:
        return None
    records = []
    for r in rows:
        rec = {key: r[f"{key}_id"]}
        rec.update({c: r[c] for c in typed if r[c] is not None})
        rec.update(r["attrs"] or {})
        records.append(rec)
    return pd.DataFrame.from_records(records)


def export_dataset(store: Any, *, name: str = "store") -> Dataset:
    """See :meth:`whyrec.store.Store.to_dataset`."""
    ev = schema.events
    with store.read() as conn:
        rows = conn.execute(
            select(ev.c.user_id, ev.c.item_id, ev.c.timestamp, ev.c.event, ev.c.rating).order_by(ev.c.seq)
        ).all()
        item_rows = conn.execute(select(schema.items).order_by(schema.items.c.item_id)).mappings().all()
        user_rows = conn.execute(select(schema.users).order_by(schema.users.c.user_id)).mappings().all()
        kinds = {
            k: v
            for k, v in conn.execute(select(schema.meta.c.key, schema.meta.c.value)).all()
            if k in ("item_fields", "user_fields")
        }
    names = ["user", "item", "timestamp", "event", "rating"]
    columns: list[Any] = list(zip(*rows, strict=True)) if rows else [[] for _ in names]
    inter = pd.DataFrame({c: list(v) for c, v in zip(names, columns, strict=True)})
    if inter["rating"].isna().all():
        inter = inter.drop(columns="rating")
    items = _table(list(item_rows), "item", ITEM_COLUMNS)
    users = _table(list(user_rows), "user", ())
    item_fields = dict(kinds.get("item_fields") or {})
    if items is not None:
        for c in TEXT_FIELDS:
            if c in items.columns:
                item_fields.setdefault(c, "text")
        item_fields = {k: v for k, v in item_fields.items() if k in items.columns}
    user_fields = {
        k: v for k, v in (kinds.get("user_fields") or {}).items() if users is not None and k in users.columns
    }
    return Dataset.from_frames(
        inter, users, items, user_fields=user_fields, item_fields=item_fields, name=name, source=f"store {store.url}"
    )
