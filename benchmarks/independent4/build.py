"""Write labelled.jsonl from sentences.py with independent2's builder and checks (plain python3, no whyrec
imports), then check this set's counts: 100 rows, 35/35 English and 15/15 Chinese faithful/unfaithful, at least
80 bundles, every dataset."""
import importlib.util
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True


def _builder():
    spec = importlib.util.spec_from_file_location("independent2_build", os.path.join(HERE, "..", "independent2",
                                                                                      "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(folder, prefix, source):
    """Write ``folder``/labelled.jsonl from ``folder``/sentences.py and check the counts (independent5 reuses it)."""
    spec = importlib.util.spec_from_file_location(f"{prefix}_sentences", os.path.join(folder, "sentences.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = _builder().main(mod.SENTENCES, os.path.join(folder, "labelled.jsonl"), prefix=prefix, source=source)
    by = Counter((r["lang"], r["faithful"]) for r in rows)
    assert len(rows) == 100, len(rows)
    assert by == Counter({("en", True): 35, ("en", False): 35, ("zh", True): 15, ("zh", False): 15}), by
    assert len({r["case"] for r in rows}) >= 80
    assert {c.split("-")[0] for c in (r["case"] for r in rows)} == {"shop", "gift", "mag", "ml"}


def main():
    """``python3 benchmarks/independent4/build.py``: this set; ``... build.py FOLDER PREFIX SOURCE``: a later set
    built the same way (independent5: ``benchmarks/independent5 i5 hand5``)."""
    if len(sys.argv) == 4:
        build(os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3])
    else:
        build(HERE, "i4", "hand4")


if __name__ == "__main__":
    main()
