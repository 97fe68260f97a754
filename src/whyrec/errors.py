"""Errors raised by whyrec.

Every error names the bad value, where it was found and how to fix it
(DESIGN.md, house style rule 2).
"""

from __future__ import annotations

from typing import Any


class WhyrecError(Exception):
    """Base class of every error whyrec raises on purpose."""


class DataError(WhyrecError, ValueError):
    """Malformed input data: names the file, line, field, bad value and the fix."""

    def __init__(
        self,
        problem: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        value: Any = None,
        fix: str | None = None,
    ) -> None:
        self.problem = problem
        self.path = path
        self.line = line
        self.field = field
        self.value = value
        self.fix = fix
        where = []
        if path is not None:
            where.append(str(path))
        if line is not None:
            where.append(f"line {line}")
        if field is not None:
            where.append(f"field {field!r}")
        msg = problem
        if where:
            msg = f"{', '.join(where)}: {msg}"
        if value is not None:
            shown = repr(value)
            if len(shown) > 120:
                shown = shown[:117] + "..."
            msg += f"; got {shown}"
        if fix:
            msg += f". Fix: {fix}"
        super().__init__(msg)


class UnknownIdError(WhyrecError, KeyError):
    """An external user or item id that the dataset or model does not know."""

    def __init__(self, kind: str, value: Any, n_known: int, fix: str | None = None) -> None:
        self.kind = kind
        self.value = value
        msg = f"unknown {kind} id {value!r} ({n_known} {kind}s are known)"
        if fix:
            msg += f". Fix: {fix}"
        self.message = msg
        super().__init__(msg)

    def __str__(self) -> str:  # KeyError would add quotes around the message
        return self.message


class NotFittedError(WhyrecError, RuntimeError):
    """A model was used before ``fit`` (or ``load``)."""


def check_int(name: str, value: Any, low: int, high: int | None = None) -> int:
    """Return ``value`` as an int if it lies in ``[low, high]``; raise a ValueError naming it otherwise."""
    import numbers

    ok = isinstance(value, numbers.Integral) and not isinstance(value, bool)
    if ok and value >= low and (high is None or value <= high):
        return int(value)
    rng = f"[{low}, {high}]" if high is not None else f">= {low}"
    raise ValueError(f"{name} must be an int in {rng}; got {value!r}")


def check_float(name: str, value: Any, low: float, high: float | None = None, *, low_open: bool = False) -> float:
    """Return ``value`` as a float if it lies in range; raise a ValueError naming it otherwise."""
    import numbers

    ok = isinstance(value, numbers.Real) and not isinstance(value, bool)
    if ok:
        v = float(value)
        above = v > low if low_open else v >= low
        if above and (high is None or v <= high):
            return v
    lo = "(" if low_open else "["
    rng = f"{lo}{low}, {high}]" if high is not None else (f"> {low}" if low_open else f">= {low}")
    raise ValueError(f"{name} must be a number in {rng}; got {value!r}")


def check_choice(name: str, value: Any, choices: list[Any] | tuple[Any, ...]) -> str:
    """Return ``value`` if it is one of ``choices``; raise a ValueError naming it otherwise."""
    if any(value == c and isinstance(value, bool) == isinstance(c, bool) for c in choices):
        return value  # a number is not a bool choice, nor a bool a number one (0 == False, 1 == True)
    raise ValueError(f"{name} must be one of {', '.join(map(repr, choices))}; got {value!r}")


class ExplainError(WhyrecError, ValueError):
    """An explanation method cannot explain this model, user or item; the message names the methods that can."""
