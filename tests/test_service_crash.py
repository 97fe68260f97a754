"""Crash test: kill -9 a real ``whyrec serve`` while a client streams events; every acknowledged event survives.

The server runs as a subprocess (uvicorn on a free 127.0.0.1 port, the
store a SQLite file, or a PostgreSQL database of a throw-away cluster). A client thread posts batches of new events and
records the ones the server acknowledged (HTTP 200). The server is killed
with SIGKILL mid-stream, restarted on the same file, and then every
acknowledged event must be stored exactly once, the batch that was in
flight must be stored whole or not at all, and resending everything must
store nothing twice.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from whyrec.store import Store

KEY = "crash-key"
BATCH = 25


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(model_dir: Path, db: str, port: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "WHYREC_API_KEY": KEY}
    cmd = [sys.executable, "-m", "whyrec.cli", "serve", str(model_dir), "--db", str(db), "--port", str(port)]
    with open(log, "ab") as out:
        return subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)


def wait_ready(proc: subprocess.Popen, base: str, log: Path, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the server exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{base}/readyz", timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.kill()
    pytest.fail(f"the server was not ready within {timeout} s:\n{log.read_text()[-3000:]}")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_acknowledged_events_survive_kill_9(backend: str, shop_models: dict[str, Path], tmp_path: Path,
                                            request: pytest.FixtureRequest) -> None:
    log = tmp_path / "server.log"
    db = str(tmp_path / "crash.sqlite") if backend == "sqlite" else request.getfixturevalue("pg_url")
    url = f"sqlite:///{db}" if backend == "sqlite" else db
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(shop_models["sasrec"], db, port, log)
    try:
        wait_ready(proc, base, log)
        found = httpx.get(f"{base}/v1/items", params={"limit": 50}, headers={"X-API-Key": KEY}).json()["items"]
        items = [i["item"] for i in found]
        acknowledged: list[list[dict]] = []
        in_flight: list[list[dict]] = []
        stop = threading.Event()

        def stream() -> None:
            with httpx.Client(base_url=base, headers={"X-API-Key": KEY}, timeout=10.0) as client:
                n = 0
                while not stop.is_set():
                    batch = [
                        {"event_id": f"crash-{n}-{j}", "user": f"crash-u{(n + j) % 7}", "item": items[(n * 3 + j) % 50]}
                        for j in range(BATCH)
                    ]
                    in_flight[:] = [batch]
                    try:
                        r = client.post("/v1/events", json={"events": batch})
                    except httpx.HTTPError:
                        return  # the server is gone: this batch was not acknowledged
                    assert r.status_code == 200, r.text
                    assert r.json() == {"accepted": BATCH, "duplicates": 0}
                    acknowledged.append(batch)
                    in_flight.clear()
                    n += 1

        client = threading.Thread(target=stream)
        client.start()
        deadline = time.monotonic() + 60
        while len(acknowledged) < 20 and client.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(acknowledged) >= 20, "the client could not stream events"
        os.kill(proc.pid, signal.SIGKILL)  # mid-stream: the client is sending its next batch
        proc.wait(timeout=30)
        client.join(timeout=30)
        stop.set()
        assert not client.is_alive()

        proc = start_server(shop_models["sasrec"], db, port, log)
        wait_ready(proc, base, log)
        sent = [e["event_id"] for b in acknowledged for e in b]
        store = Store(url)
        try:
            assert store.event_ids(sent) == set(sent)  # every acknowledged event is there
            with store.read() as conn:
                dup = conn.execute(text("SELECT event_id FROM events GROUP BY event_id HAVING COUNT(*) > 1")).all()
            assert dup == []  # ... exactly once
            for batch in in_flight:  # the batch cut off by the kill: whole or nothing
                found = store.event_ids([e["event_id"] for e in batch])
                assert len(found) in (0, BATCH)
            crash_events = sum(store.count_events(f"crash-u{u}") for u in range(7))
            u0_events = store.count_events("crash-u0")
            assert crash_events in (len(sent), len(sent) + BATCH * len(in_flight))
        finally:
            store.close()
        # the restarted server serves the streamed history and stores nothing twice
        with httpx.Client(base_url=base, headers={"X-API-Key": KEY}, timeout=30.0) as client:
            for batch in acknowledged:
                assert client.post("/v1/events", json={"events": batch}).json() == {"accepted": 0, "duplicates": BATCH}
            hist = client.get("/v1/users/crash-u0/history", params={"limit": 1000}).json()["items"]
            assert len(hist) == min(1000, u0_events) and {e["item"] for e in hist} <= set(items)
            assert client.get("/v1/users/crash-u0/recommendations", params={"k": 3}).json()["known"]
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
