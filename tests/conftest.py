"""Shared pytest fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real benchmark datasets: $WHYREC_DATA_DIR, else ../shared/data beside the repository.

    The folder exists on every developer machine and in CI; its absence is an
    error, not a reason to skip (the data may not be redistributed, so it is
    never copied into the repository).
    """
    path = Path(os.environ.get("WHYREC_DATA_DIR", REPO.parent / "shared" / "data"))
    if not path.is_dir():
        pytest.fail(f"shared datasets not found at {path}; set WHYREC_DATA_DIR to the folder of ml-100k etc.")
    return path
