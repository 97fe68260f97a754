"""Request metrics in the Prometheus text exposition format (version 0.0.4), written by hand.

:class:`Metrics` counts requests by method, route template and status and
keeps a latency histogram per route (cumulative ``le`` buckets, ``_sum``,
``_count``), plus named counters the routes increment (events accepted,
explanation cache hits ...). :meth:`Metrics.render` is what ``GET /metrics``
returns.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict

#: latency histogram bucket bounds, seconds
BUCKETS: tuple[float, ...] = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def _label(v: str) -> str:
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


class Metrics:
    """Thread-safe request counters and latency histograms."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.started = time.time()
        self.requests: dict[tuple[str, str, int], int] = defaultdict(int)
        self.buckets: dict[str, list[int]] = {}
        self.sums: dict[str, float] = defaultdict(float)
        self.counts: dict[str, int] = defaultdict(int)
        self.counters: dict[str, tuple[str, float]] = {}

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        """Record one finished request."""
        with self._lock:
            self.requests[(method, route, int(status))] += 1
            b = self.buckets.setdefault(route, [0] * len(BUCKETS))
            for j, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    b[j] += 1
            self.sums[route] += seconds
            self.counts[route] += 1

    def inc(self, name: str, help_text: str, amount: float = 1.0) -> None:
        """Add ``amount`` to the counter ``whyrec_<name>_total``."""
        with self._lock:
            _, v = self.counters.get(name, (help_text, 0.0))
            self.counters[name] = (help_text, v + amount)

    def set_counter(self, name: str, help_text: str, value: float) -> None:
        """Set the counter ``whyrec_<name>_total`` to a total kept elsewhere (e.g. cache hits)."""
        with self._lock:
            self.counters[name] = (help_text, float(value))

    def render(self) -> str:
        """All metrics in the Prometheus text format."""
        out: list[str] = []
        with self._lock:
            out += [
                "# HELP whyrec_requests_total HTTP requests by method, route template and status.",
                "# TYPE whyrec_requests_total counter",
            ]
            for (method, route, status), n in sorted(self.requests.items()):
                out.append(f'whyrec_requests_total{{method="{method}",route="{_label(route)}",status="{status}"}} {n}')
            out += [
                "# HELP whyrec_request_duration_seconds Time from request to the end of the response, by route.",
                "# TYPE whyrec_request_duration_seconds histogram",
            ]
            for route in sorted(self.buckets):
                r = _label(route)
                for bound, n in zip(BUCKETS, self.buckets[route], strict=True):
                    out.append(f'whyrec_request_duration_seconds_bucket{{route="{r}",le="{bound}"}} {n}')
                out.append(f'whyrec_request_duration_seconds_bucket{{route="{r}",le="+Inf"}} {self.counts[route]}')
                out.append(f'whyrec_request_duration_seconds_sum{{route="{r}"}} {self.sums[route]:.6f}')
                out.append(f'whyrec_request_duration_seconds_count{{route="{r}"}} {self.counts[route]}')
            for name, (help_text, v) in sorted(self.counters.items()):
                out += [f"# HELP whyrec_{name}_total {help_text}", f"# TYPE whyrec_{name}_total counter"]
                out.append(f"whyrec_{name}_total {v:g}")
            out += [
                "# HELP whyrec_start_time_seconds Unix time the service started.",
                "# TYPE whyrec_start_time_seconds gauge",
                f"whyrec_start_time_seconds {self.started:.3f}",
            ]
        return "\n".join(out) + "\n"
