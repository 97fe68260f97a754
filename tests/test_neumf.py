"""NeuMF's network: scoring every item by parts gives what the pair-by-pair forward pass gives."""

from __future__ import annotations

import pytest
import torch

from whyrec.models.nn_neumf import MODES, NeuMFModule


@pytest.mark.parametrize("mode", MODES)
def test_all_scores_by_parts_equal_the_forward_pass(mode: str) -> None:
    torch.manual_seed(0)
    net = NeuMFModule(40, 250, 16, 3, dropout=0.2, mode=mode).eval()
    for p in net.parameters():  # away from the near-zero initialisation, so that every term counts
        torch.nn.init.normal_(p, std=0.3)
    users = torch.tensor([0, 7, 39, 7])
    with torch.no_grad():
        by_parts = net.all_scores(users, pairs=300)  # several chunks
        pairwise = net(users, torch.arange(250).unsqueeze(0).expand(len(users), -1))
    assert by_parts.shape == (4, 250)
    torch.testing.assert_close(by_parts, pairwise, rtol=1e-5, atol=1e-5)
