"""Write the decision facts an independent labeller writes notices for (benchmarks/credit_notices/facts.jsonl).

    .venv/bin/python benchmarks/credit_notices/make_facts.py            # set 1: facts.jsonl
    .venv/bin/python benchmarks/credit_notices/make_facts.py --set 2    # set 2: facts2.jsonl

The scorecard is fitted on a stratified 80% of German Credit (seed 0); set k's facts are those of the k-th 12
declined and k-th 4 approved applicants of the other 20%, as whyrec.credit.narrate.decision_facts builds them, with
every field and value also given as an applicant reads it (whyrec.credit.labels).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/: the credit benchmark's hold-out
from credit import holdout  # noqa: E402

from whyrec.credit import german_credit  # noqa: E402
from whyrec.credit.labels import field_label, value_label  # noqa: E402
from whyrec.credit.run import CreditRun, explain_applicant, recourse_for  # noqa: E402

HERE = Path(__file__).parent


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=int, default=1)
    k = ap.parse_args().set - 1
    out = HERE / ("facts.jsonl" if k == 0 else f"facts{k + 1}.jsonl")
    data = german_credit()
    _, test_rows, model, cutoff = holdout(data)
    held = data.subset(test_rows)
    run = CreditRun(held, model, cutoff, {})
    p = model.predict_bad(held.X)
    rows = [*np.flatnonzero(p >= cutoff)[12 * k:12 * (k + 1)], *np.flatnonzero(p < cutoff)[4 * k:4 * (k + 1)]]
    with out.open("w") as fh:
        for r in rows:
            f = run.facts(explain_applicant(run, int(r)), recourse_for(run, int(r)))
            readable = {lang: {"reasons": [[field_label(k, lang), value_label(k, v, lang)] for k, v in f.reasons],
                               "changes": [[field_label(k, lang), value_label(k, a, lang), value_label(k, b, lang)]
                                           for k, a, b in f.changes]} for lang in ("en", "zh")}
            fh.write(json.dumps({"case": int(r), **f.to_dict(), "readable": readable,
                                 "protected": [field_label(k) for k in data.protected]}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} cases -> {out}")


if __name__ == "__main__":
    main()
