"""The routes of the API, a module per group; :func:`add_all` adds them to an app in the document's order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from whyrec.service.app import Service
    from whyrec.service.deps import Access


@dataclass
class RouteContext:
    """What a route module needs: the app to add to, the service (settings, store, engine) and the access checks."""

    app: FastAPI
    svc: Service
    access: Access


def add_all(ctx: RouteContext) -> None:
    """Add every route group to ``ctx.app``: health, users, events and items, the map, credit decisions."""
    from whyrec.service.routes import catalogue, credit, health, map, users

    for group in (health, users, catalogue, map, credit):
        group.add_routes(ctx)
