"""Narration: a recommendation reason in plain English or Chinese, fact-checked against the evidence.

- :mod:`whyrec.narrate.facts`: :class:`Facts` (the claim-worthy evidence of an
  Explanation, with catalogue titles, brands, categories and prices) and
  :func:`facts_from`;
- :mod:`whyrec.narrate.template`: :class:`TemplateBackend`, deterministic
  sentences in ``en`` and ``zh`` (always available; the fallback);
- :mod:`whyrec.narrate.factcheck`: :func:`check` extracts the claims a text makes
  (items, brands, categories, prices, numbers, relations) and returns those the
  Facts do not support;
- :mod:`whyrec.narrate.base`: :class:`Narrator` (candidates from a backend, the
  first that passes the checker, else the template), with the local GGUF and
  HTTP language-model backends.

Importing this package loads neither ``llama_cpp`` nor an HTTP client; names
other than the facts are imported when first used.
"""

from __future__ import annotations

import importlib
from typing import Any

from whyrec.narrate.facts import Facts, ItemFacts, facts_from

_LAZY: dict[str, str] = {
    "TemplateBackend": "whyrec.narrate.template",
    "check": "whyrec.narrate.factcheck",
    "CheckResult": "whyrec.narrate.factcheck",
    "Claim": "whyrec.narrate.factcheck",
    "CatalogueIndex": "whyrec.narrate.factcheck",
    "checker_metrics": "whyrec.narrate.labelled",
    "Narrator": "whyrec.narrate.base",
    "Narration": "whyrec.narrate.base",
    "NarrationBackendError": "whyrec.narrate.base",
    "make_backend": "whyrec.narrate.base",
    "LocalLLM": "whyrec.narrate.local",
    "HttpLLM": "whyrec.narrate.http",
}

__all__ = ["Facts", "ItemFacts", "facts_from", *sorted(_LAZY)]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'whyrec.narrate' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
