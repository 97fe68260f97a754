"""SASRec: learning a planted sequence, causality, padding, max_len, save/load, parameters, losses, seen offset."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import torch

from whyrec.data import Dataset, Histories
from whyrec.models import load
from whyrec.models.nn_sasrec import SEEN_SCALE
from whyrec.models.sasrec import SASRec
from whyrec.models.sequence import last_items, prefix_pairs

N_ITEMS = 30
FAST = {
    "embedding_dim": 32,
    "max_len": 8,
    "epochs": 40,
    "batch_size": 32,
    "learning_rate": 5e-3,
    "dropout": 0.1,
    "device": "cpu",
    "seed": 3,
    "num_threads": 1,
}


@pytest.fixture(scope="module")
def chain() -> Dataset:
    """Users walk item k -> k+1 (mod 30) from a random start; items carry a ``colour`` (k mod 3) and tags."""
    rng = np.random.default_rng(0)
    rows = []
    for u in range(120):
        start = int(rng.integers(0, N_ITEMS))
        for t in range(int(rng.integers(4, 10))):
            rows.append((f"u{u}", f"i{(start + t) % N_ITEMS}", t))
    items = pd.DataFrame(
        {
            "item": [f"i{k}" for k in range(N_ITEMS)],
            "colour": [f"c{k % 3}" for k in range(N_ITEMS)],
            "tags": [[f"t{k % 5}", f"t{k % 7}"] for k in range(N_ITEMS)],
        }
    )
    return Dataset.from_frames(
        pd.DataFrame(rows, columns=["user", "item", "timestamp"]),
        items=items,
        item_fields={"colour": "categorical", "tags": "multi"},
    )


@pytest.fixture(scope="module")
def model(chain: Dataset) -> SASRec:
    return SASRec(**FAST).fit(chain)


def _next_item_rank1(m: SASRec, ds: Dataset) -> float:
    h = ds.histories()
    users = np.arange(ds.n_users)
    top = m.score_matrix(users).argmax(1)
    want = [int(ds.item_index(f"i{(int(ds.item_ids[h[u][-1]][1:]) + 1) % N_ITEMS}")[0]) for u in users]
    return float(np.mean(top == np.asarray(want)))


def test_learns_next_item(model, chain):
    assert model.train_log_.losses[-1] < model.train_log_.losses[0]
    assert _next_item_rank1(model, chain) > 0.9


def test_untrained_model_does_not_know_the_pattern(chain):
    m = SASRec(**{**FAST, "epochs": 1, "learning_rate": 1e-6}).fit(chain)
    assert _next_item_rank1(m, chain) < 0.3


def test_causal_mask(model):
    mod = model.module_.eval()
    seq = torch.tensor([[0, 0, 3, 5, 7, 9, 11, 2]])
    other = seq.clone()
    other[0, 6:] = torch.tensor([20, 21])
    with torch.no_grad():
        a, _ = mod.encode(seq)
        b, _ = mod.encode(other)
    torch.testing.assert_close(a[:, :6], b[:, :6])
    assert not torch.allclose(a[:, 6:], b[:, 6:])


def test_padding_does_not_change_scores(model):
    mod = model.module_.eval()
    seq = torch.tensor([[4, 5, 6]])
    padded = torch.tensor([[0, 0, 0, 0, 4, 5, 6]])
    with torch.no_grad():
        torch.testing.assert_close(mod(seq), mod(padded))


def test_empty_history_gives_finite_scores(model, chain):
    lists = [[] for _ in range(chain.n_users)]
    lists[1] = [3, 4]
    h = Histories.from_lists(lists, chain.n_items)
    s = model.score_matrix(np.array([0, 1, 2]), h)
    assert s.shape == (3, chain.n_items) and np.isfinite(s).all()
    np.testing.assert_allclose(s[0], s[2])
    assert model.attention([])[0].shape == (model.n_heads, 0, 0)


def test_only_last_max_len_items_matter(model, chain):
    tail = list(range(10, 18))  # max_len = 8 items
    a = [[] for _ in range(chain.n_users)]
    b = [[] for _ in range(chain.n_users)]
    a[0] = [1, 2, 3] + tail
    b[0] = [25, 26] + tail
    sa = model.score_matrix(np.array([0]), Histories.from_lists(a, chain.n_items))
    sb = model.score_matrix(np.array([0]), Histories.from_lists(b, chain.n_items))
    np.testing.assert_allclose(sa, sb, rtol=1e-5, atol=1e-6)
    a[0] = [1] + tail[1:]  # a change inside the window does matter
    sc = model.score_matrix(np.array([0]), Histories.from_lists(a, chain.n_items))
    assert not np.allclose(sa, sc)


def test_last_items_pads_left():
    h = Histories.from_lists([[1, 2, 3, 4], [], [5]], 6)
    np.testing.assert_array_equal(last_items(h, np.array([0, 1, 2]), 3), [[3, 4, 5], [0, 0, 0], [0, 0, 6]])


def test_forward_for_targets_and_embeddings_match_full_scores(model):
    mod = model.module_.eval()
    seq = model.sequence_tensor([0, 1, 2])
    targets = torch.tensor([0, 7, 29])
    with torch.no_grad():
        full = mod(seq)
        torch.testing.assert_close(mod(seq, targets), full[torch.arange(3), targets])
        emb = mod.item_encoder(seq)
        torch.testing.assert_close(mod(seq, targets, inputs_embeds=emb), full[torch.arange(3), targets])
        torch.testing.assert_close(mod(seq, targets.unsqueeze(1))[:, 0], full[torch.arange(3), targets])


def test_attention_weights(model, chain):
    att = model.attention("u0")
    seq = model.input_sequence("u0")
    assert len(att) == model.n_layers
    for a in att:
        assert a.shape == (model.n_heads, len(seq), len(seq))
        np.testing.assert_allclose(a.sum(-1), 1.0, rtol=1e-5)
        assert np.allclose(np.triu(a, k=1), 0.0), "no attention to later positions"
    np.testing.assert_array_equal(model.input_sequence(list(seq)), seq)
    with pytest.raises(ValueError, match="internal indices"):
        model.attention([0, 99])


def test_save_load_identical_scores(chain, tmp_path):
    m = SASRec(**{**FAST, "epochs": 3, "item_features": ["colour", "tags"], "n_heads": 2}).fit(chain)
    m.save(tmp_path)
    m2 = load(tmp_path)
    assert isinstance(m2, SASRec) and m2.get_params() == m.get_params()
    users = np.arange(chain.n_users)
    np.testing.assert_array_equal(m2.score_matrix(users), m.score_matrix(users))
    assert m2.field_map_ is not None and m2.field_map_.describe(0) == m.field_map_.describe(0)
    for a, b in zip(m.attention("u3"), m2.attention("u3"), strict=True):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("loss", ["ce", "sampled_ce", "bce"])
def test_losses_train(chain, loss):
    m = SASRec(**{**FAST, "epochs": 3, "loss": loss, "n_negatives": 8}).fit(chain)
    losses = m.train_log_.losses
    assert len(losses) == 3 and np.isfinite(losses).all() and losses[-1] < losses[0]


def test_item_features_change_the_item_table(chain):
    m = SASRec(**{**FAST, "epochs": 1, "item_features": ["tags"]}).fit(chain)
    enc = m.module_.item_encoder
    assert enc.n_features == m.field_map_.n_features
    with torch.no_grad():
        assert not torch.allclose(enc.table(), enc.item.weight)
        assert torch.all(enc.table()[0] == 0), "padding row stays zero"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("max_len", 0),
        ("n_layers", 0),
        ("n_heads", 3),  # does not divide embedding_dim=32
        ("dropout", 1.0),
        ("dropout", -0.1),
        ("loss", "hinge"),
        ("n_negatives", 0),
        ("item_features", "colour"),
        ("item_features", ["no_such_field"]),
        ("embedding_dim", 0),
    ],
)
def test_bad_hyper_parameters_are_named(chain, name, value):
    with pytest.raises(ValueError, match=name):
        SASRec(**{**FAST, "epochs": 1, name: value}).fit(chain)


def test_item_embeddings_are_the_output_table(model, chain):
    emb = model.item_embeddings()
    assert emb.shape == (chain.n_items, model.embedding_dim)
    mod = model.module_.eval()
    seq = model.sequence_tensor([0])
    with torch.no_grad():
        h = mod.encode(seq)[0][:, -1].numpy()
    expected = h @ emb.T
    # plus the learned offset on exactly the items the model read
    expected[0, model.input_sequence("u0")] += _offset(model)
    np.testing.assert_allclose(expected, model.score_matrix(np.array([0])), rtol=1e-4, atol=1e-5)


def test_prefix_pairs_lists_each_read_item_once():
    inp = torch.tensor([[0, 0, 5, 6, 5], [7, 8, 9, 7, 8]])
    keep = torch.tensor([[False, False, True, True, True], [True, False, False, True, True]])
    row, item = prefix_pairs(inp, keep)
    got = sorted(zip(row.tolist(), item.tolist(), strict=True))
    # kept positions in row-major order: (0,2) (0,3) (0,4) (1,0) (1,3) (1,4) -> rows 0..5; items 0-based
    want = [(0, 4), (1, 4), (1, 5), (2, 4), (2, 5), (3, 6), (4, 6), (4, 7), (4, 8), (5, 6), (5, 7), (5, 8)]
    assert got == want


@pytest.fixture(scope="module")
def repeaters() -> Dataset:
    """Every user alternates between two items (a, b, a, b, ...): the next item has always been seen."""
    rng = np.random.default_rng(1)
    rows = []
    for u in range(120):
        a, b = rng.choice(N_ITEMS, 2, replace=False)
        rows += [(f"u{u}", f"i{(a, b)[t % 2]}", t) for t in range(int(rng.integers(4, 10)))]
    return Dataset.from_frames(pd.DataFrame(rows, columns=["user", "item", "timestamp"]))


def _offset(m: SASRec) -> float:
    return float(m.module_.seen_logit.detach()) * SEEN_SCALE


@pytest.mark.parametrize("loss", ["ce", "sampled_ce"])
def test_seen_offset_learns_whether_users_repeat(chain, repeaters, loss):
    params = {**FAST, "epochs": 15, "loss": loss, "n_negatives": 8}
    # nobody picks an item twice in the chain data; everybody does in the repeaters data
    assert _offset(SASRec(**params).fit(chain)) < -1.0
    assert _offset(SASRec(**params).fit(repeaters)) > 1.0


@pytest.mark.parametrize("loss", ["ce", "sampled_ce"])
def test_seen_offset_leaves_the_network_alone(chain, loss):
    """The offset is fitted on detached logits: the network, and every unread item's score, are as without it."""
    params = {**FAST, "epochs": 4, "loss": loss, "n_negatives": 8}
    with_offset, without = SASRec(**params).fit(chain), SASRec(**{**params, "seen_bias": False}).fit(chain)
    assert _offset(with_offset) < 0
    users = np.arange(chain.n_users)
    a, b = with_offset.score_matrix(users), without.score_matrix(users)
    read = np.zeros_like(a, dtype=bool)
    for u in users:
        read[u, with_offset.input_sequence(chain.user_ids[u])] = True
    np.testing.assert_allclose(a[~read], b[~read], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(a[read], b[read] + _offset(with_offset), rtol=1e-5, atol=1e-5)


def test_bce_has_no_seen_offset(chain):
    """bce's negatives are never read items, so an offset could only grow: it is off, and asking for it fails."""
    assert SASRec(**{**FAST, "epochs": 1, "loss": "bce"}).fit(chain).module_.seen_logit is None
    with pytest.raises(ValueError, match="seen_bias=True needs loss='ce' or 'sampled_ce'"):
        SASRec(**{**FAST, "epochs": 1, "loss": "bce", "seen_bias": True}).fit(chain)


def test_without_seen_bias_scores_are_the_dot_products(chain):
    m = SASRec(**{**FAST, "epochs": 2, "seen_bias": False}).fit(chain)
    assert m.module_.seen_logit is None
    with torch.no_grad():
        h = m.module_.eval().encode(m.sequence_tensor([0]))[0][:, -1].numpy()
    np.testing.assert_allclose(h @ m.item_embeddings().T, m.score_matrix(np.array([0])), rtol=1e-4, atol=1e-5)
    with pytest.raises(ValueError, match="seen_bias"):
        SASRec(**{**FAST, "seen_bias": "yes"}).fit(chain)


def test_model_saved_without_the_seen_offset_still_loads(chain, tmp_path):
    """A model saved before ``seen_bias`` existed has neither the parameter nor the weight."""
    import json

    m = SASRec(**{**FAST, "epochs": 2, "seen_bias": False}).fit(chain)
    m.save(tmp_path)
    p = tmp_path / "params.json"
    params = json.loads(p.read_text())
    found = [d for d in _dicts(params) if "seen_bias" in d]
    assert found, "params.json names seen_bias"
    for d in found:
        del d["seen_bias"]
    p.write_text(json.dumps(params))
    m2 = load(tmp_path)
    assert m2.seen_bias is None and m2.module_.seen_logit is None
    users = np.arange(chain.n_users)
    np.testing.assert_array_equal(m2.score_matrix(users), m.score_matrix(users))


def _dicts(obj):
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            yield from _dicts(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _dicts(v)


def test_auto_window_covers_most_histories_within_bounds(chain: Dataset) -> None:
    from whyrec.models.sequence import window_for

    def hist(lengths: list[int]) -> Histories:
        rows = [(f"u{u}", f"i{t % N_ITEMS}", t) for u, n in enumerate(lengths) for t in range(n)]
        return Dataset.from_frames(pd.DataFrame(rows, columns=["user", "item", "timestamp"])).histories()

    assert window_for(hist([3] * 50)) == 50  # short histories: the lower bound
    assert window_for(hist([10] * 5 + [120] * 45)) == 120  # the 90th percentile, in tens
    assert window_for(hist([400] * 10)) == 200  # the upper bound
    m = SASRec(**{**FAST, "max_len": "auto", "epochs": 1}).fit(chain)
    assert m.max_len == 50  # resolved by fit
    with pytest.raises(ValueError, match="'auto'"):
        SASRec(**{**FAST, "max_len": "long", "epochs": 1}).fit(chain)
