"""Shared parts of the command line: the Typer apps, the consoles, the reader options and helpers."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from whyrec.errors import WhyrecError

app = typer.Typer(
    help="whyrec: recommendations that say why. Train, evaluate and query recommenders.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
data_app = typer.Typer(help="Inspect datasets.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(data_app, name="data")
console = Console()
err = Console(stderr=True)

RUN_FILE = "run.json"
ITEMS_FILE = "items.json"


# ---------------------------------------------------------------- helpers
def _check_out_folder(out: Path) -> None:
    """Refuse, before any work, an --out that cannot become a model folder."""
    if out.exists() and not out.is_dir():
        raise WhyrecError(f"--out {out} is a file, not a folder. Fix: pass a new or existing folder to --out")
    import os

    parent = out if out.exists() else next((p for p in out.parents if p.exists()), Path("."))
    if not os.access(parent, os.W_OK):
        raise WhyrecError(f"--out {out}: {parent} is not writable. Fix: pass a folder you can write to --out")


def _parse_params(params: list[str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for p in params or []:
        if "=" not in p:
            raise ValueError(f"--param must look like name=value (e.g. embedding_dim=32); got {p!r}")
        k, v = p.split("=", 1)
        try:
            out[k.strip()] = json.loads(v)
        except json.JSONDecodeError:
            out[k.strip()] = v
    return out


#: the reader options the data commands offer, and the option each reader keyword is on the command line
Strict = Annotated[
    bool, typer.Option("--strict/--lenient", help="Stop at the first bad row (default), or skip bad rows and count "
                                                   "them.")
]
Encoding = Annotated[str | None, typer.Option("--encoding", help="The files' text encoding (e.g. latin-1).")]
Columns = Annotated[
    list[str] | None,
    typer.Option("--column", help="Map a field to your column: user=COL, item=COL, timestamp=COL, rating=COL "
                                  "(repeat the option)."),
]
_CLI_FIXES = (
    (re.compile(r"(?:or )?pass strict=False"), "or pass --lenient"),
    (re.compile(r"strict=False"), "--lenient"),
    (re.compile(r"encoding=('[^']*'|\"[^\"]*\")"), lambda m: f"--encoding {m.group(1).strip(chr(39) + chr(34))}"),
    (re.compile(r"a Python codec name such as --encoding"), "a codec name such as --encoding"),
    (re.compile(r"columns=\{([^}]*)\}"), lambda m: " ".join(
        f"--column {k.strip().strip(chr(39))}=<column>" for k in re.findall(r"'([^']+)'\s*:", m.group(1)))),
    (re.compile(r"pass format= one of"), "pass --format one of"),
)


def cli_fix(message: str) -> str:
    """A reader's error with the Python keywords of its fix named as the command line's options."""
    for pattern, repl in _CLI_FIXES:
        message = pattern.sub(repl, message)
    return message


def read_options(strict: bool = True, encoding: str | None = None, columns: list[str] | None = None) -> dict[str, Any]:
    """The reader keywords of the command line's --lenient, --encoding and --column options (only those given)."""
    options: dict[str, Any] = {}
    if not strict:
        options["strict"] = False
    if encoding:
        options["encoding"] = encoding
    if columns:
        pairs = [c.partition("=") for c in columns]
        bad = [c for c, (k, eq, v) in zip(columns, pairs, strict=True) if not (k and eq and v)]
        if bad:
            raise WhyrecError(f"--column {bad[0]!r} is not field=column. Fix: e.g. --column user=customer_id")
        options["columns"] = {k: v for k, _, v in pairs}
    return options


def load_data(data: str, fmt: str = "auto", seed: int = 0, n_users: int = 2000, *,  # noqa: ANN201 - Dataset
              strict: bool = True, encoding: str | None = None, columns: list[str] | None = None):
    """A Dataset from a path and format, or the built-in sample shop when ``data`` is ``sample-shop``;
    ``strict`` / ``encoding`` / ``columns`` (``field=column`` strings) are the readers' options."""
    from whyrec.data import read_dataset, sample_shop
    from whyrec.data.readers import detect_format, options_not_taken

    if data == "sample-shop" or fmt == "sample-shop":
        return sample_shop(n_users=n_users, seed=seed)
    options = read_options(strict, encoding, columns)
    if options:  # the readers' own check names Python keywords: name the options of this command line
        fmt_used = detect_format(data) if fmt == "auto" else fmt
        flag = {"strict": "--lenient", "encoding": "--encoding", "columns": "--column"}
        unknown = [flag[k] for k in options_not_taken(fmt_used, options)]
        if unknown:
            raise WhyrecError(f"format {fmt_used!r} does not take {', '.join(unknown)}. Fix: leave "
                              f"{'it' if len(unknown) == 1 else 'them'} out, or give --format a format that does")
    return read_dataset(data, format=fmt, **options)


def _progress_fit(model: Any, train: Any, valid: Any) -> Any:
    if hasattr(model, "verbose"):
        given = model.verbose
        model.verbose = True  # show the progress bar; the saved params keep what the user gave
        try:
            model.fit(train, valid)
        finally:
            model.verbose = given
        return model
    with console.status(f"fitting {type(model).__name__} ..."):
        return model.fit(train, valid)


def _metrics_table(title: str, metrics: dict[str, float]) -> Table:
    t = Table(title=title)
    t.add_column("metric")
    t.add_column("value", justify="right")
    for k, v in metrics.items():
        t.add_row(k, f"{v:.4f}" if k not in ("users", "rows") else f"{int(v)}")
    return t
