"""The erasure test of issue 15, run and written into benchmarks/results/security.json (key "erasure").

    .venv/bin/python benchmarks/erasure.py

Runs the tests that prove an erased user's id and purchases are gone: from every store table and the raw
SQLite files, from re-imports, from posted events and profile writes, from every served answer (410), with a
keyed tombstone that survives a restart, from the loaded model's evidence counts at once, and from a model
folder retrained by ``whyrec forget`` (which also reports the folders that still hold erased users). What they
do not cover is listed under "not_covered".
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from security_report import write_security

ROOT = Path(__file__).resolve().parent.parent
TESTS = [
    "tests/test_store.py::test_delete_user_removes_events_and_profile",
    "tests/test_store.py::test_erased_user_leaves_no_row_and_no_bytes",
    "tests/test_store.py::test_erased_user_writes_are_refused",
    "tests/test_store.py::test_tombstone_is_keyed_and_survives_restart",
    "tests/test_store.py::test_legacy_unsalted_tombstones_are_recognised_then_replaced",
    "tests/test_store.py::test_reimport_does_not_bring_an_erased_user_back",
    "tests/test_service.py::test_deleted_user_is_forgotten",
    "tests/test_service.py::test_delete_of_an_unknown_user_is_404",
    "tests/test_erasure_models.py",
]
NOT_COVERED = [
    "the loaded model's weights (and so its scores for other users) keep what it learned from an erased user until "
    "the service is restarted on a folder retrained by 'whyrec forget'",
    "a model folder erased in a database with one key and started on a new database with another refuses to start "
    "(it cannot tell which users were erased) until WHYREC_ERASURE_SECRET is set to the first key or the folder is "
    "retrained with 'whyrec forget'",
    "the erasure secret is stored in the same database as the tombstones unless WHYREC_ERASURE_SECRET is set",
]


def main() -> None:
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    tail = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr.strip()[-200:]
    result = {"passed": run.returncode == 0, "tests": TESTS, "summary": tail, "not_covered": NOT_COVERED,
              "command": ".venv/bin/python benchmarks/erasure.py",
              "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
    section = [f"- command: `{result['command']}` ({result['date']})",
               f"- passed: **{result['passed']}** ({tail})", "- tests: " + ", ".join(f"`{t}`" for t in TESTS),
               "- not covered yet: " + "; ".join(NOT_COVERED)]
    write_security("erasure", result, "## Erasure", "\n".join(section))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
