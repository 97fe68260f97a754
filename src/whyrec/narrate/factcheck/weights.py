"""The main reason: "mainly because you bought X", "X is the main reason", "主要因为你买过 X", "mainly because of its
brand" name the evidence that weighs most.

The top item is the first history item (the attribution weights are sorted, top first; equal weights are all
top), any item of a verified counterfactual's removed set (their removal moves the item), and, when the evidence
has no history, the first similar item or the co-purchase partner with the largest count. The top feature is the
first of the feature list. A "main reason" said of another evidence item or feature is refused.

A weight written as a figure ("X (weight 0.31)", "X, which contributes 0.315") is the weight of the history item
named nearest before it in its clause, or of the feature whose field is named right before it ("price: 0.12").
"""

from __future__ import annotations

import re

from whyrec.narrate.factcheck.claims import Claim
from whyrec.narrate.factcheck.claims import add_claim as _claim
from whyrec.narrate.factcheck.mentions import Mention, Support
from whyrec.narrate.facts import Facts

_MAIN_EN = r"(?:mainly|mostly|primarily|chiefly|largely|above all|most of all)"
#: the cue, then the item it picks in the same clause ("mainly because you bought X", "mostly down to your X")
_MAIN_BEFORE_EN = re.compile(rf"\b{_MAIN_EN}\b[^,.;!?]{{0,40}}$")
#: the item, then the cue ("X is the main reason", "X, mostly", "the X you bought is the biggest reason")
_MAIN_AFTER_EN = re.compile(rf"^[^,.;!?]{{0,30}}?\b(?:is|was|are)\s+(?:the|our)\s+(?:main|biggest|chief|strongest|"
                            rf"primary|key)\s+(?:reason|factor|signal|driver)\b|^\W{{0,3}},?\s*{_MAIN_EN}\b")
_MAIN_BEFORE_ZH = re.compile(r"主要(?:是)?(?:因为|由于|依据|来自|得益于|基于|靠)[^，。；！？]{0,20}$")
#: "mainly because of its brand", "主要因为它的品牌": the feature field
_FIELD_EN = re.compile(rf"\b{_MAIN_EN}\s+(?:because\s+of|due\s+to|thanks\s+to|for|on)\s+(?:its|the(?:\s+item's)?)\s+"
                       r"(brand|category|price|department|colou?r|size|type|genre)\b")
_FIELD_ZH = re.compile(r"主要(?:是)?(?:因为|由于|得益于|看)(?:它的|其)?\s*(品牌|类别|品类|价格|价位|部门)")
_FIELD_ZH_NAMES = {"品牌": "brand", "类别": "category", "品类": "category", "价格": "price", "价位": "price",
                   "部门": "department"}


def top_items(facts: Facts) -> set[str]:
    """The evidence items a "main reason" may name."""
    out: set[str] = set()
    if facts.history:
        best = facts.history[0][1]
        out |= {it.item for it, w in facts.history if abs(w - best) < 1e-9}
    else:
        if facts.similar:
            out.add(facts.similar[0][0].item)
        if facts.neighbours:
            most = max(c for _, c in facts.neighbours)
            out |= {it.item for it, c in facts.neighbours if c == most}
    out |= {it.item for it in facts.counterfactual_items()}
    return out


def check_main_reason(low: str, mentions: list[Mention], sup: Support, claims: list[Claim]) -> None:
    """Refuse a main reason said of an evidence item or a feature that does not weigh most."""
    facts = sup.facts
    top = top_items(facts)
    for m in mentions:
        if m.role != "evidence" or not top or m.items & top:
            continue
        before, after = low[max(0, m.start - 60):m.start], low[m.end:m.end + 60]
        if _MAIN_BEFORE_EN.search(before) or _MAIN_AFTER_EN.search(after) or _MAIN_BEFORE_ZH.search(before):
            _claim(claims, "relation", m.text, ("main_reason", sorted(m.items)), False,
                   "says this item weighs most; the evidence's strongest item is another")
    if not facts.features:
        return
    first = str(facts.features[0][0]).lower()
    for pat, names in ((_FIELD_EN, None), (_FIELD_ZH, _FIELD_ZH_NAMES)):
        for f in pat.finditer(low):
            field = names[f.group(1)] if names else f.group(1).replace("colour", "color")
            if field != first:
                _claim(claims, "relation", f.group(), ("main_feature", field), False,
                       f"says the {field} weighs most; the strongest feature is the {first}")


_DECIMAL = re.compile(r"(?<![\d.$])(-?0?\.\d{2,4})(?![\d%])")


def said_as_decimal(v: float, x: float) -> bool:
    """Whether the figure ``v`` is ``x`` written to two or three places (weights.py and similarity.py bind both)."""
    return abs(v - round(x, 2)) < 0.0051 or abs(v - round(x, 3)) < 0.0006


def check_weight_figures(low: str, mentions: list[Mention], sup: Support, claims: list[Claim]) -> None:
    """A decimal figure right after a history item (in its clause) is that item's attribution weight."""
    weights = {it.item: w for it, w in sup.facts.history}
    similar = {it.item for it, _, _ in sup.facts.similar}
    fields = {str(name).lower(): w for name, _, w in sup.facts.features}
    for f in _DECIMAL.finditer(low):
        v = float(f.group(1))
        field = re.search(r"\b([a-z]+)\s*(?:[:(=]|\bof\b|\bis\b)?\s*$", low[max(0, f.start() - 30):f.start()])
        if field is not None and field.group(1) in fields:
            w = fields[field.group(1)]
            ok = said_as_decimal(v, w)
            _claim(claims, "number", f.group(), v, ok, f"the weight of the {field.group(1)} feature" if ok else
                   f"the weight of the {field.group(1)} feature is {round(w, 3)}")
            continue
        before = [m for m in mentions if m.end <= f.start() and not re.search(r"[;。；]", low[m.end:f.start()])]
        if not before or f.start() - before[-1].end > 40 or before[-1].role != "evidence":
            continue
        m = before[-1]
        if m.items & similar and re.search(r"similar|相似", low[m.start - 40 if m.start > 40 else 0:f.end()]):
            continue  # a similarity figure (similarity.check_similarity)
        pool = [weights[i] for i in m.items if i in weights]
        if not pool:
            continue
        ok = any(said_as_decimal(v, w) for w in pool)
        _claim(claims, "number", f.group(), v, ok, f"the attribution weight of {m.text}" if ok else
               f"the weight of {m.text} is {[round(w, 3) for w in pool]}")
