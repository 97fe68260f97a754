"""Readers of common recommendation data formats; each returns a :class:`Dataset`.

Every reader raises :class:`~whyrec.errors.DataError` for malformed input,
naming the file, the 1-based line (the header line counts), the field, the bad
value and the fix. With ``strict=False`` bad rows are skipped instead and
counted in ``dataset.meta["skipped_rows"]``, with a few
``(line, reason)`` pairs in ``dataset.meta["skipped_examples"]``.

Formats: MovieLens-100K (:func:`read_movielens_100k`), MovieLens latest
(:func:`read_movielens_latest`), S3-Rec sequence files (:func:`read_s3rec`),
Amazon 2018 reviews and metadata (:func:`read_amazon_2018`), RecBole atomic
files (:func:`read_recbole`) and generic CSV / TSV / Parquet tables
(:func:`read_table`). :func:`read_dataset` picks one by name or by looking at
the path.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

from whyrec.data.dataset import Dataset
from whyrec.data.readers._base import FORMATS, MAX_ID_CHARS, PathLike
from whyrec.data.readers.amazon import read_amazon_2018
from whyrec.data.readers.movielens import ML100K_GENRES, read_movielens_100k, read_movielens_latest
from whyrec.data.readers.recbole import read_recbole
from whyrec.data.readers.s3rec import read_s3rec
from whyrec.data.readers.table import _PARQUET, read_table
from whyrec.errors import DataError

# ====================================================================== registry and dispatch
#: format name -> reader (built-in formats here; more through :func:`register_reader`)
_READERS: dict[str, Callable[..., Dataset]] = {
    "movielens-100k": read_movielens_100k,
    "movielens-latest": read_movielens_latest,
    "s3rec": read_s3rec,
    "amazon-2018": read_amazon_2018,
    "recbole": read_recbole,
    "csv": read_table,
    "parquet": read_table,
}


#: format name -> the file-name endings ``format="auto"`` gives it (a registered format's, tried first)
_SUFFIXES: dict[str, tuple[str, ...]] = {}


def register_reader(name: str, reader: Callable[..., Dataset], suffixes: tuple[str, ...] = ()) -> None:
    """Make ``reader`` (``reader(path, **options) -> Dataset``) the reader of format ``name``, for
    :func:`read_dataset`, ``whyrec data describe`` / ``train --format name`` and, for a file whose name ends in
    one of ``suffixes``, ``format="auto"``."""
    if not name or name == "auto" or not callable(reader):
        raise ValueError(f"register_reader needs a format name other than 'auto' and a callable; got {name!r}")
    _READERS[name] = reader
    _SUFFIXES[name] = tuple(s.lower() for s in suffixes)


def formats() -> tuple[str, ...]:
    """Every format name :func:`read_dataset` takes: "auto", the built-in ones, then the registered ones."""
    return (*FORMATS, *(f for f in _READERS if f not in FORMATS))


def reader(name: str) -> Callable[..., Dataset]:
    """The reader of format ``name`` (DataError naming the formats when there is none)."""
    if name not in _READERS:
        raise DataError("unknown format", field="format", value=name, fix=f"use one of {', '.join(formats())}")
    return _READERS[name]


def detect_format(path: PathLike) -> str:
    """The format name :func:`read_dataset` uses for ``path`` with ``format="auto"``."""
    p = Path(path).expanduser()
    if not p.exists():
        raise DataError("file or folder not found", path=str(p), fix="check the path")
    for fmt, ends in _SUFFIXES.items():
        if ends and p.is_file() and p.name.lower().endswith(ends):
            return fmt
    if p.is_dir():
        if (p / "u.data").exists():
            return "movielens-100k"
        if (p / "ratings.csv").exists():
            return "movielens-latest"
        if any(p.glob("*.inter")):
            return "recbole"
        raise DataError(
            "cannot tell the dataset format of this folder",
            path=str(p),
            fix="pass format= one of " + ", ".join(FORMATS[1:]) + " or point at a file",
        )
    low = p.name.lower()
    if low == "u.data":
        return "movielens-100k"
    if low == "ratings.csv" and (p.parent / "movies.csv").exists():
        return "movielens-latest"
    for fmt, suffixes in (
        ("recbole", (".inter",)),
        ("s3rec", (".txt",)),
        ("parquet", _PARQUET),
        ("amazon-2018", (".json.gz", ".json", ".jsonl", ".jsonl.gz")),
        ("csv", (".csv", ".tsv", ".tab", ".csv.gz", ".tsv.gz", ".dat")),
    ):
        if low.endswith(suffixes):
            return fmt
    raise DataError(
        "cannot tell the file format from its name", path=str(p), fix="pass format= one of " + ", ".join(FORMATS[1:])
    )


def read_dataset(path: PathLike, format: str = "auto", **options: Any) -> Dataset:
    """Read ``path`` with the reader named by ``format`` (one of :data:`FORMATS`; "auto" detects it).

    ``options`` go to that reader (e.g. ``strict=False``, ``columns=``,
    ``encoding=``). A file inside a MovieLens folder (``u.data``,
    ``ratings.csv``) reads the whole folder.
    """
    if format not in formats():
        raise DataError("unknown format", field="format", value=format, fix=f"use one of {', '.join(formats())}")
    fmt = detect_format(path) if format == "auto" else format
    read = reader(fmt)
    p = Path(path).expanduser()
    if fmt in ("movielens-100k", "movielens-latest") and p.is_file():
        p = p.parent
    unknown = options_not_taken(fmt, options)
    if unknown:
        valid = [k for k in inspect.signature(read).parameters if k not in ("path", "path_dir", "txt_path",
                                                                             "reviews_path")]
        raise TypeError(f"format {fmt!r} does not take the option(s) {unknown}; it takes {valid}")
    return read(p, **options)


def options_not_taken(fmt: str, options: Any) -> list[str]:
    """The names among ``options`` that the reader of format ``fmt`` does not take."""
    accepted = inspect.signature(reader(fmt)).parameters
    return [k for k in options if k not in accepted]


__all__ = [
    "FORMATS",
    "MAX_ID_CHARS",
    "ML100K_GENRES",
    "detect_format",
    "formats",
    "options_not_taken",
    "reader",
    "register_reader",
    "read_amazon_2018",
    "read_dataset",
    "read_movielens_100k",
    "read_movielens_latest",
    "read_recbole",
    "read_s3rec",
    "read_table",
]
