"""Credit decisions: GET /v1/credit/applicants, GET /v1/credit/applicants/{row}, and the page at /credit.

They serve the credit run the server was started with (``whyrec serve ... --credit DIR``); without one they
answer 404 ``no_credit_run``, saying how to start it with one. Applicants' fields are personal data: the routes
are read routes (a key with the ``read`` scope, unless the server runs with ``--public-reads``), rate-limited as
the others.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import Path as PathParam
from fastapi import Query
from fastapi.responses import FileResponse

from whyrec.service.answers import CreditAnswer, CreditApplicants
from whyrec.service.deps import MAX_OFFSET
from whyrec.service.errors import error_responses
from whyrec.service.routes import RouteContext

#: the credit page (served at /credit, so that its relative paths name the API and the shared files at /)
PAGE = Path(__file__).resolve().parents[1] / "static" / "credit.html"

Row = Annotated[int, PathParam(description="Row of the applicant in the run's table: 0 to the number of "
                               "applicants - 1 (GET /v1/credit/applicants says how many)", examples=[0])]
Lang = Annotated[str, Query(pattern="^(en|zh)$", description="Language of the notice in words: en or zh")]
Decision = Annotated[str | None, Query(pattern="^(approved|declined)$",
                                       description="Only the applicants with this decision: approved or declined")]


def add_routes(ctx: RouteContext) -> None:
    """Add these routes to ``ctx.app`` (in the order of the API document)."""
    app, svc = ctx.app, ctx.svc
    read_deps, read_st = ctx.access.routes["read"]

    # ------------------------------------------------------------ credit
    @app.get("/v1/credit/applicants", tags=["credit"], dependencies=read_deps, response_model=CreditApplicants,
             responses=error_responses(*read_st, 404, 422, 503))  # fmt: skip
    def credit_applicants(
        decision: Decision = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    ) -> Any:
        """The credit run (its data, model, cut-off and cross-validated figures) and a page of its applicants with
        their scores and decisions, in row order (404 ``no_credit_run`` when the server has none)."""
        return svc.credit_desk().listing(decision, limit, offset)

    @app.get("/v1/credit/applicants/{row}", tags=["credit"], dependencies=read_deps, response_model=CreditAnswer,
             responses=error_responses(*read_st, 404, 422, 503))  # fmt: skip
    def credit_applicant(row: Row, lang: Lang = "en") -> Any:
        """One applicant's decision and score, the principal reasons of a decline (never a protected field), every
        field's part of the log-odds of bad, the smallest verified change that turns a decline and the notice in words
        (``lang``: en or zh; the template, checked against the same evidence) (404
        ``unknown_applicant`` for a row outside the table, ``no_credit_run`` when the server has none)."""
        desk = svc.credit_desk()
        answer = desk.applicant(row)
        answer = {**answer, "narration": desk.notice(answer, lang)}
        # the fields of the answer's model: a key the run adds later is left out rather than refused with a 500
        return {k: v for k, v in answer.items() if k in CreditAnswer.model_fields}

    @app.get("/credit", include_in_schema=False)
    def credit_page() -> FileResponse:
        """The credit page (its script reads the routes above)."""
        return FileResponse(PAGE, media_type="text/html; charset=utf-8")
