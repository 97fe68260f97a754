"""whyrec batch recommend|explain|narrate|answers: many users at once, in this process or on Ray, into Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from whyrec.cli.common import app, console, err

batch_app = typer.Typer(help="Recommend, explain, narrate or build the service's answers for many users into a "
                        "Parquet file.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(batch_app, name="batch")

Model = Annotated[Path, typer.Option("--model", "-m", help="Folder written by 'whyrec train'.")]
Users = Annotated[str, typer.Option("--users", help="A text file of user ids, one per line, or 'all'.")]
Out = Annotated[Path, typer.Option("--out", "-o", help="The .parquet file to write.")]
K = Annotated[int, typer.Option("-k", help="Items per user.")]
UseRay = Annotated[bool, typer.Option("--ray", help="Run the blocks on Ray actors (a local runtime unless "
                                      "--ray-address names a cluster).")]
RayAddress = Annotated[str | None, typer.Option("--ray-address", help="Address of a running Ray cluster "
                                                "(e.g. ray://head:10001 or auto); implies --ray.")]
Workers = Annotated[int, typer.Option("--workers", help="Workers (Ray actors), each loading the model once.")]
Block = Annotated[int, typer.Option("--block", help="Users per block (a block is written, and resumed, whole).")]
Ann = Annotated[bool, typer.Option("--ann", help="Candidates from the folder's approximate index "
                                   "('whyrec index'), scored exactly.")]
Method = Annotated[str | None, typer.Option("--method", help="Explanation method (default: the service's).")]


def _run(task: str, model: Path, users: str, out: Path, k: int, use_ray: bool, ray_address: str | None,
         workers: int, block: int, ann: bool, method: str | None = None, lang: str = "en",
         llm: str = "template") -> None:
    from whyrec.batch import BatchJob

    _check_counts(k, workers, block)
    job = BatchJob(task=task, model_dir=str(model), k=k, method=method, lang=lang, llm=llm, ann=ann)
    _run_job(task, job, users, out, use_ray, ray_address, workers, block)


def _check_counts(k: int, workers: int, block: int) -> None:
    from whyrec.errors import WhyrecError

    for name, value in (("-k", k), ("--workers", workers), ("--block", block)):
        if value < 1:
            raise WhyrecError(f"{name} {value} must be at least 1. Fix: e.g. {name} {max(1, value)}")


def _run_job(task: str, job: Any, users: str, out: Path, use_ray: bool, ray_address: str | None, workers: int,
             block: int) -> None:
    from whyrec.batch import run_batch

    with Progress(TextColumn(f"{task}"), BarColumn(), MofNCompleteColumn(), TextColumn("blocks"),
                  TimeRemainingColumn(), console=err, transient=True) as bar:
        t = bar.add_task(task, total=None)

        def progress(done: int, total: int) -> None:
            bar.update(t, completed=done, total=total)

        s = run_batch(job, users, out, block_size=block, ray=use_ray or ray_address is not None,
                      address=ray_address, workers=workers, progress=progress)
    resumed = f", {s.resumed} block(s) found done and kept" if s.resumed else ""
    console.print(f"{s.rows} rows for {s.users} users written to {s.out} ({s.engine}, {s.blocks} blocks{resumed})")


@batch_app.command("recommend")
def batch_recommend(model: Model, out: Out, users: Users = "all", k: K = 10, use_ray: UseRay = False,
                    ray_address: RayAddress = None, workers: Workers = 2, block: Block = 1000,
                    ann: Ann = False) -> None:
    """Top-k items for many users.

    Example: whyrec batch recommend --model runs/shop --users all --out recs.parquet --ray
    """
    _run("recommend", model, users, out, k, use_ray, ray_address, workers, block, ann)


@batch_app.command("explain")
def batch_explain(model: Model, out: Out, users: Users = "all", k: K = 10, use_ray: UseRay = False,
                  ray_address: RayAddress = None, workers: Workers = 2, block: Block = 200, ann: Ann = False,
                  method: Method = None) -> None:
    """Top-k items with an explanation of each (the evidence column, JSON).

    Example: whyrec batch explain --model runs/shop --users users.txt --out why.parquet -k 5
    """
    _run("explain", model, users, out, k, use_ray, ray_address, workers, block, ann, method)


@batch_app.command("narrate")
def batch_narrate(model: Model, out: Out, users: Users = "all", k: K = 10, use_ray: UseRay = False,
                  ray_address: RayAddress = None, workers: Workers = 2, block: Block = 100, ann: Ann = False,
                  method: Method = None,
                  lang: Annotated[str, typer.Option("--lang", help="en or zh.")] = "en",
                  llm: Annotated[str, typer.Option("--llm", help="template, local or an http:// URL.")] = "template",
                  ) -> None:
    """Top-k items with an explanation and a fact-checked reason in words for each.

    Example: whyrec batch narrate --model runs/shop --users users.txt --out reasons.parquet --lang zh
    """
    from whyrec.errors import check_choice
    from whyrec.narrate.facts import LANGS

    check_choice("--lang", lang, LANGS)
    _run("narrate", model, users, out, k, use_ray, ray_address, workers, block, ann, method, lang, llm)


@batch_app.command("answers")
def batch_answers(
    model: Model,
    out: Out,
    db: Annotated[str, typer.Option("--db", help="SQLite file or SQLAlchemy URL of the store the service will use.")],
    users: Annotated[str, typer.Option("--users", help="A text file of user ids, one per line, or 'all' (every "
                                       "user with events in the store).")] = "all",
    k: K = 10,
    lang: Annotated[list[str] | None, typer.Option("--lang", help="en or zh; repeat for both.")] = None,
    narrate: Annotated[str, typer.Option("--narrate", help="Reason writer, as 'whyrec serve --narrate': "
                                         "template, local or an http:// URL.")] = "template",
    method: Method = None,
    use_ray: UseRay = False,
    ray_address: RayAddress = None,
    workers: Workers = 2,
    block: Block = 200,
) -> None:
    """The service's precompute as a batch job: every user's default answer (top-k, explained, narrated), for
    'whyrec serve --answers' to load at start-up instead of computing it.

    Example: whyrec batch answers --model runs/shop --db shop.sqlite --out answers.parquet --ray
    """
    from whyrec.errors import check_choice
    from whyrec.narrate.facts import LANGS
    from whyrec.service.prebuilt import AnswersJob
    from whyrec.store import store_url

    _check_counts(k, workers, block)
    for one in lang or ():
        check_choice("--lang", one, LANGS)
    job = AnswersJob(model_dir=str(model), db_url=store_url(db), k=k, langs=tuple(lang or ("en",)),
                     narrate_backend=narrate, explain_method=method)
    _run_job("answers", job, users, out, use_ray, ray_address, workers, block)
