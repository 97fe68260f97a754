"""Evidence bundles for the independent narration test set (writes bundles.jsonl next to this file).

Built with the public API only: EASE (l2=50) trained on a leave-one-out split
of each dataset, as benchmarks/narrate.py does; for users drawn with a fixed
seed, the top-1 (every fourth case: the 3rd) recommendation is explained by an
attribution method (additive, or deletion_path / occlusion for variety) plus
co-occurrence and popularity; 15 cases also carry a verified counterfactual.

    WHYREC_DATA_DIR=/work/shared/data python benchmarks/independent/make_bundles.py
"""

from __future__ import annotations

import inspect
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from whyrec.data import leave_one_out, read_dataset, sample_shop
from whyrec.explain import make_explainer
from whyrec.models import make_model
from whyrec.narrate.facts import facts_from

VERB_ARG = "verb" in inspect.signature(facts_from).parameters
HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("WHYREC_DATA_DIR", HERE.parents[2] / "shared" / "data"))
SEED = 9173

# (case prefix, number of cases, number of them with a counterfactual, verb)
PLAN = [
    ("shop", 30, 5, "bought"),
    ("gift", 25, 4, "bought"),
    ("mag", 20, 3, "bought"),
    ("ml", 15, 3, "rated"),
]
ATTRIBUTION = ["additive", "additive", "deletion_path", "additive", "occlusion"]


def load(name: str):
    if name == "shop":
        return sample_shop(n_users=1500, seed=SEED)
    if name == "gift":
        return read_dataset(DATA / "amazon-2018" / "Gift_Cards_5.json.gz", format="amazon-2018")
    if name == "mag":
        return read_dataset(DATA / "amazon-2018" / "Magazine_Subscriptions_5.json.gz", format="amazon-2018")
    if name == "ml":
        return read_dataset(DATA / "ml-100k", format="movielens-100k")
    raise ValueError(name)


def bundles(name: str, n: int, n_cf: int, verb: str, offset: int) -> list[dict]:
    ds = load(name)
    split = leave_one_out(ds)
    hist = split.train.histories().extend(split.valid.histories())
    model = make_model("ease", l2=50.0).fit(split.train)
    expl = {m: make_explainer(m, model, ds, hist) for m in ("additive", "deletion_path", "occlusion",
                                                             "cooccurrence", "popularity", "counterfactual")}
    rng = np.random.default_rng(SEED + offset)
    order = [str(ds.user_ids[u]) for u in rng.permutation(ds.n_users)]
    out: list[dict] = []
    cf_left = n_cf
    j = 0
    for u in order:
        if len(out) >= n:
            break
        pos = 2 if j % 4 == 3 else 0  # every fourth case explains the 3rd recommendation
        recs = model.recommend(u, k=3, histories=hist)[0]
        item = str(recs[pos])
        method = ATTRIBUTION[j % len(ATTRIBUTION)]
        try:
            e = expl[method].explain(u, item)
        except Exception as err:  # noqa: BLE001 - skip users an explainer refuses
            print(f"  skip {name} user {u}: {method}: {err}", file=sys.stderr)
            continue
        want_cf = cf_left > 0 and j % 2 == 1
        e.evidence += expl["cooccurrence"].explain(u, item).evidence + expl["popularity"].explain(u, item).evidence
        if want_cf:
            try:
                e.evidence += expl["counterfactual"].explain(u, item).evidence
            except Exception as err:  # noqa: BLE001
                print(f"  no counterfactual for {name} user {u}: {err}", file=sys.stderr)
        # the verb is set explicitly (Amazon reviews carry star ratings, but the items were bought)
        f = facts_from(e, ds, verb=verb) if VERB_ARG else facts_from(e, ds)
        if f.is_empty():
            continue
        if want_cf and f.counterfactual is not None:
            cf_left -= 1
        j += 1
        out.append({"id": f"{name}-{len(out) + 1:02d}", "dataset": ds.name if hasattr(ds, "name") else name,
                    "verb": verb, "rec_position": pos + 1, "attribution": method,
                    "facts": f.to_dict()})
    return out


def main() -> None:
    t0 = time.perf_counter()
    rows: list[dict] = []
    for k, (name, n, n_cf, verb) in enumerate(PLAN):
        t = time.perf_counter()
        got = bundles(name, n, n_cf, verb, k)
        ncf = sum(r["facts"]["counterfactual"] is not None for r in got)
        print(f"{name}: {len(got)} bundles, {ncf} with a counterfactual ({time.perf_counter() - t:.1f} s)")
        rows += got
    path = HERE / "bundles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(rows)} bundles to {path} in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
