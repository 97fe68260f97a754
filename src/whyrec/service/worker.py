"""The model threads: the prioritised queue every model and explainer call runs through (see ``Engine``)."""

from __future__ import annotations

import itertools
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

#: name of the thread that runs every model and explainer call
MODEL_THREAD = "whyrec-model"


class ModelWorker:
    """The model thread: one thread running the jobs submitted, the lowest ``priority`` first, in order of
    submission within a priority (so a cheap request's job overtakes the queued jobs of expensive explanations).

    Jobs of priority 1 or more (pieces of expensive explanations) may use at most ``share`` of the thread's time:
    after one that took ``d`` seconds, the next waits ``d * (1 - share) / share`` seconds, and the cheap jobs
    arriving meanwhile run at once (so a cheap request waits for at most one expensive piece, not one per trip)."""

    def __init__(self, name: str = MODEL_THREAD, share: float = 0.5) -> None:
        self.share = float(share)
        self._queue: queue.PriorityQueue[tuple[int, int, Any]] = queue.PriorityQueue()
        self._arrived = threading.Event()
        self._free_at = 0.0  # when the next expensive job may start
        self._seq = itertools.count()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future[Any]:
        """Run ``fn(*args, **kwargs)`` at priority 0; its Future."""
        return self.submit_at(0, fn, *args, **kwargs)

    def submit_at(self, priority: int, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future[Any]:
        """Run ``fn(*args, **kwargs)`` at ``priority`` (0 first); its Future."""
        future: Future[Any] = Future()
        self._queue.put((priority, next(self._seq), (future, fn, args, kwargs)))
        self._arrived.set()
        return future

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            priority, _, job = item
            if job is None:
                return
            if priority > 0:
                wait = self._free_at - time.monotonic()
                if wait > 0:  # over its share: back in the queue until then, or until a new job arrives
                    self._arrived.clear()
                    self._queue.put(item)
                    self._arrived.wait(wait)
                    continue
            future, fn, args, kwargs = job
            if not future.set_running_or_notify_cancel():
                continue
            t0 = time.monotonic()
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as e:  # noqa: BLE001 - handed to the caller
                future.set_exception(e)
            if priority > 0 and self.share < 1.0:
                now = time.monotonic()
                self._free_at = now + (now - t0) * (1.0 - self.share) / self.share

    def shutdown(self) -> None:
        """Cancel the jobs not started; the thread ends after the running one."""
        while True:
            try:
                _, _, job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                job[0].cancel()
        self._queue.put((-1, -1, None))


@dataclass
class Ticket:
    """A request's job in the model thread's queue: its deadline to start, and whether it left the queue."""

    deadline: float
    left: bool = False
