"""Role-bound phrases: the one sentence language that the LLM grammar, the template and the closed-world check share.

A reason is built from phrases in which every name and number is already
bound to its role: a co-purchase count appears only in the phrase that names
its own pair, a rank only in the popularity or counterfactual phrase it
belongs to, "most bought" only when the rank is 1, the event verb follows the
data (``bought`` or ``rated``), and the recommended item is never the object
of the shopper's verb. :func:`sentence_language` turns a
:class:`~whyrec.narrate.facts.Facts` record into a small regular language:

    (LEAD ", " MAIN | MAIN CITE) EXTRA{0,2} END

where LEAD or CITE names the strongest evidence (the counterfactual's items,
the top history item, the top co-purchased item, the most similar item, the
top feature, or the popularity figure, in that order), MAIN names the
recommended item, and EXTRA are phrases of other evidence kinds (each kind at
most once). The same :class:`Lang` object renders

- a GBNF grammar (:meth:`Lang.gbnf`): the LLM chooses the phrases, their
  order and wording token by token and cannot write anything else;
- an acceptor (:meth:`Lang.accepts`): the closed-world check accepts a
  sentence only when it is a sentence of this language, so every shown text
  is made of phrases whose facts were verified when the phrase was built;
- seeded walks (:meth:`Lang.walk`): the template backend.

Catalogue text enters the language only as names and quoted values, and never
when it is hostile (:func:`whyrec.narrate.factcheck.untrusted.hostile`): an
item with a hostile title is named by its ``item <id>`` label
(:attr:`~whyrec.narrate.facts.ItemFacts.name`), and a hostile feature or shared
word is not cited.
"""

from __future__ import annotations

import functools
import json
import random
from dataclasses import dataclass, field
from typing import Any

from whyrec.errors import check_choice
from whyrec.narrate.facts import LANGS, VERBS, Facts, ItemFacts

__all__ = ["POPULAR_MAX_RANK", "ZH_CATEGORY", "Lang", "is_popular", "sentence_language", "strongest"]

#: a rank up to this (1 = most bought) may be called popular
POPULAR_MAX_RANK = 20

ZH_CATEGORY: dict[str, str] = {
    "Smartphone": "智能手机", "Phone Case": "手机壳", "Screen Protector": "屏幕保护膜", "Charger": "充电器",
    "Headphones": "耳机", "Camera": "相机", "Memory Card": "存储卡", "Tripod": "三脚架", "Shampoo": "洗发水",
    "Conditioner": "护发素", "Face Cream": "面霜", "Sunscreen": "防晒霜", "Coffee Maker": "咖啡机",
    "Coffee Beans": "咖啡豆", "Kettle": "电水壶", "Tea": "茶叶", "Running Shoes": "跑鞋", "Running Socks": "跑步袜",
    "Yoga Mat": "瑜伽垫", "Water Bottle": "运动水杯", "Novel": "小说", "Cookbook": "食谱", "Travel Guide": "旅行指南",
}
"""Chinese names of the sample shop's categories (the template writes them; the checker reads them)."""


def is_popular(rank: int, n_items: int | None = None) -> bool:
    """Whether an item at catalogue ``rank`` (1 = most bought) may be called popular: the top 20, or the top 2%."""
    limit = POPULAR_MAX_RANK if n_items is None else max(POPULAR_MAX_RANK, int(0.02 * n_items))
    return 1 <= int(rank) <= limit


# ---------------------------------------------------------------- the language as a tiny tree
@dataclass(frozen=True)
class Node:
    """A node of the sentence language: a literal (``lit``), a sequence or an alternative of children."""

    op: str  # "lit" | "seq" | "alt"
    lit: str = ""
    kids: tuple[Node, ...] = ()
    name: str | None = None  # a named node becomes its own GBNF rule


def lit(s: str) -> Node:
    """A literal."""
    return Node("lit", lit=s)


def seq(*kids: Node) -> Node:
    """The children one after another."""
    return Node("seq", kids=tuple(kids))


def alt(kids: list[Node] | tuple[Node, ...], name: str | None = None) -> Node:
    """One of the children (deduplicated, order kept)."""
    seen: list[Node] = []
    for k in kids:
        if k not in seen:
            seen.append(k)
    return Node("alt", kids=tuple(seen), name=name)


def _gbnf_lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class Lang:
    """A finite sentence language (see the module docstring) with its three renderings."""

    root: Node
    lang: str
    strongest: str
    kinds: list[str] = field(default_factory=list)
    #: placeholder (``<1>`` the recommended item, ``<2>``... the evidence items) -> the quoted name it stands for
    names: dict[str, str] = field(default_factory=dict)

    def expand(self, text: str) -> str:
        """``text`` with every item placeholder replaced by the item's quoted name."""
        for ph, name in self.names.items():
            text = text.replace(ph, name)
        return text

    def gbnf(self) -> str:
        """The language as a llama.cpp GBNF grammar (``root`` rule first), items written as placeholders (``<1>``
        for the recommended item, ``<2>``... for the evidence items, as the prompt's data block labels them): a
        model writes a few tokens per name instead of copying each title; :meth:`expand` puts the names in."""
        rules: dict[str, str] = {}

        def render(n: Node) -> str:
            if n.op == "lit":
                return _gbnf_lit(n.lit) if n.lit else '""'
            body = (" " if n.op == "seq" else " | ").join(render(k) for k in n.kids) or '""'
            if n.name:
                rule = n.name.replace("_", "-")  # GBNF rule names are letters, digits and dashes
                if rule not in rules:
                    rules[rule] = body
                return rule
            return f"({body})"

        top = render(self.root)
        out = [f"root ::= {top}"] + [f"{k} ::= {v}" for k, v in rules.items()]
        return "\n".join(out) + "\n"

    def accepts(self, text: str) -> bool:
        """True when ``text`` (stripped) is a sentence of the language. The tree is walked with the set of positions
        reached: for these short finite languages a fraction of the cost of compiling a regular expression per
        explanation."""
        s = text.strip()
        return len(s) in self._ends(s)[0]

    def longest_prefix(self, text: str) -> int:
        """The length of the longest prefix of ``text`` that some sentence of the language starts with."""
        return self._ends(text)[1]

    def _ends(self, s: str) -> tuple[set[int], int]:
        """The positions of ``s`` where a sentence of the language can end, and the furthest position any sentence
        agrees with ``s`` up to."""
        reach = 0
        expanded: dict[str, str] = {}

        def go(n: Node, starts: set[int]) -> set[int]:
            nonlocal reach
            if not starts:
                return starts
            if n.op == "lit":
                piece = expanded.get(n.lit)
                if piece is None:
                    piece = expanded[n.lit] = self.expand(n.lit)
                out = set()
                for p in starts:
                    if s.startswith(piece, p):
                        out.add(p + len(piece))
                        reach = max(reach, p + len(piece))
                    else:
                        j = 0
                        while j < len(piece) and p + j < len(s) and s[p + j] == piece[j]:
                            j += 1
                        reach = max(reach, p + j)
                return out
            if n.op == "seq":
                for k in n.kids:
                    starts = go(k, starts)
                return starts
            found: set[int] = set()
            for k in n.kids:
                found |= go(k, starts)
            return found

        return go(self.root, {0}), reach

    def walk(self, rnd: random.Random) -> str:
        """A random sentence of the language: each alternative equally likely, except that no extra phrase,
        one and two are drawn with probabilities 0.35, 0.45 and 0.2 (short reasons read better)."""

        def go(n: Node) -> str:
            if n.op == "lit":
                return n.lit
            if n.op == "seq":
                return "".join(go(k) for k in n.kids)
            if n.name == "extra":
                by_size: dict[int, list[Node]] = {}
                for k in n.kids:
                    by_size.setdefault(0 if k.op == "lit" else 2 if k.op == "seq" else 1, []).append(k)
                sizes = sorted(by_size)
                size = rnd.choices(sizes, weights=[{0: 0.35, 1: 0.45, 2: 0.2}[z] for z in sizes])[0]
                return go(rnd.choice(by_size[size]))
            return go(rnd.choice(n.kids))

        return self.expand(go(self.root))


# ---------------------------------------------------------------- phrases
def _q(name: str, lang: str) -> str:
    return f"“{name}”" if lang == "zh" else f'"{name}"'


def slots(facts: Facts) -> dict[str, str]:
    """Item id -> placeholder: ``<1>`` for the recommended item, ``<2>``, ``<3>``... for the evidence items in
    :meth:`~whyrec.narrate.facts.Facts.evidence_items` order (the prompt's data block uses the same labels)."""
    out = {facts.item.item: "<1>"}
    for it in facts.evidence_items():
        out.setdefault(it.item, f"<{len(out) + 1}>")
    return out


def _slot_names(facts: Facts, lang: str) -> dict[str, str]:
    names = {facts.item.item: facts.item, **{it.item: it for it in facts.evidence_items()}}
    return {ph: _q(_name(names[i]), lang) for i, ph in slots(facts).items()}


def _name(it: ItemFacts) -> str:
    from whyrec.narrate.prompt import clean_text

    return clean_text(it.name)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _money(p: float, lang: str) -> str:
    return f"{p:.2f}美元" if lang == "zh" else f"${p:.2f}"


def _join(parts: list[str], lang: str) -> str:
    if lang == "zh":
        return "和".join(parts) if len(parts) <= 2 else "、".join(parts[:-1]) + "和" + parts[-1]
    return " and ".join(parts) if len(parts) <= 2 else ", ".join(parts[:-1]) + " and " + parts[-1]


def feature_phrase(field_name: str, value: object, lang: str) -> str:
    """A feature as words: ``brand=Aurelle`` -> 'its brand, "Aurelle"' (the value quoted, as names are)."""
    from whyrec.narrate.prompt import clean_text

    v = clean_text(value, 40)
    if lang == "zh":
        zh = {
            "brand": f"它的品牌“{v}”", "category": f"它的品类“{ZH_CATEGORY.get(v, v)}”",
            "department": f"它所在的“{v}”频道", "price": f"它的价格区间“{v}”", "age_band": f"您的年龄段“{v}”",
            "location": f"您所在的城市“{v}”", "tags": f"它的标签“{v}”",
        }
        return zh.get(field_name, f"{clean_text(field_name, 20)}为“{v}”")
    en = {
        "brand": f'its brand, "{v}"', "category": f'its category, "{v}"', "department": f'its department, "{v}"',
        "price": f'its price range, "{v}"', "age_band": f'your age group, "{v}"', "location": f'your city, "{v}"',
        "tags": f'its tag "{v}"',
    }
    return en.get(field_name, f'{clean_text(field_name, 20)} "{v}"')


#: the phrases of each language: format strings over ``{r}`` (the recommended item), ``{h}`` (an evidence item),
#: ``{objs}`` (evidence items joined), ``{v}`` / ``{did}`` / ``{who}`` (the verb's words), ``{n}``, ``{new}``, ``{k}``,
#: ``{fx}``, ``{ws}``, ``{p}``; ``verbs`` holds the words and popularity phrases (``{s}`` their subject) per verb
_PHRASES: dict[str, dict[str, Any]] = {
    "en": {
        "verbs": {
            "bought": {"v": "bought", "who": "shoppers", "count": "{s} has been bought {count} {times}",
                       "rank1": "{s} is the shop's most bought item",
                       "rank": "{s} is the shop's {ord} most bought item",
                       "popular": "{s} is one of the shop's popular items"},
            "rated": {"v": "rated", "who": "people", "count": "{s} has been rated {count} {times}",
                      "rank1": "{s} is the catalogue's most rated item",
                      "rank": "{s} is the catalogue's {ord} most rated item",
                      "popular": "{s} is one of the catalogue's popular items"},
        },
        "main_after": ["we recommend {r}", "you may like {r}", "you might also like {r}", "{r} may suit you too",
                       "{r} could be a good fit for you", "we think you will like {r}", "we suggest {r}",
                       "you could try {r}"],
        "main_start": ["We recommend {r}", "You may like {r}", "{r} is recommended for you", "{r} may suit you",
                       "We suggest {r}", "You might like {r}", "Our pick for you is {r}"],
        "lead": ["Since you {v} {objs}, ", "Because you {v} {objs}, ", "You {v} {objs}, so ", "As you {v} {objs}, ",
                 "Given that you {v} {objs}, "],
        "cite": [" because you {v} {objs}", ", since you {v} {objs}", ", as you {v} {objs}"],
        "cf_drop": "; without {objs} in your history, {r} would drop to rank {new}",
        "cf_out": "; without {objs}, {r} would fall out of your top {k}",
        "neighbour": [", and {n} other {who} who {v} {h} also {v} {r}", "; {n} other {who} {v} {r} together with {h}"],
        "neighbour_cite": [": {n} other {who} who {v} {h} also {v} {r}", ": {n} other {who} {v} {r} together with {h}"],
        "similar": "; {r} is similar to {h}, which you {v}",
        "similar_words": "; like {h}, which you {v}, {r} mentions {ws}",
        "feature_lead": "Because of {fx}, ", "feature_cite": ", mainly because of {fx}",
        "feature_extra": ", also because of {fx}",
        "it": "it", "cite_sep": ": ", "extra_sep": "; ", "price": "; {r} costs {p}", "end": ".",
    },
    "zh": {
        "verbs": {
            "bought": {"v": "买过", "did": "买了", "count": "{s}已被购买{count}次", "rank1": "{s}是本店销量最高的商品",
                       "rank": "{s}在本店的销量排第{ord}", "popular": "{s}是本店的热门商品"},
            "rated": {"v": "评价过", "did": "评价了", "count": "{s}已被评价{count}次",
                      "rank1": "{s}是目录中评价数最多的条目", "rank": "{s}的评价数在目录中排第{ord}",
                      "popular": "{s}是目录中的热门条目"},
        },
        "main_after": ["我们为您推荐{r}", "您可能也会喜欢{r}", "{r}可能也适合您", "推荐您看看{r}", "{r}也许适合您"],
        "main_start": ["我们为您推荐{r}", "{r}可能适合您", "您可能会喜欢{r}", "为您推荐{r}", "您也许会喜欢{r}"],
        "lead": ["因为您{v}{objs}，", "您{v}{objs}，所以", "根据您{v}的{objs}，", "由于您{v}{objs}，",
                 "看到您{v}{objs}，"],
        "cite": ["，因为您{v}{objs}", "，这是因为您{v}{objs}"],
        "cf_drop": "；如果没有{objs}，{r}会降到第{new}名",
        "cf_out": "；如果没有{objs}，{r}会跌出您的前{k}名",
        "neighbour": ["，有{n}位{v}{h}的其他顾客也{did}{r}", "；{n}位其他顾客{did}{h}，也{did}{r}"],
        "neighbour_cite": ["，有{n}位{v}{h}的其他顾客也{did}{r}", "；{n}位其他顾客{did}{h}，也{did}{r}"],
        "similar": "，{r}和您{v}的{h}很相似",
        "similar_words": None,
        "feature_lead": "因为{fx}，", "feature_cite": "，主要是因为{fx}", "feature_extra": "，也因为{fx}",
        "it": "它", "cite_sep": "，", "extra_sep": "；", "price": "；{r}售价{p}", "end": "。",
    },
}


def strongest(facts: Facts) -> str:
    """The kind of the strongest evidence, the one a reason must cite: ``counterfactual``, ``history``,
    ``neighbour``, ``similar``, ``feature``, ``popularity`` or ``none``."""
    cf = facts.counterfactual or {}
    if facts.counterfactual_items() and cf.get("new_rank") and cf.get("mode", "remove") == "remove":
        return "counterfactual"
    for kind, present in (("history", facts.history), ("neighbour", facts.neighbours), ("similar", facts.similar),
                          ("feature", _features(facts)), ("popularity", facts.popularity is not None)):
        if present:
            return kind
    return "none"


def _features(facts: Facts) -> list[tuple[str, object]]:
    """The features a reason may cite: a value, and no hostile field or value (a link, an instruction, a request:
    :func:`whyrec.narrate.factcheck.untrusted.hostile`), which no phrase may carry."""
    from whyrec.narrate.factcheck.untrusted import hostile

    return [(f, v) for f, v, _ in facts.features if str(v).strip() and hostile(v) is None and hostile(f) is None]


def sentence_language(facts: Facts, lang: str = "en") -> Lang:
    """The sentences a reason for ``facts`` may be (see the module docstring); cached by the facts' JSON."""
    lang = check_choice("lang", lang, LANGS)
    check_choice("facts.verb", facts.verb, VERBS)
    return _language(facts.to_json(), lang)


@functools.lru_cache(maxsize=4096)
def _language(facts_json: str, lang: str) -> Lang:
    facts = Facts.from_dict(json.loads(facts_json))
    return _build(facts, lang)


def _build(f: Facts, lang: str) -> Lang:
    """The sentence language of ``f`` in ``lang`` from the language's phrase table."""
    from whyrec.narrate.factcheck.untrusted import hostile
    from whyrec.narrate.prompt import clean_text

    P = _PHRASES[lang]
    words = P["verbs"][f.verb]
    sl = slots(f)
    r = sl[f.item.item]
    top = strongest(f)
    hist = [sl[it.item] for it, _ in f.history]
    cf = f.counterfactual or {}
    cf_items = [sl[it.item] for it in f.counterfactual_items()]

    def fill(template: str, **kw: Any) -> Node:
        return lit(template.format(r=r, **words, **kw))

    mains_after = [fill(t) for t in P["main_after"]]
    mains_start = [fill(t) for t in P["main_start"]]
    leads: list[Node] = []
    cites: list[Node] = []
    extras: dict[str, list[Node]] = {}

    def because(names: list[str]) -> None:
        objs = _join(names, lang)
        leads.extend(fill(t, objs=objs) for t in P["lead"])
        cites.extend(fill(t, objs=objs) for t in P["cite"])

    # the counterfactual: its items were in the history; without them the item drops
    cf_tail: list[Node] = []
    if cf_items and cf.get("new_rank") and cf.get("mode", "remove") == "remove":
        objs = _join(cf_items, lang)
        new, k = int(cf["new_rank"]), cf.get("k")
        cf_tail.append(fill(P["cf_drop"], objs=objs, new=new))
        if k and new > int(k):
            cf_tail.append(fill(P["cf_out"], objs=objs, k=int(k)))
    if top == "counterfactual":
        because(cf_items)
        cites.extend(cf_tail)
    elif cf_tail:
        extras["counterfactual"] = cf_tail
    if top == "history":
        because(hist[:1])
        if len(hist) > 1:
            because(hist[:2])
    # co-purchases: a count belongs to its own pair only
    nb = [fill(t, n=int(n), h=sl[it.item]) for it, n in f.neighbours[:2] for t in P["neighbour"]]
    if top == "neighbour":
        it, n = f.neighbours[0]
        cites.extend(fill(t, n=int(n), h=sl[it.item]) for t in P["neighbour_cite"])
    elif nb:
        extras["neighbour"] = nb
    # content similarity (similar items are history items)
    sim: list[Node] = []
    for it, _, ws in f.similar[:1]:
        sim.append(fill(P["similar"], h=sl[it.item]))
        ws = [x for x in ws if hostile(x) is None]
        if ws and P["similar_words"]:
            shown = _join([f"'{clean_text(x, 20)}'" for x in ws[:2]], lang)
            sim.append(fill(P["similar_words"], h=sl[it.item], ws=shown))
    if top == "similar":
        cites.extend(sim)
    elif sim:
        extras["similar"] = sim
    # features
    feats = _features(f)
    if feats:
        fx = feature_phrase(*feats[0], lang)
        if top == "feature":
            leads.append(fill(P["feature_lead"], fx=fx))
            cites.append(fill(P["feature_cite"], fx=fx))
        else:
            extras["feature"] = [fill(P["feature_extra"], fx=fx)]
    # popularity: a count and a rank of the recommended item only; named, so that no "it" can point elsewhere
    if f.popularity is not None:
        count, rank = int(f.popularity[0]), int(f.popularity[1])
        ordinal = _ordinal(rank) if lang == "en" else str(rank)

        def pop(subj: str) -> list[Node]:
            keys = ["count", "rank1" if rank == 1 else "rank"] + (["popular"] if is_popular(rank) else [])
            times = "time" if count == 1 else "times"  # English only: the Chinese phrases have no plural
            return [lit(words[key].format(s=subj, count=count, ord=ordinal, times=times)) for key in keys]

        if top == "popularity":  # the figures themselves, not only "popular", right after the item's name
            cites.extend(seq(lit(P["cite_sep"]), x) for x in pop(P["it"])[:2])
        else:
            extras["popularity"] = [seq(lit(P["extra_sep"]), x) for x in pop(r)]
    if f.item.price is not None and f.verb == "bought":
        extras["price"] = [fill(P["price"], p=_money(f.item.price, lang))]
    return _assemble(leads, cites, mains_after, mains_start, extras, P["end"], lang, top, _slot_names(f, lang))


def _assemble(leads: list[Node], cites: list[Node], mains_after: list[Node], mains_start: list[Node],
              extras: dict[str, list[Node]], end: str, lang: str, top: str, names: dict[str, str]) -> Lang:
    kinds = sorted(extras)
    groups = {k: alt(v, name=f"x_{k}") for k, v in extras.items()}
    rest: list[Node] = [lit("")]
    for a in kinds:
        rest.append(groups[a])
        for b in kinds:
            if b != a:
                rest.append(seq(groups[a], groups[b]))
    tail = alt(rest, name="extra")
    forms: list[Node] = []
    if leads:
        forms.append(seq(alt(leads, name="lead"), alt(mains_after, name="main_after")))
    if cites:
        forms.append(seq(alt(mains_start, name="main"), alt(cites, name="cite")))
    if not forms:  # no evidence: the recommendation alone
        forms.append(alt(mains_start, name="main"))
    root = seq(alt(forms, name="body"), tail, lit(end))
    return Lang(root, lang, top, kinds, names)
