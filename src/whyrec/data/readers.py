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

import ast
import csv
import gzip
import html
import inspect
import json
import os
import re
import warnings
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from whyrec.data.dataset import Dataset
from whyrec.errors import DataError, check_choice

PathLike = str | os.PathLike[str]
Col = str | int  # a file column: its header name, or its position in a file without a header

FORMATS: tuple[str, ...] = (
    "auto",
    "movielens-100k",
    "movielens-latest",
    "s3rec",
    "amazon-2018",
    "recbole",
    "csv",
    "parquet",
)

_MAX_EXAMPLES = 5
_SKIP_HINT = "or pass strict=False to skip bad rows"
#: the longest user or item id a reader accepts (no service route could address a longer one)
MAX_ID_CHARS = 1000
_CONTROL = r"[\x00-\x1f\x7f]"
_CANDIDATE_SEPS = (",", "\t", ";", "|", " ")


# ====================================================================== bad rows
class _Log:
    """Raises on the first bad row (strict) or counts bad rows and keeps a few examples."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.count = 0
        self.examples: list[tuple[int | None, str]] = []

    def reject(
        self,
        path: Path,
        lines: Any,
        problem: str,
        *,
        field: str | None = None,
        values: Any = None,
        fix: str | None = None,
    ) -> None:
        """Report bad rows at ``lines`` (1-based file lines, or None where a line has no meaning)."""
        lines = [None] if lines is None else [int(x) for x in lines]
        if not lines:
            return
        if self.strict:
            value = None if values is None else values[0]
            hint = f"{fix}, {_SKIP_HINT}" if fix else f"fix the row, {_SKIP_HINT}"
            raise DataError(problem, path=str(path), line=lines[0], field=field, value=value, fix=hint)
        self.count += len(lines)
        for j in range(min(len(lines), _MAX_EXAMPLES - len(self.examples))):
            reason = f"{path.name}: {problem}"
            if field is not None:
                reason += f" (field {field!r})"
            if values is not None:
                reason += f": {values[j]!r}"
            self.examples.append((lines[j], reason))

    def meta(self) -> dict[str, Any]:
        """The ``skipped_rows`` / ``skipped_examples`` entries of ``Dataset.meta``."""
        return {"skipped_rows": self.count, "skipped_examples": list(self.examples)}


class _Table:
    """Rows of one file as strings, with the file line of every row and a mask of rejected rows."""

    def __init__(self, frame: pd.DataFrame, lines: np.ndarray, path: Path, log: _Log) -> None:
        self.frame = frame.reset_index(drop=True)
        self.lines = np.asarray(lines, dtype=np.int64)
        self.path = path
        self.log = log
        self.bad = np.zeros(len(self.frame), dtype=bool)

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def keep(self) -> np.ndarray:
        """Mask of the rows not rejected so far."""
        return ~self.bad

    def reject(
        self,
        mask: np.ndarray,
        problem: str,
        *,
        column: Col | None = None,
        field: str | None = None,
        fix: str | None = None,
    ) -> None:
        """Reject the rows in ``mask`` (already rejected rows are not reported twice)."""
        new = np.asarray(mask, dtype=bool) & ~self.bad
        if not new.any():
            return
        idx = np.flatnonzero(new)
        values = None
        if column is not None:
            values = self.frame[column].to_numpy(dtype=object)[idx]
        self.log.reject(self.path, self.lines[idx], problem, field=field or column, values=values, fix=fix)
        self.bad |= new

    def require(self, columns: Mapping[str, str], fix: str) -> None:
        """Raise a DataError if any file column in ``columns`` (our name -> file name) is absent."""
        for ours, theirs in columns.items():
            if theirs not in self.frame.columns:
                raise DataError(
                    f"no column {theirs!r} for {ours!r} (columns: {list(self.frame.columns)})",
                    path=str(self.path),
                    line=1,
                    field=theirs,
                    fix=fix,
                )

    def _strings(self, column: Col) -> tuple[pd.Series, np.ndarray]:
        """The column with strings stripped, and the mask of missing (NaN, None or empty) cells."""
        s = self.frame[column]
        if isinstance(s.dtype, pd.StringDtype):
            s = s.str.strip()
        elif s.dtype == object:
            s = s.map(lambda v: v.strip() if isinstance(v, str) else v)
        else:
            return s, s.isna().to_numpy()
        missing = s.isna().to_numpy() | (s == "").fillna(False).to_numpy(dtype=bool)
        return s, missing

    def ids(self, column: Col, field: str) -> pd.Series:
        """Id column as stripped strings (or the file's own integer type); rows without an id are rejected."""
        s, missing = self._strings(column)
        self.reject(missing, f"{field} id is missing", field=field, fix=f"give every row a {field} id")
        text = s.astype(str)
        odd = ~missing & (text.str.len().to_numpy() > MAX_ID_CHARS) | ~missing & text.str.contains(
            _CONTROL, regex=True).to_numpy(dtype=bool)
        self.reject(odd, f"{field} id is over {MAX_ID_CHARS} characters or holds a control character (NUL, tab, "
                    "newline)", field=field, fix="repair the file: an id is a short printable string")
        return s

    def text(self, column: Col) -> pd.Series:
        """A free-text or category column; missing values become None."""
        s, missing = self._strings(column)
        return s.astype(object).where(~missing, None)

    def number(self, column: Col, field: str, *, required: bool = True, fix: str | None = None) -> np.ndarray:
        """A numeric column as float64; non-numbers (and, if required, missing values) are rejected."""
        s, missing = self._strings(column)
        num = pd.to_numeric(s, errors="coerce").to_numpy(dtype=np.float64)
        not_number = np.isnan(num) & ~missing
        self.reject(
            not_number,
            f"{field} is not a number",
            column=column,
            field=field,
            fix=fix or f"give a number in every {field} cell",
        )
        if required:
            self.reject(missing, f"{field} is missing", field=field, fix=f"give a {field} on every row")
        return num

    def timestamps(self, column: Col, *, allow_dates: bool = False) -> np.ndarray:
        """Unix seconds (or another integer order key); ISO-8601 dates too when ``allow_dates``."""
        s, missing = self._strings(column)
        num = pd.to_numeric(s, errors="coerce").to_numpy(dtype=np.float64)
        first = np.flatnonzero(~missing)
        if allow_dates and len(first) and np.isnan(num[first[0]]):
            dates = pd.to_datetime(s.where(~missing, None), errors="coerce", utc=True, format="ISO8601")
            seconds = (dates - pd.Timestamp(0, tz="UTC")) // pd.Timedelta(seconds=1)
            num = seconds.astype("Float64").to_numpy(dtype=np.float64, na_value=np.nan)
            problem, fix = "timestamp is not an ISO-8601 date", "give ISO-8601 dates (2021-03-04T12:00:00) throughout"
        else:
            problem = "timestamp is not a number"
            fix = "give Unix seconds or an integer order key"
            if allow_dates:
                fix += " (or ISO-8601 dates throughout)"
        self.reject(np.isnan(num) & ~missing, problem, column=column, field="timestamp", fix=fix)
        self.reject(missing, "timestamp is missing", field="timestamp", fix="give a timestamp on every row")
        return num


def _finish(log: _Log, path: Path, inter: pd.DataFrame) -> None:
    if len(inter) == 0:
        problem = "no valid interaction rows" + (f" ({log.count} bad rows skipped)" if log.count else "")
        raise DataError(problem, path=str(path), fix="check the file format and the column mapping")


# ====================================================================== files
def _existing_file(path: PathLike, hint: str = "") -> Path:
    p = Path(path).expanduser()
    if not p.exists():
        raise DataError("file not found", path=str(p), fix=f"check the path{'; ' + hint if hint else ''}")
    if p.is_dir():
        raise DataError("is a folder, not a file", path=str(p), fix=hint or "pass the path of a file")
    return p


def _existing_dir(path: PathLike, hint: str) -> Path:
    p = Path(path).expanduser()
    if not p.exists():
        raise DataError("folder not found", path=str(p), fix=f"check the path; {hint}")
    if not p.is_dir():
        raise DataError("is a file, not a folder", path=str(p), fix=hint)
    return p


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def _open_bytes(path: Path) -> Any:
    return gzip.open(path, "rb") if _is_gzip(path) else open(path, "rb")


def _check_encoding(encoding: str) -> None:
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DataError(
            "unknown encoding",
            field="encoding",
            value=encoding,
            fix="pass a Python codec name such as encoding='utf-8' or encoding='latin-1'",
        ) from None


def _decode_error(path: Path, encoding: str) -> DataError:
    """A DataError naming the first line that does not decode."""
    line_no, bad = None, None
    with _open_bytes(path) as f:
        for i, raw in enumerate(f, 1):
            try:
                raw.decode(encoding)
            except UnicodeDecodeError as e:
                line_no, bad = i, raw[max(0, e.start - 20) : e.end + 20]
                break
    other = "latin-1" if encoding.lower().replace("_", "-") not in ("latin-1", "latin1", "iso-8859-1") else "utf-8"
    return DataError(
        f"cannot decode the file as {encoding!r}",
        path=str(path),
        line=line_no,
        value=bad,
        fix=f"pass the file's encoding, e.g. encoding={other!r} (or 'cp1252', 'utf-16')",
    )


def _peek_lines(path: Path, encoding: str, n: int = 20) -> list[str]:
    lines: list[str] = []
    with _open_bytes(path) as f:
        for raw in f:
            text = raw.decode(encoding, errors="replace").rstrip("\r\n")
            if text.strip():
                lines.append(text)
            if len(lines) >= n:
                break
    return lines


def _guess_sep(lines: list[str], exclude: str | None = None) -> str | None:
    """The separator the first lines most likely use (csv.Sniffer, then a field-count vote)."""
    candidates = "".join(c for c in _CANDIDATE_SEPS if c != exclude)
    sample = "\n".join(lines)
    try:
        sep = csv.Sniffer().sniff(sample, delimiters=candidates).delimiter
        if sep in candidates:
            return sep
    except csv.Error:
        pass
    # vote: the separator on which most lines split into as many fields as the first line
    best, best_score = None, (0, 0)
    for c in candidates:
        n = lines[0].count(c)
        if n == 0:
            continue
        score = (sum(line.count(c) == n for line in lines), n)
        if score > best_score:
            best, best_score = c, score
    return best


def _lines_of_rows(n_rows: int, first: int, skipped: list[int]) -> np.ndarray:
    """File line of every parsed row, given the first data line and the lines pandas skipped."""
    lines = np.arange(first, first + n_rows + len(skipped), dtype=np.int64)
    if skipped:
        lines = lines[~np.isin(lines, skipped)]
    return lines[:n_rows]


def _read_delimited(
    path: PathLike,
    log: _Log,
    *,
    sep: str | None,
    header: bool = True,
    encoding: str = "utf-8",
    quoting: bool = True,
    min_columns: int = 2,
    sep_fix: str | None = None,
    hint: str = "",
) -> _Table:
    """Read a delimited text file (optionally gzip-compressed) as strings, with good errors.

    Blank lines are ignored; lines with too many fields are rejected through
    ``log``; the returned table knows the file line of every row.
    """
    p = _existing_file(path, hint)
    _check_encoding(encoding)
    if p.stat().st_size == 0:
        raise DataError("file is empty", path=str(p), fix=hint or "give a file with data rows")
    peek = _peek_lines(p, encoding)
    if not peek:
        raise DataError("file has only blank lines", path=str(p), fix=hint or "give a file with data rows")
    if sep is None:
        sep = _guess_sep(peek)
        if sep is None:
            raise DataError(
                "cannot detect the column separator",
                path=str(p),
                line=1,
                value=peek[0],
                fix="pass sep=',' (or '\\t', ';', '|')",
            )
    frame, skipped = _pandas_read(p, sep=sep, header=header, encoding=encoding, quoting=quoting, strict=log.strict)
    if header:
        frame.columns = [str(c).lstrip("\ufeff").strip() for c in frame.columns]
    if frame.shape[1] < min_columns:
        guess = _guess_sep(peek, exclude=sep)
        fix = sep_fix or (f"pass sep={guess!r}" if guess else "pass the file's separator as sep=")
        raise DataError(
            f"only one column found when splitting on {sep!r} (wrong separator?)",
            path=str(p),
            line=1,
            value=peek[0],
            fix=fix,
        )
    first = 2 if header else 1
    lines = _lines_of_rows(len(frame), first, skipped)
    if skipped:
        log.reject(
            p,
            skipped,
            f"wrong number of fields (expected {frame.shape[1]})",
            fix="remove the extra separators or quote the field",
        )
    blank = frame.isna().all(axis=1).to_numpy()
    if blank.any():
        frame, lines = frame[~blank], lines[~blank]
    if len(frame) == 0 and not skipped:
        raise DataError(
            "file has no data rows" + (" after the header" if header else ""),
            path=str(p),
            line=1,
            value=peek[0],
            fix=hint or "give a file with data rows",
        )
    return _Table(frame, lines, p, log)


def _pandas_read(
    p: Path, *, sep: str, header: bool, encoding: str, quoting: bool, strict: bool
) -> tuple[pd.DataFrame, list[int]]:
    """pandas.read_csv with its errors turned into DataErrors; returns the frame and the skipped lines."""
    kwargs: dict[str, Any] = dict(
        sep=r"\s+" if sep == " " else sep,
        header=0 if header else None,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        skip_blank_lines=False,
        on_bad_lines="error" if strict else "warn",
        encoding=encoding,
        quoting=csv.QUOTE_MINIMAL if quoting else csv.QUOTE_NONE,
        index_col=False,
        engine="c",
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", pd.errors.ParserWarning)
        try:
            frame = pd.read_csv(p, **kwargs)
        except UnicodeDecodeError:
            raise _decode_error(p, encoding) from None
        except pd.errors.EmptyDataError:
            raise DataError("file is empty", path=str(p), fix="give a file with a header and data rows") from None
        except pd.errors.ParserError as e:
            raise _parser_error(p, e) from None
        except (OSError, EOFError) as e:
            raise DataError(
                f"cannot read the file ({e})",
                path=str(p),
                fix="check that the file is complete (a truncated .gz fails this way)",
            ) from None
    skipped: list[int] = []
    for w in caught:
        if issubclass(w.category, pd.errors.ParserWarning):
            skipped.extend(int(x) for x in re.findall(r"line (\d+)", str(w.message)))
    return frame, sorted(set(skipped))


def _parser_error(p: Path, e: Exception) -> DataError:
    msg = str(e).strip()
    m = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", msg)
    if m:
        return DataError(
            f"wrong number of fields: expected {m[1]}, found {m[3]}",
            path=str(p),
            line=int(m[2]),
            fix=f"remove the extra separators or quote the field, {_SKIP_HINT}",
        )
    m = re.search(r"(line|row) (\d+)", msg)
    line = None if m is None else int(m[2]) + (1 if m[1] == "row" else 0)  # pandas' "row" counts from 0
    problem = msg.split("C error: ")[-1]
    if m is not None and m[1] == "row":
        problem = problem.replace(m[0], f"line {line}")
    return DataError(
        f"cannot parse the file: {problem}",
        path=str(p),
        line=line,
        fix="check quoting (an unclosed quote runs to the end of the file) and the separator",
    )


def _read_parquet(path: PathLike, log: _Log) -> _Table:
    p = _existing_file(path)
    try:
        frame = pd.read_parquet(p)
    except ImportError as e:  # pragma: no cover - pyarrow is a dependency
        raise DataError(f"cannot read Parquet ({e})", path=str(p), fix="pip install pyarrow") from None
    except Exception as e:  # pyarrow raises ArrowInvalid, OSError, ...
        raise DataError(
            f"cannot read the file as Parquet ({type(e).__name__}: {e})",
            path=str(p),
            fix="check that it is a Parquet file, or give a CSV/TSV file",
        ) from None
    if len(frame) == 0:
        raise DataError("file has no rows", path=str(p), fix="give a file with data rows")
    frame.columns = [str(c) for c in frame.columns]
    return _Table(frame, np.arange(1, len(frame) + 1), p, log)


def _iter_json_lines(p: Path, log: _Log, encoding: str = "utf-8") -> Iterator[tuple[int, dict[str, Any]]]:
    """(line, object) for every JSON-lines row; Python-literal rows (the 2014 Amazon release) also work."""
    with _open_bytes(p) as f:
        i = 0
        try:
            for i, raw in enumerate(f, 1):  # noqa: B007 - i is used after the loop on errors
                try:
                    text = raw.decode(encoding).strip()
                except UnicodeDecodeError:
                    raise _decode_error(p, encoding) from None
                if not text:
                    continue
                obj = _parse_json_line(text)
                if not isinstance(obj, dict):
                    log.reject(
                        p,
                        [i],
                        "line is not a JSON object",
                        values=[text[:80]],
                        fix='write one JSON object per line ({"key": value, ...})',
                    )
                    continue
                yield i, obj
        except (OSError, EOFError) as e:
            raise DataError(
                f"cannot read the file after line {i} ({e})", path=str(p), fix="check that the .gz file is complete"
            ) from None


def _parse_json_line(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


def _read_json_lines(path: PathLike, log: _Log, hint: str = "") -> _Table:
    p = _existing_file(path, hint)
    if p.stat().st_size == 0:
        raise DataError("file is empty", path=str(p), fix=hint or "give a JSON-lines file")
    records, lines = [], []
    for i, obj in _iter_json_lines(p, log):
        records.append(obj)
        lines.append(i)
    if not records:
        raise DataError("file has no JSON objects", path=str(p), fix=hint or "give one JSON object per line")
    return _Table(pd.DataFrame.from_records(records), np.asarray(lines), p, log)


# ====================================================================== shared building
def _interactions(table: _Table, cols: Mapping[str, Col], *, allow_dates: bool = False) -> pd.DataFrame:
    """Interaction frame (external ids) from the file columns in ``cols`` (our name -> file column)."""
    out: dict[str, Any] = {"user": table.ids(cols["user"], "user"), "item": table.ids(cols["item"], "item")}
    if "timestamp" in cols:
        out["timestamp"] = table.timestamps(cols["timestamp"], allow_dates=allow_dates)
    if "rating" in cols:
        out["rating"] = table.number(cols["rating"], "rating", required=False)
    if "event" in cols:
        out["event"] = table.text(cols["event"]).fillna("")
    frame = pd.DataFrame(out)
    return frame[table.keep].reset_index(drop=True)


def _build(
    inter: pd.DataFrame,
    log: _Log,
    source: Path,
    *,
    name: str,
    users: pd.DataFrame | None = None,
    items: pd.DataFrame | None = None,
    user_fields: dict[str, str] | None = None,
    item_fields: dict[str, str] | None = None,
    meta: dict[str, Any] | None = None,
) -> Dataset:
    _finish(log, source, inter)
    return Dataset.from_frames(
        inter,
        users,
        items,
        user_fields=user_fields,
        item_fields=item_fields,
        name=name,
        meta={"source": str(source), **(meta or {}), **log.meta()},
        source=str(source),
    )


def _side_table(table: _Table, key: Col, field: str, columns: Mapping[str, Col]) -> pd.DataFrame:
    """A users/items frame keyed by ``field`` with the text of ``columns`` (name -> file column)."""
    out = {field: table.ids(key, field)}
    for name, col in columns.items():
        out[name] = table.text(col)
    return pd.DataFrame(out)[table.keep].reset_index(drop=True)


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
    opts = dict(sep="\t", header=False, encoding=encoding, quoting=False)
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


# ====================================================================== dispatch
_READERS: dict[str, Callable[..., Dataset]] = {
    "movielens-100k": read_movielens_100k,
    "movielens-latest": read_movielens_latest,
    "s3rec": read_s3rec,
    "amazon-2018": read_amazon_2018,
    "recbole": read_recbole,
    "csv": read_table,
    "parquet": read_table,
}


def detect_format(path: PathLike) -> str:
    """The format name :func:`read_dataset` uses for ``path`` with ``format="auto"``."""
    p = Path(path).expanduser()
    if not p.exists():
        raise DataError("file or folder not found", path=str(p), fix="check the path")
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
    if format not in FORMATS:
        raise DataError("unknown format", field="format", value=format, fix=f"use one of {', '.join(FORMATS)}")
    fmt = detect_format(path) if format == "auto" else format
    reader = _READERS[fmt]
    p = Path(path).expanduser()
    if fmt in ("movielens-100k", "movielens-latest") and p.is_file():
        p = p.parent
    accepted = inspect.signature(reader).parameters
    unknown = [k for k in options if k not in accepted]
    if unknown:
        valid = [k for k in accepted if k not in ("path", "path_dir", "txt_path", "reviews_path")]
        raise TypeError(f"format {fmt!r} does not take the option(s) {unknown}; it takes {valid}")
    return reader(p, **options)


__all__ = [
    "FORMATS",
    "ML100K_GENRES",
    "detect_format",
    "read_amazon_2018",
    "read_dataset",
    "read_movielens_100k",
    "read_movielens_latest",
    "read_recbole",
    "read_s3rec",
    "read_table",
]
