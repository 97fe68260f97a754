"""The fact checker: closed-world by default, with the open-world rules behind it.

:func:`check` runs two layers and passes a text only when both pass:

1. the **closed-world** gate: the text must be a sentence of the evidence's
   role-bound phrase language (:mod:`.closed`,
   :func:`whyrec.narrate.phrases.sentence_language`), or else pass the
   **content gate** (:mod:`.content`): every word outside the evidence's names
   is in the closed vocabulary (:mod:`.vocabulary`) and every count, price,
   rank, superlative, counterfactual and recommended item is bound to its fact
   with its role; what neither can verify is refused;
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
:mod:`.content`, :mod:`.words`, :mod:`.vocabulary` and :mod:`.word_classes` (the closed vocabulary),
:mod:`.titles` (changed and mixed names), :mod:`.partners` (whose buyers a count counts),
:mod:`.positions` (which list a position is in), :mod:`.weights` (which evidence a "main reason" may name),
:mod:`.similarity` (each similar item's cosine and shared words),
:mod:`.glossary` (Chinese words of catalogue categories), :mod:`.untrusted`.
"""

from __future__ import annotations

from whyrec.narrate.factcheck.catalogue import CatalogueIndex
from whyrec.narrate.factcheck.claims import NO_ROLE, CheckResult, Claim
from whyrec.narrate.factcheck.closed import verify
from whyrec.narrate.factcheck.content import verify_content
from whyrec.narrate.factcheck.lexicons import digits_for_words
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
    evidence's role-bound phrase language. Numbers above ten said in words, English or Chinese, are read as digits
    (:func:`.lexicons.digits_for_words`), and the claims quote them so."""
    text = digits_for_words(text) if isinstance(text, str) else text  # "thirty shoppers" is bound as "30 shoppers"
    res = check_rules(text, facts, lang, catalogue)
    faults = list(res.unsupported)
    gate = verify(text, facts, lang) if closed else None
    if gate is not None and not gate.supported:  # not a sentence of the phrase language: the content gate
        content = verify_content(text, facts, lang, catalogue)
        bad = [c for c in content if not c.supported]
        if not bad:  # a number the gate bound inside a superlative ("one of the 10 most popular") is its rank,
            # and a number word the open-world rules could give no role ("the evidence has no number 2") is what the
            # gate bound to its role and verified ("your two kettles, X and Y": a count of the items named)
            bound: list[str] | set[str] = [c.text for c in content if c.kind == "superlative"]
            verified = [(c.text, c.value) for c in content if c.kind == "number" and c.supported]
            faults = [c for c in faults if not (c.kind == "number" and (any(c.text in t for t in bound) or (
                c.why.startswith(NO_ROLE) and any(c.text in t and c.value == v for t, v in verified))))]
            bad = faults  # what the open-world rules refute is not verified either
        if not bad:
            gate = Claim("sentence", text.strip(), None, True, "every word outside the evidence's names is in the "
                         "closed vocabulary, and every number, superlative and counterfactual is bound to its fact")
        else:
            gate = Claim("sentence", text.strip(), bad[0].text, False, f"not verifiable: {bad[0].text!r}: {bad[0].why}")
    if gate is not None and gate.supported:  # a quoted name the language bound to an evidence item is that item
        bound = {n.strip('"“”') for n in sentence_language(facts, lang).names.values()}
        faults = [c for c in faults if not (c.kind == "item" and c.text.strip('"“”') in bound)]
    # unsafe claims right after the gate: the clearest reason first
    faults = [c for c in faults if c.kind == "unsafe"] + [c for c in faults if c.kind != "unsafe"]
    if gate is None:
        return CheckResult(res.passed, res.claims, faults)
    unsupported = ([] if gate.supported else [gate]) + faults
    return CheckResult(passed=not unsupported, claims=[gate, *res.claims], unsupported=unsupported)
