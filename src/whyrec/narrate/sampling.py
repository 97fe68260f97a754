"""Grammar-constrained sampling that checks the grammar only when it has to (llama.cpp's "grammar on a miss").

``llama-cpp-python`` puts the grammar sampler in front of the sampling chain,
so every generated token pays a grammar check of the whole vocabulary (49k
tokens for SmolLM2: ~15 ms a token on 2 cores, half the decoding time).
llama.cpp's own ``common_sampler`` does it the cheap way: sample with the
chain alone, check only the chosen token against the grammar, and only when
the grammar rejects it, resample with the grammar applied first. For greedy
decoding the result is the same token (the unconstrained best, when allowed,
is the best allowed token); for sampled decoding it is a draw from the allowed
tokens. :class:`GrammarOnMissLlama` is ``llama_cpp.Llama`` with that sampler
whenever a grammar is passed; without a grammar nothing changes.

A miss is cheap too: the grammar is first applied to the ``shortlist`` most
likely tokens only (1,024 of Gemma 3's 262k: a miss took 59 ms with the whole
vocabulary, a third of a Chinese narration's time), and to the whole
vocabulary only when none of those is allowed. The shortlist is taken after
the chain's logit modifiers (repetition penalties) and before its samplers,
so the best allowed token is in it whenever any allowed token is: greedy
decoding is unchanged; a sampled draw loses only allowed tokens ranked below
the shortlist, which the chain's top-k / top-p steps would cut anyway.
"""

from __future__ import annotations

import ctypes
from typing import Any

import llama_cpp  # imported only by whyrec.narrate.local.load_model, whose ImportError handler names the fix
import numpy as np
from llama_cpp import Llama

__all__ = ["GrammarOnMissLlama", "GrammarOnMissSampler"]

_TOKEN_DATA = np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)])


class GrammarOnMissSampler:
    """A sampling chain (penalties, then greedy or top-k/top-p/temperature) plus a grammar checked on a miss.

    ``chain`` is a ``llama_cpp._internals.LlamaSampler`` without a grammar;
    ``grammar`` a llama.cpp grammar sampler pointer, owned (freed) here.
    """

    def __init__(self, chain: Any, grammar: Any, n_vocab: int, shortlist: int = 1024) -> None:
        self.chain = chain
        self.grammar = grammar
        self.n_vocab = int(n_vocab)
        self.shortlist = max(1, min(int(shortlist), self.n_vocab))
        self._ids = np.arange(self.n_vocab, dtype=np.int32)
        self._cand = np.zeros(self.n_vocab, dtype=_TOKEN_DATA)
        self._short = np.zeros(self.shortlist, dtype=_TOKEN_DATA)
        self._split: tuple[list[Any], list[Any]] | None = None
        self._one = np.zeros(1, dtype=_TOKEN_DATA)
        self._free = llama_cpp.llama_sampler_free  # kept: module globals may be gone when __del__ runs at exit
        #: tokens chosen with the chain alone / after a grammar miss / misses the shortlist could not serve
        self.hits = 0
        self.misses = 0
        self.full_misses = 0

    def _array(self, buf: np.ndarray) -> Any:
        ptr = buf.ctypes.data_as(ctypes.POINTER(llama_cpp.llama_token_data))
        return llama_cpp.llama_token_data_array(data=ptr, size=len(buf), selected=-1, sorted=False)

    def _fill(self, ctx: Any, idx: int) -> None:
        self._cand["id"] = self._ids
        self._cand["logit"] = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx.ctx, idx),
                                                    shape=(self.n_vocab,))
        self._cand["p"] = 0.0

    def _pick(self, buf: np.ndarray, arr: Any) -> int:
        llama_cpp.llama_sampler_apply(self.chain.sampler, ctypes.byref(arr))
        return int(buf[arr.selected]["id"])

    def _stages(self) -> tuple[list[Any], list[Any]]:
        """The chain's logit modifiers (up to its penalties) and its samplers after them."""
        if self._split is None:
            chain = self.chain.sampler
            parts = [llama_cpp.llama_sampler_chain_get(chain, i) for i in range(llama_cpp.llama_sampler_chain_n(chain))]
            names = [llama_cpp.llama_sampler_name(p) for p in parts]
            cut = names.index(b"penalties") + 1 if b"penalties" in names else 0
            self._split = (parts[:cut], parts[cut:])
        return self._split

    def _on_miss(self, ctx: Any, idx: int) -> int:
        """Modifiers, then the grammar, then the chain's samplers: over the shortlist when it holds an allowed
        token, else over the whole vocabulary."""
        modifiers, samplers = self._stages()
        self._fill(ctx, idx)
        arr = self._array(self._cand)
        for m in modifiers:
            llama_cpp.llama_sampler_apply(m, ctypes.byref(arr))
        buf = self._cand
        if self.shortlist < self.n_vocab:
            top = np.argpartition(self._cand["logit"], -self.shortlist)[-self.shortlist:]
            self._short[:] = self._cand[top]
            short = self._array(self._short)
            llama_cpp.llama_sampler_apply(self.grammar, ctypes.byref(short))
            if np.isfinite(self._short["logit"]).any():
                buf, arr = self._short, short
        if buf is self._cand:
            self.full_misses += 1
            llama_cpp.llama_sampler_apply(self.grammar, ctypes.byref(arr))
        for m in samplers:
            llama_cpp.llama_sampler_apply(m, ctypes.byref(arr))
        return int(buf[arr.selected]["id"])

    def _allowed(self, token: int) -> bool:
        self._one[0] = (token, 1.0, 0.0)
        arr = self._array(self._one)
        llama_cpp.llama_sampler_apply(self.grammar, ctypes.byref(arr))
        return bool(np.isfinite(self._one[0]["logit"]))

    def sample(self, ctx: Any, idx: int = -1) -> int:
        """The next token at logits row ``idx``; the chain and the grammar both accept it."""
        self._fill(ctx, idx)
        token = self._pick(self._cand, self._array(self._cand))
        if self._allowed(token):
            self.hits += 1
        else:
            self.misses += 1
            token = self._on_miss(ctx, idx)
        llama_cpp.llama_sampler_accept(self.grammar, token)
        llama_cpp.llama_sampler_accept(self.chain.sampler, token)
        return token

    def close(self) -> None:
        """Free the grammar sampler (the chain frees itself)."""
        if getattr(self, "grammar", None) is not None:
            self._free(self.grammar)
            self.grammar = None

    def __del__(self) -> None:
        self.close()


class GrammarOnMissLlama(Llama):
    """``llama_cpp.Llama`` whose grammar-constrained sampling checks the grammar only on a miss."""

    #: the sampler of the latest grammar-constrained call (None before one)
    last_sampler: GrammarOnMissSampler | None = None
    #: how many of the most likely tokens a miss checks before the whole vocabulary
    shortlist: int = 1024

    def _init_sampler(self, *args: Any, **kwargs: Any) -> Any:  # noqa: D401 - llama-cpp-python's hook
        grammar = kwargs.get("grammar")
        if grammar is None or args:
            return super()._init_sampler(*args, **kwargs)
        chain = super()._init_sampler(**{**kwargs, "grammar": None})
        gsampler = llama_cpp.llama_sampler_init_grammar(
            self._model.vocab, grammar._grammar.encode("utf-8"), grammar._root.encode("utf-8"))
        if not gsampler:
            chain.close()
            raise ValueError("llama.cpp could not parse the grammar")
        self.last_sampler = GrammarOnMissSampler(chain, gsampler, self._n_vocab, self.shortlist)
        return self.last_sampler
