"""The ``whyrec`` command line (Typer + Rich)."""

from __future__ import annotations

import json
import sys
import time
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


def main() -> None:
    """Entry point of the ``whyrec`` console script: clear one-line errors instead of tracebacks."""
    try:
        app()
    except WhyrecError as e:
        err.print(f"[red]error:[/red] {e}")
        sys.exit(2)
    except (ValueError, KeyError, FileNotFoundError) as e:
        err.print(f"[red]error:[/red] {e}")
        sys.exit(2)


# ---------------------------------------------------------------- helpers
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


def load_data(data: str, fmt: str = "auto", seed: int = 0, n_users: int = 2000):  # noqa: ANN201 - Dataset
    """A Dataset from a path and format, or the built-in sample shop when ``data`` is ``sample-shop``."""
    from whyrec.data import read_dataset, sample_shop

    if data == "sample-shop" or fmt == "sample-shop":
        return sample_shop(n_users=n_users, seed=seed)
    return read_dataset(data, format=fmt)


def _item_titles(ds: Any) -> dict[str, str]:
    if ds.items is None or "title" not in ds.items.columns:
        return {}
    return {str(i): ds.item_title(j) for j, i in enumerate(ds.item_ids)}


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
) -> None:
    """Count users, items, interactions and fields of a dataset.

    Example: whyrec data describe ../shared/data/ml-100k --format movielens-100k
    """
    ds = load_data(path, format)
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
    model: Annotated[str, typer.Option("--model", "-m", help="pop, itemknn, ease, bpr, fm, deepfm, nfm, sasrec.")] = (
        "sasrec"
    ),
    format: Annotated[str, typer.Option("--format", "-f", help="Reader name, or auto.")] = "auto",
    protocol: Annotated[str, typer.Option(help="Split used for early stopping and evaluation.")] = "loo-full",
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="Hyper-parameter name=value.")] = None,
    seed: Annotated[int, typer.Option(help="Split seed.")] = 2020,
) -> None:
    """Train a model and save it (params.json + weights.safetensors) with its run record.

    Example: whyrec train --data ../shared/data/amazon-s3rec/Beauty.txt --format s3rec --model sasrec --out runs/beauty
    """
    from whyrec.evaluation import evaluate, make_split
    from whyrec.models import make_model

    params = _parse_params(param)
    ds = load_data(data, format)
    split = make_split(ds, protocol, seed=seed)
    m = make_model(model, **params)
    t0 = time.perf_counter()
    _progress_fit(m, split.train, split.valid)
    seconds = time.perf_counter() - t0
    res = evaluate(m, split, protocol)
    m.save(out)
    (out / RUN_FILE).write_text(
        json.dumps(
            {
                "data": data,
                "format": format,
                "protocol": protocol,
                "seed": seed,
                "model": model,
                "params": params,
                "train_seconds": seconds,
                "test_metrics": res,
            },
            indent=1,
        )
    )
    titles = _item_titles(ds)
    if titles:
        (out / ITEMS_FILE).write_text(json.dumps(titles))
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
) -> None:
    """Generate the sample shop, train a model, evaluate it and show a few users' history and top-10.

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
    m = make_model(model, **DEMO_PARAMS.get(model, {}))
    _progress_fit(m, split.train, split.valid)
    pop = make_model("pop").fit(split.train)
    res, res_pop = evaluate(m, split, "loo-full", ks=(10,)), evaluate(pop, split, "loo-full", ks=(10,))
    console.print(
        f"loo-full test: {type(m).__name__} NDCG@10 {res['NDCG@10']:.4f}, HR@10 {res['HR@10']:.4f}  "
        f"(popularity: NDCG@10 {res_pop['NDCG@10']:.4f}, HR@10 {res_pop['HR@10']:.4f})"
    )
    m.save(out)
    (out / ITEMS_FILE).write_text(json.dumps(_item_titles(ds)))
    history = split.train.histories().extend(split.valid.histories())
    users = ds.user_ids[: max(0, show)]
    for u in users:
        ui = int(ds.user_index(u)[0])
        hist = history[ui][-5:]
        t = Table(title=f"shopper {u}: recent purchases -> top 10", show_lines=False)
        t.add_column("recent purchases (oldest first)")
        t.add_column("#", justify="right")
        t.add_column("recommended")
        t.add_column("score", justify="right")
        ids, scores = m.recommend(u, k=10, histories=history)
        left = [_describe_item(ds, int(i)) for i in hist]
        for n, (i, s) in enumerate(zip(ids, scores, strict=True)):
            t.add_row(
                left[n] if n < len(left) else "", str(n + 1), _describe_item(ds, int(ds.item_index(i)[0])), f"{s:.2f}"
            )
        console.print(t)
    console.print(f"model saved to {out}; try: whyrec recommend {out} --user {users[0] if len(users) else 'U'} -k 10")


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


def _describe_item(ds: Any, i: int) -> str:
    title = ds.item_title(i)
    if ds.items is not None and "price" in ds.items.columns:
        price = ds.items["price"].iloc[i]
        if price == price:  # not NaN
            return f"{title} (${price:.2f})"
    return title


if __name__ == "__main__":
    main()
