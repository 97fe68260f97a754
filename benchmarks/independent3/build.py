"""Build benchmarks/independent3/labelled.jsonl from sentences.py (plain python3, no whyrec imports)."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sentences import SENTENCES  # noqa: E402

KINDS = {"number_role", "wrong_item", "unknown_item", "superlative", "counterfactual", "negation", "ownership",
         "verb", "invented_attribute", "invented_event", "truncated", "comparison", "gibberish", "other"}


def main():
    bundles = {}
    with open(os.path.join(HERE, "..", "independent", "bundles.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            b = json.loads(line)
            bundles[b["id"]] = b
    rows = []
    seen = set()
    for i, s in enumerate(SENTENCES, 1):
        assert s["case"] in bundles, s
        assert s["lang"] in ("en", "zh"), s
        assert all(k in KINDS for k in s["errors"]), s
        assert len(set(s["errors"])) == len(s["errors"]), s
        assert s["text"] not in seen, s
        seen.add(s["text"])
        rows.append({"id": f"i3-{i:04d}", "case": s["case"], "lang": s["lang"], "text": s["text"],
                     "source": "hand3", "faithful": not s["errors"], "errors": list(s["errors"]),
                     "note": s["note"]})
    with open(os.path.join(HERE, "labelled.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    count = collections.Counter((r["lang"], r["faithful"]) for r in rows)
    kinds = collections.Counter((r["lang"], k) for r in rows for k in r["errors"])
    datasets = collections.Counter(bundles[r["case"]]["dataset"] for r in rows)
    print("rows", len(rows), "bundles", len({r["case"] for r in rows}))
    for lang in ("en", "zh"):
        print(lang, "faithful", count[(lang, True)], "unfaithful", count[(lang, False)])
    print("datasets", dict(datasets))
    for k in sorted(KINDS):
        if kinds[("en", k)] or kinds[("zh", k)]:
            print(f"  {k:<18} en {kinds[('en', k)]:2d}  zh {kinds[('zh', k)]:2d}")


if __name__ == "__main__":
    main()
