"""Two models on the same random splits, paired over the test users: is one ahead of the other beyond the noise?

    WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/paired_splits.py \
        --a lightgcn --b bpr

ML-100K ``random-811-full`` (split seeds 2020, the accuracy benchmark's, and 2021, 2022), each model with its
benchmark parameters (``benchmarks/accuracy.py``); nothing is chosen here. Per split and metric (NDCG@10, HR@10,
HR@20): both models' means and the mean of the per-user differences ``a - b`` with a percentile bootstrap 95%
interval over the test users (2,000 resamples). Accuracy only: the models share the machine with whatever else
runs, so no seconds are reported. Writes ``benchmarks/results/paired_splits_<a>_vs_<b>.json``.

    ... benchmarks/paired_splits.py --a lightgcn --b 'lightgcn:loss=bpr,n_negatives=1'   # the loss alone
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SPLIT_SEEDS = (2020, 2021, 2022)


def per_user(model, split) -> dict:  # noqa: ANN001 - a fitted model and a split
    """NDCG@10, HR@10 and HR@20 of each test user, ranked as the accuracy benchmark ranks (history masked)."""
    import numpy as np
    from accuracy import per_user_hits

    from whyrec.metrics import ndcg_per_user

    n_rel, hits = per_user_hits(model, split, k=20)
    return {"ndcg10": ndcg_per_user(hits[:, :10], n_rel, 10), "hr10": hits[:, :10].any(axis=1).astype(np.float64),
            "hr20": hits.any(axis=1).astype(np.float64)}


def parse_model(spec: str) -> tuple[str, dict]:
    """``"lightgcn:loss=bpr,n_negatives=1"`` -> ("lightgcn", {"loss": "bpr", "n_negatives": 1}): a model key and
    the parameters that override its benchmark ones (numbers read as numbers)."""
    key, _, rest = spec.partition(":")
    params: dict = {}
    for pair in filter(None, rest.split(",")):
        name, _, value = pair.partition("=")
        try:
            params[name] = json.loads(value)
        except ValueError:
            params[name] = value
    return key, params


def main() -> None:
    import argparse

    from accuracy import load_dataset, machine, params_for
    from stats import boot_mean_ci

    from whyrec.evaluation import make_split
    from whyrec.models import MODELS, make_model

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--a", required=True, help="the model whose lead is measured: a model key, optionally with "
                    "parameters over its benchmark ones (lightgcn, lightgcn:loss=bpr,n_negatives=1)")
    ap.add_argument("--b", required=True, help="the model it is measured against (same form, e.g. bpr)")
    args = ap.parse_args()
    specs = {}
    for opt, spec in (("--a", args.a), ("--b", args.b)):
        key, params = parse_model(spec)
        if key not in MODELS:
            ap.error(f"{opt}: unknown model {key!r} in {spec!r}; choose from {', '.join(sorted(MODELS))}")
        specs[spec] = (key, params)
    if args.a == args.b:
        ap.error(f"--a and --b are the same model {args.a!r}; name two different ones")
    data = load_dataset("ml-100k")
    rows = []
    for split_seed in SPLIT_SEEDS:
        split = make_split(data, "random-811-full", seed=split_seed)
        scores = {}
        for spec, (key, params) in specs.items():
            m = make_model(key, **{**params_for("ml-100k", key, "random-811-full"), **params})
            m.fit(split.train, split.valid)
            scores[spec] = per_user(m, split)
        row: dict = {"split_seed": split_seed, "n_test_users": len(scores[args.a]["ndcg10"])}
        for metric in ("ndcg10", "hr10", "hr20"):
            a, b = scores[args.a][metric], scores[args.b][metric]
            row[metric] = {args.a: round(float(a.mean()), 4), args.b: round(float(b.mean()), 4),
                           "diff": round(float((a - b).mean()), 4), "diff_ci95": boot_mean_ci(a - b)}
        rows.append(row)
        print(json.dumps(row), flush=True)
    out = {"command": "WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python "
                      f"benchmarks/paired_splits.py --a '{args.a}' --b '{args.b}'",
           "machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "dataset": "ml-100k", "protocol": "random-811-full",
           "intervals": "percentile bootstrap of the mean per-user difference a - b, 2000 resamples", "rows": rows}
    name = "_vs_".join(re.sub(r"[^a-z0-9]+", "-", spec.lower()).strip("-") for spec in (args.a, args.b))
    path = Path(__file__).resolve().parent / "results" / f"paired_splits_{name}.json"
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
