"""Where EASE's counterfactual sizes come from: the sets of the library default against those with no margin and
no retrain check, on the same pairs as ``benchmarks/explain.py`` (one held-out shop seed by default).

    .venv/bin/python benchmarks/cf_sizes.py 201

Prints, per seed, the median size and the size distribution of the found remove-sets both ways, how the default's
sets were found (exhaustive search of sizes 1-3, attribution order, greedy), how many a retrained EASE confirmed,
and the median history length. Nothing is written.
"""

from __future__ import annotations

import sys
from collections import Counter

import numpy as np
from explain import K, explained_users, fit, make_shop

from whyrec.explain.counterfactual import CounterfactualExplainer


def sizes(seed: int) -> None:
    shop = make_shop(seed)
    ds, split, hist = shop["ds"], shop["split"], shop["hist"]
    model = fit("ease", split.train, split.valid)
    uid, ranked = explained_users(model, hist, seed)
    pairs = [(u, str(r[0])) for u, r in zip(uid, ranked, strict=True)]
    default = CounterfactualExplainer(model, ds, hist, k=K)
    bare = CounterfactualExplainer(model, ds, hist, k=K, margin=0.0, retrain_check=False)
    got, got0, search, confirmed, lengths = [], [], Counter(), Counter(), []
    for u, i in pairs:
        e, e0 = default.explain(u, i, mode="remove"), bare.explain(u, i, mode="remove")
        if e0.counterfactual is not None:
            got0.append(len(e0.counterfactual.removed))
        if e.counterfactual is None:
            continue
        got.append(len(e.counterfactual.removed))
        search[e.faithfulness.get("search")] += 1
        confirmed[e.faithfulness.get("retrain_confirmed")] += 1
        lengths.append(len(hist[int(model._user_index(u)[0])]))
    print(f"seed {seed}: {len(pairs)} pairs")
    print(f"  default (margin 0.25, retrain check): found {len(got)}, median size {np.median(got)}, "
          f"sizes {sorted(Counter(got).items())}")
    print(f"  margin 0, no retrain check: found {len(got0)}, median size {np.median(got0)}, "
          f"sizes {sorted(Counter(got0).items())}")
    print(f"  default's search: {dict(search)}; retrain-confirmed: {dict(confirmed)}; "
          f"median history length {np.median(lengths)}")


if __name__ == "__main__":
    for s in sys.argv[1:] or ["201"]:
        sizes(int(s))
