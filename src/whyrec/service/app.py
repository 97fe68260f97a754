"""The FastAPI application: :func:`create_app` builds it; its lifespan loads the model, store and explainers.

Importing this module starts nothing. ``create_app(settings)`` returns an
app whose start-up (the lifespan) opens the model folder with
:func:`whyrec.runs.open_run`, migrates the store (and imports the model's
data into an empty one), builds the :class:`~whyrec.service.engine.Engine`,
starts the embedding map and, with ``settings.credit_dir``, opens the credit
run (:class:`~whyrec.service.credit.CreditDesk`). The routes live in
:mod:`whyrec.service.routes` (a module per group) and their shared checks in
:mod:`whyrec.service.deps`;
they are thin: they check input, call the engine or the store, and shape the
JSON of the contract in ``notes/contracts.md`` (also at ``/docs``).
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI
from fastapi.responses import Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from whyrec.service.credit import CreditDesk, no_credit_run
from whyrec.service.deps import ID_DOC, Access
from whyrec.service.embedding_map import EmbeddingMap
from whyrec.service.engine import WHY_NOT, Engine, open_store
from whyrec.service.errors import ApiError, Json, install
from whyrec.service.metrics import Metrics
from whyrec.service.middleware import PATH_LOGGERS, BodyLimit, RequestMetrics, UserPseudonyms
from whyrec.service.responses import settle_memory
from whyrec.service.routes import RouteContext, add_all
from whyrec.service.security import ResponseGuard, install_docs
from whyrec.service.settings import Settings

log = logging.getLogger("whyrec.service")

STATIC_DIR = Path(__file__).parent / "static"


class Service:
    """What the lifespan builds: settings, run, store, engine, map, metrics and the credit desk (or None)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.metrics = Metrics()
        self.run: Any = None
        self.store: Any = None
        self.engine: Engine | None = None
        self.map: EmbeddingMap | None = None
        self.credit: CreditDesk | None = None
        self.error: str | None = None
        self._users_total: tuple[float, int] | None = None

    def load(self) -> None:
        """Open the model folder and the store, import the data into an empty store, build the engine; open the
        credit run of ``settings.credit_dir`` (when given)."""
        from whyrec.runs import open_run

        s = self.settings
        t0 = time.perf_counter()
        if s.credit_dir is not None:  # first: a folder that is no credit run stops the start at once
            self.credit = CreditDesk.open(s.credit_dir)
            log.info("credit run %s: %d applicants (%s)", s.credit_dir, self.credit.n,
                     self.credit.run.info.get("model"))  # fmt: skip
        self.run = open_run(s.model_dir, store=s.db_url)
        self.store, counts = open_store(s, lambda: self.run.dataset)
        if counts is not None:
            log.info("imported %s into %s: %s", self.run.dataset.name, self.store.safe_url, counts)
        metrics = self.run.info.get("test_metrics") or {}
        self.store.record_model(type(self.run.model).__name__, str(Path(s.model_dir).resolve()), metrics)
        engine = Engine(self.run, self.store, s)
        engine.warm_up()
        if s.answers_file is not None:  # before precompute: it then computes only the answers missing
            from whyrec.service.prebuilt import load_answers

            engine.prebuilt = load_answers(engine, s.answers_file)
            log.info("answers file %s: %s", s.answers_file, engine.prebuilt)
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
        """The engine (with the catalogue writes of other processes on a shared store taken in), or ApiError 503
        while starting."""
        if self.engine is None:
            raise self._not_ready()
        self.engine.sync_catalogue()
        return self.engine

    def _not_ready(self) -> ApiError:
        return ApiError(503, "not_ready", self.error or "the service is still starting", fix="retry in a few seconds")

    def credit_desk(self) -> CreditDesk:
        """The credit run's desk; ApiError 503 while starting, 404 ``no_credit_run`` when the server was started
        without one. (The credit routes read no catalogue, so unlike :meth:`ready` nothing is synced.)"""
        if self.engine is None:
            raise self._not_ready()
        if self.credit is None:
            raise no_credit_run()
        return self.credit

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
        f"User and item ids are {ID_DOC}: ids are compared byte for byte, so no two spellings ever reach one user. "
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

    add_all(RouteContext(app, svc, Access(settings)))  # the routes, group by group (service/routes/)

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


def _list_methods(schema: dict[str, Any], engine: Engine) -> None:
    """Put the methods ``engine`` explains with as the ``enum`` of the ``method`` query parameters of ``schema``."""
    served = list(dict.fromkeys(["popularity", *engine.methods]))
    for path, extra in (("/v1/users/{user_id}/recommendations", []),
                        ("/v1/users/{user_id}/explanations/{item_id}", [WHY_NOT])):  # fmt: skip
        for param in schema["paths"][path]["get"]["parameters"]:
            if param["name"] == "method":
                param["schema"]["enum"] = ["", *served, *extra]
