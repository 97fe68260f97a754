"""Approximate top-N retrieval for large catalogues, exact re-scoring after.

For a model whose score is an inner product (``dot_product``: BPR-MF, LightGCN, the sequence models, the content
model; :class:`~whyrec.models.capabilities.DotProduct`), :class:`AnnIndex` keeps the item vectors in a FAISS
inverted-file index and answers :meth:`AnnIndex.recommend` as :meth:`~whyrec.models.base.Recommender.recommend`
does: the index proposes ``candidates`` items per user (more when the user's history or ``exclude`` will remove
some), the model scores them exactly (``score_candidates``), seen and excluded items are removed and the best
``k`` returned. An explanation is then computed on that final list like on any other.

Inner-product search becomes nearest-neighbour search by one extra coordinate (Bachrach et al., RecSys 2014): an
item vector ``v`` is stored as ``[v, sqrt(M^2 - |v|^2)]``, ``M`` the largest item norm, and a query ``q`` asked
as ``[q, 0]``, so the L2 order is the inner-product order. :class:`VectorIndex` does that for any vectors:
``n_lists`` inverted lists (default ``4 sqrt(n)``; below 4,096 items one list, and
:class:`AnnIndex` then ranks exactly) are trained by k-means on a
sample, and ``n_probe``, the lists searched per query, is calibrated when the index is built: the smallest on a
grid whose recall of the exact top-10 reaches ``target_recall`` on a sample of queries (for :class:`AnnIndex`,
the model's own training users, ranked with their histories masked, as :meth:`AnnIndex.recommend` ranks).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from whyrec.data.dataset import Histories
from whyrec.errors import WhyrecError, check_float, check_int
from whyrec.extras import require
from whyrec.models.base import Recommender, file_sha256, mask_histories, top_k
from whyrec.models.capabilities import has

__all__ = ["AnnIndex", "VectorIndex", "default_lists", "recall_at"]

#: catalogues smaller than this get one exact list (an inverted file saves nothing there)
EXACT_BELOW = 4096
#: the ``n_probe`` values tried by the calibration, smallest first (then up to ``n_lists``)
PROBE_GRID = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048)
INDEX_FILE, META_FILE = "ann.faiss", "ann.json"


def default_lists(n_items: int) -> int:
    """The default number of inverted lists for ``n_items`` vectors: 1 below :data:`EXACT_BELOW`, else about
    ``4 sqrt(n_items)``."""
    return 1 if n_items < EXACT_BELOW else int(round(4 * np.sqrt(n_items)))


def recall_at(found: np.ndarray, exact: np.ndarray) -> float:
    """Mean share of each row of ``exact`` (item ids or indices, one row per query) present in that row of
    ``found``."""
    if len(exact) == 0:
        return 1.0
    return float(np.mean([len(set(f.tolist()) & set(e.tolist())) / max(1, len(e)) for f, e in zip(found, exact,
                                                                                            strict=True)]))


class VectorIndex:
    """Maximum-inner-product search over ``items`` (``n x d``) by a FAISS inverted file (see the module docstring).

    ``n_lists`` None: :func:`default_lists`; ``seed`` fixes the k-means sample and start. :meth:`search` returns
    the internal indices of the best ``n`` items per query (``-1`` where the probed lists hold fewer)."""

    def __init__(self, items: np.ndarray, *, n_lists: int | None = None, seed: int = 0) -> None:
        faiss = require("faiss", "scale")
        v = np.ascontiguousarray(items, dtype=np.float32)
        if v.ndim != 2 or len(v) == 0:
            raise ValueError(f"items must be a non-empty 2-d array of vectors; got shape {v.shape}")
        n, d = v.shape
        self.n_lists = default_lists(n) if n_lists is None else check_int("n_lists", n_lists, 1, n)
        norms2 = np.einsum("nd,nd->n", v, v, dtype=np.float64)
        extra = np.sqrt(np.maximum(norms2.max() - norms2, 0.0)).astype(np.float32)
        x = np.ascontiguousarray(np.hstack([v, extra[:, None]]))
        if self.n_lists == 1:
            self.index = faiss.IndexFlatL2(d + 1)
        else:
            quantizer = faiss.IndexFlatL2(d + 1)
            self.index = faiss.IndexIVFFlat(quantizer, d + 1, self.n_lists, faiss.METRIC_L2)
            self.index.cp.seed = seed
            self.index.cp.min_points_per_centroid = 1  # a small catalogue with many lists: no warning, it is asked
            self.index.cp.max_points_per_centroid = 1 << 30  # the sample below is the training set
            rng = np.random.default_rng(seed)
            sample = x[np.sort(rng.choice(n, size=min(n, 64 * self.n_lists), replace=False))]
            self.index.train(sample)
        self.index.add(x)
        self._quantizer = None if self.n_lists == 1 else quantizer  # kept alive with the index
        self.n_items, self.dim = n, d
        self.n_probe = 1

    @classmethod
    def _wrap(cls, index: Any, n_probe: int) -> VectorIndex:
        out = cls.__new__(cls)
        out.index, out._quantizer = index, None
        out.n_lists = int(getattr(index, "nlist", 1))
        out.n_items, out.dim = int(index.ntotal), int(index.d) - 1
        out.n_probe = n_probe
        return out

    def search(self, queries: np.ndarray, n: int) -> np.ndarray:
        """The internal indices ``(len(queries), n)`` of the ``n`` items of largest inner product found in the
        ``n_probe`` nearest lists of each query, best first; ``-1`` past what those lists hold."""
        q = np.asarray(queries, dtype=np.float32)
        if q.ndim != 2 or q.shape[1] != self.dim:
            raise ValueError(f"queries must be (m, {self.dim}); got shape {q.shape}")
        n = min(int(n), self.n_items)
        if self.n_lists > 1:
            self.index.nprobe = min(self.n_probe, self.n_lists)
        x = np.ascontiguousarray(np.hstack([q, np.zeros((len(q), 1), dtype=np.float32)]))
        return self.index.search(x, n)[1]

    def calibrate(self, recall: Callable[[], float], target_recall: float) -> float:
        """Set ``n_probe`` to the smallest grid value whose ``recall()`` (measured with ``n_probe`` set) reaches
        ``target_recall``; returns that recall (1.0 for an exact index)."""
        if self.n_lists == 1:
            return 1.0
        grid = [p for p in PROBE_GRID if p < self.n_lists] + [self.n_lists]
        got = 0.0
        for p in grid:
            self.n_probe = p
            got = recall()
            if got >= target_recall:
                break
        return got


def exact_top(items: np.ndarray, queries: np.ndarray, k: int, block: int = 256) -> np.ndarray:
    """The exact top-``k`` item indices by inner product for each query (brute force, in blocks)."""
    v = np.asarray(items, dtype=np.float32)
    out = np.empty((len(queries), k), dtype=np.int64)
    for s in range(0, len(queries), block):
        out[s : s + block] = top_k(np.asarray(queries[s : s + block], dtype=np.float32) @ v.T, k)
    return out


class AnnIndex:
    """Approximate recommendation for a fitted ``dot_product`` model (see the module docstring).

    ``candidates``: items proposed per user before masking (at least ``k``); ``target_recall``: the recall of the
    exact top-10 that ``n_probe`` is calibrated to reach on ``calibration_users`` training users (``n_probe``
    given: no calibration); ``n_lists`` and ``seed`` as for :class:`VectorIndex`.

    >>> AnnIndex(BPRMF().fit(train)).recommend("U00001", k=10)  # doctest: +SKIP
    """

    def __init__(self, model: Recommender, *, n_lists: int | None = None, n_probe: int | None = None,
                 candidates: int = 100, target_recall: float = 0.995, calibration_users: int = 256,
                 seed: int = 0) -> None:
        if not isinstance(model, Recommender):
            raise TypeError(f"model must be a fitted whyrec Recommender; got {type(model).__name__}")
        model._check_fitted()
        if not has(model, "dot_product"):
            raise WhyrecError(
                f"{type(model).__name__} does not score by an inner product, so an approximate index cannot "
                "propose its candidates. Fix: use a dot-product model (bpr, lightgcn, sasrec, bert4rec, gru4rec, "
                "caser, content) or recommend exactly"
            )
        self.model = model
        self.candidates = check_int("candidates", candidates, 1, None)
        self.target_recall = check_float("target_recall", target_recall, 0.0, 1.0)
        self.seed = seed
        self.vectors = VectorIndex(model.retrieval_vectors(), n_lists=n_lists, seed=seed)  # type: ignore[attr-defined]
        if n_probe is not None:
            self.vectors.n_probe = check_int("n_probe", n_probe, 1, self.vectors.n_lists)
            self.calibration_recall: float | None = None
        else:
            self.calibration_recall = self._calibrate(check_int("calibration_users", calibration_users, 1, None))

    @property
    def n_probe(self) -> int:
        """Inverted lists searched per query."""
        return self.vectors.n_probe

    def _calibrate(self, n_users: int) -> float:
        if self.vectors.n_lists == 1:
            return 1.0
        m = self.model
        rng = np.random.default_rng(self.seed)
        users = m.user_ids_[np.sort(rng.choice(m.n_users_, size=min(n_users, m.n_users_), replace=False))]
        k = min(10, m.n_items_)
        exact = m.recommend(list(users), k=k)[0]
        u = m._user_index(list(users))
        excl = np.zeros(0, dtype=np.int64)

        def recall() -> float:  # the index alone: no exact ranking of a user whose probed lists held too few
            top = np.vstack([self._block(u[s : s + 1024], m.history_, k, True, excl, fallback=False)[0]
                             for s in range(0, len(u), 1024)])
            return recall_at(m.item_ids_[top], exact)

        return self.vectors.calibrate(recall, self.target_recall)

    # ------------------------------------------------------------ recommending
    def recommend(self, users: Any, k: int = 10, *, filter_seen: bool = True, exclude: Sequence[str] | None = None,
                  histories: Histories | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` ``(item_ids, scores)`` like :meth:`Recommender.recommend` (1-d for one user, 2-d for many),
        from the index's candidates scored exactly by the model."""
        m = self.model
        if self.vectors.n_lists == 1:  # one exact list: the candidates would be every item, as in exact ranking
            return m.recommend(users, k, filter_seen=filter_seen, exclude=exclude, histories=histories)
        check_int("k", k, 1, m.n_items_)
        single = isinstance(users, (str, int, np.integer))
        u = m._user_index(users)
        hist = m.history_ if histories is None else histories
        excl = m._item_index(exclude) if exclude is not None and len(exclude) else np.zeros(0, dtype=np.int64)
        ids = np.empty((len(u), k), dtype=object)
        scores = np.empty((len(u), k), dtype=np.float32)
        for start in range(0, len(u), 1024):
            block = u[start : start + 1024]
            top, s = self._block(block, hist, k, filter_seen, excl)
            ids[start : start + len(block)] = m.item_ids_[top]
            scores[start : start + len(block)] = s
        if single:
            return ids[0], scores[0]
        return ids, scores

    def _block(self, block: np.ndarray, hist: Histories, k: int, filter_seen: bool, excl: np.ndarray, *,
               fallback: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """Internal top-``k`` items and their scores for the internal users of ``block`` (``fallback``: a user
        left with fewer than ``k`` usable candidates is ranked exactly)."""
        m = self.model
        n_items = m.n_items_
        lens = hist.indptr[block + 1] - hist.indptr[block]
        extra = int(lens.max(initial=0)) if filter_seen else 0
        n = min(n_items, max(self.candidates, k) + extra + len(excl))
        queries = m.query_vectors(block, hist)  # type: ignore[attr-defined]
        cand = self.vectors.search(queries, n)
        rows, seen = hist.entries(block)
        if not filter_seen:  # the history's items may carry a model-specific term: score them too
            cand = np.hstack([cand, _padded(rows, seen, len(block))])
            cand = _drop_repeats(cand)
        s = m.score_candidates(block, hist, np.where(cand < 0, 0, cand), queries=queries)  # type: ignore[attr-defined]
        s = np.asarray(s, dtype=np.float32)
        s[cand < 0] = -np.inf
        if filter_seen and len(seen):
            keys = rows.astype(np.int64) * n_items + seen.astype(np.int64)
            s[np.isin(np.arange(len(block), dtype=np.int64)[:, None] * n_items + cand, keys)] = -np.inf
        if len(excl):
            s[np.isin(cand, excl)] = -np.inf
        top = top_k(s, k)
        out_items = np.take_along_axis(cand, top, axis=1)
        out_scores = np.take_along_axis(s, top, axis=1)
        short = np.flatnonzero(~np.isfinite(out_scores[:, -1]) if fallback and n < n_items else [])
        if len(short):  # the probed lists held too few usable items: rank those users exactly
            full = m.score_matrix(block[short], hist)
            if filter_seen:
                mask_histories(full, block[short], hist)
            if len(excl):
                full[:, excl] = -np.inf
            t = top_k(full, k)
            out_items[short], out_scores[short] = t, np.take_along_axis(full, t, axis=1)
        return out_items, out_scores

    # ------------------------------------------------------------ persistence
    def save(self, directory: str | Path) -> Path:
        """Write ``ann.faiss`` and ``ann.json`` into ``directory`` (the saved model's folder), tied to its
        ``weights.safetensors`` by hash."""
        faiss = require("faiss", "scale")
        d = Path(directory)
        weights = d / "weights.safetensors"
        if not weights.is_file():
            raise WhyrecError(f"{weights} not found: save the model to {d} first (index files sit beside it)")
        tmp = d / (INDEX_FILE + ".tmp")
        faiss.write_index(self.vectors.index, str(tmp))
        meta = {"n_lists": self.vectors.n_lists, "n_probe": self.n_probe, "candidates": self.candidates,
                "target_recall": self.target_recall, "calibration_recall": self.calibration_recall,
                "seed": self.seed, "weights_sha256": file_sha256(weights)}
        tmp_meta = d / (META_FILE + ".tmp")
        tmp_meta.write_text(json.dumps(meta, indent=1))
        tmp.replace(d / INDEX_FILE)
        tmp_meta.replace(d / META_FILE)
        return d

    @classmethod
    def load(cls, model: Recommender, directory: str | Path) -> AnnIndex:
        """The index written by :meth:`save` into the folder ``model`` was loaded from."""
        faiss = require("faiss", "scale")
        d = Path(directory)
        p, f = d / META_FILE, d / INDEX_FILE
        if not p.is_file() or not f.is_file():
            raise WhyrecError(f"{d} has no approximate index ({INDEX_FILE}, {META_FILE}). Fix: whyrec index {d}")
        try:
            meta = json.loads(p.read_text())
        except json.JSONDecodeError as e:
            raise WhyrecError(f"{p}: not valid JSON ({e}). Fix: whyrec index {d}") from None
        if meta.get("weights_sha256") != file_sha256(d / "weights.safetensors"):
            raise WhyrecError(f"{f} was built for other weights than {d / 'weights.safetensors'} (the model was "
                              f"saved again). Fix: whyrec index {d}")
        out = cls.__new__(cls)
        out.model = model
        out.candidates, out.target_recall = int(meta["candidates"]), float(meta["target_recall"])
        out.calibration_recall, out.seed = meta.get("calibration_recall"), int(meta.get("seed", 0))
        out.vectors = VectorIndex._wrap(faiss.read_index(str(f)), int(meta["n_probe"]))
        return out


def _padded(rows: np.ndarray, items: np.ndarray, n_rows: int) -> np.ndarray:
    """Row-grouped ``items`` (``rows`` sorted) as an ``(n_rows, longest)`` array padded with -1."""
    counts = np.bincount(rows, minlength=n_rows)
    out = np.full((n_rows, int(counts.max(initial=0))), -1, dtype=np.int64)
    if len(items):
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        cols = np.arange(len(items)) - np.repeat(starts, counts)
        out[rows, cols] = items
    return out


def _drop_repeats(cand: np.ndarray) -> np.ndarray:
    """``cand`` with every repeat of an item within a row (after its first place) set to -1."""
    order = np.argsort(cand, axis=1, kind="stable")
    srt = np.take_along_axis(cand, order, axis=1)
    rep = np.zeros_like(srt, dtype=bool)
    rep[:, 1:] = (srt[:, 1:] == srt[:, :-1]) & (srt[:, 1:] >= 0)
    out = cand.copy()
    mask = np.zeros_like(rep)
    np.put_along_axis(mask, order, rep, axis=1)
    out[mask] = -1
    return out
