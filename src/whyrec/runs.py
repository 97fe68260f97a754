"""A trained model's folder: the model plus the run record that says which data it was trained on.

``whyrec train`` and ``whyrec demo`` write ``params.json`` + ``weights.safetensors``
(the model), ``run.json`` (data path, format, protocol, split seed, sample-shop
size) and ``items.json`` (item titles). :func:`open_run` reads them back into a
:class:`Run`: the model, the full dataset, the training split and the histories
that recommendations and explanations should use (train + valid, everything
before the held-out test item). The CLI, the service and the benchmarks all
open folders this one way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whyrec.errors import WhyrecError

RUN_FILE = "run.json"
#: the environment variable of the erasure secret (as the service reads it)
ERASURE_SECRET_ENV = "WHYREC_ERASURE_SECRET"
#: the run-record key of a folder trained without erased users: {"store": redacted url, "tombstones": [...]}
FORGET_KEY = "forgotten"
ITEMS_FILE = "items.json"


@dataclass
class Run:
    """A loaded model folder.

    ``dataset`` is the whole dataset, ``train`` the part the model was fitted
    on, ``histories`` the per-user histories (internal indices, train + valid)
    to recommend and explain from, ``info`` the run record and ``titles`` the
    external item id -> title map.
    """

    path: Path
    model: Any
    dataset: Any
    train: Any
    histories: Any
    info: dict[str, Any] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)


def write_run_record(out: Path, info: dict[str, Any], dataset: Any | None = None) -> None:
    """Write ``run.json`` (and ``items.json`` when the dataset has titles) beside a saved model."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / RUN_FILE).write_text(json.dumps(info, indent=1))
    if dataset is not None and dataset.items is not None and "title" in dataset.items.columns:
        titles = {str(i): dataset.item_title(j) for j, i in enumerate(dataset.item_ids)}
        (out / ITEMS_FILE).write_text(json.dumps(titles))


def read_run_record(path: Path) -> dict[str, Any]:
    """The ``run.json`` of a model folder ({} when there is none)."""
    f = Path(path) / RUN_FILE
    if not f.is_file():
        return {}
    try:
        return json.loads(f.read_text())
    except json.JSONDecodeError as e:
        raise WhyrecError(f"{f} is not valid JSON ({e}). Fix: retrain with 'whyrec train' or repair the file") from e


def load_run_data(info: dict[str, Any]) -> Any:
    """The Dataset a run record names (the sample shop is regenerated from its size and seed)."""
    from whyrec.data import read_dataset, sample_shop

    data = info.get("data")
    if data is None:
        raise WhyrecError("the run record names no data. Fix: pass the data explicitly (--data / --format)")
    if data == "sample-shop" or info.get("format") == "sample-shop":
        return sample_shop(n_users=int(info.get("n_users", 2000)), seed=int(info.get("shop_seed", 0)))
    return read_dataset(data, format=info.get("format", "auto"), **dict(info.get("read_options") or {}))


def open_run(path: str | Path, *, data: str | None = None, format: str | None = None,
             store: str | None = None) -> Run:
    """Open a model folder written by ``whyrec train`` / ``whyrec demo`` / ``whyrec forget``.

    ``data`` / ``format`` override the run record's (e.g. when the data moved).
    The split is rebuilt with the record's protocol and seed, so the histories
    are the ones the model was trained and evaluated with. A folder written by
    ``whyrec forget`` leaves out the users whose tombstones its record lists;
    ``store`` (a database URL) names the store that recognises them when the
    record's own URL is redacted or moved.
    """
    from whyrec.evaluation import make_split
    from whyrec.models import load

    path = Path(path)
    if not (path / "params.json").is_file():
        raise WhyrecError(
            f"{path} is not a model folder (no params.json). Fix: pass a folder written by 'whyrec train'"
        )
    info = read_run_record(path)
    if data is not None:
        info = {**info, "data": data, "format": format or "auto"}
    elif format is not None:
        info = {**info, "format": format}
    model = load(path)
    ds = load_run_data(info)
    if info.get(FORGET_KEY):
        ds = drop_forgotten(ds, info, store)
    split = make_split(ds, info.get("protocol", "loo-full"), seed=int(info.get("seed", 2020)))
    if list(split.train.item_ids) != list(model.item_ids_):
        raise WhyrecError(
            f"the data's item ids differ from the model's in {path}. Fix: pass the --data the model was trained on"
        )
    histories = split.train.histories().extend(split.valid.histories())
    titles: dict[str, str] = {}
    if (path / ITEMS_FILE).is_file():
        titles = json.loads((path / ITEMS_FILE).read_text())
    return Run(path=path, model=model, dataset=ds, train=split.train, histories=histories, info=info, titles=titles)


def drop_forgotten(ds: Any, record: dict[str, Any], store_url: str | None = None) -> Any:
    """The data a folder written by :func:`whyrec.erasure.forget_run` was trained on: ``ds`` without the users
    whose tombstone its run record lists (the store's erasure key recognises them)."""
    spec = record.get(FORGET_KEY) or {}
    stones = set(spec.get("tombstones", []))
    if not stones:
        return ds
    url = store_url or spec.get("store")
    if not url or "***" in str(url):
        raise WhyrecError("this model folder was trained without erased users, and opening it needs their store "
                          "(its erasure key). Fix: pass the store with --db or set WHYREC_DB")
    store = open_store(str(url))
    gone = [u for u in ds.user_ids.astype(str) if store.tombstone(u) in stones]
    return ds.without_users(gone)


def open_store(url: str) -> Any:
    """The store at ``url`` with the erasure secret of the environment (``WHYREC_ERASURE_SECRET``), if set."""
    import os

    from whyrec.store import Store

    return Store(url, erasure_secret=os.environ.get(ERASURE_SECRET_ENV) or None)
