"""NeuMF and LightGCN against RecBole's single figures, with intervals: per-user 95% intervals on the benchmark's
split, and the spread over other random splits.

    WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/family_intervals.py

ML-100K ``random-811-full`` with each model's default (benchmark) parameters: split seed 2020 is the accuracy
benchmark's; 2021 and 2022 are other random 80/10/10 splits of the same ratings (RecBole's 0.2790 / 0.3050 come
from one split of its own, so part of any gap is which split). Per split: test NDCG@10 and HR@10 with percentile
bootstrap 95% intervals over the test users. Nothing is chosen here: the parameters are the models' defaults.
Writes ``benchmarks/results/family_intervals.json``.
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
    import numpy as np
    from accuracy import load_dataset, machine, params_for, per_user_hits
    from stats import boot_mean_ci

    from whyrec.evaluation import make_split
    from whyrec.metrics import ndcg_per_user
    from whyrec.models import make_model

    data = load_dataset("ml-100k")
    rows = []
    for split_seed in SPLIT_SEEDS:
        split = make_split(data, "random-811-full", seed=split_seed)
        for key in RECBOLE:
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
    out = {"command": "WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python "
                      "benchmarks/family_intervals.py", "machine": machine(),
           "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "intervals": "percentile bootstrap over test users, 2000 resamples", "rows": rows}
    path = Path(__file__).resolve().parent / "results" / "family_intervals.json"
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
