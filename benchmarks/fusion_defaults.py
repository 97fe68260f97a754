"""The fusion of EASE and SASRec with one set of defaults on every Amazon dataset, beside the Beauty-tuned EASE.

For each dataset (``loo-full`` split, seed 2020; evaluated ``loo-full-unmasked``, RecBole's protocol) SASRec is
trained once with its defaults; EASE is fitted with its default ``l2`` (500) and with the value
``benchmarks/accuracy.py`` uses on Beauty (100, chosen there on masked validation); each EASE is fused with the
same SASRec, the blend weights chosen on validation NDCG@10 (``Fusion``'s own procedure). Reported per row: test
NDCG@10 with a percentile-bootstrap 95% interval over test users, HR@10, HR@20, validation NDCG@10, and the
paired difference in test NDCG@10 against SASRec alone with its interval. Writes
``benchmarks/results/fusion_defaults.json``.

Run (quiet machine, one job at a time; about 25 minutes on 2 cores, most of it Beauty)::

    WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/fusion_defaults.py
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch
from accuracy import TORCH_COMMON, data_dir, load_dataset, machine, per_user_ndcg
from stats import boot_mean_ci

from whyrec.data import read_dataset
from whyrec.evaluation import evaluate, make_split
from whyrec.models import make_model
from whyrec.models.fusion import Fusion

OUT = Path(__file__).resolve().parent / "results" / "fusion_defaults.json"
AMAZON_2018 = {"gift-cards": "Gift_Cards_5.json.gz", "magazines": "Magazine_Subscriptions_5.json.gz"}
PROTOCOL = "loo-full-unmasked"


def dataset(name: str):  # noqa: ANN201 - a whyrec Dataset
    """Beauty (S3-Rec form) or an Amazon 2018 five-core file."""
    if name in AMAZON_2018:
        return read_dataset(data_dir() / "amazon-2018" / AMAZON_2018[name], format="amazon-2018")
    return load_dataset(name)


def run(name: str) -> list[dict]:
    """The rows of one dataset."""
    split = make_split(dataset(name), "loo-full", seed=2020)
    t0 = time.perf_counter()
    sasrec = make_model("sasrec", **TORCH_COMMON).fit(split.train, split.valid)
    seconds = time.perf_counter() - t0
    base = per_user_ndcg(sasrec, split, mask=False)
    rows = []

    def row(model, key: str, **extra) -> None:  # noqa: ANN001 - a fitted model
        test = evaluate(model, split, PROTOCOL, ks=(10, 20), part="test")
        valid = evaluate(model, split, PROTOCOL, ks=(10, 20), part="valid")
        mine = per_user_ndcg(model, split, mask=False)
        rows.append({"dataset": name, "model": key, "protocol": PROTOCOL, "n_test_users": len(mine),
                     "ndcg10": round(float(mine.mean()), 4), "ndcg10_ci95": boot_mean_ci(mine),
                     "hr10": round(float(test["HR@10"]), 4), "hr20": round(float(test["HR@20"]), 4),
                     "valid_ndcg10": round(float(valid["NDCG@10"]), 4),
                     "vs_sasrec_ndcg10": round(float((mine - base).mean()), 4),
                     "vs_sasrec_ci95": boot_mean_ci(mine - base), **extra})
        print(json.dumps(rows[-1]), flush=True)

    row(sasrec, "sasrec", train_seconds=round(seconds, 1))
    for l2 in (500.0, 100.0):
        ease = make_model("ease", l2=l2).fit(split.train, split.valid)
        row(ease, f"ease l2={l2:g}")
        fused = Fusion(members=[ease, sasrec]).fit(split.train, split.valid)
        row(fused, f"fusion (ease l2={l2:g} + sasrec)", weights=[round(float(w), 2) for w in fused.weights_])
    return rows


def main() -> None:
    """Run the datasets named on the command line (default: all three) and write the report."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", default="magazines,gift-cards,beauty")
    args = ap.parse_args()
    torch.set_num_threads(1)
    rows = [r for name in args.datasets.split(",") for r in run(name)]
    write_report(OUT, "fusion_defaults.py", rows,
                 intervals="percentile bootstrap over test users, 2000 resamples; vs_sasrec is paired")


def write_report(out: Path, script: str, rows: list[dict], **fields: str) -> None:
    """Write ``out``: the command that made it, the machine, the date, ``fields`` and the ``rows``."""
    out.write_text(json.dumps({
        "command": f"WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/{script}",
        "machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), **fields,
        "rows": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()
