"""Content explanations: "similar in description to X that you bought".

For an item recommended to a user, the history items nearest to it by text
embedding (cosine of their MiniLM vectors), each with the content words and
``field=value`` attributes the two items share, as :class:`Similar` records.

- For the content model (:class:`~whyrec.models.content.ContentModel`) the
  score *is* ``cos(profile, v_item)`` with ``profile = Σ w_h v_h / |Σ w_h v_h|``,
  so each history item's exact share ``w_h (v_h · v_item) / |Σ w_h v_h|`` is
  also given as a HistoryItem weight; the weights sum to the score (baseline 0).
- For a model with text features (DeepFM, SASRec ... fitted with
  ``text_fields``) the Similar records are facts about the items' texts, not
  an attribution of the model's score; the notes say so.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from whyrec.data.dataset import Dataset, Histories, as_list, is_missing
from whyrec.errors import ExplainError, check_int
from whyrec.explain.base import Explainer, Findings, Target
from whyrec.explain.evidence import Evidence, Similar
from whyrec.models.base import Recommender
from whyrec.models.capabilities import has


def _text_vectors(model: Recommender) -> np.ndarray | None:
    get = getattr(model, "item_text_embeddings", None)
    return None if get is None else get()


def _is_content_model(model: Recommender) -> bool:
    return has(model, "text_similarity")


class ContentExplainer(Explainer):
    """Similar records: the ``n_similar`` history items with the highest text cosine to the item (positive only).

    Shared words need the items' texts: the content model keeps them; for a
    model with text features pass the ``dataset`` (its ``text_fields`` are
    re-read from it). ``max_words`` bounds the shared words per record.
    """

    method = "content"
    preference = 25

    def __init__(
        self,
        model: Recommender,
        dataset: Dataset | None = None,
        histories: Histories | None = None,
        *,
        n_similar: int = 3,
        max_words: int = 6,
        fallback: bool = False,
    ) -> None:
        self.n_similar = check_int("n_similar", n_similar, 1)
        self.max_words = check_int("max_words", max_words, 0)
        super().__init__(model, dataset, histories, fallback=fallback)

    @classmethod
    def unsupported_reason(cls, model: Recommender) -> str | None:
        """Why the method cannot explain ``model``: it has no item text vectors."""
        if _is_content_model(model):
            return None
        if getattr(model, "text_fields", None) is None or not hasattr(model, "item_text_embeddings"):
            return (
                "it has no item text embeddings (use make_model('content'), or fit DeepFM / FM / NFM / SASRec "
                "with text_fields='auto')"
            )
        return None

    @classmethod
    def preference_for(cls, model: Recommender) -> int:
        """First for the content model (its weights are exact); after the attributions for models with text."""
        return 12 if _is_content_model(model) else cls.preference

    @classmethod
    def attributes_history_of(cls, model: Recommender) -> bool:
        """True for the content model, whose HistoryItem weights are exact."""
        return _is_content_model(model)

    # ------------------------------------------------------------ texts and attributes
    def _texts(self) -> list[str] | None:
        cached = self.__dict__.get("_texts_cache")
        if cached is None:
            texts = getattr(self.model, "texts_", None)
            if texts is None and self.dataset is not None:
                from whyrec.features.text import item_texts

                texts = item_texts(self.dataset, getattr(self.model, "text_fields", None))
            cached = self._texts_cache = (texts,)
        return cached[0]

    def _attributes(self, item: int) -> set[str]:
        ds = self.dataset
        if ds is None or ds.items is None:
            return set()
        fields = getattr(self.model, "fields_", None) or getattr(self.model, "text_fields", None)
        names = [
            f for f, spec in ds.item_fields.items()
            if spec.kind in ("categorical", "multi") and (not isinstance(fields, list) or f in fields)
        ]
        row = ds.items.iloc[int(item)]
        out: set[str] = set()
        for f in names:
            v = row[f]
            values = as_list(v) if ds.item_fields[f].kind == "multi" else ([] if is_missing(v) else [str(v)])
            out.update(f"{f}={x}" for x in values)
        return out

    # ------------------------------------------------------------ the method
    def _explain(self, target: Target) -> Findings:
        from whyrec.features.text import shared_words

        vectors = _text_vectors(self.model)
        if vectors is None:  # pragma: no cover - unsupported_reason rules this out
            raise ExplainError(f"{type(self.model).__name__} has no item text vectors")
        h = target.history
        evidence: list[Evidence] = []
        notes: list[str] = []
        faith: dict[str, Any] = {}
        baseline = None
        if len(h) == 0:
            notes.append(f"user {target.user!r} has no history, so no history item can be similar to the item")
        v_i = vectors[target.i].astype(np.float64)
        cos = vectors[h].astype(np.float64) @ v_i  # unit vectors (or zero for items without text)
        texts = self._texts()
        if _is_content_model(self.model) and len(h):
            weights = self._content_weights(target, vectors)
            evidence.extend(self.history_records(target, weights))
            baseline = 0.0
            faith["completeness_error"] = abs(float(weights.sum()) - target.score)
            notes.append(
                "exact decomposition of the content model's score cos(profile, item): each history item's weighted "
                "text vector dotted with the item's, over the profile's length; the weights sum to the score"
            )
        else:
            notes.append(
                "cosine similarity of the items' text embeddings (MiniLM): a fact about the texts, not an "
                f"attribution of {type(self.model).__name__}'s score"
            )
        target_attrs = self._attributes(target.i)
        order = np.argsort(-cos, kind="stable")
        for j in order[: self.n_similar]:
            if cos[j] <= 0:
                break
            item = int(h[j])
            shared = shared_words(texts[target.i], texts[item], self.max_words) if texts is not None else []
            attrs = sorted(target_attrs & self._attributes(item))
            evidence.append(
                Similar(
                    item=str(self.model.item_ids_[item]),
                    cosine=float(cos[j]),
                    shared_words=shared,
                    attributes=attrs,
                    title=self.title(item),
                )
            )
        if texts is None:
            notes.append("shared words need the items' texts: pass the dataset to the explainer")
        faith["max_cosine"] = float(cos.max()) if len(cos) else 0.0
        return Findings(evidence=evidence, faithfulness=faith, baseline_score=baseline, notes=notes)

    def _content_weights(self, target: Target, vectors: np.ndarray) -> np.ndarray:
        """Exact per-distinct-history-item shares of the content model's score."""
        seq = target.rescorer.raw
        w_pos = self.model.history_weights(seq)  # type: ignore[attr-defined]
        items = target.history
        col = {int(x): j for j, x in enumerate(items)}
        w = np.zeros(len(items))
        for x, wt in zip(seq, w_pos, strict=True):
            w[col[int(x)]] += wt
        v = vectors.astype(np.float64)
        norm = float(np.linalg.norm(w @ v[items]))
        if norm == 0:
            return np.zeros(len(items))
        return w * (v[items] @ v[target.i]) / norm
