"""The records of a check: :class:`Claim` and :class:`CheckResult`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: the reason of a number the open-world rules could bind to no role (not a price, count, rank or co-buyer count)
NO_ROLE = "the evidence has no number"

# ---------------------------------------------------------------- records
@dataclass
class Claim:
    """One claim of a text: ``kind`` (item, brand, category, price, number, attribute, relation), the ``text``
    that makes it, the ``value`` it asserts, whether the Facts support it and ``why`` (in words)."""

    kind: str
    text: str
    value: Any
    supported: bool
    why: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        value = self.value if isinstance(self.value, (str, int, float, bool, type(None))) else str(self.value)
        return {"kind": self.kind, "text": self.text, "value": value, "supported": self.supported, "why": self.why}


@dataclass
class CheckResult:
    """The claims found in a text; ``passed`` is True when every claim is supported."""

    passed: bool
    claims: list[Claim] = field(default_factory=list)
    unsupported: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"passed": self.passed, "claims": [c.to_dict() for c in self.claims],
                "unsupported": [c.to_dict() for c in self.unsupported]}


def add_claim(claims: list[Claim], kind: str, text: str, value: Any, ok: bool, why: str) -> None:
    """Append a :class:`Claim` (its text stripped, ``ok`` as a bool) to ``claims``."""
    claims.append(Claim(kind, text.strip(), value, bool(ok), why))
