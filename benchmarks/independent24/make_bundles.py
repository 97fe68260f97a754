"""Evidence bundles for independent set 24 (writes bundles.jsonl next to this file).

The first 90 bundles (benchmarks/independent/) hold only history, co-occurrence, popularity and counterfactual
evidence from EASE on four datasets. These 90 add the evidence kinds no independent set has covered, on data and
seeds no earlier bundle used, built with the public API only:

* ``shop-fm-NN`` (25): DeepFM fitted with item fields on a fresh sample shop, explained by integrated gradients
  on its ``j % 6``-th recommendation (DeepFM's top-1 is one of five items for most users): feature facts (brand,
  category, price band ...), plus co-occurrence and popularity;
* ``shop-sim-NN`` (20): the content model (MiniLM text vectors) on the same shop, explained by the content
  explainer (similar items with shared words), plus popularity;
* ``shop-ease-NN`` (10): EASE on the same shop, additive + co-occurrence + popularity, half with a verified
  counterfactual (the service's mix);
* ``ml-ls-NN`` (20): EASE on MovieLens latest-small (a dataset no bundle used), additive or deletion_path +
  co-occurrence + popularity, 6 with a counterfactual;
* ``gift-knn-NN`` (8) and ``mag-knn-NN`` (7): ItemKNN on the Amazon 2018 sets with another seed, additive +
  co-occurrence + popularity.

    WHYREC_DATA_DIR=/work/shared/data .venv/bin/python benchmarks/independent24/make_bundles.py
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from whyrec.data import leave_one_out, read_dataset, sample_shop
from whyrec.explain import make_explainer
from whyrec.models import make_model
from whyrec.narrate.facts import facts_from

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("WHYREC_DATA_DIR", HERE.parents[2] / "shared" / "data"))
SEED = 5821


def _walk(name: str, ds: Any, model: Any, hist: Any, n: int, explain: Any, verb: str, offset: int,
          spread: int = 0) -> list[dict]:
    """Bundles for the first ``n`` users of a seeded permutation that ``explain(user, item, j)`` can explain: case
    j explains the top-1 recommendation (the 3rd when ``j % 4 == 3``), or with ``spread`` the ``j % spread``-th."""
    rng = np.random.default_rng(SEED + offset)
    out: list[dict] = []
    j = 0
    for u in (str(ds.user_ids[x]) for x in rng.permutation(ds.n_users)):
        if len(out) >= n:
            break
        pos = j % spread if spread else (2 if j % 4 == 3 else 0)
        item = str(model.recommend(u, k=max(3, spread), histories=hist)[0][pos])
        try:
            e, method = explain(u, item, j)
        except Exception as err:  # noqa: BLE001 - skip users an explainer refuses
            print(f"  skip {name} user {u}: {err}", file=sys.stderr)
            j += 1
            continue
        f = facts_from(e, ds, verb=verb)
        j += 1
        if f.is_empty():
            continue
        out.append({"id": f"{name}-{len(out) + 1:02d}", "dataset": name.split("-")[0], "verb": verb,
                    "rec_position": pos + 1, "attribution": method, "facts": f.to_dict()})
    return out


def _extra(explainers: dict, u: str, item: str, e: Any, kinds: tuple[str, ...]) -> Any:
    for k in kinds:
        try:
            e.evidence += explainers[k].explain(u, item).evidence
        except Exception as err:  # noqa: BLE001 - e.g. no verified counterfactual
            print(f"  no {k} for user {u}: {err}", file=sys.stderr)
    return e


def shop_bundles() -> list[dict]:
    ds = sample_shop(n_users=800, seed=SEED)
    split = leave_one_out(ds)
    hist = split.train.histories().extend(split.valid.histories())
    deepfm = make_model("deepfm", epochs=6, device="cpu", seed=SEED, num_threads=2).fit(split.train)
    ease = make_model("ease", l2=50.0).fit(split.train)
    content = make_model("content").fit(split.train)
    side = {m: make_explainer(m, ease, ds, hist) for m in ("cooccurrence", "popularity", "additive")}
    side["counterfactual"] = make_explainer("counterfactual", ease, ds, hist)
    ig = make_explainer("integrated_gradients", deepfm, ds, hist)
    sim = make_explainer("content", content, ds, hist)

    def fm(u: str, item: str, j: int) -> tuple[Any, str]:
        return _extra(side, u, item, ig.explain(u, item), ("cooccurrence", "popularity")), "integrated_gradients"

    def similar(u: str, item: str, j: int) -> tuple[Any, str]:
        return _extra(side, u, item, sim.explain(u, item), ("popularity",)), "content"

    def mixed(u: str, item: str, j: int) -> tuple[Any, str]:
        kinds = ("cooccurrence", "popularity", "counterfactual") if j % 2 else ("cooccurrence", "popularity")
        return _extra(side, u, item, side["additive"].explain(u, item), kinds), "additive"

    return (_walk("shop-fm", ds, deepfm, hist, 25, fm, "bought", 0, spread=6)
            + _walk("shop-sim", ds, content, hist, 20, similar, "bought", 1)
            + _walk("shop-ease", ds, ease, hist, 10, mixed, "bought", 2))


def ml_bundles() -> list[dict]:
    ds = read_dataset(DATA / "ml-latest-small", format="movielens-latest")
    split = leave_one_out(ds)
    hist = split.train.histories().extend(split.valid.histories())
    ease = make_model("ease", l2=50.0).fit(split.train)
    ex = {m: make_explainer(m, ease, ds, hist) for m in ("additive", "deletion_path", "cooccurrence", "popularity",
                                                           "counterfactual")}

    def explain(u: str, item: str, j: int) -> tuple[Any, str]:
        method = "deletion_path" if j % 3 == 2 else "additive"
        kinds = ("cooccurrence", "popularity", "counterfactual") if j % 3 == 1 else ("cooccurrence", "popularity")
        return _extra(ex, u, item, ex[method].explain(u, item), kinds), method

    return _walk("ml-ls", ds, ease, hist, 20, explain, "rated", 3)


def amazon_bundles(name: str, file: str, n: int, offset: int) -> list[dict]:
    ds = read_dataset(DATA / "amazon-2018" / file, format="amazon-2018")
    split = leave_one_out(ds)
    hist = split.train.histories().extend(split.valid.histories())
    knn = make_model("itemknn").fit(split.train)
    ex = {m: make_explainer(m, knn, ds, hist) for m in ("additive", "cooccurrence", "popularity")}

    def explain(u: str, item: str, j: int) -> tuple[Any, str]:
        return _extra(ex, u, item, ex["additive"].explain(u, item), ("cooccurrence", "popularity")), "additive"

    return _walk(name, ds, knn, hist, n, explain, "bought", offset)


def main() -> None:
    t0 = time.perf_counter()
    rows = (shop_bundles() + ml_bundles() + amazon_bundles("gift-knn", "Gift_Cards_5.json.gz", 8, 4)
            + amazon_bundles("mag-knn", "Magazine_Subscriptions_5.json.gz", 7, 5))
    path = HERE / "bundles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    kinds: dict[str, int] = {}
    for r in rows:
        for k in ("features", "similar", "counterfactual", "neighbours"):
            kinds[k] = kinds.get(k, 0) + bool(r["facts"].get(k))
    print(f"wrote {len(rows)} bundles to {path} in {time.perf_counter() - t0:.1f} s; bundles with: {kinds}")


if __name__ == "__main__":
    main()
