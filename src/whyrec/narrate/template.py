"""The template backend: deterministic reasons in English and Chinese, built only from the Facts.

A template reason is a seeded walk over the same role-bound phrase language
that constrains the LLM and that the closed-world checker reads
(:func:`whyrec.narrate.phrases.sentence_language`): which phrasing and which
extra evidence are used depends on the backend's ``seed`` and on the facts
(a stable hash), so the same facts give the same text in every process and
different recommendations read differently. It is the narrator's fallback.
"""

from __future__ import annotations

import hashlib
import random

from whyrec.errors import check_choice, check_int
from whyrec.narrate.facts import LANGS, Facts
from whyrec.narrate.phrases import sentence_language

__all__ = ["TemplateBackend"]

class TemplateBackend:
    """Deterministic narration from Facts (``en`` and ``zh``); always available.

    ``write(facts, lang, n)`` returns ``n`` texts (fewer when the facts allow
    fewer distinct phrasings), the first being this seed's choice.

    Examples
    --------
    >>> from whyrec.narrate.facts import Facts
    >>> f = Facts("U1", ItemFacts("P2", "Nimbus X2 Charger 20W"), 1, "additive",
    ...           history=[(ItemFacts("P1", "Nimbus X1 Smartphone 64GB"), 0.4)])
    >>> TemplateBackend(seed=0).write(f, "en")[0]  # doctest: +SKIP
    'Because you bought Nimbus X1 Smartphone 64GB, we recommend Nimbus X2 Charger 20W.'
    """

    name = "template"

    def __init__(self, seed: int = 0) -> None:
        self.seed = check_int("seed", seed, 0)

    def _rng(self, facts: Facts, lang: str, j: int) -> random.Random:
        key = f"{self.seed}|{lang}|{j}|{facts.to_json()}".encode()
        return random.Random(int.from_bytes(hashlib.sha256(key).digest()[:8], "big"))

    def write(self, facts: Facts, lang: str = "en", n: int = 1) -> list[str]:
        """``n`` distinct reasons for ``facts`` in ``lang`` (``"en"`` or ``"zh"``)."""
        if not isinstance(facts, Facts):
            raise TypeError(f"facts must be a whyrec.narrate.Facts; got {type(facts).__name__}")
        check_choice("lang", lang, LANGS)
        n = check_int("n", n, 1, 50)
        out: list[str] = []
        for j in range(4 * n):
            text = self._one(facts, lang, self._rng(facts, lang, j))
            if text not in out:
                out.append(text)
            if len(out) == n:
                break
        return out

    def _one(self, f: Facts, lang: str, rnd: random.Random) -> str:
        return sentence_language(f, lang).walk(rnd)
