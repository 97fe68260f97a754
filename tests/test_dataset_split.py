import numpy as np
import pandas as pd
import pytest

from whyrec.data import Dataset, Histories, leave_one_out, random_split, temporal_split
from whyrec.errors import DataError, UnknownIdError


def _ds() -> Dataset:
    inter = pd.DataFrame(
        {
            "user": ["a", "a", "b", "a", "b", "b", "a", "c"],
            "item": [1, 2, 3, 3, 1, 2, 4, 1],
            "timestamp": [3, 1, 2, 5, 1, 9, 7, 1],
            "rating": [5, 4, 3, 2, 1, 5, 4, 3],
        }
    )
    items = pd.DataFrame({"item": [1, 2, 3, 4, 5], "brand": ["x", "y", "x", "z", "z"], "price": [1.0, 2, 3, 4, 5]})
    users = pd.DataFrame({"user": ["a", "b", "c"], "genres": [["rock", "pop"], [], ["jazz"]]})
    return Dataset.from_frames(inter, users, items, name="toy")


def test_from_frames_maps_ids_and_sorts():
    ds = _ds()
    assert ds.n_users == 3 and ds.n_items == 5 and ds.n_interactions == 8
    assert list(ds.item_ids) == ["1", "2", "3", "4", "5"]  # catalogue-only item 5 gets an index
    h = ds.histories()
    assert list(ds.item_ids[h[ds.user_index("a")[0]]]) == ["2", "1", "3", "4"]  # chronological
    assert ds.item_fields["price"].kind == "numeric"
    assert ds.item_fields["brand"].kind == "categorical"
    assert ds.user_fields["genres"].kind == "multi"
    assert ds.items["brand"].iloc[ds.item_index("4")[0]] == "z"
    assert ds.describe()["items_without_interactions"] == 1


def test_unknown_id_is_named():
    with pytest.raises(UnknownIdError, match="'zz'"):
        _ds().user_index(["a", "zz"])


def test_bad_timestamp_names_line_and_value():
    inter = pd.DataFrame({"user": ["a", "b"], "item": [1, 2], "timestamp": ["5", "yesterday"]})
    with pytest.raises(DataError, match=r"line 2.*'timestamp'.*'yesterday'.*Fix"):
        Dataset.from_frames(inter, source="events.csv")


def test_missing_column_named():
    with pytest.raises(DataError, match="no 'item' column"):
        Dataset.from_frames(pd.DataFrame({"user": [1], "sku": [2]}))


def test_leave_one_out_is_chronological():
    ds = _ds()
    s = leave_one_out(ds)
    a = ds.user_index("a")[0]
    assert ds.item_ids[s.test.histories()[a]].tolist() == ["4"]
    assert ds.item_ids[s.valid.histories()[a]].tolist() == ["3"]
    assert ds.item_ids[s.train.histories()[a]].tolist() == ["2", "1"]
    c = ds.user_index("c")[0]
    assert len(s.train.histories()[c]) == 1 and len(s.test.histories()[c]) == 0  # too short: train only
    assert s.train.n_interactions + s.valid.n_interactions + s.test.n_interactions == ds.n_interactions


def test_random_split_by_user_covers_every_row_once():
    rng = np.random.default_rng(1)
    inter = pd.DataFrame({"user": rng.integers(0, 30, 2000), "item": rng.integers(0, 100, 2000)})
    ds = Dataset.from_frames(inter)
    s = random_split(ds, seed=3)
    n = [s.train.n_interactions, s.valid.n_interactions, s.test.n_interactions]
    assert sum(n) == 2000
    assert 0.75 < n[0] / 2000 < 0.85
    per_user = np.bincount(s.test.interactions["user"], minlength=ds.n_users)
    counts = np.bincount(ds.interactions["user"], minlength=ds.n_users)
    np.testing.assert_array_equal(per_user, np.floor(0.1 * counts))
    s2 = random_split(ds, seed=3)
    assert s.test.interactions.equals(s2.test.interactions)
    with pytest.raises(ValueError, match="ratios"):
        random_split(ds, ratios=(0.5, 0.5, 0.5))


def test_temporal_split_latest_is_test():
    ds = _ds()
    s = temporal_split(ds, valid_frac=0.25, test_frac=0.25)
    assert s.test.interactions["timestamp"].min() >= s.valid.interactions["timestamp"].max()
    assert s.valid.interactions["timestamp"].min() >= s.train.interactions["timestamp"].max()


def test_histories_extend_and_csr():
    a = Histories.from_lists([[0, 1], [], [2]], 4)
    b = Histories.from_lists([[3], [1, 1], []], 4)
    c = a.extend(b)
    assert [c[i].tolist() for i in range(3)] == [[0, 1, 3], [1, 1], [2]]
    assert c.csr().toarray().tolist() == [[1, 1, 0, 1], [0, 1, 0, 0], [0, 0, 1, 0]]
    with pytest.raises(ValueError, match="indices must lie"):
        Histories.from_lists([[5]], 4)


def test_histories_entries_lists_rows_and_items_of_the_asked_users():
    h = Histories.from_lists([[0, 1], [], [2, 3, 2], [1]], 4)
    rows, items = h.entries(np.array([2, 1, 0, 2]))
    np.testing.assert_array_equal(rows, [0, 0, 0, 2, 2, 3, 3, 3])
    np.testing.assert_array_equal(items, [2, 3, 2, 0, 1, 2, 3, 2])
    rows, items = h.entries(np.array([1]))
    assert len(rows) == len(items) == 0
