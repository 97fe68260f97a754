"""Opening a store: the database URL (redacted for display, checked before use) and the SQLAlchemy engine."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import NoSuchModuleError

from whyrec.errors import WhyrecError

#: the first bytes of every SQLite database file
SQLITE_MAGIC = b"SQLite format 3\x00"


#: file endings of data files that are not a store
DATA_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".json", ".jsonl", ".parquet", ".inter", ".dat", ".gz", ".zip",
                           ".xlsx", ".pkl"})  # fmt: skip


STORE_FIX = (
    "use an SQLite file (a path such as shop.sqlite, or sqlite:///path/shop.sqlite; created if missing) or a "
    "PostgreSQL URL (postgresql://user@host/dbname, with its driver installed: pip install 'whyrec[postgres]')"
)


def redact_url(url: str) -> str:
    """``url`` with its password replaced by ``***``: the only form in which a database URL is shown or logged."""
    try:
        return make_url(str(url)).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL SQLAlchemy parses: mask what looks like user:password@
        return re.sub(r"(://[^/@]*?:)[^/@]*@", r"\1***@", str(url))


def store_url(value: str | Path) -> str:
    """The SQLAlchemy URL of a store given as a file path or a URL, checked without connecting.

    A path becomes ``sqlite:///<absolute path>``. A folder, a data file (CSV, JSON, ...), a file that is not
    an SQLite database, a string that is not a URL, or a database whose Python driver is not installed raise
    WhyrecError naming the value (its password hidden), what is wrong and the fix.
    """
    text = str(value).strip()
    url = text if "://" in text else f"sqlite:///{Path(text).expanduser().resolve()}"
    _engine(url, redact_url(text)).dispose()
    return url


def _check_sqlite_file(path: Path, shown: str) -> None:
    if path.is_dir():
        raise WhyrecError(f"the store {shown!r} is a folder, not an SQLite database file. Fix: {STORE_FIX}")
    if path.suffix.lower() in DATA_SUFFIXES:
        raise WhyrecError(
            f"the store {shown!r} is a {path.suffix} data file, not an SQLite database (the service reads its data "
            f"from the model folder and keeps events in its own database). Fix: {STORE_FIX}"
        )
    if path.is_file() and path.stat().st_size > 0:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
        if head != SQLITE_MAGIC:
            raise WhyrecError(
                f"the store {shown!r} is not an SQLite database (it begins with {head[:12]!r}). Fix: {STORE_FIX}"
            )


def _engine(url: str, shown: str, echo: bool = False) -> Engine:
    """The SQLAlchemy engine of ``url`` (``shown``: how to name it), or WhyrecError saying why there is none."""
    try:
        parsed = make_url(url)
    except Exception as e:  # noqa: BLE001 - SQLAlchemy raises ArgumentError with its own words
        raise WhyrecError(f"the store {shown!r} is not a database URL ({type(e).__name__}). Fix: {STORE_FIX}") from None
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:" and (
        "mode=memory" not in url
    ):
        _check_sqlite_file(Path(parsed.database), shown)
    try:
        return create_engine(url, echo=echo, **_engine_options(parsed))
    except NoSuchModuleError:
        raise WhyrecError(
            f"the store {shown!r} names the database kind {parsed.drivername!r}, which SQLAlchemy does not know. "
            f"Fix: {STORE_FIX}"
        ) from None
    except ImportError as e:
        raise WhyrecError(
            f"the store {shown!r} needs the Python driver {e.name or parsed.drivername!r}, which is not installed. "
            f"Fix: install it (pip install 'whyrec[postgres]' for postgresql:// and postgresql+psycopg://, "
            f"psycopg2-binary for postgresql+psycopg2://), or {STORE_FIX}"
        ) from None


def _engine_options(parsed: Any) -> dict[str, Any]:
    """What ``create_engine`` is given besides the URL. psycopg 3 prepares a statement on the server once it has
    run five times, and PostgreSQL may then plan it once for any parameters (a generic plan): for the chunked
    ``IN (...)`` look-ups of the store (the event ids of a batch, items, histories) that plan scanned the events
    table, and a batch of 500 events took 0.25 s at 100,000 stored events (1,213 events/s; 10,772 with it off).
    So psycopg 3 connections prepare nothing (``prepare_threshold=None``; every statement is planned for its
    parameters, and a connection pooler in transaction mode needs this anyway)."""
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() == "psycopg":
        return {"connect_args": {"prepare_threshold": None}}
    return {}


def _sqlite_pragmas(dbapi_conn: Any, record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below), so DDL is transactional too
    cur = dbapi_conn.cursor()
    for pragma in (
        "journal_mode=WAL",
        "synchronous=FULL",
        "foreign_keys=ON",
        "busy_timeout=30000",
        "cache_size=-65536",
        "secure_delete=ON",  # deleted rows are overwritten with zeros, not left in free pages
    ):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # writes take the write lock up front, so a read-then-write transaction never fails half way with SQLITE_BUSY
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("whyrec_write") else "BEGIN")
