"""BPR-MF's defaults chosen across datasets on validation data, then checked on datasets they were not chosen on.

    WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/bpr_defaults.py choose
    WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/bpr_defaults.py heldout \\
        --config "lr 2e-3, dim 128, 1 neg"

``choose``: every configuration of ``GRID`` trained on the ``loo-full`` split (seed 2020) of Beauty, MovieLens-100K
and the sample shop with the benchmark's other BPR parameters; the validation NDCG@10 of each, and the geometric
mean over the three datasets of its ratio to the current default's (so each dataset counts alike). Test data is
not read. ``heldout``: the named configuration against the current default on the Amazon 2018 five-core Gift
Cards and Magazine Subscriptions (never used to choose), over training seeds: test NDCG@10 of both and the paired
difference over test users with its percentile-bootstrap 95% interval. Each writes its part of
``benchmarks/results/bpr_defaults.json``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from accuracy import params_for, per_user_ndcg
from fusion_defaults import dataset, write_report
from stats import boot_mean_ci

from whyrec.evaluation import evaluate, make_split
from whyrec.models import make_model

OUT = Path(__file__).resolve().parent / "results" / "bpr_defaults.json"
#: the defaults before this choice (BPRMF's defaults are "lr 2e-3, dim 128, 4 neg" since 2026-12-07); the grid
#: names every hyper-parameter it varies, so the runs do not depend on the model's defaults
CURRENT = "lr 1e-3, dim 64, 1 neg"
GRID = {f"lr {lr}, dim {dim}, {neg} neg": {"learning_rate": float(lr), "embedding_dim": dim, "n_negatives": neg}
        for lr in ("1e-3", "2e-3", "5e-3") for dim in (64, 128) for neg in (1, 4)}
CHOOSE_ON = ("beauty", "ml-100k", "sample-shop")
HELD_OUT = ("gift-cards", "magazines")


def _fit(name: str, split, cfg: dict, seed: int = 2020):  # noqa: ANN001, ANN202
    return make_model("bpr", **{**params_for(name, "bpr", "loo-full"), "seed": seed, **cfg}).fit(split.train,
                                                                                               split.valid)


def choose() -> dict:
    """Validation NDCG@10 of every configuration on the three development datasets."""
    valid: dict[str, dict[str, float]] = {label: {} for label in GRID}
    for name in CHOOSE_ON:
        split = make_split(dataset(name), "loo-full", seed=2020)
        for label, cfg in GRID.items():
            m = _fit(name, split, cfg)
            valid[label][name] = round(float(evaluate(m, split, "loo-full", ks=(10,), part="valid")["NDCG@10"]), 4)
            print(json.dumps({"config": label, "dataset": name, "valid_ndcg10": valid[label][name],
                              "epochs": m.train_log_.epochs}), flush=True)
    rows = []
    for label, per in valid.items():
        ratio = float(np.exp(np.mean([np.log(per[d] / valid[CURRENT][d]) for d in CHOOSE_ON])))
        rows.append({"config": label, "valid_ndcg10": per, "geo_mean_ratio_to_current": round(ratio, 4)})
    rows.sort(key=lambda r: -r["geo_mean_ratio_to_current"])
    return {"choose_on": list(CHOOSE_ON), "current": CURRENT, "chosen": rows[0]["config"], "rows": rows}


def heldout(label: str, seeds: list[int]) -> list[dict]:
    """``label`` against the current default on the held-out datasets (test NDCG@10, paired)."""
    rows = []
    for name in HELD_OUT:
        split = make_split(dataset(name), "loo-full", seed=2020)
        for seed in seeds:
            new = per_user_ndcg(_fit(name, split, GRID[label], seed), split)
            old = per_user_ndcg(_fit(name, split, GRID[CURRENT], seed), split)
            row = {"dataset": name, "seed": seed, "config": label, "test_ndcg10": round(float(new.mean()), 4),
                   "current_test_ndcg10": round(float(old.mean()), 4), "test_diff": round(float((new - old).mean()), 4),
                   "test_diff_ci95": boot_mean_ci(new - old), "n_test_users": len(new)}
            print(json.dumps(row), flush=True)
            rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("phase", choices=("choose", "heldout"))
    ap.add_argument("--config", default=None, help="the configuration checked by 'heldout' (a GRID label)")
    ap.add_argument("--seeds", default="2020,2021,2022")
    args = ap.parse_args()
    before = json.loads(OUT.read_text()) if OUT.exists() else {}
    parts = {k: before[k] for k in ("choose", "heldout") if k in before}
    if args.phase == "choose":
        parts["choose"] = choose()
    else:
        label = args.config or parts.get("choose", {}).get("chosen")
        if label not in GRID:
            raise SystemExit(f"--config {label!r} is not a configuration of the grid; pick one of {sorted(GRID)}")
        parts["heldout"] = heldout(label, [int(s) for s in args.seeds.split(",")])
    write_report(OUT, f"bpr_defaults.py {args.phase}", [], interval="paired percentile bootstrap over test users, "
                 "2000 resamples (configuration minus current default)", **parts)


if __name__ == "__main__":
    main()
