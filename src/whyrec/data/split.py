"""Splits of a Dataset into train / valid / test that share its id maps."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from whyrec.data.dataset import Dataset
from whyrec.errors import check_float, check_int


@dataclass
class Split:
    """Train, validation and test parts of one Dataset (same id maps and tables)."""

    train: Dataset
    valid: Dataset
    test: Dataset
    kind: str

    def __repr__(self) -> str:
        return (
            f"Split(kind={self.kind!r}, train={self.train.n_interactions}, "
            f"valid={self.valid.n_interactions}, test={self.test.n_interactions})"
        )


def leave_one_out(dataset: Dataset, *, min_history: int = 3) -> Split:
    """Chronological leave-one-out: per user the last interaction is test, the one before valid.

    Users with fewer than ``min_history`` interactions stay wholly in train and
    are not evaluated.
    """
    check_int("min_history", min_history, 3)
    inter = dataset.interactions
    users = inter["user"].to_numpy()
    n = len(inter)
    # rows are sorted by user then time: position from the end within each user
    counts = np.bincount(users, minlength=dataset.n_users)
    ends = np.cumsum(counts)[users]
    from_end = ends - np.arange(n)  # 1 for the last row of a user
    eligible = counts[users] >= min_history
    test_mask = eligible & (from_end == 1)
    valid_mask = eligible & (from_end == 2)
    train_mask = ~(test_mask | valid_mask)
    return Split(
        train=dataset.with_interactions(inter[train_mask], name=f"{dataset.name}/train"),
        valid=dataset.with_interactions(inter[valid_mask], name=f"{dataset.name}/valid"),
        test=dataset.with_interactions(inter[test_mask], name=f"{dataset.name}/test"),
        kind="leave_one_out",
    )


def random_split(
    dataset: Dataset, *, ratios: tuple[float, float, float] = (0.8, 0.1, 0.1), seed: int = 0, by_user: bool = True
) -> Split:
    """Random split of the interactions by ``ratios`` (train, valid, test).

    With ``by_user`` (the default, as RecBole's ``group_by: user``) each user's
    interactions are shuffled and split separately: valid and test get
    ``floor(ratio * n)`` of them, train the rest. Otherwise the split is global.
    """
    if len(ratios) != 3 or any(r < 0 for r in ratios) or not np.isclose(sum(ratios), 1.0):
        raise ValueError(f"ratios must be three non-negative numbers summing to 1; got {ratios!r}")
    inter = dataset.interactions
    rng = np.random.default_rng(seed)
    n = len(inter)
    part = np.zeros(n, dtype=np.int8)
    if by_user:
        users = inter["user"].to_numpy()
        # random order within each user: sort by (user, random key)
        order = np.lexsort((rng.random(n), users))
        counts = np.bincount(users, minlength=dataset.n_users)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        pos = np.arange(n) - starts[users[order]]
        cnt = counts[users[order]]
        n_valid = np.floor(ratios[1] * cnt).astype(np.int64)
        n_test = np.floor(ratios[2] * cnt).astype(np.int64)
        p = np.zeros(n, dtype=np.int8)
        p[pos >= cnt - n_test] = 2
        p[(pos >= cnt - n_test - n_valid) & (pos < cnt - n_test)] = 1
        part[order] = p
    else:
        perm = rng.permutation(n)
        n_train = int(round(ratios[0] * n))
        n_valid = int(round(ratios[1] * n))
        part[perm[n_train : n_train + n_valid]] = 1
        part[perm[n_train + n_valid :]] = 2
    return Split(
        train=dataset.with_interactions(inter[part == 0], name=f"{dataset.name}/train"),
        valid=dataset.with_interactions(inter[part == 1], name=f"{dataset.name}/valid"),
        test=dataset.with_interactions(inter[part == 2], name=f"{dataset.name}/test"),
        kind="random",
    )


def temporal_split(dataset: Dataset, *, valid_frac: float = 0.1, test_frac: float = 0.1) -> Split:
    """Global time split: the latest ``test_frac`` of interactions are test, the ``valid_frac`` before valid."""
    check_float("valid_frac", valid_frac, 0.0, 0.5)
    check_float("test_frac", test_frac, 0.0, 0.5, low_open=True)
    inter = dataset.interactions
    order = np.argsort(inter["timestamp"].to_numpy(), kind="stable")
    n = len(inter)
    n_test = int(round(test_frac * n))
    n_valid = int(round(valid_frac * n))
    part = np.zeros(n, dtype=np.int8)
    part[order[n - n_test :]] = 2
    part[order[n - n_test - n_valid : n - n_test]] = 1
    return Split(
        train=dataset.with_interactions(inter[part == 0], name=f"{dataset.name}/train"),
        valid=dataset.with_interactions(inter[part == 1], name=f"{dataset.name}/valid"),
        test=dataset.with_interactions(inter[part == 2], name=f"{dataset.name}/test"),
        kind="temporal",
    )
