"""Shared pytest fixtures."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
# llama.cpp's OpenMP workers spin while they wait; on 2 shared cores that makes decoding 5-15x slower while the
# test run's other threads compete. Set before llama_cpp is first imported (a caller's setting wins).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    """A throw-away PostgreSQL cluster for the session (tests/pgcluster.py)."""
    from pgcluster import start_cluster

    yield from start_cluster()


@pytest.fixture
def pg_url(postgres: Any) -> Iterator[str]:
    """The SQLAlchemy URL of a fresh, empty PostgreSQL database, dropped after the test."""
    name = postgres.create_database()
    yield postgres.url(name)
    postgres.drop_database(name)


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


@pytest.fixture(scope="session")
def shop():
    """A 300-shopper sample shop (seed 0) for the explainer tests (a module may define its own ``shop``)."""
    from whyrec.data import sample_shop

    return sample_shop(n_users=300, seed=0)


@pytest.fixture(scope="session")
def split(shop):
    """Leave-one-out split of ``shop``."""
    from whyrec.data import leave_one_out

    return leave_one_out(shop)


@pytest.fixture(scope="session")
def hist(split):
    """Train + valid histories: what the models score with at test time."""
    return split.train.histories().extend(split.valid.histories())


def history_without(hist, model, user: str, removed: list[str]):
    """Independent of the Rescorer: every history rebuilt with the items ``removed`` dropped from ``user``'s."""
    from whyrec.data import Histories

    u = int(model._user_index(user)[0])
    drop = set(model._item_index(removed).tolist())
    lists = [hist[v].tolist() for v in range(hist.n_users)]
    lists[u] = [x for x in lists[u] if x not in drop]
    return Histories.from_lists(lists, hist.n_items)


def top1_pairs(model, shop, hist, n: int = 8, seed: int = 0) -> list[tuple[str, str]]:
    """(user, top-1 item) of ``n`` random shoppers of ``shop``."""
    import numpy as np

    rng = np.random.default_rng(seed)
    users = [str(shop.user_ids[u]) for u in rng.choice(shop.n_users, n, replace=False)]
    return [(u, str(model.recommend(u, k=1, histories=hist)[0][0])) for u in users]


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


@pytest.fixture(scope="module")
def model_dirs(shop_models: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Copies of ``shop_models`` for one test module: erasing a user writes the folder's erasure ledger, which a
    new database started on the folder then honours, so a module that erases users works on its own copies."""
    import shutil

    root = tmp_path_factory.mktemp("models")
    clean = shutil.ignore_patterns("erasures.json")  # a copy starts with no erasure ledger
    return {name: Path(shutil.copytree(path, root / name, ignore=clean)) for name, path in shop_models.items()}


@contextlib.contextmanager
def live_app(app: Any) -> Iterator[str]:
    """``app`` under uvicorn on a free 127.0.0.1 port, in a thread; yields its URL once /readyz answers 200."""
    import socket
    import threading
    import time

    import httpx
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    t0 = time.monotonic()
    while True:
        try:
            if httpx.get(f"{url}/readyz", timeout=5).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if not thread.is_alive() or time.monotonic() - t0 > 120:
            server.should_exit = True
            pytest.fail(f"the app did not become ready on {url} within 120 s")
        time.sleep(0.2)
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=20)


@contextlib.contextmanager
def app_client(model_dir: Path, db_url: str, headers: dict[str, str] | None = None, **settings: Any) -> Iterator[Any]:
    """A started TestClient on the real app with ``Settings(model_dir=..., db_url=..., **settings)``, sending
    ``headers`` on every request unless told."""
    from fastapi.testclient import TestClient

    from whyrec.service import Settings, create_app

    with TestClient(create_app(Settings(model_dir=model_dir, db_url=db_url, **settings)), headers=headers) as c:
        yield c


def key_header(key: str) -> dict[str, str]:
    """The ``X-API-Key`` header of ``key``."""
    return {"X-API-Key": key}


def without_key(client: Any, method: str, url: str, **kwargs: Any) -> Any:
    """``client``'s request with no ``X-API-Key`` header, even when the client sends one by default."""
    request = client.build_request(method, url, **kwargs)
    request.headers.pop("X-API-Key", None)
    return client.send(request)
