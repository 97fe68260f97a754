"""Data-parallel training (whyrec.parallel, whyrec train --nproc-per-node): two real gloo processes on this CPU."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from whyrec.parallel import shard, world

WORKER = Path(__file__).with_name("ddp_worker.py")
ML100K = Path(__file__).with_name("ddp_ml100k.py")


def test_shard_gives_each_rank_its_batches_in_whole_rounds():
    batches = list(range(7))
    assert list(shard(batches, 0, 1)) == batches
    assert list(shard(batches, 0, 2)) == [0, 2, 4] and list(shard(batches, 1, 2)) == [1, 3, 5]  # 6 dropped
    assert list(shard(batches, 2, 3)) == [2, 5]
    assert world() == (0, 1)  # no process group in the test process


def _torchrun(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node=2", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)


@pytest.mark.parametrize("key", ["bpr", "sasrec"])
def test_two_ranks_end_identical_and_stop_together(key, tmp_path, split):
    res = _torchrun([str(WORKER), key, str(tmp_path)], tmp_path)
    assert res.returncode == 0, res.stderr[-3000:]
    r0, r1 = (json.loads((tmp_path / f"rank{r}.json").read_text()) for r in (0, 1))
    assert r0["world"] == r1["world"] == 2
    assert r0["digest"] == r1["digest"]  # averaged gradients: the same parameters on every rank
    assert (r0["epochs"], r0["best_epoch"], r0["stop_reason"]) == (r1["epochs"], r1["best_epoch"], r1["stop_reason"])
    assert r0["metrics"] == r1["metrics"] and r0["losses"] == r1["losses"]  # rank 0's metric, the mean loss
    assert r0["best_metric"] > 0.0


def test_cli_trains_on_two_processes_and_the_model_loads_like_any_other(tmp_path):
    from whyrec.models import load

    out = tmp_path / "m"
    code = subprocess.run(
        [sys.executable, "-m", "whyrec.cli", "train", "--data", "sample-shop", "--model", "bpr", "--out", str(out),
         "--param", "epochs=4", "--param", "num_threads=1", "--nproc-per-node", "2"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )
    assert code.returncode == 0, code.stderr[-3000:]
    run = json.loads((out / "run.json").read_text())
    assert run["world_size"] == 2 and run["test_metrics"]["NDCG@10"] > 0
    assert (out / "params.json").is_file() and (out / "weights.safetensors").is_file()
    assert not list(out.glob("*.tmp"))  # one writer: no half-written file left
    model = load(out)
    ids, scores = model.recommend("U00001", k=5)
    assert len(ids) == 5 and np.all(np.diff(scores) <= 0)


@pytest.mark.slow
@pytest.mark.parametrize("key", ["bpr", "sasrec"])
def test_two_ranks_reach_the_one_process_validation_metric_on_ml100k(key, shared_data, tmp_path):
    """Same data, seed and hyper-parameters: the 2-rank model's validation NDCG@10 lies within the paired 95%
    bootstrap interval of noise around the one-process model's (user by user over ML-100K's 943 users)."""
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    res = subprocess.run([sys.executable, str(ML100K), key, str(shared_data), str(one)], capture_output=True,
                         text=True, env=env, timeout=900)
    assert res.returncode == 0, res.stderr[-3000:]
    res = _torchrun([str(ML100K), key, str(shared_data), str(two)], tmp_path)
    assert res.returncode == 0, res.stderr[-3000:]
    a, b = json.loads(one.read_text()), json.loads(two.read_text())
    assert a["world"] == 1 and b["world"] == 2
    diff = np.asarray(b["per_user"]) - np.asarray(a["per_user"])
    rng = np.random.default_rng(0)
    means = diff[rng.integers(0, len(diff), (2000, len(diff)))].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    assert low <= 0.0 <= high, (a["best"], b["best"], low, high)
    assert abs(b["best"] - a["best"]) < 0.02
