"""Amazon 2018 reviews (5-core JSON lines) and their metadata."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from whyrec.data.dataset import Dataset
from whyrec.data.readers._base import (
    Col,
    PathLike,
    _build,
    _existing_file,
    _interactions,
    _Log,
    _read_json_lines,
)
from whyrec.errors import check_choice

# ====================================================================== Amazon 2018
_SCRIPT = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|\Z)", re.S | re.I)
_TAG = re.compile(r"<[/!a-zA-Z][^>]*(?:>|\Z)")
_CODE = re.compile(r"\{\s*[a-z-]+\s*:\s*[^\s{};]+\s*(?:[;}]|\Z)|\bfunction\s*\(|\bvar\s+\w+\s*=")
_IMG_ALT = re.compile(r"""<img\b[^>]*\balt\s*=\s*["']([^"']*)["']""", re.I)
_PRICE = re.compile(r"\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")


def _clean_markup(value: Any) -> str | None:
    """Text without HTML tags and entities; None if empty or if it looks like CSS/JS debris."""
    if not isinstance(value, str):
        return None
    text = _TAG.sub(" ", _SCRIPT.sub(" ", value))
    text = " ".join(html.unescape(text).split())
    if not text or _CODE.search(text):
        return None
    return text


def _clean_main_cat(value: Any) -> str | None:
    if isinstance(value, str):
        m = _IMG_ALT.search(value)
        if m:
            return _clean_markup(m[1])
    return _clean_markup(value)


def _parse_price(value: Any) -> float:
    """``"$25.00"`` -> 25.0; empty, ranges ("$10 - $20") and debris -> NaN."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, str):
        return float("nan")
    m = _PRICE.fullmatch(value.strip())
    if not m:
        return float("nan")
    return float(m[1].replace(",", "") + (m[2] or ""))


def _clean_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        value = [] if value is None or (isinstance(value, float) and np.isnan(value)) else [value]
    out: list[str] = []
    for v in value:
        c = _clean_markup(v)
        if c and c not in out:
            out.append(c)
    return out


def _join_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    return _clean_markup(value)


def _review_text(summary: Any, text: Any) -> str:
    parts = [s.strip() for s in (summary, text) if isinstance(s, str) and s.strip()]
    if len(parts) == 2 and parts[0][-1] not in ".!?":
        parts[0] += "."
    return " ".join(parts)


def read_amazon_2018(
    reviews_path: PathLike,
    meta_path: PathLike | Literal[False] | None = None,
    *,
    meta_items: Literal["reviewed", "all"] = "reviewed",
    strict: bool = True,
    name: str | None = None,
) -> Dataset:
    """Read Amazon 2018 reviews (``<Category>_5.json.gz``) and, optionally, product metadata.

    Interactions: ``reviewerID`` -> user, ``asin`` -> item, ``overall`` ->
    rating, ``unixReviewTime`` -> timestamp, event ``"review"``. The review
    text (summary and body) is kept in ``dataset.meta["reviews"]``, a frame
    with the columns ``user``, ``item``, ``text`` (external ids).

    ``meta_path`` names ``meta_<Category>.json.gz``; ``None`` uses the sibling
    file when it exists; ``False`` skips it. Items then have ``title`` (text;
    None where the title is HTML/JS debris), ``brand``, ``main_cat``
    (categorical), ``price`` (numeric; ranges and debris are NaN),
    ``category`` (multi) and ``description`` (text, HTML stripped). Repeated
    ASINs are de-duplicated. ``meta_items="reviewed"`` keeps only products with
    a review; ``"all"`` adds the rest of the catalogue as items without
    interactions. Gzip or plain files both work, as do the Python-literal lines
    of the 2014 release.
    """
    check_choice("meta_items", meta_items, ("reviewed", "all"))
    p = _existing_file(reviews_path, "pass an Amazon <Category>_5.json.gz reviews file")
    log = _Log(strict)
    table = _read_json_lines(p, log, "pass an Amazon reviews file (one JSON object per line)")
    cols = {"user": "reviewerID", "item": "asin", "rating": "overall", "timestamp": "unixReviewTime"}
    table.require(cols, "give Amazon review objects with reviewerID, asin, overall and unixReviewTime")
    inter = _interactions(table, cols)
    inter["event"] = "review"
    kept = table.frame[table.keep]
    reviews = pd.DataFrame(
        {
            "user": inter["user"].to_numpy(),
            "item": inter["item"].to_numpy(),
            "text": [_review_text(s, t) for s, t in zip(_col(kept, "summary"), _col(kept, "reviewText"), strict=True)],
        }
    )
    category = _amazon_category(p)
    if meta_path is None:
        sibling = p.with_name(f"meta_{category}.json" + (".gz" if p.name.endswith(".gz") else ""))
        meta_path = sibling if sibling.exists() else False
    items = None
    if meta_path is not False:
        items = _amazon_meta(Path(meta_path), log)
        if meta_items == "reviewed":
            items = items[items["item"].isin(set(inter["item"]))]
    fields = {
        "title": "text",
        "brand": "categorical",
        "price": "numeric",
        "category": "multi",
        "main_cat": "categorical",
        "description": "text",
    }
    slug = re.sub(r"[^a-z0-9]+", "-", category.lower()).strip("-")
    return _build(
        inter, log, p, name=name or f"amazon-{slug}", items=items, item_fields=fields, meta={"reviews": reviews}
    )


def _col(frame: pd.DataFrame, column: Col) -> list[Any]:
    return list(frame[column]) if column in frame.columns else [None] * len(frame)


def _amazon_category(p: Path) -> str:
    stem = p.name
    for suffix in (".gz", ".json", ".jsonl"):
        stem = stem.removesuffix(suffix)
    return re.sub(r"_5$", "", stem.removeprefix("reviews_"))


def _amazon_meta(path: Path, log: _Log) -> pd.DataFrame:
    table = _read_json_lines(path, log, "pass an Amazon meta_<Category>.json.gz file, or meta_path=False")
    table.require({"item": "asin"}, "give product objects with an asin")
    asin = table.ids("asin", "item")
    frame = table.frame.assign(asin=asin)[table.keep].drop_duplicates("asin", keep="first")
    return pd.DataFrame(
        {
            "item": frame["asin"].to_numpy(),
            "title": [_clean_markup(x) for x in _col(frame, "title")],
            "brand": [_clean_markup(x) for x in _col(frame, "brand")],
            "price": [_parse_price(x) for x in _col(frame, "price")],
            "category": [_clean_list(x) for x in _col(frame, "category")],
            "main_cat": [_clean_main_cat(x) for x in _col(frame, "main_cat")],
            "description": [_join_text(x) for x in _col(frame, "description")],
        }
    )
