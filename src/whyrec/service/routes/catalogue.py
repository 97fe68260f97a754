"""Events in and the catalogue: POST /v1/events, PUT / GET /v1/items."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

from whyrec.service.answers import EventsStored, Item, ItemList
from whyrec.service.deps import ItemId
from whyrec.service.errors import ApiError, error_responses
from whyrec.service.routes import RouteContext
from whyrec.service.schemas import EventBatch, ItemIn, lone_surrogate


def add_routes(ctx: RouteContext) -> None:
    """Add these routes to ``ctx.app`` (in the order of the API document)."""
    app, svc, settings, access = ctx.app, ctx.svc, ctx.svc.settings, ctx.access
    read_deps, read_st = access.routes["read"]
    ingest_deps, ingest_st = access.routes["ingest"]
    catalogue_deps, catalogue_st = access.routes["catalogue"]
    reads = error_responses(*read_st, 422, 503)

    # ------------------------------------------------------------ events and items
    @app.post("/v1/events", tags=["events"], dependencies=ingest_deps, response_model=EventsStored,
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

    @app.put("/v1/items/{item_id}", tags=["items"], dependencies=catalogue_deps, response_model=Item,
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

    @app.get("/v1/items/{item_id}", tags=["items"], dependencies=read_deps, response_model=Item,
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

    @app.get("/v1/items", tags=["items"], dependencies=read_deps, response_model=ItemList, responses=reads)
    def search_items(
        q: Annotated[str, Query(max_length=200)] = "", limit: Annotated[int, Query(ge=1, le=200)] = 20
    ) -> Any:
        """Catalogue items whose title or id contains ``q`` (case-insensitive)."""
        svc.ready()
        return {"items": svc.store.search_items(q.strip(), limit)}

