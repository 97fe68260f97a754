"""Error responses: every 4xx and 5xx body is ``{"error": {"code", "message", "field"?, "value"?, "fix", ...}}``.

(``request_id`` too: the id of the request, also in its ``X-Request-ID`` header and the server's log.)

:class:`ApiError` is raised by the routes; the handlers here turn it, whyrec's
own errors (DataError, UnknownIdError, ExplainError), FastAPI's request
validation errors and Starlette's HTTP errors into that shape (an unexpected
exception becomes the same shape with status 500 in
:class:`whyrec.service.security.ResponseGuard`). :func:`error_responses`
documents those answers in the OpenAPI schema.
"""

from __future__ import annotations

import json
import logging
import math
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from whyrec.errors import DataError, ExplainError, UnknownIdError
from whyrec.service.schemas import ID_WORDS, ErrorBody
from whyrec.store import ErasedUserError, EventConflictError

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
    """Compact UTF-8 JSON of ``content``; non-finite floats become null, lone surrogates U+FFFD."""
    try:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except ValueError:
        text = json.dumps(_finite(content), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (from a "\\udfff" escape) is no character: UTF-8 has no bytes for it
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


_SURROGATE = re.compile("[\ud800-\udfff]")


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
        self,
        status: int,
        code: str,
        message: str,
        *,
        fix: str,
        field: str | None = None,
        value: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.headers = headers
        self.status, self.code, self.message, self.fix, self.field, self.value = (
            status,
            code,
            message,
            fix,
            field,
            value,
        )

    def body(self, request_id: str | None = None) -> dict[str, Any]:
        """The JSON body."""
        err: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.field is not None:
            err["field"] = self.field
        if self.value is not None:
            err["value"] = _short(self.value)
        err["fix"] = self.fix
        if request_id is not None:
            err["request_id"] = request_id
        return {"error": err}

    def response(self, headers: dict[str, str] | None = None, request_id: str | None = None) -> JSONResponse:
        """The error as a response (with the error's own headers, such as ``Retry-After``, and ``headers``)."""
        merged = {**(self.headers or {}), **(headers or {})}
        return Json(self.body(request_id), status_code=self.status, headers=merged or None)


def internal_error() -> ApiError:
    """The answer to an unexpected failure: no detail of it leaves the server (its log has the traceback)."""
    return ApiError(
        500,
        "internal_error",
        "the server failed to answer this request; the failure is logged under its request id",
        fix="retry later; if it keeps failing, report the request_id to the service's operator",
    )


#: what each error status means, for the OpenAPI description of each route's answers
STATUS_MEANING: dict[int, str] = {
    400: "The body is not valid JSON (`malformed_json`).",
    401: "No `X-API-Key` header, and the route needs a key with its scope (`missing_api_key`).",
    403: "A wrong `X-API-Key` (`wrong_api_key`), a key without the route's scope (`insufficient_scope`), or a "
    "server started without any key of that scope (`reads_disabled`, `writes_disabled`, `admin_disabled`).",
    404: "The item (or, for the map, the model's item vectors; for `DELETE /v1/users/{user_id}`, the user; for "
    "`/v1/credit`, the applicant's row (`unknown_applicant`) or the credit run itself: a server started without "
    "`--credit`, `no_credit_run`) does not exist.",
    409: "An `event_id` already stored (or repeated in the batch) for another event (`event_id_conflict`).",
    410: "The user was erased with `DELETE /v1/users/{user_id}` (`user_erased`): nothing about them is served, "
    "and no event or profile of theirs is stored again.",
    408: "The request body did not arrive within the server's read timeout (`body_timeout`).",
    413: "The body is over the size limit (`body_too_large`) or the batch over the event limit (`batch_too_large`).",
    422: "A parameter or field is invalid (`invalid_request`, `invalid_text`, `invalid_data`, `unknown_method`, ...): "
    "the body names it and the fix.",
    429: "Too many requests from this API key (or, without a key, this client address): the rate limit "
    "(`rate_limited`); the `Retry-After` header says in how many seconds to retry.",
    500: "An unexpected failure (`internal_error`); the body carries the request id under which it is logged.",
    503: "The service is still starting (`not_ready`), its store or map is unavailable, or the model is busy: too "
    "many requests wait for it (`model_busy`) or this one waited past its deadline (`model_timeout`); a busy answer "
    "carries a `Retry-After` header.",
}


def erased_error(user: str) -> ApiError:
    """The answer about a user erased with ``DELETE /v1/users/{user_id}``: 410 Gone."""
    return ApiError(
        410,
        "user_erased",
        "this user was erased (DELETE /v1/users/{user_id}): nothing about them is served any more",
        fix="use another user id; an erased id stays erased",
        field="user_id",
        value=user,
    )


def error_responses(*statuses: int, plain_route: bool = False) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` of a route that may answer ``statuses`` (and 500): each with the error body's model.

    ``plain_route``: the route's own answer is not JSON (FastAPI would give its errors the route's media type), so
    the errors refer to the ``ErrorBody`` schema that the JSON routes put in the components.
    """
    if plain_route:
        ref = {"application/json": {"schema": {"$ref": f"#/components/schemas/{ErrorBody.__name__}"}}}
        return {s: {"description": STATUS_MEANING[s], "content": ref} for s in sorted({*statuses, 500})}
    return {s: {"model": ErrorBody, "description": STATUS_MEANING[s]} for s in sorted({*statuses, 500})}


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
    if isinstance(e, ErasedUserError):
        return ApiError(410, "user_erased", e.problem, fix=e.fix or "", field=_field(e), value=e.value)
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


#: how the id patterns of whyrec.service.schemas begin
_ID_START = r"^[A-Za-z0-9_.:@+\-]"


def _validation_error(exc: RequestValidationError) -> ApiError:
    errors = exc.errors()
    first: dict[str, Any] = errors[0] if errors else {"loc": (), "msg": "invalid request", "type": "invalid"}
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
            words = ID_WORDS.format(n=longest)
            msg, fix = f"{field} must be {words}", f"use an id made of {words}"
        elif pattern.startswith("^(") and pattern.endswith(")$"):
            choices = pattern[2:-2].split("|")
            msg, fix = f"{field} must be one of {', '.join(choices)}", f"use {' or '.join(choices)}"
        else:
            msg, fix = f"{field} must match the pattern {pattern}", f"correct {field} (see /docs)"
    elif kind == "missing":
        msg, fix, value = f"{field} is required", f"add {field} to the {where}", None
    elif kind in ("int_parsing", "int_from_float"):
        msg = f"{field} must be a whole number; got {_short(value)!r}"
        fix = f"send {field} as a whole number, e.g. 1 (its range is given at /docs)"
    elif kind == "extra_forbidden":
        msg, fix = f"{field} is not a known field", "remove it (the accepted fields are listed at /docs)"
    else:
        msg, fix = f"{field}: {first.get('msg', 'invalid value')}", f"correct {field} (its type is given at /docs)"
    if isinstance(value, (dict, list)):
        value = None
    return ApiError(422, "invalid_request", msg + more, fix=fix, field=field, value=value)


def request_id(request: Request) -> str | None:
    """The id :class:`~whyrec.service.security.ResponseGuard` gave the request (None outside it)."""
    return getattr(request.state, "request_id", None)


def install(app: FastAPI) -> None:
    """Register the error handlers on ``app``."""

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return exc.response(request_id=request_id(request))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _validation_error(exc).response(request_id=request_id(request))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, fix = STATUS_FIX.get(exc.status_code, ("http_error", "see /docs"))
        message = exc.detail if isinstance(exc.detail, str) else code
        if exc.status_code == 404:
            message = f"no such path: {request.url.path}"
        err = ApiError(exc.status_code, code, message, fix=fix)
        return err.response(headers=getattr(exc, "headers", None), request_id=request_id(request))

    for cls in (DataError, UnknownIdError, ExplainError):

        @app.exception_handler(cls)
        async def _whyrec(request: Request, exc: Exception) -> JSONResponse:
            api = from_exception(exc)
            if api is None:  # not one of the classes registered here
                raise exc
            return api.response(request_id=request_id(request))
