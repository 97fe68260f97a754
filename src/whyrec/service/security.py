"""Every response's security headers and request id, the catch-all 500, and the API docs pages under a strict CSP.

:class:`ResponseGuard` is the outermost ASGI middleware: it gives each HTTP
request an id (``X-Request-ID`` on the response, ``request.state.request_id``
for the error bodies), adds the security headers of :data:`SECURITY_HEADERS`
to every response it does not already carry, and turns an exception that no
handler caught into the JSON error body with status 500 (the traceback goes to
the log under the request id; nothing of it goes to the client).

The web page (``static/``) loads only its own script and style sheet, so its
policy, :data:`PAGE_CSP`, allows nothing else. The Swagger UI and ReDoc pages
load their code from a CDN and start it with an inline script: :func:`install_docs`
serves them with a policy of their own that allows that CDN and that one
inline script, by its SHA-256 hash.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
import secrets
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse

from whyrec.service.errors import internal_error

log = logging.getLogger("whyrec.service")

#: the web page's Content-Security-Policy (also that of every API answer): its own files only, no inline code
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
#: headers on every response (a response that sets one itself keeps its own)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": PAGE_CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
REQUEST_ID_HEADER = "X-Request-ID"
#: where the docs pages load Swagger UI and ReDoc from (FastAPI's defaults)
DOCS_CDN = "https://cdn.jsdelivr.net"


class ResponseGuard:
    """Request id, security headers and the JSON 500 for every HTTP response (see the module docstring)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self._headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """ASGI entry point."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = secrets.token_hex(8)
        scope.setdefault("state", {})["request_id"] = rid
        started = False

        async def guarded_send(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in self._headers if k not in present]
                headers.append((REQUEST_ID_HEADER.lower().encode(), rid.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, guarded_send)
        except Exception:
            log.exception(
                "request %s failed: %s %s", rid, scope.get("method", "?"), scope.get("path", "?")
            )
            if started:  # the answer is half sent: the connection can only be dropped
                raise
            resp = internal_error().response(request_id=rid)
            await guarded_send({"type": "http.response.start", "status": resp.status_code, "headers": resp.raw_headers})
            await guarded_send({"type": "http.response.body", "body": resp.body})


def _hashes(html: str, tag: str) -> list[str]:
    """CSP hash sources of the inline ``<tag>`` elements (those without ``src``) of ``html``."""
    out = []
    for body in re.findall(rf"<{tag}>(.*?)</{tag}>", html, flags=re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        out.append(f"'sha256-{digest}'")
    return out


def docs_csp(html: str) -> str:
    """The Content-Security-Policy of a docs page: its CDN, and its own inline scripts by hash."""
    scripts = " ".join(["'self'", DOCS_CDN, *_hashes(html, "script")])
    return (
        f"default-src 'none'; script-src {scripts}; style-src 'self' {DOCS_CDN} https://fonts.googleapis.com "
        "'unsafe-inline'; font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
        f"{DOCS_CDN}; connect-src 'self'; worker-src blob:; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    )


def install_docs(app: FastAPI, title: str) -> None:
    """Serve ``/docs`` (Swagger UI) and ``/redoc`` (ReDoc) of ``app``'s OpenAPI schema, each under its own CSP.

    ``app`` must be created with ``docs_url=None, redoc_url=None`` (FastAPI's own pages would get the page's
    policy, which blocks their inline script).
    """
    openapi_url = app.openapi_url or "/openapi.json"
    redirect = "/docs/oauth2-redirect"
    # (Starlette types a response's body as bytes | memoryview; these pages' bodies are bytes)
    swagger = get_swagger_ui_html(openapi_url=openapi_url, title=f"{title} - Swagger UI",
                                  oauth2_redirect_url=redirect
                                  ).body.decode("utf-8")  # type: ignore[union-attr]  # fmt: skip
    redoc = get_redoc_html(
        openapi_url=openapi_url, title=f"{title} - ReDoc"
    ).body.decode("utf-8")  # type: ignore[union-attr]
    oauth = get_swagger_ui_oauth2_redirect_html().body.decode("utf-8")  # type: ignore[union-attr]

    def page(html: str) -> HTMLResponse:
        return HTMLResponse(html, headers={"Content-Security-Policy": docs_csp(html)})

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return page(swagger)

    @app.get(redirect, include_in_schema=False)
    def swagger_ui_redirect() -> HTMLResponse:
        return page(oauth)

    @app.get("/redoc", include_in_schema=False)
    def redoc_ui() -> HTMLResponse:
        return page(redoc)
