"""Recommenders behind one contract: Popularity, ItemKNN, EASE, BPR-MF, FM, DeepFM, NFM, SASRec, BERT4Rec,
GRU4Rec, Caser, NeuMF, LightGCN, CFGAN, Content and Fusion."""

from __future__ import annotations

import importlib
from typing import Any

from whyrec.models.base import Recommender, load

#: registry key -> "module:Class"; imported lazily so that ``import whyrec`` stays light
MODELS: dict[str, str] = {
    "pop": "whyrec.models.pop:Popularity",
    "itemknn": "whyrec.models.itemknn:ItemKNN",
    "ease": "whyrec.models.ease:EASE",
    "bpr": "whyrec.models.bpr:BPRMF",
    "fm": "whyrec.models.fm:FM",
    "deepfm": "whyrec.models.fm:DeepFM",
    "nfm": "whyrec.models.fm:NFM",
    "sasrec": "whyrec.models.sasrec:SASRec",
    "bert4rec": "whyrec.models.bert4rec:BERT4Rec",
    "gru4rec": "whyrec.models.gru4rec:GRU4Rec",
    "caser": "whyrec.models.caser:Caser",
    "neumf": "whyrec.models.neumf:NeuMF",
    "lightgcn": "whyrec.models.lightgcn:LightGCN",
    "cfgan": "whyrec.models.cfgan:CFGAN",
    "content": "whyrec.models.content:ContentModel",
    "fusion": "whyrec.models.fusion:Fusion",
}


def model_class(key: str) -> type[Recommender]:
    """The model class registered under ``key`` (e.g. ``"sasrec"``)."""
    k = str(key).lower().replace("-", "").replace("_", "")
    if k == "bprmf":
        k = "bpr"
    if k == "popularity":
        k = "pop"
    if k not in MODELS:
        raise ValueError(f"model must be one of {', '.join(MODELS)}; got {key!r}")
    module, name = MODELS[k].split(":")
    return getattr(importlib.import_module(module), name)


def make_model(key: str, **params: Any) -> Recommender:
    """Build a model by registry key with keyword hyper-parameters, e.g. ``make_model("ease", l2=500)``."""
    cls = model_class(key)
    try:
        return cls(**params)
    except TypeError as e:
        raise ValueError(f"bad hyper-parameter for {cls.__name__}: {e}; valid: {cls._param_names()}") from None


__all__ = ["MODELS", "Recommender", "load", "make_model", "model_class"]
