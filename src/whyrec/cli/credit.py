"""whyrec credit train|explain|recourse: credit scoring with reason codes and verified recourse."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from whyrec.cli.common import app, console

if TYPE_CHECKING:
    from whyrec.credit import Recourse

credit_app = typer.Typer(help="Credit scoring: train, explain a decision, find the change that turns it.",
                         no_args_is_help=True, rich_markup_mode=None)
app.add_typer(credit_app, name="credit")

Run = Annotated[Path, typer.Argument(help="Folder written by 'whyrec credit train'.")]
Applicant = Annotated[int, typer.Option("--applicant", "-a", help="Row of the applicant in the table (0-based).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def recourse_text(r: Recourse) -> str:
    """A found change in words: each field from -> to, the probabilities of bad before and after, the cut-off and
    whether scoring the changed applicant on its own confirmed it."""
    what = "; ".join(f"{f}: {a} -> {b}" for f, (a, b) in r.changes.items())
    proof = "verified" if r.verified else "NOT verified"
    return (f"approval would follow if {what} (P(bad) {r.p_before:.3f} -> {r.p_after:.3f}, cut-off {r.cutoff:.3f}; "
            f"{proof} by scoring the changed applicant)")


@credit_app.command("train")
def credit_train(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write credit.json to.")],
    data: Annotated[str, typer.Option("--data", "-d", help="'german-credit' or a .csv / .parquet applicant "
                                      "table.")] = "german-credit",
    model: Annotated[str, typer.Option("--model", "-m", help="scorecard, lightgbm, fm, deepfm or nfm.")] = "scorecard",
    label: Annotated[str | None, typer.Option("--label", help="The outcome column of a lender's table.")] = None,
    bad_value: Annotated[str | None, typer.Option("--bad-value", help="Its value for a bad outcome.")] = None,
    with_protected: Annotated[bool, typer.Option("--with-protected", help="Let the model read the protected "
                                                 "fields (they are still never a reason).")] = False,
    seed: Annotated[int, typer.Option(help="Seed of the folds and the model.")] = 0,
    folds: Annotated[int, typer.Option("--folds", help="Cross-validation folds.", min=2)] = 5,
    repeats: Annotated[int, typer.Option("--repeats", help="Repeats of the folds.", min=1)] = 2,
) -> None:
    """Cross-validate a credit model (AUC, KS, Brier), choose its cut-off on validation data, save the run.

    Example: whyrec credit train --data german-credit --model scorecard --out runs/credit
    """
    from whyrec.cli.common import _check_out_folder
    from whyrec.credit.run import train_credit_run

    _check_out_folder(out)
    info = train_credit_run(out, data=data, label=label, bad_value=bad_value, model=model,
                            with_protected=with_protected, seed=seed, folds=folds, repeats=repeats)
    cv = info["cv"]
    t = Table(title=f"{model} on {data}: {cv['scheme']}")
    t.add_column("metric")
    t.add_column("mean", justify="right")
    t.add_column("sd", justify="right")
    for k in ("auc", "ks", "brier", "decline_rate", "cost_per_applicant"):
        t.add_row(k, f"{cv[k + '_mean']:.4f}", f"{cv[k + '_sd']:.4f}")
    console.print(t)
    console.print(f"cut-off P(bad) >= {info['cutoff']:.4f} declines (chosen on a validation fifth); saved to {out}")


@credit_app.command("explain")
def credit_explain(run: Run, applicant: Applicant, as_json: AsJson = False) -> None:
    """The decision for one applicant, its score and the principal reasons (never a protected field).

    Example: whyrec credit explain runs/credit --applicant 1
    """
    from whyrec.credit.run import explain_applicant, open_credit_run

    res = explain_applicant(open_credit_run(run), applicant)
    if as_json:
        sys.stdout.write(json.dumps(res, indent=1) + "\n")
        return
    console.print(f"applicant {applicant}: [bold]{res['decision']}[/bold], score {res['score']:.0f}, "
                  f"P(bad) {res['p_bad']:.3f} (declined at {res['cutoff']:.3f} and above)")
    if res["reasons"]:
        console.print("principal reasons: " + "; ".join(f"{n}. {r}" for n, r in enumerate(res["reasons"], 1)))
    t = Table(title=f"field contributions to log-odds of bad ({res['method']})")
    for c in ("field", "value", "contribution", *(["points"] if "points" in res["fields"][0] else [])):
        t.add_column(c)
    for f in res["fields"]:
        t.add_row(f["field"], str(f["value"]), f"{f['contribution']:+.3f}",
                  *([f"{f['points']:.1f}"] if "points" in f else []))
    console.print(t)


@credit_app.command("notice")
def credit_notice(
    run: Run,
    applicant: Applicant,
    lang: Annotated[str, typer.Option("--lang", help="en or zh.")] = "en",
    llm: Annotated[str, typer.Option("--llm", help="template, or local (the local model writes it; shown only when "
                                     "it passes the checker).")] = "template",
    as_json: AsJson = False,
) -> None:
    """The applicant's notice in words: the decision, its principal reasons and the verified change that would
    turn it, every field and number checked against the evidence.

    Example: whyrec credit notice runs/credit --applicant 1 --lang zh
    """
    from whyrec.credit.run import notice_for, open_credit_run

    res = notice_for(open_credit_run(run), applicant, lang, llm)
    if as_json:
        sys.stdout.write(json.dumps(res, indent=1, ensure_ascii=False) + "\n")
        return
    console.print(res["text"], markup=False, highlight=False)
    why = f" (first: {res['rejected'][0]['problems'][0]})" if res["rejected"] and res["rejected"][0]["problems"] else ""
    console.print(f"written by {res['source']}; checked: {res['checked']}"
                  + (f"; {len(res['rejected'])} model candidate(s) refused{why}" if res["rejected"] else ""),
                  style="dim", markup=False, highlight=False)


@credit_app.command("recourse")
def credit_recourse(run: Run, applicant: Applicant, as_json: AsJson = False) -> None:
    """The smallest change to actionable fields that turns a decline, re-scored to prove it.

    Example: whyrec credit recourse runs/credit --applicant 1
    """
    from whyrec.credit.run import open_credit_run, recourse_for

    r = recourse_for(open_credit_run(run), applicant)
    if as_json:
        sys.stdout.write(json.dumps(None if r is None else r.to_dict(), indent=1) + "\n")
        return
    if r is None:
        console.print(f"applicant {applicant}: no change of at most three actionable fields turns the decision")
    elif not r.changes:
        console.print(f"applicant {applicant} is approved (P(bad) {r.p_before:.3f} < {r.cutoff:.3f}): nothing to "
                      "change")
    else:
        console.print(f"applicant {applicant}: {recourse_text(r)}")
