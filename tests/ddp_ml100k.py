"""Run by tests/test_parallel.py, in one process or under torchrun: train a model on ML-100K's leave-one-out
split and, on rank 0, write its best validation NDCG@10 and per-user validation NDCG@10 to ``<out>``."""

import json
import sys
from pathlib import Path

import numpy as np

from whyrec import parallel
from whyrec.data import read_dataset
from whyrec.evaluation import make_split
from whyrec.metrics import ndcg_per_user
from whyrec.models import make_model

key, data, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
split = make_split(read_dataset(data / "ml-100k", format="movielens-100k"), "loo-full", seed=2020)
params = {"bpr": {"eval_every": 2, "patience": 5},  # the accuracy benchmark's
          "sasrec": {"epochs": 12, "max_len": 50, "dropout": 0.2}}[key]
model = make_model(key, device="cpu", seed=2020, num_threads=1, **params).fit(split.train, split.valid)
if parallel.is_main():
    users = np.unique(split.valid.interactions["user"].to_numpy())
    n_rel, hits = model.rank_targets(split.train.histories(), split.valid.histories(), users, 10)
    out.write_text(json.dumps({"world": parallel.world()[1], "best": model.train_log_.best_metric,
                               "per_user": ndcg_per_user(hits, n_rel, 10).tolist()}))
parallel.finish()
