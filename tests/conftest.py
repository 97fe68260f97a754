"""Shared pytest fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real benchmark datasets: $WHYREC_DATA_DIR, else ../shared/data beside the repository.

    The folder exists on every developer machine and in CI; its absence is an
    error, not a reason to skip (the data may not be redistributed, so it is
    never copied into the repository).
    """
    path = Path(os.environ.get("WHYREC_DATA_DIR", REPO.parent / "shared" / "data"))
    if not path.is_dir():
        pytest.fail(f"shared datasets not found at {path}; set WHYREC_DATA_DIR to the folder of ml-100k etc.")
    return path


#: size of the sample shop behind the service tests' tiny models
SHOP_USERS = 300


@pytest.fixture(scope="session")
def shop_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Model folders (params, weights, run.json) of a tiny SASRec and an EASE trained on a 300-shopper sample shop.

    Trained once per session in seconds; used by the service tests (``whyrec.runs.open_run`` opens them).
    """
    from whyrec.data import sample_shop
    from whyrec.evaluation import make_split
    from whyrec.models import make_model
    from whyrec.runs import write_run_record

    ds = sample_shop(n_users=SHOP_USERS, seed=0)
    split = make_split(ds, "loo-full", seed=2020)
    params = {
        "sasrec": {"epochs": 3, "embedding_dim": 16, "max_len": 10, "n_negatives": 64, "batch_size": 64, "n_layers": 1},
        "ease": {},
    }
    out = {}
    for name, p in params.items():
        folder = tmp_path_factory.mktemp(f"model-{name}")
        make_model(name, **p).fit(split.train, split.valid).save(folder)
        info = {"data": "sample-shop", "format": "sample-shop", "n_users": SHOP_USERS, "shop_seed": 0}
        write_run_record(folder, {**info, "protocol": "loo-full", "seed": 2020, "model": name}, ds)
        out[name] = folder
    return out
