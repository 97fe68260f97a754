"""Faithfulness benchmark that no explainer optimises (issue 14): planted causes, retraining, counterfactuals.

Writes ``benchmarks/results/explain.json`` (``{"meta", "records": [...], "pooled": [...]}``; one record per
dataset x seed x model x method: ``{"dataset", "seed", "model", "method", "default", "metrics": {...}}``;
``pooled`` holds the same records over all seeds of a group, ``seed`` = ``"dev"`` or ``"heldout"``) and
``explain.md``.

    flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/explain.py               # held-out seeds (~35 min)
    .venv/bin/python benchmarks/explain.py --group dev --no-write                      # the development seeds

What is measured, per sample-shop seed (``SHOP_USERS`` users; loo-full split; models fitted on train with
early stopping on valid, explained with train + valid histories):

1. **Planted-cause recovery** (SASRec, EASE). The sample shop plants the reason of every purchase; every
   held-out purchase whose reason is one history item is explained by each method, and ``cause_p1`` is the
   share whose top-weighted history item is that cause (Wilson 95% interval; paired bootstrap intervals of
   the difference to SHAP and to LIME). Beside them: the model-free rules ``most_recent`` (the last purchase)
   and ``most_recent_same_brand_or_category``, and ``untrained_model`` (the default method explaining a
   SASRec that never trained: what the metric gives without a model that learnt the cause).
2. **Leave-out-and-retrain ground truth** (SASRec, EASE). ``N_RETRAIN`` users' top-1 recommendations; for
   each method its ``TOP_EVIDENCE`` top-weighted history items are removed from those users' training and
   validation data, the model is retrained (same recipe and seed) and the item's rank is read with the
   reduced histories. ``retrain_log2_rank``: mean log2 of that rank (1 = still first; higher = the removed
   evidence carried more of the recommendation); ``retrain_out_of_top10``: share pushed out of the top-10.
   ``random`` removes as many random history items; ``most_recent`` the last purchases. No explainer sees
   the retrained model, so none can optimise this.
3. **Metrics of the shown weights** on the same top-1 pairs: ``insertion_auc`` (higher is better),
   ``sufficiency`` (score share kept by the top-3 positive items alone), ``stability_seed`` (top-3 agreement
   with the same method on a model trained with another seed; SASRec), ``deletion_auc`` (lower is better;
   **deletion_path's own search objective**, so never evidence for it), ``sign_violations`` (shown items whose
   weight's sign contradicts their own removal effect, re-measured here, and that are not labelled
   ``interaction``) and ``interactions`` (labelled ones).
4. **Counterfactuals** (method ``counterfactual``): found rate of ``remove`` sets for the top-1 pairs and of
   ``why_not`` sets for an item ranked 20-50, median sizes, and survival: every found set is removed from
   the training data, the model retrained, and the change re-checked with ``recommend``.

DeepFM scores do not depend on the history (its explanations are over feature fields), so planted-cause
recovery and the history-removal ground truth do not apply; its rows carry the field curves only.

Development seeds (``DEV_SEEDS``) were used to choose defaults (the counterfactual margin, the method order);
the held-out seeds (``HELDOUT_SEEDS``) only for the final figures.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import machine  # noqa: E402  (the benchmarks share their helpers)
from stats import N_BOOT, boot_mean_ci  # noqa: E402

DEV_SEEDS = (101, 102, 103)
HELDOUT_SEEDS = (201, 202, 203)
SHOP_USERS = 1000
K = 10
N_SAMPLES = 256
TOP_EVIDENCE = 2
N_RETRAIN = 120
STABILITY_SEED = 2021
#: users edited per retrain (None: all at once): EASE refits in a fraction of a second, SASRec in about a minute
RETRAIN_GROUP: dict[str, int | None] = {"ease": 5, "sasrec": None}
#: the same for counterfactual survival: one user per EASE refit (a counterfactual is about one shopper's history)
CF_RETRAIN_GROUP: dict[str, int | None] = {"ease": 1, "sasrec": None}
TORCH = {"num_threads": 2, "device": "cpu", "seed": 2020}
PARAMS: dict[str, dict[str, Any]] = {
    "sasrec": {**TORCH, "epochs": 20, "embedding_dim": 48, "max_len": 20, "batch_size": 128, "patience": 3,
               "dropout": 0.2, "max_seconds": 60.0},
    "ease": {"l2": 500.0},
    "deepfm": {**TORCH, "epochs": 20, "patience": 3, "max_seconds": 60.0},
}
#: the attribution methods compared (those a model supports), and which are retrained against
METHODS = ("additive", "banzhaf", "deletion_path", "shap", "lime", "occlusion", "integrated_gradients")
RETRAINED = list(METHODS)
#: --only-counterfactuals: rerun the counterfactual rows alone (merged into explain.json by model and method)
ONLY_COUNTERFACTUALS = False
#: counterfactual margins compared on the development seeds (the library's default is measured on every seed)
DEV_MARGINS = (0.0, 0.25, 0.5, 1.0)
EXPLAINER_PARAMS: dict[str, dict[str, Any]] = {"shap": {"n_samples": N_SAMPLES}, "lime": {"n_samples": N_SAMPLES}}
BASELINES = ("most_recent", "most_recent_same_brand_or_category", "untrained_model", "random")


# ---------------------------------------------------------------- statistics
def wilson(hits: int, n: int) -> list[float] | None:
    """Wilson 95% interval of a proportion."""
    if n == 0:
        return None
    z, p = 1.959964, hits / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return [round(c - h, 4), round(c + h, 4)]


def _r(x: Any, d: int = 4) -> Any:
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) else round(x, d)


# ---------------------------------------------------------------- data and models
def make_shop(seed: int) -> dict[str, Any]:
    from whyrec.data import sample_shop
    from whyrec.evaluation import make_split

    ds = sample_shop(n_users=SHOP_USERS, seed=seed)
    split = make_split(ds, "loo-full", seed=2020)
    return {"seed": seed, "ds": ds, "split": split, "hist": split.train.histories().extend(split.valid.histories())}


def fit(key: str, train: Any, valid: Any, **over: Any) -> Any:
    from whyrec.models import make_model

    return make_model(key, **{**PARAMS[key], **over}).fit(train, valid)


def without(part: Any, removals: dict[int, set[int]]) -> Any:
    """A split part with the (user, item) interactions of ``removals`` dropped (every occurrence)."""
    inter = part.interactions
    if not removals:
        return part
    pairs = {(u, i) for u, items in removals.items() for i in items}
    keep = np.array([(u, i) not in pairs for u, i in zip(inter["user"].to_numpy(), inter["item"].to_numpy(),
                                                          strict=True)])
    return part.with_interactions(inter[keep])


def retrain_ranks(
    key: str, shop: dict[str, Any], removals: dict[int, set[int]], items: dict[int, int], group: Any = "default"
) -> dict[int, int]:
    """Retrain ``key`` without the removals; the rank (1-based among unseen items) of ``items[u]`` for each u.

    Users are edited ``RETRAIN_GROUP[key]`` at a time (one retrain per group; None: all in one retrain), so
    that one user's removals barely move another's figures where retraining is cheap enough to allow it.
    """
    group = RETRAIN_GROUP.get(key) if group == "default" else group
    users = sorted(removals)
    if group is not None and len(users) > group:
        ranks: dict[int, int] = {}
        for s in range(0, len(users), group):
            part = users[s : s + group]
            ranks.update(retrain_ranks_once(key, shop, {u: removals[u] for u in part}, {u: items[u] for u in part}))
        return ranks
    return retrain_ranks_once(key, shop, removals, items)


def retrain_ranks_once(
    key: str, shop: dict[str, Any], removals: dict[int, set[int]], items: dict[int, int]
) -> dict[int, int]:
    split = shop["split"]
    train, valid = without(split.train, removals), without(split.valid, removals)
    model = fit(key, train, valid)
    hist = train.histories().extend(valid.histories())
    users = np.array(sorted(items))
    rows = model.score_matrix(users, hist).astype(np.float64)
    out = {}
    for r, u in enumerate(users):
        row = rows[r]
        row[np.asarray(hist[u], dtype=np.int64)] = -np.inf
        out[int(u)] = int((row >= row[items[int(u)]]).sum())
    return out


# ---------------------------------------------------------------- planted causes
def cause_pairs(shop: dict[str, Any]) -> list[tuple[str, str, str]]:
    from whyrec.data import held_out_reasons

    r = held_out_reasons(shop["ds"])
    r = r[r["cause_item"].notna()]
    return [(str(u), str(i), str(c)) for u, i, c in zip(r["user"], r["item"], r["cause_item"], strict=True)]


def baseline_tops(shop: dict[str, Any], pairs: list[tuple[str, str, str]]) -> dict[str, list[list[str]]]:
    """Model-free rankings of each pair's history: most recent first; same brand or category first."""
    ds, hist = shop["ds"], shop["hist"]
    items = ds.items
    brand, cat = items["brand"].astype(str).to_numpy(), items["category"].astype(str).to_numpy()
    out: dict[str, list[list[str]]] = {"most_recent": [], "most_recent_same_brand_or_category": []}
    for u, i, _ in pairs:
        uu, ii = int(ds.user_index([u])[0]), int(ds.item_index([i])[0])
        seq = [int(x) for x in hist[uu]][::-1]
        recent = list(dict.fromkeys(seq))
        same = [x for x in recent if brand[x] == brand[ii] or cat[x] == cat[ii]]
        out["most_recent"].append([str(ds.item_ids[x]) for x in recent])
        out["most_recent_same_brand_or_category"].append(
            [str(ds.item_ids[x]) for x in same + [x for x in recent if x not in same]]
        )
    return out


def explain_pairs(ex: Any, pairs: list[tuple[str, str]]) -> list[Any]:
    from whyrec.errors import ExplainError

    out = []
    for n, (u, i) in enumerate(pairs):
        try:
            if n == 0:
                ex.explain(u, i)  # warm-up: lazy imports are not explanation cost
            out.append(ex.explain(u, i))
        except ExplainError:
            out.append(None)
    return out


def top_of(e: Any, n: int, positive: bool = False) -> list[str]:
    return [] if e is None else e.top_items(n, positive=positive)


# ---------------------------------------------------------------- the shown weights
def weight_metrics(model: Any, hist: Any, exps: list[Any]) -> dict[str, Any]:
    """Insertion / deletion areas, sufficiency, and sign checks against removal effects re-measured here."""
    from whyrec.explain import metrics as M
    from whyrec.explain.rescore import Rescorer, leave_one_out_masks

    ins, dele, suff = [], [], []
    violations = interactions = shown = 0
    for e in exps:
        if e is None or not e.history_weights():
            continue
        ins.append(M.insertion_curve(model, e, hist, k=K).score_auc)
        dele.append(M.deletion_curve(model, e, hist, k=K).score_auc)
        resc = Rescorer(model, hist, int(model._user_index(e.user)[0]))
        i = int(model._item_index(e.item)[0])
        v = resc.item_scores(leave_one_out_masks(resc.size), i)
        full, empty = v[0], v[-1]
        ids = [str(model.item_ids_[j]) for j in resc.items]
        effect = dict(zip(ids, v[0] - v[1:-1], strict=True))
        top = set(e.top_items(3, positive=True))
        if top and full - empty > 1e-9:
            kept = np.array([x in top for x in ids])
            suff.append(float(np.clip((resc.item_scores(kept[None], i)[0] - empty) / (full - empty), 0, 1)))
        recs = e.history_items()
        tol = 1e-4 * max(1.0, abs(full), *(abs(r.weight) for r in recs))
        for r in recs:
            shown += 1
            eff = effect[r.item]
            contra = (r.weight > tol and eff < -tol) or (r.weight < -tol and eff > tol)
            violations += int(bool(contra) and not r.interaction)
            interactions += int(bool(r.interaction))
    return {
        "insertion_auc": _r(np.nanmean(ins)) if ins else None,
        "deletion_auc": _r(np.nanmean(dele)) if dele else None,
        "sufficiency": _r(np.mean(suff)) if suff else None,
        "sign_violations": violations,
        "interactions": interactions,
        "items_shown": shown,
    }


def stability(a: list[Any], b: list[Any]) -> float | None:
    from whyrec.explain import metrics as M

    xs = [M.stability(x, y, 3) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    return _r(np.mean(xs)) if xs else None


# ---------------------------------------------------------------- one seed, one model
def explained_users(model: Any, hist: Any, seed: int) -> tuple[list[str], Any]:
    """The users whose top-1 recommendation is explained and retrained against (``N_RETRAIN`` of those with at
    least ``TOP_EVIDENCE + 1`` history items, drawn with ``seed``), and their top-``K`` lists."""
    users = np.flatnonzero(hist.lengths() >= TOP_EVIDENCE + 1)
    chosen = np.sort(np.random.default_rng(seed).choice(users, min(N_RETRAIN, len(users)), replace=False))
    uid = [str(model.user_ids_[u]) for u in chosen]
    return uid, model.recommend(uid, k=K, histories=hist)[0]


def run_model(key: str, shop: dict[str, Any], group: str, log: Any) -> list[dict[str, Any]]:
    from whyrec.explain import depends_on_history, make_explainer, methods_for

    ds, split, hist, seed = shop["ds"], shop["split"], shop["hist"], shop["seed"]
    t0 = time.perf_counter()
    model = fit(key, split.train, split.valid)
    log(f"  {key}: fitted in {time.perf_counter() - t0:.0f} s")
    name = type(model).__name__
    methods = [m for m in METHODS if m in methods_for(model)]
    default = default_method(model)
    over_history = depends_on_history(model, hist)
    rec: dict[str, dict[str, Any]] = {m: {} for m in [*methods, *BASELINES]}
    uid, ranked = explained_users(model, hist, seed)
    if over_history:
        top_pairs = [(u, str(r[0])) for u, r in zip(uid, ranked, strict=True)]
    else:  # blanking a pair's item fields touches every pair of that item: one pair per item, best rank first
        top_pairs, taken = [], set()
        for u, r in zip(uid, ranked, strict=True):
            free = [str(x) for x in r if str(x) not in taken]
            if free:
                taken.add(free[0])
                top_pairs.append((u, free[0]))
    exps: dict[str, list[Any]] = {}
    ms: dict[str, float] = {}
    if ONLY_COUNTERFACTUALS:
        methods = []
        rec = {}
    for m in methods:
        ex = make_explainer(m, model, ds, hist, **EXPLAINER_PARAMS.get(m, {}))
        exps[m] = explain_pairs(ex, top_pairs)
        ms[m] = float(np.median([e.ms for e in exps[m] if e is not None]))
        if over_history:
            rec[m].update(weight_metrics(model, hist, exps[m]))
        else:
            rec[m].update(field_metrics(model, hist, exps[m]))
        rec[m]["ms_median"] = _r(ms[m], 2)
        rec[m]["n_top1"] = sum(e is not None for e in exps[m])
    log(f"  {key}: top-1 explanations {time.perf_counter() - t0:.0f} s")
    if not over_history:
        field_retrain(key, shop, model, methods, exps, rec, default, log)
        return records(shop, name, rec, default, group)
    item_of = {int(model._user_index(u)[0]): int(model._item_index(i)[0]) for u, i in top_pairs}
    if ONLY_COUNTERFACTUALS:
        add_counterfactuals(key, shop, model, top_pairs, uid, item_of, group, rec, log, t0)
        return records(shop, name, rec, default, group)
    # ---- planted causes
    pairs = cause_pairs(shop)
    causes = [c for _, _, c in pairs]
    hits: dict[str, np.ndarray] = {}
    for m in methods:
        ex = make_explainer(m, model, ds, hist, **EXPLAINER_PARAMS.get(m, {}))
        ce = explain_pairs(ex, [(u, i) for u, i, _ in pairs])
        hits[m] = np.array([top_of(e, 1) == [c] for e, c in zip(ce, causes, strict=True)], dtype=float)
        rec[m]["cause_hit3"] = _r(np.mean([c in top_of(e, 3) for e, c in zip(ce, causes, strict=True)]))
    for b, ranked in baseline_tops(shop, pairs).items():
        hits[b] = np.array([r[:1] == [c] for r, c in zip(ranked, causes, strict=True)], dtype=float)
    rng_pick = np.random.default_rng(seed + 7)
    hits["random"] = np.array(
        [str(ds.item_ids[int(rng_pick.choice(np.unique(hist[int(ds.user_index([u])[0])])))]) == c for u, _, c in pairs],
        dtype=float,
    )
    if key == "sasrec":
        untrained = fit(key, split.train, split.valid, epochs=1, learning_rate=1e-12)
        ex = make_explainer(default, untrained, ds, hist, **EXPLAINER_PARAMS.get(default, {}))
        ce = explain_pairs(ex, [(u, i) for u, i, _ in pairs])
        hits["untrained_model"] = np.array([top_of(e, 1) == [c] for e, c in zip(ce, causes, strict=True)], dtype=float)
    for m, h in hits.items():
        rec[m].update(n_pairs=len(h), cause_p1=_r(h.mean()), cause_p1_ci95=wilson(int(h.sum()), len(h)))
        for other in ("shap", "lime"):
            if other in hits and m != other:
                rec[m][f"cause_diff_vs_{other}_ci95"] = boot_mean_ci(h - hits[other], seed)
    rec["_hits"] = {m: h.tolist() for m, h in hits.items()}  # type: ignore[assignment]
    log(f"  {key}: planted causes ({len(pairs)} pairs) {time.perf_counter() - t0:.0f} s")
    # ---- stability under another training seed (SASRec; EASE is deterministic)
    if key == "sasrec":
        other = fit(key, split.train, split.valid, seed=STABILITY_SEED)
        for m in methods:
            ex = make_explainer(m, other, ds, hist, **EXPLAINER_PARAMS.get(m, {}))
            rec[m]["stability_seed"] = stability(exps[m], explain_pairs(ex, top_pairs))
        log(f"  {key}: stability {time.perf_counter() - t0:.0f} s")
    # ---- leave-out-and-retrain
    sets: dict[str, dict[int, set[int]]] = {}
    for m in [x for x in methods if x in RETRAINED]:
        sets[m] = {}
        for e in exps[m]:
            if e is None:
                continue
            top = e.top_items(TOP_EVIDENCE, positive=True) or e.top_items(TOP_EVIDENCE, positive=False)
            sets[m][int(model._user_index(e.user)[0])] = set(model._item_index(top).tolist())
    rr = np.random.default_rng(seed + 11)
    sets["random"] = {u: set(rr.choice(np.unique(hist[u]), TOP_EVIDENCE, replace=False).tolist()) for u in item_of}
    sets["most_recent"] = {u: set(list(dict.fromkeys(hist[u].tolist()[::-1]))[:TOP_EVIDENCE]) for u in item_of}
    logranks: dict[str, np.ndarray] = {}
    for m, rem in sets.items():
        got = retrain_ranks(key, shop, rem, item_of)
        r = np.array([got[u] for u in sorted(item_of)], dtype=np.float64)
        logranks[m] = np.log2(r)
        rec[m].update(
            retrain_log2_rank=_r(logranks[m].mean()),
            retrain_log2_rank_ci95=boot_mean_ci(logranks[m], seed),
            retrain_out_of_top10=_r(np.mean(r > K)),
            retrain_n=len(r),
        )
        log(f"  {key}: retrained without {m}'s top-{TOP_EVIDENCE}: mean log2 rank {logranks[m].mean():.3f}")
    best_pert = max(("shap", "lime"), key=lambda x: logranks[x].mean()) if "shap" in logranks else None
    for m in logranks:
        if best_pert and m != best_pert:
            rec[m]["retrain_diff_vs_best_of_shap_lime_ci95"] = boot_mean_ci(logranks[m] - logranks[best_pert], seed)
    if best_pert and default in logranks:
        rec[default]["retrain_win_ci95"] = boot_mean_ci(logranks[default] - logranks[best_pert], seed)
        rec[default]["retrain_win_vs"] = best_pert
    rec["_logranks"] = {m: v.tolist() for m, v in logranks.items()}  # type: ignore[assignment]
    add_counterfactuals(key, shop, model, top_pairs, uid, item_of, group, rec, log, t0)
    return records(shop, name, rec, default, group)


def add_counterfactuals(
    key: str, shop: dict[str, Any], model: Any, top_pairs: list, uid: list[str], item_of: dict[int, int],
    group: str, rec: dict[str, Any], log: Any, t0: float,
) -> None:
    """Counterfactual rows: the library's default margin on every seed, the other margins on development seeds."""
    from whyrec.explain.counterfactual import DEFAULT_MARGIN

    margins = sorted({DEFAULT_MARGIN, *(DEV_MARGINS if group == "dev" else ())})
    for margin in margins:
        label = "counterfactual" if margin == DEFAULT_MARGIN else f"counterfactual@margin={margin:g}"
        rec.setdefault(label, {}).update(
            counterfactuals(key, shop, model, top_pairs, uid, item_of, margin, np.random.default_rng(shop["seed"] + 13))
        )
        log(f"  {key}: {label} {rec[label]}  ({time.perf_counter() - t0:.0f} s)")


def counterfactuals(
    key: str, shop: dict[str, Any], model: Any, top_pairs: list, uid: list[str], item_of: dict[int, int],
    margin: float, rr: np.random.Generator,
) -> dict[str, Any]:
    """Found rates, sizes and survival after retraining of remove sets (top-1) and why-not sets (rank 20-50)."""
    from whyrec.explain.counterfactual import CounterfactualExplainer

    ds, hist = shop["ds"], shop["hist"]
    cf = CounterfactualExplainer(model, ds, hist, k=K, margin=margin)
    found_sets: dict[int, set[int]] = {}
    sizes, robust, confirmed = [], 0, []
    for u, i in top_pairs:
        e = cf.explain(u, i, mode="remove")
        if e.counterfactual is not None:
            robust += bool(e.faithfulness.get("robust"))
            if e.faithfulness.get("retrain_confirmed") is not None:
                confirmed.append(bool(e.faithfulness["retrain_confirmed"]))
            sizes.append(len(e.counterfactual.removed))
            found_sets[int(model._user_index(u)[0])] = set(model._item_index(e.counterfactual.removed).tolist())
    wn_sets: dict[int, set[int]] = {}
    wn_items: dict[int, int] = {}
    wn_sizes, wn_asked = [], 0
    for u in uid:
        ids, _ = model.recommend(u, k=50, histories=hist)
        cand = [str(x) for x in ids[19:50]]
        if not cand:
            continue
        wn_asked += 1
        item = cand[int(rr.integers(len(cand)))]
        e = cf.explain(u, item, mode="why_not")
        if e.counterfactual is not None:
            uu = int(model._user_index(u)[0])
            wn_sets[uu] = set(model._item_index(e.counterfactual.removed).tolist())
            wn_items[uu] = int(model._item_index(item)[0])
            wn_sizes.append(len(e.counterfactual.removed))
    one = CF_RETRAIN_GROUP.get(key)
    surv = retrain_ranks(key, shop, found_sets, {u: item_of[u] for u in found_sets}, one) if found_sets else {}
    wsurv = retrain_ranks(key, shop, wn_sets, wn_items, one) if wn_sets else {}
    held = [surv[u] > K for u in found_sets]
    wheld = [wsurv[u] <= K for u in wn_sets]
    extra = {}
    if one is not None and found_sets:  # also with every user's set removed in one retrain (harsher)
        batch = retrain_ranks(key, shop, found_sets, {u: item_of[u] for u in found_sets}, None)
        extra["retrain_survival_all_at_once"] = _r(np.mean([batch[u] > K for u in found_sets]))
    return {
        **extra,
        "n_pairs": len(top_pairs),
        "found_rate": _r(len(found_sets) / len(top_pairs)),
        "median_size": _r(np.median(sizes)) if sizes else None,
        "robust_share": _r(robust / max(1, len(found_sets))),
        "retrain_confirmed": _r(np.mean(confirmed)) if confirmed else None,
        "retrain_survival": _r(np.mean(held)) if held else None,
        "retrain_survival_ci95": wilson(int(np.sum(held)), len(held)),
        "why_not_n": wn_asked,
        "why_not_found_rate": _r(len(wn_sets) / max(1, wn_asked)),
        "why_not_median_size": _r(np.median(wn_sizes)) if wn_sizes else None,
        "why_not_retrain_survival": _r(np.mean(wheld)) if wheld else None,
        "why_not_retrain_survival_ci95": wilson(int(np.sum(wheld)), len(wheld)),
        "margin": margin,
    }


def field_retrain(
    key: str, shop: dict[str, Any], model: Any, methods: list[str], exps: dict[str, list[Any]],
    rec: dict[str, dict[str, Any]], default: str, log: Any,
) -> None:
    """Leave-out-and-retrain over a feature model's fields: each method's top-``TOP_EVIDENCE`` non-id fields of a
    pair are blanked in the data (the user's age, the item's brand ... set missing, for training and scoring),
    the model retrained, and the item's rank read: ``retrain_log2_rank`` is log2(new rank / old rank). Each
    item is explained for one user only (the best-ranked free item of the user's top-K), so that blanking one
    pair's item fields does not touch another pair."""
    from dataclasses import replace as dc_replace

    ds, split = shop["ds"], shop["split"]
    info = {f.name: f for f in model.fieldmap_.fields}
    keep = [n for n, e in enumerate(exps[methods[0]]) if e is not None and e.rank is not None]
    before = np.array([exps[methods[0]][n].rank for n in keep], dtype=np.float64)
    rr = np.random.default_rng(shop["seed"] + 17)
    blank: dict[str, list[tuple[int, int, list[Any]]]] = {}  # method -> (user, item, FieldInfo list)
    for m in [*methods, "random"]:
        rows = []
        for n in keep:
            e = exps[m][n] if m != "random" else exps[methods[0]][n]
            feats = [f for f in e.evidence if getattr(f, "field", None) in info and info[f.field].column]
            if m == "random":
                chosen = [feats[j] for j in rr.permutation(len(feats))[:TOP_EVIDENCE]]
            else:
                chosen = sorted(feats, key=lambda f: -f.weight)[:TOP_EVIDENCE]
            rows.append((int(model._user_index(e.user)[0]), int(model._item_index(e.item)[0]),
                         [info[f.field] for f in chosen]))
        blank[m] = rows
    logranks: dict[str, np.ndarray] = {}
    for m, rows in blank.items():
        users, items = ds.users.copy(), ds.items.copy()
        for u, i, fs in rows:
            for f in fs:
                table, row = (users, u) if f.side == "user" else (items, i)
                table.at[table.index[row], f.column] = None
        train = dc_replace(split.train, users=users, items=items)
        valid = dc_replace(split.valid, users=users, items=items)
        refit = fit(key, train, valid)
        hist = train.histories().extend(valid.histories())
        us = np.array([u for u, _, _ in rows])
        scores = refit.score_matrix(us, hist).astype(np.float64)
        ranks = []
        for r, (u, i, _) in enumerate(rows):
            row = scores[r]
            row[np.asarray(hist[u], dtype=np.int64)] = -np.inf
            ranks.append(int((row >= row[i]).sum()))
        logranks[m] = np.log2(np.array(ranks, dtype=np.float64) / before)  # pairs start at ranks 1..K here
        rec.setdefault(m, {}).update(
            retrain_log2_rank=_r(logranks[m].mean()), retrain_log2_rank_ci95=boot_mean_ci(logranks[m], shop["seed"]),
            retrain_out_of_top10=_r(np.mean(np.array(ranks) > K)), retrain_n=len(ranks),
        )
        log(f"  {key}: retrained with {m}'s top-{TOP_EVIDENCE} fields blanked: mean log2 rank {logranks[m].mean():.3f}")
    best = max(("shap", "lime"), key=lambda x: logranks[x].mean())
    for m in logranks:
        if m != best:
            rec[m]["retrain_diff_vs_best_of_shap_lime_ci95"] = boot_mean_ci(logranks[m] - logranks[best], shop["seed"])
    if default in logranks and default != best:
        rec[default]["retrain_win_ci95"] = rec[default]["retrain_diff_vs_best_of_shap_lime_ci95"]
        rec[default]["retrain_win_vs"] = best
    rec["_logranks"] = {m: v.tolist() for m, v in logranks.items()}  # type: ignore[assignment]


def field_metrics(model: Any, hist: Any, exps: list[Any]) -> dict[str, Any]:
    """Deletion / insertion areas over a feature model's fields."""
    from whyrec.explain import metrics as M

    ins, dele = [], []
    for e in exps:
        if e is None or not M.field_weights(e):
            continue
        dele.append(M.field_curve(model, e, hist, k=K).score_auc)
        ins.append(M.field_curve(model, e, hist, k=K, insertion=True).score_auc)
    return {"insertion_auc": _r(np.nanmean(ins)) if ins else None,
            "deletion_auc": _r(np.nanmean(dele)) if dele else None}


def default_method(model: Any) -> str:
    """The method whyrec shows by default: the first attribution method of ``methods_for``."""
    from whyrec.explain import best_attribution_method, depends_on_history, methods_for

    if depends_on_history(model):
        return best_attribution_method(model)
    return [m for m in methods_for(model) if m in METHODS][0]


def records(shop: dict[str, Any], name: str, rec: dict[str, Any], default: str, group: str) -> list[dict[str, Any]]:
    out = []
    raw = {k: rec.pop(k) for k in [k for k in rec if k.startswith("_")]}
    for m, metrics in rec.items():
        if not metrics:
            continue
        out.append({"dataset": "sample-shop", "seed": shop["seed"], "group": group, "model": name, "method": m,
                    "default": m == default, "metrics": metrics})
    if raw:
        out[0]["_raw"] = raw
    return out


def relabel_default(r: dict[str, Any], defaults: dict[str, str]) -> None:
    """Move a record's ``default`` mark to ``defaults[model]``; the default's ``retrain_win_ci95`` is its own
    paired difference to the better of SHAP and LIME (zero when it is that one)."""
    if r["model"] not in defaults:
        return
    m = r["metrics"]
    m.pop("retrain_win_ci95", None)
    m.pop("retrain_win_vs", None)
    r["default"] = r["method"] == defaults[r["model"]]
    if r["default"] and "retrain_log2_rank" in m:
        m["retrain_win_ci95"] = m.get("retrain_diff_vs_best_of_shap_lime_ci95", [0.0, 0.0])


# ---------------------------------------------------------------- pooling and report
def pool(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records over all seeds of a group: planted causes and retrain ranks pooled pair by pair, others averaged."""
    out = []
    keys = sorted({(r["group"], r["model"], r["method"]) for r in records}, key=str)
    raws: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in records:
        if "_raw" in r:
            raws.setdefault((r["group"], r["model"]), []).append(r["_raw"])
    for group, model, method in keys:
        rs = [r for r in records if (r["group"], r["model"], r["method"]) == (group, model, method)]
        metrics: dict[str, Any] = {}
        for k in rs[0]["metrics"]:
            vals = [r["metrics"].get(k) for r in rs]
            if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals):
                metrics[k] = sum(vals) if k in ("sign_violations", "interactions", "items_shown", "n_pairs",
                                                "retrain_n", "n_top1", "why_not_n") else _r(np.mean(vals))
        raw = raws.get((group, model), [])
        hits = [np.array(x["_hits"][method]) for x in raw if method in x.get("_hits", {})]
        if hits:
            h = np.concatenate(hits)
            metrics.update(n_pairs=len(h), cause_p1=_r(h.mean()), cause_p1_ci95=wilson(int(h.sum()), len(h)))
            for other in ("shap", "lime"):
                oh = [np.array(x["_hits"][other]) for x in raw if other in x.get("_hits", {})]
                if oh and method != other and len(oh) == len(hits):
                    metrics[f"cause_diff_vs_{other}_ci95"] = boot_mean_ci(h - np.concatenate(oh))
        lr = [np.array(x["_logranks"][method]) for x in raw if method in x.get("_logranks", {})]
        if lr:
            v = np.concatenate(lr)
            metrics.update(retrain_log2_rank=_r(v.mean()), retrain_log2_rank_ci95=boot_mean_ci(v))
            best = max(("shap", "lime"), key=lambda o: np.mean(np.concatenate(
                [np.array(x["_logranks"][o]) for x in raw if o in x.get("_logranks", {})] or [np.zeros(1)])))
            ol = [np.array(x["_logranks"][best]) for x in raw if best in x.get("_logranks", {})]
            if method != best and len(ol) == len(lr):
                metrics["retrain_diff_vs_best_of_shap_lime_ci95"] = boot_mean_ci(v - np.concatenate(ol))
                if rs[0]["default"]:
                    metrics["retrain_win_ci95"] = metrics["retrain_diff_vs_best_of_shap_lime_ci95"]
                    metrics["retrain_win_vs"] = best
        out.append({"dataset": "sample-shop", "seed": group, "group": group, "model": model, "method": method,
                    "default": rs[0]["default"], "metrics": metrics})
    return out


COLUMNS = ("n_pairs", "cause_p1", "cause_p1_ci95", "cause_diff_vs_shap_ci95", "cause_diff_vs_lime_ci95",
           "retrain_log2_rank", "retrain_log2_rank_ci95", "retrain_diff_vs_best_of_shap_lime_ci95",
           "retrain_out_of_top10", "insertion_auc", "sufficiency", "stability_seed", "deletion_auc",
           "sign_violations", "interactions", "ms_median")
CF_COLUMNS = ("n_pairs", "found_rate", "median_size", "robust_share", "retrain_confirmed", "retrain_survival",
              "retrain_survival_ci95", "retrain_survival_all_at_once",
              "why_not_n", "why_not_found_rate", "why_not_median_size", "why_not_retrain_survival", "margin")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return f"[{v[0]:+.3f}, {v[1]:+.3f}]" if len(v) == 2 else str(v)
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    return f"{v:.3f}"


def write(meta: dict[str, Any], recs: list[dict[str, Any]], pooled: list[dict[str, Any]]) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    clean = [{k: v for k, v in r.items() if k != "_raw"} for r in recs]
    (RESULTS / "explain.json").write_text(json.dumps({"meta": meta, "records": clean, "pooled": pooled}, indent=1))
    lines = [
        "# Explanation faithfulness: planted causes, leave-out-and-retrain, counterfactual survival",
        "",
        f"- command: `{meta['command']}`",
        f"- machine: {meta['machine']}; run alone (load before: {meta['load_before']}; after: {meta['load_after']})",
        f"- date: {meta['date']}; wall time {meta['wall_seconds']:.0f} s",
        f"- settings: {meta['settings']}",
        *[f"- then `{m['command']}` ({m['date']}, {m['wall_seconds']:.0f} s) replaced the records of the models it "
          "ran" for m in meta.get("merged", [])],
        "",
        "What each column means (see the docstring of `benchmarks/explain.py`):",
        "",
        "- `cause_p1`: share of held-out purchases with a planted single-item cause whose top-weighted history "
        "item is that cause; Wilson 95% interval. `diff vs shap/lime`: paired bootstrap 95% interval of the "
        "difference in cause_p1 (same pairs).",
        f"- `retrain log2 rank`: the method's top-{TOP_EVIDENCE} evidence removed from the training data of "
        f"{N_RETRAIN} users per seed, model retrained, mean log2 of the top-1 item's new rank (higher: the "
        "removed evidence carried more of the recommendation). `diff vs best of shap/lime`: paired bootstrap "
        "interval. `out of top-10`: share that left the top-10.",
        "- `insertion AUC` (higher better), `sufficiency` (score share kept by the top-3 positive items alone), "
        "`stability`: top-3 agreement with a SASRec trained with another seed. These no method optimises.",
        "- `deletion AUC` (lower better) is **deletion_path's own search objective**: not evidence for it.",
        "- `sign viol.`: shown items whose weight's sign contradicts their own removal effect (re-measured here) "
        "and that are not labelled `interaction`; `interactions`: labelled ones.",
        "- Rows `most_recent`, `most_recent_same_brand_or_category` (model-free rules), `untrained_model` (the "
        "default method on a SASRec that never trained), `random` (a random history item / random removals).",
        "- **default** marks the method `make_explainer('auto', model)` and the service show.",
        "",
    ]
    for title, rows in (("Pooled over seeds", pooled), ("Per seed", clean)):
        lines += [f"## {title}", ""]
        head = ["group", "seed", "model", "method", "default", *COLUMNS]
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for r in rows:
            if r["method"].startswith("counterfactual"):
                continue
            m = r["metrics"]
            cells = [r["group"], str(r["seed"]), r["model"], r["method"], "**yes**" if r["default"] else ""]
            cells += [_cell(m.get(c)) for c in COLUMNS]
            lines.append("| " + " | ".join(cells) + " |")
        lines += ["", f"### Counterfactuals ({title.lower()})", ""]
        head = ["group", "seed", "model", "method", *CF_COLUMNS]
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for r in rows:
            if r["method"].startswith("counterfactual"):
                lines.append("| " + " | ".join([r["group"], str(r["seed"]), r["model"], r["method"],
                                                *[_cell(r["metrics"].get(c)) for c in CF_COLUMNS]]) + " |")
        lines.append("")
    notes = RESULTS / "explain.notes.md"
    if notes.is_file():
        lines += ["## Notes", "", notes.read_text()]
    (RESULTS / "explain.md").write_text("\n".join(lines) + "\n")


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "unknown"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--group", choices=("dev", "heldout", "both"), default="heldout")
    ap.add_argument("--seeds", default=None, help="comma-separated shop seeds (overrides --group's)")
    ap.add_argument("--models", default="sasrec,ease,deepfm")
    ap.add_argument("--n-retrain", type=int, default=120, help="users per seed in the retrain checks")
    ap.add_argument("--retrain", default=None, help="comma-separated methods retrained against (default: all)")
    ap.add_argument("--only-counterfactuals", action="store_true",
                    help="only the counterfactual rows; with --merge they replace those rows of explain.json")
    ap.add_argument("--merge", action="store_true",
                    help="replace only the rerun models' records in the existing explain.json (others kept)")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--rewrite-md", action="store_true", help="only rewrite explain.md from explain.json")
    ap.add_argument("--set-defaults", default=None,
                    help="with --rewrite-md: Model=method pairs (e.g. SASRec=shap) that move the default mark, "
                         "recorded in the meta (for a default changed after the run by the issue's rule)")
    args = ap.parse_args()
    if args.rewrite_md:
        saved = json.loads((RESULTS / "explain.json").read_text())
        if args.set_defaults:
            pairs = dict(x.split("=") for x in args.set_defaults.split(","))
            for r in saved["records"] + saved["pooled"]:
                relabel_default(r, pairs)
            saved["meta"].setdefault("defaults_moved", []).append(
                {"to": pairs, "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")})
        write(saved["meta"], saved["records"], saved["pooled"])
        return
    globals()["N_RETRAIN"] = args.n_retrain
    globals()["ONLY_COUNTERFACTUALS"] = args.only_counterfactuals
    if args.retrain:
        globals()["RETRAINED"] = args.retrain.split(",")
    import torch

    torch.set_num_threads(2)
    import lime  # noqa: F401  - import cost is not explanation cost
    import shap  # noqa: F401

    groups = {"dev": DEV_SEEDS, "heldout": HELDOUT_SEEDS}
    plan = [(g, s) for g in (["dev", "heldout"] if args.group == "both" else [args.group]) for s in groups[g]]
    if args.seeds:
        plan = [(args.group if args.group != "both" else "dev", int(s)) for s in args.seeds.split(",")]
    load_before, t0 = uptime(), time.perf_counter()

    def log(msg: str) -> None:
        print(f"[{time.perf_counter() - t0:6.0f} s] {msg}", flush=True)

    recs: list[dict[str, Any]] = []
    for group, seed in plan:
        shop = make_shop(seed)
        log(f"shop seed {seed} ({group})")
        for key in args.models.split(","):
            recs += run_model(key, shop, group, log)
    pooled = pool(recs)
    meta = {
        "command": "flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/explain.py " + " ".join(sys.argv[1:]),
        "machine": machine(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "wall_seconds": time.perf_counter() - t0,
        "load_before": load_before,
        "load_after": uptime(),
        "settings": (
            f"sample shop {SHOP_USERS} users per seed; seeds {plan}; loo-full split; k={K}; LIME / KernelSHAP "
            f"{N_SAMPLES} samples; retrain: top-{TOP_EVIDENCE} evidence of {N_RETRAIN} users; bootstrap {N_BOOT}; "
            f"model parameters {json.dumps(PARAMS)}"
        ),
    }
    for r in pooled:
        print(r["group"], r["model"], r["method"], "default" if r["default"] else "", r["metrics"])
    if args.merge:
        saved = json.loads((RESULTS / "explain.json").read_text())
        rerun = {r["model"] for r in recs}

        def replaced(r: dict[str, Any]) -> bool:
            return r["model"] in rerun and (not args.only_counterfactuals or r["method"].startswith("counterfactual"))

        recs = [r for r in saved["records"] if not replaced(r)] + recs
        pooled = [r for r in saved["pooled"] if not replaced(r)] + pooled
        meta = {**saved["meta"], "merged": [*saved["meta"].get("merged", []), meta]}
    if not args.no_write:
        write(meta, recs, pooled)
    log("done")


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
