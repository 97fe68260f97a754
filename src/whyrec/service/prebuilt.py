"""Answers built ahead by a batch job and loaded at start-up: how the service's precompute scales out.

``whyrec batch answers --model DIR --db URL --out answers.parquet [--ray]`` (:class:`AnswersJob`, run by
:func:`whyrec.batch.run_batch`) runs the service's own precompute (:meth:`Engine.precompute_user`: the default
answer, explained and narrated in each language) for blocks of users, in this process or on Ray actors, each
worker with an :class:`~whyrec.service.engine.Engine` of its own on the store. A row is one kept answer: the
user, the request :class:`~whyrec.service.responses.Shape`, the key of the history it was built from, the time
it was built, the items JSON and the items it names.

``whyrec serve --answers answers.parquet`` (``Settings.answers_file``) puts each answer that is still current
into the answer cache before the first request (:func:`load_answers`), so a service process starts with its
answers without computing them; with ``--precompute`` it then computes only those missing. A loaded answer is
served only while it is what the service would compute now:

- the file must come from the same model weights and answer settings (narrate backend, ``ig_steps``,
  ``why_not_max_removals``): otherwise the start fails, naming the fix (``whyrec serve`` checks it before it
  loads the model); an answer is kept under its request's resolved method, so a service whose default method
  differs never serves it;
- a user erased since is not loaded, nor is any answer built before a training user's erasure changed the
  evidence counts, nor one naming an item whose catalogue entry was written since it was built (less
  ``CATALOGUE_SKEW`` seconds of clock skew);
- an answer is kept under the key of the history it was built from, so a user with events written since never
  gets it: the request computes a new one.

The file holds personal data (each user's recommendations and evidence items): an erasure does not edit it,
it is only never loaded for an erased user. Delete it, or build it again, after erasures.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from whyrec.batch import write_parquet
from whyrec.errors import WhyrecError, check_choice, check_int
from whyrec.narrate.facts import LANGS
from whyrec.service.engine import CATALOGUE_SKEW
from whyrec.service.responses import Shape

if TYPE_CHECKING:
    from whyrec.service.engine import Engine
    from whyrec.service.settings import Settings

__all__ = ["AnswersJob", "AnswersWorker", "check_answers_file", "load_answers"]

#: the file's columns and their ``pyarrow`` types ("list" is a list of strings)
_TYPES = {"user": "string", "k": "int32", "explain": "bool_", "narrate": "bool_", "lang": "string", "method": "string",
          "key_kind": "string", "key_items": "binary", "built_at": "float64", "setup": "string",
          "evidence_counts": "string", "named": "list", "items": "binary"}
COLUMNS = tuple(_TYPES)


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema([(name, pa.list_(pa.string()) if t == "list" else getattr(pa, t)()) for name, t in _TYPES.items()])


@dataclass(frozen=True)
class AnswersJob:
    """The service's default answers (``k`` items, explained, narrated in each of ``langs``) of the store's users,
    with the answer settings a service using the file must share (see the module docstring)."""

    model_dir: str
    db_url: str
    k: int = 10
    langs: tuple[str, ...] = ("en",)
    narrate_backend: str = "template"
    explain_method: str | None = None
    ig_steps: int = 16
    why_not_max_removals: int = 10
    users_are: ClassVar[tuple[str, str]] = ("the store's users with events", "send their events to the store first")

    def __post_init__(self) -> None:
        check_int("k", self.k, 1, None)
        if not self.langs:
            raise WhyrecError("langs is empty. Fix: name at least one language, e.g. --lang en")
        for lang in self.langs:
            check_choice("lang", lang, LANGS)
        if not (Path(self.model_dir) / "run.json").is_file():
            raise WhyrecError(f"{self.model_dir} has no run record (run.json), so the service cannot open it. Fix: "
                              "pass a folder written by 'whyrec train' or 'whyrec demo'")
        self.settings()  # the settings' own checks (ig_steps, why_not_max_removals)

    def settings(self) -> Settings:
        """Service settings of a worker: this job's answer settings, nothing started in the background, and the
        store taken as shared (histories and catalogue checked against it, as other processes write to it)."""
        from whyrec.service.settings import Settings

        return Settings(model_dir=self.model_dir, db_url=self.db_url, narrate_backend=self.narrate_backend,
                        explain_method=self.explain_method, ig_steps=self.ig_steps,
                        why_not_max_removals=self.why_not_max_removals, precompute_k=self.k,
                        precompute_langs=self.langs, precompute_map=False, expensive_lane=False,
                        shared=True)  # fmt: skip  # another process (the service) may write to the store meanwhile

    def worker(self) -> AnswersWorker:
        """An :class:`AnswersWorker` of this job."""
        return AnswersWorker(self)

    def user_ids(self) -> list[str]:
        """The store's users with events, most recently active first (the precompute's order); an empty store
        is first filled with the model's data, as the service fills it on its first start."""
        from whyrec.runs import open_run
        from whyrec.service.engine import open_store

        store, _ = open_store(self.settings(), lambda: open_run(self.model_dir).dataset)
        try:
            return [str(u) for u in store.active_users()]
        finally:
            store.close()


class AnswersWorker:
    """An :class:`~whyrec.service.engine.Engine` on the job's model and store; writes each user's answers."""

    def __init__(self, job: AnswersJob) -> None:
        from whyrec.runs import open_run
        from whyrec.service.engine import Engine
        from whyrec.store import Store

        settings = job.settings()
        self.store = Store(job.db_url, erasure_secret=settings.erasure_secret)
        self.store.check_schema()  # the driver migrated and filled it (AnswersJob.user_ids)
        self.engine = Engine(open_run(job.model_dir, store=job.db_url), self.store, settings)
        self.setup = setup_digest(settings)
        # a worker's engine deletes nobody: the erased training rows it counts without stay those it started with
        self.counts = evidence_digest(self.engine)

    def write_block(self, users: Sequence[str], path: str) -> int:
        """Build the answers of ``users`` and write them to ``path`` atomically; returns the number of rows."""
        self._settle_catalogue()
        schema = _schema()
        cols: dict[str, list[Any]] = {name: [] for name in schema.names}
        responses = self.engine.responses
        for user in users:
            built_at = time.time()
            self.engine.precompute_user(user)
            for shape, key, body, named in responses.take(user):
                kind, _, items = key
                for name, value in (("user", user), ("k", shape.k), ("explain", shape.explain),
                                    ("narrate", shape.narrate), ("lang", shape.lang), ("method", shape.method),
                                    ("key_kind", kind), ("key_items", items), ("built_at", built_at),
                                    ("setup", self.setup), ("evidence_counts", self.counts),
                                    ("named", sorted(named)), ("items", body)):  # fmt: skip
                    cols[name].append(value)
        write_parquet(cols, schema, Path(path))
        return len(cols["user"])

    def _settle_catalogue(self) -> None:
        """Wait until the latest catalogue write is over ``CATALOGUE_SKEW`` seconds old (at most that long), so
        that no item an answer was built from counts as written after it at load (a store just filled)."""
        recent = [at for _, at in self.store.items_updated_since(time.time() - CATALOGUE_SKEW)]
        if recent:
            time.sleep(min(CATALOGUE_SKEW, max(recent) + CATALOGUE_SKEW - time.time()) + 0.05)
        self.engine.sync_catalogue()

    def close(self) -> None:
        """Stop the engine's threads and release the store."""
        self.engine.close()
        self.store.close()


def setup_digest(settings: Settings) -> str:
    """What an answer depends on besides the request (its :class:`Shape`, whose method is the one resolved), the
    history, the catalogue and the evidence counts: the model folder's parameters and weights and the settings
    of the explainers and the narrator."""
    from whyrec.models.base import file_sha256

    h = hashlib.sha256()
    folder = Path(settings.model_dir)
    for name in ("params.json", "weights.safetensors"):
        if (folder / name).is_file():
            h.update(name.encode() + b"\0" + bytes.fromhex(file_sha256(folder / name)))
    h.update(repr((settings.narrate_backend, settings.ig_steps, settings.why_not_max_removals)).encode())
    return h.hexdigest()[:32]


def check_answers_file(path: str | Path, settings: Settings, columns: Sequence[str] = ("setup",)) -> Any:
    """The ``columns`` of the answers file at ``path`` (a ``pyarrow`` table; read only those, and the digests)
    once it is known to be one, built for ``settings``' model and answer settings; WhyrecError naming the fix
    otherwise."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    fix = f"build it with 'whyrec batch answers --model {settings.model_dir} --db URL --out {path}'"
    if not path.is_file():
        raise WhyrecError(f"answers file {path} not found. Fix: {fix}, or start without --answers")
    try:
        names = tuple(pq.read_schema(path).names)
    except (pa.ArrowInvalid, OSError) as e:
        raise WhyrecError(f"answers file {path} is not a Parquet file ({e}). Fix: {fix}") from None
    if names != COLUMNS:
        raise WhyrecError(f"{path} is not a 'whyrec batch answers' file (its columns are {', '.join(names)}). "
                          f"Fix: {fix}")
    table = pq.read_table(path, columns=list(dict.fromkeys(["setup", *columns])))
    if set(table.column("setup").unique().to_pylist()) - {setup_digest(settings)}:
        raise WhyrecError(f"{path} was built for another model or other answer settings (narrate backend, "
                          "ig_steps, why_not_max_removals) than this service's. Fix: build it again with this "
                          "model folder and the options the service runs with, or start without --answers")
    return table.select(list(columns))


def evidence_digest(engine: Engine) -> str:
    """Which training users' rows the evidence counts leave out now (those erased): an answer built under other
    counts may show figures that are no longer true."""
    return hashlib.sha256(repr(sorted(engine.excluded_rows)).encode()).hexdigest()[:16]


def load_answers(engine: Engine, path: str | Path) -> dict[str, Any]:
    """Put the answers of the file at ``path`` that are still current into ``engine``'s answer cache (see the
    module docstring); returns the counts: ``rows``, ``loaded``, ``erased_users``, ``evidence_changed``,
    ``catalogue_changed``, ``not_kept`` (past the cache's memory), ``seconds``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    t0 = time.perf_counter()
    index = check_answers_file(path, engine.settings, ("user", "built_at"))  # the small columns; answers streamed
    report = {"rows": index.num_rows, "loaded": 0, "erased_users": 0, "evidence_changed": 0,
              "catalogue_changed": 0, "not_kept": 0}  # fmt: skip
    if index.num_rows == 0:
        return {**report, "seconds": time.perf_counter() - t0}
    erased = engine.store.erased(index.column("user").unique().to_pylist())
    counts = evidence_digest(engine)
    first = float(pa.compute.min(index.column("built_at")).as_py())
    written = dict(engine.store.items_updated_since(first - CATALOGUE_SKEW))
    responses = engine.responses
    before = len(responses)
    for batch in pq.ParquetFile(path).iter_batches(batch_size=2000):
        for row in batch.to_pylist():
            user = row["user"]
            if user in erased:
                report["erased_users"] += 1
            elif row["evidence_counts"] != counts:
                report["evidence_changed"] += 1
            elif any(written.get(i, -1.0) > row["built_at"] - CATALOGUE_SKEW for i in row["named"]):
                report["catalogue_changed"] += 1
            else:
                shape = Shape(row["k"], row["explain"], row["narrate"], row["lang"], row["method"])
                key = (row["key_kind"], user, row["key_items"])
                kept = responses.put(user, shape, key, row["items"], frozenset(row["named"]), responses.token(user))
                report["loaded" if kept else "not_kept"] += 1
    held = len(responses) - before  # answers kept early and dropped later, past the cache's memory, not counted
    report["not_kept"] += report["loaded"] - held
    report["loaded"] = held
    return {**report, "seconds": time.perf_counter() - t0}
