"""Facts: the claim-worthy part of an :class:`~whyrec.explain.Explanation`, with catalogue attributes attached.

A narrator writes from a :class:`Facts` record and the fact checker checks
the text against the same record, so a sentence can only be supported by what
the evidence says. :func:`facts_from` keeps only evidence that supports a
"because": history items and features with a positive weight, verified
counterfactuals, co-occurrence neighbours, popularity and content similarity;
each item gets its title, brand, category and price from the catalogue when
the catalogue has them.
"""

from __future__ import annotations

import json
import math
import re
import weakref
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from whyrec.data.dataset import Dataset, is_missing
from whyrec.errors import check_int
from whyrec.explain.evidence import Counterfactual, Evidence, Explanation, Feature, Neighbour, Popularity

__all__ = ["LANGS", "VERBS", "Facts", "event_verb", "ItemFacts", "ItemLookup", "facts_from", "item_lookup"]

#: the languages whyrec narrates and checks in
LANGS: tuple[str, ...] = ("en", "zh")
#: the event verbs a reason may use: the shopper ``bought`` items, or ``rated`` them (ratings data)
VERBS: tuple[str, ...] = ("bought", "rated")

#: Feature fields that are model internals or raw identifiers, never a reason a shopper can read
INTERNAL_FIELDS = frozenset({"item_bias", "user_bias", "residual", "bias", "item_id", "user_id", "item", "user"})
#: evidence kinds that carry content similarity (issue 6); read by attribute, so no import is needed
SIMILAR_KINDS = frozenset({"similar", "similar_item", "content_similarity", "content"})


def _text(v: Any) -> str | None:
    if v is None or is_missing(v):
        return None
    s = str(v).strip()
    return s or None


def _price(v: Any) -> float | None:
    """A price as a float: numbers, or strings like "$10.00" / "1,299.00"; None for ranges, text and NaN."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, str):
        v = re.sub(r"^\s*(?:US\$|\$|USD|EUR|€|£)\s*", "", v).replace(",", "").strip()
    try:
        p = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(p) or math.isinf(p) else p


@dataclass(frozen=True)
class ItemFacts:
    """One catalogue item as a narrator may name it: id, title, brand, category, price (None when unknown)."""

    item: str
    title: str | None = None
    brand: str | None = None
    category: str | None = None
    price: float | None = None

    @property
    def name(self) -> str:
        """The title; ``item <id>`` when the catalogue has none (or only repeats the id: Amazon Beauty in S3-Rec
        form has no titles), so that a text never names a product by a bare number, which a reader and the fact
        checker would take for a count. A hostile title (a link, a contact, an instruction, a request or advice:
        :func:`whyrec.narrate.factcheck.untrusted.hostile`) is never a name either: the item is then
        ``item <id>`` too, in the prompt, the grammar, the template and the checker alike."""
        if not self.title or self.title == self.item:
            return f"item {self.item}"
        from whyrec.narrate.factcheck.untrusted import hostile, neutral_label

        if hostile(self.title, self.brand) is not None:
            return neutral_label(self.item)
        return self.title

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"item": self.item, "title": self.title, "brand": self.brand, "category": self.category,
                "price": self.price}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ItemFacts:
        """Rebuild from :meth:`to_dict` output."""
        if "item" not in d:
            raise ValueError(f"item facts need an 'item' key; got keys {sorted(d)}")
        return cls(str(d["item"]), _text(d.get("title")), _text(d.get("brand")), _text(d.get("category")),
                   _price(d.get("price")))


@dataclass
class Facts:
    """What may be said about why ``item`` is recommended to ``user``.

    ``history``: (history item, weight), top first, positive weights only;
    ``features``: (field, value, weight), top first, positive weights only;
    ``counterfactual``: ``{"removed": [ItemFacts dict ...], "new_rank", "old_rank", "k", "mode"}``
    (verified counterfactuals only) or None; ``neighbours``: (history item,
    number of users who bought both); ``popularity``: (interactions,
    rank in the catalogue, 1 = most popular) or None; ``similar``: (history
    item, cosine similarity, shared words) from content similarity; ``verb``:
    what the shopper did with history items, ``bought`` or ``rated``
    (:func:`event_verb` of the dataset).
    """

    user: str
    item: ItemFacts
    rank: int | None
    method: str
    history: list[tuple[ItemFacts, float]] = field(default_factory=list)
    features: list[tuple[str, Any, float]] = field(default_factory=list)
    counterfactual: dict[str, Any] | None = None
    neighbours: list[tuple[ItemFacts, int]] = field(default_factory=list)
    popularity: tuple[int, int] | None = None
    similar: list[tuple[ItemFacts, float, list[str]]] = field(default_factory=list)
    verb: str = "bought"

    # ------------------------------------------------------------ views
    def evidence_items(self) -> list[ItemFacts]:
        """Every item the evidence names except the recommended one (history, counterfactual, neighbours, similar)."""
        out: dict[str, ItemFacts] = {}
        for it, _ in self.history:
            out.setdefault(it.item, it)
        for it in self.counterfactual_items():
            out.setdefault(it.item, it)
        for it, _ in self.neighbours:
            out.setdefault(it.item, it)
        for it, _, _ in self.similar:
            out.setdefault(it.item, it)
        return list(out.values())

    def counterfactual_items(self) -> list[ItemFacts]:
        """The history items whose removal changes the recommendation (empty without a counterfactual)."""
        if not self.counterfactual:
            return []
        return [ItemFacts.from_dict(d) for d in self.counterfactual.get("removed", [])]

    def kinds(self) -> list[str]:
        """The evidence kinds present: history, feature, counterfactual, neighbour, popularity, similar."""
        out = []
        if self.history:
            out.append("history")
        if self.features:
            out.append("feature")
        if self.counterfactual:
            out.append("counterfactual")
        if self.neighbours:
            out.append("neighbour")
        if self.popularity is not None:
            out.append("popularity")
        if self.similar:
            out.append("similar")
        return out

    def is_empty(self) -> bool:
        """True when there is no evidence to narrate."""
        return not self.kinds()

    # ------------------------------------------------------------ JSON
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (round-trips through :meth:`from_dict`)."""
        return {
            "user": self.user,
            "item": self.item.to_dict(),
            "rank": self.rank,
            "method": self.method,
            "history": [[it.to_dict(), float(w)] for it, w in self.history],
            "features": [[str(f), _jsonable(v), float(w)] for f, v, w in self.features],
            "counterfactual": None if self.counterfactual is None else dict(self.counterfactual),
            "neighbours": [[it.to_dict(), int(c)] for it, c in self.neighbours],
            "popularity": None if self.popularity is None else [int(x) for x in self.popularity],
            "similar": [[it.to_dict(), float(s), [str(w) for w in words]] for it, s, words in self.similar],
            "verb": self.verb,
        }

    def to_json(self) -> str:
        """The facts as canonical JSON (sorted keys): a stable key for caches."""
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, allow_nan=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Facts:
        """Rebuild from :meth:`to_dict` output."""
        missing = [k for k in ("user", "item") if k not in d]
        if missing:
            raise ValueError(f"facts dict lacks {missing}; got keys {sorted(d)}")
        pop = d.get("popularity")
        return cls(
            user=str(d["user"]),
            item=ItemFacts.from_dict(d["item"]),
            rank=None if d.get("rank") is None else int(d["rank"]),
            method=str(d.get("method", "")),
            history=[(ItemFacts.from_dict(it), float(w)) for it, w in d.get("history", [])],
            features=[(str(f), v, float(w)) for f, v, w in d.get("features", [])],
            counterfactual=None if d.get("counterfactual") is None else dict(d["counterfactual"]),
            neighbours=[(ItemFacts.from_dict(it), int(c)) for it, c in d.get("neighbours", [])],
            popularity=None if pop is None else (int(pop[0]), int(pop[1])),
            similar=[(ItemFacts.from_dict(it), float(s), [str(w) for w in words])
                     for it, s, words in d.get("similar", [])],
            verb=str(d.get("verb", "bought")),
        )


def _jsonable(v: Any) -> Any:
    if v is None or isinstance(v, (str, bool, int)):
        return v
    if isinstance(v, float):
        return None if math.isnan(v) else v
    try:
        f = float(v)
        return int(f) if f.is_integer() and not isinstance(v, float) else f
    except (TypeError, ValueError):
        return str(v)


class ItemLookup:
    """Item id -> :class:`ItemFacts`, from a Dataset, an items DataFrame (``item`` column or index) or nothing."""

    COLUMNS = ("title", "brand", "category", "price")

    def __init__(self, items: pd.DataFrame | Dataset | None) -> None:
        self._rows: dict[str, dict[str, Any]] = {}
        frame: pd.DataFrame | None
        if isinstance(items, Dataset):
            frame = None if items.items is None else items.items.assign(item=[str(x) for x in items.item_ids])
        elif isinstance(items, pd.DataFrame):
            frame = items if "item" in items.columns else items.rename_axis("item").reset_index()
        elif items is None:
            frame = None
        else:
            raise TypeError(f"items must be a pandas DataFrame, a Dataset or None; got {type(items).__name__}")
        if frame is not None:
            cols = [c for c in self.COLUMNS if c in frame.columns]
            ids = [str(x) for x in frame["item"]]
            values = {c: frame[c].tolist() for c in cols}
            for i, key in enumerate(ids):
                self._rows.setdefault(key, {c: values[c][i] for c in cols})

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, item: Any, title: str | None = None) -> ItemFacts:
        """The facts of ``item``; ``title`` (from the evidence record) is used when the catalogue has none."""
        row = self._rows.get(str(item), {})
        return ItemFacts(
            item=str(item),
            title=_text(row.get("title")) or _text(title),
            brand=_text(row.get("brand")),
            category=_text(row.get("category")),
            price=_price(row.get("price")),
        )


_LOOKUPS: dict[int, ItemLookup] = {}


def item_lookup(items: pd.DataFrame | Dataset | None) -> ItemLookup:
    """The :class:`ItemLookup` of ``items``, built once per Dataset (a Beauty-sized catalogue takes about 60 ms to
    index, far more than a template narration) and rebuilt for DataFrames, which may change."""
    if not isinstance(items, Dataset):
        return ItemLookup(items)
    key = id(items)
    found = _LOOKUPS.get(key)
    if found is None:
        found = _LOOKUPS[key] = ItemLookup(items)
        weakref.finalize(items, _LOOKUPS.pop, key, None)
    return found


def event_verb(dataset: Dataset | None) -> str:
    """``rated`` for data whose events are ratings (an explicit ``rating`` column with more than one value and no
    ``event`` column naming purchases or reviews), else ``bought``: the verb a reason uses for the shopper's history."""
    if not isinstance(dataset, Dataset):
        return "bought"
    inter = dataset.interactions
    if "event" in inter.columns:
        events = {str(e).lower() for e in inter["event"].unique()[:20]}
        if events & {"purchase", "buy", "bought", "order", "review"}:  # Amazon reviews are of bought products
            return "bought"
        if events & {"rating", "rate", "rated"}:
            return "rated"
    if "rating" in inter.columns and len(inter) and inter["rating"].nunique() > 1:
        return "rated"
    return "bought"


def facts_from(
    explanation: Explanation,
    items: pd.DataFrame | Dataset | ItemLookup | None = None,
    max_items: int = 3,
    verb: str | None = None,
) -> Facts:
    """The Facts of ``explanation``, with titles, brands, categories and prices from ``items``.

    ``items`` is the catalogue: a :class:`~whyrec.data.Dataset` (its items
    table), a DataFrame with an ``item`` column (or item ids as index) and any
    of ``title``, ``brand``, ``category``, ``price``, or None (titles then come
    from the evidence records only). At most ``max_items`` records of each kind
    are kept, strongest first; history items and features need a positive
    weight (and history items no ``interaction`` label), counterfactuals need ``verified=True``; model internals
    (``item_bias``, ``residual``, raw ids) are left out. ``verb`` (``bought`` /
    ``rated``) defaults to :func:`event_verb` of ``items`` when it is a Dataset.
    """
    if not isinstance(explanation, Explanation):
        raise TypeError(f"explanation must be a whyrec Explanation; got {type(explanation).__name__}")
    max_items = check_int("max_items", max_items, 1, 50)
    verb = event_verb(items if isinstance(items, Dataset) else None) if verb is None else verb
    if verb not in VERBS:
        raise ValueError(f"verb must be one of {VERBS}; got {verb!r}")
    look = items if isinstance(items, ItemLookup) else item_lookup(items)

    hist = [  # an interaction item (its own removal would raise the score) is no plain "because"
        e for e in explanation.history_items() if e.weight > 0 and not e.interaction and e.item != explanation.item
    ][:max_items]
    history = [(look.get(e.item, e.title), float(e.weight)) for e in hist]

    feats = [
        e
        for e in explanation.evidence
        if isinstance(e, Feature) and e.weight > 0 and e.field not in INTERNAL_FIELDS and _text(e.value) is not None
    ]
    feats.sort(key=lambda e: -e.weight)
    features: list[tuple[str, Any, float]] = []
    seen: set[tuple[str, str]] = set()
    e: Evidence  # the loops below go over records of several kinds
    for e in feats:
        key = (e.field, str(e.value))
        if key not in seen:
            seen.add(key)
            features.append((e.field, _jsonable(e.value), float(e.weight)))
        if len(features) >= max_items:
            break

    counterfactual = None
    for e in explanation.evidence:
        if isinstance(e, Counterfactual) and e.verified and e.removed:
            titles = list(e.titles or [])
            removed = [look.get(r, titles[j] if j < len(titles) else None) for j, r in enumerate(e.removed)]
            counterfactual = {
                "removed": [r.to_dict() for r in removed],
                "new_rank": None if e.new_rank is None else int(e.new_rank),
                "old_rank": explanation.rank,
                "k": int(e.k),
                "mode": e.mode,
            }
            break

    neigh = [e for e in explanation.evidence
             if isinstance(e, Neighbour) and e.item not in (None, explanation.item) and e.count > 0]
    neigh.sort(key=lambda e: (-e.count, -e.similarity))
    neighbours = [(look.get(e.item, e.title), int(e.count)) for e in neigh[:max_items]]

    popularity = None
    for e in explanation.evidence:
        if isinstance(e, Popularity):
            popularity = (int(e.count), int(e.rank_in_catalogue))
            break

    similar: list[tuple[ItemFacts, float, list[str]]] = []
    for e in explanation.evidence:
        if e.kind in SIMILAR_KINDS and getattr(e, "item", None) not in (None, explanation.item):
            sim = getattr(e, "similarity", None)
            if sim is None:
                sim = getattr(e, "cosine", None)
            words = list(getattr(e, "shared_words", None) or getattr(e, "words", None) or [])
            for attr in getattr(e, "attributes", None) or []:  # shared "field=value" pairs: the values are shared too
                value = str(attr).split("=", 1)[-1]
                if value and value.lower() not in {w.lower() for w in words}:
                    words.append(value)
            if sim is not None and float(sim) > 0:
                # (the records of SIMILAR_KINDS have an item; Evidence itself does not declare one)
                similar.append((look.get(e.item, getattr(e, "title", None)),  # type: ignore[attr-defined]
                                float(sim), [str(w) for w in words]))
    similar.sort(key=lambda t: -t[1])

    return Facts(
        user=str(explanation.user),
        item=look.get(explanation.item),
        rank=explanation.rank,
        method=explanation.method,
        history=history,
        features=features,
        counterfactual=counterfactual,
        neighbours=neighbours,
        popularity=popularity,
        similar=similar[:max_items],
        verb=verb,
    )
