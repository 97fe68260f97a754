"""Narration: the quality bar, faithfulness and cost per backend, language and dataset; writes
benchmarks/results/narrate.{md,json}.

    flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/narrate.py                     # the full table
    flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/narrate.py --n 40 --n-llm 20   # a quick look

Datasets: the sample shop (2000 shoppers, seed 0) and Amazon 2018 Gift Cards (real titles, brands, prices) from
$WHYREC_DATA_DIR. EASE is trained on each (leave-one-out) and sampled users' top-1 recommendations are explained
with the additive method plus co-occurrence and popularity evidence (every 4th also with a verified
counterfactual). Per backend x language x dataset, over the SHOWN texts (what a shopper reads):

- quality_pass: share meeting every check of whyrec.narrate.quality (complete, names the recommended item, cites
  the strongest evidence, fluent by its rules, 3-45 words / 5-90 characters with each name counted as one),
  and each check's own rate;
- shown_pass_rate: share passing the closed-world fact checker; llm_share: share written by the LLM (not the
  template fallback); raw_pass_rate: LLM candidates passing checker + quality over candidates tried;
- usr (unique-sentence ratio), distinct2, truncated (count of shown texts failing `complete`);
- ms_median / ms_p95 per narration (cache off, model loaded before timing, 2 threads).
Also: the checker's precision / recall (positive = unfaithful) on the developer-labelled set (open-world rules
alone, and closed-world), and on the independently labelled set in benchmarks/independent/ (see its README).
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import platform
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from whyrec.data import leave_one_out, read_dataset, sample_shop
from whyrec.explain import make_explainer
from whyrec.models import make_model
from whyrec.narrate.base import Narrator
from whyrec.narrate.factcheck import CatalogueIndex, check
from whyrec.narrate.facts import Facts, facts_from
from whyrec.narrate.labelled import checker_metrics
from whyrec.narrate.quality import CHECKS, diversity

DATA = Path(os.environ.get("WHYREC_DATA_DIR", Path(__file__).resolve().parents[2] / "shared" / "data"))
OUT = Path(__file__).resolve().parent / "results"
INDEPENDENT = Path(__file__).resolve().parent / "independent"


def explanations(name: str, n: int, seed: int) -> tuple[list[Facts], object]:
    """(Facts of ``n`` users' top-1 recommendations, the dataset)."""
    if name == "sample-shop":
        ds = sample_shop(n_users=2000, seed=0)
    else:
        ds = read_dataset(DATA / "amazon-2018" / "Gift_Cards_5.json.gz", format="amazon-2018")
    split = leave_one_out(ds)
    hist = split.train.histories().extend(split.valid.histories())
    model = make_model("ease", l2=50.0).fit(split.train)
    add, co, pop = (make_explainer(m, model, ds, hist) for m in ("additive", "cooccurrence", "popularity"))
    cf = make_explainer("counterfactual", model, ds, hist, guide="additive")
    rng = np.random.default_rng(seed)
    users = [str(ds.user_ids[u]) for u in rng.choice(ds.n_users, min(n, ds.n_users), replace=False)]
    out = []
    for j, u in enumerate(users):
        item = str(model.recommend(u, k=1, histories=hist)[0][0])
        e = add.explain(u, item)
        e.evidence += co.explain(u, item).evidence + pop.explain(u, item).evidence
        if j % 4 == 3:
            try:
                e.evidence += [x for x in cf.explain(u, item).evidence if x.kind == "counterfactual"]
            except Exception:  # noqa: BLE001 - no verified counterfactual within budget: narrate without one
                pass
        out.append(facts_from(e, ds))
    return out, ds


def wilson(k: int, n: int) -> list[float]:
    """The 95% Wilson interval of k successes in n."""
    if n == 0:
        return [0.0, 1.0]
    z, p = 1.96, k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return [max(0.0, mid - half), min(1.0, mid + half)]


def run(backend: str, facts: list[Facts], catalogue: CatalogueIndex, lang: str) -> dict:
    nar = Narrator(backend, catalogue=catalogue, cache=False)
    if backend != "template":  # load the model outside the timed calls
        nar.narrate(facts[0], lang)
    rows = [nar.narrate(f, lang) for f in facts]
    is_llm = nar.name != "template"
    tried = sum(r.candidates for r in rows)
    by_llm = [not r.fallback_used and r.backend != "template" for r in rows]
    quality = [r.quality or {"passed": False, "checks": {}} for r in rows]
    ms = [r.ms for r in rows]
    div = diversity(r.text for r in rows)
    metrics = {
        "n": len(rows),
        "llm_share": float(np.mean(by_llm)) if is_llm else 0.0,
        "quality_pass": float(np.mean([q["passed"] for q in quality])),
        **{f"quality_{c}": float(np.mean([q["checks"].get(c, False) for q in quality])) for c in CHECKS},
        "shown_pass_rate": float(np.mean([r.checked for r in rows])),
        "raw_pass_rate": (sum(by_llm) / tried if tried else 0.0) if is_llm else 1.0,
        "candidates_per_narration": tried / len(rows) if is_llm else 1.0,
        "usr": div["usr"],
        "distinct2": div["distinct2"],
        "truncated": int(sum(not q["checks"].get("complete", False) for q in quality)),
        "ms_median": float(np.median(ms)),
        "ms_p95": float(np.percentile(ms, 95)),
    }
    order = sorted(range(len(rows)), key=lambda i: (quality[i]["passed"], by_llm[i], -len(rows[i].text)))
    pick = order[:2] + order[-3:]
    examples = [{"text": rows[i].text, "backend": rows[i].backend, "checked": rows[i].checked,
                 "quality": quality[i].get("problems", []), "fallback_reason": rows[i].fallback_reason,
                 "kind": "worst" if j < 2 else "best"} for j, i in enumerate(pick)]
    return {"backend": nar.name, "spec": backend, "metrics": metrics, "examples": examples,
            "shown": [{"text": r.text, "backend": r.backend} for r in rows]}


#: hand-labelled sets written later by labellers who read neither the checker nor the earlier sets' sentences,
#: on the same bundles; their first-look figures (measured before any change prompted by the set) are recorded
FIRST_LOOK = {
    "independent2": {"precision": 0.568, "recall": 0.92, "n": 100,
                     "when": "content gate as first built, tuned on benchmarks/independent and the developer set"},
    "independent3": {"precision": 0.766, "recall": 0.98, "n": 100,
                     "when": "after fixes prompted by independent2; independent3 unseen until this measurement"},
    "independent4": {"precision": 0.727, "recall": 0.96, "n": 100,
                     "by_lang": {"en": {"precision": 0.717, "recall": 0.943}, "zh": {"precision": 0.75, "recall": 1.0}},
                     "when": "2026-12-07, after the fixes prompted by independent3; unseen until this measurement"},
    "independent5": {"precision": 0.667, "recall": 1.0, "n": 100,
                     "by_lang": {"en": {"precision": 0.66, "recall": 1.0}, "zh": {"precision": 0.682, "recall": 1.0}},
                     "when": "2026-12-07 14:10 UTC, after the fixes prompted by independent4, before any it prompted"},
    "independent6": {"precision": 0.602, "recall": 1.0, "n": 100,
                     "by_lang": {"en": {"precision": 0.583, "recall": 1.0}, "zh": {"precision": 0.652, "recall": 1.0}},
                     "when": "2026-12-07 14:20 UTC, after the fixes prompted by independent5 (commit 9e724be)"},
    "independent7": {"precision": 0.538, "recall": 1.0, "n": 100,
                     "by_lang": {"en": {"precision": 0.538, "recall": 1.0}, "zh": {"precision": 0.536, "recall": 1.0}},
                     "when": "2026-12-07 15:15 UTC, after the count-partner binding, comparisons and word classes "
                             "(commit f256fd6); its labeller was asked to vary the phrasing as much as they could"},
    "independent8": {"precision": 0.583, "recall": 0.98, "n": 100,
                     "by_lang": {"en": {"precision": 0.596, "recall": 0.971},
                                 "zh": {"precision": 0.556, "recall": 1.0}},
                     "when": "2026-12-07 17:55 UTC, after the position binding (factcheck/positions.py), the "
                             "function words and the Chinese category glossary prompted by independent7, before any "
                             "change it prompted; 49 of 84 refusals unfaithful (Wilson 95% 0.48-0.68)"},
    "independent9": {"precision": 0.628, "recall": 0.98, "n": 100,
                     "by_lang": {"en": {"precision": 0.654, "recall": 0.971},
                                 "zh": {"precision": 0.577, "recall": 1.0}},
                     "when": "2026-12-07 18:42 UTC (commit e61cb33), after the fixes prompted by independent8, "
                             "before any change it prompted; its labeller rotated five writer personas; 49 of 78 "
                             "refusals unfaithful (Wilson 95% 0.52-0.73)"},
    "independent10": {"precision": 0.845, "recall": 0.98, "n": 100,
                      "by_lang": {"en": {"precision": 0.944, "recall": 0.971},
                                  "zh": {"precision": 0.682, "recall": 1.0}},
                      "when": "2026-12-07 19:08 UTC (commit 338e3b3), after the fixes prompted by independent9, "
                              "before any change it prompted; its labeller was asked for plain one- or two-sentence "
                              "reasons as a product page or notification shows them; 49 of 58 refusals unfaithful "
                              "(Wilson 95% 0.73-0.92)"},
    "independent11": {"precision": 0.842, "recall": 0.96, "n": 100,
                      "by_lang": {"en": {"precision": 0.825, "recall": 0.943},
                                  "zh": {"precision": 0.882, "recall": 1.0}},
                      "when": "2026-12-07 20:31 UTC (commit 2148f08), after the fixes prompted by independent7-10's "
                              "remaining refusals, before any change it prompted; its labeller mixed a shopping "
                              "assistant answering 'why this?', a small model's one-sentence reason and a product-tile "
                              "line; 48 of 57 refusals unfaithful (Wilson 95% 0.73-0.91)"},
    "independent12": {"precision": 0.575, "recall": 0.92, "n": 100,
                      "by_lang": {"en": {"precision": 0.579, "recall": 0.943},
                                  "zh": {"precision": 0.565, "recall": 0.867}},
                      "when": "2026-12-07 20:49 UTC (commit a62a69b; checker as at 6caa3ba, after the fixes prompted "
                              "by independent11), before any change it prompted; its labeller rotated a product-page "
                              "copywriter, a data analyst's terse audit-log line ('Rec #1: ... Co-buyers: 12 with X') "
                              "and a support agent's reply; 46 of 80 refusals unfaithful (Wilson 95% 0.47-0.68)"},
    "independent13": {"precision": 0.731, "recall": 0.98, "n": 100,
                      "by_lang": {"en": {"precision": 0.773, "recall": 0.971},
                                  "zh": {"precision": 0.652, "recall": 1.0}},
                      "when": "2026-12-07 21:40 UTC (commit 9211011), after the fixes prompted by independent12, "
                              "before any change it prompted; its labeller wrote the short, plain 'why you're seeing "
                              "this' reasons a shop shows, varied wording, no greetings or jargon; 49 of 67 refusals "
                              "unfaithful (Wilson 95% 0.61-0.82)"},
    "independent14": {"precision": 0.636, "recall": 0.98, "n": 100,
                      "by_lang": {"en": {"precision": 0.636, "recall": 1.0},
                                  "zh": {"precision": 0.636, "recall": 0.933}},
                      "when": "2026-12-07 21:58 UTC (commit 5085cd6), after the fixes prompted by independent13, "
                              "before any change it prompted; its labeller rotated six registers (push "
                              "notification, e-mail digest, carousel caption, a friend's tone, a formal transparency "
                              "note, a non-native writer); 49 of 77 refusals unfaithful (Wilson 95% 0.52-0.73)"},
    "independent15": {"precision": 0.671, "recall": 0.98, "n": 100,
                      "by_lang": {"en": {"precision": 0.694, "recall": 0.971},
                                  "zh": {"precision": 0.625, "recall": 1.0}},
                      "when": "2026-12-07 22:46 UTC (commit 1885499), after the fixes prompted by independent14 and "
                              "the open tier of common verbs and adverbs (removed after set 16), before any change it "
                              "prompted; its labeller "
                              "wrote as general-purpose LLM assistants answer 'why is this recommended to me?' "
                              "(hedged, concise, paraphrasing, app-banner, 'two things: first, ... second, ...'); "
                              "49 of 73 refusals unfaithful (Wilson 95% 0.56-0.77); the open tier alone changed "
                              "nothing on it (the same 24 faithful sentences refused without it)"},
    "independent16": {"precision": 0.543, "recall": 1.0, "n": 100,
                      "by_lang": {"en": {"precision": 0.547, "recall": 1.0},
                                  "zh": {"precision": 0.536, "recall": 1.0}},
                      "when": "2026-12-07 23:20 UTC (commit bbe73ba), after the fixes prompted by independent15, "
                              "before any change it prompted; its labeller wrote longer explanations of 2-4 "
                              "sentences (a support agent, a 'Why am I seeing this?' panel, an auditor's statement, "
                              "an editorial blurb, a personal shopper; 客服, 小红书 style) with references back "
                              "('that purchase', 'those two'); 50 of 92 refusals unfaithful (Wilson 95% 0.44-0.64)"},
    "independent17": {"precision": 0.758, "recall": 1.0, "n": 100,
                      "by_lang": {"en": {"precision": 0.778, "recall": 1.0},
                                  "zh": {"precision": 0.714, "recall": 1.0}},
                      "when": "2026-12-07 23:30 UTC (commit b543d85), after the fixes prompted by independent16, "
                              "before any change it prompted; its labeller wrote the outputs of ten prompt styles of "
                              "a product team's A/B test (one short sentence, friendly, two facts with numbers, item "
                              "first, purchase first, plain 'Recommended: ... Basis: ...', a question opener, a "
                              "comparison, popularity, what a removal would change); 50 of 66 refusals unfaithful "
                              "(Wilson 95% 0.64-0.85)"},
    "independent18": {"precision": 0.563, "recall": 0.98, "n": 100,
                      "by_lang": {"en": {"precision": 0.576, "recall": 0.971},
                                  "zh": {"precision": 0.536, "recall": 1.0}},
                      "when": "2026-12-08 00:02 UTC (commit dae4e10), after the fixes prompted by independent17, "
                              "before any change it prompted; its labeller transcribed spoken explanations (a voice "
                              "assistant, a shop-floor assistant, a phone agent, a friend; 语音助手, 店员, 电话客服) "
                              "with numbers said in words ('two hundred and seventy-one', '三百零七'); 49 of 87 "
                              "refusals unfaithful (Wilson 95% 0.46-0.66)"},
    "independent19": {"precision": 0.904, "recall": 0.94, "n": 100,
                      "by_lang": {"en": {"precision": 0.917, "recall": 0.943},
                                  "zh": {"precision": 0.875, "recall": 0.933}},
                      "when": "2026-12-08 00:31 UTC (commit 01314a7), after the fixes prompted by independent18, "
                              "before any change it prompted; its labeller rotated an easy-read voice (very short "
                              "sentences), a merchant dashboard in the third person and a newsletter blurb; 47 of 52 "
                              "refusals unfaithful (Wilson 95% 0.79-0.96); 3 of 50 unfaithful passed"},
    "independent20": {"precision": 0.98, "recall": 1.0, "n": 100,
                      "by_lang": {"en": {"precision": 1.0, "recall": 1.0},
                                  "zh": {"precision": 0.938, "recall": 1.0}},
                      "when": "2026-12-08 00:51 UTC (commit 6653c29), after the fixes prompted by independent19, "
                              "before any change it prompted; its labeller wrote one-sentence reasons as a small "
                              "on-device language model writes them, with a small model's typical slips planted in "
                              "the unfaithful ones; 50 of 51 refusals unfaithful (Wilson 95% 0.90-1.00)"},
    "independent21": {"precision": 0.955, "recall": 0.84, "n": 100,
                      "by_lang": {"en": {"precision": 0.933, "recall": 0.8},
                                  "zh": {"precision": 1.0, "recall": 0.933}},
                      "when": "commit ad64cee (the number bindings found again in sets 2-19), before any change it "
                              "prompted; the first set of real model outputs: its labeller ran Gemma 3 270M (93 rows) "
                              "and SmolLM2-135M (7 rows) through llama-cpp-python with prompts of their own and "
                              "labelled verbatim outputs; 42 of 44 refusals unfaithful (Wilson 95% 0.85-0.99); "
                              "8 of 50 unfaithful passed (you bought it: the recommended item called owned; a history "
                              "item recommended after 'the magazine'; a counterfactual said as an event)"},
    "independent22": {"precision": 0.889, "recall": 0.8, "n": 100,
                      "by_lang": {"en": {"precision": 0.839, "recall": 0.743},
                                  "zh": {"precision": 1.0, "recall": 0.933}},
                      "when": "commit bf00212 (set 23's fixes, which it did not prompt), before any change it "
                              "prompted; real model outputs from a second blind helper's prompts (SmolLM2-135M 34 "
                              "rows, Gemma 3 270M 66); 40 of 45 refusals unfaithful (Wilson 95% 0.77-0.95); "
                              "10 of 50 unfaithful passed ('Try the H', 'Your purchase of R', 'The shopper bought R', "
                              "buyers of H who 'also bought' H, a format in brackets from another title, changed "
                              "titles, 'The shopper recommended ...')"},
    "independent23": {"precision": 0.84, "recall": 0.84, "n": 100,
                      "by_lang": {"en": {"precision": 0.879, "recall": 0.829},
                                  "zh": {"precision": 0.765, "recall": 0.867}},
                      "when": "commit dbb3b1c (set 21's fixes and five rounds of hand probing), before any change it "
                              "prompted; the second set of real model outputs (Gemma 3 270M 80 rows, SmolLM2-135M 20), "
                              "prompts and labels by a blind helper; 42 of 50 refusals unfaithful (Wilson 95% "
                              "0.71-0.92; 6 of the 8 faithful refused end without a full stop); 8 of 50 "
                              "unfaithful passed (a history item as 'our suggestion' or after 'We recommend The', "
                              "a title mixed with another's model code, '买过 R' after a comma, a brand's name on a "
                              "gift card it does not make, 'One user', 'you rated it too')"},
    "independent24": {"precision": 0.831, "recall": 0.98, "n": 100,
                      "by_lang": {"en": {"precision": 0.854, "recall": 1.0},
                                  "zh": {"precision": 0.778, "recall": 0.933}},
                      "at_session_start": {"precision": 0.797, "recall": 0.94, "commit": "d1c2b54"},
                      "when": "commit f5741cf, before any change it prompted (after this session's fixes from sets 22 "
                              "and 23 and hand probes of the new bundle kinds); the first set on bundles of its own "
                              "(benchmarks/independent24/bundles.jsonl: DeepFM + integrated-gradients features, "
                              "content-model similar items, MovieLens latest-small, ItemKNN on the Amazon sets); real "
                              "outputs of Gemma 3 270M (74 rows) and SmolLM2-135M (26), prompts and labels by a blind "
                              "helper; 49 of 59 refusals unfaithful (Wilson 95% 0.72-0.91); 1 of 50 unfaithful passed "
                              "(buyers of H said to have 'also bought' H' in Chinese); refused faithful: attribution "
                              "and likeness verbs ('pushed', 'raised its score', 'resembles'), '人气第 34' as a rank, "
                              "Chinese texts ending '也买过它' without a stop, '是一个不错的选择', 'use'"},
    "independent25": {"precision": 0.889, "recall": 0.96, "n": 100,
                      "by_lang": {"en": {"precision": 0.892, "recall": 0.943},
                                  "zh": {"precision": 0.882, "recall": 1.0}},
                      "when": "commit b2cd310 (set 24's fixes), before any change it prompted; bundles of its own "
                              "(benchmarks/independent25/bundles.jsonl: SASRec attention and NFM features on a fresh "
                              "shop, the content model's similar gift cards, EASE counterfactuals on ML-100K and "
                              "Magazines with other seeds); real outputs of Gemma 3 270M (79 rows) and SmolLM2-135M "
                              "(21), prompts and labels by a blind helper; 48 of 54 refusals unfaithful (Wilson 95% "
                              "0.78-0.95); 2 of 50 unfaithful passed ('the only item on your list that ...', a "
                              "shopper's item as the subject of 'has been bought by' the recommended item's count)"},
}
FRESH_SETS = tuple(FIRST_LOOK)
#: labelled sentences measured once after the fixes a set prompted and before any change of their own: the other
#: candidates set 21's labeller labelled and did not select (same writer, same register), a second look at its fixes
SECOND_LOOK = {
    "independent21/more": {"precision": 0.975, "recall": 0.963, "n": 127,
                           "before_fixes_of_set_21": {"precision": 0.973, "recall": 0.878},
                           "when": "after the fixes set 21 prompted, before the three it prompted itself ('你买了它', "
                                   "a brand before the kind noun, a Latin kind noun after 推荐你); Gemma 3 270M "
                                   "outputs, 82 unfaithful and 45 faithful"},
}


def independent_bundles(folder: Path = INDEPENDENT) -> dict[str, Facts]:
    """The evidence bundles an independent set is labelled on: the nearest bundles.jsonl in ``folder`` or its parent
    (sets 24 and 25 brought their own; ``independent21/more`` is its parent's), else
    benchmarks/independent/bundles.jsonl; {} without the file."""
    return _bundles(next((p / "bundles.jsonl" for p in (folder, folder.parent) if (p / "bundles.jsonl").exists()),
                         INDEPENDENT / "bundles.jsonl"))


@functools.cache
def _bundles(bundles: Path) -> dict[str, Facts]:
    """The bundles of one file, read once."""
    if not bundles.exists():
        return {}
    rows = [json.loads(x) for x in bundles.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {str(b["id"]): Facts.from_dict(b["facts"]) for b in rows}


def independent_checker(folder: Path = INDEPENDENT) -> dict:
    """Precision / recall of the checker (closed world: phrase language or content gate, then the open-world
    rules) on ``folder``/labelled.jsonl (labelled by a separate session that never read the checker); positive =
    unfaithful. Bundles are benchmarks/independent/bundles.jsonl."""
    path = folder / "labelled.jsonl"
    cases = independent_bundles(folder)
    if not path.exists() or not cases:
        return {}
    out: dict = {"by_source": {}, "by_lang": {}}
    rows: list = []
    rules: list = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        f = cases.get(str(r["case"]))
        if f is None:
            continue
        rows.append((r, not check(r["text"], f, r["lang"]).passed))
        rules.append((r, not check(r["text"], f, r["lang"], closed=False).passed))

    def prf(sel: list) -> dict:
        tp = sum(fl and not r["faithful"] for r, fl in sel)
        fp = sum(fl and r["faithful"] for r, fl in sel)
        fn = sum(not fl and not r["faithful"] for r, fl in sel)
        return {"precision": tp / (tp + fp) if tp + fp else None, "recall": tp / (tp + fn) if tp + fn else None,
                "n": len(sel), "unfaithful": tp + fn, "flagged": tp + fp, "faithful_passed": sum(
                    (not fl) and r["faithful"] for r, fl in sel)}

    out.update(prf(rows))
    out["open_world_rules_alone"] = prf(rules)
    out["open_world_rules_by_source"] = {
        src: prf([x for x in rules if x[0].get("source", "?") == src]) for src in sorted({r.get("source", "?")
                                                                                        for r, _ in rules})}
    for src in sorted({r.get("source", "?") for r, _ in rows}):
        out["by_source"][src] = prf([x for x in rows if x[0].get("source", "?") == src])
    for lg in sorted({r["lang"] for r, _ in rows}):
        out["by_lang"][lg] = prf([x for x in rows if x[0]["lang"] == lg])
    return out


def shown_labels() -> dict:
    """Unfaithful shown texts on the independent bundles, as labelled by the independent labeller
    (benchmarks/independent/shown_labelled.jsonl: the narrator's shown texts, labelled blind to the checker)."""
    path = INDEPENDENT / "shown_labelled.jsonl"
    if not path.exists():
        return {}
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    bad = sum(not r["faithful"] for r in rows)
    out = {"unfaithful_shown": bad, "n_shown": len(rows), "unfaithful_shown_ci95": wilson(bad, len(rows)),
           "by_lang": {}}
    for lg in sorted({r["lang"] for r in rows}):
        sel = [r for r in rows if r["lang"] == lg]
        k = sum(not r["faithful"] for r in sel)
        out["by_lang"][lg] = {"unfaithful_shown": k, "n_shown": len(sel), "ci95": wilson(k, len(sel)),
                              "fluent": sum(bool(r.get("fluent")) for r in sel)}
    return out


def checker_sections(indep: dict, shown: dict) -> dict:
    """The report's ``checker_independent`` record (the headline is benchmarks/independent/, which the content
    gate's author saw; ``fresh_sets`` holds the later sets, now and at first look)."""
    fresh = {}
    looks = [(name, "first_look", look) for name, look in FIRST_LOOK.items()] + [
        (name, "second_look", look) for name, look in SECOND_LOOK.items()]
    for name, kind, look in looks:
        m = independent_checker(INDEPENDENT.parent / name)
        if m:
            fresh[name] = {"now": {k: m[k] for k in ("precision", "recall", "n", "unfaithful", "flagged")},
                           "by_lang": m["by_lang"], kind: look}
    return {
        "precision": indep.get("precision"), "recall": indep.get("recall"), "n": indep.get("n", 0),
        "unfaithful_shown": shown.get("unfaithful_shown"), "n_shown": shown.get("n_shown", 0),
        "unfaithful_shown_ci95": shown.get("unfaithful_shown_ci95"), "detail": indep,
        "shown_by_lang": shown.get("by_lang", {}), "fresh_sets": fresh,
        "note": "the headline set was seen while the content gate was built; the fresh sets' first-look figures "
                "are the fairest estimate of what an unseen hand-labelled set gives",
    }


def checker_record(dev_rules: dict | None = None) -> dict:
    """The developer-labelled set's figures: open-world rules alone, and the whole checker by split."""
    dev_rules = dev_rules or checker_metrics(closed=False)
    whole = checker_metrics(closed=True)
    return {"developer_set_rules": {k: dev_rules[k] for k in ("precision", "recall", "n")},
            "developer_set_checker": {k: whole[k] for k in ("precision", "recall", "n")},
            "developer_set_checker_by_split": {k: {x: v[x] for x in ("precision", "recall", "n")}
                                               for k, v in whole["by_split"].items()},
            "note": "developer-labelled set (free sentences written to exercise the rules). The content gate's "
                    "vocabulary was grown on split 'dev' only; 'heldout' was not looked at sentence by sentence. "
                    "Some of its 'faithful' labels credit a counterfactual naming one of several removed items, "
                    "which the checker (and the independent labellers) refuse."}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="explanations per dataset (template)")
    ap.add_argument("--n-llm", type=int, default=60, help="explanations per dataset for each LLM backend")
    ap.add_argument("--langs", default="en,zh")
    ap.add_argument("--backends", default="template,smollm2,gemma")
    ap.add_argument("--datasets", default="sample-shop,amazon-gift-cards")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--checker-only", action="store_true",
                    help="keep narrate.json's narration results; measure the checkers and labelled shown texts")
    args = ap.parse_args()
    if args.checker_only:
        out = json.loads((OUT / "narrate.json").read_text())
        out["checker_independent"] = checker_sections(independent_checker(), shown_labels())
        out["checker"] = checker_record()
        (OUT / "narrate.json").write_text(json.dumps(out, indent=1, ensure_ascii=False))
        write_md(out)
        return
    t0 = time.time()
    results = []
    for dname in args.datasets.split(","):
        facts, ds = explanations(dname, args.n, args.seed)
        cat = CatalogueIndex.from_items(ds)
        for b in args.backends.split(","):
            sub = facts if b == "template" else facts[: args.n_llm]
            for lang in args.langs.split(","):
                r = run(b, sub, cat, lang)
                r["dataset"], r["lang"] = dname, lang
                results.append(r)
                print(json.dumps({k: r[k] for k in ("backend", "dataset", "lang", "metrics")}), flush=True)
    dev_rules = checker_metrics(closed=False)
    load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    indep = independent_checker()
    shown = shown_labels()
    out = {
        "command": "flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/narrate.py "
        + f"--n {args.n} --n-llm {args.n_llm} --langs {args.langs} --backends {args.backends} "
        + f"--datasets {args.datasets}",
        "machine": f"{platform.machine()} {os.cpu_count()}-core CPU, no GPU",
        "load": load,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": time.time() - t0,
        "results": [{k: v for k, v in r.items() if k != "shown"} for r in results],
        "checker": checker_record(dev_rules),
        "checker_independent": checker_sections(indep, shown),
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "narrate.json").write_text(json.dumps(out, indent=1, ensure_ascii=False))
    with (OUT / "narrate_shown.jsonl").open("w", encoding="utf-8") as fh:  # every shown text, for audits
        for r in results:
            for x in r["shown"]:
                fh.write(json.dumps({"backend": r["backend"], "lang": r["lang"], "dataset": r["dataset"], **x},
                                    ensure_ascii=False) + "\n")
    write_md(out)


def write_md(out: dict) -> None:
    lines = [
        "# Narration benchmark", "", f"Command: `{out['command']}`  ",
        f"Machine: {out['machine']}; load: {out['load']}  ",
        f"Date: {out['date']}; total {out['seconds']:.0f} s", "",
        "All rates are over the texts a shopper is SHOWN (LLM text that passed both gates, else the template). "
        "Quality checks are defined in `src/whyrec/narrate/quality.py`; `shown pass` is the closed-world fact "
        "checker. LLM cells use the first `--n-llm` explanations of the same sample.", "",
        "| backend | lang | dataset | n | quality pass | LLM share | shown pass | USR | distinct-2 | truncated "
        "| cand./narration | ms median | ms p95 |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in out["results"]:
        m = r["metrics"]
        lines.append(f"| {r['backend']} | {r['lang']} | {r['dataset']} | {m['n']} | {m['quality_pass']:.2f} | "
                     f"{m['llm_share']:.2f} | {m['shown_pass_rate']:.2f} | {m['usr']:.2f} | {m['distinct2']:.2f} | "
                     f"{m['truncated']} | {m['candidates_per_narration']:.2f} | {m['ms_median']:.0f} | "
                     f"{m['ms_p95']:.0f} |")
    lines += ["", "Per quality check (share of shown texts passing it):", "",
              "| backend | lang | dataset | " + " | ".join(CHECKS) + " |", "|---|---|---|" + "---|" * len(CHECKS)]
    for r in out["results"]:
        m = r["metrics"]
        lines.append(f"| {r['backend']} | {r['lang']} | {r['dataset']} | "
                     + " | ".join(f"{m['quality_' + c]:.2f}" for c in CHECKS) + " |")
    c = out["checker"]["developer_set_rules"]
    ci = out["checker_independent"]

    def fmt(x: float | None) -> str:
        return "-" if x is None else f"{x:.3f}"

    lines += ["", "## Fact checker", "",
              f"- Developer-labelled set, open-world rules alone: precision {c['precision']:.3f}, recall "
              f"{c['recall']:.3f}, n = {c['n']}."]
    for split, v in out["checker"].get("developer_set_checker_by_split", {}).items():
        lines.append(f"  - whole checker, split {split}: precision {v['precision']:.3f}, recall {v['recall']:.3f}, "
                     f"n = {v['n']}")
    if ci.get("n"):
        d = ci["detail"]
        lines.append(f"- Independently labelled set (`benchmarks/independent/`), closed-world checker: precision "
                     f"{fmt(ci['precision'])}, recall {fmt(ci['recall'])}, n = {ci['n']}.")
        for src, v in d.get("by_source", {}).items():
            lines.append(f"  - source {src}: precision {fmt(v['precision'])}, recall {fmt(v['recall'])}, "
                         f"n = {v['n']} ({v['unfaithful']} unfaithful, {v['faithful_passed']} faithful passed)")
        for lg, v in d.get("by_lang", {}).items():
            lines.append(f"  - {lg}: precision {fmt(v['precision'])}, recall {fmt(v['recall'])}, n = {v['n']}")
        v = d.get("open_world_rules_alone", {})
        if v:
            lines.append(f"- The same set, open-world rules alone (`closed=False`): precision {fmt(v['precision'])}, "
                         f"recall {fmt(v['recall'])}, n = {v['n']}.")
            for src, w in d.get("open_world_rules_by_source", {}).items():
                lines.append(f"  - source {src}: precision {fmt(w['precision'])}, recall {fmt(w['recall'])}")
    for name, v in ci.get("fresh_sets", {}).items():
        now, first = v["now"], v.get("first_look") or v.get("second_look") or {}
        look = "first" if "first_look" in v else "second"
        lines.append(f"- Fresh set `benchmarks/{name}/` (n = {now['n']}): now precision {fmt(now['precision'])}, "
                     f"recall {fmt(now['recall'])}; at {look} look precision {fmt(first.get('precision'))}, recall "
                     f"{fmt(first.get('recall'))} ({first.get('when', '')}).")
    if ci.get("n_shown"):
        lo, hi = ci["unfaithful_shown_ci95"]
        lines.append(f"- Shown texts on the independent bundles, labelled independently: {ci['unfaithful_shown']} "
                     f"of {ci['n_shown']} unfaithful (95% CI {lo:.3f}-{hi:.3f}).")
        for lg, v in ci.get("shown_by_lang", {}).items():
            lines.append(f"  - {lg}: {v['unfaithful_shown']} of {v['n_shown']} unfaithful "
                         f"(95% CI {v['ci95'][0]:.3f}-{v['ci95'][1]:.3f}); judged fluent {v['fluent']}")
    lines += ["", "## Examples (two worst and three best shown texts per cell, by the quality bar)", ""]
    for r in out["results"]:
        for ex in r["examples"]:
            why = f"; quality: {', '.join(ex['quality'])}" if ex["quality"] else ""
            lines.append(f"- {ex['kind']} / {r['backend']} / {r['lang']} / {r['dataset']}: {ex['text']} "
                         f"(shown from {ex['backend']}, checked {ex['checked']}{why})")
    notes = OUT / "narrate.notes.md"  # hand-written reading of the figures, kept across runs
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").rstrip()]
    (OUT / "narrate.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
