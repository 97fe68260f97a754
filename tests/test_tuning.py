"""Hyper-parameter search (whyrec.evaluation.tuning, `whyrec tune`): Optuna on the validation split only."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from whyrec.cli import app
from whyrec.data import sample_shop
from whyrec.evaluation import evaluate, make_split
from whyrec.evaluation.tuning import check_space, tune
from whyrec.models import MODELS, make_model, model_class

runner = CliRunner()


@pytest.fixture(scope="module")
def shop():
    return sample_shop(n_users=300, n_items=200, seed=11)


def test_every_model_declares_a_valid_space_of_its_own_parameters():
    for key in MODELS:
        cls = model_class(key)
        check_space(cls.search_space)
        assert set(cls.search_space) <= set(cls._param_names()), key
    assert model_class("sasrec").search_space and model_class("ease").search_space
    assert not model_class("pop").search_space


def test_tune_picks_the_best_validation_trial_and_repeats_itself(shop):
    res = tune(shop, "ease", trials=5, seed=3)
    assert len(res.trials) == 5 and set(res.trials["state"]) == {"complete"}
    lo, hi = model_class("ease").search_space["l2"][1:]
    assert all(lo <= v <= hi for v in res.trials["l2"])
    assert res.best_value == pytest.approx(res.trials["NDCG@10"].max())
    # the best value is the validation metric of a model fitted with the best parameters: the test part is unused
    split = make_split(shop, "loo-full", seed=3)
    m = make_model("ease", **res.best_params).fit(split.train, split.valid)
    assert evaluate(m, split, part="valid", ks=(10,))["NDCG@10"] == pytest.approx(res.best_value, abs=1e-9)
    again = tune(shop, "ease", trials=5, seed=3)
    np.testing.assert_allclose(again.trials["l2"], res.trials["l2"])  # a seeded sampler: the same trials


def test_torch_trials_report_every_validation_and_the_pruner_stops_trailing_ones(shop):
    fixed = {"epochs": 6, "batch_size": 256, "num_threads": 1, "device": "cpu", "patience": 6}
    space = {"learning_rate": ("log", 1e-5, 3e-2)}  # some trials barely learn: the pruner's prey
    res = tune(shop, "bpr", trials=8, params=fixed, space=space, seed=0)
    states = list(res.trials["state"])
    assert states.count("complete") >= 3 and states.count("pruned") >= 1, res.trials
    assert res.best_params["epochs"] == 6 and "learning_rate" in res.best_params
    assert any("pruned" in n for n in res.notes)


def test_fit_loop_calls_the_validation_hook_each_validation(shop):
    split = make_split(shop, "loo-full")
    seen = []
    m = make_model("bpr", epochs=4, eval_every=2, patience=5, num_threads=1, device="cpu")
    m.validation_hook = lambda epoch, value: seen.append((epoch, value))
    m.fit(split.train, split.valid)
    assert [e for e, _ in seen] == [2, 4] and [v for _, v in seen] == m.train_log_.metrics


def test_bad_requests_are_refused_with_the_fix(shop):
    with pytest.raises(ValueError, match="declares no search space"):
        tune(shop, "pop", trials=2)
    with pytest.raises(ValueError, match="low < high"):
        tune(shop, "ease", trials=2, space={"l2": ("log", 10.0, 1.0)})
    with pytest.raises(ValueError, match="trials must be"):
        tune(shop, "ease", trials=0)
    with pytest.raises(ValueError, match="not measured"):
        tune(shop, "ease", trials=1, metric="AUC")


def test_cli_tune_writes_the_best_parameters_and_the_trial_table(tmp_path):
    out = tmp_path / "tune"
    res = runner.invoke(app, ["tune", "--data", "sample-shop", "--model", "itemknn", "--trials", "3", "--out",
                              str(out)])  # fmt: skip
    assert res.exit_code == 0, res.output
    best = json.loads((out / "best_params.json").read_text())
    assert best["model"] == "itemknn" and set(best["best_params"]) == {"k", "shrink"} and best["n_trials"] == 3
    assert (out / "trials.csv").read_text().splitlines()[0].startswith("trial,state,NDCG@10,seconds")
    assert "--model itemknn -p k=" in " ".join(res.output.split())
    bad = runner.invoke(app, ["tune", "--data", "sample-shop", "--model", "nope", "--out", str(out)])
    assert bad.exit_code != 0 and "model must be one of" in str(bad.exception)  # main() prints it on one line
