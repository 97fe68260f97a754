"""Writing one benchmark's part of benchmarks/results/security.json and security.md, keeping the other parts.

The security benchmarks (``redteam.py``, ``abuse.py``, ``erasure.py``, ``durability.py``) each own one key of
the JSON report and one ``## `` section of the Markdown one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def merge_json(path: Path, key: str, value: object) -> None:
    """Set ``key`` of the JSON object in ``path`` (created when missing), keeping the other keys."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data[key] = value
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def merge_section(path: Path, heading: str, body: str) -> None:
    """Replace the section under ``heading`` (up to the next ``## `` heading) of the Markdown file ``path``, or
    append it; the file is created with a title when missing."""
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Security\n"
    section = f"{heading}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1).rstrip() + "\n"
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def write_security(key: str, value: object, heading: str, body: str) -> None:
    """Set ``key`` of security.json and the section under ``heading`` of security.md."""
    merge_json(RESULTS / "security.json", key, value)
    merge_section(RESULTS / "security.md", heading, body)
