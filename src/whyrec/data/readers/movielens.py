"""MovieLens-100K and MovieLens latest (small / full) folders."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from whyrec.data.dataset import Dataset
from whyrec.data.readers._base import (
    PathLike,
    _build,
    _existing_dir,
    _interactions,
    _Log,
    _read_delimited,
    _side_table,
    _Table,
)
from whyrec.errors import DataError

# ====================================================================== MovieLens
ML100K_GENRES: tuple[str, ...] = (
    "unknown",
    "Action",
    "Adventure",
    "Animation",
    "Children's",
    "Comedy",
    "Crime",
    "Documentary",
    "Drama",
    "Fantasy",
    "Film-Noir",
    "Horror",
    "Musical",
    "Mystery",
    "Romance",
    "Sci-Fi",
    "Thriller",
    "War",
    "Western",
)
_YEAR_IN_DATE = re.compile(r"(\d{4})\s*$")
_YEAR_IN_TITLE = re.compile(r"\((\d{4})(?:\s*[-\u2013]\s*\d{0,4})?\)\s*$")


def read_movielens_100k(path_dir: PathLike, *, encoding: str = "latin-1", strict: bool = True) -> Dataset:
    """Read the MovieLens-100K folder (``u.data``, ``u.user``, ``u.item``, ``u.genre``).

    Interactions carry ``rating`` and ``timestamp``. Users have ``age``
    (numeric), ``gender``, ``occupation``, ``zip`` and ``zip_prefix`` (first
    digit of the zip code; categorical). Items have ``title`` (text),
    ``year`` (numeric, from the release date) and ``genres`` (multi, from the
    19 flags named by ``u.genre``). ``u.user`` and ``u.item`` are optional.
    """
    folder = _existing_dir(path_dir, "pass the ml-100k folder that holds u.data")
    log = _Log(strict)
    opts: dict[str, Any] = dict(sep="\t", header=False, encoding=encoding, quoting=False)
    data = _read_delimited(
        folder / "u.data",
        log,
        **opts,
        sep_fix="u.data must be tab-separated: user, item, rating, timestamp",
        hint="the ml-100k folder must contain u.data",
    )
    _expect_columns(data, 4, "user id, item id, rating, timestamp (tab-separated)")
    inter = _interactions(data, {"user": 0, "item": 1, "rating": 2, "timestamp": 3})
    users = _ml100k_users(folder / "u.user", log, encoding) if (folder / "u.user").exists() else None
    items = _ml100k_items(folder, log, encoding) if (folder / "u.item").exists() else None
    return _build(
        inter,
        log,
        folder,
        name="ml-100k",
        users=users,
        items=items,
        user_fields={
            "age": "numeric",
            "gender": "categorical",
            "occupation": "categorical",
            "zip": "categorical",
            "zip_prefix": "categorical",
        },
        item_fields={"title": "text", "year": "numeric", "genres": "multi"},
    )


def _expect_columns(table: _Table, n: int, layout: str) -> None:
    if table.frame.shape[1] < n:
        first = list(table.frame.iloc[0]) if len(table) else None
        raise DataError(
            f"expected {n} columns, found {table.frame.shape[1]}",
            path=str(table.path),
            line=int(table.lines[0]) if len(table) else 1,
            value=first,
            fix=f"the layout is: {layout}",
        )


def _ml100k_users(path: Path, log: _Log, encoding: str) -> pd.DataFrame:
    t = _read_delimited(
        path, log, sep="|", header=False, encoding=encoding, quoting=False, sep_fix="u.user must be '|'-separated"
    )
    _expect_columns(t, 5, "user id|age|gender|occupation|zip code")
    age = t.number(1, "age", required=False)
    users = _side_table(t, 0, "user", {"gender": 2, "occupation": 3, "zip": 4})
    users["age"] = age[t.keep]
    users["zip_prefix"] = [z[0] if isinstance(z, str) and z[:1].isdigit() else None for z in users["zip"]]
    return users[["user", "age", "gender", "occupation", "zip", "zip_prefix"]]


def _ml100k_items(folder: Path, log: _Log, encoding: str) -> pd.DataFrame:
    genres = _ml100k_genre_names(folder / "u.genre", log, encoding)
    t = _read_delimited(
        folder / "u.item",
        log,
        sep="|",
        header=False,
        encoding=encoding,
        quoting=False,
        sep_fix="u.item must be '|'-separated",
    )
    _expect_columns(t, 5 + len(genres), f"movie id|title|release date|video release date|IMDb URL|{len(genres)} flags")
    flags = np.column_stack([t.number(5 + j, f"genre flag {genres[j]!r}", required=False) for j in range(len(genres))])
    items = _side_table(t, 0, "item", {"title": 1, "release_date": 2})
    flags = flags[t.keep] == 1
    names = np.asarray(genres, dtype=object)
    items["genres"] = [list(names[row]) for row in flags]
    items["year"] = [_year(_YEAR_IN_DATE, d) for d in items["release_date"]]
    return items[["item", "title", "year", "genres"]]


def _ml100k_genre_names(path: Path, log: _Log, encoding: str) -> list[str]:
    if not path.exists():
        return list(ML100K_GENRES)
    t = _read_delimited(path, log, sep="|", header=False, encoding=encoding, quoting=False)
    index = t.number(1, "genre index")
    names = t.text(0)
    ok = t.keep & ~np.isnan(index)
    pairs = sorted((int(i), str(n)) for i, n in zip(index[ok], names[ok], strict=True))
    return [n for _, n in pairs]


def _year(pattern: re.Pattern[str], text: Any) -> float:
    if not isinstance(text, str):
        return float("nan")
    m = pattern.search(text)
    return float(m[1]) if m else float("nan")


def read_movielens_latest(
    path_dir: PathLike, tags: bool = True, *, encoding: str = "utf-8", strict: bool = True
) -> Dataset:
    """Read a MovieLens "latest" folder (``ratings.csv``, ``movies.csv``, ``tags.csv``), e.g. ml-latest-small.

    Interactions carry ``rating`` and ``timestamp``. Items have ``title``
    (text), ``year`` (numeric, from "(1995)" at the end of the title),
    ``genres`` (multi; "(no genres listed)" is empty) and, with ``tags=True``
    and a ``tags.csv`` present, ``tags`` (multi: every tag users gave the
    movie, lower-cased and de-duplicated, in order of first use).
    """
    folder = _existing_dir(path_dir, "pass the MovieLens folder that holds ratings.csv")
    log = _Log(strict)
    fix = "use the MovieLens CSV header userId,movieId,rating,timestamp"
    ratings = _read_delimited(
        folder / "ratings.csv",
        log,
        sep=",",
        encoding=encoding,
        sep_fix="ratings.csv must be comma-separated",
        hint="the folder must contain ratings.csv",
    )
    cols = {"user": "userId", "item": "movieId", "rating": "rating", "timestamp": "timestamp"}
    ratings.require(cols, fix)
    inter = _interactions(ratings, cols)
    items = None
    if (folder / "movies.csv").exists():
        items = _ml_latest_movies(folder / "movies.csv", log, encoding)
        if tags and (folder / "tags.csv").exists():
            items["tags"] = _ml_latest_tags(folder / "tags.csv", log, encoding, items["item"])
    fields = {"title": "text", "year": "numeric", "genres": "multi", "tags": "multi"}
    return _build(
        inter,
        log,
        folder,
        name="ml-latest-small" if folder.name == "ml-latest-small" else folder.name,
        items=items,
        item_fields=fields,
    )


def _ml_latest_movies(path: Path, log: _Log, encoding: str) -> pd.DataFrame:
    t = _read_delimited(path, log, sep=",", encoding=encoding, sep_fix="movies.csv must be comma-separated")
    t.require({"item": "movieId", "title": "title", "genres": "genres"}, "use the header movieId,title,genres")
    items = _side_table(t, "movieId", "item", {"title": "title", "genres": "genres"})
    items["year"] = [_year(_YEAR_IN_TITLE, x) for x in items["title"]]
    items["genres"] = [
        [] if g is None or g == "(no genres listed)" else [x.strip() for x in g.split("|") if x.strip()]
        for g in items["genres"]
    ]
    return items[["item", "title", "year", "genres"]]


def _ml_latest_tags(path: Path, log: _Log, encoding: str, movies: pd.Series) -> list[list[str]]:
    t = _read_delimited(path, log, sep=",", encoding=encoding, sep_fix="tags.csv must be comma-separated")
    t.require({"item": "movieId", "tag": "tag"}, "use the header userId,movieId,tag,timestamp")
    frame = _side_table(t, "movieId", "item", {"tag": "tag"}).dropna(subset=["tag"])
    frame["tag"] = frame["tag"].str.lower()
    frame = frame.drop_duplicates(["item", "tag"])
    per_movie = frame.groupby("item", sort=False)["tag"].agg(list)
    return [per_movie.get(m, []) for m in movies]
