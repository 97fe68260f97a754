"""The template backend: deterministic reasons in English and Chinese, built only from the Facts.

Each evidence kind has several phrasings; which one is used depends on the
backend's ``seed`` and on the facts (a stable hash), so the same facts give
the same text in every process, and different recommendations read
differently. Every sentence names only items, brands, categories and numbers
that the Facts hold, so the template always passes the fact checker; it is
the narrator's fallback.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from typing import Any

from whyrec.errors import check_choice, check_int
from whyrec.narrate.factcheck import LANGS, ZH_CATEGORY, is_popular
from whyrec.narrate.facts import Facts

__all__ = ["TemplateBackend"]

Phrase = Callable[[dict[str, str]], str]

# ---------------------------------------------------------------- phrasings per evidence kind
# keys available to a phrasing: r (recommended item), h, h2 (evidence items), n (count), pc, prank (popularity),
# new, k (counterfactual), fx (feature phrase), w (shared words), price
_EN: dict[str, list[str]] = {
    "history": [
        "Because you bought {h}, we recommend {r}.",
        "{r} is recommended because of your purchase of {h}.",
        "You bought {h}, so {r} could suit you too.",
        "Recommended because {h} is in your purchase history: {r}.",
    ],
    "history2": [
        "Because you bought {h} and {h2}, we recommend {r}.",
        "Your purchases of {h} and {h2} led us to {r}.",
        "{r} is recommended mostly because of {h}, and also {h2}.",
    ],
    "counterfactual": [
        "{r} is here because you bought {h}: without it, {r} would drop to rank {new}, out of your top {k}.",
        "Without {h} in your history, {r} would fall out of your top {k} (to rank {new}).",
        "Your purchase of {h} is what puts {r} in your top {k}.",
    ],
    "counterfactual_why_not": [
        "Without {h} in your history, {r} would move into your top {k} (to rank {new}).",
        "{r} is not in your top {k} because of {h}; without it, {r} would rank {new}.",
    ],
    "neighbour": [
        "{n} shoppers who bought {h} also bought {r}.",
        "People who bought {h} also bought {r} ({n} of them).",
        "{r} is often bought together with {h}: {n} shoppers bought both.",
    ],
    "feature": [
        "{r} is recommended mainly because of {fx}.",
        "What counts most for {r}: {fx}.",
        "We recommend {r} because of {fx}.",
    ],
    "popular": [
        "{r} is popular: {pc} purchases, rank {prank} in the shop.",
        "{r} is one of the shop's popular items, with {pc} purchases.",
        "{pc} purchases make {r} number {prank} in the shop.",
    ],
    "popular_tail": [
        "It is also popular, with {pc} purchases.",
        "It is popular too: rank {prank} in the shop.",
    ],
    "popularity": [
        "{r} has been bought {pc} times (rank {prank} in the shop).",
        "{pc} purchases put {r} at rank {prank} in the shop.",
    ],
    "popularity_tail": [
        "It has been bought {pc} times.",
        "It ranks {prank} in the shop by purchases.",
    ],
    "similar": [
        "{r} is similar to {h}, which you bought: both mention {w}.",
        "Like {h}, which you bought, {r} mentions {w}.",
    ],
    "price_tail": ["It costs {price}.", "Its price is {price}."],
    "empty": ["{r} is recommended for you.", "We recommend {r}."],
}
_ZH: dict[str, list[str]] = {
    "history": [
        "因为您购买过{h}，我们为您推荐{r}。",
        "您买过{h}，所以{r}可能也适合您。",
        "推荐{r}，是因为您的购买记录里有{h}。",
    ],
    "history2": [
        "因为您购买过{h}和{h2}，我们为您推荐{r}。",
        "根据您购买的{h}和{h2}，为您推荐{r}。",
    ],
    "counterfactual": [
        "您买过{h}，所以推荐{r}：没有它，{r}会降到第{new}名，跌出前{k}名。",
        "如果没有{h}，{r}就会跌出您的前{k}名推荐（降到第{new}名）。",
        "正是您购买的{h}让{r}进入了前{k}名推荐。",
    ],
    "counterfactual_why_not": [
        "如果没有{h}，{r}就会进入您的前{k}名推荐（第{new}名）。",
    ],
    "neighbour": [
        "购买了{h}的顾客中有{n}人也买了{r}。",
        "{n}位买过{h}的顾客也购买了{r}。",
        "{r}经常和{h}一起被购买：有{n}位顾客两样都买了。",
    ],
    "feature": [
        "推荐{r}的主要原因是{fx}。",
        "{r}之所以被推荐，主要是因为{fx}。",
    ],
    "popular": [
        "{r}很受欢迎：共被购买{pc}次，在本店排名第{prank}。",
        "{r}是本店的热门商品，共被购买{pc}次。",
    ],
    "popular_tail": [
        "它也很受欢迎，共被购买{pc}次。",
        "它在本店的人气排名是第{prank}。",
    ],
    "popularity": [
        "{r}共被购买{pc}次，在本店的购买排名是第{prank}。",
        "{r}已被购买{pc}次。",
    ],
    "popularity_tail": [
        "它共被购买{pc}次。",
        "它在本店的购买排名是第{prank}。",
    ],
    "similar": [
        "{r}和您买过的{h}很相似：都提到了{w}。",
        "和您买过的{h}一样，{r}也提到了{w}。",
    ],
    "price_tail": ["售价{price}。", "它的价格是{price}。"],
    "empty": ["为您推荐{r}。", "我们为您推荐{r}。"],
}
_PHRASES = {"en": _EN, "zh": _ZH}


def _feature_phrase(field: str, value: Any, lang: str) -> str:
    """A feature as words: ``brand=Aurelle`` -> "its brand, Aurelle"."""
    v = str(value)
    if lang == "zh":
        table = {
            "brand": f"它的品牌{v}",
            "category": f"它的品类（{ZH_CATEGORY.get(v, v)}）",
            "department": f"它所在的{v}频道",
            "price": f"它的价格区间{v}",
            "age_band": f"您的年龄段（{v}）",
            "location": f"您所在的城市{v}",
            "gender": "您的个人资料",
            "tags": f"它的标签“{v}”",
        }
        return table.get(field, f"{field}为{v}")
    table = {
        "brand": f"its brand, {v}",
        "category": f"its category, {v}",
        "department": f"its department, {v}",
        "price": f"its price range, {v}",
        "age_band": f"your age group, {v}",
        "location": f"your city, {v}",
        "gender": "your profile",
        "tags": f"its tag '{v}'",
    }
    return table.get(field, f"{field} {v}")


def _join(parts: list[str], lang: str) -> str:
    if lang == "zh":
        return "和".join(parts) if len(parts) <= 2 else "、".join(parts[:-1]) + "和" + parts[-1]
    if len(parts) <= 2:
        return " and ".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _price(p: float, lang: str) -> str:
    return f"${p:.2f}" if lang == "en" else f"{p:.2f}美元"


class TemplateBackend:
    """Deterministic narration from Facts (``en`` and ``zh``); always available.

    ``write(facts, lang, n)`` returns ``n`` texts (fewer when the facts allow
    fewer distinct phrasings), the first being this seed's choice.

    Examples
    --------
    >>> from whyrec.narrate.facts import Facts
    >>> f = Facts("U1", ItemFacts("P2", "Nimbus X2 Charger 20W"), 1, "additive",
    ...           history=[(ItemFacts("P1", "Nimbus X1 Smartphone 64GB"), 0.4)])
    >>> TemplateBackend(seed=0).write(f, "en")[0]  # doctest: +SKIP
    'Because you bought Nimbus X1 Smartphone 64GB, we recommend Nimbus X2 Charger 20W.'
    """

    name = "template"

    def __init__(self, seed: int = 0) -> None:
        self.seed = check_int("seed", seed, 0)

    def _rng(self, facts: Facts, lang: str, j: int) -> random.Random:
        key = f"{self.seed}|{lang}|{j}|{facts.to_json()}".encode()
        return random.Random(int.from_bytes(hashlib.sha256(key).digest()[:8], "big"))

    def write(self, facts: Facts, lang: str = "en", n: int = 1) -> list[str]:
        """``n`` distinct reasons for ``facts`` in ``lang`` (``"en"`` or ``"zh"``)."""
        if not isinstance(facts, Facts):
            raise TypeError(f"facts must be a whyrec.narrate.Facts; got {type(facts).__name__}")
        check_choice("lang", lang, LANGS)
        n = check_int("n", n, 1, 50)
        out: list[str] = []
        for j in range(4 * n):
            text = self._one(facts, lang, self._rng(facts, lang, j))
            if text not in out:
                out.append(text)
            if len(out) == n:
                break
        return out

    def _one(self, f: Facts, lang: str, rnd: random.Random) -> str:
        ph = _PHRASES[lang]
        v: dict[str, str] = {"r": f.item.name}
        popular = f.popularity is not None and is_popular(f.popularity[1])
        kinds = f.kinds()
        # the main clause: the most specific evidence first, a seeded choice among equally good ones
        main: str
        if "counterfactual" in kinds and (len(kinds) == 1 or rnd.random() < 0.6):
            cf = f.counterfactual or {}
            removed = f.counterfactual_items()
            v["h"] = _join([it.name for it in removed], lang)
            v["k"] = str(cf.get("k"))
            main = "counterfactual_why_not" if cf.get("mode") == "why_not" else "counterfactual"
            if cf.get("new_rank") is None:
                return self._fill(rnd, ph[main][-1:] if main == "counterfactual" else ph["empty"], v)
            v["new"] = str(cf["new_rank"])
        elif "neighbour" in kinds and ("history" not in kinds or rnd.random() < 0.5):
            it, count = f.neighbours[rnd.randrange(min(2, len(f.neighbours)))]
            v["h"], v["n"] = it.name, str(count)
            main = "neighbour"
        elif "history" in kinds:
            items = [it for it, _ in f.history]
            v["h"] = items[0].name
            main = "history"
            if len(items) > 1 and rnd.random() < 0.5:
                v["h2"] = items[1].name
                main = "history2"
        elif "similar" in kinds:
            it, _, words = f.similar[0]
            v["h"] = it.name
            v["w"] = _join([f"'{w}'" if lang == "en" else f"“{w}”" for w in words[:3]], lang) if words else ""
            if not words:
                return self._fill(rnd, ph["history"], v)
            main = "similar"
        elif "feature" in kinds:
            feats = f.features[: 1 + int(rnd.random() < 0.6)]
            v["fx"] = _join([_feature_phrase(k, val, lang) for k, val, _ in feats], lang)
            main = "feature"
        elif "popularity" in kinds:
            main = "popular" if popular else "popularity"
        else:
            main = "empty"
        if f.popularity is not None:
            v["pc"], v["prank"] = str(f.popularity[0]), str(f.popularity[1])
        text = self._fill(rnd, ph[main], v)
        # an optional second clause: popularity, or the price
        tail = None
        if main not in ("popular", "popularity") and f.popularity is not None and rnd.random() < 0.5:
            tail = "popular_tail" if popular else "popularity_tail"
        elif f.item.price is not None and rnd.random() < 0.3:
            v["price"] = _price(f.item.price, lang)
            tail = "price_tail"
        if tail:
            text += ("" if lang == "zh" else " ") + self._fill(rnd, ph[tail], v)
        return text

    @staticmethod
    def _fill(rnd: random.Random, options: list[str], v: dict[str, str]) -> str:
        text = rnd.choice(options).format(**v)
        return text[0].upper() + text[1:] if text[:1].islower() else text

