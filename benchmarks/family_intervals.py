"""NeuMF and LightGCN against RecBole's single figures, with intervals: per-user 95% intervals on the benchmark's
split, and the spread over other random splits.

    WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/family_intervals.py
    WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/family_intervals.py \
        --models lightgcn

ML-100K ``random-811-full`` with each model's default (benchmark) parameters: split seed 2020 is the accuracy
benchmark's; 2021 and 2022 are other random 80/10/10 splits of the same ratings (RecBole's 0.2790 / 0.3050 come
from one split of its own, so part of any gap is which split). Per split: test NDCG@10 and HR@10 with percentile
bootstrap 95% intervals over the test users. Nothing is chosen here: the parameters are the models' defaults.
Writes ``benchmarks/results/family_intervals.json`` (``--models``: only those models' rows are rerun and
replaced; the others' are kept).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: RecBole 1.2.1 on this kind of machine (../shared/benchmarks/peer-recbole.md), ML-100K random-811-full
RECBOLE = {"neumf": {"ndcg10": 0.2790, "hr10": 0.7699}, "lightgcn": {"ndcg10": 0.3050, "hr10": 0.8134}}
SPLIT_SEEDS = (2020, 2021, 2022)


def main() -> None:
    import argparse

    import numpy as np
    from accuracy import load_dataset, machine, params_for, per_user_hits
    from stats import boot_mean_ci

    from whyrec.evaluation import make_split
    from whyrec.metrics import ndcg_per_user
    from whyrec.models import make_model

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default=",".join(RECBOLE), help="comma-separated: neumf, lightgcn (default: both)")
    keys = [k for k in ap.parse_args().models.split(",") if k]
    unknown = [k for k in keys if k not in RECBOLE]
    if unknown:
        ap.error(f"--models: unknown model {unknown[0]!r}; choose from {', '.join(RECBOLE)}")
    path = Path(__file__).resolve().parent / "results" / "family_intervals.json"
    before = json.loads(path.read_text(encoding="utf-8")) if path.exists() and set(keys) != set(RECBOLE) else {}
    kept = [r for r in before.get("rows", []) if r["model"] not in keys]
    data = load_dataset("ml-100k")
    rows = []
    for split_seed in SPLIT_SEEDS:
        split = make_split(data, "random-811-full", seed=split_seed)
        for key in keys:
            m = make_model(key, **params_for("ml-100k", key, "random-811-full"))
            t0 = time.perf_counter()
            m.fit(split.train, split.valid)
            seconds = time.perf_counter() - t0
            n_rel, hits = per_user_hits(m, split)
            ndcg = ndcg_per_user(hits, n_rel, 10)
            hr = hits.any(axis=1).astype(np.float64)
            row = {"model": key, "split_seed": split_seed, "n_test_users": len(ndcg),
                   "ndcg10": round(float(ndcg.mean()), 4), "ndcg10_ci95": boot_mean_ci(ndcg),
                   "hr10": round(float(hr.mean()), 4), "hr10_ci95": boot_mean_ci(hr),
                   "recbole": RECBOLE[key], "epochs": m.train_log_.epochs, "seconds": round(seconds, 1)}
            rows.append(row)
            print(json.dumps(row), flush=True)
    only = f" --models {','.join(keys)}" if set(keys) != set(RECBOLE) else ""
    out = {"command": "WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python "
                      f"benchmarks/family_intervals.py{only}", "machine": machine(),
           "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "intervals": "percentile bootstrap over test users, 2000 resamples",
           "rows": sorted(kept + rows, key=lambda r: (r["split_seed"], list(RECBOLE).index(r["model"])))}
    if kept:  # the rows kept from the run before, and that run
        out["kept"] = {"models": sorted({r["model"] for r in kept}),
                       "from": before.get("kept", {}).get("from") or {"command": before.get("command"),
                                                                      "date": before.get("date")}}
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
