"""Whose buyers a count counts: the one binding of a count of people to its co-purchase partner, shared by the
open-world rules (:mod:`.rules`) and the content gate (:mod:`.content`).

A count of people in a reason is either the recommended item's popularity ("93 shoppers have bought it") or the
co-purchase count of one pair ("38 other Core 4 owners bought it too", "买过 X 的顾客中有 12 位也买了它"). The
partner is read from where the count stands, not from whichever items the sentence names:

1. **after the count**: the first item named after it, within a few words, before the next count and the end
   of the clause ("12 shoppers who bought X and 9 who bought Y": 12 is X's, 9 is Y's). An item of the
   shopper's own evidence found there *is* the partner, whether or not it has a co-purchase count (so a count
   given to an item that has none is refused); the recommended item found there ends the search ("48 people
   bought the tea": the tea's own popularity).
2. **before it**: the last evidence item named before it in the same sentence, when that item has a
   co-purchase count ("买过 X 的顾客中，有 9 位", "SUBWAY card owners - 24 of them").
3. **"respectively" / "分别"**: the k-th count of the sentence belongs to the k-th counted item named before
   the first count ("you bought X and Y; 6 and 5 of their buyers respectively ...").

No partner: the caller falls back to its clause rule (a co-purchase cue makes it a co-purchase count of an item
the sentence names, else it is the popularity count).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from whyrec.narrate.factcheck.lexicons import _DID_WORDS_EN, _NUM_WORDS_EN, _PEOPLE_EN
from whyrec.narrate.factcheck.mentions import Mention

__all__ = ["COUNT_EN", "COUNT_ZH", "NOT_RANK_ZH", "Partner", "count_spans", "partner"]

_END = re.compile(r"[;；。!?！？]|\.(?:\s|$)|\s[—–-]\s|—|–")
_RESPECTIVELY = re.compile(r"\brespectively\b|分别|各自")
_WORDS = re.compile(r"[a-z0-9']+|[\u4e00-\u9fff]")
#: at most this many words between a count and the item after it ("24 of the people who bought the ...")
_MAX_GAP_AFTER = 8
_MAX_GAP_BEFORE_EN = 5  # words between an item and the count after it
_MAX_GAP_BEFORE_ZH = 15  # characters
_ANAPHOR_EN = re.compile(r"\s+of\s+(?:them|those|these)\b")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a label saying the counts after it are co-purchase (co-rating) counts
_CO_LABEL_ZH = re.compile(r"共同(?:购买|评分|评价|订阅)|一起购买|同时购买|共购")
_NOUN_GAP_ZH = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,5})?\s*(?:[（(][^）)]{0,20}[）)])?\s*")  # "X 修护洗发水 22 人"
#: a Chinese verb of buying (or rating, subscribing) before the item of a buyers' clause: "买过", "评过", "订了"
_BOUGHT_ZH = r"(?:买|购|评|订)[过了]?"
#: the gap from an item to its count in a buyers' clause: "(买过 X) 礼品卡的顾客中有 (6 位)"
_BUYERS_OF_ZH = re.compile(r"[\s”\"」》]*(?:[\u4e00-\u9fff]{1,5})?的(?:顾客|用户|人|读者|买家)"
                           r"(?:中|里|当中|之中)?[，,]?\s*(?:有|共有|就有)?\s*")
#: "它的买家里也有", "买过它的顾客中有": the buyers of the item a pronoun points back to
_ITS_BUYERS_ZH = re.compile(rf"(?:(?:{_BOUGHT_ZH}\s*)?它的|{_BOUGHT_ZH}\s*那(?:张|款|本|部|双|个|件|台|瓶)"
                            r"[\u4e00-\u9fff]{0,4}的)(?:买家|顾客|用户|读者|人)(?:中|里|当中|之中)?[，,]?\s*"
                            r"(?:也|还)?\s*(?:有|共有)?\s*$")  # "买过那张卡的顾客里有": that card's buyers
_ALSO_HAVE_ZH = re.compile(r"[\s”\"」》]*(?:[\u4e00-\u9fff]{1,5})?\s*[，,]\s*(?:也|还|同样)\s*(?:有|共有)\s*")
_ALSO_BOUGHT_ZH = re.compile(r"\s*(?:位|名)?\s*(?:买家|顾客|用户|读者)?\s*(?:也|同样|都)\s*(?:同样\s*)?(?:买|购|订|评)")
_CO_LABEL_GAP_ZH = re.compile(rf"[\s”\"」》]*(?:[\u4e00-\u9fff]{{1,3}})?[，,：:\s]*(?:{_CO_LABEL_ZH.pattern})"
                              r"\s*(?:人数)?[：:]?\s*(?:有|为|达)?\s*")


#: "(of the people who bought X,) 17 also bought": a number as the subject of "also bought" counts people
_ALSO_DID_EN = rf"also\s+(?:{_DID_WORDS_EN}|subscribed)\b"
_PEOPLE = rf"(?:{_PEOPLE_EN}|viewers|subscribers|raters|co-?(?:buyers|raters|purchasers))"
_NUM = "|".join([r"\d+", *(w for w in _NUM_WORDS_EN if w not in ("zero", "one"))])
#: not a rank: a Chinese number that does not follow 第 / 前 ("第 11 位" is a place, not eleven people)
NOT_RANK_ZH = r"(?<!第)(?<!前)(?<!第 )(?<!前 )(?<!\d)"
#: a count of people: "38 other shoppers", "24 of them", "9 who bought X", "12 位", "15 名顾客"
#: "one" counts people only as one shopper who did something ("One user, who rated X, also rated it": a count
#: of 1)
_ONE = r"one(?=\s+(?:other\s+)?(?:shopper|customer|user|buyer|person|reader|subscriber|viewer|rater)\b,?\s+who\b)"
COUNT_EN = re.compile(rf"\b({_NUM}|{_ONE})\s+(?:other\s+|more\s+)?(?:{_PEOPLE}|of (?:them|those|these|whom|its buyers|"
                      rf"the {_PEOPLE_EN})|(?=who\b)|(?={_ALSO_DID_EN}))\b")
COUNT_ZH = re.compile(rf"{NOT_RANK_ZH}(\d+|[两三四五六七八九十]+[一二三四五六七八九]?)\s*"
                      r"(?:(?:位|名|个)?\s*(?:顾客|用户|读者|买家|人)|位(?!于)|个(?=\s*(?:也|同样|还)\s*(?:买|购|评|订|给)))")


def count_spans(low: str, names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The spans of the counts of people in ``low``, a number inside a name (``names``: "Core 4 owners") left
    out."""
    out = [(m.start(), m.end()) for pat in (COUNT_EN, COUNT_ZH) for m in pat.finditer(low)]
    return sorted(x for x in out if not any(a <= x[0] < b for a, b in names))


@dataclass(frozen=True)
class Partner:
    """The item a count is bound to (``mention``) and its co-purchase counts (empty: the item has none)."""

    mention: Mention
    counts: tuple[int, ...]


def partner(low: str, start: int, end: int, mentions: list[Mention], counts: dict[str, int], *,
            sentence: tuple[int, int], others: Sequence[tuple[int, int]] = ()) -> Partner | None:
    """The partner of the count at ``low[start:end]`` (see the module docstring), or None.

    ``counts``: co-purchase count by evidence item; ``sentence``: the bounds of the count's sentence;
    ``others``: the spans of every count of people in the text (this one included, or not)."""
    s0, e0 = sentence
    ends = {a: b for a, b in others if s0 <= a < e0}
    ends[start] = end
    spans = sorted(ends.items())
    k = [a for a, _ in spans].index(start)
    next_count = spans[k + 1][0] if k + 1 < len(spans) else e0
    prev_count = spans[k - 1][1] if k else s0

    def bound(m: Mention) -> Partner:
        return Partner(m, tuple(counts[i] for i in sorted(m.items) if i in counts))

    inside = [m for m in mentions if s0 <= m.start < e0]
    if _RESPECTIVELY.search(low, s0, e0) and len(spans) > 1:
        counted = [m for m in inside if m.end <= spans[0][0] and m.role == "evidence" and m.items & set(counts)]
        if len(counted) == len(spans):
            return bound(counted[k])
    if re.match(rf"\s*{_ALSO_DID_EN}", low[end:]):  # "of the customers who bought X, 17 also bought": X's
        before = [m for m in inside if prev_count <= m.start and m.end <= start]
        if before and before[-1].role == "evidence" and re.fullmatch(r"\s*,?\s*", low[before[-1].end:start]):
            return bound(before[-1])
    zh = bool(_CJK.search(low[max(start - 3, 0):end + 3]))  # a Chinese count names its partner first
    if zh and _ITS_BUYERS_ZH.search(low[s0:start]) and not [m for m in inside if m.end <= start]:
        # "...您买过 X。买过它的顾客里有 17 位": the pronoun points back to the item the sentence before ended on
        prev = [m for m in mentions if m.end <= s0 and m.role == "evidence"]
        if prev:
            return bound(prev[-1])
    looks = [lambda: _after(low, end, inside, next_count, e0), lambda: _before(low, start, end, inside, counts,
                                                                            prev_count, zh, s0)]
    for look in looks[::-1] if zh else looks:  # after the count first in English, before it in Chinese
        found = look()
        if found is not None:
            return None if found.role == "rec" else bound(found)
    return None


def _after(low: str, end: int, inside: list[Mention], next_count: int, e0: int) -> Mention | None:
    """The first item named right after the count ("24 buyers of X", "有 15 位买过 X 的顾客")."""
    stop = _END.search(low, end, e0)
    limit = min(stop.start() if stop else e0, next_count)
    after = [m for m in inside if end <= m.start < limit]
    if not after:
        return None
    gap = low[end:after[0].start]
    if len(_WORDS.findall(gap)) > _MAX_GAP_AFTER or re.search(r"[,，、]", gap):
        return None
    return after[0]


def _before(low: str, start: int, end: int, inside: list[Mention], counts: dict[str, int], prev_count: int,
            zh: bool, s0: int = 0) -> Mention | None:
    """The last counted evidence item named right before the count ("买过 X 的顾客中有 12 位", "X owners - 24 of
    them")."""
    before = [m for m in inside if prev_count <= m.start and m.end <= start]
    if not before or before[-1].role != "evidence":
        return None
    gap = low[before[-1].end:start]
    if zh and len(gap) <= _MAX_GAP_BEFORE_ZH and not re.search(r"[;；。、]", gap) and (
            _CO_LABEL_GAP_ZH.fullmatch(gap) or (_NOUN_GAP_ZH.fullmatch(gap) and _CO_LABEL_ZH.search(low, s0, start))):
        # "X，共同购买 21 人", "与 X 礼品卡共同购买 9 人", "共同购买：X 修护洗发水 22 人": a co-purchase label names
        # the count's item, whether or not the evidence has a count for it
        return before[-1]
    verb_before = re.search(rf"{_BOUGHT_ZH}\s*(?:the\s+)?$", low[prev_count:before[-1].start])
    if zh and _BUYERS_OF_ZH.fullmatch(gap) and verb_before:
        return before[-1]  # "买过 X 的顾客中有 6 位": X is the partner, whether or not it has a count
    if zh and len(gap) <= 2 * _MAX_GAP_BEFORE_ZH and not re.search(r"[;；。、]", gap) and (
            _ITS_BUYERS_ZH.search(gap) or (_ALSO_HAVE_ZH.fullmatch(gap) and _ALSO_BOUGHT_ZH.match(low, end))):
        # "X，它的买家里也有 14 位", "X，这一条分量最重，买过它的顾客里有 4 位", "X，也有 5 位买家同样买了它": the
        # pronoun, or "also" after X, points back to X
        return before[-1]
    if not before[-1].items & set(counts):
        return None
    if zh:
        # "买过 X 的顾客中有 12 位", "买过 X 款的有 10 位": the item is the object of the buyers' clause the count is
        # taken from (a measure word or product noun may follow the name)
        ok = len(gap) <= _MAX_GAP_BEFORE_ZH and re.match(r"[\s”\"」》]*(?:[\u4e00-\u9fff]{1,5})?的", gap) and \
            not re.search(r"[;；。、]", gap)
        return before[-1] if ok else None
    if not _ANAPHOR_EN.match(low, end):  # "X and 15 others" counts other items, "X owners - 24 of them" X's
        return None
    return before[-1] if len(_WORDS.findall(gap)) <= _MAX_GAP_BEFORE_EN and not re.search(r"[,;]", gap) else None
