"""What a sentence names, and what the Facts allow it to say: the names of items a text mentions (matched
against the evidence and the catalogue), their roles, and the support table of the rules and the content gate."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from whyrec.narrate.factcheck.catalogue import CatalogueIndex
from whyrec.narrate.factcheck.lexicons import (
    _COMMON,
    _STOP,
    _TIERS,
    _TOKEN,
    MAX_CANDIDATES,
    MAX_NGRAM,
    _lower,
    _tokens,
)
from whyrec.narrate.facts import Facts


@dataclass
class Mention:
    """A name in a text: its character span, the items it may stand for, and its role (``"rec"``, ``"evidence"``
    or ``"other"``: an item outside the evidence)."""

    start: int  # char offsets in the text
    end: int
    items: set[str]
    role: str  # "rec" | "evidence" | "other"
    text: str


class Support:
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
        self.price_of = {it.item: it.price for it in allowed if it.price is not None}  # by item: the recommended
        self.prices = list(self.price_of.values())  # and the evidence's, then the prices in feature values
        for _, v in fvalues:
            self.prices += [float(x) for x in re.findall(r"\d+(?:\.\d+)?", v)]
        #: the recommended item's price band as a feature ("price", "8.99-11.99"): its two ends
        self.price_bands = [(float(a), float(b)) for f, v in fvalues if f == "price"
                            for a, b in re.findall(r"(\d+(?:\.\d+)?)\s*[-–~]\s*\$?(\d+(?:\.\d+)?)", v)]
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
        for weight in [w for _, w in facts.history] + [w for *_, w in facts.features]:  # an attribution weight,
            self.numbers.update({round(weight, 2), round(weight, 3)})  # said beside its item or feature
        for _, s, words in facts.similar:
            self.numbers.update({round(s, 2), round(s, 1), float(round(100 * s))})
            for w in words:
                self.numbers.update(float(x) for x in re.findall(r"\d+(?:\.\d+)?", w))
        self.title_numbers = {t for it in allowed if it.title for t in _tokens(it.title) if re.search(r"\d", t)}
        self.numbers.update(float(t) for t in self.title_numbers if t.isdigit())

    def has_number(self, x: float, pool: Iterable[float]) -> bool:
        """Whether ``x`` is one of ``pool`` (to the cent)."""
        return any(abs(x - p) < 0.005 for p in pool)


_YEAR_AFTER = re.compile(r"\s*\((\d{4})\)")
#: searched in the gap between words: Chinese text, and a sentence mark (which a bracket the name opened holds in)
_CJK_BREAK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_SENTENCE_BREAK = re.compile(r"[.;!?]\s")


def _breaks(low: str, start: int, a: int, b: int) -> bool:
    """Whether the gap ``low[a:b]`` ends a name begun at ``start``: Chinese text, or a sentence mark outside a
    bracket the name opened ("Santa Tin (Ho! Ho! Ho! Card Design)" is one name)."""
    gap = low[a:b]
    if _CJK_BREAK.search(gap):
        return True
    return bool(_SENTENCE_BREAK.search(gap)) and low.count("(", start, a) <= low.count(")", start, a)


def _matches_at(toks: list[tuple[str, int, int]], i: int, index: CatalogueIndex,
                low: str) -> list[tuple[int, set[str]]]:
    """The title n-grams starting at token ``i``, longest first: (end token, candidate items)."""
    out: list[tuple[int, set[str]]] = []
    if toks[i][0] in _STOP:
        return out
    end = i + 1  # a name does not run across Chinese text or the end of a sentence
    while end < min(len(toks), i + MAX_NGRAM) and not _breaks(low, toks[i][1], toks[end - 1][2], toks[end][1]):
        end += 1
    for j in range(end, i, -1):  # single words only for untitled items' ids
        cands = index.ngrams.get(tuple(t for t, _, _ in toks[i:j]))
        if cands:
            out.append((j, cands))
    return out


def find_mentions(text: str, low: str, index: CatalogueIndex, sup: Support) -> list[Mention]:
    """The item names in ``text`` (``low``: its :func:`_lower` form), longest match first, each with its role."""
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(low)]
    allowed = {sup.rec.item, *sup.evidence}
    singles = _one_word_names(sup)
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        matches = _matches_at(toks, i, index, low)
        if not matches:
            one = _one_word_mention(text, toks[i], singles, sup)
            if one is not None:
                out.append(one)
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
        while j - i >= MAX_NGRAM and j < len(toks) and not _breaks(low, toks[i][1], toks[j - 1][2], toks[j][1]):
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
        year = _YEAR_AFTER.match(low, e)
        if year and any((index.items[c].title or "").endswith(f"({year.group(1)})") for c in cands):
            e = year.end()  # "City of God (2002)" for "City of God (Cidade de Deus) (2002)": the year is the name's
            while j < len(toks) and toks[j][1] < e:
                j += 1
        if sup.rec.item in cands and not cands & set(sup.evidence):
            role = "rec"
        elif cands & set(sup.evidence):
            role = "evidence"
        else:
            role = "other"
        out.append(Mention(s, e, set(cands), role, text[s:e]))
        i = j
    return out


def _one_word_names(sup: Support) -> dict[str, set[str]]:
    """Words that name one item of the evidence alone, by that word: a title that is one word without its year
    ("Fargo (1996)", "Casablanca (1942)"), and a model code only one of the titles has ("the S12's $13.99")."""
    out: dict[str, set[str]] = {}
    codes: dict[str, set[str]] = {}
    for it in [sup.rec, *sup.evidence.values()]:
        core = _tokens(re.sub(r"\s*\(\d{4}\)\s*$", "", it.title or ""))
        if len(core) == 1 and core[0].isalpha() and len(core[0]) >= 3:
            out.setdefault(core[0], set()).add(it.item)
        for t in _tokens(it.title or ""):
            if re.fullmatch(r"[a-z]{1,3}\d{1,4}", t):
                codes.setdefault(t, set()).add(it.item)
    out.update({t: items for t, items in codes.items() if len(items) == 1 and t not in out})
    return out


def _one_word_mention(text: str, tok: tuple[str, int, int], singles: dict[str, set[str]],
                      sup: Support) -> Mention | None:
    """``tok`` names an evidence item by its one-word title: capitalised as a name is, and, when the word is an
    everyday one ("Contact", "Heat"), not the first word of a sentence."""
    word, a, b = tok
    items = singles.get(word)
    if not items or not text[a:a + 1].isupper():
        return None
    opens = not text[:a].strip(" \"'“”‘’「」《》") or re.search(r"[.!?。！？:]\s*[\"“「《]?$", text[:a])
    if word in _COMMON and opens:
        return None  # an everyday word that opens a sentence
    role = "rec" if items == {sup.rec.item} else "evidence"
    return Mention(a, b, set(items), role, text[a:b])


def brand_mentions(text: str, low: str, sup: Support, found: list[Mention]) -> list[Mention]:
    """A brand that only one item of the evidence has, or the first word of a title without a brand, named outside
    the names ``found`` ("24 SUBWAY card buyers", "the IHOP e-gift card"): that item. Only a count's partner is
    read from them (:mod:`.partners`); the brand rules read the brand itself."""
    by_brand: dict[str, set[str]] = {}
    for it in [sup.rec, *sup.evidence.values()]:
        if it.brand:  # read as the text is ("Applebee's" is "applebee" once the possessive is blanked)
            by_brand.setdefault(_lower(it.brand).strip(), set()).add(it.item)
            words = _tokens(it.brand)
            if len(words) > 1 and len(words[0]) >= 4:  # "Panera" for "Panera Bread"
                by_brand.setdefault(words[0], set()).add(it.item)
        else:  # no brand: the word a title starts with stands for it ("the IHOP e-gift card")
            lead = _tokens(it.title or "")[:1]
            if lead and lead[0].isalpha() and len(lead[0]) >= 3:
                by_brand.setdefault(lead[0], set()).add(it.item)
    out: list[Mention] = []
    for brand, items in by_brand.items():
        if len(items) != 1 or brand in _STOP or brand in _COMMON:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(brand)}(?![\w-])", low):
            if any(x.start < m.end() and m.start() < x.end for x in found + out) or any(
                    x.start >= m.end() and not low[m.end():x.start].strip() for x in found):
                continue  # inside a name, or the brand said of the name after it (the brand rule checks that)
            item = next(iter(items))
            out.append(Mention(m.start(), m.end(), {item}, "rec" if item == sup.rec.item else "evidence",
                               text[m.start():m.end()]))
    return out + _anaphors(text, low, sup, sorted(found + out, key=lambda x: x.start))


#: "that protector", "the same cream", "the novel": a noun phrase that points back to an item named before it
_ANAPHOR = re.compile(r"\b(that|the\s+same|the)\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")


def _anaphors(text: str, low: str, sup: Support, named: list[Mention]) -> list[Mention]:
    """Evidence items named again by a noun: "that" / "the same" and a word of the title or category of an
    evidence item named before it (the nearest such), or "the" and a category word only one evidence item has
    ("49 buyers of the novel"). Only a count's partner is read from them, as from the brands."""
    words = {i: set(_tokens(f"{it.title or ''} {it.category or ''}")) for i, it in sup.evidence.items()}
    cats = {i: set(_tokens(it.category or "")) for i, it in sup.evidence.items()}
    out: list[Mention] = []
    for m in _ANAPHOR.finditer(low):
        if any(x.start < m.end() and m.start() < x.end for x in named):
            continue
        for g in (3, 2):  # the last noun of the phrase: "that face cream", "that protector"
            noun = m.group(g)
            if not noun:
                continue
            forms = {noun, noun[:-1] if noun.endswith("s") else noun}
            if m.group(1) == "the":
                own = [i for i, c in cats.items() if forms & c]
                hit = own if len(own) == 1 and any(own[0] in x.items for x in named if x.end <= m.start()) else []
            else:
                before = [x for x in named if x.end <= m.start() and x.role == "evidence" and len(x.items) == 1]
                hit = [i for x in before[::-1] for i in x.items if forms & words.get(i, set())][:1]
            if hit:
                out.append(Mention(m.start(2), m.end(g), set(hit), "evidence", text[m.start(2):m.end(g)]))
                break
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


def skeleton(low: str, mentions: list[Mention]) -> str:
    """The text with each mention replaced by a marker of the same length: ⟦R⟧ (recommended), ⟦H⟧, ⟦X⟧."""
    chars = list(low)
    for m in mentions:
        mark = {"rec": "R", "evidence": "H", "other": "X"}[m.role]
        width = m.end - m.start
        fill = ("⟦" + mark + "⟧").ljust(width, "\u2063") if width >= 3 else mark * width
        chars[m.start:m.end] = list(fill)
    return "".join(chars)
