"""Erasure beyond the store: evidence counts leave an erased user out at once, ``whyrec forget`` retrains a
model folder without them, and reports which folders still hold erased users."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import app_client, key_header
from typer.testing import CliRunner

from whyrec.cli import app as cli
from whyrec.erasure import erased_in_runs
from whyrec.runs import open_run
from whyrec.store import Store

KEY = "erasure-test-admin-key"
SECRET = "erasure-test-secret"


@pytest.fixture(autouse=True)
def _secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WHYREC_ERASURE_SECRET", SECRET)  # the command line and open_run read the key from here


@pytest.fixture(scope="module")
def erased(model_dirs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A store holding the EASE folder's data, with one training user erased through the service."""
    db = tmp_path_factory.mktemp("erase") / "shop.sqlite"
    url = f"sqlite:///{db}"
    run = open_run(model_dirs["ease"])
    lengths = run.model.history_.lengths()
    row = int(np.flatnonzero(lengths >= 3)[0])
    user = str(run.model.user_ids_[row])
    items = [str(run.model.item_ids_[i]) for i in run.model.history_[row]]
    with app_client(model_dirs["ease"], url, key_header(KEY), api_key=KEY, precompute=False,
                    precompute_map=False, erasure_secret=SECRET) as client:  # fmt: skip
        engine = client.app.state.service.ready()
        idx = engine.item_index[items[0]]
        before = engine._train_pop._popularity(idx).count
        other = next(str(u) for u in run.model.user_ids_ if str(u) != user)
        path, params = f"/v1/users/{other}/explanations/{items[0]}", {"method": "cooccurrence"}
        expl = client.get(path, params=params).json()["explanation"]
        served_before = next(e["count"] for e in expl["evidence"] if e["kind"] == "popularity")
        assert client.delete(f"/v1/users/{user}").status_code == 200
        after = engine._train_pop._popularity(idx).count
        expl = client.get(path, params=params).json()["explanation"]
        served_after = next(e["count"] for e in expl["evidence"] if e["kind"] == "popularity")
    return {"db": str(db), "url": url, "user": user, "items": items, "before": before, "after": after,
            "served": (served_before, served_after), "n_train": int(lengths[row])}


def test_an_erased_user_counts_in_no_evidence_at_once(erased: dict) -> None:
    assert erased["after"] == erased["before"] - 1  # popularity of an item they bought, right after DELETE
    assert erased["served"] == (erased["before"], erased["after"])  # and in the served explanation


def test_a_new_database_on_the_folder_keeps_the_erasure(model_dirs: dict[str, Path], erased: dict,
                                                        tmp_path: Path) -> None:
    import json

    from whyrec.errors import WhyrecError

    ledger = json.loads((model_dirs["ease"] / "erasures.json").read_text())
    assert erased["user"] not in json.dumps(ledger) and len(ledger["tombstones"]) == 1  # a keyed hash, not the id
    url = f"sqlite:///{tmp_path / 'second.sqlite'}"
    with app_client(model_dirs["ease"], url, key_header(KEY), api_key=KEY, precompute=False, precompute_map=False,
                    erasure_secret=SECRET) as client:  # fmt: skip
        assert client.get(f"/v1/users/{erased['user']}/recommendations").status_code == 410
        assert Store(url, erasure_secret=SECRET).count_events(erased["user"]) == 0
    with pytest.raises(WhyrecError, match="WHYREC_ERASURE_SECRET"):  # another key: refuse, never re-import them
        with app_client(model_dirs["ease"], f"sqlite:///{tmp_path / 'third.sqlite'}", api_key=KEY,
                        precompute=False, precompute_map=False, erasure_secret="another-secret"):  # fmt: skip
            pass


def test_forget_reports_folders_that_hold_erased_users(model_dirs: dict[str, Path], erased: dict) -> None:
    store = Store(erased["url"], erasure_secret=SECRET)
    [row] = erased_in_runs([model_dirs["ease"]], store)
    assert row["erased"] == 1 and not row["clean"]
    res = CliRunner().invoke(cli, ["forget", str(model_dirs["ease"]), "--db", erased["db"]])
    assert res.exit_code == 1 and "holds erased users" in res.output


def test_forget_retrains_a_folder_without_them(model_dirs: dict[str, Path], erased: dict, tmp_path: Path) -> None:
    out = tmp_path / "forgotten"
    res = CliRunner().invoke(cli, ["forget", str(model_dirs["ease"]), "--db", erased["db"], "--out", str(out),
                                   "--json"])  # fmt: skip
    assert res.exit_code == 0, res.output
    user = erased["user"]
    for f in out.iterdir():  # the id is in no file of the new folder (params, weights, run record, titles)
        assert user.encode() not in f.read_bytes(), f.name
    run = open_run(out)  # the run record's tombstones and the store rebuild the same data
    assert user not in {str(u) for u in run.model.user_ids_}
    assert user not in {str(u) for u in run.dataset.user_ids}
    old = open_run(model_dirs["ease"])
    row_old = int(np.flatnonzero(old.dataset.user_ids.astype(str) == user)[0])
    n_user = int((old.dataset.interactions["user"] == row_old).sum())
    assert run.dataset.n_interactions == old.dataset.n_interactions - n_user
    [row] = erased_in_runs([out], Store(erased["url"], erasure_secret=SECRET))
    assert row["clean"] and row["erased"] == 0
    assert run.model.recommend([str(run.model.user_ids_[0])], k=5)[0].shape == (1, 5)  # a working model


def test_forget_refuses_a_folder_that_is_not_a_model(tmp_path: Path, erased: dict, capsys, monkeypatch) -> None:
    import sys

    from whyrec.cli import main

    monkeypatch.setattr(sys, "argv", ["whyrec", "forget", str(tmp_path), "--db", erased["db"]])
    with pytest.raises(SystemExit) as e:
        main()
    msg = " ".join(capsys.readouterr().err.split())
    assert e.value.code == 2 and "not a model folder" in msg and "Traceback" not in msg
