"""The sample shop: a synthetic catalogue and purchase histories whose generating rules are the ground truth."""

from __future__ import annotations

import re
import time

import numpy as np
import pandas as pd
import pytest

from whyrec.data import Dataset, held_out_reasons, leave_one_out, sample_shop
from whyrec.data.sample_shop import COMPLEMENTS, FIRST_RULE_PROBS, RULES

CAUSE_ITEM_RULES = {"complement", "brand_loyalty", "repeat", "category_affinity"}


@pytest.fixture(scope="module")
def shop() -> Dataset:
    return sample_shop()


@pytest.fixture(scope="module")
def reasons(shop: Dataset) -> pd.DataFrame:
    return shop.meta["reasons"]


@pytest.fixture(scope="module")
def item_table(shop: Dataset) -> pd.DataFrame:
    return shop.items.assign(item=shop.item_ids).set_index("item")


def _frames(ds: Dataset) -> list[pd.DataFrame]:
    return [ds.interactions, ds.users, ds.items, ds.meta["reasons"], ds.meta["user_profiles"]]


# ---------------------------------------------------------------------- determinism
def test_same_seed_same_data() -> None:
    a = sample_shop(n_users=150, n_items=120, seed=3)
    b = sample_shop(n_users=150, n_items=120, seed=3)
    for fa, fb in zip(_frames(a), _frames(b), strict=True):
        pd.testing.assert_frame_equal(fa, fb)
    assert list(a.user_ids) == list(b.user_ids) and list(a.item_ids) == list(b.item_ids)
    assert a.meta["rules"] == b.meta["rules"]
    assert a.meta["generator"] == b.meta["generator"]


def test_different_seeds_differ() -> None:
    a = sample_shop(n_users=150, n_items=120, seed=1)
    b = sample_shop(n_users=150, n_items=120, seed=2)
    assert a.items["title"].tolist() != b.items["title"].tolist()
    assert not a.interactions["timestamp"].equals(b.interactions["timestamp"])
    assert a.meta["generator"]["seed"] == 1 and b.meta["generator"]["seed"] == 2


# ---------------------------------------------------------------------- shape and kinds
def test_counts_columns_and_kinds(shop: Dataset) -> None:
    assert shop.n_users == 2000 and shop.n_items == 600
    assert {k: v.kind for k, v in shop.user_fields.items()} == {
        "age": "numeric",
        "age_band": "categorical",
        "gender": "categorical",
        "location": "categorical",
    }
    assert {k: v.kind for k, v in shop.item_fields.items()} == {
        "title": "text",
        "brand": "categorical",
        "category": "categorical",
        "department": "categorical",
        "price": "numeric",
        "description": "text",
        "tags": "multi",
    }
    inter = shop.interactions
    assert set(inter.columns) == {"user", "item", "timestamp", "rating", "event"}
    assert (inter["event"] == "purchase").all()
    assert set(np.unique(inter["rating"])) <= {1.0, 2.0, 3.0, 4.0, 5.0}
    assert 0.3 < (inter["rating"] >= 4).mean() < 0.8  # a usable CTR label
    assert all(re.fullmatch(r"P\d{4}", str(i)) for i in shop.item_ids)
    assert all(re.fullmatch(r"U\d{5}", str(u)) for u in shop.user_ids)


def test_catalogue(shop: Dataset) -> None:
    items = shop.items
    assert items["title"].is_unique and items["title"].str.len().min() > 10
    assert 20 <= items["brand"].nunique() <= 40
    assert 15 <= items["category"].nunique() <= 25
    assert items["department"].nunique() >= 4
    assert (items.groupby("brand")["category"].nunique() <= 5).all()  # each brand in a few categories
    assert (items["price"] > 0).all()
    medians = items.groupby("category")["price"].median()
    assert medians["Smartphone"] > 10 * medians["Phone Case"]
    assert all(isinstance(t, list) and len(t) >= 3 for t in items["tags"])
    assert items["description"].str.len().min() > 30
    assert set(COMPLEMENTS) <= set(items["category"])


def test_users_and_histories(shop: Dataset) -> None:
    users = shop.users
    assert users["age"].between(18, 80).all()
    assert set(users["gender"]) <= {"female", "male", "other"}
    assert 4 <= users["location"].nunique() <= 10
    lengths = shop.histories().lengths()
    assert lengths.min() >= 4 and lengths.max() <= 30
    assert 8.5 < lengths.mean() < 11.5
    inter = shop.interactions
    ts = inter["timestamp"].to_numpy()
    same_user = inter["user"].to_numpy()[1:] == inter["user"].to_numpy()[:-1]
    assert (np.diff(ts)[same_user] > 0).all()  # strictly increasing per user
    lo, hi = shop.meta["generator"]["time_range"]
    assert ts.min() >= lo and ts.max() < hi


def test_user_features_carry_signal(shop: Dataset, item_table: pd.DataFrame) -> None:
    inter = shop.interactions
    dept = item_table["department"].to_numpy()[inter["item"].to_numpy()]
    band = shop.users["age_band"].to_numpy()[inter["user"].to_numpy()]
    gender = shop.users["gender"].to_numpy()[inter["user"].to_numpy()]
    assert (dept[band == "18-24"] == "Sports").mean() > 1.5 * (dept[band == "65+"] == "Sports").mean()
    assert (dept[gender == "female"] == "Beauty").mean() > 1.15 * (dept[gender == "male"] == "Beauty").mean()


# ---------------------------------------------------------------------- ground truth
def test_every_purchase_has_a_reason(shop: Dataset, reasons: pd.DataFrame) -> None:
    assert list(reasons.columns) == [
        "user",
        "item",
        "timestamp",
        "position",
        "rule",
        "cause_item",
        "cause_field",
        "cause_value",
    ]
    inter = shop.interactions
    assert len(reasons) == len(inter)
    # aligned row by row with the interactions
    assert (shop.user_index(reasons["user"]) == inter["user"].to_numpy()).all()
    assert (shop.item_index(reasons["item"]) == inter["item"].to_numpy()).all()
    assert (reasons["timestamp"].to_numpy() == inter["timestamp"].to_numpy()).all()
    assert reasons["rule"].isin(RULES).all()
    assert reasons.loc[reasons["position"] == 0, "rule"].isin(list(FIRST_RULE_PROBS)).all()
    has_item = reasons["cause_item"].notna()
    assert (has_item == reasons["rule"].isin(CAUSE_ITEM_RULES)).all()
    has_field = reasons["cause_field"].notna()
    assert (has_field == reasons["rule"].isin(["brand_loyalty", "category_affinity", "profile", "price_band"])).all()
    assert (has_field == reasons["cause_value"].notna()).all()
    missing = reasons.loc[~has_item, "cause_item"]
    assert all(v is None for v in missing)  # None, not NaN


def test_rule_shares(shop: Dataset, reasons: pd.DataFrame) -> None:
    shares = reasons["rule"].value_counts(normalize=True)
    assert set(shares.index) == set(RULES)
    assert 0.08 <= shares["noise"] <= 0.16
    assert shares.idxmax() == "complement"
    assert shop.meta["generator"]["rule_shares"]["noise"] == pytest.approx(shares["noise"])
    assert sum(shop.meta["rules"]["probabilities"].values()) == pytest.approx(1.0)


def test_cause_item_is_an_earlier_purchase_of_the_same_user(reasons: pd.DataFrame) -> None:
    earlier: dict[tuple[str, str], int] = {}  # (user, item) -> first position
    for user, item, pos in zip(reasons["user"], reasons["item"], reasons["position"], strict=True):
        earlier.setdefault((user, item), pos)
    caused = reasons[reasons["cause_item"].notna()]
    first = [earlier.get((u, c)) for u, c in zip(caused["user"], caused["cause_item"], strict=True)]
    assert all(f is not None and f < p for f, p in zip(first, caused["position"], strict=True))


def test_complement_purchases_are_complements(shop: Dataset, reasons: pd.DataFrame, item_table: pd.DataFrame) -> None:
    comp = reasons[reasons["rule"] == "complement"]
    assert len(comp) > 1000
    cat_item = item_table.loc[comp["item"], "category"].to_numpy()
    cat_cause = item_table.loc[comp["cause_item"], "category"].to_numpy()
    assert all(ci in COMPLEMENTS[cc] for ci, cc in zip(cat_item, cat_cause, strict=True))
    compatible = shop.meta["rules"]["compatible"]
    assert all(i in compatible[c][ci] for i, c, ci in zip(comp["item"], comp["cause_item"], cat_item, strict=True))
    # mostly caused by the last purchase
    prev_item = reasons["item"].shift(1)
    assert (comp["cause_item"] == prev_item[comp.index]).mean() > 0.6


def test_brand_category_repeat_rules(reasons: pd.DataFrame, item_table: pd.DataFrame) -> None:
    brand = reasons[reasons["rule"] == "brand_loyalty"]
    assert len(brand) > 500
    assert (item_table.loc[brand["item"], "brand"].to_numpy() == item_table.loc[brand["cause_item"], "brand"]).all()
    assert (brand["cause_field"] == "brand").all()
    assert (brand["cause_value"].to_numpy() == item_table.loc[brand["item"], "brand"].to_numpy()).all()
    same = reasons[reasons["rule"] == "category_affinity"]
    cats = item_table.loc[same["item"], "category"].to_numpy()
    assert (cats == item_table.loc[same["cause_item"], "category"].to_numpy()).all()
    assert (same["cause_value"].to_numpy() == cats).all()
    rep = reasons[reasons["rule"] == "repeat"]
    assert len(rep) > 100
    assert (rep["item"] == rep["cause_item"]).all()
    assert all("consumable" in t for t in item_table.loc[rep["item"], "tags"])


def test_no_rebuy_except_repeat(reasons: pd.DataFrame) -> None:
    dup = reasons.duplicated(subset=["user", "item"], keep="first")
    assert (reasons.loc[dup, "rule"] == "repeat").all()


def test_profile_and_price_band_causes_match_the_user(
    shop: Dataset, reasons: pd.DataFrame, item_table: pd.DataFrame
) -> None:
    users = shop.users.assign(user=shop.user_ids).set_index("user")
    prof = reasons[reasons["rule"] == "profile"]
    assert set(prof["cause_field"]) == {"age_band", "gender", "location"}
    for field, grp in prof.groupby("cause_field"):
        assert (users.loc[grp["user"], field].to_numpy() == grp["cause_value"].to_numpy()).all()
    profiles = shop.meta["user_profiles"].set_index("user")
    pb = reasons[reasons["rule"] == "price_band"]
    assert (profiles.loc[pb["user"], "price_band"].to_numpy() == pb["cause_value"].to_numpy()).all()
    tier = shop.meta["item_latent"].set_index("item").loc[pb["item"], "price_tier"].to_numpy()
    assert (tier == pb["cause_value"].to_numpy()).all()
    depts = item_table.loc[pb["item"], "department"].to_numpy()
    favs = profiles.loc[pb["user"], "favourite_departments"]
    assert all(d in f for d, f in zip(depts, favs, strict=True))


def test_ratings_follow_rule_strength(shop: Dataset, reasons: pd.DataFrame) -> None:
    mean = shop.interactions["rating"].groupby(reasons["rule"].to_numpy()).mean()
    assert mean["complement"] > mean["noise"] + 1.0
    assert mean["repeat"] > mean["popularity"]


def test_held_out_reasons(shop: Dataset, reasons: pd.DataFrame) -> None:
    held = held_out_reasons(shop)
    assert len(held) == shop.n_users and held["user"].is_unique
    split = leave_one_out(shop)
    test = split.test.interactions
    expected = dict(zip(shop.user_ids[test["user"]], shop.item_ids[test["item"]], strict=True))
    assert dict(zip(held["user"], held["item"], strict=True)) == expected
    assert held_out_reasons(split.train).equals(held)  # splits share meta
    with pytest.raises(ValueError, match="reasons"):
        held_out_reasons(Dataset.from_frames(pd.DataFrame({"user": ["a"], "item": ["b"]})))


# ---------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"n_users": 0}, r"n_users must be an int in \[1, .*got 0"),
        ({"n_users": 2.5}, r"n_users .*got 2.5"),
        ({"n_items": 10}, r"n_items must be an int in \[46, .*categories.*got 10"),
        ({"seed": -1}, r"seed must be an int .*got -1"),
        ({"min_history": 2}, r"min_history must be an int in \[3, .*got 2"),
        ({"max_history": 3}, r"max_history must be an int in \[4, .*got 3"),
        ({"mean_history": 50.0}, r"mean_history must be a number in \[4, 30\].*got 50.0"),
        ({"rule_probs": {"magic": 0.5}}, r"unknown rule 'magic'"),
        ({"rule_probs": {"noise": -0.1}}, r"rule_probs\['noise'\] must be .*got -0.1"),
        ({"rule_probs": dict.fromkeys(RULES, 0.0)}, r"at least one rule"),
    ],
)
def test_bad_arguments(kwargs: dict, pattern: str) -> None:
    with pytest.raises(ValueError, match=pattern):
        sample_shop(**kwargs)


def test_small_shop_and_custom_rules() -> None:
    ds = sample_shop(n_users=30, n_items=46, seed=5, min_history=3, max_history=12, mean_history=5.0)
    assert ds.n_items == 46 and ds.n_users == 30
    lengths = ds.histories().lengths()
    assert lengths.min() >= 3 and lengths.max() <= 12
    only_noise = sample_shop(n_users=50, n_items=100, rule_probs=dict.fromkeys(RULES, 0.0) | {"noise": 1.0})
    r = only_noise.meta["reasons"]
    assert set(r.loc[r["position"] > 0, "rule"]) == {"noise"}


# ---------------------------------------------------------------------- speed and learnability
def test_ten_thousand_users_is_fast() -> None:
    t0 = time.perf_counter()
    ds = sample_shop(n_users=10_000)
    elapsed = time.perf_counter() - t0
    print(f"\nsample_shop(n_users=10_000): {elapsed:.2f} s, {ds.n_interactions} purchases")
    assert ds.n_users == 10_000
    assert elapsed < 30.0


def test_sequential_signal_beats_popularity(shop: Dataset) -> None:
    """Successors of the last item (counted on train) beat popularity by a wide margin on leave-one-out."""
    split = leave_one_out(shop)
    train = split.train.histories()
    n = shop.n_items
    # successor counts: item -> next item in the train histories
    same_user = np.repeat(np.arange(train.n_users), train.lengths())
    nxt = same_user[1:] == same_user[:-1]
    succ = np.zeros((n, n))
    np.add.at(succ, (train.items[:-1][nxt], train.items[1:][nxt]), 1.0)
    pop = np.bincount(train.items, minlength=n).astype(float)

    valid, test = split.valid.interactions, split.test.interactions
    users = test["user"].to_numpy()
    assert (valid["user"].to_numpy() == users).all()
    last = valid["item"].to_numpy()
    target = test["item"].to_numpy()
    seen = split.train.matrix()[users].toarray() > 0
    seen[np.arange(len(users)), last] = True

    def hit_rate(scores: np.ndarray) -> float:
        scores = np.where(seen, -np.inf, scores)
        top = np.argpartition(-scores, 10, axis=1)[:, :10]
        return float((top == target[:, None]).any(axis=1).mean())

    hr_pop = hit_rate(np.broadcast_to(pop, (len(users), n)).copy())
    hr_succ = hit_rate(succ[last] + 1e-6 * pop)  # ties and unseen successors fall back to popularity
    print(f"\nloo-full HR@10: popularity {hr_pop:.3f}, last-item successor {hr_succ:.3f}")
    assert hr_succ > 1.5 * hr_pop
    assert hr_succ - hr_pop > 0.08
