"""The closed-world check: a shown sentence must be a sentence of the evidence's role-bound phrase language.

:func:`verify` accepts a text only when it can be read as
:func:`whyrec.narrate.phrases.sentence_language` of the same Facts: every
name, number, relation, superlative and verb in it then sits in a phrase that
was built from the fact it states, with the role that fact has. Whatever the
language cannot produce (a free word, a number beside another item, a
negation, "most bought" for rank 3, "bought" for a rating) is refused, even
when no open-world rule recognises it as a claim.
"""

from __future__ import annotations

import functools
from typing import Any

from whyrec.narrate.factcheck.claims import Claim
from whyrec.narrate.facts import Facts
from whyrec.narrate.phrases import sentence_language

__all__ = ["verify"]


def verify(text: str, facts: Facts, lang: str) -> Claim:
    """A ``sentence`` claim: supported when ``text`` is a sentence of the facts' phrase language."""
    pattern = sentence_language(facts, lang).regex()
    s = text.strip()
    if pattern.fullmatch(s):
        return Claim("sentence", s, None, True, "built only from the evidence's role-bound phrases")
    lo = _longest_prefix(pattern.pattern, s)
    where = s[lo:lo + 30]
    return Claim("sentence", s, where, False,
                 f"not verifiable: the text leaves the evidence's phrases at {where!r} (character {lo})")


def _longest_prefix(source: str, s: str) -> int:
    """The length of the longest prefix of ``s`` that some sentence of the language starts with (binary search
    with the ``regex`` package's partial matching; 0 when it is missing)."""
    pat = _partial(source)
    if pat is None:
        return 0
    lo, hi = 0, len(s)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if pat.fullmatch(s[:mid], partial=True) is not None:
            lo = mid
        else:
            hi = mid - 1
    return lo


@functools.lru_cache(maxsize=256)
def _partial(source: str) -> Any:
    """``source`` compiled by the ``regex`` package (None without it; it comes with sentence-transformers)."""
    try:
        import regex
    except ImportError:  # pragma: no cover
        return None
    return regex.compile(source)
