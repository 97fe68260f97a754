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

from whyrec.narrate.factcheck.claims import Claim
from whyrec.narrate.facts import Facts
from whyrec.narrate.phrases import sentence_language

__all__ = ["verify"]


def verify(text: str, facts: Facts, lang: str) -> Claim:
    """A ``sentence`` claim: supported when ``text`` is a sentence of the facts' phrase language."""
    language = sentence_language(facts, lang)
    s = text.strip()
    if language.accepts(s):
        return Claim("sentence", s, None, True, "built only from the evidence's role-bound phrases")
    lo = language.longest_prefix(s)
    where = s[lo:lo + 30]
    return Claim("sentence", s, where, False,
                 f"not verifiable: the text leaves the evidence's phrases at {where!r} (character {lo})")

