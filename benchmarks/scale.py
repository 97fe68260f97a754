"""Cost curves: how training, recommending, explaining and ingesting grow with the shop (writes scale.{md,json,png}).

    .venv/bin/python benchmarks/scale.py                          # the committed run (about 25 minutes here)
    .venv/bin/python benchmarks/scale.py --sizes 10000:1000 --models bpr,ease --mips-items 100000 --no-write

Every record runs in its own process (so ``peak_mb``, the process's peak resident memory, is its own) on the
sample shop generator at ``--sizes`` (users:items pairs), per model of ``--models``:

- ``train_s_per_epoch``: seconds of one epoch (``epochs=1``, no validation) for a torch model; the whole fit for a
  closed-form one (EASE: one solve; Popularity: one count); ``gen_s``: generating the shop.
- ``recommend_ms``: mean milliseconds of ``recommend(user, k=10)`` for one user at a time (200 random users, after
  one warm-up), exact scoring of every item; ``recommend_ann_ms`` the same through
  :class:`whyrec.models.retrieval.AnnIndex` at its defaults (a dot-product model only); ``ann_recall@10``: the share
  of the exact top-10 (history masked) the index's top-10 holds, over 1,000 random users; ``ann_build_s`` the
  index's build and calibration.
- ``explain_ms``: median milliseconds of one explanation of a user's top-1 by the service's default method
  (``default_method(model, "interactive")``), 20 users.
- ``batch_users_per_s``: users per second of ``recommend(all users, k=10)`` in one process (at most 100,000
  users), exact; ``batch_ann_users_per_s`` through the index.
- ``batch_job_users_per_s``: ``whyrec batch recommend`` (:func:`whyrec.batch.run_batch`, k=10, blocks of 2,000)
  of the first 20,000 users (``batch_job_users``), from the saved model folder to the Parquet file, in this
  process; ``batch_ray_users_per_s`` the same on a local Ray runtime with 2 actors, started beforehand
  (``ray_start_s``), each actor loading the model.

Beside them: ``mips-synthetic`` records at ``--mips-items`` items (clustered 64-d item vectors and 1,256 queries,
256 of which calibrate ``n_probe`` and 1,000 measure), the index against brute force with no model around it; and
``store-sqlite`` / ``store-postgresql`` records: ``ingest_events_per_s`` through ``Store.add_events`` in batches of
500 (the service's path) and ``import_events_per_s`` through ``Store.import_dataset`` (PostgreSQL on a throw-away
cluster, as the tests start one; skipped where PostgreSQL is not installed).

And ``answers-<model>`` records (``--answers-users`` users, the generator's default catalogue; the first 2,000
users by recent activity, ``answers_users``): the service's default answer (top-10, explained by the service's
default method, narrated in English by the template) of each user, built three ways from one SQLite store:
``precompute_users_per_s`` by the service's own precompute (:meth:`Engine.precompute_user`, one model thread,
as ``whyrec serve --precompute`` does); ``batch_answers_users_per_s`` by ``whyrec batch answers`` in this
process, and ``batch_answers_ray_users_per_s`` on a local Ray runtime with 2 actors (started beforehand,
``ray_start_s``), each building its own engine; ``answers_load_s``: a new engine putting the file's answers into
its answer cache (``whyrec serve --answers``), ``answers_loaded`` of them.

For each model and metric with three or more sizes, the growth is fitted as the slope of log(metric) on
log(users) and the cost of a 10x larger shop read off it. One job at a time on a quiet machine (2 threads for
torch); the JSON records the machine.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
DEFAULT_SIZES = "10000:1000,100000:10000,1000000:100000"
DEFAULT_MODELS = "pop,ease,bpr,sasrec"
#: per model, the largest catalogue it is run at (EASE's item-item matrix is n_items^2 float64)
MAX_ITEMS = {"ease": 10000}
#: per model, the largest shop it is run at here (none now: SASRec's 1M-user record was run with --timeout 4000)
MAX_USERS: dict[str, int] = {}
#: records that are no model's cost curve
OTHER = ("store", "mips", "answers")
PARAMS = {
    "bpr": {"epochs": 1, "num_threads": 2},
    "sasrec": {"epochs": 1, "num_threads": 2, "loss": "sampled_ce", "n_negatives": 256},
    "ease": {},
    "pop": {},
}


# ---------------------------------------------------------------- one record (child process)
def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def model_record(users: int, items: int, key: str, seed: int) -> dict:
    from whyrec.data import sample_shop
    from whyrec.explain import make_explainer
    from whyrec.explain.base import default_method
    from whyrec.models import make_model

    t0 = time.perf_counter()
    ds = sample_shop(n_users=users, n_items=items, seed=seed)
    gen_s = time.perf_counter() - t0
    model = make_model(key, **PARAMS.get(key, {}))
    t0 = time.perf_counter()
    model.fit(ds)
    m: dict = {"gen_s": gen_s, "train_s_per_epoch": time.perf_counter() - t0, "interactions": ds.n_interactions}
    rng = np.random.default_rng(seed + 1)
    sample = [str(u) for u in model.user_ids_[rng.choice(model.n_users_, size=200, replace=False)]]
    m["recommend_ms"] = per_call_ms(lambda u: model.recommend(u, k=10), sample)
    n_batch = min(model.n_users_, 100000)
    batch = list(model.user_ids_[:n_batch])
    t0 = time.perf_counter()
    model.recommend(batch, k=10)
    m["batch_users_per_s"] = n_batch / (time.perf_counter() - t0)
    if model.dot_product:
        from whyrec.models.retrieval import AnnIndex, recall_at

        t0 = time.perf_counter()
        index = AnnIndex(model)
        m["ann_build_s"] = time.perf_counter() - t0
        m["ann_lists"], m["ann_probe"] = index.vectors.n_lists, index.n_probe
        m["recommend_ann_ms"] = per_call_ms(lambda u: index.recommend(u, k=10), sample)
        t0 = time.perf_counter()
        index.recommend(batch, k=10)
        m["batch_ann_users_per_s"] = n_batch / (time.perf_counter() - t0)
        judged = list(model.user_ids_[np.random.default_rng(seed + 2).choice(model.n_users_, 1000, replace=False)])
        m["ann_recall@10"] = recall_at(index.recommend(judged, k=10)[0], model.recommend(judged, k=10)[0])
    m.update(batch_job(model, seed))
    method = default_method(model, "interactive")
    ex = make_explainer(method, model, ds)
    top1 = {u: str(model.recommend(u, k=1)[0][0]) for u in sample[:21]}
    ex.explain(sample[0], top1[sample[0]])
    m["explain_ms"] = float(np.median([ex.explain(u, top1[u]).ms for u in sample[1:21]]))
    m["explain_method"] = method
    m["peak_mb"] = peak_mb()
    return {"users": users, "items": items, "model": key, "metrics": m}


def batch_job(model, seed: int, n_users: int = 20000) -> dict:  # noqa: ANN001 - a fitted model
    """``whyrec batch recommend`` (k=10) of up to ``n_users`` users: in this process, then on a started local Ray
    runtime with 2 actors (each loads the saved model itself); users per second, end to end from the model
    folder to the Parquet file."""
    from whyrec.batch import BatchJob

    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = model.save(Path(tmp) / "model")
        users = [str(u) for u in model.user_ids_[:n_users]]
        job = BatchJob("recommend", str(folder), k=10)
        here, on_ray, out["ray_start_s"] = in_process_and_on_ray(job, users, Path(tmp), 2000)
        out["batch_job_users_per_s"], out["batch_ray_users_per_s"] = here, on_ray
        out["batch_job_users"] = len(users)
    return out


def in_process_and_on_ray(job, users: list[str], tmp: Path, block: int) -> tuple[float, float, float]:  # noqa: ANN001
    """Users per second of ``run_batch(job)`` in this process, then on a started local Ray runtime with 2 actors,
    and the runtime's start in seconds."""
    import ray

    from whyrec.batch import run_batch

    t0 = time.perf_counter()
    run_batch(job, users, tmp / "a.parquet", block_size=block)
    here = len(users) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    start = time.perf_counter() - t0
    try:
        t0 = time.perf_counter()
        run_batch(job, users, tmp / "b.parquet", block_size=block, ray=True, workers=2)
        return here, len(users) / (time.perf_counter() - t0), start
    finally:
        ray.shutdown()


def answers_record(users: int, key: str, seed: int, n_users: int = 2000) -> dict:
    """The service's precompute three ways, and loading its file (see the module docstring)."""
    from whyrec.data import sample_shop
    from whyrec.evaluation import make_split
    from whyrec.models import make_model
    from whyrec.runs import open_run, write_run_record
    from whyrec.service.engine import Engine
    from whyrec.service.prebuilt import AnswersJob, load_answers
    from whyrec.store import Store

    ds = sample_shop(n_users=users, seed=seed)  # the generator's own catalogue: a run record can reopen it
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "model"
        split = make_split(ds, "loo-full", seed=2020)
        make_model(key, **PARAMS[key]).fit(split.train).save(folder)
        write_run_record(folder, {"data": "sample-shop", "format": "sample-shop", "n_users": users,
                                  "shop_seed": seed, "protocol": "loo-full", "seed": 2020, "model": key}, ds)
        url = f"sqlite:///{tmp}/shop.sqlite"
        store = Store(url)
        store.migrate()
        store.import_dataset(ds)
        chosen = store.active_users(limit=n_users)
        job = AnswersJob(str(folder), url, k=10)
        engine = Engine(open_run(folder, store=url), store, job.settings())
        t0 = time.perf_counter()
        for u in chosen:
            engine.precompute_user(u)
        out["precompute_users_per_s"] = len(chosen) / (time.perf_counter() - t0)
        engine.close()
        here, on_ray, out["ray_start_s"] = in_process_and_on_ray(job, chosen, Path(tmp), 200)
        out["batch_answers_users_per_s"], out["batch_answers_ray_users_per_s"] = here, on_ray
        engine = Engine(open_run(folder, store=url), store, job.settings())
        t0 = time.perf_counter()
        report = load_answers(engine, Path(tmp) / "a.parquet")
        out["answers_load_s"] = time.perf_counter() - t0
        out["answers_loaded"] = report["loaded"]
        out["answers_users"] = len(chosen)
        engine.close()
        store.close()
    out["peak_mb"] = peak_mb()
    return {"users": users, "items": ds.n_items, "model": f"answers-{key}", "metrics": out}


def per_call_ms(call, users: list[str]) -> float:  # noqa: ANN001 - one user -> anything
    call(users[0])
    t0 = time.perf_counter()
    for u in users:
        call(u)
    return (time.perf_counter() - t0) * 1000 / len(users)


def synthetic_vectors(n_items: int, n_queries: int, d: int = 64, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Clustered item vectors with varied norms and queries mixing three clusters (what learned factors look
    like more than uniform noise does)."""
    rng = np.random.default_rng(seed)
    n_c = max(10, int(np.sqrt(n_items)))
    centers = rng.normal(size=(n_c, d)).astype(np.float32)
    items = centers[rng.integers(0, n_c, n_items)] + 0.7 * rng.normal(size=(n_items, d)).astype(np.float32)
    items *= rng.lognormal(0, 0.3, size=(n_items, 1)).astype(np.float32)
    w = rng.dirichlet(np.ones(3), size=n_queries).astype(np.float32)
    q = (w[:, :, None] * centers[rng.integers(0, n_c, (n_queries, 3))]).sum(1)
    q += 0.5 * rng.normal(size=(n_queries, d)).astype(np.float32)
    return items / np.sqrt(d), q / np.sqrt(d)


def mips_record(items: int, seed: int) -> dict:
    from whyrec.models.retrieval import VectorIndex, exact_top, recall_at

    vecs, queries = synthetic_vectors(items, 1256, seed=seed)
    cal, test = queries[:256], queries[256:]
    t0 = time.perf_counter()
    index = VectorIndex(vecs, seed=seed)
    want_cal = exact_top(vecs, cal, 10)
    index.calibrate(lambda: recall_at(index.search(cal, 100)[:, :10], want_cal), 0.995)
    m: dict = {"ann_build_s": time.perf_counter() - t0, "ann_lists": index.n_lists, "ann_probe": index.n_probe}
    want = exact_top(vecs, test, 10)
    m["ann_recall@10"] = recall_at(index.search(test, 100)[:, :10], want)
    t0 = time.perf_counter()
    for i in range(200):
        exact_top(vecs, test[i : i + 1], 10)
    m["recommend_ms"] = (time.perf_counter() - t0) * 1000 / 200
    t0 = time.perf_counter()
    for i in range(200):
        index.search(test[i : i + 1], 100)
    m["recommend_ann_ms"] = (time.perf_counter() - t0) * 1000 / 200
    m["peak_mb"] = peak_mb()
    return {"users": len(queries), "items": items, "model": "mips-synthetic", "metrics": m}


def store_record(backend: str, users: int, seed: int) -> dict | None:
    from whyrec.data import sample_shop
    from whyrec.store import Store

    ds = sample_shop(n_users=users, n_items=1000, seed=seed)
    with tempfile.TemporaryDirectory() as tmp:
        cluster = None
        if backend == "sqlite":
            urls = [f"sqlite:///{tmp}/a.sqlite", f"sqlite:///{tmp}/b.sqlite"]
        else:
            sys.path.insert(0, str(ROOT / "tests"))
            from pgcluster import start_cluster

            try:
                cluster = start_cluster()
                c = next(cluster)
            except BaseException as e:  # pytest.skip raises outside pytest too
                print(f"PostgreSQL not measured: {e}", file=sys.stderr)
                return None
            urls = [c.url(c.create_database()), c.url(c.create_database())]
        try:
            store = Store(urls[0])
            store.migrate()
            t0 = time.perf_counter()
            store.import_dataset(ds)
            import_rate = ds.n_interactions / (time.perf_counter() - t0)
            store.close()
            events = [{"event_id": f"e{n}", "user": str(ds.user_ids[u]), "item": str(ds.item_ids[i]),
                       "timestamp": float(t), "event": "purchase"}
                      for n, (u, i, t) in enumerate(zip(ds.interactions["user"], ds.interactions["item"],
                                                        ds.interactions["timestamp"], strict=True))]
            store2 = Store(urls[1])
            store2.migrate()
            for i in ds.item_ids:
                store2.upsert_item(str(i), {"title": f"item {i}"})
            t0 = time.perf_counter()
            for s in range(0, len(events), 500):
                store2.add_events(events[s : s + 500])
            ingest_rate = len(events) / (time.perf_counter() - t0)
            store2.close()
        finally:
            if cluster is not None:
                cluster.close()
    return {"users": users, "items": 1000, "model": f"store-{backend}",
            "metrics": {"ingest_events_per_s": ingest_rate, "import_events_per_s": import_rate,
                        "events": ds.n_interactions, "peak_mb": peak_mb()}}


# ---------------------------------------------------------------- the run (parent process)
def child(spec: dict, timeout: int) -> dict | None:
    env = {**os.environ, "OMP_NUM_THREADS": "2", "MKL_NUM_THREADS": "2"}
    try:
        res = subprocess.run([sys.executable, __file__, "--one", json.dumps(spec)], capture_output=True, text=True,
                             timeout=timeout, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired:
        print(f"  {spec}: over {timeout} s, left out", flush=True)
        return None
    if res.returncode:
        print(f"  {spec}: failed\n{res.stderr[-2000:]}", flush=True)
        return None
    out = res.stdout.strip().splitlines()
    return json.loads(out[-1]) if out and out[-1] != "null" else None


def growth(records: list[dict]) -> list[dict]:
    """Per model and metric, the slope of log(metric) on log(users) and the metric at 10x the largest shop."""
    out = []
    for model in sorted({r["model"] for r in records}):
        rows = sorted((r for r in records if r["model"] == model), key=lambda r: r["users"])
        if len(rows) < 2:
            continue
        for metric in ("train_s_per_epoch", "peak_mb", "recommend_ms", "recommend_ann_ms", "explain_ms"):
            pts = [(r["users"], r["metrics"][metric]) for r in rows if r["metrics"].get(metric)]
            if len(pts) < 2:
                continue
            x, y = np.log10([p[0] for p in pts]), np.log10([p[1] for p in pts])
            slope = float(np.polyfit(x, y, 1)[0])
            out.append({"model": model, "metric": metric, "sizes": len(pts), "slope": round(slope, 3),
                        "at_largest": pts[-1][1], "at_10x": pts[-1][1] * 10**slope, "largest_users": pts[-1][0]})
    return out


def machine() -> str:
    from accuracy import machine as described  # the one description of the machine the benchmarks record

    return described()


def fmt(v: object) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.4f}" if v < 1 else f"{v:,.1f}" if v < 1000 else f"{v:,.0f}"
    return str(v)


def _order(r: dict) -> tuple:
    kind = next((n + 1 for n, p in enumerate(OTHER) if r["model"].startswith(p)), 0)
    return kind, r["users"] if kind == 0 else r["items"], r["model"]


def write(records: list[dict], fits: list[dict], command: str) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    records = sorted(records, key=_order)
    doc = {"records": records, "growth": fits, "command": command, "machine": machine(),
           "date": datetime.date.today().isoformat()}
    old = json.loads((RESULTS / "scale.json").read_text()) if (RESULTS / "scale.json").is_file() else {}
    kept = ""  # benchmarks/ddp.py's section and key are its own
    if "distributed" in old:
        doc["distributed"] = old["distributed"]
        head = "## Distributed training"
        md = (RESULTS / "scale.md").read_text() if (RESULTS / "scale.md").is_file() else ""
        kept = "\n" + head + md.split(head, 1)[1] if head in md else ""
    (RESULTS / "scale.json").write_text(json.dumps(doc, indent=1) + "\n")
    cols = ["train_s_per_epoch", "peak_mb", "recommend_ms", "recommend_ann_ms", "ann_recall@10", "explain_ms",
            "batch_users_per_s", "batch_ann_users_per_s", "batch_job_users_per_s", "batch_ray_users_per_s",
            "ingest_events_per_s", "import_events_per_s"]
    lines = [
        "# Scale: cost curves", "",
        f"`{command}` on {doc['machine']}, {doc['date']}; one record per process, one job at a time. What each "
        "column means is in the docstring of `benchmarks/scale.py`; `-`: not measured for that model (no "
        "index for a model that is no inner product; no store figure for a model). The sample shop generator "
        "makes ~10 purchases per user.", "",
        "| model | users | items | " + " | ".join(cols) + " |",
        "|---|---|---|" + "---|" * len(cols),
    ]
    for r in records:
        if r["model"].startswith("answers"):
            continue
        lines.append(f"| {r['model']} | {r['users']:,} | {r['items']:,} | "
                     + " | ".join(fmt(r["metrics"].get(c)) for c in cols) + " |")
    answers = [r for r in records if r["model"].startswith("answers")]
    if answers:
        acols = ["precompute_users_per_s", "batch_answers_users_per_s", "batch_answers_ray_users_per_s",
                 "ray_start_s", "answers_load_s", "answers_loaded", "answers_users", "peak_mb"]
        lines += ["", "## The service's precompute as a batch job", "",
                  "The default answer (top-10, explained, narrated) of the shop's most recent users, built by the "
                  "service's own precompute, by `whyrec batch answers` here and on Ray (2 actors), and loaded by a "
                  "new service engine (`whyrec serve --answers`); what each column means is in the docstring. On 2 "
                  "cores two Ray actors share the cores the one process had: Ray is there for a cluster.", "",
                  "| record | users | " + " | ".join(acols) + " |", "|---|---|" + "---|" * len(acols)]
        for r in answers:
            lines.append(f"| {r['model']} | {r['users']:,} | " + " | ".join(fmt(r["metrics"].get(c)) for c in acols)
                         + " |")
    lines += ["", "## Growth", "",
              "Slope of log(metric) on log(users) over the sizes run (1.0: linear in the shop; the catalogue "
              "grows with the users here, 10 users per item), and the metric a 10x larger shop would cost "
              "by that slope. Two sizes give a slope but no check of it.", "",
              "| model | metric | sizes | slope | at the largest shop | at 10x |", "|---|---|---|---|---|---|"]
    for f in fits:
        lines.append(f"| {f['model']} | {f['metric']} | {f['sizes']} | {f['slope']:.2f} | "
                     f"{fmt(f['at_largest'])} ({f['largest_users']:,} users) | {fmt(f['at_10x'])} |")
    lines += ["", "![cost curves](scale.png)", ""]
    (RESULTS / "scale.md").write_text("\n".join(lines) + kept)
    plot(records)


def plot(records: list[dict]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    metrics = [("train_s_per_epoch", "train s / epoch"), ("recommend_ms", "recommend ms / user (exact)"),
               ("recommend_ann_ms", "recommend ms / user (ANN)"), ("peak_mb", "peak MB")]
    fig, axes = plt.subplots(1, len(metrics), figsize=(4.2 * len(metrics), 3.6))
    models = sorted({r["model"] for r in records if not r["model"].startswith("store")})
    colour = {m: f"C{n}" for n, m in enumerate(models)}  # one colour per model in every panel
    for ax, (metric, title) in zip(axes, metrics, strict=True):
        for model in models:
            pts = sorted((r["items"] if model == "mips-synthetic" else r["users"], r["metrics"][metric])
                         for r in records if r["model"] == model and r["metrics"].get(metric))
            if pts:
                ax.plot(*zip(*pts, strict=True), marker="o", label=model, color=colour[model])
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("users (mips-synthetic: items)")
        ax.grid(alpha=0.3)
    handles = [plt.Line2D([], [], color=colour[m], marker="o", label=m) for m in models]
    fig.legend(handles=handles, loc="lower center", ncol=len(models), fontsize=8)
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    fig.savefig(RESULTS / "scale.png", dpi=110)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=DEFAULT_SIZES, help="users:items pairs")
    ap.add_argument("--models", default=DEFAULT_MODELS)
    ap.add_argument("--mips-items", default="100000,1000000")
    ap.add_argument("--store-users", type=int, default=10000)
    ap.add_argument("--answers-users", type=int, default=10000)
    ap.add_argument("--answers-models", default="ease,sasrec")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--timeout", type=int, default=1500, help="seconds per record before it is left out")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--merge", action="store_true", help="keep the records of scale.json this run does not redo")
    ap.add_argument("--render", action="store_true", help="only rewrite scale.md and scale.png from scale.json")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.render:
        old = json.loads((RESULTS / "scale.json").read_text())
        write(old["records"], growth([r for r in old["records"] if not r["model"].startswith(OTHER)]),
              old["command"])
        return
    if args.one:
        spec = json.loads(args.one)
        kind = spec.pop("kind")
        makers = {"model": model_record, "mips": mips_record, "store": store_record, "answers": answers_record}
        rec = makers[kind](**spec)
        print(json.dumps(rec, default=float))
        return
    records: list[dict] = []
    specs: list[dict] = []
    for pair in filter(None, args.sizes.split(",")):  # --sizes "" --models "": no model records
        users, items = (int(x) for x in pair.split(":"))
        for key in filter(None, args.models.split(",")):
            if items <= MAX_ITEMS.get(key, 10**9) and users <= MAX_USERS.get(key, 10**9):
                specs.append({"kind": "model", "users": users, "items": items, "key": key, "seed": args.seed})
    specs += [{"kind": "mips", "items": int(n), "seed": args.seed} for n in args.mips_items.split(",") if n]
    if args.store_users:
        specs += [{"kind": "store", "backend": b, "users": args.store_users, "seed": args.seed}
                  for b in ("sqlite", "postgresql")]
    if args.answers_users:
        specs += [{"kind": "answers", "users": args.answers_users, "key": k, "seed": args.seed}
                  for k in filter(None, args.answers_models.split(","))]
    for spec in specs:
        t0 = time.perf_counter()
        rec = child(dict(spec), args.timeout)
        print(f"{spec} -> {time.perf_counter() - t0:.0f} s: {rec and rec['metrics']}", flush=True)
        if rec:
            records.append(rec)
    command = "python benchmarks/scale.py " + " ".join(sys.argv[1:])
    if args.merge and (RESULTS / "scale.json").is_file():
        old = json.loads((RESULTS / "scale.json").read_text())
        done = {(r["model"], r["users"], r["items"]) for r in records}
        records = [r for r in old["records"] if (r["model"], r["users"], r["items"]) not in done] + records
        command = f"{old['command']}; then {command}"
    fits = growth([r for r in records if not r["model"].startswith(OTHER)])
    if not args.no_write:
        write(records, fits, command.strip())
    print(json.dumps({"growth": fits}, indent=1))


if __name__ == "__main__":
    main()
