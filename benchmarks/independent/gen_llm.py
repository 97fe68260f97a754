"""Free (no grammar) SmolLM2-135M candidates for every bundle: English for all 90, Chinese for 30.

Writes llm_raw.jsonl (unlabelled: id, case, lang, text, candidate) next to this file; the labels are added by hand
in labelled.jsonl. Runs one process with the backend's default 2 threads (whyrec's loader turns off llama.cpp's
weight repacking, which crashes on this machine's AMX CPU).

    python benchmarks/independent/gen_llm.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from whyrec.narrate.facts import Facts
from whyrec.narrate.local import LocalLLM

HERE = Path(__file__).resolve().parent


ZH_SEED = 9173
N_ZH = 30


def main() -> None:
    cases = [json.loads(line) for line in (HERE / "bundles.jsonl").open(encoding="utf-8")]
    rng = np.random.default_rng(ZH_SEED)
    zh = sorted(rng.choice(len(cases), N_ZH, replace=False).tolist())
    llm = LocalLLM(grammar=False)
    jobs = [(c, "en") for c in cases] + [(cases[i], "zh") for i in zh]
    t0 = time.perf_counter()
    rows = []
    for c, lang in jobs:
        facts = Facts.from_dict(c["facts"])
        for j, text in enumerate(llm.write(facts, lang, n=2)):
            rows.append({"case": c["id"], "lang": lang, "candidate": j, "text": text})
    took = time.perf_counter() - t0
    with (HERE / "llm_raw.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} texts ({sum(r['lang'] == 'en' for r in rows)} en, {sum(r['lang'] == 'zh' for r in rows)} zh) "
          f"in {took:.1f} s ({llm!r}, n_threads={llm.n_threads})")


if __name__ == "__main__":
    main()
