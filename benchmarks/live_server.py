"""A whyrec model folder of the sample shop and ``whyrec serve`` on it as a child process, for the benchmarks
that load the real server (``abuse.py``, ``durability.py``)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def shop_model(folder: Path, n_users: int, model: str, **params: Any) -> Any:
    """Train ``model`` (with ``params``) on a sample shop of ``n_users`` shoppers into ``folder``, with its run
    record; the shop (a Dataset)."""
    from whyrec.data import sample_shop
    from whyrec.evaluation import make_split
    from whyrec.models import make_model
    from whyrec.runs import write_run_record

    ds = sample_shop(n_users=n_users, seed=0)
    split = make_split(ds, "loo-full", seed=2020)
    make_model(model, **params).fit(split.train, split.valid).save(folder)
    info = {"data": "sample-shop", "format": "sample-shop", "n_users": n_users, "shop_seed": 0}
    write_run_record(folder, {**info, "protocol": "loo-full", "seed": 2020, "model": model}, ds)
    return ds


class Server:
    """``whyrec serve`` as a child process (exec'd directly: its pid is the uvicorn process)."""

    def __init__(self, model_dir: Path, db: Path, log: Path, env: dict[str, str], options: list[str]) -> None:
        self.model_dir, self.db, self.log_path = model_dir, db, log
        self.env, self.options = env, options
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 300.0) -> float:
        """Start the server and wait for ``/readyz``; the seconds it took."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("WHYREC_API_KEY")} | self.env
        cmd = [str(Path(sys.executable).with_name("whyrec")), "serve", str(self.model_dir), "--db", str(self.db),
               "--port", str(self.port), "--no-precompute", "--log-level", "warning", *self.options]  # fmt: skip
        t0 = time.monotonic()
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        while True:
            try:
                if httpx.get(f"{self.base}/readyz", timeout=5).status_code == 200:
                    cmdline = Path(f"/proc/{self.proc.pid}/cmdline").read_bytes().split(b"\0")
                    if b"serve" not in cmdline:  # the pid to kill must be the server itself, not a wrapper
                        raise RuntimeError(f"pid {self.proc.pid} is not the server: {cmdline!r}")
                    return time.monotonic() - t0
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() - t0 > timeout:
                raise RuntimeError("the server did not start: " + self.log_path.read_text()[-3000:])
            time.sleep(0.2)

    def children(self) -> list[int]:
        """Pids of the server's child processes (there should be none: one uvicorn process)."""
        assert self.proc is not None
        out = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.proc.pid:
                out.append(int(stat.parent.name))
        return out

    def kill(self) -> int:
        """SIGKILL the server process; its exit status (-9 expected)."""
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        return self.proc.wait(timeout=30)

    def stop(self) -> int:
        """SIGTERM (a graceful stop); its exit status."""
        assert self.proc is not None
        self.proc.terminate()
        try:
            return self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            return self.kill()
