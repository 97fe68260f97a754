"""The open-world rules: the claims a sentence makes and which of them the Facts refute.


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
  to an item, or removing an item changes the ranking (counterfactual);
- ``unsafe``: a link, contact, instruction, request to act outside the shop,
  credential request or medical, legal or financial advice
  (:func:`whyrec.narrate.factcheck.untrusted.screen`), never supported.

A claim is supported only by the :class:`~whyrec.narrate.facts.Facts`; the
result lists the unsupported claims, and ``passed`` is True when there are
none. The checker is a set of rules, not a model: what it does not recognise
as a claim (a free-text attribute outside the catalogue's vocabulary and the
lexicons below) it cannot reject."""

from __future__ import annotations

import re
from typing import Any

from whyrec.errors import check_choice
from whyrec.narrate.factcheck import glossary
from whyrec.narrate.factcheck.catalogue import CatalogueIndex
from whyrec.narrate.factcheck.claims import NO_ROLE, CheckResult, Claim
from whyrec.narrate.factcheck.claims import add_claim as _claim
from whyrec.narrate.factcheck.lexicons import (
    _COBUY_EN,
    _COBUY_ZH,
    _COUNTERFACTUAL_EN,
    _COUNTERFACTUAL_ZH,
    _CURRENCY_AFTER,
    _CURRENCY_BEFORE,
    _DID_WORDS_EN,
    _MARKETING_EN_ANY,
    _MARKETING_EN_PATTERNS,
    _MARKETING_ZH,
    _NEG_EN,
    _NOUN_FITS,
    _NOUN_FITS_ZH,
    _NUM_WORDS_EN,
    _NUMBER,
    _OWN_VERB_EN,
    _OWN_VERB_ZH,
    _PEOPLE_EN,
    _POPULAR_EN,
    _POPULAR_ZH,
    _PRODUCT_NOUNS_EN,
    _PRODUCT_NOUNS_ZH,
    _QUOTED,
    _SENT,
    _SHOP_WORDS,
    _SHOPPER_RECOMMENDS_EN,
    _SHOPPER_RECOMMENDS_ZH,
    _SIMILAR_EN,
    _SIMILAR_ZH,
    _STOP,
    _TIER_PATTERNS,
    _TOKEN,
    _WORD,
    _ZH_CATEGORIES,
    PRICE_DIFF,
    PRICE_DIFF_ZH,
    _lower,
    _tokens,
    _zh_number,
    english_lexicon,
    fold_latin,
)
from whyrec.narrate.factcheck.mentions import Mention, Support, brand_mentions, find_mentions, skeleton
from whyrec.narrate.factcheck.partners import count_spans, partner
from whyrec.narrate.factcheck.positions import enumeration_spans, list_sizes
from whyrec.narrate.factcheck.untrusted import screen
from whyrec.narrate.factcheck.word_classes import PRODUCT_KIND_EN
from whyrec.narrate.facts import LANGS, Facts
from whyrec.narrate.phrases import ZH_CATEGORY, is_popular

_DID_EN = rf"(?:{_DID_WORDS_EN}|subscribed\s+to)"
_EXCLUSIVE = re.compile(r"\bthe\s+only\b(?!\s+\d)|唯一")
#: the recommended item, the one name so far, then "N shoppers who bought it also bought the recommended item / it"
_SELF_PAIR_EN = re.compile(
    rf"⟦R⟧\u2063*[^⟦.;!?]{{0,60}}?\b(?:\d+|many|some|several|other)\s+(?:other\s+)?{_PEOPLE_EN}\s*,?\s+who\s+"
    rf"(?:have\s+|had\s+|also\s+)*{_DID_EN}\s+(?:it|this(?:\s+one)?)\s*,?\s+(?:have\s+)?(?:also|too)\s+{_DID_EN}\s+"
    r"(?:⟦R⟧|it\b|this\b|the\s+(?:recommended|suggested)\s+(?:item|product|one|title|movie|film|card|magazine))")
#: a Chinese comparison open up to this point of its clause ("比你买过的 X …"): a tier word after it is its verdict
_ZH_COMPARED = re.compile(r"比[^，。；！？,;!?]*$")


# ---------------------------------------------------------------- the checker

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
    sup = Support(facts)
    index = (catalogue or CatalogueIndex()).overlay([facts.item, *sup.evidence.values()])
    low = _lower(text)
    claims: list[Claim] = []

    # ---- items
    mentions = find_mentions(text, low, index, sup)
    m: Mention | re.Match[str]  # the mentions, then regex matches
    for m in mentions:
        if m.role == "other":
            names = sorted(index.items[i].name for i in m.items)[:3]
            _claim(claims, "item", m.text, sorted(m.items)[0], False,
                   f"names {' / '.join(names)}, which is not in the evidence")
        else:
            _claim(claims, "item", m.text, sup.rec.item if m.role == "rec" else sorted(m.items & set(sup.evidence))[0],
                   True, "the recommended item" if m.role == "rec" else "an evidence item")
    spans = [(m.start, m.end) for m in mentions]
    skel = skeleton(low, mentions)
    _check_quoted(text, low, mentions, index, sup, claims)

    _check_names_and_attributes(text, low, mentions, spans, index, sup, claims)

    _check_deixis(text, low, sup, claims)
    _check_name_nouns(text, low, mentions, sup, claims)

    # ---- numbers and prices
    _check_numbers(text, low, mentions, sup, index, claims)

    # ---- relations
    _check_relations(skel, text, sup, claims, index)

    # ---- made-up words (a small model's "iklvaites")
    _check_words(low, spans, sup, index, claims)

    # ---- untrusted output: links, contacts, instructions, requests, advice (names included)
    claims.extend(screen(text, facts))

    unsupported = [c for c in claims if not c.supported]
    return CheckResult(passed=not unsupported, claims=claims, unsupported=unsupported)





def _check_names_and_attributes(text: str, low: str, mentions: list[Mention], spans: list[tuple[int, int]],
                                index: CatalogueIndex, sup: Support, claims: list[Claim]) -> None:
    """Brands, categories and attributes outside item names (catalogue names, Chinese category names, brand-category
    pairs, "a wireless smartphone"), then the attribute lexicons (price tiers, marketing claims)."""
    toks = [(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(low)]
    brand_hits: list[tuple[int, int, str]] = []
    cat_hits: list[tuple[int, int, str]] = []
    attr_hits: list[tuple[int, int, str]] = []
    for i, j, s, e, name, kind in index.name_hits(low):
        k = i
        while k < j - 1 and toks[k][0] in _STOP:  # "The Cheesecake Factory" where the name starts at "Cheesecake"
            k += 1
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
            ok = cat.lower() in sup.categories or cat.lower() in sup.words
            if not ok and zh in glossary.allowed(sup.words | {t for c in sup.categories for t in _tokens(c)}):
                # "食谱" of a cooking magazine: the Chinese word of the evidence's own words, not the shop's category
                _claim(claims, "category", zh, cat, True, "a Chinese word of the evidence's own category")
                continue
            cat_hits.append((m.start(), m.end(), cat))
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
            if _covered(spans, m.start(), m.end()) or (not w.isascii() and _ZH_COMPARED.search(low, 0, m.start())):
                continue  # "比 X 便宜" compares two prices (the content gate binds it), it names no tier
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


def _check_quoted(text: str, low: str, mentions: list[Mention], index: CatalogueIndex, sup: Support,
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


def _noun_en(noun: str) -> str | None:
    """The product noun of :data:`_PRODUCT_NOUNS_EN` that ``noun`` is (or its plural), else None."""
    for stem in (noun, noun[:-2] if noun.endswith("es") else "", noun[:-1] if noun.endswith("s") else ""):
        if stem in _PRODUCT_NOUNS_EN:
            return stem
    return None


def _fits(noun: str, own: str, own_zh: str = "") -> bool:
    """Whether a product noun (English stem or Chinese) describes an item whose title, category and features are
    ``own`` (lower case) and whose Chinese category name is in ``own_zh``."""
    if noun.isascii():
        return noun in own or any(w in own for w in _NOUN_FITS.get(noun, ()))
    return noun in own_zh or any(w in own for w in _NOUN_FITS_ZH.get(noun, ()))


def _own(items: list[Any], features: tuple[Any, ...] = ()) -> tuple[str, str]:
    """The titles, categories and feature values of ``items`` (lower case), and that with their Chinese category
    names in front."""
    own = " ".join(x for it in items for x in (it.title, it.category) if x)
    own = " ".join([own, *[str(v) for _, v, _ in features]]).lower()
    return own, "".join(ZH_CATEGORY.get(it.category or "", "") for it in items) + own


_ZH_NOUN = re.compile("|".join(sorted(_PRODUCT_NOUNS_ZH, key=len, reverse=True)))


def _check_deixis(text: str, low: str, sup: Support, claims: list[Claim]) -> None:
    """"this strap", "这条瑜伽带": the noun after "this" must fit the recommended item (its title, category or a
    feature value holds it)."""
    own, own_zh = _own([sup.rec], tuple(sup.facts.features))
    for m in re.finditer(r"\b(?:this|these)\s+(?:[a-z'-]+\s+){0,2}?([a-z]+)\b", low):
        noun = m.group(1)
        stem = _noun_en(noun)
        if stem is not None and not _fits(stem, own):
            _claim(claims, "attribute", text[m.start():m.end()], noun, False,
                   f"calls the recommended item a {noun}, which its title and category do not say")
    # "这是精装本": said of the recommended item
    for m in re.finditer(r"(?:这|它|该书|这本)(?:是|为)(?:一本)?(精装|平装)", text):
        english = glossary.ZH_GLOSS.get(m.group(1), ())
        if not any(re.search(rf"\b{e}\b", own) for e in english):
            _claim(claims, "attribute", m.group(), m.group(1), False,
                   f"calls the recommended item {m.group(1)}, which its title and category do not say")
    hist, hist_zh = _own(list(sup.evidence.values()))
    for m in re.finditer(r"(?:这|该)(?:条|款|个|件|双|本|瓶|支|台|只|种)?(" + _ZH_NOUN.pattern + ")", text):
        noun = m.group(1)
        if re.search(r"(?:买|购|评|订)[过了]\s*$", text[:m.start()]) and _fits(noun, hist, hist_zh):
            continue  # "买过这款茶的顾客": the buyers of a shopper's item named before, not the recommended item
        if not _fits(noun, own, own_zh):
            _claim(claims, "attribute", m.group(), noun, False,
                   f"calls the recommended item {noun}, which its title and category do not say")


def _check_name_nouns(text: str, low: str, mentions: list[Mention], sup: Support, claims: list[Claim]) -> None:
    """"the Trailfox S5 shoes", "Trailfox Z10 鞋子": a product noun right after a name must fit the item it names."""
    known = {sup.rec.item: sup.rec, **sup.evidence}
    for m in mentions:
        items = [known[i] for i in m.items if i in known]
        if m.role == "other" or not items:
            continue
        gap = len(text[m.end:]) - len(text[m.end:].lstrip(" \t"))
        en = re.match(r"[a-z]+\b", low[m.end + gap:]) if gap else None
        zh = _ZH_NOUN.match(text, m.end + gap)
        noun = _noun_en(en.group()) if en else zh.group() if zh else None
        if noun is None:
            continue
        own, own_zh = _own(items)
        if not _fits(noun, own, own_zh):
            e = m.end + gap + len(en.group() if en else noun)
            _claim(claims, "attribute", text[m.start:e], noun, False,
                   f"calls {m.text!r} {text[e - len(en.group() if en else noun):e]!r}, which its title and category "
                   "do not say")


#: what may stand between a brand and the name it makes ("TV Guide magazine B000...", "X, also by Penrose Press")
_KINDS_EN = "|".join(sorted(PRODUCT_KIND_EN, key=len, reverse=True))
_BRAND_BEFORE_NAME = re.compile(rf"\s*(?:的|出版的|出品的|'s|\s)?\s*(?:(?:{_KINDS_EN})\s+)?")
_BRAND_AFTER_NAME = re.compile(r"[\s,]*(?:also\s+|too\s+)?(?:from|by|published by|made by)\s*")


def _check_pairs(text: str, low: str, brand_hits: list[tuple[int, int, str]], cat_hits: list[tuple[int, int, str]],
                 mentions: list[Mention], index: CatalogueIndex, sup: Support, claims: list[Claim]) -> None:
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
            adjacent = (0 <= m.start - be <= 24 and _BRAND_BEFORE_NAME.fullmatch(gap_after)) or (
                0 <= bs - m.end <= 18 and _BRAND_AFTER_NAME.fullmatch(gap_before))
            if adjacent:
                brands = {(index.items[i].brand or "").lower() for i in m.items}
                ok = b in brands
                _claim(claims, "brand", text[min(bs, m.start):max(be, m.end)], brand, ok,
                       "the brand of the named item" if ok else f"{m.text} is not made by {brand}")


def _number_claim(value: float, kind: str, sup: Support, pool: list[float] | None = None) -> tuple[bool, str]:
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
    return ok, "a number of the evidence" if ok else f"{NO_ROLE} {value:g}"


def _check_numbers(text: str, low: str, mentions: list[Mention], sup: Support,
                   index: CatalogueIndex, claims: list[Claim]) -> None:
    names = [(m.start, m.end) for m in mentions]
    # the spans no number is read from: the names, and what the content gate binds (list sizes, "the store's top
    # ten"; price differences, "$4 cheaper than X"); then each number read
    taken: list[tuple[int, int]] = names + list_sizes(low) + enumeration_spans(low) + [
        (m.start(), m.end()) for pat in (PRICE_DIFF, PRICE_DIFF_ZH) for m in pat.finditer(low)]
    counts = {it.item: float(c) for it, c in sup.facts.neighbours}
    people = count_spans(low, names)
    int_counts = {i: int(c) for i, c in counts.items()}
    by_name = sorted(mentions + brand_mentions(text, low, sup, mentions), key=lambda m: m.start)
    sentences = [(m.start(), m.end()) for m in _SENT.finditer(low)]

    def add(s: int, e: int, value: float, kind: str) -> None:
        if _covered(taken, s, e) or any(a <= s < b for a, b in names):  # "Core 4 owners": the 4 is the name's
            return
        taken.append((s, e))
        pool = None
        bound = None
        if kind == "people" and counts:
            sent = next((x for x in sentences if x[0] <= s < x[1]), (0, len(low)))
            digits = re.match(r"[0-9a-z]+|[零一二两三四五六七八九十]+", low[s:e])
            bound = partner(low, s, s + (digits.end() if digits else e - s), by_name, int_counts, sentence=sent,
                            others=people)
        if bound is not None:  # "38 other Core 4 owners", "买过 X 的顾客中有 12 位": that pair's count
            kind, pool = "cobuyers", [float(c) for c in bound.counts]
        elif kind == "people" and counts:
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
        v: float | None = _zh_number(m.group(2))
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
    for m in re.finditer(rf"\b(\d+|{words})\s+(?:of them|of those|of these|(?:purchases|orders|sales|times?|buyers))\b",
                         low):
        g = m.group(1)
        if re.search(r"\b(?:your|those|these)\s+$", low[:m.start()]):
            continue  # "your two purchases": the shopper's own items, which the content gate counts
        add(m.start(), m.end(), float(_NUM_WORDS_EN[g] if g in _NUM_WORDS_EN else num(g)), "people")
    # times / counts ("bought 40 times", "40次", "卖出了40件")
    for m in re.finditer(r"(\d+|[二两三四五六七八九十]+)\s?(?:次|件|份)", text):
        g = m.group(1)
        if text[max(0, m.start() - 1):m.start()] == "这" or (
                g in ("两", "二") and re.match(r"[件样个份]?(?:都|商品都|东西都)", text[m.end() - 1:m.end() + 3])):
            continue  # "两件都买了", "这三件商品": the items named, which the content gate counts; not people
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
    """Start and end of the clause (between sentence punctuation, commas and dashes) around position ``pos``."""
    a = max(low.rfind(c, 0, pos) for c in ".;!?。；！？,，—–")
    ends = [e for e in (low.find(c, pos) for c in ";!?。；！？，—–") if e >= 0]
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


def _clause_has_negation(before: str) -> bool:
    return bool(_NEG_EN.search(before))


def _check_relations(skel: str, text: str, sup: Support, claims: list[Claim], index: CatalogueIndex) -> None:
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
        rf"\byour\s+(?:purchase|order|rating|subscription)\s+(?:of|to)\s+(?:the\s+|a\s+)?{Q}?{R}",
        rf"\bthe\s+(?:shopper|customer|user|buyer)\s+(?:has\s+|had\s+|already\s+)*{_OWN_VERB_EN}\s+"
        rf"(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){{0,2}}{Q}?{R}",
        rf"\b(?:another|restock|re-?order|replace|refill)\s+(?:your\s+|the\s+|a\s+)?{Q}?{R}",
        rf"\b(?:buy|order|get)\s+{Q}?{R}{Q}?\s+again\b",
        rf"\bthanks? (?:you )?for (?:buying|purchasing|ordering|your order of|choosing)\s+(?:the\s+)?{Q}?{R}",
        rf"\benjoying\s+(?:your\s+|the\s+)?{Q}?{R}",
        rf"\b(?:past|previous|former|recent) (?:buyer|owner|purchaser|purchase) of\s+(?:the\s+)?{Q}?{R}",
        r"\byou(?:'ve| have)? (?:already |previously )?(?:bought|purchased|owned|had|ordered) "
        r"(?:it|this|this one)\b[^.;!?]{0,20}\b(?:before|already|previously|again)\b",
        r"\byou (?:already|still) (?:own|have|bought|use) (?:it|this|this one)\b",
        # "We recommend R because you bought it": "it" can only be R, the one name before it
        rf"{R}{Q}?[^.;!?⟦]{{0,40}}?\b(?:because|since|as|and)\s+you(?:'ve| have| already|\s)*{_OWN_VERB_EN}\s+"
        r"(?:it|this one)\b",
        rf"\byou(?:'re| are)?\s+(?:already|still)\s+(?:get(?:ting)?|receiv(?:e|ing)|subscrib(?:e|ed|ing)\s+to|"
        rf"read(?:ing)?|tak(?:e|ing)|us(?:e|ing))\s+(?:the\s+)?{Q}?{R}",
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
    # "you already have Hearst's recipe magazine R": a brand and a kind of product between the verb and the item
    for m in re.finditer(rf"\byou(?:'ve| have| already| also| previously|\s)*{_OWN_VERB_EN}\s+(?:the\s+|a\s+|your\s+)?"
                         rf"((?:[a-z][a-z&.'-]*\s+){{1,6}}){Q}?{R}", skel):
        words = m.group(1).split()
        if not _clause_has_negation(skel[max(0, m.start() - 20):m.end()]) and not any(
                w in _STOP or w in ("so", "because", "since", "we", "and", "or", "if") for w in words):
            owned(m, "says the user already has the recommended item")
    # "你买过的 Hearst 食谱杂志 R": a brand and a kind of product between the purchase and the item
    for m in re.finditer(rf"(?:您|你)(?:之前|已经|曾经|早已|已)*{_OWN_VERB_ZH}(?:了|过)?的\s*"
                         rf"(?:[a-z][a-z&'.\- ]{{0,30}}?)?\s*([\u4e00-\u9fff]{{1,6}})\s*{Q}?{R}", skel):
        if not set(m.group(1)) & set("推荐让给顾客人买也都是和与及还没未不"):
            owned(m, "says the user already bought the recommended item")
    for pat in (
        rf"(?:您|你)的\s*{Q}?\s*(?:the\s+)?{R}",
        rf"{R}\s*{Q}?\s*(?:是)?(?:您|你)(?:之前|已经)?(?:买过|购买过|已购买|拥有)",
        rf"再(?:买|来|入手|下单)一?(?:件|个|份|次)?\s*{Q}?{R}",
        r"(?:您|你)(?:已经)?(?:买过|购买过|买了|购买了|拥有)(?:它|这款|这件)(?!的)",
        # "你买过 X，买过 R": the same subject goes on to the recommended item
        rf"(?:您|你)(?:之前|已经|曾经|也)?(?:买过|购买过|买了|评过|订过)[^。！？；]{{0,80}}?[，、]\s*(?:还|也|又)?"
        rf"(?:买过|购买过|买了|评过|订过)\s*{Q}?{R}",
    ):
        for m in re.finditer(pat, skel):
            owned(m, "says the user already bought the recommended item")
    seen: set[tuple[int, int]] = set()
    for s, e, why in found:
        if any(a <= s < b for a, b in seen):
            continue
        seen.add((s, e))
        _claim(claims, "relation", text[s:e], ("bought", facts.item.item), False, why)
    # "R ... because 6 shoppers who bought it also bought the recommended item": "it" can only be R, the one name
    # before it, so the count pairs the recommended item with itself
    for m in _SELF_PAIR_EN.finditer(skel):
        _claim(claims, "relation", text[m.start():m.end()], "co_bought", False,
               "pairs the recommended item with itself: a co-purchase count belongs to a history item and the "
               "recommended item")
    # "the only item on your list that ...", "你唯一一张": an exclusive claim, which no evidence states
    for m in _EXCLUSIVE.finditer(skel):
        _claim(claims, "attribute", text[m.start():m.end()], "exclusive", False,
               "an exclusive claim ('the only ...'): the evidence lists facts about some items, never about all")
    # the shop recommends; a shopper (or "you") recommending anything is an event no evidence holds
    for says in (_SHOPPER_RECOMMENDS_EN, _SHOPPER_RECOMMENDS_ZH):
        for m in says.finditer(skel):
            _claim(claims, "relation", text[m.start():m.end()], "recommended_by_shopper", False,
                   "the evidence holds purchases and ratings; no shopper recommended anything")

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



def _check_words(low: str, spans: list[tuple[int, int]], sup: Support, index: CatalogueIndex,
                 claims: list[Claim]) -> None:
    """Words of four or more letters outside item names that are neither English (the lexicon) nor words of the
    evidence or catalogue: an invented term is a claim nothing supports."""
    lexicon = english_lexicon()
    if lexicon is None:
        return
    tables = (index.brands, index.categories, index.attributes)
    known = _SHOP_WORDS | sup.words | index.title_tokens | {t for table in tables for key in table for t in key}
    for m in _WORD.finditer(fold_latin(low)):
        w = m.group()
        if w in lexicon or w in known or _covered(spans, m.start(), m.end()):
            continue
        if w.endswith("s") and (w[:-1] in lexicon or w[:-1] in known):  # plurals the word-piece vocabulary splits
            continue
        if w.endswith("n") and low.startswith("'t", m.end()) and w[:-1] in lexicon:  # shouldn't, wasn't
            continue
        _claim(claims, "word", w, w, False, "not an English word and not a word of the evidence")
