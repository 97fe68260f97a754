"""Cost and faithfulness of every explainer on the sample shop with EASE (prints a Markdown table).

    .venv/bin/python benchmarks/explain_timing.py                 # 2000 users, 50 explained users
    .venv/bin/python benchmarks/explain_timing.py --users 300 --explain 20

For each method: median / mean / p95 milliseconds per explanation of a user's
top-1 recommendation (after one warm-up call; imports excluded), and, on the
held-out purchases, the deletion / insertion areas and the recovery of the
planted cause item, beside a shuffled attribution.
"""

from __future__ import annotations

import argparse

import numpy as np

from whyrec.data import held_out_reasons, leave_one_out, sample_shop
from whyrec.explain import make_explainer, methods_for
from whyrec.explain import metrics as M
from whyrec.models import make_model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=2000)
    ap.add_argument("--explain", type=int, default=50)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    shop = sample_shop(n_users=args.users, seed=args.seed)
    split = leave_one_out(shop)
    hist = split.train.histories().extend(split.valid.histories())
    model = make_model("ease", l2=50.0).fit(split.train)
    rng = np.random.default_rng(args.seed)
    users = [str(shop.user_ids[u]) for u in rng.choice(shop.n_users, args.explain, replace=False)]
    top1 = {u: str(model.recommend(u, k=1, histories=hist)[0][0]) for u in users}
    import lime  # noqa: F401  - import cost is not explanation cost
    import shap  # noqa: F401

    print(f"sample shop: {shop.n_users} users, {shop.n_items} items; EASE; {len(users)} users' top-1 explained\n")
    print("| method | median ms | mean ms | p95 ms |")
    print("|---|---|---|---|")
    for method in methods_for(model):
        ex = make_explainer(method, model, shop, hist)
        ex.explain(users[0], top1[users[0]])
        ms = [ex.explain(u, top1[u]).ms for u in users]
        print(f"| {method} | {np.median(ms):.2f} | {np.mean(ms):.2f} | {np.percentile(ms, 95):.2f} |")

    reasons = held_out_reasons(shop)
    reasons = reasons[reasons["user"].isin(users) & reasons["cause_item"].notna()]
    print("\nheld-out purchases with a planted cause item:", len(reasons), "\n")
    print("| method | deletion AUC (lower better) | insertion AUC (higher better) | cause hit@1 | cause hit@3 |")
    print("|---|---|---|---|---|")
    for method in ("additive", "shap", "lime"):
        ex = make_explainer(method, model, shop, hist)
        exps = [ex.explain(u, i) for u, i in zip(reasons["user"], reasons["item"], strict=True)]
        rows = [(method, exps)]
        if method == "additive":  # the chance baseline: the exact weights, shuffled
            rows.append(("random", [M.random_attribution(e, s) for s, e in enumerate(exps)]))
        for name, es in rows:
            d = M.mean_curve_auc(M.deletion_curve(model, e, hist) for e in es)
            i = M.mean_curve_auc(M.insertion_curve(model, e, hist) for e in es)
            rec = M.cause_recovery(es, reasons)
            print(f"| {name} | {d:.3f} | {i:.3f} | {rec['hit@1']:.2f} | {rec['hit@3']:.2f} |")

    cf = make_explainer("counterfactual", model, shop, hist)
    exps = [cf.explain(u, top1[u]) for u in users]
    found = [e for e in exps if e.counterfactual is not None]
    scores = M.pn_ps_fns(M.necessity_sufficiency(model, e, hist) for e in found)
    verified = np.mean([e.counterfactual.verified for e in found]) if found else float("nan")
    print(
        f"\ncounterfactuals (k=10): found {len(found)}/{len(exps)}, verified {verified:.2f}, "
        f"mean size {scores['size']:.2f}, PN {scores['PN']:.2f}, PS {scores['PS']:.2f}, FNS {scores['FNS']:.2f}"
    )


if __name__ == "__main__":
    main()
