"""Write labelled.jsonl from sentences.py against this set's own bundles.jsonl (plain python3, no whyrec imports),
with independent2's builder and checks, then check the counts: 100 rows, 35/35 English and 15/15 Chinese
faithful/unfaithful, at least 70 bundles, and at least 15 rows each on FM-feature and similar-item bundles.

    python3 benchmarks/independent24/build.py
"""
import importlib.util
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(here, prefix, source, at_least):
    """Write ``here``/labelled.jsonl from ``here``/sentences.py against ``here``/bundles.jsonl and check the counts;
    ``at_least``: the fewest rows each bundle kind must have (set 25's builder calls this with its own)."""
    builder = _load("independent2_build", os.path.join(HERE, "..", "independent2", "build.py"))
    builder.BUNDLES = os.path.join(here, "bundles.jsonl")
    sentences = _load(f"{prefix}_sentences", os.path.join(here, "sentences.py")).SENTENCES
    rows = builder.main(sentences, os.path.join(here, "labelled.jsonl"), prefix=prefix, source=source)
    by = Counter((r["lang"], r["faithful"]) for r in rows)
    assert len(rows) == 100, len(rows)
    assert by == Counter({("en", True): 35, ("en", False): 35, ("zh", True): 15, ("zh", False): 15}), by
    assert len({r["case"] for r in rows}) >= 70
    kinds = Counter(r["case"].rsplit("-", 1)[0] for r in rows)
    print("rows by bundle kind:", dict(kinds))
    assert all(kinds[k] >= n for k, n in at_least.items()), kinds


def main():
    build(HERE, "i24", "hand24", {"shop-fm": 15, "shop-sim": 15})


if __name__ == "__main__":
    main()
