"""The texts the narrator SHOWS for the independently made evidence bundles, for blind labelling.

Reads benchmarks/independent/bundles.jsonl (made by a separate session; see its README) and writes
benchmarks/independent/shown.jsonl: one row per bundle and language (English for all, Chinese for every third
bundle) with the shown text, the backend that wrote it and whether it passed the checker. The labels
(benchmarks/independent/shown_labelled.jsonl) are added by a labeller who has not read the checker;
benchmarks/narrate.py reads them.

    .venv/bin/python benchmarks/narrate_shown.py [--backend local]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from whyrec.narrate.base import Narrator
from whyrec.narrate.facts import Facts

HERE = Path(__file__).resolve().parent / "independent"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", default="local")
    args = ap.parse_args()
    cases = [json.loads(x) for x in (HERE / "bundles.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    nar = Narrator(args.backend, cache=False)  # no catalogue index: the bundles carry no catalogue
    out = []
    for j, c in enumerate(cases):
        f = Facts.from_dict({**c["facts"], "verb": c.get("verb", "bought")})
        for lang in ("en", "zh") if j % 3 == 0 else ("en",):
            n = nar.narrate(f, lang)
            out.append({"case": c["id"], "lang": lang, "text": n.text, "backend": n.backend, "checked": n.checked,
                        "quality": (n.quality or {}).get("passed")})
            print(json.dumps(out[-1], ensure_ascii=False), flush=True)
    (HERE / "shown.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                                      encoding="utf-8")


if __name__ == "__main__":
    main()
