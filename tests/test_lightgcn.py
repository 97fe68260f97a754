"""LightGCN's two losses: BPR against sampled items, and a sampled softmax of the positive against them."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from whyrec.data import sample_shop
from whyrec.evaluation import make_split
from whyrec.models import make_model


def _fitted(**kw: object):  # noqa: ANN202
    split = make_split(sample_shop(), "random-811-full", seed=2020)
    m = make_model("lightgcn", epochs=1, embedding_dim=8, batch_size=512, seed=3, **kw)
    m.fit(split.train, split.valid)
    return m


@pytest.mark.parametrize(("loss", "n"), [("bpr", 1), ("bpr", 4), ("softmax", 8)])
def test_the_loss_is_the_one_named(loss: str, n: int) -> None:
    m = _fitted(loss=loss, n_negatives=n, reg=0.0, temperature=0.5)
    torch.manual_seed(0)
    u = torch.tensor([0, 1, 2])
    i = torch.tensor([3, 4, 5])
    neg = torch.randint(0, m.n_items_, (3, n))
    with torch.no_grad():
        users, items = m.module_.propagate()
        pos = (users[u] * items[i]).sum(-1)
        negs = torch.stack([(users[u] * items[neg[:, k]]).sum(-1) for k in range(n)], 1)
        if loss == "bpr":
            want = -F.logsigmoid(pos[:, None] - negs).mean()
        else:
            logits = torch.cat([pos[:, None], negs], 1) / 0.5
            want = -torch.log_softmax(logits, 1)[:, 0].mean()
        got = m._loss((u, i, neg))
    torch.testing.assert_close(got, want)


@pytest.mark.parametrize(("kw", "name"), [({"loss": "hinge"}, "loss"), ({"n_negatives": 0}, "n_negatives"),
                                          ({"temperature": 0.0}, "temperature")])
def test_bad_parameters_are_named(kw: dict, name: str) -> None:
    with pytest.raises(ValueError, match=name):
        _fitted(**kw)
