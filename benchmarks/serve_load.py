"""Load benchmark of the HTTP service: explained, narrated recommendations on Beauty with SASRec.

    flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/serve_load.py
    flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/serve_load.py --concurrency 8 --seconds 10 --no-llm

The server runs as its own uvicorn process on 127.0.0.1 (so that client and
server do not share a GIL), built by ``create_app(Settings(...))`` on a copy of
``runs/bench-beauty-sasrec`` (a run record is written into the copy) and a
fresh SQLite store in a temporary folder. The client is an ``httpx`` async
client with ``concurrency`` workers; each worker asks, for a random Beauty
user (of a pool of 5,000), ``GET /v1/users/{u}/recommendations?k=10&explain=true&narrate=true``
with the template narrator, back to back, for ``--seconds`` seconds per
concurrency level (after a warm-up). Latency is the client's wall time per
request; ``server_p99_ms`` is the server's own ``ms`` of the answers.

Two servers are measured: ``precomputed`` (``Settings(precompute=True)``, what
``whyrec serve`` does by default: the load starts once every stored user's
default answer is built, and one more concurrency-8 run posts ``--events-per-s``
purchases by pool users meanwhile, each changing that user's next answer) and
``per request`` (no precompute: answers are built on request and kept).
Then, unless ``--no-llm``, a third server narrates with the local LLM backend
and a shorter, lighter load is measured the same way.

Writes ``benchmarks/results/serve.json`` (per concurrency: concurrency, rps,
p50_ms, p95_ms, p99_ms, errors_5xx, requests, ...) and ``serve.md``, with the
command, machine, date and machine load (``uptime``) before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
SOURCE_MODEL = ROOT / "runs" / "bench-beauty-sasrec"
MODEL_COPY = ROOT / "runs" / "serve-bench-beauty-sasrec"
GOAL_P99_MS = 50.0
GOAL_CONCURRENCY = 8
API_KEY = "bench-key"
#: the server's own time for an answer, in its JSON head
SERVER_MS = re.compile(rb'"ms":([0-9.]+)')


def data_dir() -> Path:
    """Where the shared datasets are: $WHYREC_DATA_DIR or ../shared/data."""
    return Path(os.environ.get("WHYREC_DATA_DIR", ROOT.parent / "shared" / "data"))


def machine() -> str:
    """A one-line description of this machine (CPU model, cores, memory, Python)."""
    import platform

    cpu = platform.machine()
    mem = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f", {int(line.split()[1]) / 2**20:.0f} GiB"
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({cpu}){mem}, Python {platform.python_version()}, no GPU"


def uptime() -> str:
    """The output of ``uptime`` (machine load), for the results."""
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as e:
        return f"uptime failed: {e}"


# ---------------------------------------------------------------------- the model folder and the server
def prepare_model(data_file: Path) -> tuple[Path, list[str], list[str]]:
    """A copy of the Beauty SASRec folder with a run record; returns it and the dataset's user and item ids."""
    from whyrec.data import read_dataset
    from whyrec.runs import write_run_record

    if not (SOURCE_MODEL / "params.json").is_file():
        raise SystemExit(
            f"{SOURCE_MODEL} holds no trained model (params.json). Fix: train it with "
            f"'whyrec train --data {data_file} --format s3rec --model sasrec --out {SOURCE_MODEL}' (~17 min)"
        )
    if not data_file.is_file():
        raise SystemExit(f"Beauty data not found at {data_file}. Fix: set WHYREC_DATA_DIR to the shared data folder")
    ds = read_dataset(str(data_file), format="s3rec")
    if not (MODEL_COPY / "run.json").is_file():
        MODEL_COPY.mkdir(parents=True, exist_ok=True)
        for f in SOURCE_MODEL.iterdir():
            if f.is_file():
                shutil.copy2(f, MODEL_COPY / f.name)
        info = {"data": str(data_file), "format": "s3rec", "protocol": "loo-full", "seed": 2020, "model": "sasrec"}
        write_run_record(MODEL_COPY, info, ds)
    return MODEL_COPY, [str(u) for u in ds.user_ids], [str(i) for i in ds.item_ids]


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(args: argparse.Namespace) -> None:
    """Run the app in this process (the ``serve`` sub-command the benchmark starts as a subprocess)."""
    import uvicorn

    from whyrec.service import Settings, create_app

    settings = Settings(
        model_dir=args.model_dir, db_url=args.db_url, api_key=API_KEY, narrate_backend=args.narrate,
        precompute=args.precompute,
    )
    uvicorn.run(create_app(settings), host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


class Server:
    """The service as a separate uvicorn process; ``with Server(...) as base_url:`` waits until /readyz says ready."""

    def __init__(self, model_dir: Path, db_url: str, narrate: str, log: Path, ready_timeout: float = 900.0,
                 precompute: bool = False) -> None:
        self.model_dir, self.db_url, self.narrate, self.log = model_dir, db_url, narrate, log
        self.ready_timeout = ready_timeout
        self.precompute = precompute
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self.startup_s = 0.0
        self.precompute_s: float | None = None
        self.precomputed: dict[str, Any] = {}

    def __enter__(self) -> str:
        import httpx

        cmd = [sys.executable, __file__, "serve", "--model-dir", str(self.model_dir), "--db-url", self.db_url,
               "--port", str(self.port), "--narrate", self.narrate, *(["--precompute"] if self.precompute else [])]
        self._log = self.log.open("w")
        t0 = time.perf_counter()
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT, cwd=ROOT)
        base = f"http://127.0.0.1:{self.port}"
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f"the server exited with code {self.proc.returncode}; its log: {self.log}\n"
                                 + self.log.read_text()[-3000:])
            try:
                if httpx.get(f"{base}/readyz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() - t0 > self.ready_timeout:
                self.__exit__()
                raise SystemExit(f"the server was not ready after {self.ready_timeout:.0f} s; its log: {self.log}")
            time.sleep(1.0)
        self.startup_s = time.perf_counter() - t0
        if self.precompute:  # the load starts once every stored user's default answer is built
            while True:
                prog = httpx.get(f"{base}/readyz", timeout=30).json().get("precompute") or {}
                if prog.get("first_pass_seconds") is not None:
                    self.precomputed = prog
                    self.precompute_s = float(prog["first_pass_seconds"])
                    break
                if self.proc.poll() is not None or time.perf_counter() - t0 > 3 * self.ready_timeout:
                    self.__exit__()
                    raise SystemExit(f"precomputing did not finish ({prog}); server log: {self.log}")
                time.sleep(5.0)
        # and the t-SNE map (a start-up job) is done
        httpx.get(f"{base}/v1/map", headers={"X-API-Key": API_KEY}, timeout=300)
        return base

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


# ---------------------------------------------------------------------- the load
async def _load(base: str, users: list[str], concurrency: int, seconds: float, query: str, timeout: float,
                seed: int, max_requests: int | None = None, events_per_s: float = 0.0,
                items: list[str] | None = None) -> dict[str, Any]:
    """``concurrency`` workers asking back to back until ``seconds`` (or ``max_requests``) are used up; with
    ``events_per_s``, one more client posts a purchase of a random item by a random user of the pool at that rate
    (each one changes that user's next answer)."""
    import httpx

    rng = random.Random(seed)
    lat: list[float] = []
    statuses: Counter[str] = Counter()
    posted: Counter[str] = Counter()
    cached: Counter[bool] = Counter()
    server_ms: list[float] = []
    sent = 0
    n_conn = concurrency + (1 if events_per_s > 0 else 0)
    limits = httpx.Limits(max_connections=n_conn, max_keepalive_connections=n_conn)
    auth = {"X-API-Key": API_KEY}  # the admin key: the reads need one too
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits, headers=auth) as client:
        t_end = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal sent
            while time.perf_counter() < t_end and (max_requests is None or sent < max_requests):
                sent += 1
                user = rng.choice(users)
                t0 = time.perf_counter()
                try:
                    r = await client.get(f"/v1/users/{user}/recommendations?{query}")
                    statuses[str(r.status_code)] += 1
                    if r.status_code == 200:
                        lat.append((time.perf_counter() - t0) * 1000.0)
                        head = r.content[:400]
                        cached[b'"cached":true' in head] += 1
                        m = SERVER_MS.search(head)
                        if m:
                            server_ms.append(float(m.group(1)))
                except httpx.TimeoutException:
                    statuses["timeout"] += 1
                except httpx.HTTPError as e:
                    statuses[type(e).__name__] += 1

        async def writer() -> None:
            n = 0
            start = time.perf_counter()
            while time.perf_counter() < t_end:
                n += 1
                ev = {"event_id": f"bench-{seed}-{n}", "user": rng.choice(users), "item": rng.choice(items or [])}
                try:
                    r = await client.post("/v1/events", json={"events": [ev]}, headers={"X-API-Key": API_KEY})
                    posted[str(r.status_code)] += 1
                except httpx.HTTPError as e:
                    posted[type(e).__name__] += 1
                await asyncio.sleep(max(0.0, start + n / events_per_s - time.perf_counter()))

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)), *([writer()] if events_per_s > 0 else []))
        wall = time.perf_counter() - t0
    ms = np.asarray(lat) if lat else np.asarray([float("nan")])
    n = sum(statuses.values())
    return {
        "concurrency": concurrency,
        "rps": round(len(lat) / wall, 2),
        "p50_ms": round(float(np.percentile(ms, 50)), 2),
        "p95_ms": round(float(np.percentile(ms, 95)), 2),
        "p99_ms": round(float(np.percentile(ms, 99)), 2),
        "errors_5xx": sum(v for k, v in statuses.items() if k.isdigit() and int(k) >= 500),
        "requests": n,
        "ok": len(lat),
        "mean_ms": round(float(np.mean(ms)), 2),
        "max_ms": round(float(np.max(ms)), 2),
        "seconds": round(wall, 2),
        "statuses": dict(statuses),
        "cached_share": round(cached[True] / max(1, len(lat)), 3),
        "server_p50_ms": round(float(np.percentile(server_ms, 50)), 2) if server_ms else None,
        "server_p99_ms": round(float(np.percentile(server_ms, 99)), 2) if server_ms else None,
        **({"events_per_s": events_per_s, "events_posted": dict(posted)} if events_per_s > 0 else {}),
    }


def load(base: str, users: list[str], concurrency: int, seconds: float, query: str, timeout: float = 30.0,
         seed: int = 0, max_requests: int | None = None, events_per_s: float = 0.0,
         items: list[str] | None = None) -> dict[str, Any]:
    """One bounded load run (see :func:`_load`)."""
    return asyncio.run(_load(base, users, concurrency, seconds, query, timeout, seed, max_requests, events_per_s,
                             items))


def server_metrics(base: str) -> str:
    """The server's /metrics text (kept short in the log, for a look at its own latency histogram)."""
    import httpx

    try:
        return httpx.get(f"{base}/metrics", headers={"X-API-Key": API_KEY}, timeout=10).text
    except httpx.HTTPError as e:
        return f"/metrics failed: {e}"


# ---------------------------------------------------------------------- results
def write_results(res: dict[str, Any], out: Path = RESULTS) -> None:
    """serve.json and serve.md in ``out`` (benchmarks/results)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "serve.json").write_text(json.dumps(res, indent=1) + "\n")
    lines = [
        "# Service load benchmark",
        "",
        f"- command: `{res['command']}`",
        f"- machine: {res['machine']}",
        f"- date: {res['date']}",
        f"- load before: `{res['load_before']}`; after: `{res['load_after']}`",
        f"- model: {res['model']}; store: fresh SQLite file; server: one uvicorn process on 127.0.0.1 "
        f"(start-up {res['startup_s']:.0f} s, ready by /readyz); client: httpx async in another process, "
        "random Beauty users, latency = client wall time per request",
        f"- request: `GET /v1/users/{{u}}/recommendations?{res['query']}`; "
        f"{res['seconds']:.0f} s per concurrency level after {res['warmup']} warm-up requests",
        f"- goal: p99 <= {GOAL_P99_MS:.0f} ms at concurrency {GOAL_CONCURRENCY}, zero 5xx (judged on the "
        f"precomputed server, what `whyrec serve` runs by default): **{res['goal_met']}**",
        "",
        "| answers | narrator | concurrency | requests | rps | p50 ms | p95 ms | p99 ms | max ms | 5xx | "
        "other errors | served from the answer cache |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    rows = [("template", r) for r in res["runs"]] + [("local LLM", r) for r in res.get("llm", {}).get("runs", [])]
    for name, r in rows:
        other = {k: v for k, v in r["statuses"].items() if k != "200" and not (k.isdigit() and int(k) >= 500)}
        share = f"{r['cached_share']:.2f}" if "cached_share" in r else "-"
        lines.append(
            f"| {r.get('mode', 'per request')} | {name} | {r['concurrency']} | {r['requests']} | {r['rps']:.1f} | "
            f"{r['p50_ms']:.1f} | "
            f"{r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.1f} | {r['errors_5xx']} | "
            f"{', '.join(f'{k}: {v}' for k, v in other.items()) or '0'} | {share} |"
        )
    for mode, srv in res.get("servers", {}).items():
        pre = srv.get("precompute") or {}
        lines.append("")
        lines.append(f"- {mode} server: ready in {srv['startup_s']:.0f} s" + (
            f"; precomputed the default answer of {pre['done']} stored users in {pre['first_pass_seconds']:.0f} s "
            f"({pre['failed']} failed) before the load" if pre else ""))
    llm = res.get("llm", {})
    if llm:
        lines += ["", f"LLM-narrated run: {llm.get('note', '')}"]
        if llm.get("command"):
            lines.append(
                f"(measured separately: `{llm['command']}`, {llm['date']}, load before `{llm['load_before']}`)"
            )
    lines += ["", *[f"- {n}" for n in res.get("notes", [])], ""]
    (out / "serve.md").write_text("\n".join(lines))


def run_llm_only(args: argparse.Namespace) -> None:
    """Measure only the local-LLM narrated run and add it to an existing serve.json (``--llm-only``)."""
    out = Path(args.results)
    res = json.loads((out / "serve.json").read_text())
    model_dir, users, _ = prepare_model(data_dir() / "amazon-s3rec" / "Beauty.txt")
    rng = np.random.default_rng(args.seed)
    pool = [users[i] for i in rng.choice(len(users), min(len(users), 5000), replace=False)]
    before = uptime()
    with tempfile.TemporaryDirectory(prefix="whyrec-serve-bench-") as tmp:
        res["llm"] = llm_run(args, model_dir, pool, tmp)
    res["llm"].update(command=" ".join(["flock /tmp/whyrec-bench.lock", ".venv/bin/python",
                                        "benchmarks/serve_load.py", *sys.argv[1:]]),
                      date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), load_before=before, load_after=uptime())
    write_results(res, out)
    print(f"added the LLM run to {out / 'serve.json'}")


def run(args: argparse.Namespace) -> None:
    """Prepare the model, run the load levels (template, then local LLM) and write the results."""
    if args.model_dir:  # another model folder (e.g. a small one for a quick check of this script)
        from whyrec.runs import load_run_data, read_run_record

        model_dir = Path(args.model_dir).resolve()
        ds = load_run_data(read_run_record(model_dir))
        users, items = [str(u) for u in ds.user_ids], [str(i) for i in ds.item_ids]
    else:
        model_dir, users, items = prepare_model(data_dir() / "amazon-s3rec" / "Beauty.txt")
    rng = np.random.default_rng(args.seed)
    pool = [users[i] for i in rng.choice(len(users), min(len(users), 5000), replace=False)]
    query = f"k={args.k}&explain=true&narrate=true&lang=en"
    load_before = uptime()
    res: dict[str, Any] = {
        "command": " ".join(["flock /tmp/whyrec-bench.lock", ".venv/bin/python", "benchmarks/serve_load.py",
                             *sys.argv[1:]]),
        "machine": machine(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load_before": load_before,
        "model": f"{model_dir.name} ({len(users)} users)" if args.model_dir else
        f"SASRec on Beauty (s3rec, loo-full, {len(users)} users), {model_dir.relative_to(ROOT)}",
        "query": query,
        "seconds": args.seconds,
        "warmup": args.warmup,
        "runs": [],
        "servers": {},
        "notes": [],
    }
    modes = [("precomputed", True)] + ([] if args.no_per_request else [("per request", False)])
    if args.per_request_only:
        modes = [("per request", False)]
    with tempfile.TemporaryDirectory(prefix="whyrec-serve-bench-") as tmp:
        for mode, precompute in modes:
            name = mode.replace(" ", "-")
            srv = Server(model_dir, f"sqlite:///{tmp}/{name}.sqlite", "template", Path(tmp) / f"{name}.log",
                         precompute=precompute)
            with srv as base:
                res["servers"][mode] = {"startup_s": round(srv.startup_s, 1), "precompute": srv.precomputed}
                res.setdefault("startup_s", round(srv.startup_s, 1))
                print(f"{mode} server ready at {base} ({srv.startup_s:.0f} s; precompute {srv.precomputed})",
                      flush=True)
                warm = load(base, pool, 4, 120.0, query, seed=args.seed + 99, max_requests=args.warmup)
                print(f"warm-up: {warm['requests']} requests, p50 {warm['p50_ms']} ms", flush=True)
                levels = [(c, 0.0) for c in args.concurrency]
                if precompute and args.events_per_s > 0:
                    levels.append((GOAL_CONCURRENCY, args.events_per_s))
                for c, eps in levels:
                    r = load(base, pool, c, args.seconds, query, seed=args.seed + c + int(eps), events_per_s=eps,
                             items=items)
                    r["mode"] = mode if not eps else f"{mode}, {eps:g} events/s"
                    print(json.dumps({k: r.get(k) for k in ("mode", "concurrency", "rps", "p50_ms", "p95_ms",
                                                             "p99_ms", "server_p99_ms", "errors_5xx", "requests",
                                                             "cached_share", "events_posted")}), flush=True)
                    res["runs"].append(r)
                Path(tmp, f"metrics-{name}.txt").write_text(server_metrics(base))
        if not args.no_llm:
            res["llm"] = llm_run(args, model_dir, pool, tmp)
        elif (Path(args.results) / "serve.json").is_file():  # keep the earlier LLM-narrated run, labelled as such
            earlier = json.loads((Path(args.results) / "serve.json").read_text()).get("llm")
            if earlier and earlier.get("runs"):
                earlier["note"] = earlier.get("note", "") + " (kept from an earlier run: --no-llm this time)"
                res["llm"] = earlier
    res["load_after"] = uptime()
    if args.notes:
        res["notes"] += [line[2:].strip() if line.startswith("- ") else line.strip()
                         for line in Path(args.notes).read_text().splitlines() if line.strip()]
    goal = [r for r in res["runs"] if r["concurrency"] == GOAL_CONCURRENCY and r["mode"] == "precomputed"]
    res["goal_met"] = bool(goal) and all(r["p99_ms"] <= GOAL_P99_MS for r in goal) and all(
        r["errors_5xx"] == 0 for r in res["runs"])
    write_results(res, Path(args.results))
    print(f"wrote {Path(args.results) / 'serve.md'} and serve.json; goal met: {res['goal_met']}")


def llm_run(args: argparse.Namespace, model_dir: Path, pool: list[str], tmp: str) -> dict[str, Any]:
    """The same request narrated by the local LLM backend: fewer requests, lower concurrency."""
    try:
        import llama_cpp  # noqa: F401

        from whyrec.narrate import local  # noqa: F401
    except ImportError as e:
        return {"runs": [], "note": f"not measured: the local LLM backend is not available here ({e})"}
    query = f"k={args.llm_k}&explain=true&narrate=true&lang=en"
    out: dict[str, Any] = {"query": query, "runs": []}
    with Server(model_dir, f"sqlite:///{tmp}/llm.sqlite", "local", Path(tmp) / "llm.log") as base:
        load(base, pool, 1, 300.0, query, timeout=300.0, seed=args.seed + 7, max_requests=2)  # loads the GGUF
        for c in args.llm_concurrency:
            r = load(base, pool, c, args.llm_seconds, query, timeout=300.0, seed=args.seed + 1000 + c,
                     max_requests=args.llm_requests)
            print("llm", json.dumps({k: r[k] for k in ("concurrency", "rps", "p50_ms", "p99_ms", "requests")}))
            out["runs"].append(r)
    out["note"] = (f"`GET /v1/users/{{u}}/recommendations?{query}` with the local SmolLM2-135M backend, at most "
                   f"{args.llm_requests} requests or {args.llm_seconds:.0f} s per concurrency level")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd")
    sv = sub.add_parser("serve", help="(internal) run the server process")
    sv.add_argument("--model-dir", required=True)
    sv.add_argument("--db-url", required=True)
    sv.add_argument("--port", type=int, required=True)
    sv.add_argument("--narrate", default="template")
    sv.add_argument("--precompute", action="store_true")
    ap.add_argument("--concurrency", type=lambda s: [int(x) for x in s.split(",")], default=[8, 32])
    ap.add_argument("--seconds", type=float, default=30.0, help="Seconds of load per concurrency level.")
    ap.add_argument("--warmup", type=int, default=100, help="Warm-up requests before measuring.")
    ap.add_argument("-k", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-llm", action="store_true", help="Skip the local-LLM narrated run.")
    ap.add_argument("--llm-only", action="store_true", help="Only the local-LLM run, added to serve.json.")
    ap.add_argument("--model-dir", help="Serve this model folder instead of Beauty SASRec (results not comparable).")
    ap.add_argument("--results", default=str(RESULTS), help="Folder for serve.json / serve.md.")
    ap.add_argument("--events-per-s", type=float, default=20.0,
                    help="Events posted per second during an extra concurrency-8 run of the precomputed server.")
    ap.add_argument("--no-per-request", action="store_true",
                    help="Skip the server that builds every answer on request (no precompute).")
    ap.add_argument("--per-request-only", action="store_true",
                    help="Only the server that builds every answer on request (e.g. to re-check its rows).")
    ap.add_argument("--notes", help="A Markdown file of '- ' lines added to serve.md's notes.")
    ap.add_argument("--llm-k", type=int, default=10)
    ap.add_argument("--llm-concurrency", type=lambda s: [int(x) for x in s.split(",")], default=[1, 4])
    ap.add_argument("--llm-seconds", type=float, default=60.0)
    ap.add_argument("--llm-requests", type=int, default=40)
    args = ap.parse_args()
    if args.cmd == "serve":
        serve(args)
    elif args.llm_only:
        run_llm_only(args)
    else:
        run(args)


if __name__ == "__main__":
    main()
