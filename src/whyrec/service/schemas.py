"""Request bodies, the error body and the id pattern of the HTTP API (pydantic models; they also document /docs)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

#: user and item ids in paths and bodies: 1-128 ASCII letters, digits or _ . : @ + -. ASCII only, in the server as in
#: the OpenAPI schema (whose regular expressions know no Unicode classes): a non-ASCII id, even a look-alike such as
#: the full-width "ｕ１", is refused with 422, never normalised into another user's id.
ID_PATTERN = r"^[A-Za-z0-9_.:@+\-]{1,128}$"
#: client event ids (the idempotency key)
EVENT_ID_PATTERN = r"^[A-Za-z0-9_.:@+\-]{1,200}$"
#: what the id patterns allow, in words (the OpenAPI descriptions and the error messages say it)
ID_WORDS = "1-{n} ASCII letters, digits or the characters _ . : @ + - (a non-ASCII id is refused, not normalised)"

_SURROGATE = re.compile("[\ud800-\udfff]")


class EventIn(BaseModel):
    """One event. ``event_id`` is the client's id: sending the same event again is harmless (idempotent); sending
    another event (user, item, event, timestamp or rating) under a stored ``event_id`` is refused with 409."""

    # strict: a JSON value of another type (false for a number, "3" for a rating) is refused, never converted
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, strict=True)

    event_id: str = Field(pattern=EVENT_ID_PATTERN, examples=["order-1001-line-1"])
    user: str = Field(pattern=ID_PATTERN, examples=["U00001"])
    item: str = Field(pattern=ID_PATTERN, examples=["P0001"])
    timestamp: float | None = Field(
        None, ge=0, le=1e11, description="Unix seconds (default: the time of arrival; a resend without one "
        "matches the stored event's)")
    event: str = Field("purchase", pattern=r"^[A-Za-z0-9_.:-]{1,64}$", examples=["purchase", "view"])
    rating: float | None = Field(None, ge=-1e6, le=1e6)


class EventBatch(BaseModel):
    """A batch of events, stored whole or not at all."""

    model_config = ConfigDict(extra="forbid", strict=True)

    events: list[EventIn] = Field(min_length=1)


class ItemIn(BaseModel):
    """A catalogue item; attributes other than these typed ones are kept as given (plain JSON values)."""

    model_config = ConfigDict(extra="allow", allow_inf_nan=False, strict=True)

    title: str | None = Field(None, max_length=1000)
    brand: str | None = Field(None, max_length=200)
    category: str | None = Field(None, max_length=200)
    price: float | None = Field(None, ge=0, le=1e12)
    description: str | None = Field(None, max_length=20_000)

    def attributes(self) -> dict[str, Any]:
        """All attributes, typed ones included, without nulls."""
        return {k: v for k, v in self.model_dump().items() if v is not None}


class ErrorDetail(BaseModel):
    """What went wrong, where, and what to do about it."""

    code: str = Field(description="Short machine-readable reason", examples=["invalid_request"])
    message: str = Field(description="What is wrong, naming the bad value")
    field: str | None = Field(None, description="The parameter or body field at fault (dotted path)")
    value: Any = Field(None, description="The bad value as received (shortened)")
    fix: str = Field(description="What to send instead")
    request_id: str | None = Field(None, description="The request's id, also in the X-Request-ID header and the "
                                   "server log")


class ErrorBody(BaseModel):
    """Every error answer (4xx and 5xx) has this body."""

    error: ErrorDetail


def lone_surrogate(value: Any, where: str = "") -> str | None:
    """The dotted path of the first string (or object key) in ``value`` holding a lone UTF-16 surrogate, else None.

    JSON may escape one (``"\\udfff"``) but it is not a Unicode character: such text cannot be stored or sent back as
    UTF-8, so the service refuses it at the door.
    """
    if isinstance(value, str):
        return (where or "body") if _SURROGATE.search(value) else None
    if isinstance(value, dict):
        for k, v in value.items():
            path = f"{where}.{k}" if where else str(k)
            if isinstance(k, str) and _SURROGATE.search(k):
                return path
            found = lone_surrogate(v, path)
            if found is not None:
                return found
    elif isinstance(value, (list, tuple)):
        for n, v in enumerate(value):
            found = lone_surrogate(v, f"{where}[{n}]")
            if found is not None:
                return found
    return None
