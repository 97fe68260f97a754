"""Whole answers kept and computed ahead (whyrec.service.responses): the cache's rules and a precomputing server."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from whyrec.service import Settings, create_app
from whyrec.service.answers import Recommendations
from whyrec.service.responses import Precomputer, ResponseCache, Shape, named_items
from whyrec.store import Store

KEY = "answers-key"
AUTH = {"X-API-Key": KEY}
SHAPE = Shape(10, True, True, "en", "occlusion")
#: the request shape the server precomputes
PAGE = {"k": 10, "explain": "true", "narrate": "true", "lang": "en"}


# ---------------------------------------------------------------- the cache alone
def test_cache_serves_an_answer_only_under_the_key_it_was_computed_for() -> None:
    c = ResponseCache(1 << 20)
    assert c.put("u1", SHAPE, "history-a", b'[{"item":"P1"}]', frozenset({"P1"}), c.token("u1"))
    assert c.get("u1", SHAPE, "history-a") == b'[{"item":"P1"}]'
    assert c.get("u1", SHAPE, "history-b") is None  # the user's history changed
    assert c.get("u1", Shape(5, True, True, "en", "occlusion"), "history-a") is None  # another request shape
    assert c.get("u2", SHAPE, "history-a") is None  # another user
    assert (c.hits, c.misses) == (1, 3)


def test_a_forgotten_user_or_a_changed_item_refuses_answers_computed_before() -> None:
    c = ResponseCache(1 << 20)
    token = c.token("u1")
    c.forget_users(["u1"])  # e.g. deleted while their answer was being built
    assert not c.put("u1", SHAPE, "k", b"[]", frozenset(), token)
    assert c.get("u1", SHAPE, "k") is None
    token = c.token("u2")
    assert c.forget_item("P9") == []
    assert not c.put("u2", SHAPE, "k", b"[]", frozenset(), token)  # may name P9 with its old attributes
    assert c.put("u2", SHAPE, "k", b"[]", frozenset(), c.token("u2"))


def test_forget_item_drops_exactly_the_answers_that_name_it() -> None:
    c = ResponseCache(1 << 20)
    for user, items in (("u1", {"P1", "P2"}), ("u2", {"P2"}), ("u3", {"P3"})):
        c.put(user, SHAPE, "k", json.dumps(sorted(items)).encode(), frozenset(items), c.token(user))
    assert c.forget_item("P2") == ["u1", "u2"]
    assert c.get("u1", SHAPE, "k") is None and c.get("u2", SHAPE, "k") is None
    assert c.get("u3", SHAPE, "k") == b'["P3"]'


def test_cache_stays_within_its_bytes_dropping_the_least_recently_used() -> None:
    import os

    blob = os.urandom(3000)  # does not compress
    c = ResponseCache(10_000)
    for u in ("u1", "u2", "u3"):
        assert c.put(u, SHAPE, "k", blob, frozenset(), c.token(u))
    c.get("u1", SHAPE, "k")  # u1 used last: u2 goes first
    assert c.put("u4", SHAPE, "k", blob, frozenset(), c.token("u4"))
    assert c.nbytes <= 10_000 and len(c) == 3
    assert c.get("u2", SHAPE, "k") is None and c.get("u1", SHAPE, "k") == blob
    assert not c.put("u5", SHAPE, "k", os.urandom(20_000), frozenset(), c.token("u5"))  # larger than the cache


def test_named_items_finds_recommendations_and_evidence_items() -> None:
    items = [{"item": "P1", "explanation": {"evidence": [{"kind": "history", "item": "P7"}, {"field": "brand"}]}},
             {"item": "P2", "explanation": None}]  # fmt: skip
    assert named_items(items) == {"P1", "P2", "P7"}


# ---------------------------------------------------------------- the precomputer alone
def test_precomputer_runs_queued_users_newest_requests_first_and_counts_failures() -> None:
    seen: list[str] = []
    gate = threading.Event()

    def compute(user: str) -> None:
        gate.wait(5)
        seen.append(user)
        if user == "bad":
            raise ValueError("no such user")

    p = Precomputer(compute)
    p.enqueue(["ignored"])  # before start: nothing to do yet
    p.start(["a", "bad", "c"])
    p.enqueue(["z", "c"])  # z jumps the queue; c is queued already
    gate.set()
    deadline = time.time() + 10
    while p.progress()["first_pass_seconds"] is None and time.time() < deadline:
        time.sleep(0.01)
    p.stop()
    prog = p.progress()
    assert prog["done"] == 3 and prog["total"] == 3 and prog["failed"] == 1 and prog["first_pass_seconds"] >= 0
    assert set(seen) == {"a", "bad", "c", "z"} and "ignored" not in seen and len(seen) == 4
    assert seen.index("z") < seen.index("c")


# ---------------------------------------------------------------- a precomputing server
def _body(r) -> dict:
    """An answer without its timings (the answer's and each explanation's ``ms``) and ``cached``."""
    assert r.status_code == 200, r.text
    d = r.json()
    Recommendations.model_validate(d)  # the declared answer: every field named, none missed on any path
    for it in d["items"]:
        if it["explanation"]:
            it["explanation"].pop("ms")
    return {k: v for k, v in d.items() if k not in ("ms", "cached")}


def _wait_idle(client: TestClient, timeout: float = 120.0) -> dict:
    deadline = time.time() + timeout
    while time.time() < deadline:
        p = client.get("/readyz").json()["precompute"]
        if p["first_pass_seconds"] is not None and p["queued"] == 0:
            time.sleep(0.2)  # the last user popped may still be computing
            return p
        time.sleep(0.05)
    raise AssertionError(f"precomputing did not finish: {p}")


@pytest.fixture(scope="module")
def served(model_dirs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory):
    url = f"sqlite:///{tmp_path_factory.mktemp('answers') / 'shop.sqlite'}"
    settings = Settings(model_dir=model_dirs["sasrec"], db_url=url, api_key=KEY, precompute_map=False,
                        precompute=True)  # fmt: skip
    with TestClient(create_app(settings), headers=AUTH) as c:  # an admin key on every request unless told
        store = Store(url)
        yield c, store
        store.close()


def test_precomputed_answers_equal_answers_built_on_request(served) -> None:
    client, store = served
    prog = _wait_idle(client)
    assert prog["total"] == len(store.active_users()) > 100 and prog["failed"] == 0
    engine = client.app.state.service.engine
    users = store.active_users()[:5]
    query = PAGE
    ahead = [client.get(f"/v1/users/{u}/recommendations", params=query) for u in users]
    assert all(r.json()["cached"] for r in ahead)
    engine.responses.clear()
    engine.cache.clear()
    engine.reasons.clear()
    fresh = [client.get(f"/v1/users/{u}/recommendations", params=query) for u in users]
    assert not any(r.json()["cached"] for r in fresh)
    assert [_body(r) for r in ahead] == [_body(r) for r in fresh]
    item = fresh[0].json()["items"][0]
    assert item["reason"]["checked"] and item["explanation"]["evidence"]
    # another request shape is built on request, then kept
    r1 = client.get(f"/v1/users/{users[0]}/recommendations", params={"k": 3})
    r2 = client.get(f"/v1/users/{users[0]}/recommendations", params={"k": 3})
    assert not r1.json()["cached"] and r2.json()["cached"] and _body(r1) == _body(r2)
    engine.precomputer.enqueue(store.active_users())  # every default answer again, for the tests below


def test_an_event_changes_the_next_answer_and_is_precomputed_again(served) -> None:
    client, store = served
    _wait_idle(client)
    user = store.active_users()[7]
    before = client.get(f"/v1/users/{user}/recommendations", params=PAGE).json()
    assert before["cached"]
    top = before["items"][0]["item"]
    ev = {"event_id": "answers-test-1", "user": user, "item": top}
    assert client.post("/v1/events", json={"events": [ev]}, headers=AUTH).status_code == 200
    after = client.get(f"/v1/users/{user}/recommendations", params=PAGE).json()
    assert top not in [x["item"] for x in after["items"]]  # bought now: never served from the old answer
    _wait_idle(client)
    again = client.get(f"/v1/users/{user}/recommendations", params=PAGE).json()
    assert again["cached"] and [x["item"] for x in again["items"]] == [x["item"] for x in after["items"]]


def test_a_changed_item_is_never_shown_with_its_old_attributes(served) -> None:
    client, store = served
    _wait_idle(client)
    user = store.active_users()[11]
    first = client.get(f"/v1/users/{user}/recommendations", params=PAGE).json()
    item = first["items"][0]["item"]
    old = store.get_item(item)
    body = {k: old[k] for k in ("title", "brand", "category", "price") if old.get(k) is not None}
    body["title"] = "Renamed Test Product"
    assert client.put(f"/v1/items/{item}", json=body, headers=AUTH).status_code == 200
    after = client.get(f"/v1/users/{user}/recommendations", params=PAGE).json()
    assert after["items"][0]["item"] == item and after["items"][0]["title"] == "Renamed Test Product"
    _wait_idle(client)
    again = client.get(f"/v1/users/{user}/recommendations", params=PAGE).json()
    assert again["cached"] and again["items"][0]["title"] == "Renamed Test Product"


def test_a_deleted_users_answers_are_dropped_and_not_precomputed_again(served) -> None:
    client, store = served
    _wait_idle(client)
    user = store.active_users()[13]
    assert client.get(f"/v1/users/{user}/recommendations", params=PAGE).json()["cached"]
    engine = client.app.state.service.engine
    assert user in engine.responses._shapes
    assert client.delete(f"/v1/users/{user}", headers=AUTH).status_code == 200
    assert user not in engine.responses._shapes
    out = client.get(f"/v1/users/{user}/recommendations", params=PAGE)
    assert out.status_code == 410 and out.json()["error"]["code"] == "user_erased"  # nothing is served, not kept
    _wait_idle(client)
    assert user not in engine.responses._shapes


def test_the_event_loop_look_up_needs_the_history_in_memory_and_agrees_with_the_full_path(served) -> None:
    client, store = served
    _wait_idle(client)
    engine = client.app.state.service.engine
    user = store.active_users()[17]
    kept = engine.kept_answer(user, **{**PAGE, "explain": True, "narrate": True})
    assert kept is not None and json.loads(kept)["cached"]
    engine.histories.clear()  # as after a restart of the cache: the look-up would have to read the store
    assert engine.kept_answer(user, **{**PAGE, "explain": True, "narrate": True}) is None
    full = client.get(f"/v1/users/{user}/recommendations", params=PAGE)  # read on a worker thread, still kept
    assert full.json()["cached"]
    assert {k: v for k, v in json.loads(kept).items() if k != "ms"} == {
        k: v for k, v in full.json().items() if k != "ms"}
    with pytest.raises(Exception, match="k must be in"):
        engine.kept_answer(user, k=0)


def test_a_shopper_the_model_never_saw_is_scored_and_explained_from_their_history(served) -> None:
    """No borrowed user: the history itself is scored and explained, and the answer names the shopper."""
    client, store = served
    bought = [e["item"] for e in client.get(f"/v1/users/{store.active_users()[3]}/history").json()["items"]][:3]
    events = [{"event_id": f"new-shopper-{j}", "user": "NEW-SHOPPER-1", "item": it, "timestamp": 1000.0 + j}
              for j, it in enumerate(bought)]
    assert client.post("/v1/events", json={"events": events}).status_code == 200
    r = client.get("/v1/users/NEW-SHOPPER-1/recommendations", params={"k": 3, "method": "occlusion"})
    d = _body(r)
    assert not d["cold_start"] and d["known"] and d["model"] == "SASRec"
    assert not {x["item"] for x in d["items"]} & set(bought)
    engine = client.app.state.service.engine
    want = engine.model.recommend_histories([bought], k=3)[0][0]
    assert [x["item"] for x in d["items"]] == [str(x) for x in want]
    for it in d["items"]:
        e = it["explanation"]
        assert e["user"] == "NEW-SHOPPER-1" and e["method"] == "occlusion"
        assert {x["item"] for x in e["evidence"] if x["kind"] == "history_item"} <= set(bought)
    one = client.get(f"/v1/users/NEW-SHOPPER-1/explanations/{d['items'][0]['item']}")
    assert one.status_code == 200 and one.json()["explanation"]["user"] == "NEW-SHOPPER-1"
    assert one.json()["rank"] == 1
