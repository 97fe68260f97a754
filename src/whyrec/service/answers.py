"""The answers of the HTTP API as pydantic models: one per route, in /docs and checked on every answer.

Each JSON route declares its model as ``response_model`` (FastAPI validates the answer against it, so a field
missed on one code path fails a test instead of reaching a client) except ``GET /v1/users/{u}/recommendations``,
whose bytes are kept pre-rendered (:mod:`whyrec.service.responses`): it declares :class:`Recommendations` for
the document and the tests validate its answers against it. Evidence records are described by their common
fields (``kind`` and the kind's own fields, see :mod:`whyrec.explain.evidence`).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CatalogueItem",
    "CreditAnswer",
    "CreditApplicants",
    "Deleted",
    "EventsStored",
    "ExplanationAnswer",
    "ExplanationOut",
    "Health",
    "HistoryAnswer",
    "Item",
    "ItemList",
    "MapAnswer",
    "Ready",
    "Reason",
    "Recommendations",
    "UserList",
]


class _Closed(BaseModel):
    """An answer whose fields are all named: an unnamed one is an error."""

    model_config = ConfigDict(extra="forbid")


class Health(_Closed):
    """GET /healthz: the process is up."""

    status: str = Field(examples=["ok"])


class Ready(_Closed):
    """GET /readyz: the model is loaded and the store answers."""

    status: str = Field(examples=["ready"])
    model: str = Field(description="The served model's class", examples=["SASRec"])
    schema_version: int
    items: int = Field(description="Items the model scores")
    precompute: dict[str, Any] | None = Field(description="The precomputing pass's progress (None when off)")
    prebuilt: dict[str, Any] | None = Field(
        default=None, description="What the answers file (--answers) gave: rows, loaded, and those left out because "
        "the user was erased, the evidence counts or a named item changed since, or past the answer cache's memory "
        "(None without a file)")


class UserList(_Closed):
    """GET /v1/users: a page of user ids."""

    users: list[str]
    total: int = Field(description="Users with events or a profile")


# the item attributes shown beside every item id (None when the catalogue lacks one): title, category, brand, price
# (fields named in each model, in the order of the answer)


class HistoryEvent(_Closed):
    """One event of a history, with the item's attributes."""

    item: str
    title: Any
    category: Any
    brand: Any
    price: Any
    timestamp: float
    event: str


class HistoryAnswer(_Closed):
    """GET /v1/users/{user_id}/history."""

    user: str
    items: list[HistoryEvent] = Field(description="The latest events, newest last")


class Evidence(BaseModel):
    """One evidence record: ``kind`` (``history_item``, ``feature``, ``neighbour``, ``popularity``,
    ``counterfactual``, ...) and that kind's fields."""

    model_config = ConfigDict(extra="allow")

    kind: str


class ExplanationOut(_Closed):
    """An explanation (``whyrec.explain.Explanation.to_dict``)."""

    user: str
    item: str
    score: float | None
    rank: int | None = Field(description="1-based among the items not in the history; None for a history item")
    method: str
    evidence: list[Evidence]
    ms: float | None
    faithfulness: dict[str, Any]
    baseline_score: float | None
    notes: list[str]
    extras: dict[str, Any]


class Reason(_Closed):
    """A sentence for a shopper and whether the fact checker passed it."""

    text: str
    backend: str
    checked: bool
    fallback_used: bool


class RecommendedItem(_Closed):
    """One recommended item."""

    item: str
    title: Any
    category: Any
    brand: Any
    price: Any
    score: float
    rank: int
    explanation: ExplanationOut | None = Field(description="None when explain=false")
    reason: Reason | None = Field(description="None unless narrate=true")


class Recommendations(_Closed):
    """GET /v1/users/{user_id}/recommendations."""

    user: str
    known: bool = Field(description="The store holds events of the user")
    cold_start: bool = Field(description="Recommended by popularity: the model cannot use the user's history")
    model: str
    method: str | None = Field(description="The explanation method (None when explain=false)")
    cached: bool = Field(description="A kept answer (the history and the items it names are unchanged)")
    ms: float
    items: list[RecommendedItem]


class ExplanationAnswer(_Closed):
    """GET /v1/users/{user_id}/explanations/{item_id}."""

    user: str
    item: str
    title: Any
    category: Any
    brand: Any
    price: Any
    known: bool
    cold_start: bool
    rank: int | None
    k: int
    in_top_k: bool
    in_history: bool
    ms: float
    explanation: ExplanationOut
    reason: Reason | None


class Deleted(_Closed):
    """DELETE /v1/users/{user_id}."""

    deleted: dict[str, int] = Field(
        description="Rows removed: events and profile", examples=[{"events": 3, "profile": 0}]
    )


class EventsStored(_Closed):
    """POST /v1/events: events stored and duplicates skipped."""

    accepted: int
    duplicates: int


class CatalogueItem(BaseModel):
    """A catalogue item: ``item``, the typed attributes (None when not given), then the others as given."""

    model_config = ConfigDict(extra="allow")

    item: str
    title: Any
    brand: Any
    category: Any
    price: Any


class Item(CatalogueItem):
    """A catalogue item and whether the served model scores it."""

    in_model: bool


class ItemList(_Closed):
    """GET /v1/items: catalogue items matching the query."""

    items: list[CatalogueItem]


class MapPoint(BaseModel):
    """One item on the map."""

    model_config = ConfigDict(extra="forbid")

    item: str
    x: float
    y: float
    category: Any = None
    group: str | None = None
    title: Any = None
    approx: bool | None = Field(None, description="Placed at its nearest mapped neighbour (not in the t-SNE sample)")


class MapAnswer(_Closed):
    """GET /v1/map: the t-SNE points and the user's marked items."""

    points: list[MapPoint]
    history: list[str]
    recommended: list[str]


class CreditField(BaseModel):
    """One field of an applicant: its value, its part of the log-odds of bad (positive: towards a decline) and, for
    a scorecard, its points."""

    model_config = ConfigDict(extra="allow")

    field: str
    value: Any
    contribution: float = Field(description="Part of the log-odds of bad, relative to the average applicant")
    points: float | None = Field(None, description="The scorecard's points for the field (None for other models)")


class CreditRecourse(BaseModel):
    """The smallest change to actionable fields that turns a decline (``whyrec.credit.Recourse.to_dict``)."""

    model_config = ConfigDict(extra="allow")

    changes: dict[str, list[Any]] = Field(description="field -> [from, to]; empty when already approved",
                                          examples=[{"duration_in_month": [36, 24]}])
    p_before: float
    p_after: float = Field(description="P(bad) of the changed applicant, scored again on its own")
    cutoff: float
    distance: float
    verified: bool = Field(description="The changed applicant, scored on its own, is approved")
    n_fields: int
    tried: int


class CreditAnswer(_Closed):
    """GET /v1/credit/applicants/{row}: the decision, its principal reasons, every field's part and the recourse."""

    applicant: int = Field(description="Row of the applicant in the run's table (0-based)")
    p_bad: float = Field(description="The model's probability of a bad outcome")
    score: float = Field(description="Points: 600 at 50:1 good:bad odds, 20 more doubling them")
    cutoff: float = Field(description="P(bad) at and above which the applicant is declined")
    decision: str = Field(examples=["declined", "approved"])
    reasons: list[str] = Field(description="The principal reasons of a decline (field names, never a protected "
                               "field); empty when approved")
    base: float = Field(description="The log-odds of bad of the average applicant")
    method: str = Field(description="How the contributions were computed")
    fields: list[CreditField] = Field(description="Every field, the largest push towards a decline first")
    recourse: CreditRecourse | None = Field(description="None when no change of at most three actionable fields "
                                            "turns the decline")
    narration: dict[str, Any] | None = Field(None, description="The decision in words: text, lang, source "
                                             "(template), checked (by whyrec.credit.narrate's closed-world checker)")


class CreditRow(_Closed):
    """One applicant of the listing."""

    applicant: int
    p_bad: float
    score: float
    decision: str


class CreditApplicants(_Closed):
    """GET /v1/credit/applicants: the credit run and a page of its applicants."""

    data: str = Field(description="The applicants' table", examples=["german-credit"])
    model: str = Field(examples=["scorecard"])
    applicants: int = Field(description="Applicants in the run's table")
    declined: int = Field(description="Of them, declined at the cut-off")
    cutoff: float
    cv: dict[str, Any] = Field(description="The cross-validated figures (auc_mean, ks_mean, brier_mean, ...)")
    matching: int = Field(description="Applicants with the asked decision (all without one)")
    rows: list[CreditRow]
