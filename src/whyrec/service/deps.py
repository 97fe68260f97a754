"""What the routes share: the path and query parameter types, and the access checks a route depends on (API keys
with scopes, rate limits)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, Request, Security
from fastapi import Path as PathParam
from fastapi.security import APIKeyHeader

from whyrec.narrate.facts import LANGS
from whyrec.service.auth import API_KEY_ENV, API_KEYS_ENV
from whyrec.service.errors import ApiError
from whyrec.service.limits import RateLimiter
from whyrec.service.schemas import ID_PATTERN, ID_WORDS
from whyrec.service.settings import Settings

#: the largest ``offset`` of a page of users (checked before it reaches SQL, whose integers end at 2**63 - 1)
MAX_OFFSET = 1_000_000_000

ID_DOC = ID_WORDS.format(n=128)
UserId = Annotated[str, PathParam(pattern=ID_PATTERN, description=f"External user id: {ID_DOC}",
                                  examples=["U00001"])]  # fmt: skip
ItemId = Annotated[str, PathParam(pattern=ID_PATTERN, description=f"External item id: {ID_DOC}",
                                  examples=["P0001"])]  # fmt: skip
Lang = Annotated[str, Query(pattern="^(" + "|".join(LANGS) + ")$",
                            description="Language of the reason: " + ", ".join(LANGS))]
Method = Annotated[
    str,
    Query(
        pattern=r"^[a-z_]{0,40}$",
        description="Explanation method (empty: the model's most faithful attribution method); 'why_not' for a "
        "counterfactual of an item outside the top-k. Once the model is loaded, the schema lists the methods it "
        "serves; another name is refused with 422.",
    ),
]

_key_header = APIKeyHeader(
    name="X-API-Key",
    auto_error=False,
    description=f"A key of the server: ${API_KEY_ENV} (every scope) or one of ${API_KEYS_ENV} "
    "(`scope[+scope...]:KEY,...`). Scopes: `read` (history, recommendations, explanations, map, items, credit "
    "decisions; unless the server runs with --public-reads), `ingest` (POST /v1/events), `catalogue` (PUT "
    "/v1/items), `erase` (DELETE /v1/users), `admin` (all, and GET /v1/users and /metrics). No key: 401; a key "
    "without the scope: 403.",
)



class Access:
    """The access checks of the routes for ``settings``: :meth:`need` gives a route's ``dependencies=`` for a
    scope, :attr:`routes` those of each kind of route, :meth:`k_query` the ``k`` parameter."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.limiter = RateLimiter(settings.rate_limit_rps, settings.rate_limit_burst)
        s = settings
        #: kind of route -> (dependencies, statuses they add)
        self.routes: dict[str, tuple[list[Any], tuple[int, ...]]] = {
            "read": self.need("read", s.public_reads),
            "admin": self.need("admin"),
            "metrics": self.need("admin", s.public_metrics),
            "ingest": self.need("ingest"),
            "catalogue": self.need("catalogue"),
            "erase": self.need("erase"),
        }

    def k_query(self) -> Any:
        """The ``k`` query parameter (the bound declared is the one Engine.check_k enforces: settings.max_k)."""
        return Query(10, ge=1, le=self.settings.max_k, description=f"How many items: 1 to {self.settings.max_k} "
                     "(the server's max_k), and at most the model's number of items (a larger k is refused with 422)")



    def limit(self, request: Request, key: str | None) -> None:
        """429 when the client (its accepted key, else its address) is over the rate limit."""
        if key:
            self.limiter.check(("key", self.settings.keys.digest(key)), "this API key")
        else:
            self.limiter.check(("addr", request.client.host if request.client else ""), "this client address")

    def need(self, scope: str, open_: bool = False) -> tuple[list[Any], tuple[int, ...]]:
        """The ``dependencies=`` of a route that needs a key with ``scope`` (none when ``open_``: then only the
        rate limit, by the key when one of the server's is sent, else by the client's address), and the statuses
        that check adds to its ``responses=``. The key's scopes are left in ``request.state.scopes``."""
        if open_:

            def open_check(request: Request) -> None:
                key = request.headers.get("x-api-key")
                scopes = self.settings.keys.scopes(key)
                request.state.scopes = scopes or frozenset()
                self.limit(request, key if scopes is not None else None)

            return [Depends(open_check)], (429,)

        def check(request: Request, key: Annotated[str | None, Security(_key_header)] = None) -> None:
            keys = self.settings.keys
            if not keys.grants(scope):
                what = {"read": "reads", "admin": "admin requests"}.get(scope, "writes")
                raise ApiError(
                    403,
                    {"read": "reads_disabled", "admin": "admin_disabled"}.get(scope, "writes_disabled"),
                    f"this server accepts no {what}: it was started without a key with the {scope!r} scope",
                    fix=f"start it with {API_KEY_ENV}=<key> (every scope) or {API_KEYS_ENV}={scope}:<key> in the "
                    "environment" + (", or with --public-reads" if scope == "read" else ""),
                )
            if not key:
                raise ApiError(
                    401,
                    "missing_api_key",
                    f"this endpoint needs an API key with the {scope!r} scope in the X-API-Key header",
                    fix="send the header X-API-Key: <a key of the server>",
                    field="X-API-Key",
                )
            scopes = keys.scopes(key)
            if scopes is None:
                raise ApiError(
                    403,
                    "wrong_api_key",
                    "the X-API-Key header is not a key of this server",
                    fix=f"send a key the server was started with ({API_KEY_ENV} or {API_KEYS_ENV})",
                    field="X-API-Key",
                )
            if scope not in scopes:
                raise ApiError(
                    403,
                    "insufficient_scope",
                    f"this API key lacks the {scope!r} scope (it has: {', '.join(sorted(scopes))})",
                    fix=f"use a key with the {scope!r} (or 'admin') scope",
                    field="X-API-Key",
                )
            request.state.scopes = scopes
            self.limit(request, key)

        return [Depends(check)], (401, 403, 429)


def is_admin(request: Request) -> bool:
    """Whether the request's key (checked by the route's dependency) has the ``admin`` scope."""
    return "admin" in getattr(request.state, "scopes", frozenset())

