"""The values a store writes: ids, numbers and JSON attributes checked, events normalised, batches chunked."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from typing import Any

from whyrec.errors import DataError
from whyrec.store.schema import ID_LENGTH

#: rows per executemany / IN (...) chunk
CHUNK = 500

#: keys an event may have
EVENT_KEYS: tuple[str, ...] = ("event_id", "user", "item", "timestamp", "event", "rating")


DEFAULT_EVENT = "purchase"


#: the largest LIMIT / OFFSET passed to SQL (SQLite's and PostgreSQL's integers end here; Python's do not)
SQL_INT_MAX = 2**63 - 1


def text_id(name: str, value: Any, where: str) -> str:
    """A user / item / event id: a non-empty printable string within the schema's length (DataError else)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise DataError(
            f"{name} must be a string id", path=where, field=name, value=value, fix=f"send {name} as a JSON string"
        )
    s = str(value)
    if not _is_unicode(s):
        raise DataError(
            f"{name} holds a lone surrogate (an escape such as \\udfff alone), which is not Unicode text",
            path=where,
            field=name,
            value=s.encode("utf-8", "backslashreplace").decode("ascii", "replace"),
            fix=f"send {name} as valid Unicode text",
        )
    if not s or len(s) > ID_LENGTH or s != s.strip():
        raise DataError(
            f"{name} must be 1-{ID_LENGTH} characters without leading or trailing spaces",
            path=where,
            field=name,
            value=value,
            fix=f"send a non-empty {name} of at most {ID_LENGTH} characters",
        )
    return s


def check_number(name: str, value: Any, where: str, low: float | None = None) -> float:
    """A finite number (not a bool), at least ``low`` when given (DataError else)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(float(value)):
        raise DataError(
            f"{name} must be a finite number", path=where, field=name, value=value, fix=f"send {name} as a number"
        )
    v = float(value)
    if low is not None and v < low:
        raise DataError(f"{name} must be >= {low}", path=where, field=name, value=value, fix=f"send {name} >= {low}")
    return v


def normalise_event(e: Any, index: int, now: float) -> dict[str, Any]:
    """One event dict checked and completed (``timestamp`` defaults to ``now``, ``event`` to "purchase").

    Raises DataError naming ``events[index]``, the field, the bad value and the fix.
    """
    where = f"events[{index}]"
    if not isinstance(e, dict):
        raise DataError("an event must be an object", path=where, value=e, fix="send {'event_id', 'user', 'item'}")
    unknown = sorted(set(e) - set(EVENT_KEYS))
    if unknown:
        raise DataError(
            f"unknown field(s) {unknown}", path=where, field=unknown[0], fix=f"use only the fields {list(EVENT_KEYS)}"
        )
    for key in ("event_id", "user", "item"):
        if e.get(key) is None:
            raise DataError(f"{key} is missing", path=where, field=key, fix=f"give every event a {key}")
    ts = e.get("timestamp")
    kind = e.get("event")
    rating = e.get("rating")
    out = {
        "event_id": text_id("event_id", e["event_id"], where),
        "user_id": text_id("user", e["user"], where),
        "item_id": text_id("item", e["item"], where),
        "timestamp": now if ts is None else check_number("timestamp", ts, where, 0.0),
        "event": DEFAULT_EVENT if kind is None else text_id("event", kind, where)[:64],
        "rating": None if rating is None else check_number("rating", rating, where),
        "received_at": now,
    }
    return out


def chunks(seq: Sequence[Any], n: int = CHUNK) -> Iterator[Sequence[Any]]:
    """``seq`` in slices of ``n`` (SQL statements stay under the bound-parameter limits)."""
    for s in range(0, len(seq), n):
        yield seq[s : s + n]


def jsonable(attrs: Any, where: str) -> dict[str, Any]:
    """``attrs`` as a JSON object of valid Unicode text (DataError naming the bad value else)."""
    if not isinstance(attrs, dict):
        raise DataError("attributes must be an object", path=where, value=attrs, fix="send a JSON object")
    try:
        text = json.dumps(attrs, allow_nan=False, ensure_ascii=False)
    except (TypeError, ValueError) as e:
        raise DataError(
            f"attributes are not plain JSON ({e})", path=where, fix="send strings, numbers, lists and objects only"
        ) from None
    if not _is_unicode(text):
        raise DataError(
            "attributes hold a lone surrogate (an escape such as \\udfff alone), which is not Unicode text",
            path=where,
            fix="send every text as valid Unicode",
        )
    return attrs


def _is_unicode(text: str) -> bool:
    """False when ``text`` holds a lone surrogate: it could not be stored, nor sent back, as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
