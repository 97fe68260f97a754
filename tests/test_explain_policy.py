"""One policy decides the default explanation method: the CLI and the service ask the same function."""

from __future__ import annotations

from pathlib import Path

import pytest

from whyrec.cli import default_method as cli_default
from whyrec.explain import default_method
from whyrec.models import load


def test_the_cli_and_the_service_default_come_from_one_policy(shop_models: dict[str, Path]) -> None:
    from whyrec.runs import open_run
    from whyrec.service import Settings
    from whyrec.service.engine import Engine
    from whyrec.store import Store

    sasrec, ease = load(shop_models["sasrec"]), load(shop_models["ease"])
    assert cli_default(sasrec) == default_method(sasrec, "best") != "occlusion"  # the most faithful measured
    assert default_method(sasrec, "interactive") == "occlusion"  # one batched call per top-k
    assert default_method(ease, "best") == default_method(ease, "interactive") == "additive"  # exact and cheap
    with pytest.raises(ValueError, match="budget"):
        default_method(sasrec, "cheapest")
    run = open_run(shop_models["sasrec"])
    store = Store("sqlite://")
    store.migrate()
    engine = Engine(run, store, Settings(model_dir=shop_models["sasrec"], db_url="sqlite://", precompute=False))
    try:
        assert engine.default_method == default_method(run.model, "interactive")
    finally:
        engine.close()


def test_explainers_ask_for_declared_capabilities_not_classes(shop_models: dict[str, Path]) -> None:
    from whyrec.explain import explainer_class
    from whyrec.models.capabilities import has
    from whyrec.models.ease import EASE

    ease, sasrec = load(shop_models["ease"]), load(shop_models["sasrec"])
    additive = explainer_class("additive")
    assert additive.unsupported_reason(ease) is None and has(ease, "additive")
    undeclared = type("Undeclared", (EASE,), {"additive": None})  # the same model, no declaration: refused
    plain = undeclared.__new__(undeclared)
    plain.__dict__.update(ease.__dict__)
    assert "declare 'additive'" in (additive.unsupported_reason(plain) or "")
    assert has(sasrec, "sequence_encoder") and has(sasrec, "self_attention") and not has(ease, "sequence_encoder")
    assert explainer_class("attention").unsupported_reason(ease) is not None
