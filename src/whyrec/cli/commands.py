"""The data and model commands: data describe, train, evaluate, index, recommend."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from whyrec.cli.common import (
    ITEMS_FILE,
    RUN_FILE,
    Columns,
    Encoding,
    Strict,
    _check_out_folder,
    _metrics_table,
    _parse_params,
    _progress_fit,
    app,
    console,
    data_app,
    load_data,
    read_options,
)
from whyrec.errors import WhyrecError
from whyrec.models import MODELS
from whyrec.runs import write_run_record


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
        str, typer.Option("--model", "-m", help=f"Model key: {', '.join(MODELS)}.")
    ] = "sasrec",
    format: Annotated[str, typer.Option("--format", "-f", help="Reader name, or auto.")] = "auto",
    protocol: Annotated[str, typer.Option(help="Split used for early stopping and evaluation.")] = "loo-full",
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="Hyper-parameter name=value.")] = None,
    seed: Annotated[int, typer.Option(help="Split seed.")] = 2020,
    strict: Strict = True,
    encoding: Encoding = None,
    column: Columns = None,
    nproc_per_node: Annotated[int, typer.Option("--nproc-per-node", help="Train data-parallel in this many "
                                                "processes (torchrun; gloo on CPU, NCCL on CUDA).")] = 1,
) -> None:
    """Train a model and save it (params.json + weights.safetensors) with its run record.

    Example: whyrec train --data ../shared/data/amazon-s3rec/Beauty.txt --format s3rec --model sasrec --out runs/beauty
    """
    from whyrec import parallel
    from whyrec.evaluation import evaluate, make_split
    from whyrec.models import make_model

    params = _parse_params(param)
    if nproc_per_node < 1:
        raise WhyrecError(f"--nproc-per-node {nproc_per_node} must be at least 1. Fix: e.g. --nproc-per-node 2")
    if nproc_per_node > 1 and int(os.environ.get("WORLD_SIZE", "1")) == 1:
        _check_out_folder(out)
        args = ["train", "--data", data, "--out", str(out), "--model", model, "--format", format, "--protocol",
                protocol, "--seed", str(seed), *[a for p in param or [] for a in ("--param", p)],
                *([] if strict else ["--lenient"]), *(["--encoding", encoding] if encoding else []),
                *[a for c in column or [] for a in ("--column", c)]]
        _torchrun(nproc_per_node, args)
        return
    if int(os.environ.get("RANK", "0")) == 0:  # under torchrun, before the group exists: rank 0 checks
        _check_out_folder(out)
    ds = load_data(data, format, strict=strict, encoding=encoding, columns=column)
    split = make_split(ds, protocol, seed=seed)
    m = make_model(model, **params)
    t0 = time.perf_counter()
    _progress_fit(m, split.train, split.valid)
    seconds = time.perf_counter() - t0
    if not parallel.is_main():  # rank 0 evaluates and writes the one model folder
        parallel.finish()
        return
    res = evaluate(m, split, protocol)
    m.save(out)
    info: dict[str, Any] = {"data": data, "format": format}
    options = read_options(strict, encoding, column)
    if options:  # open_run reads the data again the same way
        info["read_options"] = options
    if data == "sample-shop" or format == "sample-shop":
        info.update(data="sample-shop", format="sample-shop", n_users=2000, shop_seed=0)  # load_data's defaults
    info.update(protocol=protocol, seed=seed, model=model, params=params, train_seconds=seconds, test_metrics=res)
    rank, world = parallel.world()
    if world > 1:
        info.update(world_size=world)
    write_run_record(out, info, ds)
    console.print(_metrics_table(f"{model} on {ds.name}, {protocol}, test ({seconds:.1f} s training)", res))
    console.print(f"saved to {out}")
    parallel.finish()


def _torchrun(nproc: int, args: list[str]) -> None:
    """Run ``whyrec <args>`` in ``nproc`` processes on this machine through torchrun (torch.distributed.run)."""
    import subprocess
    import sys

    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={nproc}", "-m",
           "whyrec.cli", *args]
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    res = subprocess.run(cmd, env=env)
    if res.returncode:
        raise WhyrecError(f"distributed training over {nproc} processes failed (exit {res.returncode}; its output is "
                          "above). Fix: run it with --nproc-per-node 1 to see the error of one process")


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


@app.command("index")
def index_cmd(
    model_dir: Annotated[Path, typer.Argument(help="Folder written by 'whyrec train' (a dot-product model).")],
    lists: Annotated[int | None, typer.Option("--lists", help="Inverted lists (default: 1 below 4,096 items, "
                                              "else about 4 sqrt(items)).")] = None,
    probe: Annotated[int | None, typer.Option("--probe", help="Lists searched per user (default: calibrated to "
                                              "--target-recall).")] = None,
    candidates: Annotated[int, typer.Option("--candidates", help="Items proposed per user before the exact "
                                            "scoring and masking.")] = 100,
    target_recall: Annotated[float, typer.Option("--target-recall", help="Recall of the exact top-10 the "
                                                 "calibration aims at, on a sample of training users.")] = 0.995,
) -> None:
    """Build the approximate (FAISS) index of a saved model, for 'whyrec recommend --ann'.

    Example: whyrec index runs/beauty-bpr
    """
    from whyrec.models import load
    from whyrec.models.retrieval import AnnIndex

    m = load(model_dir)
    if lists is not None and not 1 <= lists <= m.n_items_:
        raise WhyrecError(f"--lists {lists} is out of range. Fix: pass --lists 1..{m.n_items_}")
    if probe is not None and not 1 <= probe <= (lists or m.n_items_):
        raise WhyrecError(f"--probe {probe} is out of range. Fix: pass --probe 1..--lists")
    if candidates < 1:
        raise WhyrecError(f"--candidates {candidates} must be at least 1. Fix: e.g. --candidates 100")
    if not 0.0 <= target_recall <= 1.0:
        raise WhyrecError(f"--target-recall {target_recall} must lie in [0, 1]. Fix: e.g. --target-recall 0.995")
    t0 = time.perf_counter()
    index = AnnIndex(m, n_lists=lists, n_probe=probe, candidates=candidates, target_recall=target_recall)
    index.save(model_dir)
    recall = "" if index.calibration_recall is None else f", recall@10 {index.calibration_recall:.4f} on a sample"
    how = ("one list: below 4,096 items recommendations stay exact" if index.vectors.n_lists == 1 else
           f"{index.vectors.n_lists} lists, {index.n_probe} searched per user{recall}")
    console.print(f"indexed {m.n_items_} items of {model_dir} in {time.perf_counter() - t0:.1f} s: {how}")


@app.command()
def recommend(
    model_dir: Annotated[Path, typer.Argument(help="Folder written by 'whyrec train'.")],
    user: Annotated[list[str], typer.Option("--user", "-u", help="External user id (repeatable).")],
    k: Annotated[int, typer.Option("-k", help="How many items.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    ann: Annotated[bool, typer.Option("--ann", help="Candidates from the folder's approximate index "
                                      "(built by 'whyrec index'), scored exactly.")] = False,
) -> None:
    """Top-k items for one or more users of a saved model.

    Example: whyrec recommend runs/beauty --user 42 -k 10
    """
    from whyrec.models import load

    m = load(model_dir)
    titles = json.loads((model_dir / ITEMS_FILE).read_text()) if (model_dir / ITEMS_FILE).is_file() else {}
    if ann:
        from whyrec.models.retrieval import AnnIndex

        ids, scores = AnnIndex.load(m, model_dir).recommend(list(user), k=k)
    else:
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
