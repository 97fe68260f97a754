"""The service on a PostgreSQL URL (a throw-away cluster, tests/pgcluster.py): the same answers, events, erasure
and refusals as on SQLite, and two service processes on one database serving one shopper's new event."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import app_client

from whyrec.store import Store

KEY = "test-key"
AUTH = {"X-API-Key": KEY}
#: one erasure key for every database here: an erasure is also written to the shared model folder (erasures.json)
SECRET = "pg-test-erasure-key"


def _service(model_dirs: dict[str, Path], url: str):  # noqa: ANN202 - app_client's context manager
    return app_client(model_dirs["sasrec"], url, AUTH, api_key=KEY, precompute_map=False, erasure_secret=SECRET)


def _recs(client, user: str) -> dict:
    r = client.get(f"/v1/users/{user}/recommendations", params={"k": 5})
    assert r.status_code == 200, r.text
    return r.json()


def test_the_service_serves_events_and_erasure_from_postgresql(model_dirs: dict[str, Path], pg_url: str) -> None:
    with _service(model_dirs, pg_url) as c:
        store = Store(pg_url, erasure_secret=SECRET)  # an independent connection to the database the app serves
        users = c.get("/v1/users", params={"limit": 5}).json()["users"]
        assert users and store.count_events() > 0
        user = users[0]
        before = _recs(c, user)
        assert before["known"] and len(before["items"]) == 5
        bought = before["items"][0]["item"]
        event = {"events": [{"event_id": "pg-1", "user": user, "item": bought}]}
        assert c.post("/v1/events", json=event, headers=AUTH).json() == {"accepted": 1, "duplicates": 0}
        assert c.post("/v1/events", json=event, headers=AUTH).json() == {"accepted": 0, "duplicates": 1}
        after = _recs(c, user)
        assert bought not in [x["item"] for x in after["items"]]
        assert store.user_events(user)[-1]["event_id"] == "pg-1"
        n = store.count_events(user)
        assert c.delete(f"/v1/users/{user}", headers=AUTH).json()["deleted"]["events"] == n
        assert c.get(f"/v1/users/{user}/recommendations").status_code == 410
        assert store.count_events(user) == 0 and store.is_forgotten(user)
        bad = c.post("/v1/events", json={"events": [{"event_id": "pg-2", "user": "x", "item": "no-such"}]},
                     headers=AUTH)
        assert bad.status_code in (400, 404, 422) and store.count_events("x") == 0
        store.close()


def test_two_service_processes_on_one_database(model_dirs: dict[str, Path], pg_url: str) -> None:
    with _service(model_dirs, pg_url) as a, _service(model_dirs, pg_url) as b:
        user = a.get("/v1/users", params={"limit": 5}).json()["users"][1]
        first_a, first_b = _recs(a, user), _recs(b, user)
        assert [x["item"] for x in first_a["items"]] == [x["item"] for x in first_b["items"]]
        bought = first_a["items"][0]["item"]
        event = {"events": [{"event_id": "pg-two-1", "user": user, "item": bought}]}
        assert a.post("/v1/events", json=event, headers=AUTH).json() == {"accepted": 1, "duplicates": 0}
        # the other process has the old answer in its memory; it must not serve it after the store changed (each
        # app here is one service process: its own engine, caches and store connections)
        assert bought not in [x["item"] for x in _recs(b, user)["items"]]
        assert b.post("/v1/events", json=event, headers=AUTH).json() == {"accepted": 0, "duplicates": 1}
        assert a.delete(f"/v1/users/{user}", headers=AUTH).status_code == 200
        assert b.get(f"/v1/users/{user}/recommendations").status_code == 410  # an erasure in one reaches the other


def test_a_catalogue_change_in_one_process_reaches_the_other(model_dirs: dict[str, Path], pg_url: str) -> None:
    with _service(model_dirs, pg_url) as a, _service(model_dirs, pg_url) as b:
        user = a.get("/v1/users", params={"limit": 5}).json()["users"][2]
        top = _recs(b, user)["items"][0]  # b now keeps this answer, with the item's title, in its memory
        item = top["item"]
        new_title = f"{top.get('title') or item} (renamed in process a)"
        r = a.put(f"/v1/items/{item}", json={"title": new_title, "price": 12.5}, headers=AUTH)
        assert r.status_code == 200, r.text
        again = _recs(b, user)["items"]
        assert again[0]["item"] == item and again[0]["title"] == new_title and again[0]["price"] == 12.5


def test_answers_built_by_a_batch_job_serve_every_process(model_dirs: dict[str, Path], pg_url: str,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The precompute scaled out on a shared store: one batch job (which fills the empty database first, as the
    service would) builds the answers; two service processes load the file and serve them; an event through one
    makes the other compute anew."""
    from whyrec.batch import run_batch
    from whyrec.service.prebuilt import AnswersJob

    monkeypatch.setenv("WHYREC_ERASURE_SECRET", SECRET)  # the job's engines use the service's erasure key
    out = tmp_path / "answers.parquet"
    users = tmp_path / "users.txt"
    job = AnswersJob(str(model_dirs["sasrec"]), pg_url, k=5)
    first = job.user_ids()[:3]  # fills the empty database, as the service's first start would
    users.write_text("\n".join(first) + "\n")
    run_batch(job, str(users), out)
    page = {"k": 5, "narrate": "true"}
    with _service(model_dirs, pg_url) as plain:
        want = plain.get(f"/v1/users/{first[0]}/recommendations", params=page).json()
    with app_client(model_dirs["sasrec"], pg_url, AUTH, api_key=KEY, precompute_map=False, erasure_secret=SECRET,
                    answers_file=out) as a, \
            app_client(model_dirs["sasrec"], pg_url, AUTH, api_key=KEY, precompute_map=False,
                       erasure_secret=SECRET, answers_file=out) as b:
        assert a.get("/readyz").json()["prebuilt"]["loaded"] == 3
        got_a = a.get(f"/v1/users/{first[0]}/recommendations", params=page).json()
        got_b = b.get(f"/v1/users/{first[0]}/recommendations", params=page).json()
        assert got_a["cached"] and got_b["cached"] and not want["cached"]
        assert [x["item"] for x in got_a["items"]] == [x["item"] for x in want["items"]] == \
            [x["item"] for x in got_b["items"]]
        assert [x["reason"] for x in got_a["items"]] == [x["reason"] for x in want["items"]]
        bought = got_a["items"][0]["item"]
        event = {"events": [{"event_id": "pg-answers-1", "user": first[0], "item": bought}]}
        assert a.post("/v1/events", json=event, headers=AUTH).status_code == 200
        again = b.get(f"/v1/users/{first[0]}/recommendations", params=page).json()
        assert not again["cached"] and bought not in [x["item"] for x in again["items"]]
