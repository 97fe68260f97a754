"""Abuse benchmark: a normal client's latency, quiet and while three abusive clients hammer expensive explanations.

    .venv/bin/python benchmarks/abuse.py
    .venv/bin/python benchmarks/abuse.py --seconds 20 --n-users 2000

A SASRec (64 dims, histories of up to 50) is trained on a generated sample
shop (``--n-users`` shoppers) into a temporary folder, and ``whyrec serve``
(the CLI, so its uvicorn settings, rate limits and queue bound are the ones
measured) runs it as its own process on 127.0.0.1 with a fresh SQLite store,
without precomputing (so every answer of a new user is built on the model
thread: the worst case for the victim). Each client has its own read key.

The victim asks ``GET /v1/users/{u}/recommendations?k=10`` (explained by the
default method) for users it has not asked before, one request at a time,
20 a second, for ``--seconds`` seconds quiet, then again while three abusive clients (four
connections each) ask, back to back, ``k=100`` with ``shap``, ``lime``,
``counterfactual`` or ``deletion_path`` and, when refused (422
``too_expensive``), the same method at the largest ``k`` allowed. Latency is
the victim's wall time per request. The goal: p99 under abuse at most 3x the
quiet p99.

Writes the ``abuse`` key of ``benchmarks/results/security.json`` (keeping
the others) and the ``## Abuse`` section of ``security.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import shlex
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from live_server import Server, shop_model
from security_report import write_security

ADMIN, VICTIM = "abuse-admin-key", "abuse-victim-key"
ABUSERS = ("abuse-key-1", "abuse-key-2", "abuse-key-3")
EXPENSIVE = ("shap", "lime", "counterfactual", "deletion_path")
GOAL_RATIO = 3.0
#: the victim's pace (a normal client, under the default rate limit of 50 a second)
VICTIM_RPS = 20.0


def train(folder: Path, n_users: int) -> list[str]:
    """A SASRec of the sample shop in ``folder``; the user ids."""
    ds = shop_model(folder, n_users, "sasrec", epochs=3, embedding_dim=64, max_len=50, n_negatives=64, batch_size=128)
    return [str(u) for u in ds.user_ids]


async def victim(base: str, users: list[str], seconds: float) -> list[float]:
    """Latencies (ms) of the victim's requests, one at a time, each for a new user, one every 1/VICTIM_RPS s."""
    out: list[float] = []
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": VICTIM}, timeout=60) as c:
        start = time.monotonic()
        end = start + seconds
        for n, u in enumerate(users):
            if time.monotonic() > end:
                break
            await asyncio.sleep(max(0.0, start + n / VICTIM_RPS - time.monotonic()))
            t0 = time.perf_counter()
            r = await c.get(f"/v1/users/{u}/recommendations", params={"k": 10})
            out.append((time.perf_counter() - t0) * 1000.0)
            if r.status_code != 200:
                raise RuntimeError(f"victim got {r.status_code}: {r.text[:300]}")
    return out


async def abuser(base: str, key: str, users: list[str], methods: list[str], stop: asyncio.Event,
                 statuses: Counter, conns: int = 4) -> None:  # fmt: skip
    """``conns`` connections asking expensive explanations back to back until ``stop``."""
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": key}, timeout=120) as c:

        async def loop(j: int) -> None:
            i = j
            while not stop.is_set():
                u, m = users[i % len(users)], methods[i % len(methods)]
                i += conns
                k = 100
                while True:
                    try:
                        r = await c.get(f"/v1/users/{u}/recommendations", params={"k": k, "method": m})
                    except httpx.HTTPError as e:
                        statuses[type(e).__name__] += 1
                        break
                    statuses[r.status_code] += 1
                    if r.status_code == 422 and k == 100:
                        k = int(re.search(r"k<=(\d+)", r.json()["error"]["fix"]).group(1))  # the most allowed
                        continue
                    if r.status_code in (429, 503):
                        await asyncio.sleep(float(r.headers.get("Retry-After", "1")))
                    break

        await asyncio.gather(*(loop(j) for j in range(conns)))


async def measure(base: str, users: list[str], seconds: float, methods: list[str], repeat: int = 1) -> dict[str, Any]:
    quiet: list[float] = []
    abused: list[float] = []
    rounds: list[dict[str, float]] = []
    statuses: Counter = Counter()
    part = len(users) // (3 * repeat)
    for r in range(repeat):  # quiet, then abused, again: a stall in one phase does not decide the figure alone
        chunk = users[3 * r * part : 3 * (r + 1) * part]
        quiet_users, abuse_users, hammered = chunk[:part], chunk[part : 2 * part], chunk[2 * part :]
        q = await victim(base, quiet_users, seconds)
        stop = asyncio.Event()
        tasks = [asyncio.create_task(abuser(base, key, hammered[n::3], methods, stop, statuses))
                 for n, key in enumerate(ABUSERS)]  # fmt: skip
        await asyncio.sleep(2.0)  # the abusers fill the model thread first
        a = await victim(base, abuse_users, seconds)
        stop.set()
        await asyncio.gather(*tasks)
        quiet += q
        abused += a
        rounds.append({"p99_quiet_ms": round(float(np.percentile(q, 99)), 1),
                       "p99_abuse_ms": round(float(np.percentile(a, 99)), 1)})  # fmt: skip

    def pct(xs: list[float], q: float) -> float:
        return round(float(np.percentile(xs, q)), 1)

    return {
        "p50_quiet_ms": pct(quiet, 50),
        "p99_quiet_ms": pct(quiet, 99),
        "p50_abuse_ms": pct(abused, 50),
        "p99_abuse_ms": pct(abused, 99),
        "requests_quiet": len(quiet),
        "requests_abuse": len(abused),
        "abuser_statuses": {str(k): v for k, v in sorted(statuses.items(), key=str)},
        "rounds": rounds,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=20.0, help="seconds of each victim phase")
    ap.add_argument("--n-users", type=int, default=4000, help="shoppers (new users for every phase)")
    ap.add_argument("--repeat", type=int, default=3, help="quiet / abused rounds (percentiles pool them)")
    ap.add_argument("--no-write", action="store_true", help="print the figures only")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        users = train(Path(tmp) / "model", args.n_users)
        train_s = time.perf_counter() - t0
        srv = Server(Path(tmp) / "model", Path(tmp) / "shop.sqlite", Path(tmp) / "server.log",
                     {"WHYREC_API_KEY": ADMIN, "WHYREC_API_KEYS": ",".join(f"read:{k}" for k in (VICTIM, *ABUSERS))},
                     [])  # fmt: skip
        srv.start()
        base = srv.base
        try:
            schema = httpx.get(f"{base}/openapi.json").json()
            params = schema["paths"]["/v1/users/{user_id}/recommendations"]["get"]["parameters"]
            served = next(p for p in params if p["name"] == "method")["schema"].get("enum", [])
            methods = [m for m in EXPENSIVE if m in served]
            rng = np.random.default_rng(0)
            res = asyncio.run(measure(base, list(rng.permutation(users)), args.seconds, methods, args.repeat))
        finally:
            srv.stop()
    res.update({
        "ratio_p99": round(res["p99_abuse_ms"] / res["p99_quiet_ms"], 2),
        "goal": f"p99 under abuse <= {GOAL_RATIO:g}x quiet",
        "goal_met": res["p99_abuse_ms"] <= GOAL_RATIO * res["p99_quiet_ms"],
        "abuser_methods": methods,
        "command": "python " + " ".join(shlex.quote(a) for a in ["benchmarks/abuse.py", *sys.argv[1:]]),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "model": f"SASRec (64 dims, max_len 50) on a {args.n_users}-shopper sample shop (trained in {train_s:.0f} s)",
        "server": "whyrec serve --no-precompute (expensive explanations on their own model thread; "
        "default limits: 50 rps / burst 100 per key, expensive methods "
        "k<=10 without admin, 32 queued model jobs, 10 s deadline)",
    })  # fmt: skip
    print(json.dumps(res, indent=1))
    if not args.no_write:
        write(res)


def write(res: dict[str, Any]) -> None:
    """The ``abuse`` key of security.json and the ``## Abuse`` section of security.md (the rest kept)."""
    section = "\n".join([
        f"- command: `{res['command']}`; {res['date']}; {res['machine']}",
        f"- model: {res['model']}; server: {res['server']}",
        "- a victim asks `GET /v1/users/{u}/recommendations?k=10` for new users, one at a time (20/s), quiet, "
        "then while "
        f"three abusive read keys (4 connections each) ask `k=100` with {', '.join(res['abuser_methods'])} and, "
        "refused (422 `too_expensive`), the same method at the largest allowed k",
        "",
        "| | p50 ms | p99 ms | requests |",
        "|---|---:|---:|---:|",
        f"| quiet | {res['p50_quiet_ms']} | {res['p99_quiet_ms']} | {res['requests_quiet']} |",
        f"| under abuse | {res['p50_abuse_ms']} | {res['p99_abuse_ms']} | {res['requests_abuse']} |",
        "",
        f"- p99 ratio {res['ratio_p99']}x; goal ({res['goal']}) met: **{res['goal_met']}**",
        f"- the abusers' answers by status: {res['abuser_statuses']}",
        "",
    ])  # fmt: skip
    write_security("abuse", res, "## Abuse", section)


if __name__ == "__main__":
    main()
