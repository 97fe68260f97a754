"""LightGCN on ML-100K ``random-811-full`` over training seeds: is the gap to RecBole's 0.3050 seed noise?

    WHYREC_DATA_DIR=../shared/data .venv/bin/python benchmarks/lightgcn_seeds.py --seeds 2020,2021,2022
    WHYREC_DATA_DIR=../shared/data .venv/bin/python benchmarks/lightgcn_seeds.py --lr 0.001 --seeds 2020,2021
    WHYREC_DATA_DIR=../shared/data .venv/bin/python benchmarks/lightgcn_seeds.py --init xavier --seeds 2020,2021
    WHYREC_DATA_DIR=../shared/data .venv/bin/python benchmarks/lightgcn_seeds.py --layers 3 --seeds 2020,2021
    WHYREC_DATA_DIR=../shared/data .venv/bin/python benchmarks/lightgcn_seeds.py --loss softmax --negatives 64
    WHYREC_DATA_DIR=../shared/data .venv/bin/python benchmarks/lightgcn_seeds.py --data sample-shop --seeds 2020

The split is the accuracy benchmark's (seed 2020) and so are the parameters (``benchmarks/accuracy.py``), but
for ``--lr``, ``--layers`` (propagation layers), ``--dim`` (embedding size), ``--loss`` / ``--negatives`` /
``--temperature`` (BPR or a sampled softmax over that many sampled items), ``--data`` (the sample shop instead)
and the training ``--seeds``;
``--init xavier`` initialises the user and item tables as RecBole does (``xavier_uniform_`` per table) instead of
whyrec's normal(0, 0.1). Prints one JSON line per seed: validation and test NDCG@10, test HR@10, epochs, best
epoch, seconds. Validation decides; test is reported.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def xavier_tables() -> None:
    """Make every new LightGCN network start from RecBole's initialisation (xavier-uniform per table)."""
    import torch
    from torch import nn

    import whyrec.models.nn_lightgcn as nl

    plain = nl.LightGCNModule.__init__

    def init(self, n_users: int, n_items: int, dim: int, n_layers: int, graph: torch.Tensor) -> None:  # noqa: ANN001
        plain(self, n_users, n_items, dim, n_layers, graph)
        with torch.no_grad():
            tables = [nn.init.xavier_uniform_(torch.empty(n, dim)) for n in (n_users, n_items)]
            self.embedding.weight.copy_(torch.cat(tables))

    nl.LightGCNModule.__init__ = init  # type: ignore[method-assign]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", default="2020,2021,2022")
    ap.add_argument("--data", choices=["ml-100k", "sample-shop"], default="ml-100k",
                    help="the dataset (its random-811-full split, seed 2020; default ml-100k)")
    ap.add_argument("--lr", type=float, default=None, help="learning rate (default: the benchmark's)")
    ap.add_argument("--init", choices=["normal", "xavier"], default="normal")
    ap.add_argument("--layers", type=int, default=None, help="propagation layers (default: the benchmark's)")
    ap.add_argument("--dim", type=int, default=None, help="embedding size (default: the benchmark's)")
    ap.add_argument("--loss", choices=["bpr", "softmax"], default=None, help="training loss (default: the model's)")
    ap.add_argument("--negatives", type=int, default=None, help="sampled negatives per pair (default: the model's)")
    ap.add_argument("--temperature", type=float, default=None, help="softmax temperature (default: the model's)")
    args = ap.parse_args()
    from accuracy import load_dataset, params_for

    from whyrec.evaluation import evaluate, make_split
    from whyrec.models import make_model

    if args.init == "xavier":
        xavier_tables()
    split = make_split(load_dataset(args.data), "random-811-full", seed=2020)
    for seed in (int(s) for s in args.seeds.split(",")):
        params = {**params_for(args.data, "lightgcn", "random-811-full"), "seed": seed}
        if args.lr is not None:
            params["learning_rate"] = args.lr
        if args.layers is not None:
            params["n_layers"] = args.layers
        if args.dim is not None:
            params["embedding_dim"] = args.dim
        for key, value in (("loss", args.loss), ("n_negatives", args.negatives), ("temperature", args.temperature)):
            if value is not None:
                params[key] = value
        m = make_model("lightgcn", **params)
        t0 = time.perf_counter()
        m.fit(split.train, split.valid)
        seconds = time.perf_counter() - t0
        valid = evaluate(m, split, "random-811-full", ks=(10,), part="valid")
        test = evaluate(m, split, "random-811-full", ks=(10,), part="test")
        print(json.dumps({"data": args.data, "init": args.init, "lr": m.learning_rate, "layers": m.n_layers,
                          "dim": m.embedding_dim,
                          "loss": m.loss, "negatives": m.n_negatives, "temperature": m.temperature, "seed": seed,
                          "valid_ndcg10": round(valid["NDCG@10"], 4), "test_ndcg10": round(test["NDCG@10"], 4),
                          "test_hr10": round(test["HR@10"], 4), "epochs": m.train_log_.epochs,
                          "best_epoch": m.train_log_.best_epoch, "seconds": round(seconds, 1)}), flush=True)


if __name__ == "__main__":
    main()
