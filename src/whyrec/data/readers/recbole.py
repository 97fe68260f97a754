"""RecBole atomic files (.inter, .user, .item)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from whyrec.data.dataset import Dataset
from whyrec.data.readers._base import (
    PathLike,
    _build,
    _existing_file,
    _interactions,
    _Log,
    _read_delimited,
    _Table,
)
from whyrec.errors import DataError

# ====================================================================== RecBole
_RECBOLE_TYPES = ("token", "token_seq", "float", "float_seq")
_RECBOLE_DEFAULT = {"user": "user_id", "item": "item_id", "rating": "rating", "timestamp": "timestamp"}
_RECBOLE_KINDS = {"token": "categorical", "token_seq": "multi", "float": "numeric"}


def read_recbole(
    path: PathLike,
    *,
    columns: Mapping[str, str] | None = None,
    encoding: str = "utf-8",
    strict: bool = True,
    name: str | None = None,
) -> Dataset:
    """Read RecBole atomic files ``<name>.inter`` and, if present, ``<name>.user`` / ``<name>.item``.

    ``path`` is the dataset folder (holding ``<folder name>.inter`` or a single
    ``.inter`` file) or the ``.inter`` file itself. Files are tab-separated
    with a ``field:type`` header; types are ``token``, ``token_seq`` (space
    separated), ``float`` and ``float_seq``. ``user_id``, ``item_id``,
    ``rating`` and ``timestamp`` map to ``user``, ``item``, ``rating`` and
    ``timestamp`` (override with ``columns={"user": "session_id"}``). Other
    columns of the user/item files become fields: token -> categorical,
    token_seq -> multi, float -> numeric; float_seq columns are dropped (listed
    in ``meta["dropped_columns"]``), as are extra interaction columns.
    """
    inter_path = _recbole_inter_path(path)
    log = _Log(strict)
    mapping = {**_RECBOLE_DEFAULT, **(columns or {})}
    t, types = _recbole_file(inter_path, log, encoding)
    t.require(
        {k: mapping[k] for k in ("user", "item")},
        "name the id columns user_id:token and item_id:token, or pass columns={'user': ...}",
    )
    cols = {k: v for k, v in mapping.items() if v in t.frame.columns}
    inter = _interactions(t, cols)
    dropped = [c for c in t.frame.columns if c not in cols.values()]
    sides: dict[str, Any] = {}
    for kind in ("user", "item"):
        side = inter_path.with_suffix(f".{kind}")
        if side.exists():
            sides[kind], sides[f"{kind}_fields"], lost = _recbole_side(side, log, encoding, mapping[kind], kind)
            dropped += lost
    return _build(
        inter,
        log,
        inter_path,
        name=name or inter_path.stem,
        users=sides.get("user"),
        items=sides.get("item"),
        user_fields=sides.get("user_fields"),
        item_fields=sides.get("item_fields"),
        meta={"dropped_columns": dropped},
    )


def _recbole_inter_path(path: PathLike) -> Path:
    p = Path(path).expanduser()
    if p.is_dir():
        own = p / f"{p.name}.inter"
        if own.exists():
            return own
        found = sorted(p.glob("*.inter"))
        if len(found) != 1:
            raise DataError(
                f"expected one .inter file in the folder, found {len(found)}",
                path=str(p),
                value=[f.name for f in found] or None,
                fix="pass the .inter file itself",
            )
        return found[0]
    return _existing_file(p, "pass a RecBole <name>.inter file or its folder")


def _recbole_file(path: Path, log: _Log, encoding: str) -> tuple[_Table, dict[str, str]]:
    n_min = 2 if path.suffix == ".inter" else 1
    t = _read_delimited(
        path,
        log,
        sep="\t",
        encoding=encoding,
        quoting=False,
        min_columns=n_min,
        sep_fix="RecBole atomic files are tab-separated",
    )
    types: dict[str, str] = {}
    renamed = []
    for col in t.frame.columns:
        name, _, typ = col.partition(":")
        if not typ:
            raise DataError(
                "header column has no type",
                path=str(path),
                line=1,
                field=col,
                fix=f"write the header as name:type with type one of {', '.join(_RECBOLE_TYPES)}",
            )
        if typ not in _RECBOLE_TYPES:
            raise DataError(
                "unknown RecBole field type",
                path=str(path),
                line=1,
                field=name,
                value=typ,
                fix=f"use one of {', '.join(_RECBOLE_TYPES)}",
            )
        types[name] = typ
        renamed.append(name)
    t.frame.columns = renamed
    return t, types


def _recbole_side(
    path: Path, log: _Log, encoding: str, key: str, kind: str
) -> tuple[pd.DataFrame, dict[str, str], list[str]]:
    t, types = _recbole_file(path, log, encoding)
    t.require({kind: key}, f"name the key column {key}:token")
    fields = {c: _RECBOLE_KINDS[typ] for c, typ in types.items() if c != key and typ in _RECBOLE_KINDS}
    frame = {kind: t.ids(key, kind)}
    for c, fkind in fields.items():
        if fkind == "numeric":
            frame[c] = t.number(c, c, required=False)
        elif fkind == "multi":
            frame[c] = [[] if v is None else v.split() for v in t.text(c)]
        else:
            frame[c] = t.text(c)
    lost = [f"{path.name}:{c}" for c, typ in types.items() if typ == "float_seq"]
    return pd.DataFrame(frame)[t.keep].reset_index(drop=True), fields, lost
