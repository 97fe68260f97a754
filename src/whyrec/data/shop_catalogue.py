"""The sample shop's catalogue: items per category and brand, titles, prices and compatible items."""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
import pandas as pd

from whyrec.data.shop_tables import (
    _CUISINES,
    _N_COMPATIBLE,
    _NOVEL_ADJ,
    _NOVEL_NOUN,
    _PLACES,
    _SERIES,
    _TIER_ADJ,
    _ZIPF,
    BRANDS,
    CATEGORIES,
    COMPLEMENTS,
    DEPARTMENTS,
    PRICE_BANDS,
    _Category,
)


@dataclass
class _Catalogue:
    table: pd.DataFrame  # the items frame (external ids, fields)
    category: np.ndarray  # category index per item
    department: np.ndarray
    brand: np.ndarray  # brand index per item
    tier: np.ndarray  # price tier 0/1/2 per item
    popularity: np.ndarray  # latent popularity weight per item (sums to 1)
    brand_names: list[str]
    compatible: list[list[tuple[int, list[int]]]]  # item -> [(complement category, compatible items best first)]


def _allocate(n_items: int, shares: np.ndarray) -> np.ndarray:
    """Items per category: at least 2 each, the rest proportional to ``shares`` (largest remainder)."""
    base = np.full(len(shares), 2, dtype=np.int64)
    rest = n_items - base.sum()
    raw = rest * shares / shares.sum()
    extra = np.floor(raw).astype(np.int64)
    left = rest - extra.sum()
    order = np.argsort(-(raw - extra), kind="stable")
    extra[order[:left]] += 1
    return base + extra


def _brand_categories(rng: np.random.Generator) -> dict[str, list[int]]:
    """Brand -> the category indices it is active in (a few of its department's, each category >= 2 brands)."""
    out: dict[str, list[int]] = {}
    for dept, brands in BRANDS.items():
        cats = [i for i, c in enumerate(CATEGORIES) if c.department == dept]
        for b in brands:
            k = int(rng.integers(2, min(5, len(cats)) + 1))
            out[b] = sorted(int(x) for x in rng.choice(cats, size=k, replace=False))
        for c in cats:
            have = [b for b in brands if c in out[b]]
            missing = [b for b in brands if c not in out[b]]
            while len(have) < 2:
                b = missing.pop(int(rng.integers(len(missing))))
                out[b] = sorted(out[b] + [c])
                have.append(b)
    return out


def _make_catalogue(rng: np.random.Generator, n_items: int, pyrng: random.Random) -> _Catalogue:
    cat_index = {c.name: i for i, c in enumerate(CATEGORIES)}
    brand_names = [b for brands in BRANDS.values() for b in brands]
    brand_index = {b: i for i, b in enumerate(brand_names)}
    brand_cats = _brand_categories(rng)
    brand_size = rng.lognormal(0.0, 0.5, size=len(brand_names))  # some brands are bigger
    brand_price = rng.lognormal(0.0, 0.25, size=len(brand_names))  # and some dearer

    counts = _allocate(n_items, np.array([c.share for c in CATEGORIES]))
    category = np.repeat(np.arange(len(CATEGORIES)), counts)
    brand = np.empty(n_items, dtype=np.int64)
    for ci in range(len(CATEGORIES)):
        idx = np.flatnonzero(category == ci)
        makers = [brand_index[b] for b, cs in brand_cats.items() if ci in cs]
        w = brand_size[makers] / brand_size[makers].sum()
        chosen = rng.choice(makers, size=len(idx), p=w)
        chosen[: min(len(idx), len(makers))] = rng.permutation(makers)[: len(idx)]  # every maker gets an item
        brand[idx] = chosen
    medians = np.array([c.median_price for c in CATEGORIES])
    price = medians[category] * brand_price[brand] * rng.lognormal(0.0, 0.35, size=n_items)
    price = np.maximum(np.round(price), 2.0) - 0.01
    # price tier = tertile of price within the category
    tier = np.zeros(n_items, dtype=np.int64)
    for ci in range(len(CATEGORIES)):
        idx = np.flatnonzero(category == ci)
        ranks = np.argsort(np.argsort(price[idx], kind="stable"), kind="stable")
        tier[idx] = np.minimum(2, (3 * ranks) // len(idx))
    # latent popularity: Zipf over a random order, nudged by brand size
    ranks = rng.permutation(n_items) + 1
    popularity = ranks.astype(np.float64) ** -_ZIPF * np.sqrt(brand_size[brand])
    popularity /= popularity.sum()

    # shuffle so external ids do not reveal the category
    perm = rng.permutation(n_items)
    category, brand, price, tier, popularity = category[perm], brand[perm], price[perm], tier[perm], popularity[perm]
    dept_index = {d: i for i, d in enumerate(DEPARTMENTS)}
    department = np.array([dept_index[CATEGORIES[c].department] for c in category], dtype=np.int64)
    bestseller = popularity >= np.quantile(popularity, 0.95)

    width = max(4, len(str(n_items)))
    ids = [f"P{i + 1:0{width}d}" for i in range(n_items)]
    titles: list[str] = []
    descriptions: list[str] = []
    tags: list[list[str]] = []
    seen: set[str] = set()
    for i in range(n_items):
        cat = CATEGORIES[int(category[i])]
        b = brand_names[int(brand[i])]
        title = ""
        for _attempt in range(30):
            model, variant = _model_name(cat, pyrng), pyrng.choice(cat.variants)
            title = cat.title.format(brand=b, model=model, noun=cat.noun, variant=variant)
            if title not in seen:
                break
        k = 2
        base = title
        while title in seen:
            title = f"{base}, Edition {k}"
            k += 1
        seen.add(title)
        titles.append(title)
        f1, f2 = pyrng.sample(cat.features, 2)
        text = f"{_TIER_ADJ[int(tier[i])]} {cat.noun.lower()} from {b} with {f1} and {f2}."
        comps = COMPLEMENTS.get(cat.name, ())
        if comps:
            text += " Pairs well with " + " or ".join(_article(c.lower()) for c in comps[:2]) + "."
        descriptions.append(text)
        t = [cat.department.lower(), cat.name.lower().replace(" ", "-"), PRICE_BANDS[int(tier[i])]]
        t += pyrng.sample(cat.tags, min(2, len(cat.tags)))
        if cat.consumable:
            t.append("consumable")
        if bestseller[i]:
            t.append("bestseller")
        tags.append(t)

    table = pd.DataFrame(
        {
            "item": ids,
            "title": titles,
            "brand": [brand_names[b] for b in brand],
            "category": [CATEGORIES[c].name for c in category],
            "department": [DEPARTMENTS[d] for d in department],
            "price": price,
            "description": descriptions,
            "tags": tags,
        }
    )

    # compatible complements per item: same brand x4, same tier x2, times popularity; best first
    by_cat = [np.flatnonzero(category == ci) for ci in range(len(CATEGORIES))]
    compatible: list[list[tuple[int, list[int]]]] = []
    for i in range(n_items):
        entries: list[tuple[int, list[int]]] = []
        for cname in COMPLEMENTS.get(CATEGORIES[int(category[i])].name, ()):
            cj = cat_index[cname]
            pool = by_cat[cj]
            w = (
                popularity[pool]
                * np.where(brand[pool] == brand[i], 4.0, 1.0)
                * np.where(tier[pool] == tier[i], 2.0, 1.0)
            )
            k = min(_N_COMPATIBLE, len(pool))
            # weighted sampling without replacement (Efraimidis-Spirakis keys), kept in key order = best first
            keys = np.log(rng.random(len(pool))) / w
            top = pool[np.argsort(-keys, kind="stable")[:k]]
            entries.append((cj, [int(x) for x in top]))
        compatible.append(entries)
    return _Catalogue(table, category, department, brand, tier, popularity, brand_names, compatible)


def _model_name(cat: _Category, pyrng: random.Random) -> str:
    if cat.name == "Novel":
        return f"The {pyrng.choice(_NOVEL_ADJ)} {pyrng.choice(_NOVEL_NOUN)}"
    if cat.name == "Cookbook":
        return pyrng.choice(_CUISINES)
    if cat.name == "Travel Guide":
        return pyrng.choice(_PLACES)
    s = pyrng.choice(_SERIES)
    n = pyrng.randint(1, 12)
    return f"{s}{n}" if len(s) == 1 else f"{s} {n}"


def _article(noun: str) -> str:
    if noun.endswith("s"):  # plural: "coffee beans", "running socks"
        return noun
    return ("an " if noun[0] in "aeiou" else "a ") + noun
