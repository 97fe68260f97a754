"""Privacy and abuse: no 5xx from any input, no secret printed, security headers, an OpenAPI contract that says
what the service does. The real app through FastAPI's TestClient, a real SQLite file and a tiny trained SASRec."""

from __future__ import annotations

import base64
import hashlib
import logging
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import app_client, without_key
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from whyrec.errors import WhyrecError
from whyrec.service.errors import json_bytes
from whyrec.service.schemas import ID_PATTERN
from whyrec.service.security import PAGE_CSP
from whyrec.store import Store, redact_url, schema, store_url

KEY = "security-test-key"
AUTH = {"X-API-Key": KEY}
REPO = Path(__file__).resolve().parents[1]
HUGE = 9223372036854775808  # 2**63: one past SQLite's largest integer
SECRET = "S3cretPW"
PG_URL = f"postgresql://admin:{SECRET}@db.example:5432/shop"


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('sec') / 'shop.sqlite'}"


@pytest.fixture(scope="module")
def client(model_dirs: dict[str, Path], db_url: str):
    with app_client(model_dirs["sasrec"], db_url, AUTH, api_key=KEY, precompute_map=False) as c:  # an admin key
        yield c  # on every request unless told


@pytest.fixture(scope="module")
def store(client: TestClient, db_url: str):
    s = Store(db_url)
    yield s
    s.close()


def _error(r, status: int, code: str | None = None, field: str | None = None) -> dict:
    """The error object of ``r``, checked: status, JSON error shape, request id, security headers."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["message"] and err["fix"] and err["request_id"] == r.headers["x-request-id"]
    if code is not None:
        assert err["code"] == code, err
    if field is not None:
        assert err["field"] == field, err
    _secure(r)
    return err


def _secure(r) -> None:
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert r.headers["content-security-policy"]
    assert re.fullmatch(r"[0-9a-f]{16}", r.headers["x-request-id"])


# ---------------------------------------------------------------- no 5xx from input
INTEGER_PARAMS = [
    ("/v1/users", "limit"),
    ("/v1/users", "offset"),
    ("/v1/users/U00001/history", "limit"),
    ("/v1/users/U00001/recommendations", "k"),
    ("/v1/users/U00001/explanations/P0001", "k"),
    ("/v1/items", "limit"),
    ("/v1/map", "k"),
]


@pytest.mark.parametrize("value", [HUGE, -HUGE - 1, 10**40])
@pytest.mark.parametrize(("path", "name"), INTEGER_PARAMS)
def test_every_integer_parameter_is_range_checked_before_sql(client: TestClient, path, name, value) -> None:
    err = _error(client.get(path, params={name: value}), 422, "invalid_request", name)
    assert name in err["message"]


def test_the_largest_offset_is_an_empty_page(client: TestClient, store: Store) -> None:
    r = client.get("/v1/users", params={"offset": 1_000_000_000})
    assert r.status_code == 200 and r.json()["users"] == []
    with pytest.raises(ValueError, match="offset"):  # the store checks too, before SQL
        store.users(10, HUGE)


LONE = [
    # (body with a raw "\ud800"-style escape, the field the 422 names)
    (b'{"events": [{"event_id": "\\ud800", "user": "u1", "item": "P0001"}]}', "events[0].event_id"),
    (b'{"events": [{"event_id": "e1", "user": "u\\udfff", "item": "P0001"}]}', "events[0].user"),
    (b'{"events": [{"event_id": "e1", "user": "u1", "item": "P0001", "\\ud800": 1}]}', "events[0]"),
    (b'{"events": [{"event_id": "e1", "user": "u1", "item": "P0001", "event": "\\udc00x"}]}', "events[0].event"),
]


@pytest.mark.parametrize(("body", "field"), LONE)
def test_a_lone_surrogate_echoed_by_an_error_is_sent_as_json(client: TestClient, store: Store, body, field) -> None:
    before = store.count_events()
    r = client.post("/v1/events", content=body, headers={**AUTH, "content-type": "application/json"})
    err = _error(r, 422, "invalid_request", field)
    assert "\ufffd" in r.text and err["message"]  # the surrogate comes back as U+FFFD: valid UTF-8, valid JSON
    assert store.count_events() == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (b'{"note": "x\\udfffy"}', "note"),
        (b'{"title": "lamp \\ud83d"}', "title"),
        (b'{"tags": ["fine", "\\udc00"]}', "tags[1]"),
        (b'{"specs": {"\\ud800": "x"}}', "specs.\ud800"),
    ],
)
def test_an_item_with_a_lone_surrogate_is_refused_and_nothing_breaks(
    client: TestClient, store: Store, body, field
) -> None:
    r = client.put("/v1/items/SURROGATE-1", content=body, headers={**AUTH, "content-type": "application/json"})
    err = _error(r, 422)  # a typed field is refused by its validation, the others by the service's own check
    assert err["field"] == field.replace("\ud800", "\ufffd"), err
    assert err["code"] == "invalid_request" if field == "title" else "surrogate" in err["message"], err
    assert store.get_item("SURROGATE-1") is None
    _error(client.get("/v1/items/SURROGATE-1"), 404, "unknown_item")
    assert client.get("/v1/items").status_code == 200


def test_a_surrogate_pair_is_ordinary_text(client: TestClient) -> None:
    r = client.put("/v1/items/EMOJI-1", content=b'{"title": "lamp \\ud83d\\udca1"}',
                   headers={**AUTH, "content-type": "application/json"})  # fmt: skip
    assert r.status_code == 200, r.text
    assert client.get("/v1/items/EMOJI-1").json()["title"] == "lamp \U0001f4a1"


def test_a_lone_surrogate_already_stored_is_served_as_replacement_characters(client: TestClient, store: Store) -> None:
    with store.write() as conn:  # as a store written before the check: SQLite keeps the JSON escape
        conn.execute(schema.items.insert().values(item_id="OLD-SURR", title="old", attrs={"note": "x\udfffy"},
                                                  updated_at=0.0))  # fmt: skip
    r = client.get("/v1/items/OLD-SURR")
    assert r.status_code == 200 and r.json()["note"] == "x\ufffdy"
    assert client.get("/v1/items").status_code == 200


def test_json_bytes_never_fails_on_text() -> None:
    assert json_bytes({"a\ud800": ["b\udfff", 1.5, float("nan")]}) == '{"a\ufffd":["b\ufffd",1.5,null]}'.encode()
    assert json_bytes({"ok": "é中"}) == '{"ok":"é中"}'.encode()


def test_the_store_refuses_lone_surrogates_too(store: Store) -> None:
    from whyrec.errors import DataError

    with pytest.raises(DataError, match="lone surrogate"):
        store.upsert_item("P-SURR", {"note": "x\udfffy"})
    with pytest.raises(DataError, match="lone surrogate"):
        store.add_events([{"event_id": "e\ud800", "user": "u1", "item": "P0001"}])
    assert store.get_item("P-SURR") is None


def test_an_unexpected_failure_is_a_json_500_with_a_request_id(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    svc = client.app.state.service

    def broken(*args, **kwargs):
        raise RuntimeError("database exploded: password=hunter2")

    monkeypatch.setattr(svc.store, "search_items", broken)
    with caplog.at_level(logging.ERROR, logger="whyrec.service"):
        r = client.get("/v1/items", params={"q": "lamp"})
    err = _error(r, 500, "internal_error")
    assert "hunter2" not in r.text and "exploded" not in r.text  # nothing of the failure reaches the client
    record = next(x for x in caplog.records if err["request_id"] in x.getMessage())
    assert record.exc_info is not None and "hunter2" in str(record.exc_info[1])  # the log has the traceback


# ---------------------------------------------------------------- ids
@pytest.mark.parametrize("user", ["ｕ１", "usér", "u\u200b1", "ü"])
def test_non_ascii_ids_are_refused_not_normalised(client: TestClient, store: Store, user: str) -> None:
    err = _error(client.get(f"/v1/users/{user}/history"), 422, "invalid_request", "user_id")
    assert "ASCII" in err["message"]
    event = {"event_id": "nfkc-1", "user": user, "item": "P0001"}
    _error(client.post("/v1/events", json={"events": [event]}, headers=AUTH), 422, "invalid_request",
           "events[0].user")  # fmt: skip
    assert not store.event_ids(["nfkc-1"])


def test_the_id_pattern_is_the_same_ascii_pattern_in_the_schema(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    param = next(p for p in spec["paths"]["/v1/users/{user_id}/history"]["get"]["parameters"] if p["name"] == "user_id")
    assert param["schema"]["pattern"] == ID_PATTERN and ID_PATTERN.isascii() and "\\w" not in ID_PATTERN
    said = "non-ASCII id is refused"
    assert said in param["description"] and said in spec["info"]["description"]
    event = spec["components"]["schemas"]["EventIn"]["properties"]
    assert event["user"]["pattern"] == ID_PATTERN and "\\w" not in event["event_id"]["pattern"]


# ---------------------------------------------------------------- event ids
def test_a_resent_event_id_with_another_timestamp_or_rating_is_409(client: TestClient, store: Store) -> None:
    first = {"event_id": "resend-1", "user": "U00040", "item": "P0002", "timestamp": 1_700_000_000, "rating": 4}
    assert client.post("/v1/events", json={"events": [first]}, headers=AUTH).json() == {"accepted": 1, "duplicates": 0}
    stored = store.user_events("U00040")
    for change, field in [({"timestamp": 1_700_000_001}, "timestamp"), ({"rating": 5}, "rating"),
                          ({"rating": None}, "rating")]:  # fmt: skip
        again = {k: v for k, v in {**first, **change}.items() if v is not None}
        r = client.post("/v1/events", json={"events": [{**first, "event_id": "resend-new"}, again]}, headers=AUTH)
        err = _error(r, 409, "event_id_conflict", f"events[1].{field}")
        assert "resend-1" in err["message"]
        assert store.user_events("U00040") == stored and not store.event_ids(["resend-new"])  # nothing changed
    # the same content again is a duplicate; so is a resend that leaves the timestamp to the server
    assert client.post("/v1/events", json={"events": [first]}, headers=AUTH).json() == {"accepted": 0, "duplicates": 1}
    untimed = {k: v for k, v in first.items() if k != "timestamp"}
    assert client.post("/v1/events", json={"events": [untimed]}, headers=AUTH).json() == {
        "accepted": 0, "duplicates": 1}
    inside = [{**first, "event_id": "twice-1"}, {**first, "event_id": "twice-1", "rating": 1}]
    _error(client.post("/v1/events", json={"events": inside}, headers=AUTH), 409, "event_id_conflict",
           "events[1].rating")  # fmt: skip
    assert store.user_events("U00040") == stored


# ---------------------------------------------------------------- the OpenAPI contract
#: every status each route can answer besides 200 (500 is on every route: the catch-all's JSON error)
DOCUMENTED = {
    ("get", "/healthz"): {500},
    ("get", "/readyz"): {500, 503},
    ("get", "/metrics"): {401, 403, 429, 500},
    ("get", "/v1/users"): {401, 403, 422, 429, 500, 503},
    ("get", "/v1/users/{user_id}/history"): {401, 403, 410, 422, 429, 500, 503},
    ("get", "/v1/users/{user_id}/recommendations"): {401, 403, 410, 422, 429, 500, 503},
    ("get", "/v1/users/{user_id}/explanations/{item_id}"): {401, 403, 404, 410, 422, 429, 500, 503},
    ("delete", "/v1/users/{user_id}"): {401, 403, 404, 410, 422, 429, 500, 503},
    ("post", "/v1/events"): {400, 401, 403, 408, 409, 410, 413, 422, 429, 500, 503},
    ("put", "/v1/items/{item_id}"): {400, 401, 403, 408, 413, 422, 429, 500, 503},
    ("get", "/v1/items/{item_id}"): {401, 403, 404, 422, 429, 500, 503},
    ("get", "/v1/items"): {401, 403, 422, 429, 500, 503},
    ("get", "/v1/map"): {401, 403, 404, 410, 422, 429, 500, 503},
    ("get", "/v1/credit/applicants"): {401, 403, 404, 422, 429, 500, 503},
    ("get", "/v1/credit/applicants/{row}"): {401, 403, 404, 422, 429, 500, 503},
}

def test_every_route_documents_every_status_with_the_error_body(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    ops = {(verb, path): op for path, item in spec["paths"].items() for verb, op in item.items()}
    assert set(ops) == set(DOCUMENTED)
    for key, op in ops.items():
        errors = {int(s) for s in op["responses"] if s != "200"}
        assert errors == DOCUMENTED[key], key
        for status in errors:
            content = op["responses"][str(status)]["content"]["application/json"]["schema"]
            assert content == {"$ref": "#/components/schemas/ErrorBody"}, (key, status)
    assert "HTTPValidationError" not in spec["components"]["schemas"]  # FastAPI's 422 shape is not ours
    detail = spec["components"]["schemas"]["ErrorDetail"]
    assert set(detail["required"]) == {"code", "message", "fix"} and "request_id" in detail["properties"]


@pytest.mark.parametrize(
    ("verb", "path", "kwargs", "status"),
    [
        ("post", "/v1/events", {"content": b"{", "headers": {**AUTH, "content-type": "application/json"}}, 400),
        ("post", "/v1/events", {"json": {"events": [{"event_id": "a", "user": "u", "item": "P0001"}]}, "no_key": 1},
         401),
        ("get", "/v1/users/U00001/history", {"no_key": 1}, 401),
        ("get", "/v1/users", {"headers": {"X-API-Key": "nope"}}, 403),
        ("get", "/metrics", {"no_key": 1}, 401),
        ("put", "/v1/items/P0001", {"json": {}, "headers": {"X-API-Key": "nope"}}, 403),
        ("delete", "/v1/users/U00001", {"headers": {"X-API-Key": "nope"}}, 403),
        ("put", "/v1/items/P0001", {"content": b'{"t": "' + b"x" * 1_100_000 + b'"}', "headers": AUTH}, 413),
        ("get", "/v1/items/NOPE-9", {}, 404),
        ("get", "/v1/users/U00001/explanations/NOPE-9", {}, 404),
        ("delete", "/v1/users/NEVER-SEEN-1", {"headers": AUTH}, 404),
    ],
)
def test_the_statuses_answered_are_the_documented_ones(client: TestClient, verb, path, kwargs, status) -> None:
    kwargs = dict(kwargs)
    r = (without_key if kwargs.pop("no_key", 0) else TestClient.request)(client, verb.upper(), path, **kwargs)
    _error(r, status)
    spec = client.get("/openapi.json").json()
    template = {"/v1/items/P0001": "/v1/items/{item_id}", "/v1/users/U00001": "/v1/users/{user_id}",
                "/v1/users/NEVER-SEEN-1": "/v1/users/{user_id}",
                "/v1/users/U00001/history": "/v1/users/{user_id}/history",
                "/v1/items/NOPE-9": "/v1/items/{item_id}",
                "/v1/users/U00001/explanations/NOPE-9": "/v1/users/{user_id}/explanations/{item_id}"}.get(path, path)
    assert str(status) in spec["paths"][template][verb]["responses"]


def test_k_is_declared_with_the_bound_it_is_checked_against(client: TestClient) -> None:
    max_k = client.app.state.service.settings.max_k
    spec = client.get("/openapi.json").json()
    for path in ("/v1/users/{user_id}/recommendations", "/v1/users/{user_id}/explanations/{item_id}", "/v1/map"):
        k = next(p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == "k")
        assert k["schema"]["maximum"] == max_k and k["schema"]["minimum"] == 1, path
    ok = client.get("/v1/users/U00001/recommendations", params={"k": max_k, "explain": "false"})
    assert ok.status_code == 200 and len(ok.json()["items"]) == max_k
    _error(client.get("/v1/users/U00001/recommendations", params={"k": max_k + 1}), 422, "invalid_request", "k")


@pytest.mark.parametrize(
    ("verb", "path", "allow"),
    [("PATCH", "/v1/users", "GET"), ("GET", "/v1/users/U00001", "DELETE"), ("PATCH", "/v1/items/P0001", "GET, PUT"),
     ("DELETE", "/v1/events", "POST"), ("POST", "/index.html", "GET, HEAD")],
)
def test_a_wrong_method_is_405_with_the_paths_methods(client: TestClient, verb, path, allow) -> None:
    r = client.request(verb, path, headers=AUTH)
    _error(r, 405, "method_not_allowed")
    assert r.headers["allow"] == allow
    assert client.get("/index.html").status_code == 200
    _error(client.get("/no-such-file.txt"), 404, "not_found")


# ---------------------------------------------------------------- security headers
def test_every_answer_has_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/index.html", "/app.js", "/style.css", "/v1/users", "/healthz", "/metrics", "/openapi.json",
                 "/v1/nothing", "/v1/users/%20/history"):  # fmt: skip
        r = client.get(path)
        _secure(r)
        assert r.headers["content-security-policy"] == PAGE_CSP, path
    assert "'unsafe-inline'" not in PAGE_CSP and "script-src 'self';" in PAGE_CSP
    assert "frame-ancestors 'none'" in PAGE_CSP
    ids = {client.get("/healthz").headers["x-request-id"] for _ in range(5)}
    assert len(ids) == 5  # one id per request


def test_the_page_needs_nothing_its_policy_forbids() -> None:
    static = REPO / "src" / "whyrec" / "service" / "static"
    pages = sorted(static.glob("*.html"))
    assert {p.name for p in pages} >= {"index.html", "credit.html"}
    for page in pages:  # the shop page and the credit page
        html = page.read_text()
        scripts = re.findall(r"<script\b([^>]*)>", html)
        assert scripts and all("src=" in s for s in scripts), page.name  # no inline script
        assert "<style" not in html and " style=" not in html and not re.search(r"\son[a-z]+=", html)
        for href in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert href.startswith("data:") or "://" not in href, href  # only the page's own files (and data: icon)
    for script in sorted(static.glob("*.js")):
        js = script.read_text()
        assert not re.search(r"\beval\(|new Function\(|\.innerHTML\s*=|\.style\.|setAttribute\(\"style\"", js), script


def test_the_docs_pages_allow_exactly_their_inline_script(client: TestClient) -> None:
    for path in ("/docs", "/redoc", "/docs/oauth2-redirect"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["x-frame-options"] == "DENY"
        csp = r.headers["content-security-policy"]
        assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";")[0] and "'unsafe-eval'" not in csp
        for body in re.findall(r"<script>(.*?)</script>", r.text, flags=re.S):
            digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in csp, path
    assert "openapi.json" in client.get("/docs").text


# ---------------------------------------------------------------- secrets are never printed
def test_database_urls_are_shown_without_their_password(tmp_path: Path) -> None:
    shown = redact_url(PG_URL)
    assert SECRET not in shown and "admin" in shown and "***" in shown
    assert SECRET not in redact_url(f"postgresql://admin:{SECRET}@db.example:notaport/shop")  # unparseable too
    s = Store(f"sqlite:///{tmp_path / 'r.sqlite'}")
    assert "r.sqlite" in repr(s) and s.safe_url == s.url
    s.close()
    try:  # with the driver installed a Store is made (nothing connects yet); without, the error hides the password
        pg = Store(PG_URL)
    except WhyrecError as e:
        assert SECRET not in str(e) and "***" in str(e)
    else:
        assert SECRET not in repr(pg) and SECRET not in pg.safe_url
        pg.close()


runner = CliRunner()


def _serve(tmp_path: Path, db: str):
    from whyrec.cli import app

    return runner.invoke(app, ["serve", str(tmp_path / "no-model"), "--db", db])


def test_serve_with_a_password_url_never_prints_the_password(tmp_path: Path, monkeypatch) -> None:
    import uvicorn

    import whyrec.store

    started = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.append(kw))  # print the banner, serve nothing
    monkeypatch.setattr(whyrec.store, "store_url", lambda value: value)  # as on a machine with the driver
    res = _serve(tmp_path, PG_URL)
    assert res.exit_code == 0 and started, res.output
    assert "from postgresql://admin:***@db.example:5432/shop on" in res.output and SECRET not in res.output


def test_serve_without_the_driver_names_it_and_hides_the_password(tmp_path: Path, monkeypatch) -> None:
    for driver in ("psycopg2", "psycopg"):  # as on a machine without either (SQLAlchemy's default may be either)
        monkeypatch.setitem(sys.modules, driver, None)
    res = _serve(tmp_path, PG_URL)
    assert res.exit_code == 2, res.output
    out = res.output
    assert SECRET not in out and "Traceback" not in out and "postgresql://admin:***@db.example:5432/shop" in out
    assert "psycopg" in out and "pip install 'whyrec[postgres]'" in out and "sqlite:///" in out


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda d: (d / "ratings.csv").write_text("user,item\nu1,i1\n") and "ratings.csv", ".csv data file"),
        (lambda d: (d / "data").mkdir() or "data", "is a folder"),
        (lambda d: (d / "notes.db").write_text("hello, not a database") and "notes.db", "not an SQLite database"),
        (lambda d: "nosuchdb://x/y", "does not know"),
        (lambda d: "mysql+nosuchdriver://u:pw@h/db", "does not know"),
    ],
)
def test_serve_with_an_unusable_db_says_what_and_how_to_fix_it(tmp_path: Path, monkeypatch, make, problem) -> None:
    monkeypatch.chdir(tmp_path)
    value = make(tmp_path)
    res = _serve(tmp_path, value)
    assert res.exit_code == 2, res.output
    out = res.output
    assert "Traceback" not in out and problem in out and "sqlite:///" in out and "postgresql://" in out
    assert repr(redact_url(value)) in out and "pw@" not in out  # names the value, never a password
    assert len([line for line in out.strip().splitlines() if line.strip()]) == 1  # one paragraph


def test_store_url_accepts_paths_and_urls(tmp_path: Path) -> None:
    assert store_url(str(tmp_path / "new.sqlite")) == f"sqlite:///{tmp_path / 'new.sqlite'}"
    assert store_url("sqlite://") == "sqlite://"
    s = Store(store_url(str(tmp_path / "made.sqlite")))
    s.migrate()
    s.close()
    assert store_url(str(tmp_path / "made.sqlite")).endswith("made.sqlite")  # an existing SQLite file is fine


def test_serve_has_no_default_api_key() -> None:
    from whyrec.cli import app

    out = runner.invoke(app, ["serve", "--help"], env={"COLUMNS": "200"}).output
    assert "demo-key" not in out and "WHYREC_API_KEY" in out
    assert "api-key" not in out.lower().replace("x-api-key", "")  # the key is never a command-line argument


def test_make_serve_never_echoes_a_key_and_has_no_default(tmp_path: Path) -> None:
    makefile = (REPO / "Makefile").read_text()
    assert "demo-key" not in makefile
    dry = subprocess.run(["make", "-n", "-C", str(REPO), "serve"], capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "WHYREC_API_KEY": "zz-env-key-zz"})  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    assert "zz-env-key-zz" not in dry.stdout  # the key from the environment is never echoed
    make = ["make", "-s", "-f", str(REPO / "Makefile"), "-C", str(tmp_path), ".whyrec-key", f"PYTHON={sys.executable}"]
    made = subprocess.run(make, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert made.returncode == 0, made.stderr
    key_file = tmp_path / ".whyrec-key"
    key = key_file.read_text().strip()
    assert len(key) >= 40 and key not in made.stdout + made.stderr and ".whyrec-key" in made.stdout
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    ignored = subprocess.run(["git", "-C", str(REPO), "check-ignore", ".whyrec-key"], capture_output=True, text=True)
    assert ignored.returncode == 0
