"""What trades SASRec's NDCG@10 against its hit rates on Beauty: dropout and the loss, one change at a time from
the defaults, and the seen-item offset (the same trained network with the offset set to 0).

Beauty ``loo-full`` split and training seed 2020 (the accuracy benchmark's); evaluated ``loo-full-unmasked``
(RecBole's protocol). Per variant: validation NDCG@10, test NDCG@10 / HR@10 / HR@20 / MRR@10, the same without the
seen-item offset, epochs and seconds. Writes ``benchmarks/results/sasrec_tradeoffs.json``.

    WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/sasrec_tradeoffs.py
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch
from accuracy import TORCH_COMMON, load_dataset, without_seen_offset
from fusion_defaults import write_report

from whyrec.evaluation import evaluate, make_split
from whyrec.models import make_model

OUT = Path(__file__).resolve().parent / "results" / "sasrec_tradeoffs.json"
VARIANTS = {"defaults": {}, "dropout 0.2": {"dropout": 0.2}, "dropout 0.5": {"dropout": 0.5},
            "sampled_ce (1024 negatives)": {"loss": "sampled_ce"}}
METRICS = ("NDCG@10", "HR@10", "HR@20", "MRR@10")


def main() -> None:
    """Train each variant named on the command line (default: all) and write the report."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variants", default=",".join(VARIANTS))
    args = ap.parse_args()
    torch.set_num_threads(1)
    split = make_split(load_dataset("beauty"), "loo-full", seed=2020)
    rows = []
    for name in args.variants.split(","):
        m = make_model("sasrec", **TORCH_COMMON, **VARIANTS[name])
        t0 = time.perf_counter()
        m.fit(split.train, split.valid)
        seconds = time.perf_counter() - t0
        valid = evaluate(m, split, "loo-full-unmasked", ks=(10, 20), part="valid")
        test = evaluate(m, split, "loo-full-unmasked", ks=(10, 20), part="test")
        with without_seen_offset(m):
            bare = evaluate(m, split, "loo-full-unmasked", ks=(10, 20), part="test")
        rows.append({"variant": name, "params": VARIANTS[name], "valid_ndcg10": round(float(valid["NDCG@10"]), 4),
                     "test": {k: round(float(test[k]), 4) for k in METRICS},
                     "test_without_seen_offset": {k: round(float(bare[k]), 4) for k in METRICS},
                     "epochs": m.train_log_.epochs, "best_epoch": m.train_log_.best_epoch,
                     "train_seconds": round(seconds, 1)})
        print(json.dumps(rows[-1]), flush=True)
    write_report(OUT, "sasrec_tradeoffs.py", rows, split="beauty loo-full, seed 2020; test loo-full-unmasked")


if __name__ == "__main__":
    main()
