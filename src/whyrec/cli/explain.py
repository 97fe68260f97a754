"""whyrec explain and whyrec map."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from whyrec.cli.common import app, console, err
from whyrec.cli.show import _check_id, explain_pair, narrate_one, plot_explanation, render_explanation


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
