"""Batch jobs: recommend, explain or narrate for many users, in this process or on Ray, written as Parquet.

A job (:class:`BatchJob`) names a saved model folder, the task and its options; :func:`run_batch` splits the
users into blocks of ``block_size``, hands each block to a worker that loaded the model once (this process, or
one of ``workers`` Ray actors on a local runtime or at a cluster ``address``), and writes each finished block
as its own Parquet part, atomically, in ``<out>.parts/``. When every block is written the parts are joined into
``out`` (written under a temporary name, then renamed) and the folder removed. A job that was killed is
resumed by running it again: blocks already written are skipped (the folder's ``job.json`` must match the job,
else it is refused). On Ray a worker process that dies is restarted and its block retried.

Any job that can make its worker and list its users runs this way (:class:`Job`): the service's precomputed
answers (``whyrec batch answers``, :mod:`whyrec.service.prebuilt`) are one.

For :class:`BatchJob`, one row per (user, rank): ``user``, ``rank`` (1-based), ``item``, ``score``;
``evidence`` (the explanation as JSON: method, score, evidence records) for ``explain`` and ``narrate``;
``reason`` and ``checked`` (the fact checker's verdict) for ``narrate``; null where the task does not fill them.

Recommendations use the run's serving histories (train + validation, as ``whyrec explain`` and the service
use) when the folder has a run record (``run.json``), else the model's training histories.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, ClassVar, Protocol

import numpy as np

from whyrec.errors import WhyrecError, check_choice, check_int

__all__ = ["COLUMNS", "TASKS", "BatchJob", "BatchWorker", "Job", "Worker", "read_users", "run_batch"]

TASKS = ("recommend", "explain", "narrate")
COLUMNS = ("user", "rank", "item", "score", "evidence", "reason", "checked")
#: fault injection for the tests of a killed worker: the path of a file; a worker that finds it missing creates it
#: and exits at once (so exactly one worker dies, once)
CRASH_ONCE_ENV = "WHYREC_BATCH_CRASH_ONCE"


class Worker(Protocol):
    """What computes blocks: made once per process (or Ray actor) by :meth:`Job.worker`."""

    def write_block(self, users: Sequence[str], path: str) -> int:
        """Compute the block of ``users`` and write it to ``path`` atomically; returns its number of rows."""
        ...

    def close(self) -> None:
        """Release what the worker holds (threads, connections)."""
        ...


class Job(Protocol):
    """A batch job: a dataclass (its fields are the job's signature) naming a saved ``model_dir``."""

    model_dir: str
    #: what ``user_ids`` lists, and how to add a user to it (for the error naming a user it lacks)
    users_are: ClassVar[tuple[str, str]]

    def worker(self) -> Worker:
        """The object that computes this job's blocks (loads what it needs once)."""
        ...

    def user_ids(self) -> list[str]:
        """Every user the job can run for (``--users all``)."""
        ...


@dataclass(frozen=True)
class BatchJob:
    """What to compute: ``task`` (recommend, explain, narrate) with the model folder ``model_dir``, ``k`` items per
    user, the explanation ``method`` (None: the service's default for the model), the reason's ``lang`` and
    ``llm`` (template, local or an http:// URL), ``ann``: candidates from the folder's approximate index."""

    task: str
    model_dir: str
    k: int = 10
    method: str | None = None
    lang: str = "en"
    llm: str = "template"
    ann: bool = False
    users_are: ClassVar[tuple[str, str]] = ("the model's users", "train the model on data with that user")

    def __post_init__(self) -> None:
        check_choice("task", self.task, TASKS)
        check_int("k", self.k, 1, None)
        if not (Path(self.model_dir) / "params.json").is_file():
            raise WhyrecError(f"{self.model_dir} is not a model folder (no params.json). Fix: pass a folder "
                              "written by 'whyrec train'")

    def worker(self) -> BatchWorker:
        """A :class:`BatchWorker` of this job."""
        return BatchWorker(self)

    def user_ids(self) -> list[str]:
        """The model's users, from its ``params.json`` (no model loaded)."""
        return [str(u) for u in _saved_user_ids(self.model_dir)]


class BatchWorker:
    """Loads the model (and, for explanations, the run's data) once; :meth:`rows` computes one block."""

    def __init__(self, job: BatchJob) -> None:
        from whyrec.models import load

        folder = Path(job.model_dir)
        self.job = job
        self.run: Any = None
        if (folder / "run.json").is_file():
            from whyrec.runs import open_run

            self.run = open_run(folder)
            self.model = self.run.model
            self.histories = self.run.histories
        elif job.task != "recommend":
            raise WhyrecError(f"{folder} has no run record (run.json), so its data cannot be read to explain. "
                              "Fix: train it with 'whyrec train', or run 'whyrec batch recommend'")
        else:
            self.model = load(folder)
            self.histories = self.model.history_
        self.recommender: Any = self.model
        if job.ann:
            from whyrec.models.retrieval import AnnIndex

            self.recommender = AnnIndex.load(self.model, folder)
        self.explainer: Any = None
        if job.task != "recommend":
            from whyrec.explain import make_explainer
            from whyrec.explain.base import default_method

            method = job.method or default_method(self.model, "interactive")
            self.explainer = make_explainer(method, self.model, self.run.train, self.histories)
        self.narrator: Any = None
        if job.task == "narrate":
            from whyrec.narrate.base import Narrator

            self.narrator = Narrator.for_dataset(job.llm, self.run.train)

    def rows(self, users: Sequence[str]) -> dict[str, list[Any]]:
        """The output columns for ``users`` (external ids), ``k`` rows per user."""
        k = min(self.job.k, self.model.n_items_)
        ids, scores = self.recommender.recommend(list(users), k=k, histories=self.histories)
        out: dict[str, list[Any]] = {c: [] for c in COLUMNS}
        for u, row, srow in zip(users, ids, scores, strict=True):
            for r, (item, score) in enumerate(zip(row, srow, strict=True), 1):
                if not np.isfinite(score):
                    continue
                out["user"].append(str(u))
                out["rank"].append(r)
                out["item"].append(str(item))
                out["score"].append(float(score))
                evidence = reason = checked = None
                if self.explainer is not None:
                    expl = self.explainer.explain(str(u), str(item))
                    evidence = json.dumps(expl.to_dict(), ensure_ascii=False, default=float)
                    if self.narrator is not None:
                        n = self.narrator.narrate(expl, self.job.lang, self.run.train)
                        reason, checked = n.text, bool(n.checked)
                out["evidence"].append(evidence)
                out["reason"].append(reason)
                out["checked"].append(checked)
        return out

    def write_block(self, users: Sequence[str], path: str) -> int:
        """Compute a block and write it to ``path`` atomically; returns its number of rows."""
        import pyarrow as pa

        cols = self.rows(users)
        schema = pa.schema([("user", pa.string()), ("rank", pa.int32()), ("item", pa.string()),
                            ("score", pa.float32()), ("evidence", pa.string()), ("reason", pa.string()),
                            ("checked", pa.bool_())])
        write_parquet(cols, schema, Path(path))
        return len(cols["user"])

    def close(self) -> None:
        """Nothing to release."""


def write_parquet(cols: dict[str, list[Any]], schema: Any, path: Path) -> None:
    """Write the columns of the ``pyarrow`` ``schema`` as a Parquet file at ``path`` (a temporary name, then a
    rename)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({name: cols[name] for name in schema.names}, schema=schema)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def read_users(spec: str, known: Callable[[], list[str]], whose: str = "the model's users",
               fix: str = "train the model on data with that user") -> list[str]:
    """The users of ``spec``: ``"all"`` (every user ``known()`` gives: ``whose``) or a text file of one external id
    per line (blank lines skipped; a repeated id kept once). An unknown id is refused with its line and ``fix``."""
    if spec == "all":
        return known()
    path = Path(spec)
    if not path.is_file():
        raise WhyrecError(f"users file {spec!r} not found. Fix: pass a text file of user ids, one per line, or 'all'")
    ids = known()
    index = set(ids)
    out: list[str] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        u = line.strip()
        if not u or u in seen:
            continue
        if u not in index:
            raise WhyrecError(f"{path}:{n}: user {u!r} is not one of {whose} ({len(ids)}). Fix: remove the "
                              f"line, or {fix}")
        seen.add(u)
        out.append(u)
    if not out:
        raise WhyrecError(f"{path} lists no user. Fix: one user id per line, or 'all'")
    return out


@dataclass
class BatchSummary:
    """What :func:`run_batch` did: ``rows`` written to ``out``, ``blocks`` in all, ``resumed`` blocks found done."""

    out: str
    users: int
    rows: int
    blocks: int
    resumed: int
    engine: str


def run_batch(job: Job, users: str | Sequence[str], out: str | Path, *, block_size: int = 1000,
              ray: bool = False, address: str | None = None, workers: int = 2,
              progress: Callable[[int, int], None] | None = None, stop_after: int | None = None) -> BatchSummary:
    """Run ``job`` for ``users`` (``"all"``, a users file, or a list of ids) into the Parquet file ``out``
    (see the module docstring). ``ray``: on Ray (a local runtime of ``workers`` CPUs, or the cluster at
    ``address``) with ``workers`` actors; ``progress(done, total)`` after each block; ``stop_after`` blocks: stop
    there and leave the parts (what a killed job leaves; tests use it)."""
    check_int("block_size", block_size, 1, None)
    check_int("workers", workers, 1, None)
    out = Path(out)
    if out.suffix != ".parquet":
        raise WhyrecError(f"--out {out} must end in .parquet. Fix: e.g. --out recs.parquet")
    if out.is_dir():
        raise WhyrecError(f"--out {out} is a folder. Fix: name a .parquet file")
    out.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(users, str):  # the job's users (a model's: from its params.json, no model loaded in the driver)
        user_list = read_users(users, job.user_ids, *job.users_are)
    else:
        user_list = [str(u) for u in users]
    blocks = [user_list[s : s + block_size] for s in range(0, len(user_list), block_size)]
    parts = out.with_name(out.name + ".parts")
    signature = _signature(job, user_list, block_size)
    manifest = parts / "job.json"
    if parts.is_dir() and manifest.is_file():
        if json.loads(manifest.read_text()).get("signature") != signature:
            raise WhyrecError(f"{parts} holds the parts of another job (other users, model or options). Fix: "
                              "delete it to start again, or rerun the job that wrote it")
    else:
        parts.mkdir(parents=True, exist_ok=True)
        manifest.write_text(json.dumps({"signature": signature, "job": _fields(job), "blocks": len(blocks),
                                        "block_size": block_size}, indent=1))
    paths = [parts / f"block-{b:06d}.parquet" for b in range(len(blocks))]
    todo = [b for b, p in enumerate(paths) if not p.is_file()]
    resumed = len(blocks) - len(todo)
    if stop_after is not None:
        todo = todo[:stop_after]
    done = resumed
    if progress:
        progress(done, len(blocks))
    if ray:
        engine = "ray"
        for _ in _ray_blocks(job, [(blocks[b], str(paths[b])) for b in todo], address, workers):
            done += 1
            if progress:
                progress(done, len(blocks))
    else:
        engine = "in-process"
        worker = job.worker()
        try:
            for b in todo:
                worker.write_block(blocks[b], str(paths[b]))
                done += 1
                if progress:
                    progress(done, len(blocks))
        finally:
            worker.close()
    if stop_after is not None and done < len(blocks):
        return BatchSummary(str(out), len(user_list), 0, len(blocks), resumed, engine)
    rows = _join(paths, out)
    shutil.rmtree(parts)
    return BatchSummary(str(out), len(user_list), rows, len(blocks), resumed, engine)


def _saved_user_ids(model_dir: str) -> list[Any]:
    """The user ids a saved model lists in its ``params.json``."""
    try:
        return list(json.loads((Path(model_dir) / "params.json").read_text())["user_ids"])
    except (json.JSONDecodeError, KeyError) as e:
        raise WhyrecError(f"{model_dir}/params.json is not a saved model's ({e}). Fix: re-save the model") from None


def _join(paths: list[Path], out: Path) -> int:
    import pyarrow.parquet as pq

    tmp = out.with_name(out.name + ".tmp")
    writer = None
    rows = 0
    try:
        for p in paths:
            t = pq.read_table(p)
            if writer is None:
                writer = pq.ParquetWriter(tmp, t.schema)
            writer.write_table(t)
            rows += t.num_rows
    finally:
        if writer is not None:
            writer.close()
    if writer is None:
        raise WhyrecError("no block was written. Fix: pass at least one user")
    os.replace(tmp, out)
    return rows


def _signature(job: Job, users: list[str], block_size: int) -> str:
    h = hashlib.sha256(json.dumps([type(job).__name__, _fields(job), block_size], sort_keys=True).encode())
    weights = Path(job.model_dir) / "weights.safetensors"
    if weights.is_file():
        st = weights.stat()
        h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
    for u in users:
        h.update(u.encode() + b"\n")
    return h.hexdigest()


def _fields(job: Job) -> dict[str, Any]:
    return asdict(job)  # type: ignore[call-overload]  # every job is a dataclass (Job's docstring)


class _Actor:
    """A Ray actor: makes the job's worker once, then writes the blocks it is given."""

    def __init__(self, job: Job) -> None:
        self.worker = job.worker()

    def write_block(self, users: Sequence[str], path: str) -> int:
        crash = os.environ.get(CRASH_ONCE_ENV)
        if crash and not Path(crash).exists():
            Path(crash).write_text("crashed once\n")
            os._exit(17)
        return self.worker.write_block(users, path)


def _ray_blocks(job: Job, work: list[tuple[list[str], str]], address: str | None,
                workers: int) -> Iterable[int]:
    """Run the blocks on Ray actors (each loads the model once); yields each block's rows as it finishes."""
    from whyrec.extras import require

    ray = require("ray", "scale")
    started = False
    if not ray.is_initialized():
        if address:
            ray.init(address=address, include_dashboard=False, log_to_driver=False)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                     runtime_env={"env_vars": {k: v for k, v in os.environ.items() if k == CRASH_ONCE_ENV}})
        started = True
    try:
        actor = ray.remote(max_restarts=3, max_task_retries=3, num_cpus=1)(_Actor)
        pool = [actor.remote(job) for _ in range(min(workers, max(1, len(work))))]
        pending = {pool[n % len(pool)].write_block.remote(users, path): n for n, (users, path) in enumerate(work)}
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            for ref in ready:
                pending.pop(ref)
                yield int(ray.get(ref))
    finally:
        if started:
            ray.shutdown()
