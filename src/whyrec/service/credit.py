"""The credit run the service serves (``whyrec serve --credit DIR``): opened once, every answer kept.

:class:`CreditDesk` holds the :class:`whyrec.credit.run.CreditRun` that
:func:`whyrec.credit.run.open_credit_run` fitted again at start-up, every
applicant's probability of bad (one vectorised call, for the listing) and the
answers already given: an applicant's answer (its decision, score, principal
reasons, every field's contribution, from
:func:`whyrec.credit.run.explain_applicant`, and its verified recourse, from
:func:`whyrec.credit.run.recourse_for`) depends only on the fixed table and
model, so it is computed once and kept. The model is called under a lock (one
applicant at a time), as the command line calls it. ``whyrec.credit`` (the
``credit`` extra) is imported only when a run is opened.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from whyrec.service.errors import ApiError

if TYPE_CHECKING:
    from whyrec.credit.run import CreditRun

__all__ = ["CREDIT_OFF_FIX", "CreditDesk", "no_credit_run"]

#: how to turn the credit routes on (the 404 of a server started without a credit run says it)
CREDIT_OFF_FIX = (
    "start the server with a credit run: whyrec serve MODEL_DIR --credit RUN_DIR (RUN_DIR written by "
    "'whyrec credit train --out RUN_DIR' or 'whyrec demo --credit'), or Settings(credit_dir=RUN_DIR)"
)
DECISIONS = ("approved", "declined")


def no_credit_run() -> ApiError:
    """The answer of a credit route on a server started without a credit run: 404 ``no_credit_run``."""
    return ApiError(
        404, "no_credit_run", "this server serves no credit run: it was started without --credit", fix=CREDIT_OFF_FIX
    )


class CreditDesk:
    """One opened credit run and the answers given about its applicants (see the module docstring).

    ``keep``: how many applicants' answers are kept (the least recently asked go first).
    """

    def __init__(self, run: CreditRun, keep: int = 4096) -> None:
        from whyrec.credit import points

        self.run = run
        self.n = len(run.data.X)
        self.p_bad = np.asarray(run.model.predict_bad(run.data.X), dtype=float)
        self.scores = np.asarray(points(self.p_bad), dtype=float)
        self.declined = self.p_bad >= run.cutoff  # the rule of whyrec.credit.run.explain_applicant
        self.keep = keep
        self._lock = threading.Lock()
        self._answers: OrderedDict[int, dict[str, Any]] = OrderedDict()

    @classmethod
    def open(cls, folder: str | Path) -> CreditDesk:
        """The desk of the credit run in ``folder`` (fitted again: a second or two on German Credit)."""
        from whyrec.credit.run import open_credit_run

        return cls(open_credit_run(Path(folder)))

    def check_row(self, row: int) -> int:
        """``row`` when it is an applicant's (0 to n-1), else ApiError 404 ``unknown_applicant``."""
        if not 0 <= row < self.n:
            raise ApiError(
                404,
                "unknown_applicant",
                f"no applicant at row {row}: this credit run has {self.n} applicants, rows 0 to {self.n - 1}",
                fix=f"ask for a row from 0 to {self.n - 1} (GET /v1/credit/applicants lists them with their "
                "decisions)",
                field="row",
                value=row,
            )
        return row

    def applicant(self, row: int) -> dict[str, Any]:
        """The answer about the applicant at ``row``: :func:`~whyrec.credit.run.explain_applicant`'s dict and
        ``recourse`` (:func:`~whyrec.credit.run.recourse_for`'s, as a dict; None when no change of at most three
        actionable fields turns the decline; no changes when approved)."""
        from whyrec.credit.run import explain_applicant, recourse_for

        row = self.check_row(row)
        with self._lock:
            kept = self._answers.get(row)
            if kept is not None:
                self._answers.move_to_end(row)
                return kept
            answer = dict(explain_applicant(self.run, row))
            found = recourse_for(self.run, row)
            answer["recourse"] = None if found is None else found.to_dict()
            if self.keep:
                self._answers[row] = answer
                while len(self._answers) > self.keep:
                    self._answers.popitem(last=False)
            return answer

    def notice(self, answer: dict[str, Any], lang: str) -> dict[str, Any]:
        """The notice in ``lang`` of an answer of :meth:`applicant` (:mod:`whyrec.credit.narrate`'s template,
        checked closed-world: the service writes no notice with a language model)."""
        from whyrec.credit.narrate import narrate_decision

        facts = self.run.facts(answer, answer["recourse"])
        out = narrate_decision(facts, lang)
        return {k: out[k] for k in ("text", "lang", "source", "checked")}

    def listing(self, decision: str | None, limit: int, offset: int) -> dict[str, Any]:
        """The run's record and a page of its applicants (those with ``decision`` when given), in row order."""
        if decision is None:
            rows = np.arange(self.n)
        else:
            rows = np.flatnonzero(self.declined if decision == "declined" else ~self.declined)
        page = rows[offset : offset + limit]
        info = self.run.info
        return {
            "data": str(info.get("data", "")),
            "model": str(info.get("model", "")),
            "applicants": self.n,
            "declined": int(self.declined.sum()),
            "cutoff": float(self.run.cutoff),
            "cv": dict(info.get("cv") or {}),
            "matching": len(rows),
            "rows": [
                {"applicant": int(r), "p_bad": float(self.p_bad[r]), "score": float(self.scores[r]),
                 "decision": "declined" if self.declined[r] else "approved"}
                for r in page
            ],
        }
