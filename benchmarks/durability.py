"""Durability benchmark: acknowledged events survive ``kill -9`` of the server, and none is stored twice.

    .venv/bin/python benchmarks/durability.py
    .venv/bin/python benchmarks/durability.py --rounds 5 --clients 8 --seed 1

An EASE is trained on a small generated sample shop (``--n-users``
shoppers) into a temporary folder. Then, for ``--rounds`` rounds,
``whyrec serve`` (the CLI: the real uvicorn process, its own process, no
shell in between) is started on a free 127.0.0.1 port on the same SQLite
file (fresh in round 1, imported from the model's data; continued after),
``--clients`` threads POST ``/v1/events`` back to back (batches of 1 to
``--max-batch`` events with unique ``event_id`` s, existing items, users of
the shop or new users), and after a random 2-6 s (``--seed``) the server
gets ``SIGKILL``. An ``event_id`` whose POST was answered 2xx is *acked*.

After the last round the server is started once more, a sample of 100 acked
events is sent again (idempotence across crashes: each must come back as a
duplicate, none stored anew or refused) and every unacked event is retried
the way a client that saw no answer would (stored ones must come back as
duplicates, the others are stored now). The server is then stopped and the
SQLite file is read directly: acked ids present (*stored*), absent
(*lost*), ids stored more than once (*duplicated*), unacked ids stored
before the retry (*unacked_stored*: the server committed but the client
never saw the answer, which is fine), batches stored in part (all or
nothing is the contract) and ``PRAGMA integrity_check``.

Writes the ``durability`` key of ``benchmarks/results/security.json``
(keeping the others) and the ``## Durability (kill -9)`` section of
``security.md``; ``--no-write`` only prints the JSON summary.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shlex
import sqlite3
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from live_server import Server, shop_model
from security_report import write_security

ADMIN = "durability-admin-key"
PREFIX = "dur"
SECTION = "## Durability (kill -9)"


def train(folder: Path, n_users: int) -> tuple[list[str], list[str]]:
    """An EASE of the sample shop in ``folder``; the shop's user ids and item ids."""
    ds = shop_model(folder, n_users, "ease")
    return [str(u) for u in ds.user_ids], [str(i) for i in ds.item_ids]


def server(model_dir: Path, db: Path, log: Path) -> Server:
    """The server under test: an admin key, no rate limit (the clients post as fast as they can)."""
    return Server(model_dir, db, log, {"WHYREC_API_KEY": ADMIN}, ["--rate-limit", "0"])


@dataclass
class Tally:
    """What the clients saw (shared by the client threads, under ``lock``)."""

    acked: set[str] = field(default_factory=set)
    sent: dict[str, dict[str, Any]] = field(default_factory=dict)  # every event sent, by event_id
    batches: list[list[str]] = field(default_factory=list)  # every batch sent (event ids)
    unacked_batches: list[list[str]] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)  # "2xx", "HTTP 500", "ReadError", ...
    round_outcomes: dict[int, Counter[str]] = field(default_factory=dict)
    posts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def client(base: str, rnd: int, cid: int, users: list[str], items: list[str], max_batch: int, seed: int,
           stop: threading.Event, tally: Tally) -> None:  # fmt: skip
    """POST batches of new events back to back until ``stop``; record what was acked."""
    rng = random.Random(seed * 1_000_003 + rnd * 1009 + cid)
    n = 0
    with httpx.Client(base_url=base, headers={"X-API-Key": ADMIN}, timeout=10.0) as c:
        while not stop.is_set():
            batch = []
            for _ in range(rng.randint(1, max_batch)):
                user = rng.choice(users) if rng.random() < 0.8 else f"{PREFIX}-new-{rnd}-{cid}-{rng.randrange(50)}"
                ev = {"event_id": f"{PREFIX}-r{rnd}-c{cid}-{n}", "user": user, "item": rng.choice(items),
                      "timestamp": round(time.time(), 3), "event": rng.choice(["purchase", "view"])}  # fmt: skip
                if rng.random() < 0.3:
                    ev["rating"] = float(rng.randint(1, 5))
                batch.append(ev)
                n += 1
            ids = [e["event_id"] for e in batch]
            with tally.lock:
                tally.sent.update({e["event_id"]: e for e in batch})
                tally.batches.append(ids)
            try:
                r = c.post("/v1/events", json={"events": batch})
                outcome = "2xx" if 200 <= r.status_code < 300 else f"HTTP {r.status_code}"
                if outcome != "2xx" and len(tally.outcomes) < 50:
                    outcome += f" {r.text[:120]}"
            except httpx.HTTPError as e:
                outcome = type(e).__name__
            with tally.lock:
                tally.posts += 1
                tally.outcomes[outcome] += 1
                tally.round_outcomes.setdefault(rnd, Counter())[outcome] += 1
                if outcome == "2xx":
                    tally.acked.update(ids)
                else:
                    tally.unacked_batches.append(ids)
            if outcome != "2xx" and not outcome.startswith("HTTP"):
                break  # the server is gone (or the connection is): this client stops


def resend(base: str, events: list[dict[str, Any]], chunk: int = 10) -> Counter[str]:
    """POST ``events`` again in batches of ``chunk``; totals of accepted, duplicates and refusals."""
    out: Counter[str] = Counter()
    with httpx.Client(base_url=base, headers={"X-API-Key": ADMIN}, timeout=30.0) as c:
        for i in range(0, len(events), chunk):
            r = c.post("/v1/events", json={"events": events[i : i + chunk]})
            if r.status_code == 200:
                out["accepted"] += r.json()["accepted"]
                out["duplicates"] += r.json()["duplicates"]
            else:
                out[f"HTTP {r.status_code}"] += len(events[i : i + chunk])
    return out


def stored_counts(db: Path) -> tuple[Counter[str], str, bool]:
    """Stored count of each benchmark event_id, ``PRAGMA integrity_check`` and whether event_id is UNIQUE."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT event_id, COUNT(*) FROM events WHERE event_id LIKE ? GROUP BY event_id", (f"{PREFIX}-%",)
        ).fetchall()
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        unique = any(
            conn.execute(f"PRAGMA index_info('{name}')").fetchall()[0][2] == "event_id"
            for _, name, is_unique, *_ in conn.execute("PRAGMA index_list('events')").fetchall()
            if is_unique and len(conn.execute(f"PRAGMA index_info('{name}')").fetchall()) == 1
        )
    finally:
        conn.close()
    return Counter({eid: int(n) for eid, n in rows}), str(integrity), unique


def run(args: argparse.Namespace) -> dict[str, Any]:
    """The rounds, the final restart with the resends, and the counts."""
    rng = random.Random(args.seed)
    tally = Tally()
    rounds: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="whyrec-durability-") as tmp:
        t0 = time.perf_counter()
        users, items = train(Path(tmp) / "model", args.n_users)
        train_s = time.perf_counter() - t0
        db, log = Path(tmp) / "shop.sqlite", Path(tmp) / "server.log"
        for rnd in range(1, args.rounds + 1):
            srv = server(Path(tmp) / "model", db, log)
            start_s = srv.start()
            children = srv.children()
            stop = threading.Event()
            threads = [threading.Thread(target=client, args=(srv.base, rnd, cid, users, items, args.max_batch,
                                                             args.seed, stop, tally), daemon=True)
                       for cid in range(args.clients)]  # fmt: skip
            before = len(tally.acked)
            for t in threads:
                t.start()
            wait = rng.uniform(2.0, 6.0)
            time.sleep(wait)
            status = srv.kill()
            stop.set()
            for t in threads:
                t.join(timeout=30)
            rounds.append({"round": rnd, "start_s": round(start_s, 1), "kill_after_s": round(wait, 2),
                           "exit_status": status, "server_children": len(children),
                           "acked": len(tally.acked) - before,
                           "outcomes": dict(tally.round_outcomes.get(rnd, Counter()))})  # fmt: skip
            print(f"round {rnd}: killed after {wait:.2f} s (exit {status}), {rounds[-1]['acked']} acked, "
                  f"{rounds[-1]['outcomes']}", file=sys.stderr)  # fmt: skip
        before_retry, _, _ = stored_counts(db)  # what the crashes left (read while no server runs)
        srv = server(Path(tmp) / "model", db, log)
        srv.start()
        acked = sorted(tally.acked)
        sample = random.Random(args.seed).sample(acked, min(args.resend, len(acked)))
        resent = resend(srv.base, [tally.sent[e] for e in sample])
        unacked = sorted(set(tally.sent) - tally.acked)
        retried = resend(srv.base, [tally.sent[e] for e in unacked])
        srv.stop()
        after, integrity, unique = stored_counts(db)
        errors = [line for line in log.read_text(errors="replace").splitlines()
                  if re.search(r"Traceback|ERROR|Error:|database is locked|malformed", line)]  # fmt: skip
    lost = [e for e in acked if before_retry[e] == 0]
    partial = [b for b in tally.batches if 0 < sum(before_retry[e] > 0 for e in b) < len(b)]
    unacked_stored = sum(before_retry[e] > 0 for e in unacked)
    return {
        "acked": len(acked),
        "stored": len(acked) - len(lost),
        "lost": len(lost),
        "duplicated": sum(n > 1 for n in after.values()),
        "unacked_stored": unacked_stored,
        "unacked": len(unacked),
        "rounds": args.rounds,
        "resent": len(sample),
        "resent_duplicated": sum(after[e] > 1 for e in sample),
        "resent_answers": dict(resent),
        "unacked_retried": dict(retried),
        "unacked_retry_ok": retried.get("duplicates", 0) == unacked_stored
        and retried.get("accepted", 0) == len(unacked) - unacked_stored,
        "partial_batches": len(partial),
        "posts": tally.posts,
        "outcomes": dict(tally.outcomes),
        "integrity_check": integrity,
        "event_id_unique_index": unique,
        "server_log_errors": errors[:20],
        "per_round": rounds,
        "lost_ids": lost[:20],
        "clients": args.clients,
        "max_batch": args.max_batch,
        "seed": args.seed,
        "model": f"EASE on a {args.n_users}-shopper sample shop (trained in {train_s:.0f} s)",
        "server": "whyrec serve --no-precompute --rate-limit 0 (SQLite store: WAL journal, synchronous=FULL)",
        "command": ".venv/bin/python " + shlex.join(["benchmarks/durability.py", *sys.argv[1:]]),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def write(res: dict[str, Any], note: str) -> None:
    """The ``durability`` key of security.json and the durability section of security.md (the rest kept)."""
    keys = ("acked", "stored", "lost", "duplicated", "unacked_stored", "rounds", "resent_duplicated", "command")
    record = {**{k: res[k] for k in keys}, "note": note,
              **{k: v for k, v in res.items() if k not in keys and k != "lost_ids"}}  # fmt: skip
    kills = ", ".join(f"{r['kill_after_s']} s" for r in res["per_round"])
    section = "\n".join([
        f"- command: `{res['command']}`; {res['date']}; {res['machine']}",
        f"- model: {res['model']}; server: {res['server']}",
        f"- {res['rounds']} rounds on one SQLite file: start the server, {res['clients']} client threads POST "
        f"`/v1/events` back to back (batches of 1-{res['max_batch']} events, unique `event_id`s), `SIGKILL` the "
        f"server process after a random 2-6 s (seed {res['seed']}: {kills}), restart",
        "",
        "| acked | stored | lost | duplicated | unacked but stored | resent (after the last restart) "
        "| resent duplicated | partial batches |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| {res['acked']} | {res['stored']} | **{res['lost']}** | **{res['duplicated']}** | "
        f"{res['unacked_stored']} of {res['unacked']} | {res['resent']} | **{res['resent_duplicated']}** | "
        f"{res['partial_batches']} |",
        "",
        f"- resent acked events answered: {res['resent_answers']} (all must be duplicates); the unacked events "
        f"retried: {res['unacked_retried']} (duplicates = the unacked but stored ones: {res['unacked_retry_ok']})",
        f"- client outcomes: {res['outcomes']}; `PRAGMA integrity_check`: {res['integrity_check']}; "
        f"server log errors: {len(res['server_log_errors'])}",
        f"- note: {note}",
        "",
    ])  # fmt: skip
    write_security("durability", record, SECTION, section)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3, help="kill -9 rounds")
    ap.add_argument("--clients", type=int, default=4, help="concurrent client threads")
    ap.add_argument("--seed", type=int, default=0, help="seed of the kill times and the events")
    ap.add_argument("--max-batch", type=int, default=4, help="largest batch of events per POST")
    ap.add_argument("--resend", type=int, default=100, help="acked events sent again after the last restart")
    ap.add_argument("--n-users", type=int, default=300, help="shoppers of the sample shop")
    ap.add_argument("--no-write", action="store_true", help="print the figures only")
    args = ap.parse_args()
    res = run(args)
    ok = res["lost"] == 0 and res["duplicated"] == 0 and res["resent_duplicated"] == 0 and res["partial_batches"] == 0
    unique = "a UNIQUE index on events.event_id" if res["event_id_unique_index"] else "NO unique index on event_id"
    note = (
        ("no acknowledged event lost, none stored twice, no batch stored in part" if ok else "FAILED: see the figures")
        + "; events are committed (SQLite WAL, synchronous=FULL) before the 2xx is sent; `duplicated` is 0 by "
        f"construction too ({unique}), the resends check that a resent id is answered as a "
        "duplicate (not refused, not stored anew) after crashes"
    )
    print(json.dumps({**res, "note": note}, indent=1))
    if not args.no_write:
        write(res, note)


if __name__ == "__main__":
    main()
