"""BERT4Rec: learning a planted sequence, bidirectional attention, the appended mask, padding, masking, save/load."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from test_sasrec import FAST, _next_item_rank1, chain  # noqa: F401 - the planted chain fixture

from whyrec.data import Dataset
from whyrec.models import load, make_model
from whyrec.models.bert4rec import BERT4Rec, visible_pairs
from whyrec.models.nn_bert4rec import BERT4RecModule
from whyrec.models.nn_sasrec import ItemEncoder


@pytest.fixture(scope="module")
def model(chain: Dataset) -> BERT4Rec:  # noqa: F811 - the fixture imported above
    # a cloze task trains on a fifth of the positions: more epochs than SASRec's test (rank-1 share over seeds 3, 5,
    # 7, 11: 1.00, 0.88, 0.96, 0.99)
    return BERT4Rec(**{**FAST, "epochs": 200, "learning_rate": 1e-2, "n_heads": 2}).fit(chain)


def test_learns_next_item(model, chain):  # noqa: F811
    assert model.train_log_.losses[-1] < model.train_log_.losses[0]
    assert _next_item_rank1(model, chain) > 0.85


def test_registered_and_reads_both_directions(model):
    assert isinstance(make_model("bert4rec"), BERT4Rec)
    mod = model.module_.eval()
    seq = torch.tensor([[0, 0, 3, 5, 7, 9, 11, 2]])
    other = seq.clone()
    other[0, 7] = 20
    with torch.no_grad():
        a, _ = mod.encode(seq)
        b, _ = mod.encode(other)
    assert not torch.allclose(a[:, 2:7], b[:, 2:7])  # a change at the end reaches earlier positions
    att = model.attention([2, 4, 6])
    assert att[0].shape == (2, 4, 4) and att[0][:, 0, 1:].sum() > 0.01


def test_prediction_reads_the_appended_mask(model):
    mod = model.module_.eval()
    seq = torch.tensor([[3, 5, 7]])
    with torch.no_grad():
        h, _ = mod.encode(seq, append_mask=True)
        assert h.shape == (1, 4, model.embedding_dim)
        torch.testing.assert_close(mod.last_hidden(seq), h[:, -1])
        torch.testing.assert_close(mod(seq), h[:, -1] @ mod.item_encoder.table()[1:].T + mod.seen_offset(seq))
        padded = torch.tensor([[0, 0, 0, 3, 5, 7]])
        torch.testing.assert_close(mod(seq), mod(padded))  # padding never changes a real position
    full = torch.arange(1, model.max_len + 1).unsqueeze(0)
    with torch.no_grad():
        assert mod(full).shape == (1, model.n_items_)  # max_len items plus the mask fit the positions
    with pytest.raises(ValueError, match="at most"):
        mod(torch.arange(1, model.max_len + 2).unsqueeze(0))


def test_masking_keeps_an_item_per_row_and_masks_only_the_last_when_asked(chain):  # noqa: F811
    m = BERT4Rec(**{**FAST, "epochs": 1})
    tokens = torch.tensor([[0, 0, 4, 5, 6], [1, 2, 3, 4, 5], [0, 0, 0, 7, 8]])
    torch.manual_seed(0)
    for prob, last in ((0.01, 0.0), (0.9, 0.0), (0.5, 1.0)):
        m.mask_prob, m.last_ratio = prob, last
        for _ in range(20):
            masked = m._mask(tokens)
            assert masked.any(1).all() and not (masked & (tokens == 0)).any()
            if last == 1.0:
                assert masked[:, -1].all() and masked.sum() == len(tokens)


def test_visible_pairs_lists_the_unmasked_items_of_each_masked_row():
    tokens = torch.tensor([[0, 4, 5, 4, 6], [1, 2, 3, 0, 0]])
    masked = torch.tensor([[False, False, True, False, True], [True, False, False, False, False]])
    row, item = visible_pairs(tokens, masked)
    got = sorted(zip(row.tolist(), item.tolist(), strict=True))
    # masked positions in order: row 0's positions 2 and 4 both see item 4 (at two positions, listed once), not
    # the masked 5 and 6; row 1's position 0 sees 2 and 3 (0-based items: 4 -> 3, 2 -> 1, 3 -> 2)
    assert got == [(0, 3), (1, 3), (2, 1), (2, 2)]


def test_save_load_and_parameters(model, chain, tmp_path):  # noqa: F811
    model.save(tmp_path / "m")
    back = load(tmp_path / "m")
    assert isinstance(back, BERT4Rec) and isinstance(back.module_, BERT4RecModule)
    np.testing.assert_allclose(back.score_matrix(np.arange(5)), model.score_matrix(np.arange(5)), rtol=1e-6)
    with pytest.raises(ValueError, match="loss='ce' only"):
        BERT4Rec(loss="bce").fit(chain)
    with pytest.raises(ValueError, match="mask_prob"):
        BERT4Rec(mask_prob=0.0).fit(chain)


def test_the_mask_input_is_outside_the_history_input():
    """Explainers hook ``emb_drop``'s output as the history's input: the appended mask is not part of it."""
    mod = BERT4RecModule(ItemEncoder(10, 8), max_len=5, n_layers=1, n_heads=1, dropout=0.0).eval()
    seen = []
    hook = mod.emb_drop.register_forward_hook(lambda m, i, o: seen.append(o.shape))
    with torch.no_grad():
        mod(torch.tensor([[1, 2, 3]]))
    hook.remove()
    assert seen == [torch.Size([1, 3, 8])]
