"""The service's precompute as a batch job (whyrec.service.prebuilt, whyrec batch answers, whyrec serve --answers):
the answers a service loads from the file are the ones it would compute, and none that stopped being true is
loaded or served."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import app_client
from typer.testing import CliRunner

from whyrec.batch import run_batch
from whyrec.cli import app
from whyrec.errors import WhyrecError
from whyrec.runs import open_run
from whyrec.service.prebuilt import COLUMNS, AnswersJob
from whyrec.store import Store

KEY = "test-key"
AUTH = {"X-API-Key": KEY}
SECRET = "prebuilt-test-erasure-key"
#: the precompute's default answer: what a file holds and a shop's page asks for
PAGE = {"k": 10, "narrate": "true"}
WALK_IN = "walk-in-shopper"


def _store(model_dir: Path, path: Path) -> str:
    """A store filled with the model's data, and a shopper the model never saw."""
    url = f"sqlite:///{path}"
    store = Store(url, erasure_secret=SECRET)
    store.migrate()
    ds = open_run(model_dir).dataset
    store.import_dataset(ds)
    items = [str(i) for i in ds.item_ids[:3]]  # a shopper the model never saw, known to the store only
    store.add_events([{"event_id": f"walk-in-{n}", "user": WALK_IN, "item": i} for n, i in enumerate(items)])
    store.close()
    return url


def _service(model_dir: Path, url: str, **settings):  # noqa: ANN202 - app_client's context manager
    return app_client(model_dir, url, AUTH, api_key=KEY, precompute_map=False, erasure_secret=SECRET, **settings)


def _page(client, user: str) -> dict:
    r = client.get(f"/v1/users/{user}/recommendations", params=PAGE)
    assert r.status_code == 200, r.text
    return r.json()


@pytest.fixture(scope="module")
def built(model_dirs, tmp_path_factory) -> tuple[Path, str, Path]:
    """(model folder, store URL, answers file of every user with events, built in this process)."""
    root = tmp_path_factory.mktemp("prebuilt")
    model = model_dirs["sasrec"]
    url = _store(model, root / "shop.sqlite")
    out = root / "answers.parquet"
    s = run_batch(AnswersJob(str(model), url, k=10, langs=("en", "zh")), "all", out, block_size=100)
    assert s.rows == 2 * s.users and s.users > 100  # one answer per user and language
    return model, url, out


def test_the_service_starts_with_the_answers_it_would_compute(built, tmp_path) -> None:
    model, url, out = built
    assert tuple(pq.read_schema(out).names) == COLUMNS
    users = pq.read_table(out, columns=["user"]).column("user").unique().to_pylist()[:6]
    with _service(model, url, answers_file=out) as c:
        ready = c.get("/readyz").json()["prebuilt"]
        assert ready["rows"] == pq.read_metadata(out).num_rows and ready["loaded"] == ready["rows"]
        loaded = {u: _page(c, u) for u in users}
        zh = _page_lang(c, users[0], "zh")
    fresh_url = _store(model, tmp_path / "fresh.sqlite")
    with _service(model, fresh_url) as c:  # no file: every answer computed on request
        for u, got in loaded.items():
            want = _page(c, u)
            assert got["cached"] and not want["cached"]
            _same(got["items"], want["items"])  # items, scores, evidence and reasons: the same
        assert zh["cached"]
        _same(zh["items"], _page_lang(c, users[0], "zh")["items"])


def _page_lang(client, user: str, lang: str) -> dict:
    r = client.get(f"/v1/users/{user}/recommendations", params={**PAGE, "lang": lang})
    assert r.status_code == 200, r.text
    return r.json()


def test_a_new_event_makes_the_loaded_answer_unused(built, tmp_path) -> None:
    model, url, out = built
    copy = tmp_path / "shop.sqlite"
    copy.write_bytes(Path(url.removeprefix("sqlite:///")).read_bytes())
    url = f"sqlite:///{copy}"
    user = pq.read_table(out, columns=["user"]).column("user")[0].as_py()
    with _service(model, url, answers_file=out) as c:
        first = _page(c, user)
        bought = first["items"][0]["item"]
        event = {"events": [{"event_id": "prebuilt-1", "user": user, "item": bought}]}
        assert c.post("/v1/events", json=event, headers=AUTH).status_code == 200
        after = _page(c, user)
        assert not after["cached"] and bought not in [x["item"] for x in after["items"]]


def test_answers_that_stopped_being_true_are_not_loaded(built, tmp_path) -> None:
    model, url, out = built
    copy = tmp_path / "shop.sqlite"
    copy.write_bytes(Path(url.removeprefix("sqlite:///")).read_bytes())
    url = f"sqlite:///{copy}"
    table = pq.read_table(out, columns=["user", "named"]).to_pylist()
    item = table[0]["named"][0]  # an item some answers name, renamed after the file was built
    naming = sum(item in r["named"] for r in table)
    store = Store(url, erasure_secret=SECRET)
    store.upsert_item(item, {"title": "renamed after the batch"})
    outsider = WALK_IN  # no training row: erasing them changes no evidence count
    assert outsider in {r["user"] for r in table}
    store.delete_user(outsider)
    store.close()
    with _service(model, url, answers_file=out) as c:
        got = c.get("/readyz").json()["prebuilt"]
        assert got["erased_users"] == 2  # the erased user's two languages
        assert got["catalogue_changed"] == naming - sum(item in r["named"] for r in table if r["user"] == outsider)
        assert got["loaded"] == got["rows"] - got["erased_users"] - got["catalogue_changed"] > 0
        assert c.get(f"/v1/users/{outsider}/recommendations").status_code == 410
    trained = str(open_run(model).model.user_ids_[0])
    store = Store(url, erasure_secret=SECRET)
    store.delete_user(trained)  # a training user's erasure changes the evidence counts every answer may show
    store.close()
    with _service(model, url, answers_file=out) as c:
        got = c.get("/readyz").json()["prebuilt"]
        assert got["loaded"] == 0 and got["evidence_changed"] == got["rows"] - got["erased_users"]


def test_a_file_of_another_model_or_settings_is_refused(built, model_dirs) -> None:
    model, url, out = built
    for other in ({"model_dir": model_dirs["ease"]}, {"ig_steps": 32}, {"narrate_backend": "http://127.0.0.1:9"}):
        settings = {"answers_file": out, **other}
        target = settings.pop("model_dir", model)
        with pytest.raises(WhyrecError, match="another model or other answer settings"), \
                _service(target, url, **settings):  # a service started from Python: at start-up
            pass


def test_ray_workers_build_the_same_answers(built, tmp_path) -> None:
    model, url, out = built
    users = pq.read_table(out, columns=["user"]).column("user").unique().to_pylist()[:30]
    ray_out = tmp_path / "ray.parquet"
    s = run_batch(AnswersJob(str(model), url, k=10, langs=("en", "zh")), users, ray_out, block_size=10, ray=True,
                  workers=2)
    assert s.engine == "ray" and s.blocks == 3
    cols = ["user", "lang", "key_items", "items", "named"]
    mine = pq.read_table(ray_out, columns=cols).to_pylist()
    local = {(r["user"], r["lang"]): r for r in pq.read_table(out, columns=cols).to_pylist()}
    assert len(mine) == 60
    for r in mine:
        want = local[(r["user"], r["lang"])]
        assert r["key_items"] == want["key_items"] and r["named"] == want["named"]
        _same(json.loads(r["items"]), json.loads(want["items"]))


def test_the_cli_builds_the_file_and_refuses_bad_input(built, tmp_path) -> None:
    model, url, _ = built
    users = tmp_path / "users.txt"
    user = pq.read_table(built[2], columns=["user"]).column("user")[0].as_py()
    users.write_text(f"{user}\n")
    out = tmp_path / "a.parquet"
    runner = CliRunner()
    r = runner.invoke(app, ["batch", "answers", "--model", str(model), "--db", url, "--users", str(users), "--out",
                            str(out), "--lang", "zh"])
    assert r.exit_code == 0, r.output
    assert "1 rows for 1 users" in r.output and pq.read_table(out).column("lang").to_pylist() == ["zh"]
    r = runner.invoke(app, ["batch", "answers", "--model", str(model), "--db", url, "--out", str(out), "--lang", "fr"])
    assert r.exit_code != 0 and "--lang" in str(r.exception) and "'fr'" in str(r.exception)  # main() prints it
    r = runner.invoke(app, ["serve", str(model), "--db", url, "--answers", str(tmp_path / "none.parquet")])
    assert r.exit_code == 2 and "--answers" in r.output and "whyrec batch answers" in r.output
    r = runner.invoke(app, ["serve", str(model), "--db", url, "--answers", str(out), "--narrate", "local"])
    assert r.exit_code == 2 and "other answer settings" in r.output  # before the model loads


def _same(a, b, path="items") -> None:
    """``a == b`` but for the milliseconds an explanation took; the path of the first difference."""
    if isinstance(a, dict) and isinstance(b, dict):
        assert a.keys() == b.keys(), path
        for k in a.keys() - {"ms"}:
            _same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b), path
        for n, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{path}[{n}]")
    else:
        assert a == b, (path, a, b)
