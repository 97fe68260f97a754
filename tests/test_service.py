"""The HTTP API, through FastAPI's TestClient on the real app, a real SQLite file and tiny trained models."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from conftest import app_client, without_key
from fastapi.testclient import TestClient

from whyrec.data.dataset import Histories
from whyrec.models import load
from whyrec.service import Settings, create_app
from whyrec.store import Store

KEY = "test-key"
AUTH = {"X-API-Key": KEY}


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('svc') / 'shop.sqlite'}"


@pytest.fixture(scope="module")
def client(model_dirs: dict[str, Path], db_url: str):
    with app_client(model_dirs["sasrec"], db_url, AUTH, api_key=KEY, precompute_map=False) as c:  # an admin key
        yield c  # on every request unless told


@pytest.fixture(scope="module")
def store(client: TestClient, db_url: str):
    s = Store(db_url)  # a second, independent connection to the file the app serves from
    yield s
    s.close()


@pytest.fixture(scope="module")
def model(model_dirs: dict[str, Path]):
    return load(model_dirs["sasrec"])


def store_histories(model, store: Store, user: str) -> Histories:
    """The user's store history as one-user Histories at index 0 (computed here, independently of the service)."""
    index = {str(x): i for i, x in enumerate(model.item_ids_)}
    items = [index[e["item"]] for e in store.user_events(user) if e["item"] in index]
    lists = [items] + [[] for _ in range(model.n_users_ - 1)]
    return Histories.from_lists(lists, model.n_items_)


def expected_top(model, store: Store, user: str, k: int) -> list[str]:
    ids, _ = model.recommend(str(model.user_ids_[0]), k=k, histories=store_histories(model, store, user))
    return [str(i) for i in ids]


def recs(client: TestClient, user: str, **params) -> dict:
    r = client.get(f"/v1/users/{user}/recommendations", params={"k": 5, **params})
    assert r.status_code == 200, r.text
    return r.json()


def snapshot(store: Store) -> tuple[int, int, int]:
    return store.count_events(), store.count_items(), store.count_users()


# ---------------------------------------------------------------- health, docs, metrics
def test_health_ready_docs_and_metrics(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready" and ready["model"] == "SASRec" and ready["schema_version"] >= 2
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert "/v1/users/{user_id}/recommendations" in paths and "/v1/events" in paths
    client.get("/v1/users/U00001/history")
    client.get("/v1/users/U00002/history")
    text = client.get("/metrics").text
    line = next(x for x in text.splitlines() if x.startswith("whyrec_requests_total") and "/history" in x)
    assert 'route="/v1/users/{user_id}/history"' in line and 'status="200"' in line and int(line.split()[-1]) >= 2
    assert "# TYPE whyrec_request_duration_seconds histogram" in text
    assert 'whyrec_request_duration_seconds_bucket{route="/v1/users/{user_id}/history",le="+Inf"}' in text
    assert client.get("/metrics").headers["content-type"].startswith("text/plain")


def test_users_and_history(client: TestClient, store: Store) -> None:
    page = client.get("/v1/users", params={"limit": 3, "offset": 1}).json()
    assert page["users"] == store.users(3, 1) and page["total"] == store.count_users()
    h = client.get("/v1/users/U00003/history", params={"limit": 2}).json()
    events = store.user_events("U00003", limit=2)
    assert [x["item"] for x in h["items"]] == [e["item"] for e in events]
    first = h["items"][0]
    assert first["title"] == store.get_item(first["item"])["title"] and first["event"] == "purchase"
    assert client.get("/v1/users/never-seen/history").json() == {"user": "never-seen", "items": []}


# ---------------------------------------------------------------- recommendations
def test_recommendations_come_with_faithful_evidence(client: TestClient, store: Store, model) -> None:
    user = "U00004"
    out = recs(client, user)
    assert out["known"] and not out["cold_start"] and out["model"] == "SASRec"
    assert out["method"] == "occlusion" and out["ms"] > 0  # the service's default for history models
    items = out["items"]
    assert [x["item"] for x in items] == expected_top(model, store, user, 5)
    assert [x["rank"] for x in items] == [1, 2, 3, 4, 5]
    assert all(a["score"] >= b["score"] for a, b in zip(items, items[1:], strict=False))
    history = {e["item"] for e in store.user_events(user)}
    for x in items:
        e = x["explanation"]
        assert e["user"] == user and e["item"] == x["item"] and e["rank"] == x["rank"]
        assert np.isclose(e["score"], x["score"], atol=1e-5)
        weights = [r for r in e["evidence"] if r["kind"] == "history_item"]
        assert weights and {r["item"] for r in weights} <= history
        # occlusion: each weight is the score lost when that item alone leaves the history (checked here)
        top = max(weights, key=lambda r: r["weight"])
        hist = store_histories(model, store, user)
        index = {str(x): i for i, x in enumerate(model.item_ids_)}
        kept = [j for j in hist[0].tolist() if j != index[top["item"]]]
        reduced = Histories.from_lists([kept] + [[] for _ in range(model.n_users_ - 1)], model.n_items_)
        without = model.score_matrix(np.array([0]), reduced)[0, index[x["item"]]]
        assert abs(e["score"] - float(without) - top["weight"]) <= 1e-4 * max(1.0, abs(e["score"]))
        pop = [r for r in e["evidence"] if r["kind"] == "popularity"]
        assert len(pop) == 1 and pop[0]["count"] >= 0
        assert x["title"] == store.get_item(x["item"])["title"] and x["reason"] is None
    plain = recs(client, user, explain="false")
    assert [x["item"] for x in plain["items"]] == [x["item"] for x in items]
    assert all(x["explanation"] is None for x in plain["items"]) and plain["method"] is None


def test_a_new_event_changes_the_next_answer(client: TestClient, store: Store, model) -> None:
    user = "U00005"
    before = recs(client, user)
    bought = before["items"][0]["item"]
    r = client.post(
        "/v1/events", json={"events": [{"event_id": "t-new-1", "user": user, "item": bought}]}, headers=AUTH
    )
    assert r.json() == {"accepted": 1, "duplicates": 0}
    after = recs(client, user)
    assert bought not in [x["item"] for x in after["items"]]
    assert [x["item"] for x in after["items"]] == expected_top(model, store, user, 5)
    assert client.get(f"/v1/users/{user}/history").json()["items"][-1]["item"] == bought
    evidence = {r["item"] for x in after["items"] for r in x["explanation"]["evidence"] if r["kind"] == "history_item"}
    assert bought in evidence  # the model read the new purchase


def test_unknown_user_gets_cold_start_with_popularity_evidence(client: TestClient, model) -> None:
    out = recs(client, "brand-new-shopper")
    assert not out["known"] and out["cold_start"] and out["model"] == "Popularity"
    counts = np.bincount(model.history_.items, minlength=model.n_items_)
    top = [str(model.item_ids_[i]) for i in np.argsort(-counts, kind="stable")[:5]]
    got = [x["item"] for x in out["items"]]
    assert sorted(counts[[list(model.item_ids_).index(i) for i in got]], reverse=True) == sorted(
        counts[[list(model.item_ids_).index(i) for i in top]], reverse=True
    )
    for x in out["items"]:
        e = x["explanation"]
        assert e["method"] == "popularity" and e["user"] == "brand-new-shopper"
        (pop,) = [r for r in e["evidence"] if r["kind"] == "popularity"]
        assert pop["count"] == counts[list(model.item_ids_).index(x["item"])]
        assert not any(r["kind"] == "history_item" for r in e["evidence"])
        assert any("brand-new-shopper" in n for n in e["notes"])


def test_a_new_user_with_events_gets_personal_recommendations(client: TestClient, store: Store, model) -> None:
    items = [str(model.item_ids_[3]), str(model.item_ids_[9])]
    events = [
        {"event_id": f"fresh-{n}", "user": "fresh-1", "item": i, "timestamp": 100 + n} for n, i in enumerate(items)
    ]
    assert client.post("/v1/events", json={"events": events}, headers=AUTH).json()["accepted"] == 2
    out = recs(client, "fresh-1")
    assert out["known"] and not out["cold_start"] and out["model"] == "SASRec"
    assert [x["item"] for x in out["items"]] == expected_top(model, store, "fresh-1", 5)
    for x in out["items"]:
        assert {r["item"] for r in x["explanation"]["evidence"] if r["kind"] == "history_item"} == set(items)
        assert x["explanation"]["user"] == "fresh-1"


# ---------------------------------------------------------------- explanations
def test_explanation_of_a_top_item(client: TestClient) -> None:
    top = recs(client, "U00006", explain="false")["items"][0]["item"]
    r = client.get(f"/v1/users/U00006/explanations/{top}", params={"k": 5}).json()
    assert r["in_top_k"] and r["rank"] == 1 and not r["in_history"]
    assert r["explanation"]["method"] == "occlusion"
    ig = client.get(f"/v1/users/U00006/explanations/{top}", params={"method": "integrated_gradients"}).json()
    assert ig["explanation"]["method"] == "integrated_gradients"
    ig_total = ig["explanation"]["baseline_score"] + sum(
        r["weight"] for r in ig["explanation"]["evidence"] if r["kind"] == "history_item"
    )  # integrated gradients' completeness
    assert abs(ig_total - ig["explanation"]["score"]) <= 1e-2 * max(1.0, abs(ig["explanation"]["score"]))
    shap = client.get(f"/v1/users/U00006/explanations/{top}", params={"method": "cooccurrence"}).json()
    assert shap["explanation"]["method"] == "cooccurrence"


def test_why_not_is_a_verified_counterfactual(client: TestClient, store: Store, model) -> None:
    found = 0
    for user in ("U00010", "U00011", "U00012", "U00013", "U00014", "U00015", "U00016", "U00017"):
        ranked = recs(client, user, k=20, explain="false")["items"]
        for cand in ranked[5:9]:
            r = client.get(f"/v1/users/{user}/explanations/{cand['item']}", params={"k": 5}).json()
            assert not r["in_top_k"] and r["rank"] == cand["rank"] and r["explanation"]["method"] == "why_not"
            cf = [e for e in r["explanation"]["evidence"] if e["kind"] == "counterfactual"]
            if not cf or not cf[0]["verified"]:
                continue
            # independent check: without the removed items the model puts the item in the top-5
            h = store_histories(model, store, user)
            removed = set(cf[0]["removed"])
            kept = [int(i) for i in h[0] if str(model.item_ids_[int(i)]) not in removed]
            reduced = Histories.from_lists([kept] + [[]] * (model.n_users_ - 1), model.n_items_)
            ids, _ = model.recommend(str(model.user_ids_[0]), k=5, histories=reduced)
            assert cand["item"] in {str(i) for i in ids} and cf[0]["mode"] == "why_not"
            found += 1
        if found >= 2:
            break
    assert found >= 1, "no verified why-not counterfactual among 32 candidates"


def test_item_in_history_and_unknown_items(client: TestClient, store: Store) -> None:
    owned = store.user_events("U00007")[0]["item"]
    r = client.get(f"/v1/users/U00007/explanations/{owned}").json()
    assert r["in_history"] and r["rank"] is None and not r["in_top_k"]
    bad = client.get(f"/v1/users/U00007/explanations/{owned}", params={"method": "why_not"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "item_in_history"
    r = client.get("/v1/users/U00007/explanations/P9999")
    assert r.status_code == 404 and r.json()["error"]["code"] == "unknown_item" and r.json()["error"]["fix"]


# ---------------------------------------------------------------- privacy
def test_deleted_user_is_forgotten(client: TestClient, store: Store) -> None:
    user = "U00020"
    n = store.count_events(user)
    before = recs(client, user)
    assert before["known"] and n > 0
    item = before["items"][0]["item"]
    assert without_key(client, "DELETE", f"/v1/users/{user}").status_code == 401
    r = client.delete(f"/v1/users/{user}", headers=AUTH)
    assert r.json() == {"deleted": {"events": n, "profile": 1}}
    assert store.count_events(user) == 0 and store.get_user(user) is None
    for path in (f"/v1/users/{user}/history", f"/v1/users/{user}/recommendations",
                 f"/v1/users/{user}/explanations/{item}", f"/v1/map?user={user}"):  # fmt: skip
        got = client.get(path)
        assert got.status_code == 410, (path, got.text)
        err = got.json()["error"]
        assert err["code"] == "user_erased" and "erased" in err["message"] and err["fix"] and err["request_id"]
    assert user not in client.get("/v1/users", params={"limit": 1000}).json()["users"]
    again = client.delete(f"/v1/users/{user}", headers=AUTH)
    assert again.status_code == 410 and again.json()["error"]["code"] == "user_erased"
    # new events of the erased user are refused, the whole batch, naming the event
    batch = {"events": [{"event_id": "after-erase-0", "user": "U00021", "item": item},
                        {"event_id": "after-erase-1", "user": user, "item": item}]}  # fmt: skip
    refused = client.post("/v1/events", json=batch, headers=AUTH)
    assert refused.status_code == 410, refused.text
    err = refused.json()["error"]
    assert err["code"] == "user_erased" and err["field"] == "events[1].user" and err["value"] == user
    assert store.count_events(user) == 0 and not store.event_ids(["after-erase-0"])
    # a re-import of the model's data (what import_if_empty does) does not bring the user back
    svc = client.app.state.service
    counts = svc.store.import_dataset(svc.run.dataset)
    assert counts["erased"] == n and counts["events"] == 0
    assert store.count_events(user) == 0 and store.get_user(user) is None
    assert client.get(f"/v1/users/{user}/recommendations").status_code == 410


def test_delete_of_an_unknown_user_is_404(client: TestClient, store: Store) -> None:
    r = client.delete("/v1/users/NEVER-SEEN-42", headers=AUTH)
    assert r.status_code == 404 and r.json()["error"]["code"] == "unknown_user"
    assert not store.is_forgotten("NEVER-SEEN-42")
    assert recs(client, "NEVER-SEEN-42")["cold_start"]  # a user never seen still gets cold-start answers


def test_the_access_log_names_users_by_pseudonym(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    svc = client.app.state.service
    user = "U00011"
    with caplog.at_level(logging.INFO, logger="uvicorn.access"):
        # the line uvicorn's access log writes for a request (client, method, path, version, status)
        logging.getLogger("uvicorn.access").info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5", "GET",
                                                 f"/v1/users/{user}/recommendations?k=5", "1.1", 200)  # fmt: skip
        logging.getLogger("uvicorn.access").info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5", "GET",
                                                 f"/v1/map?k=3&user={user}", "1.1", 200)  # fmt: skip
    lines = [r.getMessage() for r in caplog.records if r.name == "uvicorn.access"]
    assert len(lines) == 2
    alias = svc.store.pseudonym(user)
    for line in lines:
        assert user not in line and alias in line, line
    assert alias != svc.store.pseudonym("U00012") and alias.startswith("u:")
    assert alias[2:] not in svc.store.tombstone(user)  # not a prefix of the tombstone either


# ---------------------------------------------------------------- items
def test_items_put_get_and_search(client: TestClient, store: Store) -> None:
    body = {"title": "Zebra Test Lamp", "brand": "Lumo", "category": "Lamp", "price": 19.5, "wattage": 40}
    assert without_key(client, "PUT", "/v1/items/NEW-1", json=body).status_code == 401
    r = client.put("/v1/items/NEW-1", json=body, headers=AUTH)
    assert r.status_code == 200 and r.json()["in_model"] is False
    got = client.get("/v1/items/NEW-1").json()
    assert got["title"] == "Zebra Test Lamp" and got["wattage"] == 40 and got["price"] == 19.5
    assert [i["item"] for i in client.get("/v1/items", params={"q": "zebra test"}).json()["items"]] == ["NEW-1"]
    # an event on the new item is stored, the model (trained without it) ignores it
    ok = client.post(
        "/v1/events", json={"events": [{"event_id": "lamp-1", "user": "U00021", "item": "NEW-1"}]}, headers=AUTH
    )
    assert ok.json()["accepted"] == 1 and recs(client, "U00021")["known"]
    r = client.get("/v1/users/U00021/explanations/NEW-1")
    assert r.status_code == 422 and r.json()["error"]["code"] == "item_not_in_model"


# ---------------------------------------------------------------- bad input
def _events(*events: dict) -> dict:
    return {"events": list(events)}


GOOD = {"event_id": "bad-test-ok", "user": "U00030", "item": "P0001"}
BAD_REQUESTS = [
    ("malformed json", "post", "/v1/events", b'{"events": [', AUTH, 400, "malformed_json", "body"),
    ("not an object", "post", "/v1/events", json.dumps([GOOD]), AUTH, 422, "invalid_request", None),
    ("user is a number", "post", "/v1/events", _events(GOOD, {**GOOD, "event_id": "b2", "user": 7}), AUTH,
     422, "invalid_request", "events[1].user"),
    ("timestamp is a word", "post", "/v1/events", _events({**GOOD, "timestamp": "yesterday"}), AUTH,
     422, "invalid_request", "events[0].timestamp"),
    ("timestamp is NaN", "post", "/v1/events", b'{"events": [{"event_id": "n", "user": "u", "item": "P0001", '
     b'"timestamp": NaN}]}', AUTH, 422, "invalid_request", "events[0].timestamp"),
    ("unknown field", "post", "/v1/events", _events({**GOOD, "colour": "red"}), AUTH, 422, "invalid_request",
     "events[0].colour"),
    ("missing item", "post", "/v1/events", _events({"event_id": "m", "user": "u"}), AUTH, 422, "invalid_request",
     "events[0].item"),
    ("empty batch", "post", "/v1/events", _events(), AUTH, 422, "invalid_request", "events"),
    ("huge batch", "post", "/v1/events", _events(*[{**GOOD, "event_id": f"h{n}"} for n in range(1001)]), AUTH,
     413, "batch_too_large", "events"),
    ("huge body", "post", "/v1/events", _events({**GOOD, "event_id": "x" * 100, "user": "u" * 100} )
     | {"pad": "y" * 1_100_000}, AUTH, 413, "body_too_large", "body"),
    ("unknown item", "post", "/v1/events", _events(GOOD, {**GOOD, "event_id": "u2", "item": "NOPE"}), AUTH,
     422, "invalid_data", "events[1].item"),
    ("no api key", "post", "/v1/events", _events(GOOD), None, 401, "missing_api_key", "X-API-Key"),
    ("wrong api key", "post", "/v1/events", _events(GOOD), {"X-API-Key": "guess"}, 403, "wrong_api_key", "X-API-Key"),
    ("sql in a body id", "post", "/v1/events", _events({**GOOD, "user": "u'; DROP TABLE events;--"}), AUTH,
     422, "invalid_request", "events[0].user"),
    ("sql in a path id", "get", "/v1/users/1' OR '1'='1/recommendations", None, {}, 422, "invalid_request", "user_id"),
    ("sql in delete", "delete", "/v1/users/x';DELETE FROM events;--", None, AUTH, 422, "invalid_request", "user_id"),
    ("bad price", "put", "/v1/items/P0001", {"price": "cheap"}, AUTH, 422, "invalid_request", "price"),
    ("negative price", "put", "/v1/items/P0001", {"price": -1}, AUTH, 422, "invalid_request", "price"),
    ("unknown method", "get", "/v1/users/U00001/recommendations?method=magic", None, {}, 422, "unknown_method",
     "method"),
    ("k is zero", "get", "/v1/users/U00001/recommendations?k=0", None, {}, 422, "invalid_request", "k"),
    ("k is a word", "get", "/v1/users/U00001/recommendations?k=ten", None, {}, 422, "invalid_request", "k"),
    ("unknown language", "get", "/v1/users/U00001/recommendations?lang=fr", None, {}, 422, "invalid_request", "lang"),
    ("unknown item get", "get", "/v1/items/P9999", None, {}, 404, "unknown_item", "item_id"),
    ("no such path", "get", "/v1/nothing", None, {}, 404, "not_found", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("verb", "path", "body", "headers", "status", "code", "field"),
    [case[1:] for case in BAD_REQUESTS],
    ids=[case[0] for case in BAD_REQUESTS],
)
def test_bad_input_is_refused_clearly_and_changes_nothing(
    client: TestClient, store: Store, verb, path, body, headers, status, code, field
) -> None:
    before = snapshot(store)
    item_before = store.get_item("P0001")
    kwargs: dict = {"headers": dict(headers or {})}
    if isinstance(body, (bytes, str)):
        kwargs["content"] = body
        kwargs["headers"]["content-type"] = "application/json"
    elif body is not None:
        kwargs["json"] = body
    if headers is None:  # no key at all
        r = without_key(client, verb.upper(), path, **kwargs)
    else:
        r = client.request(verb.upper(), path, **kwargs)
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code and err["message"] and err["fix"]
    if field is not None:
        assert err["field"] == field
    if code == "invalid_request" and field is not None:  # the message names the field
        assert field.split(".")[-1].split("[")[0] in err["message"]
    assert snapshot(store) == before and store.get_item("P0001") == item_before
    assert not store.event_ids(["bad-test-ok", "b2", "h0", "u2"])


def test_a_streamed_body_over_the_limit_is_cut_off(client: TestClient, store: Store) -> None:
    before = snapshot(store)
    chunks = iter([b'{"events": [], "pad": "', b"y" * 600_000, b"y" * 600_000, b'"}'])  # no Content-Length
    r = client.post("/v1/events", content=chunks, headers={**AUTH, "content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "body_too_large"
    assert snapshot(store) == before


def test_conflicting_event_id_is_409(client: TestClient, store: Store) -> None:
    ok = {"event_id": "conflict-1", "user": "U00031", "item": "P0002"}
    assert client.post("/v1/events", json=_events(ok), headers=AUTH).json()["accepted"] == 1
    before = snapshot(store)
    r = client.post("/v1/events", json=_events({**ok, "event_id": "c-new"}, {**ok, "item": "P0003"}), headers=AUTH)
    assert r.status_code == 409 and r.json()["error"]["code"] == "event_id_conflict"
    assert snapshot(store) == before and not store.event_ids(["c-new"])
    assert client.post("/v1/events", json=_events(ok), headers=AUTH).json() == {"accepted": 0, "duplicates": 1}


# ---------------------------------------------------------------- map
def test_embedding_map_marks_history_and_recommendations(client: TestClient, store: Store, model) -> None:
    r = client.get("/v1/map", params={"user": "U00008", "k": 5})
    assert r.status_code == 200, r.text
    out = r.json()
    points = {p["item"]: p for p in out["points"]}
    assert len(points) == model.n_items_ and all(np.isfinite([p["x"], p["y"]]).all() for p in points.values())
    assert set(out["history"]) == {e["item"] for e in store.user_events("U00008")}
    assert out["recommended"] == expected_top(model, store, "U00008", 5)
    assert set(out["history"]) | set(out["recommended"]) <= set(points)
    first = out["recommended"][0]
    assert points[first]["category"] == store.get_item(first)["category"] and points[first]["group"]


# ---------------------------------------------------------------- another model, no key
def test_ease_with_exact_evidence_and_writes_off(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    settings = Settings(model_dir=model_dirs["ease"], db_url=f"sqlite:///{tmp_path / 'e.sqlite'}", api_key=None,
                        api_keys="read:reader-key", precompute_map=False)  # fmt: skip
    with TestClient(create_app(settings), headers={"X-API-Key": "reader-key"}) as c:  # a key that may only read
        out = c.get("/v1/users/U00002/recommendations", params={"k": 3}).json()
        assert out["model"] == "EASE" and out["method"] == "additive"
        for x in out["items"]:
            e = x["explanation"]
            weights = sum(r["weight"] for r in e["evidence"] if r["kind"] in ("history_item", "feature"))
            assert np.isclose(weights, e["score"], atol=1e-5)  # additive: the weights are the score
        for headers in (AUTH, {}):  # no key of the server has the ingest scope: writes are off for every key
            r = c.post("/v1/events", json=_events(GOOD), headers=headers)
            assert r.status_code == 403 and r.json()["error"]["code"] == "writes_disabled"


def test_narrated_reasons(client: TestClient) -> None:
    out = recs(client, "U00009", narrate="true", k=3)
    for x in out["items"]:
        reason = x["reason"]
        assert reason is not None and reason["text"] and reason["backend"]
        assert isinstance(reason["checked"], bool) and isinstance(reason["fallback_used"], bool)
    zh = recs(client, "U00009", narrate="true", k=1, lang="zh")["items"][0]["reason"]["text"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh)
