"""The credit routes and page of the service (``whyrec serve ... --credit DIR``) and ``whyrec demo --credit``.

A scorecard credit run is trained once for the module in a temporary folder (2-fold cross-validation: seconds);
the real app runs through FastAPI's TestClient on a tiny EASE shop model (``conftest.model_dirs``) and a fresh
SQLite file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import app_client, without_key
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from whyrec.credit.run import explain_applicant, open_credit_run, recourse_for, train_credit_run
from whyrec.service.answers import CreditAnswer, CreditApplicants

KEY = "credit-test-key"
AUTH = {"X-API-Key": KEY}
STATIC = Path(__file__).resolve().parents[1] / "src" / "whyrec" / "service" / "static"


@pytest.fixture(scope="module")
def credit_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("credit-run")
    train_credit_run(folder, model="scorecard", folds=2, repeats=1)
    return folder


@pytest.fixture(scope="module")
def run(credit_dir: Path) -> Any:
    """The same run opened independently of the service (its model is fitted again, deterministically)."""
    return open_credit_run(credit_dir)


@pytest.fixture(scope="module")
def client(model_dirs: dict[str, Path], credit_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    db = f"sqlite:///{tmp_path_factory.mktemp('credit-svc') / 'shop.sqlite'}"
    with app_client(model_dirs["ease"], db, AUTH, api_key=KEY, precompute_map=False, credit_dir=credit_dir) as c:
        yield c


@pytest.fixture(scope="module")
def bare_client(model_dirs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory):
    """The app started without a credit run."""
    db = f"sqlite:///{tmp_path_factory.mktemp('credit-bare') / 'shop.sqlite'}"
    with app_client(model_dirs["ease"], db, AUTH, api_key=KEY, precompute_map=False) as c:
        yield c


def _error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code and err["message"] and err["fix"] and err["request_id"], err
    return err


def _declined(client: TestClient) -> list[int]:
    r = client.get("/v1/credit/applicants", params={"decision": "declined", "limit": 5})
    assert r.status_code == 200, r.text
    return [row["applicant"] for row in r.json()["rows"]]


# ---------------------------------------------------------------- the routes
def test_the_listing_describes_the_run_and_pages_its_applicants(client: TestClient, run: Any) -> None:
    r = client.get("/v1/credit/applicants", params={"limit": 1000})
    assert r.status_code == 200, r.text
    body = CreditApplicants.model_validate(r.json())
    n = len(run.data.X)
    assert body.applicants == n == len(body.rows) == body.matching and body.model == "scorecard"
    assert body.data == "german-credit" and body.cutoff == pytest.approx(run.cutoff)
    assert {"auc_mean", "auc_sd", "ks_mean", "brier_mean"} <= set(body.cv) and 0.6 < body.cv["auc_mean"] < 0.95
    assert [row.applicant for row in body.rows] == list(range(n))
    assert body.declined == sum(row.decision == "declined" for row in body.rows)
    for row in body.rows[:40]:  # the listing's decisions are the ones explained one by one
        assert row.decision == explain_applicant(run, row.applicant)["decision"]
    declined = client.get("/v1/credit/applicants", params={"decision": "declined", "limit": 3, "offset": 2}).json()
    assert declined["matching"] == body.declined and len(declined["rows"]) == 3
    assert all(row["decision"] == "declined" for row in declined["rows"])
    approved = client.get("/v1/credit/applicants", params={"decision": "approved", "limit": 1000}).json()
    assert approved["matching"] == n - body.declined == len(approved["rows"])


def test_an_applicant_is_explained_as_the_run_explains_it(client: TestClient, run: Any) -> None:
    row = _declined(client)[0]
    r = client.get(f"/v1/credit/applicants/{row}")
    assert r.status_code == 200, r.text
    got = r.json()
    CreditAnswer.model_validate(got)
    want = explain_applicant(run, row)
    assert got["decision"] == want["decision"] == "declined"
    assert got["reasons"] == want["reasons"] and 1 <= len(got["reasons"]) <= 4
    assert got["p_bad"] == pytest.approx(want["p_bad"]) and got["score"] == pytest.approx(want["score"])
    assert [f["field"] for f in got["fields"]] == [f["field"] for f in want["fields"]]
    for g, w in zip(got["fields"], want["fields"], strict=True):
        assert g["value"] == w["value"] and g["contribution"] == pytest.approx(w["contribution"])
        assert g["points"] == pytest.approx(w["points"])  # a scorecard's points
    assert set(got["reasons"]) <= {f["field"] for f in got["fields"]} and not set(got["reasons"]) & set(
        run.data.protected)
    rec = recourse_for(run, row)
    assert rec is not None and got["recourse"] == json.loads(json.dumps(rec.to_dict()))
    assert got["recourse"]["verified"] is True and got["recourse"]["changes"]
    assert got["recourse"]["p_after"] < got["cutoff"] <= got["recourse"]["p_before"]
    assert client.get(f"/v1/credit/applicants/{row}").json() == got  # kept: the same answer again


def test_an_approved_applicant_has_no_reasons_and_nothing_to_change(client: TestClient) -> None:
    row = client.get("/v1/credit/applicants", params={"decision": "approved", "limit": 1}).json()["rows"][0]
    got = client.get(f"/v1/credit/applicants/{row['applicant']}").json()
    assert got["decision"] == "approved" and got["reasons"] == [] and got["p_bad"] < got["cutoff"]
    assert got["recourse"]["changes"] == {} and got["recourse"]["verified"] is True


def test_the_notice_in_words_is_the_checked_template_in_the_language_asked(client: TestClient) -> None:
    from whyrec.credit.narrate import check_notice

    row = client.get("/v1/credit/applicants", params={"decision": "declined", "limit": 1}).json()["rows"][0]
    en = client.get(f"/v1/credit/applicants/{row['applicant']}").json()
    zh = client.get(f"/v1/credit/applicants/{row['applicant']}", params={"lang": "zh"}).json()
    assert en["narration"]["lang"] == "en" and en["narration"]["text"].startswith("Declined")
    assert zh["narration"]["lang"] == "zh" and "拒绝" in zh["narration"]["text"]
    run = client.app.state.service.credit.run
    facts = run.facts(en, en["recourse"])
    for got in (en, zh):  # checked again here, against the answer's own evidence
        n = got["narration"]
        assert n["checked"] and n["source"] == "template" and check_notice(n["text"], facts, n["lang"]).passed
    r = client.get(f"/v1/credit/applicants/{row['applicant']}", params={"lang": "fr"})
    assert r.status_code == 422 and "lang" in r.text


@pytest.mark.parametrize(
    ("row", "status", "code", "value"),
    [("1000", 404, "unknown_applicant", 1000), ("-1", 404, "unknown_applicant", -1),
     ("99999999999999999999999", 404, "unknown_applicant", 99999999999999999999999),
     ("abc", 422, "invalid_request", "abc"), ("1.5", 422, "invalid_request", "1.5"),
     ("%20", 422, "invalid_request", " ")],
)  # fmt: skip
def test_a_bad_row_is_a_clear_4xx_naming_the_value_and_the_fix(
    client: TestClient, row: str, status: int, code: str, value: Any
) -> None:
    err = _error(client.get(f"/v1/credit/applicants/{row}"), status, code)
    assert err["field"] == "row" and err["value"] == value
    assert str(value) in err["message"]
    if code == "unknown_applicant":
        assert "0 to 999" in err["message"] and "0 to 999" in err["fix"]
    else:
        assert "whole number" in err["message"] and "whole number" in err["fix"]


@pytest.mark.parametrize(
    ("query", "field"), [("decision=maybe", "decision"), ("limit=0", "limit"), ("offset=-1", "offset")]
)
def test_a_bad_listing_query_is_422(client: TestClient, query: str, field: str) -> None:
    assert _error(client.get(f"/v1/credit/applicants?{query}"), 422, "invalid_request")["field"] == field


def test_without_a_credit_run_the_routes_say_how_to_start_one(bare_client: TestClient) -> None:
    for path in ("/v1/credit/applicants", "/v1/credit/applicants/0"):
        err = _error(bare_client.get(path), 404, "no_credit_run")
        assert "--credit" in err["message"] and "--credit" in err["fix"] and "whyrec credit train" in err["fix"]
    assert bare_client.get("/credit").status_code == 200  # the page itself is served; it shows that error


def test_the_credit_routes_are_read_routes(client: TestClient) -> None:
    _error(without_key(client, "GET", "/v1/credit/applicants/0"), 401, "missing_api_key")
    _error(without_key(client, "GET", "/v1/credit/applicants"), 401, "missing_api_key")
    _error(client.get("/v1/credit/applicants", headers={"X-API-Key": "wrong"}), 403, "wrong_api_key")


def test_public_reads_open_the_credit_routes(model_dirs: dict[str, Path], credit_dir: Path, tmp_path: Path) -> None:
    with app_client(model_dirs["ease"], f"sqlite:///{tmp_path / 's.sqlite'}", None, public_reads=True,
                    precompute_map=False, credit_dir=credit_dir) as c:  # fmt: skip
        assert c.get("/v1/credit/applicants/0").status_code == 200


def test_the_openapi_document_lists_the_credit_routes(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    one = doc["paths"]["/v1/credit/applicants/{row}"]["get"]
    assert {"401", "403", "404", "422"} <= set(one["responses"]) and one["security"]
    assert "/v1/credit/applicants" in doc["paths"] and "/credit" not in doc["paths"]


# ---------------------------------------------------------------- the page
def test_the_page_is_served_with_its_elements_and_policy(client: TestClient) -> None:
    r = without_key(client, "GET", "/credit")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "script-src 'self';" in r.headers["content-security-policy"]
    html = r.text
    for element in ("api-key", "applicant-select", "applicant-input", "decision", "narration", "reasons", "recourse",
                    "fields", "error"):  # fmt: skip
        assert f'id="{element}"' in html, element
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts == ["common.js", "credit.js"]
    for name in (*scripts, "style.css"):
        assert without_key(client, "GET", f"/{name}").status_code == 200, name
    assert without_key(client, "GET", "/credit.html").text == html


def test_the_page_script_never_writes_html() -> None:
    for name in ("common.js", "credit.js"):
        js = (STATIC / name).read_text()
        assert not re.search(r"\beval\(|new Function\(|\.innerHTML|\.outerHTML|insertAdjacentHTML|\.style\.", js), name
    js = (STATIC / "credit.js").read_text()
    assert "/v1/credit/applicants" in js and "narration" in js and "verified" in js


# ---------------------------------------------------------------- whyrec demo --credit and whyrec serve --credit
def test_demo_credit_trains_shows_declined_applicants_and_the_serve_command(tmp_path: Path) -> None:
    from whyrec.cli import app

    out = tmp_path / "demo-out"
    res = CliRunner().invoke(app, ["demo", "--credit", "--out", str(out), "--show", "2"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output + repr(res.exception)
    text = res.output
    folder = out / "credit"
    info = json.loads((folder / "credit.json").read_text())
    assert info["model"] == "scorecard" and info["data"] == "german-credit"
    assert f"AUC {info['cv']['auc_mean']:.3f}" in text and f"KS {info['cv']['ks_mean']:.3f}" in text
    assert f"Brier {info['cv']['brier_mean']:.3f}" in text
    run = open_credit_run(folder)
    declined = [r for r in range(40) if explain_applicant(run, r)["decision"] == "declined"][:2]
    for row in declined:
        res_row = explain_applicant(run, row)
        assert f"applicant {row}: declined, score {res_row['score']:.0f}" in text
        assert res_row["reasons"][0] in text
    assert text.count("approval would follow if") + text.count("no change of at most") == 2
    assert "verified by scoring" in text
    assert text.count("Declined: your score of") == 2 and text.count("申请被拒绝") == 2  # the notices, checked
    assert "NOT checked" not in text
    assert f"whyrec serve {out} --public-reads --credit {folder}" in text.replace("\n", "")
    assert not (out / "run.json").exists() and f"whyrec demo --out {out} (once" in text  # no shop model yet


def test_serve_refuses_a_folder_that_is_no_credit_run(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    from whyrec.cli import app

    res = CliRunner().invoke(app, ["serve", str(model_dirs["ease"]), "--db", str(tmp_path / "s.sqlite"),
                                   "--credit", str(tmp_path)])  # fmt: skip
    assert res.exit_code == 2 and "is not a credit run" in res.output and "whyrec credit train" in res.output


def test_serve_passes_the_credit_run_to_the_app(model_dirs: dict[str, Path], credit_dir: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import uvicorn

    from whyrec.cli import app

    started: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.append(app))  # build the app, serve nothing
    res = CliRunner().invoke(app, ["serve", str(model_dirs["ease"]), "--db", str(tmp_path / "s.sqlite"),
                                   "--credit", str(credit_dir)])  # fmt: skip
    assert res.exit_code == 0 and started, res.output
    assert started[0].state.service.settings.credit_dir == credit_dir and "/credit" in res.output
