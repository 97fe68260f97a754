"""The user routes: the user list, a history, recommendations, explanations and erasure."""

from __future__ import annotations

import logging
import time
from typing import Annotated, Any

import anyio
from fastapi import Query, Request
from fastapi.responses import Response

from whyrec.erasure import LEDGER_FILE, record_erasure
from whyrec.service.answers import Deleted, ExplanationAnswer, HistoryAnswer, Recommendations, UserList
from whyrec.service.deps import MAX_OFFSET, ItemId, Lang, Method, UserId, is_admin
from whyrec.service.engine import WHY_NOT, Engine, View
from whyrec.service.errors import ApiError, erased_error, error_responses
from whyrec.service.limits import check_cost
from whyrec.service.routes import RouteContext

log = logging.getLogger("whyrec.service")


def add_routes(ctx: RouteContext) -> None:
    """Add these routes to ``ctx.app`` (in the order of the API document): the user list and a history, the
    recommendations and explanations, and erasure."""
    _add_user_reads(ctx)
    _add_recommendations(ctx)
    _add_erasure(ctx)


def _add_user_reads(ctx: RouteContext) -> None:
    app, svc = ctx.app, ctx.svc
    read_deps, read_st = ctx.access.routes["read"]
    admin_deps, admin_st = ctx.access.routes["admin"]

    # ------------------------------------------------------------ users
    @app.get("/v1/users", tags=["users"], dependencies=admin_deps, response_model=UserList,
             responses=error_responses(*admin_st, 422, 503))  # fmt: skip
    def list_users(
        limit: Annotated[int, Query(ge=1, le=1000)] = 50, offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0
    ) -> Any:
        """User ids with events or a profile, sorted, a page at a time."""
        svc.ready()
        return {"users": svc.store.users(limit, offset), "total": svc.users_total()}

    @app.get("/v1/users/{user_id}/history", tags=["users"], dependencies=read_deps, response_model=HistoryAnswer,
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


def _add_recommendations(ctx: RouteContext) -> None:
    app, svc, settings = ctx.app, ctx.svc, ctx.svc.settings
    k_query = ctx.access.k_query
    read_deps, read_st = ctx.access.routes["read"]

    @app.get("/v1/users/{user_id}/recommendations", tags=["recommendations"], dependencies=read_deps,
             response_class=Response, responses={200: {"model": Recommendations, "description": "The answer"},
                                                 **error_responses(*read_st, 410, 422, 503)})  # fmt: skip
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
            check_cost(method, k, settings.expensive_max_k, is_admin(request))
        body = engine.kept_answer(user_id, k, explain, narrate, lang, method)  # a look-up: here, on the event loop
        if body is None:
            body = await anyio.to_thread.run_sync(engine.answer, user_id, k, explain, narrate, lang, method)
        return Response(body, media_type="application/json")

    @app.get("/v1/users/{user_id}/explanations/{item_id}", tags=["recommendations"], dependencies=read_deps,
             response_model=ExplanationAnswer, responses=error_responses(*read_st, 404, 410, 422, 503))  # fmt: skip
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
            check_cost(method, k, settings.expensive_max_k, is_admin(request))
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


def _add_erasure(ctx: RouteContext) -> None:
    app, svc = ctx.app, ctx.svc
    erase_deps, erase_st = ctx.access.routes["erase"]

    @app.delete("/v1/users/{user_id}", tags=["users"], dependencies=erase_deps, response_model=Deleted,
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

