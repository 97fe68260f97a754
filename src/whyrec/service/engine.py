"""The service's logic, apart from HTTP: recommendations and explanations from a model and the live store.

:class:`Engine` composes a model folder (:class:`~whyrec.runs.Run`), the
:class:`~whyrec.store.Store` and the explain package:

- A user's history is their stored events (:class:`HistoryCache`), so a new
  event changes the next answer without retraining. A model that scores
  from the history alone (SASRec, EASE, ItemKNN) scores and explains the
  history itself (``Recommender.score_histories``,
  ``Explainer.explain_history``), for any user with events, known to the
  model or not; a model with learned user vectors (BPR, FM) uses its vector
  only for a user it was trained on, who has events, and who was never
  deleted, with their store history in that user's own row.
- Everybody else is a cold-start user: the training popularity model
  recommends, and the popularity explainer says so.
- Explanations come from :func:`whyrec.explain.make_explainer` (by default
  the model's most faithful attribution method, with integrated gradients
  at ``ig_steps`` steps), plus a Popularity record (a fact of the training
  data); an item outside the top-k gets a verified "why not" counterfactual.
  Explanations are cached by (user, history, item, method), so a repeated
  request costs a look-up.
- ``narrate`` goes through :class:`whyrec.narrate.Narrator` when that
  package is installed.

All model and explainer work runs on one dedicated thread, one call at a
time: the explainers hook the model's modules while they run, and PyTorch's
OpenMP worker pools, one per calling thread, would otherwise spin against
each other (measured: 10 ms scoring calls took 500 ms once several request
threads had used the model on a 2-core machine). The thread takes jobs by
priority (:class:`ModelWorker`): an expensive explanation method runs one
item per job, behind the cheap requests' jobs, and a request's job waits in
a bounded queue with a deadline (:meth:`Engine.on_model_thread_at`).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from whyrec.data.dataset import Histories
from whyrec.errors import WhyrecError
from whyrec.explain import (
    Explainer,
    ExplainError,
    Explanation,
    Popularity,
    default_method,
    make_explainer,
    methods_for,
)
from whyrec.models import make_model
from whyrec.narrate.cache import LRUCache
from whyrec.service.errors import ApiError, erased_error, json_bytes
from whyrec.service.histories import HistoryCache, UserState, one_user_histories
from whyrec.service.limits import EXPENSIVE_METHODS
from whyrec.service.responses import (
    Precomputer,
    ResponseCache,
    Shape,
    build_items,
    named_items,
    render_answer,
    settle_memory,
)
from whyrec.service.worker import MODEL_THREAD, ModelWorker, Ticket
from whyrec.store import Store

if TYPE_CHECKING:
    from whyrec.models.pop import Popularity as PopularityModel

log = logging.getLogger("whyrec.service")
#: seconds of clock skew between the processes sharing a store that a catalogue write may have (sync_catalogue)
CATALOGUE_SKEW = 5.0

#: method name that asks for a "why not" counterfactual
WHY_NOT = "why_not"
#: item attributes shown beside every item id
SUMMARY_FIELDS: tuple[str, ...] = ("title", "category", "brand", "price")


@dataclass
class View:
    """How the service scores one user now.

    ``personal``: the model scores from the user's history (or learned
    vector); otherwise the user is cold-start. ``u`` is the model's index of
    the user when it was trained on them (and they were never deleted), else
    None; ``histories`` is set for a model of learned user vectors only: the
    user's store history in their own row ``u``. ``key`` is what
    explanations are cached under.
    """

    user: str
    state: UserState
    personal: bool
    u: int | None
    histories: Histories | None
    key: tuple[Any, ...]

    @property
    def known(self) -> bool:
        """Whether the store holds events of this user."""
        return self.state.n_events > 0


class Engine:
    """Recommendations, explanations and reasons for the users of a store (see the module docstring)."""

    def __init__(self, run: Any, store: Store, settings: Any) -> None:
        self.run = run
        self.store = store
        self.settings = settings
        self.model = run.model
        self.dataset = run.dataset
        self.model_name = type(self.model).__name__
        self.item_ids = np.asarray(self.model.item_ids_, dtype=object)
        self.item_index = {str(x): i for i, x in enumerate(self.item_ids)}
        self.user_index = {str(x): i for i, x in enumerate(self.model.user_ids_)}
        self.n_users, self.n_items = int(self.model.n_users_), int(self.model.n_items_)
        self.history_based = bool(getattr(self.model, "history_based", False))
        self._worker = ModelWorker(MODEL_THREAD, settings.expensive_share)
        # expensive explanations on a lane of their own (when asked): a cheap request never waits behind one
        self._slow = ModelWorker(f"{MODEL_THREAD}-expensive", 1.0) if settings.expensive_lane else None
        self._queue_lock = threading.Lock()
        self._waiting = 0  # request jobs submitted to the model thread and not started
        self._job_seconds = 0.05  # moving average of a job's duration (for Retry-After)
        self.on_model_thread(_set_torch_threads, settings.torch_threads)
        self.histories = HistoryCache(store, self.item_index, shared=settings.shared_store(store))
        # the catalogue writes of other processes on a shared store (see sync_catalogue)
        self._catalogue_lock = threading.Lock()
        self._catalogue_floor = time.time() - CATALOGUE_SKEW
        self._catalogue_seen = dict(store.items_updated_since(self._catalogue_floor)) if self.histories.shared else {}
        self.cache = LRUCache(settings.cache_size)
        self.reasons = LRUCache(settings.cache_size)
        self._summaries: dict[str, dict[str, Any]] = {}
        self._summary_lock = threading.Lock()
        self.pop = cast("PopularityModel", make_model("pop").fit(run.train))
        self.methods = self.on_model_thread(methods_for, self.model)  # probes the model: on its thread
        self.default_method = self._default_method(settings.explain_method)
        self._explainers: dict[tuple[str, str], Explainer] = {}  # (lane, method): a lane's own, never shared
        self._train_pop = make_explainer("popularity", self.model, self.dataset, self.model.history_, fallback=True)
        self._narrator: Any = None
        self._narrate_lock = threading.Lock()
        self._narrator_error: str | None = None
        self.responses = ResponseCache(settings.response_cache_mb * 2**20)
        self.precomputer = Precomputer(self.precompute_user, on_first_pass=settle_memory)
        self.prebuilt: dict[str, Any] | None = None  # what an answers file gave (whyrec.service.prebuilt)
        # erased users of the training data count in no evidence figure (co-occurrence, popularity)
        self._excluded_rows: set[int] = {self.user_index[u] for u in store.erased(self.user_index)}
        self._exclude_from_evidence()

    # ------------------------------------------------------------ set-up
    def on_model_thread(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``fn(*args, **kwargs)`` on the model thread and return its result (its exception is raised here).

        See :meth:`on_model_thread_at` (at priority 0)."""
        return self.on_model_thread_at(0, fn, *args, **kwargs)

    def on_model_thread_at(self, priority: int, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``fn(*args, **kwargs)`` on the model thread at ``priority`` (0 first: 1 for a piece of an expensive
        explanation) and return its result (its exception is raised here).

        A request's job waits in a bounded queue: with ``settings.model_queue_max`` jobs already waiting it is
        refused at once (ApiError 503 ``model_busy`` with ``Retry-After``), and one not started within
        ``settings.model_queue_timeout_s`` is dropped (503 ``model_timeout``). The service's own background
        threads (precomputing, the map: named ``whyrec-...``) are not bounded."""
        name = threading.current_thread().name
        if name.startswith(MODEL_THREAD):
            return fn(*args, **kwargs)
        if name.startswith("whyrec-"):
            return self._lane(priority).submit_at(priority, fn, *args, **kwargs).result()
        timeout = float(self.settings.model_queue_timeout_s)
        with self._queue_lock:
            if self._waiting >= self.settings.model_queue_max:
                raise self._busy("model_busy", f"{self._waiting} requests already wait for the model")
            self._waiting += 1
        ticket = Ticket(time.monotonic() + timeout)

        def job() -> Any:
            self._leave_queue(ticket)
            if time.monotonic() > ticket.deadline:
                raise self._busy("model_timeout", f"the request waited over {timeout:g} s for the model")
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self._job_seconds = 0.8 * self._job_seconds + 0.2 * (time.perf_counter() - t0)

        future = self._lane(priority).submit_at(priority, job)
        try:
            return future.result(timeout=timeout)
        except FutureTimeout:
            if future.cancel():  # never started: dropped
                self._leave_queue(ticket)
                raise self._busy("model_timeout", f"the request waited over {timeout:g} s for the model") from None
            return future.result()  # it started just now: its answer is on its way

    def _leave_queue(self, ticket: Ticket) -> None:
        with self._queue_lock:
            if not ticket.left:
                ticket.left = True
                self._waiting -= 1

    def _busy(self, code: str, why: str) -> ApiError:
        """503 with ``Retry-After``: about the time the jobs waiting now take."""
        seconds = max(1, min(60, math.ceil(self._waiting * self._job_seconds)))
        return ApiError(503, code, f"the model is busy: {why}", fix=f"retry after {seconds} s (the Retry-After "
                        "header); ask for fewer items or a cheaper method to wait less", headers={"Retry-After":
                        str(seconds)})  # fmt: skip

    def close(self) -> None:
        """Stop the precomputing and model threads."""
        self.precomputer.stop()
        self._worker.shutdown()
        if self._slow is not None:
            self._slow.shutdown()

    def start_precompute(self) -> None:
        """Build the default answer (``settings.precompute_k`` items, explained and narrated in each of
        ``settings.precompute_langs``) of every user with events, most recently active first, in the background."""
        self.precomputer.start(self.store.active_users())

    def _default_method(self, asked: str | None) -> str:
        if asked:
            if asked not in self.methods:
                raise WhyrecError(
                    f"explain_method {asked!r} cannot explain {self.model_name}. "
                    f"Fix: use one of {', '.join(self.methods) or 'none'}"
                )
            return asked
        try:  # the library's one policy, on the service's per-request budget (see Settings.explain_method)
            return default_method(self.model, "interactive")
        except ExplainError:
            return "popularity"

    def _params(self, method: str) -> dict[str, Any]:
        if method == "integrated_gradients":
            return {"n_steps": self.settings.ig_steps, "tolerance": 0.01, "max_steps": max(128, self.settings.ig_steps)}
        return {}

    def _lane(self, priority: int) -> ModelWorker:
        """The model thread a job of ``priority`` runs on: pieces of expensive explanations on their own lane."""
        return self._slow if priority > 0 and self._slow is not None else self._worker

    def _explainer(self, method: str, histories: Histories | None = None) -> Explainer:
        """A long-lived explainer of ``method``, this model thread's own, pointed at ``histories`` (a model of
        learned user vectors: the user's own row; None: the training histories, for explaining histories alone)
        (call on a model thread; ``"popularity:cold"`` is popularity over the popularity model, for cold-start
        users)."""
        key = (threading.current_thread().name, method)
        ex = self._explainers.get(key)
        if ex is None:
            if method == "popularity:cold":
                ex = make_explainer("popularity", self.pop, self.dataset, self.pop.history_, fallback=True)
            else:
                ex = make_explainer(method, self.model, self.dataset, histories, fallback=True, **self._params(method))
            self._explainers[key] = ex
            self._exclude_from_evidence()
        ex.histories = histories if histories is not None else ex.model.history_
        return ex

    def warm_up(self) -> None:
        """Explain one personal and one cold-start recommendation (not cached), so that the first request does not
        pay for importing Captum and SciPy's statistics or for the first pass through the model."""
        self.on_model_thread(self._warm_up)

    def _warm_up(self) -> None:
        t0 = time.perf_counter()
        try:
            lengths = self.model.history_.lengths()
            users = np.flatnonzero(lengths > 0)
            empty = UserState(np.zeros(0, dtype=np.int32), 0, False)
            views = [self._make_view("", empty)]
            if len(users):  # a trained user's history: the personal path of any model
                u = int(users[0])
                state = UserState(self.model.history_[u].astype(np.int32), 1, False)
                views.append(self._make_view(str(self.model.user_ids_[u]), state))
            for v in views:
                recs = self.recommend(v, 1)
                if recs:
                    self._compute_here(v, recs[0][0], self.default_method if v.personal else "popularity", None, 10)
        except Exception as e:  # noqa: BLE001 - a failed warm-up only makes the first request slower
            log.warning("warm-up failed: %s: %s", type(e).__name__, e)
        log.info("warm-up took %.1f s", time.perf_counter() - t0)

    # ------------------------------------------------------------ users
    def view(self, user: str) -> View:
        """How ``user`` is scored now (their store history, personal or cold-start); ApiError 410 for an erased
        user (nothing about them is served, not even cold-start answers)."""
        state = self.histories.get(user)
        if state.forgotten:
            raise erased_error(user)
        return self._make_view(user, state)

    def check_not_erased(self, user: str) -> None:
        """ApiError 410 when ``user`` was erased with ``DELETE /v1/users/{user_id}``."""
        if self.histories.get(user).forgotten:
            raise erased_error(user)

    def _scoring(self, user: str, state: UserState) -> tuple[bool, int | None, tuple[Any, ...]]:
        """``(personal, u, key)`` of a user in ``state`` (see :class:`View`)."""
        u = None if state.forgotten else self.user_index.get(user)
        if self.history_based and len(state.items) > 0:
            return True, u, ("history", user, state.items.tobytes())
        if not self.history_based and u is not None and state.n_events > 0:
            return True, u, ("user", user, state.items.tobytes())
        return False, u, ("cold", user, state.items.tobytes())

    def _make_view(self, user: str, state: UserState) -> View:
        personal, u, key = self._scoring(user, state)
        hist = None
        if personal and not self.history_based:
            assert u is not None  # _scoring: a model of learned user vectors is personal for its own users only
            hist = one_user_histories(self.n_users, self.n_items, u, state.items)
        return View(user, state, personal, u, hist, key)

    def check_method(self, personal: bool, method: str | None) -> str:
        """The method to explain a user with (the default when None), given whether the model scores them
        personally (``View.personal``); ApiError for a method that cannot."""
        if not method:
            return self.default_method if personal else "popularity"
        allowed = [*self.methods, WHY_NOT] if personal else ["popularity", *self.methods, WHY_NOT]
        if method not in allowed:
            raise ApiError(
                422,
                "unknown_method",
                f"method {method!r} cannot explain {self.model_name}",
                fix=f"use one of {', '.join(allowed)}, or leave method out for {self.default_method!r}",
                field="method",
                value=method,
            )
        return method

    def check_k(self, k: int) -> int:
        """``k`` within ``[1, min(max_k, n_items)]``, else ApiError."""
        top = min(self.settings.max_k, self.n_items)
        if not 1 <= k <= top:
            raise ApiError(422, "invalid_request", f"k must be in [1, {top}]", fix=f"ask for 1 to {top} items",
                           field="k", value=k)  # fmt: skip
        return k

    def item_position(self, item: str) -> int:
        """The model's index of an item id; ApiError 404 / 422 when the model cannot score it."""
        i = self.item_index.get(item)
        if i is not None:
            return i
        if self.store.get_item(item) is not None:
            raise ApiError(
                422,
                "item_not_in_model",
                f"item {item!r} is in the catalogue but the model {self.model_name} was trained without it",
                fix="retrain the model on the store's data (Store.to_dataset()) to recommend or explain it",
                field="item_id",
                value=item,
            )
        raise ApiError(
            404,
            "unknown_item",
            f"unknown item id {item!r}",
            fix="pick an item of the catalogue (GET /v1/items?q=... searches it)",
            field="item_id",
            value=item,
        )

    # ------------------------------------------------------------ scores
    def _scores(self, view: View) -> np.ndarray:
        """Scores of every item for the view (history items -inf); call on the model thread."""
        if view.personal and view.histories is None:
            row = self.model.score_histories([view.state.items])[0].astype(np.float64)
        elif view.personal:
            row = self.model.score_matrix(np.array([view.u]), view.histories)[0].astype(np.float64)
        else:
            row = self.pop.counts_.astype(np.float64).copy()
        row[view.state.items] = -np.inf
        return row

    def recommend(self, view: View, k: int) -> list[tuple[str, float, int]]:
        """Top-``k`` ``(item, score, rank)`` for the view (cold-start: the most popular items)."""
        k = min(k, max(1, self.n_items - len(np.unique(view.state.items))))
        if view.personal and view.histories is not None:  # learned user vectors: the user's own row
            ids, scores = self.on_model_thread(self.model.recommend, view.user, k=k, histories=view.histories)
        else:
            model = self.model if view.personal else self.pop
            ids, scores = self.on_model_thread(model.recommend_histories, [view.state.items], k=k)
            ids, scores = ids[0], scores[0]
        return [(str(i), float(s), r) for r, (i, s) in enumerate(zip(ids, scores, strict=True), 1) if np.isfinite(s)]

    def rank(self, view: View, i: int) -> int | None:
        """1-based rank of item index ``i`` among the items not in the history (None when it is in it)."""
        if np.isin(i, view.state.items):
            return None
        row = self.on_model_thread(self._scores, view)
        return int((row >= row[i]).sum())

    # ------------------------------------------------------------ answers
    def answer(self, user: str, k: int = 10, explain: bool = True, narrate: bool = False, lang: str = "en",
               method: str | None = None) -> bytes:
        """The JSON of ``GET /v1/users/{user}/recommendations``: from :attr:`responses` when the user's history,
        the catalogue items it names and the request are unchanged, else built (and kept)."""
        t0 = time.perf_counter()
        token = self.responses.token(user)  # before the history is read: a deletion after it refuses the answer
        state = self.histories.get(user)
        if state.forgotten:
            self._shape(False, k, explain, narrate, lang, method)  # an invalid request is 422 before the 410
            raise erased_error(user)
        view = self._make_view(user, state)
        shape = self._shape(view.personal, k, explain, narrate, lang, method)
        body = self.responses.get(user, shape, view.key)
        cached = body is not None
        if body is None:
            items = build_items(self, view, shape)
            body = json_bytes(items)
            self.responses.put(user, shape, view.key, body, named_items(items), token)
        return render_answer(self._head(user, view.state, view.personal, shape, cached, t0), body)

    def kept_answer(self, user: str, k: int = 10, explain: bool = True, narrate: bool = False, lang: str = "en",
                    method: str | None = None) -> bytes | None:
        """:meth:`answer` when it is a look-up in memory (the user's history and answer are cached), else None.

        It reads no file and runs no model, so the service calls it on its event loop and sends only the
        others to a worker thread (each hop between threads cost a loaded server tail latency)."""
        t0 = time.perf_counter()
        state = self.histories.peek(user)
        if state is None or state.forgotten:
            return None
        personal, _, key = self._scoring(user, state)
        shape = self._shape(personal, k, explain, narrate, lang, method)
        body = self.responses.get(user, shape, key, count_miss=False)  # a miss is counted by answer()
        if body is None:
            return None
        return render_answer(self._head(user, state, personal, shape, True, t0), body)

    def _shape(self, personal: bool, k: int, explain: bool, narrate: bool, lang: str, method: str | None) -> Shape:
        """The request's :class:`Shape` (``k`` and the method checked, the method resolved); ApiError if invalid."""
        k = self.check_k(k)
        chosen = self.check_method(personal, method or None)
        if chosen == WHY_NOT:
            raise ApiError(
                422,
                "unknown_method",
                "'why_not' explains an item outside the top-k, not a recommendation",
                fix="ask GET /v1/users/{user_id}/explanations/{item_id} for that item",
                field="method",
                value=method,
            )
        return Shape(k, bool(explain), bool(narrate), lang, chosen)

    def _head(self, user: str, state: UserState, personal: bool, shape: Shape, cached: bool,
              t0: float) -> dict[str, Any]:
        return {
            "user": user,
            "known": state.n_events > 0,
            "cold_start": not personal,
            "model": self.model_name if personal else "Popularity",
            "method": shape.method if shape.explain else None,
            "cached": cached,
            "ms": (time.perf_counter() - t0) * 1000.0,
        }

    def precompute_user(self, user: str) -> None:
        """Build and keep the user's default answer (``settings.precompute_k`` items, explained, narrated in each
        of ``settings.precompute_langs``): the precompute's work for one user, here or in a batch job
        (:mod:`whyrec.service.prebuilt`)."""
        state = self.histories.get(user)
        if not state.n_events or state.forgotten:
            return  # deleted since it was queued
        for lang in self.settings.precompute_langs:
            self.answer(user, min(self.settings.precompute_k, self.settings.max_k, self.n_items), True, True, lang)

    # ------------------------------------------------------------ explanations
    def explain(self, view: View, item: str, method: str, k: int = 10) -> dict[str, Any]:
        """The explanation of ``item`` for the view's user by ``method``, as a JSON-ready dict."""
        return self.explain_many(view, [item], method, k)[0]

    def explain_many(self, view: View, items: list[str], method: str, k: int = 10) -> list[dict[str, Any]]:
        """Explanations of ``items`` for the view's user (one trip to the model thread for those not cached,
        so that a method such as occlusion scores the user's perturbed histories once for the whole list)."""
        mode = None
        if method == WHY_NOT:
            method, mode = "counterfactual", WHY_NOT
        kk = k if method == "counterfactual" else 0
        keys = [(view.key, self.item_position(item), method, mode, kk) for item in items]
        found = [self.cache.get(key) for key in keys]
        todo = [j for j, d in enumerate(found) if d is None]
        done: list[dict[str, Any]] = []
        if todo and view.personal and method in EXPENSIVE_METHODS:  # one item per trip, after cheap requests' jobs
            done = [self.on_model_thread_at(1, self._compute_here, view, items[j], method, mode, k) for j in todo]
        elif todo:
            done = self.on_model_thread(
                lambda: [self._compute_here(view, items[j], method, mode, k) for j in todo]
            )
        for j, d in zip(todo, done, strict=True):
            self.cache.put(keys[j], d)
            found[j] = d
        return cast("list[dict[str, Any]]", found)  # every one set above

    def _compute_here(self, view: View, item: str, method: str, mode: str | None, k: int) -> dict[str, Any]:
        if not view.personal:
            e = self._explainer("popularity:cold").explain_history(view.state.items, item, user=view.user)
            if method != "popularity":
                e.notes.insert(
                    0,
                    f"{method!r} was asked for, but the user has no history the model can use, so the "
                    "recommendation comes from popularity alone",
                )
        elif method == "counterfactual":
            ex = make_explainer(
                "counterfactual",
                self.model,
                self.dataset,
                view.histories,
                k=k,
                max_removals=self.settings.why_not_max_removals,
                fallback=True,
            )
            e = self._explain_view(ex, view, item, mode=mode or "auto")
        else:
            e = self._explain_view(self._explainer(method, view.histories), view, item)
        self._add_popularity(e)
        return e.to_dict()

    @staticmethod
    def _explain_view(ex: Explainer, view: View, item: str, **options: Any) -> Explanation:
        """``ex``'s explanation of ``item`` for the view: of the history itself (a history-based model), else of
        the trained user ``view.u`` whose row of ``ex.histories`` holds their store history."""
        if view.histories is None:
            return ex.explain_history(view.state.items, item, user=view.user, of=view.u, **options)
        return ex.explain(view.user, item, **options)

    def _add_popularity(self, e: Explanation) -> None:
        if any(isinstance(x, Popularity) for x in e.evidence):
            return
        e.evidence.append(self._train_pop._popularity(self.item_index[e.item]))  # type: ignore[attr-defined]
        e.notes.append(
            "the Popularity record is a fact of the training data (how many bought the item), added beside the "
            f"{e.method} evidence; it is not part of that attribution"
        )

    # ------------------------------------------------------------ narration
    def reason(self, explanation: dict[str, Any], lang: str) -> dict[str, Any] | None:
        """A fact-checked sentence for an explanation (None when whyrec.narrate is not available)."""
        narrator = self.narrator()
        if narrator is None:
            return None
        key: tuple[Any, ...] = (
            explanation["user"], explanation["item"], explanation["method"], explanation["score"], lang
        )
        key = (*key, tuple(str(x.get("item", x.get("field", ""))) for x in explanation["evidence"]))
        hit = self.reasons.get(key)
        if hit is not None:
            return hit
        with self._narrate_lock:  # one at a time: a local language model is not safe to call from two threads
            n = narrator.narrate(Explanation.from_dict(explanation), lang=lang, items=self.dataset)
        out = {"text": n.text, "backend": n.backend, "checked": bool(n.checked), "fallback_used": bool(n.fallback_used)}
        self.reasons.put(key, out)
        return out

    def narrator(self) -> Any:
        """The Narrator of ``settings.narrate_backend`` (built on first use; None if whyrec.narrate is missing)."""
        if self._narrator is None and self._narrator_error is None:
            try:
                from whyrec.narrate import Narrator

                self._narrator = Narrator.for_dataset(self.settings.narrate_backend, self.dataset)
            except (ImportError, AttributeError) as e:
                self._narrator_error = f"whyrec.narrate is not available ({e})"
                log.warning("narration disabled: %s", self._narrator_error)
        return self._narrator

    # ------------------------------------------------------------ catalogue and events
    def summaries(self, items: list[str]) -> dict[str, dict[str, Any]]:
        """``title``, ``category``, ``brand``, ``price`` of items (from the store; cached until a PUT changes one)."""
        with self._summary_lock:
            missing = [i for i in items if i not in self._summaries]
        if missing:
            found = self.store.get_items(missing)
            with self._summary_lock:
                for i in missing:
                    attrs = found.get(i, {})
                    self._summaries[i] = {f: _scalar(attrs.get(f)) for f in SUMMARY_FIELDS}
        with self._summary_lock:
            return {i: self._summaries[i] for i in items}

    def item_changed(self, item: str) -> None:
        """Forget the cached summary of an item and the answers naming it (after a PUT); precompute those again."""
        with self._summary_lock:
            self._summaries.pop(item, None)
        self.reasons.clear(counts=False)
        self.precomputer.enqueue(self.responses.forget_item(item))

    def sync_catalogue(self) -> None:
        """On a store several processes share, handle the catalogue writes made since the last look (by any
        process) as a PUT here is handled (:meth:`item_changed`): one indexed query of the items written after the
        previous look's time less ``CATALOGUE_SKEW`` seconds (a writer whose clock runs that far behind is still
        seen; an item already handled at the same update time is skipped). The window is the last few seconds
        only, so a bulk import is not read again on every request. A no-op on a store of one process."""
        if not self.histories.shared:
            return
        with self._catalogue_lock:
            now = time.time()
            rows = self.store.items_updated_since(self._catalogue_floor)
            fresh = [item for item, at in rows if self._catalogue_seen.get(item) != at]
            self._catalogue_seen, self._catalogue_floor = dict(rows), now - CATALOGUE_SKEW
        for item in fresh:
            self.item_changed(item)

    def events_written(self, users: list[str]) -> None:
        """Forget the cached histories and answers of users whose events were written; precompute those next."""
        self.histories.forget(users)
        self.responses.forget_users(users)
        self.precomputer.enqueue(users)

    def user_deleted(self, user: str) -> None:
        """Forget everything cached about a deleted user (explanations and reasons of every user, to be sure), and
        leave their training rows out of every evidence count from now on."""
        self.responses.forget_users([user])
        self.histories.forget([user])
        row = self.user_index.get(user)
        stale: list[str] = []
        if row is not None and row not in self._excluded_rows:
            self._excluded_rows.add(row)
            self._exclude_from_evidence()  # swaps each explainer's cached counts in one assignment
            for i in dict.fromkeys(int(x) for x in self.model.history_[row]):  # answers showing their counts
                stale += self.responses.forget_item(str(self.item_ids[i]))
        self.cache.clear(counts=False)
        self.reasons.clear(counts=False)
        self.precomputer.enqueue(u for u in dict.fromkeys(stale) if u != user)

    @property
    def excluded_rows(self) -> frozenset[int]:
        """The training users' rows left out of every evidence count (those erased)."""
        return frozenset(self._excluded_rows)

    def _exclude_from_evidence(self) -> None:
        """Point every training-data explainer (popularity, co-occurrence) past the erased users' rows."""
        for top in (self._train_pop, *list(self._explainers.values())):
            for ex in (top, getattr(top, "_delegate", None)):
                if hasattr(ex, "exclude_users"):  # popularity and co-occurrence: counts of the training data
                    ex.exclude_users(self._excluded_rows)  # type: ignore[union-attr]  # hasattr: not None

    def stats(self) -> dict[str, Any]:
        """Cache figures for /metrics."""
        return {
            "explanation_cache_hits": self.cache.hits,
            "explanation_cache_misses": self.cache.misses,
            "history_cache_hits": self.histories.hits,
            "history_cache_misses": self.histories.misses,
            "answer_cache_hits": self.responses.hits,
            "answer_cache_misses": self.responses.misses,
            "answers_precomputed": self.precomputer.done,
        }


def open_store(settings: Any, dataset: Callable[[], Any]) -> tuple[Store, dict[str, int] | None]:
    """The store of ``settings.db_url``, migrated; when it is empty and ``settings.import_if_empty``, filled with
    ``dataset()`` (the model folder's data, read only then; users erased in another database, as the folder's
    erasure ledger lists, stay erased). Returns the store and the import's counts (None when nothing was
    imported)."""
    from whyrec.erasure import honour_ledger

    store = Store(settings.db_url, erasure_secret=settings.erasure_secret)
    store.migrate()
    if not (settings.import_if_empty and store.count_events() == 0 and store.count_items() == 0):
        return store, None
    honour_ledger(settings.model_dir, store)
    return store, store.import_dataset(dataset())


def _set_torch_threads(n: int) -> None:
    import torch

    torch.set_num_threads(n)


def _scalar(v: Any) -> Any:
    if isinstance(v, float) and not np.isfinite(v):
        return None
    return v

