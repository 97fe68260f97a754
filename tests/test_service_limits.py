"""What bounds a client's cost: per-key (and per-address) rate limits answer 429 with Retry-After; an expensive
explanation method above a small ``k`` needs an admin key (else 422); a full model-thread queue answers 503 with
Retry-After, and a job not started by its deadline is dropped with 503. The real app through FastAPI's TestClient,
a real SQLite file and a tiny trained SASRec, with small limits."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from conftest import app_client
from conftest import key_header as _key
from fastapi.testclient import TestClient

from whyrec.service.limits import RateLimiter, check_cost

ADMIN = "admin-key-0123456789"
READ1, READ2, READ3, READ4 = (f"read-key-{i}-0123456789" for i in range(1, 5))
SPEC = ",".join(f"read:{k}" for k in (READ1, READ2, READ3, READ4))
USER = "U00001"


@pytest.fixture(scope="module")
def client(shop_models: dict[str, Path], tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("limits") / "shop.sqlite"
    with app_client(shop_models["sasrec"], f"sqlite:///{db}", api_key=ADMIN, api_keys=SPEC, precompute_map=False,
                    map_max_items=200, public_reads=True, rate_limit_rps=0.5, rate_limit_burst=3, expensive_max_k=10,
                    model_queue_max=1, model_queue_timeout_s=1.0) as c:  # fmt: skip
        yield c


def _refused(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code and err["message"] and err["fix"] and err["request_id"]
    return err


def test_a_burst_past_the_limit_is_429_with_retry_after_per_key_and_per_address(client: TestClient) -> None:
    for _ in range(3):
        assert client.get("/v1/items/P0001", headers=_key(READ1)).status_code == 200
    r = client.get("/v1/items/P0001", headers=_key(READ1))
    _refused(r, 429, "rate_limited")
    assert int(r.headers["Retry-After"]) >= 1
    assert READ1 not in r.text
    assert client.get("/v1/items/P0001", headers=_key(READ2)).status_code == 200  # another key has its own bucket
    # a keyless public read is limited by the client's address
    for _ in range(3):
        assert client.get("/v1/items/P0001").status_code == 200
    r = client.get("/v1/items/P0001")
    _refused(r, 429, "rate_limited")
    assert int(r.headers["Retry-After"]) >= 1


def test_the_rate_limiter_refills() -> None:
    lim = RateLimiter(2.0, 2)
    assert lim.take("a", now=0.0) == 0.0 and lim.take("a", now=0.0) == 0.0
    assert lim.take("a", now=0.0) == pytest.approx(0.5)
    assert lim.take("a", now=0.5) == 0.0  # a token came back
    assert RateLimiter(0, 1).take("a") == 0.0  # 0 rps: no limit


def test_an_expensive_method_above_the_budget_needs_admin(client: TestClient) -> None:
    url = f"/v1/users/{USER}/recommendations?k=50&method=shap"
    err = _refused(client.get(url, headers=_key(READ3)), 422, "too_expensive")
    assert err["field"] == "k" and err["value"] == 50 and "k<=10" in err["fix"]
    _refused(client.get(f"/v1/users/{USER}/explanations/P0001?k=50&method=lime", headers=_key(READ3)), 422,
             "too_expensive")  # fmt: skip
    r = client.get(url, headers=_key(ADMIN))
    assert r.status_code == 200, r.text
    assert len(r.json()["items"]) == 50 and r.json()["method"] == "shap"
    assert client.get(f"/v1/users/{USER}/recommendations?k=50", headers=_key(READ3)).status_code == 200  # cheap
    check_cost("shap", 10, 10, admin=False)  # at the budget: allowed


def test_a_full_model_queue_is_503_with_retry_after_and_a_late_job_is_dropped(client: TestClient) -> None:
    engine = client.app.state.service.engine
    gate = threading.Event()
    blocker = engine._worker.submit(gate.wait, 30)  # the model thread is busy
    waiting: list = []
    t = threading.Thread(target=lambda: waiting.append(client.get("/v1/users/U00002/recommendations?k=7",
                                                                  headers=_key(READ4))))  # fmt: skip
    t.start()
    t0 = time.monotonic()
    while engine._waiting < 1 and time.monotonic() - t0 < 10:
        time.sleep(0.01)
    assert engine._waiting == 1
    r = client.get("/v1/users/U00003/recommendations?k=6", headers=_key(READ4))
    _refused(r, 503, "model_busy")
    assert int(r.headers["Retry-After"]) >= 1
    t.join(timeout=10)  # the waiting job's deadline (1 s) passes while the model thread is blocked
    gate.set()
    blocker.result(timeout=10)
    assert waiting, "the waiting request did not finish"
    _refused(waiting[0], 503, "model_timeout")
    assert engine._waiting == 0
    assert client.get("/v1/users/U00002/recommendations?k=7", headers=_key(READ2)).status_code == 200


def test_uvicorn_closes_a_silent_connection_and_the_app_refuses_a_trickled_body_with_408() -> None:
    import json
    import socket

    import uvicorn

    from whyrec.service.limits import idle_timeout_protocol
    from whyrec.service.middleware import BodyLimit

    async def echo(scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        body = (await receive()).get("body", b"")
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": body})

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    config = uvicorn.Config(BodyLimit(echo, max_bytes=1000, timeout=0.5), host="127.0.0.1", port=port,
                            log_level="warning", http=idle_timeout_protocol(header_timeout=1.5), timeout_keep_alive=1,
                            lifespan="off")  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        t0 = time.monotonic()
        while not server.started and time.monotonic() - t0 < 10:
            time.sleep(0.05)
        with socket.create_connection(("127.0.0.1", port), timeout=10) as c:  # sends nothing
            t0 = time.monotonic()
            assert c.recv(100) == b""  # closed by the server
            assert time.monotonic() - t0 < 5
        with socket.create_connection(("127.0.0.1", port), timeout=10) as c:  # 2 of 10 bytes, then silence
            c.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nContent-Type: text/plain\r\n\r\nab")
            data = b""
            while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
                chunk = c.recv(4096)
                if not chunk:
                    break
                data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 408"), data
        assert json.loads(body)["error"]["code"] == "body_timeout"
        with socket.create_connection(("127.0.0.1", port), timeout=10) as c:  # headers trickled, never finished
            c.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
            t0 = time.monotonic()
            closed = False
            while time.monotonic() - t0 < 8:
                try:
                    c.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    closed = True
                    break
                c.settimeout(0.3)
                try:
                    if c.recv(100) == b"":
                        closed = True
                        break
                except TimeoutError:
                    pass
            assert closed and time.monotonic() - t0 < 5  # closed after the 1.5 s header deadline
    finally:
        server.should_exit = True
        thread.join(timeout=10)
