"""Write labelled.jsonl from sentences.py. Plain python3, no whyrec imports.

Checks: every case is a bundle id, faithful iff no errors, known error kinds, no duplicate texts, and (as a
cheap aid, not a substitute for the hand labels) that every number written in digits in a faithful sentence
occurs somewhere in its bundle.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True

KINDS = {"number_role", "wrong_item", "superlative", "ownership", "negation", "invented_attribute",
         "invented_event", "counterfactual", "unknown_item", "verb", "truncated", "comparison",
         "gibberish", "other"}
BUNDLES = os.path.join(HERE, "..", "independent", "bundles.jsonl")
OUT = os.path.join(HERE, "labelled.jsonl")


def bundle_numbers(bundle):
    nums = set()
    for tok in re.findall(r"\d+(?:\.\d+)?", json.dumps(bundle["facts"], ensure_ascii=False)):
        nums.add(tok)
        f = float(tok)
        if f == int(f):
            nums.add(str(int(f)))
    return nums


def main(sentences=None, out=None, prefix="i2", source="hand2"):
    """Write ``out`` (default: this folder's labelled.jsonl) from ``sentences`` (default: this folder's); the rows
    are returned. Later sets (benchmarks/independent4/build.py) call it with their own."""
    if sentences is None:
        sys.path.insert(0, HERE)
        from sentences import SENTENCES as sentences  # noqa: N811
    out = out or OUT
    bundles = {}
    with open(BUNDLES, encoding="utf-8") as fh:
        for line in fh:
            b = json.loads(line)
            bundles[b["id"]] = b
    seen = set()
    rows = []
    for i, s in enumerate(sentences, 1):
        case, lang, text, errors = s["case"], s["lang"], s["text"], list(s["errors"])
        assert case in bundles, case
        assert lang in ("en", "zh"), lang
        assert text not in seen, text
        seen.add(text)
        bad = set(errors) - KINDS
        assert not bad, (i, bad)
        assert s.get("note"), i
        if not errors:
            nums = bundle_numbers(bundles[case])
            for tok in re.findall(r"\d+(?:\.\d+)?", re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)):
                assert tok in nums, (i, case, tok, text)
        rows.append({"id": f"{prefix}-{i:04d}", "case": case, "lang": lang, "text": text, "source": source,
                     "faithful": not errors, "errors": errors, "note": s["note"]})
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = Counter((r["lang"], r["faithful"]) for r in rows)
    kinds = Counter(k for r in rows for k in r["errors"])
    ds = Counter((r["lang"], r["case"].split("-")[0]) for r in rows)
    print(f"wrote {len(rows)} rows to {out}")
    print("lang/faithful:", dict(sorted(by.items())))
    print("lang/dataset:", dict(sorted(ds.items())))
    print("bundles:", len({r['case'] for r in rows}))
    print("kinds:", dict(kinds.most_common()))
    return rows


if __name__ == "__main__":
    main()
