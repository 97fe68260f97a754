"""The command line, run in-process through Typer's runner (real data, real models)."""

import json

import pytest
from typer.testing import CliRunner

from whyrec.cli import app

runner = CliRunner()


def _ok(args):
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output + repr(res.exception)
    return res.output


@pytest.mark.parametrize("cmd", [[], ["train"], ["evaluate"], ["recommend"], ["demo"], ["data", "describe"], ["tune"]])
def test_help_has_an_example(cmd):
    out = _ok([*cmd, "--help"])
    if cmd:
        assert "Example:" in out


def test_describe_sample_shop_json():
    out = _ok(["data", "describe", "sample-shop", "--json"])
    d = json.loads(out)
    assert d["users"] == 2000 and d["interactions"] > 2000


def test_train_evaluate_recommend_roundtrip(tmp_path):
    out_dir = tmp_path / "ease"
    out = _ok(["train", "--data", "sample-shop", "--model", "ease", "--param", "l2=50", "--out", str(out_dir)])
    assert "NDCG@10" in out
    assert (out_dir / "params.json").is_file() and (out_dir / "run.json").is_file()
    run = json.loads((out_dir / "run.json").read_text())
    assert run["params"] == {"l2": 50}
    ev = json.loads(_ok(["evaluate", str(out_dir), "--protocol", "loo-sampled-100", "--json"]))
    assert 0.0 < ev["HR@10"] <= 1.0
    rec = json.loads(_ok(["recommend", str(out_dir), "--user", "U00001", "-k", "4", "--json"]))
    assert len(rec[0]["items"]) == 4 and rec[0]["items"][0]["title"]


def test_errors_are_one_line_and_name_the_value(tmp_path, capsys):
    from whyrec.cli import main

    out_dir = tmp_path / "pop"
    _ok(["train", "--data", "sample-shop", "--model", "pop", "--out", str(out_dir)])
    import sys

    for argv, expect in [
        (["recommend", str(out_dir), "--user", "nobody"], "nobody"),
        (["recommend", str(out_dir), "--user", "U00001", "-k", "0"], "k must be an int"),
        (["train", "--data", "sample-shop", "--model", "gru9", "--out", str(tmp_path / "x")], "gru9"),
        (
            ["train", "--data", "sample-shop", "--model", "ease", "--param", "l2", "--out", str(tmp_path / "y")],
            "name=value",
        ),
        (["evaluate", str(tmp_path / "missing")], "missing"),
        (["train", "--data", "sample-shop", "--model", "pop", "--out", str(out_dir / "params.json")], "--out"),
    ]:
        old = sys.argv
        sys.argv = ["whyrec", *argv]
        try:
            with pytest.raises(SystemExit) as e:
                main()
        finally:
            sys.argv = old
        assert e.value.code == 2, argv
        msg = capsys.readouterr().err
        assert expect in msg and "Traceback" not in msg, (argv, msg)


def _run_main(argv: list[str], capsys) -> tuple[int, str, str]:
    import sys

    from whyrec.cli import main

    old = sys.argv
    sys.argv = ["whyrec", *argv]
    try:
        main()
        code = 0
    except SystemExit as e:
        code = int(e.code or 0)
    finally:
        sys.argv = old
    out = capsys.readouterr()
    return code, " ".join(out.out.split()), " ".join(out.err.split())


def test_reader_errors_name_the_cli_options_that_fix_them(tmp_path, capsys):
    bad_ts = tmp_path / "ts.csv"
    bad_ts.write_text("user,item,timestamp\nA,x,1\nB,y,zz\nA,y,3\nB,x,4\n")
    code, _, err = _run_main(["data", "describe", str(bad_ts)], capsys)
    assert code == 2 and "--lenient" in err and "strict=False" not in err and "line 3" in err
    code, out, _ = _run_main(["data", "describe", str(bad_ts), "--lenient", "--json"], capsys)
    assert code == 0 and '"interactions": 3' in out
    code, _, err = _run_main(["data", "describe", str(bad_ts), "--encoding", "klingon"], capsys)
    assert code == 2 and "--encoding utf-8" in err and "encoding=" not in err
    odd = tmp_path / "odd.csv"
    odd.write_text("aa,bb,cc\nA,x,1\nB,y,2\nA,y,3\nB,x,4\n")
    code, _, err = _run_main(["data", "describe", str(odd)], capsys)
    assert code == 2 and "--column user=<column>" in err and "columns=" not in err
    code, out, _ = _run_main(["data", "describe", str(odd), "--column", "user=aa", "--column", "item=bb",
                              "--column", "timestamp=cc", "--json"], capsys)  # fmt: skip
    assert code == 0 and '"interactions": 4' in out
    code, _, err = _run_main(["data", "describe", str(odd), "--column", "user"], capsys)
    assert code == 2 and "not field=column" in err
    # a model trained with --column is reopened the same way (the run record keeps the reader options)
    out_dir = tmp_path / "m"
    code, _, err = _run_main(["train", "--data", str(odd), "--model", "pop", "--column", "user=aa", "--column",
                              "item=bb", "--column", "timestamp=cc", "--out", str(out_dir)], capsys)  # fmt: skip
    assert code == 0, err
    from whyrec.runs import open_run

    assert open_run(out_dir).dataset.n_interactions == 4


def test_index_then_recommend_ann_matches_exact_and_errors_are_named(tmp_path, capsys):
    out_dir = tmp_path / "bpr"
    _ok(["train", "--data", "sample-shop", "--model", "bpr", "--param", "epochs=3", "--out", str(out_dir)])
    code, _, err = _run_main(["recommend", str(out_dir), "--user", "U00001", "--ann"], capsys)
    assert code == 2 and f"whyrec index {out_dir}" in err and "Traceback" not in err
    code, _, err = _run_main(["index", str(out_dir), "--lists", "8", "--probe", "9"], capsys)
    assert code == 2 and "--probe 9" in err
    code, _, err = _run_main(["index", str(out_dir), "--target-recall", "1.5"], capsys)
    assert code == 2 and "--target-recall 1.5" in err
    out = _ok(["index", str(out_dir), "--lists", "8", "--probe", "8"])  # every list: the same as exact
    assert "8 lists" in " ".join(out.split())
    args = ["recommend", str(out_dir), "--user", "U00001", "--user", "U00002", "-k", "5", "--json"]
    exact, approx = json.loads(_ok(args)), json.loads(_ok([*args, "--ann"]))
    assert [[i["item"] for i in r["items"]] for r in approx] == [[i["item"] for i in r["items"]] for r in exact]
