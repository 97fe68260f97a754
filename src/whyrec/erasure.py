"""Erasure beyond the store: model folders trained without erased users, and which folders still hold any.

A store keeps a keyed tombstone of each erased user (:meth:`whyrec.store.Store.delete_user`); the service
stops serving them and counts them out of its evidence at once. A model folder trained before the erasure
still lists the id (``params.json``) and learned from the purchases (the weights). :func:`forget_run`
retrains the folder's model, with the same parameters, protocol and seed, on its data minus every erased
user, and writes a new folder whose run record names the tombstones it left out (never the ids), so that
:func:`whyrec.runs.open_run` rebuilds the same data. :func:`erased_in_runs` reports which folders still hold
erased users. ``whyrec forget`` is the command line of both.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from whyrec.errors import WhyrecError
from whyrec.runs import ERASURE_SECRET_ENV, FORGET_KEY

__all__ = ["erased_in_runs", "forget_run", "honour_ledger", "record_erasure"]



def erased_in_runs(paths: Iterable[str | Path], store: Any) -> list[dict[str, Any]]:
    """For each model folder: how many of the users it was trained on are erased in ``store`` (``erased``), of
    ``users``; ``clean`` when none."""
    out = []
    for p in paths:
        path = Path(p)
        params = path / "params.json"
        if not params.is_file():
            raise WhyrecError(f"{path} is not a model folder (no params.json). Fix: pass folders written by "
                              "'whyrec train' or 'whyrec forget'")
        ids = _user_ids(path)
        n = len(store.erased(ids))
        out.append({"path": str(path), "users": len(ids), "erased": n, "clean": n == 0})
    return out


def _user_ids(path: Path) -> list[str]:
    """The users a saved model was trained on, read from its ``params.json`` (the weights are not loaded)."""
    try:
        return [str(u) for u in json.loads((path / "params.json").read_text())["user_ids"]]
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        raise WhyrecError(f"{path / 'params.json'} lists no user ids ({e}). Fix: re-save the model with "
                          "'whyrec train'") from None


def forget_run(path: str | Path, store: Any, out: str | Path) -> dict[str, Any]:
    """Retrain the model of folder ``path`` without the users erased in ``store`` and save it to ``out``.

    Returns ``{"out", "erased", "interactions_removed", "seconds", "model"}``. The new run record keeps the
    tombstones of the users left out (keyed hashes, not ids) and the store's redacted URL; opening the folder
    needs the same store (its erasure key) to rebuild the data."""
    from whyrec.evaluation import make_split
    from whyrec.models import make_model
    from whyrec.runs import open_run, write_run_record

    src, dst = Path(path), Path(out)
    if dst.exists() and (not dst.is_dir() or any(dst.iterdir())):
        raise WhyrecError(f"{dst} exists and is not an empty folder. Fix: pass a new folder to --out")
    run = open_run(src)
    info = dict(run.info)
    name = info.get("model")
    if not name:
        raise WhyrecError(f"the run record of {src} names no model. Fix: retrain it with 'whyrec train'")
    ds = run.dataset
    erased = sorted(store.erased(ds.user_ids.astype(str)))
    tombstones = sorted({store.tombstone(u) for u in erased} | set((info.get(FORGET_KEY) or {}).get("tombstones", [])))
    clean = ds.without_users(erased)
    split = make_split(clean, info.get("protocol", "loo-full"), seed=int(info.get("seed", 2020)))
    model = make_model(name, **dict(info.get("params") or {}))
    t0 = time.perf_counter()
    model.fit(split.train, split.valid)
    seconds = time.perf_counter() - t0
    model.save(dst)
    info.update(train_seconds=seconds, forgotten_from=str(src), **{FORGET_KEY: {
        "store": store.safe_url, "tombstones": tombstones, "at": time.time()}})
    info.pop("test_metrics", None)
    write_run_record(dst, info, clean)
    return {"out": str(dst), "model": name, "erased": len(erased),
            "interactions_removed": int(ds.n_interactions - clean.n_interactions), "seconds": seconds}


#: the file in a model folder that lists the tombstones of users erased while the folder served
LEDGER_FILE = "erasures.json"


def record_erasure(model_dir: str | Path, store: Any, user: str) -> bool:
    """Add ``user``'s tombstone to the model folder's erasure ledger (``erasures.json``: the store's key
    fingerprint and tombstones, never ids), so that a new database started on the folder honours the erasure.
    Returns False when the folder cannot be written (the erasure itself stands; the caller logs it)."""
    path = Path(model_dir) / LEDGER_FILE
    try:
        ledger = json.loads(path.read_text()) if path.is_file() else {}
        fp = store.key_fingerprint()
        if ledger.get("key_fingerprint") not in (None, fp):
            return False  # erasures of another key: a second ledger would be needed (never mixed)
        stones = sorted({*ledger.get("tombstones", []), store.tombstone(user)})
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps({"key_fingerprint": fp, "tombstones": stones}, indent=1))
        tmp.replace(path)
        return True
    except OSError:
        return False


def honour_ledger(model_dir: str | Path, store: Any) -> int:
    """Before a model folder's data is imported into ``store``: copy the folder's erasure ledger into it, so the
    users erased elsewhere are skipped. Raises when the ledger was made under another erasure key (their data
    would come back): set ``WHYREC_ERASURE_SECRET`` to that key, or retrain the folder with ``whyrec forget``."""
    path = Path(model_dir) / LEDGER_FILE
    if not path.is_file():
        return 0
    try:
        ledger = json.loads(path.read_text())
    except json.JSONDecodeError as e:
        raise WhyrecError(f"{path} is not valid JSON ({e}). Fix: restore it from a backup; it lists erased users "
                          "whose data must not be imported again") from e
    stones = ledger.get("tombstones", [])
    if not stones:
        return 0
    if ledger.get("key_fingerprint") != store.key_fingerprint():
        raise WhyrecError(
            f"{path} lists {len(stones)} erased user(s) under another erasure key than this database's, so their "
            f"data in the model's dataset would be imported again. Fix: set {ERASURE_SECRET_ENV} to the key of "
            "the database they were erased in, or retrain the folder without them (whyrec forget)"
        )
    return store.add_tombstones(stones)
