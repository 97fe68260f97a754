"""Assemble labelled.jsonl from the hand sentences (hand_sentences.py) and the labelled LLM outputs.

llm_raw.jsonl holds the free SmolLM2 texts as generated (gen_llm.py); llm_labels.py holds the labeller's verdict for
each, keyed by "case|lang|candidate", with the first 40 characters of the text as a guard against a mismatch.

    python benchmarks/independent/build_labelled.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from hand_sentences import HAND
from llm_labels import LABELS

HERE = Path(__file__).resolve().parent
KINDS = {"number_role", "wrong_item", "superlative", "ownership", "negation", "invented_attribute", "invented_event",
         "counterfactual", "unknown_item", "verb", "truncated", "gibberish", "other"}


def main() -> None:
    cases = {json.loads(line)["id"] for line in (HERE / "bundles.jsonl").open(encoding="utf-8")}
    rows: list[dict] = []
    # hand sentences first, so that their ids (ind-0001 ...) stay those of the first, hand-only build
    for case, lang, text, faithful, errors, fluent, note in HAND:
        rows.append({"case": case, "lang": lang, "text": text, "source": "hand", "faithful": faithful,
                     "errors": errors, "fluent": fluent, "note": note})
    raw = [json.loads(line) for line in (HERE / "llm_raw.jsonl").open(encoding="utf-8")]
    for r in raw:
        key = f"{r['case']}|{r['lang']}|{r['candidate']}"
        head, faithful, errors, fluent, note = LABELS[key]
        if not r["text"].startswith(head):
            raise SystemExit(f"{key}: label written for {head!r}, text is {r['text'][:40]!r}")
        rows.append({"case": r["case"], "lang": r["lang"], "text": r["text"], "source": "smollm2-free",
                     "faithful": faithful, "errors": errors, "fluent": fluent, "note": note})
    missing = set(LABELS) - {f"{r['case']}|{r['lang']}|{r['candidate']}" for r in raw}
    if missing:
        raise SystemExit(f"labels without a text: {sorted(missing)}")
    for r in rows:
        assert r["case"] in cases, r
        assert set(r["errors"]) <= KINDS, r
        assert r["faithful"] == (not r["errors"]), r
    with (HERE / "labelled.jsonl").open("w", encoding="utf-8") as fh:
        for n, r in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"ind-{n:04d}", **r}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} labelled sentences")
    for key in ("lang", "source"):
        print(key, dict(Counter(r[key] for r in rows)))
    print("lang/source/faithful", dict(sorted(Counter((r["lang"], r["source"], r["faithful"]) for r in rows).items())))
    print("lang/source/fluent", dict(sorted(Counter((r["lang"], r["source"], r["fluent"]) for r in rows).items())))
    print("errors", dict(Counter(e for r in rows for e in r["errors"]).most_common()))


if __name__ == "__main__":
    main()
