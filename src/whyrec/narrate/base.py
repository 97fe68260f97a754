"""The :class:`Narrator`: LLM candidates, fact-checked, the template as the fallback; and :func:`make_backend`.

``Narrator(backend).narrate(explanation, lang)`` turns an Explanation (or
ready :class:`~whyrec.narrate.facts.Facts`) into a :class:`Narration`: it asks
the backend for up to ``n_candidates`` texts, one at a time (the first greedy),
and shows the first that passes both the closed-world fact checker
(:func:`whyrec.narrate.factcheck.check`) and the quality bar
(:func:`whyrec.narrate.quality.assess`); every candidate, sampled or not, goes
through the same two gates. When none passes, or the backend fails, it shows
the template's text (``fallback_used=True``, the reason in
``fallback_reason``). ``checked`` is True only when the shown text passed the
checker; ``quality`` holds the shown text's quality checks. Narrations are cached by a hash of the evidence, the
language and the backend (:mod:`whyrec.narrate.cache`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from whyrec.errors import WhyrecError, check_choice, check_int
from whyrec.narrate.cache import NarrationCache, evidence_key
from whyrec.narrate.facts import LANGS, Facts, facts_from


class NarrationBackendError(WhyrecError, RuntimeError):
    """A narration backend could not write (model missing, endpoint down ...); the Narrator falls back."""


class Backend(Protocol):
    """What a narration backend provides: a ``name`` and ``write(facts, lang, n) -> list[str]``."""

    name: str

    def write(self, facts: Facts, lang: str, n: int) -> list[str]:
        """``n`` candidate texts (may raise NarrationBackendError)."""
        ...


@dataclass
class Narration:
    """A shown reason: ``text``, the ``backend`` that wrote it, the checker's ``claims`` about it, ``checked``
    (True only when it passed), ``fallback_used`` (the template stood in for the LLM), ``ms`` (wall time),
    ``fallback_reason``, the ``llm`` that was tried (None for the template backend), ``candidates`` tried and
    whether it came from the cache."""

    text: str
    backend: str
    claims: list[dict[str, Any]]
    checked: bool
    fallback_used: bool
    ms: float
    fallback_reason: str | None = None
    llm: str | None = None
    candidates: int = 0
    cached: bool = False
    rejected: list[dict[str, Any]] = field(default_factory=list)
    quality: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "text": self.text, "backend": self.backend, "claims": list(self.claims), "checked": self.checked,
            "fallback_used": self.fallback_used, "ms": float(self.ms), "fallback_reason": self.fallback_reason,
            "llm": self.llm, "candidates": self.candidates, "cached": self.cached, "rejected": list(self.rejected),
            "quality": self.quality,
        }


def make_backend(spec: Any) -> Any:
    """A backend from a spec: ``"template"``, ``"local"`` (the shipped model chosen per language), ``"smollm2"``,
    ``"gemma"``, a ``.gguf`` path, or an ``http(s)://`` URL
    (``URL#model`` names the model; default ``$WHYREC_LLM_MODEL`` or ``"default"``; an ``http://`` URL to a host
    other than the loopback needs ``WHYREC_LLM_ALLOW_INSECURE=1``); backend objects pass through."""
    import os

    if not isinstance(spec, str):
        if hasattr(spec, "write") and hasattr(spec, "name"):
            return spec
        raise TypeError(f"backend must be 'template', 'local', a URL, a .gguf path or a backend; got {spec!r}")
    if spec == "template":
        from whyrec.narrate.template import TemplateBackend

        return TemplateBackend()
    if spec == "local":
        from whyrec.narrate.local import LocalByLanguage

        return LocalByLanguage()
    if spec in ("smollm2", "gemma"):
        from whyrec.narrate.local import LocalLLM, gemma_model_path

        return LocalLLM(gemma_model_path() if spec == "gemma" else None)
    if spec.startswith(("http://", "https://")):
        from whyrec.narrate.http import HttpLLM

        url, _, model = spec.partition("#")
        return HttpLLM(url, model or os.environ.get("WHYREC_LLM_MODEL", "default"),
                       allow_insecure=os.environ.get("WHYREC_LLM_ALLOW_INSECURE", "") == "1")
    if spec.endswith(".gguf"):
        from whyrec.narrate.local import LocalLLM

        return LocalLLM(spec)
    raise ValueError(f"backend must be 'template', 'local', an http(s):// URL or a .gguf path; got {spec!r}")


class Narrator:
    """``Narrator(backend="template"|"local"|URL|Backend, *, n_candidates=3, catalogue=None, cache=True)``.

    ``catalogue`` (a :class:`~whyrec.narrate.factcheck.CatalogueIndex`) lets the
    checker reject names of catalogue items outside the evidence. A backend
    that cannot be built (model missing) is recorded and every narration falls
    back to the template with that reason.
    """

    def __init__(self, backend: Any = "template", *, n_candidates: int = 3, catalogue: Any = None,
                 cache: bool | NarrationCache = True) -> None:
        from whyrec.narrate.template import TemplateBackend

        self.n_candidates = check_int("n_candidates", n_candidates, 1, 16)
        self.catalogue = catalogue
        self.template = TemplateBackend()
        self.backend_error: str | None = None
        try:
            self.backend = make_backend(backend)
        except NarrationBackendError as e:
            self.backend, self.backend_error = None, f"backend {backend!r} unavailable: {e}"
        self.cache = cache if isinstance(cache, NarrationCache) else (NarrationCache() if cache else None)

    @classmethod
    def for_dataset(cls, backend: Any, dataset: Any, **options: Any) -> Narrator:
        """A Narrator whose checker knows ``dataset``'s catalogue (a :class:`~whyrec.narrate.factcheck.CatalogueIndex`
        of its items, so names of items outside the evidence are caught): the one way the CLI and the service
        build theirs."""
        from whyrec.narrate.factcheck import CatalogueIndex

        cat = CatalogueIndex.from_items(dataset) if getattr(dataset, "items", None) is not None else None
        return cls(backend, catalogue=cat, **options)

    @property
    def name(self) -> str:
        """The name of the configured backend (``template`` when it could not be built)."""
        return self.backend.name if self.backend is not None else "template"

    def name_for(self, lang: str) -> str:
        """The name of the model that writes ``lang`` (a per-language backend names its model)."""
        if self.backend is not None and hasattr(self.backend, "name_for"):
            return str(self.backend.name_for(lang))
        return self.name

    def narrate(self, explanation: Any, lang: str = "en", items: Any = None) -> Narration:
        """The reason for ``explanation`` (an Explanation or Facts) in ``lang``; ``items`` is the catalogue."""
        t0 = time.perf_counter()
        lang = check_choice("lang", lang, LANGS)
        facts = explanation if isinstance(explanation, Facts) else facts_from(explanation, items)
        key = evidence_key(facts, lang, self.name_for(lang))
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                return replace(hit, cached=True, ms=(time.perf_counter() - t0) * 1000.0)
        llm = None if self.backend is None or self.backend.name == "template" else self.backend
        llm_name = self.name_for(lang)
        reason = self.backend_error
        rejected: list[dict[str, Any]] = []
        tried = 0
        if llm is not None:
            gen = llm.iter_write(facts, lang, self.n_candidates) if hasattr(llm, "iter_write") else None
            try:
                texts = gen if gen is not None else iter(llm.write(facts, lang, self.n_candidates))
                for text in texts:
                    tried += 1
                    res, qual = self._gates(text, facts, lang)
                    if res.passed and qual.passed:
                        out = Narration(text, llm_name, [c.to_dict() for c in res.claims], True, False,
                                        (time.perf_counter() - t0) * 1000.0, None, llm_name, tried, False, rejected,
                                        qual.to_dict())
                        return self._keep(key, out)
                    rejected.append({"text": text, "unsupported": [c.to_dict() for c in res.unsupported],
                                     "quality": qual.problems})
                reason = f"{tried} candidate(s) from {llm_name} failed the fact checker or the quality bar"
                last = rejected[-1] if rejected else None
                if last and last["unsupported"]:  # an unsafe claim (a link, an instruction ...) says it best
                    u = next((x for x in last["unsupported"] if x["kind"] == "unsafe"), last["unsupported"][0])
                    reason += f" (e.g. unsupported {u['kind']} {u['text']!r}: {u['why']})"
                elif last and last["quality"]:
                    reason += f" (e.g. {last['quality'][0]})"
            except NarrationBackendError as e:
                reason = f"{llm_name} failed: {e}"
        texts = self.template.write(facts, lang, 3)
        shown, (res, qual) = texts[0], self._gates(texts[0], facts, lang)
        for t in texts[1:]:
            if res.passed and qual.passed:
                break
            r, q = self._gates(t, facts, lang)
            if r.passed and (q.passed or not res.passed):
                shown, res, qual = t, r, q
        out = Narration(shown, "template", [c.to_dict() for c in res.claims], res.passed, llm is not None or
                        reason is not None, (time.perf_counter() - t0) * 1000.0, reason,
                        None if llm is None else llm_name, tried, False, rejected, qual.to_dict())
        return self._keep(key, out)

    def _gates(self, text: str, facts: Facts, lang: str) -> tuple[Any, Any]:
        """The fact checker's result (closed-world) and the quality checks of ``text``."""
        from whyrec.narrate.factcheck import check
        from whyrec.narrate.quality import assess

        return check(text, facts, lang, self.catalogue), assess(text, facts, lang)

    def _keep(self, key: str, out: Narration) -> Narration:
        if self.cache is not None:
            self.cache.put(key, out)
        return out
