"""Data-parallel training against one process: the same models, data and seeds, on ML-100K (writes the
``distributed`` key of scale.json and its section of scale.md).

    .venv/bin/python benchmarks/ddp.py                       # BPR-MF and SASRec, seeds 2020-2022 (about 25 min)
    .venv/bin/python benchmarks/ddp.py --models bpr --seeds 2020 --no-write

For each model and seed, the model is trained twice on ML-100K's leave-one-out split (loo-full) with the
accuracy benchmark's hyper-parameters: once in one process (2 torch threads, as in accuracy.md), once in two
processes launched by torchrun (gloo, 1 thread each; whyrec.parallel: the same batch order split between the
ranks, gradients averaged by DistributedDataParallel, so each step sees two batches and an epoch has half the
steps). Recorded: the best validation NDCG@10 and its epoch, the test NDCG@10 (loo-full, full ranking, history
masked), training seconds.
"Within noise" is read two ways: the paired difference of test NDCG@10 user by user (2-rank minus 1-process,
same seed) with a percentile bootstrap 95% interval, and the spread of the one-process figure across seeds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"


def split_of():  # noqa: ANN201 - the ML-100K loo-full Split
    from accuracy import load_dataset

    from whyrec.evaluation import make_split

    return make_split(load_dataset("ml-100k"), "loo-full", seed=2020)


def params(model: str, seed: int, threads: int) -> dict:
    from accuracy import params_for

    return {**params_for("ml-100k", model, "loo-full"), "seed": seed, "num_threads": threads}


def worker(model: str, seed: int, out: Path) -> None:
    """One rank under torchrun (or the single process): train, and on rank 0 save the model and its log."""
    from whyrec import parallel
    from whyrec.models import make_model

    split = split_of()
    world = int(os.environ.get("WORLD_SIZE", "1"))
    m = make_model(model, **params(model, seed, 1 if world > 1 else 2))
    t0 = time.perf_counter()
    m.fit(split.train, split.valid)
    seconds = time.perf_counter() - t0
    if parallel.is_main():
        m.save(out)
        log = m.train_log_
        (out / "log.json").write_text(json.dumps({"world": parallel.world()[1], "train_s": seconds,
                                                  "epochs": log.epochs, "best_epoch": log.best_epoch,
                                                  "valid_ndcg10": log.best_metric}))
    parallel.finish()


def per_user_test_ndcg(folder: Path, split) -> np.ndarray:  # noqa: ANN001 - a Split
    from whyrec.metrics import ndcg_per_user
    from whyrec.models import load

    m = load(folder)
    history = split.train.histories().extend(split.valid.histories())
    users = np.unique(split.test.interactions["user"].to_numpy())
    n_rel, hits = m.rank_targets(history, split.test.histories(), users, 10, mask=True)
    return ndcg_per_user(hits, n_rel, 10)


def run(model: str, seed: int, nproc: int, folder: Path) -> dict:
    me = str(Path(__file__).resolve())
    args = ["--worker", model, "--seed", str(seed), "--out", str(folder)]
    env = {**os.environ, "OMP_NUM_THREADS": "1" if nproc > 1 else "2"}
    if nproc > 1:
        cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={nproc}", me, *args]
    else:
        cmd = [sys.executable, me, *args]
    t0 = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT / "benchmarks")
    if res.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{res.stderr[-3000:]}")
    log = json.loads((folder / "log.json").read_text())
    log["wall_s"] = time.perf_counter() - t0
    return log


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default="bpr,sasrec")
    ap.add_argument("--seeds", default="2020,2021,2022")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--seed", type=int, default=2020, help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.seed, Path(args.out))
        return
    from stats import boot_mean_ci

    split = split_of()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for model in args.models.split(","):
            for seed in (int(s) for s in args.seeds.split(",")):
                row: dict = {"model": model, "seed": seed, "dataset": "ml-100k", "protocol": "loo-full"}
                ndcg = {}
                for nproc in (1, 2):
                    folder = Path(tmp) / f"{model}-{seed}-{nproc}"
                    log = run(model, seed, nproc, folder)
                    ndcg[nproc] = per_user_test_ndcg(folder, split)
                    row[f"ranks{nproc}"] = {"valid_ndcg10": round(log["valid_ndcg10"], 4),
                                            "test_ndcg10": round(float(ndcg[nproc].mean()), 4),
                                            "best_epoch": log["best_epoch"], "epochs": log["epochs"],
                                            "train_s": round(log["train_s"], 1)}
                diff = ndcg[2] - ndcg[1]
                row["test_ndcg10_diff"] = round(float(diff.mean()), 4)
                row["test_ndcg10_diff_ci95"] = boot_mean_ci(diff)
                row["n_users"] = len(diff)
                print(json.dumps(row), flush=True)
                rows.append(row)
    summary = []
    for model in args.models.split(","):
        mine = [r for r in rows if r["model"] == model]
        one = [r["ranks1"]["test_ndcg10"] for r in mine]
        two = [r["ranks2"]["test_ndcg10"] for r in mine]
        summary.append({"model": model, "seeds": len(mine), "test_ndcg10_1proc_mean": round(float(np.mean(one)), 4),
                        "test_ndcg10_1proc_sd": round(float(np.std(one, ddof=1)), 4) if len(one) > 1 else None,
                        "test_ndcg10_2ranks_mean": round(float(np.mean(two)), 4),
                        "test_ndcg10_2ranks_sd": round(float(np.std(two, ddof=1)), 4) if len(two) > 1 else None})
    print(json.dumps(summary, indent=1))
    if not args.no_write:
        write(rows, summary, "python benchmarks/ddp.py " + " ".join(sys.argv[1:]))


def write(rows: list[dict], summary: list[dict], command: str) -> None:
    path = RESULTS / "scale.json"
    doc = json.loads(path.read_text()) if path.is_file() else {"records": []}
    doc["distributed"] = {"command": command.strip(), "runs": rows, "summary": summary,
                          "interval": "paired percentile bootstrap over test users, 2000 resamples",
                          "launch": "torchrun --standalone --nproc-per-node=2, gloo, 1 torch thread per rank; "
                                    "one process: 2 threads"}
    path.write_text(json.dumps(doc, indent=1) + "\n")
    md = RESULTS / "scale.md"
    text = md.read_text() if md.is_file() else "# Scale: cost curves\n"
    head = "## Distributed training (2 ranks vs 1 process)"
    text = text.split(head)[0].rstrip() + "\n\n"
    lines = [head, "",
             f"`{command.strip()}`: ML-100K, loo-full, the accuracy benchmark's hyper-parameters; each seed trained "
             "in one process (2 threads) and in two torchrun ranks (gloo, 1 thread each). Test NDCG@10 by full "
             "ranking with the history masked; the difference is 2 ranks minus 1 process, user by user, with a "
             "paired bootstrap 95% interval.", "",
             "| model | seed | valid NDCG@10 1 proc / 2 ranks | best epoch 1 / 2 | test NDCG@10 1 proc | "
             "test NDCG@10 2 ranks | difference [95% CI] | train s 1 / 2 |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        a, b = r["ranks1"], r["ranks2"]
        ci = r["test_ndcg10_diff_ci95"]
        lines.append(f"| {r['model']} | {r['seed']} | {a['valid_ndcg10']:.4f} / {b['valid_ndcg10']:.4f} | "
                     f"{a['best_epoch']} / {b['best_epoch']} | {a['test_ndcg10']:.4f} | {b['test_ndcg10']:.4f} | "
                     f"{r['test_ndcg10_diff']:+.4f} [{ci[0]:+.4f}, {ci[1]:+.4f}] | {a['train_s']} / {b['train_s']} |")
    lines += ["", "| model | seeds | test NDCG@10 1 proc mean (sd) | 2 ranks mean (sd) |", "|---|---|---|---|"]
    for s in summary:
        lines.append(f"| {s['model']} | {s['seeds']} | {s['test_ndcg10_1proc_mean']:.4f} "
                     f"({s['test_ndcg10_1proc_sd']}) | {s['test_ndcg10_2ranks_mean']:.4f} "
                     f"({s['test_ndcg10_2ranks_sd']}) |")
    md.write_text(text + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
