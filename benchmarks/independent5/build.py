"""Write labelled.jsonl from sentences.py with independent4's builder and checks (plain python3, no whyrec
imports): 100 rows, 35/35 English and 15/15 Chinese faithful/unfaithful, at least 80 bundles, every dataset."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True

if __name__ == "__main__":
    runpy.run_path(os.path.join(HERE, "..", "independent4", "build.py"), run_name="independent4_build")["build"](
        HERE, "i5", "hand5")
