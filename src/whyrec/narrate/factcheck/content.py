"""The content gate: a free sentence the phrase language cannot produce may still be shown when it says nothing
the evidence cannot verify.

:func:`verify_content` masks what the evidence names (items, brands, categories) and the numbers, binds each
number, superlative and counterfactual to the fact it must state, with its role, and then requires every
word left to be in the closed vocabulary (:mod:`.vocabulary`) for this evidence: the function words and the
phrasing of a recommendation, the data's own event verb, and the words of the relations the evidence holds.
Whatever else a sentence says (an attribute, an event, a negation outside a counterfactual, a comparison,
"restock") is refused as unverifiable. The role bindings:

- a count of people is a co-purchase count of the pair the sentence names when its scope has a co-purchase
  cue ("also", "both", "同时"), else the recommended item's popularity count;
- a price is the price of the item named in its clause, or of the recommended item when none is named;
- "most popular" / "best seller" / "最畅销" need popularity rank 1, "the third most popular" / "第三受欢迎"
  rank 3, "one of the 10 most popular" a rank up to 10, and they belong to the recommended item;
- "top pick" / "第一推荐" needs recommendation rank 1;
- a counterfactual sentence must name exactly the removed items (or none, by "it"), never "alone" for a set,
  and its ranks are the counterfactual's old rank, new rank or K.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from whyrec.narrate.factcheck.catalogue import CatalogueIndex
from whyrec.narrate.factcheck.claims import Claim
from whyrec.narrate.factcheck.claims import add_claim as _role
from whyrec.narrate.factcheck.lexicons import (
    _NUM_WORDS_EN,
    _ORDINAL_EN,
    _PEOPLE_EN,
    _POPULAR_EN,
    _POPULAR_ZH,
    _SENT,
    _STOP,
    _ZH_CATEGORIES,
    _ZH_DIGITS,
    PRICE_DIFF,
    PRICE_DIFF_ZH,
    _lower,
    _tokens,
    _zh_number,
    fold_latin,
    price_difference,
)
from whyrec.narrate.factcheck.mentions import Mention, Support, brand_mentions, find_mentions, skeleton
from whyrec.narrate.factcheck.partners import COUNT_EN, COUNT_ZH, NOT_RANK_ZH, partner
from whyrec.narrate.factcheck.positions import enumeration_spans, overlaps, positions
from whyrec.narrate.factcheck.similarity import check_similarity
from whyrec.narrate.factcheck.titles import (
    check_changed_titles,
    check_mixed_titles,
    check_model_numbers,
    check_pack_sizes,
    check_title_edges,
)
from whyrec.narrate.factcheck.weights import check_main_reason, check_weight_figures
from whyrec.narrate.factcheck.words import BASE_EN, CF_CUE_EN, CF_CUE_ZH, ONLY_NUM_EN, check_words, plural_of
from whyrec.narrate.facts import Facts
from whyrec.narrate.phrases import is_popular

__all__ = ["verify_content"]

_SET_SIZE = r"\d+|two|three|four|five|six|seven|eight|nine|ten|twenty"  # "one of the ten ...", "the store's 20 ..."
_SUPER_EN = re.compile(
    rf"\b(?:(?P<among>one of|among|makes|make|in|into)\s+(?:the\s+|our\s+|its\s+)?(?:(?:store|shop|site)\s*)?"
    rf"(?:(?P<n>{_SET_SIZE})\s+)?|(?:the\s+|our\s+)(?:store|shop|site)\s+(?P<n2>{_SET_SIZE})\s+)?"
    r"(?:the\s+|our\s+|its\s+)?(?:(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"[\s-]+)?(?:most[\s-]+(?:popular|bought|purchased|rated|sold|ordered|loved|reviewed)|"
    r"(?:best|top|biggest|largest)[\s-]?sell(?:er|ers|ing)|(?:biggest|largest)[\s-]+sellers?|"
    r"(?:highest|biggest|largest)[\s-]+(?:count|number|total)(?:\s+of\s+(?:buyers|ratings|raters|sales|purchases))?)\b"
)
_SUPER_ZH = re.compile(
    r"第\s*(?P<ord>[一二三四五六七八九十\d]+)\s*(?:受欢迎|畅销|热销|多)|(?P<one>最受欢迎|最畅销|销量第一|卖得最好|最热销|最多)"
)
_ORD_EN = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|#\s?\d+|"
           r"number (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)")
_ORD_ZH = r"[一二三四五六七八九十]+|\d+"
_REC_RANK_EN = re.compile(
    rf"\b(?:(?:sits|comes|is|ranks|ranked|lands|stands|appears)\s+(?:at\s+)?({_ORD_EN})\s+(?:place\s+)?"
    r"(?:among|in|on)\s+your\s+(?:recommendations|list|picks)|"
    r"(?:tops|heads|leads|topping|heading|leading)\s+your\s+(?:list|recommendations|picks)|"
    rf"(?:at\s+)?the\s+top\s+of\s+your\s+(?:list|recommendations)|({_ORD_EN})\s+(?:in|on|among)\s+your\s+"
    r"(?:recommendations|list|picks)|"
    rf"(?:in|at)\s+({_ORD_EN})\s+(?:place\s+)?(?:for\s+you|(?:on|in)\s+your\s+(?:recommendations|list|picks)))\b")
_REC_RANK_ZH = re.compile(rf"推荐[^，。；：]{{0,6}}?(?:排(?:在|名)?|位列)\s*第?\s*({_ORD_ZH})\s*(?:位|名)?|"
                          rf"推荐(?:列表)?(?:的|中|里)?\s*(?:排(?:在|名)?)?\s*第\s*({_ORD_ZH})\s*(?:位|名)?|"
                          rf"(?:排在|位列|排)(?:您|你)?的?推荐(?:列表)?(?:的|中|里)?\s*第\s*({_ORD_ZH})\s*(?:位|名)?|"
                          rf"(?:排在|位列)(?:您|你)的?推荐(?:列表)?(?:的|中|里)?(?:第一位|首位|榜首)")
_POP_RANK_EN = re.compile(rf"\b(?:ranks?|ranked|is|comes|sits)\s+({_ORD_EN})\s+(?:in|for|by)\s+popularity\b|"
                          rf"\bpop(?:ularity|\.)?\s*:?\s*rank(?:ing)?\s*:?\s*(?:of\s+)?(\d+|{_ORD_EN})\b|"
                          # an audit log's "Pop.: 246 ratings, rank 69"
                          r"\bpop(?:ularity|\.)?\s*:[^.;]{0,40}?\brank(?:ed)?\s+(\d+)\b")
_POP_RANK_ZH = re.compile(rf"(?:人气|销量|热度|受欢迎程度)(?:榜上|排行)?(?:排名|排)?(?:在)?"
                          rf"\s*第\s*({_ORD_ZH})\s*(?:位|名)?")
_OWNED_REC = re.compile(
    r"\byou(?:'ve| have| had| already| also|\s)*(?:bought|purchased|rated|own|owned|ordered|got|have)\b[^.;:!?,]*"
    r"\b(?:the|this|that|our) (?:recommended|suggested|recommendation)(?: (?:product|item|one|pick))?\b|"
    r"(?:您|你)(?:已经|之前|曾经)?(?:买过|购买过|购买了|买了|拥有)[^，。；！？]*(?:推荐的|这件推荐)(?:商品|产品|物品)")
_H = r"⟦H⟧"
#: the recommended item as something the shopper would buy again: "due for another bottle of R", "reorder R"
_AGAIN_REC_EN = re.compile(r"\b(?:another|a\s+second|a\s+fresh|a\s+new|one\s+more)\s+(?:[a-z-]+\s+){0,2}?of\s+"
                           r"(?:the\s+|your\s+)?⟦R⟧|\b(?:re-?order|re-?stock|re-?buy|re-?fill|replenish)\w*\s+"
                           r"(?:on\s+)?(?:the\s+|your\s+)?⟦R⟧|\bdue\s+for\s+(?:another|a\s+new|a\s+refill)\b")
#: "another", right before a name of the recommended item the skeleton does not mark (a brand: "another Panera card")
_ANOTHER_EN = re.compile(r"\b(?:another|one\s+more|a\s+second)\s+")
#: up to four words before a name that are not a clause of their own ("we recommend the Hearst Magazines magazine X")
_LEAD_WORDS = (r"(?:(?!(?:because|since|and|or|so|for|to|of|with|like|as|if|you|we|it|than|who|which|that|"
               r"but|also|too|both)\b)[a-z][a-z&.'-]*\s+){0,4}")
_REC_OBJECT_EN = re.compile(
    r"(?:^\s*try|\b(?:we(?:'d| would)?\s+(?:recommend|suggest)|recommending|suggesting|"
    r"(?:pick|recommendation|suggestion|choice)"
    r"(?:\s+for\s+you)?\s+is|you(?:'ll)?\s+(?:(?:may|might|could|would|will)\s+)?(?:also\s+)?(?:like|love|enjoy)))"
    rf"\s+(?:the\s+|item\s+)?{_LEAD_WORDS}[\"“]?{_H}")
_REC_SUBJECT_EN = re.compile(
    rf"{_H}\u2063*[\"”]?\s*(?:is|was)\s+(?:recommended|suggested|(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))"
    rf"\s+(?:on|in)\s+your)|{_H}\u2063*[\"”]?\s*(?:tops|heads|leads)\s+your")
#: "buyers of H also bought H'": two of the shopper's items as a co-purchase pair (the pairs are with the
#: recommended item)
_HH_COBUY_EN = re.compile(r"\bwho\s+(?:had\s+)?(?:bought|purchased|rated|ordered)\s+[^⟦.;!?]{0,30}⟦H⟧\u2063*"
                          r"[^.;!?⟦]{0,40}"
                          r"\balso\s+(?:bought|purchased|rated|ordered|got|picked\s+up)\s+"
                          r"(?:(?!(?:it|them|as|did|too|and|but)\b)[a-z'-]+\s+){0,4}⟦H⟧")
#: "买过 H 的顾客中有 N 位也买了 H'": two of the shopper's items as a co-purchase pair, in Chinese
_HH_COBUY_ZH = re.compile(r"(?:买过|购买过|评过|订过)\s*⟦H⟧\u2063*[^。；！？⟦]{0,20}?(?:顾客|用户|读者|买家|人)"
                          r"[^。；！？⟦，,它]{0,16}?"
                          r"(?:也|同样|还)\s*(?:买|购买|评|订)(?:了|过)?\s*⟦H⟧")
#: "X is our suggestion" (said of a history item, with no recommended item named before it in the sentence)
_REC_OURS_EN = re.compile(rf"{_H}\u2063*[\"”]?\s*(?:is|was)\s+(?:our|your|my)\s+(?:top\s+|first\s+|next\s+)?"
                          r"(?:suggestion|pick|recommendation|choice)\b")
_REC_OBJECT_ZH = re.compile(rf"(?:推荐|建议)(?:您|你)?(?:看看|试试|关注)?\s*(?:这款|这本|这张|这部)?\s*{_LEAD_WORDS}"
                            rf"[“\"「]?{_H}|"
                            rf"把\s*[“\"「]?{_H}\u2063*[”\"」]?\s*排在")
#: a feeling said of a history item ("you loved X", "你喜欢 X"): the data records purchases or ratings, not feelings
_LIKED = re.compile(rf"(?<!\bif )\byou(?:'ve| have)?\s+(?:really\s+|clearly\s+|obviously\s+)?"
                    rf"(?:liked|loved|enjoyed)\b(?!\s+(?:it|this|that|them)\b)|"
                    rf"(?<!如果)(?<!要是)(?<!假如)(?<!若)(?<!猜)(?<!希望)(?<!但愿)(?:您|你)(?:很|一直|曾经|真的)?(?:喜欢|喜爱|爱看)过?\s*(?![它这])(?=\S)|(?:您|你)(?:很|也|一直|曾经|真的)?(?:喜欢|喜爱|爱看)过?\s*[“\"「]?{_H}")
_PICK_EN = re.compile(r"\b(?:top|number[\s-]one|no\.\s?1|#1|first|single best|best)\s+"
                      r"(?:pick|match|choice|recommendation|suggestion)\b")
_PICK_ZH = re.compile(r"第一推荐|首选|头号推荐|首推|第一位推荐|第一个推荐")
#: "one removal suffices": "X alone", "only that purchase", "just the one" (not "only 19th", "just missing")
_ALONE_EN = re.compile(r"\b(?:alone|single|by itself|on its own)\b|\b(?:only|just)\s+(?:that|this|one|the|your)\b|"
                       r"\b(?:that|this)\s+(?:one\s+)?(?:purchase|rating|order|buy|subscription)\b")
_ALONE_ZH = re.compile(r"这一(?:本|条|件|张|部|次|个)|只要|仅仅|单单|单是|光是")
_COBUY_CUE = re.compile(r"\b(?:also|too|as well|both|together|same|alongside)\b|\bco-?(?:buyers?|raters?|purchasers?|"
                        r"purchases|ratings)\b|共同购买|共同评分|"
                        r"\b(?:bought|purchased|rated|ordered) (?:it |them )?(?:along |together )?with\b|"
                        r"\bwho (?:had )?(?:bought|purchased|rated|ordered|picked up|chose)\b|"
                        r"(?:买过|购买过|评价过|评过分|订过|订阅过)[^，。；]{0,60}的(?:顾客|用户|人|读者)|"
                        r"同时|一起|也买|也购买|都买|两件|两本|两部|两张|两个都|两样都|两款都|两者都|"
                        r"和它|各有|也选|(?<!您)(?<!你)也评|(?<!您)(?<!你)也给|(?<!您)(?<!你)也打")
#: the counts of people, and of times ("40 次"), in Chinese
_PEOPLE_NUM_ZH = re.compile(rf"{COUNT_ZH.pattern}|{NOT_RANK_ZH}(\d+)\s*次")
_PRICE = re.compile(r"(?:us\$|\$|usd\s?)\s?(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s?(?:dollars?|美元|美金|元)")
_COMPLETE = re.compile(r"[.!?。！？][\"'”’」』）)\]]*\s*$")
#: a caption's segments ("Snowflake Tin gift card · $200 · also chosen by 30 Santa Tin buyers"): no final stop needed
_CAPTION_SEP = re.compile(r"\s[·|•]\s")
#: the words a cut-off text ends on ("... 18 shoppers who bought the Panera Bread and", "... 也买了")
_DANGLING_EN = re.compile(r"\b(?:and|or|of|the|a|an|to|with|by|for|from|in|on|at|as|than|but|also|your|our|its|"
                          r"their|who|which|that|because|since|so|plus|including|like|both|all|is|are|was|were|"
                          r"would|will)\s*$")
_DANGLING_ZH = re.compile(r"(?:[的和与及或也了把被在到对给从、，]|买了|评过|掉到|跌出|只要|所以|我们)\s*$")
_PEOPLE_WORD = re.compile(rf"\b{_PEOPLE_EN}\b|顾客|用户|读者|买家")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_EN_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:st|nd|rd|th)?")
_MODEL_CODE = re.compile(r"(?<![a-z0-9])(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]+(?![a-z0-9])")
_ORDINAL_NUM = re.compile(r"\d+(?:st|nd|rd|th)")


def verify_content(text: str, facts: Facts, lang: str, catalogue: CatalogueIndex | None = None) -> list[Claim]:
    """The content gate's claims about ``text``: the role-bound numbers, superlatives and counterfactuals it
    found, and one ``word`` claim per word outside the closed vocabulary. The text passes the gate when every
    claim is supported."""
    sup = Support(facts)
    index = (catalogue or CatalogueIndex()).overlay([facts.item, *sup.evidence.values()])
    low = _lower(text)
    mentions = find_mentions(text, low, index, sup)
    claims: list[Claim] = []
    masked = list(low)
    taken: list[tuple[int, int]] = []  # the spans masked so far: a later binding leaves them alone

    def mask(s: int, e: int) -> None:
        masked[s:e] = [" "] * (e - s)
        taken.append((s, e))

    m: Mention | re.Match[str]  # the mentions, then regex matches
    for m in mentions:
        mask(m.start, m.end)
    _mask_names(low, index, sup, mask)
    if not _COMPLETE.search(text) and not _complete_caption(text) and not _ends_whole(text, mentions, sup) and not (
            text.rstrip().endswith(("～", "~")) and _CJK.search(text)):  # a Chinese text may end "码住～"
        _role(claims, "sentence", text[-30:], "complete", False, "the text stops before a sentence end")
    n_names = len(taken)  # the spans after these are the role bindings
    check_changed_titles(text, "".join(masked), sup, claims)
    check_pack_sizes("".join(masked), sup, claims, mask)
    for a, b in enumeration_spans(low):  # list markers: "first, ...; second, ...", "两个原因"
        mask(a, b)
    named = "".join(masked)  # the names, pack sizes and list markers masked: their digits are not counts
    skel = skeleton(low, mentions)
    by_name = sorted(mentions + brand_mentions(text, low, sup, mentions), key=lambda m: m.start)
    for m in _SENT.finditer(named):
        _check_sentence(_Sentence(low, named, skel, m.start(), m.end(), mentions, by_name, sup, claims, mask, taken,
                                  n_names, text))
    _check_prices(low, by_name, sup, claims, mask, taken)
    check_model_numbers(low, mentions, index, claims)
    check_mixed_titles(text, low, mentions, sup, index, claims)
    check_title_edges(text, low, mentions, sup, index, claims)
    check_main_reason(low, mentions, sup, claims)
    check_weight_figures(low, mentions, sup, claims)
    check_similarity(low, mentions, sup, claims)
    for m in _MODEL_CODE.finditer("".join(masked)):  # a model code outside the names: an evidence title's, or
        if m.group() not in sup.title_numbers and not _ORDINAL_NUM.fullmatch(m.group()):  # a changed title
            _role(claims, "item", m.group(), m.group(), False, "a model code no evidence title has")
        mask(m.start(), m.end())
    for m in _NUMBER.finditer("".join(masked)):
        mask(m.start(), m.end())
    for m in ONLY_NUM_EN.finditer(named):  # found before the numbers were masked
        mask(m.start(), m.end())
    check_words(low, "".join(masked), facts, sup, claims)
    return claims


def _complete_caption(text: str) -> bool:
    """A caption of segments joined by " · " whose last segment is whole: brackets and quotes closed, and not
    ending on a word that needs more after it."""
    t = text.strip()
    return bool(_CAPTION_SEP.search(t)) and _closed(t)


_PAIRS = (("(", ")"), ("（", "）"), ("[", "]"), ("“", "”"), ("「", "」"), ("《", "》"))


def _closed(t: str) -> bool:
    """``t`` does not end on a word that needs more after it, and its brackets and quotes are closed."""
    if _DANGLING_EN.search(t.lower()) or _DANGLING_ZH.search(t):
        return False
    return all(t.count(a) == t.count(b) for a, b in _PAIRS) and t.count('"') % 2 == 0


#: what a text without a final stop may end on and still be whole: the recommended item by description, or a
#: bracket closed on a rank or a year ("(rank 4 in the catalogue)")
_WHOLE_END = re.compile(r"(?:\b(?:the|this|our)\s+(?:recommended|suggested)\s+(?:item|product|one|title|movie|film|"
                        r"card|magazine)|推荐(?:的)?(?:商品|产品|电影|杂志|礼品卡)|[)）]|"
                        r"\b(?:also|too)\s+(?:bought|purchased|rated|ordered)\s+(?:it|this\s+one)|"
                        r"(?:也|同样|还)(?:买|购买|评|订)(?:过|了)(?:它|这款|这本|这张|这部))\s*$")
#: a relative clause still open at the end ("... 18 customers who bought the Panera Bread Gift Card"), or a count
#: of people with nothing said of them ("有 469 位用户")
_OPEN_END = re.compile(rf"\b(?:who|which|that)\s+(?:\w+\s+){{0,3}}\S*\s*$|{_PEOPLE_EN}\s*$|\d\s*(?:位|名|个)?\s*"
                       r"(?:顾客|用户|读者|买家|人)?\s*$|的\s*(?:顾客|用户|读者|买家|人)(?:中|里)?\s*$")


def _ends_whole(text: str, mentions: list[Mention], sup: Support) -> bool:
    """A text without a final stop that is whole, as a labeller reads "... also rated the recommended item" or
    "你评过分 Air Force One (1997)": brackets and quotes closed, not ending on a word that needs more after it, on
    a count of people or in an open relative clause, and ending on the recommended item by description, a closed
    bracket, or a complete title of the evidence (a cut title, "... who bought the Panera Bread", is not)."""
    t = text.rstrip()
    low = t.lower()
    if not t or not _closed(t) or re.search(r"[,，:：;；\-–—$]$", t):
        return False
    last = max(low.rfind(c) for c in ",;，；、") + 1
    tail = low[last:]
    if _WHOLE_END.search(t):
        return not re.search(r"\b(?:who|which|that)\s+\w+\s+(?:the\s+|this\s+|our\s+)?(?:recommended|suggested)",
                             tail) or bool(re.search(r"\b(?:also|too|both)\b", tail))
    ends = [m for m in mentions if m.end >= len(t.rstrip("\"”'」》"))]
    if not ends or _OPEN_END.search(low[:ends[0].start].rstrip() + " x") and not re.search(
            r"\b(?:also|too|both)\b|也|都|同样", tail):
        return False
    titles = {it.item: (it.title or "").lower() for it in (sup.rec, *sup.evidence.values())}
    name = ends[0].text.strip("\"“”'「」《》 ").lower()
    return any(titles.get(i) and name == titles[i] for i in ends[0].items)


# ---------------------------------------------------------------- masking
def _mask_names(low: str, index: CatalogueIndex, sup: Support, mask: Callable[[int, int], None]) -> None:
    """Brand and category names of the evidence (the open-world rules check which), and Chinese category
    names; a name the evidence does not hold stays for the word check to refuse."""
    allowed = sup.brands | sup.categories
    for _, _, s, e, name, _kind in index.name_hits(low, ("brand", "category")):
        if name.lower() in allowed:
            mask(s, e)
    for zh, _cat in _ZH_CATEGORIES:
        for m in re.finditer(re.escape(zh), low):
            mask(m.start(), m.end())


# ---------------------------------------------------------------- role bindings

def _items_in(mentions: list[Mention], s: int, e: int, role: str | None = None) -> list[Mention]:
    return [m for m in mentions if s <= m.start < e and (role is None or m.role == role)]


@dataclass
class _Sentence:
    """One sentence of a text (``low[s:e]``) with what its checks share, derived once: the text with the names
    masked (``named_low``), the whole text's role skeleton, the Facts' popularity and co-purchase counts, and
    whether it is a counterfactual sentence."""

    low: str
    named_low: str
    skel: str
    s: int
    e: int
    mentions: list[Mention]
    by_name: list[Mention]  # the mentions and the brands that name one item ("the SUBWAY card")
    sup: Support
    claims: list[Claim]
    mask: Callable[[int, int], None]
    taken: list[tuple[int, int]]
    n_names: int  # taken[:n_names] are the names masked; the rest, spans bound by the checks
    text: str = ""  # the text as written (case kept)

    def __post_init__(self) -> None:
        self.sent = self.low[self.s:self.e]
        self.bare = self.named_low[self.s:self.e]
        self.facts = self.sup.facts
        self.pop = self.facts.popularity
        self.counts = {it.item: int(c) for it, c in self.facts.neighbours}
        self.cf_sentence = bool(self.facts.counterfactual) and bool(
            CF_CUE_EN.search(self.sent) or CF_CUE_ZH.search(self.sent))

    def previous_start(self) -> int:
        """Where the sentence before this one starts (its end mark left out of the search)."""
        end = len(self.low[:self.s].rstrip(" \t\n。！？.!?"))
        return max((self.low.rfind(c, 0, end) for c in "。！？.!?"), default=-1) + 1

    def is_taken(self, a: int, b: int) -> bool:
        """Whether ``low[a:b]`` overlaps a span an earlier check bound (or a name)."""
        return overlaps(self.taken, a, b)


def _check_sentence(x: _Sentence) -> None:
    """The role bindings of one sentence."""
    for step in (_check_superlatives, _check_ranks, _check_positions, _check_counterfactual, _check_roles,
                 _check_counts, _check_item_counts, _check_comparisons, _check_comparisons_zh, _check_years,
                 _check_appositives, _check_owned_brands):
        step(x)


#: the shopper's own purchase (rating) of what follows, or their taste for it, up to three words ahead of a brand
#: ("you often buy Zenova products", "you bought two Trailfox bottles", "you like Velora", "你经常买 Zenova 的")
_YOU_OWN_EN = re.compile(r"\byou(?:'ve|'d| have| had| already| often| usually| regularly| always| also| recently|\s)*"
                         r"(?:buy|buys|bought|purchase|purchased|order|ordered|own|owned|have|had|got|get|rate|rated|"
                         r"subscribe\s+to|subscribed\s+to|picked\s+up|pick\s+up|like|love|prefer|enjoy|favou?r|trust|"
                         r"(?:are|'re)\s+(?:a\s+|big\s+)*fans?\s+of)\s+(?:[a-z0-9'-]+\s+){0,3}$")
_YOU_OWN_ZH = re.compile(r"(?:您|你)(?:经常|常常|常|一直|已经|之前|也|还|曾经)*"
                         r"(?:买过|购买过|买了|购买了|买|购买|入手过|订过|订阅过|订阅了|评过|评价过|喜欢|偏爱|钟爱|信赖)"
                         r"(?:[\u4e00-\u9fff]{0,3})?\s*$")


def _check_owned_brands(x: _Sentence) -> None:
    """A brand said to be the shopper's ("you often buy Zenova products") is the brand of an item of theirs (their
    history, or an item a co-purchase count pairs with the recommendation)."""
    owned = {(it.brand or "").lower() for it, _ in [*x.facts.history, *x.facts.neighbours]}
    for b in x.sup.brands - owned:
        if not b:
            continue
        for m in re.finditer(rf"(?<![a-z0-9]){re.escape(b)}(?![a-z0-9])", x.sent):
            before = x.sent[max(0, m.start() - 60):m.start()]
            if _YOU_OWN_EN.search(before) or _YOU_OWN_ZH.search(before):
                _role(x.claims, "brand", m.group(), b, False,
                      f"says the shopper buys {b}; none of their items is from {b}")


#: a description set after a name ("X, a hardcover by Y", "X (a 1L bottle)", "X is a glass kettle"), five words
_APPOSITIVE = re.compile(r"(?:\s*[,(—–-]\s*|\s+(?:is|was)\s+)(?:also\s+)?(?:a|an)\s+"
                         r"((?:[a-z0-9'-]+\s+){0,4}?[a-z0-9'-]+)"
                         r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:by|from|that|which|and|with|for|at|because|since|so|to|you|we|"
                         r"in|on|of)\b)")


def _check_appositives(x: _Sentence) -> None:
    """A description set after a name may use the words of that item's own title, brand and category, not words only
    another evidence title has ("The Nordic Kitchen Cookbook, a hardcover": the hardcover is the novel you bought)."""
    items = [x.sup.rec, *x.sup.evidence.values()]
    for n in x.mentions:
        m = _APPOSITIVE.match(x.low, n.end)
        if n.role == "other" or not x.s <= n.start < x.e or m is None or any(
                n.end <= o.start < m.end() for o in x.mentions):
            continue  # (a list of names is not a description: "X, a Y and a Z")
        own = {t for it in items if it.item in n.items for part in (it.title, it.brand, it.category) if part
               for t in _tokens(fold_latin(str(part)))}
        others = {t for it in items if it.item not in n.items and it.title for t in _tokens(fold_latin(it.title))}
        for w in _EN_WORD.findall(m.group(1)):
            if w in others and w not in own and w not in BASE_EN and w not in _STOP and not plural_of(w, own):
                _role(x.claims, "item", x.low[n.start:m.end()], w, False,
                      f"calls {n.text} {w!r}, a word of another item's title, not of its own")


_YEAR = re.compile(r"(?<![\d.$€£¥])(18[5-9]\d|19\d\d|20[0-3]\d)(?![\d.,]\d)")


def _check_years(x: _Sentence) -> None:
    """A year outside the names ("a 1996 film", "is from 1997", "1997 年的电影") is the year of the item it is said of:
    the nearest name before it in the sentence (else the nearest after it, else the recommended item), whose title
    must carry it."""
    for m in _YEAR.finditer(x.bare):
        a, b = x.s + m.start(1), x.s + m.end(1)
        if x.is_taken(a, b):
            continue
        if x.low[a - 1:a] == "(" and x.low[b:b + 1] == ")":  # "Sunset Blvd. (1950)": a title's own year, which
            words = re.search(r"(?:[a-z0-9.'&:!-]+\s+)?[a-z0-9.'&:!-]+(?=\s*$)", x.low[max(0, a - 40):a - 1])
            tail = words.group() if words else ""  # a name match may have stopped short of
            if tail and any(f"{tail} ({m.group(1)})" in (it.title or "").lower()
                            for it in (x.sup.rec, *x.sup.evidence.values())):
                x.mask(a, b)
                continue
        inside = [n for n in x.mentions if x.s <= n.start < x.e and n.role != "other"]
        before = [n for n in inside if n.end <= a]
        after = [n for n in inside if n.start >= b]
        said_of = max(before, key=lambda n: n.end) if before else min(after, key=lambda n: n.start) if after else None
        ids = said_of.items if said_of is not None else {x.facts.item.item}
        titles = [it.title or "" for it in (x.sup.rec, *x.sup.evidence.values()) if it.item in ids]
        ok = any(m.group(1) in _YEAR.findall(t) for t in titles)
        name = said_of.text if said_of is not None else x.facts.item.title
        _role(x.claims, "number", m.group(1), int(m.group(1)), ok, f"the year in the title of {name}" if ok else
              f"a year {name}'s title does not carry")
        x.mask(a, b)


def _check_superlatives(x: _Sentence) -> None:
    """Superlatives of popularity: the recommended item's, at the rank they say."""
    low, s, sent, pop, claims, mask = x.low, x.s, x.sent, x.pop, x.claims, x.mask
    for m in list(_SUPER_EN.finditer(sent)) + list(_SUPER_ZH.finditer(sent)):
        a, b = s + m.start(), s + m.end()
        gd = m.groupdict()
        if gd.get("among") in ("makes", "make", "in", "into") and not gd.get("n"):
            gd["among"] = None  # "in the most popular ...": the one most popular, not a set ("makes the ten ...")
        if gd.get("n2"):  # "the store's ten best sellers": a set, as "one of the ten ..."
            gd["among"], gd["n"] = "among", gd["n2"]
        if gd.get("among") or re.search(r"\ba\s+$", sent[:m.start()]):  # "one of the 10 ...", "a bestseller"
            n = gd.get("n")
            limit = int(n) if n and n.isdigit() else _NUM_WORDS_EN.get(n or "", 0) or None
            ok = pop is not None and (pop[1] <= limit if limit else is_popular(pop[1]))
            want = f"a rank up to {limit}" if limit else "a popular rank"
        else:
            o = gd.get("ord")
            if o:
                rank = _ORDINAL_EN.get(o) or (int(re.sub(r"\D", "", o)) if re.search(r"\d", o) else _zh_number(o))
            else:
                rank = 1
            ok = pop is not None and rank is not None and pop[1] == rank
            want = f"popularity rank {rank}"
        if _said_of_evidence(x, a):
            ok, want = False, "the recommended item's popularity, said of another item"
        _role(claims, "superlative", low[a:b], want, ok, "the popularity rank of the evidence" if ok else
              f"needs {want}; the evidence has {'no popularity' if pop is None else f'rank {pop[1]}'}")
        mask(a, b)


def _check_ranks(x: _Sentence) -> None:
    """Recommendation and popularity ranks said in words ("tops your list", "排第三"), and "top pick"."""
    s, sent, bare, facts, pop, claims, mask = x.s, x.sent, x.bare, x.facts, x.pop, x.claims, x.mask
    for pat, what, have in ((_REC_RANK_EN, "recommendation rank", facts.rank), (_REC_RANK_ZH, "recommendation rank",
                                                                                 facts.rank),
                            (_POP_RANK_EN, "popularity rank", pop[1] if pop else None),
                            (_POP_RANK_ZH, "popularity rank", pop[1] if pop else None)):
        if x.cf_sentence and what == "recommendation rank":
            continue  # a counterfactual's ranks are bound below
        for m in pat.finditer(bare):
            o = next((g for g in m.groups() if g), None)
            rank = 1 if o is None else _ordinal(o)
            ok = rank is not None and have == rank
            _role(claims, "rank", m.group(), rank, ok, f"the {what}" if ok else
                  f"says {what} {rank}; the evidence has {have}")
            mask(s + m.start(), s + m.end())
    for m in list(_PICK_EN.finditer(sent)) + list(_PICK_ZH.finditer(sent)):
        ok = facts.rank == 1
        _role(claims, "superlative", m.group(), "recommendation rank 1", ok,
              "the item is the first recommendation" if ok else f"the item is recommendation #{facts.rank}")
        mask(s + m.start(), s + m.end())


def _said_of_evidence(x: _Sentence, a: int) -> bool:
    """The last item named before ``a`` in the sentence is one of the shopper's own (and no "it" comes between):
    a rank or superlative at ``a`` is said of it, not of the recommended item."""
    clause = max(x.s, x.low.rfind("；", x.s, a) + 1, x.low.rfind(";", x.s, a) + 1)  # "；" opens a new clause
    before = [mn for mn in _named_items(x, clause, a) if mn.end <= a]  # names of one item ("gift card": none)
    return bool(before) and before[-1].role == "evidence" and not re.search(r"\bit\b|\bits\b|它",
                                                                              x.low[before[-1].end:a])


def _check_positions(x: _Sentence) -> None:
    """Positions and top sets the patterns above left, bound by the list their clause names
    (:mod:`.positions`)."""
    cf = x.facts.counterfactual if x.cf_sentence else None
    cf_ranks = {r for r in (cf.get("new_rank"), cf.get("old_rank"), cf.get("k")) if r is not None} if cf else None
    # the spans bound already; a name inside a rank phrase ("no card in the store has more buyers") is fine
    taken = [(a - x.s, b - x.s) for a, b in x.taken[x.n_names:] if a < x.e and b > x.s]
    for p in positions(x.bare, taken, rec_rank=x.facts.rank, pop_rank=x.pop[1] if x.pop else None,
                       cf_ranks=cf_ranks):
        a, b = x.s + p.start, x.s + p.end
        ok, why = p.ok, p.why
        after = next((mn for mn in x.mentions if mn.start >= b and
                      re.fullmatch(r"\s*(?:(?:than|like|as)\s+)?(?:the\s+)?|[^，。；：]{0,4}推荐[^，。；：]{0,16}",
                                   x.low[b:mn.start])), None)  # "最先推荐 25 美元的 X": X's rank
        inside = [mn for mn in _named_items(x, a, b) if mn.end <= b]  # "more people bought X than any other"
        if inside:
            said_of_evidence = inside[-1].role == "evidence"
        else:
            said_of_evidence = after.role == "evidence" if after else _said_of_evidence(x, a)
        if ok and cf_ranks is None and said_of_evidence:
            ok, why = False, "a rank of the recommended item, said of another item"
        _role(x.claims, "rank", p.said, p.said, ok, why)
        x.mask(a, b)


def _short_names(x: _Sentence, items: set[str]) -> set[str]:
    """The ``items`` the sentence names in short where the catalogue match does not: a title without its year,
    capitalised as written ("Fallen" for "Fallen (1998)"), or a model code only that item's title has ("the A8
    day cream")."""
    sent = x.text[x.s:x.e]
    codes = {i: {t for t in _tokens(it.title) if _MODEL_CODE.fullmatch(t)} for i, it in x.sup.evidence.items()
             if it.title}
    out = set()
    for i in items:
        it = x.sup.evidence.get(i)
        if it is None or not it.title:
            continue
        short = re.sub(r"\s*\(\d{4}\)\s*$", "", it.title).strip()
        if short[:1].isupper() and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", sent):
            out.add(i)
            continue
        mine = codes.get(i, set()).difference(*(v for j, v in codes.items() if j != i))
        if any(re.search(rf"(?<![a-z0-9]){re.escape(c)}(?![a-z0-9])", x.sent) for c in mine):
            out.add(i)
    return out


#: a distal reference back to something named before: "that book", "those purchases"
_THAT_NOUN = re.compile(r"\b(?:that|those)\s+(?!is\b|was\b|would\b|it\b|they\b)[a-z]")


#: a removal, and an item that keeps (or improves) its place: the two cannot both hold of a counterfactual, which
#: always drops the item ("without X it would stay in your top 10" denies it; "would not stay" states it)
_REMOVAL_EN = re.compile(r"\bwithout\b|\bif you had(?:n't| not)\b|\bhad you not\b|\bremov(?:e|ed|ing)\b|"
                         r"\btake\b[^.;!?]{0,80}\b(?:out|away)\b|\bmissing\b|\b(?:weren't|were not|wasn't|was not)\b")
_REMOVAL_ZH = re.compile(r"(?:如果|若|要是|假如)[^，。；！？]{0,10}?没|去掉|去除|移除|拿掉|少了|缺了|没(?:有|了)")
_STAYS_EN = re.compile(r"\b(?:stay|stays|remain|remains|still|hold|holds|rise|rises|climb|climbs)\b|"
                       r"\b(?:move|moves|go|goes|jump|jumps)\s+up\b")
_STAYS_ZH = re.compile(r"仍|依然|依旧|照样|保持|不变|升到|升至|上升|还会(?:排|在|留)")
_STAYS_DENIED = re.compile(r"\b(?:would not|wouldn't|won't|will not|no longer|never|could not|couldn't|cannot|"
                           r"can't)\b|不会|不再|无法")


def _check_counterfactual(x: _Sentence) -> None:
    """A counterfactual sentence names exactly the removed items, never "alone" for a set, and its ranks."""
    cf = x.facts.counterfactual
    if not (cf and x.cf_sentence):
        return
    low, s, e, sent, bare, mentions, sup, claims, mask = x.low, x.s, x.e, x.sent, x.bare, x.mentions, x.sup, \
        x.claims, x.mask
    # the removed items, all of them, and their ranks
    removed = {str(it["item"]) if isinstance(it, dict) else str(it) for it in cf.get("removed", [])}
    named: set[str] = set()
    for mn in _items_in(x.by_name, s, e, "evidence"):  # brands of one item too ("your Starbucks four-pack")
        if len(mn.items & {sup.rec.item, *sup.evidence}) > 1:
            continue  # a noun many of the items share ("the gift card"): it names none of them
        if _COBUY_CUE.search(low[max(s, mn.start - 60):min(e, mn.end + 60)]) and not mn.items & removed:
            continue
        named |= mn.items & set(sup.evidence)
    named |= _short_names(x, removed)
    if not named and _THAT_NOUN.search(sent):  # "You bought X. Without that book, ...": the item named before
        prev = x.previous_start()
        named = {i for n in x.by_name if prev <= n.start and n.end <= x.s and n.role == "evidence"
                 and len(n.items & {sup.rec.item, *sup.evidence}) == 1 for i in n.items & set(sup.evidence)}
    ok = not named or named == removed
    _role(claims, "counterfactual", sent, sorted(named), ok, "names the removed items" if ok else
          "names other items than the counterfactual removes")
    if len(removed) > 1 and (_ALONE_EN.search(sent) or _ALONE_ZH.search(sent)):
        _role(claims, "counterfactual", sent, "alone", False,
              f"says one removal suffices; the counterfactual removes {len(removed)} items")
    stays = _STAYS_EN.search(sent) or _STAYS_ZH.search(sent)
    if stays and (_REMOVAL_EN.search(sent) or _REMOVAL_ZH.search(sent)) and not _STAYS_DENIED.search(sent):
        _role(claims, "counterfactual", stays.group(), "stays", False,
              f"says the item keeps or raises its place without the removed items; it drops to {cf.get('new_rank')}")
    ranks = {cf.get("new_rank"), cf.get("old_rank"), cf.get("k"), len(removed)}
    for nm in re.finditer(r"\d+(?=(?:st|nd|rd|th)?\b|\D|$)", sent):
        if any(mn.start <= s + nm.start() < mn.end for mn in mentions) or _is_people(sent, nm) or \
                re.search(r"\$\s?$|\d[.,]$|[a-z]$", sent[:nm.start()]) or \
                re.match(r"(?!(?:st|nd|rd|th)\b)[a-z]", sent[nm.end():]) or \
                re.match(r"\s?(?:dollars?|美元|元)", sent[nm.end():]):
            continue
        v = int(nm.group())
        _role(claims, "counterfactual", nm.group(), v, v in ranks, "a rank of the counterfactual"
              if v in ranks else f"the counterfactual has ranks {sorted(r for r in ranks if r is not None)}")
        suffix = re.match(r"(?:st|nd|rd|th)\b", sent[nm.end():])
        mask(s + nm.start(), s + nm.end() + (suffix.end() if suffix else 0))
    # ranks in words: "from first place", "at number one", "sits third"
    for om in re.finditer(r"\b(number\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)|first|second|third|"
                          r"fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", bare):
        v3 = _ordinal(om.group(1))
        ok4 = v3 in ranks
        _role(claims, "counterfactual", om.group(), v3, ok4, "a rank of the counterfactual" if ok4 else
              f"the counterfactual has ranks {sorted(r for r in ranks if r is not None)}")
        mask(s + om.start(), s + om.end())
    for wm in re.finditer(r"\b(two|three|four|five|both|all)\b", bare):
        n_said = {"both": 2}.get(wm.group(1), _NUM_WORDS_EN.get(wm.group(1)))
        if n_said is not None:
            ok3 = n_said == len(removed)
            _role(claims, "counterfactual", wm.group(), n_said, ok3, "the number of removed items" if ok3 else
                  f"the counterfactual removes {len(removed)} items")
            mask(s + wm.start(), s + wm.end())
    for zm in re.finditer(r"第([一二三四五六七八九十]+)|前([一二三四五六七八九十]+)", sent):
        v2 = _zh_number(zm.group(1) or zm.group(2))
        ok2 = v2 in ranks
        _role(claims, "counterfactual", zm.group(), v2, ok2, "a rank of the counterfactual" if ok2 else
              "not a rank of the counterfactual")


def _check_roles(x: _Sentence) -> None:
    """Ownership said of the recommended item, a history item presented as the recommendation, and a
    co-purchase said of items with no co-purchase count."""
    s, e, sent, bare, facts, counts, mentions, claims = x.s, x.e, x.sent, x.bare, x.facts, x.counts, x.mentions, \
        x.claims
    # the recommended item named by description as something the shopper has: "you bought X and the recommended
    # product", "您买过推荐的商品"
    own = _OWNED_REC.search(bare)
    if own:
        _role(claims, "relation", own.group(), ("bought", facts.item.item), False,
              "says the user already has the recommended item")
    # what is recommended is the recommended item, not one of the shopper's own: "we recommend X", "X tops your list"
    skel = x.skel[s:e]
    for m in _AGAIN_REC_EN.finditer(skel):
        _role(claims, "relation", sent[m.start():m.end()], ("bought", facts.item.item), False,
              "says the user already has the recommended item")
    for m in _ANOTHER_EN.finditer(x.low, s, e):  # "get another Panera card": a brand names it, not the skeleton
        nxt = next((n for n in x.by_name if 0 <= n.start - m.end() <= 1), None)
        if nxt is not None and nxt.role == "rec":
            _role(claims, "relation", x.low[m.start():nxt.end], ("bought", facts.item.item), False,
                  "says the user already has the recommended item")
    for pat in (_REC_OBJECT_EN, _REC_SUBJECT_EN, _REC_OBJECT_ZH, _REC_OURS_EN, _HH_COBUY_EN, _HH_COBUY_ZH):
        for m in pat.finditer(skel):
            if pat is _REC_OURS_EN and "⟦R⟧" in x.skel[max(0, s + m.start() - 60):s + m.start()]:
                continue  # "the Santa Tin (Ho! Ho!) gift card is our top suggestion": a noun after the recommended item
            _role(claims, "item", sent[m.start():m.end()], "recommended", False,
                  "presents an item of the shopper's own history as the recommendation")
    for m in _LIKED.finditer(skel):
        _role(claims, "relation", sent[m.start():m.end()], "liked", False,
              f"says how the shopper felt about an item; the data only says they {facts.verb} it")
    # "shoppers who bought X also bought it": X must be a co-purchase partner of the recommended item
    if _COBUY_CUE.search(bare) and _PEOPLE_WORD.search(bare):
        named_ev = _items_in(mentions, s, e, "evidence")
        if named_ev and not any(mn.items & set(counts) for mn in named_ev):
            _role(claims, "relation", sent, "co_bought", False,
                  "a co-purchase said of items with no co-purchase count in the evidence")


_CO_LABEL_EN = re.compile(r"\bco-?(?:buyers|raters|purchasers|purchases|ratings)\s*:")
_LISTED_COUNT_EN = re.compile(r"\b(\d+)\s(?:(each)\s)?(?:with\s)?")  # one space each: the names are blanked


def _check_listed_counts(x: _Sentence) -> None:
    """An audit log's list after a label ("Co-buyers: 16 with SUBWAY card, 12 each with X and Y", "Co-raters: 24
    SUBWAY, 15 Panera Bread"): each number is the co-purchase count of the item named right after it (of each item
    named, after "each")."""
    label = _CO_LABEL_EN.search(x.bare)
    if label is None:
        return
    for m in _LISTED_COUNT_EN.finditer(x.bare, label.end()):
        a, b = x.s + m.start(1), x.s + m.end()
        if x.is_taken(a, x.s + m.end(1)):
            continue
        stop = min([i for i in (x.bare.find(c, m.end()) for c in ",;") if i >= 0], default=len(x.bare))
        named = [mn for mn in _named_items(x, b, x.s + stop) if mn.role == "evidence"]
        if not named or named[0].start != b:
            continue
        v = int(m.group(1))
        for mn in named if m.group(2) else named[:1]:
            have = [x.counts[i] for i in mn.items if i in x.counts]
            ok = v in have
            _role(x.claims, "number", x.low[a:mn.end], v, ok, f"the co-purchase count of {mn.text}" if ok else
                  f"{mn.text}'s co-purchase count is {have}" if have else
                  f"{mn.text} has no co-purchase count in the evidence")
        x.mask(a, x.s + m.end(1))


#: what joins a name to a count of its own buyers: "X, which 87 shoppers bought", "X, bought by 87", "X 共有 87 位"
_OWN_BUYERS_GAP = re.compile(r"[\s\"”'’)\]」》）]*(?:,\s*(?:which|that|(?:bought|purchased|ordered|rated)\s+by|with)|"
                             r"\s+(?:which|that)|\s*(?:一共|总共)?(?:共有|已有|有|共)|"
                             r"\s+(?:has|have|had|was|were|is)\s+(?:been\s+|already\s+)*(?:bought|purchased|ordered|"
                             r"rated)\s+by|\s+(?:has|had))\s*"
                             r"(?:has\s+|have\s+|had\s+)?(?:been\s+)?(?:(?:bought|purchased|rated)\s+by\s+)?"
                             r"(?:over\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?")


def _buyers_of_named(x: _Sentence, a: int) -> Mention | None:
    """The shopper's item a count at ``a`` follows at once as the count of its own buyers ("you bought X, which 87
    shoppers bought", "你买过的 X 共有 87 位顾客买过"); the evidence counts only the recommended item's buyers. (After a
    comma, "，共有 87 位顾客买过它" is read as the recommended item's, like "..., and 87 shoppers have bought it".)"""
    before = [m for m in x.mentions if x.s <= m.start and m.end <= a]
    last = max(before, key=lambda m: m.end, default=None)
    if last is None or last.role != "evidence" or not _OWN_BUYERS_GAP.fullmatch(x.low, last.end, a):
        return None
    return last


def _said_as_popularity(bare: str, nm: re.Match[str], v: int, pop: tuple[int, int] | None) -> bool:
    """A count said after the item's popularity and before any co-purchase cue of its own clause ("the second
    best-selling product, with 307 buyers; ... 9 of their buyers also bought it"): the item's own buyers."""
    if pop is None or v != pop[0] or not (_POPULAR_EN.search(bare, 0, nm.start()) or
                                           _POPULAR_ZH.search(bare, 0, nm.start())):
        return False
    stop = min([i for i in (bare.find(c, nm.end()) for c in ",;，；") if i >= 0], default=len(bare))
    return not _COBUY_CUE.search(bare, nm.end(), stop)


def _check_counts(x: _Sentence) -> None:
    """Counts of people: a co-purchase count of the named pair, else the popularity count."""
    _check_listed_counts(x)
    low, s, e, bare, pop, counts, mentions, claims, mask = x.low, x.s, x.e, x.bare, x.pop, x.counts, x.mentions, \
        x.claims, x.mask
    found = sorted(list(COUNT_EN.finditer(bare)) + list(_PEOPLE_NUM_ZH.finditer(bare)), key=lambda f: f.start())
    for k, nm in enumerate(found):
        gi = next(i for i, x in enumerate(nm.groups(), 1) if x)
        g = nm.group(gi)
        v = int(g) if g.isdigit() else (_NUM_WORDS_EN.get(g) or _zh_number(g) or 0)
        a = s + nm.start()
        clause = max(bare.rfind(c, 0, nm.start()) for c in ",;，；") + 1
        end = found[k + 1].start() if k + 1 < len(found) else len(bare)
        # the count's clause ends at the next count, or at a clause mark after it ("rated by 341 users, including
        # 271 who also rated X": the 341 is the item's own count)
        zh_end = min([i for i in (bare.find(c, nm.end()) for c in "，；。") if i >= 0], default=end)
        scope = bare[clause:min(end, zh_end)]
        bound = partner(low, a, s + nm.end(gi), x.by_name, counts, sentence=(s, e),
                        others=[(s + f.start(), s + f.end()) for f in found])
        if bound is not None:
            ok = v in bound.counts
            why = (f"the co-purchase count of {bound.mention.text}" if ok else
                   f"{bound.mention.text}'s co-purchase count is {list(bound.counts)}" if bound.counts else
                   f"{bound.mention.text} has no co-purchase count in the evidence")
        elif _said_as_popularity(bare, nm, v, pop):
            ok, why = True, "the recommended item's popularity count"
        elif (owner := _buyers_of_named(x, a)) is not None and not _COBUY_CUE.search(scope):
            ok, why = False, f"a count of the buyers of {owner.text}, which the evidence does not hold"
        elif _COBUY_CUE.search(scope) and counts:
            named_counts = [counts[i] for mn in _items_in(mentions, s, e) for i in mn.items if i in counts]
            pool = named_counts or list(counts.values())
            ok = v in pool
            why = "a co-purchase count of the named pair" if ok else f"the pair's co-purchase count is {pool}"
        else:
            ok = pop is not None and pop[0] == v
            why = "the recommended item's popularity count" if ok else (
                "the evidence has no popularity count" if pop is None else f"the popularity count is {pop[0]}")
        _role(claims, "number", low[a:s + nm.end()], v, ok, why)
        mask(s + nm.start(gi), s + nm.end(gi))


def _named_items(x: _Sentence, s: int, e: int) -> list[Mention]:
    """The evidence and recommended items named in ``low[s:e]`` by a name that stands for one of them."""
    allowed = {x.sup.rec.item, *x.sup.evidence}
    return [m for m in _items_in(x.by_name, s, e) if len(m.items & allowed) == 1]


#: "这三本杂志", "这两款", "A、B 和 C 三本杂志", "这两次购买": a count of the items just named (not a place, "第三本",
#: a pack, "三张装", people, "两个人", or the pair of a co-purchase, "两件都买了")
_THESE_ZH = re.compile(r"(?<!第)(?<!前)(?:这|那)?\s*([两二三四五六])\s*(?:本|张|款|件|部|样|个|次|笔|单)"
                       r"(?!\s*(?:都|装|人|顾客|用户|读者|买家|也|同样|还))")


def _check_item_counts(x: _Sentence) -> None:
    """A number word that counts the shopper's own items ("your two Hearthly kettles, X and Y", "这三本杂志"): as
    many as the sentence names (in a counterfactual, as many as it removes)."""
    named = {i for m in _named_items(x, x.s, x.e) if m.role == "evidence" for i in m.items}
    cf = x.facts.counterfactual if x.cf_sentence else None
    for m in _THESE_ZH.finditer(x.bare):
        v = _ZH_DIGITS[m.group(1)]
        # "这两件商品": the items named before it, the shopper's ("这两张卡你都买过") or theirs and the recommended one
        before = _named_items(x, x.s, x.s + m.start(1))  # (the names are blanked: the match may start inside one)
        if not before and m.group().startswith(("这", "那")):  # "买过这三款的顾客": the items the sentence before named
            before = _named_items(x, x.previous_start(), x.s)
        want = {len(cf.get("removed", []))} if cf else {len({i for n in before for i in n.items}), len(
            {i for n in before if n.role == "evidence" for i in n.items})}
        _role(x.claims, "number", m.group(), v, v in want, "the number of the items it names" if v in want else
              f"{'the counterfactual removes' if cf else 'the sentence names'} {max(want)} items, not {v}")
        x.mask(x.s + m.start(), x.s + m.end())
    if cf:
        return  # an English counterfactual's count of removed items is bound there
    # (pack sizes, "four-pack", are masked before the sentences are read; "three-card" is not one)
    for m in re.finditer(r"\b(two|three|four|five|six)\b(?!-cards?\b)(?!\s+thousand\b)"
                         r"(?!\s+(?:other\s+|more\s+)?" + _PEOPLE_EN + ")", x.bare):
        if x.is_taken(x.s + m.start(), x.s + m.end()):
            continue  # bound already ("number three", "the top two")
        v = _NUM_WORDS_EN[m.group(1)]
        ok = v == len(named)
        _role(x.claims, "number", m.group(), v, ok, "the number of the shopper's items it names" if ok else
              f"the sentence names {len(named)} of the shopper's items, not {v}")
        x.mask(x.s + m.start(), x.s + m.end())


_COMPARE_EN = re.compile(r"\b(less|cheaper|lower|under|below|more|pricier|dearer|higher)\b(?:\s+than)?(?!\s+popular)|"
                         r"\b(?:the\s+)?(same)(?:\s+price)?\s+as\b|"
                         r"\bpriced\s+(?:just\s+|exactly\s+)?(like)\b|\bcosts?\s+(?:just\s+|exactly\s+)?(as much) as\b|"
                         r"\b(twice|double|half)\s+(?:(?:the\s+)?(?:price|cost)\s+of|what)\b|"
                         r"\b(?:an?\s+)?step\s+(up|down)(?:\s+in\s+price)?\s+from\b|"
                         r"\b(?:about\s+|roughly\s+|nearly\s+|almost\s+|just\s+(?:under|over)\s+)?(half)\s+(?:of\s+)?"
                         r"(?=(?:the|your|that)\s)")  # "just under half of the S12's $13.99"


_THAT_ONE = re.compile(r"\s+(?:that|this)\s+(?:one|[a-z]+)\b")


def _check_comparisons(x: _Sentence) -> None:
    """A price comparison ("at $6.99 they cost less than the X you bought", "$4 cheaper than X"): see
    :func:`_compare_prices`."""
    for m in _COMPARE_EN.finditer(x.bare):
        a, b = x.s + m.start(), x.s + m.end()
        if x.is_taken(a, b):
            continue  # a rank said by what outsells the item ("only two cards sell more than X"), bound already
        after = [n for n in _named_items(x, b, x.e) if len(_EN_WORD.findall(x.low[b:n.start])) <= 4][:1]
        if not after and _THAT_ONE.match(x.low, b):  # "cheaper than that case": the shopper's item named before
            after = [n for n in _named_items(x, x.s, a) if n.role == "evidence"][-1:]
        word = m.group(1) or m.group(5) or m.group(6) or m.group(7) or (
            "same" if m.group(2) or m.group(3) or m.group(4) else "")
        relation = "same" if word == "same" else "less" if word in ("less", "cheaper", "lower", "under", "below",
                                                                    "down") \
            else "twice" if word in ("twice", "double") else "half" if word == "half" else "more"
        diff = next((d for d in PRICE_DIFF.finditer(x.low, max(x.s, a - 30), b) if d.end() == a), None)
        if not after or not _compare_prices(x, a, ",;:", after[0], relation, diff, diff.start() if diff else a):
            if word in ("same", "up", "down"):  # neutral words: their comparison is refused here, not by the vocabulary
                _role(x.claims, "comparison", m.group(), None, False, "a comparison the evidence's prices cannot "
                      "verify")
            continue  # not a comparison of two priced items: the word stays for the vocabulary to refuse
        x.mask(diff.start() if diff else a, b)


_COMPARE_ZH = re.compile(r"比|和|与|跟|同")
_COMPARE_ZH_AFTER = re.compile(r"\s*(?:\d+(?:\.\d+)?\s?(?:l|ml|gb|oz)\b)?"  # a size of the title ("S5 1L 水瓶")
                               r"\s*(?:[\u4e00-\u9fff]{1,4}(?=\s*[（(]))?"  # "X 水瓶（20.99 美元）便宜"
                               r"\s*(?:[（(][^）)]{0,24}[）)])?\s*(?:[\u4e00-\u9fff]{1,3}?(?=的?(?:价格|售价|价钱)?\s*"
                               r"(?:便宜|贵|低|高|一样|相同|相当|同价|等价)))?"
                               r"(?:的)?\s*(?:价格|售价|价钱)?\s*(?:也)?(?:要)?(?:更)?(?:还)?"
                               r"(便宜|贵|低|高|一样|相同|相当|同价|等价)")


def _check_comparisons_zh(x: _Sentence) -> None:
    """A Chinese price comparison ("比你买过的 X 便宜", "和 X 价格相同", "贵 2 美元"): see :func:`_compare_prices`."""
    for m in _COMPARE_ZH.finditer(x.bare):
        a = x.s + m.start()
        after = [n for n in _named_items(x, x.s + m.end(), x.e) if n.start - (x.s + m.end()) <= 8][:1]
        tail = _COMPARE_ZH_AFTER.match(x.low, after[0].end) if after else None
        if tail is None or (m.group() == "比") != (tail.group(1) in ("便宜", "贵", "低", "高")):
            continue
        word = tail.group(1)
        relation = "same" if word in ("一样", "相同", "相当", "同价", "等价") else "less" if word in ("便宜", "低") \
            else "more"
        diff = PRICE_DIFF_ZH.match(x.low, tail.end())  # "便宜 2 美元"
        if not _compare_prices(x, a, "，；：,;", after[0], relation, diff, a, tail.end()):
            if word in ("同价", "等价"):  # made of vocabulary characters: refused here
                _role(x.claims, "comparison", x.low[a:tail.end()], None, False, "a comparison the evidence's "
                      "prices cannot verify")
            continue  # not two priced items: the words stay for the vocabulary to refuse
        if diff is not None:
            x.mask(diff.start(), diff.end())
        x.mask(a, x.s + m.end())
        x.mask(tail.start(1), tail.end(1))


def _compare_prices(x: _Sentence, a: int, marks: str, other: Mention, relation: str, diff: re.Match[str] | None,
                    start: int, end: int | None = None) -> bool:
    """The comparison at ``a`` of the subject (the last item named before it in its clause, split at ``marks``,
    else the recommended item) with ``other`` by their prices: ``relation`` "less", "more", "same", "twice" or
    "half" (within 1%), and the
    difference ``diff`` says when given. Claimed as ``low[start:end]`` (``end``: ``other``'s end); False, and
    nothing claimed, when the two are not both priced items."""
    prices = x.sup.price_of
    clause = max(x.low.rfind(c, x.s, a) for c in marks) + 1 or x.s
    before = _named_items(x, max(clause, x.s), a)
    subject = next(iter(before[-1].items), None) if before else x.sup.rec.item
    priced = other.items & set(prices)
    if subject not in prices or not priced:
        return False
    p, q = prices[subject], prices[next(iter(priced))]
    ok = {"same": abs(p - q) < 0.005, "less": p < q, "more": p > q, "twice": abs(p - 2 * q) <= 0.01 * p,
          "half": abs(2 * p - q) <= 0.01 * q}[relation]
    if diff is not None:  # "$4 cheaper than X", "便宜 2 美元": the difference of the two prices too
        ok = ok and abs(abs(p - q) - price_difference(diff)) < 0.005
    _role(x.claims, "comparison", x.low[start:other.end if end is None else end], (p, q), ok,
          "the prices of the two items" if ok else f"compares ${p:g} with ${q:g}")
    return True


def _ordinal(o: str) -> int | None:
    o = o.strip().lstrip("#").replace("number", "").strip()
    if o in _ORDINAL_EN:
        return _ORDINAL_EN[o]
    if o in _NUM_WORDS_EN:  # "number three"
        return _NUM_WORDS_EN[o]
    digits = re.sub(r"\D", "", o)
    return int(digits) if digits else _zh_number(o)


def _is_people(sent: str, nm: re.Match[str]) -> bool:
    return bool(re.match(rf"\s*(?:other\s+)?(?:{_PEOPLE_EN}|位|名|个|人|of them)", sent[nm.end():]))




_LEAD_PRICE = re.compile(r"\s*,\s*(?:the\s+|this\s+|your\s+)?")


def _in_price_band(low: str, m: re.Match[str], v: float, sup: Support) -> bool:
    """A price that is one end of the price band feature, with the other end beside it as a range ("$8.99-11.99",
    "between $8.99 and $11.99", "8.99 到 11.99 美元")."""
    near = low[max(0, m.start() - 30):m.end() + 30]
    nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", near)]
    return any(abs(v - a) < 0.005 and any(abs(n - b) < 0.005 for n in nums) or
               abs(v - b) < 0.005 and any(abs(n - a) < 0.005 for n in nums) for a, b in sup.price_bands)


def _check_prices(low: str, mentions: list[Mention], sup: Support, claims: list[Claim],
                  mask: Callable[[int, int], None], taken: list[tuple[int, int]]) -> None:
    prices = sup.price_of
    for m in _PRICE.finditer(low):
        if overlaps(taken, m.start(), m.end()):
            continue  # a price difference bound by its comparison ("$4 cheaper than X")
        v = float((m.group(1) or m.group(2)).replace(",", "."))
        a = max(low.rfind(c, 0, m.start()) for c in ",;.，；。") + 1
        named = [x for x in mentions if a <= x.start < m.start()]
        bracket = max(low.rfind(c, a, m.start()) for c in "(（")
        if bracket >= 0 and any(x.start > bracket for x in named):  # "(the Starbucks four-pack at $40": in the
            named = [x for x in named if x.start > bracket]  # brackets, the name there; "X ($20.99)": X's
        # "the Snowflake Tin gift card": a name followed at once by another (a product noun that matches many
        # titles) is one noun phrase; the price is the first name's
        while len(named) > 1 and not low[named[-2].end:named[-1].start].strip():
            named.pop()
        lead = _LEAD_PRICE.match(low, m.end())
        if not named and lead and re.fullmatch(r"\s*(?:at|for|priced at)\s*", low[a:m.start()]):
            named = [x for x in mentions if x.start == lead.end()]  # "At $19.99, the X ...": the X's price
        elif re.search(r"\bthe\s+$", low[:m.start()]):
            # "the $25 Santa Tin card": the price of the name right after it
            named = [x for x in mentions if x.start == m.end() + 1] or named
        pool = [prices[i] for x in named[-1:] for i in x.items if i in prices] if named else (
            [sup.rec.price] if sup.rec.price is not None else [])
        ok = any(abs(v - p) < 0.005 for p in pool)
        why = "the price of the item it is said of"
        if not ok and _in_price_band(low, m, v, sup):
            ok, why = True, "an end of the recommended item's price band (a feature), said as a range"
        _role(claims, "price", m.group(), v, ok, why if ok else
              f"the item it is said of costs {pool or 'nothing the evidence knows'}")
        mask(m.start(), m.end())
