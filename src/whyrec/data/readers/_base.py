"""The parts every reader shares: the format list, bad-row handling (strict or lenient), file opening,
delimited / JSON-lines / Parquet parsing and the Dataset building."""

from __future__ import annotations

import ast
import csv
import gzip
import json
import os
import re
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from whyrec.data.dataset import Dataset
from whyrec.errors import DataError

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
        # a column of a file without a header is its position (an int): the report names it as the field
        self.log.reject(
            self.path, self.lines[idx], problem, field=field or column, values=values, fix=fix  # type: ignore[arg-type]
        )
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
