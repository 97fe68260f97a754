"""Run by tests/test_parallel.py under torchrun: every rank trains the same small model and writes what it ended
with (a digest of its parameters, its training log) to ``<out>/rank<r>.json``."""

import hashlib
import json
import sys
from pathlib import Path

import torch

from whyrec import parallel
from whyrec.data import leave_one_out, sample_shop
from whyrec.models import make_model

key, out = sys.argv[1], Path(sys.argv[2])
split = leave_one_out(sample_shop(n_users=300, seed=0))
params = {"bpr": {"epochs": 12, "embedding_dim": 16, "batch_size": 128, "learning_rate": 1e-2, "patience": 3},
          "sasrec": {"epochs": 6, "embedding_dim": 16, "max_len": 10, "batch_size": 32, "n_layers": 1}}[key]
model = make_model(key, device="cpu", seed=5, num_threads=1, **params).fit(split.train, split.valid)
rank, world = parallel.world()
digest = hashlib.sha256()
for name, t in sorted(model.module_.state_dict().items()):
    digest.update(name.encode() + t.detach().cpu().to(torch.float64).numpy().tobytes())
log = model.train_log_
(out / f"rank{rank}.json").write_text(json.dumps({
    "world": world, "digest": digest.hexdigest(), "epochs": log.epochs, "best_epoch": log.best_epoch,
    "best_metric": log.best_metric, "stop_reason": log.stop_reason, "losses": log.losses, "metrics": log.metrics,
}))
parallel.finish()
