"""Write labelled.jsonl from sentences.py against this set's own bundles.jsonl with set 24's builder (plain
python3, no whyrec imports): 100 rows, 35/35 English and 15/15 Chinese faithful/unfaithful, at least 70 bundles, and
at least 12 rows each on attention, NFM-feature and similar-item bundles.

    python3 benchmarks/independent25/build.py
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True


def main():
    spec = importlib.util.spec_from_file_location("independent24_build", os.path.join(HERE, "..", "independent24",
                                                                                      "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.build(HERE, "i25", "hand25", {"shop-att": 12, "shop-nfm": 12, "gift-sim": 12})


if __name__ == "__main__":
    main()
