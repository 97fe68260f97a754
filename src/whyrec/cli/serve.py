"""whyrec serve and whyrec forget."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.table import Table

from whyrec.cli.common import app, console, err
from whyrec.errors import WhyrecError


def _refuse(message: str) -> NoReturn:
    """A bad option of ``whyrec serve`` or ``whyrec forget``: one paragraph on stderr, exit status 2, no
    traceback."""
    from rich.markup import escape

    err.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True)
    raise typer.Exit(2)


@app.command()
def forget(
    model_dirs: Annotated[
        list[Path], typer.Argument(help="Model folders written by 'whyrec train' / 'whyrec forget'.")
    ],
    db: Annotated[str, typer.Option("--db", help="SQLite file or SQLAlchemy URL of the store whose erasures count.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the first folder's model, retrained without the erased "
                                                      "users, to this new folder.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Erasure beyond the store: report which model folders still hold users erased in the store (DELETE
    /v1/users), and with --out retrain the first folder's model without them (same parameters, protocol and seed).

    Example: whyrec forget runs/shop --db shop.sqlite --out runs/shop-forgotten
    """

    from whyrec.erasure import erased_in_runs, forget_run
    from whyrec.runs import open_store
    from whyrec.store import store_url

    try:
        url = store_url(db)
    except WhyrecError as e:
        _refuse(f"--db: {e}")
    store = open_store(url)
    done = None
    if out is not None:
        with console.status(f"retraining {model_dirs[0]} without the erased users"):
            done = forget_run(model_dirs[0], store, out)
        model_dirs = [*model_dirs, out]
    rows = erased_in_runs(model_dirs, store)
    if as_json:
        print(json.dumps({"retrained": done, "folders": rows}, indent=1))
        return
    if done is not None:
        console.print(f"retrained {done['model']} without {done['erased']} erased user(s) "
                      f"({done['interactions_removed']} interactions left out, {done['seconds']:.1f} s): {done['out']}")
    table = Table(title=f"model folders and the users erased in {store.safe_url}")
    for col in ("folder", "users", "erased", "status"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["path"], str(r["users"]), str(r["erased"]),
                      "clean" if r["clean"] else "holds erased users: retrain with --out")
    console.print(table)
    if done is None and not all(r["clean"] for r in rows):
        raise typer.Exit(1)  # a folder still holds erased users


@app.command()
def serve(
    model_dir: Annotated[Path, typer.Argument(help="Folder written by 'whyrec train' or 'whyrec demo'.")],
    db: Annotated[
        str,
        typer.Option(
            "--db",
            help="SQLite file or SQLAlchemy URL of the store, e.g. postgresql+psycopg://user@host/db "
            "(filled from the model's data).",
        ),
    ] = "whyrec.sqlite",
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    narrate: Annotated[str, typer.Option("--narrate", help="Reason writer: template, local or an http:// URL.")] = (
        "template"
    ),
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    precompute: Annotated[
        bool,
        typer.Option(
            "--precompute/--no-precompute",
            help="Build every stored user's default answer (top-10, explained, narrated) in the background after "
            "start-up and again after their events, so that most requests are a look-up.",
        ),
    ] = True,
    public_reads: Annotated[
        bool,
        typer.Option(
            "--public-reads",
            help="Serve the read routes (history, recommendations, explanations, map, items, credit decisions) "
            "without a key, for a demo shop. Writes still need keys; listing the users still needs an admin key.",
        ),
    ] = False,
    public_metrics: Annotated[
        bool, typer.Option("--public-metrics", help="Serve /metrics without a key (else it needs an admin key).")
    ] = False,
    rate_limit: Annotated[
        float,
        typer.Option(help="Requests per second per API key (per client address for keyless public reads); 0: no "
                     "limit. Over it: 429 with Retry-After."),
    ] = 50.0,
    rate_burst: Annotated[int, typer.Option(help="Requests a client may send at once above --rate-limit.")] = 100,
    queue: Annotated[
        int, typer.Option(help="Requests that may wait for the model thread; one more is answered 503.")
    ] = 32,
    limit_concurrency: Annotated[
        int, typer.Option(help="Connections and tasks at once before uvicorn answers 503.")
    ] = 128,
    timeout_keep_alive: Annotated[
        int, typer.Option(help="Seconds an idle connection (or one that sends nothing) is kept open.")
    ] = 5,
    header_timeout: Annotated[
        float, typer.Option(help="Seconds a request's line and headers may take from their first byte.")
    ] = 10.0,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            help="A Parquet file written by 'whyrec batch answers' for this model and store: its answers that are "
            "still current are kept from the start (with --precompute, only the missing ones are computed).",
        ),
    ] = None,
    credit: Annotated[
        Path | None,
        typer.Option(
            "--credit",
            help="A credit run folder (written by 'whyrec credit train' or 'whyrec demo --credit') to serve too: "
            "the page at /credit, the decisions, reasons and recourse at /v1/credit/applicants (read routes).",
        ),
    ] = None,
) -> None:
    """Serve explained recommendations over HTTP: API at /v1, docs at /docs, web page at / (and with --credit, a
    credit run's decisions at /credit).

    The store is created (and filled with the model's data) on first start.
    Every /v1 route needs a key in the X-API-Key header with its scope:
    read (history, recommendations, explanations, map, items, credit), ingest (POST
    /v1/events), catalogue (PUT /v1/items), erase (DELETE /v1/users) or admin
    (all of them, and GET /v1/users and /metrics). Keys come from the
    environment, never from the command line: $WHYREC_API_KEY is an admin
    key; $WHYREC_API_KEYS adds scoped keys as comma-separated
    scope[+scope...]:KEY entries, e.g. WHYREC_API_KEYS=read:KEY1,ingest+catalogue:KEY2
    (several keys may be valid at once, to rotate one). A route whose scope
    no key has is off. No key: 401; a key without the scope: 403.

    Example: WHYREC_API_KEY=secret whyrec serve demo-out --db shop.sqlite --port 8000 --credit demo-out/credit
    """
    import uvicorn
    from rich.markup import escape

    from whyrec.service import API_KEY_ENV, API_KEYS_ENV, SCOPES, Settings, create_app
    from whyrec.service.limits import MAX_HEADER_BYTES, idle_timeout_protocol
    from whyrec.store import redact_url, store_url

    try:
        url = store_url(db)
    except WhyrecError as e:
        _refuse(f"--db: {e}")
    if credit is not None:  # a folder that is no credit run is refused before the model loads
        from whyrec.credit.run import read_run_info

        try:
            read_run_info(credit)
        except WhyrecError as e:
            _refuse(f"--credit: {e}")
    try:
        settings = Settings(model_dir=model_dir, db_url=url, narrate_backend=narrate, precompute=precompute,
                            public_reads=public_reads, public_metrics=public_metrics, rate_limit_rps=rate_limit,
                            rate_limit_burst=rate_burst, model_queue_max=queue, credit_dir=credit,
                            answers_file=answers)  # fmt: skip
    except (ValueError, WhyrecError) as e:  # an option out of range; a malformed $WHYREC_API_KEYS (no key shown)
        _refuse(str(e))
    if answers is not None:  # a file that cannot be used is refused before the model loads
        from whyrec.service.prebuilt import check_answers_file

        try:
            check_answers_file(answers, settings)
        except WhyrecError as e:
            _refuse(f"--answers: {e}")
    off = [s for s in SCOPES if not settings.keys.grants(s) and not (s == "read" and public_reads)]
    if off:
        err.print(f"[yellow]note:[/yellow] no key in {API_KEY_ENV} or {API_KEYS_ENV} has the scope(s) "
                  f"{', '.join(off)}: those routes are off", soft_wrap=True)  # fmt: skip
    if public_reads:
        err.print("[yellow]note:[/yellow] --public-reads: anyone can read histories and recommendations")
    err.print(f"serving {escape(str(model_dir))} from {escape(redact_url(url))} on http://{host}:{port}/ "
              "(API docs at /docs)", soft_wrap=True)  # fmt: skip
    if credit is not None:
        err.print(f"and the credit run {escape(str(credit))} on http://{host}:{port}/credit", soft_wrap=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level, workers=1,
                http=idle_timeout_protocol(header_timeout), timeout_keep_alive=timeout_keep_alive,
                limit_concurrency=limit_concurrency, h11_max_incomplete_event_size=MAX_HEADER_BYTES,
                timeout_graceful_shutdown=10)  # fmt: skip
