"""Scoped API keys: every read needs a key with ``read`` (unless ``--public-reads``), the user listing and
``/metrics`` need ``admin``, each write its own scope; several keys at once; no key kept or logged in plaintext.
The real app through FastAPI's TestClient, a real SQLite file and a tiny trained SASRec."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from conftest import app_client
from conftest import key_header as _key
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from whyrec.errors import DataError
from whyrec.service import Settings, create_app
from whyrec.service.auth import SCOPES, KeyRing

ADMIN = "admin-key-0123456789"
READ_OLD, READ_NEW = "read-key-old-0123456789", "read-key-new-0123456789"  # two read keys: a rotation
INGEST, CATALOGUE, ERASE = "ingest-key-0123456789", "catalogue-key-0123456789", "erase-key-0123456789"
SPEC = f"read:{READ_OLD},read:{READ_NEW},ingest:{INGEST},catalogue:{CATALOGUE},erase:{ERASE}"
ALL_KEYS = (ADMIN, READ_OLD, READ_NEW, INGEST, CATALOGUE, ERASE)
USER = "U00001"

#: the read routes: each needs a key with ``read``
READS = [f"/v1/users/{USER}/history", f"/v1/users/{USER}/recommendations?k=3",
         f"/v1/users/{USER}/explanations/P0001?k=3", f"/v1/map?user={USER}&k=3", "/v1/items/P0001",
         "/v1/items?q=a"]  # fmt: skip


@pytest.fixture(scope="module")
def client(model_dirs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("auth") / "shop.sqlite"
    with app_client(model_dirs["sasrec"], f"sqlite:///{db}", api_key=ADMIN, api_keys=SPEC, precompute_map=False,
                    map_max_items=200) as c:  # fmt: skip
        yield c


@pytest.fixture(scope="module")
def public(model_dirs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("auth-public") / "shop.sqlite"
    with app_client(model_dirs["sasrec"], f"sqlite:///{db}", api_key=ADMIN, api_keys=SPEC, precompute_map=False,
                    map_max_items=200, public_reads=True, public_metrics=True) as c:  # fmt: skip
        yield c


def _refused(r, status: int, code: str) -> None:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code and err["message"] and err["fix"] and err["request_id"]
    assert all(k not in r.text for k in ALL_KEYS)  # no key is ever echoed


@pytest.mark.parametrize("path", READS)
def test_a_read_without_a_key_is_401_with_a_key_lacking_read_403_with_read_200(client: TestClient, path) -> None:
    _refused(client.get(path), 401, "missing_api_key")
    for key in (INGEST, CATALOGUE, ERASE):
        _refused(client.get(path, headers=_key(key)), 403, "insufficient_scope")
    _refused(client.get(path, headers=_key("not-a-key")), 403, "wrong_api_key")
    for key in (READ_OLD, READ_NEW, ADMIN):  # both read keys of a rotation, and admin (every scope)
        r = client.get(path, headers=_key(key))
        assert r.status_code == 200, (key, r.text)


def test_listing_the_users_needs_admin(client: TestClient, public: TestClient) -> None:
    for c in (client, public):  # --public-reads does not open the listing
        _refused(c.get("/v1/users"), 401, "missing_api_key")
        for key in (READ_OLD, INGEST, ERASE):
            _refused(c.get("/v1/users", headers=_key(key)), 403, "insufficient_scope")
        r = c.get("/v1/users?limit=5", headers=_key(ADMIN))
        assert r.status_code == 200 and len(r.json()["users"]) == 5


def test_metrics_need_admin_unless_public_metrics(client: TestClient, public: TestClient) -> None:
    _refused(client.get("/metrics"), 401, "missing_api_key")
    _refused(client.get("/metrics", headers=_key(READ_OLD)), 403, "insufficient_scope")
    assert client.get("/metrics", headers=_key(ADMIN)).status_code == 200
    assert public.get("/metrics").status_code == 200
    for c in (client, public):  # health, readiness and the docs stay open
        for path in ("/healthz", "/readyz", "/openapi.json", "/docs"):
            assert c.get(path).status_code == 200, path


def test_each_write_needs_its_own_scope(client: TestClient) -> None:
    event = {"events": [{"event_id": "auth-1", "user": "auth-user-1", "item": "P0001"}]}
    for key in (READ_OLD, CATALOGUE, ERASE):
        _refused(client.post("/v1/events", json=event, headers=_key(key)), 403, "insufficient_scope")
    assert client.post("/v1/events", json=event, headers=_key(INGEST)).json()["accepted"] == 1
    for key in (READ_OLD, INGEST, ERASE):
        _refused(client.put("/v1/items/AUTH-1", json={"title": "t"}, headers=_key(key)), 403, "insufficient_scope")
    assert client.put("/v1/items/AUTH-1", json={"title": "t"}, headers=_key(CATALOGUE)).status_code == 200
    for key in (READ_OLD, INGEST, CATALOGUE):
        _refused(client.delete("/v1/users/auth-user-1", headers=_key(key)), 403, "insufficient_scope")
    assert client.delete("/v1/users/auth-user-1", headers=_key(ERASE)).status_code == 200


def test_public_reads_open_the_reads_but_not_the_writes(public: TestClient) -> None:
    for path in READS:
        assert public.get(path).status_code == 200, path
    event = {"events": [{"event_id": "pub-1", "user": "pub-user-1", "item": "P0001"}]}
    _refused(public.post("/v1/events", json=event), 401, "missing_api_key")
    _refused(public.post("/v1/events", json=event, headers=_key(READ_OLD)), 403, "insufficient_scope")
    _refused(public.put("/v1/items/PUB-1", json={"title": "t"}), 401, "missing_api_key")
    _refused(public.delete(f"/v1/users/{USER}"), 401, "missing_api_key")
    assert public.post("/v1/events", json=event, headers=_key(INGEST)).status_code == 200


def test_a_server_without_a_read_key_serves_no_reads(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    settings = Settings(model_dir=model_dirs["sasrec"], db_url=f"sqlite:///{tmp_path / 's.sqlite'}", api_key=None,
                        api_keys=f"ingest:{INGEST}", precompute_map=False)  # fmt: skip
    with TestClient(create_app(settings)) as c:
        _refused(c.get(f"/v1/users/{USER}/history", headers=_key(INGEST)), 403, "reads_disabled")
        _refused(c.get("/metrics", headers=_key(INGEST)), 403, "admin_disabled")


def test_the_schema_declares_the_key_and_who_needs_it(client: TestClient, public: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    scheme = spec["components"]["securitySchemes"]["APIKeyHeader"]
    assert scheme["type"] == "apiKey" and scheme["in"] == "header" and scheme["name"] == "X-API-Key"
    for path, item in spec["paths"].items():
        for verb, op in item.items():
            keyed = path not in ("/healthz", "/readyz")
            assert ("security" in op) == keyed, (verb, path)
            assert ({"401", "403"} <= set(op["responses"])) == keyed, (verb, path)
    open_spec = public.get("/openapi.json").json()
    for path, item in open_spec["paths"].items():
        for verb, op in item.items():
            keyed = (verb, path) in {("get", "/v1/users"), ("delete", "/v1/users/{user_id}"), ("post", "/v1/events"),
                                     ("put", "/v1/items/{item_id}")}  # fmt: skip
            assert ("security" in op) == keyed, (verb, path)
            assert ("401" in op["responses"]) == keyed, (verb, path)


def test_no_key_is_kept_or_logged_in_plaintext(
    client: TestClient, model_dirs: dict[str, Path], caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(model_dir=model_dirs["sasrec"], api_key=ADMIN, api_keys=SPEC)
    shown = repr(settings) + str(settings) + repr(settings.keys) + repr(vars(settings))
    assert all(k not in shown for k in ALL_KEYS)
    assert settings.api_key is None and settings.api_keys is None  # hashed, then dropped
    assert settings.keys.scopes(READ_NEW) == {"read"} and settings.keys.scopes(ADMIN) == set(SCOPES)
    caplog.set_level(logging.DEBUG)
    for key in ALL_KEYS:
        client.get(f"/v1/users/{USER}/history", headers=_key(key))
        client.get(f"/v1/users/{USER}/history", headers=_key(key + "x"))
    assert caplog.records and all(k not in caplog.text for k in ALL_KEYS)


@pytest.mark.parametrize(
    "spec", ["read", "reader:K1", "read+:K1", ":K1", "read:", "read: K1", "read:K1,writer:K2"]
)
def test_a_malformed_key_list_is_refused_without_echoing_the_keys(spec: str) -> None:
    ring = KeyRing()
    with pytest.raises(DataError) as info:
        ring.add_spec(spec)
    assert "K1" not in str(info.value) and "K2" not in str(info.value)


def test_serve_documents_the_keys_and_the_switches() -> None:
    from whyrec.cli import app

    out = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"}).output
    for word in ("WHYREC_API_KEYS", "WHYREC_API_KEY", "--public-reads", "--public-metrics", "read", "ingest",
                 "catalogue", "erase", "admin", "401", "403"):  # fmt: skip
        assert word in out, word
