"""Batch jobs (whyrec.batch, whyrec batch): in-process and on a local Ray runtime, resumable, Parquet out."""

from __future__ import annotations

import json

import numpy as np
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from whyrec.batch import COLUMNS, BatchJob, run_batch
from whyrec.cli import app
from whyrec.errors import WhyrecError

runner = CliRunner()


def _table(path):
    return pq.read_table(path).to_pandas()


def test_recommend_all_users_in_process_matches_the_model(model_dirs, tmp_path):
    from whyrec.runs import open_run

    out = tmp_path / "recs.parquet"
    s = run_batch(BatchJob("recommend", str(model_dirs["ease"]), k=5), "all", out, block_size=64)
    df = _table(out)
    assert list(df.columns) == list(COLUMNS)
    run = open_run(model_dirs["ease"])
    assert s.users == run.model.n_users_ and s.rows == len(df) == 5 * s.users and s.blocks == -(-s.users // 64)
    assert not out.with_name(out.name + ".parts").exists()  # the parts are joined and removed
    some = [str(u) for u in run.model.user_ids_[[0, 17, 250]]]
    ids, scores = run.model.recommend(some, k=5, histories=run.histories)
    for u, row, srow in zip(some, ids, scores, strict=True):
        mine = df[df.user == u].sort_values("rank")
        assert mine["rank"].tolist() == [1, 2, 3, 4, 5]
        assert mine["item"].tolist() == [str(i) for i in row]
        np.testing.assert_allclose(mine["score"], srow, rtol=1e-6)
    assert df["evidence"].isna().all() and df["reason"].isna().all()


def test_narrate_fills_evidence_reason_and_checked(model_dirs, tmp_path):
    users = tmp_path / "users.txt"
    users.write_text("U00001\n\nU00002\nU00001\n")  # a blank line and a repeat
    out = tmp_path / "why.parquet"
    run_batch(BatchJob("narrate", str(model_dirs["ease"]), k=2, llm="template"), str(users), out)
    df = _table(out)
    assert sorted(set(df.user)) == ["U00001", "U00002"] and len(df) == 4
    ev = json.loads(df.evidence.iloc[0])
    assert ev["user"] == "U00001" and ev["item"] == df.item.iloc[0] and ev["evidence"]
    assert df.reason.str.len().min() > 10 and df.checked.all()


def test_a_killed_job_resumes_from_its_written_blocks(model_dirs, tmp_path):
    job = BatchJob("recommend", str(model_dirs["sasrec"]), k=3)
    out = tmp_path / "r.parquet"
    first = run_batch(job, "all", out, block_size=50, stop_after=2)  # what a job killed after two blocks leaves
    parts = out.with_name(out.name + ".parts")
    assert not out.exists() and len(list(parts.glob("block-*.parquet"))) == 2 and first.rows == 0
    again = run_batch(job, "all", out, block_size=50)
    assert again.resumed == 2 and not parts.exists()
    fresh = tmp_path / "fresh.parquet"
    run_batch(job, "all", fresh, block_size=50)
    assert _table(out).equals(_table(fresh))
    run_batch(job, "all", out, block_size=50, stop_after=1)
    with pytest.raises(WhyrecError, match="another job"):  # other options: the parts are not mixed in
        run_batch(BatchJob("recommend", str(model_dirs["sasrec"]), k=4), "all", out, block_size=50)


def test_bad_input_is_named(model_dirs, tmp_path):
    bad = tmp_path / "users.txt"
    bad.write_text("U00001\nnobody\n")
    with pytest.raises(WhyrecError, match=r"users.txt:2: user 'nobody'"):
        run_batch(BatchJob("recommend", str(model_dirs["ease"])), str(bad), tmp_path / "x.parquet")
    with pytest.raises(WhyrecError, match="not found"):
        run_batch(BatchJob("recommend", str(model_dirs["ease"])), str(tmp_path / "none.txt"), tmp_path / "x.parquet")
    with pytest.raises(WhyrecError, match=".parquet"):
        run_batch(BatchJob("recommend", str(model_dirs["ease"])), "all", tmp_path / "x.csv")
    with pytest.raises(WhyrecError, match="not a model folder"):
        BatchJob("recommend", str(tmp_path))
    with pytest.raises(ValueError, match="task"):
        BatchJob("rank", str(model_dirs["ease"]))


def test_on_ray_a_killed_worker_is_restarted_and_the_output_is_the_same(model_dirs, tmp_path, monkeypatch):
    crash = tmp_path / "crashed"
    monkeypatch.setenv("WHYREC_BATCH_CRASH_ONCE", str(crash))  # the first block to run kills its worker process
    job = BatchJob("explain", str(model_dirs["ease"]), k=2)
    out = tmp_path / "ray.parquet"
    s = run_batch(job, "all", out, block_size=40, ray=True, workers=2)
    assert crash.exists() and s.engine == "ray"
    monkeypatch.delenv("WHYREC_BATCH_CRASH_ONCE")
    local = tmp_path / "local.parquet"
    run_batch(job, "all", local, block_size=40)
    a, b = _table(out), _table(local)
    assert len(a) == len(b) == 2 * s.users
    assert a[["user", "rank", "item"]].equals(b[["user", "rank", "item"]])
    np.testing.assert_allclose(a.score, b.score, rtol=1e-6)


def test_cli_batch_recommend_and_errors(model_dirs, tmp_path):
    out = tmp_path / "cli.parquet"
    res = runner.invoke(app, ["batch", "recommend", "--model", str(model_dirs["ease"]), "--out", str(out), "-k", "3"])
    assert res.exit_code == 0, res.output
    assert "rows for" in res.output and len(_table(out)) == 3 * 300
    res = runner.invoke(app, ["batch", "recommend", "--model", str(model_dirs["ease"]), "--out", str(out),
                              "--block", "0"])
    assert res.exit_code != 0 and "--block 0" in str(res.exception)
