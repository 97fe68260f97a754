"""Two pure ASGI middlewares: request body size limit, and request metrics.

:class:`BodyLimit` answers 413 (with the usual error body) to a body whose
``Content-Length`` is over the limit, and reads a body sent without one
only up to the limit, so a too-large request never reaches a route (and
never writes anything).
:class:`RequestMetrics` times every HTTP request and records it in
:class:`~whyrec.service.metrics.Metrics` under its route template
(``/v1/users/{user_id}/recommendations``), not its raw path.
:class:`UserPseudonyms` is a logging filter that replaces the user ids in
the paths of log lines (uvicorn's access log, the service's own) by keyed
pseudonyms, so that the log never holds a raw user id.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import anyio

from whyrec.service.errors import ApiError
from whyrec.service.metrics import Metrics

#: methods whose bodies are not read
BODYLESS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "body_too_large",
        f"the request body is larger than {limit} bytes",
        fix=f"send at most {limit} bytes per request (split large batches of events)",
        field="body",
    )


def _too_slow(timeout: float) -> ApiError:
    return ApiError(
        408,
        "body_timeout",
        f"the request body did not arrive within {timeout:g} s",
        fix="send the whole body at once, promptly",
        field="body",
    )


async def _send_error(scope: dict[str, Any], send: Any, err: ApiError) -> None:
    resp = err.response(request_id=(scope.get("state") or {}).get("request_id"))
    await send({"type": "http.response.start", "status": resp.status_code, "headers": resp.raw_headers})
    await send({"type": "http.response.body", "body": resp.body})


class BodyLimit:
    """Reject request bodies over ``max_bytes`` with 413, and bodies not received within ``timeout`` seconds
    with 408."""

    def __init__(self, app: Any, max_bytes: int, timeout: float = 30.0) -> None:
        self.app = app
        self.max_bytes = int(max_bytes)
        self.timeout = float(timeout)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """ASGI entry point."""
        if scope["type"] != "http" or scope.get("method") in BODYLESS:
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.max_bytes + 1
                if declared > self.max_bytes:
                    await _send_error(scope, send, _too_large(self.max_bytes))
                    return
        # read the body here (it is at most max_bytes, within timeout seconds), so that an oversized or a trickled
        # one never reaches a route
        chunks: list[bytes] = []
        seen = 0
        with anyio.move_on_after(self.timeout) as waited:
            while True:
                message = await receive()
                if message["type"] != "http.request":  # the client went away
                    return
                body = message.get("body", b"")
                seen += len(body)
                if seen > self.max_bytes:
                    await _send_error(scope, send, _too_large(self.max_bytes))
                    return
                chunks.append(body)
                if not message.get("more_body", False):
                    break
        if waited.cancelled_caught:
            await _send_error(scope, send, _too_slow(self.timeout))
            return
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class RequestMetrics:
    """Record every HTTP request's method, route template, status and duration."""

    def __init__(self, app: Any, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """ASGI entry point."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        status = 500

        async def tracking_send(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        finally:
            route = scope.get("route")
            path = getattr(route, "path", None)
            if path == "" or (path is not None and route is not None and type(route).__name__ == "Mount"):
                label = "/ (static)"
            else:
                label = path or "<unmatched>"
            self.metrics.observe(scope.get("method", "?"), label, status, time.perf_counter() - t0)


#: a user id in a path (``/v1/users/<id>``) or a query (``user=<id>``)
_USER_IN_PATH = re.compile(r"(/v1/users/)([^/?#\s\"]+)|([?&]user=)([^&#\s\"]+)")
#: loggers whose lines carry request paths
PATH_LOGGERS = ("uvicorn.access", "whyrec.service")


def pseudonymise_path(text: str, pseudonym: Callable[[str], str] | None) -> str:
    """``text`` with every user id of an API path or ``user=`` query replaced by ``pseudonym(id)`` (``u:?`` without
    one, or when it fails)."""

    def sub(m: re.Match[str]) -> str:
        head, raw = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        try:
            alias = pseudonym(unquote(raw)) if pseudonym is not None else "u:?"
        except Exception:  # noqa: BLE001 - a log line must never fail, nor fall back to the raw id
            alias = "u:?"
        return head + alias

    return _USER_IN_PATH.sub(sub, text)


class UserPseudonyms(logging.Filter):
    """Rewrite the user ids in a log record's message and string arguments to keyed pseudonyms (see
    :meth:`whyrec.store.Store.pseudonym`)."""

    def __init__(self, pseudonym: Callable[[str], str] | None = None) -> None:
        super().__init__()
        self.pseudonym = pseudonym

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite ``record`` in place; never drops it."""
        if isinstance(record.msg, str) and ("/v1/users/" in record.msg or "user=" in record.msg):
            record.msg = pseudonymise_path(record.msg, self.pseudonym)
        if isinstance(record.args, tuple):
            record.args = tuple(
                pseudonymise_path(a, self.pseudonym) if isinstance(a, str) and ("/v1/users/" in a or "user=" in a)
                else a
                for a in record.args
            )
        return True
