"""Health and metrics: /healthz, /readyz, /metrics."""

from __future__ import annotations

from typing import Any

from fastapi.responses import PlainTextResponse

from whyrec.service.answers import Health, Ready
from whyrec.service.errors import ApiError, error_responses
from whyrec.service.metrics import CONTENT_TYPE
from whyrec.service.routes import RouteContext


def add_routes(ctx: RouteContext) -> None:
    """Add these routes to ``ctx.app`` (in the order of the API document)."""
    app, svc, settings, access = ctx.app, ctx.svc, ctx.svc.settings, ctx.access
    metrics_deps, metrics_st = access.routes["metrics"]

    # ------------------------------------------------------------ health
    @app.get("/healthz", tags=["health"], response_model=Health, responses=error_responses())
    def healthz() -> Any:
        """The process is up."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], response_model=Ready, responses=error_responses(503))
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
                "precompute": engine.precomputer.progress() if settings.precompute else None,
                "prebuilt": engine.prebuilt}

    @app.get("/metrics", tags=["health"], response_class=PlainTextResponse, dependencies=metrics_deps,
             responses=error_responses(*metrics_st, plain_route=True))  # fmt: skip
    def metrics() -> Any:
        """Request counts and latency histograms in the Prometheus text format."""
        if svc.engine is not None:
            for name, value in svc.engine.stats().items():
                svc.metrics.set_counter(name, name.replace("_", " ") + " since start", value)
        return PlainTextResponse(svc.metrics.render(), media_type=CONTENT_TYPE)

