"""Positions in a list, bound to the list they are said of: "number three among your picks", "the first thing
we'd suggest", "in the store's top ten by sales", "one of the shop's six best-sellers", "销量排第六",
"推荐里排第三".

A position (an ordinal, "number N", "#N", "第N", "榜首") or a top set ("top ten", "the N best-sellers", "前十")
is bound by the nearest *frame* in its clause, else in its sentence: the shopper's recommendations ("your list",
"for you", "recommend", "推荐") or the store's popularity ("best-selling", "by sales", "in the store", "销量",
"全店"); "number three" and "the third slot" with no frame are the shopper's list. What outsells the item ("only
two cards sell more than X", "nothing sells like X") gives its popularity rank. A position with no frame is not
bound here (its word stays for the closed vocabulary to refuse); the content gate (:mod:`.content`) binds what
its specific patterns did not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whyrec.narrate.factcheck.lexicons import _NUM_WORDS_EN, _ORDINAL_EN, _zh_number

__all__ = ["Position", "enumeration_spans", "list_sizes", "overlaps", "positions"]

_WORD_NUM = "|".join(w for w in _NUM_WORDS_EN if w != "zero")
_ORD = "|".join(_ORDINAL_EN)
_POS_EN = re.compile(
    rf"\b(?:(?P<outside>outside|beyond|out of|short of|not in)\s+(?:of\s+)?(?:the\s+|your\s+|its\s+)?)?"
    rf"(?:top[\s-]+(?P<top>\d+|{_WORD_NUM})\b|"
    rf"(?:among|one of)\s+(?:the|our|its)\s+(?:[a-z]+\s+)?(?P<among>\d+|{_WORD_NUM})\b|"
    rf"(?:number|no\.|#)[\s-]*(?P<num>\d+|{_WORD_NUM})\b|"
    rf"(?P<ord>{_ORD}|\d+(?:st|nd|rd|th))\b|"
    rf"(?P<one>top spot|top place|the top\b(?!\s+(?:\d|{_WORD_NUM}))|the head of|opens|opening))")
#: a position that names its list by itself: "number three", "#2", "the third slot" (a place in the shopper's
#: list unless a frame in its clause says the store's)
_NUMBERED = re.compile(r"(?:number|no\.|#)")
_SLOT_AFTER = re.compile(r"[\s-]+(?:slot|spot|place|position)\b")
_POS_ZH = re.compile(r"(?P<outside>跌出|不在)?(?:第\s*(?P<ord>[一二三四五六七八九十\d]+)|"
                     r"前\s*(?P<top>[一二三四五六七八九十\d]+)|(?P<one>榜首|冠军|首位|头名|最前面|(?:首先|最先|头号|头一个|优先)(?=推荐)))")
#: a rank said by what outsells the item: "only two cards sell more than X" (rank 3), "nothing in the shop sells
#: like X", "X outsells every other card" (rank 1); always of the store's popularity
_OUTSOLD_EN = re.compile(
    rf"\b(?:(?:only|just)\s+(?P<n>\d+|{_WORD_NUM})|(?P<none>no|nothing|none|not one))\b[^.;,:!?]{{0,50}}?"
    r"\b(?:outsells?|outsold|sells?\s+(?:more|better|like|as well as)|ha(?:s|ve)\s+more\s+(?:buyers|ratings|"
    r"sales|raters|readers)|(?:is|are)\s+(?:more\s+popular|bought\s+more|rated\s+more))\b(?:\s+than)?|"
    r"\b(?P<all>(?:outsells?|outsold)\s+(?:every|all|any)\s+other|more(?:\s+(?:buyers|ratings|sales))?\s+than\s+"
    r"(?:any|every)\s+other|more\s+(?:people|shoppers|customers|buyers|users|readers)\b[^.;:!?]{0,80}?\bthan\s+"
    r"(?:any|every)\s+other)\b")
_REC_FRAME = re.compile(
    r"\byour\s+(?:own\s+)?(?:list|picks|recommendations|suggestions|shortlist|top|line-?up)\b|\bfor you\b|"
    r"\bto you\b|\bin front of you\b|\brecommend\w*|\brecs?\b|\bsuggest\w*|\bwe(?:'d| would)\b|"
    r"\bpick(?:s|ed)?\b|\branked\b|\bputs?\b|\bfor (?:this|the) (?:user|shopper|customer|reader)\b|"
    r"推荐|为(?:您|你)|给(?:您|你)")
_POP_FRAME = re.compile(
    r"\bbest[\s-]?sell\w*|\btop[\s-]sell\w*|\bsell(?:s|ing|er|ers)?\b|\boutsell\w*|\bsales\b|\bbuyers\b|"
    r"\bpopular\w*|\bmost[\s-]+(?:bought|purchased|rated|ratings|sold|ordered)|\bratings\b|"
    r"\b(?:in|of|across)\s+(?:the|our)\s+(?:entire\s+|whole\s+)?(?:store|shop|collection|catalogue|catalog|range|"
    r"site)\b|\b(?:store|shop)(?:'s|\s\s)|\bstore-wide\b|\bshop-wide\b|"
    r"销量|销售|全店|本店|店里|店内|全库|全站|所有|人气|畅销|热销|购买人数|评分人数|人数|榜")
_CLAUSE = re.compile(r"[,;:—–()，；：。！？]|[.!?](?=\s|$)|\s-\s")
_SENTENCE_END = re.compile(r"[。！？]|[.!?](?=\s|$)")


@dataclass(frozen=True)
class Position:
    """One bound position: its span in the sentence, what it says, and whether the evidence has it."""

    start: int
    end: int
    said: str
    ok: bool
    why: str


def overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether ``[a, b)`` overlaps one of ``spans`` (spans bound already by an earlier check)."""
    return any(s < b and a < e for s, e in spans)


def _value(g: str) -> int | None:
    g = g.strip()
    if g.isdigit():
        return int(g)
    if g in _ORDINAL_EN:
        return _ORDINAL_EN[g]
    if g in _NUM_WORDS_EN:
        return _NUM_WORDS_EN[g]
    digits = re.sub(r"\D", "", g)
    return int(digits) if digits else _zh_number(g)


def _frame(sent: str, a: int, b: int) -> str | None:
    """"rec" or "pop": the frame nearest to ``sent[a:b]`` in its clause, else in its sentence ("全店有 32 人购买，
    排第七"), or None."""
    lo = max((m.end() for m in _CLAUSE.finditer(sent, 0, a)), default=0)
    nxt = _CLAUSE.search(sent, b)
    hi = nxt.start() if nxt else len(sent)
    return _nearest(sent, a, b, lo, hi) or _nearest(sent, a, b, *_sentence_of(sent, a, b))


def _sentence_of(sent: str, a: int, b: int) -> tuple[int, int]:
    lo = max((m.end() for m in _SENTENCE_END.finditer(sent, 0, a)), default=0)
    nxt = _SENTENCE_END.search(sent, b)
    return lo, nxt.start() if nxt else len(sent)


def _nearest(sent: str, a: int, b: int, lo: int, hi: int) -> str | None:
    best: tuple[int, str] | None = None
    for pat, kind in ((_REC_FRAME, "rec"), (_POP_FRAME, "pop")):
        for m in pat.finditer(sent, lo, hi):
            d = a - m.end() if m.end() <= a else m.start() - b if m.start() >= b else 0
            if best is None or d < best[0]:
                best = (d, kind)
    return best[1] if best else None


def positions(sent: str, taken: list[tuple[int, int]], *, rec_rank: int | None, pop_rank: int | None,
              cf_ranks: set[int] | None = None) -> list[Position]:
    """The positions and top sets of ``sent`` outside the ``taken`` spans, each bound to the list its frame
    names: the recommendation's rank, the item's popularity rank, or (in a counterfactual sentence, ``cf_ranks``
    given) any rank of the counterfactual."""
    out = _outsold(sent, taken, pop_rank)
    taken = [*taken, *((p.start, p.end) for p in out)]
    for m in [*_POS_EN.finditer(sent), *_POS_ZH.finditer(sent)]:
        a, b = m.start(), m.end()
        if overlaps(taken, a, b):
            continue
        frame = _frame(sent, a, b)
        if frame is None and (_NUMBERED.match(m.group()) or _SLOT_AFTER.match(sent, b)):
            frame = "rec"
        if frame is not None or cf_ranks is not None:
            p = _bind(m, frame, rec_rank if frame == "rec" else pop_rank, cf_ranks)
            if p is not None:
                out.append(p)
    return out


def _outsold(sent: str, taken: list[tuple[int, int]], pop_rank: int | None) -> list[Position]:
    """"only two cards sell more than X" (popularity rank 3), "nothing sells like X" (rank 1)."""
    out = []
    for m in _OUTSOLD_EN.finditer(sent):
        if overlaps(taken, m.start(), m.end()):
            continue
        n = m.group("n")
        rank = (_value(n) or 0) + 1 if n else 1
        ok = pop_rank == rank
        out.append(Position(m.start(), m.end(), m.group(), ok, "the popularity rank" if ok else
                            f"says popularity rank {rank}; the evidence has {pop_rank}"))
    return out


def _bind(m: re.Match[str], frame: str | None, have: int | None, cf_ranks: set[int] | None) -> Position | None:
    """One position or top set ``m`` against the rank ``have`` of its frame's list (or the counterfactual's)."""
    a, b, g = m.start(), m.end(), m.groupdict()
    top = g.get("top") or g.get("among")
    limit = _value(top) if top else None
    pos = 1 if g["one"] else _value(g.get("num") or g["ord"] or "") if limit is None else None
    if cf_ranks is not None:  # a counterfactual sentence: its ranks, or its K for a top set
        ok = (limit in cf_ranks) if limit is not None else (pos in cf_ranks)
        return Position(a, b, m.group(), ok, "a rank of the counterfactual" if ok else
                        f"the counterfactual has ranks {sorted(cf_ranks)}")
    what = "recommendation rank" if frame == "rec" else "popularity rank"
    if have is None:
        return Position(a, b, m.group(), False, f"the evidence has no {what}")
    if limit is not None:
        ok = have > limit if g["outside"] else have <= limit
        return Position(a, b, m.group(), ok, f"the {what} ({have})" if ok else
                        f"says a {what} {'above' if g['outside'] else 'up to'} {limit}; the evidence has {have}")
    if pos is None:
        return None
    return Position(a, b, m.group(), have == pos, f"the {what}" if have == pos else
                    f"says {what} {pos}; the evidence has {have}")


def list_sizes(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` whose number is the size of a list or of what outsells an item ("the store's top
    ten by sales", "among the ten films with the most ratings", "only two cards sell more"): :func:`positions`
    binds them, so they are not counts or ranks for the open-world rules to look up."""
    sets = [(m.start(), m.end()) for m in _POS_EN.finditer(text)
            if (m.group("top") or m.group("among")) and _frame(text, m.start(), m.end()) is not None]
    return sets + [(m.start(), m.end()) for m in _OUTSOLD_EN.finditer(text)]


#: the markers of a list of reasons: "Two things put it here: first, ...; second, ...",
#: "有两个原因：第一，...；二是 ..."
_ENUM_FIRST_EN = re.compile(r"(?:^|[:;.!?\u2014\u2013(]|\band|\bthen)\s*(first(?:ly)?)\s*(?=[,:\u2014\u2013])|"
                            r"\b(first)(?=,?\s+then\b)")  # "X first, then Y": the order of a list
_ENUM_NEXT_EN = re.compile(r"(?:^|[:;.!?,\u2014\u2013(]|\band|\bthen)\s*(second(?:ly)?|third(?:ly)?|lastly|finally)"
                           r"\s*(?=[,:\u2014\u2013])")
_ENUM_COUNT_EN = re.compile(r"\b(two|three|four|[234])\s+(?:main\s+|key\s+)?(?:things|reasons|factors|signals|"
                            r"points)\b(?!\s+(?:that\s+|which\s+)?(?:you|i)\b)")  # not "three things you bought"
_ENUM_ZH = re.compile(r"(?:^|[：:；;，,。！？])\s*(第[一二三四](?=\s*[，,：:、])|其[一二三四](?=\s*[，,：:、])|"
                      r"[一二三四]是|首先|其次|再次|最后(?=\s*[，,：:]))")
_ENUM_COUNT_ZH = re.compile(r"[两二三四234]\s*(?:个|点|条)\s*(?:主要\s*)?(?:原因|理由|因素|依据)")


def enumeration_spans(low: str) -> list[tuple[int, int]]:
    """The markers of a list of reasons in ``low`` (a lower-cased text), which are neither ranks nor counts:
    "first," / "second," at a clause start (the later ones only after a "first"), the number of "two
    things/reasons", "第一，", "一是", "两个原因"."""
    firsts = list(_ENUM_FIRST_EN.finditer(low))
    out = [m.span(1) if m.group(1) else m.span(2) for m in firsts]
    out += [m.span(1) for m in (_ENUM_NEXT_EN.finditer(low) if firsts else ())]
    out += [m.span(1) for m in _ENUM_COUNT_EN.finditer(low)]
    out += [m.span(1) for m in _ENUM_ZH.finditer(low)]
    return out + [m.span() for m in _ENUM_COUNT_ZH.finditer(low)]
