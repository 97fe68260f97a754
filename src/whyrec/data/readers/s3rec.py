"""S3-Rec sequence files (Beauty.txt and its item2attributes.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from whyrec.data.dataset import Dataset
from whyrec.data.readers._base import (
    PathLike,
    _build,
    _decode_error,
    _existing_file,
    _finish,
    _Log,
)
from whyrec.errors import DataError


# ====================================================================== S3-Rec
def read_s3rec(
    txt_path: PathLike,
    attributes_path: PathLike | Literal[False] | None = None,
    *,
    strict: bool = True,
    name: str | None = None,
) -> Dataset:
    """Read an S3-Rec sequence file: one user per line, ``user item item ...`` in chronological order.

    The timestamp of an interaction is its position in the user's sequence.
    Items get an ``attributes`` field (multi; attribute ids as strings) from
    ``<Name>_item2attributes.json``: ``attributes_path`` names it; ``None``
    uses the sibling file when it exists; ``False`` skips it. The name is the
    file stem lower-cased (``Beauty.txt`` -> ``"beauty"``).
    """
    p = _existing_file(txt_path, "pass an S3-Rec <Name>.txt file")
    log = _Log(strict)
    users, items, pos = _parse_sequences(p, log)
    if not items:
        _finish(log, p, pd.DataFrame())
    inter = pd.DataFrame(
        {
            "user": np.repeat(np.asarray(users, dtype=object), [len(x) for x in items]),
            "item": np.concatenate([np.asarray(x, dtype=object) for x in items]),
            "timestamp": np.concatenate(pos),
        }
    )
    if attributes_path is None:
        sibling = p.with_name(f"{p.stem}_item2attributes.json")
        attributes_path = sibling if sibling.exists() else False
    table = _s3rec_attributes(Path(attributes_path), log) if attributes_path is not False else None
    return _build(inter, log, p, name=name or p.stem.lower(), items=table, item_fields={"attributes": "multi"})


def _parse_sequences(p: Path, log: _Log) -> tuple[list[str], list[list[str]], list[np.ndarray]]:
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _decode_error(p, "utf-8") from None
    if not text.strip():
        raise DataError("file is empty", path=str(p), fix="give one line per user: user_id item_id item_id ...")
    users: list[str] = []
    items: list[list[str]] = []
    pos: list[np.ndarray] = []
    next_pos: dict[str, int] = {}
    for i, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) == 1:
            if any(c in parts[0] for c in ",;|"):
                raise DataError(
                    "only one field found on the line; the file must be space-separated",
                    path=str(p),
                    line=i,
                    value=line[:80],
                    fix="write user_id item_id item_id ... separated by spaces, or use read_table",
                )
            log.reject(
                p,
                [i],
                "line has a user id but no items",
                field="item",
                values=[line],
                fix="give at least one item after the user id",
            )
            continue
        user, seq = parts[0], parts[1:]
        start = next_pos.get(user, 0)
        next_pos[user] = start + len(seq)
        users.append(user)
        items.append(seq)
        pos.append(np.arange(start, start + len(seq), dtype=np.int64))
    return users, items, pos


def _s3rec_attributes(path: Path, log: _Log) -> pd.DataFrame:
    p = _existing_file(path, "pass the <Name>_item2attributes.json file, or attributes_path=False")
    try:
        obj = json.loads(p.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise _decode_error(p, "utf-8") from None
    except json.JSONDecodeError as e:
        raise DataError(
            f"not valid JSON ({e.msg})",
            path=str(p),
            line=e.lineno,
            fix='give one JSON object {"item_id": [attr_id, ...]}',
        ) from None
    if not isinstance(obj, dict):
        raise DataError(
            "expected one JSON object mapping item ids to attribute lists",
            path=str(p),
            value=type(obj).__name__,
            fix='give {"item_id": [attr_id, ...]}',
        )
    keys, values = [], []
    for k, v in obj.items():
        if not isinstance(v, list):
            log.reject(
                p,
                None,
                "attributes are not a list",
                field=f"item {k}",
                values=[v],
                fix='give a list of attribute ids, e.g. "12": [3, 7]',
            )
            continue
        keys.append(str(k))
        values.append([str(a) for a in v])
    return pd.DataFrame({"item": keys, "attributes": values})
