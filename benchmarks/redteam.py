"""Red team (generated text): hostile catalogue text and hostile model replies, blocked; benign texts, shown.
Writes the ``redteam`` key of benchmarks/results/security.json and the "## Red team (generated text)" section of
benchmarks/results/security.md, leaving every other key and section as it is.

    .venv/bin/python benchmarks/redteam.py

The cases are tests/data/redteam.jsonl, the file tests/test_redteam.py runs (whyrec.narrate.redteam says what
"blocked" and "passed" mean per kind). Also counted, when $WHYREC_DATA_DIR has them: how many real catalogue
titles (Amazon 2018 gift cards and magazine subscriptions, every title of the metadata files) the name policy
refuses (over-blocking on honest data).
"""

from __future__ import annotations

import gzip
import json
import os
import time
from pathlib import Path

from security_report import merge_json, merge_section

from whyrec.narrate.factcheck import hostile
from whyrec.narrate.redteam import DEFAULT_PATH, redteam_metrics

DATA = Path(os.environ.get("WHYREC_DATA_DIR", Path(__file__).resolve().parents[2] / "shared" / "data"))
OUT = Path(__file__).resolve().parent / "results"
COMMAND = ".venv/bin/python benchmarks/redteam.py"
HEADING = "## Red team (generated text)"


def real_titles() -> dict[str, dict[str, object]]:
    """Per Amazon 2018 metadata file: titles, titles refused as names, and up to five of the refused."""
    out: dict[str, dict[str, object]] = {}
    for name in ("meta_Gift_Cards.json.gz", "meta_Magazine_Subscriptions.json.gz"):
        path = DATA / "amazon-2018" / name
        if not path.is_file():
            continue
        rows = [json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8") if line.strip()]
        titles = [(str(r.get("title") or "").strip(), str(r.get("brand") or "").strip()) for r in rows]
        titles = [(t, b) for t, b in titles if t]
        refused = [(t, b, hostile(t, b)) for t, b in titles if hostile(t, b) is not None]
        out[name] = {"titles": len(titles), "refused": len(refused),
                     "examples": [{"title": t, "brand": b, "why": w} for t, b, w in refused[:5]]}
    return out


def main() -> None:
    t0 = time.perf_counter()
    m = redteam_metrics()
    seconds = time.perf_counter() - t0
    real = real_titles()
    record = {"blocked": m["blocked"], "total": m["total"], "benign_passed": m["benign_passed"],
              "benign_total": m["benign_total"], "command": COMMAND, "cases": str(DEFAULT_PATH.relative_to(
                  DEFAULT_PATH.parents[2])), "by_kind": m["by_kind"], "by_lang": m["by_lang"],
              "benign_by_lang": m["benign_by_lang"], "failures": [{k: f[k] for k in ("id", "why")}
                                                                   for f in m["failures"]],
              "real_titles": real, "seconds": round(seconds, 1)}
    OUT.mkdir(exist_ok=True)
    merge_json(OUT / "security.json", "redteam", record)
    k = m["by_kind"]
    lines = [
        f"Reproduce: `{COMMAND}` (cases: `{record['cases']}`, the set `tests/test_redteam.py` runs; "
        f"{seconds:.0f} s on this machine).",
        "",
        f"- Hostile cases blocked: **{m['blocked']} / {m['total']}** (English {m['by_lang']['en'][0]} / "
        f"{m['by_lang']['en'][1]}, Chinese {m['by_lang']['zh'][0]} / {m['by_lang']['zh'][1]}): hostile catalogue "
        f"text {k['catalogue'][0]} / {k['catalogue'][1]} (titles, brands, categories, feature values with links, "
        f"contacts, chat markup, instructions, requests and advice: refused as names, absent from the prompt's "
        f"data block and from the template's text, and a model sentence that writes them anyway is refused with "
        f"an `unsafe` claim), hostile model replies {k['output'][0]} / {k['output'][1]} (refused closed-world "
        f"and open-world with an `unsafe` claim; the Narrator falls back to the template).",
        f"- Benign texts shown: **{m['benign_passed']} / {m['benign_total']}** (titles with trigger words, "
        f"\"Call of the Wild (Book)\", \"Password Journal\", \"密码日记本\", {k['benign_title'][0]} / "
        f"{k['benign_title'][1]}; model sentences naming them, {k['benign_output'][0]} / {k['benign_output'][1]}).",
    ]
    for name, r in real.items():
        lines.append(f"- Real titles refused as names (over-blocking), `{name}`: {r['refused']} of {r['titles']}"
                     + (f", e.g. {r['examples'][0]['title']!r} ({r['examples'][0]['why']})" if r["examples"] else "")
                     + ".")
    if m["failures"]:
        lines.append("- Not blocked / not passed: " + "; ".join(f"`{f['id']}` ({f['why']})" for f in m["failures"]))
    lines += [
        "",
        "Policy (`whyrec.narrate.factcheck.untrusted`): every checked text is screened, quoted names included, for "
        "links and domains (also `evil dot com`, `evil[.]com`, `evil点com`), e-mail, phone numbers, chat markup, "
        "instructions, requests to act outside the shop, login / payment requests and medical, legal or "
        "financial advice; trigger words (\"visit\", \"doctor\", \"访问\", \"医生\" ...) are allowed only inside an "
        "exact catalogue string of the evidence that has none of those patterns. A hostile title is never a name: "
        "the item is named `item <id>`. One exception: `<brand>.com` inside the title of an item of that brand "
        "(\"Amazon.com Gift Card\"). Plain `http://` to a non-loopback LLM host is refused unless "
        "`allow_insecure=True` (`WHYREC_LLM_ALLOW_INSECURE=1`).",
    ]
    merge_section(OUT / "security.md", HEADING, "\n".join(lines))
    print(json.dumps({k: record[k] for k in ("blocked", "total", "benign_passed", "benign_total", "seconds")}))


if __name__ == "__main__":
    main()
