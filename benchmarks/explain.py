"""Faithfulness benchmark of every explainer (issue 3): methods x metrics per dataset and model.

Writes ``benchmarks/results/explain.json`` (one record per dataset, model and
method: ``{"dataset", "model", "method", "metrics": {"deletion_auc",
"insertion_auc", "PN", "PS", "FNS", "gt_precision@1", "gt_precision@3",
"size_median", "ms_median"}, "details": {...}}``) and ``explain.md``.

    flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/explain.py          # everything (~15 min, 2 cores)
    .venv/bin/python benchmarks/explain.py --configs sample-shop:ease --n 20 --no-write   # a quick look

Configurations: the sample shop (SASRec, DeepFM, EASE), Amazon Beauty
(SASRec, the saved ``runs/bench-beauty-sasrec``; trained only when missing)
and MovieLens-100K (DeepFM with user and item features, ranking task). Every
method of ``methods_for(model)`` is run, plus ``random`` (the best
attribution method's weights shuffled).

What is measured, per configuration (everything re-scored through the model):

- the top-1 recommendation of ``--n`` random users (with a history) is
  explained by each method: milliseconds per explanation (after one warm-up
  call), deletion / insertion areas (normalised score curve, Petsiuk et al.;
  lower / higher is better), CountER's PN / PS / FNS of the explanation's
  items (a counterfactual's removed set, else the 3 top positive items, or
  fields for the feature models) at k=10, and the explanation size;
- on the sample shop, ``--n`` held-out purchases with a planted cause item
  are explained too: precision@1 / @3 of the cause among the top-attributed
  history items (precision@3 = hits / 3, at most 1/3; hit@k in ``details``);
- stability (top-3 agreement of the explanations of the same pairs by two
  models trained with different seeds) for the sample-shop SASRec;
- counterfactuals: share found, share verified by ``recommend``, median size.

History models (SASRec, EASE) are perturbed over history items; DeepFM
(whose scores do not depend on the history) over its feature fields, so its
curves and PN / PS are over fields, and ground-truth recovery (a history
item) does not apply. All hyper-parameters are in the constants below.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
BEAUTY_RUN = ROOT / "runs" / "bench-beauty-sasrec"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import data_dir, machine  # noqa: E402  (the benchmarks share their helpers)

CONFIGS = ["sample-shop:sasrec", "sample-shop:deepfm", "sample-shop:ease", "beauty:sasrec", "ml-100k:deepfm"]
#: explanations per configuration (top-1 pairs; and as many ground-truth pairs on the sample shop)
N_EXPLAIN = {"sample-shop": 100, "beauty": 50, "ml-100k": 50}
SHOP_USERS = 2000
K = 10
#: samples per explanation of LIME and KernelSHAP
N_SAMPLES = 256
STABILITY_SEEDS = (2020, 2021)
#: differences of a metric up to this are reported as ties in the goals
TIE = 0.005

TORCH_COMMON = {"num_threads": 2, "device": "cpu", "seed": 2020}
PARAMS: dict[str, dict[str, Any]] = {
    "sample-shop:sasrec": {
        "epochs": 30,
        "embedding_dim": 48,
        "max_len": 20,
        "batch_size": 128,
        "patience": 3,
        "dropout": 0.2,
        "max_seconds": 150.0,  # a safety cap; on a quiet machine the epochs end first
    },
    "sample-shop:deepfm": {"epochs": 30, "patience": 3, "max_seconds": 150.0},
    "sample-shop:ease": {"l2": 500.0},
    "ml-100k:deepfm": {"epochs": 20, "patience": 3, "max_seconds": 150.0},
}
#: parameters of the explainers
EXPLAINER_PARAMS: dict[str, dict[str, Any]] = {
    "shap": {"n_samples": N_SAMPLES},
    "lime": {"n_samples": N_SAMPLES},
    "counterfactual": {"k": K},
}
METRIC_KEYS = (
    "deletion_auc",
    "insertion_auc",
    "PN",
    "PS",
    "FNS",
    "gt_precision@1",
    "gt_precision@3",
    "size_median",
    "ms_median",
)


# ---------------------------------------------------------------- data and models
def load_config(name: str) -> dict[str, Any]:
    """Dataset, split, fitted model and the histories to explain with, for one ``dataset:model`` key."""
    from whyrec.data import read_dataset, sample_shop
    from whyrec.evaluation import make_split
    from whyrec.models import load, make_model

    dataset, model = name.split(":")
    if dataset == "sample-shop":
        ds = sample_shop(n_users=SHOP_USERS, seed=0)
    elif dataset == "beauty":
        ds = read_dataset(data_dir() / "amazon-s3rec" / "Beauty.txt", format="s3rec")
    elif dataset == "ml-100k":
        ds = read_dataset(data_dir() / "ml-100k", format="movielens-100k")
    else:
        raise ValueError(f"unknown dataset {dataset!r} in config {name!r}; choose from {CONFIGS}")
    split = make_split(ds, "loo-full", seed=2020)
    t0 = time.perf_counter()
    if name == "beauty:sasrec" and (BEAUTY_RUN / "params.json").is_file():
        m, trained = load(BEAUTY_RUN), "loaded " + str(BEAUTY_RUN.relative_to(ROOT))
    else:
        params = PARAMS.get(name, {})
        if model != "ease":
            params = {**TORCH_COMMON, **params}
        m = make_model(model, **params).fit(split.train, split.valid)
        log = getattr(m, "train_log_", None)
        trained = f"trained in {time.perf_counter() - t0:.0f} s" + (
            f" ({log.epochs} epochs, stopped by {log.stop_reason})" if log is not None else ""
        )
        if name == "beauty:sasrec":
            m.save(BEAUTY_RUN)
    hist = split.train.histories().extend(split.valid.histories())
    return {
        "name": name,
        "dataset": dataset,
        "model_key": model,
        "ds": ds,
        "split": split,
        "model": m,
        "hist": hist,
        "trained": trained,
    }


def pick_pairs(cfg: dict[str, Any], n: int, seed: int = 0) -> list[tuple[str, str]]:
    """(user, top-1 item) of ``n`` random users with a non-empty history."""
    m, hist = cfg["model"], cfg["hist"]
    users = np.flatnonzero(hist.lengths() > 0)
    chosen = np.random.default_rng(seed).choice(users, min(n, len(users)), replace=False)
    ids = [str(m.user_ids_[u]) for u in chosen]
    items, _ = m.recommend(ids, k=1, histories=hist)
    return [(u, str(r[0])) for u, r in zip(ids, items, strict=True)]


def gt_pairs(cfg: dict[str, Any], n: int, seed: int = 0) -> Any:
    """``n`` held-out sample-shop purchases with a planted cause item (a reasons DataFrame)."""
    from whyrec.data import held_out_reasons

    reasons = held_out_reasons(cfg["ds"])
    reasons = reasons[reasons["cause_item"].notna()]
    take = np.random.default_rng(seed).choice(len(reasons), min(n, len(reasons)), replace=False)
    return reasons.iloc[np.sort(take)].reset_index(drop=True)


# ---------------------------------------------------------------- metrics
def _mean(xs: list[float]) -> float | None:
    xs = [x for x in xs if x is not None and not math.isnan(x)]
    return float(np.mean(xs)) if xs else None


def _r(x: Any, d: int = 4) -> Any:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), d)


def faithfulness(cfg: dict[str, Any], exps: list[Any], over: str) -> dict[str, Any]:
    """Deletion / insertion areas, PN / PS / FNS and sizes of explanations of top-1 pairs."""
    from whyrec.explain import metrics as M

    model, hist = cfg["model"], cfg["hist"]
    dele, ins, dele_rank, ns, sizes = [], [], [], [], []
    for e in exps:
        if over == "history":
            v = M.as_history_attribution(e)
            if not v.history_weights() and v.counterfactual is None:
                continue
            d = M.deletion_curve(model, v, hist, k=K)
            i = M.insertion_curve(model, v, hist, k=K)
            ns.append(M.necessity_sufficiency(model, v, hist, k=K))
            sizes.append(M.explanation_size(v))
        else:
            w = M.field_weights(e)
            if not w:
                continue
            d = M.field_curve(model, e, hist, k=K)
            i = M.field_curve(model, e, hist, k=K, insertion=True)
            ns.append(M.field_necessity_sufficiency(model, e, hist, k=K))
            sizes.append(sum(1 for x in w.values() if x > 0))
        dele.append(d.score_auc)
        ins.append(i.score_auc)
        dele_rank.append(d.rank_auc)
    if not ns:
        return {}
    pps = M.pn_ps_fns(ns)
    return {
        "deletion_auc": _mean(dele),
        "insertion_auc": _mean(ins),
        "PN": pps["PN"],
        "PS": pps["PS"],
        "FNS": pps["FNS"],
        "size_median": float(np.median(sizes)),
        "deletion_rank_auc": _mean(dele_rank),
        "n_scored": len(ns),
    }


def explain_all(ex: Any, pairs: list[tuple[str, str]]) -> tuple[list[Any], int]:
    """Explanations of ``pairs`` (after one warm-up call); pairs the method refuses are counted, not fatal."""
    from whyrec.errors import ExplainError

    out, refused = [], 0
    for n, (u, i) in enumerate(pairs):
        try:
            if n == 0:
                ex.explain(u, i)  # warm-up: lazy imports and caches are not explanation cost
            out.append(ex.explain(u, i))
        except ExplainError:
            refused += 1
    return out, refused


def run_config(cfg: dict[str, Any], n: int, stability: bool) -> list[dict[str, Any]]:
    """Every method (and random) on one configuration: records for explain.json."""
    from whyrec.explain import best_attribution_method, depends_on_history, make_explainer, methods_for
    from whyrec.explain import metrics as M

    model, ds, hist = cfg["model"], cfg["ds"], cfg["hist"]
    over = "history" if depends_on_history(model, hist) else "fields"
    pairs = pick_pairs(cfg, n)
    reasons = gt_pairs(cfg, n) if cfg["dataset"] == "sample-shop" and over == "history" else None
    gt = [] if reasons is None else list(zip(reasons["user"], reasons["item"], strict=True))
    methods = methods_for(model)
    best = best_attribution_method(model) if over == "history" else methods[0]
    records, kept = [], {}
    for method in methods:
        t0 = time.perf_counter()
        ex = make_explainer(method, model, ds, hist, **EXPLAINER_PARAMS.get(method, {}))
        exps, refused = explain_all(ex, pairs)
        kept[method] = exps
        rec = record(cfg, method, exps, refused, over)
        if gt and method not in ("counterfactual", "popularity"):
            gexps, _ = explain_all(ex, gt)
            kept[f"gt:{method}"] = gexps
            add_gt(rec, gexps, reasons)
        if method == "counterfactual":
            cfs = [e.counterfactual for e in exps]
            found = [c for c in cfs if c is not None]
            rec["details"]["found_share"] = _r(len(found) / max(1, len(exps)))
            rec["details"]["verified_share"] = _r(sum(c.verified for c in found) / max(1, len(exps)))
            rec["details"]["verified_of_found"] = _r(sum(c.verified for c in found) / max(1, len(found)))
        if method == "integrated_gradients":
            errs = [e.faithfulness.get("relative_completeness_error") for e in exps]
            rec["details"]["completeness_error_rel_median"] = _r(
                float(np.median([x for x in errs if x is not None])), 6
            )
        rec["details"]["seconds"] = round(time.perf_counter() - t0, 1)
        records.append(rec)
        print(f"   {method}: {rec['metrics']}  ({rec['details']['seconds']} s)", flush=True)
    rnd = [M.random_attribution(e, s) for s, e in enumerate(kept[best])]
    rec = record(cfg, "random", rnd, 0, over)
    rec["metrics"]["ms_median"] = None
    rec["details"]["shuffles"] = best
    if gt:
        add_gt(rec, [M.random_attribution(e, s) for s, e in enumerate(kept[f"gt:{best}"])], reasons)
    records.append(rec)
    print(f"   random: {rec['metrics']}", flush=True)
    if stability:
        add_stability(cfg, records, kept, pairs)
    return records


def record(cfg: dict[str, Any], method: str, exps: list[Any], refused: int, over: str) -> dict[str, Any]:
    """One explain.json record (metrics that do not apply are null)."""
    f = faithfulness(cfg, exps, over)
    metrics = {k: None for k in METRIC_KEYS}
    for k in ("deletion_auc", "insertion_auc", "PN", "PS", "FNS", "size_median"):
        metrics[k] = _r(f.get(k))
    ms = [e.ms for e in exps]
    metrics["ms_median"] = _r(float(np.median(ms)), 2) if ms else None
    details = {
        "n": len(exps),
        "refused": refused,
        "over": over if f else None,
        "deletion_rank_auc": _r(f.get("deletion_rank_auc")),
        "ms_p95": _r(float(np.percentile(ms, 95)), 2) if ms else None,
        "labels": sorted({e.method for e in exps}),
        "model_fit": cfg["trained"],
    }
    return {
        "dataset": cfg["dataset"],
        "model": type(cfg["model"]).__name__,
        "method": method,
        "metrics": metrics,
        "details": details,
    }


def add_gt(rec: dict[str, Any], exps: list[Any], reasons: Any) -> None:
    """Ground-truth recovery of the planted cause item (sample shop)."""
    from whyrec.explain import metrics as M

    views = [M.as_history_attribution(e) for e in exps]
    if not any(v.history_weights() for v in views):
        return
    rec_ = M.cause_recovery(views, reasons)
    rec["metrics"]["gt_precision@1"] = _r(rec_["precision@1"])
    rec["metrics"]["gt_precision@3"] = _r(rec_["precision@3"])
    rec["details"].update(
        {
            "gt_n": int(rec_["n"]),
            "gt_hit@1": _r(rec_["hit@1"]),
            "gt_hit@3": _r(rec_["hit@3"]),
            "gt_cause_in_history": _r(rec_["cause_in_history"]),
        }
    )


def add_stability(cfg: dict[str, Any], records: list[dict[str, Any]], kept: dict[str, list], pairs: list) -> None:
    """Top-3 agreement of each method's explanations of the same pairs by a model retrained with another seed."""
    from whyrec.explain import make_explainer
    from whyrec.explain import metrics as M
    from whyrec.models import make_model

    name = cfg["name"]
    other = make_model(cfg["model_key"], **{**TORCH_COMMON, **PARAMS.get(name, {}), "seed": STABILITY_SEEDS[1]})
    t0 = time.perf_counter()
    other.fit(cfg["split"].train, cfg["split"].valid)
    print(f"   stability model (seed {STABILITY_SEEDS[1]}) trained in {time.perf_counter() - t0:.0f} s", flush=True)
    by_method = {r["method"]: r for r in records}
    for method, exps in kept.items():
        if method.startswith("gt:") or method in ("popularity", "cooccurrence", "counterfactual"):
            # co-occurrence and popularity come from the data, not the model (trivially stable); a counterfactual
            # of the same pair is a removal set for one model and a why-not set for the other when ranks differ
            continue
        ex = make_explainer(method, other, cfg["ds"], cfg["hist"], **EXPLAINER_PARAMS.get(method, {}))
        mine = {(e.user, e.item): e for e in exps}
        theirs, _ = explain_all(ex, [p for p in pairs if p in mine])
        views = [(M.as_history_attribution(mine[(e.user, e.item)]), M.as_history_attribution(e)) for e in theirs]
        agree = [M.stability(a, b, 3) for a, b in views]
        by_method[method]["details"]["stability_top3"] = _r(_mean(agree))
        if method == records[-1]["details"]["shuffles"]:
            rnd = [
                M.stability(M.random_attribution(a, s), M.random_attribution(b, s + 10_000), 3)
                for s, (a, b) in enumerate(views)
            ]
            by_method["random"]["details"]["stability_top3"] = _r(_mean(rnd))
    by_method["random"]["details"]["stability_seeds"] = list(STABILITY_SEEDS)


TIMED_METHODS = ("deletion_path", "integrated_gradients", "occlusion", "attention", "shap", "lime", "counterfactual")


def timing(configs: list[str], n: int) -> list[dict[str, Any]]:
    """Cost of one explanation on one torch thread: wall ms and process CPU ms (what an idle core would take).

    On a machine shared with other work, wall time measures the queue for the CPU as much as the
    explanation; the process CPU time of a one-thread run does not.
    """
    from whyrec.explain import make_explainer, methods_for

    out = []
    for name in configs:
        if name in PARAMS:  # the cost of an explanation does not depend on how long the model trained
            PARAMS[name] = {**PARAMS[name], "max_seconds": 60.0}
        cfg = load_config(name)
        print(f"== timing {name}: {cfg['trained']}", flush=True)
        pairs = pick_pairs(cfg, n, seed=1)
        for method in [m for m in TIMED_METHODS if m in methods_for(cfg["model"])]:
            ex = make_explainer(method, cfg["model"], cfg["ds"], cfg["hist"], **EXPLAINER_PARAMS.get(method, {}))
            ex.explain(*pairs[0])
            wall, cpu = [], []
            for u, i in pairs:
                c0 = time.process_time()
                e = ex.explain(u, i)
                cpu.append((time.process_time() - c0) * 1000.0)
                wall.append(e.ms)
            row = {
                "dataset": cfg["dataset"],
                "model": type(cfg["model"]).__name__,
                "method": method,
                "n": len(pairs),
                "ms_median": round(float(np.median(wall)), 2),
                "ms_p95": round(float(np.percentile(wall, 95)), 2),
                "cpu_ms_median": round(float(np.median(cpu)), 2),
                "cpu_ms_p95": round(float(np.percentile(cpu, 95)), 2),
            }
            print(f"   {row}", flush=True)
            out.append(row)
    return out


# ---------------------------------------------------------------- report
def goals(records: list[dict[str, Any]]) -> list[str]:
    """The issue's goals, evaluated on the records (one line each, met or not)."""
    lines = []
    by = {(r["dataset"], r["model"], r["method"]): r["metrics"] for r in records}
    combos = sorted({(r["dataset"], r["model"]) for r in records})
    own = ("additive", "deletion_path", "integrated_gradients", "occlusion")  # whyrec's attribution methods
    for ds, model, best in [(d, m, x) for d, m in combos for x in own]:
        if (ds, model, best) not in by or by[(ds, model, best)]["deletion_auc"] is None:
            continue
        b = by[(ds, model, best)]
        for key, better in (("deletion_auc", "lower"), ("gt_precision@1", "higher"), ("gt_precision@3", "higher")):
            if b[key] is None:
                continue
            parts, outcomes = [], set()
            for other in ("lime", "shap", "random"):
                o = by.get((ds, model, other), {}).get(key)
                if o is None:
                    continue
                diff = (o - b[key]) if better == "lower" else (b[key] - o)
                outcome = "wins" if diff > TIE else ("ties" if diff >= -TIE else "loses")
                outcomes.add(outcome)
                parts.append(f"{other} {o:.3f}" + ("" if outcome == "wins" else f" **({outcome})**"))
            mark = "met" if outcomes == {"wins"} else ("NOT met" if "loses" in outcomes else "not beaten (ties)")
            lines.append(
                f"- {ds} {model}: attribution `{best}` {key} {b[key]:.3f} ({better} is better) vs "
                f"{', '.join(parts)} — {mark}"
            )
    for ds in ("sample-shop", "beauty"):
        ig = by.get((ds, "SASRec", "integrated_gradients"))
        if ig and ig["ms_median"] is not None:
            mark = "met" if ig["ms_median"] <= 30 else "NOT met"
            lines.append(
                f"- {ds} SASRec: integrated gradients median {ig['ms_median']:.1f} ms per explanation "
                f"(goal <= 30 ms) — {mark}"
            )
    for r in records:
        if r["method"] == "counterfactual":
            d, m = r["details"], r["metrics"]
            ok = d.get("verified_of_found") == 1.0 and (m["size_median"] or 99) <= 3
            goal = " (goal: 100% verified, median size <= 3)" if r["dataset"] == "sample-shop" else ""
            lines.append(
                f"- {r['dataset']} {r['model']}: a counterfactual was found for {d.get('found_share', 0):.0%} of the "
                f"top-1 recommendations; {d.get('verified_of_found', 0):.0%} of those found are verified by "
                f"recommend(); median size {m['size_median']}{goal}"
                + ((" — met for the counterfactuals found" if ok else " — NOT met") if goal else "")
            )
    return lines


def write_results(records: list[dict[str, Any]], meta: dict[str, Any], notes: list[str]) -> None:
    """explain.json and explain.md."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "explain.json").write_text(json.dumps({**meta, "records": records}, indent=1))
    fmt = {"ms_median": "{:.1f}", "size_median": "{:g}"}
    head = ["dataset", "model", "method", *METRIC_KEYS, "stability top-3", "n"]
    lines = [
        "# Explanation faithfulness benchmark",
        "",
        f"- command: `{meta['command']}`",
        f"- machine: {meta['machine']}",
        f"- date: {meta['date']}; wall time {meta['wall_seconds']:.0f} s",
        f"- load (`uptime`) before: {meta['load_before']}; after: {meta['load_after']}",
        f"- settings: {meta['settings']}",
        "",
        "Lower deletion AUC and higher insertion AUC are better (normalised score curves; a method whose "
        "top-weighted evidence really carries the score loses it fast when that evidence is removed). "
        f"PN / PS / FNS (CountER) at k={K} of the explanation's items: a counterfactual's removed set, else the "
        "3 top positive items (fields for DeepFM). gt_precision@k: the planted cause among the k top-attributed "
        "history items, over k (one cause per purchase, so precision@3 is at most 0.333). size: items a "
        "counterfactual removes, else positive-weight items (fields). ms: median wall time of one explanation, "
        "model scoring included. `random` shuffles the best attribution method's weights. Empty cells: the "
        "metric does not apply (popularity has no per-item evidence; DeepFM's scores do not depend on the "
        "history, so it is perturbed over fields and has no history cause to recover).",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for r in records:
        m = r["metrics"]
        cells = [r["dataset"], r["model"], r["method"]]
        for k in METRIC_KEYS:
            v = m[k]
            cells.append("" if v is None else fmt.get(k, "{:.3f}").format(v))
        st = r["details"].get("stability_top3")
        cells += ["" if st is None else f"{st:.2f}", str(r["details"]["n"])]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "## Goals of issue 3", "", *goals(records)]
    t = meta.get("timing")
    if t:
        lines += [
            "",
            "## Cost on one thread: wall and CPU time per explanation",
            "",
            f"- command: `{t['command']}`; date: {t['date']}; load before: {t['load_before']}; "
            f"after: {t['load_after']}",
            "- torch 1 thread; CPU ms is the process CPU time of one explanation (what it costs an idle core); "
            "wall ms includes waiting for a CPU on this shared machine. The sample-shop SASRec is retrained for "
            "this run with training capped at 60 s (the cost of an explanation does not depend on the epochs); "
            "Beauty uses the saved model.",
            "",
            "| dataset | model | method | wall ms median | wall ms p95 | CPU ms median | CPU ms p95 | n |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in t["rows"]:
            lines.append(
                f"| {r['dataset']} | {r['model']} | {r['method']} | {r['ms_median']:.1f} | {r['ms_p95']:.1f} | "
                f"{r['cpu_ms_median']:.1f} | {r['cpu_ms_p95']:.1f} | {r['n']} |"
            )
    lines += ["", "## Notes", "", *notes]
    (RESULTS / "explain.md").write_text("\n".join(lines) + "\n")


def torch_threads(n: int) -> None:
    """Run torch (and the models trained here) on ``n`` threads."""
    import torch

    torch.set_num_threads(n)
    TORCH_COMMON["num_threads"] = n


def uptime() -> str:
    """The machine load, as ``uptime`` prints it."""
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "unknown"


def main() -> None:
    """Run the configurations and write the results."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--configs", default=",".join(CONFIGS), help="comma-separated dataset:model keys")
    ap.add_argument("--n", type=int, default=None, help="explanations per configuration (default: N_EXPLAIN)")
    ap.add_argument("--no-stability", action="store_true", help="skip the retrained-seed stability check")
    ap.add_argument("--no-write", action="store_true", help="print only")
    ap.add_argument("--notes", default=None, help="a Markdown file whose lines go under 'Notes' in explain.md")
    ap.add_argument("--rewrite-md", action="store_true", help="only rewrite explain.md from explain.json (and --notes)")
    ap.add_argument(
        "--timing",
        action="store_true",
        help="only time SASRec explanations on one thread (wall and CPU ms) into explain.*",
    )
    args = ap.parse_args()
    if args.timing:
        torch_threads(1)
        load_before = uptime()
        rows = timing(["sample-shop:sasrec", "beauty:sasrec"], args.n or 100)
        saved = json.loads((RESULTS / "explain.json").read_text())
        saved["timing"] = {
            "command": "flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/explain.py " + " ".join(sys.argv[1:]),
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "load_before": load_before,
            "load_after": uptime(),
            "rows": rows,
        }
        (RESULTS / "explain.json").write_text(json.dumps(saved, indent=1))
        args.rewrite_md = True
    if args.rewrite_md:
        saved = json.loads((RESULTS / "explain.json").read_text())
        records = saved.pop("records")
        write_results(records, saved, Path(args.notes).read_text().splitlines() if args.notes else [])
        return
    import torch

    torch.set_num_threads(TORCH_COMMON["num_threads"])
    import lime  # noqa: F401  - import cost is not explanation cost
    import shap  # noqa: F401

    load_before, t0 = uptime(), time.perf_counter()
    records: list[dict[str, Any]] = []
    for name in args.configs.split(","):
        print(f"== {name}", flush=True)
        cfg = load_config(name)
        n = args.n or N_EXPLAIN[cfg["dataset"]]
        print(f"   {cfg['trained']}; {n} explanations per method", flush=True)
        records += run_config(cfg, n, stability=name == "sample-shop:sasrec" and not args.no_stability)
    meta = {
        "command": "flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/explain.py " + " ".join(sys.argv[1:]),
        "machine": machine(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "wall_seconds": time.perf_counter() - t0,
        "load_before": load_before,
        "load_after": uptime(),
        "settings": (
            f"sample shop {SHOP_USERS} users (seed 0); loo-full split (seed 2020); explained with train+valid "
            f"histories; {N_EXPLAIN} top-1 explanations per method (and as many planted-cause purchases on the "
            f"sample shop); LIME and KernelSHAP {N_SAMPLES} samples; integrated gradients 32 Gauss-Legendre steps "
            f"(doubled up to 256 while the completeness error is over 1%); k={K}; torch "
            f"{TORCH_COMMON['num_threads']} threads; model parameters: {json.dumps(PARAMS)}"
        ),
    }
    notes = Path(args.notes).read_text().splitlines() if args.notes else []
    if not args.no_write:
        write_results(records, meta, notes)
    for line in goals(records):
        print(line)
    print(f"total {meta['wall_seconds']:.0f} s")


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
