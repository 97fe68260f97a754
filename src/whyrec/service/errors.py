"""Error responses: every 4xx body is ``{"error": {"code", "message", "field"?, "value"?, "fix"}}``.

:class:`ApiError` is raised by the routes; the handlers here turn it, whyrec's
own errors (DataError, UnknownIdError, ExplainError), FastAPI's request
validation errors and Starlette's HTTP errors into that shape.
"""

from __future__ import annotations

import json
import logging
import math
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from whyrec.errors import DataError, ExplainError, UnknownIdError
from whyrec.store import EventConflictError

log = logging.getLogger("whyrec.service")

#: what a client should do about a plain HTTP status
STATUS_FIX: dict[int, tuple[str, str]] = {
    404: ("not_found", "check the path; the API is described at /docs"),
    405: ("method_not_allowed", "use the method /docs lists for this path"),
    413: ("too_large", "send a smaller request"),
}


class Json(JSONResponse):
    """JSON without a pass through FastAPI's encoder; non-finite floats become null (standard JSON)."""

    def render(self, content: Any) -> bytes:
        """The body."""
        return json_bytes(content)


def json_bytes(content: Any) -> bytes:
    """Compact UTF-8 JSON of ``content``; non-finite floats become null."""
    try:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except ValueError:
        text = json.dumps(_finite(content), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.encode("utf-8")


def _finite(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _finite(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_finite(v) for v in x]
    if isinstance(x, float) and not math.isfinite(x):
        return None
    return x


class ApiError(Exception):
    """An error answer: HTTP ``status``, a short ``code``, ``message``, ``fix``, and where (``field``, ``value``)."""

    def __init__(
        self, status: int, code: str, message: str, *, fix: str, field: str | None = None, value: Any = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.fix, self.field, self.value = (
            status,
            code,
            message,
            fix,
            field,
            value,
        )

    def body(self) -> dict[str, Any]:
        """The JSON body."""
        err: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.field is not None:
            err["field"] = self.field
        if self.value is not None:
            err["value"] = _short(self.value)
        err["fix"] = self.fix
        return {"error": err}

    def response(self, headers: dict[str, str] | None = None) -> JSONResponse:
        """The error as a response."""
        return Json(self.body(), status_code=self.status, headers=headers)


def _short(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    s = str(value)
    return s if len(s) <= 200 else s[:197] + "..."


def from_exception(e: Exception) -> ApiError | None:
    """The ApiError of one of whyrec's own errors (None for other exceptions)."""
    if isinstance(e, ApiError):
        return e
    if isinstance(e, EventConflictError):
        return ApiError(409, "event_id_conflict", e.problem, fix=e.fix or "", field=_field(e), value=e.value)
    if isinstance(e, DataError):
        return ApiError(
            422, "invalid_data", e.problem, fix=e.fix or "correct the value", field=_field(e), value=e.value
        )
    if isinstance(e, UnknownIdError):
        return ApiError(404, f"unknown_{e.kind}", e.message, fix=_after_fix(e.message), field=e.kind, value=e.value)
    if isinstance(e, ExplainError):
        msg = str(e)
        return ApiError(422, "cannot_explain", msg.split(" Fix: ")[0], fix=_after_fix(msg))
    return None


def _field(e: DataError) -> str | None:
    if e.path and e.field:
        return f"{e.path}.{e.field}"
    return e.field or e.path


def _after_fix(message: str) -> str:
    return message.split("Fix: ", 1)[1] if "Fix: " in message else "see /docs"


_PATTERN_WORDS = "1-{n} letters, digits or the characters _ . : @ + -"
#: how the id patterns of whyrec.service.schemas begin
_ID_START = r"^[\w.:@+\-]"


def _validation_error(exc: RequestValidationError) -> ApiError:
    errors = exc.errors()
    first = errors[0] if errors else {"loc": (), "msg": "invalid request", "type": "invalid"}
    loc = list(first.get("loc", ()))
    where = str(loc[0]) if loc else "request"
    field = where
    if len(loc) > 1:
        field = "".join(f"[{x}]" if isinstance(x, int) else f".{x}" for x in loc[1:]).lstrip(".")
    kind = first.get("type", "")
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    if kind == "json_invalid":
        ctx = first.get("ctx") or {}
        return ApiError(
            400,
            "malformed_json",
            f"the request body is not valid JSON ({ctx.get('error', 'parse error')})",
            fix="send a JSON object with Content-Type: application/json",
            field="body",
        )
    value = first.get("input")
    if kind == "string_pattern_mismatch":
        pattern = (first.get("ctx") or {}).get("pattern", "")
        if pattern.startswith(_ID_START):
            longest = pattern.rsplit(",", 1)[-1].split("}")[0]
            words = _PATTERN_WORDS.format(n=longest)
            msg, fix = f"{field} must be {words}", f"use an id made of {words}"
        elif pattern.startswith("^(") and pattern.endswith(")$"):
            choices = pattern[2:-2].split("|")
            msg, fix = f"{field} must be one of {', '.join(choices)}", f"use {' or '.join(choices)}"
        else:
            msg, fix = f"{field} must match the pattern {pattern}", f"correct {field} (see /docs)"
    elif kind == "missing":
        msg, fix, value = f"{field} is required", f"add {field} to the {where}", None
    elif kind == "extra_forbidden":
        msg, fix = f"{field} is not a known field", "remove it (the accepted fields are listed at /docs)"
    else:
        msg, fix = f"{field}: {first.get('msg', 'invalid value')}", f"correct {field} (its type is given at /docs)"
    if isinstance(value, (dict, list)):
        value = None
    return ApiError(422, "invalid_request", msg + more, fix=fix, field=field, value=value)


def install(app: FastAPI) -> None:
    """Register the error handlers on ``app``."""

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _validation_error(exc).response()

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, fix = STATUS_FIX.get(exc.status_code, ("http_error", "see /docs"))
        message = exc.detail if isinstance(exc.detail, str) else code
        if exc.status_code == 404:
            message = f"no such path: {request.url.path}"
        return ApiError(exc.status_code, code, message, fix=fix).response(headers=getattr(exc, "headers", None))

    for cls in (DataError, UnknownIdError, ExplainError):

        @app.exception_handler(cls)
        async def _whyrec(request: Request, exc: Exception) -> JSONResponse:
            api = from_exception(exc)
            if api is None:  # not one of the classes registered here
                raise exc
            return api.response()
