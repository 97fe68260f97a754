"""SASRec's defaults on datasets they were not chosen on: embedding_dim 128 / 2 heads (the defaults since
2026-12-07, chosen on Beauty, ML-100K and sample-shop validation) against the old 64 / 1, on the two Amazon 2018
five-core datasets (Gift Cards, Magazine Subscriptions), over training seeds.

For each dataset the ``loo-full`` split is made once (seed 2020); each configuration is trained with each seed;
reported per seed: validation and test NDCG@10 (``loo-full-unmasked``) of both, and the paired difference in test
NDCG@10 (new minus old) over test users with its percentile-bootstrap 95% interval. Writes
``benchmarks/results/sasrec_defaults.json``.

    WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/sasrec_defaults.py
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch
from accuracy import TORCH_COMMON, per_user_ndcg
from fusion_defaults import dataset, write_report
from stats import boot_mean_ci

from whyrec.evaluation import evaluate, make_split
from whyrec.models import make_model

OUT = Path(__file__).resolve().parent / "results" / "sasrec_defaults.json"
CONFIGS = {"new (128 / 2 heads)": {"embedding_dim": 128, "n_heads": 2},
           "old (64 / 1 head)": {"embedding_dim": 64, "n_heads": 1}}


def main() -> None:
    """Run the datasets and seeds named on the command line and write the report."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", default="gift-cards,magazines")
    ap.add_argument("--seeds", default="2020,2021,2022")
    args = ap.parse_args()
    torch.set_num_threads(1)
    rows = []
    for name in args.datasets.split(","):
        split = make_split(dataset(name), "loo-full", seed=2020)
        for seed in (int(s) for s in args.seeds.split(",")):
            per: dict[str, np.ndarray] = {}
            row: dict = {"dataset": name, "seed": seed}
            for label, cfg in CONFIGS.items():
                m = make_model("sasrec", **{**TORCH_COMMON, "seed": seed, **cfg}).fit(split.train, split.valid)
                valid = evaluate(m, split, "loo-full-unmasked", ks=(10,), part="valid")
                per[label] = per_user_ndcg(m, split, mask=False)
                row[label] = {"valid_ndcg10": round(float(valid["NDCG@10"]), 4),
                              "test_ndcg10": round(float(per[label].mean()), 4)}
            new, old = per.values()
            row["test_diff"] = round(float((new - old).mean()), 4)
            row["test_diff_ci95"] = boot_mean_ci(new - old)
            row["n_test_users"] = len(new)
            print(json.dumps(row), flush=True)
            rows.append(row)
    write_report(OUT, "sasrec_defaults.py", rows,
                 interval="paired percentile bootstrap over test users, 2000 resamples (new minus old)")


if __name__ == "__main__":
    main()
