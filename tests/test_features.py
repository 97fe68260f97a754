import json

import numpy as np
import pandas as pd
import pytest

from whyrec.data import Dataset
from whyrec.features import MISSING, FieldMap


def _shop() -> Dataset:
    inter = pd.DataFrame(
        {
            "user": ["u1", "u1", "u2", "u3", "u4", "u5"],
            "item": ["a", "b", "c", "a", "d", "e"],
            "rating": [5, 3, 4, 2, 5, 1],
        }
    )
    users = pd.DataFrame(
        {
            "user": ["u1", "u2", "u3", "u4", "u5"],
            "gender": ["F", "M", "F", None, "F"],
            "age": [18, 25, 34, np.nan, 65],
            "tags": [["runner", "cook"], [], ["cook"], ["reader", "cook", "runner"], None],
            "bio": ["likes running", "", "cooks", "reads", "x"],
        }
    )
    items = pd.DataFrame(
        {
            "item": ["a", "b", "c", "d", "e", "f"],
            "brand": ["Neutrogena", "Olay", "Neutrogena", "Dove", None, "Olay"],
            "price": [19.99, 34.5, 5.25, np.nan, 80.0, 34.5],
            "category": [["skin"], ["skin", "face"], ["hair"], [], ["skin"], ["face"]],
            "title": ["Gel", "Cream", "Shampoo", "Soap", "Serum", "Mask"],
        }
    )
    return Dataset.from_frames(
        inter,
        users,
        items,
        user_fields={"gender": "categorical", "age": "numeric", "tags": "multi", "bio": "text"},
        item_fields={"brand": "categorical", "price": "numeric", "category": "multi", "title": "text"},
    )


def _labels(fm: FieldMap, side: str, row: int) -> dict[str, list[tuple[str, float]]]:
    out: dict[str, list[tuple[str, float]]] = {}
    for _, w, field, value in fm.active(side, row):
        out.setdefault(field, []).append((value, round(w, 4)))
    return out


def test_fields_layout_and_text_ignored():
    ds = _shop()
    fm = FieldMap().fit(ds)
    names = [(f.name, f.side, f.kind) for f in fm.fields]
    assert names == [
        ("user_id", "user", "id"),
        ("gender", "user", "categorical"),
        ("age", "user", "numeric"),
        ("tags", "user", "multi"),
        ("item_id", "item", "id"),
        ("brand", "item", "categorical"),
        ("price", "item", "numeric"),
        ("category", "item", "multi"),
    ]
    # contiguous slices of one table
    offset = 0
    for f in fm.fields:
        assert f.offset == offset
        offset += f.size
    assert fm.n_features == offset == len(fm.feature_names())
    # slot ranges per side are contiguous too
    for side in ("user", "item"):
        slots = [f.slots for f in fm.side_fields(side)]
        assert slots[0][0] == 0
        assert all(a[1] == b[0] for a, b in zip(slots[:-1], slots[1:], strict=True))
        assert slots[-1][1] == fm.n_slots(side)
    idx, w = fm.encode_users(np.arange(ds.n_users))
    assert idx.shape == w.shape == (ds.n_users, fm.n_slots("user"))
    assert idx.min() >= 0 and idx.max() < fm.n_features


def test_encodings_name_field_and_value():
    ds = _shop()
    fm = FieldMap(n_buckets=3).fit(ds)
    u1 = _labels(fm, "user", int(ds.user_index("u1")[0]))
    assert u1["user_id"] == [("u1", 1.0)]
    assert u1["gender"] == [("F", 1.0)]
    assert sorted(u1["tags"]) == [("cook", 0.5), ("runner", 0.5)]  # averaged multi-hot
    u4 = _labels(fm, "user", int(ds.user_index("u4")[0]))
    assert u4["gender"] == [(MISSING, 1.0)]
    assert u4["age"] == [(MISSING, 1.0)]
    assert [w for _, w in u4["tags"]] == [0.3333] * 3
    u2 = _labels(fm, "user", int(ds.user_index("u2")[0]))
    assert u2["tags"] == [(MISSING, 1.0)]  # empty list -> the missing row
    f_item = _labels(fm, "item", int(ds.item_index("f")[0]))  # catalogue-only item
    assert f_item["brand"] == [("Olay", 1.0)]
    e_item = _labels(fm, "item", int(ds.item_index("e")[0]))
    assert e_item["brand"] == [(MISSING, 1.0)]
    # padded multi slots have weight 0 and point inside the field
    idx, w = fm.encode_items(np.arange(ds.n_items))
    cat = fm.field("category")
    sl = slice(*cat.slots)
    assert np.all((idx[:, sl] >= cat.offset) & (idx[:, sl] < cat.offset + cat.size))
    np.testing.assert_allclose(w[:, sl].sum(1), 1.0, rtol=1e-6)


def test_numeric_bucket_labels():
    ds = _shop()
    fm = FieldMap(n_buckets=8).fit(ds)
    # few distinct values: one bucket per value
    assert fm.field("age").labels == ("18", "25", "34", "65", MISSING)
    assert fm.field("price").labels == ("5.25", "19.99", "34.50", "80.00", MISSING)
    fm2 = FieldMap(n_buckets=2).fit(ds)
    assert fm2.field("age").labels == ("18-25", "34-65", MISSING)
    assert fm2.field("price").labels == ("5.25-19.99", "34.50-80.00", MISSING)
    assert fm2.describe(fm2.field("age").offset) == ("age", "18-25")
    u3 = int(ds.user_index("u3")[0])
    assert ("age", "34-65") in {(f, v) for _, _, f, v in fm2.active("user", u3)}


def test_quantile_buckets_on_many_values():
    rng = np.random.default_rng(0)
    n = 500
    ages = rng.integers(15, 80, n).astype(float)
    ages[:10] = np.nan
    users = pd.DataFrame({"user": [f"u{i}" for i in range(n)], "age": ages})
    inter = pd.DataFrame({"user": [f"u{i}" for i in range(n)], "item": ["x"] * n})
    ds = Dataset.from_frames(inter, users, user_fields={"age": "numeric"})
    fm = FieldMap(n_buckets=5, include_ids=False).fit(ds)
    age = fm.field("age")
    assert age.size == 6 and age.labels[-1] == MISSING
    idx, _ = fm.encode_users(np.arange(n))
    counts = np.bincount(idx[:, 0] - age.offset, minlength=age.size)
    assert counts[-1] == 10
    assert counts[:-1].min() > 0.1 * n  # quantile buckets are roughly balanced
    # every value falls in the bucket its label names
    for row in range(10, n):
        lo, hi = (int(x) for x in fm.describe(int(idx[row, 0]))[1].split("-"))
        assert lo <= ages[row] <= hi


def test_round_trip_json():
    ds = _shop()
    fm = FieldMap(n_buckets=3, max_values=2).fit(ds)
    data = json.loads(json.dumps(fm.to_json()))
    fm2 = FieldMap.from_json(data, {k: v.copy() for k, v in fm.arrays().items()})
    assert fm2.fields == fm.fields
    assert fm2.n_features == fm.n_features
    for j in range(fm.n_features):
        assert fm2.describe(j) == fm.describe(j)
    for a, b in zip(fm.encode_items([0, 3, 5]), fm2.encode_items([0, 3, 5]), strict=True):
        np.testing.assert_array_equal(a, b)
    with pytest.raises(ValueError, match="arrays"):
        FieldMap.from_json(data, None)


def test_field_selection_and_errors():
    ds = _shop()
    fm = FieldMap(user_fields=[], item_fields=["brand"], include_ids=False).fit(ds)
    assert [f.name for f in fm.fields] == ["brand"]
    assert fm.n_slots("user") == 0
    with pytest.raises(ValueError, match="user_fields.*'height'"):
        FieldMap(user_fields=["height"]).fit(ds)
    with pytest.raises(ValueError, match="item_fields.*'title' is text"):
        FieldMap(item_fields=["title"]).fit(ds)
    with pytest.raises(ValueError, match="n_buckets"):
        FieldMap(n_buckets=0).fit(ds)
    with pytest.raises(ValueError, match="max_values"):
        FieldMap(max_values=0).fit(ds)
    with pytest.raises(ValueError, match="user_fields"):
        FieldMap(user_fields="gender").fit(ds)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="feature_index"):
        FieldMap().fit(ds).describe(10_000)
    with pytest.raises(ValueError, match="items"):
        FieldMap().fit(ds).encode_items([99])


def test_max_values_and_name_clash():
    ds = _shop()
    fm = FieldMap(max_values=2).fit(ds)
    u4 = int(ds.user_index("u4")[0])
    tags = [(v, w) for _, w, f, v in fm.active("user", u4) if f == "tags"]
    assert tags == [("reader", 0.5), ("cook", 0.5)]  # first max_values values kept
    # a user column and an item column of the same name get distinct field names
    inter = pd.DataFrame({"user": ["u1"], "item": ["a"]})
    users = pd.DataFrame({"user": ["u1"], "category": ["x"]})
    items = pd.DataFrame({"item": ["a"], "category": ["y"]})
    d2 = Dataset.from_frames(inter, users, items, user_fields={"category": "categorical"},
                             item_fields={"category": "categorical"})
    names = [f.name for f in FieldMap().fit(d2).fields]
    assert names == ["user_id", "category", "item_id", "item.category"]
