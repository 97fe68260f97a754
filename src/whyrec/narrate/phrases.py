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
- a regular expression (:meth:`Lang.regex`): the closed-world check accepts a
  sentence only when it is a sentence of this language, so every shown text
  is made of phrases whose facts were verified when the phrase was built;
- seeded walks (:meth:`Lang.walk`): the template backend.
"""

from __future__ import annotations

import functools
import json
import random
import re
from dataclasses import dataclass, field

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
    _regex: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

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

    def regex(self) -> re.Pattern[str]:
        """The language as a compiled regular expression (use ``fullmatch``); compiled once."""
        if self._regex is None:
            self._regex = self._compile()
        return self._regex

    def _compile(self) -> re.Pattern[str]:

        def render(n: Node) -> str:
            if n.op == "lit":
                return re.escape(self.expand(n.lit))
            if n.op == "seq":
                return "".join(render(k) for k in n.kids)
            return "(?:" + "|".join(render(k) for k in n.kids) + ")"

        return re.compile(render(self.root))

    def accepts(self, text: str) -> bool:
        """True when ``text`` (stripped) is a sentence of the language."""
        return self.regex().fullmatch(text.strip()) is not None

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


#: words of each language; ``{v}`` is the past-tense event verb
_W = {
    "en": {
        "bought": {"v": "bought", "who": "shoppers", "most": "most bought", "times": "bought"},
        "rated": {"v": "rated", "who": "people", "most": "most rated", "times": "rated"},
    },
    "zh": {
        "bought": {"v": "买过", "did": "买了"},
        "rated": {"v": "评价过", "did": "评价了"},
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
    return [(f, v) for f, v, _ in facts.features if str(v).strip()]


def sentence_language(facts: Facts, lang: str = "en") -> Lang:
    """The sentences a reason for ``facts`` may be (see the module docstring); cached by the facts' JSON."""
    lang = check_choice("lang", lang, LANGS)
    check_choice("facts.verb", facts.verb, VERBS)
    return _language(facts.to_json(), lang)


@functools.lru_cache(maxsize=4096)
def _language(facts_json: str, lang: str) -> Lang:
    facts = Facts.from_dict(json.loads(facts_json))
    return (_english if lang == "en" else _chinese)(facts, facts.verb)


def _history_names(facts: Facts) -> list[str]:
    return [_name(it) for it, _ in facts.history]


def _english(f: Facts, verb: str) -> Lang:
    w = _W["en"][verb]
    v, who = w["v"], w["who"]
    sl = slots(f)
    q = lambda it: sl[it.item]  # noqa: E731
    r = q(f.item)
    top = strongest(f)
    hist = [q(it) for it, _ in f.history]
    cf = f.counterfactual or {}
    cf_items = [q(it) for it in f.counterfactual_items()]

    mains_after = [lit(s) for s in (f"we recommend {r}", f"you may like {r}", f"you might also like {r}",
                                    f"{r} may suit you too", f"{r} could be a good fit for you",
                                    f"we think you will like {r}", f"we suggest {r}", f"you could try {r}")]
    mains_start = [lit(s) for s in (f"We recommend {r}", f"You may like {r}", f"{r} is recommended for you",
                                    f"{r} may suit you", f"We suggest {r}", f"You might like {r}",
                                    f"Our pick for you is {r}")]
    leads: list[Node] = []
    cites: list[Node] = []
    extras: dict[str, list[Node]] = {}

    def because(names: list[str]) -> None:
        objs = _join(names, "en")
        leads.extend(lit(s) for s in (f"Since you {v} {objs}, ", f"Because you {v} {objs}, ",
                                      f"You {v} {objs}, so ", f"As you {v} {objs}, ",
                                      f"Given that you {v} {objs}, "))
        cites.extend(lit(s) for s in (f" because you {v} {objs}", f", since you {v} {objs}",
                                      f", as you {v} {objs}"))

    # the counterfactual: its items were in the history; without them the item drops
    cf_tail: list[Node] = []
    if cf_items and cf.get("new_rank") and cf.get("mode", "remove") == "remove":
        objs = _join(cf_items, "en")
        new, k = int(cf["new_rank"]), cf.get("k")
        cf_tail.append(lit(f"; without {objs} in your history, {r} would drop to rank {new}"))
        if k and new > int(k):
            cf_tail.append(lit(f"; without {objs}, {r} would fall out of your top {int(k)}"))
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
    nb: list[Node] = []
    for it, n in f.neighbours[:2]:
        h = q(it)
        nb.append(lit(f", and {int(n)} other {who} who {v} {h} also {v} {r}"))
        nb.append(lit(f"; {int(n)} other {who} {v} {r} together with {h}"))
    if top == "neighbour":
        cites.extend(lit(s.lit.replace(", and ", ": ", 1).replace("; ", ": ", 1)) for s in nb[:2])
    elif nb:
        extras["neighbour"] = nb
    # content similarity
    sim: list[Node] = []
    for it, _, words in f.similar[:1]:
        h, tail = q(it), f", which you {v}"  # similar items are history items
        sim.append(lit(f"; {r} is similar to {h}{tail}"))
        if words:
            from whyrec.narrate.prompt import clean_text

            ws = _join([f"'{clean_text(x, 20)}'" for x in words[:2]], "en")
            sim.append(lit(f"; like {h}{tail}, {r} mentions {ws}"))
    if top == "similar":
        cites.extend(sim)
    elif sim:
        extras["similar"] = sim
    # features
    feats = _features(f)
    if feats:
        fx = feature_phrase(*feats[0], "en")
        if top == "feature":
            leads.append(lit(f"Because of {fx}, "))
            cites.append(lit(f", mainly because of {fx}"))
        else:
            extras["feature"] = [lit(f", also because of {fx}")]
    # popularity: a count and a rank of the recommended item only
    # popularity: a count and a rank of the recommended item only; named, so that no "it" can point elsewhere
    if f.popularity is not None:
        count, rank = int(f.popularity[0]), int(f.popularity[1])
        shop = "shop" if verb == "bought" else "catalogue"

        def pop(subj: str) -> list[Node]:
            out = [lit(f"{subj} has been {w['times']} {count} times"),
                   lit(f"{subj} is the {shop}'s most {v} item" if rank == 1 else
                       f"{subj} is the {shop}'s {_ordinal(rank)} most {v} item")]
            return out + ([lit(f"{subj} is one of the {shop}'s popular items")] if is_popular(rank) else [])

        if top == "popularity":  # the figures themselves, not only "popular", right after the item's name
            cites.extend(seq(lit(": "), x) for x in pop("it")[:2])
        else:
            extras["popularity"] = [seq(lit("; "), x) for x in pop(r)]
    if f.item.price is not None and verb == "bought":
        extras["price"] = [lit(f"; {r} costs {_money(f.item.price, 'en')}")]
    return _assemble(leads, cites, mains_after, mains_start, extras, ".", "en", top, _slot_names(f, "en"))


def _chinese(f: Facts, verb: str) -> Lang:
    w = _W["zh"][verb]
    v, did = w["v"], w["did"]
    sl = slots(f)
    q = lambda it: sl[it.item]  # noqa: E731
    r = q(f.item)
    top = strongest(f)
    hist = [q(it) for it, _ in f.history]
    cf = f.counterfactual or {}
    cf_items = [q(it) for it in f.counterfactual_items()]

    mains_after = [lit(s) for s in (f"我们为您推荐{r}", f"您可能也会喜欢{r}", f"{r}可能也适合您",
                                    f"推荐您看看{r}", f"{r}也许适合您")]
    mains_start = [lit(s) for s in (f"我们为您推荐{r}", f"{r}可能适合您", f"您可能会喜欢{r}", f"为您推荐{r}",
                                    f"您也许会喜欢{r}")]
    leads: list[Node] = []
    cites: list[Node] = []
    extras: dict[str, list[Node]] = {}

    def because(names: list[str]) -> None:
        objs = _join(names, "zh")
        leads.extend(lit(s) for s in (f"因为您{v}{objs}，", f"您{v}{objs}，所以", f"根据您{v}的{objs}，",
                                      f"由于您{v}{objs}，", f"看到您{v}{objs}，"))
        cites.extend(lit(s) for s in (f"，因为您{v}{objs}", f"，这是因为您{v}{objs}"))

    cf_tail: list[Node] = []
    if cf_items and cf.get("new_rank") and cf.get("mode", "remove") == "remove":
        objs = _join(cf_items, "zh")
        new, k = int(cf["new_rank"]), cf.get("k")
        cf_tail.append(lit(f"；如果没有{objs}，{r}会降到第{new}名"))
        if k and new > int(k):
            cf_tail.append(lit(f"；如果没有{objs}，{r}会跌出您的前{int(k)}名"))
    if top == "counterfactual":
        because(cf_items)
        cites.extend(cf_tail)
    elif cf_tail:
        extras["counterfactual"] = cf_tail
    if top == "history":
        because(hist[:1])
        if len(hist) > 1:
            because(hist[:2])
    nb: list[Node] = []
    for it, n in f.neighbours[:2]:
        h = q(it)
        nb.append(lit(f"，有{int(n)}位{v}{h}的其他顾客也{did}{r}"))
        nb.append(lit(f"；{int(n)}位其他顾客{did}{h}，也{did}{r}"))
    if top == "neighbour":
        cites.extend(nb[:2])
    elif nb:
        extras["neighbour"] = nb
    sim: list[Node] = []
    for it, _, _words in f.similar[:1]:
        sim.append(lit(f"，{r}和您{v}的{q(it)}很相似"))
    if top == "similar":
        cites.extend(sim)
    elif sim:
        extras["similar"] = sim
    feats = _features(f)
    if feats:
        fx = feature_phrase(*feats[0], "zh")
        if top == "feature":
            leads.append(lit(f"因为{fx}，"))
            cites.append(lit(f"，主要是因为{fx}"))
        else:
            extras["feature"] = [lit(f"，也因为{fx}")]
    if f.popularity is not None:
        count, rank = int(f.popularity[0]), int(f.popularity[1])

        def pop(subj: str) -> list[Node]:
            if verb == "bought":
                out = [lit(f"{subj}已被购买{count}次"),
                       lit(f"{subj}是本店销量最高的商品" if rank == 1 else f"{subj}在本店的销量排第{rank}")]
                return out + ([lit(f"{subj}是本店的热门商品")] if is_popular(rank) else [])
            out = [lit(f"{subj}已被评价{count}次"),
                   lit(f"{subj}是目录中评价数最多的条目" if rank == 1 else f"{subj}的评价数在目录中排第{rank}")]
            return out + ([lit(f"{subj}是目录中的热门条目")] if is_popular(rank) else [])

        if top == "popularity":
            cites.extend(seq(lit("，"), x) for x in pop("它")[:2])
        else:
            extras["popularity"] = [seq(lit("；"), x) for x in pop(r)]
    if f.item.price is not None and verb == "bought":
        extras["price"] = [lit(f"；{r}售价{_money(f.item.price, 'zh')}")]
    return _assemble(leads, cites, mains_after, mains_start, extras, "。", "zh", top, _slot_names(f, "zh"))


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
