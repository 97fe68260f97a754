"""CFGAN's networks: a generator of purchase vectors conditioned on the user's own, and a discriminator."""

from __future__ import annotations

import torch
from torch import nn


def _mlp(sizes: list[int]) -> nn.Sequential:
    layers: list[nn.Module] = []
    for a, b in zip(sizes[:-2], sizes[1:-1], strict=True):
        layers += [nn.Linear(a, b), nn.ReLU()]
    layers.append(nn.Linear(sizes[-2], sizes[-1]))
    return nn.Sequential(*layers)


class CFGANModule(nn.Module):
    """Generator ``G(c)``: the user's binary purchase vector ``c`` (``n_items``) through ``g_layers`` hidden layers to
    one logit per item (``sigmoid`` = the generated purchase vector); discriminator ``D(r, c)``: a vector and the
    condition, concatenated, through one hidden layer to the logit that ``r`` is a real user's purchases."""

    def __init__(self, n_items: int, g_hidden: int, g_layers: int, d_hidden: int) -> None:
        super().__init__()
        self.n_items = n_items
        self.generator = _mlp([n_items] + [g_hidden] * g_layers + [n_items])
        self.discriminator = _mlp([2 * n_items, d_hidden, 1])

    def forward(self, c: torch.Tensor) -> torch.Tensor:
        """The generator's logits ``(B, n_items)`` for purchase vectors ``c``: the scores."""
        return self.generator(c)

    def discriminate(self, r: torch.Tensor, c: torch.Tensor, *, frozen: bool = False) -> torch.Tensor:
        """The discriminator's logit ``(B,)`` that ``r`` is real given ``c``; ``frozen``: its weights get no
        gradient (the generator's step)."""
        x = torch.cat([r, c], dim=1)
        if not frozen:
            return self.discriminator(x).squeeze(1)
        params = {k: v.detach() for k, v in self.discriminator.named_parameters()}
        return torch.func.functional_call(self.discriminator, params, (x,)).squeeze(1)
