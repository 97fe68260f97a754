"""whyrec.runs: a trained folder reopens to the same model, data split and recommendations."""

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from whyrec.cli import app
from whyrec.data import sample_shop
from whyrec.errors import WhyrecError
from whyrec.evaluation import make_split
from whyrec.models import make_model
from whyrec.runs import open_run, read_run_record, write_run_record

USERS = ["U00001", "U00002", "U00017", "U00150"]


def test_open_run_of_cli_train_gives_identical_recommendations(tmp_path):
    folder = tmp_path / "ease"
    res = CliRunner().invoke(
        app, ["train", "--data", "sample-shop", "--model", "ease", "--param", "l2=50", "--out", str(folder)]
    )
    assert res.exit_code == 0, res.output
    info = read_run_record(folder)
    assert info["data"] == "sample-shop" and info["n_users"] == 2000 and info["shop_seed"] == 0
    run = open_run(folder)
    # the same model fitted here, on the split the run record names
    ds = sample_shop(n_users=2000, seed=0)
    split = make_split(ds, "loo-full", seed=2020)
    ref = make_model("ease", l2=50).fit(split.train)
    hist = split.train.histories().extend(split.valid.histories())
    got, got_s = run.model.recommend(USERS, k=10, histories=run.histories)
    want, want_s = ref.recommend(USERS, k=10, histories=hist)
    assert [list(r) for r in got] == [list(r) for r in want]
    np.testing.assert_allclose(got_s, want_s, rtol=1e-5)
    assert run.titles[got[0][0]] == ds.item_title(int(ds.item_index(got[0][0])[0]))


def test_open_run_reopens_a_torch_model(tmp_path):
    ds = sample_shop(n_users=120, seed=3)
    split = make_split(ds, "loo-full", seed=2020)
    m = make_model("sasrec", epochs=1, max_len=10, embedding_dim=16, num_threads=1).fit(split.train)
    m.save(tmp_path)
    info = {"data": "sample-shop", "format": "sample-shop", "n_users": 120, "shop_seed": 3}
    write_run_record(tmp_path, {**info, "protocol": "loo-full", "seed": 2020, "model": "sasrec"}, ds)
    run = open_run(tmp_path)
    hist = split.train.histories().extend(split.valid.histories())
    got, got_s = run.model.recommend(USERS[:3], k=10, histories=run.histories)
    want, want_s = m.recommend(USERS[:3], k=10, histories=hist)
    assert [list(r) for r in got] == [list(r) for r in want]
    np.testing.assert_allclose(got_s, want_s, rtol=1e-5, atol=1e-6)
    assert np.array_equal(run.histories.items, hist.items)


def test_open_run_errors_name_the_folder_and_fix(tmp_path):
    with pytest.raises(WhyrecError, match=r"no params.json.*Fix"):
        open_run(tmp_path / "empty")
    ds = sample_shop(n_users=100, seed=0)
    split = make_split(ds, "loo-full", seed=2020)
    make_model("pop").fit(split.train).save(tmp_path)
    (tmp_path / "run.json").write_text("{not json")
    with pytest.raises(WhyrecError, match=r"run.json is not valid JSON.*Fix"):
        open_run(tmp_path)
    # a record naming other data than the model's: the item ids differ
    (tmp_path / "run.json").write_text(json.dumps({"data": "sample-shop", "n_users": 300, "shop_seed": 0}))
    with pytest.raises(WhyrecError, match=r"item ids differ.*Fix"):
        open_run(tmp_path)
    (tmp_path / "run.json").write_text(json.dumps({"model": "pop"}))
    with pytest.raises(WhyrecError, match=r"names no data.*Fix"):
        open_run(tmp_path)
