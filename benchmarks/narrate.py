"""Narration quality and cost per backend and dataset; writes benchmarks/results/narrate.{md,json}.

    flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/narrate.py                  # 250 + 250 explanations
    flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/narrate.py --n 250 --n-llm 40

Datasets: the sample shop (2000 shoppers) and Amazon 2018 Gift Cards (real titles, brands, prices) from
$WHYREC_DATA_DIR. A model is trained on each (EASE; leave-one-out) and every sampled user's top-1
recommendation is explained with the additive method plus co-occurrence and popularity evidence. Per backend:
raw_pass_rate (LLM candidates that pass the fact checker), llm_share (shown texts written by the LLM),
shown_pass_rate, usr (unique-sentence ratio, PEPLER), coverage (share of evidence items the text names),
ms_median / ms_p95 per narration (cache off); plus the checker's precision / recall on the labelled set.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from whyrec.data import leave_one_out, read_dataset, sample_shop
from whyrec.explain import make_explainer
from whyrec.models import make_model
from whyrec.narrate.base import Narrator
from whyrec.narrate.factcheck import CatalogueIndex
from whyrec.narrate.facts import facts_from
from whyrec.narrate.labelled import checker_metrics
from whyrec.narrate.prompt import clean_text

DATA = Path(os.environ.get("WHYREC_DATA_DIR", Path(__file__).resolve().parents[2] / "shared" / "data"))
OUT = Path(__file__).resolve().parent / "results"


def explanations(name: str, n: int, seed: int) -> tuple[list, object]:
    """(Facts of ``n`` users' top-1 recommendations, the dataset)."""
    if name == "sample-shop":
        ds = sample_shop(n_users=2000, seed=0)
    else:
        ds = read_dataset(DATA / "amazon-2018" / "Gift_Cards_5.json.gz", format="amazon-2018")
    split = leave_one_out(ds)
    hist = split.train.histories().extend(split.valid.histories())
    model = make_model("ease", l2=50.0).fit(split.train)
    add, co, pop = (make_explainer(m, model, ds, hist) for m in ("additive", "cooccurrence", "popularity"))
    rng = np.random.default_rng(seed)
    users = [str(ds.user_ids[u]) for u in rng.choice(ds.n_users, min(n, ds.n_users), replace=False)]
    out = []
    for u in users:
        item = str(model.recommend(u, k=1, histories=hist)[0][0])
        e = add.explain(u, item)
        e.evidence += co.explain(u, item).evidence + pop.explain(u, item).evidence
        out.append(facts_from(e, ds))
    return out, ds


def sentences(text: str) -> list[str]:
    return [s.strip().lower() for s in re.split(r"(?<=[.!?。！？])\s*", text) if s.strip()]


def coverage(text: str, facts) -> float | None:
    items = facts.evidence_items()
    if not items:
        return None
    low = text.lower()
    return sum(clean_text(it.name).lower() in low for it in items) / len(items)


def run(backend: str, facts: list, catalogue, lang: str) -> dict:
    nar = Narrator(backend, catalogue=catalogue, cache=False)
    if backend != "template":  # load the model outside the timed calls
        nar.narrate(facts[0], lang)
    rows = [nar.narrate(f, lang) for f in facts]
    tried = sum(r.candidates for r in rows)
    llm_pass = sum(1 for r in rows if not r.fallback_used and r.backend != "template")
    sents = [s for r in rows for s in sentences(r.text)]
    cov = [c for r, f in zip(rows, facts, strict=True) if (c := coverage(r.text, f)) is not None]
    ms = [r.ms for r in rows]
    if backend == "template":
        raw = float(np.mean([r.checked for r in rows]))
    else:
        raw = llm_pass / tried if tried else 0.0
    metrics = {
        "n": len(rows),
        "raw_pass_rate": raw,
        "llm_share": llm_pass / len(rows) if backend != "template" else 0.0,
        "shown_pass_rate": float(np.mean([r.checked for r in rows])),
        "usr": len(set(sents)) / max(1, len(sents)),
        "coverage": float(np.mean(cov)) if cov else None,
        "ms_median": float(np.median(ms)),
        "ms_p95": float(np.percentile(ms, 95)),
        "candidates_per_narration": tried / len(rows) if backend != "template" else 1.0,
    }
    examples = [{"text": r.text, "backend": r.backend, "checked": r.checked, "fallback_reason": r.fallback_reason}
                for r in rows[:4]]
    return {"backend": nar.name, "metrics": metrics, "examples": examples}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=250, help="explanations per dataset (template)")
    ap.add_argument("--n-llm", type=int, default=250, help="explanations per dataset for the LLM backend")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--backends", default="template,local")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    t0 = time.time()
    results = []
    for dname in ("sample-shop", "amazon-gift-cards"):
        facts, ds = explanations(dname, args.n, args.seed)
        cat = CatalogueIndex.from_items(ds)
        for b in args.backends.split(","):
            sub = facts if b == "template" else facts[: args.n_llm]
            r = run(b, sub, cat, args.lang)
            r["dataset"] = dname
            r["lang"] = args.lang
            results.append(r)
            print(json.dumps({k: r[k] for k in ("backend", "dataset", "metrics")}), flush=True)
    checker = checker_metrics()
    load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    out = {
        "command": "flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/narrate.py "
        + f"--n {args.n} --n-llm {args.n_llm} --lang {args.lang} --backends {args.backends}",
        "machine": f"{platform.machine()} {os.cpu_count()}-core CPU, no GPU",
        "load": load,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": time.time() - t0,
        "results": results,
        "checker": {k: checker[k] for k in ("precision", "recall", "n")},
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "narrate.json").write_text(json.dumps(out, indent=1, ensure_ascii=False))
    lines = [
        "# Narration benchmark", "", f"Command: `{out['command']}`  ", f"Machine: {out['machine']}; load: {load}  ",
        f"Date: {out['date']}; total {out['seconds']:.0f} s", "",
        "| backend | dataset | n | raw pass | LLM share | shown pass | USR | coverage | ms median | ms p95 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        m = r["metrics"]
        cov = "-" if m["coverage"] is None else f"{m['coverage']:.2f}"
        lines.append(f"| {r['backend']} | {r['dataset']} | {m['n']} | {m['raw_pass_rate']:.2f} | {m['llm_share']:.2f} "
                     f"| {m['shown_pass_rate']:.2f} | {m['usr']:.2f} | {cov} | {m['ms_median']:.0f} "
                     f"| {m['ms_p95']:.0f} |")
    c = out["checker"]
    lines += ["", f"Fact checker on the labelled set: precision {c['precision']:.3f}, recall {c['recall']:.3f}, "
              f"n = {c['n']}.", "", "## Example outputs", ""]
    for r in results:
        for ex in r["examples"]:
            lines.append(f"- {r['backend']} / {r['dataset']}: {ex['text']} (backend {ex['backend']}, "
                         f"checked {ex['checked']}{'; ' + ex['fallback_reason'] if ex['fallback_reason'] else ''})")
    (OUT / "narrate.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
