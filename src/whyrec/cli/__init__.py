"""The ``whyrec`` command line (Typer + Rich): a module per group of commands (``commands``, ``demo``,
``explain``, ``serve``) over ``common``; importing this package registers them all on :data:`app`."""

from __future__ import annotations

import sys

from whyrec.cli import batch, commands, credit, demo, explain, serve, tune  # noqa: F401 - each registers its commands on app
from whyrec.cli.common import app, cli_fix, err, load_data, read_options
from whyrec.cli.show import _evidence_rows, default_method, evidence_line, render_explanation
from whyrec.errors import WhyrecError

__all__ = ["_evidence_rows", "app", "cli_fix", "default_method", "evidence_line", "load_data", "main", "read_options",
           "render_explanation"]


def main() -> None:
    """Entry point of the ``whyrec`` console script: clear one-line errors instead of tracebacks."""
    from rich.markup import escape

    try:
        app()
    except WhyrecError as e:
        err.print(f"[red]error:[/red] {escape(cli_fix(str(e)))}")
        sys.exit(2)
    except (ValueError, KeyError, FileNotFoundError) as e:
        err.print(f"[red]error:[/red] {escape(str(e))}")
        sys.exit(2)
