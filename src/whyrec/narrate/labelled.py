"""The labelled narration set: sentences judged faithful or unfaithful against their Facts, and the checker's
precision and recall on it.

The set (``tests/data/narration_labelled.jsonl``, made by ``benchmarks/make_narration_set.py``) has one JSON
object per line: ``facts`` (:meth:`Facts.to_dict`), ``lang``, ``sentence``, ``label`` (``faithful`` or
``unfaithful``), ``error`` (``none``, ``wrong_item``, ``invented_attribute``, ``wrong_number``,
``called_bought``, ``swapped_brand``), ``split`` (``dev`` or ``heldout``) and ``catalogue`` (the arguments of
the sample shop the facts come from, so that the checker gets the catalogue index).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from whyrec.errors import DataError
from whyrec.narrate.factcheck import CatalogueIndex, check
from whyrec.narrate.facts import Facts

__all__ = ["DEFAULT_PATH", "checker_metrics", "evaluate", "read_labelled"]

DEFAULT_PATH = Path(__file__).resolve().parents[3] / "tests" / "data" / "narration_labelled.jsonl"
"""Where the labelled set lives in a source checkout."""

_LABELS = ("faithful", "unfaithful")
_ERRORS = ("none", "wrong_item", "invented_attribute", "wrong_number", "called_bought", "swapped_brand")


def jsonl_rows(path: str | Path, what: str, fix: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of each non-blank line of a JSON-lines file; a DataError names a missing file
    (``what`` it is, ``fix``) or a line that is not JSON."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{what} not found", path=str(path), fix=fix)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as e:
                raise DataError(f"not JSON ({e.msg})", path=str(path), line=n, fix="one JSON object per line") from e


def read_labelled(path: str | Path = DEFAULT_PATH) -> list[dict[str, Any]]:
    """The rows of a labelled set, validated (a bad line raises a DataError naming the file, line and field)."""
    rows = []
    for n, row in jsonl_rows(path, "labelled narration set",
                         "run benchmarks/make_narration_set.py or pass the path of the .jsonl file"):
        for key in ("facts", "lang", "sentence", "label", "error"):
            if key not in row:
                raise DataError(f"missing key {key!r}", path=str(path), line=n, field=key,
                                fix="give facts, lang, sentence, label and error")
        if row["label"] not in _LABELS:
            raise DataError("label must be faithful or unfaithful", path=str(path), line=n, field="label",
                            value=row["label"], fix="use 'faithful' or 'unfaithful'")
        if row["error"] not in _ERRORS:
            raise DataError(f"error must be one of {', '.join(_ERRORS)}", path=str(path), line=n,
                            field="error", value=row["error"], fix="use one of the listed error types")
        rows.append(row)
    return rows


@lru_cache(maxsize=4)
def _catalogue(spec: str) -> CatalogueIndex | None:
    """The catalogue index a row's ``catalogue`` field names (the sample shop with its arguments)."""
    d = json.loads(spec)
    if "sample_shop" in d:
        from whyrec.data.sample_shop import sample_shop

        return CatalogueIndex.from_items(sample_shop(**d["sample_shop"]))
    return None


def evaluate(rows: list[dict[str, Any]], closed: bool = False) -> list[dict[str, Any]]:
    """Run the checker on every row: each row gains ``flagged`` (the checker rejected it) and ``unsupported``.
    ``closed=False`` measures the open-world rules alone; ``closed=True`` the whole checker (a free sentence
    outside the phrase language passes only through the content gate)."""
    out = []
    for row in rows:
        cat = _catalogue(json.dumps(row.get("catalogue") or {}, sort_keys=True))
        res = check(row["sentence"], Facts.from_dict(row["facts"]), row["lang"], cat, closed=closed)
        out.append({**row, "flagged": not res.passed, "unsupported": [c.to_dict() for c in res.unsupported]})
    return out


def _prf(rows: list[dict[str, Any]]) -> dict[str, Any]:
    tp = sum(r["flagged"] and r["label"] == "unfaithful" for r in rows)
    fp = sum(r["flagged"] and r["label"] == "faithful" for r in rows)
    fn = sum(not r["flagged"] and r["label"] == "unfaithful" for r in rows)
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "n": len(rows),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def checker_metrics(path: str | Path = DEFAULT_PATH, closed: bool = False) -> dict[str, Any]:
    """Precision and recall of the fact checker at catching the unfaithful sentences of a labelled set.

    Returns ``{"precision", "recall", "n", "tp", "fp", "fn", "by_split": {split: ...}, "by_lang": {...},
    "recall_by_error": {error: recall}}``; "positive" means unfaithful. ``closed=False`` measures the open-world
    rules alone, ``closed=True`` the whole checker (phrase language or content gate, then the rules).
    """
    rows = evaluate(read_labelled(path), closed=closed)
    out = _prf(rows)
    out["by_split"] = {s: _prf([r for r in rows if r.get("split") == s])
                       for s in sorted({r.get("split", "all") for r in rows})}
    out["by_lang"] = {g: _prf([r for r in rows if r["lang"] == g]) for g in sorted({r["lang"] for r in rows})}
    out["recall_by_error"] = {
        e: _prf([r for r in rows if r["error"] == e])["recall"]
        for e in _ERRORS[1:]
        if any(r["error"] == e for r in rows)
    }
    return out
