"""`whyrec demo`, `whyrec explain` and `whyrec map`, run in-process on real (small) trained models."""

import io
import json
import sys

import pytest
from rich.console import Console
from typer.testing import CliRunner

from whyrec.cli import _evidence_rows, app, evidence_line, main, render_explanation
from whyrec.explain import Explanation, Feature, HistoryItem
from whyrec.runs import open_run

runner = CliRunner()
PNG = b"\x89PNG\r\n\x1a\n"
#: a small shop and a short SASRec training, so that the demo takes seconds
DEMO = ["demo", "--n-users", "150", "--show", "1", "--param", "epochs=2", "--param", "max_seconds=20"]


def _ok(args):
    res = runner.invoke(app, [str(a) for a in args])
    assert res.exit_code == 0, res.output + repr(res.exception)
    return res.output


def _fails(argv, capsys):
    """Run the console entry point; return the error output (exit code 2 asserted)."""
    old = sys.argv
    sys.argv = ["whyrec", *map(str, argv)]
    try:
        with pytest.raises(SystemExit) as e:
            main()
    finally:
        sys.argv = old
    msg = capsys.readouterr().err
    assert e.value.code == 2, (argv, msg)
    assert "Traceback" not in msg
    return " ".join(msg.split())


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "demo-out"
    text = _ok([*DEMO, "--out", out])
    return out, text


def _top1(folder, user="U00001"):
    """The user's top item with the histories explanations use (train + valid, as the demo shows them)."""
    run = open_run(folder)
    return str(run.model.recommend(user, k=1, histories=run.histories)[0][0])


def test_demo_writes_run_record_and_pictures(demo_dir):
    out, text = demo_dir
    info = json.loads((out / "run.json").read_text())
    assert info["data"] == "sample-shop" and info["n_users"] == 150 and info["shop_seed"] == 0
    assert info["params"]["epochs"] == 2
    assert (out / "items.json").is_file()
    assert "because" in text  # each recommendation is shown with its evidence
    pictures = sorted(p.name for p in out.glob("*.png"))
    assert [p.split("-")[0] for p in pictures] == ["attention", "evidence", "map"], pictures
    for p in out.glob("*.png"):
        assert p.read_bytes()[:8] == PNG and p.stat().st_size > 5000
        assert p.name in " ".join(text.split()).replace(" ", "") or p.name in text  # the paths are printed


def test_explain_json_default_method(demo_dir):
    out, _ = demo_dir
    item = _top1(out)
    d = json.loads(_ok(["explain", out, "--user", "U00001", "--item", item, "--json"]))
    assert d["user"] == "U00001" and d["item"] == item and d["rank"] == 1
    assert d["method"] == "shap"  # SASRec's default: first of methods_for (benchmarks/results/explain.md)
    recs = [e for e in d["evidence"] if e["kind"] == "history_item"]
    assert recs and all(isinstance(e["removal_effect"], float) for e in recs)
    total = d["baseline_score"] + sum(e["weight"] for e in recs)  # Shapley values: efficiency
    assert abs(total - d["score"]) <= d["faithfulness"]["completeness_error"] + 1e-4
    for e in recs:  # a weight whose sign contradicts the item's own removal effect is labelled
        if e["weight"] * e["removal_effect"] < 0 and min(abs(e["weight"]), abs(e["removal_effect"])) > 1e-4:
            assert e["interaction"]


def test_explain_table_and_plot(demo_dir, tmp_path):
    out, _ = demo_dir
    item = _top1(out)
    pic = tmp_path / "why.png"
    text = _ok(["explain", out, "--user", "U00001", "--item", item, "--method", "counterfactual", "--plot", pic])
    assert "counterfactual" in text and "U00001" in text
    assert pic.read_bytes()[:8] == PNG
    # an item outside the top-k gets a why-not counterfactual
    d = json.loads(_ok(["explain", out, "--user", "U00001", "--item", "P0003", "--method", "counterfactual", "--json"]))
    assert d["method"] in ("why_not", "counterfactual") or d["rank"] is None


def test_explain_errors_name_the_bad_value(demo_dir, capsys):
    out, _ = demo_dir
    item = _top1(out)
    msg = _fails(["explain", out, "--user", "nobody", "--item", item], capsys)
    assert "--user 'nobody'" in msg and "Fix:" in msg
    msg = _fails(["explain", out, "--user", "U00001", "--item", "P99999"], capsys)
    assert "--item 'P99999'" in msg and "Fix:" in msg
    msg = _fails(["explain", out, "--user", "U00001", "--item", item, "--method", "magic"], capsys)
    assert "--method 'magic'" in msg and "integrated_gradients" in msg
    msg = _fails(["explain", out, "--user", "U00001", "--item", item, "--method", "additive"], capsys)
    assert "cannot explain SASRec" in msg and "Fix: use one of" in msg
    msg = _fails(["explain", out.parent / "nowhere", "--user", "U00001", "--item", item], capsys)
    assert "nowhere" in msg and "params.json" in msg


def test_map_writes_png(demo_dir, tmp_path):
    out, _ = demo_dir
    pic = tmp_path / "map.png"
    text = _ok(["map", out, "--out", pic, "--user", "U00002", "-k", "5"])
    assert pic.read_bytes()[:8] == PNG and "map.png" in text


def test_explain_additive_model_from_train(tmp_path, capsys):
    folder = tmp_path / "ease"
    _ok(["train", "--data", "sample-shop", "--model", "ease", "--param", "l2=50", "--out", folder])
    item = _top1(folder)
    d = json.loads(_ok(["explain", folder, "--user", "U00001", "--item", item, "--json"]))
    assert d["method"] == "additive" and d["faithfulness"]["exact"] is True
    msg = _fails(["explain", folder, "--user", "U00001", "--item", item, "--method", "attention"], capsys)
    assert "'attention'" in msg and "additive" in msg


@pytest.mark.parametrize("cmd", ["explain", "map", "demo"])
def test_help_has_an_example(cmd):
    assert "Example:" in _ok([cmd, "--help"])


# ------------------------------------------------------------------ what each shown number is (no model needed)
def _path_explanation():
    """A deletion path: P2, removed first, is an interaction (weight +, removing it alone raises the score)."""
    ev = [
        HistoryItem(item="P1", weight=0.2, title="Trail Bottle", removal_effect=0.25, step=2),
        HistoryItem(item="P2", weight=0.3, title="Yoga Mat", removal_effect=-0.03, interaction=True, step=1),
        HistoryItem(item="P3", weight=-0.01, title="Socks", removal_effect=-0.01, step=3),
    ]
    return Explanation(user="U1", item="P9", score=1.0, rank=1, method="deletion_path", evidence=ev, notes=["a note"])


def _rendered(expl):
    con = Console(width=200, record=True, file=io.StringIO())
    con.print(render_explanation(expl, {}))
    return con.export_text()


def test_evidence_rows_show_steps_alone_and_interaction():
    rows = _evidence_rows(_path_explanation(), {})
    assert [r[1] for r in rows] == ["step 1: Yoga Mat (P2)", "step 2: Trail Bottle (P1)", "step 3: Socks (P3)"]
    assert [r[2] for r in rows] == ["+0.3 (interaction)", "+0.2", "-0.01"]
    assert [r[3] for r in rows] == ["-0.03", "+0.25", "-0.01"]  # removal_effect, formatted like the weight


def test_render_explanation_has_alone_column_and_legend():
    text = _rendered(_path_explanation())
    assert "alone" in text and "+0.25" in text and "(interaction)" in text
    assert text.index("step 1: Yoga Mat") < text.index("step 2: Trail Bottle") < text.index("step 3: Socks")
    flat = " ".join(text.split())
    assert "weight = score lost at its step of the removal path, after earlier steps" in flat
    assert "alone = score lost if only this item is removed" in flat and "a note" in flat
    # another method: its attribution; no "alone" column when nothing was measured
    hist = HistoryItem(item="P1", weight=0.2)
    other = Explanation("U1", "P9", 1.0, 1, "shap", evidence=[hist, Feature(field="bias", value=1, weight=0.1)])
    text = _rendered(other)
    assert "weight = shap's attribution" in " ".join(text.split()) and "alone" not in text and "step" not in text
    hist.removal_effect = 0.15
    flat = " ".join(_rendered(other).split())
    assert "weight = shap's attribution; alone = score lost if only this item is removed" in flat


def test_evidence_line_marks_interaction_items():
    line = evidence_line(_path_explanation())
    assert line == "Yoga Mat +0.3 (interaction); Trail Bottle +0.2"
