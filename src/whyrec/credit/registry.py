"""The credit models by key: the scorecard, the trees and whyrec's three feature models."""

from __future__ import annotations

from typing import Any

from whyrec.credit.models import Boosted, CreditModel, Scorecard
from whyrec.credit.neural import DeepFMCredit, FMCredit, NFMCredit
from whyrec.errors import WhyrecError

__all__ = ["CREDIT_MODELS", "make_credit_model"]

CREDIT_MODELS: dict[str, type[CreditModel]] = {"scorecard": Scorecard, "lightgbm": Boosted, "fm": FMCredit,
                                               "deepfm": DeepFMCredit, "nfm": NFMCredit}


def make_credit_model(key: str, **params: Any) -> CreditModel:
    """A credit model by key (``scorecard``, ``lightgbm``, ``fm``, ``deepfm``, ``nfm``)."""
    if key not in CREDIT_MODELS:
        raise WhyrecError(f"credit model must be one of {', '.join(CREDIT_MODELS)}; got {key!r}")
    try:
        return CREDIT_MODELS[key](**params)
    except TypeError as e:
        raise WhyrecError(f"bad parameter for {key}: {e}") from None
