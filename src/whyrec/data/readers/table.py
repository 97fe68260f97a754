"""Generic CSV / TSV / Parquet tables, with column aliases and side tables."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from whyrec.data.dataset import Dataset
from whyrec.data.readers._base import (
    PathLike,
    _build,
    _interactions,
    _Log,
    _read_delimited,
    _read_parquet,
    _Table,
)
from whyrec.errors import DataError

# ====================================================================== generic tables
_ALIASES: dict[str, tuple[str, ...]] = {
    "user": ("user", "user_id", "userid", "userId", "customer_id", "customer", "visitorid", "reviewerID", "uid"),
    "item": ("item", "item_id", "itemid", "itemId", "movieId", "product_id", "product", "sku", "asin", "iid"),
    "timestamp": ("timestamp", "time", "ts", "datetime", "date", "unixReviewTime", "event_time"),
    "rating": ("rating", "score", "overall", "stars"),
    "event": ("event", "event_type", "action", "behavior"),
}
_PARQUET = (".parquet", ".pq")


def _resolve_columns(table: _Table, columns: Mapping[str, str] | None) -> dict[str, str]:
    """Our column name -> file column: the explicit mapping, then known aliases."""
    columns = dict(columns or {})
    unknown = set(columns) - set(_ALIASES)
    if unknown:
        raise DataError(
            "unknown key in columns",
            field="columns",
            value=sorted(unknown),
            fix=f"map some of {', '.join(_ALIASES)} to the file's column names",
        )
    present = list(table.frame.columns)
    lower = {str(c).lower(): c for c in present}
    out: dict[str, str] = {}
    for ours, aliases in _ALIASES.items():
        if ours in columns:
            out[ours] = columns[ours]
        else:
            hit = next((lower[a.lower()] for a in aliases if a.lower() in lower), None)
            if hit is not None:
                out[ours] = hit
    missing = [k for k in ("user", "item") if k not in out]
    if missing:
        fix = f"pass columns={{{', '.join(f'{k!r}: <column>' for k in missing)}}}"
        if all(_is_number(c) for c in present):
            fix = "the first line looks like data, not a header: pass names=['user', 'item', ...]"
        raise DataError(
            f"no {' or '.join(missing)} id column found (columns: {present})",
            path=str(table.path),
            line=1,
            field=missing[0],
            fix=fix,
        )
    table.require(out, f"pass columns= mapping to one of {present}")
    return out


def _read_any(path: PathLike, log: _Log, *, sep: str | None, encoding: str, header: bool, min_columns: int) -> _Table:
    p = Path(path)
    if p.suffix.lower() in _PARQUET:
        return _read_parquet(p, log)
    return _read_delimited(p, log, sep=sep, header=header, encoding=encoding, min_columns=min_columns)


def read_table(
    path: PathLike,
    columns: Mapping[str, str] | None = None,
    sep: str | None = None,
    users: PathLike | pd.DataFrame | None = None,
    items: PathLike | pd.DataFrame | None = None,
    *,
    user_fields: dict[str, str] | None = None,
    item_fields: dict[str, str] | None = None,
    names: list[str] | None = None,
    encoding: str = "utf-8",
    strict: bool = True,
    name: str | None = None,
) -> Dataset:
    """Read interactions from a CSV / TSV (optionally .gz) or Parquet file, plus optional side tables.

    ``columns`` maps our names (``user``, ``item``, ``timestamp``,
    ``rating``, ``event``) to the file's, e.g. ``{"user": "customer_id",
    "item": "sku", "timestamp": "ts"}``; names not given are found among
    common spellings (``user_id``, ``userId``, ``movieId``, ``asin``, ...).
    Timestamps are Unix seconds, integer order keys or ISO-8601 dates. ``sep``
    is sniffed from the first lines when None; Parquet is chosen by the
    ``.parquet``/``.pq`` suffix. ``names`` gives column names to a file with
    no header row.

    ``users`` / ``items`` are side tables (a path read the same way, or a
    DataFrame) keyed by the user / item column; ``user_fields`` /
    ``item_fields`` give the kind of their columns (``categorical``,
    ``multi`` with "|"-separated values, ``numeric``, ``text``); columns not
    named are numeric when every value is a number, else categorical.
    """
    log = _Log(strict)
    table = _read_any(path, log, sep=sep, encoding=encoding, header=names is None, min_columns=2)
    if names is not None:
        if len(names) != table.frame.shape[1]:
            raise DataError(
                f"names has {len(names)} entries but the file has {table.frame.shape[1]} columns",
                path=str(table.path),
                field="names",
                value=list(names),
                fix="give one name per column",
            )
        table.frame.columns = list(names)
    cols = _resolve_columns(table, columns)
    inter = _interactions(table, cols, allow_dates=True)
    utab, ufields = _read_side(users, "user", cols, user_fields, sep, encoding, log)
    itab, ifields = _read_side(items, "item", cols, item_fields, sep, encoding, log)
    return _build(
        inter,
        log,
        table.path,
        name=name or _stem(table.path),
        users=utab,
        items=itab,
        user_fields=ufields,
        item_fields=ifields,
    )


def _stem(p: Path) -> str:
    name = p.name
    for suffix in (".gz", ".bz2", ".zip", ".xz"):
        name = name.removesuffix(suffix)
    return Path(name).stem


def _read_side(
    source: PathLike | pd.DataFrame | None,
    kind: str,
    cols: Mapping[str, str],
    fields: dict[str, str] | None,
    sep: str | None,
    encoding: str,
    log: _Log,
) -> tuple[pd.DataFrame | None, dict[str, str] | None]:
    if source is None:
        return None, None
    if isinstance(source, pd.DataFrame):
        table = _Table(source, np.arange(1, len(source) + 1), Path(f"<{kind}s DataFrame>"), log)
    else:
        table = _read_any(source, log, sep=sep, encoding=encoding, header=True, min_columns=1)
    key = next((c for c in (cols[kind], kind) if c in table.frame.columns), None)
    if key is None:
        raise DataError(
            f"{kind}s table has no {cols[kind]!r} column (columns: {list(table.frame.columns)})",
            path=str(table.path),
            line=1,
            field=cols[kind],
            fix=f"name the {kind} id column {cols[kind]!r} as in the interactions",
        )
    kinds = dict(fields or {})
    frame: dict[str, Any] = {kind: table.ids(key, kind)}
    for c in table.frame.columns:
        if c == key:
            continue
        if c not in kinds and isinstance(source, pd.DataFrame):
            frame[c] = table.frame[c]  # a DataFrame's column keeps its type; from_frames guesses the kind
            continue
        kinds.setdefault(c, "numeric" if _all_numbers(table.text(c)) else "categorical")
        frame[c] = table.number(c, c, required=False) if kinds[c] == "numeric" else table.text(c)
    return pd.DataFrame(frame)[table.keep].reset_index(drop=True), kinds


def _is_number(text: Any) -> bool:
    try:
        float(text)
    except (TypeError, ValueError):
        return False
    return True


def _all_numbers(values: pd.Series) -> bool:
    present = values.dropna()
    return len(present) > 0 and bool(pd.to_numeric(present, errors="coerce").notna().all())
