"""The event store: idempotent all-or-nothing batches, migrations, dataset import/export, deleting a user; on
SQLite and on PostgreSQL (a throw-away cluster, tests/pgcluster.py) alike, except where a test reads SQLite's own
file or pragmas."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import inspect, text

from whyrec.data import sample_shop
from whyrec.errors import DataError, WhyrecError
from whyrec.store import SCHEMA_VERSION, ErasedUserError, EventConflictError, Store, legacy_user_hash


@pytest.fixture(scope="module")
def shop():
    return sample_shop(n_users=60, seed=3)


def _store(tmp_path: Path, name: str = "s.sqlite") -> Store:
    return _open(f"sqlite:///{tmp_path / name}")


def _open(url: str) -> Store:
    s = Store(url)
    s.migrate()
    return s


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """A maker of URLs of fresh, empty databases of one backend (each test runs once per backend)."""
    if request.param == "sqlite":
        names = iter(range(1000))
        yield lambda: f"sqlite:///{tmp_path / f'db{next(names)}.sqlite'}"
        return
    cluster = request.getfixturevalue("postgres")
    made: list[str] = []

    def make() -> str:
        made.append(cluster.create_database())
        return cluster.url(made[-1])

    yield make
    for name in made:
        cluster.drop_database(name)


@pytest.fixture
def store(new_db: Callable[[], str]) -> Iterator[Store]:
    s = _open(new_db())
    for item in ("P1", "P2", "P3"):
        s.upsert_item(item, {"title": f"Item {item}", "price": 9.5, "colour": "red"})
    yield s
    s.close()


def ev(eid: str, user: str = "u1", item: str = "P1", ts: float | None = 10.0, **more):
    e = {"event_id": eid, "user": user, "item": item, **more}
    if ts is not None:
        e["timestamp"] = ts
    return e


# ---------------------------------------------------------------- events
def test_sqlite_is_wal_and_synchronous_full(tmp_path: Path) -> None:
    store = _store(tmp_path)
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_add_events_is_idempotent(store: Store) -> None:
    batch = [ev("a", ts=1), ev("b", item="P2", ts=2), ev("c", user="u2", ts=3)]
    assert store.add_events(batch) == {"accepted": 3, "duplicates": 0}
    assert store.add_events(batch) == {"accepted": 0, "duplicates": 3}
    # a retry overlapping the first batch, with a repeat inside the batch itself
    again = [ev("c", user="u2", ts=3), ev("d", item="P3", ts=4), ev("d", item="P3", ts=4)]
    assert store.add_events(again) == {"accepted": 1, "duplicates": 2}
    assert store.count_events() == 4
    assert [e["event_id"] for e in store.user_events("u1")] == ["a", "b", "d"]


def test_conflicting_event_id_rejects_the_whole_batch(store: Store) -> None:
    store.add_events([ev("a")])
    with pytest.raises(EventConflictError, match="event_id 'a' was already used") as info:
        store.add_events([ev("new-1"), ev("a", item="P2")])
    assert info.value.field == "item" and info.value.value == "P2"
    assert store.count_events() == 1 and not store.event_ids(["new-1"])


@pytest.mark.parametrize(
    ("again", "field"),
    [(ev("a", ts=11.0, rating=4.0), "timestamp"), (ev("a", rating=5.0), "rating"), (ev("a"), "rating")],
)
def test_a_resent_event_id_with_another_time_or_rating_is_a_conflict(store: Store, again, field) -> None:
    store.add_events([ev("a", rating=4.0)])
    stored = store.user_events("u1")
    with pytest.raises(EventConflictError, match="event_id 'a' was already used") as info:
        store.add_events([ev("new-1"), again])
    assert info.value.field == field and info.value.path == "events[1]"
    assert store.user_events("u1") == stored and not store.event_ids(["new-1"])  # the stored event is untouched
    # the same event again, or without a timestamp (the server's clock), is a duplicate
    assert store.add_events([ev("a", rating=4.0), ev("a", ts=None, rating=4.0)]) == {"accepted": 0, "duplicates": 2}
    with pytest.raises(EventConflictError, match="rating"):  # inside one batch too
        store.add_events([ev("b", rating=1.0), ev("b", rating=2.0)])


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        ({"event_id": "x", "user": "u1"}, "item"),
        ({"event_id": "x", "user": 1.5, "item": "P1"}, "user"),
        ({"event_id": "x", "user": "u1", "item": "P1", "timestamp": float("nan")}, "timestamp"),
        ({"event_id": "x", "user": "u1", "item": "P1", "timestamp": -1}, "timestamp"),
        ({"event_id": "x", "user": "u1", "item": "P1", "when": 3}, "when"),
        ({"event_id": "", "user": "u1", "item": "P1"}, "event_id"),
    ],
)
def test_a_bad_event_stores_nothing(store: Store, bad: dict, field: str) -> None:
    with pytest.raises(DataError) as info:
        store.add_events([ev("good"), bad])
    assert info.value.path == "events[1]" and info.value.field == field
    assert "Fix:" in str(info.value)
    assert store.count_events() == 0


def test_unknown_items_are_refused(store: Store) -> None:
    with pytest.raises(DataError, match="unknown item id") as info:
        store.add_events([ev("a"), ev("b", item="NOPE")])
    assert info.value.path == "events[1]" and info.value.value == "NOPE"
    assert store.count_events() == 0
    assert store.add_events([ev("b", item="NOPE")], known_items=False)["accepted"] == 1


def test_user_events_are_chronological_with_latest_limit(store: Store) -> None:
    store.add_events([ev("late", ts=30), ev("early", ts=10, item="P2"), ev("mid", ts=20, item="P3")])
    assert [e["event_id"] for e in store.user_events("u1")] == ["early", "mid", "late"]
    assert [e["event_id"] for e in store.user_events("u1", limit=2)] == ["mid", "late"]
    before = store.count_events()
    out = store.add_events([ev("now", ts=None)])  # timestamp defaults to now: newest
    assert out["accepted"] == 1 and store.user_events("u1")[-1]["event_id"] == "now"
    assert store.count_events() == before + 1


def test_ids_that_look_like_sql_are_plain_values(store: Store) -> None:
    evil = "u1'; DROP TABLE events; --"
    store.add_events([ev("x' OR '1'='1", user=evil)])
    assert store.user_events(evil)[0]["event_id"] == "x' OR '1'='1"
    assert store.count_events() == 1 and store.count_items() == 3
    assert store.search_items("%") == [] and store.search_items("_") == []  # wildcards match literally
    assert [i["item"] for i in store.search_items("item p2")] == ["P2"]


# ---------------------------------------------------------------- users and items
def test_delete_user_removes_events_and_profile(store: Store) -> None:
    store.upsert_user("u1", {"age": 30})
    store.add_events([ev("a"), ev("b", item="P2"), ev("c", user="u2")])
    assert store.users() == ["u1", "u2"] and store.count_users() == 2
    assert store.delete_user("u1") == {"events": 2, "profile": 1}
    assert store.user_events("u1") == [] and store.get_user("u1") is None
    assert store.users() == ["u2"] and store.count_events() == 1
    assert store.is_forgotten("u1") and not store.is_forgotten("u2")
    with store.read() as conn:  # only a keyed hash of the id is kept, not a bare SHA-256 (reversible by trial)
        kept = conn.exec_driver_sql("SELECT user_hash FROM forgotten_users").scalars().all()
    assert kept == [store.tombstone("u1")] and "u1" not in kept and legacy_user_hash("u1") not in kept
    assert store.delete_user("u1") == {"events": 0, "profile": 0}


def _rows_naming(s: Store, needle: str) -> list[tuple[str, tuple]]:
    """Every row of every table with a text cell containing ``needle``."""
    out = []
    with s.read() as conn:
        for t in inspect(s.engine).get_table_names():
            for row in conn.exec_driver_sql(f"SELECT * FROM {t}"):
                if any(needle in str(v) for v in row):
                    out.append((t, tuple(row)))
    return out


def test_erased_user_leaves_no_row_and_no_bytes(tmp_path: Path) -> None:
    s = _store(tmp_path)
    s.upsert_item("P1", {"title": "Lamp"})
    s.upsert_user("erase-me-77", {"city": "Quietville"})
    s.add_events([ev(f"evt-erase-{k}", user="erase-me-77") for k in range(50)] + [ev("keep", user="u2")])
    assert _rows_naming(s, "erase-me-77")
    with s.read() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    s.delete_user("erase-me-77")
    assert _rows_naming(s, "erase-me-77") == [] and _rows_naming(s, "evt-erase-") == []
    assert _rows_naming(s, "Quietville") == [] and s.count_events() == 1
    s.close()
    for f in tmp_path.glob("s.sqlite*"):  # nor in the file's free pages or its journal
        data = f.read_bytes()
        assert b"erase-me-77" not in data and b"Quietville" not in data and b"evt-erase-" not in data, f


def test_erased_user_writes_are_refused(store: Store) -> None:
    store.add_events([ev("a"), ev("b", user="u2")])
    store.delete_user("u1")
    with pytest.raises(ErasedUserError, match="erased") as e:
        store.add_events([ev("c", user="u2"), ev("d")])
    assert e.value.path == "events[1]" and store.count_events() == 1  # nothing of the batch stored
    with pytest.raises(ErasedUserError):
        store.upsert_user("u1", {"age": 3})
    assert store.get_user("u1") is None and store.user_events("u1") == []


def test_tombstone_is_keyed_and_survives_restart(new_db: Callable[[], str]) -> None:
    url = new_db()
    a = Store(url)
    a.migrate()
    a.delete_user("u1")
    h = a.tombstone("u1")
    a.close()
    again = Store(url)  # the generated secret is read back from the database
    assert again.is_forgotten("u1") and again.tombstone("u1") == h and not again.is_forgotten("u2")
    given = Store(url, erasure_secret="s3cret")  # a given secret: new tombstones under it, old ones recognised
    assert given.is_forgotten("u1") and given.tombstone("u1") != h
    given.delete_user("u9")
    assert Store(url, erasure_secret="s3cret").is_forgotten("u9") and not Store(url).is_forgotten("u9")
    other = _open(new_db())
    assert other.tombstone("u1") != h  # each database its own key
    assert "s3cret" not in repr(given)


def test_legacy_unsalted_tombstones_are_recognised_then_replaced(store: Store) -> None:
    with store.write() as conn:
        conn.execute(text("INSERT INTO forgotten_users VALUES (:h, 1.0)"), {"h": legacy_user_hash("u1")})
    assert store.is_forgotten("u1")
    with pytest.raises(ErasedUserError):
        store.add_events([ev("a")])
    store.delete_user("u1")  # rewrites the legacy tombstone into the keyed one
    with store.read() as conn:
        kept = conn.exec_driver_sql("SELECT user_hash FROM forgotten_users").scalars().all()
    assert kept == [store.tombstone("u1")] and store.is_forgotten("u1")


def test_items_replace_and_keep_attributes(store: Store) -> None:
    store.upsert_item("P1", {"title": "New", "brand": "B", "price": 3, "tags": ["a", "b"]})
    assert store.get_item("P1") == {
        "item": "P1",
        "title": "New",
        "brand": "B",
        "category": None,
        "price": 3.0,
        "tags": ["a", "b"],
    }
    with pytest.raises(DataError, match="price"):
        store.upsert_item("P1", {"price": "cheap"})
    with pytest.raises(DataError, match="plain JSON"):
        store.upsert_item("P1", {"x": float("inf")})
    assert store.get_item("P1")["title"] == "New" and store.get_item("P404") is None


def test_record_model(store: Store) -> None:
    a = store.record_model("SASRec", "/m", {"NDCG@10": 0.1})
    assert store.record_model("SASRec", "/m", {"NDCG@10": 0.2}) == a
    assert [(m["name"], m["metrics"]) for m in store.list_models()] == [("SASRec", {"NDCG@10": 0.2})]


# ---------------------------------------------------------------- migrations
def _layout(s: Store) -> dict:
    insp = inspect(s.engine)
    out = {}
    for t in sorted(insp.get_table_names()):
        cols = {c["name"]: (str(c["type"]), c["nullable"]) for c in insp.get_columns(t)}
        idx = sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(t))
        out[t] = (cols, idx)
    return out


def test_v1_database_upgrades_to_current(new_db: Callable[[], str]) -> None:
    old = Store(new_db())
    assert old.migrate(target=1) == [1] and old.schema_version() == 1
    assert "forgotten_users" not in inspect(old.engine).get_table_names()
    with old.write() as conn:  # data written by version 1
        conn.execute(text("INSERT INTO items (item_id, title, attrs, updated_at) VALUES ('P1', 'Old', '{}', 0)"))
        conn.execute(
            text(
                "INSERT INTO events (event_id, user_id, item_id, timestamp, event, received_at) "
                "VALUES ('e1', 'u1', 'P1', 5, 'purchase', 0)"
            )
        )
    applied = old.migrate()
    assert applied == list(range(2, SCHEMA_VERSION + 1)) and old.schema_version() == SCHEMA_VERSION
    assert old.migrate() == []  # nothing left to do
    assert [e["event_id"] for e in old.user_events("u1")] == ["e1"] and old.get_item("P1")["title"] == "Old"
    assert old.add_events([ev("e1", item="P1", ts=5)]) == {"accepted": 0, "duplicates": 1}
    old.delete_user("u1")  # version 2's table works
    assert old.is_forgotten("u1")
    assert _layout(old) == _layout(_open(new_db()))


def test_migrations_build_exactly_the_tables_the_queries_use(new_db: Callable[[], str]) -> None:
    """The migrated layout equals ``schema.metadata``'s (what the queries are written against)."""
    from whyrec.store import schema

    declared = Store(new_db())
    schema.metadata.create_all(declared.engine)
    migrated = _layout(_open(new_db()))
    assert migrated == _layout(declared)
    assert "text_embeddings" in migrated and "forgotten_users" in migrated


def test_newer_or_foreign_databases_are_refused(new_db: Callable[[], str]) -> None:
    s = _open(new_db())
    with s.write() as conn:
        conn.execute(text("INSERT INTO schema_version VALUES (99, 'from the future', 0)"))
    with pytest.raises(WhyrecError, match="newer than this whyrec"):
        s.migrate()
    other = Store(new_db())
    with other.write() as conn:
        conn.execute(text("CREATE TABLE events (x INTEGER)"))
    with pytest.raises(WhyrecError, match="not made by whyrec"):
        other.migrate()


# ---------------------------------------------------------------- datasets
def _triples(ds) -> list[tuple]:
    i = ds.interactions
    return sorted(
        zip(
            ds.user_ids[i["user"]].astype(str),
            ds.item_ids[i["item"]].astype(str),
            i["timestamp"].astype(int),
            i["event"].astype(str),
            i["rating"].astype(float),
            strict=True,
        )
    )


def test_import_and_export_round_trip(new_db: Callable[[], str], shop) -> None:
    s = _open(new_db())
    counts = s.import_dataset(shop)
    assert counts == {"events": shop.n_interactions, "duplicates": 0, "items": shop.n_items, "users": shop.n_users,
                      "erased": 0}  # fmt: skip
    assert s.import_dataset(shop) == {"events": 0, "duplicates": shop.n_interactions, "items": 0, "users": 0,
                                      "erased": 0}  # fmt: skip
    back = s.to_dataset()
    assert _triples(back) == _triples(shop)
    assert set(back.item_ids) == set(shop.item_ids) and set(back.user_ids) == set(shop.user_ids)
    assert {k: v.kind for k, v in back.item_fields.items()} == {k: v.kind for k, v in shop.item_fields.items()}
    assert {k: v.kind for k, v in back.user_fields.items()} == {k: v.kind for k, v in shop.user_fields.items()}
    for j in (0, 7, shop.n_items - 1):  # catalogue rows, unbought items included
        item = str(shop.item_ids[j])
        a = shop.items.iloc[j]
        b = back.items.iloc[int(back.item_index(item)[0])]
        assert b["title"] == a["title"] and b["tags"] == a["tags"] and np.isclose(b["price"], a["price"])
    u = str(shop.user_ids[5])
    assert s.get_user(u)["location"] == shop.users.iloc[5]["location"]
    # the exported dataset trains a model
    from whyrec.models import make_model

    model = make_model("ease").fit(back)
    assert model.recommend(u, k=3)[0].shape == (3,)


def test_reimport_does_not_bring_an_erased_user_back(new_db: Callable[[], str], shop) -> None:
    s = _open(new_db())
    s.import_dataset(shop)
    user = str(shop.user_ids[3])
    n = s.count_events(user)
    assert n > 0 and s.get_user(user) is not None
    s.delete_user(user)
    again = s.import_dataset(shop)
    assert again["erased"] == n and again["events"] == 0 and again["users"] == 0
    assert s.count_events(user) == 0 and s.get_user(user) is None and user not in s.users(limit=1000)
    assert _rows_naming(s, user) == []
    back = s.to_dataset()
    assert user not in set(back.user_ids) and back.n_interactions == shop.n_interactions - n


def test_repeated_id_look_ups_are_planned_for_their_parameters(store: Store) -> None:
    """psycopg 3 would prepare a statement run five times and PostgreSQL could then plan it once for all parameters
    (a generic plan that scanned the events table: 7x slower ingest at 100,000 events); the store's connections
    prepare nothing, so every look-up is planned for its own ids."""
    events = [{"event_id": f"plan-{n}", "user": f"u{n % 7}", "item": "P1", "timestamp": float(n)} for n in range(60)]
    for s in range(0, 60, 6):  # the same statement shape ten times: past psycopg's threshold of five
        assert store.add_events(events[s : s + 6]) == {"accepted": 6, "duplicates": 0}
    if store.is_sqlite:
        return
    raw = store.engine.raw_connection()  # the pool's one connection, which ran the look-ups above
    try:
        cur = raw.cursor()
        cur.execute("SELECT count(*) FROM pg_prepared_statements")
        assert raw.driver_connection.prepare_threshold is None and cur.fetchone()[0] == 0  # nothing prepared
    finally:
        raw.close()
