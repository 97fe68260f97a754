"""Evidence from the training data: co-occurrence neighbours and popularity.

These are facts about the data the model learned from ("bought by 312
people who also bought your X"; "the 4th most bought item"), not
attributions of the model's score, and the notes say so. They apply to any
model. For a cold-start user (empty history) popularity is what a
recommendation really comes from, and :class:`PopularityExplainer` is the
method to use (other methods fall back to it with ``fallback=True``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import scipy.sparse as sp

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_int
from whyrec.explain.base import Explainer, Findings, Target
from whyrec.explain.evidence import Neighbour, Popularity
from whyrec.models.base import Recommender


class _TrainingDataExplainer(Explainer):
    """Shared part: the training interaction matrix and item popularity, computed once per explainer."""

    def _training(self) -> tuple[sp.csc_matrix, sp.csr_matrix, np.ndarray]:
        cached = self.__dict__.get("_train_cache")
        if cached is None:
            train = self.model.history_
            csr = train.csr()
            counts = np.bincount(train.items, minlength=train.n_items)
            excluded = sorted(self.__dict__.get("_excluded_rows", ()))
            if excluded:  # erased users count in no co-occurrence or popularity figure
                keep = np.ones(csr.shape[0], dtype=np.float32)
                keep[excluded] = 0.0
                csr = sp.csr_matrix(sp.diags(keep) @ csr)
                csr.eliminate_zeros()
                gone = np.concatenate([train[r] for r in excluded])
                counts = counts - np.bincount(gone.astype(np.int64), minlength=train.n_items)
            cached = (csr.tocsc(), csr, counts)
            self._train_cache = cached
        return cached

    def exclude_users(self, rows: Iterable[int]) -> None:
        """Leave the training rows ``rows`` (internal user indices: erased users) out of every count from now
        on: co-occurrence, popularity and user neighbours."""
        ex = set(self.__dict__.get("_excluded_rows", set()))
        new = {int(r) for r in rows} - ex
        if new:
            self._excluded_rows = ex | new
            self.__dict__.pop("_train_cache", None)

    def _popularity(self, i: int) -> Popularity:
        _, _, counts = self._training()
        return Popularity(
            count=int(counts[i]), rank_in_catalogue=int(1 + (counts > counts[i]).sum()), n_items=len(counts)
        )

    def _popularity_alignment(self, target: Target) -> float:
        """Spearman correlation between the user's scores and item popularity (1 = pure popularity ranking)."""
        from scipy.stats import spearmanr

        _, _, counts = self._training()
        row = np.nan_to_num(target.row.astype(np.float64), neginf=-1e30, posinf=1e30)
        if np.ptp(row) == 0 or np.ptp(counts) == 0:
            return 0.0
        return float(spearmanr(row, counts).statistic)


class PopularityExplainer(_TrainingDataExplainer):
    """The item's training popularity: a Popularity record, and how far the user's scores follow popularity."""

    method = "popularity"
    preference = 60

    def _explain(self, target: Target) -> Findings:
        corr = self._popularity_alignment(target)
        pop = self._popularity(target.i)
        notes = [
            f"the item has {pop.count} training interactions (rank {pop.rank_in_catalogue} of {pop.n_items} items); "
            f"the model's scores for this user have Spearman correlation {corr:.2f} with item popularity"
        ]
        if target.rescorer.size == 0:
            notes.append(
                f"user {target.user!r} has no history: the recommendation comes from what the model learned for "
                "everybody, which for history-based models is the items' popularity"
            )
        return Findings(evidence=[pop], faithfulness={"popularity_correlation": corr}, notes=notes)


class CooccurrenceExplainer(_TrainingDataExplainer):
    """Neighbour records: how many training users interacted with both the item and each history item.

    ``n_neighbours`` history items with the most co-occurrences are reported
    (cosine similarity of the binary item columns beside the count);
    ``n_user_neighbours`` > 0 also reports the users most similar to this one
    (cosine of their histories) who interacted with the item. A Popularity
    record is always added.
    """

    method = "cooccurrence"
    preference = 70

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        n_neighbours: int = 5,
        n_user_neighbours: int = 0,
        fallback: bool = False,
    ) -> None:
        self.n_neighbours = check_int("n_neighbours", n_neighbours, 1)
        self.n_user_neighbours = check_int("n_user_neighbours", n_user_neighbours, 0)
        super().__init__(model, dataset, histories, fallback=fallback)

    def _explain(self, target: Target) -> Findings:
        csc, csr, counts = self._training()
        i, h = target.i, target.history
        buyers = csc.indices[csc.indptr[i] : csc.indptr[i + 1]]
        evidence: list[Any] = []
        if len(h) and len(buyers):
            both = np.asarray(csr[buyers][:, h].sum(axis=0)).ravel().astype(np.int64)
            users_per_item = np.diff(csc.indptr)
            denom = np.sqrt(users_per_item[h].astype(np.float64) * users_per_item[i])
            sim = np.divide(both, denom, out=np.zeros(len(h)), where=denom > 0)
            order = np.lexsort((-sim, -both))
            for j in order[: self.n_neighbours]:
                if both[j] == 0:
                    break
                item = int(h[j])
                evidence.append(
                    Neighbour(
                        item=str(self.model.item_ids_[item]),
                        similarity=float(sim[j]),
                        count=int(both[j]),
                        title=self.title(item),
                    )
                )
        if self.n_user_neighbours and len(h) and len(buyers):
            others = buyers if target.u is None else buyers[buyers != target.u]
            if len(others):
                shared = np.asarray(csr[others][:, h].sum(axis=1)).ravel().astype(np.int64)
                lens = np.diff(csr.indptr)[others].astype(np.float64)
                sim = shared / np.sqrt(np.maximum(lens * len(h), 1.0))
                order = np.lexsort((-shared, -sim))
                for r in order[: self.n_user_neighbours]:
                    if shared[r] == 0:
                        break
                    evidence.append(
                        Neighbour(
                            user=str(self.model.user_ids_[others[r]]), similarity=float(sim[r]), count=int(shared[r])
                        )
                    )
        evidence.append(self._popularity(i))
        notes = [
            "co-occurrence counts in the training data (users who interacted with both items); data evidence, "
            "not an attribution of the model's score"
        ]
        if len(h) == 0:
            notes.append(f"user {target.user!r} has no history: only popularity can explain the recommendation")
        n_items = sum(1 for e in evidence if isinstance(e, Neighbour) and e.item is not None)
        return Findings(
            evidence=evidence,
            faithfulness={"popularity_correlation": self._popularity_alignment(target), "history_neighbours": n_items},
            notes=notes,
        )
