"""Accuracy benchmark: every model, dataset and protocol of issue 2, beside RecBole's figures.

Writes ``benchmarks/results/accuracy.json`` (one record per row, the shape of
``../shared/benchmarks/peer-recbole.json``) and ``accuracy.md``.

    .venv/bin/python benchmarks/accuracy.py                    # everything (about 30-60 min on 2 cores)
    .venv/bin/python benchmarks/accuracy.py --datasets ml-100k --models ease,bpr

Each (dataset, split, model) job runs in its own process so that its peak
memory (max RSS, which includes Python and torch themselves, as RecBole's
figures do) is its own. Hyper-parameters are all in ``PARAMS`` below: nothing
is hidden in configuration files.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
PEER = ROOT.parent / "shared" / "benchmarks" / "peer-recbole.json"

RANKING_MODELS = ["pop", "itemknn", "ease", "bpr", "fm", "deepfm", "nfm", "sasrec"]
SEQUENCE_MODELS = ["sasrec", "gru4rec", "caser", "bert4rec"]
KS = (10, 20)

# dataset -> list of (split protocol, models, protocols evaluated on that split)
PLAN: dict[str, list[tuple[str, list[str], list[str]]]] = {
    "beauty": [
        ("loo-full", [m for m in RANKING_MODELS if m != "sasrec"], ["loo-full", "loo-sampled-100"]),
        ("loo-full", SEQUENCE_MODELS, ["loo-full", "loo-full-unmasked", "loo-sampled-100"]),
        ("loo-full", ["fusion"], ["loo-full", "loo-full-unmasked"]),
    ],
    "ml-100k": [
        ("loo-full", ["pop", "itemknn", "ease", "bpr"], ["loo-full"]),
        ("loo-full", SEQUENCE_MODELS, ["loo-full", "loo-full-unmasked"]),
        ("loo-full", ["fusion"], ["loo-full"]),
        ("random-811-full", ["pop", "itemknn", "ease", "bpr", "neumf", "lightgcn", "cfgan"], ["random-811-full"]),
        ("ctr-811", ["fm", "deepfm", "nfm"], ["ctr-811"]),
    ],
    "sample-shop": [
        ("loo-full", [*RANKING_MODELS, "gru4rec", "caser", "bert4rec"], ["loo-full"]),
        ("loo-full", ["fusion"], ["loo-full"]),
    ],
}

# 2 torch threads, as RecBole's figures were measured
TORCH_COMMON = {"num_threads": 2, "device": "cpu", "seed": 2020}

# (dataset, model) -> hyper-parameters; ("*", model) is the default
PARAMS: dict[tuple[str, str], dict] = {
    ("*", "pop"): {},
    # ItemKNN's default k 200: best validation NDCG@10 of {50, 100, 200} on all three datasets, never worse on the
    # held-out Gift Cards / Magazines (benchmarks/results/itemknn_defaults.json); MovieLens-100K had it alone before
    ("*", "itemknn"): {},
    ("*", "ease"): {"l2": 500.0},  # EASE's default: one setting on every dataset (Beauty had l2 100 until 2026-12-07)
    # validated every other epoch (patience 5 validations = the same 10 epochs): Beauty's best epoch and test
    # NDCG@10 are those of every-epoch validation, in 2/3 of the time
    ("*", "bpr"): {"eval_every": 2, "patience": 5},
    ("*", "fm"): {},
    ("*", "deepfm"): {},
    ("*", "nfm"): {},
    # Beauty ranking for the FM family: item attributes as features, bounded to 10 min each on the shared CPU
    ("beauty", "fm"): {"max_seconds": 600.0},
    ("beauty", "deepfm"): {"max_seconds": 600.0},
    ("beauty", "nfm"): {"max_seconds": 600.0},
    # the sequence models' window is the data rule max_len "auto" (the 90th percentile of training history lengths,
    # 50-200: 50 on Beauty, the shop, Gift Cards and Magazines, 200 on MovieLens-100K) on every dataset, chosen on
    # validation under the unmasked protocol (sasrec_window_defaults.json); MovieLens-100K's own max_len 200 and
    # SASRec's dropout 0.2 were dropped on 2026-12-07 (dropout 0.2 won validation by 0.9% and lost on held-out Gift
    # Cards: sasrec_dropout_defaults.json)
    ("*", "sasrec"): {"max_len": "auto"},
    ("*", "gru4rec"): {"max_len": "auto"},
    ("*", "neumf"): {},
    ("*", "lightgcn"): {},
    ("*", "bert4rec"): {"max_len": "auto"},
    # bounded to 20 min: the row is a lower bound when it stops on time (see its stop_reason)
    ("beauty", "bert4rec"): {"max_seconds": 1200.0},
    ("*", "cfgan"): {},
    ("*", "caser"): {},
    # DeepFM's CTR learning rate by validation AUC of {1e-3, 2e-3, 3e-3} (0.7967 / 0.7972 / 0.7958): 2e-3 stops
    # after 20 epochs instead of 31
    ("ml-100k", "fm:ctr-811"): {"task": "ctr"},
    ("ml-100k", "deepfm:ctr-811"): {"task": "ctr", "learning_rate": 2e-3},
    ("ml-100k", "nfm:ctr-811"): {"task": "ctr"},
}

#: the fusion row's members: the best of each kind on ML-100K loo-full (a linear item model, a sequence model)
FUSION_MEMBERS = ["ease", "sasrec"]

RECBOLE_FAMILY = {"Pop": "pop", "ItemKNN": "itemknn", "BPR": "bpr", "FM": "fm", "DeepFM": "deepfm", "SASRec": "sasrec",
                  "GRU4Rec": "gru4rec", "NeuMF": "neumf", "Caser": "caser",
                  "LightGCN": "lightgcn", "BERT4Rec": "bert4rec", "CFGAN": "cfgan"}


def data_dir() -> Path:
    """Where the shared datasets are: $WHYREC_DATA_DIR or ../shared/data."""
    return Path(os.environ.get("WHYREC_DATA_DIR", ROOT.parent / "shared" / "data"))


def load_dataset(name: str):  # noqa: ANN201
    """The benchmark datasets by key."""
    from whyrec.data import read_dataset, sample_shop

    d = data_dir()
    if name == "beauty":
        return read_dataset(d / "amazon-s3rec" / "Beauty.txt", format="s3rec")
    if name == "ml-100k":
        return read_dataset(d / "ml-100k", format="movielens-100k")
    if name == "ml-latest-small":
        return read_dataset(d / "ml-latest-small", format="movielens-latest")
    if name == "sample-shop":
        return sample_shop(n_users=5000, seed=0)
    raise ValueError(f"unknown dataset {name!r}")


def params_for(dataset: str, model: str, split_protocol: str) -> dict:
    """Hyper-parameters of one job."""
    p: dict = {}
    for key in (("*", model), (dataset, model), (dataset, f"{model}:{split_protocol}")):
        p.update(PARAMS.get(key, {}))
    if model == "fusion":  # its members, each with this benchmark's own parameters for this dataset
        return {"members": [{"model": m, "params": params_for(dataset, m, split_protocol)} for m in FUSION_MEMBERS]}
    if model not in ("pop", "itemknn", "ease"):
        p = {**TORCH_COMMON, **p}
    return p


def run_job(dataset: str, split_protocol: str, model: str, protocols: list[str], save_dir: str | None) -> list[dict]:
    """Train one model on one split and evaluate it under each protocol (runs in a child process)."""
    import numpy as np
    import torch

    from whyrec.evaluation import evaluate, make_split
    from whyrec.models import load, make_model

    torch.set_num_threads(1)
    ds = load_dataset(dataset)
    split = make_split(ds, split_protocol, seed=2020)
    params = params_for(dataset, model, split_protocol)
    m = make_model(model, **params)
    t0 = time.perf_counter()
    m.fit(split.train, split.valid)
    train_seconds = time.perf_counter() - t0
    if params.get("max_len") == "auto":  # the window the rule gave on this training data
        params = {**params, "max_len": int(m.max_len), "max_len_from": "auto"}
    log = getattr(m, "train_log_", None)
    records = []

    def record(protocol: str, res: dict, valid: dict | None, eval_seconds: float, key: str = model) -> dict:
        def rounded(d: dict) -> dict:
            return {k: round(v, 4) for k, v in d.items() if k not in ("users", "rows")}

        return {
            "dataset": dataset,
            "protocol": protocol,
            "model": key,
            "metrics": rounded(res),
            "valid_metrics": rounded(valid) if valid else None,
            "params": params,
            "train_seconds": round(train_seconds, 1),
            "seconds_per_epoch": round(log.seconds_per_epoch, 2) if log else None,
            "epochs": log.epochs if log else 1,
            "best_epoch": log.best_epoch if log else 1,
            "stop_reason": log.stop_reason if log else ("members fitted" if model == "fusion" else "closed_form"),
            "eval_seconds": round(eval_seconds, 1),
            **({"fusion_weights": [round(float(w), 3) for w in m.weights_]} if model == "fusion" else {}),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        }

    for protocol in protocols:
        t1 = time.perf_counter()
        res = evaluate(m, split, protocol, ks=KS, part="test")
        eval_seconds = time.perf_counter() - t1
        valid = evaluate(m, split, protocol, ks=KS, part="valid") if protocol != "ctr-811" else None
        records.append(record(protocol, res, valid, eval_seconds))
    if model == "fusion":
        records[0]["vs_best_member"] = fusion_vs_best_member(m, split, protocols[0])
    seen = getattr(getattr(m, "module_", None), "seen_logit", None)
    if "loo-full-unmasked" in protocols and seen is not None:
        # the like-for-like row: the same trained network with its seen-item offset set to 0 (RecBole's SASRec
        # has no such offset; the network trains the same with or without it, see SASRec's seen_bias)
        with without_seen_offset(m):
            t1 = time.perf_counter()
            res = evaluate(m, split, "loo-full-unmasked", ks=KS, part="test")
            eval_seconds = time.perf_counter() - t1
            valid = evaluate(m, split, "loo-full-unmasked", ks=KS, part="valid")
        records.append(record("loo-full-unmasked", res, valid, eval_seconds, f"{model}-no-seen-offset"))
    if save_dir:
        m.save(save_dir)
        m2 = load(save_dir)
        users = [str(u) for u in np.random.default_rng(0).choice(m2.user_ids_, 300)]
        m2.recommend(users[0], k=10)  # warm-up
        times = []
        for u in users:
            t = time.perf_counter()
            m2.recommend(u, k=10)
            times.append((time.perf_counter() - t) * 1000)
        records[0]["recommend_ms_median"] = round(float(np.median(times)), 3)
        records[0]["recommend_ms_p95"] = round(float(np.percentile(times, 95)), 3)
    return records


@contextlib.contextmanager
def without_seen_offset(model):  # noqa: ANN001, ANN201 - a fitted sequence model; a context manager
    """The trained network with its seen-item offset set to 0 inside the block, restored after."""
    import torch

    seen = model.module_.seen_logit
    offset = seen.detach().clone()
    with torch.no_grad():
        seen.zero_()
        try:
            yield model
        finally:
            seen.copy_(offset)


def fusion_vs_best_member(fusion, split, protocol: str) -> dict:  # noqa: ANN001 - a fitted Fusion and its Split
    """The fusion's test NDCG@10 minus its best member's, user by user, with a paired bootstrap 95% interval.

    The best member is the one with the best *validation* NDCG@10 (so the comparison does not pick on test data).
    """
    import numpy as np
    from stats import boot_mean_ci

    from whyrec.evaluation.protocols import parse_protocol

    mask = parse_protocol(protocol).mask_history
    keys = [spec["model"] for spec in fusion.get_params()["members"]]
    valid = [float(per_user_ndcg(mm, split, "valid", mask=mask).mean()) for mm in fusion.models_]
    best = int(np.argmax(valid))
    diff = per_user_ndcg(fusion, split, mask=mask) - per_user_ndcg(fusion.models_[best], split, mask=mask)
    return {"member": keys[best], "chosen_by": "validation NDCG@10",
            "member_valid_ndcg10": {k: round(v, 4) for k, v in zip(keys, valid, strict=True)},
            "ndcg10_diff": round(float(diff.mean()), 4), "ndcg10_diff_ci95": boot_mean_ci(diff),
            "n_users": len(diff), "interval": "paired percentile bootstrap over test users, 2000 resamples"}


def per_user_hits(model, split, part: str = "test", *, mask: bool = True, k: int = 10):  # noqa: ANN001, ANN201
    """Each user of ``split``'s ``part`` ("valid" or "test"): the number of target items and which of the top ``k``
    are targets (``rank_targets``), ranked from the training histories (and, for test, the validation items), the
    history masked unless ``mask=False``."""
    import numpy as np

    target = split.test if part == "test" else split.valid
    history = split.train.histories()
    if part == "test":
        history = history.extend(split.valid.histories())
    users = np.unique(target.interactions["user"].to_numpy())
    return model.rank_targets(history, target.histories(), users, k, mask=mask)


def per_user_ndcg(model, split, part: str = "test", *, mask: bool = True):  # noqa: ANN001, ANN201
    """NDCG@10 of each user of ``split``'s ``part`` (numpy; see :func:`per_user_hits`)."""
    from whyrec.metrics import ndcg_per_user

    n_rel, hits = per_user_hits(model, split, part, mask=mask)
    return ndcg_per_user(hits, n_rel, 10)


def machine() -> str:
    """A one-line description of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import torch

    return f"{os.cpu_count()} cores ({cpu}), torch {torch.__version__}, 2 threads, Python {platform.python_version()}"


#: how the benchmark is run (on a quiet machine: one job at a time, nothing else running)
COMMAND = "WHYREC_DATA_DIR=../shared/data flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/accuracy.py "
#: the heading of accuracy.md's hand-written notes, kept when the file is rewritten
NOTES_HEADING = "## Notes, and goals missed"


def write_results(records: list[dict], command: str, stem: str = "accuracy") -> None:
    """Write accuracy.json and accuracy.md (with RecBole's rows beside ours)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    meta = {"command": command, "machine": machine(), "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
    for r in records:  # each row keeps the run that measured it (a merge keeps other runs' rows)
        r.setdefault("measured", meta)
    (RESULTS / f"{stem}.json").write_text(json.dumps({**meta, "records": records}, indent=1))
    runs: list[dict] = []
    for r in records:
        if r["measured"] not in runs:
            runs.append(r["measured"])
    peers = json.loads(PEER.read_text())["records"] if PEER.is_file() else []
    lines = [
        "# Accuracy benchmark",
        "",
        *[f"- rows of {', '.join(sorted({r['model'] for r in records if r['measured'] == run}))}: `{run['command']}`"
          f" on {run['machine']}, {run['date']}" for run in runs],
        "- compare training seconds only between rows of one run (machines differ between runs)",
        "- protocols as in DESIGN.md; test metrics; training time includes validation for early stopping;",
        "  peak MB is the job process's max RSS (Python + torch + data), as in RecBole's figures.",
        "",
        "| dataset | protocol | model | NDCG@10 | HR@10 | MRR@10 | Recall@10 | NDCG@20 | HR@20 | AUC | LogLoss "
        "| train s | s/epoch | epochs | stopped by | peak MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in records:
        m = r["metrics"]
        lines.append(
            f"| {r['dataset']} | {r['protocol']} | {r['model']} | "
            + " | ".join(
                f"{m[k]:.4f}" if k in m else ""
                for k in ("NDCG@10", "HR@10", "MRR@10", "Recall@10", "NDCG@20", "HR@20", "AUC", "LogLoss")
            )
            + f" | {r['train_seconds']} | {r['seconds_per_epoch'] or ''} | {r['epochs']} | {r['stop_reason']}"
            + f" | {r['peak_mb']} |"
        )
    lat = [r for r in records if "recommend_ms_median" in r]
    if lat:
        lines += ["", "## `recommend` latency (one user, k=10, model loaded)", ""]
        for r in lat:
            lines.append(
                f"- {r['dataset']} {r['model']}: median {r['recommend_ms_median']} ms, p95 {r['recommend_ms_p95']} ms"
            )
    lines += ["", "## Against RecBole 1.2.1 (same machine kind, data and protocols)", ""]
    lines += [
        "| dataset | protocol | RecBole model | RecBole | whyrec same family | whyrec best | time RecBole / whyrec |"
    ]
    lines += ["|---|---|---|---|---|---|---|"]
    for p in peers:
        key = "AUC" if p["protocol"] == "ctr-811" else "NDCG@10"
        ours = [r for r in records if r["dataset"] == p["dataset"] and r["protocol"] == p["protocol"]]
        if not ours:
            continue
        fam = RECBOLE_FAMILY.get(p["model"])
        same = next((r for r in ours if r["model"] == fam), None)
        best = max(ours, key=lambda r: r["metrics"].get(key, -1))
        same_txt = f"{same['model']} {key} {same['metrics'][key]:.4f}" if same else "(no model of this family)"
        ratio = f"{p['train_seconds'] / max(same['train_seconds'], 0.1):.1f}x" if same else ""
        lines.append(
            f"| {p['dataset']} | {p['protocol']} | {p['model']} | {key} {p['metrics'][key]:.4f} | {same_txt} | "
            f"{best['model']} {key} {best['metrics'][key]:.4f} | {ratio} |"
        )
    md = RESULTS / f"{stem}.md"
    before = md.read_text() if md.is_file() else ""
    kept = before[before.index(NOTES_HEADING):] if NOTES_HEADING in before else ""  # hand-written notes stay
    md.write_text("\n".join(lines) + "\n" + (f"\n{kept}" if kept else ""))


def main() -> None:
    """Run the plan (or a part of it), one child process per job."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", default=",".join(PLAN), help="comma-separated dataset keys")
    ap.add_argument("--models", default="", help="comma-separated model keys (default: all in the plan)")
    ap.add_argument("--merge", action="store_true", help="keep other rows of an existing accuracy.json")
    ap.add_argument("--out", default="accuracy", help="result file stem under benchmarks/results")
    ap.add_argument("--job", nargs=4, metavar=("DATASET", "SPLIT", "MODEL", "PROTOCOLS"), help=argparse.SUPPRESS)
    ap.add_argument("--save", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.job:
        dataset, split, model, protocols = args.job
        print("RESULT " + json.dumps(run_job(dataset, split, model, protocols.split(","), args.save)))
        return
    wanted = set(filter(None, args.models.split(",")))
    records: list[dict] = []
    if args.merge and (RESULTS / "accuracy.json").is_file():
        old = json.loads((RESULTS / "accuracy.json").read_text())["records"]
        rerun = tuple(f"{m}-" for m in wanted)  # a model's variants too (e.g. sasrec-no-seen-offset)
        saved = json.loads((RESULTS / "accuracy.json").read_text())
        records = [
            {**r, "measured": r.get("measured") or {k: saved[k] for k in ("command", "machine", "date")}}
            for r in old if not (r["dataset"] in args.datasets.split(",")
                                 and (not wanted or r["model"] in wanted or r["model"].startswith(rerun)))
        ]
    for dataset in args.datasets.split(","):
        for split, models, protocols in PLAN[dataset]:
            for model in models:
                if wanted and model not in wanted:
                    continue
                cmd = [sys.executable, __file__, "--job", dataset, split, model, ",".join(protocols)]
                if dataset == "beauty" and model == "sasrec":
                    cmd += ["--save", str(ROOT / "runs" / "bench-beauty-sasrec")]
                print(f"== {dataset} {split} {model}", flush=True)
                t = time.perf_counter()
                proc = subprocess.run(cmd, capture_output=True, text=True)
                if proc.returncode != 0:
                    print(proc.stderr[-3000:], flush=True)
                    raise SystemExit(f"job {dataset} {model} failed")
                rows = json.loads(next(ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT "))[7:])
                for r in rows:
                    print(f"   {r['protocol']}: {r['metrics']}  train {r['train_seconds']} s", flush=True)
                print(f"   ({time.perf_counter() - t:.0f} s)", flush=True)
                records.extend(rows)
                write_results(records, COMMAND + " ".join(sys.argv[1:]), args.out)


if __name__ == "__main__":
    main()
