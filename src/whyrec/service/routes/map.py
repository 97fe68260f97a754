"""The t-SNE map of the item vectors: GET /v1/map."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

from whyrec.service.answers import MapAnswer
from whyrec.service.deps import ID_DOC
from whyrec.service.errors import ApiError, error_responses
from whyrec.service.routes import RouteContext
from whyrec.service.schemas import ID_PATTERN

#: seconds GET /v1/map waits for the map being computed before answering 503
MAP_WAIT = 60.0
#: history items marked on the map
MAP_HISTORY = 50


def add_routes(ctx: RouteContext) -> None:
    """Add these routes to ``ctx.app`` (in the order of the API document)."""
    app, svc, access = ctx.app, ctx.svc, ctx.access
    k_query = access.k_query
    read_deps, read_st = access.routes["read"]

    # ------------------------------------------------------------ map
    @app.get("/v1/map", tags=["recommendations"], dependencies=read_deps, response_model=MapAnswer,
             responses=error_responses(*read_st, 404, 410, 422, 503))  # fmt: skip
    def embedding_map(
        user: Annotated[str | None, Query(pattern=ID_PATTERN, description=f"A user id: {ID_DOC}")] = None,
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

