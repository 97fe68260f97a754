"""Request bodies and the id pattern of the HTTP API (pydantic models; they also document /docs)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

#: user and item ids in paths and bodies: 1-128 letters, digits or _ . : @ + -
ID_PATTERN = r"^[\w.:@+\-]{1,128}$"
#: client event ids (the idempotency key)
EVENT_ID_PATTERN = r"^[\w.:@+\-]{1,200}$"


class EventIn(BaseModel):
    """One event. ``event_id`` is the client's id: sending the same event again is harmless (idempotent)."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    event_id: str = Field(pattern=EVENT_ID_PATTERN, examples=["order-1001-line-1"])
    user: str = Field(pattern=ID_PATTERN, examples=["U00001"])
    item: str = Field(pattern=ID_PATTERN, examples=["P0001"])
    timestamp: float | None = Field(None, ge=0, le=1e11, description="Unix seconds (default: now)")
    event: str = Field("purchase", pattern=r"^[A-Za-z0-9_.:-]{1,64}$", examples=["purchase", "view"])
    rating: float | None = Field(None, ge=-1e6, le=1e6)


class EventBatch(BaseModel):
    """A batch of events, stored whole or not at all."""

    model_config = ConfigDict(extra="forbid")

    events: list[EventIn] = Field(min_length=1)


class ItemIn(BaseModel):
    """A catalogue item; attributes other than these typed ones are kept as given (plain JSON values)."""

    model_config = ConfigDict(extra="allow", allow_inf_nan=False)

    title: str | None = Field(None, max_length=1000)
    brand: str | None = Field(None, max_length=200)
    category: str | None = Field(None, max_length=200)
    price: float | None = Field(None, ge=0)
    description: str | None = Field(None, max_length=20_000)

    def attributes(self) -> dict[str, Any]:
        """All attributes, typed ones included, without nulls."""
        return {k: v for k, v in self.model_dump().items() if v is not None}
