"""The catalogue's embedding map for ``GET /v1/map``: t-SNE of the model's item vectors, computed once.

The projection is :func:`whyrec.viz.embedding_map`'s (its ``whyrec_points``
table: the same t-SNE, subsample and colour groups as the figures), run once
in a background thread at start-up or on first request. A user's history
and recommendations are then marked by id. Items left out of the subsample
(catalogues larger than ``max_items``) are placed at their nearest mapped
neighbour by cosine similarity of the item vectors, and marked
``"approx": true``. ``category`` is the item's own category, ``group`` the map's colour
group (the department when there are too many categories to colour).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import numpy as np

log = logging.getLogger("whyrec.service")


class EmbeddingMap:
    """One t-SNE map of a model's item vectors (``available`` is False when the model has none)."""

    def __init__(self, model: Any, dataset: Any, *, max_items: int = 3000, seed: int = 0) -> None:
        self.model = model
        self.dataset = dataset
        self.max_items = int(max_items)
        self.seed = int(seed)
        self._done = threading.Event()
        self._started = False
        self._lock = threading.Lock()
        self.points: list[dict[str, Any]] = []
        self.error: str | None = None
        self._pos: dict[str, int] = {}
        self._unit: np.ndarray | None = None
        self._mapped: np.ndarray | None = None

    @property
    def available(self) -> bool:
        """Whether the model has item vectors to map."""
        try:
            return self.model.item_embeddings() is not None
        except Exception:  # noqa: BLE001 - a model that cannot give vectors has no map
            return False

    def start(self) -> None:
        """Compute the map in a background thread (once)."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._compute, name="whyrec-map", daemon=True).start()

    def wait(self, timeout: float) -> bool:
        """Start if needed and wait up to ``timeout`` seconds; True when the map is ready (or failed)."""
        self.start()
        return self._done.wait(timeout)

    def _compute(self) -> None:
        try:
            from whyrec.viz import embedding_map

            items = self.dataset.items
            color_by = "category" if items is not None and "category" in items.columns else None
            fig = embedding_map(self.model, self.dataset, color_by=color_by, max_items=self.max_items, seed=self.seed)
            table = fig.whyrec_points  # type: ignore[attr-defined]
            index = {str(x): i for i, x in enumerate(self.model.item_ids_)}
            categories = items["category"].tolist() if color_by else None
            self.points = [
                {
                    "item": str(r.item),
                    "x": float(r.x),
                    "y": float(r.y),
                    "category": categories[index[str(r.item)]] if categories else None,
                    "group": None if r.group is None else str(r.group),
                    "title": r.title,
                }
                for r in table.itertuples(index=False)
            ]
            self._pos = {p["item"]: j for j, p in enumerate(self.points)}
            emb = np.asarray(self.model.item_embeddings(), dtype=np.float64)
            norms = np.linalg.norm(emb, axis=1, keepdims=True)
            self._unit = np.divide(emb, norms, out=np.zeros_like(emb), where=norms > 0)
            self._mapped = np.array([index[p["item"]] for p in self.points], dtype=np.int64)
        except Exception as e:  # noqa: BLE001 - reported to the client as a clear error
            self.error = f"{type(e).__name__}: {e}"
            log.warning("embedding map failed: %s", self.error)
        finally:
            self._done.set()

    def locate(self, items: list[str], item_index: dict[str, int]) -> list[dict[str, Any]]:
        """Points for ``items`` that are not on the map: at their nearest mapped neighbour, marked approximate."""
        extra: list[dict[str, Any]] = []
        if self._unit is None or self._mapped is None:
            return extra
        for it in items:
            if it in self._pos or it not in item_index:
                continue
            sims = self._unit[self._mapped] @ self._unit[item_index[it]]
            near = self.points[int(np.argmax(sims))]
            title = self.dataset.item_title(item_index[it])
            category = near["category"]
            if self.dataset.items is not None and "category" in self.dataset.items.columns:
                category = self.dataset.items["category"].iloc[item_index[it]]
            extra.append({**near, "item": it, "title": title, "category": category, "approx": True})
            self._pos.setdefault(it, -1)
        return extra
