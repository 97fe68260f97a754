"""Catalogue matching: :class:`CatalogueIndex`, the names, brands, categories and tags a text may name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd

from whyrec.data.dataset import Dataset, as_list
from whyrec.narrate.factcheck.lexicons import _COMMON, _GENERIC_TAGS, _TIERS, _TOKEN, MAX_NGRAM, _tokens
from whyrec.narrate.facts import ItemFacts, item_lookup


# ---------------------------------------------------------------- catalogue
class CatalogueIndex:
    """Names the checker can recognise: catalogue titles (as n-grams of their words), brands, categories and
    attribute words (tags), so that a text naming something outside the evidence is caught.

    Build it once per catalogue with :meth:`from_items` and pass it to every :func:`check` call.
    """

    def __init__(self, items: Iterable[ItemFacts] = (), attributes: Iterable[str] = ()) -> None:
        self.items: dict[str, ItemFacts] = {}
        self.ngrams: dict[tuple[str, ...], set[str]] = {}
        self.brands: dict[tuple[str, ...], str] = {}
        self.categories: dict[tuple[str, ...], str] = {}
        self.attributes: dict[tuple[str, ...], str] = {}
        self.title_tokens: set[str] = set()
        for it in items:
            self.add_item(it)
        for a in attributes:
            self.add_attribute(a)

    def __len__(self) -> int:
        return len(self.items)

    @classmethod
    def from_items(cls, items: pd.DataFrame | Dataset) -> CatalogueIndex:
        """Index a catalogue: a Dataset (its items table) or a DataFrame with ``item`` and any of ``title``,
        ``brand``, ``category``, ``price``, ``tags`` columns."""
        look = item_lookup(items)
        if isinstance(items, Dataset):
            ids = [str(x) for x in items.item_ids]
            frame = items.items
        elif isinstance(items, pd.DataFrame):
            frame = items if "item" in items.columns else items.rename_axis("item").reset_index()
            ids = [str(x) for x in frame["item"]]
        else:
            raise TypeError(f"items must be a pandas DataFrame or a Dataset; got {type(items).__name__}")
        attrs: set[str] = set()
        if frame is not None and "tags" in frame.columns:
            for v in frame["tags"]:
                attrs.update(as_list(v))
        index = cls((look.get(i) for i in ids), attrs)
        index.drop_generic_brands()
        return index

    def drop_generic_brands(self) -> None:
        """Forget brands that are everyday title words ("Gift Card", "Amazon" on a gift-card shop): names that
        more items of other brands carry in their titles than the brand has items."""
        own = Counter(it.brand.lower() for it in self.items.values() if it.brand)
        carried: Counter[str] = Counter()
        for it in self.items.values():
            if not it.title:
                continue
            toks = _tokens(it.title)
            grams = {tuple(toks[i:j]) for i in range(len(toks)) for j in range(i + 1, min(len(toks), i + 4) + 1)}
            for key, brand in self.brands.items():
                if key in grams and (it.brand or "").lower() != brand.lower():
                    carried[brand] += 1
        for key, brand in list(self.brands.items()):
            if carried[brand] > own[brand.lower()]:
                del self.brands[key]

    # ------------------------------------------------------------ building
    def add_item(self, it: ItemFacts) -> None:
        """Index one item: its name's word n-grams (the title, or "item <id>" without one), brand and category."""
        if it.item in self.items:
            return
        self.items[it.item] = it
        for name in _aliases(it):
            toks = _tokens(name)
            self.title_tokens.update(toks)
            for i in range(len(toks)):
                for j in range(i + 2, min(len(toks), i + MAX_NGRAM) + 1):
                    self.ngrams.setdefault(tuple(toks[i:j]), set()).add(it.item)
        ident = _tokens(it.item)
        untitled = not it.title or _tokens(it.title) == ident
        if untitled and len(ident) == 1 and re.search(r"\d", ident[0]) and re.search(r"[a-z]", ident[0]):
            self.ngrams.setdefault((ident[0],), set()).add(it.item)  # an untitled item is named by its id: "B00005N7PN"
        if it.brand:
            self.add_name(self.brands, it.brand)
        if it.category and not (len(_tokens(it.category)) == 1 and _tokens(it.category)[0] in _COMMON):
            self.add_name(self.categories, it.category)  # not "History" or "News": everyday words
            toks = _tokens(it.category)
            if toks:
                last = toks[-1]
                for plural in (last + "s", last + "es", last[:-1] + "ies" if last.endswith("y") else last + "s"):
                    self.categories.setdefault((*toks[:-1], plural), it.category)

    @staticmethod
    def add_name(table: dict[tuple[str, ...], str], name: str) -> None:
        """Add ``name`` to a name table, keyed by its words."""
        toks = tuple(_tokens(name))
        if toks:
            table.setdefault(toks, name)

    def add_attribute(self, tag: str) -> None:
        """Index a tag as an attribute word unless it is an everyday word or part of a category name."""
        toks = tuple(_tokens(tag))
        if not toks or tag.lower() in _GENERIC_TAGS or any(t.isdigit() for t in toks):
            return
        if any(tag.lower() in words for words in _TIERS.values()) or tag.lower() == "bestseller":
            return  # price tiers and popularity have lexicons of their own
        if len(toks) == 1 and any(toks[0] in c for c in self.categories):
            return
        self.attributes.setdefault(toks, tag)

    def name_hits(self, low: str, kinds: tuple[str, ...] = ("brand", "category", "attribute"),
                  width: int = 4) -> Iterator[tuple[int, int, int, int, str, str]]:
        """Brand, category and attribute names in ``low`` (a lower-cased text), left to right without overlap:
        at each word the first table of ``kinds`` holding a name of up to ``width`` words starting there, its
        longest such name. Yields (first word, end word, start char, end char, name, kind); the words are
        ``_TOKEN`` matches of ``low``."""
        tables = {"brand": self.brands, "category": self.categories, "attribute": self.attributes}
        toks = [(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(low)]
        i = 0
        while i < len(toks):
            hit = None
            for kind in kinds:
                table = tables[kind]
                for j in range(min(len(toks), i + width), i, -1):
                    key = tuple(t for t, _, _ in toks[i:j])
                    if key in table:
                        hit = (j, table[key], kind)
                        break
                if hit:
                    break
            if hit is None:
                i += 1
                continue
            j, name, kind = hit
            yield i, j, toks[i][1], toks[j - 1][2], name, kind
            i = j

    def overlay(self, items: Iterable[ItemFacts]) -> CatalogueIndex:
        """A view that also knows ``items`` (the evidence), sharing this index's tables."""
        missing = [it for it in items if it.item not in self.items]
        if not missing:
            return self
        view = CatalogueIndex.__new__(CatalogueIndex)
        view.items = dict(self.items)
        view.ngrams = _Overlay(self.ngrams)
        view.brands = dict(self.brands)
        view.categories = dict(self.categories)
        view.attributes = self.attributes
        view.title_tokens = set(self.title_tokens)
        for it in missing:
            view.add_item(it)
        return view


class _Overlay(dict):
    """A dict that falls back to a base dict, and copies a base entry before changing it."""

    def __init__(self, base: dict[tuple[str, ...], set[str]]) -> None:
        super().__init__()
        self.base = base

    def get(self, key: Any, default: Any = None) -> Any:
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        return self.base.get(key, default)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if not dict.__contains__(self, key):
            dict.__setitem__(self, key, set(self.base.get(key, set())) | set(default or ()))
        return dict.__getitem__(self, key)


_ARTICLE_LAST = re.compile(r"^(?P<main>.+), (?P<art>The|A|An|La|Le|Les|L'|Il|Das|Der|Die|El)(?P<rest>\s*\(\d{4}\))?$")


def _aliases(it: ItemFacts) -> list[str]:
    """The names an item is written by: its name, and for a catalogue title with the article moved last
    ("Game, The (1997)") the title as people write it ("The Game (1997)")."""
    if not it.name:
        return []
    out = [it.name]
    m = _ARTICLE_LAST.match(it.title or "")
    if m:
        out.append(f"{m['art']} {m['main']}{m['rest'] or ''}")
    return out
