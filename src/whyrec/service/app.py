"""The FastAPI application: :func:`create_app` builds it; its lifespan loads the model, store and explainers.

Importing this module starts nothing. ``create_app(settings)`` returns an
app whose start-up (the lifespan) opens the model folder with
:func:`whyrec.runs.open_run`, migrates the store (and imports the model's
data into an empty one), builds the :class:`~whyrec.service.engine.Engine`
and starts the embedding map. The routes are thin: they check input, call
the engine or the store, and shape the JSON of the contract in
``notes/contracts.md`` (also at ``/docs``).
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import Depends, FastAPI, Query, Request, Security
from fastapi import Path as PathParam
from fastapi.responses import PlainTextResponse, Response
from fastapi.routing import APIRoute
from fastapi.security import APIKeyHeader
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from whyrec.erasure import LEDGER_FILE, record_erasure
from whyrec.narrate.facts import LANGS
from whyrec.service.auth import API_KEY_ENV, API_KEYS_ENV
from whyrec.service.embedding_map import EmbeddingMap
from whyrec.service.engine import WHY_NOT, Engine, View
from whyrec.service.errors import ApiError, Json, erased_error, error_responses, install
from whyrec.service.limits import RateLimiter, check_cost
from whyrec.service.metrics import CONTENT_TYPE, Metrics
from whyrec.service.middleware import PATH_LOGGERS, BodyLimit, RequestMetrics, UserPseudonyms
from whyrec.service.responses import settle_memory
from whyrec.service.schemas import ID_PATTERN, ID_WORDS, EventBatch, ItemIn, lone_surrogate
from whyrec.service.security import ResponseGuard, install_docs
from whyrec.service.settings import Settings

log = logging.getLogger("whyrec.service")

STATIC_DIR = Path(__file__).parent / "static"
#: seconds GET /v1/map waits for the map being computed before answering 503
MAP_WAIT = 60.0
#: history items marked on the map
MAP_HISTORY = 50
#: the largest ``offset`` of a page of users (checked before it reaches SQL, whose integers end at 2**63 - 1)
MAX_OFFSET = 1_000_000_000

_ID_DOC = ID_WORDS.format(n=128)
UserId = Annotated[str, PathParam(pattern=ID_PATTERN, description=f"External user id: {_ID_DOC}",
                                  examples=["U00001"])]  # fmt: skip
ItemId = Annotated[str, PathParam(pattern=ID_PATTERN, description=f"External item id: {_ID_DOC}",
                                  examples=["P0001"])]  # fmt: skip
Lang = Annotated[str, Query(pattern="^(en|zh)$", description="Language of the reason: " + ", ".join(LANGS))]
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
    "(`scope[+scope...]:KEY,...`). Scopes: `read` (history, recommendations, explanations, map, items; unless the "
    "server runs with --public-reads), `ingest` (POST /v1/events), `catalogue` (PUT /v1/items), `erase` (DELETE "
    "/v1/users), `admin` (all, and GET /v1/users and /metrics). No key: 401; a key without the scope: 403.",
)


class Service:
    """What the lifespan builds: settings, run, store, engine, map and metrics."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.metrics = Metrics()
        self.run: Any = None
        self.store: Any = None
        self.engine: Engine | None = None
        self.map: EmbeddingMap | None = None
        self.error: str | None = None
        self._users_total: tuple[float, int] | None = None

    def load(self) -> None:
        """Open the model folder and the store, import the data into an empty store, build the engine."""
        from whyrec.erasure import honour_ledger
        from whyrec.runs import open_run
        from whyrec.store import Store

        s = self.settings
        t0 = time.perf_counter()
        self.run = open_run(s.model_dir, store=s.db_url)
        self.store = Store(s.db_url, erasure_secret=s.erasure_secret)
        self.store.migrate()
        if s.import_if_empty and self.store.count_events() == 0 and self.store.count_items() == 0:
            honour_ledger(s.model_dir, self.store)  # users erased in another database stay erased
            counts = self.store.import_dataset(self.run.dataset)
            log.info("imported %s into %s: %s", self.run.dataset.name, self.store.safe_url, counts)
        metrics = self.run.info.get("test_metrics") or {}
        self.store.record_model(type(self.run.model).__name__, str(Path(s.model_dir).resolve()), metrics)
        engine = Engine(self.run, self.store, s)
        engine.warm_up()
        settle_memory()
        self.engine = engine
        self.map = EmbeddingMap(self.run.model, self.run.dataset, max_items=s.map_max_items)
        if s.precompute_map and self.map.available:
            self.map.start()
        if s.precompute:
            engine.start_precompute()
        log.info("whyrec service ready in %.1f s (%s, %s)", time.perf_counter() - t0, self.engine.model_name,
                 self.store.safe_url)

    def close(self) -> None:
        """Release the store's connections (and hand what :func:`settle_memory` froze back to the collector)."""
        gc.unfreeze()
        if self.engine is not None:
            self.engine.close()
        if self.store is not None:
            self.store.close()

    def ready(self) -> Engine:
        """The engine, or ApiError 503 while starting."""
        if self.engine is None:
            raise ApiError(
                503, "not_ready", self.error or "the service is still starting", fix="retry in a few seconds"
            )
        return self.engine

    def users_total(self) -> int:
        """Number of users (cached for 10 s; writes reset it)."""
        now = time.monotonic()
        if self._users_total is None or now - self._users_total[0] > 10.0:
            self._users_total = (now, self.store.count_users())
        return self._users_total[1]

    def written(self) -> None:
        """Forget the cached user count after a write."""
        self._users_total = None


def create_app(settings: Settings) -> FastAPI:
    """The whyrec HTTP API (and web page at ``/``) for ``settings``; nothing is loaded until the app starts."""
    if not isinstance(settings, Settings):
        raise TypeError(f"settings must be a whyrec.service.Settings; got {type(settings).__name__}")
    svc = Service(settings)
    pseudonyms = UserPseudonyms()  # user ids in the log lines of requests become keyed pseudonyms

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        for name in PATH_LOGGERS:
            logging.getLogger(name).addFilter(pseudonyms)
        try:
            await anyio.to_thread.run_sync(svc.load)
            pseudonyms.pseudonym = svc.store.pseudonym
            yield
        finally:
            for name in PATH_LOGGERS:
                logging.getLogger(name).removeFilter(pseudonyms)
            svc.close()

    app = FastAPI(
        title="whyrec",
        version="0.1.0",
        summary="Recommendations that say why, faithfully.",
        description="Stream events in, ask for explained recommendations. Every error (4xx and 5xx) is "
        '`{"error": {"code", "message", "field", "value", "fix", "request_id"}}`; every response carries an '
        "`X-Request-ID` header, the id under which the server logs it. Every `/v1` route needs an `X-API-Key` header "
        "with its scope (see the security scheme; reads may be open with --public-reads): 401 without a key, 403 "
        "with a key lacking the scope. "
        f"User and item ids are {_ID_DOC}: ids are compared byte for byte, so no two spellings ever reach one user. "
        "Text must be valid Unicode: a lone UTF-16 surrogate escape (such as `\\udfff`) is refused with 422. "
        "Costs are bounded: each key (each client address, for keyless public reads) may send "
        f"{settings.rate_limit_rps:g} requests a second in bursts of {settings.rate_limit_burst} (else 429 with "
        "`Retry-After`); an expensive explanation method (shap, lime, banzhaf, deletion_path, counterfactual, "
        f"integrated_gradients, why_not) is refused above k={settings.expensive_max_k} without an admin key (422 "
        "`too_expensive`); when too many requests wait for the model, or one waited too long, the answer is 503 with "
        "`Retry-After`.",
        lifespan=lifespan,
        default_response_class=Json,
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = svc
    install(app)

    def openapi() -> dict[str, Any]:
        """FastAPI's schema, with the ``method`` parameters listing the loaded model's methods (built again once
        the model is loaded, if asked before)."""
        if app.openapi_schema is None:
            schema = FastAPI.openapi(app)
            if svc.engine is None:
                app.openapi_schema = None
            else:
                _list_methods(schema, svc.engine)
            return schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    install_docs(app, app.title)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes, timeout=settings.body_timeout_s)
    app.add_middleware(RequestMetrics, metrics=svc.metrics)
    app.add_middleware(ResponseGuard)  # outermost: its headers and request id are on every answer, 500s included

    def k_query() -> Any:  # the bound declared is the one Engine.check_k enforces (settings.max_k)
        return Query(10, ge=1, le=settings.max_k, description=f"How many items: 1 to {settings.max_k} (the "
                     "server's max_k), and at most the model's number of items (a larger k is refused with 422)")

    limiter = RateLimiter(settings.rate_limit_rps, settings.rate_limit_burst)

    def limit(request: Request, key: str | None) -> None:
        """429 when the client (its accepted key, else its address) is over the rate limit."""
        if key:
            limiter.check(("key", settings.keys.digest(key)), "this API key")
        else:
            limiter.check(("addr", request.client.host if request.client else ""), "this client address")

    def need(scope: str, open_: bool = False) -> tuple[list[Any], tuple[int, ...]]:
        """The ``dependencies=`` of a route that needs a key with ``scope`` (none when ``open_``: then only the
        rate limit, by the key when one of the server's is sent, else by the client's address), and the statuses
        that check adds to its ``responses=``. The key's scopes are left in ``request.state.scopes``."""
        if open_:

            def open_check(request: Request) -> None:
                key = request.headers.get("x-api-key")
                scopes = settings.keys.scopes(key)
                request.state.scopes = scopes or frozenset()
                limit(request, key if scopes is not None else None)

            return [Depends(open_check)], (429,)

        def check(request: Request, key: Annotated[str | None, Security(_key_header)] = None) -> None:
            keys = settings.keys
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
            limit(request, key)

        return [Depends(check)], (401, 403, 429)

    read_deps, read_st = need("read", settings.public_reads)
    reads = error_responses(*read_st, 422, 503)
    admin_deps, admin_st = need("admin")
    metrics_deps, metrics_st = need("admin", settings.public_metrics)
    ingest_deps, ingest_st = need("ingest")
    catalogue_deps, catalogue_st = need("catalogue")
    erase_deps, erase_st = need("erase")

    # ------------------------------------------------------------ health
    @app.get("/healthz", tags=["health"], responses=error_responses())
    def healthz() -> Any:
        """The process is up."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], responses=error_responses(503))
    def readyz() -> Any:
        """The model is loaded and the store answers."""
        engine = svc.ready()
        try:
            version = svc.store.schema_version()
        except Exception as e:  # noqa: BLE001 - any database failure means not ready
            raise ApiError(
                503, "store_unavailable", f"the store does not answer ({e})", fix="check the database"
            ) from e
        return {"status": "ready", "model": engine.model_name, "schema_version": version, "items": engine.n_items,
                "precompute": engine.precomputer.progress() if settings.precompute else None}

    @app.get("/metrics", tags=["health"], response_class=PlainTextResponse, dependencies=metrics_deps,
             responses=error_responses(*metrics_st, plain_route=True))  # fmt: skip
    def metrics() -> Any:
        """Request counts and latency histograms in the Prometheus text format."""
        if svc.engine is not None:
            for name, value in svc.engine.stats().items():
                svc.metrics.set_counter(name, name.replace("_", " ") + " since start", value)
        return PlainTextResponse(svc.metrics.render(), media_type=CONTENT_TYPE)

    # ------------------------------------------------------------ users
    @app.get("/v1/users", tags=["users"], dependencies=admin_deps, responses=error_responses(*admin_st, 422, 503))
    def list_users(
        limit: Annotated[int, Query(ge=1, le=1000)] = 50, offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0
    ) -> Any:
        """User ids with events or a profile, sorted, a page at a time."""
        svc.ready()
        return {"users": svc.store.users(limit, offset), "total": svc.users_total()}

    @app.get("/v1/users/{user_id}/history", tags=["users"], dependencies=read_deps,
             responses=error_responses(*read_st, 410, 422, 503))  # fmt: skip
    def history(user_id: UserId, limit: Annotated[int, Query(ge=1, le=1000)] = 20) -> Any:
        """The user's latest events, newest last, with item titles (410 for an erased user)."""
        engine = svc.ready()
        engine.check_not_erased(user_id)
        events = svc.store.user_events(user_id, limit=limit)
        info = engine.summaries([e["item"] for e in events])
        return {
            "user": user_id,
            "items": [
                {"item": e["item"], **info[e["item"]], "timestamp": e["timestamp"], "event": e["event"]} for e in events
            ],
        }

    @app.get("/v1/users/{user_id}/recommendations", tags=["recommendations"], dependencies=read_deps,
             responses=error_responses(*read_st, 410, 422, 503))  # fmt: skip
    async def recommendations(
        request: Request,
        user_id: UserId,
        k: int = k_query(),
        explain: bool = True,
        narrate: bool = False,
        lang: Lang = "en",
        method: Method = "",
    ) -> Any:
        """Top-k items with score, rank, evidence and (``narrate=true``) a fact-checked reason.

        An unknown user gets cold-start recommendations (the most popular
        items) with popularity evidence; an erased user (``DELETE
        /v1/users/{user_id}``) 410. A new event of the user changes the next
        answer.
        """
        engine = svc.ready()
        if explain:
            check_cost(method, k, settings.expensive_max_k, _admin(request))
        body = engine.kept_answer(user_id, k, explain, narrate, lang, method)  # a look-up: here, on the event loop
        if body is None:
            body = await anyio.to_thread.run_sync(engine.answer, user_id, k, explain, narrate, lang, method)
        return Response(body, media_type="application/json")

    @app.get("/v1/users/{user_id}/explanations/{item_id}", tags=["recommendations"], dependencies=read_deps,
             responses=error_responses(*read_st, 404, 410, 422, 503))  # fmt: skip
    def explanation(
        request: Request,
        user_id: UserId,
        item_id: ItemId,
        method: Method = "",
        k: int = k_query(),
        narrate: bool = False,
        lang: Lang = "en",
    ) -> Any:
        """Why ``item_id`` is recommended to the user, or for an item outside the top-k, why not (a verified
        counterfactual: which history items, removed, would bring it in)."""
        t0 = time.perf_counter()
        engine = svc.ready()
        k = engine.check_k(k)
        if method:
            engine.check_method(False, method)  # a method no user can have is 422, before an erased user's 410
            check_cost(method, k, settings.expensive_max_k, _admin(request))
        view = engine.view(user_id)
        i = engine.item_position(item_id)
        rank = engine.rank(view, i)
        in_top = rank is not None and rank <= k
        chosen = _explanation_method(engine, view, method or None, rank, in_top, k)
        expl = engine.explain(view, item_id, chosen, k=k)
        reason = engine.reason(expl, lang) if narrate else None
        return {
            "user": user_id,
            "item": item_id,
            **engine.summaries([item_id])[item_id],
            "known": view.known,
            "cold_start": not view.personal,
            "rank": rank,
            "k": k,
            "in_top_k": in_top,
            "in_history": rank is None,
            "ms": (time.perf_counter() - t0) * 1000.0,
            "explanation": expl,
            "reason": reason,
        }

    @app.delete("/v1/users/{user_id}", tags=["users"], dependencies=erase_deps,
                responses=error_responses(*erase_st, 404, 410, 422, 503))  # fmt: skip
    def delete_user(user_id: UserId) -> Any:
        """Erase the user: remove their events and profile, keep only a keyed tombstone, and rebuild the database
        file so that no copy of the rows is left. Afterwards every route about the user answers 410, and their
        events (``POST /v1/events``, a re-import of the data) are refused or skipped. An unknown user is 404, an
        erased one 410."""
        engine = svc.ready()
        if svc.store.is_forgotten(user_id):
            raise erased_error(user_id)
        if not svc.store.has_user(user_id) and user_id not in engine.user_index:
            raise ApiError(
                404,
                "unknown_user",
                f"unknown user id {user_id!r}: no event, profile or model data of this user to erase",
                fix="check the id (GET /v1/users lists the users)",
                field="user_id",
                value=user_id,
            )
        deleted = svc.store.delete_user(user_id)
        if user_id in engine.user_index and not record_erasure(svc.settings.model_dir, svc.store, user_id):
            log.warning("could not add the erasure to %s/%s: a new database on this folder would not know it",
                        svc.settings.model_dir, LEDGER_FILE)
        engine.user_deleted(user_id)
        svc.written()
        svc.metrics.inc("users_deleted", "users deleted")
        return {"deleted": deleted}

    # ------------------------------------------------------------ events and items
    @app.post("/v1/events", tags=["events"], dependencies=ingest_deps,
              responses=error_responses(*ingest_st, 400, 408, 409, 410, 413, 422, 503))  # fmt: skip
    def post_events(batch: EventBatch) -> Any:
        """Append a batch of events (all or nothing). An event whose ``event_id`` is stored, with the same content,
        is counted as a duplicate; with other content (user, item, event, rating or a given timestamp), the batch is
        refused with 409 and nothing is stored. A batch with an event of an erased user is refused with 410
        (``user_erased``, naming the event) and nothing is stored."""
        engine = svc.ready()
        n = len(batch.events)
        if n > settings.max_batch:
            raise ApiError(
                413,
                "batch_too_large",
                f"the batch has {n} events; at most {settings.max_batch} are accepted per request",
                fix=f"split the events into batches of at most {settings.max_batch}",
                field="events",
                value=n,
            )
        events = [e.model_dump(exclude_none=True) for e in batch.events]
        result = svc.store.add_events(events)
        engine.events_written(sorted({e["user"] for e in events}))
        svc.written()
        svc.metrics.inc("events_accepted", "events stored", result["accepted"])
        svc.metrics.inc("events_duplicate", "events skipped as already stored", result["duplicates"])
        return result

    @app.put("/v1/items/{item_id}", tags=["items"], dependencies=catalogue_deps,
             responses=error_responses(*catalogue_st, 400, 408, 413, 422, 503))  # fmt: skip
    def put_item(item_id: ItemId, body: ItemIn) -> Any:
        """Create or replace a catalogue item."""
        engine = svc.ready()
        attributes = body.attributes()
        bad = lone_surrogate(attributes)
        if bad is not None:
            raise ApiError(
                422,
                "invalid_text",
                f"{bad} holds a lone UTF-16 surrogate (an escape such as \\udfff without its pair), which is not "
                "Unicode text",
                fix=f"send {bad} as valid Unicode text (a character outside the BMP as a surrogate pair, or as itself)",
                field=bad,
            )
        item = svc.store.upsert_item(item_id, attributes)
        engine.item_changed(item_id)
        return {**item, "in_model": item_id in engine.item_index}

    @app.get("/v1/items/{item_id}", tags=["items"], dependencies=read_deps,
             responses=error_responses(*read_st, 404, 422, 503))  # fmt: skip
    def get_item(item_id: ItemId) -> Any:
        """One catalogue item and its attributes."""
        engine = svc.ready()
        item = svc.store.get_item(item_id)
        if item is None:
            raise ApiError(
                404,
                "unknown_item",
                f"unknown item id {item_id!r}",
                fix="search the catalogue with GET /v1/items?q=<words>, or add the item with PUT /v1/items/{item_id}",
                field="item_id",
                value=item_id,
            )
        return {**item, "in_model": item_id in engine.item_index}

    @app.get("/v1/items", tags=["items"], dependencies=read_deps, responses=reads)
    def search_items(
        q: Annotated[str, Query(max_length=200)] = "", limit: Annotated[int, Query(ge=1, le=200)] = 20
    ) -> Any:
        """Catalogue items whose title or id contains ``q`` (case-insensitive)."""
        svc.ready()
        return {"items": svc.store.search_items(q.strip(), limit)}

    # ------------------------------------------------------------ map
    @app.get("/v1/map", tags=["recommendations"], dependencies=read_deps,
             responses=error_responses(*read_st, 404, 410, 422, 503))  # fmt: skip
    def embedding_map(
        user: Annotated[str | None, Query(pattern=ID_PATTERN, description=f"A user id: {_ID_DOC}")] = None,
        k: int = k_query(),
    ) -> Any:
        """t-SNE map of the model's item vectors, with the user's history and recommendations marked."""
        engine = svc.ready()
        emap = svc.map
        if emap is None or not emap.available:
            raise ApiError(
                404,
                "no_item_vectors",
                f"{engine.model_name} has no item vectors to map",
                fix="serve a model that learns item vectors (SASRec, EASE, ItemKNN, BPR-MF)",
            )
        if not emap.wait(MAP_WAIT):
            raise ApiError(503, "map_not_ready", "the embedding map is still being computed", fix="retry in a minute")
        if emap.error is not None:
            raise ApiError(503, "map_failed", f"the embedding map could not be computed ({emap.error})",
                           fix="check the server log")  # fmt: skip
        history: list[str] = []
        recommended: list[str] = []
        if user is not None:
            k = engine.check_k(k)
            view = engine.view(user)
            seen: dict[str, None] = {}
            for j in view.state.items[::-1].tolist():
                seen.setdefault(str(engine.item_ids[j]), None)
            history = list(seen)[:MAP_HISTORY]
            recommended = [r[0] for r in engine.recommend(view, engine.check_k(k))]
        extra = engine.on_model_thread(emap.locate, history + recommended, engine.item_index)
        return {"points": emap.points + extra, "history": history, "recommended": recommended}

    if STATIC_DIR.is_dir():
        app.mount("/", PageFiles(directory=STATIC_DIR, html=True, routes=app.router.routes), name="static")
    return app


class PageFiles(StaticFiles):
    """The web page's files, mounted at ``/``; a request for an API path with a method it lacks is answered 405
    with that path's methods in ``Allow`` (the mount would otherwise take it for a file name: 404)."""

    def __init__(self, *, routes: list[Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.routes = routes

    async def get_response(self, path: str, scope: Any) -> Response:
        """405 for an API path, else the file."""
        allowed: set[str] = set()
        for route in self.routes:
            if isinstance(route, APIRoute) and route.matches(scope)[0] is Match.PARTIAL:
                allowed |= route.methods  # type: ignore[arg-type]  # FastAPI types it Optional; an APIRoute's is set
        if allowed:
            raise StarletteHTTPException(405, headers={"Allow": ", ".join(sorted(allowed))})
        return await super().get_response(path, scope)


def _admin(request: Request) -> bool:
    """Whether the request's key (checked by the route's dependency) has the ``admin`` scope."""
    return "admin" in getattr(request.state, "scopes", frozenset())


def _list_methods(schema: dict[str, Any], engine: Engine) -> None:
    """Put the methods ``engine`` explains with as the ``enum`` of the ``method`` query parameters of ``schema``."""
    served = list(dict.fromkeys(["popularity", *engine.methods]))
    for path, extra in (("/v1/users/{user_id}/recommendations", []),
                        ("/v1/users/{user_id}/explanations/{item_id}", [WHY_NOT])):  # fmt: skip
        for param in schema["paths"][path]["get"]["parameters"]:
            if param["name"] == "method":
                param["schema"]["enum"] = ["", *served, *extra]


def _explanation_method(engine: Engine, view: View, method: str | None, rank: int | None, in_top: bool, k: int) -> str:
    """The method for one item: the asked one, else why-not outside the top-k, else the default."""
    if method is None:
        if view.personal and rank is not None and not in_top and "counterfactual" in engine.methods:
            return WHY_NOT
        return engine.check_method(view.personal, None)
    chosen = engine.check_method(view.personal, method)
    if chosen in (WHY_NOT, "counterfactual") and view.personal:
        if rank is None:
            raise ApiError(
                422,
                "item_in_history",
                "the item is in the user's history, so no counterfactual of it exists",
                fix="pick an item the user has not bought, or leave method out",
                field="item_id",
            )
        if chosen == WHY_NOT and in_top:
            raise ApiError(
                422,
                "item_in_top_k",
                f"the item ranks {rank}, inside the top-{k}: there is no 'why not' to explain",
                fix="leave method out (or ask method=counterfactual: which history items it rests on)",
                field="method",
                value=method,
            )
        if chosen == "counterfactual" and not in_top:
            return WHY_NOT
    return chosen
