"""Evidence bundles for independent set 25 (writes bundles.jsonl next to this file).

Kinds no earlier bundle set holds, on data and seeds no earlier bundle used, with the public API only:

* ``shop-att-NN`` (20): SASRec on a fresh sample shop, explained by its attention weights (history items), plus
  co-occurrence and popularity;
* ``shop-nfm-NN`` (20): NFM with item fields on the same shop, explained by integrated gradients (features), on
  its ``j % 6``-th recommendation, plus co-occurrence and popularity;
* ``gift-sim-NN`` (20): the content model on Amazon Gift Cards (titles, brands, descriptions), explained by the
  content explainer (similar items with shared words), plus popularity;
* ``ml-cf-NN`` (20): EASE on MovieLens-100K with another seed, deletion_path + co-occurrence + popularity, every
  other case with a verified counterfactual;
* ``mag-ease-NN`` (10): EASE on Magazine Subscriptions with another seed, additive + co-occurrence + popularity.

Case walking, positions and facts as benchmarks/independent24/make_bundles.py (imported from there).

    WHYREC_DATA_DIR=/work/shared/data .venv/bin/python benchmarks/independent25/make_bundles.py
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path
from typing import Any

from whyrec.data import leave_one_out, read_dataset, sample_shop
from whyrec.explain import make_explainer
from whyrec.models import make_model

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("independent24_bundles", HERE.parent / "independent24" /
                                               "make_bundles.py")
_b24 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_b24)  # type: ignore[union-attr]
DATA = _b24.DATA
_walk, _extra = _b24._walk, _b24._extra
SEED = 6733


def shop_bundles() -> list[dict]:
    ds = sample_shop(n_users=700, seed=SEED)
    split = leave_one_out(ds)
    hist = split.train.histories().extend(split.valid.histories())
    sasrec = make_model("sasrec", epochs=8, device="cpu", seed=SEED, num_threads=2).fit(split.train)
    nfm = make_model("nfm", epochs=6, device="cpu", seed=SEED, num_threads=2).fit(split.train)
    ease = make_model("ease", l2=50.0).fit(split.train)
    side = {m: make_explainer(m, ease, ds, hist) for m in ("cooccurrence", "popularity")}
    att = make_explainer("attention", sasrec, ds, hist)
    ig = make_explainer("integrated_gradients", nfm, ds, hist)

    def attention(u: str, item: str, j: int) -> tuple[Any, str]:
        return _extra(side, u, item, att.explain(u, item), ("cooccurrence", "popularity")), "attention"

    def features(u: str, item: str, j: int) -> tuple[Any, str]:
        return _extra(side, u, item, ig.explain(u, item), ("cooccurrence", "popularity")), "integrated_gradients"

    return (_walk("shop-att", ds, sasrec, hist, 20, attention, "bought", 10)
            + _walk("shop-nfm", ds, nfm, hist, 20, features, "bought", 11, spread=6))


def gift_bundles() -> list[dict]:
    ds = read_dataset(DATA / "amazon-2018" / "Gift_Cards_5.json.gz", format="amazon-2018")
    split = leave_one_out(ds)
    hist = split.train.histories().extend(split.valid.histories())
    content = make_model("content").fit(split.train)
    side = {"popularity": make_explainer("popularity", content, ds, hist)}
    sim = make_explainer("content", content, ds, hist)

    def similar(u: str, item: str, j: int) -> tuple[Any, str]:
        return _extra(side, u, item, sim.explain(u, item), ("popularity",)), "content"

    return _walk("gift-sim", ds, content, hist, 20, similar, "bought", 12)


def ease_bundles(name: str, path: Path, fmt: str, n: int, verb: str, offset: int) -> list[dict]:
    ds = read_dataset(path, format=fmt)
    split = leave_one_out(ds)
    hist = split.train.histories().extend(split.valid.histories())
    ease = make_model("ease", l2=50.0).fit(split.train)
    ex = {m: make_explainer(m, ease, ds, hist) for m in ("additive", "deletion_path", "cooccurrence", "popularity",
                                                           "counterfactual")}

    def explain(u: str, item: str, j: int) -> tuple[Any, str]:
        method = "deletion_path" if name.startswith("ml") else "additive"
        kinds = ("cooccurrence", "popularity", "counterfactual") if j % 2 and name.startswith("ml") else (
            "cooccurrence", "popularity")
        return _extra(ex, u, item, ex[method].explain(u, item), kinds), method

    return _walk(name, ds, ease, hist, n, explain, verb, offset)


def main() -> None:
    t0 = time.perf_counter()
    rows = (shop_bundles() + gift_bundles()
            + ease_bundles("ml-cf", DATA / "ml-100k", "movielens-100k", 20, "rated", 13)
            + ease_bundles("mag-ease", DATA / "amazon-2018" / "Magazine_Subscriptions_5.json.gz", "amazon-2018", 10,
                           "bought", 14))
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
