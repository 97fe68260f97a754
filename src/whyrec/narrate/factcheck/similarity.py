"""Similar items (content similarity facts): each cosine and each shared word belongs to its own history item.

- a similarity figure ("88% similar", "a similarity of 0.88", "相似度 0.88") is the cosine of the similar item
  named nearest to it in its sentence (any similar item's when none is named), as a percentage (rounded or cut)
  or a decimal (to two places or one);
- words said to be shared ("shares the words rugged and slim with X", "X and R are both protective", "都是") are
  the words the evidence lists as shared by that item and the recommended one, or words of their titles.
"""

from __future__ import annotations

import re

from whyrec.narrate.factcheck.claims import Claim
from whyrec.narrate.factcheck.claims import add_claim as _claim
from whyrec.narrate.factcheck.lexicons import _SENT, _tokens
from whyrec.narrate.factcheck.mentions import Mention, Support
from whyrec.narrate.factcheck.weights import said_as_decimal

_CUE = re.compile(r"\b(?:similar|similarity|alike|match(?:es|ing)?|close)\b|相似|类似|相近")
_FIGURE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(%|percent|per cent)|(?<![\d.])(0?\.\d{1,3}|1\.0+)(?![\d.%])")
_SHARED_CUE = re.compile(r"\b(?:shares?|shared|sharing|in common|both)\b|共同|都是|都有|一样")


def _matches(value: float, percent: bool, cosine: float) -> bool:
    if percent:
        return abs(value - round(100 * cosine)) < 0.5 or abs(value - int(100 * cosine)) < 0.5 or \
            abs(value - 100 * cosine) < 0.05
    return said_as_decimal(value, cosine) or abs(value - round(cosine, 1)) < 1e-9


def check_similarity(low: str, mentions: list[Mention], sup: Support, claims: list[Claim]) -> None:
    """Bind similarity figures and shared words to their similar item."""
    similar = {it.item: (cos, [w.lower() for w in words]) for it, cos, words in sup.facts.similar}
    if not similar:
        return
    shared_any = {t for _, words in similar.values() for w in words for t in (w, *_tokens(w))}
    for sm in _SENT.finditer(low):
        s, e = sm.start(), sm.end()
        cue = _CUE.search(low, s, e)
        named = [m for m in mentions if s <= m.start < e and m.role == "evidence"]
        if cue is not None:
            for f in _FIGURE.finditer(low, s, e):
                if abs(f.start() - cue.start()) > 40:
                    continue
                percent = f.group(2) is not None
                value = float(f.group(1) if percent else f.group(3))
                near = min(named, key=lambda m: min(abs(m.start - f.end()), abs(f.start() - m.end)), default=None)
                pool = [similar[i][0] for i in near.items if i in similar] if near is not None else [
                    c for c, _ in similar.values()]
                ok = any(_matches(value, percent, c) for c in pool)
                _claim(claims, "number", f.group(), value, ok,
                       "the cosine of the similar item it is said of" if ok else
                       (f"{near.text} has no similarity figure in the evidence" if near is not None and not pool else
                        f"the similarity figure of the item it is said of is {[round(c, 3) for c in pool]}"))
        if not _SHARED_CUE.search(low, s, e):
            continue
        items = {i for m in named for i in m.items if i in similar}
        if len(items) != 1:
            continue
        (item,) = items
        own = set(similar[item][1]) | {t for w in similar[item][1] for t in _tokens(w)}
        titles = {t for it in (sup.rec, sup.evidence.get(item)) if it is not None and it.title
                  for t in _tokens(it.title)}
        outside = [m for m in mentions if s <= m.start < e]
        for w in re.finditer(r"[a-z][a-z-]+", low[s:e]):
            a = s + w.start()
            if any(m.start <= a < m.end for m in outside):
                continue
            word = w.group()
            if word in shared_any and word not in own and word not in titles:
                _claim(claims, "attribute", word, word, False,
                       f"a word the evidence lists as shared with another item, not with {sup.evidence[item].title}")
