"""The service's settings: one dataclass, given to :func:`whyrec.service.create_app`."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from whyrec.errors import check_choice, check_float, check_int
from whyrec.narrate.facts import LANGS
from whyrec.runs import ERASURE_SECRET_ENV
from whyrec.service.auth import API_KEY_ENV, API_KEYS_ENV, KeyRing, env_keys
from whyrec.store import Store

__all__ = ["API_KEYS_ENV", "API_KEY_ENV", "ERASURE_SECRET_ENV", "Settings"]

#: environment variable holding the key of erased users' tombstones and of the user pseudonyms in the log


def _env_key() -> str | None:
    return os.environ.get(API_KEY_ENV) or None


def _env_erasure_secret() -> str | None:
    return os.environ.get(ERASURE_SECRET_ENV) or None


@dataclass
class Settings:
    """What the service serves and its limits.

    ``model_dir``: a folder written by ``whyrec train`` / ``whyrec demo``
    (opened with :func:`whyrec.runs.open_run`); ``db_url``: the store's
    SQLAlchemy URL (imported from the model's data on first start when
    ``import_if_empty`` and the store is empty); ``api_key``: the admin key
    (every scope; default ``$WHYREC_API_KEY``); ``api_keys``: more keys with
    their scopes, ``scope[+scope...]:KEY`` entries joined by commas, e.g.
    ``read:KEY1,ingest+catalogue:KEY2`` (default ``$WHYREC_API_KEYS``; scopes
    ``read``, ``ingest``, ``catalogue``, ``erase``, ``admin``, see
    :mod:`whyrec.service.auth`). Both are hashed into ``keys`` (a
    :class:`~whyrec.service.auth.KeyRing`) when the settings are made and then
    cleared: the plaintext is not kept. A route whose scope no key has is off
    (403). ``public_reads``: the read routes (history, recommendations,
    explanations, map, items, credit decisions) need no key (a demo shop); the user listing
    still needs ``admin``; ``public_metrics``: ``/metrics`` needs no key (else
    ``admin``); ``erasure_secret``: the key of the tombstones
    of erased users (HMAC-SHA256 of the id) and of the user pseudonyms in the
    access log (default ``$WHYREC_ERASURE_SECRET``; None: one generated on
    first use and kept in the store's ``meta`` table; never logged); ``max_batch`` events per POST and
    ``max_body_bytes`` per request body; ``narrate_backend`` for
    ``narrate=true`` (``template``, ``local`` or an ``http://`` URL);
    ``explain_method`` (None: the model's exact contributions when it has
    them (EASE, ItemKNN, BPR-MF); else ``occlusion`` for a model whose scores
    depend on the history, as SASRec's do: exact deletion effects, and one
    batched model call explains a whole top-k; else the most faithful
    attribution method);
    ``ig_steps``: integrated-gradient steps of the first pass;
    ``why_not_max_removals``: the largest counterfactual searched;
    ``max_k``: the largest ``k`` asked for; ``map_max_items``: items in the
    embedding map (t-SNE, computed once, at start-up when ``precompute_map``);
    ``cache_size``: explanations kept in memory; ``response_cache_mb``: memory for whole answers (compressed,
    see :mod:`whyrec.service.responses`); ``precompute``: build the default answer (``precompute_k`` items,
    explained, narrated in each of ``precompute_langs``) of every user with events in the background after
    start-up and again after each of their events, so that most requests are a look-up; ``torch_threads``: PyTorch
    threads of the model thread (1 by default: the service's tensors are small,
    and on a 2-core machine one thread explained SASRec's top-10 2.5 times
    faster than two).

    What bounds one client's cost (see :mod:`whyrec.service.limits`):
    ``rate_limit_rps`` requests a second per API key (per client address for
    a keyless public read), in bursts of at most ``rate_limit_burst`` (0 rps:
    no limit), else 429 with ``Retry-After``; ``expensive_max_k``: the largest
    ``k`` with an expensive explanation method (shap, lime, banzhaf,
    deletion_path, counterfactual, integrated_gradients, why_not) for a key
    without ``admin`` (else 422); ``expensive_lane``: those methods'
    explanations run on a second model thread of their own, one item per job,
    so that a cheap request never waits behind one (with ``torch_threads=1``
    each thread uses one core); without it they share the model thread and
    ``expensive_share`` is the most of its time they take, after the cheap
    requests' jobs; ``model_queue_max``: jobs that may wait for
    the model thread (one more is refused with 503 and ``Retry-After``);
    ``model_queue_timeout_s``: a job not started by then is dropped with 503;
    ``body_timeout_s``: a request body not received by then is refused with 408.

    ``credit_dir``: a credit run folder (written by ``whyrec credit train`` or ``whyrec demo --credit``) served
    at ``/credit`` (the page) and ``/v1/credit/applicants`` (its decisions, reasons and recourse, read like the
    other read routes); opened once at start-up with :func:`whyrec.credit.run.open_credit_run`. None (the default):
    those routes answer 404 ``no_credit_run``.

    ``answers_file``: a Parquet file written by ``whyrec batch answers`` for this model and store: its answers
    that are still current go into the answer cache at start-up, before the first request (see
    :mod:`whyrec.service.prebuilt`; with ``precompute`` only the missing ones are computed then).

    ``shared``: several service processes serve this database (None, the default: True for a PostgreSQL or other
    server database, False for an SQLite file). Each process keeps its caches in memory; with ``shared`` a
    cached history is checked against the store on every request (see :mod:`whyrec.service.histories`), so an
    event or an erasure written through any process changes the next answer of every process.
    """

    model_dir: str | Path
    db_url: str = "sqlite:///whyrec.sqlite"
    api_key: str | None = field(default_factory=_env_key, repr=False)
    api_keys: str | None = field(default_factory=env_keys, repr=False)
    public_reads: bool = False
    public_metrics: bool = False
    erasure_secret: str | None = field(default_factory=_env_erasure_secret, repr=False)
    max_batch: int = 1000
    max_body_bytes: int = 1_000_000
    narrate_backend: str = "template"
    explain_method: str | None = None
    import_if_empty: bool = True
    ig_steps: int = 16
    why_not_max_removals: int = 10
    max_k: int = 100
    map_max_items: int = 3000
    precompute_map: bool = True
    cache_size: int = 20_000
    torch_threads: int = 1
    response_cache_mb: int = 256
    precompute: bool = False
    precompute_k: int = 10
    precompute_langs: tuple[str, ...] = ("en",)
    rate_limit_rps: float = 50.0
    rate_limit_burst: int = 100
    expensive_max_k: int = 10
    expensive_lane: bool = True
    expensive_share: float = 0.5
    shared: bool | None = None
    model_queue_max: int = 32
    model_queue_timeout_s: float = 10.0
    body_timeout_s: float = 30.0
    credit_dir: str | Path | None = None
    answers_file: str | Path | None = None
    keys: KeyRing = field(default_factory=KeyRing, init=False, repr=False, compare=False)

    def shared_store(self, store: Store) -> bool:
        """Whether the caches must check the store on every use (``shared``, or its default for ``store``)."""
        return (not store.is_sqlite) if self.shared is None else bool(self.shared)

    def __post_init__(self) -> None:
        self.model_dir = Path(self.model_dir)
        if self.credit_dir is not None:
            self.credit_dir = Path(self.credit_dir)
        if self.answers_file is not None:
            self.answers_file = Path(self.answers_file)
        if self.api_key:
            self.keys.add(self.api_key, ["admin"])
        if self.api_keys:
            self.keys.add_spec(self.api_keys)
        self.api_key = self.api_keys = None  # hashed above; the plaintext is not kept
        check_int("max_batch", self.max_batch, 1)
        check_int("max_body_bytes", self.max_body_bytes, 1024)
        check_int("ig_steps", self.ig_steps, 2, 4096)
        check_int("why_not_max_removals", self.why_not_max_removals, 1)
        check_int("max_k", self.max_k, 1)
        check_int("map_max_items", self.map_max_items, 5)
        check_int("cache_size", self.cache_size, 0)
        check_int("torch_threads", self.torch_threads, 1)
        check_int("response_cache_mb", self.response_cache_mb, 0)
        check_int("precompute_k", self.precompute_k, 1)
        check_float("rate_limit_rps", self.rate_limit_rps, 0.0)
        check_int("rate_limit_burst", self.rate_limit_burst, 1)
        check_int("expensive_max_k", self.expensive_max_k, 1)
        check_float("expensive_share", self.expensive_share, 0.0, 1.0, low_open=True)
        check_int("model_queue_max", self.model_queue_max, 1)
        check_float("model_queue_timeout_s", self.model_queue_timeout_s, 0.0, low_open=True)
        check_float("body_timeout_s", self.body_timeout_s, 0.0, low_open=True)
        if self.shared is not None and not isinstance(self.shared, bool):
            raise ValueError(f"shared must be None, True or False; got {self.shared!r}")
        self.precompute_langs = tuple(self.precompute_langs)
        for lang in self.precompute_langs:
            check_choice("precompute_langs", lang, LANGS)
