"""How an explanation is chosen and shown in the terminal (explain and demo share it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.table import Table

from whyrec.errors import WhyrecError


def narrate_one(expl: Any, dataset: Any, llm: str = "local", lang: str = "en") -> Any:
    """A fact-checked Narration of ``expl`` by the backend ``llm`` (the template when the LLM cannot)."""
    from whyrec.errors import check_choice
    from whyrec.narrate.base import Narrator
    from whyrec.narrate.facts import LANGS

    check_choice("--lang", lang, LANGS)
    key = (llm, id(dataset))
    if key not in _NARRATORS:  # one narrator (model load, catalogue index, cache) per backend and dataset
        _NARRATORS[key] = Narrator.for_dataset(llm, dataset)
    return _NARRATORS[key].narrate(expl, lang, dataset)


_NARRATORS: dict[tuple[str, int], Any] = {}


DEMO_PARAMS: dict[str, dict[str, Any]] = {
    # bounded so that `make demo` finishes in about two minutes on a 2-core CPU
    "sasrec": {
        "epochs": 20,
        "embedding_dim": 48,
        "max_len": 20,
        "batch_size": 128,
        "patience": 3,
        "dropout": 0.2,
        "max_seconds": 90.0,
    },
    "bpr": {"epochs": 60},
}


# ---------------------------------------------------------------- explanations (explain, demo)
def _check_id(run: Any, kind: str, value: str) -> None:
    """A one-line error naming the option, the bad id and the fix when ``value`` is not a user / item of the run."""
    ids = run.model.user_ids_ if kind == "user" else run.model.item_ids_
    known = run.__dict__.setdefault(f"_{kind}_set", {str(x) for x in ids})
    if str(value) not in known:
        raise WhyrecError(
            f"--{kind} {value!r} is not a {kind} of the model in {run.path} ({len(ids)} {kind}s are known, e.g. "
            f"{str(ids[0])!r}). Fix: pass a {kind} id of the data it was trained on"
            + (f" (see 'whyrec recommend {run.path} --user {ids[0]}')" if kind == "item" else "")
        )


def default_method(model: Any) -> str:
    """The explain command's default: :func:`whyrec.explain.default_method` on the ``"best"`` budget."""
    from whyrec.explain import default_method as policy

    return policy(model, "best")


def _check_method(model: Any, method: str) -> str:
    from whyrec.explain import EXPLAINERS, explainer_class, methods_for

    key = str(method).lower().replace("-", "_")
    usable = methods_for(model)
    if key not in EXPLAINERS:
        raise WhyrecError(f"--method {method!r} is not a method. Fix: use one of {', '.join(usable)}")
    reason = explainer_class(key).unsupported_reason(model)
    if reason is not None:
        raise WhyrecError(
            f"--method {method!r} cannot explain {type(model).__name__}: {reason}. Fix: use one of {', '.join(usable)}"
        )
    return key


def explain_pair(run: Any, user: str, item: str, method: str | None = None) -> Any:
    """The Explanation of (``user``, ``item``) by ``method`` (default: :func:`default_method`) for an opened run."""
    from whyrec.explain import make_explainer

    _check_id(run, "user", user)
    _check_id(run, "item", item)
    key = _check_method(run.model, method) if method else default_method(run.model)
    return make_explainer(key, run.model, run.train, run.histories).explain(user, item)


def plot_explanation(run: Any, expl: Any, path: Path) -> Path:
    """Draw an explanation: its attention heat-map for the attention method, else its evidence bars."""
    from whyrec import viz

    if "attention" in expl.extras:
        from whyrec.explain.attention import heatmap_arguments

        attention, labels = heatmap_arguments(expl)
        viz.attention_heatmap(attention, labels, out=path)
    else:
        viz.evidence_bars(expl, titles=run.titles, out=path)
    return Path(path)


def _weight(w: float) -> str:
    return f"{w:+.3g}"


def _stepped(expl: Any) -> bool:
    """True when the explanation's history items carry a removal ``step`` (the deletion path)."""
    return any(getattr(e, "step", None) is not None for e in expl.evidence if e.kind == "history_item")


def _weight_cell(e: Any) -> str:
    """A record's weight, marked ``(interaction)`` when its sign is the opposite of its own removal effect."""
    return _weight(e.weight) + (" (interaction)" if getattr(e, "interaction", False) else "")


def _evidence_rows(expl: Any, titles: dict[str, str], top: int = 10) -> list[tuple[str, str, str, str]]:
    """(kind, what, weight, alone) rows of an explanation's evidence: weighted records, then the others.

    Weighted records come by |weight|, except the history items of a removal
    path (records with ``step``), which come in step order as "step N: ...".
    ``alone`` is a history item's ``removal_effect`` (the score lost when only
    it is removed), "" where not measured; interaction items are marked in
    the weight cell.
    """
    from whyrec.explain import Counterfactual, Feature, HistoryItem, Neighbour, Popularity

    def name(item: str, title: str | None = None) -> str:
        return f"{title or titles.get(item) or item} ({item})"

    weighted = sorted((e for e in expl.evidence if isinstance(e, (HistoryItem, Feature))), key=lambda e: -abs(e.weight))
    stepped = _stepped(expl)
    if stepped:  # the path's order: its weights depend on it
        hist = [e for e in weighted if isinstance(e, HistoryItem)]
        hist.sort(key=lambda e: (e.step is None, e.step or 0))
        weighted = hist + [e for e in weighted if not isinstance(e, HistoryItem)]
    rows = []
    for e in weighted[:top]:
        if isinstance(e, HistoryItem):
            step = f"step {e.step}: " if e.step is not None else ""
            alone = "" if e.removal_effect is None else _weight(e.removal_effect)
            rows.append(("history item", step + name(e.item, e.title), _weight_cell(e), alone))
        else:
            inside = " (part of the history items' weights)" if e.part_of else ""
            rows.append(("feature", f"{e.field} = {e.value}{inside}", _weight(e.weight), ""))
    if len(weighted) > top:
        rest = sum(e.weight for e in weighted[top:])
        what = "later steps and smaller contributions" if stepped else "smaller contributions"
        rows.append(("", f"{len(weighted) - top} {what}", _weight(rest), ""))
    for e in expl.evidence:
        if isinstance(e, Counterfactual):
            # (mypy types the [None] list after e.titles: list[str])
            removed = ", ".join(
                name(r, t) for r, t in zip(e.removed, e.titles or [None] * len(e.removed), strict=True)  # type: ignore[list-item]
            )
            moved = "enter" if e.mode == "why_not" else "leave"
            check = "verified by re-scoring" if e.verified else "NOT verified"
            what = f"without {removed} it would {moved} the top-{e.k} (rank {e.new_rank}); {check}"
            rows.append(("counterfactual", what, "", ""))
        elif isinstance(e, Neighbour):
            who = f"user {e.user}" if e.user is not None else name(str(e.item), e.title)
            unit = "shared items with" if e.user is not None else "users bought both it and"
            rows.append(("co-occurrence", f"{e.count} {unit} {who}", f"cos {e.similarity:.2f}", ""))
        elif isinstance(e, Popularity):
            of = f" of {e.n_items}" if e.n_items else ""
            rows.append(("popularity", f"{e.count} training interactions, #{e.rank_in_catalogue}{of}", "", ""))
        elif not isinstance(e, (HistoryItem, Feature)):  # any other kind (e.g. content similarity): its fields
            d = {k: v for k, v in e.to_dict().items() if k != "kind" and v not in (None, [], "")}
            item = d.pop("item", None)
            what = ", ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in d.items())
            rows.append((e.kind, (name(str(item)) + ": " if item is not None else "") + what, "", ""))
    return rows


def _columns_legend(expl: Any, alone: bool) -> str:
    """What the table's "weight" (and "alone") numbers are for this explanation's method; "" without weights."""
    if not any(e.kind in ("history_item", "feature") for e in expl.evidence):
        return ""
    if _stepped(expl):
        legend = "weight = score lost at its step of the removal path, after earlier steps"
    else:
        legend = f"weight = {expl.method}'s attribution"
    return legend + ("; alone = score lost if only this item is removed" if alone else "")


def render_explanation(expl: Any, titles: dict[str, str]) -> Table:
    """One explanation as a Rich table: heading, one row per evidence record, the method's notes as caption.

    An "alone" column (each history item's own removal effect) is shown when
    measured; the caption starts with what the "weight" and "alone" numbers are.
    """
    rank = f"rank {expl.rank}" if expl.rank is not None else "in the user's history"
    alone = any(getattr(e, "removal_effect", None) is not None for e in expl.evidence if e.kind == "history_item")
    legend = _columns_legend(expl, alone)
    t = Table(
        title=f"why {titles.get(expl.item, expl.item)} ({expl.item}) for user {expl.user}?\n"
        f"method {expl.method}; score {expl.score:.4g}, {rank}; {expl.ms:.0f} ms",
        caption="\n".join(([legend] if legend else []) + list(expl.notes)),
        caption_justify="left",
    )
    t.add_column("evidence")
    t.add_column("what")
    t.add_column("weight", justify="right")
    if alone:
        t.add_column("alone", justify="right")
    for row in _evidence_rows(expl, titles):
        t.add_row(*(row if alone else row[:3]))
    return t


def evidence_line(expl: Any, n: int = 2, width: int = 28) -> str:
    """A short reading of an explanation's top evidence, e.g. ``Trail Bottle +0.41; Yoga Mat +0.12 (interaction)``."""
    from whyrec.explain import Counterfactual, Feature, HistoryItem, Popularity
    from whyrec.viz import shorten

    top = [
        e
        for e in sorted(expl.evidence, key=lambda e: -getattr(e, "weight", 0.0))
        if isinstance(e, (HistoryItem, Feature)) and getattr(e, "part_of", None) is None and e.weight > 0
    ][:n]
    parts = [  # an interaction item is not plain positive evidence: marked as such
        f"{shorten(e.title or e.item if isinstance(e, HistoryItem) else f'{e.field}={e.value}', width)} "
        f"{_weight_cell(e)}"
        for e in top
    ]
    if not parts:
        for e in expl.evidence:
            if isinstance(e, Counterfactual):
                parts.append("without " + ", ".join(shorten(t, width) for t in (e.titles or e.removed)))
            elif isinstance(e, Popularity):
                parts.append(f"popular: #{e.rank_in_catalogue} of {e.n_items}")
    return "; ".join(parts)
