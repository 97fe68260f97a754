"""The tune command: Optuna's search over a model's declared space, on the validation split only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from whyrec.cli.common import Columns, Encoding, Strict, _check_out_folder, _parse_params, app, console, load_data
from whyrec.errors import WhyrecError


@app.command()
def tune(
    data: Annotated[str, typer.Option("--data", "-d", help="File or folder, or 'sample-shop'.")],
    model: Annotated[str, typer.Option("--model", "-m", help="A model key: itemknn, ease, bpr, sasrec, ...")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for best_params.json and trials.csv.")],
    trials: Annotated[int, typer.Option("--trials", "-n", help="Trials to run at most.", min=1)] = 20,
    budget_minutes: Annotated[
        float | None, typer.Option("--budget-minutes", help="Start no trial after this many minutes.", min=0.01)
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="Reader name, or auto.")] = "auto",
    protocol: Annotated[str, typer.Option(help="Split whose validation part scores the trials.")] = "loo-full",
    metric: Annotated[str, typer.Option(help="Validation metric to maximise.")] = "NDCG@10",
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A hyper-parameter fixed in every trial: name=value.")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the sampler and the split.")] = 0,
    prune: Annotated[bool, typer.Option("--prune/--no-prune", help="Median pruning of trailing trials.")] = True,
    strict: Strict = True,
    encoding: Encoding = None,
    column: Columns = None,
) -> None:
    """Search a model's hyper-parameters (TPE, median pruning) on the validation split; the test part is never
    read. Writes best_params.json (ready for --param) and trials.csv to --out.

    Example: whyrec tune --data sample-shop --model ease --trials 20 --budget-minutes 5 --out runs/tune-ease
    """
    from whyrec.evaluation.tuning import tune as run_tune
    from whyrec.models import model_class

    model_class(model)  # an unknown model is refused before the data is read
    _check_out_folder(out)
    fixed = _parse_params(param)
    ds = load_data(data, format, strict=strict, encoding=encoding, columns=column)
    try:
        res = run_tune(ds, model, protocol=protocol, trials=trials, budget_minutes=budget_minutes, params=fixed,
                       metric=metric, seed=seed, prune=prune)  # fmt: skip
    except RuntimeError as e:
        raise WhyrecError(f"{e}. Fix: raise --budget-minutes or --trials") from None
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / "best_params.json.tmp"
    tmp.write_text(json.dumps({k: v for k, v in res.to_dict().items() if k != "trials"}, indent=2) + "\n")
    tmp.replace(out / "best_params.json")
    res.trials.to_csv(out / "trials.csv", index=False)
    table = Table(title=f"{model} on {ds.name}: validation {metric}, {len(res.trials)} trials ({res.seconds:.0f} s)")
    for col in res.trials.columns:
        table.add_column(str(col))
    for row in res.trials.itertuples(index=False):
        table.add_row(*[f"{v:.4g}" if isinstance(v, float) else str(v) for v in row])
    console.print(table)
    for note in res.notes:
        console.print(note)
    best = " ".join(f"-p {k}={json.dumps(v)}" for k, v in res.best_params.items())
    console.print(f"best validation {metric} {res.best_value:.4f}: whyrec train ... --model {model} {best}")
    console.print(f"saved to {out}")
