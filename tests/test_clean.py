from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whyrec.data import CleanReport, Dataset, clean
from whyrec.errors import DataError


def _ds() -> Dataset:
    rows = [  # user, item, timestamp, rating
        ("a", 1, 1, 5),
        ("a", 1, 1, 5),  # exact duplicate
        ("a", 2, 2, 4),
        ("a", 1, 3, 2),  # same pair later, rating 2
        ("b", 1, 1, 4),
        ("b", 2, 2, 5),
        ("b", 3, 3, 1),
        ("c", 3, 1, 5),
        ("d", 4, 1, 5),
    ]
    inter = pd.DataFrame(rows, columns=["user", "item", "timestamp", "rating"])
    items = pd.DataFrame({"item": [1, 2, 3, 4, 5], "brand": ["p", "q", "r", "s", "t"]})
    users = pd.DataFrame({"user": ["a", "b", "c", "d"], "age": [10, 20, 30, 40]})
    return Dataset.from_frames(inter, users, items, name="toy")


def _rows(ds: Dataset) -> list[tuple]:
    i = ds.interactions
    return sorted(zip(ds.user_ids[i["user"]], ds.item_ids[i["item"]], i["timestamp"], i["rating"], strict=True))


def test_exact_dedupe_keeps_catalogue_items():
    out, rep = clean(_ds())
    assert rep.duplicates_dropped == 1 and rep.rows_out == 8
    assert (out.n_users, out.n_items) == (4, 5)  # item 5 was never interacted and is kept
    assert rep.users_removed == 0 and rep.items_removed == 0


def test_pair_dedupe_keep_last_and_first():
    out, rep = clean(_ds(), dedupe="pair", keep="last")
    assert rep.duplicates_dropped == 2
    assert ("a", "1", 3, 2.0) in _rows(out) and ("a", "1", 1, 5.0) not in _rows(out)
    out, _ = clean(_ds(), dedupe="pair", keep="first")
    assert ("a", "1", 1, 5.0) in _rows(out) and ("a", "1", 3, 2.0) not in _rows(out)
    out, rep = clean(_ds(), dedupe=False)
    assert rep.duplicates_dropped == 0 and out.n_interactions == 9


def test_min_rating_after_dedupe():
    out, rep = clean(_ds(), min_rating=4)
    assert rep.low_rating_dropped == 2  # a-1 (2) and b-3 (1)
    assert _rows(out) == [
        ("a", "1", 1, 5.0),
        ("a", "2", 2, 4.0),
        ("b", "1", 1, 4.0),
        ("b", "2", 2, 5.0),
        ("c", "3", 1, 5.0),
        ("d", "4", 1, 5.0),
    ]
    # with pair dedupe the latest rating of a-1 (2) wins and is then dropped
    out, rep = clean(_ds(), dedupe="pair", min_rating=4)
    assert (rep.duplicates_dropped, rep.low_rating_dropped, rep.rows_out) == (2, 2, 5)
    assert ("a", "1", 3, 2.0) not in _rows(out) and ("a", "1", 1, 5.0) not in _rows(out)


def test_user_losing_all_rows_leaves_the_id_map():
    out, rep = clean(_ds(), min_rating=5)
    # rows left: a-1 (5), b-2, c-3, d-4; every user keeps one, item 3 keeps c's
    assert (rep.users_removed, rep.items_removed) == (0, 0)
    out, rep = clean(out, min_rating=6)  # nothing is rated 6
    assert out.n_interactions == 0 and rep.users_removed == 4 and rep.items_removed == 4
    assert list(out.item_ids) == ["5"]  # the catalogue-only item stays


def test_k_core_by_hand():
    out, rep = clean(_ds(), k_core=2)
    # round 1 drops c-3 and d-4 (users c, d and item 4 have one row); round 2 drops b-3
    assert (rep.k_core_dropped, rep.k_core_rounds, rep.rows_out) == (3, 2, 5)
    assert list(out.user_ids) == ["a", "b"] and list(out.item_ids) == ["1", "2"]
    assert (rep.users_removed, rep.items_removed) == (2, 3)  # items 3, 4 and catalogue item 5
    assert out.users["age"].tolist() == [10, 20] and out.items["brand"].tolist() == ["p", "q"]
    assert out.user_index("b")[0] == 1 and out.interactions["user"].max() == 1
    assert out.histories()[0].tolist() == [0, 1, 0]  # a: 1, 2, 1 in time order
    assert out.meta["cleaning"]["k_core_rounds"] == 2


def test_keep_catalog_false_drops_never_seen_items():
    out, rep = clean(_ds(), keep_catalog=False)
    assert out.n_items == 4 and rep.items_removed == 1 and "5" not in set(out.item_ids)


def test_input_is_not_changed():
    ds = _ds()
    before = ds.interactions.copy()
    clean(ds, k_core=2, min_rating=4)
    pd.testing.assert_frame_equal(ds.interactions, before)
    assert ds.n_users == 4


def test_report_str_and_counts_add_up():
    _, rep = clean(_ds(), dedupe="pair", min_rating=4, k_core=2)
    assert isinstance(rep, CleanReport)
    assert rep.rows_in == rep.rows_out + rep.duplicates_dropped + rep.low_rating_dropped + rep.k_core_dropped
    text = str(rep)
    for needle in ("cleaning toy", "duplicates (user, item)", "rating < 4", "2-core", "output", "input"):
        assert needle in text
    assert text.splitlines()[-1].split()[1:] == [f"{rep.rows_out}", f"{rep.users_out}", f"{rep.items_out}"]


def test_bad_options():
    with pytest.raises(ValueError, match="k_core must be an int"):
        clean(_ds(), k_core=0)
    with pytest.raises(ValueError, match="keep must be one of"):
        clean(_ds(), keep="middle")
    with pytest.raises(ValueError, match="dedupe must be one of"):
        clean(_ds(), dedupe="fuzzy")
    with pytest.raises(ValueError, match="keep_catalog=True conflicts"):
        clean(_ds(), k_core=2, keep_catalog=True)
    implicit = Dataset.from_frames(pd.DataFrame({"user": ["a"], "item": ["x"]}))
    with pytest.raises(DataError, match="no ratings"):
        clean(implicit, min_rating=4)


def _reference_k_core(pairs: list[tuple[int, int]], k: int) -> list[tuple[int, int, int]]:
    rows = [(u, i, t) for t, (u, i) in enumerate(pairs)]
    while True:
        uc = Counter(u for u, _, _ in rows)
        ic = Counter(i for _, i, _ in rows)
        kept = [r for r in rows if uc[r[0]] >= k and ic[r[1]] >= k]
        if len(kept) == len(rows):
            return kept
        rows = kept


@settings(max_examples=60, deadline=None)
@given(
    pairs=st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), min_size=1, max_size=60),
    k=st.integers(1, 4),
)
def test_k_core_property(pairs, k):
    inter = pd.DataFrame(pairs, columns=["user", "item"])
    ds = Dataset.from_frames(inter)  # timestamps = row order, so every row is distinct
    out, rep = clean(ds, dedupe=False, k_core=k)
    users = out.interactions["user"].to_numpy()
    items = out.interactions["item"].to_numpy()
    if len(users):
        assert np.bincount(users, minlength=out.n_users).min() >= k
        assert np.bincount(items, minlength=out.n_items).min() >= k
    assert out.n_users == len(set(users)) and out.n_items == len(set(items))  # nothing empty is left
    got = sorted(
        (int(out.user_ids[u]), int(out.item_ids[i]), int(t))
        for u, i, t in zip(users, items, out.interactions["timestamp"], strict=True)
    )
    assert got == sorted(_reference_k_core(pairs, k))  # the largest k-core, not just some k-core
    assert rep.rows_in == len(pairs) and rep.rows_out == len(got)


def test_a_number_is_not_a_dedupe_mode(shop):
    from whyrec.data import clean

    for bad in (0, 1, 0.0):
        with pytest.raises(ValueError, match="dedupe"):
            clean(shop, dedupe=bad)
