"""The fact checker: closed-world by default, with the open-world rules behind it.

:func:`check` runs two layers and passes a text only when both pass:

1. the **closed-world** gate (:mod:`.closed`): the text must be a sentence of
   the evidence's role-bound phrase language
   (:func:`whyrec.narrate.phrases.sentence_language`), so that every number,
   name, relation, negation and superlative is verified with its role, and
   anything it cannot verify is refused;
2. the **open-world rules** (:mod:`.rules`): the claims a text makes (items,
   brands, categories, prices, counts, ranks, relations, attributes, invented
   words), each checked against the Facts. They explain *why* a free text is
   wrong and are what ``closed=False`` measures on its own. They include the
   **untrusted-output guard** (:mod:`.untrusted`): a link, domain, e-mail,
   phone number, instruction, request to act outside the shop, login or
   payment request, or medical, legal or financial advice is an ``unsafe``
   claim, refused in both modes, quoted names included, and listed before
   the other rules' claims (after the closed-world gate's).

Parts: :mod:`.claims` (records), :mod:`.catalogue` (names a text may match),
:mod:`.lexicons` (word lists and patterns), :mod:`.rules`, :mod:`.closed`,
:mod:`.untrusted`.
"""

from __future__ import annotations

from whyrec.narrate.factcheck.catalogue import CatalogueIndex
from whyrec.narrate.factcheck.claims import CheckResult, Claim
from whyrec.narrate.factcheck.closed import verify
from whyrec.narrate.factcheck.rules import check as check_rules
from whyrec.narrate.factcheck.untrusted import hostile, screen
from whyrec.narrate.facts import LANGS, Facts
from whyrec.narrate.phrases import POPULAR_MAX_RANK, ZH_CATEGORY, is_popular, sentence_language

__all__ = ["LANGS", "POPULAR_MAX_RANK", "ZH_CATEGORY", "CatalogueIndex", "CheckResult", "Claim", "check",
           "check_rules", "hostile", "is_popular", "screen", "verify"]


def check(text: str, facts: Facts, lang: str = "en", catalogue: CatalogueIndex | None = None, *,
          closed: bool = True) -> CheckResult:
    """The claims of ``text`` about ``facts``; ``passed`` when the open-world rules find no unsupported claim and,
    with ``closed=True`` (the default, and what every shown text must pass), the text is a sentence of the
    evidence's role-bound phrase language."""
    res = check_rules(text, facts, lang, catalogue)
    if not closed:
        unsafe = [c for c in res.unsupported if c.kind == "unsafe"]  # the clearest reason first
        return CheckResult(res.passed, res.claims, unsafe + [c for c in res.unsupported if c.kind != "unsafe"])
    gate = verify(text, facts, lang)
    claims = [gate, *res.claims]
    rule_faults = list(res.unsupported)
    if gate.supported:  # a quoted name the language bound to an evidence item is that item, whatever its words
        bound = {n.strip('"“”') for n in sentence_language(facts, lang).names.values()}
        rule_faults = [c for c in rule_faults if not (c.kind == "item" and c.text.strip('"“”') in bound)]
    unsafe = [c for c in rule_faults if c.kind == "unsafe"]  # right after the gate: the clearest reason
    unsupported = ([] if gate.supported else [gate]) + unsafe + [c for c in rule_faults if c.kind != "unsafe"]
    return CheckResult(passed=not unsupported, claims=claims, unsupported=unsupported)
